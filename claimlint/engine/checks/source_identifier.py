"""Implements CL313; what it finds and why: rules/CL313-source-identifier-broken.yml.

An entry's DOI or PMID that does not resolve, or names another work than the entry
describes (when the entry itself is found; a not-found entry's message says it), and
a doi.org or PubMed link cited in the prose that does not resolve.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from claimlint.engine.checks import BaseCheck
from claimlint.engine.checks.source_hit import LOOKUPS_OPTION, entry_hit, judged_entries
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document

if TYPE_CHECKING:
    from claimlint.biblio.records import Lookup


class SourceIdentifierBroken(BaseCheck):
    """DOIs and PMIDs that do not lead to the work cited."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        for judged in judged_entries(doc, ctx):
            verdict = judged.verdict
            if verdict.status == "not-found" or not verdict.identifiers:
                continue
            message = "; ".join(p.describe() for p in verdict.identifiers)
            if verdict.match is not None:
                message += f"; the entry's work is {verdict.match.record.identifier}"
            yield entry_hit(
                judged.source,
                message,
                "Copy the DOI or PMID from the work's own page",
            )
        lookups: Mapping[str, Lookup] | None = ctx.option(LOOKUPS_OPTION)
        if lookups is None:
            return
        from claimlint.biblio.records import link_identifier  # only with --verify-sources

        for block in doc.blocks:
            if block.reference:
                continue
            for link in block.links:
                key = link_identifier(link.href)
                lookup = lookups.get(key) if key else None
                if lookup is None or lookup.unavailable:
                    continue
                if lookup.doi_found is False or lookup.pmid_found is False:
                    kind, value = key.split(":", 1) if key else ("", "")
                    where = "doi.org" if kind == "doi" else "PubMed"
                    yield (
                        block,
                        Hit(
                            link.start,
                            link.end,
                            {"match": link.href},
                            "Link to the work's own DOI or PubMed record",
                            None,
                            f"the link's {kind.upper()} {value} does not resolve "
                            f"({where} has no such record)",
                        ),
                    )


CHECK = SourceIdentifierBroken()
