"""In-text citations: author-year (narrative and parenthetical), numbered, footnote, superscript.

Each citation carries its span in the text it was found in, so rules can
point at it and fixes can rewrite exactly the year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimlint.document import Sentence

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LETTER = r"[^\W\d_]"
_PARTICLE = (
    r"(?:(?:[Vv]an\s+(?:der|den|de)|[Vv]on\s+der|[Dd]e\s+la|[Dd]ella|[Dd]el|[Dd]e|[Vv]an|[Vv]on"
    r"|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Dd]os|[Dd]as|[Tt]en|[Tt]er|[Aa]l|[Ee]l|[Bb]in|[Ii]bn"
    r"|[Oo]['’])\s*)"
)
#: A surname: optional particle, capitalised word, optional hyphen/apostrophe parts.
SURNAME = (
    rf"(?:{_PARTICLE}?[{_UPPER}]{_LETTER}*(?:['’][{_UPPER}]?{_LETTER}+)?"
    rf"(?:-[{_UPPER}]?{_LETTER}+)?)"
)
_SUFFIX = r"(?:,?\s+(?:Jr|Sr|III|II|IV)\.?)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_YEAR_ITEM = rf"(?:{YEAR}[a-z]?|n\.\s?d\.|in\s+press|forthcoming)"
_TAIL = (
    r"(?:\s+et\s+al\.?|\s+and\s+(?:colleagues|co-?workers|co-?authors|associates|team)"
    rf"|\s*(?:&|and)\s+{SURNAME}{_SUFFIX}?)"
)
_NARRATIVE = re.compile(
    rf"(?<![\w-])(?P<first>{SURNAME}){_SUFFIX}?(?P<tail>{_TAIL})?(?:['’]s)?,?\s*"
    rf"\(\s*(?P<years>{_YEAR_ITEM}(?:\s*[,;]\s*{_YEAR_ITEM})*)(?P<extra>[^()]{{0,40}})\)"
)
_PAREN = re.compile(r"\((?P<body>[^()]{2,400})\)")
_PAREN_ITEM = re.compile(
    rf"^\s*(?:(?:e\.\s?g\.|i\.\s?e\.|see(?:\s+also)?|cf\.|for\s+example|for\s+a\s+review,?\s+see"
    rf"|reviewed\s+in|as\s+cited\s+in)\s*,?\s*)?"
    rf"(?P<first>{SURNAME}){_SUFFIX}?(?P<tail>{_TAIL})?,?\s+"
    rf"(?P<years>{_YEAR_ITEM}(?:\s*,\s*{_YEAR_ITEM})*)(?P<extra>\s*,\s*(?:pp?\.|chap\.|para\.).*)?\s*$"
)
_NUMBERED = re.compile(r"\[(?P<body>\d{1,4}(?:\s*[-–,]\s*\d{1,4})*)\]")
_FOOTNOTE = re.compile(r"\[\^(?P<label>[^\]\s]+)\]")
_CARET_SUP = re.compile(r"\^(?P<body>\d{1,4}(?:[-–,]\d{1,4})*)\^")
_YEAR_IN = re.compile(
    rf"(?P<year>{YEAR})(?P<suffix>[a-z])?|(?P<status>n\.\s?d\.|in\s+press|forthcoming)"
)
_AUTHOR_ONLY = re.compile(
    rf"(?<![\w-])(?P<first>{SURNAME}){_SUFFIX}?(?P<tail>\s+et\s+al\.?|\s+and\s+(?:colleagues|co-?workers))"
)


@dataclass(frozen=True, slots=True)
class InTextCitation:
    """One citation in running text."""

    kind: str
    """``author-year``, ``author``, ``numbered``, ``footnote`` or ``superscript``."""
    start: int
    """Offset in the scanned text."""
    end: int
    """End offset (exclusive)."""
    text: str
    """The citation as written."""
    authors: tuple[str, ...] = ()
    """Surnames as written: the first, and the second for two-author citations."""
    et_al: bool = False
    """True for "et al." / "and colleagues"."""
    year: str | None = None
    """The cited year (``2019``), or None (numbered, n.d.)."""
    year_suffix: str | None = None
    """``a`` in ``2020a``."""
    year_start: int = -1
    """Offset of the year in the scanned text, for fixes."""
    numbers: tuple[int, ...] = ()
    """Entry numbers for numbered and superscript citations (ranges expanded)."""
    label: str | None = None
    """Footnote label."""
    narrative: bool = False
    """True when the author's name is part of the sentence ("Zarate et al. (2006) found")."""


def _numbers(body: str) -> tuple[int, ...]:
    out: list[int] = []
    for part in re.split(r"\s*,\s*", body.strip()):
        if not part:
            continue
        bounds = re.split(r"\s*[-–]\s*", part)
        try:
            if len(bounds) == 2:
                a, b = int(bounds[0]), int(bounds[1])
                if 0 < b - a < 200:
                    out.extend(range(a, b + 1))
                    continue
            out.append(int(bounds[0]))
        except ValueError:
            continue
    return tuple(out)


def _split_names(first: str, tail: str | None) -> tuple[tuple[str, ...], bool]:
    if not tail:
        return (first.strip(),), False
    t = tail.strip()
    if t.startswith("et al") or t.startswith("and "):
        second = re.sub(r"^(?:&|and)\s+", "", t)
        if t.startswith("et al") or re.match(
            r"(?:colleagues|co-?workers|co-?authors|associates|team)", second
        ):
            return (first.strip(),), True
    second = re.sub(r"^(?:&|and)\s+", "", t)
    second = re.sub(_SUFFIX + "$", "", second).strip()
    return (first.strip(), second), False


def find_citations(text: str) -> list[InTextCitation]:
    """Every in-text citation in ``text``, in order."""
    found: list[InTextCitation] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in _NARRATIVE.finditer(text):
        names, et_al = _split_names(m.group("first"), m.group("tail"))
        if names[0].lower() in _NOT_NAMES:
            continue
        found.extend(_author_year(m, names, et_al, m.group("years"), m.start("years"), True))
        taken.append((m.start(), m.end()))
    for m in _PAREN.finditer(text):
        if not free(m.start(), m.end()):
            continue
        body = m.group("body")
        offset = m.start("body")
        for part, at in _parts(body, offset):
            pm = _PAREN_ITEM.match(part)
            if not pm:
                continue
            names, et_al = _split_names(pm.group("first"), pm.group("tail"))
            if names[0].lower() in _NOT_NAMES:
                continue
            years_at = at + pm.start("years")
            found.extend(_author_year(m, names, et_al, pm.group("years"), years_at, False))
            taken.append((m.start(), m.end()))
    for m in _FOOTNOTE.finditer(text):
        found.append(
            InTextCitation("footnote", m.start(), m.end(), m.group(), label=m.group("label"))
        )
    for m in _NUMBERED.finditer(text):
        if text[m.end() : m.end() + 1] in ("(", ":") or text[m.start() - 1 : m.start()] == "!":
            continue  # a link or footnote definition, not a citation
        found.append(
            InTextCitation(
                "numbered", m.start(), m.end(), m.group(), numbers=_numbers(m.group("body"))
            )
        )
    for m in _CARET_SUP.finditer(text):
        found.append(
            InTextCitation(
                "superscript", m.start(), m.end(), m.group(), numbers=_numbers(m.group("body"))
            )
        )
    for m in _AUTHOR_ONLY.finditer(text):
        if not free(m.start(), m.end()) or m.group("first").lower() in _NOT_NAMES:
            continue
        names, et_al = _split_names(m.group("first"), m.group("tail"))
        found.append(
            InTextCitation("author", m.start(), m.end(), m.group(), names, et_al, narrative=True)
        )
    found.sort(key=lambda c: (c.start, c.year_start))
    return found


def _author_year(
    m: re.Match[str],
    names: tuple[str, ...],
    et_al: bool,
    years: str,
    years_at: int,
    narrative: bool,
) -> Iterator[InTextCitation]:
    """One citation per cited year ("Lee, 2020a, 2020b" cites two works), spanning ``m``."""
    for y in _YEAR_IN.finditer(years):
        yield InTextCitation(
            "author-year",
            m.start(),
            m.end(),
            m.group(),
            names,
            et_al,
            y.group("year"),
            y.group("suffix"),
            years_at + y.start(),
            narrative=narrative,
        )


def _parts(body: str, offset: int) -> Iterator[tuple[str, int]]:
    at = 0
    for piece in body.split(";"):
        yield piece, offset + at
        at += len(piece) + 1


#: Capitalised words that start a parenthesis or precede a year but are not authors.
_NOT_NAMES = frozenset(
    [
        "in",
        "since",
        "by",
        "from",
        "until",
        "before",
        "after",
        "during",
        "between",
        "of",
        "the",
        "a",
        "an",
        "and",
        "or",
        "as",
        "at",
        "for",
        "on",
        "to",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "phase",
        "study",
        "trial",
        "review",
        "fda",
        "ema",
        "who",
        "nih",
        "cdc",
        "nice",
        "approved",
        "published",
        "updated",
        "revised",
        "accessed",
        "retrieved",
        "circa",
        "around",
        "about",
        "early",
        "late",
        "mid",
        "figure",
        "table",
        "chapter",
        "section",
        "page",
        "volume",
        "issue",
    ]
)


def sentence_citations(sentence: Sentence) -> list[InTextCitation]:
    """Citations in a sentence's text plus its superscript markers."""
    out = find_citations(sentence.text)
    for marker in sentence.block.markers_between(sentence.start, sentence.end):
        nums = _numbers(marker.value)
        at = marker.at - sentence.start
        out.append(InTextCitation("superscript", at, at, marker.value, numbers=nums))
    return out


def has_citation(sentence: Sentence) -> bool:
    """True when the sentence carries any citation or a link to an outside page."""
    if sentence_citations(sentence):
        return True
    block = sentence.block
    return any(
        link.start < sentence.end
        and sentence.start < link.end + 1
        and re.match(r"(?i)(?:https?:)?//|www\.|doi:", link.href)
        for link in block.links
    )
