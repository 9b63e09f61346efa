"""What the scholarly registries say about a work, as plain values: no network here.

A :class:`Record` is one registry's description of one work (Crossref's ``/works``
JSON, :func:`crossref_record`; PubMed's E-utilities ``esummary`` JSON,
:func:`pubmed_record`), reduced to what a source-list entry is compared on: title,
author surnames, years, journal names, identifiers, and the retraction or
expression-of-concern notices attached to it. A :class:`Lookup` is everything the
registries answered for one entry (the records found by its DOI, its PMID and a
bibliographic search, and whether its identifiers resolve), or why they could not
answer. Both turn into plain data and back (:meth:`Lookup.to_data`,
:func:`lookup_from_data`) for the lock file, ``claimlint-sources.lock``.

The HTTP side (:mod:`claimlint.run.registries`) fills these in; the matcher
(:mod:`claimlint.biblio.verify`) judges an entry against them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from claimlint.biblio.refstring import strip_emphasis

#: Crossref update types, and PubMed's, that put a work's findings in doubt, by the kind
#: a finding names. Corrections and new versions are not among them.
NOTICE_KINDS: dict[str, str] = {
    "retraction": "retraction",
    "partial_retraction": "retraction",
    "partial-retraction": "retraction",
    "withdrawal": "withdrawal",
    "removal": "removal",
    "expression_of_concern": "expression-of-concern",
    "expression-of-concern": "expression-of-concern",
}
#: A title that says the work was retracted ("RETRACTED: ..." on Elsevier's records).
_RETRACTED_TITLE = re.compile(r"^\s*(?:\[\s*)?retracted(?:\s+article)?\s*[:\]\-–—.]\s*", re.I)
_TAG = re.compile(r"<[^<>]{1,200}>")
_SPACE = re.compile(r"\s+")
_INITIALS = re.compile(r"^[A-Z]{1,4}$")


class RecordDataError(ValueError):
    """Plain data (from the lock file) that is not a record or lookup: ``keys`` say where."""

    def __init__(self, message: str, keys: Sequence[Any] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.keys = tuple(keys)


@dataclass(frozen=True, slots=True)
class Notice:
    """A retraction, withdrawal, removal or expression of concern attached to a work."""

    kind: str
    """``retraction``, ``withdrawal``, ``removal`` or ``expression-of-concern``."""
    source: str
    """Who says so: ``crossref`` (the publisher's update), ``retraction-watch`` (in
    Crossref), ``pubmed``, or ``title`` (the record's title starts "RETRACTED:")."""
    doi: str | None = None
    """The notice's own DOI, when it has one."""
    date: str | None = None
    """When it was issued (``2021-04-30``, or as much of it as is known)."""

    @property
    def retracts(self) -> bool:
        """True for a retraction, withdrawal or removal (not an expression of concern)."""
        return self.kind != "expression-of-concern"

    def describe(self) -> str:
        """ "retracted (retraction notice 10.1/x, 2021-04-30)"."""
        word = self.verb() if self.retracts else "has an expression of concern"
        detail = ", ".join(p for p in (self.doi and f"notice {self.doi}", self.date) if p)
        return f"{word} ({detail})" if detail else word

    @property
    def authority(self) -> str:
        """Who says so, in words."""
        return {
            "crossref": "the publisher's notice in Crossref",
            "retraction-watch": "Retraction Watch, in Crossref",
            "pubmed": "PubMed",
            "title": "the record's title",
        }.get(self.source, self.source)

    def verb(self) -> str:
        """ "was retracted", "was withdrawn", "was removed"."""
        return {"withdrawal": "was withdrawn", "removal": "was removed"}.get(
            self.kind, "was retracted"
        )


@dataclass(frozen=True, slots=True)
class Record:
    """One registry's description of one work."""

    registry: str
    """``crossref`` or ``pubmed``."""
    title: str
    """The title (a subtitle joined with ": "), markup and a "RETRACTED:" prefix removed."""
    authors: tuple[str, ...] = ()
    """Author surnames in order (a group author's whole name)."""
    years: tuple[int, ...] = ()
    """Publication years, the first the one to cite (print, else the earliest), then any
    other (online-first) year."""
    journals: tuple[str, ...] = ()
    """The journal's (or book's) names: full, then abbreviated."""
    doi: str | None = None
    """The work's DOI, lower case."""
    pmid: str | None = None
    """Its PubMed identifier."""
    kind: str | None = None
    """Its type as the registry says (``journal-article``, ``Journal Article``)."""
    volume: str | None = None
    """Volume, as the registry has it."""
    page: str | None = None
    """First page or article number."""
    notices: tuple[Notice, ...] = ()
    """Retractions and expressions of concern."""

    @property
    def year(self) -> int | None:
        """The year to cite, or None."""
        return self.years[0] if self.years else None

    @property
    def identifier(self) -> str:
        """ "doi:10.1/x", "pmid:123", or the title when it has neither."""
        if self.doi:
            return f"doi:{self.doi}"
        if self.pmid:
            return f"pmid:{self.pmid}"
        return self.title

    def cite(self) -> str:
        """ "Hale et al. (2016), 'Rapid effects of an infusion'"."""
        names = self.authors
        who = (
            f"{names[0]} et al."
            if len(names) >= 3
            else " and ".join(names)
            if names
            else "no author"
        )
        year = str(self.year) if self.year else "n.d."
        return f"{who} ({year}), '{shorten(self.title)}'"

    def to_data(self) -> dict[str, Any]:
        """Plain data for the lock file (empty fields left out)."""
        return _filled(
            ("registry", self.registry),
            ("doi", self.doi),
            ("pmid", self.pmid),
            ("title", self.title),
            ("authors", self.authors),
            ("years", self.years),
            ("journals", self.journals),
            ("type", self.kind),
            ("volume", self.volume),
            ("page", self.page),
            ("notices", [_filled(*_notice_pairs(n)) for n in self.notices]),
        )


def _filled(*pairs: tuple[str, Any]) -> dict[str, Any]:
    """The pairs whose value is given (not None, not empty), tuples as lists."""
    return {
        k: list(v) if isinstance(v, tuple) else v for k, v in pairs if v not in (None, "", (), [])
    }


def shorten(text: str, limit: int = 70) -> str:
    """``text`` cut at a word boundary near ``limit`` characters ("..." added)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " ..."


def _notice_pairs(n: Notice) -> tuple[tuple[str, Any], ...]:
    return (("kind", n.kind), ("source", n.source), ("doi", n.doi), ("date", n.date))


@dataclass(frozen=True, slots=True)
class Lookup:
    """What the registries answered for one source-list entry."""

    records: tuple[Record, ...] = ()
    """Records found: by the entry's DOI, by its PMID, then by searching (best first)."""
    doi: str | None = None
    """The entry's DOI as looked up (lower case), if it has one."""
    doi_found: bool | None = None
    """Whether that DOI resolves (None: not asked)."""
    pmid: str | None = None
    """The entry's PMID as looked up, if it has one."""
    pmid_found: bool | None = None
    """Whether PubMed has that PMID (None: not asked)."""
    searched: tuple[str, ...] = ()
    """What was asked where ("Crossref bibliographic search", "PubMed title search")."""
    unavailable: str | None = None
    """Why the registries could not answer (a time-out, an error, not in the lock file
    when offline); None when they did."""
    checked: str = ""
    """The day it was asked (``2025-06-01``)."""
    notes: tuple[str, ...] = field(default=())
    """Anything else worth saying (a DOI that resolves but is not in Crossref)."""

    def record_by_doi(self) -> Record | None:
        """The record the entry's DOI names, if any."""
        if not self.doi:
            return None
        return next((r for r in self.records if r.doi == self.doi), None)

    def record_by_pmid(self) -> Record | None:
        """The record the entry's PMID names, if any."""
        if not self.pmid:
            return None
        return next((r for r in self.records if r.pmid == self.pmid), None)

    def to_data(self) -> dict[str, Any]:
        """Plain data for the lock file (the entry's text and date are the lock's)."""
        data = _filled(
            ("doi", self.doi),
            ("doi-found", self.doi_found),
            ("pmid", self.pmid),
            ("pmid-found", self.pmid_found),
            ("searched", self.searched),
            ("notes", self.notes),
            ("unavailable", self.unavailable),
        )
        data["records"] = [r.to_data() for r in self.records]
        return data


def entry_key(text: str) -> str:
    """How a source-list entry is known to lookups and the lock file: its text with
    Markdown emphasis removed and white space collapsed."""
    return _SPACE.sub(" ", strip_emphasis(text)).strip()


_DOI_LINK = re.compile(r"^https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+?)/?$", re.I)
_PUBMED_LINK = re.compile(
    r"^https?://(?:pubmed\.ncbi\.nlm\.nih\.gov/|(?:www\.)?ncbi\.nlm\.nih\.gov/pubmed/)"
    r"(\d{1,9})/?(?:[?#].*)?$",
    re.I,
)


def link_identifier(href: str) -> str | None:
    """The key of a doi.org or PubMed link (``doi:10.1/x``, ``pmid:123``), else None."""
    m = _DOI_LINK.match(href.strip())
    if m:
        return "doi:" + unquote(m.group(1)).lower()
    m = _PUBMED_LINK.match(href.strip())
    return "pmid:" + m.group(1) if m else None


# --------------------------------------------------------------------------------------------
# plain data (the lock file) -> records


def lookup_from_data(data: Any, checked: str, keys: Sequence[Any] = ()) -> Lookup:
    """A :class:`Lookup` from :meth:`Lookup.to_data`'s plain data; raises
    :class:`RecordDataError` naming the key path under ``keys``."""
    where = tuple(keys)
    if not isinstance(data, Mapping):
        raise RecordDataError("must be a mapping", where)
    records = data.get("records", [])
    if not isinstance(records, list):
        raise RecordDataError("'records' must be a list", (*where, "records"))
    return Lookup(
        records=tuple(_record_from_data(r, (*where, "records", i)) for i, r in enumerate(records)),
        doi=_opt_str(data, "doi", where),
        doi_found=_opt_bool(data, "doi-found", where),
        pmid=_opt_str(data, "pmid", where),
        pmid_found=_opt_bool(data, "pmid-found", where),
        searched=_str_list(data, "searched", where),
        unavailable=_opt_str(data, "unavailable", where),
        checked=checked,
        notes=_str_list(data, "notes", where),
    )


def _record_from_data(data: Any, where: tuple[Any, ...]) -> Record:
    if not isinstance(data, Mapping):
        raise RecordDataError("a record must be a mapping", where)
    registry = data.get("registry")
    if registry not in ("crossref", "pubmed"):
        raise RecordDataError("'registry' must be crossref or pubmed", (*where, "registry"))
    title = data.get("title", "")
    if not isinstance(title, str):
        raise RecordDataError("'title' must be a string", (*where, "title"))
    years = data.get("years", [])
    if not isinstance(years, list) or not all(
        isinstance(y, int) and not isinstance(y, bool) for y in years
    ):
        raise RecordDataError("'years' must be a list of years", (*where, "years"))
    notices = data.get("notices", [])
    if not isinstance(notices, list):
        raise RecordDataError("'notices' must be a list", (*where, "notices"))
    return Record(
        registry=str(registry),
        title=title,
        authors=_str_list(data, "authors", where),
        years=tuple(years),
        journals=_str_list(data, "journals", where),
        doi=_opt_str(data, "doi", where),
        pmid=_opt_str(data, "pmid", where),
        kind=_opt_str(data, "type", where),
        volume=_opt_str(data, "volume", where),
        page=_opt_str(data, "page", where),
        notices=tuple(_notice_from_data(n, (*where, "notices", i)) for i, n in enumerate(notices)),
    )


def _notice_from_data(data: Any, where: tuple[Any, ...]) -> Notice:
    if not isinstance(data, Mapping):
        raise RecordDataError("a notice must be a mapping", where)
    kind = data.get("kind")
    if kind not in ("retraction", "withdrawal", "removal", "expression-of-concern"):
        raise RecordDataError(
            "'kind' must be retraction, withdrawal, removal or expression-of-concern",
            (*where, "kind"),
        )
    source = data.get("source")
    if not isinstance(source, str) or not source:
        raise RecordDataError("'source' must be a string", (*where, "source"))
    return Notice(str(kind), source, _opt_str(data, "doi", where), _opt_str(data, "date", where))


def _opt_str(data: Mapping[str, Any], key: str, where: tuple[Any, ...]) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise RecordDataError(f"'{key}' must be a string", (*where, key))
    return str(value)


def _opt_bool(data: Mapping[str, Any], key: str, where: tuple[Any, ...]) -> bool | None:
    value = data.get(key)
    if value is not None and not isinstance(value, bool):
        raise RecordDataError(f"'{key}' must be true or false", (*where, key))
    return value


def _str_list(data: Mapping[str, Any], key: str, where: tuple[Any, ...]) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RecordDataError(f"'{key}' must be a list of strings", (*where, key))
    return tuple(value)


# --------------------------------------------------------------------------------------------
# registry JSON -> records


def clean_title(text: str) -> str:
    """A registry's title as plain text: markup (``<i>``, MathML) and entities removed,
    white space collapsed, a "RETRACTED:" prefix and PubMed's final period and
    translation brackets dropped."""
    text = html.unescape(_TAG.sub("", text))
    text = _RETRACTED_TITLE.sub("", _SPACE.sub(" ", text).strip())
    if text.startswith("[") and text.rstrip(".").endswith("]"):
        text = text.rstrip(".")[1:-1]
    return text.rstrip(".").strip()


def _first_str(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return next((v for v in value if isinstance(v, str) and v.strip()), None)
    return None


def _date_parts(value: Any) -> tuple[int, ...]:
    """``{"date-parts": [[2019, 3, 1]]}`` -> (2019, 3, 1); () when absent or odd."""
    if not isinstance(value, Mapping):
        return ()
    parts = value.get("date-parts")
    if not isinstance(parts, list) or not parts or not isinstance(parts[0], list):
        return ()
    out: list[int] = []
    for p in parts[0]:
        if isinstance(p, int) and not isinstance(p, bool):
            out.append(p)
        elif isinstance(p, str) and p.isdigit():
            out.append(int(p))
        else:
            break
    return tuple(out)


def _iso(parts: tuple[int, ...]) -> str | None:
    if not parts:
        return None
    return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(parts[:3]))


def _years(first: Sequence[int | None], rest: Sequence[int | None]) -> tuple[int, ...]:
    out: list[int] = []
    for y in (*first, *rest):
        if y is not None and 1000 <= y <= 2999 and y not in out:
            out.append(y)
    return tuple(out)


def crossref_notices(updates: Any, source_default: str = "crossref") -> tuple[Notice, ...]:
    """Notices from a work's ``updated-by`` list (or a notice's ``update-to`` list): the
    retractions, withdrawals, removals and expressions of concern among them."""
    out: list[Notice] = []
    if not isinstance(updates, list):
        return ()
    for u in updates:
        if not isinstance(u, Mapping):
            continue
        kind = NOTICE_KINDS.get(str(u.get("type", "")).strip().lower())
        if kind is None:
            continue
        source = u.get("source")
        notice = Notice(
            kind,
            source
            if isinstance(source, str) and source and source != "publisher"
            else source_default,
            str(u["DOI"]).lower() if isinstance(u.get("DOI"), str) else None,
            _iso(_date_parts(u.get("updated"))),
        )
        if notice not in out:
            out.append(notice)
    return tuple(out)


def crossref_record(work: Any) -> Record | None:
    """A work of Crossref's REST API (the ``message`` of ``/works/{doi}``, or an item of
    ``/works?query...``) as a :class:`Record`; None when it is not a work."""
    if not isinstance(work, Mapping):
        return None
    raw_title = _first_str(work.get("title")) or ""
    title = clean_title(raw_title)
    subtitle = clean_title(_first_str(work.get("subtitle")) or "")
    if subtitle and subtitle.casefold() not in title.casefold():
        title = f"{title}: {subtitle}" if title else subtitle
    authors: list[str] = []
    for a in work.get("author") or ():
        if isinstance(a, Mapping):
            name = a.get("family") or a.get("name")
            if isinstance(name, str) and name.strip():
                authors.append(_SPACE.sub(" ", name).strip())
    print_year = _date_parts(work.get("published-print"))[:1]
    online_year = _date_parts(work.get("published-online"))[:1]
    issued = _date_parts(work.get("issued"))[:1]
    years = _years(
        [print_year[0] if print_year else (issued[0] if issued else None)],
        [issued[0] if issued else None, online_year[0] if online_year else None],
    )
    journals: list[str] = []
    for key in ("container-title", "short-container-title"):
        for name in work.get(key) or ():
            if isinstance(name, str) and name.strip() and name.strip() not in journals:
                journals.append(_SPACE.sub(" ", html.unescape(name)).strip())
    notices = list(crossref_notices(work.get("updated-by")))
    if _RETRACTED_TITLE.match(html.unescape(_TAG.sub("", raw_title))):
        notices.append(Notice("retraction", "title"))
    doi = work.get("DOI")
    page = work.get("page") or work.get("article-number")
    return Record(
        registry="crossref",
        title=title,
        authors=tuple(authors),
        years=years,
        journals=tuple(journals),
        doi=doi.lower() if isinstance(doi, str) else None,
        kind=work.get("type") if isinstance(work.get("type"), str) else None,
        volume=str(work["volume"]) if isinstance(work.get("volume"), (str, int)) else None,
        page=_first_page(page),
        notices=tuple(notices),
    )


def _first_page(value: Any) -> str | None:
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        return None
    text = str(value).strip()
    return re.split(r"\s*[-–—]\s*", text, maxsplit=1)[0] or None


def pubmed_surname(name: str) -> str:
    """ "Smith JA" -> "Smith"; "van der Berg A" -> "van der Berg"; a group's name as it is."""
    words = name.split()
    if len(words) >= 2 and _INITIALS.match(words[-1]):
        return " ".join(words[:-1])
    return name.strip()


def _pubmed_year(text: Any) -> int | None:
    if not isinstance(text, str):
        return None
    m = re.match(r"\s*(\d{4})", text)
    return int(m.group(1)) if m else None


def pubmed_record(doc: Any) -> Record | None:
    """One document of an E-utilities ``esummary`` JSON answer (``result[uid]``) as a
    :class:`Record`; None for an error entry ("cannot get document summary")."""
    if not isinstance(doc, Mapping) or doc.get("error") or not doc.get("uid"):
        return None
    authors = []
    for a in doc.get("authors") or ():
        if isinstance(a, Mapping) and isinstance(a.get("name"), str) and a["name"].strip():
            kind = a.get("authtype", "Author")
            name = a["name"].strip()
            authors.append(name if kind == "CollectiveName" else pubmed_surname(name))
    doi = None
    for aid in doc.get("articleids") or ():
        if (
            isinstance(aid, Mapping)
            and aid.get("idtype") == "doi"
            and isinstance(aid.get("value"), str)
        ):
            doi = aid["value"].strip().lower()
    pubtypes = [p for p in doc.get("pubtype") or () if isinstance(p, str)]
    notices: list[Notice] = []
    if "Retracted Publication" in pubtypes:
        notices.append(Notice("retraction", "pubmed"))
    for ref in doc.get("references") or ():
        if not isinstance(ref, Mapping):
            continue
        reftype = str(ref.get("reftype", "")).casefold()
        kind = (
            "retraction"
            if reftype.startswith("retraction in")
            else "expression-of-concern"
            if reftype.startswith("expression of concern in")
            else None
        )
        if kind and not any(n.kind == kind for n in notices):
            notices.append(Notice(kind, "pubmed"))
    journals = [
        j.strip()
        for j in (doc.get("fulljournalname"), doc.get("source"))
        if isinstance(j, str) and j.strip()
    ]
    title = doc.get("title")
    return Record(
        registry="pubmed",
        title=clean_title(title) if isinstance(title, str) else "",
        authors=tuple(authors),
        years=_years([_pubmed_year(doc.get("pubdate"))], [_pubmed_year(doc.get("epubdate"))]),
        journals=tuple(dict.fromkeys(journals)),
        doi=doi,
        pmid=str(doc["uid"]),
        kind=next((p for p in pubtypes if p != "Retracted Publication"), None),
        volume=str(doc["volume"]) if isinstance(doc.get("volume"), str) and doc["volume"] else None,
        page=_first_page(doc.get("pages")) if doc.get("pages") else None,
        notices=tuple(notices),
    )
