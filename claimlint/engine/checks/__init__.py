"""Python checks: what YAML cannot say. One module per check, listed explicitly.

A check module defines ``CHECK``, an object with ``check_unit(unit, ctx, options)``
and ``check_document(doc, ctx, options)`` generators. Every hit carries its message
(:attr:`~claimlint.engine.rule.Hit.message`): the check knows what it found, so a
``kind: check`` rule has no ``message:``, and a hit without one is an internal error.
What a check finds, why it matters, an example and a better wording are written once,
in the rule file that names the check; the module's docstring points there
("Implements CL301; what it finds and why: rules/CL301-citation-year-mismatch.yml.")
and adds only notes on the implementation. Third parties add checks through the
``claimlint.checks`` entry-point group; they run only when a rule in the configured
packs names them.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from claimlint.engine.rule import Context, Hit
    from claimlint.text.document import Block, Document, Sentence

#: Built-in checks: name -> module. Explicit, so nothing registers at import time.
BUILTIN: dict[str, str] = {
    "citation-year-mismatch": "claimlint.engine.checks.citation_year_mismatch",
    "citation-author-mismatch": "claimlint.engine.checks.citation_author_mismatch",
    "citation-unresolved": "claimlint.engine.checks.citation_unresolved",
    "reference-uncited": "claimlint.engine.checks.reference_uncited",
    "citation-venue-mismatch": "claimlint.engine.checks.citation_venue_mismatch",
    "citation-study-type-mismatch": "claimlint.engine.checks.citation_study_type_mismatch",
    "citation-irrelevant": "claimlint.engine.checks.citation_irrelevant",
    "citation-style": "claimlint.engine.checks.citation_style",
    "stale-evidence": "claimlint.engine.checks.stale_evidence",
    "regulatory-claim": "claimlint.engine.checks.regulatory_claim",
    "unapproved-use-disclosure": "claimlint.engine.checks.unapproved_use_disclosure",
    "risk-information": "claimlint.engine.checks.risk_information",
    "crisis-resources": "claimlint.engine.checks.crisis_resources",
    "uk-prescription-advert": "claimlint.engine.checks.uk_prescription_advert",
}


class Check(Protocol):
    """What a check provides."""

    def check_unit(self, unit: Sentence, ctx: Context, options: dict[str, Any]) -> Iterator[Hit]:
        """Hits in a sentence, block or reference entry."""
        ...

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        """Hits for the whole document."""
        ...


def find_check(name: str) -> Check | None:
    """The check called ``name``: built in, else from the ``claimlint.checks`` entry points."""
    module = BUILTIN.get(name)
    if module is not None:
        found: Check = importlib.import_module(module).CHECK
        return found
    from importlib.metadata import entry_points

    for ep in entry_points(group="claimlint.checks"):
        if ep.name == name:
            loaded: Check = ep.load()
            return loaded
    return None


class BaseCheck:
    """Convenience base: both hooks yield nothing unless overridden."""

    def check_unit(self, unit: Sentence, ctx: Context, options: dict[str, Any]) -> Iterator[Hit]:
        return iter(())

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        return iter(())
