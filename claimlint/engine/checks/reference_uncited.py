"""Implements CL304; what it finds and why: rules/CL304-reference-uncited.yml.

Besides the citations :func:`claimlint.biblio.matching.citation_map` resolves, a sentence
that names an entry's first author and year ("a 2019 study by Smith") cites it. The prose's
links and sentences are indexed on first use (:class:`_Prose`), so a long post with many
uncited entries costs about what each lookup touches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claimlint.biblio.matching import Source, citation_map
from claimlint.engine.checks import BaseCheck
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document

#: Length of the pieces of link addresses :class:`_Prose` indexes them by.
_GRAM = 6
#: A run of ASCII digits long enough to hold a year.
_DIGITS = re.compile(r"[0-9]{4,}")
#: A word as the name test below bounds it: letters, digits, "_" and "-".
_RUN = re.compile(r"[\w-]+")


def _years_in(text: str) -> set[str]:
    """Every four-digit string ``text`` holds ("2019" in "in 2019", "2019" and "0190" in
    "20190"): ``year in text`` for a four-digit ``year`` exactly when it is in the set."""
    found: set[str] = set()
    for m in _DIGITS.finditer(text):
        digits = m.group()
        found.update(digits[i : i + 4] for i in range(len(digits) - 3))
    return found


class _Prose:
    """A document's prose, indexed on first use for the two questions asked of every
    uncited entry: does a link point at it, and does a sentence name its first author and
    year. Each answer then costs about what it touches, not the whole document (a long
    post with many uncited entries would otherwise take time in their product).
    """

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._hrefs: list[str] | None = None
        self._grams: dict[str, set[int]] = {}
        self._sentences: list[str] | None = None
        self._by_year: dict[str, list[int]] = {}
        self._words: dict[str, dict[str, list[int]]] = {}

    def hrefs(self) -> list[str]:
        """The distinct link addresses of the prose, casefolded, indexed by their pieces."""
        if self._hrefs is None:
            self._hrefs = list(
                dict.fromkeys(
                    link.href.casefold()
                    for block in self._doc.prose_blocks()
                    for link in block.links
                )
            )
            for i, href in enumerate(self._hrefs):
                for at in range(len(href) - _GRAM + 1):
                    self._grams.setdefault(href[at : at + _GRAM], set()).add(i)
        return self._hrefs

    def linked(self, key: str) -> bool:
        """True when a link address holds ``key`` (casefolded)."""
        hrefs = self.hrefs()
        if len(key) < _GRAM:
            return any(key in href for href in hrefs)
        # only the addresses holding the key's rarest piece can hold the key
        fewest: set[int] | None = None
        for at in range(len(key) - _GRAM + 1):
            holding = self._grams.get(key[at : at + _GRAM])
            if holding is None:
                return False
            if fewest is None or len(holding) < len(fewest):
                fewest = holding
        return fewest is not None and any(key in hrefs[i] for i in fewest)

    def sentences(self) -> list[str]:
        """The text of every prose sentence, indexed by the four-digit strings it holds."""
        if self._sentences is None:
            self._sentences = [s.text for s in self._doc.sentences()]
            for i, text in enumerate(self._sentences):
                for year in _years_in(text):
                    self._by_year.setdefault(year, []).append(i)
        return self._sentences

    def mentioned(self, name: str, year: str) -> bool:
        """True when a sentence holds ``year`` and names ``name`` as a whole word: not
        preceded or followed by a letter, digit, "_" or "-"."""
        sentences = self.sentences()
        if not (len(year) == 4 and year.isascii() and year.isdigit()):
            pattern = _name_pattern(name)
            return any(year in text and pattern.search(text) for text in sentences)
        with_year = self._by_year.get(year)
        if not with_year:
            return False
        first = _RUN.match(name)
        if first is None:
            pattern = _name_pattern(name)
            return any(pattern.search(sentences[i]) for i in with_year)
        # A sentence naming the author has the name's first word ("van" of "van der
        # Kolk") among its words, as the whole-word test bounds words.
        holding = self._words_of(year, sentences).get(first.group())
        if not holding:
            return False
        if first.end() == len(name):
            return True  # a one-word name: holding it as a word is naming it
        pattern = _name_pattern(name)
        return any(pattern.search(sentences[i]) for i in holding)

    def _words_of(self, year: str, sentences: list[str]) -> dict[str, list[int]]:
        """The sentences holding ``year``, indexed by their words."""
        words = self._words.get(year)
        if words is None:
            words = self._words[year] = {}
            for i in self._by_year.get(year, ()):
                for word in set(_RUN.findall(sentences[i])):
                    words.setdefault(word, []).append(i)
        return words


def _name_pattern(name: str) -> re.Pattern[str]:
    """``name`` as a whole word."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def _linked(prose: _Prose, source: Source) -> bool:
    keys = [k.casefold() for k in (source.parsed.doi, source.parsed.url) if k]
    return any(prose.linked(k) for k in keys)


def _mentioned(prose: _Prose, source: Source) -> bool:
    """True when a sentence names the entry's first author and its year in words a citation
    pattern does not take ("a 2019 study by Smith found")."""
    authors, year = source.parsed.authors, source.parsed.year
    if not authors or not year:
        return False
    return prose.mentioned(authors[0], year)


class ReferenceUncited(BaseCheck):
    """Source-list entries no citation points at."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        cmap = citation_map(doc)
        if not cmap.cites_formally:
            return
        cited = cmap.cited_sources()
        prose = _Prose(doc)
        for i, source in enumerate(cmap.sources):
            if i in cited or not source.is_reference or _linked(prose, source):
                continue
            if _mentioned(prose, source):
                continue
            what = source.describe()
            if source.footnote is not None:
                message = f"footnote [^{source.footnote}], {what}, is never referenced in the text"
            elif source.number is not None:
                message = f"entry {source.number}, {what}, is never cited in the text"
            else:
                message = f"'{what}' is in the source list but the text never cites it"
            yield (
                source.block,
                Hit(
                    source.start,
                    source.end,
                    {"match": what},
                    "Cite it where the text relies on it, or remove it from the source list",
                    None,
                    message,
                ),
            )


CHECK = ReferenceUncited()
