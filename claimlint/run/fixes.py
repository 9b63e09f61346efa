"""Fixes: choose edits that do not overlap, apply them to a file's original bytes, write atomically.

Findings carry edits as character offsets into the *normalised* text (see
:mod:`claimlint.text.source`: no byte-order mark, every line break one ``\\n``).
:class:`StoredText` maps those offsets back to byte offsets in the file as
read, so an edit replaces exactly the bytes of its span and every other byte
(the BOM, CRLF or CR line endings, UTF-16) stays as it was. Replacement text is
encoded the way the file is, with its newlines written as the file's own.

After applying, the result is decoded again and must equal the normalised text
with the edits applied; anything else (a replacement that would merge a lone
``\\r`` with a following ``\\n``, say) drops that file's fixes. A file is
written only through a temporary file in its own folder and ``os.replace``,
keeping its permission bits, and only when its bytes are still the ones that
were linted: on any error it is left untouched.
"""

from __future__ import annotations

import codecs
import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimlint.core.atomic import AtomicWriteError, write_atomically
from claimlint.core.model import Applicability, Edit, Finding, Fix
from claimlint.engine.linter import Plan
from claimlint.run.config import Config
from claimlint.run.runner import lint_bytes
from claimlint.text.source import SourceError, decode, normalise_newlines

#: Lint-fix rounds per file at most: a fix may reveal another; a cycle must end.
MAX_PASSES = 10

Selector = Callable[[Finding], bool]
"""Decides whether a finding is in scope (``--since``); None means every finding."""


class FixError(Exception):
    """Fixes that cannot be applied to a file safely (the file is left as it was)."""


@dataclass(frozen=True, slots=True)
class StoredText:
    """A file's bytes with the offset map from normalised characters to bytes."""

    data: bytes
    """The file as read."""
    text: str
    """The normalised text (what findings' spans count in)."""
    offsets: tuple[int, ...]
    """Byte offset of every character of :attr:`text`, and of its end (one more entry)."""
    bom: bytes
    """The byte-order mark the file starts with (empty: none)."""
    codec: str
    """How characters are stored: ``utf-8``, ``utf-16-le`` or ``utf-16-be``."""
    newline: str
    """The file's first line ending (``\\n``, ``\\r\\n`` or ``\\r``), used for new line breaks."""

    @classmethod
    def read(cls, data: bytes) -> StoredText:
        """Decode ``data`` as :mod:`claimlint.text.source` does (raises :class:`FixError`)."""
        try:
            raw, encoding = decode(data)
        except SourceError as exc:
            raise FixError(exc.message) from None
        if encoding == "utf-16":
            bom = data[:2]
            codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
        else:
            bom = codecs.BOM_UTF8 if encoding == "utf-8-sig" else b""
            codec = "utf-8"
        if raw.startswith("\ufeff"):  # the UTF-16 codec keeps no BOM; be sure
            raise FixError("unexpected byte-order mark inside the text")
        unit = 2 if codec != "utf-8" else 1
        offsets: list[int] = []
        chars: list[str] = []
        at = len(bom)
        i, n = 0, len(raw)
        while i < n:
            offsets.append(at)
            ch = raw[i]
            if ch == "\r":
                chars.append("\n")
                if i + 1 < n and raw[i + 1] == "\n":
                    at += 2 * unit
                    i += 2
                    continue
                at += unit
            else:
                chars.append(ch)
                if unit == 1:
                    at += len(ch.encode("utf-8"))
                else:
                    at += 4 if ord(ch) > 0xFFFF else 2
            i += 1
        offsets.append(at)
        if at != len(data):
            raise FixError("cannot map the text back to the file's bytes")
        first = min((p for p in (raw.find("\r"), raw.find("\n")) if p != -1), default=-1)
        newline = "\n"
        if first != -1 and raw[first] == "\r":
            newline = "\r\n" if raw[first : first + 2] == "\r\n" else "\r"
        return cls(data, "".join(chars), tuple(offsets), bom, codec, newline)

    def encode(self, text: str) -> bytes:
        """``text`` as this file stores it: its codec and its line endings."""
        text = normalise_newlines(text)
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return text.encode(self.codec)

    def apply(self, edits: Sequence[Edit]) -> bytes:
        """The file's bytes with ``edits`` (sorted, not overlapping) applied; nothing else changes.

        Raises :class:`FixError` when an edit lies outside the text or the result would not
        read back as the normalised text with the edits applied.
        """
        pieces: list[bytes] = []
        expected: list[str] = []
        byte_at = 0
        char_at = 0
        for edit in edits:
            start, end = edit.span.start, edit.span.end
            if start < char_at or end > len(self.text):
                raise FixError(f"edit {start}-{end} overlaps another or lies outside the text")
            pieces += [self.data[byte_at : self.offsets[start]], self.encode(edit.replacement)]
            expected += [self.text[char_at:start], normalise_newlines(edit.replacement)]
            byte_at, char_at = self.offsets[end], end
        pieces.append(self.data[byte_at:])
        expected.append(self.text[char_at:])
        result = b"".join(pieces)
        try:
            again = StoredText.read(result)
        except FixError as exc:
            raise FixError(f"the fixed text would not be readable: {exc}") from None
        if again.text != "".join(expected) or again.bom != self.bom:
            raise FixError("the edits would change the text around them (line endings)")
        return result


def _conflict(a: Edit, b: Edit) -> bool:
    """Edits that share a character, or insert at the same place (their order would matter)."""
    return (a.span.start < b.span.end and b.span.start < a.span.end) or (
        a.span.start == b.span.start
    )


def choose_fixes(fixes: Iterable[Fix], length: int) -> tuple[list[Edit], int]:
    """Edits of the fixes that can be applied together, in source order, and how many fixes
    they come from. Fixes are taken in source order; a fix with an edit that conflicts with
    one already chosen is dropped whole (the next run picks it up); a fix identical to a
    chosen one counts as applied. Edits outside ``0..length`` drop their fix."""
    chosen: list[Edit] = []
    seen: set[tuple[Edit, ...]] = set()
    applied = 0
    ordered = sorted(
        (f for f in fixes if f.edits),
        key=lambda f: (min(e.span.start for e in f.edits), max(e.span.end for e in f.edits)),
    )
    for fix in ordered:
        edits = tuple(sorted(fix.edits, key=lambda e: (e.span.start, e.span.end)))
        if edits in seen:
            applied += 1
            continue
        if any(e.span.end > length for e in edits):
            continue
        if any(_conflict(a, b) for i, a in enumerate(edits) for b in edits[i + 1 :]):
            continue
        if any(_conflict(a, b) for a in edits for b in chosen):
            continue
        chosen.extend(edits)
        seen.add(edits)
        applied += 1
    chosen.sort(key=lambda e: (e.span.start, e.span.end))
    return chosen, applied


def fixable(finding: Finding, unsafe: bool, select: Selector | None = None) -> bool:
    """Whether ``--fix`` (``unsafe``: ``--unsafe-fixes``) applies the finding's fix."""
    fix = finding.fix
    if fix is None or not fix.edits:
        return False
    if fix.applicability is Applicability.UNSAFE and not unsafe:
        return False
    return select is None or select(finding)


@dataclass(slots=True)
class FileFix:
    """The outcome of fixing one file's contents."""

    before: bytes
    """The contents as read."""
    after: bytes
    """The contents with the fixes applied (``before`` when none could be)."""
    fixed: int
    """Findings whose fixes were applied."""
    findings: list[Finding]
    """What a lint of :attr:`after` reports."""
    error: str | None = None
    """Why no fix was applied, when one failed."""


def fix_contents(
    data: bytes,
    path: str,
    plan: Plan,
    config: Config | None,
    *,
    unsafe: bool = False,
    select: Selector | None = None,
) -> FileFix:
    """Lint ``data`` as ``path``, apply the fixes that may be, and lint again, until no
    fix applies (at most :data:`MAX_PASSES` rounds)."""
    current = data
    findings = lint_bytes(current, path, plan, config)
    fixed = 0
    seen = {current}
    for _ in range(MAX_PASSES):
        fixes = [f.fix for f in findings if f.fix is not None and fixable(f, unsafe, select)]
        if not fixes:
            break
        try:
            stored = StoredText.read(current)
            edits, applied = choose_fixes(fixes, len(stored.text))
            if not edits:
                break
            after = stored.apply(edits)
        except FixError as exc:
            if current == data:
                return FileFix(data, data, 0, findings, str(exc))
            break  # keep the rounds that worked
        if after in seen:  # the fixes undo each other
            break
        seen.add(after)
        current = after
        fixed += applied
        findings = lint_bytes(current, path, plan, config)
    return FileFix(data, current, fixed, findings)


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    """A unified diff of two versions of a file (normalised line breaks), ``---``/``+++ path``."""
    old = StoredText.read(before).text.splitlines(keepends=True)
    new = StoredText.read(after).text.splitlines(keepends=True)
    out: list[str] = []
    for line in difflib.unified_diff(old, new, fromfile=path, tofile=path):
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


@dataclass(slots=True)
class FixRun:
    """What ``--fix``, ``--unsafe-fixes`` or ``--diff`` did over all the files."""

    findings: list[Finding]
    """Every finding after fixing (the re-lint of each fixed file), sorted."""
    fixed: dict[str, int] = field(default_factory=dict)
    """Findings fixed (``--diff``: that would be), by file, for files with any."""
    changes: list[tuple[str, bytes, bytes]] = field(default_factory=list)
    """(file, before, after) for every file whose contents change, in the order read."""
    errors: list[str] = field(default_factory=list)
    """One message per file whose fixes failed (the file is unchanged)."""
    stdin_text: bytes | None = None
    """Standard input with the fixes applied (printed instead of written)."""

    @property
    def total(self) -> int:
        """Findings fixed in all files."""
        return sum(self.fixed.values())

    def diff(self) -> str:
        """The unified diff of every change."""
        return "".join(unified_diff(path, a, b) for path, a, b in self.changes)


def fix_files(
    files: Sequence[tuple[str, Path | None]],
    findings: Sequence[Finding],
    plan: Plan,
    config: Config | None,
    *,
    unsafe: bool = False,
    write: bool = True,
    stdin: bytes | None = None,
    select: Selector | None = None,
) -> FixRun:
    """Fix every file (``path`` None: standard input) that has a finding with a fix that
    applies; ``write`` False only computes the changes (``--diff``). ``findings`` is the
    lint of all the files; the fixed files' findings are replaced by their re-lint."""
    wanted = {f.path for f in findings if fixable(f, unsafe, select)}
    run = FixRun([])
    replaced: dict[str, list[Finding]] = {}
    for display, path in files:
        if path is None:
            data = stdin or b""
            if display not in wanted:
                run.stdin_text = data
                continue
        elif display not in wanted:
            continue
        else:
            try:
                data = path.read_bytes()
            except OSError as exc:
                run.errors.append(f"cannot fix {display}: {exc.strerror or exc}")
                continue
        result = fix_contents(data, display, plan, config, unsafe=unsafe, select=select)
        if result.error is not None:
            run.errors.append(f"cannot fix {display}: {result.error}; left unchanged")
        if path is None:
            run.stdin_text = result.after
        elif result.after != data and write:
            try:
                write_atomically(path, result.after, data)
            except AtomicWriteError as exc:
                run.errors.append(f"cannot write fixes to {display}: {exc}; left unchanged")
                continue
        if result.after != data:
            run.changes.append((display, data, result.after))
        if result.fixed:
            run.fixed[display] = result.fixed
        replaced[display] = result.findings
    kept = [f for f in findings if f.path not in replaced]
    run.findings = sorted(
        [*kept, *(f for fs in replaced.values() for f in fs)], key=Finding.sort_key
    )
    return run
