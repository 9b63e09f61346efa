"""Cheap tests that rule a regular expression out before it runs.

Most sentences hold no match of most patterns, and a search that finds
nothing still tries the pattern at every character. Yet nearly every pattern
names words its matches must contain: ``\\baccording\\s+to ...`` cannot match
a sentence without "according". :func:`needles` reads those words from the
parsed pattern (a literal run in the part every match goes through, or one
word of each alternative of a group every match goes through), and
:meth:`Needles.may_match` checks them with plain substring tests.

The test is exact in one direction only: when it says no, the pattern has no
match; when it says yes, the pattern still has to run. It works on the
lower-cased text and only for ASCII text (Unicode case folding has
characters outside ASCII that match ASCII letters, the Kelvin sign for
``k``); any other text, and any pattern it cannot read, always "may match".
"""

from __future__ import annotations

import importlib
import re
import sys
from functools import cache
from typing import Any, NamedTuple

from claimlint.core import prebuilt

#: Words shorter than this are in nearly every sentence: not worth testing (a digit or
#: ``%`` counts as long enough).
_MIN_WORD = 3
_RARE_CHARACTERS = frozenset("0123456789%")
#: A character class of at most this many characters is a group of one-character words.
_MAX_CLASS = 10
#: At most this many groups are tested (the most selective: longest words first).
_MAX_GROUPS = 3


class Needles(NamedTuple):
    """Groups of lower-case words: a text matching the pattern holds a word of each group."""

    groups: tuple[tuple[str, ...], ...] = ()
    """Each group's words; no groups means the pattern may match anything."""

    def may_match(self, lowered: str | None) -> bool:
        """False only when the pattern cannot match: ``lowered`` is :func:`ascii_lower` of the
        text (None for a text that is not ASCII, which always may match)."""
        if lowered is None:
            return True
        for group in self.groups:
            for word in group:
                if word in lowered:
                    break
            else:
                return False
        return True


def ascii_lower(text: str) -> str | None:
    """``text`` lower-cased for :meth:`Needles.may_match`, or None when it is not ASCII."""
    return text.lower() if text.isascii() else None


def needles(*patterns: re.Pattern[str]) -> Needles:
    """The words a match of any of ``patterns`` must contain (none when one of them can
    match without a word, or cannot be read).

    The built-in patterns' words ship worked out (:mod:`claimlint.core.prebuilt`, filed
    under the patterns, this module's source and the Python minor version, whose parser
    reads them): reading a pattern costs about as much as compiling it.
    """
    digest = prebuilt.key(
        b"needles",
        _source(),
        # the parser that reads a pattern is the same across a minor version's releases
        f"{sys.version_info[0]}.{sys.version_info[1]}".encode(),
        *(f"{p.flags}:{p.pattern}".encode() for p in patterns),
    )
    groups = prebuilt.lookup("needles", digest, lambda: _needles(patterns).groups)
    return Needles(tuple(tuple(group) for group in groups))


@cache
def _source() -> bytes:
    return prebuilt.source_digest(__file__)


def _needles(patterns: tuple[re.Pattern[str], ...]) -> Needles:
    # A construct the reading does not know requires no word (see _required): it never
    # fails on a pattern that compiles, so there is no fallback to hide a bug behind.
    found: list[frozenset[str]] | None = None
    for pattern in patterns:
        groups = _best(_required(_parse(pattern)))
        if not groups:
            return Needles()
        # A match of either pattern holds a word of the first pattern's best group
        # or of the second's: one group, their union.
        found = [groups[0] | found[0]] if found is not None else groups
    if not found:
        return Needles()
    return Needles(tuple(tuple(sorted(g, key=lambda w: (-len(w), w))) for g in found))


def _weight(word: str) -> int:
    # a letter outside ASCII ("á" of the Spanish future) is as rare as a digit in the prose
    # the patterns read, and no ASCII text holds it
    rare = word in _RARE_CHARACTERS or not word.isascii()
    return max(_MIN_WORD, len(word)) if rare else len(word)


def _plain_letter(ch: str) -> bool:
    """True for a character a lower-cased text holds as it stands, whatever the case the
    pattern ignores: ASCII, or a lower-case letter outside ASCII whose case partners are
    outside ASCII too ("á", "ñ"; not the long s or the Kelvin sign, which fold to ASCII)."""
    if ch.isascii():
        return True
    return ch.islower() and ch.upper().lower() == ch and not ch.upper().isascii()


def _best(groups: list[frozenset[str]]) -> list[frozenset[str]]:
    """The most selective groups: long words first, then small groups (a word that holds
    another of its group adds nothing: "10" with "1")."""
    useful: list[frozenset[str]] = []
    for group in groups:
        group = frozenset(w for w in group if not any(o != w and o in w for o in group))
        if min(map(_weight, group)) >= _MIN_WORD:
            useful.append(group)
    useful.sort(key=lambda g: (-min(map(_weight, g)), len(g), sorted(g)))
    return useful[:_MAX_GROUPS]


def _characters(items: Any, c: Any) -> frozenset[str] | None:
    """The characters a small character class matches in ASCII text (None: too many)."""
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < _MAX_CLASS:
            out.update(chr(x) for x in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:  # \d in ASCII text: 0-9
            out.update("0123456789")
        else:  # a negated class, \w, a wide range ...
            return None
    if len(out) > _MAX_CLASS or not all(ch.isascii() for ch in out):
        return None
    return frozenset(ch.lower() for ch in out)


def _modules() -> tuple[Any, Any]:
    try:
        return importlib.import_module("re._parser"), importlib.import_module("re._constants")
    except ImportError:  # Python 3.10
        return importlib.import_module("sre_parse"), importlib.import_module("sre_constants")


def _parse(pattern: re.Pattern[str]) -> Any:
    parser, _ = _modules()
    return parser.parse(pattern.pattern, pattern.flags)


def _required(items: Any) -> list[frozenset[str]]:
    """For a parsed sequence: sets of words, each of which has a member in every match."""
    _, c = _modules()
    groups: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            groups.append(frozenset(("".join(run),)))
            run.clear()

    for op, av in items:
        if op is c.LITERAL and _plain_letter(chr(av).lower()):
            run.append(chr(av).lower())
            continue
        flush()
        if op is c.SUBPATTERN:
            groups += _required(av[-1])
        elif op is getattr(c, "ATOMIC_GROUP", None):
            groups += _required(av)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            if av[0] >= 1:
                groups += _required(av[2])
        elif op is c.IN:
            chars = _characters(av, c)
            if chars:
                groups.append(chars)
        elif op is c.ASSERT:  # a lookahead or lookbehind: its text is in the text too
            groups += _required(av[1])
        elif op is c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                best = _best(_required(alternative))
                if not best:
                    union.clear()
                    break
                union |= best[0]
            if union:
                groups.append(frozenset(union))
        # Anything else (classes, any character, anchors, back references, negative
        # lookarounds, conditionals, a character outside ASCII) requires no word.
    flush()
    return groups
