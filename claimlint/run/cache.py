"""The cache folder: per-file results, and the compiled rule set (:mod:`claimlint.run.rulecache`).

A file's findings are reused when nothing that could change them has changed.
The key of an entry is a hash of

* the file's bytes and the name it is reported under;
* the *run key*: claimlint's version (and, for a checkout, the size and
  modification time of its source files), the contents of every rule, lexicon
  and knowledge-pack file, the enabled rules and their severities, the options
  rules read (jurisdiction, disclosures ...), the front-matter fields,
  ``per-file-ignores`` with the folder they are relative to, the working
  folder, the Python version and today's date (a post without a date is judged
  against today's).

Entries are written atomically (a temporary file, then ``os.replace``) by the
process that linted the file, so parallel workers never see half an entry.
Every entry is signed with a key kept outside the project (``~/.cache/claimlint``
or ``$XDG_CACHE_HOME/claimlint``): an entry that is truncated, corrupt, or was
not written by this user on this machine (a cache folder committed to a
repository, say) is ignored, never unpickled. Without a place for that key,
nothing is cached.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import pickle
import stat
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimlint import __version__
from claimlint.run.locations import default_cache_dir

if TYPE_CHECKING:
    from claimlint.core.model import Finding
    from claimlint.engine.linter import Plan
    from claimlint.run.config import Config

#: Bumped whenever the layout or the format of entries changes.
FORMAT = 1

_MAGIC = b"CLMC\x00\x01\x00\x00"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n"
_TAG_TEXT = (
    _TAG + "# This file is a cache directory tag created by claimlint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
#: Result folders kept (one per run key: configuration, rules, code, date ...).
KEEP_RUNS = 4
#: Options that do not change findings (they are read by the runner, not by rules).
_RUNNER_OPTIONS = frozenset({"jobs", "cache-dir"})
#: Options that stand in the key by a digest (another option) rather than by themselves:
#: the registries' answers of ``--verify-sources`` (``source-lookups-digest``).
_DIGESTED_OPTIONS = frozenset({"source-lookups"})


class CacheError(Exception):
    """A cache folder that ``claimlint clean`` refuses to remove."""


def cache_dir_for(config: Config, flag: str | None = None) -> Path:
    """The cache folder: ``--cache-dir``, else the configuration's ``cache-dir``, else
    ``.claimlint_cache`` next to the configuration file (or in the working folder)."""
    if flag:
        return Path(flag).resolve()
    configured = config.options.get("cache-dir")
    if isinstance(configured, str):
        return Path(configured)
    return default_cache_dir(config.root)


# --------------------------------------------------------------------------------------------
# signed, atomically written files


def _secret_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimlint" / "cache-key"


_SECRET: list[bytes | None] = []


def secret() -> bytes | None:
    """This user's signing key (made on first use), or None when it cannot be kept."""
    if _SECRET:
        return _SECRET[0]
    key: bytes | None = None
    try:
        path = _secret_path()
        try:
            key = path.read_bytes()
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            fresh = os.urandom(32)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:  # another process made it first
                key = path.read_bytes()
            else:
                with os.fdopen(fd, "wb") as stream:
                    stream.write(fresh)
                key = fresh
        if len(key) < 16:
            key = None
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        key = None
    _SECRET.append(key)
    return key


def seal(payload: bytes, key: bytes) -> bytes:
    """``payload`` with a header and its signature."""
    return _MAGIC + hmac.digest(key, payload, "sha256") + payload


def unseal(data: bytes, key: bytes) -> bytes | None:
    """The payload of a sealed file, or None when it is not one of ours, intact."""
    head = len(_MAGIC)
    if len(data) < head + 32 or not data.startswith(_MAGIC):
        return None
    payload = data[head + 32 :]
    if not hmac.compare_digest(data[head : head + 32], hmac.digest(key, payload, "sha256")):
        return None
    return payload


def prepare_dir(folder: Path) -> bool:
    """Create the cache folder with its ``CACHEDIR.TAG`` and a ``.gitignore`` that ignores it
    all; False when it cannot be created, or would be created in a folder marked read-only
    (no write permission for its owner: not written to even by root)."""
    tag = folder / "CACHEDIR.TAG"
    if tag.is_file():
        return True
    try:
        if not folder.exists():
            parent = next((p for p in folder.parents if p.exists()), None)
            if parent is None or not parent.stat().st_mode & stat.S_IWUSR:
                return False
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(folder / ".gitignore", b"# Created by claimlint.\n*\n")
        write_atomically(tag, _TAG_TEXT.encode("ascii"))
    except OSError:
        return False
    return True


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` through a temporary file and a rename, so a reader sees the old file
    or the new one, never part of one (raises OSError). Not flushed to disk: an entry lost
    in a power cut is only a miss."""
    from claimlint.core.atomic import replace_file  # only a run that writes needs it

    replace_file(path, data, durable=False, suffix=".tmp")


def read_sealed(path: Path, key: bytes) -> bytes | None:
    """The payload of a sealed file, None when it is missing, unreadable or not intact."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return unseal(data, key)


def write_sealed(path: Path, payload: bytes, key: bytes) -> bool:
    """Seal and write atomically, creating the folder; False when that fails."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, seal(payload, key))
    except OSError:
        return False
    return True


def prune(folder: Path, keep: int) -> None:
    """Remove all but the ``keep`` most recently modified folders in ``folder``."""
    try:
        found = sorted(
            (p for p in folder.iterdir() if p.is_dir()),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
    except OSError:  # gone, or another process pruning at the same time
        return
    for old in found[keep:]:
        _rmtree(old, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# keys


@functools.cache
def source_fingerprint() -> str:
    """claimlint's version and, for its source files, names, sizes and modification times: an
    edited checkout never reuses results computed by other code. (Worked out once per
    process: both the rule-set key and the run key need it.)"""
    package = Path(__file__).resolve().parent.parent
    parts = [__version__, sys.version]
    for rel in _files(package):
        if not rel[-1].endswith(".py"):
            continue
        try:
            st = os.stat(os.path.join(package, *rel))
        except OSError:
            continue
        parts.append(f"{'/'.join(rel)}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _files(folder: Path) -> list[tuple[str, ...]]:
    """Every file under ``folder`` (links followed), as its path's parts below ``folder``,
    in the order their paths sort. (``os.walk`` rather than ``Path.rglob``: a third of the
    time, the two keys being worked out at every start.)"""
    found: list[tuple[str, ...]] = []
    for root, _, names in os.walk(folder, followlinks=True):
        rel = os.path.relpath(root, folder)
        base = () if rel == os.curdir else tuple(rel.split(os.sep))
        found.extend((*base, name) for name in names if os.path.isfile(os.path.join(root, name)))
    found.sort()
    return found


def folder_digest(folders: Iterable[Path]) -> str:
    """A hash of every file's name and contents under the rule folders (rules, lexicons,
    the knowledge pack), in a stable order."""
    h = hashlib.sha256()
    for folder in folders:
        h.update(f"\0folder\0{folder}\0".encode())
        if not folder.is_dir():
            continue
        for rel in _files(folder):
            if "__pycache__" in rel:
                continue
            try:
                with open(os.path.join(folder, *rel), "rb") as file:
                    data = file.read()
            except OSError:
                data = b"\0unreadable"
            h.update(f"\0file\0{'/'.join(rel)}\0{len(data)}\0".encode())
            h.update(data)
    return h.hexdigest()


def run_key(plan: Plan, config: Config, rules_digest: str) -> str:
    """Everything besides a file's bytes and name that its findings depend on."""
    left_out = _RUNNER_OPTIONS | _DIGESTED_OPTIONS
    options = {k: v for k, v in sorted(plan.options.items()) if k not in left_out}
    parts: dict[str, Any] = {
        "format": FORMAT,
        "code": source_fingerprint(),
        "rules": rules_digest,
        "active": [(i, int(plan.active[i].severity)) for i in sorted(plan.active)],
        "options": options,
        "front_matter_fields": list(config.front_matter_fields),
        "per_file_ignores": sorted(config.per_file_ignores.items()),
        "root": str(config.root.resolve()),
        "cwd": os.getcwd(),
        "today": date.today().isoformat(),
    }
    import json  # only a run that keeps results needs it

    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------
# results


class ResultCache:
    """Findings per file under one run key. Reads and writes never raise: a problem is a miss."""

    def __init__(self, folder: Path, key: str, secret_key: bytes) -> None:
        self.folder = folder
        self.entries = folder / f"results-v{FORMAT}" / key[:32]
        self._secret = secret_key
        self._prefix = key.encode("ascii")
        self._ready = False

    @classmethod
    def open(cls, folder: Path, key: str) -> ResultCache | None:
        """The cache, or None when entries could not be signed."""
        secret_key = secret()
        if secret_key is None:
            return None
        return cls(folder, key, secret_key)

    def entry(self, display: str, data: bytes) -> Path:
        """Where the findings for ``data`` reported as ``display`` are kept."""
        h = hashlib.sha256(self._prefix)
        h.update(display.encode("utf-8", "surrogateescape"))
        h.update(b"\0")
        h.update(data)
        return self.entries / (h.hexdigest()[:40] + ".pickle")

    def get(self, display: str, data: bytes) -> list[Finding] | None:
        """The cached findings, or None (missing, corrupt, not ours)."""
        return self.load(self.entry(display, data))

    def load(self, entry: Path) -> list[Finding] | None:
        """The findings kept at ``entry`` (from :meth:`entry`), or None (missing, corrupt,
        not ours)."""
        payload = read_sealed(entry, self._secret)
        if payload is None:
            return None
        try:
            found = pickle.loads(payload)
        except Exception:  # a damaged entry is a miss
            return None
        if not isinstance(found, list):
            return None
        return found

    def put(self, display: str, data: bytes, findings: Sequence[Finding]) -> None:
        """Remember the findings (silently does nothing when the folder is not writable)."""
        if not self._ready:
            if not prepare_dir(self.folder):
                return
            if not self.entries.is_dir():  # a new run key: results of old ones are dropped
                try:
                    self.entries.mkdir(parents=True, exist_ok=True)
                except OSError:
                    return
                prune(self.entries.parent, keep=KEEP_RUNS)
            self._ready = True
        try:
            payload = pickle.dumps(list(findings), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # an unpicklable value in a third-party finding: not cached
            return
        write_sealed(self.entry(display, data), payload, self._secret)


# --------------------------------------------------------------------------------------------
# claimlint clean


def clean(folder: Path) -> bool:
    """Remove the cache folder; False when there was none. Raises :class:`CacheError` for a
    folder that is not a claimlint cache (no ``CACHEDIR.TAG`` of ours), which is kept."""
    if not folder.exists():
        return False
    tag = folder / "CACHEDIR.TAG"
    try:
        text = tag.read_text(encoding="ascii") if folder.is_dir() else ""
        ours = text.startswith(_TAG) and "created by claimlint" in text
    except (OSError, UnicodeDecodeError):
        ours = False
    if not ours:
        raise CacheError(f"{folder} is not a claimlint cache folder (no CACHEDIR.TAG); not removed")
    _rmtree(folder)
    return True


def _rmtree(folder: Path, ignore_errors: bool = False) -> None:
    """:func:`shutil.rmtree`, imported only when a folder is removed (rarely: not on the
    path of a one-file run)."""
    import shutil

    shutil.rmtree(folder, ignore_errors=ignore_errors)
