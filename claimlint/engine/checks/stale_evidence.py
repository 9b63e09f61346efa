"""stale-evidence: "recent" evidence whose cited work is more than eight years old.

What it does
    Reports, as information, a sentence that calls evidence recent ("recent
    studies", "recently", "the latest research") while the work it cites is
    more than eight years older than the post's date (front matter ``date``),
    or than today when the post has no date. The age is the option
    ``max-age`` (years, default 8).

Why it matters
    "Recent" tells readers the evidence is current. A decade-old study may
    have been superseded, and calling it recent overstates how settled or new
    the finding is.

Example
    Recent studies (Zarate et al., 2006) show a rapid effect. (a 2024 post)

Use instead
    A 2006 trial (Zarate et al., 2006) showed a rapid effect; or cite newer work.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import Any

from claimlint.biblio.matching import citation_map
from claimlint.engine.checks import BaseCheck
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document

_RECENT = re.compile(r"\b(?:recent|recently|latest|newest|most\s+recent)\b", re.IGNORECASE)
_DATE_KEYS = ("date", "published", "pubDate", "publishDate", "date_published")


def post_year(doc: Document) -> tuple[int, bool]:
    """The post's year from its front matter, and True; else this year and False."""
    for key in _DATE_KEYS:
        value = doc.front_matter.get(key)
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.year, True
        if isinstance(value, str):
            m = re.search(r"\b(19|20)\d\d\b", value)
            if m:
                return int(m.group()), True
    return datetime.date.today().year, False


class StaleEvidence(BaseCheck):
    """Evidence called recent that is old by the post's own date."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        max_age = int(options.get("max-age", 8))
        cmap = citation_map(doc)
        year, dated = post_year(doc)
        for block in doc.prose_blocks():
            for sentence in block.sentences:
                # the citations first: most sentences have none, and the search costs more
                works = [s for u in cmap.uses_in(sentence) for s in u.cited if s.parsed.year]
                if not works:
                    continue
                m = _RECENT.search(sentence.text)
                if m is None:
                    continue
                oldest = min(works, key=lambda s: int(s.parsed.year or 0))
                age = year - int(oldest.parsed.year or year)
                if age <= max_age:
                    continue
                than = f"the post ({year})" if dated else f"today ({year})"
                yield (
                    block,
                    Hit(
                        sentence.start + m.start(),
                        sentence.start + m.end(),
                        {"match": m.group()},
                        "Say when the evidence is from, or cite newer work",
                        None,
                        f"'{m.group()}', but {oldest.describe()} is {age} years older than {than}",
                    ),
                )


CHECK = StaleEvidence()
