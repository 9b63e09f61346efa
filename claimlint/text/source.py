"""Source text: decoding, newline normalisation and offset <-> line/column mapping.

Every later layer works on the *normalised* text (``\\r\\n`` and lone ``\\r``
become ``\\n``; a byte-order mark is dropped). Line breaks stay one character
each, so line numbers and character columns computed here are the ones an
editor shows for the original file.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from claimlint.core.model import Position, Span


class SourceError(Exception):
    """A file that cannot be read as text (binary, undecodable)."""

    def __init__(self, message: str, position: Position | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


#: How much of a file is read to tell a binary file (git reads as much).
SNIFF_BYTES = 8000


def is_binary(head: bytes) -> bool:
    """Whether a file starting with ``head`` is binary: a NUL byte in its first
    :data:`SNIFF_BYTES` bytes, as git decides (UTF-16 text, which has NULs, starts
    with its byte-order mark)."""
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return False
    return b"\x00" in head[:SNIFF_BYTES]


def decode(data: bytes) -> tuple[str, str]:
    """Decode file bytes; return ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted. Anything
    else, or a NUL byte in UTF-8 text, raises :class:`SourceError` naming the
    first bad byte's line and column.
    """
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise SourceError(f"invalid UTF-16 text: {exc.reason}") from None
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        encoding = "utf-8-sig"
    nul = data.find(b"\x00")
    if nul != -1:
        raise SourceError(
            "binary file (contains a NUL byte); not linted", _byte_position(data, nul)
        )
    try:
        return data.decode("utf-8"), encoding
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"invalid UTF-8 (byte 0x{data[exc.start]:02x}); not linted",
            _byte_position(data, exc.start),
        ) from None


def _byte_position(data: bytes, index: int) -> Position:
    # Line breaks as normalise_newlines sees them (CRLF, lone CR, LF), so the
    # position agrees with the one every other finding uses.
    head = data[:index].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    line = head.count(b"\n") + 1
    line_start = head.rfind(b"\n") + 1
    column = len(head[line_start:].decode("utf-8", errors="replace")) + 1
    return Position(line, column)


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(slots=True)
class SourceText:
    """A file's normalised text with a line index."""

    text: str
    """The text with newlines normalised."""
    path: str = "<stdin>"
    """The name findings carry."""
    encoding: str = "utf-8"
    """How the bytes were decoded."""
    line_starts: list[int] = field(default_factory=list)
    """Offset of the first character of every line."""
    _last_line: tuple[int, str] = field(default=(-1, ""), repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.line_starts:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self.line_starts = starts

    @classmethod
    def from_bytes(cls, data: bytes, path: str) -> SourceText:
        """Decode and normalise file bytes (raises :class:`SourceError`)."""
        text, encoding = decode(data)
        return cls(normalise_newlines(text), path, encoding)

    @classmethod
    def from_string(cls, text: str, path: str = "<string>") -> SourceText:
        """Wrap text that is already decoded."""
        return cls(normalise_newlines(text), path)

    @property
    def line_count(self) -> int:
        """Number of lines (a final newline does not start a new one)."""
        n = len(self.line_starts)
        if n > 1 and self.line_starts[-1] == len(self.text):
            return n - 1
        return n

    def line_of(self, offset: int) -> int:
        """0-based line index holding ``offset``."""
        return bisect_right(self.line_starts, offset) - 1

    def position(self, offset: int) -> Position:
        """1-based line and column of ``offset`` (clamped into the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.line_starts, offset) - 1
        return Position(line + 1, offset - self.line_starts[line] + 1)

    def offset(self, line: int, column: int) -> int:
        """Offset of a 1-based line and column (clamped to the line)."""
        line = max(1, min(line, len(self.line_starts)))
        start = self.line_starts[line - 1]
        end = self.line_end(line - 1)
        return min(start + max(column, 1) - 1, end)

    def line_end(self, index: int) -> int:
        """Offset of the newline ending 0-based line ``index`` (or the text's end)."""
        if index + 1 < len(self.line_starts):
            return self.line_starts[index + 1] - 1
        return len(self.text)

    def line_text(self, index: int) -> str:
        """The text of 0-based line ``index`` without its newline. The last line asked for
        is kept, so the many findings of one long line share one string, not a copy each."""
        if self._last_line[0] != index:
            self._last_line = (index, self.text[self.line_starts[index] : self.line_end(index)])
        return self._last_line[1]

    def span_positions(self, span: Span) -> tuple[Position, Position]:
        """Start and exclusive end positions of ``span``."""
        return self.position(span.start), self.position(span.end)


#: A lone surrogate, which no UTF-8 terminal or file can take.
_SURROGATE = re.compile("[\ud800-\udfff]")


def writable(text: str) -> str:
    """``text`` with each lone surrogate (a badly decoded file name or text) as U+FFFD, so
    that any UTF-8 stream can take it; every report format writes its text through this."""
    return _SURROGATE.sub("\ufffd", text)
