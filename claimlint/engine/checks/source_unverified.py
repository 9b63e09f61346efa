"""Implements CL314; what it finds and why: rules/CL314-source-unverified.yml.

Entries the registries gave no answer for (down, slow, offline without a lock-file
answer), or that hold too little to search by.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimlint.engine.checks import BaseCheck
from claimlint.engine.checks.source_hit import entry_hit, judged_entries
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document


class SourceUnverified(BaseCheck):
    """Entries that could not be checked against the registries."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        for judged in judged_entries(doc, ctx):
            if judged.verdict.status != "unverified":
                continue
            yield entry_hit(
                judged.source,
                f"{judged.source.describe()} could not be checked: {judged.verdict.reason}",
                "Run claimlint check --verify-sources with a network to check it, or "
                "add a DOI or PMID to the entry",
            )


CHECK = SourceUnverified()
