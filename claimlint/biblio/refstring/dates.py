"""The publication year or status after the author block.

Patterns for the year ("(2019)", "2019a.", "(March 2019)") and the status that stands
instead of one ("n.d.", "in press", "forthcoming"), at the head of what follows the
authors or anywhere after the title; and an "(Eds.)" mark that may stand before them.
"""

from __future__ import annotations

import re

from claimlint.biblio.refstring.shared import _MONTHS, _YEAR
from claimlint.core.lazyre import LazyPattern

_STATUS = r"(?:n\.\s?d\.?|in\s+press|forthcoming|to\s+appear|submitted|under\s+review|accepted)"
_EDITORS_HEAD_RE = re.compile(
    r"[\s,.]*(?:\(\s*(?:eds?|Eds?|EDS?|editors?|Editors?|Hrsg|hrsg|dir|coord|comp|comps)\.?"
    r"(?:\s*&\s*trans\.?)?\s*\)|,?\s*(?:eds?|Eds?|editors?|Hrsg)\.(?=[\s,(]))"
)
_YEAR_HEAD_RE = re.compile(
    rf"[\s,.:;]*[(\[]\s*(?:{_MONTHS}\.?,?\s+)?(?:\d{{1,2}}\s+)?({_YEAR})([a-z])?"
    rf"(?:\s*[,/–-]\s*[^)\]]{{0,40}})?\s*[)\]]"
)


_status_head_re = LazyPattern(
    rf"[\s,.:;]*[(\[]\s*({_STATUS})\s*[)\]]",
    re.I,
)


_year_bare_head_re = LazyPattern(
    rf"[\s,.:;]*({_YEAR})([a-z])?(?=[.,;:)]|\s|$)(?!\s*[-–]\s*\d)(?!,\s*\d{{1,3}}\b(?!,))",
)


_STATUS_BARE_HEAD_RE = re.compile(
    r"[\s,.:;]*(n\.\s?d\.?|[Ii]n [Pp]ress|[Ff]orthcoming|[Tt]o appear)(?=[.,;:)]|\s*$)"
)


_year_any_re = LazyPattern(
    rf"(?<![\w/.:–-])(?<!:\s)(?<!–\s)(?<!-\s)({_YEAR})(?:([a-rt-z])(?![A-Za-z]))?"
    rf"(?![\d–-]|\.\d|/\d|\s*[-–]\s*\d{{2,4}}\b)",
)


_year_paren_re = LazyPattern(
    rf"[(\[]\s*(?:{_MONTHS}\.?\s*(?:\d{{1,2}},?\s*)?|\d{{1,2}}\s+{_MONTHS}\.?\s+)?({_YEAR})"
    rf"([a-z])?(?:\s*[-–/]\s*\d{{2,4}})?\s*[)\]]",
)


_status_any_re = LazyPattern(
    r"(?:^|[(\[,.;]\s*)(n\.\s?d\.?|in\s+press|forthcoming|to\s+appear)(?=[\s.,;:)\]]|$)",
    re.I,
)


def _norm_status(s: str) -> str:
    low = " ".join(s.lower().split())
    if low.startswith("n"):
        return "n.d."
    if low.startswith("in"):
        return "in press"
    return low
