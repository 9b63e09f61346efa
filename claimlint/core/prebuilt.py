"""Work done ahead of time for the built-in pack, shipped with the package.

A fresh process with no cache folder (a CI container) would otherwise decode every
rule file, lexicon and knowledge-pack file from YAML and build the phrase tries of
the rules and of the knowledge pack's aliases, which took most of a one-file run.
Those are pure functions of their input, so ``scripts/gen_prebuilt.py`` runs them once
for the built-in pack and keeps their results, as plain data (dicts, lists, strings,
numbers, frozensets), in ``prebuilt.bin`` beside this module: a :mod:`marshal` dump of
each result compressed with :mod:`zlib` on its own (a sixth of the size), so that a start
decompresses only the results it reads (a start with the rule set cached reads only the
knowledge pack's).

Each result is filed under a hash of everything it is computed from: the input (a
file's text, a list of phrases) and the source of the module that computes it. A
look-up therefore only ever finds what the code would compute now: a changed rule
file, lexicon or matcher simply misses and is computed as before (a user's own pack
always is). ``tests/test_prebuilt.py`` fails when the shipped table lacks an entry
the built-in pack needs (``python scripts/gen_prebuilt.py --check``).
"""

from __future__ import annotations

import hashlib
import marshal
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: The table's layout; a table of another version is not read.
VERSION = 3
TABLE = Path(__file__).with_name("prebuilt.bin")

_table: dict[str, dict[str, bytes]] | None = None
#: While ``scripts/gen_prebuilt.py`` runs: every result computed, by kind and key.
_recording: dict[str, dict[str, Any]] | None = None


def _entries() -> dict[str, dict[str, bytes]]:
    global _table
    if _table is None:
        _table = {}
        try:
            data = TABLE.read_bytes()
        except FileNotFoundError:  # a build without the table: everything is computed
            return _table
        try:
            version, entries = marshal.loads(data)
        except (ValueError, EOFError, TypeError):
            return _table  # damaged, or marshalled by another Python: computed as before
        if version == VERSION:
            _table = entries
    return _table


def source_digest(path: str | None) -> bytes:
    """The hash of a module's source file (the code a result depends on); of nothing when
    the source is not there (then no key made with it is in the table)."""
    if path is None:
        return b"no source"
    try:
        return hashlib.sha256(Path(path).read_bytes()).digest()
    except OSError:
        return b"no source"


def key(*parts: bytes) -> str:
    """The key of a result computed from ``parts``."""
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()


def lookup(kind: str, digest: str, make: Callable[[], Any]) -> Any:
    """The shipped result of kind ``kind`` filed under ``digest`` (a fresh copy), else
    ``make()``; a result made while ``scripts/gen_prebuilt.py`` records is noted."""
    if _recording is not None:
        value = make()
        _recording.setdefault(kind, {})[digest] = value
        return value
    found = _entries().get(kind, {}).get(digest)
    if found is None:
        return make()
    try:
        return marshal.loads(zlib.decompress(found))
    except (zlib.error, ValueError, EOFError, TypeError):  # a damaged entry
        return make()


def record() -> dict[str, dict[str, Any]]:
    """Start noting every result computed (and look nothing up); the notes so far."""
    global _recording
    if _recording is None:
        _recording = {}
    return _recording


def dumps(results: dict[str, dict[str, Any]]) -> bytes:
    """A table of ``results`` (kind -> key -> plain data), in key order."""
    entries = {
        kind: {k: zlib.compress(marshal.dumps(results[kind][k]), 9) for k in sorted(results[kind])}
        for kind in sorted(results)
    }
    return marshal.dumps((VERSION, entries))


def loads(data: bytes) -> dict[str, dict[str, Any]]:
    """The results of a table written by :func:`dumps` (for comparing two tables); none
    when ``data`` is no such table (of another version or layout)."""
    try:
        version, entries = marshal.loads(data)
        if version != VERSION:
            return {}
        return {
            kind: {k: marshal.loads(zlib.decompress(v)) for k, v in table.items()}
            for kind, table in entries.items()
        }
    except (zlib.error, ValueError, EOFError, TypeError):
        return {}
