"""``kind: scored``: a small linear model over a sentence's words and phrase classes.

The other claim kinds need their shape written down: a trigger and an outcome, or a
subject, a verb and an outcome. Copywriters find shapes nobody wrote down ("every embryo we
transfer implants", "thicker hair from the very first session"). This kind scores every
sentence that names an outcome (``gate``) with a logistic model whose weights are data
(``model``, a YAML file beside the rule, written by ``scripts/train_claim_scorer.py`` from
labelled sentences) and reports the sentence when the score reaches ``threshold``. The
message names the words that weighed most, so a reader sees why.

Features, all binary: each lower-cased word; the first word; each phrase class of
``features`` present ("c:hedges"); for two classes, that one stands before the other
("p:subject<outcome"); and a few facts of form (a heading, a list item, a table cell,
"you", a number, a short sentence). Questions and, with ``skip-cited``, sentences that
carry a citation are never scored.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from claimlint.biblio.matching import citation_map
from claimlint.core.yamlnodes import Located, YamlError, load_located
from claimlint.engine.kinds.params import Flag, Given, Integer, Names, Param, Phrases
from claimlint.engine.kinds.terms import (
    TermSet,
    lead_in_holds,
    persons_case,
    tagged,
    tags_of,
    tells_one_case,
)
from claimlint.engine.rule import Context, Hit, Kind, Needs, rule_error
from claimlint.text.clauses import is_negated, is_question
from claimlint.text.document import Sentence
from claimlint.text.lexicon import Lexicon, PhraseMatch

_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")
_NUMBER = re.compile(r"\d")
_NEGATION = re.compile(r"(?i)\b(?:not|cannot|never|no\s+longer)\b|n['’]t\b")
#: Words a message never names as the reason for a score (they carry no meaning alone).
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "that",
        "this",
        "these",
        "those",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "our",
        "your",
        "their",
        "we",
        "you",
        "they",
        "he",
        "she",
        "his",
        "her",
        "my",
        "me",
        "us",
    }
)
MODEL_VERSION = 1


class Model(NamedTuple):
    """A logistic model: a bias and a weight per feature name."""

    bias: float
    weights: Mapping[str, float]

    def score(self, features: Iterable[str]) -> float:
        """The probability that a sentence with ``features`` is a claim."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


class ModelFile(Param[Model]):
    """A model file (YAML: ``version``, ``bias``, ``weights``) named relative to the rule."""

    shape = "the name of a model file beside the rule (YAML with bias and weights)"

    def decode(self, value: Any, given: Given) -> Model:
        if not isinstance(value, str) or not value.strip():
            raise self.wrong(given)
        path = Path(given.loc.path).parent / value
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            message = f"cannot read model '{value}': {exc.strerror}"
            raise rule_error(given.loc, message, self.key) from None
        return read_model(text, str(path), given.loc, self.key)

    def default(self, given: Given) -> Model:
        return Model(0.0, {})


def read_model(text: str, path: str, loc: Located, key: str) -> Model:
    """Decode a model file's text; a rule error at the rule's ``key`` when it is not one."""
    try:
        data = load_located(text, path).data
    except YamlError as exc:
        raise rule_error(loc, f"model '{path}' is not valid YAML: {exc}", key) from None
    if (
        not isinstance(data, dict)
        or data.get("version") != MODEL_VERSION
        or not isinstance(data.get("bias"), (int, float))
        or not isinstance(data.get("weights"), dict)
    ):
        raise rule_error(
            loc, f"model '{path}' needs version: {MODEL_VERSION}, a bias and weights", key
        )
    weights: dict[str, float] = {}
    for name, weight in data["weights"].items():
        if not isinstance(name, str) or not isinstance(weight, (int, float)):
            raise rule_error(loc, f"model '{path}': weights map feature names to numbers", key)
        weights[name] = float(weight)
    return Model(float(data["bias"]), weights)


class Classes(Param[dict[str, TermSet]]):
    """Named phrase classes: a mapping of class name to phrases or ``@lexicon`` names."""

    shape = "a mapping of class name to a list of phrases or @lexicon names"

    def decode(self, value: Any, given: Given) -> dict[str, TermSet]:
        if not isinstance(value, dict) or not value:
            raise self.wrong(given)
        out: dict[str, TermSet] = {}
        for name, phrases in value.items():
            if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9-]*", name):
                raise rule_error(given.loc, "class names are lower-case words", self.key, name)
            inner = Phrases("", key=f"{self.key}:{name}")
            one = Given(
                given.kind, given.rule_id, {inner.key: phrases}, given.loc, given.lexicons, {}
            )
            out[name] = inner.decode(phrases, one)
        return out

    def default(self, given: Given) -> dict[str, TermSet]:
        return {}


#: People named by a condition they have, right before it ("levels fall in people with
#: long-term substance use"): the condition says who, not what changes.
_WHO_HAVE = re.compile(
    r"(?i)\b(?:people|patients|those|adults|children|kids|teens|women|men|individuals|anyone"
    r"|someone|users|veterans)\s+(?:with|who\s+(?:have|had)|living\s+with|suffering\s+from)"
    r"\s+(?:[\w'’-]+\s+){0,2}$"
)
#: A capitalised word right after a capitalised gate word: part of a name ("Healing Path").
_TITLED_NEXT = re.compile(r"\s+[A-Z][a-z]")


def _modifies(text: str, m: PhraseMatch, heads: set[int]) -> bool:
    """True when a head noun follows ``m`` after one space ("recovery lounge")."""
    return text.startswith(" ", m.end) and (m.end + 1) in heads


def featurize(
    text: str, block_kind: str, found: Iterable[tuple[str, int, int]]
) -> tuple[set[str], dict[str, tuple[int, int]]]:
    """The features of a sentence ``text`` in a block of ``block_kind``, given the classes
    ``found`` in it as (class, start, end); and where each word feature first stands."""
    lower = text.lower()
    words: dict[str, tuple[int, int]] = {}
    for m in _WORD.finditer(lower):
        words.setdefault("w:" + m.group().replace("’", "'"), (m.start(), m.end()))
    features = set(words)
    first = next(iter(words), None)
    if first is not None:
        features.add("f:" + first[2:])
    spans: dict[str, list[tuple[int, int]]] = {}
    for name, start, end in found:
        spans.setdefault(name, []).append((start, end))
        features.add("c:" + name)
    for a, a_spans in spans.items():
        first_end = min(e for _, e in a_spans)
        for b, b_spans in spans.items():
            if a != b and any(s >= first_end for s, _ in b_spans):
                features.add(f"p:{a}<{b}")
    if block_kind in ("heading", "front-matter"):
        features.add("s:heading")
    elif block_kind == "list-item":
        features.add("s:list")
    elif block_kind == "table-cell":
        features.add("s:table")
    if "w:you" in words or "w:your" in words:
        features.add("s:you")
    if _NUMBER.search(text):
        features.add("s:number")
    if len(words) <= 8:
        features.add("s:short")
    return features, words


class ScoredKind(Kind):
    """Report a sentence a trained linear model scores as a claim."""

    name = "scored"
    scopes = ("sentence", "heading", "block", "front-matter")

    scored_on = Phrases(
        "A sentence is scored only when it holds one of these (the outcomes).",
        key="gate",
        required=True,
    )
    features = Classes("Phrase classes whose presence and order are features of the model.")
    model = ModelFile("The model file, relative to the rule file.", required=True)
    threshold = Integer(50, 1, 99, "Report a sentence whose score, in percent, is at least this.")
    skip_cited = Flag(True, "A sentence that carries a citation is not scored.")
    unless = Phrases("Phrases (hedges) that keep a sentence from being scored.")
    not_outcome_before = Phrases(
        "Nouns that make a gate phrase right before them a modifier, not an outcome"
        ' ("recovery lounge", "breathing exercise").'
    )
    anchors = Names(
        "feature classes",
        "Classes of ``features`` of which the sentence must hold one besides its outcome (who"
        " or what makes the claim: a treatment, the clinic, the reader, a group of people).",
    )
    defer_to = Names(
        "categories",
        "Categories whose finding on the sentence, by a rule run before this one, makes this"
        " rule stand back (it catches what the other rules miss).",
    )

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        self.record: list[tuple[Sentence, set[str]]] | None = None
        """When a list (training), every scored sentence and its features are added to it."""
        self.by_tag = {ts.tag: name for name, ts in self.features.items()}
        self.gate = Needs.of(tags_of((self.scored_on,)))

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return tagged(
            (self.scored_on, self.unless, self.not_outcome_before, *self.features.values())
        )

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        text = unit.text
        if is_question(text):
            return
        matches = ctx.matches(unit)
        if self.unless.tag in ctx.tags(unit) or _NEGATION.search(text):
            return  # hedged, or a denial (other rules read the negated claims)
        if lead_in_holds(unit, ctx, self.unless):
            return  # a list item finishing a hedged lead-in
        heads = {m.start for m in matches if self.not_outcome_before.tag in m.tags}
        scored_at = {m.start for m in matches if self.scored_on.tag in m.tags}
        outcomes = [
            m
            for m in matches
            if self.scored_on.tag in m.tags
            and not _modifies(text, m, heads)
            and not (m.text[:1].isupper() and _TITLED_NEXT.match(text, m.end))
            and not persons_case(text, m.start)
            and not _WHO_HAVE.search(text, max(0, m.start - 48), m.start)
            # "Jessica, 38, lost 42 pounds": her case
            and not tells_one_case(text, m.start, scored_at)
        ]
        if not outcomes or all(is_negated(text, m.start) for m in outcomes):
            return  # no outcome left, or every one of them negated
        if self.skip_cited and citation_map(ctx.document).carries_citation(unit):
            return
        found = [
            (self.by_tag[tag], m.start, m.end)
            for m in matches
            for tag in m.tags
            if tag in self.by_tag
        ]
        if self.anchors and not any(name in self.anchors for name, _, _ in found):
            return  # no one makes a claim in it: a topic, a heading, a place
        reported = self._reported_before(unit, ctx)
        if reported and self.record is None:
            return  # another rule reports this sentence: this one catches the rest
        features, words = featurize(text, unit.block.kind, found)
        if self.record is not None:  # training: every sentence the model may score
            self.record.append((unit, features))
            if reported:
                return
        p = self.model.score(features)
        if p * 100 < self.threshold:
            return
        yield self._hit(text, outcomes, features, words, p)

    def _reported_before(self, unit: Sentence, ctx: Context) -> bool:
        """True when a rule run before this one reported ``unit`` under a ``defer-to``
        category (the hits of the sentence being read are the last recorded)."""
        for category in self.defer_to:
            for seen, _ in reversed(ctx.reported(category)):
                if seen is not unit:
                    break
                return True
        return False

    def _hit(
        self,
        text: str,
        outcomes: list[PhraseMatch],
        features: set[str],
        words: dict[str, tuple[int, int]],
        p: float,
    ) -> Hit:
        weights = self.model.weights
        top = sorted(
            (
                f
                for f in features
                if f.startswith("w:") and f[2:] not in _FUNCTION_WORDS and weights.get(f, 0.0) > 0.0
            ),
            key=lambda f: (-weights[f], words[f][0]),
        )[:3]
        cues = ", ".join(f"'{text[words[f][0] : words[f][1]]}'" for f in top)
        out = outcomes[0]
        start = min([out.start, *(words[f][0] for f in top)])
        end = max([out.end, *(words[f][1] for f in top)])
        return Hit(
            start,
            end,
            {
                "match": text[start:end],
                "outcome": out.text,
                "cues": cues or f"'{out.text}'",
                "score": f"{p:.2f}",
            },
        )
