"""The body of a reference: everything after the author and year block.

Splits it into title, container and the tail that holds the numbers, using
:mod:`.titles` and :mod:`.containers`, and cleans a title or container of stray quotes,
brackets and punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimlint.biblio.refstring.containers import (
    _IN_RE,
    _PROC_RE,
    _book_like,
    _container_end,
    _is_phys_container,
    _strip_editors,
)
from claimlint.biblio.refstring.shared import _YEAR, _squash
from claimlint.biblio.refstring.titles import (
    _QUOTES,
    _TITLE_TRAILER_RE,
    _comma_cut,
    _extend_title,
    _quoted,
    _split_run_on_journal,
    _title_end,
)


def _clean_field(s: str | None) -> str | None:
    if s is None:
        return None
    s = _squash(s)
    s = s.strip(" ,.;:-–—/")
    for o, c in _QUOTES.items():
        if len(s) >= 2 and s[0] == o and s[-1] in c:
            s = s[1:-1].strip(" ,.;:")
            break
    s = s.strip(" ,.;:")
    if s.startswith(("“", '"', "«", "‘")) and not any(q in s[1:] for q in '”"»’'):
        s = s[1:].strip()
    if s.endswith(("”", '"', "»")) and not any(q in s[:-1] for q in '“"«'):
        s = s[:-1].strip(" ,.;:")
    if s.count("(") < s.count(")") and s.endswith(")"):
        s = s[:-1].strip(" ,.;:")
    if s.count("(") > s.count(")") and s.startswith("("):
        s = s[1:].strip()
    return s or None


@dataclass(slots=True)
class _Body:
    title: str | None = None
    container: str | None = None
    tail: str = ""
    title_end: int = 0


_PAREN_LEAD_RE = re.compile(
    rf"\(\s*(?:{_YEAR}[a-z]?|[^()]{{0,20}}\b(?i:ed|edn|edition|éd|Aufl)\.?)\s*\)"
)


_ABSTRACT_RE = re.compile(r"[(\[]abstract[)\]]\s*$", re.I)


def _parse_body(r: str, comma_style: bool) -> _Body:
    """Split what follows the author/year block into title, container and the rest.

    body.title_end is an offset into r as given.
    """
    lead = len(r) - len(r.lstrip(" ,.;:"))
    body = _parse_body_inner(r.strip(" ,.;:"), comma_style)
    body.title_end += lead
    return body


def _parse_body_inner(r: str, comma_style: bool) -> _Body:
    body = _Body()
    if not r:
        return body
    # physics / chemistry style without a title
    q = _quoted(r)
    phys = _is_phys_container(r) if q is None else None
    if phys is not None:
        body.container = phys[0]
        body.tail = phys[1]
        return body
    if q is not None:
        title, rest = q
        body.title = title
        body.title_end = len(r) - len(rest)
    else:
        p = _title_end(r)
        p = _comma_cut(r, p, comma_style)
        p = _extend_title(r, p)
        body.title = r[:p]
        mt = _TITLE_TRAILER_RE.search(body.title)
        if mt is not None and mt.start() > 0:
            body.title = body.title[: mt.start()]
        rest = r[p:]
        body.title_end = p
        if not rest.strip(" .,;") or rest.lstrip(" .,;")[:1].isdigit():
            split = _split_run_on_journal(body.title + rest)
            if split is not None and len(split[0]) <= len(body.title):
                body.title, rest = split
    rest = rest.lstrip(" ,.;:?!")
    # edition or year in parentheses right after the title: "(2nd ed.)", "(2008)"
    mp = _PAREN_LEAD_RE.match(rest)
    if mp is not None:
        rest = rest[mp.end() :].lstrip(" ,.;:")
    body.tail = rest
    if not rest:
        return body
    m = _IN_RE.match(rest)
    if m is not None:
        c = _strip_editors(rest[m.end() :])
        q2 = _quoted(c)
        if q2 is not None:
            body.container = q2[0]
            body.tail = q2[1]
            return body
        e = _container_end(c, chapter=True)
        cont = c[:e]
        cut = re.search(r",\s*edited\s+by\b|\s*\(\s*(?:pp?|Pp|eds?|Eds?)\b", cont)
        if cut:
            cont = cont[: cut.start()]
        body.container = cont
        body.tail = c[e:]
        return body
    if re.match(r"arXiv\b|Preprint|preprint|Ph\.?D\.? [Tt]hesis|Thesis|Dissertation", rest):
        return body
    abstract = bool(body.title and _ABSTRACT_RE.search(body.title))
    if _book_like(rest, q is not None, abstract):
        return body
    e = _container_end(rest, chapter=bool(_PROC_RE.match(rest)))
    body.container = rest[:e]
    body.tail = rest[e:]
    return body
