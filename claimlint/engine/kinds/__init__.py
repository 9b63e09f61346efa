"""The rule kinds the engine provides, listed explicitly (no import-time registration)."""

from __future__ import annotations

from claimlint.engine.kinds.check import CheckKind, SystemKind
from claimlint.engine.kinds.claim import ClaimKind
from claimlint.engine.kinds.evidence import EvidenceKind
from claimlint.engine.kinds.group import ConditionGroupKind
from claimlint.engine.kinds.pattern import PatternKind
from claimlint.engine.kinds.phrase import PhraseKind
from claimlint.engine.kinds.predicate import PredicateKind
from claimlint.engine.kinds.require import RequireKind
from claimlint.engine.kinds.scored import ScoredKind
from claimlint.engine.kinds.testimonial import TestimonialKind
from claimlint.engine.rule import Kind

KINDS: dict[str, type[Kind]] = {
    kind.name: kind
    for kind in (
        PhraseKind,
        PatternKind,
        ClaimKind,
        PredicateKind,
        ConditionGroupKind,
        ScoredKind,
        EvidenceKind,
        RequireKind,
        TestimonialKind,
        CheckKind,
        SystemKind,
    )
}
