"""Judge a source-list entry against the registries' records (CL310-CL314).

:func:`judge` takes an entry's parsed fields (:mod:`claimlint.biblio.refstring`) and
what the registries answered for it (:class:`~claimlint.biblio.records.Lookup`), and
says whether a record matches it confidently, how the entry differs from that record,
whether the record carries a retraction or expression of concern, and whether the
entry's DOI or PMID resolves to the work it describes.

A record matches when (thresholds measured in ``docs/accuracy.md``,
``scripts/source_matching.py``):

- the normalised titles are at least :data:`TITLE_SAME` alike and the first author
  or the year agrees; or
- they are at least :data:`TITLE_NEAR` alike and the first author and the year both
  agree; or
- they are at least :data:`TITLE_ALONE` alike and the title has at least
  :data:`ALONE_WORDS` words (a real title under someone else's name is a real work,
  misdescribed); or
- they are at least :data:`TITLE_WEAK` alike, the entry's first author is the
  record's first, and the year and the journal agree (a garbled title); or
- the record is the one the entry's DOI or PMID names and the titles are at least
  :data:`TITLE_ID` alike, or the first author and year agree; or
- the entry has no title, and the first author, the year, the volume and the first
  page all agree.

"The first author agrees": the entry's first surname is one of the record's authors
(:func:`claimlint.biblio.matching.same_surname`, or nearly the same spelling); "the
year agrees": within one year of a year the record gives (print, online-first or
issue year), since a work published online in December is cited with either year.

Titles are compared after NFKD folding, case folding and replacing every run of
punctuation with a space, by :class:`difflib.SequenceMatcher`'s ratio; a title that
is the other's start, up to a word break, with at least three words (a subtitle left
out) counts as :data:`SUBTITLE_LEFT_OUT` alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from claimlint.biblio.journals import same_journal
from claimlint.biblio.matching import Source, citation_map, near_surname, same_surname
from claimlint.biblio.records import Lookup, Notice, Record, crossref_record, entry_key
from claimlint.biblio.refstring import parse_reference
from claimlint.text.document import Document

if TYPE_CHECKING:
    from claimlint.biblio.refstring import ParsedReference

#: Titles at least this alike name the same work when the first author or year agrees.
TITLE_SAME = 0.90
#: Titles at least this alike name the same work when the first author and year agree.
TITLE_NEAR = 0.70
#: Titles at least this alike (and :data:`ALONE_WORDS` long) name the same work alone.
TITLE_ALONE = 0.97
#: How many words a title needs to identify a work by itself.
ALONE_WORDS = 6
#: Titles at least this alike name the same work when the first author is the record's
#: first, the year agrees and so does the journal (a garbled title of a real paper).
TITLE_WEAK = 0.50
#: The record an entry's own DOI or PMID names is its work when titles are this alike.
TITLE_ID = 0.60
#: A matched work whose title is less alike than this is reported as differing.
TITLE_DIFFERS = 0.90
#: The fewest words of a title that can identify a work.
TITLE_WORDS = 3
#: How alike a title is to one that adds a subtitle to it.
SUBTITLE_LEFT_OUT = 0.95
#: A misspelt surname at least this close (:func:`near_surname`) still identifies.
NEAR_NAME = 0.75

Status = Literal["found", "not-found", "unverified"]

_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "&": " and "})
_NON_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def normal_title(text: str) -> str:
    """A title as compared: folded, lower case, punctuation as single spaces."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", folded).strip()


def title_similarity(a: str, b: str) -> float:
    """How alike two titles are, 0 to 1 (see the module's notes)."""
    na, nb = normal_title(a), normal_title(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    ratio = SequenceMatcher(None, na, nb, autojunk=False).ratio()
    short, long = sorted((na, nb), key=len)
    if long.startswith(short + " ") and short.count(" ") >= 2:
        ratio = max(ratio, SUBTITLE_LEFT_OUT)
    return ratio


def names_author(name: str, authors: tuple[str, ...]) -> int | None:
    """The index of ``name`` among ``authors`` (the same surname, or nearly), or None."""
    for i, a in enumerate(authors):
        if same_surname(name, a):
            return i
    for i, a in enumerate(authors):
        if near_surname(name, a) >= NEAR_NAME:
            return i
    return None


def year_agrees(year: str | None, record: Record) -> bool:
    """Whether an entry's year is within one year of a year the record gives."""
    if year is None or not year.isdigit():
        return False
    y = int(year)
    return any(abs(y - r) <= 1 for r in record.years)


@dataclass(frozen=True, slots=True)
class Match:
    """How an entry compares with one record."""

    record: Record
    """The record."""
    title: float
    """Title similarity (0 when either has no title)."""
    author: int | None
    """Where the entry's first author stands among the record's authors (0: first)."""
    year: bool
    """Whether the years agree (within one year)."""
    confident: bool
    """Whether the record is the entry's work."""

    @property
    def score(self) -> tuple[bool, float, bool, bool]:
        """For choosing among records (higher is better)."""
        return (self.confident, self.title, self.author is not None, self.year)


def entry_title(parsed: ParsedReference) -> str | None:
    """The entry's title, or when the parser read none, its container (where a title it
    could not split off from a one-word journal ends up); None when that has fewer than
    :data:`TITLE_WORDS` words, too few to tell one work from another."""
    text = parsed.title or parsed.container
    if text and len(normal_title(text).split()) >= TITLE_WORDS:
        return text
    return None


def compare(parsed: ParsedReference, record: Record, *, named: bool = False) -> Match:
    """How ``parsed`` compares with ``record``; ``named``: the entry's DOI or PMID names
    the record."""
    text = entry_title(parsed)
    title = title_similarity(text, record.title) if text else 0.0
    author = names_author(parsed.authors[0], record.authors) if parsed.authors else None
    year = year_agrees(parsed.year, record)
    agree = author is not None and year
    if named:
        confident = title >= TITLE_ID or agree or (not text and (author is not None or year))
    elif text:
        confident = (
            (title >= TITLE_SAME and (author is not None or year))
            or (title >= TITLE_NEAR and agree)
            or (title >= TITLE_ALONE and normal_title(text).count(" ") + 1 >= ALONE_WORDS)
            or (
                title >= TITLE_WEAK
                and author == 0
                and year
                and bool(parsed.container and record.journals)
                and journal_agrees(parsed.container or "", record, parsed.raw)
            )
        )
    else:
        confident = (
            agree
            and bool(parsed.volume and parsed.volume == record.volume)
            and bool(parsed.pages and record.page and _first_page(parsed.pages) == record.page)
        )
    return Match(record, title, author, year, confident)


def _first_page(pages: str) -> str:
    return re.split(r"\s*[-–—]\s*", pages.strip(), maxsplit=1)[0]


@dataclass(frozen=True, slots=True)
class Difference:
    """A field the entry gives otherwise than the matched record."""

    field: str
    """``year``, ``first author``, ``co-author``, ``title`` or ``journal``."""
    entry: str
    """What the entry says."""
    record: str
    """What the record says."""

    def describe(self) -> str:
        """ "year 2019 (the record: 2016)"."""
        if self.field == "co-author":
            return f"co-author {self.entry} (not among the record's authors: {self.record})"
        if self.field == "title":
            return f"title (the record: '{self.record}')"
        if self.field == "journal":
            return f"journal {self.entry} (the record: {self.record})"
        return f"{self.field} {self.entry} (the record: {self.record})"


@dataclass(frozen=True, slots=True)
class IdentifierProblem:
    """A DOI or PMID that does not resolve, or names another work."""

    kind: str
    """``DOI`` or ``PMID``."""
    value: str
    """The identifier."""
    other: Record | None
    """The work it names instead (None: it names nothing)."""

    def describe(self) -> str:
        """ "DOI 10.1/x does not resolve" / "DOI 10.1/x names another work: ..."."""
        if self.other is None:
            where = "doi.org" if self.kind == "DOI" else "PubMed"
            return f"{self.kind} {self.value} does not resolve ({where} has no such record)"
        return f"{self.kind} {self.value} names another work: {self.other.cite()}"


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the registries say about one entry."""

    status: Status
    """``found``, ``not-found`` or ``unverified`` (no answer, or too little to search)."""
    match: Match | None = None
    """The matched record (status ``found``)."""
    differences: tuple[Difference, ...] = ()
    """How the entry differs from it."""
    notices: tuple[Notice, ...] = ()
    """Its retractions and expressions of concern."""
    identifiers: tuple[IdentifierProblem, ...] = ()
    """The entry's DOI or PMID that does not resolve, or names another work."""
    searched: str = ""
    """What was searched where (for the not-found message)."""
    reason: str = ""
    """Why it is unverified."""

    @property
    def year_fix(self) -> str | None:
        """The record's year when the year is the entry's only wrong field."""
        if self.match is None or [d.field for d in self.differences] != ["year"]:
            return None
        year = self.match.record.year
        return str(year) if year else None


def judge(parsed: ParsedReference, lookup: Lookup) -> Verdict:
    """The :class:`Verdict` on an entry given what the registries answered."""
    if lookup.unavailable:
        return Verdict("unverified", reason=lookup.unavailable)
    problems: list[IdentifierProblem] = []
    match: Match | None = None
    named: list[Record] = []
    for kind, value, found, record in (
        ("DOI", lookup.doi, lookup.doi_found, lookup.record_by_doi()),
        ("PMID", lookup.pmid, lookup.pmid_found, lookup.record_by_pmid()),
    ):
        if value is None:
            continue
        if found is False:
            problems.append(IdentifierProblem(kind, value, None))
        elif record is not None:
            named.append(record)
            m = compare(parsed, record, named=True)
            if not m.confident:
                problems.append(IdentifierProblem(kind, value, record))
            elif match is None or m.score > match.score:
                match = m
    if match is None:
        others = [compare(parsed, r) for r in lookup.records if r not in named]
        confident = [m for m in others if m.confident]
        if confident:
            match = max(confident, key=lambda m: m.score)
    searched = "; ".join(lookup.searched)
    if match is None:
        if not (entry_title(parsed) or parsed.doi or parsed.pmid):
            return Verdict(
                "unverified",
                identifiers=tuple(problems),
                reason="too little to search by (no title, DOI or PMID read from it)",
            )
        return Verdict("not-found", identifiers=tuple(problems), searched=searched)
    record = match.record
    notices = list(record.notices)
    for other in lookup.records:  # the same work in the other registry
        if other is not record and _same_work(other, record):
            notices.extend(n for n in other.notices if n not in notices)
    return Verdict(
        "found",
        match,
        differences(parsed, match),
        tuple(notices),
        tuple(problems),
        searched,
    )


def _same_work(a: Record, b: Record) -> bool:
    return bool((a.doi and a.doi == b.doi) or (a.pmid and a.pmid == b.pmid))


def differences(parsed: ParsedReference, match: Match) -> tuple[Difference, ...]:
    """The fields ``parsed`` gives otherwise than the matched record."""
    record = match.record
    out: list[Difference] = []
    if parsed.year and record.years and not match.year:
        out.append(Difference("year", parsed.year, _years(record)))
    authors = parsed.authors
    if authors and record.authors and len(authors[0]) < 60:
        if match.author != 0 and names_author(authors[0], record.authors[:1]) is None:
            out.append(Difference("first author", authors[0], record.authors[0]))
        for name in authors[1:]:
            if names_author(name, record.authors) is None:
                out.append(Difference("co-author", name, _names(record.authors)))
    if parsed.title and record.title and match.title < TITLE_DIFFERS:
        out.append(Difference("title", parsed.title, record.title))
    if (
        parsed.title
        and parsed.container
        and record.journals
        and _journal_article(record)
        and not journal_agrees(parsed.container, record, parsed.raw)
    ):
        out.append(Difference("journal", parsed.container, record.journals[0]))
    return tuple(out)


def _years(record: Record) -> str:
    first, *rest = record.years
    return f"{first}" + (f" (online {', '.join(map(str, rest))})" if rest else "")


def _names(authors: tuple[str, ...], limit: int = 6) -> str:
    shown = ", ".join(authors[:limit])
    return shown + (" ..." if len(authors) > limit else "")


def _journal_article(record: Record) -> bool:
    kind = (record.kind or "").casefold()
    return record.registry == "pubmed" or kind in ("journal-article", "")


def journal_agrees(container: str, record: Record, entry: str = "") -> bool:
    """Whether an entry's container names one of the record's journals: the same name
    (:func:`~claimlint.biblio.journals.same_journal`: abbreviations, "The", "&"), or one
    name's words standing in order in the other's, each word or its abbreviation (a
    parser that kept "Ahead of print" or a society's name with the journal), or a
    container that is really the end of the record's title, or a journal the entry's
    text ``entry`` names anywhere (a parser that left it in the title)."""
    wanted = _journal_words(container)
    if not wanted or normal_title(container) in normal_title(record.title):
        return True
    text = f" {normal_title(entry)} "
    if any(f" {normal_title(name)} " in text for name in record.journals if normal_title(name)):
        return True
    for name in record.journals:
        if same_journal(container, name):
            return True
        words = _journal_words(name)
        if not words:
            return True
        short, long = sorted((wanted, words), key=len)
        if _in_order(short, long):
            return True
    return False


_JOURNAL_STOP = frozenset({"of", "the", "and", "for", "in", "on", "a", "an", "de", "la", "und"})


def _journal_words(name: str) -> list[str]:
    return [w for w in normal_title(name).split() if w not in _JOURNAL_STOP and not w.isdigit()]


def _in_order(short: list[str], long: list[str]) -> bool:
    """Each word of ``short`` begins (or is) a word of ``long``, in order."""
    i = 0
    for word in long:
        if i < len(short) and (
            word == short[i] or (len(short[i]) >= 2 and word.startswith(short[i]))
        ):
            i += 1
    return i == len(short)


# --------------------------------------------------------------------------------------------
# a document's entries


LookupFor = Callable[[str], Lookup | None]
"""The registries' answer for an entry's :func:`~claimlint.biblio.records.entry_key`,
or None when nothing was asked about it (nothing is reported)."""


@dataclass(frozen=True, slots=True)
class Judged:
    """One entry of a post's source list with its verdict."""

    source: Source
    """The entry."""
    verdict: Verdict
    """What the registries say about it."""


_CACHE: list[tuple[Document, object, list[Judged]]] = []


def judge_document(doc: Document, lookup_for: LookupFor, token: object) -> list[Judged]:
    """Every entry of ``doc``'s source lists that has an answer, judged; computed once per
    document and ``token`` (the lookups it was given)."""
    for cached, key, result in _CACHE:
        if cached is doc and key is token:
            return result
    out: list[Judged] = []
    for source in citation_map(doc).sources:
        lookup = lookup_for(entry_key(source.entry.text))
        if lookup is not None:
            out.append(Judged(source, judge(source.parsed, lookup)))
    _CACHE.append((doc, token, out))
    if len(_CACHE) > 4:
        del _CACHE[0]
    return out


def fixed_registry(spec: Mapping[str, Any]) -> LookupFor:
    """Answers from a registry written out in full (a rule's examples, ``registry:``):
    ``works`` in Crossref's JSON shape searched for every entry, or ``unavailable``
    with the reason every lookup fails."""
    unavailable = spec.get("unavailable")
    records = tuple(
        r for r in (crossref_record(w) for w in spec.get("works") or ()) if r is not None
    )

    def lookup_for(key: str) -> Lookup:
        if isinstance(unavailable, str):
            return Lookup(unavailable=unavailable)
        parsed = parse_reference(key)
        doi = parsed.doi.lower() if parsed.doi else None
        return Lookup(
            records=records,
            doi=doi,
            doi_found=None if doi is None else any(r.doi == doi for r in records),
            searched=("the example's registry",),
        )

    return lookup_for
