"""The text a reader sees inside raw HTML (and MDX's JSX), with exact source offsets.

Site generators mix HTML into Markdown: callout ``<div>``s, ``<details>`` /
``<summary>`` FAQs, ``<figure>`` / ``<figcaption>``, ``<p>`` blocks and
``<span>``s, and image ``alt`` and ``title`` texts. Python's
:mod:`html.parser` reads them (a real tokenizer, not regular expressions) and
gives each event's position; this module turns the visible text into runs of
prose, one per block-level element, each character mapped back to the source.
Comments, ``<script>``, ``<style>``, ``<code>``, ``<pre>``, ``<template>`` and
``<svg>`` are not prose. In MDX, ``{expressions}`` in text are not prose either,
and of a component's props only those a reader sees (``title``, ``description``,
``alt``, ``caption``, ``label``) are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

#: Elements whose content is never prose.
_HIDDEN = frozenset({"script", "style", "code", "pre", "template", "svg", "math", "noscript"})
#: Elements that start a new run of prose (what is inside them reads as its own block).
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "section",
        "summary", "table", "td", "th", "tr", "ul", "br",
    }
)  # fmt: skip
_KIND = {"li": "list-item", "td": "table-cell", "th": "table-cell", "blockquote": "blockquote"}
_HEADING = re.compile(r"h([1-6])")
#: Attributes whose value a reader sees: HTML's, and in MDX the usual component props.
HTML_ATTRIBUTES = frozenset({"alt", "title"})
JSX_PROPS = frozenset({"alt", "title", "caption", "description", "label"})
#: Where a visible attribute's value stands in its tag's source, by attribute name.
_ATTRIBUTE = {
    name: re.compile(rf"\b{name}\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+))", re.IGNORECASE)
    for name in HTML_ATTRIBUTES | JSX_PROPS
}
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_EXPRESSION = re.compile(r"\{[^{}]*\}")


@dataclass(slots=True)
class HtmlLink:
    """A link (``<a href>``) in a run's text."""

    start: int
    end: int
    href: str


@dataclass(slots=True)
class HtmlSup:
    """A ``<sup>`` in a run's text: where it stands, its text and its source span."""

    at: int
    value: str
    start: int
    end: int


@dataclass(slots=True)
class HtmlText:
    """One run of visible text: a block-level element's own text, or an attribute value."""

    kind: str
    """paragraph, heading, list-item, table-cell or blockquote."""
    level: int = 0
    """The heading level for ``<h1>``-``<h6>``."""
    in_blockquote: bool = False
    """Inside a ``<blockquote>``."""
    pieces: list[tuple[int, int, int, int]] = field(default_factory=list)
    """(text offset, source offset, text length, source length), as Block.pieces."""
    chars: list[str] = field(default_factory=list)
    links: list[HtmlLink] = field(default_factory=list)
    sups: list[HtmlSup] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.chars)

    @property
    def length(self) -> int:
        return sum(len(c) for c in self.chars)

    def trimmed(self) -> HtmlText:
        """The run without the white space at its ends (pieces, links and superscripts
        shifted to match)."""
        text = self.text
        lead = len(text) - len(text.lstrip())
        keep = len(text.rstrip()) - lead
        if lead == 0 and keep == len(text):
            return self
        out = HtmlText(self.kind, self.level, self.in_blockquote)
        for t0, s0, tl, sl in self.pieces:
            a, b = max(t0, lead), min(t0 + tl, lead + keep)
            if a >= b:
                continue
            if tl == sl:
                out.add(text[a:b], s0 + (a - t0), b - a)
            else:  # an entity: whole or nothing
                out.add(text[t0 : t0 + tl], s0, sl)
        out.links = [
            HtmlLink(max(0, k.start - lead), min(keep, k.end - lead), k.href) for k in self.links
        ]
        out.sups = [
            HtmlSup(min(max(0, u.at - lead), keep), u.value, u.start, u.end) for u in self.sups
        ]
        return out

    def add(self, text: str, source: int, source_length: int) -> None:
        """Append ``text`` that stands at ``source`` (``source_length`` characters there)."""
        if not text:
            return
        at = self.length
        self.pieces.append((at, source, len(text), source_length))
        self.chars.append(text)


class _Reader(HTMLParser):
    def __init__(self, chunk: str, base: int, jsx: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.chunk = chunk
        self.base = base
        self.jsx = jsx
        self.props = JSX_PROPS if jsx else HTML_ATTRIBUTES
        starts = [0]
        for m in re.finditer("\n", chunk):
            starts.append(m.end())
        self.line_starts = starts
        self.done: list[HtmlText] = []
        self.stack: list[str] = []
        self.hidden = 0
        self.current: HtmlText | None = None
        self.open_links: list[tuple[int, str]] = []
        self.open_sup: tuple[int, int, list[str]] | None = None
        #: Set when the parser, closing, hands back a tag it could not read ("<div" with
        #: no ">") as text: that text is not prose.
        self.broken = False
        self.closing = False

    # -- positions ------------------------------------------------------------
    def at(self) -> int:
        """Offset in the chunk of the event being handled."""
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    # -- runs -----------------------------------------------------------------
    def _context(self) -> tuple[str, int, bool]:
        quoted = "blockquote" in self.stack
        for tag in reversed(self.stack):
            m = _HEADING.fullmatch(tag)
            if m:
                return "heading", int(m.group(1)), quoted
            if tag in _KIND:
                return _KIND[tag], 0, quoted
        return ("blockquote" if quoted else "paragraph"), 0, quoted

    def _flush(self) -> None:
        run = self.current
        self.current = None
        self.open_links = []
        self.open_sup = None
        if run is not None and run.text.strip():
            self.done.append(run.trimmed())

    def _run(self) -> HtmlText:
        if self.current is None:
            kind, level, quoted = self._context()
            self.current = HtmlText(kind, level, quoted)
        return self.current

    # -- events ---------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, attrs, closed=True)

    def _tag(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        start = self.at()
        raw = self.get_starttag_text() or ""
        if tag in _BLOCK:
            self._flush()
        if not self.hidden:
            self._attributes(tag, attrs, start, raw)
        if closed or tag in ("br", "hr", "img", "input", "meta", "link", "source", "wbr"):
            return
        self.stack.append(tag)
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.open_links.append((self._run().length, href))
        elif tag == "sup" and not self.hidden:
            self.open_sup = (self._run().length, start, [])

    def _attributes(
        self, tag: str, attrs: list[tuple[str, str | None]], start: int, raw: str
    ) -> None:
        """Each visible attribute value is a run of its own, at its place in the tag."""
        cursor = 0
        for name, value in attrs:
            if name not in self.props or not value or value.startswith("{"):
                continue
            m = _ATTRIBUTE[name].search(raw, cursor)
            if m is None:
                continue
            group = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
            cursor = m.end()
            run = HtmlText("paragraph")
            self._text(run, m.group(group), start + m.start(group))
            if run.text.strip():
                self.done.append(run.trimmed())

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if top in _HIDDEN:
                self.hidden -= 1
            elif top == "a" and self.open_links and self.current is not None:
                begin, href = self.open_links.pop()
                self.current.links.append(HtmlLink(begin, self.current.length, href))
            elif top == "sup" and self.open_sup is not None and self.current is not None:
                at, begin, parts = self.open_sup
                self.open_sup = None
                end = self.at() + len("</sup>")
                value = "".join(parts).strip()
                self.current.sups.append(HtmlSup(at, value, self.base + begin, self.base + end))
            if top == tag:
                break
        if tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.closing and data.startswith("<"):
            self.broken = True
        if self.hidden or self.broken:
            return
        start = self.at()
        if self.open_sup is not None:
            self.open_sup[2].append(data)
            return
        self._text(self._run(), data, start)

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def _reference(self) -> None:
        if self.hidden:
            return
        start = self.at()
        m = _ENTITY.match(self.chunk, start)
        raw = m.group(0) if m else "&"
        if self.open_sup is not None:
            self.open_sup[2].append(unescape(raw))
            return
        self._run().add(unescape(raw), self.base + start, len(raw))

    def _text(self, run: HtmlText, data: str, start: int) -> None:
        """Add raw text ``data`` found at chunk offset ``start`` (entities decoded, line
        breaks read as spaces, MDX expressions left out)."""
        pos = 0
        for m in [*(_EXPRESSION.finditer(data) if self.jsx else ()), None]:
            stop = m.start() if m is not None else len(data)
            self._plain(run, data[pos:stop], start + pos)
            if m is not None:
                pos = m.end()
        return

    def _plain(self, run: HtmlText, data: str, start: int) -> None:
        pos = 0
        for m in [*_ENTITY.finditer(data), None]:
            stop = m.start() if m is not None else len(data)
            # A line break reads as a space, a piece of its own (as in Markdown prose).
            at = start + pos
            for k, line in enumerate(data[pos:stop].split("\n")):
                if k:
                    run.add(" ", self.base + at, 1)
                    at += 1
                run.add(line.replace("\t", " "), self.base + at, len(line))
                at += len(line)
            if m is not None:
                run.add(unescape(m.group(0)), self.base + start + m.start(), len(m.group(0)))
                pos = m.end()


def html_texts(text: str, start: int, end: int, *, jsx: bool = False) -> list[HtmlText]:
    """The runs of visible text in ``text[start:end]`` (a raw HTML block), in order."""
    chunk = text[start:end]
    reader = _Reader(chunk, start, jsx)
    try:
        reader.feed(chunk)
        reader.closing = True
        reader.close()
    except AssertionError:
        # html.parser asserts on a malformed marked section ("<![x"): what was read
        # before it is kept, the rest of this block is not prose.
        pass
    reader._flush()
    return sorted(reader.done, key=lambda r: r.pieces[0][1] if r.pieces else 0)
