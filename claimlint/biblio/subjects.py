"""What a sentence or a title is about, and whether two of them share a subject.

A subject is a drug, condition, mechanism, treatment or population. Two texts
share one when they name the same concept, through a small domain synonym list
(psilocybin ~ psychedelic ~ "magic mushrooms", depression ~ depressive ~ MDD,
ketamine ~ esketamine ~ NMDA antagonist), or when they share a content word
once research vocabulary ("study", "randomized", "patients", "efficacy") and
function words are set aside. Words are compared by a light stem (plural and
common endings dropped, then the first seven letters), so British and American
spellings that differ late in the word ("randomised", "anaesthesia") meet.

The measure is deliberately generous: ``citation-irrelevant`` reports only a
citation whose title shares nothing at all with the sentence citing it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from claimlint.core.builtin import builtin_rules_dir, read_term_map

#: Where the concepts are: concept -> terms (see the file's header).
CONCEPTS_FILE = ("vocabulary", "subject-concepts.yml")


@lru_cache(maxsize=1)
def concepts() -> dict[str, tuple[str, ...]]:
    """Concept -> terms, read once from the built-in pack. A trailing ``*`` matches any
    ending; other single words also match their plural. One term may stand in several
    concepts (ketamine is a glutamate drug)."""
    data = read_term_map(*CONCEPTS_FILE)
    short = [t for terms in data.values() for t in terms if t.endswith("*") and len(t) <= 4]
    if short:
        path = builtin_rules_dir().joinpath(*CONCEPTS_FILE)
        raise ValueError(f"{path}: a term ending in * needs four letters before it: {short[0]}")
    return data


#: Words that say nothing about a subject: function words, research and reporting words,
#: generic clinical words. Listed as written; they are stemmed like everything else.
_GENERIC_WORDS = """
a about above across after again against all almost also although always among an and
another any are around as at be because been before being below between both but by can
could did do does doing done down during each either else even ever every few for from
further had has have having he her here hers him his how however i if in into is it its
itself just least less like likely many may more most much must my near nearly neither no
nor not now of off often on once one only or other others otherwise our ours out over own
per perhaps rather same several she should since so some such than that the their theirs
them then there these they this those though through thus to too toward towards under
until up upon us very via was we well were what when where whether which while who whom
whose why will with within without would yet you your yours

study studies studied trial trials trialled trialed research researcher researchers
randomized randomised randomly controlled control controls placebo sham blind double
single triple open label pilot phase multicenter multicentre multisite site sites
patient patients participant participants people person persons subject subjects adult
adults individual individuals men women male female healthy volunteer volunteers
sample cohort group groups arm arms population populations case cases
effect effects effective effectiveness efficacy efficacious safety safe outcome
outcomes result results finding findings found find finds evidence data analysis
analyses analytic analyzed analysed review reviews systematic meta synthesis
synthesizing overview update perspective perspectives commentary consensus statement
expert opinion opinions guideline guidelines recommendation recommendations implication
implications evaluation evaluating assessment assessing measure measures measured
measurement scale scales score scores rate rates rating response responses responder
responders remission relapse rapid rapidly fast quick slow long longer term short
follow followup week weeks month months year years day days hour hours time times
dose doses dosed dosing dosage repeated repeat single first second third new novel
current future recent recently early late later previous prior
treatment treatments treat treated treating therapy therapies therapeutic therapeutics
clinical clinic clinics clinician clinicians care health healthcare medical medicine
medicines medication medications drug drugs agent agents compound compounds
intervention interventions approach approaches management program programme
programs programmes service services practice practices setting settings
disorder disorders disease diseases illness illnesses condition conditions symptom
symptoms severity severe moderate mild chronic acute major minor
role use used using uses usage based associated association associations among
versus vs compared comparison comparing comparative acceptability change changes
changed increase increased increases increasing decrease decreased decreases reduce
reduced reduces reduction improve improved improves improvement improvements
potential possible evaluation demonstrate demonstrated shows show showed shown
suggest suggests suggested report reports reported describe described find
conclude concluded help helps helped work works worked lead leads led make makes made
high higher low lower level levels large larger small smaller significant significantly
greater great well better best important key main primary secondary
mechanism mechanisms action actions function functions functional biological molecular
pathway process processes factor factors model models
mental psychiatric psychiatry psychological psychology behavioral behavioural brain
human humans life lives world real way ways part parts number total full
united states national international american european global
efficacy tolerability acceptability
enhance enhanced enhances enhancing induce induced induces inducing induction promote
promoted promotes promoting activate activated activates activation facilitate
facilitated facilitates facilitating support supported supports supporting provide
provided provides providing produce produced produces producing involve involved
involves involving include included includes including require required requires
remain remained remains begin began begun explore explored exploring examine examined
examines evaluate evaluated evaluates test tested testing assess assessed investigate
investigated investigating consider considered need needs needed offer offered offers
allow allowed allows enable enabled enables receive received receiving give given gave
take taken took start started keep kept continue continued become became remain
develop developed development new insight insights understanding understand known
unknown common rare typical typically general generally specific overall average
various different similar same other additional further additive multiple numerous
across against whole entire complete completely substantial sustained lasting durable
beyond following followed before after earlier later first last next final
term terms type types kind kinds form forms level area areas field fields role roles
case approach system systems structure structures activity
essential crucial critical vital necessary important importance central core
"""


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    w = word
    for suffix, repl in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ing", ""),
        ("edly", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4 and not w.endswith(("ss", "us", "is")):
            w = w[: -len(suffix)] + repl
            break
    return w[:7]


_POSSESSIVE = re.compile(r"['’]s\b")
_WORD = re.compile(r"[a-z0-9]+")
#: A run of characters outside ASCII: only they can be combining marks.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _drop_marks(run: re.Match[str]) -> str:
    return "".join(ch for ch in run.group() if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    """The words of ``text``: case, diacritics, possessive "'s" and punctuation dropped."""
    text = text.casefold()
    if not text.isascii():  # ASCII has nothing to decompose
        text = _NON_ASCII.sub(_drop_marks, unicodedata.normalize("NFKD", text))
    text = _POSSESSIVE.sub("", text)
    return _WORD.findall(text)


_GENERIC = frozenset(_stem(w) for w in _GENERIC_WORDS.split())


class _Vocabulary:
    """The synonym list as lookup tables over the words of a normalised text.

    A term matches a run of whole words: its words in order, the last one with a plural
    ending ("s", "es") or, for a ``*`` term, any ending. Looking each word of the text up
    once (:func:`_word_concepts`) and the few words that start a longer term again finds
    every concept in one pass instead of one regular-expression search per concept.
    """

    __slots__ = ("names", "phrases", "prefixes", "words")

    def __init__(self, concepts: dict[str, tuple[str, ...]]) -> None:
        self.names = tuple(concepts)
        # a whole word (with its plural forms) -> concepts of single-word terms
        self.words: dict[str, set[int]] = {}
        # first four letters -> (prefix, concept) of single-word ``*`` terms
        self.prefixes: dict[str, list[tuple[str, int]]] = {}
        # first word -> (the other words, last word takes any ending, concept)
        self.phrases: dict[str, list[tuple[tuple[str, ...], bool, int]]] = {}
        for c, terms in enumerate(concepts.values()):
            for term in terms:
                star = term.endswith("*")
                words = _words(term.rstrip("*"))
                if len(words) > 1:
                    self.phrases.setdefault(words[0], []).append((tuple(words[1:]), star, c))
                elif star:
                    assert len(words[0]) >= _PREFIX_KEY, term
                    key = words[0][:_PREFIX_KEY]
                    self.prefixes.setdefault(key, []).append((words[0], c))
                else:
                    for form in _forms(words[0]):
                        self.words.setdefault(form, set()).add(c)

    def single(self, word: str) -> frozenset[int]:
        """Concepts of the one-word terms ``word`` matches."""
        found = set(self.words.get(word, ()))
        for prefix, c in self.prefixes.get(word[:_PREFIX_KEY], ()):
            if word.startswith(prefix):
                found.add(c)
        return frozenset(found)

    def concepts(self, words: list[str], distinct: set[str]) -> frozenset[str]:
        """Names of the concepts the words (``distinct``: the same as a set) name, in
        synonym-list order."""
        found: set[int] = set().union(*map(_word_concepts, distinct))
        for first in self.phrases.keys() & distinct:
            at: list[int] | None = None  # where the first word stands, once asked
            for rest, star, c in self.phrases[first]:
                if c in found:
                    continue
                if at is None:
                    at = [i for i, word in enumerate(words) if word == first]
                if any(_phrase_at(words, i + 1, rest, star) for i in at):
                    found.add(c)
        return frozenset(name for c, name in enumerate(self.names) if c in found)


#: Length of the shortest ``*`` term, the key of ``_Vocabulary.prefixes``.
_PREFIX_KEY = 4


def _forms(word: str) -> tuple[str, str, str]:
    """A term's word and its plural forms."""
    return word, word + "s", word + "es"


def _phrase_at(words: list[str], i: int, rest: tuple[str, ...], star: bool) -> bool:
    """True when ``words[i:]`` starts with ``rest``, its last word with an allowed ending."""
    end = i + len(rest) - 1
    if end >= len(words) or words[i:end] != list(rest[:-1]):
        return False
    last = words[end]
    return last.startswith(rest[-1]) if star else last in _forms(rest[-1])


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(concepts())


@lru_cache(maxsize=8192)
def _word_concepts(word: str) -> frozenset[int]:
    """Concepts (indexes) a word names on its own (cached: texts share most words)."""
    return _vocabulary().single(word)


@lru_cache(maxsize=8192)
def _content_stem(word: str) -> str | None:
    """The stem of a content word, None for a short, generic or non-alphabetic word."""
    if len(word) >= 4 and word.isalpha():
        stem = _stem(word)
        if stem not in _GENERIC:
            return stem
    return None


class Subjects(NamedTuple):
    """What a text is about."""

    concepts: frozenset[str]
    """Concepts of the synonym list the text names."""
    stems: frozenset[str]
    """Stems of its other content words."""
    compounds: frozenset[str] = frozenset()
    """What its "-therapy" words are the therapy of: "hypno" of "hypnotherapy"."""
    words: frozenset[str] = frozenset()
    """Its words, for another text's ``compounds`` to begin."""

    def shared(self, other: Subjects) -> frozenset[str]:
        """Concepts and stems the two texts have in common, and a "-therapy" word of one
        whose first part begins a word of the other ("hypnotherapy" and "hypnosis")."""
        return (
            (self.concepts & other.concepts)
            | (self.stems & other.stems)
            | _begun(self.compounds, other.words)
            | _begun(other.compounds, self.words)
        )

    def __bool__(self) -> bool:
        return bool(self.concepts or self.stems)


def subjects(text: str) -> Subjects:
    """The concepts and content-word stems of ``text``."""
    words = _words(text)
    distinct = set(words)
    concepts = _vocabulary().concepts(words, distinct)
    stems = frozenset(filter(None, map(_content_stem, words)))  # stems are never ""
    compounds = frozenset(
        m.group(1)
        for w in distinct
        if "therap" in w and (m := _THERAPY_COMPOUND.fullmatch(w)) is not None
    )
    return Subjects(concepts, stems, compounds, frozenset(distinct))


def _begun(compounds: frozenset[str], words: frozenset[str]) -> frozenset[str]:
    """The ``compounds`` that begin a longer word of ``words`` ("hypno": "hypnosis")."""
    if not compounds:
        return frozenset()
    return frozenset(
        c
        for c in compounds
        if any(len(w) > len(c) and len(w) >= 6 and w.startswith(c) and w.isalpha() for w in words)
    )


#: A word made of what a therapy works with and "therapy" ("hypnotherapy",
#: "hydrotherapy", "chemotherapy"): the first part, of five letters or more, names its
#: subject as the words it begins do ("hypnosis", "chemotherapy" ~ "chemoradiation").
_THERAPY_COMPOUND = re.compile(r"([a-z]{5,7})(?:o)?therap(?:y|ies|ist|ists|eutic)")
