"""The regulatory knowledge pack as the rules see it: mentions of treatments and
conditions in prose, and statements of approval or legal status.

The pack (``rules/knowledge/``, read by :mod:`claimlint.regulatory.knowledge`) is loaded
once per jurisdiction and process. Every alias of every treatment and
condition is compiled into one regular expression, longest first, so
"compounded semaglutide" is found before "semaglutide" and "treatment-resistant
depression" before "depression".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from claimlint.regulatory.knowledge import (
    AliasPattern,
    KnowledgePack,
    jurisdiction_ids,
    load_pack,
)
from claimlint.text.lexicon import PhraseMatcher
from claimlint.text.shipped import phrase_matcher

if TYPE_CHECKING:
    from collections.abc import Iterator

    from claimlint.text.document import Block, Document

#: Words that state an approval, clearance or licence (any jurisdiction).
APPROVAL_WORDS = re.compile(
    r"(?i)(?<![\w-])(?:(?:fda|mhra|ema)[\s-]+(?:approved|cleared|authori[sz]ed|licensed)"
    r"|approved|approval|cleared|clearance"
    r"|(?:authori[sz]ed|licensed)(?=\s+(?:for|to\s+treat|as\s+an?)\b))(?![\w-])"
)

#: Words that state a treatment is legal ("now legal", "legal nationwide", "decriminalised").
LEGAL_WORDS = re.compile(
    r"(?i)(?<![\w-])(?:legal(?:ly(?:\s+available)?)?|legali[sz]ed|decriminali[sz]ed|lawful(?:ly)?)"
    r"(?![\w-])"
)

#: Words that say a medicine is supplied with no prescription: "sold over the counter", "no
#: prescription needed", "without a script".
OTC_WORDS = re.compile(
    r"(?i)(?<![\w-])(?:over[\s-]+the[\s-]+counter|OTC|prescription[\s-]free|no[\s-]+prescription"
    r"(?:\s+(?:is\s+)?(?:needed|required|necessary))?|no\s+script(?:\s+(?:is\s+)?(?:needed|"
    r"required))?|without\s+(?:a|any|the\s+need\s+for\s+a|needing\s+a)\s+(?:doctor['’]s\s+)?"
    r"(?:prescription|script))(?![\w-])"
)

#: Qualifiers that make a legality statement national rather than local.
NATIONWIDE = re.compile(
    r"(?i)\b(?:nationwide|nationally|federally|federal\s+law|across\s+the\s+(?:us|u\.s\.|"
    r"united\s+states|country)|in\s+all\s+50\s+states|in\s+every\s+state|everywhere|"
    r"throughout\s+the\s+(?:us|u\.s\.|united\s+states|country)|across\s+america)\b"
)

#: "compounded", "custom-compounded", "pharmacy-compounded" right before a treatment's name.
_COMPOUNDED = re.compile(r"(?i)(?<![\w-])(?:(?:custom|pharmacy)[\s-]+)?compounded[\s-]+$")
#: The knowledge pack's class of compounded preparations (``rules/knowledge/compounded-drugs.yml``).
COMPOUNDED_CLASS = "compounded-drugs"

#: US states whose names can limit a legality statement ("legal in Oregon").
STATE_NAMES: dict[str, str] = {"oregon": "us-or", "colorado": "us-co"}


class Mention(NamedTuple):
    """A treatment or condition named in a text."""

    kind: str
    """``treatment`` or ``condition``."""
    target: str
    """The treatment or condition id."""
    start: int
    end: int
    text: str
    ambiguous: bool


#: Loaded packs and their alias matchers by jurisdiction, once per process (the files
#: and the matcher come decoded and built from :mod:`claimlint.core.prebuilt`).
_PACKS: dict[str, KnowledgePack] = {}
_ALIASES: dict[str, tuple[PhraseMatcher, dict[str, AliasPattern]]] = {}


def pack_for(jurisdiction: str = "us") -> KnowledgePack:
    """The built-in knowledge pack with ``jurisdiction`` as its default."""
    pack = _PACKS.get(jurisdiction)
    if pack is None:
        from claimlint.core.builtin import builtin_rules_dir

        pack = load_pack(builtin_rules_dir() / "knowledge", jurisdiction=jurisdiction)
        _PACKS[jurisdiction] = pack
    return pack


def builtin_jurisdictions() -> tuple[str, ...]:
    """Ids of the built-in pack's jurisdictions, read from its ``pack.yml`` alone (cheap: for
    checking configuration without loading the pack)."""
    from claimlint.core.builtin import builtin_rules_dir

    return jurisdiction_ids(builtin_rules_dir() / "knowledge")


def _alias_matcher(jurisdiction: str) -> tuple[PhraseMatcher, dict[str, AliasPattern]]:
    """One trie matcher over every alias; the tag of a match names its alias."""
    known = _ALIASES.get(jurisdiction)
    if known is not None:
        return known
    aliases = pack_for(jurisdiction).alias_patterns()
    by_tag: dict[str, AliasPattern] = {}
    for i, alias in enumerate(aliases):
        by_tag[str(i)] = alias
    # a hyphen in a phrase matches a hyphen, a space or nothing: "weight loss" = "weight-loss"
    phrases = ((tag, [alias.text.replace(" ", "-")]) for tag, alias in by_tag.items())
    made = (phrase_matcher(phrases), by_tag)
    _ALIASES[jurisdiction] = made
    return made


def mentions(text: str, jurisdiction: str = "us") -> list[Mention]:
    """Treatments and conditions named in ``text``, in order: leftmost first, then longest,
    without overlaps ("treatment-resistant depression" hides its "depression").

    Two readings by class rather than by name: a drug named right after "compounded"
    ("compounded testosterone cream") is the pack's class of compounded preparations, which
    no approval covers; and an ambiguous alias the pack writes in capitals, of four letters
    or more, is unambiguous where the text writes it so ("SMILE", not "smile")."""
    matcher, by_tag = _alias_matcher(jurisdiction)
    pack = pack_for(jurisdiction)
    found: list[Mention] = []
    end = -1
    for m in matcher.finditer(text):
        if m.start < end:
            continue
        alias = by_tag[min(m.tags, key=int)]  # aliases are listed longest first
        ambiguous = alias.ambiguous and not _capitalised(alias.text, m.text)
        mention = Mention(alias.kind, alias.target_id, m.start, m.end, m.text, ambiguous)
        found.append(_compounded(pack, text, mention))
        end = m.end
    return [_as_description(text, found, i) for i in range(len(found))]


#: Words before a condition that make it part of a drug's description, not its use:
#: "derived from the anesthetic ketamine", "a form of the antidepressant".
_DESCRIBED_BY = re.compile(
    r"(?i)\b(?:derived\s+from|made\s+from|a\s+form\s+of|related\s+to|based\s+on|a\s+cousin\s+of"
    r"|a\s+version\s+of|an\s+offshoot\s+of|developed\s+from)\s+(?:the\s+|an?\s+)?$"
)


def _as_description(text: str, found: list[Mention], i: int) -> Mention:
    """``found[i]``, marked ambiguous when it is a condition that describes a treatment rather
    than names a use: right before the treatment's name ("the anesthetic ketamine") or
    after "derived from", "a form of" ..."""
    m = found[i]
    if m.kind != "condition" or m.ambiguous:
        return m
    nxt = found[i + 1] if i + 1 < len(found) else None
    attributive = (
        nxt is not None and nxt.kind == "treatment" and not text[m.end : nxt.start].strip()
    )
    if attributive or _DESCRIBED_BY.search(text, max(0, m.start - 40), m.start):
        return Mention(m.kind, m.target, m.start, m.end, m.text, True)
    return m


def _capitalised(alias: str, written: str) -> bool:
    """True when an alias the pack writes in capitals is written so, and is a word of four
    letters or more rather than a short abbreviation ("SMILE" the procedure)."""
    return len(alias) >= 4 and alias.isupper() and written == alias


def _compounded(pack: KnowledgePack, text: str, mention: Mention) -> Mention:
    """``mention`` read as a compounded preparation when "compounded" comes right before a
    drug's name, unless the pack has a compounded entry of its own (found as a longer name)."""
    if mention.kind != "treatment" or COMPOUNDED_CLASS not in pack.treatments:
        return mention
    treatment = pack.treatments[mention.target]
    if treatment.kind != "drug" or mention.target == COMPOUNDED_CLASS:
        return mention
    lead = _COMPOUNDED.search(text, max(0, mention.start - 40), mention.start)
    if lead is None or mention.start != lead.end():
        return mention
    return Mention(
        "treatment",
        COMPOUNDED_CLASS,
        lead.start(),
        mention.end,
        text[lead.start() : mention.end],
        mention.ambiguous,
    )


def promoted_prescription_drugs(
    doc: Document, jurisdiction: str, kinds: tuple[str, ...] = ("drug",)
) -> Iterator[tuple[Block, Mention]]:
    """Prescription-only treatments of ``kinds`` named in a block that also names a
    condition (promotion for a use), outside the source list and quotes, not negated."""
    from claimlint.text.clauses import is_negated

    pack = pack_for(jurisdiction)
    for block in doc.blocks:
        if block.reference or block.in_blockquote:
            continue
        found = [m for m in mentions(block.text, jurisdiction) if not m.ambiguous]
        if not any(m.kind == "condition" for m in found):
            continue
        for m in found:
            if m.kind != "treatment" or is_negated(block.text, m.start):
                continue
            treatment = pack.treatments[m.target]
            if treatment.prescription_only and treatment.kind in kinds:
                yield block, m


def names_treatment(text: str, start: int, end: int, jurisdiction: str = "us") -> bool:
    """True when ``text[start:end]`` is the name of a treatment the pack knows ("Ketamine"
    in "Ketamine's effect"): an owner that is a drug, not a person."""
    word = text[start:end]
    return any(m.kind == "treatment" for m in mentions(word, jurisdiction))
