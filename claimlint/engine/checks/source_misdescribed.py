"""Implements CL311; what it finds and why: rules/CL311-source-misdescribed.yml.

The match and the differing fields are :func:`claimlint.biblio.verify.judge`'s. When
the year is the only wrong field, the fix writes the record's year into the entry and
into every author-year citation of it, so the two stay in step; it is offered only
when the entry holds that year once and every such citation's year can be replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claimlint.biblio.matching import Source, citation_map
from claimlint.core.model import Applicability, Edit, Fix
from claimlint.engine.checks import BaseCheck
from claimlint.engine.checks.citation_year_mismatch import year_fix
from claimlint.engine.checks.source_hit import entry_hit, judged_entries
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document


def entry_year_fix(doc: Document, source: Source, year: str) -> Fix | None:
    """Edits that change the entry's year to ``year`` and its author-year citations with
    it; None when that cannot be done safely."""
    old = source.parsed.year
    if old is None:
        return None
    text = source.block.text[source.start : source.end]
    places = [m.start() for m in re.finditer(rf"(?<!\d){old}(?!\d)", text)]
    if len(places) != 1:
        return None
    at = source.start + places[0]
    edits = [Edit(source.block.span(at, at + 4), year)]
    for use in citation_map(doc).uses:
        if all(s is not source for s in use.cited) or use.citation.kind != "author-year":
            continue
        if use.citation.year != old:
            continue
        fix = year_fix(use, year)
        if fix is None:
            return None
        edits.extend(fix.edits)
    edits.sort(key=lambda e: e.span.start)
    return Fix(tuple(edits), Applicability.SAFE, f"change the year to {year}")


class SourceMisdescribed(BaseCheck):
    """Entries whose fields disagree with the record they match."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        for judged in judged_entries(doc, ctx):
            verdict = judged.verdict
            if verdict.match is None or not verdict.differences:
                continue
            record = verdict.match.record
            source = judged.source
            message = (
                f"{source.describe()} differs from the work it matches "
                f"({record.identifier}, {record.registry}): "
                + "; ".join(d.describe() for d in verdict.differences)
            )
            year = verdict.year_fix
            fix = entry_year_fix(doc, source, year) if year else None
            yield entry_hit(
                source,
                message,
                "Correct the entry from the record (and any citation of it in the text)",
                fix,
            )


CHECK = SourceMisdescribed()
