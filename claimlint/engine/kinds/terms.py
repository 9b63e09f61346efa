"""Term sets: the phrase lists a rule names, by lexicon (``@hedges``) or inline (decoded by
:class:`~claimlint.engine.kinds.params.Phrases`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimlint.regulatory.mentions import names_treatment
from claimlint.text.clauses import named_owner
from claimlint.text.framing import lead_in
from claimlint.text.lexicon import TermSet

if TYPE_CHECKING:
    from claimlint.engine.rule import Context
    from claimlint.text.document import Sentence
    from claimlint.text.lexicon import PhraseMatch

__all__ = [
    "TermSet",
    "grants_claim",
    "lead_in_holds",
    "persons_case",
    "tagged",
    "tags_of",
]


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


def lead_in_holds(unit: Sentence, ctx: Context, terms: TermSet) -> bool:
    """True when ``unit`` is a list item whose list's lead-in sentence holds one of
    ``terms``: "Benefits may include:" hedges each item after it."""
    if not terms or unit.block.kind != "list-item":
        return False
    lead = lead_in(unit.block, ctx.document.blocks)
    tag = terms.tag
    return lead is not None and any(tag in m.tags for m in ctx.matches_elsewhere(lead))


def grants_claim(text: str, m: PhraseMatch) -> bool:
    """True when a phrase that would cancel a claim grants it instead: a concessive
    condition ("even when diet and exercise have failed", "even if you have tried
    everything"), and a risk denied ("without the risks of isotretinoin", "with none of
    the side effects", "no side effects to put up with"), which adds a safety claim; a
    risk lowered ("cuts your risk of a second heart attack", "halves the risk of
    relapse"), which is a claim of prevention; not
    a condition after a modal ("snoring can stop even when apnea continues"), where the
    condition was all that made the possibility plain."""
    if _DENIED.search(text, max(0, m.start - 24), m.start) or _LOWERED.search(
        text, max(0, m.start - 24), m.start
    ):
        return True
    if m.text.lower() not in ("when", "if", "after", "though"):
        return False
    before = text[: m.start].rstrip()
    return before.lower().endswith("even") and _MODAL.search(before) is None


#: What denies the risk named after it: "without (the|any)", "none of the", "no", "zero".
_DENIED = re.compile(
    r"(?i)\b(?:without(?:\s+(?:the|any))?|(?:with\s+)?none\s+of\s+the|no|zero|free\s+(?:of|from))"
    r"\s*$"
)

#: What lowers the risk named after it: "lowers the", "cuts your", "halves their".
_LOWERED = re.compile(
    r"(?i)\b(?:lower|reduc|cut|halv|slash|lessen|decreas|minimi[sz]|shrink|drop|prevent)\w*"
    r"\s+(?:the\s+|your\s+|their\s+|his\s+|her\s+|a\s+patient's\s+)?$"
)


#: A modal verb of possibility.
_MODAL = re.compile(r"(?i)\b(?:can|could|may|might)\b")
