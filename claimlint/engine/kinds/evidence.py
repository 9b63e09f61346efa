"""``kind: evidence``: an appeal to research with no citation or link in the sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimlint.biblio.intext import has_citation
from claimlint.biblio.matching import citation_map
from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import Flag, Phrases, RegexList
from claimlint.engine.kinds.terms import tagged, tags_of
from claimlint.engine.rule import Context, Hit, Kind, Needs, rule_error
from claimlint.text.clauses import is_negated, is_question
from claimlint.text.document import Sentence
from claimlint.text.lexicon import Lexicon, PhraseMatch
from claimlint.text.prefilter import ascii_lower, needles

#: "what the research shows", "how studies found ...": research named as a topic to be
#: explained, not as support for a claim.
_TOPIC_LEAD = re.compile(
    r"\b(?:what|how|whether|why|where|when|which|if)\s+(?:(?:the|all|recent|new|latest|"
    r"current|early|our|these|those|this|that|such)\s+)*$",
    re.IGNORECASE,
)


class EvidenceKind(Kind):
    """Report the evidence cue of an uncited sentence."""

    name = "evidence"
    scopes = ("sentence", "heading", "block", "front-matter")

    cues = Phrases('Phrases that appeal to evidence ("studies show").', required=True)
    patterns = RegexList('Their matches are cues too ("a 2017 study of 300 patients found").')
    unless = Phrases(
        'Phrases that make research only a topic ("more research is needed"): a sentence'
        " with one is not reported."
    )
    skip_questions = Flag(True, "Skip questions.")

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        if not self.cues:
            raise rule_error(loc, "'cues' must name at least one phrase", "cues")
        self.pattern_needles = [needles(p) for p in self.patterns]
        self.gate = Needs.of(tags_of((self.cues,)), self.pattern_needles)

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return tagged((self.cues, self.unless))

    def regexes(self) -> Iterable[re.Pattern[str]]:
        return self.patterns

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        text = unit.text
        if self.skip_questions and is_question(text):
            return
        matches = ctx.matches(unit)
        cues: list[Any] = [m for m in matches if self.cues.tag in m.tags]
        lowered = ascii_lower(text) if self.patterns else None
        for regex, words in zip(self.patterns, self.pattern_needles, strict=True):
            if not words.may_match(lowered):
                continue  # no word the pattern needs: it cannot match
            cues += [
                PhraseMatch(p.start(), p.end(), p.group(), frozenset())
                for p in regex.finditer(text)
                if p.group()
            ]
        cues.sort(key=lambda c: (c.start, -c.end))
        if not cues:
            return
        cues = [
            m
            for m in cues
            if not is_negated(text, m.start) and not _TOPIC_LEAD.search(text[: m.start])
        ]
        if not cues:
            return
        if self.unless and any(self.unless.tag in m.tags for m in matches):
            return
        if has_citation(unit, citation_map(ctx.document).lists_author):
            return
        first = cues[0]
        yield Hit(first.start, first.end, {"match": first.text})
