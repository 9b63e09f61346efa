"""citation-study-type-mismatch: the text calls a cited work a kind of study its title denies.

What it does
    Finds a sentence that calls a cited work a meta-analysis, a systematic
    review, a randomized controlled trial or a Phase N trial when the cited
    entry's title shows it is another kind of study: a perspective or narrative
    review, an expert opinion or consensus statement, an open-label or pilot
    study, an observational study, a case report, an animal or cell study.
    Titles that do not say what kind of study they are prove nothing and are
    left alone; so are wishes and contrasts ("larger randomized trials are
    needed").

Why it matters
    The kind of study is how readers weigh evidence: calling a perspective
    review a meta-analysis, or an open-label pilot a randomized trial, claims
    far stronger support than the source gives.

Example
    Recent meta-analyses, including the review by Iadarola et al. (2015), ...
    where the entry's title ends "a perspective review".

Use instead
    A perspective review by Iadarola et al. (2015) ...
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
