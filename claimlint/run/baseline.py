"""Baselines: record today's findings so that a check reports only new ones.

A finding's fingerprint is its rule, its file relative to the repository root,
a hash of the normalised text of the sentence it is in, and an occurrence index
among the findings of that file with the same rule and sentence. No line
numbers: adding a paragraph above a recorded finding, or re-wrapping its
paragraph, leaves it recorded.

Baseline file (YAML, see ``docs/fixes-and-baseline.md``)::

    version: 1
    findings:
      # approved by compliance on 2025-03-02, ticket 118
      - rule: CL101
        path: posts/kap.md
        sentence-hash: 5d41402abc4b2a76
        message: "'cures' states as certain ..."

Updates keep the file as people edited it. ruamel.yaml's round-trip model
files a comment written above an entry under the entry *before* it, so removing
entries through that model would move a reviewer's note onto the wrong entry.
Updates therefore edit the file by lines: an entry goes with the comment lines
directly above it, new entries (written by ruamel.yaml's dumper) go after the
last entry for the same file, and every other byte is kept. The result is read
back and must hold exactly the intended entries; otherwise (a flow-style list,
say) the update falls back to a ruamel.yaml round trip of the whole file.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimlint.core.atomic import AtomicWriteError, write_atomically
from claimlint.core.model import Finding, Position
from claimlint.core.yamlnodes import Located, YamlError, load_located
from claimlint.engine.linter import UNUSED_SUPPRESSION, Plan, system_finding
from claimlint.run.config import ConfigError, versioned_list
from claimlint.text.segment import split_sentences

BASELINE_VERSION = 1

HEADER = """\
# claimlint baseline: findings recorded on purpose. `claimlint check --baseline FILE`
# reports only findings that are not in here.
# An entry matches a finding by rule, file and a hash of the sentence the finding is
# in (not its line number); `occurrence` numbers repeats of that in one file.
# Comments you add (who approved an entry, and when) are kept when claimlint updates
# this file; an entry's comment goes directly above it.
# Entries that match nothing any more are reported (CL901); remove them with
# `claimlint check --baseline FILE --prune-baseline`.
"""

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})
_DASHES = re.compile(r"[‐‑‒–—―−]")
_SPACE = re.compile(r"\s+")


class BaselineError(ConfigError):
    """A baseline file that cannot be read or written (exit status 2)."""


def normalise(text: str) -> str:
    """Text as fingerprints see it: NFKC, straight quotes, one kind of dash, single spaces,
    case-folded (re-wrapping or a CMS's smart quotes do not change a fingerprint)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _DASHES.sub("-", text)
    return _SPACE.sub(" ", text).strip().casefold()


def sentence_of(f: Finding) -> str:
    """The text a finding is in: its sentence, or for findings about a whole paragraph (the
    citation checks) the one sentence of that paragraph holding the finding's text."""
    context = f.context
    if not context:
        return ""
    spans = split_sentences(context)
    if len(spans) < 2 or not f.excerpt:
        return context
    start = f.start.column - 1
    end = f.end.column - 1 if f.end.line == f.start.line else len(f.excerpt)
    needle = f.excerpt[start:end].strip()
    if not needle:
        return context
    holding = [context[a:b] for a, b in spans if needle in context[a:b]]
    return holding[0] if len(holding) == 1 else context


def text_hash(text: str) -> str:
    """The first 16 hex digits of SHA-256 of the normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Key:
    """What a baseline entry and a finding are matched on."""

    rule: str
    """Rule id."""
    path: str
    """File relative to the baseline's root, with ``/``."""
    sentence_hash: str
    """:func:`text_hash` of :func:`sentence_of` the finding."""
    occurrence: int = 0
    """Index among the file's findings with the same rule and sentence."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One recorded finding in a baseline file."""

    key: Key
    """What it matches."""
    index: int
    """Its index in ``findings``."""
    line: int
    """1-based line of its ``-``."""
    column: int
    """1-based column of its ``-``."""
    block: bool = True
    """Whether it is an item of a block list (``- ...``), which updates edit by lines."""


def baseline_root(path: Path) -> Path:
    """Paths in a baseline are relative to the repository holding it (the nearest folder
    with ``.git`` from the baseline's folder up), or to its folder outside a repository."""
    folder = Path(os.path.abspath(path)).parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder


def relative(display: str, root: Path) -> str:
    """A reported path relative to ``root``, with ``/`` (standard input keeps its name)."""
    if display.startswith("<stdin>"):
        return display
    return Path(os.path.relpath(os.path.abspath(display), root)).as_posix()


def fingerprints(findings: Iterable[Finding], root: Path) -> list[tuple[Finding, Key]]:
    """Every finding with its key; occurrence indexes count in report order."""
    seen: Counter[tuple[str, str, str]] = Counter()
    out: list[tuple[Finding, Key]] = []
    paths: dict[str, str] = {}
    for f in sorted(findings, key=Finding.sort_key):
        rel = paths.get(f.path)
        if rel is None:
            rel = paths[f.path] = relative(f.path, root)
        base = (f.rule, rel, text_hash(sentence_of(f)))
        out.append((f, Key(*base, seen[base])))
        seen[base] += 1
    return out


@dataclass(slots=True)
class Baseline:
    """A baseline file as read (an absent file reads as empty)."""

    path: Path
    """The file."""
    display: str
    """The file as the user named it (where CL901 findings point)."""
    text: str | None = None
    """Its text (None: it does not exist yet)."""
    entries: list[Entry] = field(default_factory=list)
    """Recorded findings, in file order."""
    data: Any = None
    """The whole file as plain data."""
    bom: bool = False
    """Whether the file starts with a UTF-8 byte-order mark (kept when it is written)."""

    @property
    def root(self) -> Path:
        """What entry paths are relative to."""
        return baseline_root(self.path)

    @classmethod
    def load(cls, display: str, *, must_exist: bool = True) -> Baseline:
        """Read and validate a baseline file (raises :class:`BaselineError`)."""
        path = Path(display)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            if must_exist:
                raise BaselineError(
                    f"baseline file not found: {display} (create it with --write-baseline)"
                ) from None
            return cls(path, display)
        except OSError as exc:
            raise BaselineError(f"cannot read baseline: {exc.strerror or exc}", display) from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BaselineError(f"invalid UTF-8 (byte 0x{raw[exc.start]:02x})", display) from None
        try:
            loc = load_located(text, display)
        except YamlError as exc:
            raise BaselineError(exc.message, exc.path, exc.line, exc.column) from None
        bom = raw.startswith(b"\xef\xbb\xbf")
        return cls(path, display, text, _entries(loc, text), loc.data, bom)


def _fail(loc: Located, message: str, *keys: Any) -> BaselineError:
    m = loc.mark(*keys)
    return BaselineError(message, loc.path, m.line, m.column)


def _entries(loc: Located, text: str) -> list[Entry]:
    items = versioned_list(loc, "baseline", BASELINE_VERSION, "findings", BaselineError)
    lines = text.splitlines()
    out: list[Entry] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise _fail(loc, "each baseline entry must be a mapping", "findings", i)
        for key in ("rule", "path", "sentence-hash"):
            if not isinstance(item.get(key), str) or not item[key]:
                raise _fail(loc, f"baseline entry needs '{key}' (a string)", "findings", i)
        occurrence = item.get("occurrence", 0)
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 0:
            raise _fail(loc, "'occurrence' must be a whole number", "findings", i, "occurrence")
        mark = loc.mark("findings", i)
        dash = _dash(lines, mark.line - 1, mark.column - 1)
        line, column = dash or (mark.line - 1, mark.column - 1)
        found = Key(item["rule"], item["path"], item["sentence-hash"], occurrence)
        out.append(Entry(found, i, line + 1, column + 1, dash is not None))
    return out


def _dash(lines: Sequence[str], line: int, column: int) -> tuple[int, int] | None:
    """The 0-based line and column of the ``-`` that starts the sequence item whose content
    starts at ``line``, ``column`` (None: not a block sequence item)."""
    col = column - 1
    while line >= 0:
        text = lines[line] if line < len(lines) else ""
        col = min(col, len(text) - 1)
        while col >= 0 and text[col] in " \t":
            col -= 1
        if col >= 0:
            return (line, col) if text[col] == "-" else None
        line -= 1
        col = 1 << 30
    return None


@dataclass(slots=True)
class Comparison:
    """Findings against a baseline."""

    new: list[Finding]
    """Findings no entry records."""
    recorded: list[tuple[Finding, Key]]
    """Findings an entry records."""
    unrecorded: list[tuple[Finding, Key]]
    """:attr:`new` with their keys (what ``--write-baseline`` adds)."""
    stale: list[Entry]
    """Entries for the files and rules of this run that match no finding."""


def compare(
    baseline: Baseline, findings: Sequence[Finding], files: Iterable[str], rules: Iterable[str]
) -> Comparison:
    """Match findings to entries. Entries for files not checked in this run, or for rules
    not enabled, are neither matched nor stale."""
    root = baseline.root
    checked = {relative(display, root) for display in files}
    enabled = set(rules)
    available = Counter(e.key for e in baseline.entries)
    new: list[Finding] = []
    recorded: list[tuple[Finding, Key]] = []
    unrecorded: list[tuple[Finding, Key]] = []
    for f, key in fingerprints(findings, root):
        if available[key] > 0:
            available[key] -= 1
            recorded.append((f, key))
        else:
            new.append(f)
            unrecorded.append((f, key))
    used: Counter[Key] = Counter(k for _, k in recorded)
    stale: list[Entry] = []
    for entry in baseline.entries:
        if used[entry.key] > 0:
            used[entry.key] -= 1
            continue
        if entry.key.path in checked and entry.key.rule in enabled:
            stale.append(entry)
    return Comparison(new, recorded, unrecorded, stale)


def stale_findings(baseline: Baseline, stale: Iterable[Entry], plan: Plan) -> list[Finding]:
    """A CL901 (unused suppression) finding at every stale entry, when CL901 is enabled."""
    lines = (baseline.text or "").splitlines()
    out: list[Finding] = []
    for entry in stale:
        text = lines[entry.line - 1] if entry.line <= len(lines) else ""
        f = system_finding(
            plan,
            UNUSED_SUPPRESSION,
            baseline.display,
            Position(entry.line, entry.column),
            Position(entry.line, max(len(text), entry.column) + 1),
            f"baseline entry for {entry.key.rule} in {entry.key.path} matches no finding "
            "(remove it with --prune-baseline)",
            text,
        )
        if f is not None:
            out.append(f)
    return out


def entry_data(f: Finding, key: Key) -> dict[str, Any]:
    """A new entry as written."""
    data: dict[str, Any] = {
        "rule": key.rule,
        "path": key.path,
        "sentence-hash": key.sentence_hash,
    }
    if key.occurrence:
        data["occurrence"] = key.occurrence
    data["message"] = f.message
    return data


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.width = 1 << 16
    yaml.allow_unicode = True
    return yaml


def _dump(data: Any, *, mapping: int = 2, sequence: int = 4, offset: int = 2) -> str:
    yaml = _yaml()
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _edit_lines(
    text: str, entries: Sequence[Entry], remove: set[int], add: Sequence[dict[str, Any]]
) -> str | None:
    """``text`` with the entries at indexes ``remove`` taken out (with the comment lines
    directly above them) and ``add`` inserted; None when the file's layout is not one
    this can edit (no block list of entries)."""
    if not entries or not all(e.block for e in entries):
        return None
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    starts = [e.line - 1 for e in entries]
    dash = entries[0].column - 1
    if any(e.column - 1 != dash for e in entries) or starts != sorted(starts):
        return None
    end = len(lines)
    for j in range(starts[-1] + 1, len(lines)):
        if _is_content(lines[j]) and _indent(lines[j]) <= dash:
            end = j
            break
    bounds = [*starts[1:], end]
    own_end: list[int] = []
    for start, bound in zip(starts, bounds, strict=True):
        last = start
        for j in range(start, bound):
            if _is_content(lines[j]):
                last = j
        own_end.append(last + 1)
    lead: list[int] = []
    for start in starts:
        j = start
        while j > 0 and lines[j - 1].strip().startswith("#"):
            j -= 1
        lead.append(j)
    first = lines[starts[0]]
    rest = first[dash + 1 :]
    key_column = dash + 1 + len(rest) - len(rest.lstrip(" "))
    gap = max(key_column - dash, 2)
    drop: set[int] = set()
    for i in remove:
        drop.update(range(lead[i], own_end[i]))
        before, after = lead[i] - 1, own_end[i]
        if (
            before >= 0
            and after < len(lines)
            and not lines[before].strip()
            and not lines[after].strip()
        ):
            drop.add(after)
    inserts: dict[int, list[str]] = {}
    last_for_path: dict[str, int] = {}
    for e in entries:
        last_for_path[e.key.path] = e.index
    for item in add:
        at = last_for_path.get(item["path"], len(entries) - 1)
        block = _dump([item], mapping=2, sequence=gap, offset=0)
        chunk = "".join(" " * dash + line for line in block.splitlines(keepends=True))
        inserts.setdefault(own_end[at], []).append(chunk.replace("\n", newline))
    if inserts.get(len(lines)) and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += newline
    out: list[str] = []
    for j in range(len(lines) + 1):
        out.extend(inserts.get(j, ()))
        if j < len(lines) and j not in drop:
            out.append(lines[j])
    return "".join(out)


def _canonical(items: Iterable[Any]) -> list[str]:
    return sorted(json.dumps(i, sort_keys=True, default=str) for i in items)


def _round_trip(text: str | None, remove: set[int], add: Sequence[dict[str, Any]]) -> str:
    """The fallback: load with ruamel.yaml's round trip, edit the list, dump."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    yaml = _yaml()
    yaml.indent(mapping=2, sequence=4, offset=2)
    data = yaml.load(text) if text else None
    if not isinstance(data, CommentedMap):
        data = CommentedMap()
        data.yaml_set_start_comment(HEADER.rstrip("\n"))
        data["version"] = BASELINE_VERSION
    items = data.get("findings")
    seq = CommentedSeq()
    if isinstance(items, list):
        seq.extend(item for i, item in enumerate(items) if i not in remove)
    seq.extend(CommentedMap(item) for item in add)
    seq.fa.set_block_style()
    data["findings"] = seq
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


def _new_file(add: Sequence[dict[str, Any]]) -> str:
    body = _dump({"version": BASELINE_VERSION, "findings": list(add)})
    if not add:
        body = f"version: {BASELINE_VERSION}\nfindings: []\n"
    return HEADER + body


def updated_text(baseline: Baseline, remove: Iterable[Entry], add: Sequence[dict[str, Any]]) -> str:
    """The baseline's new text: ``remove`` taken out, ``add`` put in, all else kept."""
    gone = {e.index for e in remove}
    if baseline.text is None:
        return _new_file(add)
    items = baseline.data.get("findings") if isinstance(baseline.data, dict) else None
    expected = [item for i, item in enumerate(items or []) if i not in gone] + list(add)
    edited = _edit_lines(baseline.text, baseline.entries, gone, add)
    if edited is not None and _holds(edited, baseline, expected):
        return edited
    result = _round_trip(baseline.text, gone, add)
    if not _holds(result, baseline, expected):  # pragma: no cover - a ruamel.yaml bug
        raise BaselineError(
            "could not update the baseline without losing entries", baseline.display
        )
    return result


def _holds(text: str, baseline: Baseline, expected: list[Any]) -> bool:
    try:
        data = load_located(text, baseline.display).data
    except YamlError:
        return False
    if not isinstance(data, dict):
        return False
    before = baseline.data if isinstance(baseline.data, dict) else {}
    others = {k: v for k, v in data.items() if k != "findings"}
    if {k: v for k, v in before.items() if k != "findings"} != others and before:
        return False
    return _canonical(data.get("findings") or []) == _canonical(expected)


def save(baseline: Baseline, text: str) -> None:
    """Write the baseline file atomically (raises :class:`BaselineError`)."""
    try:
        data = text.encode("utf-8")
        write_atomically(baseline.path, b"\xef\xbb\xbf" + data if baseline.bom else data)
    except AtomicWriteError as exc:
        raise BaselineError(f"cannot write the baseline: {exc}", baseline.display) from None


@dataclass(frozen=True, slots=True)
class Written:
    """What ``--write-baseline`` did."""

    recorded: int
    """Findings the baseline now records for the checked files."""
    added: int
    """Entries added."""
    removed: int
    """Entries removed (they matched nothing)."""


def write_baseline(
    display: str, findings: Sequence[Finding], files: Iterable[str], plan: Plan
) -> Written:
    """``--write-baseline``: record every finding; entries of the checked files and rules
    that match nothing are removed, other entries and all comments are kept."""
    baseline = Baseline.load(display, must_exist=False)
    result = compare(baseline, findings, files, plan.active)
    add = [entry_data(f, key) for f, key in result.unrecorded]
    text = updated_text(baseline, result.stale, add)
    if text != baseline.text:
        save(baseline, text)
    return Written(len(findings), len(add), len(result.stale))


@dataclass(slots=True)
class Applied:
    """What ``--baseline`` did."""

    findings: list[Finding]
    """The findings to report: the new ones, and CL901 for stale entries (unless pruned)."""
    recorded: int
    """Findings the baseline hides."""
    pruned: int = 0
    """Stale entries removed (``--prune-baseline``)."""


def apply_baseline(
    display: str,
    findings: Sequence[Finding],
    files: Iterable[str],
    plan: Plan,
    *,
    prune: bool = False,
) -> Applied:
    """``--baseline``: only findings the baseline does not record; stale entries become CL901
    findings, or with ``prune`` are removed from the file."""
    baseline = Baseline.load(display)
    result = compare(baseline, findings, files, plan.active)
    shown = list(result.new)
    if prune:
        if result.stale:
            save(baseline, updated_text(baseline, result.stale, []))
        return Applied(shown, len(result.recorded), len(result.stale))
    shown.extend(stale_findings(baseline, result.stale, plan))
    shown.sort(key=Finding.sort_key)
    return Applied(shown, len(result.recorded))
