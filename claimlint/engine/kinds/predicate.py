"""``kind: predicate``: a treatment that changes a health outcome, in any verb.

The claim kind needs its trigger words listed; posts nobody has read use
others ("melts stubborn fat", "switches off migraines", "flushes out
fatigue"). This kind reads the shape of the clause instead. The closed classes
are what the clause is about: a subject (a treatment, product or service, the
clinic, "it") and an outcome (a condition, symptom, body function or result);
the verb between them is open: whatever word stands right after the subject
(past adverbs, "also", "which", "will") and reads as a finite verb (a third-person
"-s" form or a past "-ed" form), with the outcome within a few words after it.

Not a claim: a hedge anywhere in the clause ("may", "can", "for some
people"), a negation, a question, a condition ("if", "when"), a citation in
the sentence, a purpose ("to ease pain": no finite verb), and the verbs that
describe what a treatment is or does without promising an outcome
(``not-verbs``: "targets", "binds", "is studied for", "costs").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimlint.biblio.matching import citation_map
from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import Flag, Integer, Phrases
from claimlint.engine.kinds.terms import (
    BUSINESS_NAME,
    TermSet,
    denied,
    grants_claim,
    lead_in_holds,
    persons_case,
    tagged,
    tags_of,
)
from claimlint.engine.rule import Context, Hit, Kind, Needs
from claimlint.text.clauses import (
    clause_bounds,
    is_negated,
    is_question,
    names_a_place,
)
from claimlint.text.document import Sentence
from claimlint.text.grammar import DETERMINERS
from claimlint.text.lexicon import Lexicon, PhraseMatch

_WORD = re.compile(r"[\w'’-]+")
#: A finite verb form: "melts", "switches", "cleared" (not "-ss" nouns, "-us", "-is").
_FINITE = re.compile(r"(?i)^[a-z][a-z-]*(?:[^su's]s|[^s]es|ed)$")
#: Words that may stand between the subject and its verb.
_BETWEEN = frozenset(
    {
        "also",
        "actually",
        "now",
        "often",
        "usually",
        "typically",
        "quickly",
        "rapidly",
        "gently",
        "safely",
        "naturally",
        "effectively",
        "literally",
        "simply",
        "truly",
        "really",
        "even",
        "still",
        "then",
        "just",
        "which",
        "that",
        "will",
        "'ll",
        # where it is given ("acupuncture here switches off the pain")
        "here",
        "there",
    }
)
#: Plural nouns that open a heading or a list item as its topic ("Sports recovery",
#: "Seniors and balance"): who or what a section is about, never the verb of a fragment.
_TOPIC_NOUNS = frozenset(
    {
        "sports",
        "athletes",
        "runners",
        "seniors",
        "adults",
        "kids",
        "teens",
        "students",
        "veterans",
        "parents",
        "families",
        "patients",
        "clients",
        "results",
        "outcomes",
        "benefits",
        "risks",
        "costs",
        "prices",
        "options",
        "services",
        "treatments",
        "therapies",
        "conditions",
        "symptoms",
        "causes",
        "signs",
        "tips",
        "facts",
        "questions",
        "answers",
        "steps",
        "types",
        "stages",
        "programs",
        "programmes",
    }
)
#: Particles that make any verb one of riddance ("heats away fat", "cools away the ache").
_RIDDANCE = frozenset({"away"})
#: Words a verb-shaped word may be that are not verbs of the subject.
_NOT_FINITE = frozenset(
    {
        "is",
        "was",
        "has",
        "does",
        "its",
        "this",
        "thus",
        "plus",
        "bonus",
        "focus",
        "status",
        "series",
        "means",
        "news",
        "less",
        "unless",
        "across",
        "always",
        "perhaps",
        "sometimes",
        "various",
        "numerous",
        "previous",
        "serious",
        "nervous",
        "ones",
        "others",
        "patients",
        "clients",
        "results",
        "sessions",
        "weeks",
        "months",
        "years",
        "days",
        "hours",
        "minutes",
        "needed",
        "used",
        "called",
        "based",
        "designed",
        "shaped",
        "named",
        "related",
        "limited",
        "approved",
        "cleared",
        "licensed",
        "authorised",
        "authorized",
        "regulated",
        "studied",
        "tested",
        "prescribed",
        "recommended",
        "indicated",
        "intended",
        "supervised",
        "administered",
        "delivered",
        "performed",
        "offered",
        "provided",
        "covered",
        "priced",
        "compounded",
        "sourced",
    }
)


#: Words that, right after a verb-shaped word, show it is a noun ("glands in the skin",
#: "infusions for PTSD"); the particles of phrasal verbs ("flushes out", "turns back")
#: are not among them.
_AFTER_NOUN = frozenset(
    {
        "in",
        "of",
        "at",
        "for",
        "from",
        "on",
        "to",
        "by",
        "with",
        "is",
        "are",
        "was",
        "were",
        "and",
        "or",
    }
)
#: Words that, between the verb and the outcome, start another clause, a purpose or a
#: topic ("begins, so your depression", "uses heat to ease pain", "articles about sleep").
_GAP_BREAK = frozenset(
    {
        "so",
        "that",
        "which",
        "who",
        "because",
        "when",
        "if",
        "and",
        "or",
        "but",
        "to",
        "for",
        "about",
        # a modal after the verb starts a clause of its own ("after the implant wears off, you
        # can overdose")
        "can",
        "could",
        "may",
        "might",
        # what the verb's object takes part in ("blocks TNF, a protein involved in
        # inflammation"): the outcome describes the object, the verb does not reach it
        "involved",
        "implicated",
        "associated",
        "responsible",
    }
)


#: "Our" and the one or two words after it: the clinic's own offering, unless the rule's
#: ``not-ours`` phrases say what "our" owns there (the body, people, the world).
_OUR = re.compile(r"\b[Oo]ur\s+([A-Za-z][\w-]*)(\s+[A-Za-z][\w-]*)?")


def _ours(text: str, owned: set[int]) -> list[PhraseMatch]:
    """Each "our" and a noun after it, as a subject (one word and two), but where a phrase
    of what "our" owns instead starts (offsets in ``owned``)."""
    found: list[PhraseMatch] = []
    for m in _OUR.finditer(text):
        if m.start(1) in owned:
            continue
        found.append(PhraseMatch(m.start(), m.end(1), text[m.start() : m.end(1)], frozenset()))
        second = m.group(2)
        if not second or m.end(2) - len(second.lstrip()) in owned:
            continue
        if second.endswith("s") and not m.group(1).endswith("s"):
            continue  # "our team checks": the verb of a one-word subject, not a noun of it
        found.append(PhraseMatch(m.start(), m.end(), m.group(), frozenset()))
    return found


#: A plural subject ("regular sessions", "PRP injections"), whose verb has no "-s".
_PLURAL = re.compile(r"(?i)[a-z]{3}(?<!s)s\Z")
#: People taking a treatment, the plural subject of its verb ("men on TRT live longer").
_PEOPLE_ON = re.compile(
    r"(?i)\b(?:men|women|people|patients|clients|adults|children|kids|teens|users|members"
    r"|those|athletes|runners)\s+(?:on|taking|using|receiving|given|treated\s+with)\s+$"
)
#: Words that are not a verb's base form after a plural subject.
_NOT_BASE = frozenset(
    {
        "are",
        "were",
        "have",
        "had",
        "do",
        "did",
        "can",
        "may",
        "might",
        "must",
        "should",
        "would",
        "could",
        "shall",
        "the",
        "a",
        "an",
        "of",
        "in",
        "for",
        "with",
        "at",
        "on",
        "to",
        "from",
        "by",
        "and",
        "or",
        "but",
        "not",
        "no",
        "every",
        "each",
        "per",
        "than",
        "as",
        "like",
        "about",
        "after",
        "before",
        "during",
        "over",
        "under",
        "usually",
        "typically",
        "often",
        "last",
        "take",
        "cost",
        "run",
        "start",
        "begin",
        "involve",
        # negations, which stand before a verb (the verb after them is negated)
        "cannot",
        "never",
        "hardly",
        "rarely",
        # prepositions, which open a phrase of place or time, never a verb ("implants
        # between the waist and knees")
        "between",
        "within",
        "without",
        "across",
        "around",
        "through",
        "throughout",
        "toward",
        "towards",
        "against",
        "among",
        "along",
        "beneath",
        "behind",
        "beside",
        "besides",
        "beyond",
        "inside",
        "outside",
        "above",
        "below",
        "near",
        "via",
        "upon",
        "into",
        "onto",
        "until",
        "since",
        "despite",
        "except",
        "versus",
        "whose",
        # pronouns and relative words, which follow a verb, never stand for one
        "them",
        "him",
        "her",
        "you",
        "your",
        "our",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "where",
        "when",
        "which",
        "who",
        "whom",
        "there",
        "here",
    }
)


#: Blocks whose text may be a verb phrase with no subject (a bullet, a cell, a heading).
_FRAGMENT_BLOCKS = frozenset({"list-item", "table-cell", "heading", "front-matter"})
#: Words that open a modifier of a group of people ("men over 60", "golfers on our plan",
#: "patients who finish the course").
_GROUP_MODIFIERS = frozenset(
    {"over", "under", "aged", "on", "in", "at", "from", "who", "taking", "using", "of"}
)


#: "who" opening a relative clause of the group ("people who could barely walk").
_WHO = re.compile(r"(?i)\bwho\b")


def _relative(text: str, clause: int, cancel: PhraseMatch, verb: int) -> bool:
    """True when ``cancel`` stands in a "who" clause of the group before its ``verb``
    ("people who could barely walk are hiking again": "could" says what they were, it does
    not hedge what they do now)."""
    if cancel.end > verb:
        return False
    return _WHO.search(text, clause, cancel.start) is not None


#: Endings of the adjectives that may stand between a determiner and its noun ("a confirmed
#: peanut allergy", "our specialised knee clinic").
_ADJECTIVE_SHAPED = ("ed", "ing", "al", "ful", "ous", "ive", "ic", "ised", "ized")


def _noun_phrase(words: list[str]) -> list[bool]:
    """For each word, whether it stands in a noun phrase a determiner (``DETERMINERS`` of
    :mod:`claimlint.text.grammar`) opened: the word after
    the determiner ("in our program keeps": "program"), and the word after that while the
    one before it is shaped as an adjective ("with a confirmed peanut allergy": "confirmed",
    "peanut")."""
    flags: list[bool] = []
    inside = False
    for word in words:
        if word in DETERMINERS:
            flags.append(False)
            inside = True
            continue
        flags.append(inside)
        inside = inside and word.endswith(_ADJECTIVE_SHAPED)
    return flags


#: The group's "are" before an outcome in "-ing" ("are sleeping soundly", "are hiking again").
_PROGRESSIVE = frozenset({"are", "'re", "’re"})


def _opens_in_ing(text: str, out: PhraseMatch) -> bool:
    """True when the outcome ``out`` opens with a word in "-ing" ("sleeping soundly"), the
    verb of a progressive after "are"."""
    first = _WORD.match(text, out.start)
    return first is not None and first.group().lower().endswith("ing")


#: "without" or "no" right before a phrase: what the sentence says they do without.
_WITHOUT = re.compile(r"(?i)\b(?:without|no)\s+(?:any\s+|a\s+|an\s+|the\s+)?$")
#: Prepositions: a word right after one is an adjective or a noun, not the group's verb
#: ("children with confirmed peanut allergy", "adults of diagnosed ...").
_PREPOSITIONS = frozenset({"with", "without", "of", "for", "by", "from", "into", "after"})


#: Whom an outcome phrase that opens with its verb is done for ("spares you a ...").
_DONE_FOR = frozenset(
    {"you", "them", "him", "her", "us", "patients", "people", "clients", "men", "women"}
    | {"kids", "children", "families", "athletes", "runners", "seniors", "adults"}
)


def _verb_shaped(word: str) -> bool:
    """True when ``word`` may be a finite or base-form verb."""
    if word in _NOT_FINITE or word in _GROUP_MODIFIERS:
        return False
    return bool(_FINITE.match(word)) or _base_verb(word)


def _tagged(matches: list[PhraseMatch], terms: TermSet, present: set[str]) -> list[PhraseMatch]:
    """The matches that carry the tag of ``terms`` (none when ``terms`` is empty, or when
    ``present``, the tags of all the matches, lacks it: no list to build)."""
    tag = terms.tag
    return [m for m in matches if tag in m.tags] if tag in present and terms else []


def _base_verb(word: str) -> bool:
    """True when ``word`` may be a base-form verb ("melt", "regrow"): letters only, not a
    function word, not an "-s" or "-ly" form."""
    return (
        word.isalpha()
        and word not in _NOT_BASE
        and not word.endswith(("s", "ly", "ing"))
        and not word.endswith(_ADJECTIVE_ENDS)
        and len(word) > 2
    )


#: Endings of adjectives, never of a base-form verb ("sustainable", "painful", "nervous").
_ADJECTIVE_ENDS = ("able", "ible", "ful", "ous", "less", "ical", "ular", "ient")


class PredicateKind(Kind):
    """Report a treatment's certain change of an outcome, whatever the verb."""

    name = "predicate"
    scopes = ("sentence", "heading", "block", "front-matter")

    subject = Phrases(
        "What makes the claim: treatments, products, services, the clinic.", required=True
    )
    outcome = Phrases(
        "What the claim changes: conditions, symptoms, body functions, results.",
        required=True,
    )
    unless = Phrases("Phrases (hedges, conditions) that cancel the claim in its clause.")
    not_verbs = Phrases(
        "Verbs that say what a treatment is or does without promising an outcome"
        ' ("targets", "binds", "costs").'
    )
    mechanism_nouns = Phrases(
        "Nouns that make the outcome word before them a modifier of a mechanism"
        ' ("fear circuitry", "stress response"): not an outcome for the reader.'
    )
    not_outcome_before = Phrases(
        "Words that, joined to an outcome word by a hyphen, make it the first half of a"
        ' compound adjective ("trauma-focused therapy", "stress-related visits").'
    )
    before_verb = Integer(
        3, 0, 8, "Words allowed between the subject and its verb (adverbs, 'which', 'will')."
    )
    after_verb = Integer(
        4, 0, 10, 'Words allowed between the verb and the outcome ("your", "stubborn").'
    )
    skip_cited = Flag(
        True, "A sentence that carries a citation reports a study's own result: skip it."
    )
    outcome_verb = Flag(
        False,
        "A plural subject's outcome may open with its own verb (\"patients sleep through the"
        ' night", "men on TRT live longer").',
    )
    only_with = Phrases(
        "The sentence must also hold one of these (a treatment, the clinic) for a claim;"
        " none given: any sentence."
    )
    raising = Phrases(
        'Verbs that raise ("raises", "increases", "pushes up"): with one of ``worse-when-raised``'
        " they name a harm, a side effect, not a benefit."
    )
    worse_when_raised = Phrases(
        'What is worse when higher ("blood pressure", "heart rate", "pain"): raised, a harm.'
    )
    our_nouns = Flag(
        False,
        'A noun after "our" is the clinic\'s own offering, a subject whatever it is ("our'
        ' wraps", "our herbal blend"), unless it is one of ``not-ours``.',
    )
    not_ours = Phrases(
        'What "our" owns that is no offering of the clinic\'s: the body, people, the world'
        ' ("our bodies", "our children").'
    )

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        self.gate = Needs.of(tags_of((self.outcome,)))

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return tagged(
            (
                self.subject,
                self.outcome,
                self.unless,
                self.not_verbs,
                self.mechanism_nouns,
                self.not_outcome_before,
                self.only_with,
                self.not_ours,
                self.raising,
                self.worse_when_raised,
            )
        )

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        text = unit.text
        if is_question(text):
            return
        matches = ctx.matches(unit)
        present = ctx.tags(unit)
        outcomes = _tagged(matches, self.outcome, present)
        if not outcomes:
            return
        if self.only_with and not any(
            not _WITHOUT.search(unit.text, 0, m.start)
            for m in _tagged(matches, self.only_with, present)
        ):
            return  # none, or only what they do without ("catch up without any therapy")
        if self.skip_cited and citation_map(ctx.document).carries_citation(unit):
            return
        if lead_in_holds(unit, ctx, self.unless):
            return  # a list item finishing a hedged lead-in ("Patients may notice:")
        subjects = _tagged(matches, self.subject, present)
        if self.our_nouns and "our" in text.lower():
            owned = {m.start for m in _tagged(matches, self.not_ours, present)}
            subjects = sorted([*subjects, *_ours(text, owned)], key=lambda m: (m.start, m.end))
        cancel = [c for c in _tagged(matches, self.unless, present) if not grants_claim(text, c)]
        not_verbs = _tagged(matches, self.not_verbs, present)
        raising = {m.start for m in _tagged(matches, self.raising, present)}
        worse = _tagged(matches, self.worse_when_raised, present) if raising else []
        heads = {m.start for m in _tagged(matches, self.mechanism_nouns, present)}
        # an outcome word right before a mechanism noun, or before another such word, is a
        # modifier of it ("fear circuitry", "tumour necrosis factor")
        for out in reversed(outcomes):
            if out.end + 1 in heads:
                heads.add(out.start)
        joined = {m.start for m in _tagged(matches, self.not_outcome_before, present)}
        for out in outcomes:
            if out.end + 1 in heads:
                continue  # "rewires fear circuitry": a mechanism, not the reader's fear
            if denied(text, out.start):
                continue  # "treats blocked drainage, not allergy"
            if text.startswith("-", out.end) and out.end + 1 in joined:
                continue  # "trauma-focused therapy": the first half of a compound adjective
            a, b = clause_bounds(text, out.start, out.end)
            cancelled = [c for c in cancel if a <= c.start < b]
            if (
                (cancelled and not self.outcome_verb)
                or names_a_place(text, out.start)
                or persons_case(text, out.start)
            ):
                continue
            verb = self._verb(text, a, out, subjects, not_verbs)
            if verb is None and a == 0 and unit.block.kind in _FRAGMENT_BLOCKS:
                verb = self._fragment_verb(text, out, not_verbs)
            if verb is None or (is_negated(text, verb[0]) and not self._negated_who(text, a, verb)):
                continue
            if any(not _relative(text, a, c, verb[0]) for c in cancelled):
                continue  # a hedge of the claim's clause, not of who the group were
            if verb[0] in raising and any(w.start <= out.start < w.end for w in worse):
                continue  # "ketamine raises blood pressure for an hour": a side effect
            start, end = verb[0], out.end
            for more in outcomes:  # "acne scars": the outcome words that run on
                if end <= more.start <= end + 1:
                    end = more.end
            outcome = text[out.start : end]
            if start == out.start and not self.outcome_verb:  # "men on TRT live longer"
                outcome = f"how people taking it fare ('{outcome}')"
            yield Hit(start, end, {"match": text[start:end], "outcome": outcome})
            return  # one claim per sentence from this rule

    def _verb_fits(
        self,
        text: str,
        words: list[tuple[int, int]],
        lead: int,
        not_verbs: list[PhraseMatch],
    ) -> bool:
        """True when the words after verb ``lead`` up to the outcome may be its object."""
        vs = words[lead][0]
        if lead + 1 < len(words) and any(n.start <= words[lead + 1][0] < n.end for n in not_verbs):
            return False  # "patches deliver hormones": a noun before the real verb
        gap = [text[a:b].lower() for a, b in words[lead + 1 :]]
        if len(gap) > self.after_verb or any(g in _GAP_BREAK for g in gap):
            return False
        if gap and gap[0] in _AFTER_NOUN and not (self.outcome_verb and gap[0] == "with"):
            return False
        if gap and gap[0] in _RIDDANCE:
            return True  # "heats away fat": a verb of mechanism made one of riddance
        return not any(n.start <= vs < n.end for n in not_verbs)

    def _negated_who(self, text: str, clause: int, verb: tuple[int, int]) -> bool:
        """True when the only negator before a group's ``verb`` is in its "who" clause
        ("retirees who could hardly climb a kerb are cycling again": "hardly" says what they
        were)."""
        who = _WHO.search(text, clause, verb[0]) if self.outcome_verb else None
        if who is None:
            return False
        blanked = text[: who.start()] + " " * (verb[0] - who.start()) + text[verb[0] :]
        return not is_negated(blanked, verb[0])

    def _group_verb(
        self,
        text: str,
        words: list[tuple[int, int]],
        modifier: int,
        cut: int,
        out: PhraseMatch,
        not_verbs: list[PhraseMatch],
    ) -> tuple[int, int] | None:
        """The verb of a group past its modifier ("men over 60 regain", "golfers on our plan
        play", "people who could barely walk are hiking again"): "are" right before an
        outcome that opens with its own verb in "-ing" (the group's progressive: "are
        sleeping soundly"), or else the first verb-shaped word of the last few before the
        outcome, after the last comma, when the words up to the outcome may be its object."""
        if (
            words
            and text[words[-1][0] : words[-1][1]].lower() in _PROGRESSIVE
            and _opens_in_ing(text, out)
            and words[-1][0] > cut
            and len(words) - 1 > modifier + 1  # "patients who are sleeping": who they are
        ):
            return words[-1]
        lowered = [text[a:b].lower() for a, b in words]
        phrase = _noun_phrase(lowered)
        for i in range(max(modifier + 1, len(words) - self.after_verb - 1), len(words)):
            if words[i][0] <= cut or not _verb_shaped(lowered[i]):
                continue
            if phrase[i]:
                continue  # "every child in our program keeps": a noun after "our", not the verb
            before = lowered[max(0, i - 2) : i]
            if before[-2:] in (["who", "have"], ["who", "has"], ["who", "had"]):
                return None  # "patients who have uncontrolled blood pressure": who they are
            if before[-1:] and before[-1] in _PREPOSITIONS:
                return None  # "children with confirmed peanut allergy": a participle, no verb
            return words[i] if self._verb_fits(text, words, i, not_verbs) else None
        return None

    @staticmethod
    def _people_subject(text: str, subject: PhraseMatch) -> bool:
        """True when ``subject`` is a treatment taken by people named before it."""
        return _PEOPLE_ON.search(text, 0, subject.start) is not None

    def _fragment_verb(
        self, text: str, out: PhraseMatch, not_verbs: list[PhraseMatch]
    ) -> tuple[int, int] | None:
        """The verb that opens a sentence with no subject ("Switches off joint pain", a
        list item or a table cell whose subject is the treatment it describes), when the
        outcome follows it within the window."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, 0, out.start)]
        if not words or not text[words[0][0]].isupper():
            return None
        vs, ve = words[0]
        word = text[vs:ve].lower()
        if word in _NOT_FINITE or not _FINITE.match(word) or word.endswith("ed"):
            return None
        if BUSINESS_NAME().match(text, vs):
            return None  # "Roots & Resilience Integrative Health": a name, not a verb
        if word in _TOPIC_NOUNS:
            return None  # "Sports recovery", "Athletes with asthma": a topic, not a verb
        if text.startswith(",", ve):
            return None  # "Pellets, testosterone and other options": a list of topics
        return (vs, ve) if self._verb_fits(text, words, 0, not_verbs) else None

    def _verb(
        self,
        text: str,
        clause_start: int,
        out: PhraseMatch,
        subjects: list[PhraseMatch],
        not_verbs: list[PhraseMatch],
    ) -> tuple[int, int] | None:
        """Where the verb joining a subject before ``out`` to it stands, if one does."""
        for subject in reversed(subjects):
            if subject.end > out.start or subject.start < clause_start:
                continue
            words = [(m.start(), m.end()) for m in _WORD.finditer(text, subject.end, out.start)]
            lead = 0
            while lead < len(words) and text[words[lead][0] : words[lead][1]].lower() in _BETWEEN:
                lead += 1
            if (
                self.outcome_verb
                and lead < len(words)
                and text[words[lead][0] : words[lead][1]].lower() in _GROUP_MODIFIERS
            ):
                # "men over 60 regain", "golfers on our plan play": past the group's modifier,
                # the verb is the first verb-shaped word of the last few before the outcome
                # ... and after the last comma before the outcome ("women who have tried
                # everything, finally shed"; "patients with high blood pressure, a history of")
                cut = max(text.rfind(ch, subject.end, out.start) for ch in ",;:")
                found = self._group_verb(text, words, lead, cut, out, not_verbs)
                if found is None:
                    continue
                return found
            first = _WORD.match(text, out.start) if not words else None
            if first is not None and first.end() < out.end:
                # the outcome is a phrase that opens with its own verb: "men on TRT live
                # longer" ("sleep through the night"), and "prolotherapy spares you a knee
                # replacement" with the person it is done for ("focuses on": no one)
                word = first.group().lower()
                if (self._people_subject(text, subject) or self.outcome_verb) and _base_verb(word):
                    return first.start(), first.end()
                second = _WORD.search(text, first.end(), out.end)
                plural = _PLURAL.search(text, subject.start, subject.end) is not None
                if (
                    second is not None
                    and second.group().lower() in _DONE_FOR
                    and word not in _NOT_FINITE
                    and (
                        (_FINITE.match(word) and not word.endswith("ed"))
                        or (plural and _base_verb(word))
                    )
                ):
                    return first.start(), first.end()
            if lead >= len(words) or lead > self.before_verb:
                continue
            vs, ve = words[lead]
            word = text[vs:ve].lower()
            after_will = lead > 0 and text[words[lead - 1][0] : words[lead - 1][1]].lower() in (
                "will",
                "'ll",
            )
            plural = _PLURAL.search(
                text, subject.start, subject.end
            ) is not None or self._people_subject(text, subject)
            if (
                self.outcome_verb
                and word in _PROGRESSIVE
                and lead == len(words) - 1
                and _opens_in_ing(text, out)
            ):
                return vs, ve  # "patients are sleeping soundly": the group's progressive
            if word in _NOT_FINITE or not (
                after_will or _FINITE.match(word) or (plural and _base_verb(word))
            ):
                continue
            if text[vs].isupper() and BUSINESS_NAME().match(text, vs):
                continue  # "Our Services | Peak Recovery Sports Massage": a name, no verb
            if any(x.start <= vs < x.end and x.tags for x in subjects):
                continue  # "ketamine infusions": a noun of the subject, not its verb
                # ("our" and the words after it, untagged, are guesses: "our wraps melt")
            if not self._verb_fits(text, words, lead, not_verbs):
                continue
            lead_in = text[subject.end : vs]
            if any(ch in lead_in for ch in ",;:()") and "which" not in lead_in.lower():
                continue
            return vs, ve
        return None
