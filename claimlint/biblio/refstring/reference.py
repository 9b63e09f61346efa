"""One whole reference string: :func:`parse_reference` and its :class:`ParsedReference`.

Removes Markdown emphasis, a bullet and a numbering label, reads the identifiers, the
author list (:mod:`.authors`, with names the grammar left before an APA "(2021)."),
strips identifiers and access notes, reads the year or status (:mod:`.dates`), the body
(:mod:`.body`) and the volume, issue and pages (:mod:`.volume_issue_pages`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimlint.biblio.refstring.authors import _parse_authors
from claimlint.biblio.refstring.body import _clean_field, _parse_body
from claimlint.biblio.refstring.dates import (
    _EDITORS_HEAD_RE,
    _STATUS_BARE_HEAD_RE,
    _YEAR_HEAD_RE,
    _norm_status,
    _status_any_re,
    _status_head_re,
    _year_any_re,
    _year_bare_head_re,
    _year_paren_re,
)
from claimlint.biblio.refstring.identifiers import (
    _DOI_CTX_RE,
    _DOI_RE,
    _PMCID_RE,
    _PMID_RE,
    _TRAILER_WORDS,
    _URL_RE,
    _arxiv_re,
    _clean_trailing_ident,
    _trailer_re,
)
from claimlint.biblio.refstring.name_tokens import _PARTICLES_LOWER
from claimlint.biblio.refstring.shared import _YEAR, _squash, _words, may_contain, strip_emphasis
from claimlint.biblio.refstring.titles import _descriptor_re
from claimlint.biblio.refstring.volume_issue_pages import _numbers
from claimlint.core.lazyre import LazyPattern


class ParsedReference(NamedTuple):
    """The fields of one reference-list entry."""

    raw: str
    """The reference string exactly as it was given."""
    label: str | None
    """Leading numbering label without brackets or dots ("12" for "[12]", "12.", "(12)")."""
    authors: tuple[str, ...]
    """Author surnames in order, as written (particles kept, Jr./III dropped); a
    corporate author is a single item holding the full name."""
    et_al: bool
    """True when the written author list is truncated ("et al.", "...", "and others")."""
    year: str | None
    """Four-digit publication year (the first one of a range), or None (n.d., in press,
    no year)."""
    year_suffix: str | None
    """Letter written right after the year ("a" for 2020a), else None."""
    status: str | None
    """"n.d.", "in press" or "forthcoming" when that stands instead of a year."""
    title: str | None
    """The work's own title without surrounding quotes and trailing .,;: (None if absent)."""
    container: str | None
    """Journal, book (for a chapter) or proceedings name as written (a leading "In"/"In:"
    and trailing .,;: removed); None for a book or when absent."""
    volume: str | None
    """Volume number as written, if any."""
    issue: str | None
    """Issue number as written, if any."""
    pages: str | None
    """Page or page range ("1905-1917"), or article number, if any."""
    doi: str | None
    """DOI ("10.xxxx/...") without any resolver prefix."""
    pmid: str | None
    """PubMed identifier (digits only)."""
    url: str | None
    """First URL in the string that is not a DOI resolver link."""


_BULLET_RE = re.compile(r"\s*(?:[-–—_]{2,}\s*[.,]?\s*(?:and\s+|&\s*)?|[-•·▪–—]\s+)?")
_LABEL_RE = re.compile(
    r"\s*(?:\[\s*(\d{1,4}[a-z]?)\s*\]|\(\s*(\d{1,4})\s*\)|(\d{1,4})\s*[.)](?!\d)|(\d{1,4})(?=\s+\D))\s*"
)


_SPACE_PUNCT_RE = re.compile(r"(?<=\w)\s+([,;?]|\.(?![.\d]))\s*(?=[^\W\d_])")


_MAX_BODY = 3000


_APA_YEAR_RE = re.compile(rf"\(\s*(?:{_YEAR}[a-z]?|n\.\s?d\.|in\s+press)\s*\)\s*[.,]", re.I)
_NAME_LIST_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
_NAME_LIST_LOWER = _PARTICLES_LOWER | _words("and et al others of the for on in")


def _extend_author_block(s: str, a_end: int) -> int:
    """Move the end of the author block up to an APA "(2021)." when only names stand between.

    The name grammar stops at shapes it does not know ("Ot'alora G., M.", "& The
    Safety of TMS Consensus Group"); the rest of the name list must not become the title.
    """
    if _YEAR_HEAD_RE.match(s, a_end) or a_end == 0:
        return a_end
    m = _APA_YEAR_RE.search(s, a_end, a_end + 600)
    if m is None:
        return a_end
    between = s[a_end : m.start()]
    after = s[m.end() :].lstrip()
    if (
        any(ch.isdigit() for ch in between)
        or not after
        or not (after[0].isalpha() or after[0] in "*_\"“'‘")
    ):
        return a_end  # "J. Chem. 67, 759 (1989)." ends a citation; it does not close a name list
    words = _NAME_LIST_WORD_RE.findall(between)
    if not words or any(
        w[:1].islower() and w.rstrip(".") not in _NAME_LIST_LOWER and len(w) > 2 for w in words
    ):
        return a_end
    if not re.search(r"\b[^\W\d_]\.", between) and "&" not in between:
        return a_end  # no initials: a title, not the tail of a name list
    return m.start()


#: The words of a name before its initials: "Ot'alora" in "Ot'alora G.".
_tail_name_re = LazyPattern(
    r"\s*((?:(?![^\W\d_]{1,2}\.)[^\W\d_][\w'’-]*)(?:\s+(?![^\W\d_]{1,2}\.)[^\W\d_][\w'’-]*)*)",
)


_TRUNCATED_RE = re.compile(r"…|\.\.\.|\bet\s+al\b|\band\s+others\b")


def _tail_names(between: str) -> tuple[list[str], bool]:
    """Surnames, verbatim, in the rest of a name list that the grammar did not read, and
    whether the list is truncated there ("…", "et al.")."""
    names: list[str] = []
    for piece in re.split(r",|&|;|\band\b|…|\.\.\.", between):
        m = _tail_name_re().match(piece)
        if m is None:
            continue
        name = m.group(1).rstrip(".")
        plain = " ".join(name.split())  # "et al" with a no-break or other space
        if plain in ("et al", "et", "al", "others") or not any(ch.islower() for ch in name):
            continue
        names.append(name)
    return names, bool(_TRUNCATED_RE.search(between))


@lru_cache(maxsize=1024)
def parse_reference(raw: str) -> ParsedReference:
    """Parse one reference string into a :class:`ParsedReference`.

    Never raises on any string input; fields that cannot be found are None. Remembered
    (the result is frozen): finding a source list by its content parses its entries,
    and the citation map parses the same entries again.
    """
    text = strip_emphasis(raw)
    # identifiers
    doi = None
    url = None
    pmid = None
    m = _DOI_RE.search(text)
    if m is not None:
        doi = _clean_trailing_ident(m.group()) or None
    for mu in _URL_RE.finditer(text):
        u = _clean_trailing_ident(mu.group())
        if "doi.org/" in u.lower():
            continue
        url = u
        break
    mp = _PMID_RE.search(text)
    if mp is not None:
        pmid = mp.group(1)

    # label
    label = None
    pos = 0
    mb = _BULLET_RE.match(text)
    if mb is not None:
        pos = mb.end()
    ml = _LABEL_RE.match(text, pos)
    if ml is not None:
        lab = next((g for g in ml.groups() if g), None)
        rest_after = text[ml.end() :]
        first = rest_after[:1]
        if lab is not None and (first.isalpha() or (first != "" and first in "\"“'‘«")):
            label = lab
            pos = ml.end()
    s = text[pos:]

    names, et_al, a_end = _parse_authors(s)
    extended = _extend_author_block(s, a_end)
    if extended != a_end:
        more, truncated = _tail_names(s[a_end:extended])
        names, et_al, a_end = names + more, et_al or truncated, extended
    rest = s[a_end:]
    # remove identifiers, URLs and access notes from what follows the authors (each
    # pattern only runs where the text it needs occurs: most entries have few of them)
    if "10." in rest:
        rest = _DOI_CTX_RE.sub(" ", rest)
    if "http" in rest or "www." in rest:
        rest = _URL_RE.sub(" ", rest)
    if may_contain(rest, ("arxiv",)):
        rest = _arxiv_re().sub(" ", rest)
    if "PMC" in rest:
        rest = _PMCID_RE.sub(" ", rest)
    if may_contain(rest, _TRAILER_WORDS):
        rest = _trailer_re().sub(" ", rest)
    rest = _squash(rest)
    # PDF-extraction spacing: "ago .Nature 543 ,397" -> "ago. Nature 543, 397"
    rest = _SPACE_PUNCT_RE.sub(r"\1 ", rest)

    year = suffix = status = None
    me = _EDITORS_HEAD_RE.match(rest)
    if me is not None:
        rest = rest[me.end() :]
    head = _YEAR_HEAD_RE.match(rest) or _year_bare_head_re().match(rest)
    if head is not None:
        year, suffix = head.group(1), head.group(2)
    else:
        head = _status_head_re().match(rest) or _STATUS_BARE_HEAD_RE.match(rest)
        if head is not None:
            status = _norm_status(head.group(1))
    after = rest[head.end() :] if head is not None else rest
    if head is not None:
        me = _EDITORS_HEAD_RE.match(after)
        if me is not None:
            after = after[me.end() :]

    comma_style = after.lstrip()[:1] in (",", ":")
    # no real reference runs this long; bounding the text keeps garbage input cheap
    after = after[:_MAX_BODY]
    body = _parse_body(after, comma_style)
    if head is None:
        tail_region = after[body.title_end :]
        mp2 = _year_paren_re().search(tail_region)
        my = mp2 or _year_any_re().search(tail_region)
        if my is None:
            cands = list(_year_any_re().finditer(after))
            my = cands[-1] if cands else None
        if my is not None:
            year, suffix = my.group(1), my.group(2)
        else:
            ms = _status_any_re().search(after)
            if ms is not None:
                status = _norm_status(ms.group(1))

    title = body.title
    if title and "[" in title:
        title = _descriptor_re().sub("", title)
    title = _clean_field(title or None)
    container = _clean_field(body.container)
    vol = iss = pages = None
    if body.tail:
        vol, iss, pages = _numbers(body.tail)
        if container is None and title is not None and not re.search(r"\bpp?\.", body.tail):
            vol = iss = None
    return ParsedReference(
        raw=raw,
        label=label,
        authors=tuple(names),
        et_al=et_al,
        year=year,
        year_suffix=suffix,
        status=status,
        title=title,
        container=container,
        volume=vol,
        issue=iss,
        pages=pages,
        doi=doi,
        pmid=pmid,
        url=url,
    )
