"""Phrase matchers of the built-in pack, shipped built (:mod:`claimlint.core.prebuilt`).

Building a :class:`~claimlint.text.lexicon.PhraseMatcher` (every spelling of every
phrase put in a token trie) is the costly part of a matcher; its result is plain data.
:func:`phrase_matcher` files it under a hash of the tagged phrases and of
``lexicon.py``'s source, so a shipped trie is used only for the very phrases and code
it was built from (in any order: a matcher is the same whatever the order of its
phrases, which ``tests/test_prebuilt.py`` checks). A rule's phrases are a
:class:`~claimlint.text.lexicon.TermSet`, hashed as its word lists (each list's
digest, :class:`~claimlint.text.lexicon.Words`, and inflection) rather than as the forms
they inflect to: a shipped matcher is found without working out a single form, or
(for a lexicon file, whose digest is that of its text) reading a single term.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from claimlint.core import prebuilt
from claimlint.text import lexicon
from claimlint.text.lexicon import PhraseMatcher, TermSet

#: Matchers built in this process (not shipped), by key, the most recently used last: a
#: rule set is built again from the same phrases by every proof of a rule's examples (a
#: plan of that rule alone, :func:`claimlint.engine.selfcheck.example_plan`), and a test
#: run builds rule sets many times. A matcher is not changed by matching (its memos of
#: words only grow), so one built from the same phrases and code can be used again.
_BUILT: dict[str, PhraseMatcher] = {}
_KEEP_BUILT = 256


def phrase_matcher(
    tagged: Iterable[tuple[str, Iterable[str]]], only: frozenset[str] | None = None
) -> PhraseMatcher:
    """``PhraseMatcher(tagged, only)``, from the shipped table when it holds it."""
    # A matcher does not depend on the order of its phrases (which may come from sets):
    # the key, and the matcher, are made from them sorted. A term set is keyed by its
    # word lists, whose forms are then worked out only to build a matcher not shipped.
    pairs = list(tagged)
    text = "\0".join(sorted(f"{tag}\1{_content(phrases)}" for tag, phrases in pairs))
    if only is not None:  # a gate (see PhraseMatcher)
        text += "\5" + "\0".join(sorted(only))
    digest = prebuilt.key(b"phrase-matcher", _source(), text.encode())
    built: list[PhraseMatcher] = []

    def build() -> dict[str, Any]:
        matcher = _BUILT.pop(digest, None)
        if matcher is None:
            matcher = PhraseMatcher(sorted((tag, tuple(sorted(p))) for tag, p in pairs), only)
        _BUILT[digest] = matcher  # the most recently used last
        while len(_BUILT) > _KEEP_BUILT:
            del _BUILT[next(iter(_BUILT))]
        built.append(matcher)
        return _state(matcher)

    state = prebuilt.lookup("phrase-matcher", digest, build)
    if built:
        return built[0]
    matcher = PhraseMatcher.__new__(PhraseMatcher)
    matcher.__setstate__({k: _pattern(v) for k, v in state.items()})
    return matcher


def _content(phrases: Iterable[str]) -> str:
    """What a tag's phrases are, for the key: a term set's word lists by their digests,
    other phrases themselves."""
    if isinstance(phrases, TermSet):
        return "\3" + "\3".join(sorted(f"{inflect}\4{w.digest}" for w, inflect in phrases.lists))
    return "\2".join(sorted(phrases))


@cache
def _source() -> bytes:
    return prebuilt.source_digest(lexicon.__file__)


def _state(matcher: PhraseMatcher) -> dict[str, Any]:
    """The matcher's state as plain data (a compiled pattern as its text and flags)."""
    return {
        k: ("re.Pattern", v.pattern, v.flags) if isinstance(v, re.Pattern) else v
        for k, v in matcher.__getstate__().items()
    }


def _pattern(value: Any) -> Any:
    if type(value) is tuple and len(value) == 3 and value[0] == "re.Pattern":
        return re.compile(value[1], value[2])
    return value
