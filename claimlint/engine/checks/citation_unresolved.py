"""Implements CL303; what it finds and why: rules/CL303-citation-unresolved.yml.

Resolution is :func:`claimlint.biblio.matching.citation_map`'s; this check reports its
``unresolved`` citations, author-year, numbered and footnote alike, each with its own message.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimlint.biblio.matching import CitationMap, CitationUse, citation_map, join_words
from claimlint.engine.checks import BaseCheck
from claimlint.engine.checks.citation_hit import citation_hit
from claimlint.engine.rule import Context, Hit, configured_jurisdiction
from claimlint.regulatory.mentions import mentions
from claimlint.text.document import Block, Document


def _message(use: CitationUse, cmap: CitationMap) -> str:
    r = use.resolution
    if r.reason == "footnote":
        return f"footnote marker '{use.label}' has no footnote definition"
    if r.reason == "number":
        numbered = [s.number for s in cmap.sources if s.number is not None]
        total = max(numbered, default=len(cmap.sources))
        missing = [int(n) for n in r.missing]
        if min(missing) > total:
            what = "entries" if total != 1 else "entry"
            return f"'{use.label}' points past the end of the source list ({total} {what})"
        return f"'{use.label}': the source list has no entry numbered {join_words(r.missing)}"
    return f"'{use.label}' matches no entry in the source list"


def _names_a_treatment(use: CitationUse, jurisdiction: str) -> bool:
    """True when an author-year "citation" is a treatment and a year ("Naltrexone (1994) and
    acamprosate (2004) are approved"): its one name is a treatment of the knowledge pack."""
    c = use.citation
    if c.kind != "author-year" or len(c.authors) != 1 or c.et_al:
        return False
    name = c.authors[0]
    return any(
        m.kind == "treatment" and m.start == 0 and m.end == len(name)
        for m in mentions(name, jurisdiction)
    )


class CitationUnresolved(BaseCheck):
    """Citations with no entry behind them."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        cmap = citation_map(doc)
        jurisdiction = configured_jurisdiction(ctx.option)
        for use in cmap.uses:
            if use.resolution.status != "unresolved" or _names_a_treatment(use, jurisdiction):
                continue
            yield citation_hit(
                use,
                "Add the work to the source list, or correct the citation",
                None,
                _message(use, cmap),
            )


CHECK = CitationUnresolved()
