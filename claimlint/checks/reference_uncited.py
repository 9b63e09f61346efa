"""reference-uncited: a source-list entry that nothing in the text cites.

What it does
    Finds an entry of the source list that no in-text citation points at (by
    author and year, by number, by footnote marker, by a link to its DOI or
    URL, or by naming its first author and year in a sentence: "a 2019 study by
    Smith"). Runs only in posts whose text cites by author-year, by number or by
    footnote at least once; a "Further reading" list is not a source list. A
    citation with a wrong year or a misspelt name still cites the entry it means.

Why it matters
    An uncited entry pads the list with apparent support for claims it was
    never attached to, and often means a citation was lost in editing.

Example
    A post cites Zarate et al. (2006) only, and its References list also has
    Krystal et al. (2019).

Use instead
    Cite the entry where the text relies on it, or move it to "Further reading".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claimlint.checks import BaseCheck
from claimlint.document import Block, Document
from claimlint.rule import Context, Hit
from claimlint.sources import Source, citation_map


def _linked(doc: Document, source: Source) -> bool:
    keys = [k.casefold() for k in (source.parsed.doi, source.parsed.url) if k]
    if not keys:
        return False
    return any(
        any(k in link.href.casefold() for k in keys)
        for block in doc.prose_blocks()
        for link in block.links
    )


def _mentioned(sentences: list[str], source: Source) -> bool:
    """True when a sentence names the entry's first author and its year in words a citation
    pattern does not take ("a 2019 study by Smith found")."""
    authors, year = source.parsed.authors, source.parsed.year
    if not authors or not year:
        return False
    name = re.compile(rf"(?<![\w-]){re.escape(authors[0])}(?![\w-])")
    return any(year in text and name.search(text) for text in sentences)


class ReferenceUncited(BaseCheck):
    """Source-list entries no citation points at."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        cmap = citation_map(doc)
        if not cmap.cites_formally:
            return
        cited = cmap.cited_sources()
        prose = [s.text for s in doc.sentences()]
        for i, source in enumerate(cmap.sources):
            if i in cited or not source.is_reference or _linked(doc, source):
                continue
            if _mentioned(prose, source):
                continue
            what = source.describe()
            if source.footnote is not None:
                message = f"footnote [^{source.footnote}], {what}, is never referenced in the text"
            elif source.number is not None:
                message = f"entry {source.number}, {what}, is never cited in the text"
            else:
                message = f"'{what}' is in the source list but the text never cites it"
            yield (
                source.block,
                Hit(
                    source.start,
                    source.end,
                    {"match": what},
                    "Cite it where the text relies on it, or remove it from the source list",
                    None,
                    message,
                ),
            )


CHECK = ReferenceUncited()
