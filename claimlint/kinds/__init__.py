"""The rule kinds the engine provides, listed explicitly (no import-time registration)."""

from __future__ import annotations

from claimlint.kinds.check import CheckKind, SystemKind
from claimlint.kinds.claim import ClaimKind
from claimlint.kinds.evidence import EvidenceKind
from claimlint.kinds.pattern import PatternKind
from claimlint.kinds.phrase import PhraseKind
from claimlint.kinds.require import RequireKind
from claimlint.kinds.substitution import SubstitutionKind
from claimlint.kinds.testimonial import TestimonialKind
from claimlint.rule import Kind

KINDS: dict[str, type[Kind]] = {
    kind.name: kind
    for kind in (
        PhraseKind,
        PatternKind,
        SubstitutionKind,
        ClaimKind,
        EvidenceKind,
        RequireKind,
        TestimonialKind,
        CheckKind,
        SystemKind,
    )
}
