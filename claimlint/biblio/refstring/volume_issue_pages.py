"""Volume, issue and pages in what follows the container name.

"12(3):45-67", "vol. 12, no. 3, pp. 45-67", "Bd. 4", "Article 101".
"""

from __future__ import annotations

import re

from claimlint.biblio.refstring.shared import _MONTHS, _YEAR, _squash
from claimlint.core.lazyre import LazyPattern

_VOLISS_RE = re.compile(
    rf"\s*[,.:;]?\s*(?:(?:{_YEAR}[a-z]?(?:\s+{_MONTHS}\.?(?:\s+\d{{1,2}})?)?\s*[;,]|"
    r"(?:vol(?:ume)?|Vol|VOL|v|Bd|t)\.?)\s*)?"
    r"([A-Z]?\d+[A-Za-z]?)(?:\s*\(\s*([^()]{1,15}?)\s*\))?"
    r"(?:\s*[:,]\s*(?:pp?\.?\s*|pages?\s+)?([A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?))?"
)
_VOL_RE = re.compile(r"\b(?:vol(?:ume)?|Vol|VOL|v|Bd|t)\.?\s*([A-Z]?\d+[A-Za-z]?)")
_ISS_RE = re.compile(
    r"(?:\b(?:no|No|NO|Nr|issue|Issue|Heft)\.?|n°|nº)\s*(\d+[A-Za-z]?(?:[-–/]\d+)?)"
)


_pages_re = LazyPattern(
    r"(?:\b(?:pp|p|P|S|pages?|Pp|[Aa]rticle(?:\s+[Nn]o\.?)?|[Aa]rt\.(?:\s*[Nn]o\.)?)\.?\s*|:\s*)"
    r"([A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)",
)


def _numbers(tail: str) -> tuple[str | None, str | None, str | None]:
    vol = iss = pages = None
    m = _VOLISS_RE.match(tail)
    if m is not None and m.group(1):
        v = m.group(1)
        if not re.fullmatch(_YEAR, v) or m.group(3):
            vol, iss, pages = v, m.group(2), m.group(3)
            if iss is not None and re.fullmatch(rf"{_MONTHS}?\.?\s*{_YEAR}", iss):
                iss = None
    if vol is None:
        mv = _VOL_RE.search(tail)
        if mv:
            vol = mv.group(1)
    if iss is None:
        mi = _ISS_RE.search(tail)
        if mi:
            iss = mi.group(1)
    if pages is None:
        mp = _pages_re().search(tail)
        if mp:
            pages = mp.group(1)
    if pages is not None:
        pages = _squash(pages)
    return vol, iss, pages
