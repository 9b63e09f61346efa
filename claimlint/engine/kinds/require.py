"""``kind: require``: if a trigger occurs, one of the required statements must occur somewhere.

A trigger is a phrase in the prose (``triggers``) or a finding of another
rule's category in the same post (``when-found``: "a client testimonial").
A required statement is a phrase (``required``), a regular expression
(``required-patterns``: "some clients ... others ..."), or a phrase the
clinic lists in its configuration (``required-option``: the name of a list
setting such as ``disclosures``). Reported at the first trigger, so an
annotation lands where a reviewer can see what made the statement necessary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import Names, Phrases, RegexList, Text
from claimlint.engine.kinds.terms import tagged
from claimlint.engine.rule import Context, Hit, Kind, rule_error
from claimlint.text.document import Block, Document
from claimlint.text.lexicon import Lexicon
from claimlint.text.prefilter import ascii_lower, needles
from claimlint.text.shipped import phrase_matcher


class RequireKind(Kind):
    """Report a document that triggers a requirement and never meets it."""

    name = "require"
    scopes = ("document",)

    triggers = Phrases("Phrases in the prose that make a statement necessary.")
    when_found = Names(
        "categories",
        "Categories whose findings in the post make a statement necessary (`testimonial`)."
        " A rule needs `triggers` or `when-found`.",
    )
    required = Phrases(
        "Phrases, one of which must stand anywhere in the post. A rule needs `required`,"
        " `required-patterns` or `required-option`."
    )
    required_patterns = RegexList(
        'Their matches meet the requirement too ("some clients ... others ...").'
    )
    required_option = Text(
        "The name of a configuration setting whose phrases meet it too (`disclosures`,"
        " `results-statements`).",
        "",
    )

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        if not self.triggers and not self.when_found:
            raise rule_error(loc, "'triggers' or 'when-found' must name something", "triggers")
        if not self.required and not self.required_patterns and not self.required_option:
            raise rule_error(loc, "'required' must name at least one phrase", "required")
        self._matcher = phrase_matcher(tagged((self.triggers, self.required)))
        #: The words each required pattern needs, tested before it runs on a block.
        self._needles = tuple(needles(p) for p in self.required_patterns)

    def regexes(self) -> Iterable[re.Pattern[str]]:
        return self.required_patterns

    def check_document(self, doc: Document, ctx: Context) -> Iterator[tuple[Block | None, Hit]]:
        if not self.triggers and not any(ctx.reported(c) for c in self.when_found):
            return  # nothing makes a statement necessary: no need to look for one
        first: tuple[Block, Hit] | None = None
        extra = _extra_phrases(ctx.option(self.required_option) if self.required_option else None)
        for block in doc.blocks:
            lowered = ascii_lower(block.text)
            if any(
                words.may_match(lowered) and p.search(block.text)
                for p, words in zip(self.required_patterns, self._needles, strict=True)
            ) or any(p.search(block.text) for p in extra):
                return
            for m in self._matcher.finditer(block.text):
                if self.required.tag in m.tags:
                    return
                if first is None and self.triggers.tag in m.tags and not block.reference:
                    first = (block, Hit(m.start, m.end, {"match": m.text}))
        for category in self.when_found:
            for unit, hit in ctx.reported(category):
                start, end = unit.start + hit.start, unit.start + hit.end
                if first is None or (unit.block.index, start) < (first[0].index, first[1].start):
                    first = (unit.block, Hit(start, end, {"match": unit.block.text[start:end]}))
                break
        if first is not None:
            yield first


def _extra_phrases(value: Any) -> list[re.Pattern[str]]:
    """The configured phrases, as case-insensitive word-bounded patterns."""
    if not isinstance(value, (list, tuple)):
        return []
    return [
        re.compile(rf"(?<!\w){re.escape(v.strip())}(?!\w)", re.IGNORECASE)
        for v in value
        if isinstance(v, str) and v.strip()
    ]
