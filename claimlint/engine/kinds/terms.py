"""Term sets: the phrase lists a rule names, by lexicon (``@hedges``) or inline."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from claimlint.core.yamlnodes import Located
from claimlint.engine.rule import rule_error
from claimlint.text.lexicon import Lexicon, expand


class TermSet:
    """A named set of phrases: its tag for the one-pass matcher and its surface forms."""

    def __init__(self, tag: str, forms: set[str], lexicons: tuple[str, ...]) -> None:
        self.tag = tag
        self.forms = forms
        self.lexicons = lexicons

    def __bool__(self) -> bool:
        return bool(self.forms)


def term_set(
    rule_id: str,
    key: str,
    value: Any,
    loc: Located,
    lexicons: Mapping[str, Lexicon],
    inflect: str = "none",
) -> TermSet:
    """Read a list of phrases and ``@lexicon`` references from parameter ``key``."""
    if value is None:
        return TermSet(f"{rule_id}:{key}", set(), ())
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise rule_error(loc, f"'{key}' must be a list of phrases or @lexicon names", key)
    forms: set[str] = set()
    names: list[str] = []
    for i, item in enumerate(value):
        if item.startswith("@"):
            name = item[1:]
            lexicon = lexicons.get(name)
            if lexicon is None:
                known = ", ".join(sorted(lexicons)) or "none"
                raise rule_error(loc, f"unknown lexicon '{name}' (known: {known})", key, i)
            forms |= lexicon.forms()
            names.append(name)
        elif item.strip():
            forms |= expand(item, inflect)
        else:
            raise rule_error(loc, f"empty phrase in '{key}'", key, i)
    return TermSet(f"{rule_id}:{key}", forms, tuple(names))


def tagged(sets: Iterable[TermSet]) -> list[tuple[str, Iterable[str]]]:
    """(tag, forms) pairs for the matcher, skipping empty sets."""
    return [(s.tag, s.forms) for s in sets if s]


def tags_of(sets: Iterable[TermSet]) -> frozenset[str]:
    """The tags of the non-empty sets among ``sets`` (for :meth:`Kind.needs`)."""
    return frozenset(s.tag for s in sets if s)
