"""The post's source list and what each in-text citation points at.

Shared by the source-list checks (CL3xx): surname matching that tolerates
ordinary variation (case, diacritics, particles such as "van der" or "Vande",
"Jr."), and the resolver that maps every citation in the prose to the entries
it cites, or says why it cannot (another year, another name, nothing at all).
The nine checks ask for the same document in turn, so the analysis is
computed once per document and kept in a small cache.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, NamedTuple

from claimlint.biblio.intext import InTextCitation, has_citation, sentence_citations
from claimlint.biblio.refstring import parse_reference
from claimlint.biblio.sourcelist import read_source_lists
from claimlint.biblio.subjects import subjects
from claimlint.text.document import Block, Document, ReferenceEntry, Sentence

if TYPE_CHECKING:
    from claimlint.biblio.refstring import ParsedReference

Status = Literal["resolved", "year-mismatch", "author-mismatch", "unresolved", "ignored"]

#: Particles that may be written, dropped or capitalised differently in a citation.
_PARTICLES = frozenset(
    {"de", "di", "da", "del", "della", "der", "den", "van", "von", "vom", "zu", "zur", "du"}
    | {"des", "dos", "das", "la", "le", "ten", "ter", "te", "vande", "vander", "vanden", "aan"}
    | {"het", "op", "t", "d", "l", "y", "bin", "ibn", "al", "el"}
)
#: Letters that NFKD does not decompose.
_FOLD = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_UMLAUT_E = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_NAME_SUFFIX = re.compile(r"[,\s]+(?:jr|sr|jnr|snr|ii|iii|iv)\.?$", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    folded = text.casefold()
    if folded.isascii():
        return folded  # nothing to translate, decompose or drop
    decomposed = unicodedata.normalize("NFKD", folded.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=2048)
def surname_keys(name: str) -> frozenset[str]:
    """Comparison keys of a surname: case, diacritics, punctuation and particles ignored.

    "van der Kolk", "Van der Kolk" and "Kolk" share the key ``kolk``; "Müller"
    has ``muller`` and ``mueller``, so "Muller" and "Mueller" both match it.
    (Cached: the same few names are compared again and again.)
    """
    name = _NAME_SUFFIX.sub("", name.strip())
    keys: set[str] = set()
    folded = name.casefold()
    umlauts = folded.translate(_UMLAUT_E)
    for variant in (folded, umlauts) if umlauts != folded else (folded,):
        words = _WORD.findall(_fold(variant))
        if not words:
            continue
        keys.add("".join(words))
        core = list(words)
        while len(core) > 1 and core[0] in _PARTICLES:
            core.pop(0)
        keys.add("".join(core))
    return frozenset(k for k in keys if k)


def surname_key(name: str) -> str:
    """The shortest comparison key of a surname ("kolk" for "van der Kolk"), "" for none."""
    return min(surname_keys(name), key=len, default="")


def same_surname(cited: str, listed: str) -> bool:
    """True when ``cited`` names the same author as ``listed`` after ordinary variation,
    or abbreviates a corporate author ("APA" for "American Psychiatric Association")."""
    if surname_keys(cited) & surname_keys(listed):
        return True
    return _abbreviates(cited, listed) or _abbreviates(listed, cited)


def _may_abbreviate(name: str) -> bool:
    """True when ``name`` could be an acronym of a corporate author ("APA")."""
    short = name.strip()
    return 2 <= len(short) <= 8 and short.isupper() and short.isalpha()


def _abbreviates(short: str, long: str) -> bool:
    if not (" " in long and _may_abbreviate(short)):
        return False
    short = short.strip()
    if f"({short})" in long:
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", long)
    initials = "".join(w[0] for w in words if w.casefold() not in ("of", "the", "and", "for", "on"))
    initials = initials.upper()
    if initials == short:
        return True
    # An acronym may leave out a word or two ("NICE": National Institute for Health and
    # Care Excellence; "CDC": Centers for Disease Control and Prevention), keeping the first
    # initial and the order.
    if short[0] != initials[:1] or not len(initials) - 2 <= len(short) < len(initials):
        return False
    rest = iter(initials)
    return all(letter in rest for letter in short)


def near_surname(cited: str, listed: str) -> float:
    """How close a misspelt surname is to a listed one: 0 (unrelated) to 1 (equal).

    A near match shares the first letter and most letters in order ("Zarrate" /
    "Zarate", "Wilkensen" / "Wilkinson"), or its first three letters and well over
    half of them ("Murow" / "Murrough").
    """
    a, b = surname_key(cited), surname_key(listed)
    if not a or not b or a[0] != b[0] or min(len(a), len(b)) < 3:
        return 0.0
    from difflib import SequenceMatcher  # few citations are misspelt: not at every start

    ratio = SequenceMatcher(None, a, b).ratio()
    prefix = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return ratio if ratio >= 0.7 or (ratio >= 0.6 and prefix >= 3) else 0.0


class Source(NamedTuple):
    """One entry of the post's source list with its parsed fields."""

    entry: ReferenceEntry
    """The entry as the document found it."""
    parsed: ParsedReference
    """Its fields."""
    number: int | None
    """Its number in a numbered list, or the footnote number (None when unnumbered)."""
    footnote: str | None
    """The footnote label when the entry is a footnote definition."""
    start: int
    """Offset of the entry in its block's text."""
    end: int
    """End of the entry in its block's text (exclusive)."""

    @property
    def block(self) -> Block:
        """The block holding the entry."""
        return self.entry.block

    @property
    def year(self) -> str | None:
        """The publication year with its a/b suffix ("2020a"), or None."""
        if self.parsed.year is None:
            return None
        return self.parsed.year + (self.parsed.year_suffix or "")

    @property
    def author_count(self) -> int:
        """Number of authors; 99 for a truncated list ("et al.", "...")."""
        return 99 if self.parsed.et_al else len(self.parsed.authors)

    @property
    def is_reference(self) -> bool:
        """True when the entry reads as a reference (a year, status or identifier)."""
        p = self.parsed
        return bool(p.year or p.status or p.doi or p.url or p.pmid) and bool(p.authors or p.title)

    def cite_names(self, narrative: bool = True) -> str:
        """The author part of a correct APA 7 citation.

        "Smith", "Smith and Jones" ("Smith & Jones" in parentheses), "Smith et al.".
        """
        authors = self.parsed.authors
        if not authors:
            return ""
        if self.author_count >= 3:
            return f"{authors[0]} et al."
        if len(authors) == 2:
            return f"{authors[0]} {'and' if narrative else '&'} {authors[1]}"
        return authors[0]

    @property
    def year_label(self) -> str:
        """The entry's year as a citation shows it: "2016", or "in press" / "n.d."."""
        return self.year or self.parsed.status or "n.d."

    def describe(self) -> str:
        """How a reader would cite the entry: "Duman et al. (2016)" or "[6]"."""
        names = self.cite_names()
        if names:
            return f"{names} ({self.year_label})"
        if self.footnote is not None:
            return f"[^{self.footnote}]"
        if self.number is not None:
            return f"[{self.number}]"
        return self.short_title()

    def short_title(self, limit: int = 60) -> str:
        """The title, cut at a word boundary near ``limit`` characters."""
        title = self.parsed.title or self.entry.text
        if len(title) <= limit:
            return title
        cut = title.rfind(" ", 0, limit)
        return title[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " ..."


class Resolution(NamedTuple):
    """What one in-text citation points at."""

    status: Status
    """resolved, year-mismatch, author-mismatch, unresolved, or ignored (not a citation)."""
    sources: tuple[Source, ...] = ()
    """resolved: the cited entries; year-mismatch: the author's listed works;
    author-mismatch: the entry the citation most likely means; unresolved: the entries a
    numbered citation did find."""
    reason: str = ""
    """author-mismatch: ``misspelt``, ``co-author`` or ``second-author``; unresolved:
    ``author``, ``number`` or ``footnote``."""
    missing: tuple[str, ...] = ()
    """Numbers or footnote labels that point at nothing."""


class CitationUse(NamedTuple):
    """A citation in a prose sentence and what it resolves to."""

    sentence: Sentence
    """The citing sentence."""
    citation: InTextCitation
    """The citation (offsets relative to the sentence)."""
    resolution: Resolution
    """What it points at."""

    @property
    def block(self) -> Block:
        """The block holding the citing sentence."""
        return self.sentence.block

    @property
    def start(self) -> int:
        """Offset of the citation (its author part and year when it has them) in the block."""
        c = self.citation
        if c.kind == "author-year" and not c.narrative and c.names_start >= 0:
            return self.sentence.start + c.names_start
        return self.sentence.start + c.start

    @property
    def end(self) -> int:
        """End of the citation in the block (exclusive)."""
        c = self.citation
        if c.kind == "author-year" and not c.narrative and c.year_start >= 0:
            return self.sentence.start + c.year_start + 4 + len(c.year_suffix or "")
        return self.sentence.start + c.end

    @property
    def label(self) -> str:
        """The citation as a reader sees it: "Duman et al. (2019)", "[6]"."""
        c = self.citation
        if c.kind == "author-year" and not c.narrative:
            year = (c.year or "") + (c.year_suffix or "")
            if c.names_start >= 0:
                names = " ".join(c.text[c.names_start - c.start : c.names_end - c.start].split())
            else:
                names = c.authors[0] + (" et al." if c.et_al else "")
            return f"{names}, {year}" if year else names
        return " ".join(c.text.split())

    @property
    def cited(self) -> tuple[Source, ...]:
        """The works the citation refers to, for checks on what the text says about them.

        A resolved citation's entries; a wrong year or wrong name that can mean only one
        entry still refers to that entry.
        """
        r = self.resolution
        if r.status == "resolved" or (r.status == "unresolved" and r.sources):
            return r.sources
        if r.status in ("year-mismatch", "author-mismatch") and len(r.sources) == 1:
            return r.sources
        return ()


@dataclass(slots=True)
class CitationMap:
    """A document's source list, its citations and what each one resolves to."""

    sources: list[Source]
    """Entries of the source list(s) (not "Further reading"), footnote definitions included."""
    uses: list[CitationUse]
    """Every citation in the prose, in document order."""
    first_authors: FirstAuthors
    """``sources`` indexed by first author."""
    by_sentence: dict[tuple[int, int], list[CitationUse]] = field(init=False, default_factory=dict)
    """``uses`` by the block index and start of their sentence."""
    _carries: dict[tuple[int, int, int], bool] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        for use in self.uses:
            key = (use.sentence.block.index, use.sentence.start)
            self.by_sentence.setdefault(key, []).append(use)

    def uses_in(self, sentence: Sentence) -> list[CitationUse]:
        """The citations standing in ``sentence``."""
        return self.by_sentence.get((sentence.block.index, sentence.start), [])

    @property
    def cites_formally(self) -> bool:
        """True when the prose cites by author and year, by number or by footnote."""
        return any(
            u.citation.kind in ("author-year", "numbered", "superscript", "footnote")
            and u.resolution.status != "ignored"
            for u in self.uses
        )

    def carries_citation(self, unit: Sentence) -> bool:
        """Whether ``unit`` (a sentence or a block's text) carries a citation or a link to
        an outside page, an author named without a year counting when listed
        (:func:`~claimlint.biblio.intext.has_citation` with :meth:`lists_author`); answered
        once per unit, since most claim rules ask it of the sentence they report in."""
        key = (unit.block.index, unit.start, unit.end)
        found = self._carries.get(key)
        if found is None:
            found = self._carries[key] = has_citation(unit, self.lists_author)
        return found

    def lists_author(self, citation: InTextCitation) -> bool:
        """True when the citation's first author is a listed first author (for
        :func:`claimlint.biblio.intext.has_citation`: "Zarate and colleagues")."""
        return bool(citation.authors) and bool(self.first_authors.citing(citation.authors[0]))

    def cited_sources(self) -> set[int]:
        """Indexes (into ``sources``) of the entries some citation points at."""
        index = {id(s): i for i, s in enumerate(self.sources)}
        out: set[int] = set()
        for use in self.uses:
            for s in use.resolution.sources:
                out.add(index[id(s)])
        return out


class FirstAuthors:
    """Source-list entries indexed by their first author's surname keys.

    Finds the entries whose first author is a cited name (:func:`same_surname`) without
    comparing the name with every entry: the name's keys are looked up, and only the
    rare acronym ("APA") or corporate name is compared one by one with the entries it
    could abbreviate or be abbreviated by.
    """

    __slots__ = ("_acronyms", "_by_key", "_corporate", "_sources")

    def __init__(self, sources: list[Source]) -> None:
        self._sources = sources
        # surname key -> indexes of the entries whose first author has it
        self._by_key: dict[str, list[int]] = {}
        # entries whose first author is an acronym ("APA") that may abbreviate a cited name
        self._acronyms: list[int] = []
        # entries whose first author (a corporate name) may be cited by its acronym
        self._corporate: list[int] = []
        for i, s in enumerate(sources):
            if not s.parsed.authors:
                continue
            first = s.parsed.authors[0]
            for key in surname_keys(first):
                self._by_key.setdefault(key, []).append(i)
            if _may_abbreviate(first):
                self._acronyms.append(i)
            if " " in first:
                self._corporate.append(i)

    def citing(self, name: str) -> list[Source]:
        """The entries, in list order, whose first author ``name`` names
        (``same_surname(name, first author)``)."""
        found: set[int] = set()
        for key in surname_keys(name):
            found.update(self._by_key.get(key, ()))
        sources = self._sources
        if _may_abbreviate(name):
            found.update(
                i for i in self._corporate if _abbreviates(name, sources[i].parsed.authors[0])
            )
        if " " in name:
            found.update(
                i for i in self._acronyms if _abbreviates(sources[i].parsed.authors[0], name)
            )
        return [sources[i] for i in sorted(found)]


def _entry_offsets(entry: ReferenceEntry) -> tuple[int, int]:
    text = entry.block.text
    start = text.find(entry.text)
    if start == -1:
        start = max(0, text.find(entry.text[:40]))
    return start, min(len(text), start + len(entry.text))


def _number(label: str | None) -> int | None:
    if label is not None and label.isdigit():
        return int(label)
    return None


def read_sources(doc: Document) -> list[Source]:
    """The entries of the document's source lists, parsed ("Further reading" left out)."""
    out: list[Source] = []
    for entry in doc.references:
        if entry.section != "sources":
            continue
        footnote = entry.block.footnote
        start, end = _entry_offsets(entry)
        source = Source(
            entry,
            parse_reference(entry.text),
            _number(entry.label),
            footnote,
            start,
            end,
        )
        if footnote is None and not source.is_reference:
            continue  # a disclaimer or note paragraph after the list
        out.append(source)
    return out


class _Resolver:
    """Maps citations to entries for one document."""

    def __init__(
        self, sources: list[Source], first_authors: FirstAuthors, numbers_by_ordinal: bool
    ) -> None:
        self.first_authors = first_authors
        self.listed = [s for s in sources if s.footnote is None]
        self.footnotes = {s.footnote: s for s in sources if s.footnote is not None}
        self.by_number: dict[int, Source] = {}
        if numbers_by_ordinal:
            for i, s in enumerate(self.listed, start=1):
                self.by_number[i] = s
        else:
            for s in self.listed:
                if s.number is not None:
                    self.by_number.setdefault(s.number, s)
        if not self.by_number:
            # Numbered citations with footnote definitions as the source list.
            for s in self.footnotes.values():
                if s.number is not None:
                    self.by_number.setdefault(s.number, s)
        # year -> the entries of that year that have authors, in list order
        self.by_year: dict[str, list[Source]] = {}
        for s in sources:
            if s.parsed.year is not None and s.parsed.authors:
                self.by_year.setdefault(s.parsed.year, []).append(s)

    def by_author(self, name: str) -> list[Source]:
        return self.first_authors.citing(name)

    def resolve(self, c: InTextCitation, numbered: bool) -> Resolution:
        if c.kind == "footnote":
            found = self.footnotes.get(c.label or "")
            if found is None:
                return Resolution("unresolved", reason="footnote", missing=(c.label or "",))
            return Resolution("resolved", (found,))
        if c.kind in ("numbered", "superscript"):
            if not numbered:
                return Resolution("ignored")
            hits = tuple(self.by_number[n] for n in c.numbers if n in self.by_number)
            missing = tuple(str(n) for n in c.numbers if n not in self.by_number)
            if missing:
                return Resolution("unresolved", hits, "number", missing)
            return Resolution("resolved", hits)
        if c.kind == "author":
            mine = self.by_author(c.authors[0]) if c.authors else []
            return Resolution("resolved", tuple(mine)) if mine else Resolution("ignored")
        return self.resolve_author_year(c)

    def resolve_author_year(self, c: InTextCitation) -> Resolution:
        first = c.authors[0]
        mine = self.by_author(first)
        if c.year is None:  # n.d., in press
            if mine:
                return Resolution("resolved", tuple(mine))
            return (
                Resolution("unresolved", reason="author")
                if _looks_like_author(c)
                else (Resolution("ignored"))
            )
        if mine:
            same_year = [s for s in mine if s.parsed.year == c.year]
            if not same_year:
                if len(c.authors) >= 2:
                    pair = [s for s in mine if _second_is(s, c.authors[1])]
                    mine = pair or mine
                return Resolution("year-mismatch", tuple(mine))
            if c.year_suffix:
                same_year = [
                    s for s in same_year if s.parsed.year_suffix == c.year_suffix
                ] or same_year
            if len(c.authors) >= 2:
                pair = [s for s in same_year if _second_is(s, c.authors[1])]
                if pair:
                    return Resolution("resolved", tuple(pair))
                if len(same_year) == 1 and len(same_year[0].parsed.authors) >= 2:
                    return Resolution("author-mismatch", (same_year[0],), "second-author")
            return Resolution("resolved", tuple(same_year))
        # Nobody of that name: a misspelt first author, or a co-author cited as the first.
        same_year = self.by_year.get(c.year, [])
        best: tuple[float, Source, str] | None = None
        for s in same_year:
            score = near_surname(first, s.parsed.authors[0])
            if score and (best is None or score > best[0]):
                best = (score, s, "misspelt")
        if best is None:
            for s in same_year:
                if any(same_surname(first, a) for a in s.parsed.authors[1:]):
                    best = (1.0, s, "co-author")
                    break
        if best is not None:
            return Resolution("author-mismatch", (best[1],), best[2])
        if not _looks_like_author(c):
            return Resolution("ignored")
        return Resolution("unresolved", reason="author")


def _words(text: str) -> list[str]:
    return text.split()


#: Places a post may date ("legal in Oregon (2020)"): not authors.
_PLACES = frozenset(
    _words(
        """alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
    tennessee texas utah vermont virginia wisconsin wyoming alberta ontario quebec manitoba
    america canada mexico australia zealand britain england scotland wales ireland europe
    france germany spain italy portugal netherlands switzerland sweden norway denmark finland
    austria belgium poland brazil argentina chile colombia peru india china japan korea africa
    asia"""
    )
)


def _looks_like_author(c: InTextCitation) -> bool:
    """False for a lone capitalised word that is more likely a place, product, drug or
    acronym ("Oregon (2020)", "Spravato (2019)", "FDA (2020)") than a surname: it cannot be
    said to point at nothing."""
    if c.et_al or len(c.authors) > 1 or not c.narrative:
        return True
    name = c.authors[0]
    if name.isupper() or name.casefold() in _PLACES:
        return False
    return not subjects(name).concepts


def _second_is(source: Source, name: str) -> bool:
    authors = source.parsed.authors
    return len(authors) >= 2 and same_surname(name, authors[1])


def _sentences(doc: Document) -> Iterator[Sentence]:
    for block in doc.blocks:
        if block.reference or block.kind == "front-matter":
            continue
        yield from block.sentences


def build_citation_map(doc: Document) -> CitationMap:
    """Resolve every citation in ``doc``'s prose against its source list."""
    read_source_lists(doc)
    sources = read_sources(doc)
    found: list[tuple[Sentence, InTextCitation]] = [
        (sentence, c) for sentence in _sentences(doc) for c in sentence_citations(sentence)
    ]
    listed = [s for s in sources if s.footnote is None]
    has_numbers = any(s.number is not None for s in listed)
    author_year = any(c.kind == "author-year" for _, c in found)
    # An unnumbered list is cited by number only in posts that never cite by author.
    numbered = (
        has_numbers
        or bool(listed and not author_year)
        or any(s.footnote is not None for s in sources)
    )
    first_authors = FirstAuthors(sources)
    resolver = _Resolver(
        sources, first_authors, numbers_by_ordinal=not has_numbers and not author_year
    )
    uses = [
        CitationUse(sentence, c, resolver.resolve(c, numbered) if sources else _no_list(c))
        for sentence, c in found
    ]
    return CitationMap(sources, uses, first_authors)


def _no_list(c: InTextCitation) -> Resolution:
    # Without a source list only a footnote marker can be said to point at nothing.
    if c.kind == "footnote":
        return Resolution("unresolved", reason="footnote", missing=(c.label or "",))
    return Resolution("ignored")


_CACHE: list[tuple[Document, CitationMap]] = []


def citation_map(doc: Document) -> CitationMap:
    """The :class:`CitationMap` of ``doc``, computed once per document."""
    for cached, result in _CACHE:
        if cached is doc:
            return result
    result = build_citation_map(doc)
    _CACHE.append((doc, result))
    if len(_CACHE) > 4:
        del _CACHE[0]
    return result


def citations_following(
    cmap: CitationMap, sentence: Sentence, lead: re.Pattern[str]
) -> list[CitationUse]:
    """Citations of the next sentence in the block when it starts by pointing back.

    "In a study published in JAMA Psychiatry, ... . The study found ... [6]": the journal
    is named in one sentence and the study cited in the next.
    """
    sentences = sentence.block.sentences
    for i, s in enumerate(sentences):
        if s.start == sentence.start and i + 1 < len(sentences):
            nxt = sentences[i + 1]
            if lead.match(nxt.text):
                return cmap.uses_in(nxt)
    return []


def nearest_use(uses: Iterable[CitationUse], at: int) -> CitationUse | None:
    """The first citation after sentence offset ``at``, else the last one before it."""
    ordered = sorted(uses, key=lambda u: u.citation.start)
    after = [u for u in ordered if u.citation.start >= at]
    if after:
        return after[0]
    return ordered[-1] if ordered else None


def join_words(items: Iterable[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def ordinal(n: int) -> str:
    """ "second" for 2; "12th" past the eighth."""
    return _ORDINALS[n - 1] if 1 <= n <= len(_ORDINALS) else f"{n}th"


#: A sentence that starts by pointing back at a study named just before it.
BACK_REFERENCE = re.compile(
    r"^\W*(?:(?:The|This|That|These|Those|Its|Their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:study|studies|trial|trials|paper|review|analysis|meta-analysis|work|research|report"
    r"|article|findings|results|authors|researchers|team|investigators|data)\b|(?:It|They)\b)"
)
