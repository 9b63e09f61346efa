"""Implements CL402; what it finds and why: rules/CL402-unapproved-use-disclosure.yml.

A sentence promotes a use when it names a treatment with a condition, outside the source
list and quotes, not negated and not a question; a drug, biologic or device named alone
counts when the product is unapproved or investigational for every use. What is judged
follows the regulator's remit by kind: drugs, biologics and devices are products whose uses
are approved or cleared; a dietary supplement counts only when named with a condition (its
disclosure is the supplement statement); procedures and psychotherapies are practices, not
products, and need no such statement. A sentence that states an approval status ("X is
FDA-approved for Y") is not promotion unless the clinic offers the treatment in it ("and we
prescribe it"): CL401 judges the statement. A condition whose narrower kind is an
approved use
("isotretinoin for acne", approved for severe nodular acne) is not reported, nor is a
condition named as a harm the treatment causes ("can cause fatigue"). The accepted
phrasings are the knowledge pack's disclosures for the jurisdiction and the clinic's
``disclosures:``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from claimlint.core.lazyre import LazyPattern
from claimlint.engine.checks import BaseCheck
from claimlint.engine.checks.regulatory_claim import site_scope
from claimlint.engine.rule import Context, Hit, configured_jurisdiction
from claimlint.regulatory.knowledge import ANY_USE, KnowledgePack, UseStatus, normalize_name
from claimlint.regulatory.mentions import APPROVAL_WORDS, Mention, mentions, pack_for
from claimlint.text.clauses import is_negated, is_question
from claimlint.text.document import Block, Document
from claimlint.text.prefilter import Needles, ascii_lower

_KINDS = ("off-label", "unapproved", "investigational", "supplement")


#: The clinic offering a treatment: "we offer", "we prescribe", "our own chamber".
_offer = LazyPattern(
    r"(?i)\bwe\s+(?:\w+\s+){0,2}?(?:offer|provide|prescribe|use|administer|give|deliver|sell|stock)"
    r"\b|\bour\s+own\b",
)


#: Words that make a condition after a treatment its harm, not its use: "can cause fatigue",
#: "side effects such as brain fog", "a risk of hair loss".
_harm = LazyPattern(
    r"(?i)\b(?:caus(?:e|es|ed|ing)|side[\s-]effects?|adverse|risks?\s+of|lead\s+to|"
    r"trigger(?:s|ed)?|worsen(?:s|ed)?|withdrawal)\b",
)


#: Treatment kinds whose uses regulators approve (a supplement only with a condition named).
_PRODUCTS = ("drug", "biologic", "device", "supplement")


class UnapprovedUseDisclosure(BaseCheck):
    """Posts that promote an off-label, unapproved or investigational use and never say so."""

    uses_knowledge = True

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        jurisdiction = configured_jurisdiction(ctx.option)
        pack = pack_for(jurisdiction)
        if has_disclosure(doc, pack, jurisdiction, ctx.option("disclosures") or []):
            return
        for block in doc.blocks:
            if block.reference or block.in_blockquote:
                continue
            for sentence in block.sentences:
                text = sentence.text
                if is_question(text):
                    continue
                found = promoted_use(pack, text, jurisdiction)
                if found is None:
                    continue
                treatment, condition, status = found
                start = sentence.start + treatment.start
                what = f"{treatment.text} for {condition}" if condition else treatment.text
                approved = bool(pack.approvals_for(treatment.target, None, jurisdiction))
                wrong = _what_is_wrong(treatment.text, status.status, approved)
                message = f"the post promotes {what}, {wrong}"
                if jurisdiction.startswith("us"):
                    message += " (add an 'off-label' or 'not FDA-approved' statement)"
                example = disclosure_example(pack, jurisdiction, treatment, condition, status)
                yield (
                    block,
                    Hit(
                        start,
                        start + len(treatment.text),
                        {"match": treatment.text},
                        suggestion=f"Add a plain statement, e.g. '{example}'",
                        message=message,
                    ),
                )
                return


def promoted_use(
    pack: KnowledgePack, text: str, jurisdiction: str
) -> tuple[Mention, str, UseStatus] | None:
    """The first treatment in ``text`` promoted for a use that needs a disclosure.

    A treatment named with a condition is checked for that use; a product named
    alone counts when it is unapproved or investigational for every use (compounded
    semaglutide, psilocybin, whole-body cryotherapy), not merely off-label. Procedures
    and psychotherapies are practices, not products, and need no such statement; a
    supplement needs one only when named with a condition.
    """
    if APPROVAL_WORDS.search(text) and not _offer().search(text):
        return None  # a statement of status, not an offer: CL401 judges it
    found = [m for m in mentions(text, jurisdiction) if not m.ambiguous]
    conditions = [m for m in found if m.kind == "condition" and not is_negated(text, m.start)]
    for t in (m for m in found if m.kind == "treatment"):
        kind = pack.treatments[t.target].kind
        if is_negated(text, t.start) or kind not in _PRODUCTS:
            continue
        for c in conditions:
            approvals = pack.approvals_for(t.target, c.target, jurisdiction, include_narrower=True)
            allowed, outside = site_scope(text, approvals)
            if outside:  # approved for it, but at other sites ("Botox for sweaty palms")
                note = f"approved for {c.target.replace('-', ' ')} only at the {', '.join(allowed)}"
                return (
                    t,
                    c.text,
                    UseStatus(
                        t.target, c.target, jurisdiction, "off-label", note, approvals[0].source
                    ),
                )
            if approvals:
                continue  # approved for it, or for a narrower kind of it
            if c.start > t.end and _harm().search(text, t.end, c.start):
                continue  # a harm it can cause ("can cause fatigue"), not a use
            status = pack.use_status(t.target, c.target, jurisdiction)
            if status is not None and status.needs_disclosure:
                return t, c.text, status
        if not conditions and kind != "supplement":
            status = _catch_all(pack, t.target, jurisdiction)
            if status is not None and status.status in ("unapproved", "investigational"):
                return t, "", status
    return None


def disclosure_example(
    pack: KnowledgePack, jurisdiction: str, treatment: Mention, condition: str, status: UseStatus
) -> str:
    """A disclosure about the post's own treatment and use, in the jurisdiction's accepted
    words, so that adding it to the post answers the finding: "Ketamine is approved by the
    FDA for anesthesia; its use for depression is off-label.", "NAD+ infusions are not
    FDA-approved for addiction." The names keep the knowledge pack's spelling of what the
    post wrote ("Ketamine" at a sentence start is "ketamine" mid-sentence)."""
    product = pack.treatments[treatment.target]
    name = _spelling(product.all_names, treatment.text)
    use = _spelling(_condition_names(pack, condition), condition) if condition else ""
    subject = name[:1].upper() + name[1:]
    plural = bool(re.search(r"[a-z]s$", name))
    be = "are" if plural else "is"
    words = {
        kind: d.phrases[0]
        for kind in _KINDS
        if (d := pack.disclosure(kind, jurisdiction)) is not None  # type: ignore[arg-type]
    }
    target = f"for {use}" if use else "for any use"
    if status.status == "off-label":
        approved = _approved_uses(pack, product.id, jurisdiction)
        word = words.get("off-label", "off-label")
        if approved:
            return (
                f"{subject} {be} {approved}; {'their' if plural else 'its'} use {target} is {word}."
            )
        return f"{subject} {be} {word} {target}."
    if status.status == "investigational":
        word = words.get("investigational", "investigational")
        unapproved = words.get("unapproved")
        also = f" and {unapproved} {target}" if unapproved else f" {target}"
        return f"{subject} {be} {word}{also}."
    return f"{subject} {be} {words.get('unapproved', 'not approved')} {target}."


def _approved_uses(pack: KnowledgePack, treatment_id: str, jurisdiction: str) -> str:
    """ "approved by the FDA for anesthesia", or "" when the pack records no approval."""
    found = [a for a in pack.approvals_for(treatment_id, None, jurisdiction) if a.use != ANY_USE]
    if not found:
        return ""
    first = found[0]
    regulator = pack.jurisdictions[first.jurisdiction].regulator(first.regulator)
    by = min(regulator.names, key=len) if regulator is not None else first.regulator
    uses = list(
        dict.fromkeys(pack.conditions[a.use].name for a in found if a.regulator == first.regulator)
    )
    what = ", ".join(uses[:-1]) + f" and {uses[-1]}" if len(uses) > 1 else uses[0]
    return f"{first.decision} by the {by} for {what}"


def _condition_names(pack: KnowledgePack, text: str) -> tuple[str, ...]:
    found = pack.find_condition(text)
    return found.all_names if found is not None else ()


def _spelling(names: tuple[str, ...], written: str) -> str:
    """``written`` as the pack spells it (its case), or as written when the pack has no such
    name; a name all in capitals in the pack stays so ("PTSD", "NAD+")."""
    key = normalize_name(written)
    for name in names:
        if normalize_name(name) == key:
            return name
    return written if written.isupper() else written[:1].lower() + written[1:]


def _catch_all(pack: KnowledgePack, treatment: str, jurisdiction: str) -> UseStatus | None:
    for jur in pack.jurisdiction_chain(jurisdiction):
        for entry in pack.treatments[treatment].non_approved_uses:
            if entry.jurisdiction == jur.id and entry.use == ANY_USE:
                return entry
    return None


def has_disclosure(doc: Document, pack: KnowledgePack, jurisdiction: str, extra: list[Any]) -> bool:
    """True when the post carries any accepted disclosure phrasing, anywhere in its prose."""
    phrases: list[str] = [str(x) for x in extra if isinstance(x, str)]
    for kind in _KINDS:
        disclosure = pack.disclosure(kind, jurisdiction)  # type: ignore[arg-type]
        if disclosure is not None:
            phrases.extend(disclosure.phrases)
    if not phrases:
        return False
    regex, words = _disclosure_pattern(tuple(sorted(set(phrases), key=lambda p: (-len(p), p))))
    return any(
        words.may_match(ascii_lower(block.text)) and regex.search(block.text.translate(_DASHES))
        for block in doc.blocks
    )


#: The dashes a phrase's hyphen or space may be written as, each read as a hyphen: the
#: pattern's separators are then ``[\s-]`` (a class of four dashes more is compiled as a
#: big character set at each of its hundred uses, 6 ms of a start). None is a word
#: character, so the pattern's word boundaries see the same.
_DASHES = str.maketrans(dict.fromkeys("‐‑–—", "-"))


@lru_cache(maxsize=16)
def _disclosure_pattern(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], Needles]:
    """The accepted phrasings as one pattern (searched in a text whose dashes are hyphens,
    :data:`_DASHES`), and the words it needs (a few phrase lists per run: the
    jurisdiction's and the clinic's)."""
    body = "|".join(_flexible(p) for p in phrases)
    regex = re.compile(rf"(?<!\w){_starts(phrases)}(?:{body})(?!\w)", re.IGNORECASE)
    return regex, _phrase_needles(phrases)


def _starts(phrases: tuple[str, ...]) -> str:
    """A lookahead for the characters a match can start with (the first of a phrase's
    first word, either apostrophe for a straight one), "" when a phrase has no word.

    It changes nothing a search finds, only how fast it gives up: the pattern is searched
    in every paragraph of most posts, and without it each of the hundred-odd characters
    of a line tries every phrase's first word in turn."""
    first: set[str] = set()
    for phrase in phrases:
        words = _words(phrase)
        if not words:
            return ""
        first.update("'’" if words[0][0] == "'" else words[0][0])
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])"


def _phrase_needles(phrases: tuple[str, ...]) -> Needles:
    """The words a match needs, read from the phrases themselves: a match is one of them,
    so it holds that phrase's longest ASCII run of letters and digits. (Reading them from
    the compiled pattern, as :func:`claimlint.text.prefilter.needles` does, cost more at start
    than the test saves in a short run.) No test when a phrase has no such run."""
    words: set[str] = set()
    for phrase in phrases:
        runs = re.findall(r"[a-z0-9]{3,}", phrase.lower())
        if not runs:
            return Needles()
        words.add(max(runs, key=lambda w: (len(w), w)))
    return Needles((tuple(sorted(words, key=lambda w: (-len(w), w))),))


def _flexible(phrase: str) -> str:
    """A phrase pattern tolerant of case, hyphen or space, and straight or curly apostrophes
    (any dash is a hyphen by then: :data:`_DASHES`)."""
    words = [re.escape(w) for w in _words(phrase)]
    return r"[\s\-]+".join(words).replace("'", "['’]")


def _words(phrase: str) -> list[str]:
    """A phrase's words, split at spaces and dashes."""
    return [w for w in re.split(r"[\s\-‐‑–—]+", phrase.strip()) if w]


CHECK = UnapprovedUseDisclosure()


def _what_is_wrong(treatment: str, status: str, approved: bool) -> str:
    """Why the use needs a statement, as a clause after "the post promotes X for Y, ";
    ``approved``: the treatment has an approval in the jurisdiction (for another use)."""
    if status == "off-label":
        return "an off-label use, and never says so"
    if status == "investigational":
        return (
            f"but {treatment} is investigational, approved for no use, and the post never says so"
        )
    if status == "supplement":
        return "a supplement whose claims regulators have not evaluated, and never says so"
    if approved:
        return f"but {treatment} is not approved for this use, and the post never says so"
    return f"but {treatment} is approved for no use, and the post never says so"
