"""``--since REF``: the lines of each file that changed since a git revision.

For every repository holding a checked file, git is asked once for
``git diff -U0 REF`` (the working tree, staged or not, against ``REF``) and
once for the tracked files. A line counts as changed when the diff adds it;
a file git does not track counts as changed throughout. Deleted lines change
nothing that remains, so they select no finding by themselves.

Document-level findings, about something a whole post lacks (a
``scope: document`` rule of a ``missing-...`` category: a disclosure, risk
information, a crisis line), point at the first mention that needs it, but any
edit can cause or cure them (deleting the disclosure, say): they are kept for
every file the diff touches at all, deletions included, as are findings with
no place in the file. Every other finding, a sentence's missing citation
included, is kept only when one of its own lines was added.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimlint.core.model import Finding
from claimlint.run.config import ConfigError

_HUNK = re.compile(r"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}
#: How git is asked: no colour, no external diff drivers or text conversion, fixed
#: prefixes and unquoted UTF-8 names whatever the user's configuration says.
_DIFF = (
    "-c",
    "core.quotePath=false",
    "diff",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--find-renames",
    "--unified=0",
    "--src-prefix=a/",
    "--dst-prefix=b/",
)


class ChangesError(ConfigError):
    """``--since`` cannot work out what changed (no git, not a repository, unknown revision)."""


def _git(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError:
        raise ChangesError("--since needs git, and git was not found") from None
    except OSError as exc:
        raise ChangesError(f"--since: cannot run git: {exc.strerror or exc}") from None


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogateescape")


def unquote(name: str) -> str:
    """A path as git prints it, C-quoted (``"a\\tb"``) or not."""
    if not (len(name) >= 2 and name.startswith('"') and name.endswith('"')):
        return name
    out = bytearray()
    body = name[1:-1]
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\" or i + 1 == len(body):
            out += ch.encode("utf-8", errors="surrogateescape")
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in "01234567":
            digits = re.match(r"[0-7]{1,3}", body[i + 1 :])
            assert digits is not None
            out.append(int(digits.group(), 8) & 0xFF)
            i += 1 + len(digits.group())
        else:
            out.append(_ESCAPES.get(nxt, ord(nxt) if nxt.isascii() else 63))
            i += 2
    return bytes(out).decode("utf-8", errors="surrogateescape")


def parse_diff(text: str) -> dict[str, set[int]]:
    """Added line numbers by new path (relative to the repository, without ``b/``) from
    ``git diff --unified=0`` output. Deleted files are left out; files whose changes add no
    line (pure deletions, binary files) map to an empty set."""
    added: dict[str, set[int]] = {}
    current: set[int] | None = None
    old_left = new_left = 0
    for line in text.split("\n"):
        if old_left > 0 or new_left > 0:  # inside a hunk: only + - and "\ No newline" lines
            if line.startswith("+"):
                new_left -= 1
            elif line.startswith("-"):
                old_left -= 1
            continue
        if line.startswith("+++ "):
            name = line[4:]
            if name.endswith("\t"):  # git ends names with spaces in them with a tab
                name = name[:-1]
            if name == "/dev/null":
                current = None
                continue
            name = unquote(name)
            if name.startswith("b/"):
                name = name[2:]
            current = added.setdefault(name, set())
        elif line.startswith("@@ "):
            m = _HUNK.match(line)
            if m is None:
                continue
            old_left = int(m.group(1)) if m.group(1) is not None else 1
            start = int(m.group(2))
            new_left = int(m.group(3)) if m.group(3) is not None else 1
            if current is not None:
                current.update(range(start, start + new_left))
    return added


@dataclass(slots=True)
class ChangedLines:
    """Changed lines of the checked files, by reported path (None: the whole file is new)."""

    ref: str
    """The revision compared with."""
    files: dict[str, frozenset[int] | None] = field(default_factory=dict)
    """Added lines per file."""
    touched: set[str] = field(default_factory=set)
    """Files the diff changes at all (lines added or deleted)."""
    document_rules: frozenset[str] = frozenset()
    """Rules whose findings are about the whole post (see the module documentation)."""

    def selects(self, f: Finding) -> bool:
        """Whether ``f`` lies on a changed line (see the module documentation)."""
        if f.path not in self.files:
            return True
        lines = self.files[f.path]
        if lines is None:
            return True
        whole_file = f.span is not None and f.span.start == f.span.end == 0 and not f.context
        if whole_file or f.rule in self.document_rules:
            return f.path in self.touched
        last = f.end.line if f.end.line > f.start.line else f.start.line
        return any(n in lines for n in range(f.start.line, last + 1))


@dataclass(slots=True)
class _Repository:
    top: Path
    added: dict[str, set[int]]
    tracked: set[str]


def _toplevel(folder: Path, display: str) -> Path:
    proc = _git(["rev-parse", "--show-toplevel"], folder)
    if proc.returncode != 0:
        raise ChangesError(f"--since: {display} is not in a git repository")
    return Path(_text(proc.stdout).rstrip("\n"))


def _repository(top: Path, ref: str) -> _Repository:
    proc = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
    if proc.returncode != 0:
        raise ChangesError(f"--since: unknown git revision '{ref}' in {top}")
    commit = _text(proc.stdout).strip()
    diff = _git([*_DIFF, commit, "--"], top)
    if diff.returncode != 0:
        message = _text(diff.stderr).strip().splitlines()
        raise ChangesError(
            f"--since: git diff failed in {top}: {message[0] if message else diff.returncode}"
        )
    listed = _git(["ls-files", "-z"], top)
    if listed.returncode != 0:
        raise ChangesError(f"--since: git ls-files failed in {top}")
    tracked = {name for name in _text(listed.stdout).split("\0") if name}
    return _Repository(top, parse_diff(_text(diff.stdout)), tracked)


def changed_since(
    ref: str,
    files: Sequence[tuple[str, Path | None]],
    document_rules: frozenset[str] = frozenset(),
) -> ChangedLines:
    """The changed lines of every checked file since ``ref`` (raises :class:`ChangesError`
    for standard input, files outside a git repository and unknown revisions);
    ``document_rules`` report on whole posts."""
    if not ref or ref.startswith("-"):
        raise ChangesError(f"--since: not a git revision: '{ref}'")
    result = ChangedLines(ref, document_rules=document_rules)
    tops: dict[Path, Path] = {}
    repositories: dict[Path, _Repository] = {}
    for display, path in files:
        if path is None:
            raise ChangesError("--since cannot be used with standard input")
        folder = Path(os.path.realpath(path.parent))
        top = tops.get(folder)
        if top is None:
            top = tops[folder] = _toplevel(folder, display)
        repo = repositories.get(top)
        if repo is None:
            repo = repositories[top] = _repository(top, ref)
        rel = Path(os.path.relpath(folder / path.name, Path(os.path.realpath(top)))).as_posix()
        if rel not in repo.tracked and rel not in repo.added:
            result.files[display] = None
        else:
            result.files[display] = frozenset(repo.added.get(rel, ()))
        if rel in repo.added:
            result.touched.add(display)
    return result
