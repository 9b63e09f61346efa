"""Implements CL309; what it finds and why: rules/CL309-stale-evidence.yml.

The post's year is read from the front-matter key ``date``, ``published``, ``pubDate``,
``publishDate`` or ``date_published``. Only sentences that cite are searched for "recent",
"recently", "latest", "newest" or "most recent"; the oldest cited work is the one compared.
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
