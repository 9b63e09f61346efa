"""Term sets: the phrase lists a rule names, by lexicon (``@hedges``) or inline (decoded by
:class:`~claimlint.engine.kinds.params.Phrases`)."""

from __future__ import annotations

from collections.abc import Iterable

from claimlint.regulatory.mentions import names_treatment
from claimlint.text.clauses import named_owner
from claimlint.text.lexicon import TermSet

__all__ = ["TermSet", "persons_case", "tagged", "tags_of"]


def tagged(sets: Iterable[TermSet]) -> list[tuple[str, Iterable[str]]]:
    """(tag, phrases) pairs for the matcher, skipping empty sets (the phrases are the set
    itself: a shipped matcher is found by its word lists, without working out its forms)."""
    return [(s.tag, s) for s in sets if s]


def tags_of(sets: Iterable[TermSet]) -> frozenset[str]:
    """The tags of the non-empty sets among ``sets`` (for :meth:`Kind.needs`)."""
    return frozenset(s.tag for s in sets if s)


def persons_case(text: str, start: int) -> bool:
    """True when the word at ``start`` belongs to a named person ("Maria's migraines",
    "his mood"): one client's case, not a claim to every reader. A drug's name in the
    possessive ("Ketamine's effect") is not a person."""
    owner = named_owner(text, start)
    return owner is not None and not names_treatment(text, *owner)
