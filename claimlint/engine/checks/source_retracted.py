"""Implements CL312; what it finds and why: rules/CL312-source-retracted.yml.

Reported on the entry and on every citation of it in the prose (what the citation
resolves to is :func:`claimlint.biblio.matching.citation_map`'s).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimlint.biblio.matching import citation_map
from claimlint.engine.checks import BaseCheck
from claimlint.engine.checks.citation_hit import citation_hit
from claimlint.engine.checks.source_hit import entry_hit, judged_entries
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document

_SUGGESTION = (
    "Remove what rests on the work, or cite it only to say it was retracted; "
    "look for sound evidence instead"
)


class SourceRetracted(BaseCheck):
    """Entries whose work was retracted, and the sentences that cite them."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        flagged = []
        for judged in judged_entries(doc, ctx):
            verdict = judged.verdict
            if verdict.match is None or not verdict.notices:
                continue
            record = verdict.match.record
            notice = next((n for n in verdict.notices if n.retracts), verdict.notices[0])
            what = notice.describe()
            flagged.append((judged.source, what))
            yield entry_hit(
                judged.source,
                f"{judged.source.describe()} ({record.identifier}) {what}, according to "
                f"{notice.authority}",
                _SUGGESTION,
            )
        if not flagged:
            return
        for use in citation_map(doc).uses:
            for source, what in flagged:
                if any(s is source for s in use.cited):
                    yield citation_hit(
                        use, _SUGGESTION, None, f"'{use.label}' cites a work that {what}"
                    )
                    break


CHECK = SourceRetracted()
