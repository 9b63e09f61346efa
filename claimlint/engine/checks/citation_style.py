"""Implements CL308; what it finds and why: rules/CL308-citation-style.yml.

The rule's ``options: {apa: 6}`` overrides the site's ``citation-style``. A citation that
resolves to works with different author counts has no one right form and is left alone;
footnote entries, and entries without authors or a year, are not compared for duplicates.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimlint.biblio.matching import CitationUse, Source, citation_map, surname_key
from claimlint.engine.checks import BaseCheck
from claimlint.engine.checks.citation_hit import citation_hit
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document


def _citation_problem(use: CitationUse, source: Source, first_time: bool, apa: int) -> str | None:
    c = use.citation
    count = source.author_count
    first = source.parsed.authors[0]
    if c.et_al and 0 < count <= 2:
        what = "one author" if count == 1 else "two authors"
        return (
            f"'{use.label}': the work has {what}; write {source.cite_names(c.narrative)} "
            "without 'et al.'"
        )
    all_names_first = apa == 6 and 3 <= count <= 5 and first_time
    if all_names_first and len(c.authors) < count:
        return f"'{use.label}': APA 6 lists all {count} authors at the first citation"
    if not c.et_al and count >= 3 and not all_names_first:
        many = "three or more authors" if count > 5 or apa == 7 else f"{count} authors"
        return f"'{use.label}': the work has {many}; write {first} et al."
    return None


def _entry_key(source: Source) -> tuple[tuple[str, ...], str]:
    names = tuple(surname_key(a) for a in source.parsed.authors)
    return names, source.parsed.year or ""


def _line(source: Source) -> int:
    return source.entry.block.source.position(source.entry.span.start).line


def _title_key(source: Source) -> str:
    return " ".join((source.parsed.title or source.entry.text).casefold().split())


class CitationStyle(BaseCheck):
    """APA style problems in citations and in the source list."""

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        style = str(ctx.option("citation-style", "apa7") or "apa7")  # the site's setting
        apa = int(options.get("apa", 6 if style == "apa6" else 7))
        cmap = citation_map(doc)
        seen: set[int] = set()
        for use in cmap.uses:
            r = use.resolution
            if use.citation.kind != "author-year" or r.status != "resolved" or not r.sources:
                continue
            if len({s.author_count for s in r.sources}) != 1:
                continue  # works with different author lists: no one right form
            source = r.sources[0]
            if source.number is not None or source.footnote is not None:
                # APA rules are for author-date lists; a numbered (Vancouver, AMA) list
                # may shorten its author lists, so its author counts prove nothing.
                continue
            problem = _citation_problem(use, source, id(source) not in seen, apa)
            seen.add(id(source))
            if problem is not None:
                yield citation_hit(use, None, None, problem)
        yield from self._list_problems(cmap.sources)

    def _list_problems(self, sources: list[Source]) -> Iterator[tuple[Block | None, Hit]]:
        earlier: dict[tuple[tuple[str, ...], str], Source] = {}
        titles: dict[str, Source] = {}
        for source in sources:
            if source.footnote is not None or not source.parsed.authors or not source.parsed.year:
                continue
            title = _title_key(source)
            first = titles.get(title)
            if first is not None and _entry_key(first) == _entry_key(source):
                message = f"'{source.describe()}' duplicates the entry on line {_line(first)}"
            else:
                titles.setdefault(title, source)
                key = _entry_key(source)
                other = earlier.get(key)
                earlier.setdefault(key, source)
                if other is None or (other.parsed.year_suffix and source.parsed.year_suffix):
                    continue
                year = source.parsed.year
                message = (
                    f"'{source.describe()}' and the entry on line {_line(other)} have the same "
                    f"authors and year; write {year}a and {year}b"
                )
            yield (
                source.block,
                Hit(source.start, source.end, {"match": source.describe()}, None, None, message),
            )


CHECK = CitationStyle()
