"""``kind: claim``: a trigger stated as certain.

A claim is a trigger (an efficacy verb, a booster, a promise) that, in the
same clause, has an outcome (when the rule lists outcomes) and none of the
``unless`` phrases (hedges). Negated triggers and questions are not claims.
With ``skip-cited: true``, a sentence that carries a citation reports that
study's own result and is not the clinic's claim.

Two parameters turn the rule around for hedged claims: ``only-with`` keeps a
trigger only when one of its phrases (a hedge) stands in the clause, and
``skip-cited-block`` drops the claim when any sentence of its paragraph cites
a source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from claimlint.biblio.intext import block_has_citation
from claimlint.biblio.matching import citation_map
from claimlint.core.lazyre import LazyPattern
from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import (
    INFLECTIONS,
    Choice,
    Flag,
    Integer,
    OptionalRegex,
    Phrases,
    Rewrites,
)
from claimlint.engine.kinds.terms import (
    BUSINESS_NAME,
    denied,
    grants_claim,
    lead_in_holds,
    names_a_product,
    persons_case,
    tagged,
    tags_of,
    tells_a_case,
    tells_one_case,
)
from claimlint.engine.rule import Context, Hit, Kind, Needs, excerpt, rule_error
from claimlint.text.clauses import (
    clause_bounds,
    is_embedded_question,
    is_negated,
    is_question,
    is_titled_name,
    names_a_place,
    relative_after,
    subject_end,
)
from claimlint.text.document import Sentence
from claimlint.text.framing import sentence_before
from claimlint.text.grammar import Edit, fit
from claimlint.text.language import reads_as_spanish
from claimlint.text.lexicon import (
    Lexicon,
    PhraseMatch,
    TermList,
    TermSet,
    Words,
    normalise,
    opening_phrases,
)
from claimlint.text.prefilter import Needles, ascii_lower, needles

_WORD = re.compile(r"[\w'’%-]+")
#: A position before a part of the body: a region's name ("lower back", "upper arm"),
#: whose first word is no verb or comparative.
_REGION = re.compile(
    r"(?i)(?:lower|upper|low)[\s-]+(?:back|body|limbs?|legs?|arms?|abdomen|belly|lips?|eyelids?"
    r"|jaw|chest|teeth|GI|urinary|respiratory|airways?)\b"
)
#: A gerund and a comma right before a word: a list of activities or symptoms.
_GERUND_BEFORE = re.compile(r"\b\w+ing,\s*(?:and\s+|or\s+)?$")
#: A finite verb after a gerund that opens a sentence: the gerund is the subject of a
#: statement ("Walking normally again takes months"), not a state promised in a headline.
_FINITE_AFTER = re.compile(
    r"(?i)\b(?:is|are|was|were|isn['’]t|aren['’]t|can|could|may|might|will|would|should|must|"
    r"has|have|had|does|did|takes?|took|matters?|means?|helps?|requires?|depends?|starts?|"
    r"begins?|involves?|needs?|becomes?|makes?|comes?|remains?|gets?|varies)\b"
)
#: Words of none that open a headline's promise ("No lingering headaches") or, with a verb
#: after them, a statement ("No pain is too small to mention").
_NONE_WORDS = frozenset({"no", "zero", "never"})
#: A verb of being that opens a trigger ("is completely safe", "it's safe").
_COPULA = re.compile(r"(?i)(?:is|are|was|were|remains?|['’]s|['’]re)\s+")


def _subject_gerund(text: str, m: PhraseMatch, *, none_words: bool = False) -> bool:
    """Whether ``m``, opening its sentence with a gerund (or, with ``none_words``, a headline's
    word of none: "no", "zero"), is the subject of a verb after it (before any colon, past
    which a headline names its topic): "Stopping steroids abruptly can ...", "No pain is too
    small to mention". A blanket denial in a sentence ("No side effects are expected") is
    read by its own rule, so only a headline's opener asks about the none words."""
    first = m.text.split(None, 1)[0].lower()
    if not first.endswith("ing") and not (none_words and first in _NONE_WORDS):
        return False
    colon = text.find(":", m.end)
    return _FINITE_AFTER.search(text, m.end, colon if colon != -1 else len(text)) is not None


@cache
def _verb_forms(lists: tuple[TermList, ...]) -> frozenset[str]:
    """The forms of the lists that inflect as verbs: a rule's triggers' verbs."""
    return TermSet("", tuple(terms for terms in lists if terms[1] == "verb")).forms


class ClaimKind(Kind):
    """Report an unhedged claim at its trigger."""

    name = "claim"
    scopes = ("sentence", "heading", "block", "front-matter")

    trigger = Phrases(
        "The phrases that make the claim (an efficacy verb, a booster, a promise).",
        inflect="inflect",
    )
    pattern = OptionalRegex(
        "Its matches are triggers too (a percentage, a figure of success). A claim needs"
        " `trigger`, `standalone` or `pattern`."
    )
    standalone = Phrases(
        'Triggers that are claims without an outcome (`{outcome}` then reads "the offering'
        ' itself").'
    )
    outcome = Phrases(
        "When given, one of these must stand in the trigger's clause, within"
        " `outcome-window` words of it."
    )
    unless = Phrases("Hedges that cancel the claim when they stand in its clause.")
    unless_sentence = Phrases("Phrases that cancel it anywhere in the sentence.")
    topic_openers = Phrases(
        "Triggers that, opening a short heading or table cell (three words at most), name"
        ' its topic, not a claim ("Long-term benefits", "Long-term outcome").'
    )
    unless_before = Phrases(
        "Phrases that cancel it when they end, in its clause, fewer than `before-window`"
        " words before the trigger."
    )
    unless_after = Phrases("Phrases that cancel it when they follow the trigger directly.")
    unless_subject = Phrases(
        "Who, as the trigger's subject, makes it no claim (a person working is not a"
        " treatment working): a phrase that ends right before the trigger, or before only"
        ' auxiliaries and adverbs ("Dr. Lee *has* worked"); a title and a name count too.'
    )
    unless_before_when = Choice(
        ("always", "no-outcome-after"),
        "always",
        "When `unless-before` cancels: always, or only when no outcome follows the trigger.",
    )
    unless_right_before = Phrases(
        "Phrases that cancel it when they stand directly before the trigger."
    )
    relative_subjects = Phrases(
        'When "that" or "which" stands right before the trigger, what it must refer to: one'
        ' of these ends right before it ("a protocol that relieves"); otherwise the clause'
        ' is about something else ("behaviour that prevents weight gain", "the baby blues,'
        ' which ease").'
    )
    before_window = Integer(
        4, 1, 12, "An `unless-before` phrase counts when fewer words than this stand between."
    )
    only_with = Phrases(
        "The reverse of `unless`: one of these (a hedge) must stand in the clause, to find"
        " hedged claims."
    )
    rewrite = Rewrites(
        "A better wording for each trigger phrase, as text or by the trigger's part of"
        " speech in the sentence (`noun`, `modifier`, `predicate`, `verb`, `base`,"
        " `perfect`): the suggestion is \"Replace 'cures' with '...'\" fitted to the"
        " sentence, or \"Remove '...'\"; the rule's `suggestion` where none fits.",
        inflect="inflect",
    )
    inflect = Choice(
        INFLECTIONS,
        "none",
        "How inline `trigger` and `rewrite` phrases inflect: `verb` inflects the first word,"
        " `noun` the last.",
    )
    outcome_window = Integer(
        12, 1, 60, "How many words may stand between the trigger and its outcome."
    )
    outcome_after = Flag(
        False, "The outcome must follow the trigger (or be part of a listed trigger phrase)."
    )
    outcome_before = Flag(
        False,
        "The outcome must end before the trigger: the condition is the subject of a verb"
        ' that says it goes away ("the pain disappears", "tinnitus: silenced").',
    )
    not_outcome_before = Phrases(
        'Nouns that, right after an outcome, make it a modifier ("fear *circuitry*"): it'
        " does not count."
    )
    mechanism_nouns = Phrases(
        "Nouns that make an outcome right before them a modifier and, between the trigger"
        ' and the outcome, are what the trigger acts on ("resets the *circuits* behind'
        ' depression"): the outcome does not count.'
    )
    skip_cited = Flag(
        True, "A sentence that carries a citation reports a study's own result: skip it."
    )
    skip_cited_block = Flag(
        False, "Skip the claim when any sentence of its paragraph cites a source."
    )
    skip_questions = Flag(
        True,
        'Skip questions, and triggers in an embedded question ("ask your doctor *whether*'
        ' it is safe", "discuss *if* it works for you").',
    )
    skip_negated = Flag(True, 'Skip negated triggers ("does not cure").')
    opens = Flag(
        False,
        "The trigger must open its sentence, after nothing but punctuation or one of"
        ' `openers` ("Finally, deeper sleep", "Enjoy sharper focus"): a headline\'s shape.',
    )
    openers = Phrases("Words that may stand before a trigger that `opens` its sentence.")
    named_cases = Flag(
        False,
        "A named person's outcome (\"Theo's eczema\") counts: the rule reads one client's"
        " story, not a claim to every reader.",
    )
    skip_purposes = Flag(
        False,
        "Skip a trigger that is an infinitive of purpose in a sentence whose subject is a"
        ' person ("we adjust the dose to reduce nausea"): an aim, not a result. After "help",'
        ' "able", "proven" and the like, or with a treatment as the subject ("the device'
        ' retrains the nerves to end pain"), the infinitive carries the claim and is read.',
    )
    pattern_cases = Flag(
        False,
        "A match of ``pattern`` needs no outcome when the sentence tells a named client's"
        ' case ("Joan rebuilt the bone she had lost — just like the women we treat"): the'
        " case is the outcome the pattern speaks of.",
    )
    pattern_alone = Flag(
        False,
        "A match of ``pattern`` needs no outcome: the pattern's words say that a harm is"
        ' gone ("snore-free after one treatment", whatever the harm is called).',
    )
    object_outcome = Flag(
        False,
        "A `standalone` match with no outcome near names as its outcome the words right"
        " after it, to the next mark or fifth word (\"'Eliminamos' ... changes las verrugas"
        ' plantares"): the object of a verb that takes only health problems.',
    )
    spanish = Flag(
        False,
        "Read only sentences that read as Spanish (no more English function words than"
        ' Spanish ones): the rule\'s words are Spanish, and English shares some ("reduce").',
    )
    question_before = Phrases(
        "When given, the sentence must answer a question holding one of these, the sentence"
        ' right before it ("Is it safe?" then "Yes, completely."): the answer makes the'
        " question's claim."
    )
    question_unless = Phrases(
        "A question holding one of these asks about a harm or a return, and an answer that"
        ' affirms it makes no claim ("Can the fungus come back?" then "Yes.").'
    )

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        if not self.trigger and not self.standalone and self.pattern is None:
            raise rule_error(loc, "a claim needs 'trigger' phrases or a 'pattern'", "kind")
        self.pattern_needles = needles(self.pattern) if self.pattern is not None else Needles()
        #: The groups of ``pattern`` that name its outcome (``outcome...``), for
        #: ``pattern-alone``.
        self._outcome_groups = tuple(
            g
            for g in (self.pattern.groupindex if self.pattern is not None else ())
            if g.startswith("outcome")
        )
        self.gate = Needs.of(
            tags_of((self.trigger, self.standalone)),
            () if self.pattern is None else (self.pattern_needles,),
        )
        # unless-after's marks (phrases with no letters: an opening quotation mark, a
        # colon) are compared with the text after the trigger (:meth:`_marked_after`);
        # the matcher gets only its words, as no mark a word follows could match there
        # and a mark would send every sentence through the matcher's slower odd-phrase
        # search.
        marks: list[str] = []
        words: list[TermList] = []
        for listed, inflect in self.unless_after.lists:
            terms = listed.terms
            marks += [t for t in terms if not any(ch.isalnum() for ch in t)]
            kept = tuple(t for t in terms if any(ch.isalnum() for ch in t))
            if kept:
                words.append((listed if kept == terms else Words(kept), inflect))
        self._marks = tuple(marks)
        self._after_words = TermSet(self.unless_after.tag, tuple(words))

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return tagged(
            (
                self.trigger,
                self.standalone,
                self.outcome,
                self.unless,
                self.unless_sentence,
                self.topic_openers,
                self.unless_before,
                self._after_words,
                self.unless_subject,
                self.unless_right_before,
                self.relative_subjects,
                self.only_with,
                self.not_outcome_before,
                self.mechanism_nouns,
                self.openers,
                self.question_before,
                self.question_unless,
            )
        )

    def regexes(self) -> Iterable[re.Pattern[str]]:
        return () if self.pattern is None else (self.pattern,)

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        text = unit.text
        matches = ctx.matches(unit)
        trigger, standalone = self.trigger.tag, self.standalone.tag
        # Most units a pattern rule is asked about hold no trigger (a pattern without
        # needed words gates nothing): look at the unit's tags before its matches.
        present = ctx.tags(unit)
        triggers: list[PhraseMatch] = (
            [m for m in matches if trigger in m.tags or standalone in m.tags]
            if trigger in present or standalone in present
            else []
        )
        words = self.pattern_needles  # none: the pattern may match any text, unlowered
        if self.pattern is not None and (not words.groups or words.may_match(ascii_lower(text))):
            found = [
                PhraseMatch(p.start(), p.end(), p.group(), frozenset())  # no tags: a pattern
                for p in self.pattern.finditer(text)
                if p.end() > p.start()
            ]
            triggers += found
            if not self.pattern_alone:  # one needing no outcome is read after the triggers
                triggers.sort(key=lambda t: (t.start, -t.end))
        if not triggers:
            return
        if self.spanish and not reads_as_spanish(text):
            return  # "to reduce the risk of ochronosis": English words the rule shares
        if self.skip_questions and is_question(text):
            return
        if self.unless_sentence and self.unless_sentence.tag in present:
            return
        if self.skip_cited and citation_map(ctx.document).carries_citation(unit):
            return
        if not self.only_with and lead_in_holds(unit, ctx, self.unless):
            return  # "Benefits may include:" then "- better sleep": the hedge governs the item
        question = ""
        if self.question_before:
            asked = self._question(unit, ctx)
            if asked is None:
                return
            question = asked
        label = (
            bool(self.topic_openers)
            and unit.block.kind in _LABEL_BLOCKS
            and len(_WORD.findall(text)) <= 3
        )
        for m in triggers:
            if label and m.start == 0 and self.topic_openers.tag in m.tags:
                continue  # "Long-term benefits": a section's or a row's topic
            if self._lent(m):
                continue  # "a rapid strep test": the trigger opens the name of something else
            possessive = not m.tags and m.text.endswith(("'s", "’s"))
            if possessive and not persons_case(text, m.end + 1):
                continue  # "Ketamine's effect", "Parkinson's": no client's name
            if self.opens and not self._opens(text, m, matches):
                continue
            if (
                self.opens or (_WORD.search(text, 0, m.start) is None and self._a_verb(m))
            ) and _subject_gerund(text, m, none_words=self.opens):
                continue  # "Stopping antidepressants suddenly can cause ...": an act, the subject
            if self.skip_negated and is_negated(text, m.start):
                continue
            if self.skip_purposes and _purpose(text, m.start):
                continue
            if self.outcome_before:
                matches = self._split_before(text, m, matches)
            if m.text[:1].isupper() and BUSINESS_NAME().match(text, m.start):
                continue  # "Renew Recovery Infusion Center": the name of a business
            if names_a_product(text, m.start, m.end):
                continue  # "our Melasma Clear protocol": a word of an offering's name
            if m.text.endswith("ing") and _GERUND_BEFORE.search(text, 0, m.start):
                continue  # "coughing, jumping, lifting": a gerund in a list, not a verb
            if self.outcome and self._names_an_outcome(m, matches):
                continue  # "wound healing", "bone repair": the trigger is part of the outcome
            if (
                self.outcome_before
                and self.outcome.tag in m.tags
                and " " in m.text
                and self._opens_with_trigger(m.text)
            ):
                continue  # "hot flashes, broken sleep": the state opens an outcome's name
            if self.skip_questions and is_embedded_question(text, m.start):
                continue
            if self.unless_subject and self._person_subject(text, m, matches):
                continue
            a, b = _elliptical(text, m, *clause_bounds(text, m.start, m.end))
            others = [c for c in matches if a <= c.start < b and c is not m]
            if self.unless and (
                (self.unless.tag in m.tags and self._unless_opens(m.text))
                or any(
                    self.unless.tag in c.tags and not _inside(c, m) and not grants_claim(text, c)
                    for c in others
                )
            ):
                continue
            if self.only_with and not any(self.only_with.tag in c.tags for c in [*others, m]):
                continue
            if (
                self.unless_before
                and self._preceded(text, m, others, a)
                and not (
                    self.unless_before_when == "no-outcome-after"
                    and self._outcome_after(text, m, others)
                )
            ):
                continue
            if self.unless_right_before and any(
                self.unless_right_before.tag in c.tags
                and c.end <= m.start
                and _gap(text, c.end, m.start) == 0
                and not (c.start > 0 and text[c.start - 1] in _JOINERS)  # "PGT-A": one word
                # the phrase itself, not a longer one that starts with it ("Our protocol"
                # carries the tags of "our" but is the subject, not the word "our")
                and c.text.lower() in self.unless_right_before.forms
                for c in matches
            ):
                continue
            if self.relative_subjects and not self._relative_fits(text, m, matches):
                continue  # "behaviour that prevents weight gain": not the treatment's doing
            if self.unless_after and (
                any(
                    self.unless_after.tag in c.tags
                    and c.start >= m.end
                    and _gap(text, m.end, c.start) == 0
                    for c in others
                )
                or self._marked_after(text, m)
                or self._worded_after(text, m)
            ):
                continue
            alone = self.standalone.tag in m.tags or (
                not m.tags
                and (self.pattern_alone or (self.pattern_cases and tells_a_case(text, m.end)))
            )
            outcome = ""
            if self.outcome:
                if (
                    not alone
                    and _PAST.match(m.text)
                    and tells_one_case(
                        text, m.start, {c.start for c in others if self.outcome.tag in c.tags}
                    )
                ):
                    continue  # "a month after his first session the ulcer had healed": a case
                if not alone and _NEGATIVE_COMPOUND.search(text, max(0, m.start - 20), m.start):
                    continue  # "non-healing wounds", "hard-to-treat pain": part of a name
                if not alone and self._describes_mechanism(text, m, others):
                    continue  # "a healing response": the trigger names a mechanism
                near = [
                    c
                    for c in others
                    if self.outcome.tag in c.tags
                    and _gap_words(text, m, c) <= self.outcome_window
                    and not self._modifier(text, m, c, others)
                    and not names_a_place(text, c.start)
                    and not denied(text, c.start)
                    and (possessive or self.named_cases or not persons_case(text, c.start))
                    and (not self.outcome_after or _follows(m, c))
                    and (not self.outcome_before or c.end <= m.start)
                ]
                if not near and not alone:
                    continue
                if not near:  # a standalone phrase names its outcome when one is near
                    outcome = (
                        self._pattern_outcome(text, m)
                        or (self.object_outcome and _object_after(text, m.end))
                        or STANDALONE_OUTCOME
                    )
                elif self.outcome_before:  # "fibromyalgia pain": the whole subject
                    outcome = text[near[0].start : near[-1].end]
                else:
                    outcome = near[0].text
            if self.skip_cited_block and block_has_citation(unit.block):
                return
            edit = self._rewrite(unit, m)
            params = {"match": m.text, "outcome": outcome, "replacement": edit.new if edit else ""}
            if question:
                params["question"] = question
            yield Hit(m.start, m.end, params, suggestion=_suggestion(text, edit))
            return  # one finding per sentence and rule: the first claim

    def _relative_fits(self, text: str, m: PhraseMatch, matches: list[PhraseMatch]) -> bool:
        """Whether ``m`` is no relative clause's verb, or one about a phrase of
        ``relative-subjects`` ("a protocol that relieves pain")."""
        relative = _RELATIVE_BEFORE().search(text, max(0, m.start - 30), m.start)
        if relative is None:
            return True
        tag = self.relative_subjects.tag
        return any(tag in c.tags and _gap(text, c.end, relative.start()) == 0 for c in matches)

    def _unless_opens(self, phrase: str) -> bool:
        """Whether a trigger that carries the tag of ``unless`` is one of its phrases, or opens
        with one of two words or more ("stop taking" of "stop taking antihistamines": an
        instruction). The matcher lends a phrase the tags of every phrase it opens with; a
        single word ("no" of "no volverá a") is part of the longer phrase's meaning."""
        return self.unless.holds(phrase) or any(
            self.unless.holds(head)
            for head in opening_phrases(phrase)
            if " " in head or "-" in head
        )

    def _pattern_outcome(self, text: str, m: PhraseMatch) -> str:
        """What a match of ``pattern`` names as its outcome: its first group named
        ``outcome...`` that took part (a pattern of several branches names one in each), or
        ""."""
        if m.tags or self.pattern is None or not self._outcome_groups:
            return ""
        found = self.pattern.match(text, m.start)
        if found is None:
            return ""
        return next((found.group(g) for g in self._outcome_groups if found.group(g)), "")

    def _lent(self, m: PhraseMatch) -> bool:
        """Whether ``m`` carries the trigger's tag only because it opens with a trigger: a
        longer phrase of another rule's list ("rapid strep test", a treatment) holds the
        trigger word as part of a name, and the matcher lends a phrase the tags of the
        phrases it starts with. A phrase of the rule's own, as a trigger ("it works") or in
        another of its lists ("help some", a hedge of a rule that finds hedged claims), is
        read as before."""
        if not m.tags or (" " not in m.text and "-" not in m.text):
            return False
        trigger, standalone = self.trigger.tag, self.standalone.tag
        rule = trigger.partition(":")[0] + ":"
        if any(t.startswith(rule) and t not in (trigger, standalone) for t in m.tags):
            return False
        return not (
            (trigger in m.tags and self.trigger.holds(m.text))
            or (standalone in m.tags and self.standalone.holds(m.text))
        )

    def _a_verb(self, m: PhraseMatch) -> bool:
        """Whether ``m`` is a form of a trigger list that inflects as a verb ("stopping" of
        "stop"), not a word listed as it is ("lasting relief"): only a verb's gerund can be
        the subject of the sentence it opens."""
        return normalise(m.text) in _verb_forms(self.trigger.lists)

    def _opens_with_trigger(self, text: str) -> bool:
        """True when ``text`` is an outcome phrase that a trigger word opens ("broken sleep",
        of "broken"), not a trigger phrase as a whole nor one an outcome opens ("LDL
        drops")."""
        first = normalise(text).split(" ", 1)[0]
        return not self.trigger.holds(text) and self.trigger.holds(first)

    def _names_an_outcome(self, m: PhraseMatch, matches: list[PhraseMatch]) -> bool:
        """True when the trigger ends a longer outcome phrase ("wound healing"; not a trigger
        phrase such as "it works", which carries the tags of "it"), names a region of the
        body ("lower back pain") or, as a gerund, is one ("speeds healing"): it is part of
        the outcome's name, not a verb."""
        tag, trigger = self.outcome.tag, self.trigger.tag
        if _REGION.match(m.text):
            return True  # "Lower back pain": a region of the body, not the verb "lower"
        gerund = m.text.lower().endswith("ing")
        return any(
            tag in c.tags
            and c.end == m.end
            and ((c.start < m.start and trigger not in c.tags) or (gerund and c.start == m.start))
            for c in matches
        )

    def _split_before(
        self, text: str, m: PhraseMatch, matches: list[PhraseMatch]
    ) -> list[PhraseMatch]:
        """``matches`` with an outcome that ends in the trigger ("migraine-free", a phrase
        of another rule's list that hides "migraine") cut before it, when what stands
        before the trigger is an outcome itself: the outcome comes before the trigger."""
        tag = self.outcome.tag
        out = matches
        for i, c in enumerate(matches):
            if tag not in c.tags or not (c.start < m.start and c.end == m.end):
                continue
            head = text[c.start : m.start].rstrip(" -‐‑")
            if normalise(head) in self.outcome.forms:
                if out is matches:
                    out = list(matches)
                out[i] = PhraseMatch(c.start, c.start + len(head), head, c.tags)
        return out

    def _question(self, unit: Sentence, ctx: Context) -> str | None:
        """The question ``unit`` answers, when the sentence before it is one that holds a
        ``question-before`` phrase (shortened for the message), else None."""
        before = sentence_before(unit, ctx.document.blocks)
        if before is None or not is_question(before.text):
            return None
        tag, unless = self.question_before.tag, self.question_unless.tag
        asked = ctx.matches_elsewhere(before)
        if not any(tag in m.tags for m in asked) or any(unless in m.tags for m in asked):
            return None
        return excerpt(before.text)

    def _worded_after(self, text: str, m: PhraseMatch) -> bool:
        """Whether a word of ``unless-after`` follows the trigger in the text itself.

        The matcher keeps the longest phrase that starts at a word, so another rule's
        longer phrase there ("while you are" of a hedge list) hides an ``unless-after``
        word ("while"); the words after the trigger are read for them as well."""
        following = _FOLLOWING().match(text, m.end)
        return following is not None and self._after_words.opens(following.group(1).split())

    def _marked_after(self, text: str, m: PhraseMatch) -> bool:
        """Whether a mark of ``unless-after`` (a phrase with no letters: an opening quotation
        mark, a colon) follows the trigger, past spaces."""
        return bool(self._marks) and text[m.end :].lstrip().startswith(self._marks)

    def _opens(self, text: str, m: PhraseMatch, matches: list[PhraseMatch]) -> bool:
        """True when ``m`` opens the sentence, or follows only an opener that does."""
        if _WORD.search(text, 0, m.start) is None:
            return True
        tag = self.openers.tag
        return bool(self.openers) and any(
            tag in c.tags
            and c.end <= m.start
            and _WORD.search(text, 0, c.start) is None
            and _WORD.search(text, c.end, m.start) is None
            for c in matches
        )

    def _person_subject(self, text: str, m: PhraseMatch, matches: list[PhraseMatch]) -> bool:
        """True when the trigger's subject is an ``unless-subject`` phrase or a titled name."""
        a, _ = clause_bounds(text, m.start, m.end)
        end = subject_end(text, m.start, a)
        if end <= a:
            return False
        return is_titled_name(text, end) or any(
            self.unless_subject.tag in c.tags and c.end == end for c in matches
        )

    def _rewrite(self, unit: Sentence, m: PhraseMatch) -> Edit | None:
        """The ``rewrite`` wording for the trigger, fitted to the sentence (its part of
        speech, the article before it, its case), or None when none fits."""
        start = m.start
        wordings = self.rewrite.get(normalise(m.text))
        verb = _COPULA.match(m.text)
        if wordings is None and verb is not None:
            # "is completely safe": the words after the verb are what is rewritten
            start = m.start + verb.end()
            wordings = self.rewrite.get(normalise(m.text[verb.end() :]))
        if wordings is None:
            return None
        heading = unit.block.kind in ("heading", "front-matter")
        return fit(unit.text, start, m.end, wordings, heading=heading)

    def _modifier(
        self, text: str, m: PhraseMatch, c: PhraseMatch, others: list[PhraseMatch]
    ) -> bool:
        """True when outcome ``c`` is not the object of trigger ``m``.

        Either ``c`` ("fear") modifies the noun right after it ("fear circuitry") or
        ends in one ("cold plunge", matched whole with the tags of "cold"), or such a
        noun stands between the trigger and ``c`` ("resets the circuits behind
        depression"): the trigger acts on the mechanism, not the outcome.
        """
        for n in others:
            if n is c:
                continue
            head = self.not_outcome_before.tag in n.tags
            mechanism = self.mechanism_nouns.tag in n.tags
            if (head or mechanism) and n.start >= c.end and _gap(text, c.end, n.start) == 0:
                return True
            if head and c.start < n.start and n.end == c.end:
                return True  # "cold plunge": a phrase that ends in the head it names
            if mechanism and m.end <= n.start and n.end <= c.start:
                return True
        return False

    def _describes_mechanism(self, text: str, m: PhraseMatch, others: list[PhraseMatch]) -> bool:
        """True when a mechanism noun follows the trigger right away ("healing response",
        "repair process"): the trigger is an adjective of the mechanism, not a verb."""
        if not m.tags or not m.text[-1:].isalpha():
            return False  # a figure ("70% response rate") or a pattern's match
        if any(
            self.mechanism_nouns.tag in n.tags
            and n.end <= m.start
            and relative_after(text, n.end, m.start)
            for n in others
        ):
            return True  # "receptors that regulate appetite": the mechanism does it
        # "works on the gut-brain axis", "acts on serotonin receptors": a verb that takes
        # its object with a preposition names what it acts on, a mechanism when one is named
        # within a few words
        reach = 4 if m.text.lower().endswith((" on", " at", " through", " via")) else 0
        return any(
            self.mechanism_nouns.tag in n.tags
            and n.start >= m.end
            and _gap(text, m.end, n.start) <= reach
            and not any(c is not n and c.start <= n.start and n.end < c.end for c in others)
            for n in others
        )

    def _outcome_after(self, text: str, m: PhraseMatch, others: list[PhraseMatch]) -> bool:
        """True when an outcome follows the trigger ("when TMS eliminates obsessive thoughts")."""
        return any(
            self.outcome.tag in c.tags
            and c.start >= m.end
            and _gap(text, m.end, c.start) <= self.outcome_window
            and not self._modifier(text, m, c, others)
            for c in others
        )

    def _preceded(
        self, text: str, m: PhraseMatch, others: list[PhraseMatch], clause_start: int
    ) -> bool:
        """True when an ``unless-before`` phrase ends within the window before ``m``."""
        return any(
            self.unless_before.tag in c.tags
            and clause_start <= c.start
            and c.end <= m.start
            and _gap(text, c.end, m.start) < self.before_window
            for c in others
        )


def _suggestion(text: str, edit: Edit | None) -> str | None:
    """ "Replace 'old' with 'new'", or "Remove 'old'" (with the space beside it)."""
    if edit is None:
        return None
    old = text[edit.start : edit.end]
    return f"Replace '{old}' with '{edit.new}'" if edit.new else f"Remove '{old}'"


#: "that" or "which" (after a comma, before an adverb) right before a trigger: the trigger is
#: the verb of a relative clause about the noun before it.
_RELATIVE_BEFORE = LazyPattern(r"(?i),?\s*\b(?:that|which)\s+(?:[a-z]+ly\s+)?$")
#: The first half of a compound that negates the trigger after it ("non-healing",
#: "slow-to-heal", "hard-to-treat"): the compound names a condition.
_NEGATIVE_COMPOUND = re.compile(
    r"(?i)\b(?:non|slow|hard|difficult|never|poorly|un|self)[-\u2010\u2011](?:to[-\u2010\u2011])?$"
)
#: Characters that join a word to the one before it ("PGT-A", "anti-aging").
_JOINERS = "-\u2010\u2011/"


#: The word before "to" and a trigger: "to" ends an infinitive of purpose unless the
#: word before it makes the infinitive the claim ("helps to relieve", "proven to ease").
_BEFORE_TO = LazyPattern(r"([\w'’-]+)\s+to\s+$")
_CLAIM_BEFORE_TO = frozenset(
    {
        *("help", "helps", "helped", "helping", "able", "proven", "shown", "known", "sure"),
        *("certain", "bound", "guaranteed", "going", "works", "work", "worked", "seems"),
        *("continue", "continues", "used", "is", "are", "was", "were", "will", "begin"),
        *("begins", "start", "starts", "ought", "have", "has", "had", "got", "get", "gets"),
    }
)


#: A person as the subject that opens a sentence: whoever acts with a purpose ("we", "you",
#: "our nurses"). A treatment that does something "to eliminate symptoms" claims the result.
_PERSON_SUBJECT = LazyPattern(
    r"(?i)\W*(?:(?:first|then|next|afterwards|before\s+[\w\s]{1,30}?|after\s+[\w\s]{1,30}?),?\s+)?"
    r"(?:we|you|i|they|patients|clients|our\s+(?:[\w-]+\s+){0,2}?(?:team|staff|nurses?|doctors?"
    r"|clinicians?|therapists?|physicians?|providers?|specialists?|surgeons?|coaches?"
    r"|dietitians?|physios?|physiotherapists?|pharmacists?))\b"
)


def _purpose(text: str, start: int) -> bool:
    """True when the trigger at ``start`` follows "to" after a word that does not make
    the infinitive the claim, in a sentence whose subject is a person: "we adjust the dose
    to reduce nausea" (not "neurofeedback retrains brainwaves to eliminate symptoms")."""
    before = _BEFORE_TO().search(text, max(0, start - 40), start)
    word = before.group(1).lower() if before is not None else ""
    if not word or word in _CLAIM_BEFORE_TO:
        return False
    if word in _HOW_HARD:
        return True  # "easier to prevent than to treat": how hard a thing is to do
    return _PERSON_SUBJECT().match(text) is not None


#: Adjectives of ease before an infinitive, and "than" comparing two of them: the
#: infinitive names a task, whatever the subject ("scars are easier to prevent than to treat").
_HOW_HARD = frozenset(
    ("easier", "harder", "easy", "hard", "difficult", "tough", "tricky", "simpler", "than")
)


#: Blocks whose short text labels what follows: a heading, a table cell.
_LABEL_BLOCKS = frozenset({"heading", "table-cell"})
#: A trigger in the past tense ("healed", "cleared"): told of one client, it is their case.
_PAST = re.compile(r"(?i)[a-z]+ed\Z")


def _follows(m: PhraseMatch, c: PhraseMatch) -> bool:
    """True when outcome ``c`` follows trigger ``m``, is part of a listed trigger phrase, or
    starts inside the trigger and runs past it: a pattern that ends on the verb it promises
    ("you'll climb") shares that verb with the outcome ("climb stairs unaided")."""
    return bool(c.start >= m.end or (c.start >= m.start and (m.tags or c.end > m.end)))


def _inside(c: PhraseMatch, m: PhraseMatch) -> bool:
    return bool(c.start >= m.start and c.end <= m.end)


#: What ``{outcome}`` reads for a ``standalone`` phrase, which names none ("Clinically
#: proven.": the post's offering is what it speaks of).
STANDALONE_OUTCOME = "the offering itself"
#: The words of a verb's object: up to five, to the first mark that ends a phrase.
_OBJECT = LazyPattern(r"\s+([^\W\d_][^,.;:!?()\[\]—–\n]*)")


#: Words that end a verb's object: prepositions and adverbs of time and manner, Spanish and
#: English ("elimina las verrugas *en* una sesión").
_OBJECT_ENDS = frozenset(
    {"en", "con", "para", "por", "sin", "desde", "tras", "hasta", "durante", "antes"}
    | {"después", "siempre", "y", "in", "with", "for", "by", "without", "from", "after"}
    | {"until", "within", "before", "forever", "and"}
)


def _object_after(text: str, end: int) -> str:
    """The words right after ``end`` (a verb's object), at most five, or ""."""
    found = _OBJECT().match(text, end)
    if found is None:
        return ""
    words: list[str] = []
    for word in found.group(1).split()[:5]:
        if word.lower() in _OBJECT_ENDS and words:
            break
        words.append(word)
    return " ".join(words)


#: The words right after a trigger, past spaces (for ``unless-after``).
_FOLLOWING = LazyPattern(r"\s*([^\W_][\w'’-]*(?:\s+[\w'’-]+){0,5})")


def _gap(text: str, lo: int, hi: int) -> int:
    """Number of words in ``text[lo:hi]``."""
    return len(_WORD.findall(text[lo:hi])) if hi > lo else 0


def _elliptical(text: str, m: PhraseMatch, a: int, b: int) -> tuple[int, int]:
    """The clause a trigger speaks of: its own, or, when the trigger stands alone in a
    clause that follows another ("Drop 30 pounds in 12 weeks, guaranteed", "Results?
    Proven." is two sentences, so not this), the clause before it and its own: an
    elliptical tagline says its word of the clause it follows. A line that opens with a
    short label and a colon speaks of the label throughout."""
    if a > 0 and not _has_letters(text, a, m.start) and not _has_letters(text, m.end, b):
        k = a - 1
        while k > 0 and not text[k].isalnum():
            k -= 1
        a = clause_bounds(text, k, k + 1)[0]
    if a > 0:
        # A short label before a colon names what the rest of the line says of it, as a
        # table row or a results list does ("Curve reduction: guaranteed in 6 months").
        label = _LABEL().match(text)
        if label is not None and label.end(1) <= a:  # the clause starts at or after the colon
            a = 0
    return a, b


#: A line's label: up to five words from its start, then a colon.
_LABEL = LazyPattern(r"\W{0,3}(?:[\w'’-]+[ \t]+){0,4}[\w'’-]+[ \t]*(:)[ \t]")


def _has_letters(text: str, start: int, end: int) -> bool:
    return any(ch.isalpha() for ch in text[start:end])


#: Words between a verb and its outcome that name the outcome itself, so count as none:
#: "fixes the root cause of your migraines", "ends the source of the pain".
_cause_of = LazyPattern(
    r"(?i)\b(?:the\s+)?(?:(?:root|underlying|real|true|deeper|hidden)\s+)?"
    r"(?:causes?|source|sources|drivers?|origins?)\s+of\b",
)


def _gap_words(text: str, a: PhraseMatch, b: PhraseMatch) -> int:
    lo, hi = (a.end, b.start) if a.start <= b.start else (b.end, a.start)
    if hi <= lo:
        return 0
    between = text[lo:hi]
    if "of" in between:  # the only word every "cause of" holds: most gaps skip the pattern
        between = _cause_of().sub(" ", between)
    return _gap(between, 0, len(between))
