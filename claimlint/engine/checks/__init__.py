"""Python checks: what YAML cannot say. One module per check, listed explicitly.

A check module defines ``CHECK``, an instance of a :class:`BaseCheck` subclass with
``check_unit(unit, ctx, options)`` and ``check_document(doc, ctx, options)``
generators. Every hit carries its message (:attr:`~claimlint.engine.rule.Hit.message`):
the check knows what it found, so a ``kind: check`` rule has no ``message:``, and a hit
without one is an internal error. What a check finds, why it matters, an example and a
better wording are written once, in the rule file that names the check; the module's
docstring points there ("Implements CL301; what it finds and why:
rules/CL301-citation-year-mismatch.yml.") and adds only notes on the implementation.
Third parties add checks through the ``claimlint.checks`` entry-point group; they run
only when a rule in the configured packs names them. A third party's check need not
subclass :class:`BaseCheck`: any object with the members of :class:`Check` will do, and
:func:`find_check` gives it the defaults of the members it leaves out.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from claimlint.engine.rule import Needs

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
    "source-not-found": "claimlint.engine.checks.source_not_found",
    "source-misdescribed": "claimlint.engine.checks.source_misdescribed",
    "source-retracted": "claimlint.engine.checks.source_retracted",
    "source-identifier-broken": "claimlint.engine.checks.source_identifier",
    "source-unverified": "claimlint.engine.checks.source_unverified",
    "regulatory-claim": "claimlint.engine.checks.regulatory_claim",
    "unapproved-use-disclosure": "claimlint.engine.checks.unapproved_use_disclosure",
    "risk-information": "claimlint.engine.checks.risk_information",
    "crisis-resources": "claimlint.engine.checks.crisis_resources",
    "uk-prescription-advert": "claimlint.engine.checks.uk_prescription_advert",
}


class Check(Protocol):
    """What a check provides: the two generators, each called with the rule's ``options``.

    Optional members, which :class:`BaseCheck` declares with their defaults (a check
    from the entry-point group that does not subclass it gets them from
    :func:`find_check`):

    ``unit_needs(options) -> Needs | None``
        What a unit must hold for :meth:`check_unit` to find anything there (see
        :meth:`claimlint.engine.rule.Kind.needs`); None, the default, for every unit.
    ``uses_knowledge: bool``
        True when the check reads the regulatory knowledge pack, so that ``claimlint
        explain`` lists the pack's date and sources; False by default.
    """

    def check_unit(self, unit: Sentence, ctx: Context, options: dict[str, Any]) -> Iterator[Hit]:
        """Hits in a sentence, block or reference entry."""
        ...

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        """Hits for the whole document."""
        ...


def find_check(name: str) -> BaseCheck | None:
    """The check called ``name``: built in, else from the ``claimlint.checks`` entry points."""
    module = BUILTIN.get(name)
    if module is not None:
        found: BaseCheck = importlib.import_module(module).CHECK
        return found
    from importlib.metadata import entry_points

    for ep in entry_points(group="claimlint.checks"):
        if ep.name == name:
            loaded: Check = ep.load()
            return loaded if isinstance(loaded, BaseCheck) else _Adapted(loaded)
    return None


class BaseCheck:
    """Base of the checks: every member of :class:`Check`, optional ones included, with
    its default (nothing found, every unit needed, no knowledge pack)."""

    uses_knowledge: bool = False
    """True when the check reads the regulatory knowledge pack (``claimlint explain``
    then lists its date and sources)."""

    def unit_needs(self, options: dict[str, Any]) -> Needs | None:
        """What a unit must hold for :meth:`check_unit` to find anything there, or None
        (the default) when it must see every unit. Asked once, when the rule is loaded."""
        return None

    def check_unit(self, unit: Sentence, ctx: Context, options: dict[str, Any]) -> Iterator[Hit]:
        return iter(())

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        return iter(())


class _Adapted(BaseCheck):
    """A third party's check that does not subclass :class:`BaseCheck`: its own optional
    members where it has them (a ``unit_needs`` that returns something other than a
    :class:`Needs` counts as none), the defaults where it does not."""

    def __init__(self, check: Check) -> None:
        self.check = check
        self.uses_knowledge = bool(getattr(check, "uses_knowledge", False))

    def unit_needs(self, options: dict[str, Any]) -> Needs | None:
        hook = getattr(self.check, "unit_needs", None)
        needs = hook(options) if callable(hook) else None
        return needs if isinstance(needs, Needs) else None

    def check_unit(self, unit: Sentence, ctx: Context, options: dict[str, Any]) -> Iterator[Hit]:
        return self.check.check_unit(unit, ctx, options)

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        return self.check.check_document(doc, ctx, options)
