"""The value types every layer shares: spans, severities, findings and fixes.

This module imports nothing from the package, so any layer may use it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Read ``"error"``, ``"warning"`` or ``"info"`` (any case)."""
        return cls[text.strip().upper()]

    def __str__(self) -> str:
        return self.name.lower()


class Applicability(enum.Enum):
    """Whether a fix may be applied without a human reading it."""

    SAFE = "safe"
    """Mechanical, meaning-preserving (for example a citation year copied from the source list)."""
    UNSAFE = "unsafe"
    """Changes wording; rewording a health claim changes its meaning."""


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of character offsets into a normalised source text."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and column; columns count Unicode code points."""

    line: int
    """1-based line number."""
    column: int
    """1-based column, in characters (code points)."""


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the source characters in ``span`` with ``replacement``."""

    span: Span
    """Characters to replace (offsets into the normalised text)."""
    replacement: str
    """New text."""


@dataclass(frozen=True, slots=True)
class Fix:
    """A set of non-overlapping edits and whether they are safe to apply."""

    edits: tuple[Edit, ...]
    """The edits, in source order."""
    applicability: Applicability
    """Safe fixes are applied by ``--fix``; unsafe ones only with ``--unsafe-fixes``."""
    description: str = ""
    """What the fix does, for humans."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place in one file."""

    path: str
    """The file as the user named it (or as found by walking a folder)."""
    start: Position
    """Where the finding begins."""
    end: Position
    """Where it ends (exclusive column)."""
    rule: str
    """Rule id, e.g. ``CL101``."""
    name: str
    """Rule name, e.g. ``unhedged-cure``."""
    category: str
    """Category (see the corpus guide), e.g. ``unhedged-claim``."""
    severity: Severity
    """Severity after configuration overrides."""
    message: str
    """What is wrong, in one sentence."""
    suggestion: str | None = None
    """A better wording or action, never applied automatically unless it is also a fix."""
    fix: Fix | None = None
    """Text edits that resolve the finding, if any."""
    excerpt: str = ""
    """The source line(s) the finding starts on, for ``--show-source``."""
    span: Span | None = field(default=None, compare=False)
    """Character offsets of the finding in the normalised text, when known."""
    context: str = field(default="", compare=False)
    """The sentence or block text the finding is about (used for baseline fingerprints)."""

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """File, line, column, rule id, message: the order reports use."""
        return (self.path, self.start.line, self.start.column, self.rule, self.message)
