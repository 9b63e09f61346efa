"""``kind: phrase``: word-bounded phrases (with inflections), negation- and question-aware."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import INFLECTIONS, Choice, Flag, Phrases
from claimlint.engine.kinds.terms import tagged, tags_of
from claimlint.engine.rule import Context, Hit, Kind, Needs
from claimlint.text.clauses import clause_bounds, is_negated, is_question
from claimlint.text.document import Sentence
from claimlint.text.lexicon import Lexicon


class PhraseKind(Kind):
    """Report each occurrence of a listed phrase."""

    name = "phrase"
    scopes = ("sentence", "heading", "block", "front-matter", "reference")

    terms = Phrases(
        "The phrases to report, each occurrence.", key="phrases", required=True, inflect="inflect"
    )
    inflect = Choice(
        INFLECTIONS,
        "none",
        "How inline `phrases` and `unless` phrases inflect: `verb` inflects the first word,"
        " `noun` the last.",
    )
    unless = Phrases("Phrases that cancel a match in the same clause.", inflect="inflect")
    skip_negated = Flag(True, 'Skip negated matches ("is not a miracle").')
    skip_questions = Flag(True, "Skip questions.")

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        self.gate = Needs.of(tags_of((self.terms,)))

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return tagged((self.terms, self.unless))

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
