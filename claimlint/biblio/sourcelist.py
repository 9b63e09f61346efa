"""Which parts of a post are its source list, and the entries they hold.

A list of sources is found two ways. By its heading: what follows a heading
(or a bold or colon-terminated line) such as "References" or "Sources", up to
the next heading of the same or a higher level, and every footnote
definition. And by its content, under any heading or none, in any language: a
run of list items or paragraphs most of which read as bibliographic entries
(:func:`entry_like`: authors, a year, and a journal, volume, pages or
identifier), such as a numbered list under "What the evidence shows" or
"Referencias / References". "Further reading" lists are kept apart
(``section == "further-reading"``): they are not what the text cites. Blocks
of a source list are marked ``reference`` so the prose rules skip them.
"""

from __future__ import annotations

import re

from claimlint.biblio.refstring import parse_reference
from claimlint.core.lazyre import LazyPattern
from claimlint.core.model import Span
from claimlint.text.document import Block, Document, ReferenceEntry
from claimlint.text.source import SourceText

#: Headings (or bold / colon-terminated lines) that open a list of sources.
_SOURCES_WORDS = (
    r"(?:(?:list\s+of\s+|selected\s+|key\s+|cited\s+)?"
    r"(?:references?|sources?|bibliography|bibliographies|works\s+cited|citations?|"
    r"notes?(?:\s+and\s+references)?|endnotes|footnotes|literature(?:\s+cited)?|"
    r"references\s+and\s+(?:notes|further\s+reading)|sources\s+and\s+(?:notes|references)|"
    r"research\s+cited|studies\s+cited|scientific\s+references"
    # the same in the languages of bilingual pages: Spanish, French, German, Italian,
    # Portuguese, Dutch
    r"|referencias(?:\s+bibliogr[aá]ficas)?|bibliograf[ií]a|fuentes|obras\s+citadas"
    r"|r[ée]f[ée]rences(?:\s+bibliographiques)?|bibliographie|literatur(?:verzeichnis)?"
    r"|quellen(?:angaben)?|riferimenti(?:\s+bibliografici)?|fonti|refer[êe]ncias|fontes"
    r"|bronnen|literatuurlijst|referenties))"
)
_SOURCES_HEADING = re.compile(
    # one heading word, or two joined as a bilingual heading ("Bibliografía / Sources")
    rf"^\W*{_SOURCES_WORDS}(?:\s*[/|–—-]\s*{_SOURCES_WORDS})?\s*:?\W*$",
    re.IGNORECASE,
)
#: Lists that are reading suggestions, not the sources the text cites.
_READING_HEADING = re.compile(
    r"^\W*(?:further|additional|suggested|recommended)\s+(?:reading|resources|sources)"
    r"(?:\s+and\s+\w+)?\s*:?\W*$",
    re.IGNORECASE,
)


_ends_sentence = LazyPattern(
    r"[.!?]['\"’”)\]]*\s*$",
)


#: A numbering label at the start of a reference line: "1.", "[1]", "(1)", "1 ".
_ENTRY_LABEL = re.compile(r"^\s*(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})[.)]?)\s+(?=\S)")


#: A year, or what stands in for one, as an entry has it.
_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)|\bn\.\s?d\.|\bin press\b", re.IGNORECASE)
#: How prose sentences start, never an entry's author list.
_PROSE_START = frozenset(
    {
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "as",
        "by",
        "for",
        "from",
        "to",
        "if",
        "when",
        "while",
        "after",
        "before",
        "with",
        "our",
        "your",
        "this",
        "these",
        "that",
        "those",
        "we",
        "it",
        "its",
        "they",
        "their",
        "there",
        "here",
        "many",
        "most",
        "some",
        "several",
        "one",
        "two",
        "studies",
        "study",
        "research",
        "researchers",
        "trials",
        "patients",
        "people",
        "according",
        "since",
    }
)
#: Verbs of reporting in a sentence's first words: prose about a study, not an entry.
_REPORTING = re.compile(
    r"\b(?:found|finds|find|showed|shows|show|shown|reported|reports|suggests?|suggested|"
    r"concluded|demonstrated|ran|tested|approved|says|said|noted|observed|according)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: How many entry-like blocks in a row make a source list (of list items or paragraphs).
MIN_RUN = 2


def entry_like(text: str) -> bool:
    """Whether ``text`` reads as one bibliographic entry: an author list first (not a
    sentence's opening words or a reporting verb), a year (or n.d., in press), and a
    journal, volume, pages, DOI, PMID or URL as the reference parser reads it."""
    body = _entry_body(text)
    return body is not None and _parses_as_entry(body)


def _entry_body(text: str) -> str | None:
    """``text`` without its label, when it may be an entry (:func:`entry_like` but the
    reference parser, which is what costs); None when it cannot be one."""
    body = _ENTRY_LABEL.sub("", text.strip(), count=1).lstrip("*_•·-– ")
    if not 25 <= len(body) <= 2000 or not _YEAR.search(body):
        return None
    words = _WORD.findall(body[:120])
    if not words or words[0].lower() in _PROSE_START:
        return None
    if _REPORTING.search(" ".join(words[:8])):
        return None
    return body


def _parses_as_entry(body: str) -> bool:
    """The reference parser's half of :func:`entry_like`, for a :func:`_entry_body`."""
    ref = parse_reference(body)
    if not ref.authors or not (ref.year or ref.status):
        return False
    return bool(ref.doi or ref.pmid or ref.url or ref.pages or ref.volume or ref.container)


def read_source_lists(doc: Document) -> Document:
    """Mark ``doc``'s source-list blocks and fill ``doc.references`` (once); ``doc``."""
    if not doc.source_lists_read:
        entries = _mark(doc.blocks, doc.source)
        if _mark_by_content(doc.blocks, entries):
            entries.sort(key=lambda e: e.span.start)
            for i, entry in enumerate(entries, 1):
                entry.ordinal = i
        doc.references = entries
        doc.source_lists_read = True
    return doc


def _candidate(block: Block) -> bool:
    return (
        not block.reference
        and block.kind in ("paragraph", "list-item")
        and not block.in_blockquote
        and block.footnote is None
    )


def _mark_by_content(blocks: list[Block], entries: list[ReferenceEntry]) -> bool:
    """Find source lists by what they hold; True when one was found."""
    found = False
    i, n = 0, len(blocks)
    while i < n:
        if not _candidate(blocks[i]) or not _YEAR.search(blocks[i].text):
            i += 1
            continue
        # A run of blocks of one kind (the items of a list, or paragraphs in a row).
        kind = blocks[i].kind
        j = i
        while j < n and _candidate(blocks[j]) and blocks[j].kind == kind:
            j += 1
        run = blocks[i:j]
        # Whether each block may be an entry, without the reference parser: a run with
        # fewer than MIN_RUN such blocks has no stretch of entries (most runs of prose
        # paragraphs), so none of its blocks is parsed.
        bodies = [_entry_body(b.text) for b in run]
        lines = [_entry_lines(b, parse=False) for b in run]
        maybe = [
            k if k >= MIN_RUN else int(body is not None)
            for body, k in zip(bodies, lines, strict=True)
        ]
        if sum(maybe) < MIN_RUN:
            i = j
            continue
        # How many entries each block holds: one for a block that reads as an entry, each
        # line's for a paragraph whose lines are entries (hard line breaks, no list markup).
        like = [
            (_entry_weight(b) if k >= MIN_RUN else 0)
            or int(body is not None and _parses_as_entry(body))
            for b, body, k in zip(run, bodies, lines, strict=True)
        ]
        for a, b in _entry_stretches(like, whole=kind == "list-item"):
            _take(blocks, run[a:b], entries)
            found = True
        i = j
    return found


def _entry_weight(block: Block) -> int:
    """How many entries a paragraph of entry lines holds: its lines that read as entries,
    when they are most of its lines (else 0: prose that happens to hold a reference)."""
    src = block.source
    total = src.line_of(block.span().end - 1) - src.line_of(block.span().start) + 1
    found = _entry_lines(block)
    return found if found >= MIN_RUN and found * 5 >= total * 3 else 0


def _entry_lines(block: Block, *, parse: bool = True) -> int:
    """How many of a paragraph's source lines read as entries (a list with no markup);
    with ``parse`` false, how many may (:func:`_entry_body`: at least as many)."""
    src = block.source
    first, last = src.line_of(block.span().start), src.line_of(block.span().end - 1)
    if first == last:
        return 0
    if not parse:
        return sum(_entry_body(src.line_text(k)) is not None for k in range(first, last + 1))
    return sum(entry_like(src.line_text(k)) for k in range(first, last + 1))


def _entry_stretches(like: list[int], *, whole: bool) -> list[tuple[int, int]]:
    """Where in a run the entries stand, given how many entries each block holds: the
    whole list when most of its items are entries; else each stretch of entries (one block
    that is not may stand between two that are: an entry the parser misreads) that holds
    at least :data:`MIN_RUN` of them (one paragraph of entry lines may)."""
    if whole:
        count = sum(1 for n in like if n)
        return [(0, len(like))] if count >= MIN_RUN and count * 5 >= len(like) * 3 else []
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(like):
        if not like[k]:
            k += 1
            continue
        end = k + 1
        while end < len(like) and (
            like[end] or (end + 1 < len(like) and like[end + 1] and like[end - 1])
        ):
            end += 1
        if sum(like[k:end]) >= MIN_RUN:
            out.append((k, end))
        k = end
    return out


def _take(blocks: list[Block], run: list[Block], entries: list[ReferenceEntry]) -> None:
    """Mark ``run`` a source list, with the short line or heading just before it."""
    before = run[0].index - 1
    if before >= 0:
        head = blocks[before]
        if not head.reference and (
            head.kind == "heading"
            or (
                head.kind == "paragraph"
                and len(head.text) < 60
                and not _ends_sentence().search(head.text)
            )
        ):
            head.reference = True
    seen: dict[int, ReferenceEntry] = {}
    for block in run:
        block.reference = True
        if block.kind == "list-item" and block.container != -1:
            _add_entry(entries, seen, block, None, "sources")
        else:
            _split_entries(entries, block, "sources", skip_first_line=False)


def _mark(doc_blocks: list[Block], source: SourceText) -> list[ReferenceEntry]:
    """Mark source-list blocks and read their entries."""
    entries: list[ReferenceEntry] = []
    in_list: str | None = None  # "sources" / "further-reading"
    list_level = 0
    seen_containers: dict[int, ReferenceEntry] = {}
    for block in doc_blocks:
        if block.kind == "front-matter":
            continue
        if block.kind == "heading":
            kind = _list_kind(block.text)
            if kind is not None:
                in_list, list_level = kind, block.level
                block.reference = True
                continue
            if in_list is not None and (list_level == 0 or block.level <= list_level):
                in_list = None
            if in_list is not None:
                block.reference = True
            continue
        if block.footnote is not None:
            block.reference = True
            _add_entry(entries, seen_containers, block, block.footnote, "sources")
            continue
        kind = _list_kind(block.text) if len(block.text) < 60 else None
        if kind is not None and block.kind in ("paragraph", "list-item"):
            in_list, list_level = kind, 0
            block.reference = True
            continue
        # "Sources:" or "Sources" as the first line of a paragraph whose other lines are
        # entries.
        lead = _leading_list_kind(block, source)
        if lead is not None:
            in_list, list_level = lead, 0
            block.reference = True
            _split_entries(entries, block, lead, skip_first_line=True)
            continue
        if in_list is None or block.kind == "table-cell":
            continue
        block.reference = True
        if block.kind == "list-item" and block.container != -1:
            _add_entry(entries, seen_containers, block, None, in_list)
        else:
            _split_entries(entries, block, in_list, skip_first_line=False)
    return entries


def _leading_list_kind(block: Block, source: SourceText) -> str | None:
    """The kind of list a paragraph of several lines opens with a first line of its own:
    "Sources:" (a colon says it heads what follows), or "References" over lines of which
    one at least reads as an entry; else None."""
    first = source.line_of(block.span().start)
    if block.kind != "paragraph" or first == source.line_of(block.span().end - 1):
        return None
    head, sep, _ = block.text.partition(":")
    if sep and len(head) < 40 and _list_kind(head + ":") is not None:
        return _list_kind(head + ":")
    kind = _list_kind(source.line_text(first))
    return kind if kind is not None and _entry_lines(block) else None


def _list_kind(text: str) -> str | None:
    text = text.strip().strip("*_").strip()
    if len(text) > 60:
        return None
    if _READING_HEADING.match(text):
        return "further-reading"
    if _SOURCES_HEADING.match(text):
        return "sources"
    return None


def _add_entry(
    entries: list[ReferenceEntry],
    seen: dict[int, ReferenceEntry],
    block: Block,
    label: str | None,
    section: str,
) -> None:
    text = block.text
    if label is None:
        m = _ENTRY_LABEL.match(text)
        if m:
            label = m.group(1) or m.group(2) or m.group(3)
    previous = seen.get(block.container)
    if previous is not None and block.container != -1:
        # A second paragraph of the same list item or footnote: one entry.
        previous.text = previous.text + " " + text
        previous.span = Span(previous.span.start, block.span().end)
        return
    if label is None and section == "sources":
        label = _list_number(block)
    entry = ReferenceEntry(text, block.span(), label, block, len(entries) + 1, section)
    entries.append(entry)
    if block.container != -1:
        seen[block.container] = entry


_LIST_NUMBER = re.compile(r"^[\s>]*(\d{1,4})[.)]\s")


def _list_number(block: Block) -> str | None:
    """The number of an ordered-list item as written in the source ("3" for "3. ...")."""
    src = block.source
    m = _LIST_NUMBER.match(src.line_text(src.line_of(block.span().start)))
    return str(int(m.group(1))) if m else None


def _split_entries(
    entries: list[ReferenceEntry], block: Block, section: str, *, skip_first_line: bool
) -> None:
    """A paragraph of a source list: one entry, or one per line when lines start entries."""
    text = block.text
    # Prose offsets where each source line starts (line breaks became spaces).
    src = block.source
    starts = [0]
    for i, ch in enumerate(text):
        if ch == " " and i + 1 < len(text):
            a = block.source_offset(i)
            if a < len(src.text) and src.text[a] == "\n":
                starts.append(i + 1)
    lines = [
        (starts[k], starts[k + 1] if k + 1 < len(starts) else len(text)) for k in range(len(starts))
    ]
    if skip_first_line:
        lines = lines[1:]
    if not lines:
        return
    labelled = [bool(_ENTRY_LABEL.match(text[a:b])) for a, b in lines]
    entry_like = [
        bool(re.match(r"^\s*[A-Z][\w'’\-]+(?:\s[\w'’\-]+)?,?\s", text[a:b]))
        and bool(re.search(r"[.\d)]\s*$", text[a:b]))
        for a, b in lines
    ]
    if len(lines) > 1 and sum(labelled) >= 2:
        groups: list[tuple[int, int]] = []
        for (a, b), is_label in zip(lines, labelled, strict=False):
            if is_label or not groups:
                groups.append((a, b))
            else:
                groups[-1] = (groups[-1][0], b)
    elif len(lines) > 1 and all(entry_like):
        groups = lines
    else:
        groups = [(lines[0][0], lines[-1][1])]
    for a, b in groups:
        piece = text[a:b].strip()
        if not piece:
            continue
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        m = _ENTRY_LABEL.match(piece)
        label = (m.group(1) or m.group(2) or m.group(3)) if m else None
        span = block.span(a + lead, a + lead + len(piece))
        entries.append(ReferenceEntry(piece, span, label, block, len(entries) + 1, section))
