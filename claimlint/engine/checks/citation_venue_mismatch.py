"""Implements CL305; what it finds and why: rules/CL305-citation-venue-mismatch.yml.

Journal names are read after "published in" and similar cues
(:func:`claimlint.biblio.journals.find_venue_mentions`; the source list's journals count as
names) and compared with :func:`claimlint.biblio.journals.same_journal`. A post whose source
list names no journal is not read. A citation in the next sentence counts when that
sentence points back (:data:`claimlint.biblio.matching.BACK_REFERENCE`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimlint.biblio.journals import find_venue_mentions, same_journal
from claimlint.biblio.matching import (
    BACK_REFERENCE,
    CitationUse,
    citation_map,
    citations_following,
    nearest_use,
)
from claimlint.engine.checks import BaseCheck
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document


class CitationVenueMismatch(BaseCheck):
    """Journals named in the text that the cited entries were not published in."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        cmap = citation_map(doc)
        known = tuple(s.parsed.container for s in cmap.sources if s.parsed.container)
        if not known:
            return
        for block in doc.prose_blocks():
            for sentence in block.sentences:
                mentions = find_venue_mentions(sentence.text, known)
                if not mentions:
                    continue
                uses = [u for u in cmap.uses_in(sentence) if u.cited]
                following = not uses
                if following:
                    uses = [
                        u for u in citations_following(cmap, sentence, BACK_REFERENCE) if u.cited
                    ]
                for mention in mentions:
                    target = uses[0] if following and uses else nearest_use(uses, mention.start)
                    if target is None or _published_in(uses, mention.name):
                        continue
                    containers = [s.parsed.container for s in target.cited]
                    if not containers or any(c is None for c in containers):
                        continue
                    listed = containers[0] or ""
                    yield (
                        block,
                        Hit(
                            sentence.start + mention.start,
                            sentence.start + mention.end,
                            {"match": mention.name},
                            f"Name the journal the cited work appeared in ({listed})",
                            None,
                            f"'{mention.name}' is named as the journal of {target.label}, "
                            f"but the source list has it in {listed}",
                        ),
                    )


def _published_in(uses: list[CitationUse], name: str) -> bool:
    return any(
        s.parsed.container is not None and same_journal(name, s.parsed.container)
        for u in uses
        for s in u.cited
    )


CHECK = CitationVenueMismatch()
