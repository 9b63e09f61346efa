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
from typing import Any, ClassVar

from claimlint.biblio.intext import block_has_citation, has_citation
from claimlint.biblio.matching import citation_map
from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import choice, flag, integer, regex
from claimlint.engine.kinds.terms import TermSet, tagged, tags_of, term_set
from claimlint.engine.rule import Context, Hit, Kind, Needs, rule_error
from claimlint.text.clauses import clause_bounds, is_negated, is_question
from claimlint.text.document import Sentence
from claimlint.text.lexicon import Lexicon, PhraseMatch, expand, normalise
from claimlint.text.prefilter import Needles, ascii_lower, needles

_WORD = re.compile(r"[\w'’%-]+")


class ClaimKind(Kind):
    """Report an unhedged claim at its trigger."""

    name = "claim"
    params: ClassVar[dict[str, tuple[str, bool]]] = {
        "trigger": ("phrases / @lexicons that make the claim", False),
        "pattern": ("regular expression whose matches are triggers too", False),
        "standalone": ("phrases / @lexicons: triggers that need no outcome", False),
        "outcome": ("phrases / @lexicons, one of which must be in the same clause", False),
        "unless": ("phrases / @lexicons (hedges) that cancel the claim in its clause", False),
        "unless-sentence": ("phrases / @lexicons that cancel it anywhere in the sentence", False),
        "unless-before": ("phrases that cancel it when they stand just before the trigger", False),
        "unless-after": ("phrases that cancel it when they follow the trigger directly", False),
        "unless-before-when": ("always | no-outcome-after (default always)", False),
        "unless-right-before": ("phrases that cancel it when they stand directly before it", False),
        "before-window": ("words before the trigger searched by unless-before, default 4", False),
        "only-with": ("phrases / @lexicons, one of which must be in the clause", False),
        "rewrite": ("mapping: trigger phrase -> hedged wording ('' = remove)", False),
        "inflect": ("none | verb | noun (for inline trigger phrases)", False),
        "outcome-window": ("words between trigger and outcome, default 12", False),
        "outcome-after": (
            "bool, default false: the outcome must follow the trigger (or be part"
            " of a listed trigger phrase)",
            False,
        ),
        "not-outcome-before": ("phrases that, right after an outcome, make it a modifier", False),
        "mechanism-nouns": (
            "phrases that make an outcome a modifier or, between the trigger and"
            " the outcome, the trigger's real object",
            False,
        ),
        "skip-cited": ("bool, default true: a cited sentence reports a study", False),
        "skip-cited-block": ("bool, default false: skip when the paragraph cites anything", False),
        "skip-questions": ("bool, default true", False),
        "skip-negated": ("bool, default true", False),
    }
    scopes = ("sentence", "heading", "block", "front-matter")

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        inflect = choice(params, "inflect", ("none", "verb", "noun"), "none", loc)

        def terms(key: str, how: str = "none") -> TermSet:
            return term_set(rule_id, key, params.get(key), loc, lexicons, how)

        self.trigger = terms("trigger", inflect)
        self.standalone = terms("standalone")
        self.pattern = regex(params, "pattern", loc)
        if not self.trigger and not self.standalone and self.pattern is None:
            raise rule_error(loc, "a claim needs 'trigger' phrases or a 'pattern'", "kind")
        self.pattern_needles = needles(self.pattern) if self.pattern is not None else Needles()
        self._needs = Needs.of(
            tags_of((self.trigger, self.standalone)),
            () if self.pattern is None else (self.pattern_needles,),
        )
        self.outcome = terms("outcome")
        self.unless = terms("unless")
        self.unless_sentence = terms("unless-sentence")
        self.unless_before = terms("unless-before")
        self.unless_after = terms("unless-after")
        self.unless_right_before = terms("unless-right-before")
        self.only_with = terms("only-with")
        self.not_outcome_before = terms("not-outcome-before")
        self.mechanism = terms("mechanism-nouns")
        self.before_when = choice(
            params, "unless-before-when", ("always", "no-outcome-after"), "always", loc
        )
        self.before_window = integer(params, "before-window", 4, 1, 12, loc)
        self.window = integer(params, "outcome-window", 12, 1, 60, loc)
        self.outcome_after = flag(params, "outcome-after", False, loc)
        self.skip_cited = flag(params, "skip-cited", True, loc)
        self.skip_cited_block = flag(params, "skip-cited-block", False, loc)
        self.skip_questions = flag(params, "skip-questions", True, loc)
        self.skip_negated = flag(params, "skip-negated", True, loc)
        self.rewrite: dict[str, str] = {}
        rewrite = params.get("rewrite", {})
        if not isinstance(rewrite, dict):
            raise rule_error(
                loc, "'rewrite' must be a mapping of phrase: hedged wording", "rewrite"
            )
        for phrase, better in rewrite.items():
            if not isinstance(phrase, str) or not isinstance(better, str):
                raise rule_error(loc, "'rewrite' entries must map text to text", "rewrite", phrase)
            for form in expand(phrase, inflect):
                self.rewrite[normalise(form)] = better

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return tagged(
            (
                self.trigger,
                self.standalone,
                self.outcome,
                self.unless,
                self.unless_sentence,
                self.unless_before,
                self.unless_after,
                self.unless_right_before,
                self.only_with,
                self.not_outcome_before,
                self.mechanism,
            )
        )

    def regexes(self) -> Iterable[re.Pattern[str]]:
        return () if self.pattern is None else (self.pattern,)

    def needs(self) -> Needs | None:
        """A trigger or standalone phrase, or a text the ``pattern`` may match."""
        return self._needs

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        text = unit.text
        if self.skip_questions and is_question(text):
            return
        matches = ctx.matches(unit)
        triggers: list[PhraseMatch] = [
            m for m in matches if self.trigger.tag in m.tags or self.standalone.tag in m.tags
        ]
        if self.pattern is not None and self.pattern_needles.may_match(ascii_lower(text)):
            triggers += [
                PhraseMatch(p.start(), p.end(), p.group(), frozenset())  # no tags: a pattern
                for p in self.pattern.finditer(text)
                if p.end() > p.start()
            ]
            triggers.sort(key=lambda t: (t.start, -t.end))
        if not triggers:
            return
        if self.unless_sentence and any(self.unless_sentence.tag in m.tags for m in matches):
            return
        if self.skip_cited and has_citation(unit, citation_map(ctx.document).lists_author):
            return
        for m in triggers:
            if self.skip_negated and is_negated(text, m.start):
                continue
            a, b = clause_bounds(text, m.start, m.end)
            others = [c for c in matches if a <= c.start < b and c is not m]
            if self.unless and (
                self.unless.tag in m.tags
                or any(self.unless.tag in c.tags and not _inside(c, m) for c in others)
            ):
                continue
            if self.only_with and not any(self.only_with.tag in c.tags for c in [*others, m]):
                continue
            if (
                self.unless_before
                and self._preceded(text, m, others, a)
                and not (
                    self.before_when == "no-outcome-after" and self._outcome_after(text, m, others)
                )
            ):
                continue
            if self.unless_right_before and any(
                self.unless_right_before.tag in c.tags
                and c.end <= m.start
                and _gap(text, c.end, m.start) == 0
                for c in matches
            ):
                continue
            if self.unless_after and any(
                self.unless_after.tag in c.tags
                and c.start >= m.end
                and _gap(text, m.end, c.start) == 0
                for c in others
            ):
                continue
            outcome = ""
            alone = self.standalone.tag in m.tags
            if self.outcome and not alone:
                near = [
                    c
                    for c in others
                    if self.outcome.tag in c.tags
                    and _gap_words(text, m, c) <= self.window
                    and not self._modifier(text, m, c, others)
                    and (not self.outcome_after or _follows(m, c))
                ]
                if not near:
                    continue
                outcome = near[0].text
            if self.skip_cited_block and block_has_citation(unit.block):
                return
            better = self.rewrite.get(normalise(m.text))
            suggestion = None
            if better is not None:
                suggestion = (
                    f"Replace '{m.text}' with '{better}'" if better else f"Remove '{m.text}'"
                )
            yield Hit(
                m.start,
                m.end,
                {"match": m.text, "outcome": outcome, "replacement": better or ""},
                suggestion=suggestion,
            )
            return  # one finding per sentence and rule: the first claim

    def _modifier(
        self, text: str, m: PhraseMatch, c: PhraseMatch, others: list[PhraseMatch]
    ) -> bool:
        """True when outcome ``c`` is not the object of trigger ``m``.

        Either ``c`` ("fear") modifies the noun right after it ("fear circuitry"),
        or such a noun stands between the trigger and ``c`` ("resets the circuits
        behind depression"): the trigger acts on the mechanism, not the outcome.
        """
        for n in others:
            if n is c:
                continue
            head = self.not_outcome_before.tag in n.tags
            mechanism = self.mechanism.tag in n.tags
            if (head or mechanism) and n.start >= c.end and _gap(text, c.end, n.start) == 0:
                return True
            if mechanism and m.end <= n.start and n.end <= c.start:
                return True
        return False

    def _outcome_after(self, text: str, m: PhraseMatch, others: list[PhraseMatch]) -> bool:
        """True when an outcome follows the trigger ("when TMS eliminates obsessive thoughts")."""
        return any(
            self.outcome.tag in c.tags
            and c.start >= m.end
            and _gap(text, m.end, c.start) <= self.window
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


def _follows(m: PhraseMatch, c: PhraseMatch) -> bool:
    """True when outcome ``c`` follows trigger ``m`` or is part of a listed trigger phrase."""
    return bool(c.start >= m.end or (c.start >= m.start and m.tags))


def _inside(c: PhraseMatch, m: PhraseMatch) -> bool:
    return bool(c.start >= m.start and c.end <= m.end)


def _gap(text: str, lo: int, hi: int) -> int:
    """Number of words in ``text[lo:hi]``."""
    return len(_WORD.findall(text[lo:hi])) if hi > lo else 0


def _gap_words(text: str, a: PhraseMatch, b: PhraseMatch) -> int:
    lo, hi = (a.end, b.start) if a.start <= b.start else (b.end, a.start)
    return _gap(text, lo, hi)
