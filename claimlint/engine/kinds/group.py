"""``kind: condition-group``: what people with a condition do after the treatment.

A page tells what happens to a group named by its condition ("COPD patients throw away
their inhalers after our salt-room sessions", "kids with night terrors sleep peacefully
after one adjustment", "patients with MS walk without a cane after our infusion"). The
outcome is in the act, not in a word any list holds: the group's condition says it is
one. So this kind reads the shape: a group (``group``) named by a condition
(``condition``) before it ("COPD patients") or after "with", "living with", "who have"
("patients with MS"), or a group whose name says its condition (``named``: "smokers",
"insomniacs"); the word right after the group read as a verb (any verb but those of
``not-verbs`` and the auxiliaries); and, later in the clause, the treatment or the clinic
(``treatment``) after a word that makes it the cause ("after", "on", "with", "following",
"thanks to", "through", "start").

Not a claim: a hedge or condition (``unless``), a negated verb, a question, a cited
sentence, a group that needs, pays or qualifies (``not-verbs``), and what the group does
with no treatment named ("kids with night terrors often wake screaming").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimlint.biblio.matching import citation_map
from claimlint.core.lazyre import LazyPattern
from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import Phrases
from claimlint.engine.kinds.terms import lead_in_holds, tagged, tags_of
from claimlint.engine.rule import Context, Hit, Kind, Needs, rule_error
from claimlint.text.clauses import clause_bounds, is_negated, is_question
from claimlint.text.document import Sentence
from claimlint.text.lexicon import Lexicon, PhraseMatch

#: Between a group and the condition after it: "patients with", "kids living with",
#: "adults who have", "people diagnosed with", and an article or degree word.
_WITH = re.compile(
    r"\s+(?:with|living\s+with|who\s+(?:have|had|live\s+with|struggle\s+with|suffer\s+from)|"
    r"suffering\s+from|struggling\s+with|diagnosed\s+with|recovering\s+from)\s+"
    r"(?:(?:a|an|the|their|chronic|severe|mild|moderate|long-standing|lifelong|"
    r"stubborn)\s+)*$",
    re.IGNORECASE,
)
#: Between a condition and the group after it: a space or a hyphen ("COPD patients",
#: "long-COVID sufferers", "IBS-prone adults").
_BEFORE = re.compile(r"[\s-]*$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: Words after the group that are not its verb: auxiliaries, modals, negations and
#: frequency (a frequency is how such people fare anyway, not a promise).
_NOT_VERB = frozenset(
    {
        "are",
        "is",
        "were",
        "was",
        "be",
        "been",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "would",
        "will",
        "shall",
        "cannot",
        "never",
        "not",
        "often",
        "usually",
        "sometimes",
        "typically",
        "commonly",
        "frequently",
        "tend",
        "who",
        "that",
        "which",
        "and",
        "or",
        "in",
        "on",
        "at",
        "of",
        "for",
        "from",
        "to",
        "with",
        "whose",
        "aged",
        "over",
        "under",
    }
)


#: What makes the treatment named later in the clause the cause of the act.
_cause = LazyPattern(
    r"(?i)\b(?:after|on|with|following|through|thanks\s+to|because\s+of|since|"
    r"start|starts|started|starting|begin|begins|beginning)\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
)


class ConditionGroupKind(Kind):
    """Report what a group named by its condition does after the treatment."""

    name = "condition-group"
    scopes = ("sentence", "heading", "block", "front-matter")

    group = Phrases('The people a page speaks of ("patients", "kids", "women").', required=True)
    condition = Phrases("Conditions and symptoms that name a group.", required=True)
    named = Phrases(
        'Groups whose name says their condition ("smokers", "insomniacs", "migraine'
        ' sufferers"): each is a group named by its condition on its own.'
    )
    treatment = Phrases(
        'What makes the act the treatment\'s: treatments, the clinic, "our", sessions.',
        required=True,
    )
    not_verbs = Phrases(
        "Verbs after the group that are no outcome (needs, pays, qualifies, arrives)."
    )
    unless = Phrases("Phrases (hedges, conditions) that keep the sentence from being read.")

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        if not self.group or not self.condition or not self.treatment:
            raise rule_error(loc, "'group', 'condition' and 'treatment' must name phrases", "kind")
        self.gate = Needs.of(tags_of((self.group, self.named)))

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return tagged(
            (self.group, self.condition, self.treatment, self.not_verbs, self.unless, self.named)
        )

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        text = unit.text
        if is_question(text):
            return
        matches = ctx.matches(unit)
        if self.unless and any(self.unless.tag in m.tags for m in matches):
            return
        if lead_in_holds(unit, ctx, self.unless):
            return  # a list item finishing a hedged lead-in
        groups = [m for m in matches if self.group.tag in m.tags or self.named.tag in m.tags]
        if not groups:
            return
        conditions = [m for m in matches if self.condition.tag in m.tags]
        for g in groups:
            if self.named and self.named.tag in g.tags:
                subject: tuple[int, int, PhraseMatch] | None = (g.start, g.end, g)
            else:
                subject = self._named_by_condition(text, g, conditions)
            if subject is None:
                continue
            start, end, condition = subject
            verb = _WORD.search(text, end)
            if verb is None or text[end : verb.start()].strip(" ,"):
                continue  # no word right after the group (or a comma: an apposition)
            word = verb.group().lower()
            if word in _NOT_VERB or not _verb_like(word) or is_negated(text, verb.start()):
                continue
            if any(self.not_verbs.tag in m.tags and m.start == verb.start() for m in matches):
                continue
            _, b = clause_bounds(text, verb.start(), verb.end())
            cause = next(
                (
                    m
                    for m in matches
                    if self.treatment.tag in m.tags
                    and verb.end() < m.start < b
                    and _cause().search(text, verb.end(), m.start)
                ),
                None,
            )
            if cause is None:
                continue
            if citation_map(ctx.document).carries_citation(unit):
                return
            named = condition is g  # "smokers": the group's name says the condition
            yield Hit(
                start,
                verb.end(),
                {
                    "match": text[start : verb.end()],
                    "outcome": condition.text,
                    "group": g.text if named else f"people with {condition.text}",
                },
            )
            return

    @staticmethod
    def _named_by_condition(
        text: str, g: PhraseMatch, conditions: list[PhraseMatch]
    ) -> tuple[int, int, PhraseMatch] | None:
        """(start, end, condition) of a group named by its condition, if ``g`` is one."""
        for c in conditions:
            if c.end <= g.start and _BEFORE.fullmatch(text, c.end, g.start):
                return c.start, g.end, c
            if c.start >= g.end and _WITH.fullmatch(text, g.end, c.start):
                # the condition ends the group: a condition word after it is the verb
                # ("kids with night terrors sleep peacefully")
                return g.start, c.end, c
        return None


def _verb_like(word: str) -> bool:
    """True when ``word`` may be the verb of a plural subject: a base form ("throw",
    "sleep", "walk") or a past ("threw", "slept": any word of letters but those ending
    in "-ly", "-ing" or a plural "-s")."""
    return (
        word.isalpha()
        and len(word) > 2
        and not word.endswith(("ly", "ing"))
        and not (word.endswith("s") and not word.endswith("ss"))
    )
