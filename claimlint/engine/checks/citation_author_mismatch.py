"""citation-author-mismatch: the year points at a listed work but the name does not match it.

What it does
    Finds an author-year citation whose year matches a listed work while its
    author does not: a misspelt surname ("Zarrate et al. (2006)" for Zarate), a
    co-author cited as if first author ("Singh et al. (2006)" for Zarate, Singh
    ... (2006)), or a two-author citation naming the wrong second author. Names
    the entry the citation most likely means and offers its correct form as an
    unsafe fix. Case, diacritics ("Muller" for "Müller"), "Jr." and particles
    ("Van der Kolk" for "van der Kolk") are ordinary variation, not mismatches.

Why it matters
    A reader cannot find a work under a name that is not its first author's;
    a misattributed finding also credits the wrong researchers.

Example
    Murrow et al. (2013) found a higher response rate with ketamine.
    ... Murrough, J. W., Iosifescu, D. V., ... (2013). Antidepressant efficacy ...

Use instead
    Murrough et al. (2013) found a higher response rate with ketamine.
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
