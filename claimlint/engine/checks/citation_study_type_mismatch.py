"""Implements CL306; what it finds and why: rules/CL306-citation-study-type-mismatch.yml.

The designs a sentence claims and those a title states come from
:mod:`claimlint.biblio.study_types`. Only the first design a sentence names is what it calls
the cited work (later ones say what the work contained or compared); when a citation names
several works, every one whose title names a design must contradict the claim.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimlint.biblio.matching import citation_map, nearest_use
from claimlint.biblio.study_types import claimed_designs, contradiction, title_designs
from claimlint.engine.checks import BaseCheck
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document


class CitationStudyTypeMismatch(BaseCheck):
    """Study designs the text claims for a cited work that its title contradicts."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        cmap = citation_map(doc)
        for block in doc.prose_blocks():
            for sentence in block.sentences:
                uses = [u for u in cmap.uses_in(sentence) if u.cited]
                if not uses:
                    continue
                judged: set[int] = set()
                for claim in claimed_designs(sentence.text):
                    target = nearest_use(uses, claim.start)
                    # The first design named is what the sentence calls the cited work;
                    # later ones say what it contained ("a review found five randomized
                    # trials") or compared.
                    if target is None or id(target) in judged:
                        continue
                    judged.add(id(target))
                    if claim.design == "other":
                        continue
                    # Every cited work that names its design must contradict the claim.
                    clashes: list[tuple[str, str]] = []
                    fits = False
                    for source in target.cited:
                        designs = title_designs(source.parsed.title or "")
                        if not designs.designs:
                            continue
                        words = contradiction(claim, designs)
                        if words is None:
                            fits = True
                            break
                        clashes.append((source.describe(), words))
                    if fits or not clashes:
                        continue
                    what, words = clashes[0]
                    yield (
                        block,
                        Hit(
                            sentence.start + claim.start,
                            sentence.start + claim.end,
                            {"match": sentence.text[claim.start : claim.end]},
                            "Describe the cited work as what its title says it is",
                            None,
                            f"the text calls {what} {claim.label}, but its title says '{words}'",
                        ),
                    )


CHECK = CitationStudyTypeMismatch()
