"""Implements CL302; what it finds and why: rules/CL302-citation-author-mismatch.yml.

Which listed work a citation most likely means is decided by
:func:`claimlint.biblio.matching.citation_map`; this check reports its ``author-mismatch``
resolutions, and the resolution's reason (a misspelt name, a co-author cited first, a wrong
second author) picks the message.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimlint.biblio.matching import CitationUse, Source, citation_map, ordinal, same_surname
from claimlint.core.model import Applicability, Edit, Fix
from claimlint.engine.checks import BaseCheck
from claimlint.engine.checks.citation_hit import citation_hit
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document


def names_fix(use: CitationUse, source: Source) -> Fix | None:
    """Replace the citation's author part with the entry's correct form."""
    c = use.citation
    if c.names_start < 0:
        return None
    correct = source.cite_names(c.narrative)
    a = use.sentence.start + c.names_start
    b = use.sentence.start + c.names_end
    return Fix(
        (Edit(use.block.span(a, b), correct),), Applicability.UNSAFE, f"cite it as {correct}"
    )


def _message(use: CitationUse, source: Source, reason: str) -> str:
    cited = use.citation.authors
    authors = source.parsed.authors
    meant = f"{source.describe()}, '{source.short_title(50)}'"
    if reason == "misspelt":
        return f"'{use.label}': no listed author is called {cited[0]}; it most likely means {meant}"
    if reason == "co-author":
        at = next((i for i, a in enumerate(authors) if same_surname(cited[0], a)), 1)
        return (
            f"'{use.label}': {cited[0]} is the {ordinal(at + 1)} author, not the first; "
            f"it most likely means {meant}"
        )
    second = authors[1] if len(authors) > 1 else "another author"
    correct = f"{source.cite_names(use.citation.narrative)} ({source.year})"
    return (
        f"'{use.label}': the second author of {meant} is {second}, not {cited[1]}; "
        f"cite it as {correct}"
    )


class CitationAuthorMismatch(BaseCheck):
    """Author-year citations that point at a listed work under the wrong name."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        for use in citation_map(doc).uses:
            r = use.resolution
            if r.status != "author-mismatch" or not r.sources:
                continue
            source = r.sources[0]
            correct = f"{source.cite_names(use.citation.narrative)} ({source.year})"
            yield citation_hit(
                use,
                f"Cite it as {correct}",
                names_fix(use, source),
                _message(use, source, r.reason),
            )


CHECK = CitationAuthorMismatch()
