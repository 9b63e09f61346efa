#!/usr/bin/env python3
"""Write the lexicons of ``rules/lexicons/`` that are products of a few word lists.

Usage (from anywhere):

    python scripts/gen_lexicons.py           # rewrite the files that differ
    python scripts/gen_lexicons.py --check   # only tell: exit 1 naming each stale file

Each lexicon below is built from commented parts: subjects, verb forms, adverbs and the
like, every one combined with every other, plus the fixed phrases that are a product of
nothing. The files are output: change the parts here and run the script, never the
files by hand (``tests/test_gen_lexicons.py`` fails when a file and this script
disagree). A term two parts both make is written once.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from claimlint.text.lexicon import noun_forms, verb_forms

LEXICONS = Path(__file__).resolve().parents[1] / "rules" / "lexicons"
HEADER = (
    "# Written by scripts/gen_lexicons.py from the parts listed there: change those and\n"
    "# run it, not this file (tests/test_gen_lexicons.py checks the two agree).\n"
)


@dataclass(frozen=True)
class Section:
    """Terms under one comment."""

    comment: str
    terms: Sequence[str]


@dataclass(frozen=True)
class Generated:
    """A lexicon file: its name, description and terms by section."""

    name: str
    description: str
    sections: Sequence[Section]

    def terms(self) -> list[str]:
        """Every term once, in order of first appearance."""
        return list(dict.fromkeys(t for s in self.sections for t in s.terms))


#: Evidence badges: a participle of support with "by", "in" or "on" and an evidence noun
#: ("backed by science", "grounded in research"), an adverb of evidence before a participle
#: ("clinically validated"), and the compound ("science-backed").
_BADGE_PARTICIPLES = ("backed", "supported", "validated", "grounded", "rooted", "underpinned")
_BADGE_NOUNS = (
    *("science", "research", "evidence", "data", "studies"),
    *("clinical research", "clinical evidence", "clinical data", "clinical studies"),
    "clinical trials",
)
_BADGE_ADVERBS = ("clinically", "scientifically", "medically")
_BADGE_ADVERB_PARTICIPLES = ("proven", "backed", "supported", "validated", "tested", "verified")


def _badges() -> list[str]:
    """Every badge of :data:`_BADGE_PARTICIPLES` and the rest, in a fixed order."""
    out: list[str] = []
    for participle in _BADGE_PARTICIPLES:
        for prep in ("by", "in") if participle in ("grounded", "rooted") else ("by",):
            out += [f"{participle} {prep} {noun}" for noun in _BADGE_NOUNS]
    out += [f"based on {noun}" for noun in _BADGE_NOUNS if noun != "data"]
    out += ["proven by research", "proven by science"]
    out += [f"{adverb} {p}" for adverb in _BADGE_ADVERBS for p in _BADGE_ADVERB_PARTICIPLES]
    for noun in ("science", "research", "evidence", "data"):
        out += [f"{noun}-{p}" for p in ("backed", "supported", "validated")]
    # "evidence-based" names a kind of care ("evidence-based therapies such as CBT")
    return [*out, "research-based", "science-based"]


def combine(*parts: Sequence[str]) -> list[str]:
    """Every way of taking one item of each part, in order, joined by spaces (an empty
    item adds nothing: ``combine(["patients"], ["", "often"], ["say"])`` is
    "patients say", "patients often say")."""
    out = [""]
    for part in parts:
        out = [f"{head} {item}".strip() for head in out for item in part]
    return out


# ------------------------------------------------------------------------------------------
# evidence-cues

#: Kinds of study, one at a time: they take singular verbs ("a review finds").
STUDY_KINDS = [
    "clinical trial",
    "experiment",
    "meta-analysis",
    "report",
    "research study",
    "review",
    "scientific study",
    "study",
    "survey",
    "systematic review",
    "trial",
]
#: The same kinds in the plural ("trials show").
STUDY_KINDS_PLURAL = [
    "clinical trials",
    "experiments",
    "meta-analyses",
    "reports",
    "research studies",
    "reviews",
    "scientific studies",
    "studies",
    "surveys",
    "systematic reviews",
    "trials",
]
#: Uncountable nouns for a body of evidence: singular verbs ("research shows").
EVIDENCE = ["data", "evidence", "research", "science"]
#: The sciences of medicine named as the source of a finding ("neuroscience confirms",
#: "sports science shows"): uncountable, singular verbs, as the evidence nouns.
EVIDENCE += ["neuroscience", "medical science", "brain science", "sports science"]
EVIDENCE += ["sleep science", "nutrition science", "nutritional science", "modern medicine"]
EVIDENCE += ["modern science", "clinical science", "clinical research", "clinical evidence"]
#: The people whose word stands for research: plural verbs ("experts agree").
EXPERTS = [
    "clinicians",
    "doctors",
    "experts",
    "neuroscientists",
    "physicians",
    "psychiatrists",
    "researchers",
    "scientists",
]
#: Reporting verbs in the present, as said of plural subjects; singular ones add -s.
REPORTING = [
    "confirm",
    "demonstrate",
    "find",
    "indicate",
    "link",
    "prove",
    "report",
    "reveal",
    "show",
    "suggest",
    "support",
]
#: Present-tense verbs said only of plural subjects ("studies say", "experts agree").
PLURAL_REPORTING = ["agree", "say"]
#: The simple past, for every subject.
REPORTED = [
    "concluded",
    "confirmed",
    "demonstrated",
    "discovered",
    "established",
    "found",
    "indicated",
    "linked",
    "proved",
    "reported",
    "revealed",
    "showed",
    "suggested",
    "supported",
]
#: Past participles, after "has" or "have".
HAVE_REPORTED = [
    "confirmed",
    "demonstrated",
    "established",
    "found",
    "indicated",
    "linked",
    "proved",
    "proven",
    "revealed",
    "shown",
    "suggested",
]
#: Subjects that also "discover(s)" and "have discovered" (added later, for these only):
#: singular ones ...
DISCOVERING = [
    *EVIDENCE,
    "a study",
    "the study",
    "one study",
    "new research",
    "recent research",
]
#: ... and plural ones.
DISCOVERING_PLURAL = [
    "clinical trials",
    "doctors",
    "experts",
    "neuroscientists",
    "researchers",
    "scientists",
    "studies",
    "trials",
]


#: Spanish, for the bilingual posts of clinics that serve Spanish speakers: the evidence
#: nouns with their article, singular and plural, and the reporting verbs in the present,
#: the preterite and the perfect ("los estudios demuestran", "la ciencia ha demostrado").
ES_ONE = ["la investigación", "la ciencia", "la evidencia", "un estudio", "el estudio"]
ES_ONE += ["un ensayo", "un ensayo clínico", "una revisión", "un metaanálisis", "un análisis"]
ES_ONE += ["la evidencia científica", "la literatura científica", "el estudio científico"]
ES_MANY = ["los estudios", "estudios", "las investigaciones", "investigaciones"]
ES_MANY += ["los ensayos", "ensayos", "los ensayos clínicos", "ensayos clínicos"]
ES_MANY += ["los investigadores", "investigadores", "los expertos", "expertos"]
ES_MANY += ["los científicos", "científicos", "los médicos", "los especialistas"]
ES_MANY += ["las revisiones", "los datos", "las pruebas"]
ES_PRESENT_ONE = ["muestra", "demuestra", "confirma", "indica", "sugiere", "prueba"]
ES_PRESENT_ONE += ["revela", "respalda", "encontró", "demostró", "mostró", "confirmó"]
ES_PRESENT_ONE += ["concluyó", "reveló", "probó", "ha demostrado", "ha mostrado"]
ES_PRESENT_ONE += ["ha confirmado", "ha encontrado", "ha probado", "ha comprobado"]
ES_PRESENT_MANY = ["muestran", "demuestran", "confirman", "indican", "sugieren", "prueban"]
ES_PRESENT_MANY += ["revelan", "respaldan", "coinciden", "recomiendan", "afirman"]
ES_PRESENT_MANY += ["encontraron", "demostraron", "mostraron", "confirmaron", "concluyeron"]
ES_PRESENT_MANY += ["han demostrado", "han mostrado", "han confirmado", "han encontrado"]
ES_PRESENT_MANY += ["han probado", "han comprobado"]
ES_FIXED = [
    "según los expertos",
    "según los estudios",
    "según la investigación",
    "según las investigaciones",
    "según los investigadores",
    "según la ciencia",
    "según los científicos",
    "según estudios",
    "según investigaciones",
    "según expertos",
    "según especialistas",
    "según investigadores",
    "según los especialistas",
    "según los médicos",
    "según los datos",
    "respaldado por la ciencia",
    "respaldada por la ciencia",
    "respaldado por estudios",
    "respaldada por estudios",
    "avalado por la ciencia",
    "avalada por la ciencia",
    "científicamente probado",
    "científicamente probada",
    "clínicamente probado",
    "clínicamente probada",
    "está demostrado",
    "está comprobado",
    "se ha demostrado",
]


def _said_by_one(subjects: Sequence[str], present: Sequence[str]) -> list[str]:
    """``subjects`` (singular) with the verbs' present, past and perfect."""
    third = [f"{verb}s" for verb in present]
    return combine(subjects, [*third, *REPORTED, *combine(["has"], HAVE_REPORTED)])


def _said_by_many(subjects: Sequence[str], present: Sequence[str]) -> list[str]:
    """``subjects`` (plural) with the verbs' present, past and perfect."""
    return combine(subjects, [*present, *REPORTED, *combine(["have"], HAVE_REPORTED)])


def evidence_cues() -> Generated:
    return Generated(
        "evidence-cues",
        "Appeals to research that need a citation: an evidence noun with a reporting verb "
        '("studies show", "researchers have found"), attributions ("according to '
        'researchers"), and badges ("backed by science"). Generated by '
        "scripts/gen_lexicons.py: every evidence noun with every reporting verb form, "
        "singular and plural, plus fixed phrases.",
        [
            Section(
                "a kind of study or a body of evidence, singular, with a reporting verb",
                _said_by_one([*STUDY_KINDS, *EVIDENCE], REPORTING),
            ),
            Section(
                "kinds of study and experts, plural, with a reporting verb",
                _said_by_many([*STUDY_KINDS_PLURAL, *EXPERTS], [*REPORTING, *PLURAL_REPORTING]),
            ),
            Section(
                '"data" as a plural, as careful writers use it ("early data suggest")',
                _said_by_many(["data"], [*REPORTING, *PLURAL_REPORTING]),
            ),
            Section(
                "discovering",
                [
                    *combine(DISCOVERING, ["discovers", "discovered", "has discovered"]),
                    *combine(DISCOVERING_PLURAL, ["discover", "discovered", "have discovered"]),
                ],
            ),
            Section(
                "Spanish: an evidence noun with a reporting verb, and fixed phrases",
                [
                    *combine(ES_ONE, ES_PRESENT_ONE),
                    *combine(ES_MANY, ES_PRESENT_MANY),
                    *ES_FIXED,
                ],
            ),
            Section(
                "brain imaging as evidence",
                [
                    "brain scans show",
                    "brain scans have shown",
                    "brain scans reveal",
                    "scans show",
                    "scans have shown",
                    "brain imaging shows",
                    "brain imaging has shown",
                    "imaging studies show",
                    "imaging studies have shown",
                    "MRI scans show",
                    "neuroimaging shows",
                    "neuroimaging studies show",
                ],
            ),
            Section(
                "attributions",
                [
                    "according to a recent study",
                    "according to a study",
                    "according to experts",
                    "according to recent research",
                    "according to research",
                    "according to researchers",
                    "according to scientists",
                    "according to studies",
                    "according to the latest research",
                    "according to the research",
                    "according to the science",
                ],
            ),
            Section(
                "badges",
                [
                    *_badges(),
                    "backed by rigorous",
                    "backed up by research",
                    "backed up by science",
                    "is clinically proven",
                ],
            ),
            Section(
                "the volume or age of research, offered as support",
                [
                    "decades of research",
                    "decades of data",
                    "decades of evidence",
                    "decades of studies",
                    "decades of science",
                    "hundreds of studies",
                    "thousands of studies",
                    "a wealth of research",
                    "a mountain of research",
                    "a large body of research",
                    "a growing body of research",
                    "a large body of evidence",
                    "extensively researched",
                    "thoroughly researched",
                    "well researched",
                    "well-researched",
                    "extensively studied",
                    "well studied",
                    "well-studied",
                    "exhaustively studied",
                ],
            ),
            Section(
                "research that backs a claim",
                [
                    "research backs it up",
                    "research backs this up",
                    "their research backs",
                    "the research backs",
                    "science backs it up",
                    "the science backs",
                    "data backs it up",
                    "evidence backs it up",
                ],
            ),
            Section(
                "research described, not named",
                [
                    "a growing body of evidence",
                    "a growing body of research",
                    "a large body of evidence",
                    "a wealth of research",
                    "a recent study",
                    "countless studies",
                    "cutting-edge research",
                    "decades of research",
                    "groundbreaking research",
                    "groundbreaking study",
                    "landmark study",
                    "landmark trial",
                    "latest research",
                    "many studies",
                    "multiple studies",
                    "new research",
                    "numerous studies",
                    "peer-reviewed research",
                    "peer-reviewed studies",
                    "recent research",
                    "recent studies",
                    "several studies",
                ],
            ),
            Section(
                "a study as where something was found",
                [
                    "in a landmark study",
                    "in a recent study",
                    "in a study",
                    "in clinical studies",
                    "in clinical trials",
                    "in one study",
                    "in research studies",
                    "in studies",
                ],
            ),
            Section(
                "publication without a reference",
                [
                    "a meta-analysis published in",
                    "a paper published in",
                    "a review published in",
                    "a study published in",
                    "a trial published in",
                    # whatever stands before the kind of work ("a landmark 2008 study
                    # published in")
                    "meta-analysis published in",
                    "paper published in",
                    "review published in",
                    "study published in",
                    "trial published in",
                    "trials published in",
                    "research published in",
                    "studies published in",
                    "published in a leading journal",
                    "published in the journal",
                ],
            ),
            Section(
                "shown, by whom unsaid",
                ["had been shown to", "has been shown to", "have been shown to"],
            ),
            Section(
                "the evidence called settled",
                combine(
                    [
                        "the data are",
                        "the data is",
                        "the evidence is",
                        "the research is",
                        "the science is",
                        "the evidence is now",
                        "the science is now",
                    ],
                    ["clear", "settled", "in", "conclusive", "unequivocal", "overwhelming"],
                ),
            ),
            Section(
                "evidence said to exist, however hedged (an appeal all the same)",
                combine(
                    ["there is", "there's", "there is now", "there's now"],
                    ["", "some", "good", "strong", "growing", "emerging", "solid", "plenty of"],
                    ["evidence"],
                ),
            ),
        ],
    )


# ------------------------------------------------------------------------------------------
# reported-testimony

#: The clinic's clients, as pages name them.
TELLERS = [
    "patients",
    "clients",
    "our patients",
    "our clients",
    "veterans",
    "families",
    "guests",
    "members",
    "people",
]
#: How often they tell it: no adverb, or one.
HOW_OFTEN = ["", "often", "routinely", "regularly", "always", "frequently", "constantly"]
#: Verbs of telling.
TELLING = ["tell us", "say", "tell me", "describe", "write to us", "share"]
#: Left out: "people (often ...) say" is common wording that passes on no client's account.
UNTOLD = [("people", "say")]
#: More of the people a clinic hears from, by who its clients are or who speaks for them
#: ("parents tell us", "guys come back and tell me"); with these only a verb of telling the
#: clinic counts ("women say" passes on no one's account).
MORE_TELLERS = ["parents", "mums", "moms", "dads", "partners", "spouses", "wives", "husbands"]
MORE_TELLERS += ["men", "women", "guys", "ladies", "athletes", "runners", "golfers", "seniors"]
MORE_TELLERS += ["students", "kids", "teens", "our members", "our guests", "our families"]
MORE_TELLERS += ["our parents", "our veterans", "so many of our clients", "so many patients"]
#: Telling the clinic, and how a page says it happens again and again.
TELLING_US = ["tell us", "tell me", "keep telling us", "keep telling me", "write to tell us"]
TELLING_US += ["come back and tell us", "come back and tell me", "tell us all the time"]
TELLING_US += ["tell me all the time", "report back that"]
TELLING_US += ["come back telling us", "come back telling me", "come back saying"]


def reported_testimony() -> Generated:
    told = [
        term
        for teller in TELLERS
        for term in combine([teller], HOW_OFTEN, TELLING)
        if (teller, term.rsplit(" ", 1)[-1]) not in UNTOLD
    ]
    return Generated(
        "reported-testimony",
        "Reported speech that passes on clients' accounts of outcomes in the clinic's own "
        'words ("our patients routinely tell us ..."). Generated by scripts/gen_lexicons.py '
        "from client nouns, frequency adverbs and speech verbs, plus fixed phrases.",
        [
            Section("a client noun, how often, a verb of telling", told),
            Section(
                "more of the clinic's people, how often, telling the clinic",
                combine([*TELLERS, *MORE_TELLERS], HOW_OFTEN, TELLING_US),
            ),
            Section(
                "the clinic hears it",
                [
                    "we hear from patients that",
                    "we often hear",
                    "we hear it every day",
                    "as one client put it",
                    "as one patient put it",
                    "in the words of one client",
                    "in the words of one patient",
                ],
            ),
            Section(
                "clients report",
                [
                    "our patients report",
                    "our clients report",
                    "patients consistently report",
                    "clients consistently report",
                    "our clients consistently report",
                    "our patients consistently report",
                ],
            ),
            Section(
                "customers",
                [
                    "customers tell us",
                    "customers say",
                    "every customer tells us",
                    "nearly every customer tells us",
                ],
            ),
        ],
    )


# ------------------------------------------------------------------------------------------
# typical-outcome-subjects

#: The people a clinic's outcomes happen to.
CLIENT_GROUPS = [
    "patients",
    "clients",
    "customers",
    "members",
    "guests",
    "veterans",
    "people",
    "participants",
    "children",
    "kids",
    "teens",
    "families",
    "users",
    "residents",
]
#: Adverbs that make an outcome the usual one ("patients typically").
TYPICALLY = ["typically", "consistently", "routinely", "invariably", "reliably"]
#: Those of them used after "our" ("our clients typically").
OUR_TYPICALLY = ["typically", "consistently", "routinely"]
#: Everyone who goes through the programme: with "who" and every completion verb below.
COMPLETERS = [
    "everyone",
    "anyone",
    "everybody",
    "those",
    "people",
    "children",
    "clients",
    "patients",
    "members",
    "families",
]
#: Completion verbs, both agreements (pages write both) and, for two, the past.
COMPLETES = [
    "completes",
    "complete",
    "finishes",
    "finish",
    "completed",
    "finished",
    "graduates",
    "graduate",
    "stays",
    "stay",
    "sticks with",
    "stick with",
]
#: More groups, with "who" or "that" and only the present of complete and finish.
FINISHERS = [
    "teens",
    "adults",
    "women",
    "men",
    "veterans",
    "families",
    "every family",
    "every client",
    "every patient",
    "every teen",
    "each family",
    "kids",
    "guests",
    "residents",
]
FINISHES = ["complete", "completes", "finish", "finishes"]


def typical_outcome_subjects() -> Generated:
    ours = [f"our {group}" for group in CLIENT_GROUPS]
    return Generated(
        "typical-outcome-subjects",
        'Ways a page presents an outcome as what clients typically get: "our patients '
        'consistently", "everyone who completes", "children who finish". Generated by '
        "scripts/gen_lexicons.py from client nouns with frequency adverbs and completion "
        'clauses. Quantifiers ("most of our patients", "nearly every customer") and figures '
        '("94%", "9 out of 10") are matched by the rule\'s pattern.',
        [
            Section(
                "a client group, and an adverb of the usual", combine(CLIENT_GROUPS, TYPICALLY)
            ),
            Section('"our" and a client group, and an adverb', combine(ours, OUR_TYPICALLY)),
            Section("whoever completes the programme", combine(COMPLETERS, ["who"], COMPLETES)),
            Section("a group that finishes", combine(FINISHERS, ["who", "that"], FINISHES)),
        ],
    )


# ------------------------------------------------------------------------------------------
# typical-like (CL122): a client's story likened to the usual one

#: How a page joins one client's story to everyone's: "like most of our patients", "as
#: most of our clients do", "which is what we see in most patients".
LIKENESSES = [
    "like",
    "just like",
    "as with",
    "as",
    "as do",
    "and so do",
    "so do",
    "which is what we see in",
    "which is what we see with",
    "what we see in",
    "the same story we hear from",
    "the same result we see in",
    "that's how",
    "that is how",
]
#: How many of them, said of "our" clients whatever noun follows ("like most of our IVF
#: patients").
OUR_SHARES = [
    "most of our",
    "nearly all of our",
    "almost all of our",
    "all of our",
    "so many of our",
    "the majority of our",
    "hundreds of our",
    "our other",
    "all our",
    "nearly all our",
    "almost all our",
]
#: The same said by a practitioner of their own practice ("like most of my patients").
OUR_SHARES += [share.replace("our", "my") for share in OUR_SHARES]
#: How many of them, said of a client noun right after: "as most patients do".
SHARES = ["most", "nearly all", "almost all", "the other", "hundreds of"]
#: One of every: "as almost every toddler we see".
EVERY = ["every", "nearly every", "almost every", "every other", "every single"]
#: The client nouns a likeness names, one and many (with the groups of
#: typical-outcome-subjects).
LIKENED_ONE = ["patient", "client", "member", "child", "toddler", "family", "couple", "person"]
LIKENED_MANY = [*CLIENT_GROUPS, "couples", "toddlers", "parents", "athletes", "men", "women"]


#: Everyone, and whom the clinic treats: "like nearly everyone we treat".
EVERYONE = ["everyone", "nearly everyone", "almost everyone", "everybody", "all our patients"]
EVERYONE += ["all of our patients", "all our clients", "all of our clients", "every patient"]
EVERYONE += ["every client", "all its patients", "all their patients"]
TREATED = ["we treat", "we see", "we work with", "who comes to us", "who walks in", "here"]
#: A result named as the usual one: "the usual result for our clients", "which is typical".
CALLED = ["the", "which is the", "that is the", "that's the", "this is the", "it's the"]
#: A result labelled as the usual one with no article, as a caption or list label opens
#: ("Typical result: ...", "Another typical outcome:"), or with another determiner.
LABELLED = ["", "a", "another", "our", "one"]
USUAL = ["usual", "typical", "standard", "normal", "expected", "everyday", "routine"]
RESULT_NOUNS = ["result", "results", "outcome", "outcomes", "progress", "story", "change"]
RESULT_NOUNS += ["improvement", "experience", "recovery"]
IS_STANDARD = ["which is standard", "which is typical", "which is usual", "which is normal"]
IS_STANDARD += ["which is routine", "the norm", "par for the course"]
#: Who sees the result: "the progress we see in every client", "the outcome families see".
SEEN_IN = ["we see in", "we see with", "we see for", "we get with", "we get for", "we achieve"]
SEEN_IN += ["we achieve for", "we achieve with", "families see", "parents see", "patients see"]
SEEN_IN += ["clients see", "our patients see", "our clients see", "everyone sees"]
#: What the clinic does for everyone: "that's what this place does for people".
THATS_WHAT = ["that's what", "that is what", "this is what", "which is what", "and that's what"]
DOERS = ["we", "this place", "this team", "our team", "this clinic", "our clinic", "they", "it"]
DOERS += ["I", "my practice", "my clinic", "my team"]
DOES_FOR = ["do for", "does for", "did for", "achieve for", "achieves for", "deliver for"]
#: "as it does for everyone", "as it has for all our patients".
AS_IT_DOES = ["as it does for", "as it did for", "as it has for", "as they do for", "as we do for"]
AS_IT_DOES += ["as it has done for", "just as it does for", "like it does for"]
CLIENTS_AS = ["our patients", "our clients", "patients here", "clients here", "they", "everyone"]
CLIENTS_AS += ["my patients", "my clients", "our families", "our members"]
ALWAYS_DO = ["always do", "always does", "all do", "invariably do", "reliably do"]
#: ... or are ("fully recovered, as our clients always are").
ALWAYS_DO += ["always are", "all are", "invariably are", "always have", "all have"]
#: The same result promised to the reader: "and they'll do the same for you".
SAME_FOR = ["they'll do the same for", "they will do the same for", "it will do the same for"]
SAME_FOR += ["it'll do the same for", "we'll do the same for", "we will do the same for"]
SAME_FOR += ["we can do the same for", "we do the same for"]
#: How often the clinic sees a result: "a result we see every week", "an outcome we get all
#: the time".
SEEN_OFTEN = ["every day", "every week", "every month", "every year", "all the time", "daily"]
SEEN_OFTEN += ["again and again", "time and again", "time after time", "week after week"]
#: The clinic said to do the same for everyone: "this team does that for all its patients".
DOES_SAME = ["does that for", "does this for", "does the same for", "did that for"]
DOES_SAME += ["did the same for"]
DOES_SAME += ["do that for", "do this for", "do the same for", "has done the same for"]
SAYS_SAME = ["says the same", "here says the same", "tells us the same", "reports the same"]
#: A result said to happen every time.
ALWAYS_HAPPENS = ["it happens every time", "it works every time", "every single time"]
ALWAYS_HAPPENS += ["each and every time", "without fail", "and neither will you"]
ALWAYS_HAPPENS += ["and so will you", "and you will too", "and you'll be next"]


def typical_like() -> Generated:
    return Generated(
        "typical-like",
        "A client's story likened to the clients' usual one: \"like most of our clients\", "
        '"as most of our patients do", "like nearly every child we treat", "which is what we '
        'see in most patients", "the same story we hear from hundreds of clients". Unlike '
        "`typical-story`, the likeness can be about anything (like most of our patients, she "
        "had tried three medications), so CL122 reads it only with an outcome in the "
        "sentence. Generated by scripts/gen_lexicons.py from the ways of likening, the "
        "shares of clients, and the client nouns.",
        [
            Section("a likeness, a share of our clients", combine(LIKENESSES, OUR_SHARES)),
            Section("a likeness, a share, the clients", combine(LIKENESSES, SHARES, LIKENED_MANY)),
            Section("a likeness, every one of them", combine(LIKENESSES, EVERY, LIKENED_ONE)),
            Section("a likeness, everyone we treat", combine(LIKENESSES, EVERYONE, TREATED)),
            Section("a result called the usual one", combine(CALLED, USUAL, RESULT_NOUNS)),
            Section(
                "a result labelled as the usual one",
                combine(LABELLED, USUAL, ["result", "results", "outcome", "outcomes"]),
            ),
            Section(
                "a result called the standard",
                combine(IS_STANDARD, ["for", "here", "with", "in", "at"]),
            ),
            Section("the result the clients see", combine(["the"], RESULT_NOUNS, SEEN_IN)),
            Section(
                "a result the clinic sees often",
                combine(["a", "an", "the"], RESULT_NOUNS, ["we see", "we get"], SEEN_OFTEN),
            ),
            Section("what the clinic does for everyone", combine(THATS_WHAT, DOERS, DOES_FOR)),
            Section("as it does for everyone", combine(AS_IT_DOES, EVERYONE)),
            Section("the clinic does the same for everyone", combine(DOERS, DOES_SAME, EVERYONE)),
            Section("as the clients always do", combine(["as"], CLIENTS_AS, ALWAYS_DO)),
            Section("the same promised to the reader", combine(SAME_FOR, ["you", "any", "every"])),
            Section(
                "every client says the same",
                combine(["and every", "every"], LIKENED_ONE, SAYS_SAME),
            ),
            Section("it always happens", ALWAYS_HAPPENS),
        ],
    )


# ------------------------------------------------------------------------------------------
# reader-promises

#: Second-person futures.
FUTURES = [
    "you will",
    "you'll",
    "you are going to",
    "you're going to",
    "you will finally",
    "you'll finally",
    "you will soon",
    "you'll soon",
]
#: What the reader is told they will do or feel.
#: A second-person future denied ...
NOT_FUTURES = ["you won't", "you will not", "you'll never", "you won't ever", "you will never"]
#: ... and what the reader is promised to have no more of.
NO_LONGER_HAD = ["feel", "have", "need", "get", "suffer", "experience", "notice"]
PROMISED = [
    "feel",
    "notice",
    "see",
    "experience",
    "leave",
    "walk out",
    "walk away",
    "go home",
    "be free",
    "get",
    "stop",
    "never",
    "wake up",
    "find",
    "regain",
    "rediscover",
    "reclaim",
    "enjoy",
    "sleep",
    "start",
    "begin",
    "be able to",
    "have",
    "love",
    "be",
    "become",
    "overcome",
    "recover",
    "heal",
    "get back",
]


def reader_promises() -> Generated:
    return Generated(
        "reader-promises",
        'Promises made to the reader: "you will feel", "you\'ll leave with", "get lasting '
        'relief", "start living again", "your recovery starts". Generated by '
        "scripts/gen_lexicons.py from second-person future forms and a list of experience "
        "verbs, plus fixed calls to action. Used with a benefit, outcome or positive state "
        'in the same clause, so "you will feel the effects during the infusion" is not a '
        "promise.",
        [
            Section(
                "a second-person future and what the reader will do", combine(FUTURES, PROMISED)
            ),
            Section(
                "a denied future and what the reader will no longer have (the denial is the "
                'promise: "you won\'t feel any pain", "you won\'t need glasses")',
                combine(NOT_FUTURES, NO_LONGER_HAD),
            ),
            Section(
                'the clinic making the reader feel a state ("our nurses have you feeling human '
                'again", "leaves you feeling lighter"): the causative is the promise',
                [
                    *combine(
                        ["have you", "has you", "will have you", "'ll have you", "leave you"],
                        ["feeling"],
                    ),
                    *combine(
                        ["leaves you", "will leave you", "get you", "gets you", "will get you"],
                        ["feeling"],
                    ),
                    "send you home feeling",
                    "sends you home feeling",
                ],
            ),
            Section(
                "relief and a life back",
                [
                    "get lasting relief",
                    "get real relief",
                    "find lasting relief",
                    "find relief",
                    "start living again",
                    "live again",
                    "get your life back",
                    "take back your life",
                    "take your life back",
                    "reclaim your life",
                    "get back to living",
                ],
            ),
            Section(
                "yourself again",
                [
                    "feel like yourself again",
                    "feel yourself again",
                    "be yourself again",
                    "become yourself again",
                ],
            ),
            Section(
                "the condition left behind",
                [
                    "say goodbye to",
                    "wave goodbye to",
                    "kiss goodbye",
                    "kiss goodbye to",
                    "bid farewell to",
                    "say farewell to",
                    "no more",
                    "no more of",
                    # "Zero cravings, zero withdrawal": none of it left, as a list says it
                    "zero",
                    "an end to",
                    "never again",
                    "leave behind",
                    "put behind you",
                    "break free",
                    "break free from",
                    "be free of",
                    "be free from",
                    "walk out of",
                    "walk out",
                    "walk away",
                ],
            ),
            Section(
                "imperatives that leave the condition behind or promise a habit for good",
                [
                    "throw away your",
                    "throw out your",
                    "ditch your",
                    "bin your",
                    "forget your",
                    "never get sick again",
                    "never diet again",
                    "never have to diet again",
                    "never need",
                    "never have to worry about",
                    "fall asleep in",
                    "sleep through the night",
                    "get your life back",
                    "get your energy back",
                    "get your confidence back",
                ],
            ),
            Section(
                "a new start",
                [
                    "a new you",
                    "your recovery starts",
                    "your recovery begins",
                    "your healing starts",
                    "your healing begins",
                    "your new life starts",
                    "your new life begins",
                    "your new life",
                    "you deserve to feel",
                ],
            ),
            Section(
                "what of the reader's will change",
                [
                    "your mood will",
                    "your depression will",
                    "your anxiety will",
                    "your pain will",
                    "your symptoms will",
                    "your trauma will",
                    "your cravings will",
                    "your life will",
                    "your sleep will",
                    "your relationships will",
                ],
            ),
            Section(
                "the clinic will do it",
                ["we'll get you", "we will get you", "get you back", "we'll help you get"],
            ),
            Section(
                "no more suffering",
                [
                    "never suffer",
                    "never have to suffer",
                    "never have to live with",
                    "no more suffering",
                    "no longer suffer",
                    "stop suffering",
                    "end your suffering",
                ],
            ),
            Section(
                "it will work",
                [
                    "it will work",
                    "will work for you",
                    "it will help you",
                    "will help you too",
                    "will work for you too",
                ],
            ),
        ],
    )


# ------------------------------------------------------------------------------------------
# safety-claims

#: Copulas and the like that state safety as a fact.
COPULAS = ["is", "are", "'s", "remains", "remain", "has been proven", "is proven", "was", "were"]
#: No intensifier, or one.
INTENSIFIERS = [
    "",
    "completely",
    "perfectly",
    "totally",
    "entirely",
    "absolutely",
    "100%",
    "very",
    "extremely",
    "incredibly",
    "fully",
    "always",
    "proven",
    "clinically proven",
    "inherently",
    "naturally",
    "guaranteed",
    "so",
    "remarkably",
    "exceptionally",
]


#: Every way of saying there is none of it ("zero", "free of", "not a single") ...
DENIALS = ["no", "zero", "without", "without any", "free of", "free from", "with no"]
DENIALS += ["none of the", "no known", "no serious", "no harmful", "no lasting"]
#: ... with every word for harm that names no one effect (a statement about one named
#: side effect, "does not cause weight gain", is specific and no blanket claim).
HARMS = ["adverse effects", "adverse reactions", "adverse events", "harmful effects"]
HARMS += ["toxic effects", "complications", "dangers", "toxicity", "harm"]
#: Harm denied to the reader, and an overdose called impossible.
HARMLESS = ["non-toxic", "nontoxic", "completely non-toxic", "can do no harm"]
HARMLESS += combine(["can't", "cannot", "won't", "will not"], ["hurt you", "harm you"])
HARMLESS += combine(["can't", "cannot"], ["do any harm", "overdose"])
HARMLESS += ["impossible to overdose", "no way to overdose"]


#: What a fact sheet labels a harm by: its effects, its risks, what it costs the body in
#: pain or marks, and the condition coming back ("Downtime: none" is time off, no harm).
HARM_LABELS = ["side effects", "side-effects", "adverse effects", "adverse events", "risks"]
HARM_LABELS += ["risk", "complications", "complication rate", "pain", "discomfort"]
HARM_LABELS += ["scarring", "scars", "bruising", "recurrence", "recurrence rate", "relapse"]
HARM_LABELS += ["relapse rate", "relapses", "dependency", "addiction risk", "withdrawal"]
HARM_LABELS += ["downtime and side effects", "side effects and downtime", "sensitivity"]
#: None, as a fact sheet's value.
NONE_VALUES = ["none", "zero", "nil", "0%", "0 %", "never", "no", "none at all", "not one"]


def harm_denials() -> Generated:
    return Generated(
        "harm-denials",
        "Any harm denied outright, in other words than no-risk-claims' fixed phrases: every "
        'way of saying none ("zero", "free of", "not a single") with every word for harm '
        'that names no one effect ("zero adverse reactions", "free of toxic effects"), '
        '"non-toxic", and harm denied to the reader ("can\'t hurt you", "impossible to '
        'overdose"). Generated by scripts/gen_lexicons.py; blanket safety claims like '
        "no-risk-claims (CL107).",
        [
            Section("a denial, a word for harm", combine(DENIALS, HARMS)),
            Section(
                "not a single one",
                combine(["not a single"], [h.removesuffix("s") for h in HARMS]),
            ),
            Section("harm denied to the reader", HARMLESS),
            Section(
                "a harm's label answered none, in a fact sheet or a table row (\"Side effects: "
                'none", "Recurrence: 0%")',
                combine([f"{label}:" for label in HARM_LABELS], NONE_VALUES),
            ),
        ],
    )


def safety_claims() -> Generated:
    return Generated(
        "safety-claims",
        'Safety stated as certain about a subject: "is safe", "are perfectly safe", "safe '
        'and effective", "the safe choice". Generated by scripts/gen_lexicons.py from a '
        'list of copulas and intensifiers, plus fixed phrases; used with a treatment (or "it") '
        'in the clause. The self-contained blanket claims ("no side effects", "zero risk") '
        "are in no-risk-claims.",
        [
            Section("a copula, an intensifier, safe", combine(COPULAS, INTENSIFIERS, ["safe"])),
            Section(
                "a copula, an intensifier, painless: no pain at all, said of a procedure",
                combine(["is", "are", "'s"], INTENSIFIERS, ["painless", "pain-free"]),
            ),
            Section(
                'harmless, said of a subject the clause names ("the drops are harmless"; an '
                "allergen or a condition called harmless is no claim about a treatment)",
                combine(["", *INTENSIFIERS], ["harmless"]),
            ),
            Section(
                "safe and more",
                [
                    "safe and effective",
                    "safe, effective",
                    "effective and safe",
                    "safe and proven",
                    "safe and natural",
                    "natural and safe",
                    "gentle and safe",
                    "safe, gentle",
                ],
            ),
            Section(
                "safe for everyone or for ever",
                [
                    "safe for everyone",
                    "safe for anyone",
                    "safe for all",
                    "safe for long-term use",
                    "safe for long-term daily use",
                ],
            ),
            Section(
                "an intensifier, safe, without a copula",
                [
                    "completely safe",
                    "perfectly safe",
                    "totally safe",
                    "entirely safe",
                    "absolutely safe",
                    "100% safe",
                    "proven safe",
                    "clinically proven safe",
                    "extremely safe",
                    "very safe",
                ],
            ),
            Section(
                "a safe choice",
                [
                    "a safe treatment",
                    "a safe therapy",
                    "a safe option",
                    "a safe alternative",
                    "a safe choice",
                    "the safe choice",
                    "a safe and effective",
                    "a safe form of",
                    "a safe way to",
                    "a safe method",
                    "a safe procedure",
                    "a safe solution",
                    "the safest",
                ],
            ),
        ],
    )


# ------------------------------------------------------------------------------------------
# safe-offerings

#: What a page offers, as the noun "safe" describes: the treatment's own words and the words
#: for a way of getting an outcome.
#: Words of praise that stand beside "safe" in the noun phrase ("a gentle, safe option", "a
#: safe, natural alternative").
PRAISE = ["gentle", "natural", "effective", "proven", "drug-free", "non-invasive", "painless"]
PRAISE += ["simple", "easy", "comfortable", "all-natural", "holistic"]
OFFERINGS = [
    "treatment",
    "therapy",
    "procedure",
    "surgery",
    "operation",
    "option",
    "alternative",
    "choice",
    "way",
    "route",
    "path",
    "approach",
    "method",
    "solution",
    "form of",
    "injection",
    "infusion",
    "programme",
    "program",
    # what goes with another treatment, or fixes a problem ("a safe companion to chemo")
    "companion",
    "complement",
    "addition",
    "add-on",
    "remedy",
    "fix",
    "bet",
]


def safe_offerings() -> Generated:
    return Generated(
        "safe-offerings",
        'What a page offers, called safe as a fact by the noun phrase itself: "a completely '
        'safe way to", "a safe alternative", "the safest route to", "one of the safest '
        'procedures". A claim without a treatment named in the clause: the phrase names the '
        "offering. Generated by scripts/gen_lexicons.py from articles, the safety "
        "intensifiers and the words for what is offered.",
        [
            Section(
                "an article, an intensifier or none, safe, what is offered",
                combine(["a", "an"], INTENSIFIERS, ["safe"], OFFERINGS),
            ),
            Section(
                "safe beside another word of praise, before or after it",
                [
                    f"{a} {pair} {offer}"
                    for a in ("a", "an")
                    for w in PRAISE
                    for pair in (f"{w}, safe", f"{w} and safe", f"safe, {w}", f"safe and {w}")
                    if (a == "an") == (pair[0] in "aeiou")
                    for offer in OFFERINGS
                ],
            ),
            Section(
                "the safest of them",
                combine(["the", "one of the", "by far the"], ["safest"], ["", *OFFERINGS]),
            ),
        ],
    )


# ------------------------------------------------------------------------------------------
# intensified-safety

#: Intensifiers strong enough that the copula and "safe" are a blanket claim whatever the
#: subject ("Drops are completely safe", "Sedation is 100% safe in our hands").
STRONG = ["completely", "perfectly", "totally", "entirely", "absolutely", "100%", "fully"]
STRONG += ["guaranteed", "always", "so"]


#: What can go wrong, as a page names it before saying it hardly happens.
MINIMISED = ["side effects", "side-effects", "adverse effects", "complications", "risks"]
MINIMISED += ["any side effects", "any complications", "the risks", "the side effects"]
#: How little of it there is, stated as certain ("minimal", "always mild", "virtually
#: non-existent"); "rare" and "mild" alone are how an honest page says it, and are left out.
HARDLY = ["minimal", "negligible", "non-existent", "nonexistent", "virtually non-existent"]
HARDLY += ["virtually nonexistent", "almost non-existent", "practically non-existent"]
HARDLY += ["always mild", "always minor", "always temporary", "always short-lived"]
HARDLY += ["never serious", "never severe", "extremely rare", "very rare", "exceedingly rare"]
HARDLY += ["vanishingly rare", "rare and always mild", "rare and mild", "minor and temporary"]
HARDLY += ["few and mild", "practically zero", "essentially zero", "almost zero"]
#: A procedure said to cause no pain at all.
PAINLESS = ["painless", "pain-free", "pain free", "completely painless", "totally painless"]
PAINLESS += ["100% painless", "entirely painless", "virtually painless", "always painless"]
#: What a page calls the procedure it says is painless.
PAINLESS_SUBJECTS = ["the procedure", "the treatment", "each session", "the injection", "it"]
PAINLESS_SUBJECTS += ["the injections", "treatment", "the surgery", "the process"]


def intensified_safety() -> Generated:
    return Generated(
        "intensified-safety",
        'Safety stated as total, whatever the subject: "are completely safe", "is 100% safe", '
        '"is always safe", "Completely safe for the whole family", harms said hardly to '
        'happen ("side effects are minimal", "complications are always mild") and a '
        "procedure said to be painless. A claim on its own: the "
        "subject is whatever the page offers, named or not in any list (CL107 leaves out "
        "data, payments and places). "
        "Generated by scripts/gen_lexicons.py from the copulas and the strongest intensifiers.",
        [
            Section(
                "harms, a copula, how little of them there is",
                combine(MINIMISED, ["are", "remain"], HARDLY),
            ),
            Section(
                "a procedure, a copula, painless",
                combine(PAINLESS_SUBJECTS, ["is", "are", "'s"], PAINLESS),
            ),
            Section("a copula, a strong intensifier, safe", combine(COPULAS, STRONG, ["safe"])),
            Section(
                "a strong intensifier and safe with no verb, as a tagline or bullet says it "
                '("Completely safe for the whole family")',
                combine(STRONG, ["safe"]),
            ),
            Section(
                'safe for everyone, the total said by who is covered ("Safe for virtually '
                'everyone", "safe for all skin types")',
                combine(
                    ["safe for"],
                    ["", "virtually", "nearly", "almost", "practically", "just about"],
                    [
                        "everyone",
                        "anyone",
                        "everybody",
                        "all ages",
                        "all skin types",
                        "every skin type",
                        "all patients",
                        "every patient",
                        "the whole family",
                    ],
                ),
            ),
        ],
    )


# ------------------------------------------------------------------------------------------
# measure-drops

#: Measures a clinic wants lower, by body system: a fall in one of them is the outcome.
LOWER_IS_BETTER = [
    # heart and circulation
    "blood pressure",
    "BP",
    "resting heart rate",
    "cholesterol",
    "LDL",
    "LDL cholesterol",
    "triglycerides",
    # metabolism
    "A1C",
    "HbA1c",
    "blood sugar",
    "glucose",
    "fasting glucose",
    "insulin resistance",
    # eyes
    "eye pressure",
    "intraocular pressure",
    # inflammation and ageing
    "CRP",
    "inflammation",
    "inflammation markers",
    "biological age",
    # swelling, size and shape: what a clinic shrinks ("swelling goes down", "limb volume
    # falls", "the curve shrinks")
    "swelling",
    "puffiness",
    "fluid retention",
    "limb volume",
    "weight",
    "body fat",
    "waist size",
    "spinal curve",
    "Cobb angle",
    "curvature",
    # scores a clinic reports
    "pain scores",
    "symptom scores",
    "PHQ-9 scores",
]
#: Verbs of falling, as said of a measure (every form but the participle, which "may have"
#: needs).
FALLS = ["drops", "drop", "falls", "fall", "plummets", "plummet", "plunges", "plunge"]
FALLS += ["tumbles", "tumble", "is halved", "are halved", "halves", "comes down", "come down"]
FALLS += ["goes down", "go down", "drops to normal", "falls to normal", "stays down", "stay down"]
FALLS += ["shrinks", "shrink", "will shrink", "will drop", "will fall", "will come down"]


def measure_drops() -> Generated:
    return Generated(
        "measure-drops",
        'A measure a clinic wants lower, said to fall: "LDL drops", "your blood pressure '
        'falls", "A1C plummets", "eye pressure comes down". A fall is the outcome only for '
        "these measures (a falling sex drive is not a promise). Generated by "
        "scripts/gen_lexicons.py from the measures, by body system, and the verbs of falling.",
        [Section("a measure, a verb of falling", combine(LOWER_IS_BETTER, FALLS))],
    )


# ------------------------------------------------------------------------------------------
# no-recurrence

#: A speaker's negated perfect: "I haven't", "she has not", "I've not", straight or without
#: the apostrophe (curly apostrophes are matched as straight ones).
NOT_SINCE = [
    "haven't",
    "havent",
    "have not",
    "hasn't",
    "hasnt",
    "has not",
    "hadn't",
    "had not",
    "I've not",
    "I've never",
    "have never",
    "has never",
]
#: What did not come back: a count, then any event ("a single cold", "one migraine").
NOT_AGAIN = [
    "had a single",
    "had one",
    "had another",
    "had any",
    "needed a single",
    "needed another",
    "needed any",
    "needed my",
    "touched a",
    "touched another",
    "felt that",
    "been sick",
    "been ill",
    "been unwell",
    "been back in",
    "been back to",
    "missed a",
    "relapsed",
    "looked back",
]
#: Events a client no longer has, with their article ("I haven't had a drink since").
EVENTS = [
    "a cold",
    "the flu",
    "an infection",
    "a migraine",
    "a headache",
    "a panic attack",
    "an anxiety attack",
    "a flashback",
    "a nightmare",
    "a seizure",
    "a flare",
    "a flare-up",
    "a relapse",
    "a drink",
    "a cigarette",
    "a binge",
    "a bad day",
    "a sleepless night",
    "an episode",
    "a craving",
    "an attack",
]


def no_recurrence() -> Generated:
    return Generated(
        "no-recurrence",
        "A speaker's account that a symptom has not come back: \"I haven't had a single cold "
        'since", "she hasn\'t needed her inhaler", "I\'ve not had a migraine in months". A '
        "negated outcome is still an outcome account. Generated by scripts/gen_lexicons.py "
        "from negated perfects and what did not come back.",
        [
            Section("a negated perfect, what did not come back", combine(NOT_SINCE, NOT_AGAIN)),
            Section(
                "a negated perfect, had a, an event",
                combine(NOT_SINCE, ["had"], EVENTS),
            ),
            Section(
                "never, a verb of having, another",
                combine(
                    ["never", "never again"],
                    ["have", "had", "get", "suffer", "need"],
                    ["another", "a single"],
                ),
            ),
            Section(
                "without a perfect",
                ["not a single", "not one single", "no more", "no longer need", "no longer have"],
            ),
        ],
    )


# ------------------------------------------------------------------------------------------
# body-part-outcomes

#: Parts of the body a clinic promises to mend or keep well, by body system, singular and
#: plural where a page uses both. Conditions by name are in health-outcomes; a part alone
#: is no outcome ("the laser heats the skin"): only a damaged part or a part in a promised
#: state is.
BODY_PARTS = [
    # brain and nerves
    "brain",
    "mind",
    "nerve",
    "nerves",
    "spine",
    "spinal cord",
    # bones, joints and muscles
    "back",
    "lower back",
    "neck",
    "shoulder",
    "shoulders",
    "hip",
    "hips",
    "knee",
    "knees",
    "leg",
    "legs",
    "arm",
    "arms",
    "hand",
    "hands",
    "finger",
    "fingers",
    "toe",
    "toes",
    "ankle",
    "ankles",
    "wrist",
    "wrists",
    "elbow",
    "elbows",
    "foot",
    "feet",
    "heel",
    "heels",
    "joint",
    "joints",
    "ligament",
    "ligaments",
    "tendon",
    "tendons",
    "meniscus",
    "cartilage",
    "disc",
    "discs",
    "bone",
    "bones",
    "jaw",
    "jawbone",
    "muscle",
    "muscles",
    # mouth and teeth
    "tooth",
    "teeth",
    "gums",
    # heart, lungs and circulation
    "heart",
    "artery",
    "arteries",
    "vein",
    "veins",
    "blood vessels",
    "lungs",
    "airways",
    "sinuses",
    # digestion and organs
    "stomach",
    "gut",
    "liver",
    "kidney",
    "kidneys",
    "bladder",
    "pelvic floor",
    "thyroid",
    "adrenals",
    "adrenal glands",
    # fertility and sexual health
    "ovaries",
    "uterus",
    "womb",
    "uterine lining",
    "lining",
    "eggs",
    "sperm",
    "prostate",
    # face and figure
    "lips",
    "cheeks",
    "chin",
    "eyelids",
    "under-eyes",
    "thighs",
    "waist",
    "belly",
    "tummy",
    "buttocks",
    # skin, hair, eyes and ears
    "skin",
    "scalp",
    "face",
    "jawline",
    "eyes",
    "ears",
    # the whole
    "body",
    "immune system",
]
#: What a part is when a clinic says it is damaged (the part so named is a condition).
DAMAGED = [
    "torn",
    "damaged",
    "injured",
    "worn",
    "worn-out",
    "worn out",
    "arthritic",
    "stiff",
    "aching",
    "achy",
    "sore",
    "weak",
    "weakened",
    "failing",
    "clogged",
    "blocked",
    "inflamed",
    "swollen",
    "bad",
    "broken",
    "herniated",
    "bulging",
    "slipped",
    "pinched",
    "degenerated",
    "degenerating",
    "sagging",
    "crooked",
    "receding",
    "thinning",
    "tired",
    "sluggish",
    "leaky",
]
#: The state a clinic promises a part is left or kept in ("keeps your brain sharp").
STATES = [
    "sharp",
    "sharper",
    "clear",
    "clearer",
    "clean",
    "young",
    "younger",
    "healthy",
    "healthier",
    "strong",
    "stronger",
    "thicker",
    "fuller",
    "firmer",
    "tighter",
    "supple",
    "flexible",
    "working again",
    "back",
    "healed",
    "repaired",
    "rebuilt",
    "regenerated",
    "restored",
    "renewed",
    "rejuvenated",
    "like new",
    "as good as new",
    "years younger",
]


#: The state a clinic promises, said before the part ("fuller lips", "a flatter stomach").
BETTER = [
    "fuller",
    "firmer",
    "tighter",
    "smoother",
    "younger",
    "younger-looking",
    "stronger",
    "healthier",
    "thicker",
    "clearer",
    "sharper",
    "brighter",
    "slimmer",
    "flatter",
    "leaner",
    "toned",
    "more toned",
    "more youthful",
    "lifted",
    "plumper",
    "perkier",
]


def body_part_outcomes() -> Generated:
    return Generated(
        "body-part-outcomes",
        'A part of the body named as damaged ("a torn meniscus", "clogged arteries", "a stiff '
        'neck") or in the state a treatment promises it ("your brain sharp", "their lungs '
        'back", "joints like new"): both are outcomes a claim can promise. A part alone is '
        'not ("the laser heats the skin"). Generated by scripts/gen_lexicons.py from the '
        "parts of the body by system, the words for damage and the promised states.",
        [
            Section("damage, a part", combine(DAMAGED, BODY_PARTS)),
            Section("a promised state, a part", combine(BETTER, BODY_PARTS)),
            Section(
                "a part, a promised state",
                [t for t in combine(BODY_PARTS, STATES) if not t.endswith("back back")],
            ),
            Section(
                'a part or a function, a word for trouble ("bladder problems", "latch issues")',
                combine([*BODY_PARTS, *TROUBLED_FUNCTIONS], TROUBLES),
            ),
        ],
    )


#: What the body does, named as a noun, whose trouble is an outcome ("breastfeeding
#: problems", "balance issues"): the functions clinics treat, by body system.
TROUBLED_FUNCTIONS = ["breastfeeding", "feeding", "latch", "latching", "sleep", "sleeping"]
TROUBLED_FUNCTIONS += ["balance", "memory", "speech", "speaking", "swallowing", "hearing"]
TROUBLED_FUNCTIONS += ["vision", "eyesight", "breathing", "walking", "digestion", "digestive"]
TROUBLED_FUNCTIONS += ["bowel", "bladder", "toilet", "fertility", "erection", "erectile"]
TROUBLED_FUNCTIONS += ["hormone", "hormonal", "thyroid", "weight", "mobility", "posture"]
TROUBLED_FUNCTIONS += ["circulation", "concentration", "focus", "mood", "behaviour", "behavior"]
TROUBLED_FUNCTIONS += ["learning", "reading", "potty", "bedwetting", "period", "menstrual"]
TROUBLED_FUNCTIONS += ["cycle", "libido", "sexual", "gut", "tummy", "sinus", "skin"]
#: The words for trouble with it.
TROUBLES = ["problem", "problems", "issue", "issues", "trouble", "troubles", "difficulty"]
TROUBLES += ["difficulties", "disorder", "disorders", "struggles"]


# ------------------------------------------------------------------------------------------
# off-medication

#: How a page says someone stops needing a medicine.
OFF = ["off", "off the", "off their", "off your", "off all", "off all their", "off all your"]
OFF += ["free of", "free of their", "free of your", "no longer on", "no longer on their"]
OFF += ["no longer need", "no longer need their", "no longer needs", "no longer needs their"]
OFF += ["weaned off", "weaned off their", "come off", "came off", "comes off", "coming off"]
OFF += ["get off", "gets off", "got off", "getting off", "stop taking their", "throw away their"]
OFF += ["ditch their", "ditch your", "ditched their"]
OFF += ["stop using", "stopped using", "stop using their", "stopped using their"]
OFF += ["stop wearing", "stopped wearing", "stop wearing their", "stopped wearing their"]
OFF += ["no more", "no need for", "never need", "never needs"]
OFF += ["stop taking", "stops taking", "stopped taking"]
#: A need ended for one more of them: "never need another course of antibiotics".
NEVER_AGAIN = ["never need", "never needs", "no longer need", "no longer needs", "no need for"]
NEVER_AGAIN += ["the need for", "any need for"]
NEVER_AGAIN += ["without the need for", "never again need", "leave behind their"]
ONE_MORE = ["a", "an", "another", "any more", "another course of", "a course of", "a single"]
#: Ways of saying a procedure will not be needed: avoided, spared, put off.
AVOIDED = ["avoid", "avoids", "avoided", "avoiding", "skip", "skips", "skipped", "sidestep"]
AVOIDED += ["sidesteps", "spared", "kept off"]
#: Whom a procedure is spared.
SPARED = ["you", "them", "patients", "people", "clients"]
AVOIDED += combine(["spare", "spares"], SPARED)
AVOIDED += combine(["keep", "keeps"], SPARED, ["off", "out of"])
AVOIDED += ["put off", "puts off", "delay", "delays", "delayed", "postpone", "postpones"]
AVOIDED += ["no need for", "never need", "never needs", "without the need for"]
#: Procedures a clinic promises will not be needed, with their article where one is said.
PROCEDURES = ["surgery", "an operation", "the operating table", "the operating room"]
PROCEDURES += ["the knife", "going under the knife", "back surgery", "neck surgery"]
PROCEDURES += ["knee surgery", "shoulder surgery", "spine surgery", "spinal surgery"]
PROCEDURES += ["bypass surgery", "heart surgery", "eye surgery", "sinus surgery"]
PROCEDURES += combine(["", "a", "your", "their"], ["knee replacement", "hip replacement"])
PROCEDURES += combine(["", "a", "your", "their"], ["joint replacement", "shoulder replacement"])
PROCEDURES += combine(["", "a"], ["spinal fusion", "fusion", "transplant", "hysterectomy"])
PROCEDURES += combine(["", "a"], ["stent", "bypass", "discectomy", "laminectomy"])
PROCEDURES += ["stents", "dialysis", "amputation", "an amputation", "a C-section"]
#: The medicines and devices a clinic promises people will no longer need, by area.
MEDICINES = [
    # in general
    "medication",
    "medications",
    "meds",
    "medicine",
    "medicines",
    "pills",
    "tablets",
    "prescriptions",
    "daily pills",
    "daily medication",
    "daily meds",
    # pain, mood, sleep and attention
    "painkillers",
    "pain pills",
    "pain medication",
    "opioids",
    "antidepressants",
    "anxiety medication",
    "sleeping pills",
    "sleep medication",
    "sleep meds",
    "ADHD medication",
    "stimulants",
    # heart, metabolism and hormones
    "insulin",
    "blood pressure meds",
    "blood pressure medication",
    "blood pressure pills",
    "statins",
    "cholesterol medication",
    "diabetes medication",
    "thyroid medication",
    # breathing, allergy, skin and gut
    "inhaler",
    "inhalers",
    "steroids",
    "antihistamines",
    "allergy medication",
    "acid reflux medication",
    "antacids",
    "steroid cream",
    "CPAP",
    "CPAP machine",
]
#: More medicines, and the aids and devices, a clinic promises people will no longer need
#: (with no "daily" before them).
AIDS = [
    # medicines by name that long-term conditions keep people on
    "metformin",
    "levothyroxine",
    "nitroglycerin",
    "blood thinners",
    "beta blockers",
    "PPIs",
    "omeprazole",
    "laxatives",
    "ibuprofen",
    "prednisone",
    "benzodiazepines",
    "SSRIs",
    "epinephrine pen",
    "EpiPen",
    # aids and devices a clinic promises people will no longer need
    "glasses",
    "reading glasses",
    "contact lenses",
    "contacts",
    "hearing aids",
    "hearing aid",
    "pads",
    "incontinence pads",
    "night guard",
    "night guards",
    "mouthguard",
    "mouth guard",
    "crutches",
    "cane",
    "walking stick",
    "walker",
    "walking frame",
    "zimmer frame",
    "rollator",
    "mobility scooter",
    "CPAP mask",
    "compression stockings",
    "compression sleeves",
    "compression sleeve",
    "compression garments",
    "support stockings",
    "insoles",
    "nicotine patches",
    "nicotine gum",
    "wheelchair",
    "knee brace",
    "back brace",
    "splint",
    "orthotics",
    "nasal spray",
    "eye drops",
    "oxygen tank",
    # what other clinical areas promise people will no longer need
    "antibiotics",
    "catheter",
    "catheters",
    "dialysis",
    "nebuliser",
    "nebulizer",
    "rescue inhaler",
    "feeding tube",
    "anti-inflammatories",
    "muscle relaxants",
    "triptans",
    "seizure medication",
    "injections",
    "allergy shots",
    "dentures",
    "retainer",
    "surgery",
    "operation",
    "knee replacement",
    "hip replacement",
    "joint replacement",
    "transplant",
    "stents",
    "bypass surgery",
    "hospital stay",
]


#: What a medicine treats, said before the word for the medicine ("blood-pressure tablets",
#: "migraine meds"), by clinical area.
MEDICINE_USES = ["blood pressure", "heart", "cholesterol", "diabetes", "thyroid", "hormone"]
MEDICINE_USES += ["sleep", "sleeping", "anxiety", "depression", "mood", "ADHD"]
MEDICINE_USES += ["pain", "migraine", "headache", "arthritis", "nerve pain", "gout"]
MEDICINE_USES += ["asthma", "allergy", "hay fever", "reflux", "heartburn", "indigestion"]
MEDICINE_USES += ["IBS", "constipation", "acne", "eczema", "psoriasis", "rosacea"]
MEDICINE_USES += ["seizure", "epilepsy", "bladder", "prostate", "erection", "water"]
#: The words for the medicine itself.
MEDICINE_FORMS = ["meds", "medication", "medications", "medicine", "medicines", "pills"]
MEDICINE_FORMS += ["tablets", "drugs", "tabs", "prescriptions", "injections", "jabs"]
MEDICINE_FORMS += ["sprays", "creams", "inhalers", "patches", "drops"]
#: A medicine named by its use: "blood-pressure tablets", "migraine meds".
MEDICINES_BY_USE = combine(MEDICINE_USES, MEDICINE_FORMS)
#: How a page names a medicine in a headline of its own: "Off blood-pressure tablets in weeks".
OFF_SHORT = ["off", "off the", "off their", "off your", "off all", "off all their", "no more"]


def _plural(term: str) -> str:
    """``term`` with its last word in the plural, for the aids named in the singular."""
    head, _, last = term.rpartition(" ")
    if last.endswith("s") or not last.isalpha() or last.isupper():
        return term
    [form] = sorted(noun_forms(last) - {last.lower()})
    return f"{head} {form}".strip() if last.islower() else term


def aids_and_medicines() -> Generated:
    return Generated(
        "aids-and-medicines",
        "A medicine, a device or an aid a person depends on, named as what is given up: "
        '"glasses", "crutches", "a CPAP machine", "sleeping pills", "blood-pressure '
        'tablets", "migraine meds". Generated by scripts/gen_lexicons.py from the '
        "medicines, aids and devices of off-medication, and every medicine named by what it "
        "treats. Read after a verb of giving something up (release-verbs, CL132).",
        [
            Section("a medicine, an aid or a device", [*MEDICINES, *AIDS]),
            Section("the same, in the plural", [_plural(t) for t in [*MEDICINES, *AIDS]]),
            Section("a medicine named by its use", MEDICINES_BY_USE),
        ],
    )


def off_medication() -> Generated:
    return Generated(
        "off-medication",
        'Someone said to stop needing a medicine or an aid: "off their blood pressure meds", '
        '"no longer need their inhaler", "weaned off antidepressants", "stop wearing pads", '
        '"no more reading glasses", "spares you a hip replacement". Coming off a medicine or '
        "an aid, or never needing an operation, is an outcome a clinic promises. Generated "
        "by scripts/gen_lexicons.py from the ways of saying it and the medicines, aids and "
        "procedures by clinical area.",
        [
            Section("a way of stopping, a medicine", combine(OFF, ["", "daily"], MEDICINES)),
            Section("a way of stopping, a medicine by name or an aid", combine(OFF, AIDS)),
            Section("off a medicine named by its use", combine(OFF_SHORT, MEDICINES_BY_USE)),
            Section(
                'no medicine, aid or operation needed ("No dialysis needed")',
                combine(["no"], [*MEDICINES, *AIDS], ["needed", "required", "necessary"]),
            ),
            Section(
                "a need ended for one more of them",
                combine(NEVER_AGAIN, ONE_MORE, [*MEDICINES, *AIDS]),
            ),
            Section("a procedure not needed", combine(AVOIDED, PROCEDURES)),
        ],
    )


# ------------------------------------------------------------------------------------------
# writing

# ------------------------------------------------------------------------------------------
# function-gains and gain-openers (the benefit headline: "Sleep deeper", "Sharper focus")

#: What a body does, as the reader is told to do it better ("Sleep deeper", "Walk again").
FUNCTIONS = [
    "sleep",
    "breathe",
    "move",
    "walk",
    "run",
    "recover",
    "heal",
    "think",
    "focus",
    "concentrate",
    "remember",
    "learn",
    "hear",
    "see",
    "speak",
    "chew",
    "smile",
    "age",
    "live",
    "feel",
    "look",
    "perform",
    "wake up",
    "bounce back",
    "bend",
    "climb stairs",
    "train",
    "play",
    "rest",
    "digest",
    # everyday acts a clinic promises back
    "read",
    "drive",
    "eat",
    "swallow",
    "kneel",
    "squat",
    "stand",
    "lift",
    # the small acts of a day a stiff or painful body loses ("Sit comfortably again", "Turn
    # your head freely", "Grip without pain")
    "sit",
    "turn your head",
    "reach",
    "grip",
    "type",
    # the pastimes a clinic promises back ("hiking again", "Swim pain-free")
    "hike",
    "jog",
    "cycle",
    "swim",
    "dance",
    "garden",
    "golf",
    "ski",
    "exercise",
]
#: How it is promised to go: comparatives, manner, "again", and what it goes without.
GAINS = [
    "better",
    "deeper",
    "easier",
    "faster",
    "longer",
    "clearer",
    "sharper",
    "stronger",
    "younger",
    "lighter",
    "more clearly",
    "more freely",
    "more deeply",
    "more easily",
    "more soundly",
    "more comfortably",
    "comfortably",
    "confidently",
    "easily",
    "effortlessly",
    "soundly",
    "freely",
    "clearly",
    "pain-free",
    "pain free",
    "without pain",
    "like new",
    "again",
    "once more",
    "well again",
    "through the night",
    "all night",
    "like yourself again",
    "rested",
    "refreshed",
    "energised",
    "energized",
    "recharged",
    "like a baby",
    "like a log",
    # whole again, said plainly ("Feel 100% in an hour", "Feel human again")
    "100%",
    "100 per cent",
    "human again",
    "brand new",
    # the idiom of ease ("Breathe easy again", "Rest easy")
    "easy",
    "easy again",
    # done as well as anyone, or with no aid
    "fluently",
    "normally",
    "independently",
    "unaided",
    "on your own",
    "without help",
    "without glasses",
    "without a cane",
    "without a walker",
    "without a brace",
]
#: Weight, said as the reader's act: losing it and keeping it off.
WEIGHT_GAINS = [
    "lose weight",
    "lose the weight",
    "lose the pounds",
    "lose the belly",
    "drop the pounds",
    "shed the pounds",
    "shed pounds",
    "drop a dress size",
    "keep it off",
    "keep the weight off",
    "slim down",
    "tone up",
    "firm up",
]
#: The state a benefit headline promises before an outcome's name ("Deeper sleep", "Less
#: joint pain", "Improved mood"): comparatives and the participles of a change made.
GAIN_ADJECTIVES = [
    "better",
    "deeper",
    "sounder",
    "more restful",
    "sharper",
    "clearer",
    "faster",
    "quicker",
    "stronger",
    "smoother",
    "firmer",
    "fuller",
    "thicker",
    "tighter",
    "younger",
    "younger-looking",
    "healthier",
    "brighter",
    "slimmer",
    "leaner",
    "denser",
    "softer",
    "moister",
    "stiller",
    "quieter",
    "flatter",
    "lighter",
    "calmer",
    "happier",
    "steadier",
    "more",
    "less",
    "fewer",
    "lower",
    "reduced",
    "improved",
    "restored",
    "boosted",
    "enhanced",
    "increased",
    "balanced",
    "renewed",
    "rejuvenated",
    # the extent and speed a headline promises ("Total tinnitus relief", "Fast recovery")
    "total",
    "complete",
    "full",
    "lasting",
    "permanent",
    "instant",
    "rapid",
    "fast",
    "quick",
]


def gerund(phrase: str) -> str:
    """``phrase`` with its first word, a verb, in the -ing form ("wake up" -> "waking up")."""
    verb, _, rest = phrase.partition(" ")
    [form] = [f for f in verb_forms(verb) if f.endswith("ing") and f != verb]
    return f"{form} {rest}".strip()


def function_gains() -> Generated:
    return Generated(
        "function-gains",
        'A body function the reader is told to do better, as a headline or bullet: "Sleep '
        'deeper", "Recover faster", "Breathe easier", "Walk again", "Lose the weight and '
        'keep it off", or as the state reached ("Walking unaided", "Sleeping through the '
        'night"). Generated by scripts/gen_lexicons.py from what a body does and how a '
        "clinic promises it will go. Read only where it opens a line of its own (CL128): in "
        'a sentence, "patients who sleep better" is no promise.',
        [
            Section("a function, how it will go", combine(FUNCTIONS, GAINS)),
            Section(
                'the same as a state reached ("Walking unaided", "Sleeping soundly")',
                combine([gerund(f) for f in FUNCTIONS], GAINS),
            ),
            Section("weight, as the reader's act", WEIGHT_GAINS),
            Section(
                'a function the reader will be able to do ("be able to eat", "finally able to '
                'sleep"): a promise where a future or a headline says it',
                combine(
                    ["able to", "be able to", "finally able to", "finally be able to"], FUNCTIONS
                ),
            ),
        ],
    )


#: How a symptom hangs on, as a headline promises it will not ("No lingering headaches").
LINGERING = ["lingering", "nagging", "constant", "persistent", "recurring", "daily", "nightly"]
LINGERING += ["chronic", "painful", "embarrassing", "stubborn", "annoying"]

#: A farewell to what a headline promises away: "Goodbye, thyroid fatigue", "Farewell to
#: back pain".
FAREWELLS = ["goodbye", "goodbye to", "good-bye", "good-bye to", "bye-bye", "bye-bye to"]
FAREWELLS += ["farewell", "farewell to", "so long", "so long to", "adios", "adieu"]


#: A stretch of a life a headline promises without a problem: a day, a season, a year.
SPANS = combine(
    ["", "a", "a whole", "an entire", "a full", "one", "every"],
    ["day", "night", "week", "month", "season", "summer", "winter", "spring", "autumn", "year"],
)
SPANS += ["days", "nights", "weeks", "months", "summers", "winters", "years", "holidays"]
SPANS += ["life", "a life", "a new life", "a normal life"]


#: Everyday acts a page tells its reader to do, and a body function is one of them ("Sit
#: through a film", "Order your coffee", "Enjoy the summer"): what a reader is told they
#: will do without a symptom, an aid or a fear (CL135).
EVERYDAY_ACTS = [
    *FUNCTIONS,
    "climb",
    "sit",
    "sit through",
    "get through",
    "make it through",
    "turn",
]
EVERYDAY_ACTS += ["reach", "grip", "hold", "carry", "pick up", "type", "write", "wear", "dress"]
EVERYDAY_ACTS += ["order", "enjoy", "spend", "go", "laugh", "sing", "hug", "travel", "fly"]
EVERYDAY_ACTS += ["work", "wake", "shop", "cook", "kiss", "talk", "spend the day"]
#: leisure and getting about: where a symptom stops a day out ("Sail without seasickness")
EVERYDAY_ACTS += ["sail", "cruise", "ride", "commute", "surf", "dive", "camp", "picnic", "holiday"]


def everyday_acts() -> Generated:
    return Generated(
        "everyday-acts",
        "An everyday act the reader is told to do, as the imperative that opens a headline, "
        'a bullet or a sentence: "Climb the stairs", "Sit through a film", "Order your '
        'coffee", "Enjoy the summer". Generated by scripts/gen_lexicons.py from what a body '
        "does (the functions of function-gains) and the plain acts of a day. Read only where "
        "it opens a line and the line says the act will go without a symptom, an aid or a "
        "fear (CL135).",
        [Section("an act of the body or the day", list(dict.fromkeys(EVERYDAY_ACTS)))],
    )


def life_spans() -> Generated:
    return Generated(
        "life-spans",
        'A stretch of a life a headline promises without a problem: "A year without '
        'migraines", "A whole summer without hay fever", "A new life without panic attacks". '
        "Generated by scripts/gen_lexicons.py from the days, seasons and years of a life. Read "
        "only where it opens a line and a symptom, a condition or an aid follows its "
        '"without" (CL135): "nights without sleep" and "a year without a period" name what '
        "is missing, not a problem gone.",
        [Section("a day, a season, a year or a life", SPANS)],
    )


def gain_openers() -> Generated:
    return Generated(
        "gain-openers",
        'What opens a benefit headline before the outcome it promises: "Deeper sleep", "Less '
        'joint pain", "Improved mood", "Wake up without the puffiness", "Walk without a '
        'cane". Generated by scripts/gen_lexicons.py from comparatives, the participles of a '
        "change made, and a body function done without something. Read only right before an "
        "outcome, where it opens a line of its own (CL128).",
        [
            Section("a comparative or a change made", GAIN_ADJECTIVES),
            Section("a farewell to it", FAREWELLS),
            Section(
                'freedom from it ("Freedom from back pain", "Lasting freedom from panic")',
                combine(["", "lasting", "total", "complete", "real", "true"], ["freedom from"]),
            ),
            Section(
                'none of it left ("No more migraines", "Zero sensitivity", "No lingering '
                'headaches")',
                combine(["no", "zero", "no more", "never again"], ["", *LINGERING]),
            ),
            Section(
                "a function, done without or free of something",
                combine(FUNCTIONS, ["without", "free of", "free from"]),
            ),
        ],
    )


# ------------------------------------------------------------------------------------------
# desired-states: the state a page promises, said as a noun with its adjective ("clear skin",
# "deep sleep", "calm kids"). A topic as much as a promise ("Deep sleep and memory"), so
# it is an outcome only for rules that need a promise around it: a date (CL124), an
# absolute or a booster (CL112, CL111), a comparative gain (CL128).

#: Adjectives of a state reached, by what they describe.
STATE_ADJECTIVES: dict[str, list[str]] = {
    "skin": ["clear", "smooth", "glowing", "radiant", "flawless", "even", "firm", "tight",
             "youthful", "blemish-free", "spotless", "bright", "dewy", "healthy"],
    "hair": ["thick", "full", "lush", "healthy", "shiny", "strong", "dense", "voluminous"],
    "sleep": ["deep", "restful", "restorative", "sound", "unbroken", "peaceful", "quiet",
              "uninterrupted", "refreshing", "healthy", "silent", "dry", "settled", "calm",
              "undisturbed", "snore-free", "wheeze-free", "sweat-free", "itch-free"],
    "mind": ["calm", "clear", "quiet", "sharp", "focused", "peaceful", "steady", "balanced",
             "rested", "healthy"],
    "body": ["strong", "lean", "toned", "flat", "slim", "trim", "firm", "healthy", "steady",
             "pain-free", "flexible", "mobile", "balanced", "regular", "normal", "warm"],
    "nails": ["clear", "healthy", "strong", "smooth", "fungus-free", "pink"],
    "measures": ["normal", "healthy", "optimal", "ideal", "stable", "steady", "balanced"],
    "mouth": ["fresh", "clean", "sweet", "odour-free", "odor-free", "moist", "comfortable"],
    "speech": ["fluent", "clear", "confident", "easy", "smooth"],
}  # fmt: skip
#: What each group of adjectives describes: parts, functions and times of a life.
STATE_NOUNS: dict[str, list[str]] = {
    "skin": ["skin", "complexion", "face", "pores", "neck", "jawline", "glow"],
    "hair": ["hair", "hairline", "lashes", "brows", "beard", "nails"],
    "sleep": ["sleep", "nights", "night's sleep", "nights' sleep", "bedtimes", "mornings",
              "evenings", "rest"],
    "mind": ["mind", "mood", "thinking", "focus", "memory", "recall", "head", "thoughts",
             "kids", "children", "baby", "babies", "teens", "days", "moods"],
    "body": ["body", "bones", "joints", "knees", "back", "spine", "muscles", "core",
             "stomach", "belly", "tummy", "waist", "waistline", "abs", "thighs", "arms",
             "gut", "digestion", "bowels", "periods", "cycles", "hormones", "heart",
             "blood pressure", "blood sugar", "weight", "energy", "metabolism", "posture",
             "balance", "breathing", "lungs", "steps", "hands", "fingers", "legs", "toes"],
    "nails": ["nails", "toenails", "fingernails", "feet"],
    # what a test measures, said to be where it should be ("normal iron levels")
    "measures": ["levels", "iron levels", "ferritin", "ferritin levels", "hormone levels",
                 "testosterone levels", "thyroid levels", "vitamin D levels", "B12 levels",
                 "cholesterol", "readings", "results", "prescription", "eye pressure",
                 "blood count", "haemoglobin", "hemoglobin"],
    "mouth": ["breath", "mouth", "smile"],
    "speech": ["speech", "speaking", "talking", "conversation"],
}  # fmt: skip


def desired_states() -> Generated:
    return Generated(
        "desired-states",
        'The state a page promises, as a noun with its adjective: "clear skin", "deep sleep", '
        '"calm kids", "steady energy", "strong bones". Generated by scripts/gen_lexicons.py '
        "from adjectives of a state reached and what they describe (skin, hair, sleep, the "
        "mind, the body), written from how clinics of every area name their results, not "
        "from a post. A topic as much as a promise, so only rules that need a promise around "
        "it (a date, an absolute, a booster, a comparative) read it as an outcome.",
        [
            Section(
                f"{group}: an adjective and what it describes", combine(adjs, STATE_NOUNS[group])
            )
            for group, adjs in STATE_ADJECTIVES.items()
        ],
    )


#: A function said to turn good: the verbs of becoming, then the state ("sleep becomes deep
#: and refreshing", "periods become regular", "your mind grows quiet").
BECOME = ["becomes", "become", "became", "grows", "grow", "turns", "turn", "gets", "get"]
BECOME += ["is now", "are now", "feels", "feel"]
BECOME_STATES = ["deep", "deeper", "restful", "refreshing", "sound", "sounder", "calm"]
BECOME_STATES += ["calmer", "clear", "clearer", "smooth", "smoother", "regular", "normal"]
BECOME_STATES += ["steady", "steadier", "strong", "stronger", "quiet", "quieter", "easy"]
BECOME_STATES += ["easier", "effortless", "comfortable", "pain-free", "sharp", "sharper"]
BECOME_STATES += ["firm", "firmer", "even", "bright", "brighter", "balanced", "predictable"]
BECOME_STATES += ["painless", "second nature", "manageable"]


def state_changes() -> Generated:
    return Generated(
        "state-changes",
        'A function said to turn good, after it: "(sleep) becomes deep", "(periods) become '
        'regular", "(your mind) grows quiet", "(periods) regular again". Generated by '
        "scripts/gen_lexicons.py from the verbs of becoming and the states a clinic promises, "
        "not from a post. Read after a restorable function (CL121).",
        [
            Section("a verb of becoming, a good state", combine(BECOME, BECOME_STATES)),
            Section(
                'a good state again, with the verb left out ("periods regular again")',
                combine(BECOME_STATES, ["again", "once more"]),
            ),
        ],
    )


#: State nouns that alone are as often another word ("head home", "back to work", "face the
#: day", "rest assured", "next steps"), or measures whose return is bad news ("put the weight
#: back on"): in desired-states only, where an adjective fixes them.
_NOT_ALONE = frozenset({"head", "back", "face", "rest", "steps", "arms"})
_NOT_ALONE |= {"weight", "blood pressure", "blood sugar"}


def state_nouns() -> Generated:
    return Generated(
        "state-nouns",
        "What a state a page promises describes, on its own: skin, hair, sleep, the mind and "
        'the body ("Stronger bones", "Calmer kids", "Sharper recall"). Generated by '
        "scripts/gen_lexicons.py from the nouns of desired-states. Read only after a "
        "comparative gain that opens a line (CL128).",
        [
            Section(group, [n for n in nouns if n not in _NOT_ALONE])
            for group, nouns in STATE_NOUNS.items()
        ],
    )


# ------------------------------------------------------------------------------------------
# superlative-rates (CL111): a clinic's rate of success said to be the best

#: What a clinic counts as its results.
RATED = [
    "success",
    "pregnancy",
    "live-birth",
    "live birth",
    "birth",
    "recovery",
    "cure",
    "remission",
    "sobriety",
    "abstinence",
    "healing",
]
#: The rank a page claims for its rate.
TOP = ["the highest", "highest", "the best", "best", "the top", "top", "record", "unmatched"]
TOP += ["unbeatable", "industry-leading", "the leading", "leading", "world-class"]
#: The rank said after the rate ("our success rate is the highest in the state").
IS_TOP = ["is the highest", "are the highest", "is the best", "are the best", "is unmatched"]
IS_TOP += ["are unmatched", "is second to none", "are second to none", "is unbeaten"]


def superlative_rates() -> Generated:
    return Generated(
        "superlative-rates",
        "A clinic's rate of success said to be the best: \"the highest pregnancy rates in the "
        'region", "record recovery rates", "our success rate is the highest in the state". No '
        "rival is named and no figure is sourced, so the rank is a claim of its own. Generated "
        "by scripts/gen_lexicons.py from the results clinics count and the ranks they claim.",
        [
            Section("a rank, a result, a rate", combine(TOP, RATED, ["rate", "rates"])),
            Section(
                "a result's rate, then its rank",
                combine(RATED, ["rate", "rates"], IS_TOP),
            ),
        ],
    )


KNOWLEDGE = LEXICONS.parent / "knowledge"
#: Conditions of the knowledge pack that are uses, not health outcomes a claim changes
#: ("anesthesia", "bone grafting", "induction of labor", "cancer treatment").
NOT_OUTCOMES = {"anesthesia", "bone-grafting", "labor-and-delivery", "cancer"}
#: Last words that make a condition's alias the name of a procedure ("in vitro fertilization").
PROCEDURE_ENDS = ("treatment", "therapy", "fertilization", "fertilisation", "induction")


def _pack_files() -> list[dict[str, Any]]:
    """The knowledge pack's treatment files, parsed (not the pack or its conditions)."""
    out = []
    for path in sorted(KNOWLEDGE.glob("*.yml")):
        if path.stem in ("pack", "conditions"):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("names"), list):
            out.append(data)
    return out


def pack_treatments() -> Generated:
    return Generated(
        "pack-treatments",
        "Every name of every treatment in the knowledge pack (rules/knowledge/*.yml): drugs, "
        'brands, devices and procedures ("spironolactone", "Aldactone", "sermorelin", '
        '"EECP"), so a claim about a treatment the pack knows has a subject even when '
        "treatments.yml has no word for it. Generated by scripts/gen_lexicons.py from the pack: "
        "an entry added there is a subject here after the script runs.",
        [Section(str(data["id"]), [str(n) for n in data["names"]]) for data in _pack_files()],
    )


def pack_conditions() -> Generated:
    data = yaml.safe_load((KNOWLEDGE / "conditions.yml").read_text(encoding="utf-8"))
    sections = []
    for cond in data["conditions"]:
        if cond["id"] in NOT_OUTCOMES:
            continue
        names = [str(n) for n in cond["names"] if not str(n).lower().endswith(PROCEDURE_ENDS)]
        sections.append(Section(cond["id"], names))
    return Generated(
        "pack-conditions",
        "Every unambiguous name of every condition in the knowledge pack "
        "(rules/knowledge/conditions.yml), by body system: diagnoses, abbreviations and lay "
        'names ("hyperhidrosis", "BPH", "lumbago", "whiplash"), so a claim that a '
        "treatment changes one has an outcome. The pack's uses that are not outcomes "
        "(anaesthesia, bone grafting, labour induction, cancer treatment) and its ambiguous "
        "names are left out. Generated by scripts/gen_lexicons.py from the pack.",
        sections,
    )


#: Parts of the body that are no mechanism when a treatment acts on them: every part but the
#: brain, mind and nerves, whose changes name no outcome ("rewires the brain").
MECHANISM_PARTS = {"brain", "mind", "nerve", "nerves"}


def body_parts() -> Generated:
    return Generated(
        "body-parts",
        "The parts of the body by system, as the object of a verb that repairs, strengthens "
        'or protects them ("strengthens your bones", "protects your heart", "straightens the '
        'spine"): what CL133 reads. The brain, mind and nerves are left out: a change to them '
        "names no outcome (mechanism-nouns). Generated by scripts/gen_lexicons.py from the "
        "parts of body-part-outcomes.",
        [Section("a part of the body", [p for p in BODY_PARTS if p not in MECHANISM_PARTS])],
    )


# others-claims
#: Whoever else makes the claim a page warns its reader against: people and businesses in
#: general, other clinics and sellers.
OTHER_CLAIMANTS = [
    "anyone",
    "anybody",
    "someone",
    "those",
    "people",
    "any clinic",
    "a clinic",
    "clinics",
    "other clinics",
    "any practitioner",
    "practitioners",
    "any provider",
    "providers",
    "companies",
    "websites",
    "sellers",
    "brands",
    "influencers",
]
#: What they do with the claim, in the present (singular and plural) and the past.
CLAIMING = ["promises", "promise", "promised", "claims", "claim", "claimed", "guarantees"]
CLAIMING += ["guarantee", "guaranteed", "advertises", "advertise", "advertised", "sells"]
CLAIMING += ["sell", "markets", "market", "tells you", "tell you", "told you"]


def others_claims() -> Generated:
    return Generated(
        "others-claims",
        "A claim the page puts in someone else's mouth to warn its reader against it: "
        '"anyone who promises you a cure", "be wary of clinics that claim to reverse '
        'diabetes", "a red flag". The claim is theirs, not the page\'s. Generated by '
        "scripts/gen_lexicons.py from whoever else makes claims, who or that, the verbs of "
        "claiming, and the words of warning.",
        [
            Section(
                "someone else, who or that, a verb of claiming",
                combine(OTHER_CLAIMANTS, ["who", "that"], CLAIMING),
            ),
            Section(
                "words of warning",
                [
                    "be wary",
                    "beware",
                    "be cautious",
                    "be careful of",
                    "be sceptical",
                    "be skeptical",
                    "be suspicious",
                    "red flag",
                    "red flags",
                    "warning sign",
                    "warning signs",
                    "steer clear",
                    "too good to be true",
                ],
            ),
        ],
    )


# ------------------------------------------------------------------------------------------
# es-claim-verbs, es-function-gains and es-gain-openers (the Spanish half of a bilingual page)


@dataclass(frozen=True)
class EsVerb:
    """A Spanish verb of a certain change in health, with what it takes after it ("acabar"
    "con") and the irregular stems a regular conjugation would get wrong."""

    infinitive: str
    particle: str = ""
    present: str = ""
    """The stem of the present when it changes ("devuelv" for devolver)."""
    preterite: tuple[str, str] = ("", "")
    """Third person singular and plural of an irregular preterite ("redujo", "redujeron")."""
    future: str = ""
    """The stem of an irregular future ("pondr" for poner)."""


def es_forms(verb: EsVerb) -> list[str]:
    """The forms a clinic page states a result in: the present (he, they, you), the
    preterite (he, they), the future (he, they, you), each with the verb's particle and
    the particle's contraction with "el" ("acaba con", "olvídate del")."""
    inf = verb.infinitive
    stem, ending = inf[:-2], inf[-2:]
    present = verb.present or stem
    vowel = "a" if ending == "ar" else "e"
    forms = [present + vowel, present + vowel + "n", present + vowel + "s"]
    if verb.preterite[0]:
        forms += list(verb.preterite)
    elif ending == "ar":
        forms += [stem + "ó", stem + "aron"]
    elif stem.endswith(("u", "e", "a", "o")):  # disminuir: disminuyó, disminuyeron
        forms += [stem + "yó", stem + "yeron"]
    else:
        forms += [stem + "ió", stem + "ieron"]
    future = verb.future or inf
    forms += [future + "á", future + "án", future + "ás"]
    particles = [verb.particle]
    head, _, last = verb.particle.rpartition(" ")
    if last in ("de", "a"):  # contracted with "el": "pone fin al", "se libra del"
        particles.append(f"{head} {'del' if last == 'de' else 'al'}".strip())
    return [f"{form} {p}".strip() for form in forms for p in particles]


#: Verbs of cure, removal, relief, reversal and repair, from the English efficacy, release,
#: resolution and repair verbs of this project as a Spanish clinic page says them.
ES_VERBS = [
    # curing and healing
    EsVerb("curar"),
    EsVerb("sanar"),
    EsVerb("cicatrizar"),
    # removing and ending
    EsVerb("eliminar"),
    EsVerb("acabar", "con"),
    EsVerb("terminar", "con"),
    EsVerb("quitar"),
    EsVerb("borrar"),
    EsVerb("erradicar"),
    EsVerb("desterrar", present="destierr"),
    EsVerb("disolver", present="disuelv"),
    EsVerb("deshacer", present="deshac", preterite=("deshizo", "deshicieron"), future="deshar"),
    EsVerb("derretir", present="derrit", preterite=("derritió", "derritieron")),
    EsVerb("quemar"),
    EsVerb("silenciar"),
    EsVerb("apagar"),
    EsVerb("liberar", "de"),
    EsVerb("librar", "de"),
    # relieving and reducing
    EsVerb("aliviar"),
    EsVerb("calmar"),
    EsVerb("reducir", preterite=("redujo", "redujeron")),
    EsVerb("disminuir", present="disminuy"),
    EsVerb("mejorar"),
    # reversing, stopping and preventing
    EsVerb("revertir", present="reviert", preterite=("revirtió", "revirtieron")),
    EsVerb("detener", present="detien", preterite=("detuvo", "detuvieron"), future="detendr"),
    EsVerb("frenar"),
    # a condition that goes away, its own subject ("sus estrías desaparecerán")
    EsVerb("desaparecer"),
    EsVerb("prevenir", present="previen", preterite=("previno", "previnieron"), future="prevendr"),
    EsVerb("evitar"),
    # restoring, repairing and renewing
    EsVerb("restaurar"),
    EsVerb("devolver", present="devuelv"),
    EsVerb("recuperar"),
    EsVerb("restablecer"),
    EsVerb("resolver", present="resuelv"),
    EsVerb("regenerar"),
    EsVerb("rejuvenecer"),
    EsVerb("reparar"),
    EsVerb("fortalecer"),
    EsVerb("enderezar"),
    EsVerb("corregir", present="corrig", preterite=("corrigió", "corrigieron")),
    EsVerb("blanquear"),
    EsVerb("reafirmar"),
    # a habit or a symptom given up ("deja de fumar en una sesión")
    EsVerb("dejar", "de"),
    # periphrases of ending and removing
    EsVerb("poner", "fin a", present="pon", preterite=("puso", "pusieron"), future="pondr"),
    EsVerb(
        "hacer",
        "desaparecer",
        present="hac",
        preterite=("hizo", "hicieron"),
        future="har",
    ),
]
#: Forms that are as often an adjective ("piernas sanas", "una vida sana"): read only after
#: the offering that does it (es-offering-cures: "el láser sana").
ES_ALSO_ADJECTIVES = frozenset(["sana", "sanas"])
#: What the reader is told to leave behind, as the imperative says it ("despídete del
#: eccema", "dile adiós al colon irritable", "olvídese del hormigueo").
ES_FAREWELLS = combine(
    ["despídete", "despídase", "olvídate", "olvídese", "olvida", "olvide"], ["de", "del"]
)
ES_FAREWELLS += combine(
    ["dile adiós", "di adiós", "diga adiós", "dígale adiós", "decí adiós"], ["a", "al"]
)
#: Fixed forms: years added, and "te" before a verb given back.
ES_FIXED_CLAIMS = ["deje de", "añade años", "le añade años", "te devuelve", "te devolverá"]
ES_FIXED_CLAIMS += ["vuelve a tener"]
#: A problem said never to come back, to the reader ("usted no volverá a sufrir una crisis",
#: "nunca volverás a tener piedras"): the denial is the promise.
ES_FIXED_CLAIMS += combine(["no", "nunca"], ["volverá a", "volverás a", "volverán a"])
ES_FIXED_CLAIMS += ["nunca más", "no más"]


def es_claim_verbs() -> Generated:
    return Generated(
        "es-claim-verbs",
        "Spanish verbs of a certain change in health, for the Spanish half of a bilingual "
        'clinic page ("elimina los ronquidos", "acaba con la ansiedad", "detiene la caída '
        'del cabello", "recuperarás tu pelo", "despídete del eccema"): curing, removing, '
        "relieving, reversing, stopping, restoring and repairing. Generated by "
        "scripts/gen_lexicons.py from each verb's infinitive: the present, preterite and "
        "future of the third person and of the reader, with what the verb takes after it "
        'and its contraction with "el"; the imperatives of leaving a condition behind; and '
        "fixed periphrases. The matcher does not inflect Spanish: every form is listed.",
        [
            Section(
                "verbs of cure, removal, relief, reversal and repair",
                [f for v in ES_VERBS for f in es_forms(v) if f not in ES_ALSO_ADJECTIVES],
            ),
            Section("the reader told to leave it behind", ES_FAREWELLS),
            Section("fixed periphrases", ES_FIXED_CLAIMS),
        ],
    )


#: The verbs of cure and removal whose object is, on a clinic page, always a health problem
#: ("elimina las várices", "cura el mareo", "acaba con las pérdidas de orina"): said of the
#: clinic's offering or by the clinic, they make the claim whatever the problem is called.
#: Verbs that take other objects as readily ("reduce los costes", "mejora tu experiencia",
#: "resolvemos tus dudas") are left out.
ES_CURE_INFINITIVES = ["curar", "sanar", "eliminar", "acabar", "erradicar", "revertir"]
ES_CURE_INFINITIVES += ["cicatrizar", "disolver", "derretir", "hacer"]
#: Each as ES_VERBS conjugates it (with its particle and irregular stems), or regular.
ES_CURES = [
    next((v for v in ES_VERBS if v.infinitive == infinitive), EsVerb(infinitive))
    for infinitive in ES_CURE_INFINITIVES
]
#: What a Spanish clinic page calls its offering, with its gender and number: (noun,
#: feminine, plural).
ES_OFFERINGS = [
    ("tratamiento", False, False),
    ("tratamientos", False, True),
    ("terapia", True, False),
    ("terapias", True, True),
    ("programa", False, False),
    ("plan", False, False),
    ("protocolo", False, False),
    ("método", False, False),
    ("sistema", False, False),
    ("láser", False, False),
    ("fisioterapia", True, False),
    ("inyección", True, False),
    ("inyecciones", True, True),
    ("infiltración", True, False),
    ("sesión", True, False),
    ("sesiones", True, True),
    ("cirugía", True, False),
    ("procedimiento", False, False),
    ("técnica", True, False),
    ("aparato", False, False),
    ("dispositivo", False, False),
    ("crema", True, False),
    ("sérum", False, False),
    ("suero", False, False),
    ("parche", False, False),
    ("pulsera", True, False),
    ("férula", True, False),
    ("dieta", True, False),
    ("suplemento", False, False),
    ("clínica", True, False),
    ("equipo", False, False),
]


#: "Ours", "the" and "this" agreeing with the offering: (feminine, plural) -> determiners.
ES_DETERMINERS = {
    (False, False): ["nuestro", "el", "este"],
    (True, False): ["nuestra", "la", "esta"],
    (False, True): ["nuestros", "los", "estos"],
    (True, True): ["nuestras", "las", "estas"],
}


def es_offering_cures() -> Generated:
    def third(verb: EsVerb, plural: bool) -> list[str]:
        forms = es_forms(verb)  # he, they, you (present); he, they (preterite); future x3
        step = 2 if verb.particle in ("de", "a") else 1  # each form also with "del", "al"
        return [forms[i * step] for i in ((1, 6) if plural else (0, 5))]

    phrases = [
        f"{det} {noun} {form}"
        for noun, feminine, plural in ES_OFFERINGS
        for det in ES_DETERMINERS[feminine, plural]
        for verb in ES_CURES
        for form in third(verb, plural)
    ]
    ours: list[str] = []
    for verb in ES_CURES:  # "we" keeps the infinitive's stem ("revertimos")
        inf = verb.infinitive
        vowel = {"ar": "a", "er": "e", "ir": "i"}[inf[-2:]]
        words = [f"{inf[:-2]}{vowel}mos", f"{verb.future or inf}emos"]
        ours += [f"{w} {verb.particle}".strip() for w in words]
    return Generated(
        "es-offering-cures",
        "The clinic's offering, or the clinic speaking, with a Spanish verb of cure or "
        'removal: "nuestro tratamiento elimina", "el láser cicatriza", "eliminamos", '
        '"acabamos con". On a clinic page such a verb\'s object is a health problem, so the '
        "claim is made whatever the problem is called (CL127 needs no outcome's name after "
        "it). Generated by scripts/gen_lexicons.py from what a page calls its offering, with "
        "the determiners that agree with it, and the third person present and future of the "
        "verbs of cure and removal, and the clinic's own first person plural.",
        [
            Section("the offering and a verb of cure or removal", phrases),
            Section("the clinic, first person plural", ours),
        ],
    )


#: What a body does, as a Spanish headline tells the reader to do it: the imperative.
ES_FUNCTIONS = ["camina", "duerme", "respira", "muévete", "corre", "come", "sonríe", "vive"]
ES_FUNCTIONS += ["oye", "escucha", "disfruta", "siéntete", "descansa", "piensa", "entrena"]
ES_FUNCTIONS += ["vuelve a caminar", "vuelve a dormir", "vuelve a correr", "vuelve a sonreír"]
#: The same told to a reader addressed as "usted", as most clinic pages in Spanish do.
ES_FUNCTIONS += ["camine", "duerma", "respire", "muévase", "corra", "coma", "sonría", "viva"]
ES_FUNCTIONS += ["oiga", "escuche", "disfrute", "siéntase", "descanse", "piense", "entrene"]
ES_FUNCTIONS += ["vuelva a caminar", "vuelva a dormir", "vuelva a correr", "vuelva a sonreír"]
#: How it is promised to go.
ES_GAINS = ["sin dolor", "sin molestias", "sin miedo", "sin pastillas", "sin medicamentos"]
ES_GAINS += ["mejor", "más", "de nuevo", "otra vez", "toda la noche", "sin interrupciones"]
ES_GAINS += ["como nuevo", "como nueva", "más joven", "libre", "libre de dolor", "tranquilo"]
ES_GAINS += ["tranquila", "sin gafas", "sin lentes", "sin bastón", "sin ayuda", "sin límites"]


def es_function_gains() -> Generated:
    return Generated(
        "es-function-gains",
        'A body function the reader is told, in Spanish, to do better: "Camina sin dolor", '
        '"Duerme toda la noche", "Respira mejor", "Siéntete más joven". Generated by '
        "scripts/gen_lexicons.py from the imperative of what a body does and how a clinic "
        "promises it will go. Read only where it opens a line of its own (CL128).",
        [Section("a function, how it will go", combine(ES_FUNCTIONS, ES_GAINS))],
    )


def es_gain_openers() -> Generated:
    return Generated(
        "es-gain-openers",
        'What opens a Spanish benefit headline right before the outcome it promises: "Sin '
        'acidez", "Menos dolor", "Más energía", "Adiós al colon irritable", "Adiós a las '
        'migrañas". Generated by scripts/gen_lexicons.py from the words of absence, of more '
        "and less, and of farewell. Read only right before an outcome, where it opens a line "
        "of its own (CL128).",
        [
            Section(
                "an absence, more or less of it",
                ["sin", "cero", "menos", "más", "mejor", "mejores"],
            ),
            Section(
                "a farewell to it",
                combine(["adiós", "chao", "hasta nunca"], ["a", "al", "a la", "a los", "a las"]),
            ),
            Section(
                'an end to it ("Se acabó el cansancio", "Se acabaron las migrañas")',
                combine(
                    ["se acabó", "se acabaron", "se terminó", "se terminaron"],
                    ["el", "la", "los", "las"],
                ),
            ),
        ],
    )


# ------------------------------------------------------------------------------------------
# definitions: a sentence that says what a condition is ("Psoriasis is an immune-mediated
# condition in which skin cells are replaced faster than usual")

#: What a definition calls a condition (whatever adjectives stand before it: "an
#: immune-mediated condition in which").
CONDITION_KINDS = ["condition", "conditions", "disease", "diseases", "disorder", "disorders"]
CONDITION_KINDS += ["syndrome", "illness"]
#: How a definition goes on to what happens in it.
IN_WHICH = ["in which", "where", "that causes", "characterised by", "characterized by"]
IN_WHICH += ["marked by", "caused by", "that makes", "that happens when", "that occurs when"]
#: A condition said to happen when something goes wrong.
HAPPENS_WHEN = combine(["happens", "happen", "occurs", "occur", "develops", "develop"], ["when"])
#: What goes wrong inside a condition, said of a part of the body ("when the valves
#: inside leg veins stop working properly", "when the insulin-making cells stop working").
BREAKS_DOWN = combine(
    ["stop", "stops", "stopped", "cease", "ceases", "fail", "fails"], ["working", "functioning"]
)
BREAKS_DOWN += ["no longer work", "no longer works", "break down", "breaks down", "wear out"]
BREAKS_DOWN += ["wears out", "fail to close", "fails to close", "fail to work", "fails to work"]


def definitions() -> Generated:
    return Generated(
        "definitions",
        'What a sentence says a condition is, or when it happens: "(an immune-mediated) '
        'condition in which", "(a chronic) disease where", "happens when". What happens '
        'inside such a clause ("skin cells are replaced more quickly than usual") describes '
        "the condition, not a treatment's effect; nor does a part that stops working inside "
        'it ("when the valves stop working properly"). Generated by scripts/gen_lexicons.py '
        "from the kinds of condition and the words that go on to what happens.",
        [
            Section("a condition and what happens in it", combine(CONDITION_KINDS, IN_WHICH)),
            Section("a condition that happens when", HAPPENS_WHEN),
            Section("a part of the body that breaks down inside it", BREAKS_DOWN),
        ],
    )


GENERATED = [
    evidence_cues,
    reported_testimony,
    typical_outcome_subjects,
    typical_like,
    reader_promises,
    safety_claims,
    safe_offerings,
    intensified_safety,
    measure_drops,
    no_recurrence,
    body_part_outcomes,
    body_parts,
    off_medication,
    aids_and_medicines,
    function_gains,
    everyday_acts,
    life_spans,
    gain_openers,
    desired_states,
    state_nouns,
    state_changes,
    superlative_rates,
    pack_treatments,
    pack_conditions,
    harm_denials,
    others_claims,
    es_claim_verbs,
    es_function_gains,
    es_gain_openers,
    es_offering_cures,
    definitions,
]


def _scalar(term: str) -> str:
    """``term`` as a YAML list item: plain where that reads back the same, else quoted."""
    if not term.startswith(("'", '"')) and yaml.safe_load(f"- {term}") == [term]:
        return term
    return json.dumps(term, ensure_ascii=False)


def render(lexicon: Generated) -> str:
    """The file's text."""
    lines = [HEADER.rstrip("\n"), f"name: {lexicon.name}", "description: >"]
    lines += textwrap.wrap(
        lexicon.description, 78, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False
    )
    lines.append("terms:")
    seen: set[str] = set()
    for section in lexicon.sections:
        terms = [t for t in dict.fromkeys(section.terms) if t not in seen]
        seen.update(terms)
        if not terms:
            continue
        lines += textwrap.wrap(section.comment, 88, initial_indent="  # ", subsequent_indent="  # ")
        lines += [f"  - {_scalar(t)}" for t in terms]
    text = "\n".join(lines) + "\n"
    data = yaml.safe_load(text)
    assert data == {
        "name": lexicon.name,
        "description": lexicon.description + "\n",
        "terms": lexicon.terms(),
    }, lexicon.name
    return text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    stale = 0
    for make in GENERATED:
        lexicon = make()
        path = LEXICONS / f"{lexicon.name}.yml"
        text = render(lexicon)
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale += 1
        if args.check:
            print(f"{path}: not what scripts/gen_lexicons.py writes", file=sys.stderr)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
