"""``kind: pattern``: a regular expression; ``{match}`` and numbered groups in the message."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import Flag, Regex
from claimlint.engine.rule import Context, Hit, Kind, Needs
from claimlint.text.clauses import is_negated, is_question
from claimlint.text.document import Sentence
from claimlint.text.lexicon import Lexicon
from claimlint.text.prefilter import needles


class PatternKind(Kind):
    """Report each match of a regular expression."""

    name = "pattern"
    scopes = ("sentence", "heading", "block", "front-matter", "reference")

    pattern = Regex(
        "The regular expression; each match is reported. `{1}`, `{2}` ... in the message"
        " are its groups.",
        ignore_case="ignore-case",
    )
    ignore_case = Flag(
        True, "Match without regard to case; `false` makes `pattern` case-sensitive."
    )
    skip_negated = Flag(False, "Skip negated matches.")
    skip_questions = Flag(False, "Skip questions.")

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        self.gate = Needs.of((), (needles(self.pattern),))

    def regexes(self) -> Iterable[re.Pattern[str]]:
        return (self.pattern,)

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        value = unit.text
        if self.skip_questions and is_question(value):
            return
        for m in self.pattern.finditer(value):
            if m.end() == m.start():
                continue
            if self.skip_negated and is_negated(value, m.start()):
                continue
            values = {"match": m.group()}
            for i, group in enumerate(m.groups(), start=1):
                values[str(i)] = group or ""
            yield Hit(m.start(), m.end(), values)
