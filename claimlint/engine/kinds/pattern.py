"""``kind: pattern``: a regular expression; ``{match}`` and numbered groups in the message."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import compiled, flag, text
from claimlint.engine.rule import Context, Hit, Kind, Needs
from claimlint.text.clauses import is_negated, is_question
from claimlint.text.document import Sentence
from claimlint.text.lexicon import Lexicon
from claimlint.text.prefilter import needles


class PatternKind(Kind):
    """Report each match of a regular expression."""

    name = "pattern"
    params: ClassVar[dict[str, tuple[str, bool]]] = {
        "pattern": ("regular expression (Python syntax)", True),
        "ignore-case": ("bool, default true", False),
        "skip-negated": ("bool, default false", False),
        "skip-questions": ("bool, default false", False),
    }
    scopes = ("sentence", "heading", "block", "front-matter", "reference")

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        source = text(params, "pattern", loc)
        flags = re.IGNORECASE if flag(params, "ignore-case", True, loc) else 0
        self.regex = compiled(source, flags, loc, "pattern")
        self._needs = Needs.of((), (needles(self.regex),))
        self.skip_negated = flag(params, "skip-negated", False, loc)
        self.skip_questions = flag(params, "skip-questions", False, loc)

    def regexes(self) -> Iterable[re.Pattern[str]]:
        return (self.regex,)

    def needs(self) -> Needs | None:
        """A text the pattern may match."""
        return self._needs

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        value = unit.text
        if self.skip_questions and is_question(value):
            return
        for m in self.regex.finditer(value):
            if m.end() == m.start():
                continue
            if self.skip_negated and is_negated(value, m.start()):
                continue
            values = {"match": m.group()}
            for i, group in enumerate(m.groups(), start=1):
                values[str(i)] = group or ""
            yield Hit(m.start(), m.end(), values)
