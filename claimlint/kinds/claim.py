"""``kind: claim``: a trigger stated as certain.

A claim is a trigger (an efficacy verb, a booster) that, in the same
clause, has an outcome (when the rule lists outcomes) and none of the
``unless`` phrases (hedges). Negated triggers and questions are not claims.
With ``skip-cited: true``, a sentence that carries a citation reports that
study's own result and is not the clinic's claim.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

from claimlint.citations import has_citation
from claimlint.document import Sentence
from claimlint.kinds.clauses import clause_bounds, is_negated, is_question
from claimlint.kinds.params import choice, flag, integer
from claimlint.kinds.terms import tagged, term_set
from claimlint.lexicon import Lexicon
from claimlint.rule import Context, Hit, Kind, rule_error
from claimlint.yamlnodes import Located


class ClaimKind(Kind):
    """Report an unhedged claim at its trigger."""

    name = "claim"
    params: ClassVar[dict[str, tuple[str, bool]]] = {
        "trigger": ("phrases / @lexicons that make the claim", True),
        "outcome": ("phrases / @lexicons, one of which must be in the same clause", False),
        "unless": ("phrases / @lexicons (hedges) that cancel the claim in its clause", False),
        "unless-sentence": ("phrases / @lexicons that cancel it anywhere in the sentence", False),
        "inflect": ("none | verb | noun (for inline trigger phrases)", False),
        "outcome-window": ("words between trigger and outcome, default 12", False),
        "skip-cited": ("bool, default true: a cited sentence reports a study", False),
        "skip-questions": ("bool, default true", False),
        "skip-negated": ("bool, default true", False),
    }
    scopes = ("sentence", "heading", "block", "front-matter")

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        inflect = choice(params, "inflect", ("none", "verb", "noun"), "none", loc)
        self.trigger = term_set(rule_id, "trigger", params.get("trigger"), loc, lexicons, inflect)
        if not self.trigger:
            raise rule_error(loc, "'trigger' must name at least one phrase", "trigger")
        self.outcome = term_set(rule_id, "outcome", params.get("outcome"), loc, lexicons)
        self.unless = term_set(rule_id, "unless", params.get("unless"), loc, lexicons)
        self.unless_sentence = term_set(
            rule_id, "unless-sentence", params.get("unless-sentence"), loc, lexicons
        )
        self.window = integer(params, "outcome-window", 12, 1, 60, loc)
        self.skip_cited = flag(params, "skip-cited", True, loc)
        self.skip_questions = flag(params, "skip-questions", True, loc)
        self.skip_negated = flag(params, "skip-negated", True, loc)

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return tagged((self.trigger, self.outcome, self.unless, self.unless_sentence))

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        text = unit.text
        if self.skip_questions and is_question(text):
            return
        matches = ctx.matches(unit)
        triggers = [m for m in matches if self.trigger.tag in m.tags]
        if not triggers:
            return
        if self.unless_sentence and any(self.unless_sentence.tag in m.tags for m in matches):
            return
        if self.skip_cited and has_citation(unit):
            return
        for m in triggers:
            if self.skip_negated and is_negated(text, m.start):
                continue
            a, b = clause_bounds(text, m.start, m.end)
            if self.unless and any(
                self.unless.tag in c.tags and a <= c.start < b and c is not m for c in matches
            ):
                continue
            outcome = ""
            if self.outcome:
                near = [
                    c
                    for c in matches
                    if self.outcome.tag in c.tags
                    and a <= c.start < b
                    and c is not m
                    and _words_between(text, m, c) <= self.window
                ]
                if not near:
                    continue
                outcome = near[0].text
            yield Hit(m.start, m.end, {"match": m.text, "outcome": outcome})
            return  # one finding per sentence and rule: the first claim


def _words_between(text: str, a: Any, b: Any) -> int:
    lo, hi = (a.end, b.start) if a.start <= b.start else (b.end, a.start)
    return len(text[lo:hi].split()) if hi > lo else 0
