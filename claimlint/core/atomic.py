"""Replace a file's contents atomically: a temporary file in the same folder, then ``os.replace``.

Readers see the old file or the new one, never half of either; on any error the
old file is left as it was and the temporary file is removed. Used by fixes,
baselines and ``claimlint init``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


class AtomicWriteError(Exception):
    """The file could not be replaced; it is unchanged."""


def _default_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path: Path, data: bytes, expected: bytes | None = None) -> None:
    """Write ``data`` to ``path`` (a symlink: to its target), keeping the permission bits of
    the file it replaces (a new file gets the umask's). With ``expected``, the file must
    still hold exactly those bytes (it is being fixed from them); a read-only file is never
    replaced. Raises :class:`AtomicWriteError`, leaving the file untouched."""
    target = Path(os.path.realpath(path))
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        if expected is not None:
            raise AtomicWriteError("the file no longer exists") from None
        mode = _default_mode()
    except OSError as exc:
        raise AtomicWriteError(exc.strerror or str(exc)) from None
    else:
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise AtomicWriteError("the file is read-only")

    def check() -> None:
        if expected is not None and target.read_bytes() != expected:
            raise AtomicWriteError("the file changed while claimlint was working on it")

    try:
        replace_file(target, data, mode=mode, durable=True, before=check)
    except OSError as exc:
        raise AtomicWriteError(exc.strerror or str(exc)) from None


def replace_file(
    target: Path,
    data: bytes,
    *,
    mode: int | None = None,
    durable: bool = True,
    suffix: str = ".claimlint-tmp",
    before: Callable[[], None] | None = None,
) -> None:
    """The mechanism: ``data`` into a temporary file beside ``target`` (flushed to disk when
    ``durable``; given ``mode``, else mkstemp's owner-only one), ``before()`` run last, then
    ``os.replace``. On any error the temporary file is removed and ``target`` is as it
    was. Raises OSError (and whatever ``before`` raises). The cache uses it directly:
    its entries are private and need not survive a power cut."""
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        if before is not None:
            before()
        os.replace(temp, target)
    except BaseException:
        _remove(temp)
        raise


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
