"""``kind: testimonial``: a client's first-person account of an outcome.

Runs on whole blocks. Inside a ``>`` quote, a block with a first-person
voice ("my", "I felt") and an outcome is a testimonial: the quote itself is
the attribution. Elsewhere, a quoted passage ("...", “...”) with both is a
testimonial when the block also attributes it ("— Sarah, 34", "says one
client"), and so is an unquoted account before an attribution that names a
client ("I haven't had a drink since, says Carlos, a client since 2023").
Reported speech ("our patients tell us the dark cloud is gone") is listed in
``reported`` and counts when an outcome follows it; so does a verb of telling
(``told``) after a named person or "he"/"she" ("Sarah, 52, told us her hot flashes
stopped"), unless a ``staff`` word titles or describes the teller ("Dr. Lee",
"Ana, our nurse,").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimlint.core.lazyre import LazyPattern
from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import Phrases, Regex
from claimlint.engine.kinds.terms import tagged, tags_of
from claimlint.engine.rule import Context, Hit, Kind, Needs, excerpt, rule_error
from claimlint.text.clauses import clause_bounds
from claimlint.text.document import Sentence
from claimlint.text.lexicon import Lexicon, PhraseMatch

#: A quoted passage: curly double quotes, straight double quotes, or guillemets.
_QUOTED = re.compile(r"“([^”]{12,})”|\"([^\"]{12,})\"|«([^»]{12,})»")

#: "— Sarah, 34", "- J.M.", "– a veteran from Ohio", "~ Mark": a dash and a name or person.
DEFAULT_ATTRIBUTION = (
    r"(?:^|\s)[—–~-]{1,2}\s*(?:[A-Z][\w.'’-]*|an?\s+\w+|one\s+\w+|former\s+\w+)"
    r"|\b(?:says|said|shares|shared|writes|wrote|told\s+us|tells\s+us|explains|explained|"
    r"recalls|recalled|remembers|put\s+it)\b"
)


#: Who tells, right before a verb of telling: a capitalised name ("Jonah", "Sarah K.",
#: "Maria Lopez") or "he"/"she", then an apposition between commas ("Jonah, one of our
#: regulars,") and an adverb ("later"). Case-sensitive.
_teller = LazyPattern(
    r"(?:\b(?:[Hh]e|[Ss]he)|(?<![\w.])(?P<name>[A-Z][a-z]+)(?:\s+[A-Z](?:[a-z]+|\.))?)"
    r"(?:,[^,]{1,80},)?\s+(?:[a-z]+ly\s+|later\s+|then\s+|also\s+|once\s+)?$",
)


#: A capitalised word: a client's first name, when not in :data:`_NO_NAME`.
_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]+\b")
#: Who a case is told of after the client's name: he or she.
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")

#: Capitalised words that open a sentence and name no one.
_NO_NAME = frozenset(
    {"The", "This", "That", "These", "Those", "It", "We", "They", "You", "Our", "Your", "Their"}
    | {"When", "After", "Before", "Since", "Last", "Most", "Many", "Some", "Every", "Each"}
)


class TestimonialKind(Kind):
    """Report a first-person outcome statement attributed to a client."""

    name = "testimonial"
    scopes = ("block",)

    voice = Phrases('First-person phrases of a speaker ("my", "I felt").', required=True)
    outcome = Phrases("The outcomes a speaker reports.", required=True)
    reported = Phrases(
        'Reported speech that counts without quotes when an outcome follows it ("our'
        ' patients tell us").'
    )
    told = Phrases(
        'Verbs of telling after a named person or "he"/"she" ("Jonah told me his knee pain'
        " had gone\"): a client's account in the clinic's words when an outcome follows."
    )
    staff = Phrases(
        'Who works at the clinic: a teller so titled or described ("Dr. Lee told us",'
        ' "Ana, our nurse, told us") passes on no client\'s account.'
    )
    client = Phrases(
        'Who a quote is attributed to ("patient", "client"): in a blockquote, a'
        " first-person sentence attributed to one counts whatever outcome it implies."
    )
    arrival = Phrases(
        'How a page brings a named client to the clinic ("came to us", "first visited'
        " us\"): with ``change``, the block tells that client's case."
    )
    change = Phrases(
        'What happened to a client, told of him or her after the arrival ("for the first'
        ' time in years", "the nightmares have not returned"): a change, not a condition.'
    )
    attribution = Regex(
        "What attributes a quote to a person; a quoted first-person outcome outside a"
        " blockquote needs one in its block. Case-sensitive.",
        DEFAULT_ATTRIBUTION,
        flags=0,
        default_doc='a dash and a name ("— Sarah, 34"), or says, wrote, told us ...',
    )

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        if not self.voice or not self.outcome:
            raise rule_error(loc, "'voice' and 'outcome' must name phrases", "kind")
        self.gate = Needs.of(tags_of((self.voice, self.reported, self.told, self.arrival)))

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return tagged(
            (
                self.voice,
                self.outcome,
                self.reported,
                self.told,
                self.staff,
                self.client,
                self.arrival,
                self.change,
            )
        )

    def regexes(self) -> Iterable[re.Pattern[str]]:
        return (self.attribution,)

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        value = unit.text
        matches = ctx.matches(unit)
        if unit.block.in_blockquote:
            span = self._account(matches, 0, len(value)) or self._attributed(value, matches)
            if span is not None:
                yield _hit(value, *span)
                return
        for q in _QUOTED.finditer(value):
            lo, hi = q.span()
            outside = value[:lo] + " " + value[hi:]
            if not self.attribution.search(outside):
                continue
            if self._account(matches, lo + 1, hi - 1) is not None:
                yield _hit(value, lo, hi)
                return
        span = self._unquoted(value, matches)
        if span is not None:
            yield _hit(value, *span)
            return
        if self.reported:
            for m in matches:
                if self.reported.tag not in m.tags:
                    continue
                _, stop = _sentence_span(unit, m.end)
                after = [
                    c for c in matches if m.end <= c.start < stop and self.outcome.tag in c.tags
                ]
                if after:
                    yield _hit(value, m.start, after[0].end)
                    return
        if self.told:
            span = self._told(value, matches)
            if span is not None:
                yield _hit(value, *span)
                return
        if self.arrival and self.change:
            span = self._case(unit, value, matches)
            if span is not None:
                yield _hit(value, *span)

    def _case(
        self, unit: Sentence, value: str, matches: list[PhraseMatch]
    ) -> tuple[int, int] | None:
        """A named client's case in the third person: the client brought to the clinic
        ("When Jenna first came to us"), then, in a later sentence of the block, a change
        told of him or her ("she slept eight hours for the first time in years")."""
        for m in matches:
            if self.arrival.tag not in m.tags:
                continue
            a, _ = clause_bounds(value, m.start, m.end)
            names = [n for n in _NAME.finditer(value, a, m.start) if n.group() not in _NO_NAME]
            if not names:
                continue
            name = names[-1].group()
            _, after = _sentence_span(unit, m.end)
            for c in matches:
                if self.change.tag not in c.tags or c.start < after or c.text[:1].isupper():
                    continue  # before the arrival's sentence ends, or a name ("the Reset")
                lo, _ = clause_bounds(value, c.start, c.end)
                told_of = value[max(lo, _sentence_span(unit, c.start)[0]) : c.start]
                if _THIRD_PERSON.search(told_of) or name in told_of:
                    return c.start, c.end
        return None

    def _told(self, value: str, matches: list[PhraseMatch]) -> tuple[int, int] | None:
        """A named client's (or his or her) account passed on with a verb of telling, an
        outcome after it in the clause ("Sarah, 52, told us her hot flashes stopped"); not
        when the teller is titled or described as staff."""
        for m in matches:
            if self.told.tag not in m.tags:
                continue
            a, b = clause_bounds(value, m.start, m.end)
            teller = _teller().search(value, a, m.start)
            if teller is None or teller.group("name") in _NO_NAME:
                continue
            lo = max(a, teller.start() - 12)  # room for a title ("Dr. ", "Professor ")
            if any(self.staff.tag in c.tags and lo <= c.start < m.start for c in matches):
                continue
            after = [c for c in matches if m.end <= c.start < b and self.outcome.tag in c.tags]
            if after:
                return teller.start(), after[0].end
        return None

    def _attributed(self, value: str, matches: list[PhraseMatch]) -> tuple[int, int] | None:
        """A first-person quote attributed to a client ("— Jamie P., TMS patient"): its first
        sentence, whatever outcome it implies."""
        attribution = self.attribution.search(value)
        if attribution is None or not self.client:
            return None
        if not any(self.client.tag in m.tags and m.start >= attribution.start() for m in matches):
            return None
        voices = [m for m in matches if self.voice.tag in m.tags and m.start < attribution.start()]
        if not voices:
            return None
        end = value.find(".", voices[0].end)
        return voices[0].start, (end if 0 < end < attribution.start() else voices[0].end)

    def _unquoted(self, value: str, matches: list[PhraseMatch]) -> tuple[int, int] | None:
        """A first-person outcome account attributed to a client without quote marks ("I
        haven't had a drink since, says Carlos, a client since 2023"): the attribution must
        name a client after it, and the account stand before it."""
        if not self.client:
            return None
        for attribution in self.attribution.finditer(value):
            at = attribution.start()
            if any(self.client.tag in m.tags and m.start >= at for m in matches):
                return self._account(matches, 0, at)
        return None

    def _account(self, matches: list[PhraseMatch], lo: int, hi: int) -> tuple[int, int] | None:
        """From the first voice to the nearest outcome inside ``lo:hi``, if both occur."""
        inside = [m for m in matches if lo <= m.start and m.end <= hi]
        voices = [m for m in inside if self.voice.tag in m.tags]
        outcomes = [m for m in inside if self.outcome.tag in m.tags]
        if not voices or not outcomes:
            return None
        first, last = voices[0], min(outcomes, key=lambda o: abs(o.start - voices[0].start))
        return min(first.start, last.start), max(first.end, last.end)


def _sentence_span(unit: Sentence, start: int) -> tuple[int, int]:
    """Where the block's sentence that holds ``start`` (an offset in ``unit``) begins and
    ends, as offsets in ``unit``."""
    at = unit.start + start
    for sentence in unit.block.sentences:
        if sentence.start <= at < sentence.end:
            return max(sentence.start, unit.start) - unit.start, min(
                sentence.end, unit.end
            ) - unit.start
    return 0, unit.end - unit.start


def _hit(value: str, start: int, end: int) -> Hit:
    return Hit(start, end, {"match": excerpt(value[start:end])})
