"""Implements CL307; what it finds and why: rules/CL307-citation-irrelevant.yml.

Subjects come from :mod:`claimlint.biblio.subjects`. The passage's citations and journal
names are blanked before it is read, and the post's title is its front-matter ``title``,
else its first heading. A title the parser took author names for is not compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claimlint.biblio.journals import find_venue_mentions
from claimlint.biblio.matching import CitationMap, Source, citation_map
from claimlint.biblio.subjects import Subjects, subjects
from claimlint.engine.checks import BaseCheck
from claimlint.engine.checks.citation_hit import citation_hit
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document

#: "Singh JB, Carlson PJ," / "Singh, J. B.,": author names where a title should be.
_NAME_LIST = re.compile(r"\b[A-Z][\w'’-]+,?\s+(?:[A-Z]\.\s?){1,3},|\b[A-Z][\w'’-]+\s+[A-Z]{1,3},")


def _post_title(doc: Document) -> str:
    title = doc.front_matter.get("title")
    if isinstance(title, str):
        return title
    heading = next((b for b in doc.blocks if b.kind == "heading"), None)
    return heading.text if heading is not None else ""


def passage_subjects(doc: Document, block: Block, cmap: CitationMap) -> Subjects:
    """Subjects of a block's prose (citations and journal names blanked), its section
    heading and the post's title."""
    text = list(block.text)
    for sentence in block.sentences:
        spans = [(u.citation.start, u.citation.end) for u in cmap.uses_in(sentence)]
        spans += [(m.start, m.end) for m in find_venue_mentions(sentence.text)]
        for a, b in spans:
            for i in range(sentence.start + a, min(len(text), sentence.start + b)):
                text[i] = " "
    heading = doc.blocks[block.section].text if block.section >= 0 else ""
    return subjects(" . ".join((_post_title(doc), heading, "".join(text))))


def _title_subjects(source: Source) -> Subjects | None:
    """Subjects of an entry's title; None when it has no title, or the parser took names
    for it."""
    title = source.parsed.title
    if not title or _NAME_LIST.search(title):
        return None
    return subjects(title)


class CitationIrrelevant(BaseCheck):
    """Citations whose titles have nothing to do with the passage citing them."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        cmap = citation_map(doc)
        passages: dict[int, Subjects] = {}
        titles: dict[int, Subjects | None] = {}  # id(source) -> its title's subjects
        for use in cmap.uses:
            for source in use.cited:
                if id(source) not in titles:
                    titles[id(source)] = _title_subjects(source)
                about = titles[id(source)]
                if not about:
                    continue  # no title, or one of research words only: nothing to compare
                block = use.block
                if block.index not in passages:
                    passages[block.index] = passage_subjects(doc, block, cmap)
                if passages[block.index].shared(about):
                    continue
                yield citation_hit(
                    use,
                    "Cite a work on what the sentence says, or remove the citation",
                    None,
                    f"{source.describe()} ('{source.short_title()}') shares no subject "
                    f"with the text citing it as '{use.label}'",
                )
                break


CHECK = CitationIrrelevant()
