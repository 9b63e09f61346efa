"""The document model: Markdown (or scraped plain text) as prose blocks with exact positions.

This is the only module that imports ``markdown_it`` and ``mdit_py_plugins``.
Rules never see tokens; they see :class:`Document`, :class:`Block`,
:class:`Sentence` and spans.

markdown-it-py gives line ranges for block tokens only, and inline content
has container markers (``>``, list indentation) stripped. Positions are
therefore rebuilt here: each inline token's children are anchored in the
block's source lines with a forward-only cursor (see ``_Anchorer``). The
``text_join`` core rule is disabled so that entities and backslash escapes
stay as their own tokens and can be anchored to their source form.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from claimlint.core.lazyre import LazyPattern
from claimlint.core.model import Position, Span
from claimlint.text.source import SourceText

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from claimlint.text.html import HtmlText

#: Front-matter keys whose string values readers see (SEO titles and meta
#: descriptions carry the boldest claims). Users add more with the
#: ``front-matter-fields`` setting.
DEFAULT_FRONT_MATTER_FIELDS: tuple[str, ...] = (
    "title",
    "description",
    "summary",
    "excerpt",
    "subtitle",
    "seo_title",
    "seo_description",
    "meta_title",
    "meta_description",
    "og_title",
    "og_description",
    "twitter_title",
    "twitter_description",
)

_DIRECTIVE_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


_terminal = LazyPattern(
    r"[.!?:;,…]['\"’”)\]]*$",
)


class Link(NamedTuple):
    """A Markdown link inside a block's prose."""

    start: int
    """Offset of the link text in the block's prose."""
    end: int
    """End of the link text in the block's prose (exclusive)."""
    href: str
    """The destination URL (not prose)."""


class Marker(NamedTuple):
    """Something that is not prose but matters to rules: a superscript citation."""

    kind: str
    """``"superscript"``."""
    at: int
    """Offset in the block's prose where the marker stands (zero width)."""
    value: str
    """The marker's text, e.g. ``"1,2"``."""
    span: Span
    """Where the marker is in the source."""


class Comment(NamedTuple):
    """An HTML comment: read only for claimlint directives."""

    text: str
    """The comment body, without ``<!--`` and ``-->``."""
    span: Span
    """Where the whole comment is in the source."""
    own_line: bool
    """True when nothing but the comment stands on its line(s)."""


@dataclass(slots=True)
class Block:
    """One prose segment: a heading, paragraph, list item, table cell, quote, footnote or field.

    ``text`` is what a reader sees. Each character maps back to the source
    through a list of pieces: ``(text_start, source_start, text_length,
    source_length)``. Exact pieces have equal lengths and map character for
    character; the others (entities, escapes, line breaks) map as a whole.
    """

    kind: str
    """heading, paragraph, list-item, table-cell, blockquote, footnote, front-matter."""
    text: str
    """The prose."""
    pieces: list[tuple[int, int, int, int]]
    """Offset map back to the source, ordered by text offset."""
    source: SourceText = field(repr=False)
    """The file this block belongs to."""
    level: int = 0
    """Heading level (1-6), 0 for other blocks."""
    section: int = -1
    """Index (into ``Document.blocks``) of the heading this block sits under, -1 for none."""
    container: int = -1
    """Id of the innermost list item or footnote holding the block, -1 for none."""
    in_blockquote: bool = False
    """True inside a ``>`` quote."""
    quote: int = -1
    """Id of the outermost ``>`` quote holding the block, -1 for none."""
    own_quote: bool = False
    """True inside a ``>`` quote that nobody's words are attributed to (no "— Name", not in
    quotation marks): a pull quote or a callout, the page's own words, read as prose by the
    rules that skip quotes. Set by :func:`_mark_own_quotes`."""
    footnote: str | None = None
    """The footnote label when the block is inside a footnote definition."""
    field_name: str | None = None
    """The front-matter key for front-matter fields."""
    column_header: str | None = None
    """For a table's body cell, the text of its column's header cell."""
    tagline: bool = False
    """True for a short paragraph set wholly in emphasis ("*Fewer migraines, from one
    appointment.*"): a subtitle or tagline, a line of its own like a heading."""
    links: list[Link] = field(default_factory=list)
    """Links inside the block."""
    markers: list[Marker] = field(default_factory=list)
    """Superscript citation markers inside the block."""
    reference: bool = False
    """True when the block is part of a source list (claims rules skip it); set by
    :func:`claimlint.biblio.sourcelist.read_source_lists`."""
    index: int = -1
    """Position in ``Document.blocks``."""
    _sentences: list[Sentence] | None = field(default=None, repr=False)
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    """Results computed from the block's text, kept for the other rules that ask
    (its sentences' citations, whether it cites anything)."""

    @property
    def quoted(self) -> bool:
        """True inside a ``>`` quote that gives someone's words (not an own quote): rules
        that skip quotes skip it."""
        return self.in_blockquote and not self.own_quote

    def source_offset(self, i: int) -> int:
        """Source offset of prose character ``i`` (or of the end when ``i == len(text)``)."""
        pieces = self.pieces
        if not pieces:
            return 0
        k = bisect_right(pieces, (i, 1 << 62)) - 1
        if k < 0:
            return pieces[0][1]
        t0, s0, tl, sl = pieces[k]
        if i >= t0 + tl:
            return s0 + sl
        if tl == sl:
            return s0 + (i - t0)
        return s0

    def source_end(self, i: int) -> int:
        """Source offset just past prose character ``i - 1`` (the end of a span ending at i)."""
        if i <= 0:
            return self.source_offset(0)
        pieces = self.pieces
        k = bisect_right(pieces, (i - 1, 1 << 62)) - 1
        if k < 0:
            return pieces[0][1] if pieces else 0
        t0, s0, tl, sl = pieces[k]
        if tl == sl:
            return s0 + min(i - t0, tl)
        return s0 + sl

    def span(self, start: int = 0, end: int | None = None) -> Span:
        """Source span of prose characters ``start:end``."""
        if end is None:
            end = len(self.text)
        if end <= start:
            for marker in self.markers:  # a point where a superscript stood: the superscript
                if marker.at == start:
                    return marker.span
            s = self.source_offset(start)
            return Span(s, s)
        a = self.source_offset(start)
        b = self.source_end(end)
        return Span(a, max(a, b))

    @property
    def start(self) -> Position:
        """Where the block's prose begins."""
        return self.source.position(self.span().start)

    @property
    def sentences(self) -> list[Sentence]:
        """The block's sentences (a heading or field is one or more sentences too)."""
        if self._sentences is None:
            from claimlint.text.segment import split_sentences

            self._sentences = [Sentence(self, a, b) for a, b in split_sentences(self.text)]
        return self._sentences

    def markers_between(self, start: int, end: int) -> list[Marker]:
        """Markers standing inside (or right at the end of) prose ``start:end``: a binary
        search, since the parser adds them in prose order (each block's sentences ask)."""
        if not self.markers:
            return []
        at: list[int] | None = self.memo.get("marker-offsets")
        if at is None:
            at = self.memo["marker-offsets"] = [m.at for m in self.markers]
        return self.markers[bisect_left(at, start) : bisect_right(at, end)]


@dataclass(slots=True)
class Sentence:
    """A sentence inside a block: prose offsets ``start:end`` of ``block.text``."""

    block: Block
    """The block holding the sentence."""
    start: int
    """Offset of the first character in the block's prose."""
    end: int
    """Offset one past the last character."""
    _text: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The sentence as a reader sees it."""
        text = self._text
        if text is None:  # cut once: every rule reads it
            text = self._text = self.block.text[self.start : self.end]
        return text

    def span(self, start: int = 0, end: int | None = None) -> Span:
        """Source span of sentence-relative characters ``start:end`` (default: the sentence)."""
        length = self.end - self.start
        if end is None:
            end = length
        return self.block.span(self.start + start, self.start + min(end, length))


@dataclass(slots=True)
class ReferenceEntry:
    """One entry of a source list (a list item, a line, a paragraph or a footnote)."""

    text: str
    """The entry as a reader sees it."""
    span: Span
    """Where it is in the source."""
    label: str | None
    """Its number (``"3"`` for ``3.`` or ``[3]``) or footnote label, if any."""
    block: Block
    """The block it came from."""
    ordinal: int
    """1-based position in its list."""
    section: str = "sources"
    """``sources`` or ``further-reading``."""


@dataclass(slots=True)
class Document:
    """A parsed post."""

    source: SourceText
    """The text and its line index."""
    blocks: list[Block]
    """All prose blocks in source order (front matter fields first)."""
    comments: list[Comment]
    """HTML comments (for directives)."""
    references: list[ReferenceEntry]
    """Entries of the post's source list(s), footnote definitions included: empty until
    :func:`claimlint.biblio.sourcelist.read_source_lists` has read them."""
    front_matter: dict[str, Any]
    """Front-matter data (plain values only; never Python objects)."""
    front_matter_error: tuple[str, Position] | None = None
    """A message and position when the front matter is not valid YAML."""
    plain_text: bool = False
    """True for scraped ``.txt`` pages."""
    front_matter_codes: list[tuple[str, Span]] = field(default_factory=list)
    """The codes listed under front-matter ``claimlint: {disable: ...}``, where they stand."""
    source_lists_read: bool = False
    """True once the source lists have been read into ``references``."""

    @property
    def path(self) -> str:
        """The file's name."""
        return self.source.path

    def prose_blocks(self) -> Iterator[Block]:
        """Blocks that are not part of a source list."""
        return (b for b in self.blocks if not b.reference)

    def sentences(self) -> Iterator[Sentence]:
        """Every sentence outside the source list, in order."""
        for block in self.blocks:
            if not block.reference:
                yield from block.sentences


# --------------------------------------------------------------------------
# parsing


def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"html": True})
    md.enable(["table", "strikethrough"])
    md.use(front_matter_plugin)
    # always_match_refs: a marker with no definition must stay a footnote_ref
    # token (citation-unresolved), not silently become text.
    md.use(footnote_plugin, always_match_refs=True, move_to_end=False)
    md.disable("text_join")
    return md


_MD: MarkdownIt | None = None


def markdown_parser() -> MarkdownIt:
    """The shared, configured parser (built on first use)."""
    global _MD
    if _MD is None:
        _MD = _markdown()
    return _MD


class _Anchorer:
    """Builds a block's prose and offset map from one inline token."""

    __slots__ = (
        "_len",
        "attribute_runs",
        "autolink",
        "chars",
        "cursor",
        "end",
        "html_link",
        "jsx",
        "links",
        "markers",
        "pieces",
        "rewind",
        "src",
        "sup",
    )

    def __init__(self, src: str, cursor: int, end: int, jsx: bool = False) -> None:
        self.src = src
        self.cursor = cursor
        self.end = end
        self.chars: list[str] = []
        self.pieces: list[tuple[int, int, int, int]] = []
        self.links: list[Link] = []
        self.markers: list[Marker] = []
        self.autolink = False
        self.sup: tuple[int, list[str]] | None = None
        self.jsx = jsx
        self.attribute_runs: list[HtmlText] = []
        """Visible attribute values (``alt``, ``title``) of inline tags: prose of their own."""
        self.html_link: tuple[int, str] | None = None
        self._len = 0
        # Where the last link text ended: if what looked like a destination was
        # not one ("[foo](not a link)" with a reference definition), text after
        # the link is found again from here.
        self.rewind = -1

    def _emit(self, text: str, src_start: int, src_len: int) -> None:
        if not text:
            return
        self.pieces.append((self._len, src_start, len(text), src_len))
        self.chars.append(text)
        self._len += len(text)

    def find(self, needle: str) -> int:
        i = self.src.find(needle, self.cursor, self.end)
        return i

    def text(self, content: str) -> None:
        if not content:
            return
        i = self.find(content)
        if i == -1 and self.rewind != -1:
            i = self.src.find(content, self.rewind, self.end)
        if i == -1 and "|" in content and self._escaped_pipes(content):
            return
        if i == -1:
            # Not verbatim in the source (tab expansion in a list, say): map
            # the whole run to the cursor rather than guess.
            self._emit(content, self.cursor, 0)
            return
        if self.sup is not None:
            self.sup[1].append(content)
            self.cursor = i + len(content)
            return
        if not self.autolink:
            self._emit(content, i, len(content))
        self.cursor = i + len(content)

    def _escaped_pipes(self, content: str) -> bool:
        """Map a table cell's text whose ``\\|`` markdown-it unescaped to ``|`` before
        parsing the cell: each ``|`` to its two source characters, the rest verbatim.
        False when the text is not in the source that way either."""
        i = self.find(content.replace("|", "\\|"))
        if i == -1:
            return False
        if self.sup is not None:
            self.sup[1].append(content)
        elif not self.autolink:
            at = i
            for n, run in enumerate(content.split("|")):
                if n:
                    self._emit("|", at, 2)
                    at += 2
                self._emit(run, at, len(run))
                at += len(run)
        self.cursor = i + len(content) + content.count("|")
        return True

    def special(self, content: str, markup: str) -> None:
        i = self.find(markup) if markup else -1
        if i == -1:
            self._emit(content, self.cursor, 0)
            return
        if self.sup is not None:
            self.sup[1].append(content)
        elif not self.autolink:
            self._emit(content, i, len(markup))
        self.cursor = i + len(markup)

    def skip(self, markup: str) -> None:
        if not markup:
            return
        i = self.find(markup)
        if i != -1:
            self.cursor = i + len(markup)

    def line_break(self) -> None:
        i = self.find("\n")
        if i == -1:
            self._emit(" ", self.cursor, 0)
            return
        if self.sup is None:
            self._emit(" ", i, 1)
        self.cursor = i + 1

    def skip_destination(self) -> None:
        """After a link's text: skip ``](url "title")``, ``][ref]`` or ``]``."""
        src, end = self.src, self.end
        i = self.find("]")
        if i == -1:
            return
        j = i + 1
        if j < end and src[j] == "(":
            depth, k = 0, j
            while k < end:
                ch = src[k]
                if ch == "\\":
                    k += 2
                    continue
                if ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth == 0:
                        break
                elif ch == "<":
                    close = src.find(">", k, end)
                    if close != -1:
                        k = close
                elif ch in "\"'":
                    close = src.find(ch, k + 1, end)
                    if close != -1:
                        k = close
                k += 1
            self.cursor = min(k + 1, end)
        elif j < end and src[j] == "[":
            close = src.find("]", j, end)
            self.cursor = close + 1 if close != -1 else j
        else:
            self.cursor = j

    def skip_image(self) -> None:
        i = self.find("![")
        if i == -1:
            return
        depth, k = 0, i + 1
        while k < self.end:
            ch = self.src[k]
            if ch == "\\":
                k += 2
                continue
            if ch == "[":
                depth += 1
            elif ch == "]":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        alt = self.src[i + 2 : k]
        if alt.strip() and "\n\n" not in alt:
            # the alt text is read (by screen readers, and where the image fails): prose
            from claimlint.text.html import HtmlText  # imported by the posts that need it

            run = HtmlText("paragraph", chars=list(alt), pieces=[(0, i + 2, len(alt), len(alt))])
            self.attribute_runs.append(run.trimmed())
        self.cursor = k
        self.skip_destination()

    def code(self, markup: str) -> None:
        i = self.find(markup)
        if i == -1:
            return
        j = i + len(markup)
        while True:
            k = self.src.find(markup, j, self.end)
            if k == -1:
                self.cursor = j
                return
            after = k + len(markup)
            if after < self.end and self.src[after] == "`":
                j = after
                while j < self.end and self.src[j] == "`":
                    j += 1
                continue
            self.cursor = after
            return

    def run(self, children: Sequence[Token], comments: list[Comment]) -> str:
        self._len = 0
        link_stack: list[tuple[int, str]] = []
        for tok in children:
            kind = tok.type
            if kind != "text":
                self.rewind = -1 if kind != "link_close" else self.rewind
            if kind == "text":
                self.text(tok.content)
            elif kind == "text_special":
                self.special(tok.content, tok.markup)
            elif kind in ("softbreak", "hardbreak"):
                self.line_break()
            elif (kind.endswith("_open") and kind in _EMPHASIS_OPEN) or (
                kind.endswith("_close") and kind in _EMPHASIS_CLOSE
            ):
                self.skip(tok.markup)
            elif kind == "link_open":
                href = str(tok.attrs.get("href", ""))
                if tok.markup == "autolink":
                    self.skip("<")
                    self.autolink = True
                    link_stack.append((self._len, href))
                    # The URL is not prose, but a reader sees something there:
                    # a placeholder keeps sentences apart and marks the link.
                else:
                    self.skip("[")
                    link_stack.append((self._len, href))
            elif kind == "link_close":
                start, href = link_stack.pop() if link_stack else (self._len, "")
                if tok.markup == "autolink":
                    self.autolink = False
                    self.skip(">")
                else:
                    self.rewind = self.cursor
                    self.skip_destination()
                self.links.append(Link(start, self._len, href))
            elif kind == "image":
                self.skip_image()
            elif kind == "code_inline":
                self.code(tok.markup)
            elif kind == "html_inline":
                self.html(tok.content, comments)
            elif kind == "footnote_ref":
                label = str((tok.meta or {}).get("label", ""))
                needle = f"[^{label}]"
                i = self.find(needle)
                if i != -1:
                    self._emit(needle, i, len(needle))
                    self.cursor = i + len(needle)
        return "".join(self.chars)

    def html(self, content: str, comments: list[Comment]) -> None:
        i = self.find(content)
        if i == -1:
            return
        self.cursor = i + len(content)
        lowered = content.lower()
        if content.startswith("<!--"):
            comments.append(
                Comment(
                    content[4:-3] if content.endswith("-->") else content[4:],
                    Span(i, i + len(content)),
                    False,
                )
            )
        elif lowered.startswith("<sup"):
            self.sup = (i, [])
        elif lowered.startswith("<a ") or lowered.startswith("<a\n"):
            m = _HREF.search(content)
            self.html_link = (self._len, m.group(1) or m.group(2) or "") if m else None
        elif lowered.startswith("</a") and self.html_link is not None:
            start, href = self.html_link
            self.html_link = None
            self.links.append(Link(start, self._len, href))
        if "=" in content and not content.startswith("<!--"):
            from claimlint.text.html import html_texts

            self.attribute_runs.extend(html_texts(self.src, i, i + len(content), jsx=self.jsx))
        elif lowered.startswith("</sup") and self.sup is not None:
            start, parts = self.sup
            self.sup = None
            value = "".join(parts).strip()
            self.markers.append(Marker("superscript", self._len, value, Span(start, self.cursor)))


_EMPHASIS_OPEN = frozenset({"em_open", "strong_open", "s_open"})
#: The most words a paragraph in emphasis may have to read as a tagline.
_TAGLINE_WORDS = 20


def _tagline(children: Sequence[Token], text: str) -> bool:
    """Whether inline ``children`` are one run of emphasis from first to last token (a
    paragraph set wholly in italics or bold), short enough to be a tagline."""
    if len(children) < 3 or children[0].type not in ("em_open", "strong_open"):
        return False
    if len(text.split()) > _TAGLINE_WORDS:
        return False
    depth = 0
    for i, child in enumerate(children):
        if child.type in ("em_open", "strong_open"):
            depth += 1
        elif child.type in ("em_close", "strong_close"):
            depth -= 1
            if depth == 0 and i != len(children) - 1:
                return False
    return depth == 0


_EMPHASIS_CLOSE = frozenset({"em_close", "strong_close", "s_close"})


class _Builder:
    """Walks a token stream and collects blocks and comments."""

    def __init__(self, source: SourceText, front_matter_fields: Sequence[str]) -> None:
        self.source = source
        self.fields = tuple(front_matter_fields)
        self.blocks: list[Block] = []
        self.comments: list[Comment] = []
        self.front_matter: dict[str, Any] = {}
        self.front_matter_codes: list[tuple[str, Span]] = []
        self.front_matter_error: tuple[str, Position] | None = None
        self._container_ids = 0
        self._quote_ids = 0
        self.jsx = source.path.lower().endswith(".mdx")

    # -- markdown -----------------------------------------------------------
    def walk(self, tokens: Sequence[Token], line_offset: int = 0) -> None:
        src = self.source
        stack: list[tuple[str, int, str | None]] = []  # (kind, id, footnote label)
        pending: tuple[str, int] | None = None
        last_map: tuple[int, int] | None = None
        last_cursor = 0
        headers: list[str] = []  # the current table's header cells, by column
        column = -1
        in_header = False  # the cell being read is a header cell
        header: str | None = None  # the header of the body cell being read
        for tok in tokens:
            t = tok.type
            if t == "front_matter":
                if tok.map:
                    self.read_front_matter(tok.map[0] + line_offset, tok.map[1] + line_offset)
            elif t == "heading_open":
                pending = ("heading", int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1)
            elif t == "paragraph_open":
                pending = ("paragraph", 0)
            elif t in ("th_open", "td_open"):
                pending = ("table-cell", 0)
                column += 1
                in_header = t == "th_open"
                header = None if in_header or column >= len(headers) else headers[column]
            elif t == "tr_open":
                column = -1
            elif t == "table_open":
                headers = []
            elif t == "blockquote_open":
                self._quote_ids += 1
                stack.append(("blockquote", self._quote_ids, None))
            elif t == "list_item_open":
                self._container_ids += 1
                stack.append(("list-item", self._container_ids, None))
            elif t == "footnote_reference_open":
                self._container_ids += 1
                stack.append(("footnote", self._container_ids, str(tok.meta.get("label", ""))))
            elif t in ("blockquote_close", "list_item_close", "footnote_reference_close"):
                if stack:
                    stack.pop()
            elif t == "html_block":
                if tok.map:
                    container = next((c for k, c, _ in reversed(stack) if k != "blockquote"), -1)
                    in_quote = any(k == "blockquote" for k, _, _ in stack)
                    self.read_html_block(
                        tok.map[0] + line_offset, tok.map[1] + line_offset, container, in_quote
                    )
            elif t == "inline" and pending is not None and tok.map:
                first = tok.map[0] + line_offset
                last = tok.map[1] + line_offset
                key = (first, last)
                start = src.line_starts[first] if first < len(src.line_starts) else len(src.text)
                if pending[0] == "table-cell" and key == last_map:
                    start = last_cursor
                end = src.line_end(max(first, last - 1))
                anchor = _Anchorer(src.text, start, end, self.jsx)
                text = anchor.run(tok.children or [], self.comments)
                last_map, last_cursor = key, anchor.cursor
                kind, level = pending
                pending = None
                if kind == "table-cell" and in_header:
                    headers[column:] = [*[""] * (column - len(headers)), text]
                container, footnote, in_quote, quote = -1, None, False, -1
                for ckind, cid, label in stack:
                    if ckind == "blockquote":
                        if not in_quote:
                            quote = cid
                        in_quote = True
                    else:
                        container = cid
                    if ckind == "footnote":
                        footnote = label
                if kind == "paragraph" and stack:
                    kind = {
                        "blockquote": "blockquote",
                        "list-item": "list-item",
                        "footnote": "footnote",
                    }[stack[-1][0]]
                self.add(
                    Block(
                        kind,
                        text,
                        anchor.pieces,
                        src,
                        level=level,
                        container=container,
                        in_blockquote=in_quote,
                        quote=quote,
                        footnote=footnote,
                        links=anchor.links,
                        markers=anchor.markers,
                        column_header=header if kind == "table-cell" else None,
                        tagline=kind == "paragraph" and _tagline(tok.children or [], text),
                    )
                )
                header = None
                for run in anchor.attribute_runs:
                    self.add_html(run, container, in_quote)

    def add(self, block: Block) -> None:
        if not block.text.strip():
            return
        block.index = len(self.blocks)
        self.blocks.append(block)

    def add_html(self, run: HtmlText, container: int, in_quote: bool) -> None:
        """A run of visible text from raw HTML as a block of prose."""
        self.add(
            Block(
                run.kind,
                run.text,
                run.pieces,
                self.source,
                level=run.level,
                container=container,
                in_blockquote=in_quote or run.in_blockquote,
                links=[Link(link.start, link.end, link.href) for link in run.links],
                markers=[
                    Marker("superscript", sup.at, sup.value, Span(sup.start, sup.end))
                    for sup in run.sups
                ],
            )
        )

    def read_html_block(
        self, first: int, last: int, container: int = -1, in_quote: bool = False
    ) -> None:
        from claimlint.text.html import html_texts

        src = self.source
        start = src.line_starts[first]
        end = src.line_end(last - 1)
        for run in html_texts(src.text, start, end, jsx=self.jsx):
            self.add_html(run, container, in_quote)
        chunk = src.text[start:end]
        for m in _DIRECTIVE_COMMENT.finditer(chunk):
            a, b = start + m.start(), start + m.end()
            line_a, line_b = src.line_of(a), src.line_of(max(a, b - 1))
            own = (
                not src.text[src.line_starts[line_a] : a].strip()
                and not src.text[b : src.line_end(line_b)].strip()
            )
            self.comments.append(Comment(m.group(1), Span(a, b), own))

    def read_front_matter(self, first: int, last: int) -> None:
        from claimlint.text.frontmatter import read_front_matter

        src = self.source
        if last - first < 2:
            return
        body_start = src.line_starts[first + 1]
        body_end = src.line_starts[last - 1] if last - 1 < len(src.line_starts) else len(src.text)
        result = read_front_matter(src.text[body_start:body_end], self.fields)
        self.front_matter = result.data
        self.front_matter_codes = [
            (code, Span(body_start + a, body_start + max(a, b))) for code, a, b in result.disable
        ]
        if result.error is not None:
            message, line, column = result.error
            self.front_matter_error = (message, Position(first + 2 + line, column + 1))
        for name, value, pieces in result.fields:
            shifted = [(t, s + body_start, tl, sl) for t, s, tl, sl in pieces]
            self.add(Block("front-matter", value, shifted, src, field_name=name))

    # -- plain text ---------------------------------------------------------
    def walk_plain_text(self) -> None:
        """Scraped pages: every non-blank line is its own paragraph."""
        md = markdown_parser()
        src = self.source
        for index in range(src.line_count):
            line = src.line_text(index)
            if not line.strip():
                continue
            # Scraped text has no code blocks: indentation is layout, not Markdown.
            tokens = md.parse(line.lstrip(" \t"))
            before = len(self.blocks)
            self.walk(tokens, line_offset=index)
            for block in self.blocks[before:]:
                if block.kind == "paragraph" and _looks_like_heading(block.text):
                    block.kind = "heading"
                    block.level = 2


def _looks_like_heading(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 14 and not _terminal().search(text.strip()) and text[:1].isupper()


def _assign_sections(doc_blocks: list[Block]) -> None:
    """Give every block the index of the heading it sits under."""
    section = -1
    for block in doc_blocks:
        if block.kind == "front-matter":
            continue
        if block.kind == "heading":
            section = block.index
        block.section = section


#: Words that go on with the sentence after a dash rather than name who said it: the
#: function words, pronouns and adverbs a clause or an afterthought opens with ("— even
#: after years of numbness", "— it's that simple", "— and it lasts"). A name, a person
#: ("— parent, 2024") or a description of one ("— A Maple Street client") is none of them.
_GOES_ON = (
    r"(?:after|again|all|also|always|and|any|as|at|because|before|but|by|during|either|"
    r"even|ever|every|for|forever|from|he|her|here|his|how|if|in|into|is|it|its|it's|"
    r"just|like|more|most|much|never|no|nor|not|now|often|on|only|or|over|plus|she|"
    r"simply|since|so|still|such|than|that|the\s+(?:way|result|difference)|then|there|"
    r"these|they|this|those|though|through|to|too|until|very|was|we|what|when|where|which|"
    r"while|who|why|with|within|without|yet|you|your)\b"
)
#: Words attributed at the end of a quote: a dash, then who said them ("— Dana, 41", "--
#: parent, 2024", "― A Maple Street client"), not more of the sentence.
_ATTRIBUTION_END = LazyPattern(
    rf"(?:^|\s)(?:[—–―]|--)\s*(?!{_GOES_ON})[^\s—–―][^—–―\n]{{0,80}}$", re.IGNORECASE
)
#: A paragraph right after a quote that says whose it is.
_ATTRIBUTION_LINE = LazyPattern(rf"^\s*(?:[—–―]|--)\s*(?!{_GOES_ON})\S", re.IGNORECASE)


def _mark_own_quotes(blocks: list[Block]) -> None:
    """Mark the blocks of each ``>`` quote that attributes its words to nobody: no
    attribution line inside it or right after it. A quote attributed to someone reports
    their words (the GUIDE's exemption); one attributed to nobody is the page speaking,
    in quotation marks or not: the marks say the words are quoted, not whose they are,
    and an unnamed client's outcome on a clinic's page is the clinic's claim."""
    groups: dict[int, list[Block]] = {}
    for block in blocks:
        if block.quote >= 0:
            groups.setdefault(block.quote, []).append(block)
    for members in groups.values():
        if any(_ATTRIBUTION_END().search(b.text) for b in members):
            continue
        after = members[-1].index + 1
        if after < len(blocks) and not blocks[after].in_blockquote:
            follower = blocks[after].text
            if len(follower.split()) <= 12 and _ATTRIBUTION_LINE().match(follower):
                continue
        for block in members:
            block.own_quote = True


def parse(
    source: SourceText,
    *,
    plain_text: bool | None = None,
    front_matter_fields: Sequence[str] = DEFAULT_FRONT_MATTER_FIELDS,
) -> Document:
    """Parse ``source`` into a :class:`Document`.

    ``plain_text`` defaults to ``True`` for paths ending in ``.txt``.
    """
    if plain_text is None:
        plain_text = source.path.lower().endswith(".txt")
    builder = _Builder(source, front_matter_fields)
    if plain_text:
        builder.walk_plain_text()
    else:
        builder.walk(markdown_parser().parse(source.text))
    blocks = builder.blocks
    _assign_sections(blocks)
    _mark_own_quotes(blocks)
    comments = sorted(builder.comments, key=lambda c: c.span.start)
    return Document(
        source,
        blocks,
        comments,
        [],
        builder.front_matter,
        builder.front_matter_error,
        plain_text,
        builder.front_matter_codes,
    )


def parse_text(text: str, path: str = "post.md", **kwargs: Any) -> Document:
    """Parse a string (convenience for tests and the API)."""
    return parse(SourceText.from_string(text, path), **kwargs)
