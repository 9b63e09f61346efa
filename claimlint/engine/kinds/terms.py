"""Term sets: the phrase lists a rule names, by lexicon (``@hedges``) or inline (decoded by
:class:`~claimlint.engine.kinds.params.Phrases`)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from claimlint.core.lazyre import LazyPattern
from claimlint.regulatory.mentions import names_treatment
from claimlint.text.clauses import named_owner
from claimlint.text.framing import lead_in
from claimlint.text.lexicon import TermSet

if TYPE_CHECKING:
    from claimlint.engine.rule import Context
    from claimlint.text.document import Sentence
    from claimlint.text.lexicon import PhraseMatch

__all__ = [
    "BUSINESS_NAME",
    "TermSet",
    "denied",
    "grants_claim",
    "lead_in_holds",
    "names_a_product",
    "persons_case",
    "tagged",
    "tags_of",
    "tells_a_case",
    "tells_one_case",
]

#: ", not" right before an outcome: what the sentence says the treatment does not touch
#: ("treats blocked drainage, not allergy"); "not just" and "not only" add to the claim.
_DENIED_BEFORE = LazyPattern(r"(?i),\s*(?:and\s+|but\s+)?not\s+(?!just\b|only\b|merely\b)$")


def denied(text: str, start: int) -> bool:
    """Whether the outcome at ``start`` is set aside with ", not" ("..., not allergy")."""
    return _DENIED_BEFORE().search(text, max(0, start - 12), start) is not None


#: A run of capitalised words that ends with what names a business ("Renew Recovery
#: Infusion Center", "Restore Wellness", "Roots & Resilience Integrative Health"): a name,
#: whatever its words would say as a sentence.
BUSINESS_NAME = LazyPattern(
    r"(?:[A-Z][\w'’-]*\s+(?:&\s+)?){0,4}(?:Center|Centre|Centers|Centres|Clinic|Clinics"
    r"|Institute|Spa|Medspa|MedSpa|Practice|Wellness|Health|Hospital|Group|Labs?|Studio"
    r"|Associates|Partners|Pharmacy|Lounge|Collective|Co\.|Inc\.?|LLC"
    # the trades a practice is named by ("Peak Recovery Sports Massage")
    r"|Massage|Physio|Physiotherapy|Chiropractic|Osteopathy|Podiatry|Acupuncture|Dental"
    r"|Dentistry|Aesthetics|Rehab|Rehabilitation|Wellbeing|Medical)\b"
)


#: The capitalised words of a name and the kind of offering it names, after a trigger
#: that is one of its words ("our Melasma Clear protocol", "the Elbow Reset Program"); a
#: function word is no word of a name ("Fade Dark Patches Faster Than Any Cream").
_PRODUCT_AFTER = LazyPattern(
    r"(?:\s+(?!(?:Than|Any|The|An?|For|With|In|Of|And|To|Your|Our|Or|By|At|From|On|Every"
    r"|All|No)\b)[A-Z][\w'’-]*){0,2}\s+(?i:protocol|program|programme|method|system|plan"
    r"|package|treatment|therapy|technique|drip|course|formula|cream|serum|kit|facial|peel"
    r"|bundle|membership|cleanse|detox|session|clinic|pathway|journey)s?\b"
)
#: The capitalised word right before a trigger, when a name's words run on into it.
_CAPITAL_BEFORE = LazyPattern(r"([A-Z][\w'’-]*)\s+\Z")
#: Capitalised words of a title-cased headline that name nothing: determiners, owners
#: and the adverbs of degree ("The Most Effective Treatment", "An Effective Treatment").
_NOT_NAME_WORDS = frozenset(
    {"the", "a", "an", "our", "your", "their", "my", "this", "that", "these", "most"}
    | {"more", "very", "truly", "highly", "really", "only", "best", "clinically", "new"}
    | {"all", "every", "proven", "fast", "safe", "natural"}
)


def names_a_product(text: str, start: int, end: int) -> bool:
    """True when the capitalised trigger at ``start``-``end`` is a word of the name of an
    offering: a capitalised word runs into it and the kind of offering follows ("our
    Melasma Clear protocol", "the Elbow Reset Program"), whatever the name's words would
    say as a sentence. A trigger that opens its sentence ("Clear skin in six weeks") is no
    name's word."""
    if not text[start : start + 1].isupper():
        return False
    before = _CAPITAL_BEFORE().search(text, max(0, start - 30), start)
    if before is None or before.group(1).casefold() in _NOT_NAME_WORDS:
        return False
    return _PRODUCT_AFTER().match(text, end) is not None


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


#: A client named before a claim: a given name owning something ("Amira's milk supply"),
#: doing or being something ("Joan rebuilt", "Sophie was dry"), or with their age ("Jessica,
#: 38, lost").
_NAMED_CLIENT = LazyPattern(
    r"\b(?P<name>[A-Z][a-z]{2,})(?:(?P<owns>['’]s\s)|\s+(?:was|is|had|has|went|got|came|left"
    r"|felt|walked|[a-z]{3,}ed)\b|,\s+(?:aged\s+)?\d{1,3},\s+[a-z]{3,})"
)


def tells_a_case(text: str, start: int, not_names: Collection[int] = ()) -> bool:
    """True when a named client's case stands before ``start``: the name is no treatment's
    ("Botox's effect"), no eponym's or place's ("Parkinson's tremor"), no plural
    ("Patients treated") and starts none of ``not_names`` (an outcome: "Acne cleared")."""
    for found in _NAMED_CLIENT().finditer(text, 0, start):
        a, b = found.span("name")
        if a in not_names or names_treatment(text, a, b):
            continue
        if found.group("owns") is not None:
            if named_owner(text, found.end()) is None:
                continue  # an eponym, a place, an institution
        elif found.group("name").endswith("s"):
            continue  # "Patients treated here": people in general, no one named
        return True
    return False


#: One person told of in the third person ("his", "she"), and a verb in the past.
_ONE_PERSON = re.compile(r"(?i)\b(?:he|she|his|her)\b")
_PAST_VERB = re.compile(
    r"(?i)\b(?:had|was|[a-z]{3,}ed|lost|slept|felt|got|went|came|left|grew|rode|threw|gave"
    r"|took|began|ran|quit|kept|became|found|made|saw|wore|woke|walked|stood|sat|ate|drove)\b"
)


def tells_one_case(text: str, start: int, not_names: Collection[int] = ()) -> bool:
    """True when the sentence tells, in the past, what happened to one person named or
    pointed to before ``start`` ("within a month of his treatment the ulcer had healed"):
    a client's case, a testimonial, not a claim to every reader. ``not_names`` as for
    :func:`tells_a_case`."""
    return _PAST_VERB.search(text) is not None and (
        _ONE_PERSON.search(text, 0, start) is not None or tells_a_case(text, start, not_names)
    )


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
