"""``kind: phrase``: word-bounded phrases (with inflections), negation- and question-aware."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import choice, flag
from claimlint.engine.kinds.terms import tagged, tags_of, term_set
from claimlint.engine.rule import Context, Hit, Kind, Needs
from claimlint.text.clauses import clause_bounds, is_negated, is_question
from claimlint.text.document import Sentence
from claimlint.text.lexicon import Lexicon

INFLECTIONS = ("none", "verb", "noun")


class PhraseKind(Kind):
    """Report each occurrence of a listed phrase."""

    name = "phrase"
    params: ClassVar[dict[str, tuple[str, bool]]] = {
        "phrases": ("list of phrases / @lexicons", True),
        "inflect": ("none | verb | noun (for inline phrases)", False),
        "unless": ("list of phrases / @lexicons that cancel a match in the same clause", False),
        "skip-negated": ("bool, default true", False),
        "skip-questions": ("bool, default true", False),
    }
    scopes = ("sentence", "heading", "block", "front-matter", "reference")

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        inflect = choice(params, "inflect", INFLECTIONS, "none", loc)
        self.terms = term_set(rule_id, "phrases", params.get("phrases"), loc, lexicons, inflect)
        self.unless = term_set(rule_id, "unless", params.get("unless"), loc, lexicons, inflect)
        self.skip_negated = flag(params, "skip-negated", True, loc)
        self.skip_questions = flag(params, "skip-questions", True, loc)
        self._needs = Needs.of(tags_of((self.terms,)))

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return tagged((self.terms, self.unless))

    def needs(self) -> Needs | None:
        return self._needs

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        text = unit.text
        if self.skip_questions and is_question(text):
            return
        matches = ctx.matches(unit)
        cancel = [m for m in matches if self.unless.tag in m.tags]
        for m in matches:
            if self.terms.tag not in m.tags:
                continue
            if self.skip_negated and is_negated(text, m.start):
                continue
            a, b = clause_bounds(text, m.start, m.end)
            if any(
                a <= c.start < b and not (c.start >= m.start and c.end <= m.end) for c in cancel
            ):
                continue
            yield Hit(m.start, m.end, {"match": m.text})
