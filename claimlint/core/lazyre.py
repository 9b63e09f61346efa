"""A regular expression compiled the first time a run needs it.

Most of the patterns a module defines are reached by few texts (an editor's name in a
reference, a corporate author in a citation), yet compiling them all when the module is
imported cost a start about a hundred milliseconds. A :class:`LazyPattern` is defined where
the pattern is, reads like one (``_YEAR()`` is the compiled pattern), and compiles once,
on its first call.
"""

from __future__ import annotations

import re


class LazyPattern:
    """A pattern and its flags, compiled on the first call and kept."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return compiled
