"""The lock file, ``claimlint-sources.lock``: what the registries answered for each entry.

A YAML file in the site's repository, meant to be committed and reviewed::

    version: 1
    sources:
      - reference: Hale, P., Ortiz, M., & Brandt, K. (2016). Rapid effects of ...
        doi: 10.5555/example.2016.1
        doi-found: true
        searched:
          - Crossref DOI 10.5555/example.2016.1
        records:
          - registry: crossref
            doi: 10.5555/example.2016.1
            title: Rapid effects of an infusion
            ...
        checked: '2025-06-01'

One item per entry text (:func:`~claimlint.biblio.records.entry_key`), sorted by it,
``checked`` last. With it, ``--offline`` needs no network and gives the answers of the
run that wrote it; answers older than ``sources-max-age`` days are asked again.

Writes go through ruamel.yaml's round trip, changing only the items looked up again or
added, so comments people add stay (a comment line above an item belongs to the
``checked`` line before it, which an update keeps) and a file written by claimlint
and read back is written back byte for byte. Every write is atomic
(:mod:`claimlint.core.atomic`) and made under an exclusive lock on the folder, after
reading the file again and merging: two runs at once both keep their answers. A file
claimlint cannot read is an error with its line and column, and is never rewritten.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from claimlint.biblio.records import Lookup, RecordDataError, lookup_from_data
from claimlint.core.atomic import AtomicWriteError, write_atomically
from claimlint.core.yamlnodes import Located, YamlError, load_located
from claimlint.run.config import ConfigError, versioned_list

LOCK_NAME = "claimlint-sources.lock"
LOCK_VERSION = 1
HEADER = """\
claimlint-sources.lock: what the scholarly registries (Crossref, PubMed) answered for
each source-list entry, written by `claimlint check --verify-sources`. Commit it: with
it, `claimlint check --offline` checks sources without a network and gives the same
answers. Answers older than `sources-max-age` days are asked again;
`--refresh-sources` asks again for all. Comments you add are kept."""
#: The keys an item may have (a typo in a hand edit is an error, not ignored).
ITEM_KEYS = frozenset(
    {"reference", "checked", "doi", "doi-found", "pmid", "pmid-found", "searched"}
    | {"notes", "unavailable", "records"}
)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class LockError(ConfigError):
    """A lock file that cannot be read or written (exit status 2)."""


@dataclass(frozen=True, slots=True)
class Answer:
    """The registries' answer for one entry and the day it was given."""

    lookup: Lookup
    """What they answered."""
    checked: date
    """When."""

    def item(self, key: str) -> dict[str, Any]:
        """The lock file's item for entry ``key``."""
        return {"reference": key, **self.lookup.to_data(), "checked": self.checked.isoformat()}


@dataclass(slots=True)
class SourceLock:
    """A lock file as read (an absent one reads as empty)."""

    path: Path
    """The file."""
    text: str | None
    """Its text as read (None: it does not exist)."""
    answers: dict[str, Answer]
    """Answers by entry key."""

    @classmethod
    def load(cls, path: Path) -> SourceLock:
        """Read and validate the lock file (raises :class:`LockError`)."""
        text = _read(path)
        return cls(path, text, parse_lock(text, str(path)) if text is not None else {})

    def save(self, new: Mapping[str, Answer]) -> bool:
        """Write ``new`` into the file, keeping every other item and comment; True when
        the file changed. Raises :class:`LockError` (the file is then as it was)."""
        if not new:
            return False
        with _exclusive(self.path.parent):
            current = _read(self.path)
            if current is not None and current != self.text:
                parse_lock(current, str(self.path))  # changed meanwhile: still readable?
            text = updated_text(current, new)
            if text == current:
                return False
            try:
                write_atomically(self.path, text.encode("utf-8"))
            except AtomicWriteError as exc:
                raise LockError(f"cannot write the lock file: {exc}", str(self.path)) from None
        self.text = text
        self.answers.update(new)
        return True


def _read(path: Path) -> str | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise LockError(f"cannot read the lock file: {exc.strerror or exc}", str(path)) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LockError(f"invalid UTF-8 (byte 0x{raw[exc.start]:02x})", str(path)) from None


def parse_lock(text: str, display: str) -> dict[str, Answer]:
    """The answers in a lock file's text; raises :class:`LockError` with a position."""
    try:
        loc = load_located(text, display)
    except YamlError as exc:
        raise LockError(exc.message, exc.path, exc.line, exc.column) from None
    items = versioned_list(loc, "lock file", LOCK_VERSION, "sources", LockError)
    out: dict[str, Answer] = {}
    for i, item in enumerate(items):
        at = ("sources", i)
        if not isinstance(item, dict):
            raise _fail(loc, "each item of 'sources' must be a mapping", *at)
        unknown = sorted(set(item) - ITEM_KEYS)
        if unknown:
            raise LockError(
                f"unknown key '{unknown[0]}' (expected {', '.join(sorted(ITEM_KEYS))})",
                display,
                *_where(loc.key_mark(*at, unknown[0])),
            )
        key = item.get("reference")
        if not isinstance(key, str) or not key.strip():
            raise _fail(loc, "an item needs 'reference' (the entry's text)", *at)
        if key in out:
            raise _fail(loc, "this reference is already listed above", *at, "reference")
        checked = item.get("checked")
        if not isinstance(checked, str) or not _DAY.match(checked):
            raise _fail(loc, "'checked' must be a date such as 2025-06-01", *at, "checked")
        try:
            day = date.fromisoformat(checked)
            lookup = lookup_from_data(item, checked, at)
        except RecordDataError as exc:
            raise _fail(loc, exc.message, *exc.keys) from None
        except ValueError:
            raise _fail(
                loc, "'checked' must be a date such as 2025-06-01", *at, "checked"
            ) from None
        out[key] = Answer(lookup, day)
    return out


def _where(mark: Any) -> tuple[int, int]:
    return mark.line, mark.column


def _fail(loc: Located, message: str, *keys: Any) -> LockError:
    return LockError(message, loc.path, *_where(loc.mark(*keys)))


# --------------------------------------------------------------------------------------------
# writing


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.width = 1 << 16
    yaml.allow_unicode = True
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _order(key: str) -> tuple[str, str]:
    return (key.casefold(), key)


def updated_text(text: str | None, new: Mapping[str, Answer]) -> str:
    """``text`` (None: no file yet) with the items of ``new`` replaced or added in order."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    yaml = _yaml()
    data = yaml.load(text) if text else None
    if not isinstance(data, CommentedMap):
        data = CommentedMap()
        data.yaml_set_start_comment(HEADER)
        data["version"] = LOCK_VERSION
    seq = data.get("sources")
    if not isinstance(seq, CommentedSeq):
        seq = CommentedSeq()
        data["sources"] = seq
    where = {item.get("reference"): i for i, item in enumerate(seq) if isinstance(item, dict)}
    for key in sorted(new, key=_order):
        fresh = new[key].item(key)
        if key in where:
            _replace(seq[where[key]], fresh)
            continue
        at = next(
            (
                i
                for i, item in enumerate(seq)
                if isinstance(item, dict) and _order(str(item.get("reference"))) > _order(key)
            ),
            len(seq),
        )
        item = _commented(fresh)
        seq.insert(at, item)
        _keep_comments_in_place(data, seq, at)
        where = {item.get("reference"): i for i, item in enumerate(seq) if isinstance(item, dict)}
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


def _keep_comments_in_place(data: Any, seq: Any, at: int) -> None:
    """After inserting ``seq[at]``: the comment lines that stood above the item now after
    it go with that item, not above the new one. ruamel.yaml files them under the last
    key of the item before (or, above the first item, under ``sources``)."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    new = seq[at]
    if at > 0:
        before = seq[at - 1]
        last = list(before)[-1] if isinstance(before, dict) and before else None
        slot: list[Any] | None = before.ca.items.get(last) if last is not None else None
        token = slot[2] if slot else None
        if slot is None or token is None:
            return
        value = str(token.value)
        cut = value.find("\n") + 1 if value.startswith("#") else 0
        keep, move = value[:cut], value[cut:]
        if not move.strip():
            return
        if keep:
            token.value = keep
        else:
            slot[2] = None
        new.ca.items["checked"] = [
            None,
            None,
            CommentToken(move if move.startswith("\n") else "\n" + move, token.start_mark, None),
            None,
        ]
        return
    above = data.ca.items.get("sources")
    if above and above[3]:
        lines = "".join(str(t.value) for t in above[3]).splitlines()
        text = "".join(f"  {line.strip()}\n" if line.strip() else "\n" for line in lines)
        data.ca.items["sources"][3] = None
        if seq.ca.comment:
            seq.ca.comment[1] = None
        new.ca.items["checked"] = [
            None,
            None,
            CommentToken("\n" + text, CommentMark(0), None),
            None,
        ]


def _commented(value: Any) -> Any:
    """Plain data as ruamel.yaml's block-style containers."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _commented(v)
        return out
    if isinstance(value, list):
        seq = CommentedSeq(_commented(v) for v in value)
        if all(isinstance(v, (str, int)) for v in value) and value and _short(value):
            seq.fa.set_flow_style()
        return seq
    return value


def _short(values: list[Any]) -> bool:
    """Whether a list of scalars reads best on one line (authors, years)."""
    return sum(len(str(v)) + 2 for v in values) <= 100


def _replace(item: Any, fresh: Mapping[str, Any]) -> None:
    """Put ``fresh`` in the place of ``item``'s keys, keeping the item itself (and the
    comments filed under its keys)."""
    for k in list(item):
        del item[k]
    for k, v in fresh.items():
        item[k] = _commented(v)


@contextlib.contextmanager
def _exclusive(folder: Path) -> Iterator[None]:
    """An exclusive lock on ``folder`` for a read-merge-write (where the system has
    ``flock``; elsewhere the write is still atomic, and a concurrent run may lose)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
