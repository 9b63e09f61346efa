"""Compiled regular expressions carried from one run to the next.

claimlint's modules and rules compile a few hundred regular expressions, some of
them tens of kilobytes long (the one-pass phrase matchers, the knowledge pack's
aliases). Python compiles a pattern in two steps: parsing it and generating the
code its matching engine runs (pure Python, and most of a cold start), then a
quick C step that builds the pattern object from that code. This module keeps
the generated code of every pattern alive after a rule set is built and, on the
next start, rebuilds the pattern objects from it with that last C step, placing
them in :mod:`re`'s own cache; ``re.compile`` (at import time or later, and
when the pickled rule set is loaded) then finds them there.

The code is exactly what ``re.compile`` would generate on this interpreter: it
is produced by the same functions, and a cache file is only used by the very
build of Python that wrote it (the version string, ``_sre.MAGIC`` and the code
word size are part of its key). Anywhere this cannot hold (not CPython, a
Python whose internals differ) the module does nothing and patterns compile as
usual. Nothing here changes what any pattern matches.
"""

from __future__ import annotations

import gc
import hashlib
import importlib
import marshal
import re
import sys
from array import array
from collections.abc import Callable, Collection
from typing import Any

#: (pattern, the flags it is looked up with in re's cache, the pattern's flags, code words,
#: groups, group index, index group)
Entry = tuple[str, tuple[int, ...], int, bytes, int, dict[str, int], tuple[str | None, ...]]

_Internals = tuple[Callable[[str, int], Any], Callable[[Any, int], list[int]], Any]


def _internals() -> _Internals | None:
    """``(parse, generate code, _sre)`` of this interpreter, or None."""
    if sys.implementation.name != "cpython":
        return None
    try:
        sre = importlib.import_module("_sre")
        if sys.version_info >= (3, 11):
            parser = importlib.import_module("re._parser")
            compiler = importlib.import_module("re._compiler")
        else:  # pragma: no cover - Python 3.10
            parser = importlib.import_module("sre_parse")
            compiler = importlib.import_module("sre_compile")
        parse = parser.parse
        code = compiler._code
        if array("I").itemsize != sre.CODESIZE or not isinstance(_re_cache(), dict):
            return None
    except (ImportError, AttributeError):
        return None
    return parse, code, sre


def _re_cache() -> Any:
    return getattr(re, "_cache", None)


def interpreter_key() -> str | None:
    """What a cache file must have been written by, or None when this module is inactive."""
    internals = _internals()
    if internals is None:
        return None
    sre = internals[2]
    text = f"{sys.version}|{sys.hexversion}|{sre.MAGIC}|{sre.CODESIZE}|{sre.MAXREPEAT}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def harvest(exclude: Collection[str] = (), pickled: Collection[int] = ()) -> list[Entry]:
    """The code of every live string pattern, but those in ``exclude``.

    A pattern is looked up in :mod:`re`'s cache under the flags ``re.compile``
    was given: for one found in that cache, those it was compiled with; for
    others they are worked out from the pattern's flags less those its text
    sets itself (a wrong guess only means the entry is never used). A pattern
    that is loaded from a pickle (its id in ``pickled``) is compiled again with
    its own flags, so it is looked up under those too.
    """
    internals = _internals()
    if internals is None:
        return []
    parse, generate, _ = internals
    by_id: dict[int, int] = {}
    for key in list(_re_cache()):
        kind, _, flags = key
        if kind is str:
            compiled = _re_cache().get(key)
            if compiled is not None:
                by_id[id(compiled)] = int(flags)
    # The flags each (pattern, own flags) is looked up with: one entry per pattern.
    found: dict[tuple[str, int], set[int]] = {}
    for obj in gc.get_objects():
        if type(obj) is not re.Pattern or not isinstance(obj.pattern, str):
            continue
        pattern: str = obj.pattern
        if pattern in exclude:
            continue
        try:
            flags = by_id.get(id(obj))
            if flags is None:
                flags = obj.flags & ~parse(pattern, 0).state.flags
        except Exception:  # anything unexpected: leave that pattern out
            continue
        keys = found.setdefault((pattern, obj.flags), set())
        keys.add(flags)
        if id(obj) in pickled:
            keys.add(obj.flags)
    out: list[Entry] = []
    for (pattern, own), keys in found.items():
        try:
            flags = min(keys)
            parsed = parse(pattern, flags)
            state = parsed.state
            if flags | state.flags != own:
                continue
            words = array("I", generate(parsed, flags)).tobytes()
            groupindex = dict(state.groupdict)
            indexgroup: list[str | None] = [None] * state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            out.append(
                (
                    pattern,
                    tuple(sorted(keys)),
                    own,
                    words,
                    state.groups - 1,
                    groupindex,
                    tuple(indexgroup),
                )
            )
        except Exception:  # anything unexpected: leave that pattern out
            continue
    return out


def dumps(entries: list[Entry]) -> bytes:
    """Serialise entries (with the interpreter key)."""
    return marshal.dumps((interpreter_key(), entries))


def install(data: bytes) -> int:
    """Put the patterns of a :func:`dumps` payload into :mod:`re`'s cache; the number placed.

    Entries already cached are skipped, and a few slots of the cache are left free.
    """
    internals = _internals()
    if internals is None:
        return 0
    sre = internals[2]
    try:
        key, entries = marshal.loads(data)
    except Exception:
        return 0
    if key != interpreter_key() or not isinstance(entries, list):
        return 0
    cache = _re_cache()
    room = int(getattr(re, "_MAXCACHE", 512)) - len(cache) - 64
    placed = 0
    for entry in entries:
        if placed >= room:
            break
        try:
            pattern, flags, eff, words, groups, groupindex, indexgroup = entry
            keys = [(str, pattern, f) for f in flags if (str, pattern, f) not in cache]
            if not keys:
                continue
            code = array("I")
            code.frombytes(words)
            compiled = sre.compile(pattern, eff, code.tolist(), groups, groupindex, indexgroup)
            if compiled.flags != eff or compiled.groups != groups:
                continue
            for cache_key in keys:
                cache[cache_key] = compiled
                placed += 1
        except Exception:  # a malformed entry: compile that pattern normally
            continue
    return placed
