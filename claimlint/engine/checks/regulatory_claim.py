"""Implements CL401; what it finds and why: rules/CL401-regulatory-claim.yml.

How a sentence is read: the treatment is the one right after an attributive "FDA-approved
...", else those named before the approval word in its clause; the conditions are those the
word links to ("approved for depression and anxiety"). A statement naming no condition is
reported only when the knowledge pack records no approval of the treatment at all. "Legal"
said of a federally prohibited drug is reported when the clause says nationwide, when the
sentence names no state ("decriminalised" then passes), or when a state it names has no
licensed programme for the drug. Facts come from :func:`claimlint.regulatory.mentions.pack_for`.

Besides a use the pack records no approval for, four classes of misstatement are read from the
pack's structure rather than from names: an approval claimed for a universal population
("approved for anyone", "for every type of acne"), since every approval names a population;
an approval claimed for the other sex than the only one the recorded approvals cover; a
denial ("has not been approved") of a device's or procedure's recorded decision of that kind;
and a scheduled drug said not to be controlled. A treatment the pack holds no approval facts
for at all (only its control status) is never judged on approval.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from itertools import pairwise
from typing import Any

from claimlint.core.builtin import read_term_map
from claimlint.core.lazyre import LazyPattern
from claimlint.engine.checks import BaseCheck
from claimlint.engine.rule import Context, Hit, Needs, configured_jurisdiction
from claimlint.regulatory.knowledge import Approval, KnowledgePack
from claimlint.regulatory.mentions import (
    APPROVAL_WORDS,
    LEGAL_WORDS,
    NATIONWIDE,
    OTC_WORDS,
    STATE_NAMES,
    Mention,
    mentions,
    pack_for,
)
from claimlint.text.clauses import clause_bounds, is_negated, is_question
from claimlint.text.document import Sentence
from claimlint.text.prefilter import Needles, needles

#: Wording that makes an approval future, hypothetical or a process, not a status.
_NOT_A_STATUS = LazyPattern(
    r"(?i)\b(?:may|might|could|would|will|expected|expects?|hopes?|hoped|seek|seeks|seeking|"
    r"sought|appl(?:y|ied|ies|ication)|submit(?:ted|s)?|submission|pending|await(?:s|ing)?|"
    r"until|before|if|whether|path|process|decision|declined|rejected|refused|denied|"
    r"voted|panel|advisory|pursue|pursuing|toward|towards|closer|soon|yet|"
    r"breakthrough\s+therapy|designation|fast[\s-]track|priority\s+review|trials?)\b"
)
#: What links an approval word to the use it names.
_USE_LINK = LazyPattern(
    r"(?i)\b(?:for|against|as|in|to\s+(?:treat|relieve|ease|help|manage|reduce|end|cure)"
    r"|(?:that\s+|which\s+)?(?:treats|ends|relieves|eases|cures|helps|reduces|eliminates|heals"
    r"|prevents|dissolves|melts|treat|end|relieve|ease|cure|help|reduce|eliminate|heal|prevent"
    r"|dissolve|melt))\b"
)
#: Approval words about people, places or logistics, not a treatment.
_NOT_ABOUT_TREATMENT = LazyPattern(
    r"(?i)\s+(?:psychiatrists?|providers?|prescribers?|clinicians?|doctors?|physicians?|nurses?|"
    r"practitioners?|facilitators?|therapists?|professionals?|centers?|centres?|clinics?|"
    r"facilities|facility|sites?|settings?|locations?|pharmac(?:y|ies)|staff|insurance|"
    r"payment|appointments?|applications?|forms?|list|by\s+(?:your|our|the)\s+insurer)\b"
)
#: A state of :data:`~claimlint.regulatory.mentions.STATE_NAMES` named in a text, and an approval
#: under state law ("approved by the state", "licensed under Oregon's programme").
_STATES = "|".join(STATE_NAMES)
_STATE = LazyPattern(rf"(?i)\b({_STATES})\b")
_BY_STATE = LazyPattern(rf"(?i)\s+(?:by|under|through)\s+(?:a\s+)?(?:state|{_STATES})")
#: Another country, where a drug federally prohibited in the US may be legal: the countries
#: where psychedelic and plant-medicine retreats are sold to Americans, and words for abroad.
_ABROAD = LazyPattern(
    r"\b(?:the\s+Netherlands|Holland|Jamaica|Costa\s+Rica|Mexico|Peru|Brazil|Colombia|Ecuador"
    r"|Bolivia|Portugal|Spain|Canada|the\s+Bahamas|Bahamas|Czech\s+Republic|Czechia|Switzerland"
    r"|Germany|Australia|New\s+Zealand|Gabon|Uruguay|the\s+Caribbean|abroad|overseas"
    r"|outside\s+(?:the\s+)?(?:US|U\.S\.|United\s+States))\b"
)
#: The United Kingdom or a nation of it, named in a sentence about a drug's legal status.
_UK = LazyPattern(
    r"\b(?:the\s+)?(?:UK|U\.K\.|United\s+Kingdom|(?:Great\s+)?Britain|England|Scotland|Wales"
    r"|Northern\s+Ireland)\b"
)
#: How UK law lets a controlled drug be had: a prescription, a specialist, a licence.
_LAWFUL_ROUTE = LazyPattern(
    r"(?i)\b(?:prescri\w*|specialists?|licen[cs]\w*|Home\s+Office|clinical\s+trials?|research)\b"
)
#: An approval claimed for everyone: "for anyone", "for every type of acne", "for any man over
#: 40". Every approval names a population, so such a claim is never what was approved.
_UNIVERSAL = LazyPattern(
    r"(?i)\bfor\s+(?:(?:any|every)(?:one|body)\b"
    r"|(?:every|any|all)\s+(?:types?|kinds?|forms?|cases?|sorts?|levels?|stages?|grades?"
    r"|degrees?|severities)\s+of\b"
    r"|(?:any|every)\s+(?:man|woman|adult|person|patient|child)\b"
    r"|all\s+(?:patients|people|adults|ages|men|women)\b(?!\s+(?:with|who|whose|aged)\b))"
)
#: What a regulator never approves, named as the subject of an approval ("our custom-mixed
#: drops are FDA-approved", "all of our peptides are FDA-approved and compounded", "an
#: FDA-approved supplement", "our sound therapy program is FDA-approved", "our FDA-approved
#: whitening gel"): approval is of a drug, biologic or device for named uses, never of a
#: compounded preparation, a supplement, a cosmetic or a clinic's own program. Group names
#: say which.
_NEVER_APPROVED = LazyPattern(
    r"(?i)\b(?:(?P<compounded>compounded|custom[\s-]+(?:mixed|made|blended|formulated|"
    r"compounded)|custom[\s-]?mixed|(?:mixed|made|blended|prepared)\s+in[\s-]house"
    r"|(?:we|that\s+we)\s+(?:mix|make|blend|prepare|compound|formulate)\b"
    r"|(?:made|mixed|prepared|produced|compounded)\s+(?:in|by|at)\s+(?:a|an|our|the)\s+"
    r"(?:[\w-]+\s+){0,3}?pharmac(?:y|ies|ists?))"
    r"|(?P<mixed>compounding\s+pharmac(?:y|ies)"
    r"|(?:our|this|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:drips?|cocktails?))"
    r"|(?P<procedure>(?:the|this|our|each)\s+(?:[\w-]+\s+){0,2}?(?:procedures?|surger(?:y|ies)"
    r"|operations?|techniques?)|\w{3,}(?:ectom(?:y|ies)|plast(?:y|ies)|otom(?:y|ies)|opexy))"
    r"|(?P<supplement>(?:dietary\s+|nutritional\s+|herbal\s+)?supplements?|herbal\s+"
    r"(?:remed(?:y|ies)|blends?|formulas?)|homeopathic\s+\w+|essential\s+oils?)"
    r"|(?P<cosmetic>cosmetics?|(?:(?:teeth|tooth)[\s-]+)?whitening\s+(?:gels?|strips?|kits?|"
    r"pens?|trays?|toothpastes?|products?|systems?)|skin[\s-]?care(?:\s+(?:products?|line|range))?"
    r"|serums?|moisturi[sz]ers?|shampoos?|make[\s-]?up|lash\s+lifts?|spray\s+tans?)"
    r"|(?P<program>(?:(?:our|this|these|the|every|each|all(?:\s+of)?\s+(?:our|the))\s+"
    r"(?:own\s+)?|(?<=approved\s)|(?<=cleared\s))(?:(?!we\b)[\w-]+\s+){0,3}?(?:program(?:me)?s?|"
    r"protocols?|methods?|plans?|blends?|formulas?|formulations?|approach|retreats?|"
    r"ceremon(?:y|ies)|courses?|packages?|memberships?|stacks?|bundles?|regimens?)))\b"
)
#: A verb of being that ends the subject of a predicative approval ("... are FDA-approved").
_BEING = LazyPattern(
    r"(?i)\b(?:is|are|was|were|['’]s|(?:has|have)\s+been)\s+(?:also\s+|now\s+|fully\s+|"
    r"officially\s+|all\s+)?$"
)
#: A use the FDA never approves or clears a product for, right after the approval word:
#: detox, wellness, anti-ageing, longevity, boosted immunity or energy ("FDA-cleared for
#: detoxification and general wellness").
_NEVER_USE = LazyPattern(
    r"(?i)\s+(?:for|to)\s+(?:(?:the|general|whole-body|full-body|total)\s+)?(?P<use>detox\w*|"
    r"cleans\w*|(?:general\s+)?wellness|anti[-\s]?ag(?:e)?ing|longevity|immune\s+(?:boost\w*|"
    r"support)|boost\w*\s+(?:immunity|energy|your\s+immune\s+system)|energy|vitality|"
    r"rejuvenation|skin\s+(?:brightening|lightening|whitening)|(?:brighten|lighten|whiten)"
    r"\w*\s+(?:the\s+|your\s+)?skin|athletic\s+performance|hangovers?|beauty)\b"
)
_FDA = LazyPattern(r"\bFDA\b|\bFood\s+and\s+Drug\s+Administration\b")
_NEVER_WHAT = {
    "compounded": "a compounded preparation",
    "mixed": "a compounded preparation",
    "procedure": "a procedure (a device used in it may be cleared or approved)",
    "supplement": "a supplement",
    "cosmetic": "a cosmetic",
    "program": "a clinic's own program or protocol",
}
#: The sex a clause names ("for women", "female pattern hair loss").
_FEMALE = LazyPattern(r"(?i)\b(?:women|woman|female|females|girls|ladies)\b")
_MALE = LazyPattern(r"(?i)\b(?:men|man|male|males|boys)\b")
#: A scheduled drug said not to be controlled: "is not a controlled substance", "isn't
#: scheduled", "a non-controlled stimulant".
CONTROL_DENIAL = re.compile(
    r"(?i)(?:\bnot|n['’]t|\bnever)\s+(?:an?\s+)?(?:federally\s+|DEA[\s-]+)?"
    r"(?:controlled|scheduled)\b(?:\s+(?:substances?|drugs?|medications?|medicines?))?"
    r"|\b(?:non-?controlled|unscheduled)\s+(?:substances?|drugs?|medications?|medicines?|stimulants?)\b"
)


#: A stand-in for the post's own treatment right before an approval word: "Our chamber is",
#: "this device has been", "the laser is now", and "It is also" opening a sentence.
_standin_re = LazyPattern(
    r"(?i)(?:\b(?:our|this|the|my)\s+(?:own\s+)?(?P<noun>chamber|device|machine|laser|"
    r"system|equipment|unit|technology|drip|formula|protocol|treatment|therapy|program|"
    r"programme|procedure|product|injections?|infusions?)|(?:^|[.;:]\s*)(?P<it>it))\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+|fully\s+)?$",
)


#: The kinds of pack treatment a noun for one can mean, by the noun in the singular: "the
#: device" is no drug the post names, "the infusion" no device, and "the only FDA-approved
#: medication for" ranges over drugs. Nouns not listed ("treatment", "program") mean any.
_NOUN_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("chamber", "device", "machine", "laser", "system", "equipment", "unit", "technology"),
        frozenset({"device"}),
    ),
    **dict.fromkeys(
        ("drip", "formula", "injection", "infusion", "medication", "medicine", "drug"),
        frozenset({"drug", "biologic", "supplement"}),
    ),
}


def _kinds_of(noun: str) -> frozenset[str] | None:
    """The treatment kinds ``noun`` (singular or plural) can mean; None: any."""
    noun = noun.lower()
    return _NOUN_KINDS.get(noun) or _NOUN_KINDS.get(noun.removesuffix("s"))


#: Words before a treatment after "FDA-approved ..." that make it what the subject is
#: compared with ("the same FDA-approved drug as Wegovy", "FDA-approved, like Botox") or
#: stands in for ("an FDA-approved alternative to testosterone").
_COMPARAND = frozenset(
    {
        *("as", "like", "than", "unlike", "versus", "vs"),
        *("alternative", "alternatives", "substitute", "substitutes", "replacement"),
        *("replacements", "rival", "rivals", "competitor", "competitors"),
    }
)


#: The noun after "FDA-approved <condition>": the condition is then the approved use.
_product_noun = LazyPattern(
    r"(?i)[\s-]+(?:medicines?|medications?|drugs?|treatments?|therap(?:y|ies)|devices?|"
    r"products?|options?|pills?|tablets?|injections?|sprays?|solutions?)\b",
)


_LIST_GAP = LazyPattern(r"(?i)^[\s,;/&]*(?:(?:and|or|and/or|as\s+well\s+as|plus)\s*)?$")
_WORDS = LazyPattern(r"[\w'’-]+")


#: A product said to be beyond the FDA: "not regulated by the FDA", "falls outside the
#: FDA's rules", "needs no FDA approval", "exempt from FDA oversight".
_EXEMPT = re.compile(
    r"(?i)\b(?:(?:not|never)\s+(?:regulated|overseen|controlled)\s+by\s+(?:the\s+)?FDA"
    r"|(?:falls?|fell|sits?|lies?)\s+outside\s+(?:of\s+)?(?:the\s+)?FDA['’]?s?\s+(?:rules|"
    r"jurisdiction|oversight|regulations?|authority|remit)"
    r"|(?:does|do|did)\s*(?:not|n['’]t)\s+(?:need|require)\s+(?:an?\s+)?(?:FDA\s+)?approval"
    r"|(?:need|needs|require|requires)\s+no\s+(?:FDA\s+)?approval"
    r"|no\s+(?:FDA\s+)?approval\s+(?:is\s+)?(?:needed|required|necessary)"
    r"|exempt\s+from\s+(?:the\s+)?FDA(?:['’]s)?(?:\s+(?:rules|oversight|approval|regulation))?"
    r"|FDA\s+(?:does\s+not|doesn['’]t)\s+regulate)\b"
)
#: A clause whose subject is a pronoun for what the sentence named before it.
_PRONOUN_SUBJECT = LazyPattern(r"(?i)\W*(?:they|it|these|this|those|such\s+products)\b")
#: The kinds of treatment the FDA regulates as products.
_FDA_PRODUCTS = frozenset({"drug", "biologic", "device"})


@cache
def _status_words() -> Needles:
    """Words a sentence holds when it names an approval or a legal status."""
    return needles(APPROVAL_WORDS, LEGAL_WORDS, CONTROL_DENIAL, OTC_WORDS, _EXEMPT)


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
        control = list(CONTROL_DENIAL.finditer(text))
        otc = list(OTC_WORDS.finditer(text))
        exempt = list(_EXEMPT.finditer(text))
        if not approvals and not legal and not control and not otc and not exempt:
            return  # most sentences state no status: no need to look for treatments
        jurisdiction = configured_jurisdiction(ctx.option)
        every = mentions(text, jurisdiction)
        found = [m for m in every if not m.ambiguous]
        treatments = [m for m in found if m.kind == "treatment"]
        # a legal status word is context enough for a name that is also an ordinary word
        # ("cannabis is now legal"): the status is said of the drug
        legal_subjects = [m for m in every if m.kind == "treatment"] if legal else treatments
        later: Hit | None = None
        if jurisdiction.startswith("us"):
            for word in approvals:
                inherited = _inherited_approval(text, word)
                if inherited is not None:
                    yield Hit(word.start(), word.end(), {"match": word.group()}, message=inherited)
                    return
            for word in approvals:
                never = _never_approved(text, word)
                if never is None:
                    continue
                what, said = never
                hit = Hit(word.start(), word.end(), {"match": word.group()}, message=said)
                if treatments and what in _JUDGED_BY_PACK:
                    # the pack's facts about the treatment named judge it ("the LASIK
                    # procedure", "BPC-157 from a compounding pharmacy"); a program of the
                    # clinic's own is still no product when they find nothing wrong
                    if what == "program" and later is None:
                        later = hit
                    continue
                yield hit
                return
        pack = pack_for(jurisdiction)
        # with no treatment named, only an exclusive approval can be judged ("we offer the
        # only FDA-approved treatment for ..."): _approval_problem finds no subject
        for word in approvals:
            standin = _standin(pack, text, word, found, ctx, jurisdiction)
            message = _approval_problem(pack, text, word, [*found, *standin], jurisdiction)
            if message:
                yield Hit(word.start(), word.end(), {"match": word.group()}, message=message)
                return
        if later is not None:
            yield later  # "our NAD+ protocol is FDA-approved"
            return
        if not any(_knows_approvals(pack, m.target, jurisdiction) for m in treatments):
            for word in approvals:
                message = _approved_for_everyone(text, word)
                if message:
                    yield Hit(word.start(), word.end(), {"match": word.group()}, message=message)
                    return
        if not legal_subjects:
            return
        us = jurisdiction.startswith("us")
        statuses: list[tuple[list[re.Match[str]], Callable[[re.Match[str]], str | None]]] = [
            (legal, lambda w: _legal_problem(pack, text, w, legal_subjects, jurisdiction)),
            (control, lambda w: _control_problem(pack, w, treatments, jurisdiction)),
            (exempt if us else [], lambda w: _exempt_problem(pack, text, w, treatments)),
            (otc if us else [], lambda w: _otc_problem(pack, text, w, treatments)),
        ]
        for words, problem in statuses:
            for word in words:
                message = problem(word)
                if message:
                    yield Hit(word.start(), word.end(), {"match": word.group()}, message=message)
                    return


def _is_status(text: str, word: re.Match[str]) -> bool:
    """Whether an approval word states a treatment's status (not a hope, a process, a
    state's licence, or the approval of a person, place or form)."""
    if _NOT_A_STATUS().search(_last_words(text, word.start(), 5)):
        return False
    if _NOT_ABOUT_TREATMENT().match(text, word.end()):
        return False  # "authorized psychiatrists", "approved providers", "cleared for surgery"
    return not (_NOT_A_STATUS().match(text, word.end()) or _BY_STATE().match(text, word.end()))


def _stated_clause(text: str, word: re.Match[str]) -> tuple[int, int] | None:
    """The clause of an approval word that states a status (not negated, not a hope or a
    process), or None."""
    if is_negated(text, word.start()) or not _is_status(text, word):
        return None
    return clause_bounds(text, word.start(), word.end())


#: What :data:`_NEVER_APPROVED` finds that the pack's facts judge first when the sentence
#: names a treatment the pack knows: a procedure, a clinic's mix, a program.
_JUDGED_BY_PACK = frozenset({"procedure", "mixed", "program"})

#: A reason a page gives for an approval that does not make one: the facility registered
#: with or inspected by the FDA, or what the product is made from approved ("made in an
#: FDA-registered facility", "mixed from the same FDA-approved extracts").
_INHERITED = LazyPattern(
    r"(?i)\b(?:FDA[\s-]+(?:registered|inspected)|(?:registered|inspected)\s+(?:with|by)\s+the"
    r"\s+FDA|(?:from|with|of|uses?|using|contains?|containing)\s+(?:the\s+same\s+)?(?:FDA[\s-]+"
    r"approved)\s+(?:[\w-]+\s+){0,2}?(?:ingredients?|extracts?|components?|compounds?"
    r"|substances?|raw\s+materials?|medications?|drugs?))\b"
)
#: What makes the approval follow from that reason ("which means", "so", "the same").
_THEREFORE = LazyPattern(
    r"(?i)\b(?:which\s+means|that\s+means|meaning|so|therefore|thus|hence|making|makes|carry"
    r"|carries|share|shares|inherits?|the\s+same)\b"
)


def _inherited_approval(text: str, word: re.Match[str]) -> str | None:
    """An approval said to follow from a registered facility or approved ingredients ("made
    in an FDA-registered facility, which means it is FDA-approved"), or None."""
    reason = _INHERITED().search(text, 0, word.start())
    if reason is None:
        return None
    if _THEREFORE().search(text, reason.end(), word.start()) is None:
        return None
    if is_negated(text, word.start()):
        return None
    return (
        f"'{word.group()}': a facility registered with the FDA, or ingredients it approved"
        f" ('{reason.group().strip()}'), does not make a product FDA-approved; the FDA"
        " approves a finished drug, biologic or device for named uses"
    )


def _never_approved(text: str, word: re.Match[str]) -> tuple[str, str] | None:
    """An FDA approval claimed for what the FDA never approves: the subject before "is
    FDA-approved" (or anything its clause says is compounded), or the noun right after an
    attributive "FDA-approved" (a group of :data:`_NEVER_APPROVED`), or a use the FDA never
    approves ("use"). The group and the message, or None."""
    clause = _stated_clause(text, word)
    if clause is None or not _names_fda(text, word):
        return None
    a, b = clause
    before = text[a : word.start()]
    never = None
    if _BEING().search(before):
        never = _NEVER_APPROVED().search(before)
        if never is None:
            found = _NEVER_APPROVED().search(text, word.end(), b)
            if found is not None and found.lastgroup in ("compounded", "mixed"):
                never = found  # "are FDA-approved and compounded in a licensed pharmacy"
    else:
        never = _NEVER_APPROVED().match(text, word.end() + 1) if word.end() < b else None
    if never is not None and never.lastgroup in ("mixed", "program"):
        use = _NEVER_USE().match(text, word.end())
        if use is not None and use.end() <= b:
            never = None  # "our drip is FDA-approved for longevity": the use says more
    if never is None or never.lastgroup is None:
        use = _NEVER_USE().match(text, word.end())
        if use is None or use.end() > b:
            return None
        return "use", (
            f"'{word.group()}': the FDA approves and clears products for diseases and"
            f" conditions; '{use.group('use')}' is no use it approves or clears"
        )
    what = _NEVER_WHAT[never.lastgroup]
    return never.lastgroup, (
        f"'{word.group()}': the FDA approves drugs, biologics and devices for named uses; "
        f"{what} ('{never.group().strip()}') is never FDA-approved"
    )


def _names_fda(text: str, word: re.Match[str]) -> bool:
    """Whether the approval is the FDA's: in the word ("FDA-approved") or a few words either
    side ("approved by the FDA"), not a patient's or a board's "approved"."""
    near = text[max(0, word.start() - 20) : word.end() + 20]
    return _FDA().search(near) is not None


def _approved_for_everyone(text: str, word: re.Match[str]) -> str | None:
    """An approval claimed for everyone ("FDA-approved for all levels of sleep apnea") of a
    treatment the knowledge pack holds no facts about: every approval names a population."""
    clause = _stated_clause(text, word)
    if clause is None:
        return None
    universal = _UNIVERSAL().search(text, word.end(), clause[1])
    if universal is None or universal.start() - word.end() > 40:
        return None
    return (
        f"'{word.group()}': an approval names a population and a use, never "
        f"'{universal.group()[4:]}'"
    )


def _approval_problem(
    pack: KnowledgePack,
    text: str,
    word: re.Match[str],
    found: list[Mention],
    jurisdiction: str,
) -> str | None:
    _, b = clause_bounds(text, word.start(), word.end())
    if not _is_status(text, word):
        return None
    subjects = [
        s for s in _subjects(text, word, found, 0) if _knows_approvals(pack, s.target, jurisdiction)
    ]
    regulator = "FDA" if jurisdiction.startswith("us") else "the regulator"
    uses = _uses(text, word, found, b, subjects) or _uses_in_subject(text, word, found, subjects)
    if is_negated(text, word.start()):
        return (
            _denied_approval(pack, word, subjects, uses, jurisdiction, regulator)
            if subjects
            else None
        )
    if not subjects:
        # the pack holds no approval facts about it: nothing to judge by, unless the
        # approval is claimed as the only one for a use ("the only FDA-approved treatment
        # for ..."), which the pack's other approvals for that use can answer
        return _only_problem(pack, text, word, [], uses, jurisdiction, regulator)
    form = _form_problem(pack, text, word, subjects, jurisdiction, regulator)
    if form is not None:
        return form
    names = " or ".join(dict.fromkeys(s.text for s in subjects))
    wrong_use = _use_problem(pack, word, subjects, uses, jurisdiction, regulator, names)
    if wrong_use is not None:
        return wrong_use
    only = _only_problem(pack, text, word, subjects, uses, jurisdiction, regulator)
    if only is not None:
        return only
    if _names_fda(text, word):
        cleared = _cleared_called_approved(pack, word, subjects, uses, jurisdiction, regulator)
        if cleared is not None:
            return cleared
    return _population_problem(pack, text, word, b, subjects, uses, jurisdiction, regulator)


#: A form of a medicine named right after it ("naltrexone implant", "ketamine lozenges"),
#: and the words a recorded approval's form says it with.
_FORM_AFTER = LazyPattern(
    r"(?i)\s+(implants?|pellets?|patch(?:es)?|lozenges?|troches?|creams?|gels?|nasal\s+sprays?"
    r"|sprays?|drops|shots?|injections?|tablets?|pills?|capsules?|infusions?|drips?|gumm(?:y|ies)"
    r"|suppositor(?:y|ies)|films?)\b"
)
_FORM_WORDS: dict[str, tuple[str, ...]] = {
    "implant": ("implant",),
    "pellet": ("pellet", "implant"),
    "patch": ("patch", "transdermal"),
    "lozenge": ("lozenge", "troche", "sublingual"),
    "troche": ("lozenge", "troche", "sublingual"),
    "cream": ("cream", "topical"),
    "gel": ("gel", "topical"),
    "nasal spray": ("nasal spray",),
    "spray": ("spray",),
    "drops": ("drop", "solution"),
    "shot": ("injection",),
    "injection": ("injection",),
    "tablet": ("tablet", "oral", "capsule"),
    "pill": ("tablet", "oral", "capsule"),
    "capsule": ("capsule", "tablet", "oral"),
    "infusion": ("infusion", "intravenous"),
    "drip": ("infusion", "intravenous"),
    "gummy": ("gumm",),
    "suppository": ("suppositor",),
    "film": ("film",),
}


def _form_word(noun: str) -> str:
    """The key of :data:`_FORM_WORDS` for a form noun as written ("Implants" -> "implant")."""
    noun = " ".join(noun.lower().split())
    for key in _FORM_WORDS:
        if noun == key or (noun.startswith(key) and len(noun) - len(key) <= 3):
            return key
    return noun


def _form_problem(
    pack: KnowledgePack,
    text: str,
    word: re.Match[str],
    subjects: list[Mention],
    jurisdiction: str,
    regulator: str,
) -> str | None:
    """An approval claimed for a form of a medicine that none of its recorded approvals has
    ("our naltrexone implant is FDA-approved" when only tablets and a monthly injection
    are), judged only when every recorded approval says its form."""
    for subject in subjects:
        after = _FORM_AFTER().match(text, subject.end)
        if after is None or after.end() > word.start():
            continue
        approvals = pack.approvals_for(subject.target, None, jurisdiction)
        if not approvals or not all(a.form for a in approvals):
            return None
        key = _form_word(after.group(1))
        words = _FORM_WORDS.get(key, (key,))
        forms = list(dict.fromkeys(a.form for a in approvals if a.form))
        if any(w in form.lower() for form in forms for w in words):
            return None
        return (
            f"'{word.group()}': the knowledge pack records {regulator} approvals of "
            f"{subject.text} only as {'; '.join(forms)}, not as {after.group(1).lower()}"
        )
    return None


def _cleared_called_approved(
    pack: KnowledgePack,
    word: re.Match[str],
    subjects: list[Mention],
    uses: list[Mention],
    jurisdiction: str,
    regulator: str,
) -> str | None:
    """A device the pack records only as cleared (or authorized) called "approved": a 510(k)
    clearance is no approval, and saying it is misleads (21 CFR 807.97)."""
    if _decision_of(word.group()) != "approved" or not jurisdiction.startswith("us"):
        return None
    recorded = [a for s in subjects for a in _recorded(pack, s, uses, jurisdiction)]
    if not recorded or any(a.decision == "approved" for a in recorded):
        return None
    kinds = " or ".join(dict.fromkeys(a.decision for a in recorded))
    name = subjects[0].text
    return (
        f"'{word.group()}': {regulator} {kinds} {name}, it did not approve it; a cleared device"
        f" may not be called {regulator}-approved (21 CFR 807.97; knowledge pack as of"
        f" {pack.as_of.isoformat()})"
    )


def _use_problem(
    pack: KnowledgePack,
    word: re.Match[str],
    subjects: list[Mention],
    uses: list[Mention],
    jurisdiction: str,
    regulator: str,
    names: str,
) -> str | None:
    """A use (or, with none named, any use) the pack records no approval of."""
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


def _only_problem(
    pack: KnowledgePack,
    text: str,
    word: re.Match[str],
    subjects: list[Mention],
    uses: list[Mention],
    jurisdiction: str,
    regulator: str,
) -> str | None:
    """An approval claimed as the only one for a use ("the only FDA-approved treatment for
    migraine", "the sole device cleared for ...") while the pack records others for it;
    ``uses`` are the conditions linked to the approval word (:func:`_uses`)."""
    only = _only_before().search(text, max(0, word.start() - 40), word.start())
    if only is None:
        return None
    noun = _only_noun().match(text, word.end())
    if noun is None and only.group("noun") is None:
        return None  # "the only FDA-approved nasal spray": exclusive within a form, not a use
    said = (noun.group("noun") if noun is not None else only.group("noun")).lower()
    kinds = _kinds_of(said)
    if not uses:
        return None
    condition = uses[0]
    mine = {s.target for s in subjects}
    # approvals for the condition itself or a narrower one (one for a broader condition,
    # depression for postpartum depression, is not a rival approval for it)
    uses_of = {condition.target, *pack.narrower_conditions(condition.target)}
    chain = {j.id for j in pack.jurisdiction_chain(jurisdiction)}
    others = [
        t.name
        for t in pack.treatments.values()
        if t.id not in mine
        and (kinds is None or t.kind in kinds)
        and any(
            a.jurisdiction in chain
            and a.use in uses_of
            # "excessive sleepiness associated with sleep apnea" treats a symptom, not the
            # condition: no rival to a treatment of the condition itself
            and "associated with" not in (a.population or "")
            for a in t.approvals
        )
    ]
    if len(others) < (1 if mine else 2):
        return None
    return (
        f"'{word.group()}': said to be the only one, but the knowledge pack records other "
        f"{regulator} approvals or clearances for {condition.text}: {', '.join(others[:4])} "
        f"(as of {pack.as_of.isoformat()})"
    )


#: "the only", "the sole", "the first and only" right before an approval word, perhaps with
#: a noun between ("the only lens FDA-approved to ...").
_only_before = LazyPattern(
    r"(?i)\b(?:the|our|its|their)\s+(?:first\s+and\s+only|one\s+and\s+only|only|sole)\s+"
    r"(?:(?P<noun>treatments?|therap(?:y|ies)|options?|medications?|medicines?|drugs?|devices?|"
    r"solutions?|procedures?|products?|cures?)\s+|(?:[\w-]+\s+){0,2})?$"
)
#: The noun after "the only FDA-approved ...": what the exclusivity is among.
_only_noun = LazyPattern(
    r"(?i)\s+(?:[\w-]+\s+)?(?P<noun>treatments?|therap(?:y|ies)|options?|medications?|"
    r"medicines?|drugs?|devices?|solutions?|procedures?|products?|cures?)\b"
)


def _standin(
    pack: KnowledgePack,
    text: str,
    word: re.Match[str],
    found: list[Mention],
    ctx: Context,
    jurisdiction: str,
) -> list[Mention]:
    """The post's own treatment, when a sentence that names none says "our chamber is
    FDA-cleared": the treatment the post names most often (the first of equals)."""
    if any(m.kind == "treatment" and m.end <= word.start() for m in found):
        return []
    lead = _standin_re().search(text, max(0, word.start() - 60), word.start())
    if lead is None:
        return []
    which = "noun" if lead.group("noun") is not None else "it"
    kinds = _kinds_of(lead.group("noun")) if which == "noun" else None
    counts: dict[str, int] = {}
    for block in ctx.document.blocks:
        if block.reference:
            continue
        for m in mentions(block.text, jurisdiction):
            if m.kind != "treatment" or m.ambiguous:
                continue
            if kinds is None or pack.treatments[m.target].kind in kinds:
                counts[m.target] = counts.get(m.target, 0) + 1
    if not counts:
        return []
    main = max(counts, key=lambda t: counts[t])  # dicts keep order: the first of equals
    name = pack.treatments[main].name
    start, end = lead.start(which), lead.end(which)
    said = name if which == "it" else f"{text[start:end]} ({name})"  # "It" says only its name
    return [Mention("treatment", main, start, end, said, False)]


def _knows_approvals(pack: KnowledgePack, treatment: str, jurisdiction: str) -> bool:
    """True when the pack holds approval facts about the treatment in the jurisdiction: an
    approval or a non-approved use (an entry with only a control status says nothing)."""
    chain = {j.id for j in pack.jurisdiction_chain(jurisdiction)}
    t = pack.treatments[treatment]
    return any(a.jurisdiction in chain for a in t.approvals) or any(
        u.jurisdiction in chain for u in t.non_approved_uses
    )


def _decision_of(word: str) -> str:
    """The kind of decision an approval word names: approved, cleared or authorized."""
    lower = word.lower()
    if "clear" in lower:
        return "cleared"
    if "authori" in lower:
        return "authorized"
    return "approved"


def _recorded(
    pack: KnowledgePack, subject: Mention, uses: list[Mention], jurisdiction: str
) -> list[Approval]:
    """The recorded approvals of ``subject`` for ``uses`` (every one when none is named)."""
    if not uses:
        return list(pack.approvals_for(subject.target, None, jurisdiction))
    found: list[Approval] = []
    for use in uses:
        found += pack.approvals_for(subject.target, use.target, jurisdiction, include_narrower=True)
    return found


def _denied_approval(
    pack: KnowledgePack,
    word: re.Match[str],
    subjects: list[Mention],
    uses: list[Mention],
    jurisdiction: str,
    regulator: str,
) -> str | None:
    """A device or procedure said not to have the kind of decision the pack records for it
    ("SMILE has not been approved by the FDA"). Drugs are left alone: "X is not approved"
    usually means a compounded or off-label form the sentence does not name."""
    subject = subjects[0]
    if pack.treatments[subject.target].kind not in ("device", "procedure"):
        return None
    if uses and any(
        not pack.approvals_for(subject.target, u.target, jurisdiction, include_narrower=True)
        for u in uses
    ):
        return None  # "not approved for PTSD": a use without a decision, rightly denied
    decision = _decision_of(word.group())
    recorded = [a for a in _recorded(pack, subject, uses, jurisdiction) if a.decision == decision]
    if not recorded:
        return None
    first = recorded[0]
    use = pack.conditions[first.use].name if first.use in pack.conditions else first.use
    when = f" in {first.date_text[:4]}" if first.date_text else ""
    product = f" ({first.product})" if first.product and first.product != subject.text else ""
    return (
        f"'{word.group()}': {regulator} {decision} {subject.text}{product} for {use}{when}; "
        f"say what it is {decision} for and call other uses off-label "
        f"(knowledge pack as of {pack.as_of.isoformat()})"
    )


def _population_problem(
    pack: KnowledgePack,
    text: str,
    word: re.Match[str],
    b: int,
    subjects: list[Mention],
    uses: list[Mention],
    jurisdiction: str,
    regulator: str,
) -> str | None:
    """An approval claimed for everyone, for a sex the recorded approvals exclude, or wider
    than each of them: for long-term use when each is short-term, for children when each
    names adults alone, at a body site when each names other sites ("sweaty palms" for an
    approval for underarms)."""
    subject = subjects[0]
    recorded = _recorded(pack, subject, uses, jurisdiction)
    if not recorded:
        return None
    clause = text[word.end() : b]
    universal = _UNIVERSAL().search(clause)
    if universal is not None:
        populations = "; ".join(dict.fromkeys(a.population for a in recorded if a.population))
        detail = f" (recorded: {populations})" if populations else ""
        return (
            f"'{word.group()}': an approval names a population, never "
            f"'{universal.group()[4:]}': {regulator} approved {subject.text} for narrower "
            f"groups{detail}"
        )
    female, male = bool(_FEMALE().search(clause)), bool(_MALE().search(clause))
    claimed = "female" if female else "male"
    if female != male and all(a.sex is not None and a.sex != claimed for a in recorded):
        only = "men" if claimed == "female" else "women"
        return (
            f"'{word.group()}': the knowledge pack records {regulator} approval of "
            f"{subject.text} only for {only}; for {'women' if female else 'men'} it is "
            f"off-label (as of {pack.as_of.isoformat()})"
        )
    name = subject.text
    terms = [" ".join((a.population or "", *a.conditions_of_use)) for a in recorded]
    long_term = _LONG_TERM().search(clause)
    if long_term is not None and all(_SHORT_TERM().search(t) for t in terms):
        return (
            f"'{word.group()}': {regulator} approved {name} only for short-term use; "
            f"'{long_term.group()}' use is off-label"
        )
    child = _CHILDREN().search(clause)
    if child is not None and all(_ADULTS().search(t) and not _YOUNGER().search(t) for t in terms):
        return (
            f"'{word.group()}': the knowledge pack records {regulator} approval of {name} "
            f"only for adults; for {child.group().lower()} it is off-label"
        )
    allowed, extra = site_scope(clause, recorded) if uses else ((), ())
    if not extra:
        return None
    use = uses[0].target.replace("-", " ")
    return (
        f"'{word.group()}': {regulator} approved {name} for {use} only at the "
        f"{' and '.join(allowed)}; at the {' and '.join(extra)} it is off-label"
    )


#: Use claimed past a short-term approval ("FDA-approved for long-term weight maintenance").
_LONG_TERM = LazyPattern(
    r"(?i)\blong[- ]term\b|\bindefinite(?:ly)?\b|\blife-?long\b|\bfor\s+life\b"
    r"|\bas\s+long\s+as\s+(?:you|they|needed)\b|\bongoing\s+use\b|\bmaintenance\b"
)
_SHORT_TERM = LazyPattern(r"(?i)\bshort[- ]term\b|\ba\s+few\s+weeks\b")
#: Children claimed, and a recorded population that names adults and no younger group.
_CHILDREN = LazyPattern(
    r"(?i)\b(?:children|child|kids?|teens?|teenagers?|adolescents?|p(?:a)?ediatric|babies"
    r"|infants?|toddlers?|minors?|under[- ]18s?)\b"
)
_ADULTS = LazyPattern(r"(?i)\badults?\b")
_YOUNGER = LazyPattern(
    r"(?i)\b(?:children|child|adolescents?|p(?:a)?ediatric|infants?|teens?|patients\s+aged"
    r"|aged\s+\d|\d+\s+(?:years?\s+(?:of\s+age\s+)?and\s+older|and\s+over))"
)


SITES_FILE = ("vocabulary", "body-sites.yml")


@cache
def _site_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each body site of ``rules/vocabulary/body-sites.yml`` with a pattern of its words."""
    out: list[tuple[str, re.Pattern[str]]] = []
    for site, words in read_term_map(*SITES_FILE).items():
        alternatives = "|".join(
            re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words
        )
        out.append((site, re.compile(rf"(?i)\b(?:{alternatives})\b")))
    return tuple(out)


def _sites(text: str) -> frozenset[str]:
    """The body sites ``text`` names."""
    return frozenset(site for site, pattern in _site_patterns() if pattern.search(text))


#: The sites of a recorded population (a few dozen texts, asked of every sentence that
#: names an approved use).
_population_sites = cache(_sites)


def site_scope(text: str, approvals: Sequence[Approval]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The body sites ``approvals`` name and those ``text`` names beyond them, when each
    approval names some ("sweaty palms and feet" for an approval for the underarms); else
    two empty tuples. The sentence is read only when every approval names a site."""
    recorded = [_population_sites(a.population or "") for a in approvals]
    if not recorded or not all(recorded):
        return (), ()
    allowed = frozenset().union(*recorded)
    return tuple(sorted(allowed)), tuple(sorted(_sites(text) - allowed))


def _control_problem(
    pack: KnowledgePack, word: re.Match[str], treatments: list[Mention], jurisdiction: str
) -> str | None:
    """A scheduled drug said not to be a controlled substance: the nearest treatment named
    before the words is what they are about."""
    before = [m for m in treatments if m.end <= word.start()]
    if not before:
        return None
    subject = before[-1]
    statuses = pack.control_statuses(subject.target, jurisdiction)
    if not statuses or statuses[-1].status not in ("controlled", "prohibited"):
        return None
    federal = statuses[-1]
    schedule = f" ({federal.schedule})" if federal.schedule else ""
    return (
        f"'{word.group()}': {subject.text} is a controlled substance{schedule}; "
        f"say so, with what that means for prescriptions and refills"
    )


def _said_of(
    text: str, word: re.Match[str], treatments: list[Mention], pronouns: bool = False
) -> Mention | None:
    """The treatment a status phrase is said of: the nearest named before it in its
    clause, else the first after it, else, with ``pronouns``, the last of an earlier clause
    when this one opens with a pronoun ("Because exosomes aren't cells, they fall outside
    ..."); None for one the subject is set against ("unlike Ozempic, our tea ...")."""
    a, b = clause_bounds(text, word.start(), word.end())
    before = [m for m in treatments if a <= m.start and m.end <= word.start()]
    after = [m for m in treatments if word.end() <= m.start < b]
    earlier = [m for m in treatments if m.end <= a]
    if before or after:
        subject = before[-1] if before else after[0]
    elif pronouns and earlier and _PRONOUN_SUBJECT().match(text, a):
        subject = earlier[-1]
    else:
        return None
    lead = [w.lower() for w in _WORDS().findall(text[max(0, subject.start - 30) : subject.start])]
    if _COMPARAND.intersection(lead[-3:]) or "instead" in lead[-3:]:
        return None
    return subject


def _exempt_problem(
    pack: KnowledgePack, text: str, word: re.Match[str], treatments: list[Mention]
) -> str | None:
    """A drug, biologic or device said to be beyond the FDA ("exosomes fall outside the
    FDA's rules", "needs no FDA approval")."""
    subject = _said_of(text, word, treatments, pronouns=True)
    treatment = pack.treatments.get(subject.target) if subject is not None else None
    if subject is None or treatment is None or treatment.kind not in _FDA_PRODUCTS:
        return None
    return (
        f"'{word.group()}': the FDA regulates {subject.text} as a {treatment.kind}; "
        f"selling it for a medical use needs an approval or clearance it does not have"
        if not treatment.approvals
        else f"'{word.group()}': the FDA regulates {subject.text} as a {treatment.kind}"
    )


def _otc_problem(
    pack: KnowledgePack, text: str, word: re.Match[str], treatments: list[Mention]
) -> str | None:
    """A prescription-only medicine said to be supplied without a prescription ("semaglutide
    with no prescription needed", "sold over the counter")."""
    if is_negated(text, word.start()):
        return None
    subject = _said_of(text, word, treatments)
    treatment = pack.treatments.get(subject.target) if subject is not None else None
    if subject is None or treatment is None or not treatment.prescription_only:
        return None
    return (
        f"'{word.group()}': the knowledge pack records {subject.text} as prescription-only; "
        f"it cannot be supplied without a prescription"
    )


def _subjects(text: str, word: re.Match[str], found: list[Mention], a: int) -> list[Mention]:
    """The treatments an approval word may be about: the one right after an attributive
    "FDA-approved ..." (not one it is compared with: "... as Wegovy"), then those named
    before it in its clause."""
    before = [m for m in found if m.kind == "treatment" and a <= m.start and m.end <= word.start()]
    for m in found:
        if m.kind != "treatment" or m.start < word.end():
            continue
        gap = [w.lower() for w in _WORDS().findall(text[word.end() : m.start])]
        if len(gap) <= 3 and not _COMPARAND.intersection(gap):
            return [m, *before]
        break  # "the same FDA-approved medicine as Wegovy": a comparand, not the subject
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
    attributive = not gap.strip() and _product_noun().match(text, first.end)
    if not attributive and (len(_WORDS().findall(gap)) > 8 or not _USE_LINK().search(gap)):
        return []  # "FDA-approved hair-loss medicines": the use stands before the noun
    uses = [first]
    for prev, nxt in pairwise(conditions):
        if not _LIST_GAP().match(text[prev.end : nxt.start]):
            break
        uses.append(nxt)
    return uses


#: What stands between a subject's use and a predicative approval word: "is", "is a fully",
#: "are now", "has been".
_BEING_BEFORE = LazyPattern(
    r"\s*,?\s*(?:is|are|was|were|(?:has|have)\s+been)\s+(?:(?:a|an|now|also|fully|officially"
    r"|all|the\s+only|an?\s+officially)\s+)*$",
    re.IGNORECASE,
)
_FOR_USE = LazyPattern(r"(?i)^[\s-]*(?:[\w-]+\s+){0,2}?(?:for|to\s+treat|in)\s+(?:the\s+)?$")


def _uses_in_subject(
    text: str, word: re.Match[str], found: list[Mention], subjects: list[Mention]
) -> list[Mention]:
    """The use named in the subject of a predicative approval: "Ketamine for depression is
    FDA-approved", "ketamine therapy for alcohol use disorder is a fully approved
    treatment"."""
    for subject in (s for s in subjects if s.end <= word.start()):
        conditions = [
            m
            for m in found
            if m.kind == "condition" and subject.end <= m.start and m.end <= word.start()
        ]
        if not conditions or not _FOR_USE().match(text[subject.end : conditions[0].start]):
            continue
        uses = [conditions[0]]
        for prev, nxt in pairwise(conditions):
            if not _LIST_GAP().match(text[prev.end : nxt.start]):
                break
            uses.append(nxt)
        if _BEING_BEFORE().match(text[uses[-1].end : word.start()]):
            return uses
    return []


def _last_words(text: str, end: int, n: int) -> str:
    """The last ``n`` words of ``text`` before ``end``."""
    words = list(_WORDS().finditer(text, 0, end))
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
    named = _UK().search(text)
    if named is not None and jurisdiction != "uk":
        return _uk_legal_problem(pack, text[a:b], word, subject)
    statuses = pack.control_statuses(subject.target, jurisdiction)
    federal = statuses[-1] if statuses else None
    if federal is None or federal.status != "prohibited":
        return None
    if _ABROAD().search(text):
        return None  # "sold and used legally in the Netherlands": another country's law
    clause = text[a:b]
    if NATIONWIDE.search(clause):
        return (
            f"'{word.group()}': {subject.text} is prohibited under federal law "
            f"({federal.schedule or 'Schedule I'}); no state law makes it legal nationwide"
        )
    states = [s.lower() for s in _STATE().findall(text)]
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


def _uk_legal_problem(
    pack: KnowledgePack, clause: str, word: re.Match[str], subject: Mention
) -> str | None:
    """ "Legal" said of a drug in the UK, by the pack's UK status: a prohibited drug is legal
    there in no way; a controlled one only as the law allows it (a prescription, a licence),
    so an unqualified "fully legal in the UK" misstates it."""
    statuses = pack.control_statuses(subject.target, "uk")
    if not statuses:
        return None
    status = statuses[0]
    if status.status == "controlled" and _LAWFUL_ROUTE().search(clause):
        return None  # "legal on a specialist's prescription": how the law allows it
    if status.status not in ("controlled", "prohibited"):
        return None
    schedule = f" ({status.schedule})" if status.schedule else ""
    kind = "prohibited" if status.status == "prohibited" else "a controlled drug"
    return f"'{word.group()}': {subject.text} is {kind} in the UK{schedule}"


CHECK = RegulatoryClaim()
