"""``kind: evidence``: an appeal to research with no citation or link in the sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimlint.biblio.matching import citation_map
from claimlint.core.lazyre import LazyPattern
from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import Flag, Phrases, RegexList
from claimlint.engine.kinds.terms import tagged, tags_of
from claimlint.engine.rule import Context, Hit, Kind, Needs, rule_error
from claimlint.text.clauses import clause_bounds, is_negated, is_question
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


#: The clinic's own staff, right before the experts named: their advice is no appeal.
_OWN = re.compile(r"(?i)\b(?:our|your|my|the\s+clinic['’]s)\s+(?:[\w-]+\s+){0,2}$")
#: "according to (most) (leading) ..." right before the experts named.
_ACCORDING = re.compile(
    r"(?i)\baccording\s+to\s+(?:(?:the|most|many|some|leading|top|prominent|several|"
    r"other|independent)\s+)*(?:[\w-]+\s+)?$"
)


#: A named place after the experts: "at the Hospital for Special Surgery", "from Harvard";
#: or how widely they are found: "across the country", "worldwide", "around the world".
_place = LazyPattern(
    r"\s*,?\s+(?:(?:at|from|in|with|out\s+of|across|throughout|around|all\s+over)\s+"
    r"(?:the\s+|an?\s+|one\s+|two\s+|several\s+)?"
    # a place described before its name: "a leading London university", "a top US hospital"
    r"(?:(?:leading|top|major|prestigious|renowned|respected|well-known|world-renowned|famous|"
    r"large|big|research|teaching)\s+){0,2}[A-Z][\w.&'’-]*"
    r"(?:\s+(?:(?:of|for|on|in|and|&|the)\s+){0,2}[A-Z][\w.&'’-]*){0,8}"
    r"(?:\s+(?:university|universities|hospitals?|medical\s+schools?|institutes?|clinics?|"
    r"labs?|laboratories|centres?|centers?|colleges?|schools?))?"
    # or described with no name at all: "at leading universities", "from top hospitals"
    r"|(?:at|from|in|with|out\s+of)\s+(?:the\s+|several\s+|many\s+|some\s+of\s+the\s+)?"
    r"(?:(?:leading|top|major|prestigious|renowned|respected|well-known|world-renowned|famous|"
    r"large|big|research|teaching|elite|best)\s+){1,2}(?:universities|university|hospitals?|"
    r"medical\s+schools?|institutions?|institutes?|clinics?|research\s+cent(?:re|er)s?|"
    r"cent(?:re|er)s?|labs?|laboratories|colleges?)"
    r"|worldwide|nationwide|globally|internationally|everywhere"
    r"|(?:across|around|all\s+over|throughout)\s+the\s+(?:country|world|globe|nation|"
    r"US|UK|United\s+States))\b,?",
)


#: What the experts or the studies are, said after them in a few words: "analyses by age",
#: "studies in older women", "evidence gathered from thousands of patients".
_qualifier = LazyPattern(
    r"\s+(?:(?:gathered|collected|drawn|pooled|taken|published)\s+)?(?:by|of|in|on|into|among"
    r"|with|from|involving|including)(?=\s)"
)
#: One word of a qualifier, after its preposition.
_qualifier_word = LazyPattern(r"\s+[\w'’-]+")
#: Words that may stand between the experts (and their place) and the verb.
_BETWEEN = re.compile(
    r"(?:\s+(?:now|widely|generally|all|largely|increasingly|strongly|also|long|"
    r"consistently|repeatedly|mostly|broadly|overwhelmingly|today|have|has|had|"
    r"universally|almost|nearly|actually|already))*\s+"
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
    experts = Phrases(
        'People cited in place of a study ("dermatologists"): an appeal after "according'
        ' to" or before one of ``expert-verbs``, past a named place ("at Stanford") and'
        ' adverbs; not after "our", "your" or "my" (the clinic\'s own advice).'
    )
    expert_verbs = Phrases('What such people do when cited ("agree", "recommend", "found").')
    skip_questions = Flag(True, "Skip questions.")

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        if not self.cues:
            raise rule_error(loc, "'cues' must name at least one phrase", "cues")
        self.pattern_needles = [needles(p) for p in self.patterns]
        self.gate = Needs.of(tags_of((self.cues, self.experts)), self.pattern_needles)

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return tagged((self.cues, self.unless, self.experts, self.expert_verbs))

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
        if self.experts:
            cues += self._cited_experts(text, matches)
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
        if self.unless:
            # research made a topic cancels a cue in its own clause ("more research is
            # needed"), not one of another ("evidence suggests ..., though research is
            # limited": a caveat does not take the appeal back)
            topics = [m for m in matches if self.unless.tag in m.tags]
            cues = [
                c
                for c in cues
                for a, b in [clause_bounds(text, c.start, c.end)]
                if not any(a <= t.start < b for t in topics)
            ]
            if not cues:
                return
        if citation_map(ctx.document).carries_citation(unit):
            return
        first = cues[0]
        yield Hit(first.start, first.end, {"match": first.text})

    def _cited_experts(self, text: str, matches: list[PhraseMatch]) -> list[PhraseMatch]:
        """Experts offered as support: after "according to", or with a verb of theirs."""
        verbs = {m.start: m for m in matches if self.expert_verbs.tag in m.tags}
        found: list[PhraseMatch] = []
        for m in matches:
            if self.experts.tag not in m.tags or _OWN.search(text, 0, m.start):
                continue
            according = _ACCORDING.search(text, 0, m.start)
            if according is not None:
                found.append(
                    PhraseMatch(
                        according.start(), m.end, text[according.start() : m.end], frozenset()
                    )
                )
                continue
            verb = _verb_after(text, m.end, verbs)
            if verb is not None:
                found.append(PhraseMatch(m.start, verb.end, text[m.start : verb.end], frozenset()))
        return found


def _verb_after(text: str, end: int, verbs: dict[int, PhraseMatch]) -> PhraseMatch | None:
    """The verb of the experts (or studies) ending at ``end``: right after them, or past a
    named place ("at Stanford", "across Europe"), a few words of what they are ("by age")
    and adverbs ("now", "widely")."""
    starts = [end]
    place = _place().match(text, end)
    if place is not None:
        starts.append(place.end())
    for pos in list(starts):
        qualified = _qualifier().match(text, pos)
        at = qualified.end() if qualified is not None else -1
        for _ in range(3 if qualified is not None else 0):  # its object: one to three words
            word = _qualifier_word().match(text, at)
            if word is None:
                break
            at = word.end()
            starts.append(at)
    for pos in starts:
        between = _BETWEEN.match(text, pos)
        verb = verbs.get(between.end() if between is not None else pos)
        if verb is not None:
            return verb
    return None
