"""Implements CL401; what it finds and why: rules/CL401-regulatory-claim.yml.

How a sentence is read: the treatment is the one right after an attributive "FDA-approved
...", else those named before the approval word in its clause; the conditions are those the
word links to ("approved for depression and anxiety"). A statement naming no condition is
reported only when the knowledge pack records no approval of the treatment at all. "Legal"
said of a federally prohibited drug is reported when the clause says nationwide, when the
sentence names no state ("decriminalised" then passes), or when a state it names has no
licensed programme for the drug. Facts come from :func:`claimlint.regulatory.mentions.pack_for`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from typing import Any

from claimlint.engine.checks import BaseCheck
from claimlint.engine.rule import Context, Hit, Needs, configured_jurisdiction
from claimlint.regulatory.knowledge import KnowledgePack
from claimlint.regulatory.mentions import (
    APPROVAL_WORDS,
    LEGAL_WORDS,
    NATIONWIDE,
    STATE_NAMES,
    Mention,
    mentions,
    pack_for,
)
from claimlint.text.clauses import clause_bounds, is_negated, is_question
from claimlint.text.document import Sentence
from claimlint.text.prefilter import Needles, needles

#: Wording that makes an approval future, hypothetical or a process, not a status.
_NOT_A_STATUS = re.compile(
    r"(?i)\b(?:may|might|could|would|will|expected|expects?|hopes?|hoped|seek|seeks|seeking|"
    r"sought|appl(?:y|ied|ies|ication)|submit(?:ted|s)?|submission|pending|await(?:s|ing)?|"
    r"until|before|if|whether|path|process|decision|declined|rejected|refused|denied|"
    r"voted|panel|advisory|pursue|pursuing|toward|towards|closer|soon|yet|"
    r"breakthrough\s+therapy|designation|fast[\s-]track|priority\s+review|trials?)\b"
)
#: What links an approval word to the use it names.
_USE_LINK = re.compile(
    r"(?i)\b(?:for|against|as|in|to\s+(?:treat|relieve|ease|help|manage|reduce|end|cure)"
    r"|(?:that\s+|which\s+)?(?:treats|ends|relieves|eases|cures|helps|reduces|eliminates|heals"
    r"|treat|end|relieve|ease|cure|help|reduce|eliminate|heal))\b"
)
#: Approval words about people, places or logistics, not a treatment.
_NOT_ABOUT_TREATMENT = re.compile(
    r"(?i)\s+(?:psychiatrists?|providers?|prescribers?|clinicians?|doctors?|physicians?|nurses?|"
    r"practitioners?|facilitators?|therapists?|professionals?|centers?|centres?|clinics?|"
    r"facilities|facility|sites?|settings?|locations?|pharmac(?:y|ies)|staff|insurance|"
    r"payment|appointments?|applications?|forms?|list|by\s+(?:your|our|the)\s+insurer)\b"
)
#: A state of :data:`~claimlint.regulatory.mentions.STATE_NAMES` named in a text, and an approval
#: under state law ("approved by the state", "licensed under Oregon's programme").
_STATES = "|".join(STATE_NAMES)
_STATE = re.compile(rf"(?i)\b({_STATES})\b")
_BY_STATE = re.compile(rf"(?i)\s+(?:by|under|through)\s+(?:a\s+)?(?:state|{_STATES})")
_LIST_GAP = re.compile(r"(?i)^[\s,;/&]*(?:(?:and|or|and/or|as\s+well\s+as|plus)\s*)?$")
_WORDS = re.compile(r"[\w'’-]+")


@cache
def _status_words() -> Needles:
    """Words a sentence holds when it names an approval or a legal status."""
    return needles(APPROVAL_WORDS, LEGAL_WORDS)


class RegulatoryClaim(BaseCheck):
    """Approval and legal-status statements that the knowledge pack contradicts."""

    uses_knowledge = True

    def unit_needs(self, options: dict[str, Any]) -> Needs | None:
        """A sentence that may name an approval or a legal status (the engine skips the
        others, most of them, without calling :meth:`check_unit`)."""
        return Needs.of((), (_status_words(),))

    def check_unit(self, unit: Sentence, ctx: Context, options: dict[str, Any]) -> Iterator[Hit]:
        text = unit.text
        if is_question(text):
            return
        approvals = list(APPROVAL_WORDS.finditer(text))
        legal = list(LEGAL_WORDS.finditer(text))
        if not approvals and not legal:
            return  # most sentences state no status: no need to look for treatments
        jurisdiction = configured_jurisdiction(ctx.option)
        found = [m for m in mentions(text, jurisdiction) if not m.ambiguous]
        treatments = [m for m in found if m.kind == "treatment"]
        if not treatments:
            return
        pack = pack_for(jurisdiction)
        for word in approvals:
            message = _approval_problem(pack, text, word, found, jurisdiction)
            if message:
                yield Hit(word.start(), word.end(), {"match": word.group()}, message=message)
                return
        for word in legal:
            message = _legal_problem(pack, text, word, treatments, jurisdiction)
            if message:
                yield Hit(word.start(), word.end(), {"match": word.group()}, message=message)
                return


def _approval_problem(
    pack: KnowledgePack,
    text: str,
    word: re.Match[str],
    found: list[Mention],
    jurisdiction: str,
) -> str | None:
    _, b = clause_bounds(text, word.start(), word.end())
    if is_negated(text, word.start()) or _NOT_A_STATUS.search(_last_words(text, word.start(), 5)):
        return None
    if _NOT_ABOUT_TREATMENT.match(text, word.end()):
        return None  # "authorized psychiatrists", "approved providers", "cleared for surgery"
    if _NOT_A_STATUS.match(text, word.end()) or _BY_STATE.match(text, word.end()):
        return None
    subjects = _subjects(text, word, found, 0)
    if not subjects:
        return None
    uses = _uses(text, word, found, b, subjects)
    names = " or ".join(dict.fromkeys(s.text for s in subjects))
    regulator = "FDA" if jurisdiction.startswith("us") else "the regulator"
    if not uses:
        if any(pack.approvals_for(s.target, None, jurisdiction) for s in subjects):
            return None
        note = _first_note(pack, subjects[0].target, jurisdiction)
        message = f"'{word.group()}': the knowledge pack records no {regulator} approval of {names}"
        return message + (f" ({note})" if note else "")
    missing = [
        c
        for c in uses
        if not any(
            pack.approvals_for(s.target, c.target, jurisdiction, include_narrower=True)
            for s in subjects
        )
    ]
    if not missing:
        return None
    condition = missing[0]
    status = pack.use_status(subjects[0].target, condition.target, jurisdiction)
    label = f" ({status.status} use)" if status and status.needs_disclosure else ""
    approved = [
        pack.conditions[x.use].name if x.use in pack.conditions else x.use
        for x in pack.approvals_for(subjects[0].target, None, jurisdiction)
    ]
    known = (
        f"; recorded approvals: {', '.join(dict.fromkeys(approved))}"
        if approved
        else "; it has no recorded approval"
    )
    return (
        f"'{word.group()}': the knowledge pack records no {regulator} approval or clearance of "
        f"{names} for {condition.text}{label}{known} (as of {pack.as_of.isoformat()})"
    )


def _subjects(text: str, word: re.Match[str], found: list[Mention], a: int) -> list[Mention]:
    """The treatments an approval word may be about: the one right after an attributive
    "FDA-approved ...", then those named before it in its clause."""
    before = [m for m in found if m.kind == "treatment" and a <= m.start and m.end <= word.start()]
    for m in found:
        if m.kind != "treatment" or m.start < word.end():
            continue
        if len(_WORDS.findall(text[word.end() : m.start])) <= 3:
            return [m, *before]
        break
    return before


def _uses(
    text: str, word: re.Match[str], found: list[Mention], b: int, subjects: list[Mention]
) -> list[Mention]:
    """The conditions named as the approved use: linked by "for", "to treat" ..., then a list."""
    start = max([word.end(), *(s.end for s in subjects if s.start >= word.end())])
    conditions = [m for m in found if m.kind == "condition" and start <= m.start < b]
    if not conditions:
        return []
    first = conditions[0]
    gap = text[start : first.start]
    if len(_WORDS.findall(gap)) > 8 or not _USE_LINK.search(gap):
        return []
    uses = [first]
    for prev, nxt in pairwise(conditions):
        if not _LIST_GAP.match(text[prev.end : nxt.start]):
            break
        uses.append(nxt)
    return uses


def _last_words(text: str, end: int, n: int) -> str:
    """The last ``n`` words of ``text`` before ``end``."""
    words = list(_WORDS.finditer(text, 0, end))
    return text[words[-n].start() : end] if len(words) >= n else text[:end]


def _first_note(pack: KnowledgePack, treatment: str, jurisdiction: str) -> str | None:
    for entry in pack.treatments[treatment].non_approved_uses:
        if entry.note and entry.jurisdiction == jurisdiction.split("-")[0]:
            return " ".join(entry.note.split())
    return None


def _legal_problem(
    pack: KnowledgePack,
    text: str,
    word: re.Match[str],
    treatments: list[Mention],
    jurisdiction: str,
) -> str | None:
    if is_negated(text, word.start()):
        return None
    a, b = clause_bounds(text, word.start(), word.end())
    near = [m for m in treatments if a <= m.start < b]
    if not near:
        return None
    subject = near[0]
    statuses = pack.control_statuses(subject.target, jurisdiction)
    federal = statuses[-1] if statuses else None
    if federal is None or federal.status != "prohibited":
        return None
    clause = text[a:b]
    if NATIONWIDE.search(clause):
        return (
            f"'{word.group()}': {subject.text} is prohibited under federal law "
            f"({federal.schedule or 'Schedule I'}); no state law makes it legal nationwide"
        )
    states = [s.lower() for s in _STATE.findall(text)]
    if not states:
        if word.group().lower().startswith("decriminali"):
            return None
        return (
            f"'{word.group()}': {subject.text} is prohibited under federal law "
            f"({federal.schedule or 'Schedule I'}); say where and under which state programme"
        )
    treatment = pack.treatments[subject.target]
    for state in states:
        local = treatment.control_in(STATE_NAMES[state])
        if local is None or local.status != "state-licensed":
            return (
                f"'{word.group()}': {state.title()} has no licensed programme for {subject.text}; "
                f"it is prohibited under federal law ({federal.schedule or 'Schedule I'})"
            )
    return None


CHECK = RegulatoryClaim()
