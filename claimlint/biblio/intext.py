"""In-text citations: author-year (narrative and parenthetical), numbered, footnote, superscript.

Each citation carries its span in the text it was found in, so rules can
point at it and fixes can rewrite exactly the year.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import accumulate
from typing import NamedTuple

from claimlint.core.lazyre import LazyPattern
from claimlint.text.document import Block, Sentence

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LETTER = r"[^\W\d_]"
_PARTICLE = (
    r"(?:(?:[Aa]an\s+(?:het|de|den)|[Vv]an\s+(?:der|den|de|het)|[Vv]on\s+der|[Dd]e\s+la|[Dd]ella"
    r"|[Vv]ande[rn]?|[Dd]el|[Dd]e|[Vv]an|[Vv]on"
    r"|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Dd]os|[Dd]as|[Tt]en|[Tt]er|[Aa]l|[Ee]l|[Bb]in|[Ii]bn"
    r"|[Oo]['’])\s*)"
)
#: A surname: optional particle, a capitalised word of two letters or more (a lone capital
#: is an initial: "Zhou L (2024)"), optional hyphen/apostrophe parts ("O'Brien", not the
#: possessive "Smith's").
#: (Where the old spelling had an optional capital before letters, "[{_UPPER}]?" before
#: "{_LETTER}+", it is left out: every capital is a letter, so both match the same runs
#: and the same one first, and each use of the class cost a fifth of a millisecond.)
SURNAME = (
    rf"(?:{_PARTICLE}?[{_UPPER}](?:{_LETTER}+(?:['’](?!s\b){_LETTER}+)?|['’]{_LETTER}+)"
    rf"(?:-{_LETTER}+)?)"
)
_SUFFIX = r"(?:,?\s+(?:Jr|Sr|III|II|IV)\.?)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_YEAR_ITEM = rf"(?:{YEAR}[a-z]?|n\.\s?d\.|in\s+press|forthcoming)"
#: "and" between two authors, in the languages of bilingual pages: Spanish "y", Italian and
#: Portuguese "e", French "et", German "und", Dutch "en" ("(Krupitsky y Grinenko, 1997)").
_AND_WORDS = r"(?:and|y|e|et|und|en)"
_AND_WORD = rf"(?:&|{_AND_WORDS})"
_TAIL = (
    r"(?:\s+et\s+al\.?|\s+and\s+(?:colleagues|co-?workers|co-?authors|associates|team)"
    rf"|(?:,\s*{SURNAME}{_SUFFIX}?){{0,5}},?\s*{_AND_WORD}\s+{SURNAME}{_SUFFIX}?)"
)
_ORG_WORD = (
    r"(?:Organi[sz]ation|Associations?|Institutes?|Administration|Agency|Society|Cent(?:er|re)s?"
    r"|College|Department|Council|Foundation|Academy|Group|Network|Alliance|Commission|Board"
    r"|Services?|Office|Authority|Collaboration|Consortium|Federation|Ministry|Coalition"
    r"|Programme|Program|Task\s+Force)"
)
#: What every organisation word begins with (case as written): a text holding none of
#: them holds no corporate author, and its two patterns need not be compiled for it.
_ORG_STEMS = (
    *("Organi", "Association", "Institute", "Administration", "Agency", "Society", "Cent"),
    *("College", "Department", "Council", "Foundation", "Academy", "Group", "Network"),
    *("Alliance", "Commission", "Board", "Service", "Office", "Authority", "Collaboration"),
    *("Consortium", "Federation", "Ministry", "Coalition", "Program", "Task"),
)
_CAPWORD = rf"(?:[{_UPPER}][\w'’.-]*)"
#: A corporate author: "World Health Organization", "National Institute of Mental Health".
CORPORATE = (
    rf"(?:(?!The\s){_CAPWORD}\s+(?:(?:of|for|and|on|the|&)\s+)*){{0,8}}{_ORG_WORD}"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAPWORD}(?:\s+(?:(?:and|&|in|of|for|on|the)\s+)?{_CAPWORD}){{0,6}})?"
)

# The five name patterns below are compiled on first use: they are the costliest of the
# module (several milliseconds), and only a text with an author-year citation, or "et al.",
# reaches them.


#: A corporate author before its years: "World Health Organization (2021)".
_narrative_corporate = LazyPattern(
    rf"(?<![\w-])(?P<names>{CORPORATE})(?:['’]s)?,?\s*"
    rf"\(\s*(?P<years>{_YEAR_ITEM}(?:\s*[,;]\s*{_YEAR_ITEM})*)(?P<extra>[^()]{{0,40}})\)",
)


#: A corporate author and years in parentheses: "(World Health Organization, 2021)".
_paren_corporate = LazyPattern(
    rf"^\s*(?:(?:e\.\s?g\.|see(?:\s+also)?|cf\.)\s*,?\s*)?(?P<names>{CORPORATE}),?\s+"
    rf"(?P<years>{_YEAR_ITEM}(?:\s*,\s*{_YEAR_ITEM})*)"
    r"(?P<extra>\s*,\s*(?:pp?\.|chap\.|para\.).*)?\s*$",
)


#: Names before their years: "Smith and Lee (2019)", "Smith et al.'s (2019)".
_narrative = LazyPattern(
    rf"(?<![\w-])(?P<names>(?P<first>{SURNAME}){_SUFFIX}?(?P<tail>{_TAIL})?)(?:['’]s)?,?\s*"
    rf"\(\s*(?P<years>{_YEAR_ITEM}(?:\s*[,;]\s*{_YEAR_ITEM})*)(?P<extra>[^()]{{0,40}})\)",
)


_PAREN = re.compile(r"\((?P<body>[^()]{2,400})\)")


#: One citation in parentheses: "(see Smith et al., 2019, p. 4)", the first surname of two
#: words when it has them ("(Kumbargere Nagraj et al., 2019)", "(García Márquez, 2020)").
_paren_item = LazyPattern(
    r"^\s*(?:(?:e\.\s?g\.|i\.\s?e\.|see(?:\s+also)?|cf\.|for\s+example"
    r"|for\s+a\s+review,?\s+see|reviewed\s+in|as\s+cited\s+in)\s*,?\s*)?"
    rf"(?P<names>(?P<first>{SURNAME}(?:\s+{SURNAME}\b)?){_SUFFIX}?(?P<tail>{_TAIL})?),?\s+"
    rf"(?P<years>{_YEAR_ITEM}(?:\s*,\s*{_YEAR_ITEM})*)"
    r"(?P<extra>\s*,\s*(?:pp?\.|chap\.|para\.).*)?\s*$",
)


_NUMBERED = re.compile(r"\[(?P<body>\d{1,4}(?:\s*[-–,]\s*\d{1,4})*)\]")
#: A number in parentheses where a citation stands: after a word and a space, closing a
#: clause or sentence ("helps (2).", "(2, 3);", "(4-6)," or at the end). One followed by
#: a word is an enumeration ("(1) sleep more"), and one glued to a word is not prose.
_PAREN_NUMBERED = re.compile(
    r"(?<=[\w.,;:%’'\")\]] )\((?P<body>\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\)(?=\s*(?:[.,;:!?)]|$))"
)
#: The same before a word, where what stands before it names a work: a kind of study, a
#: journal or author ("a trial (4) found", "in the Journal of Sexual Medicine (2) found",
#: "Lee et al. (3) reported"), not the opener of an enumeration ("steps: (1) sleep").
_PAREN_NUMBERED_MID = re.compile(
    r"(?:\b(?:stud(?:y|ies)|trials?|reviews?|analys[ie]s|meta-analys[ie]s|papers?|reports?|"
    r"surveys?|experiments?|guidelines?|data|research|authors?|colleagues|team)|"
    r"(?<=\s)[A-Z][\w&’'-]*|\bal\.) "
    r"\((?P<body>\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\)(?=\s+[a-z])"
)
_FOOTNOTE = re.compile(r"\[\^(?P<label>[^\]\s]+)\]")
_CARET_SUP = re.compile(r"\^(?P<body>\d{1,4}(?:[-–,]\d{1,4})*)\^")
#: A citation written in the superscript digits of Unicode ("sham treatment.²",
#: "Medicine⁴,⁵"), after a word of three letters or more or a closing mark: not a power
#: ("10⁶ cells") or a unit ("kg/m²", "cm²").
_SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_UNICODE_SUP = re.compile(
    rf"(?:(?<=[^\W\d_]{{3}})|(?<=[.,;:)\]’'\"”%]))"
    rf"(?P<body>[{_SUP_DIGITS}]{{1,3}}(?:[,‐‑–⁻][{_SUP_DIGITS}]{{1,3}})*)(?![{_SUP_DIGITS}\w])"
)
_FROM_SUP = str.maketrans(_SUP_DIGITS + "‐‑⁻", "0123456789---")
_YEAR_IN = re.compile(
    rf"(?P<year>{YEAR})(?P<suffix>[a-z])?|(?P<status>n\.\s?d\.|in\s+press|forthcoming)"
)
#: Cheap tests run before the costly patterns. Every author-year citation holds "(" and a
#: year (or "n.d.", "in press", "forthcoming"), a narrative one right after the "(";
#: every author-only one its "et al." or "and colleagues".
_YEAR_ITEM_RE = re.compile(_YEAR_ITEM)
_PAREN_YEAR_RE = re.compile(rf"\(\s*{_YEAR_ITEM}")
_AUTHOR_TAIL_RE = re.compile(
    r"\s(?:et\s+al|and\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?workers|co-?authors|team))"
)
#: What every match of :data:`_PAREN_NUMBERED` and :data:`_PAREN_NUMBERED_MID` holds: a
#: space, a bracket and a digit. Most sentences have none, and the two patterns try every
#: position of a text that has a bracket of another kind.
_PAREN_DIGIT = re.compile(r" \(\d")
#: What every match of :data:`_AUTHOR_TAIL_RE` holds ("et al", or "and" before
#: colleagues, co-workers, co-authors or a team), looked for first: that pattern tries
#: every whitespace character.
_ET_AL = re.compile(r"et\s+al")


#: Names with no year: "Smith et al.", "Lee and colleagues".
_author_only = LazyPattern(
    rf"(?<![\w-])(?P<first>{SURNAME}){_SUFFIX}?(?P<tail>\s+et\s+al\.?"
    r"|\s+and\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?workers|co-?authors|team))",
)


class InTextCitation(NamedTuple):
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
    """Surnames as written, in order ("Smith, Jones, and Lee (2019)" names three; "Smith et
    al." one); a corporate author ("World Health Organization") is one item."""
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
    names_start: int = -1
    """Offset of the author part ("Zarate et al.") in the scanned text, -1 when there is none."""
    names_end: int = -1
    """End of the author part (exclusive), -1 when there is none."""


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


#: What :func:`_split_names` reads in the names after the first one.
_NAME_SEPARATOR = re.compile(rf"\s*,\s*(?:{_AND_WORD}\s+)?|\s*(?:&|\b{_AND_WORDS}\b)\s*")
_SUFFIX_END = re.compile(_SUFFIX + "$")
_AND = re.compile(rf"^{_AND_WORD}\s+")
_TEAM = re.compile(
    r"(?:(?:his|her|their)\s+)?(?:colleagues|co-?workers|co-?authors|associates|team)"
)


def _split_names(first: str, tail: str | None) -> tuple[tuple[str, ...], bool]:
    """The surnames of an author-year or author-only citation and whether it is "et al.".

    Any run of Unicode whitespace (a no-break space between "et" and "al.", a thin space
    in "Van der Kolk", a line break) reads as one plain space, as the patterns that
    found the citation read it.
    """
    first = " ".join(first.split())
    if not tail:
        return (first,), False
    tail = " ".join(tail.split())
    if tail.startswith(","):
        # "Smith, Jones, and Lee": a list of three or more names
        rest = _NAME_SEPARATOR.split(tail.strip(" ,"))
        names = [_SUFFIX_END.sub("", n).strip() for n in rest if n.strip()]
        names = [n for n in names if n not in ("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV")]
        return (first, *names), False
    second = _AND.sub("", tail)
    if tail.startswith("et al") or (tail.startswith("and ") and _TEAM.match(second)):
        return (first,), True
    return (first, _SUFFIX_END.sub("", second).strip()), False


def _may_name_an_organisation(text: str) -> bool:
    return any(map(text.__contains__, _ORG_STEMS))  # the loop in C: asked of every "(" part


def _not_a_name(name: str) -> bool:
    """A word that opens no citation ("since 2019", "nice (2020)"); in capitals it is an
    acronym that can ("NICE, 2008": the National Institute for Health and Care Excellence)."""
    return name.lower() in _NOT_NAMES and not (len(name) > 1 and name.isupper())


def find_citations(text: str) -> list[InTextCitation]:
    """Every in-text citation in ``text``, in order."""
    found: list[InTextCitation] = []
    spans = _Taken()
    free = spans.free

    names: tuple[str, ...]
    author_year = "(" in text and _YEAR_ITEM_RE.search(text) is not None
    narrative = author_year and _PAREN_YEAR_RE.search(text) is not None
    corporate = narrative and _may_name_an_organisation(text)
    for m in _narrative_corporate().finditer(text) if corporate else ():
        names = (" ".join(m.group("names").split()),)
        found.extend(
            _author_year(m, names, False, m.group("years"), m.start("years"), True, m.span("names"))
        )
        spans.add(m.start(), m.end())
    for m in _narrative().finditer(text) if narrative else ():
        if not free(m.start(), m.end()):
            continue
        names, et_al = _split_names(m.group("first"), m.group("tail"))
        if _not_a_name(names[0]):
            continue
        found.extend(
            _author_year(m, names, et_al, m.group("years"), m.start("years"), True, m.span("names"))
        )
        spans.add(m.start(), m.end())
    for m in _PAREN.finditer(text) if author_year else ():
        if not free(m.start(), m.end()):
            continue
        body = m.group("body")
        offset = m.start("body")
        for part, at in _parts(body, offset):
            pm = _paren_item().match(part)
            if not pm:
                pm = _paren_corporate().match(part) if _may_name_an_organisation(part) else None
                if pm:
                    names_at = (at + pm.start("names"), at + pm.end("names"))
                    names = (" ".join(pm.group("names").split()),)
                    years_at = at + pm.start("years")
                    found.extend(
                        _author_year(m, names, False, pm.group("years"), years_at, False, names_at)
                    )
                    spans.add(m.start(), m.end())
                continue
            names, et_al = _split_names(pm.group("first"), pm.group("tail"))
            if _not_a_name(names[0]):
                continue
            years_at = at + pm.start("years")
            names_at = (at + pm.start("names"), at + pm.end("names"))
            found.extend(
                _author_year(m, names, et_al, pm.group("years"), years_at, False, names_at)
            )
            spans.add(m.start(), m.end())
    for m in _FOOTNOTE.finditer(text) if "[^" in text else ():
        found.append(
            InTextCitation("footnote", m.start(), m.end(), m.group(), label=m.group("label"))
        )
    for m in _NUMBERED.finditer(text) if "[" in text else ():
        if text[m.end() : m.end() + 1] in ("(", ":") or text[m.start() - 1 : m.start()] == "!":
            continue  # a link or footnote definition, not a citation
        found.append(
            InTextCitation(
                "numbered", m.start(), m.end(), m.group(), numbers=_numbers(m.group("body"))
            )
        )
    paren_number = "(" in text and _PAREN_DIGIT.search(text) is not None
    for m in _PAREN_NUMBERED.finditer(text) if paren_number else ():
        if free(m.start(), m.end()):
            found.append(
                InTextCitation(
                    "numbered", m.start(), m.end(), m.group(), numbers=_numbers(m.group("body"))
                )
            )
    for m in _PAREN_NUMBERED_MID.finditer(text) if paren_number else ():
        start = m.start("body") - 1
        if free(start, m.end()):
            found.append(
                InTextCitation(
                    "numbered",
                    start,
                    m.end(),
                    text[start : m.end()],
                    numbers=_numbers(m.group("body")),
                )
            )
    for m in _CARET_SUP.finditer(text) if "^" in text else ():
        found.append(
            InTextCitation(
                "superscript", m.start(), m.end(), m.group(), numbers=_numbers(m.group("body"))
            )
        )
    for m in _UNICODE_SUP.finditer(text) if not text.isascii() else ():
        found.append(
            InTextCitation(
                "superscript",
                m.start(),
                m.end(),
                m.group(),
                numbers=_numbers(m.group("body").translate(_FROM_SUP)),
            )
        )
    author_tail = (
        _ET_AL.search(text) is not None
        or "colleagues" in text
        or "workers" in text
        or "authors" in text
        or "team" in text
    ) and _AUTHOR_TAIL_RE.search(text) is not None
    for m in _author_only().finditer(text) if author_tail else ():
        if not free(m.start(), m.end()) or m.group("first").lower() in _NOT_NAMES:
            continue
        names, et_al = _split_names(m.group("first"), m.group("tail"))
        found.append(
            InTextCitation(
                "author",
                m.start(),
                m.end(),
                m.group(),
                names,
                et_al,
                narrative=True,
                names_start=m.start(),
                names_end=m.end(),
            )
        )
    found.sort(key=lambda c: (c.start, c.year_start))
    return found


class _Taken:
    """The spans of a text already read as citations, kept disjoint and in order, so that
    whether a new match overlaps one costs a binary search, however many the text holds."""

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, a: int, b: int) -> bool:
        """True when no span overlaps ``a:b``."""
        # The spans are disjoint, so the last one to start before b ends last of those.
        i = bisect_left(self._starts, b) - 1
        return i < 0 or self._ends[i] <= a

    def add(self, a: int, b: int) -> None:
        """Take ``a:b`` (merged with the spans it overlaps, if any)."""
        starts, ends = self._starts, self._ends
        hi = bisect_left(starts, b)
        lo = hi
        while lo > 0 and ends[lo - 1] > a:
            lo -= 1
        if lo < hi:
            a, b = min(a, starts[lo]), max(b, ends[hi - 1])
        starts[lo:hi] = [a]
        ends[lo:hi] = [b]


def _author_year(
    m: re.Match[str],
    names: tuple[str, ...],
    et_al: bool,
    years: str,
    years_at: int,
    narrative: bool,
    names_at: tuple[int, int] = (-1, -1),
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
            names_start=names_at[0],
            names_end=names_at[1],
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
    """Citations in a sentence's text plus its superscript markers (found once per sentence,
    however many rules ask; callers must not change the list)."""
    key = ("citations", sentence.start, sentence.end)
    found: list[InTextCitation] | None = sentence.block.memo.get(key)
    if found is None:
        found = sentence.block.memo[key] = _sentence_citations(sentence)
    return found


def _sentence_citations(sentence: Sentence) -> list[InTextCitation]:
    out = find_citations(sentence.text)
    for marker in sentence.block.markers_between(sentence.start, sentence.end):
        nums = _numbers(marker.value)
        at = marker.at - sentence.start
        out.append(InTextCitation("superscript", at, at, marker.value, numbers=nums))
    return out


def has_citation(
    sentence: Sentence, author_listed: Callable[[InTextCitation], bool] | None = None
) -> bool:
    """True when the sentence carries any citation or a link to an outside page.

    An author named without a year ("Zarate and colleagues") is a citation only when
    it names a listed author: pass ``author_listed`` (the source list's test) to apply
    that; without it every such name counts.
    """
    found = sentence_citations(sentence)
    if author_listed is not None:
        found = [c for c in found if c.kind != "author" or author_listed(c)]
    if found:
        return True
    return _links_outside(sentence.block, sentence.start, sentence.end)


def _links_outside(block: Block, start: int, end: int) -> bool:
    """True when a link to an outside page overlaps (or ends right before) prose
    ``start:end`` of the block.

    The block's outside links are listed once, in order of their starts with the latest end
    so far, so each sentence costs a binary search, however many links the block holds.
    """
    found: tuple[list[int], list[int]] | None = block.memo.get("outside-links")
    if found is None:
        spans = sorted((link.start, link.end) for link in block.links if _OUTSIDE.match(link.href))
        latest = list(accumulate((e for _, e in spans), max))
        found = block.memo["outside-links"] = ([s for s, _ in spans], latest)
    starts, latest = found
    # the links starting before ``end``: does the one ending last reach ``start``?
    i = bisect_left(starts, end)
    return i > 0 and latest[i - 1] + 1 > start


def block_has_citation(block: Block) -> bool:
    """True when the block (a paragraph, list item or table cell) cites anything or links
    to an outside page; answered once per block."""
    found: bool | None = block.memo.get("cites")
    if found is None:
        found = block.memo["cites"] = bool(find_citations(block.text)) or any(
            _OUTSIDE.match(link.href) for link in block.links
        )
    return found


#: A link to an outside page (a web address or a DOI), which counts as a citation.
_OUTSIDE = re.compile(r"(?i)(?:https?:)?//|www\.|doi:")
