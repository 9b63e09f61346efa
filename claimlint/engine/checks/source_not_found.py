"""Implements CL310; what it finds and why: rules/CL310-source-not-found.yml.

The verdict is :func:`claimlint.biblio.verify.judge`'s; this check reports the entries
no record matches, saying what was searched where.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimlint.engine.checks import BaseCheck
from claimlint.engine.checks.source_hit import entry_hit, judged_entries
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document


class SourceNotFound(BaseCheck):
    """Entries that match no registry record."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        entries = judged_entries(doc, ctx)
        if not entries:  # nothing was looked up (no --verify-sources)
            return
        from claimlint.biblio.records import shorten

        for judged in entries:
            verdict = judged.verdict
            if verdict.status != "not-found":
                continue
            source = judged.source
            parsed = source.parsed
            what = ", ".join(
                part
                for part in (
                    f"'{shorten(parsed.title)}'" if parsed.title else "",
                    parsed.authors[0] if parsed.authors else "",
                    parsed.year or "",
                )
                if part
            )
            message = f"no registry record matches {what}"
            if verdict.searched:
                message += f" (searched: {verdict.searched})"
            if verdict.identifiers:
                message += "; " + "; ".join(p.describe() for p in verdict.identifiers)
            yield entry_hit(
                source,
                message,
                "Find the work itself (its journal page or PubMed record) and copy the "
                "reference from there; if it cannot be found, remove it and what rests on it",
            )


CHECK = SourceNotFound()
