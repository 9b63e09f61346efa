"""What formatters know besides the findings: the files, the rules, the repository, the sources.

Findings carry 1-based lines and columns in characters (code points). Some
formats want other units: SARIF counts UTF-16 code units, reviewdog UTF-8
bytes. Converting needs the text of the lines involved, so for those formats
the command line reads the files with findings again and hands their bytes to
the formatter (:class:`Sources`); the formatters themselves do no I/O.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from claimlint import DISTRIBUTION
from claimlint.core.model import Finding, Position, Severity
from claimlint.text.source import SourceError, SourceText, writable

if TYPE_CHECKING:
    from claimlint.engine.linter import ActiveRule

#: Where people learn about claimlint (SARIF ``informationUri``, rdjson ``source.url``): the
#: distribution's page on the package index, which links to the repository.
INFORMATION_URI = f"https://pypi.org/project/{DISTRIBUTION}/"


def find_repository_root(start: Path) -> Path:
    """The nearest folder from ``start`` upward holding ``.git`` (a folder, or a file in
    worktrees and submodules); ``start`` itself when there is none."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def json_text(value: object, **options: Any) -> str:
    """``value`` as JSON text that any UTF-8 stream can take: non-ASCII written as itself,
    a lone surrogate as U+FFFD."""
    import json  # only the JSON formats need it

    return writable(json.dumps(value, ensure_ascii=False, **options))


def full_message(f: Finding) -> str:
    """The message, and the suggestion on a line of its own when there is one."""
    return f"{f.message}\nSuggestion: {f.suggestion}" if f.suggestion else f.message


class Sources:
    """File contents by report path, decoded on first use; positions in other units."""

    def __init__(self, data: Mapping[str, bytes] | None = None) -> None:
        self._data = dict(data or {})
        self._texts: dict[str, SourceText | None] = {}

    def raw(self, path: str) -> bytes | None:
        """The file's bytes as read, if known."""
        return self._data.get(path)

    def text(self, path: str) -> SourceText | None:
        """The decoded, newline-normalised text (None: unknown or undecodable)."""
        if path not in self._texts:
            data = self._data.get(path)
            try:
                self._texts[path] = None if data is None else SourceText.from_bytes(data, path)
            except SourceError:
                self._texts[path] = None
        return self._texts[path]

    def line(self, path: str, line: int) -> str | None:
        """The text of 1-based ``line`` without its newline (None: unknown)."""
        src = self.text(path)
        if src is None or not 1 <= line <= len(src.line_starts):
            return None
        return src.line_text(line - 1)

    def utf16(self, path: str, pos: Position) -> Position:
        """``pos`` with the column counted in UTF-16 code units."""
        return Position(pos.line, _convert(self.line(path, pos.line), pos.column, _utf16_len))

    def utf8(self, path: str, pos: Position) -> Position:
        """``pos`` with the column counted in UTF-8 bytes."""
        return Position(pos.line, _convert(self.line(path, pos.line), pos.column, _utf8_len))

    def position(self, path: str, offset: int) -> Position | None:
        """1-based line and character column of a character offset (None: text unknown)."""
        src = self.text(path)
        return None if src is None else src.position(offset)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", errors="surrogatepass")) // 2


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", errors="surrogatepass"))


def _convert(line: str | None, column: int, length: Callable[[str], int]) -> int:
    """A 1-based character column as 1-based units of ``length``; unchanged when the line
    is unknown. Columns past the line's end (the newline) count one unit each."""
    if line is None or column <= 1:
        return column
    head = line[: column - 1]
    return 1 + length(head) + (column - 1 - len(head))


@dataclass(frozen=True, slots=True)
class GitHubRun:
    """The GitHub Actions run a report is for (from ``GITHUB_*`` variables)."""

    server_url: str = ""
    """``GITHUB_SERVER_URL``, e.g. ``https://github.com``."""
    repository: str = ""
    """``GITHUB_REPOSITORY``, ``owner/name``."""
    sha: str = ""
    """``GITHUB_SHA``: the commit the files come from."""
    step_summary: bool = False
    """Whether the Markdown summary is written too (``GITHUB_STEP_SUMMARY`` is set)."""

    @classmethod
    def from_environment(cls, env: Mapping[str, str]) -> GitHubRun:
        """Read the variables the runner sets."""
        return cls(
            server_url=env.get("GITHUB_SERVER_URL", "").rstrip("/"),
            repository=env.get("GITHUB_REPOSITORY", ""),
            sha=env.get("GITHUB_SHA", ""),
            step_summary=bool(env.get("GITHUB_STEP_SUMMARY")),
        )

    def line_url(self, path: str, line: int, end_line: int) -> str | None:
        """A link to the lines at the run's commit (None without server, repository and sha)."""
        if not (self.server_url and self.repository and self.sha):
            return None
        anchor = f"L{line}" if end_line <= line else f"L{line}-L{end_line}"
        return f"{self.server_url}/{self.repository}/blob/{self.sha}/{quote(path)}#{anchor}"


#: (path, sentence hash, occurrence) of each of one file's findings, given in report order.
BaselineKeys = Callable[[Sequence[Finding]], list[tuple[str, str, int]]]


@dataclass(frozen=True, slots=True)
class BaselineExport:
    """What a report needs to write baseline entries itself (the html report's download).
    The command line hands down ``run/baseline.py``'s, which output/ sits below."""

    version: int
    """The baseline format's version."""
    header: str
    """The comment lines a new baseline file starts with."""
    keys: BaselineKeys
    """The entry keys of one file's findings, paths relative to the repository root."""


@dataclass(frozen=True, slots=True)
class ReportContext:
    """Everything a formatter may use besides the findings."""

    files: Sequence[str] = ()
    """Every file checked, as reported (``Finding.path``), in the order they were read."""
    rules: Sequence[ActiveRule] = ()
    """The enabled rules with their configured severities, by id."""
    fail_on: Severity = Severity.WARNING
    """The lowest severity that fails the run."""
    cwd: Path = field(default_factory=Path.cwd)
    """The folder relative paths in findings are relative to."""
    root: Path | None = None
    """The repository root CI formats report paths from (None: :attr:`cwd`)."""
    sources: Sources = field(default_factory=Sources)
    """Contents of the files with findings, for column conversions and fingerprints."""
    github: GitHubRun = field(default_factory=GitHubRun)
    """The GitHub Actions run, for links in the step summary."""
    config_file: str = ""
    """The configuration file the run read ("": the defaults)."""
    generated: str = ""
    """When the report was made (ISO 8601), for the reports that say so."""
    baseline: BaselineExport | None = None
    """How to write baseline entries (None: the report offers no baseline)."""

    def repo_path(self, path: str) -> str:
        """``path`` relative to the repository root, with ``/``; as given when outside it."""
        root = self.root if self.root is not None else self.cwd
        absolute = os.path.normpath(self.cwd / path)
        try:
            return Path(absolute).relative_to(root).as_posix()
        except ValueError:
            return Path(path).as_posix()
