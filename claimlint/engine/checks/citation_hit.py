"""The finding the citation checks report on an in-text citation."""

from __future__ import annotations

from claimlint.biblio.matching import CitationUse
from claimlint.core.model import Fix
from claimlint.engine.rule import Hit
from claimlint.text.document import Block


def citation_hit(
    use: CitationUse, suggestion: str | None, fix: Fix | None, message: str
) -> tuple[Block, Hit]:
    """A finding on the citation: its span, with its label as ``match``."""
    return use.block, Hit(use.start, use.end, {"match": use.label}, suggestion, fix, message)
