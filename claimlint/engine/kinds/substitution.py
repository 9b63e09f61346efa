"""``kind: substitution``: a phrase and the wording to use instead (a suggestion, never applied)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import choice, flag
from claimlint.engine.rule import Context, Hit, Kind, Needs, rule_error
from claimlint.text.clauses import is_negated, is_question
from claimlint.text.document import Sentence
from claimlint.text.lexicon import Lexicon, expand, normalise


class SubstitutionKind(Kind):
    """Report a phrase with its better wording as the suggestion."""

    name = "substitution"
    params: ClassVar[dict[str, tuple[str, bool]]] = {
        "swap": ("mapping: phrase -> suggested wording", True),
        "inflect": ("none | verb | noun", False),
        "skip-negated": ("bool, default true", False),
        "skip-questions": ("bool, default true", False),
    }
    scopes = ("sentence", "heading", "block", "front-matter")

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        swap = params.get("swap")
        if not isinstance(swap, dict) or not swap:
            raise rule_error(loc, "'swap' must be a mapping of phrase: better wording", "swap")
        inflect = choice(params, "inflect", ("none", "verb", "noun"), "none", loc)
        self.tag = f"{rule_id}:swap"
        self.better: dict[str, str] = {}
        for phrase, better in swap.items():
            if not isinstance(phrase, str) or not isinstance(better, str):
                raise rule_error(loc, "'swap' entries must map text to text", "swap", phrase)
            for form in expand(phrase, inflect):
                self.better[normalise(form)] = better
        self.skip_negated = flag(params, "skip-negated", True, loc)
        self.skip_questions = flag(params, "skip-questions", True, loc)
        self._needs = Needs.of((self.tag,))

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return [(self.tag, list(self.better))]

    def needs(self) -> Needs | None:
        return self._needs

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        value = unit.text
        if self.skip_questions and is_question(value):
            return
        for m in ctx.matches(unit):
            if self.tag not in m.tags:
                continue
            if self.skip_negated and is_negated(value, m.start):
                continue
            better = self.better.get(normalise(m.text), "")
            yield Hit(
                m.start, m.end, {"match": m.text, "replacement": better}, suggestion=better or None
            )
