"""Implements CL301; what it finds and why: rules/CL301-citation-year-mismatch.yml.

Which listed works a citation's author matches is decided by
:func:`claimlint.biblio.matching.citation_map`; this check reports its ``year-mismatch``
resolutions, with a message naming the one listed work or the years listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimlint.biblio.matching import CitationUse, citation_map, join_words
from claimlint.core.model import Applicability, Edit, Fix
from claimlint.engine.checks import BaseCheck
from claimlint.engine.checks.citation_hit import citation_hit
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document


def year_fix(use: CitationUse, year: str) -> Fix | None:
    """Replace the cited year (and its a/b suffix) with ``year``."""
    c = use.citation
    if c.year_start < 0 or c.year is None:
        return None
    a = use.sentence.start + c.year_start
    b = a + len(c.year) + len(c.year_suffix or "")
    return Fix(
        (Edit(use.block.span(a, b), year),),
        Applicability.SAFE,
        f"change the year to {year}",
    )


class CitationYearMismatch(BaseCheck):
    """Author-year citations whose year no listed work by that author has."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        for use in citation_map(doc).uses:
            r = use.resolution
            if r.status != "year-mismatch":
                continue
            cited = (use.citation.year or "") + (use.citation.year_suffix or "")
            listed = r.sources
            if len(listed) == 1:
                source = listed[0]
                message = (
                    f"'{use.label}' cites {cited}, but the source list has {source.describe()}"
                )
                fix = year_fix(use, source.year) if source.year else None
                suggestion = (
                    f"Cite it as {source.cite_names(use.citation.narrative)} ({source.year_label})"
                )
            else:
                years = sorted({s.year for s in listed if s.year})
                message = (
                    f"'{use.label}' cites {cited}, but the source list has works by "
                    f"{listed[0].parsed.authors[0]} only from {join_words(years)}"
                )
                fix = None
                suggestion = "Correct the year, or add the cited work to the source list"
            yield citation_hit(use, suggestion, fix, message)


CHECK = CitationYearMismatch()
