"""Kinds of study: what the prose calls a cited work, and what the work's title shows it is.

The prose claims a strong design ("a meta-analysis", "a randomised controlled
trial", "a Phase 3 trial"); a title often names its own design ("a perspective
review", "an open-label pilot", "a case report", "in rats"). A mismatch is
reported only when the title names a design and none of the designs it names
fits the claim: a title that says nothing about its design proves nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from claimlint.biblio.refstring import may_contain
from claimlint.core.lazyre import LazyPattern

_I = re.IGNORECASE


@cache
def _claims() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Designs the prose can claim, with the words that claim them (compiled on first use)."""
    return (
        ("meta-analysis", re.compile(r"\bmeta[- ]?analy(?:sis|ses|tic)\b", _I)),
        ("systematic review", re.compile(r"\bsystematic(?:\s+literature)?\s+reviews?\b", _I)),
        (
            "phase",
            re.compile(
                r"\bphase[\s-]*(?P<phase>[1-4]|I{1,3}|IV|one|two|three|four)"
                r"(?:\s*/\s*(?:[1-4]|I{1,3}))?\s+(?:[\w-]+\s+){0,2}?(?:trials?|stud(?:y|ies))\b",
                _I,
            ),
        ),
        (
            "randomized controlled trial",
            re.compile(
                r"\b(?:randomi[sz]ed|placebo[- ]controlled|sham[- ]controlled"
                r"|double[- ]blind(?:ed)?)"
                r"(?:[\s,-]+(?:[\w-]+[\s,-]+){0,4}?)(?:clinical\s+|controlled\s+)?(?:trials?|stud(?:y|ies)|RCTs?)\b"
                r"|\bRCTs?\b|\bcontrolled\s+(?:clinical\s+)?trials?\b"
                r"|\brandomly\s+(?:assigned|allocated)\b|\brandomi[sz]ed\s+\d+",
                _I,
            ),
        ),
        (
            # "a clinical trial", "a trial in patients", "a human study": a study in people,
            # which a study of cells or animals, a review or an opinion is not
            "clinical trial",
            re.compile(
                r"\bclinical\s+(?:trials?|stud(?:y|ies))\b"
                r"|\b(?:trials?|stud(?:y|ies))\s+(?:in|of|with)\s+(?:\d+\s+)?(?:human|patients|people|adults|children|volunteers|women|men)\b"
                r"|\bhuman\s+(?:trials?|stud(?:y|ies))\b",
                _I,
            ),
        ),
        (
            # "a review", "the 2019 literature review", "an overview": a review of others' work,
            # which a primary study (a trial, a pilot, a cohort) is not. A determiner before it
            # keeps out the verb ("we review the evidence"); "peer review" is no design.
            "review",
            re.compile(
                r"\b(?:a|an|the|this|that|their|its|his|her|one|another|recent)\s+"
                r"(?:[\w-]+\s+){0,3}?(?<!peer\s)(?<!peer-)(?:reviews?|overview)\b"
                r"(?!\s+(?:the|your|our|their|its|this|these|those|all|each)\b)",
                _I,
            ),
        ),
    )


@cache
def _signals() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Designs a title can show, with the words that show them, compiled on first use: only
    a sentence that claims a design has its work's title read."""
    return (
        ("meta-analysis", re.compile(r"\bmeta[- ]?analy|\bpooled\s+analysis", _I)),
        (
            "systematic review",
            re.compile(r"\bsystematic\s+(?:literature\s+)?review|\bumbrella\s+review", _I),
        ),
        (
            "randomized trial",
            re.compile(
                r"(?<!non-)(?<!non\s)\brandomi[sz]ed"
                r"|\b(?:placebo|sham|midazolam|active)[- ]controlled"
                r"|\bdouble[- ]blind"
                r"|(?<!non-randomi[sz]ed\s)(?<!nonrandomi[sz]ed\s)"
                r"\bcontrolled\s+(?:[\w-]+\s+)?(?:trial|study)",
                _I,
            ),
        ),
        ("phase", re.compile(r"\bphase[\s-]*(?P<phase>[1-4]|I{1,3}|IV)\b", _I)),
        (
            "open-label study",
            re.compile(
                r"\bopen[- ]label|\buncontrolled\b|\bsingle[- ](?:arm|group)\b|\bone[- ]arm\b"
                r"|\bnon-?\s?randomi[sz]ed\b|\bopen\s+(?:trial|series)",
                _I,
            ),
        ),
        ("pilot study", re.compile(r"\bpilot\b|\bfeasibility\b|\bproof[- ]of[- ]concept\b", _I)),
        (
            "observational study",
            re.compile(
                r"\bobservational\b|\bnaturalistic\b|\bretrospective\b|\bcohort\b|\bregistry\b"
                r"|\bchart\s+review|\bcross[- ]sectional|\bcase[- ]control|\breal[- ]world\b"
                r"|\bsurvey\b|\baudit\b|\bfollow[- ]up\s+study|\blongitudinal\b",
                _I,
            ),
        ),
        (
            "case report",
            re.compile(
                r"\bcase\s+(?:reports?|series|study)\b|\breport\s+of\s+(?:[\w-]+\s+)?cases\b"
                r"|\bpreliminary\s+report\b",
                _I,
            ),
        ),
        # a trial that does not say it was randomised: no meta-analysis or review of others
        (
            "clinical trial",
            re.compile(
                r"\b(?:clinical|experimental|open|pilot|single-centre|single-center)\s+trial\b", _I
            ),
        ),
        (
            "narrative review",
            re.compile(
                r"(?<!systematic\s)(?<!umbrella\s)(?<!scoping\s)\breview\b(?!\s+of\s+(?:meta|systematic))"
                r"|\boverview\b|\bscoping\s+review|\bprimer\b",
                _I,
            ),
        ),
        (
            "expert opinion",
            re.compile(
                r"\bperspectives?\b|\bexpert\s+opinion|\bconsensus\b|\bposition\s+(?:statement|paper)"
                r"|\bcommentary\b|\beditorial\b|\bviewpoint\b|\bguidelines?\b|\brecommendations\b"
                r"|\b(?:critical\s+)?appraisal\b|\bopinion\b|\bletter\s+to\s+the\s+editor\b|\bdebate\b"
                r"|\bcontroversy\b|\bpolicy\s+(?:statement|brief)\b",
                _I,
            ),
        ),
        (
            "laboratory study",
            re.compile(
                r"\b(?:rats?|mice|mouse|murine|rodents?|primates?|zebrafish)\b|\banimal\s+models?"
                r"|\bin\s+vitro\b|\bcell\s+lines?\b|\b\w+\s+cells\b|\bcultures?\b"
                # animals by their adjective or name, cells by their kind, and the other
                # settings that are not people ("a porcine model", "cultured keratinocytes")
                r"|\b(?:porcine|bovine|ovine|canine|feline|equine|rabbits?|pigs?|piglets?|dogs?"
                r"|sheep|hamsters?|guinea\s+pigs?|drosophila|yeast)\b|\bcultured\b"
                r"|\b\w+(?:cytes|blasts)\b|\bex\s+vivo\b|\bin\s+silico\b|\bpre-?clinical\b",
                _I,
            ),
        ),
    )


#: For each claim: the title designs that fit it, and those that contradict it.
_FITS: dict[str, frozenset[str]] = {
    "meta-analysis": frozenset({"meta-analysis", "systematic review"}),
    "systematic review": frozenset({"meta-analysis", "systematic review"}),
    "randomized controlled trial": frozenset({"randomized trial"}),
    "phase": frozenset({"phase"}),
    "review": frozenset(
        {"narrative review", "systematic review", "meta-analysis", "expert opinion"}
    ),
    "clinical trial": frozenset(
        {"randomized trial", "phase", "open-label study", "pilot study", "clinical trial"}
    ),
}
_PRIMARY = frozenset(
    {
        "open-label study",
        "pilot study",
        "observational study",
        "case report",
        "narrative review",
        "expert opinion",
        "laboratory study",
    }
)
_CONTRADICTS: dict[str, frozenset[str]] = {
    "meta-analysis": _PRIMARY | {"randomized trial", "phase", "clinical trial"},
    "systematic review": _PRIMARY | {"randomized trial", "phase", "clinical trial"},
    "randomized controlled trial": _PRIMARY | {"meta-analysis", "systematic review"},
    "phase": _PRIMARY | {"meta-analysis", "systematic review"},
    # a trial or any primary study called a review: the other direction of the mismatch
    "review": (_PRIMARY - {"narrative review", "expert opinion"})
    | {"randomized trial", "phase", "clinical trial"},
    # people studied: not cells or animals, not a review of others' work or an opinion, not
    # a report of a few cases
    "clinical trial": frozenset(
        {"laboratory study", "narrative review", "expert opinion", "case report"}
    ),
}


#: Words that make a design the subject of a wish or a contrast, not a description.
_not_a_description = LazyPattern(
    r"\b(?:not|no|never|without|need(?:s|ed)?|future"
    r"|planned|ongoing|under\s*way|awaited|should|would|will|yet\s+to|lack(?:s|ing)?)\b"
    r"[^.;:]*$"
    # a comparison only right before the design ("rather than a meta-analysis", "unlike a
    # single trial"): "more effective than placebo ... in a randomized trial" describes it
    r"|\b(?:unlike|than|rather\s+than|instead\s+of)\s+(?:[\w-]+\s+){0,3}$",
    _I,
)


#: "... trials are needed", "... trial is planned": the design is wished for, not cited.
_wish_after = LazyPattern(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:are|is|were|was|remain|remains|will\s+be)\s+)?(?:still\s+)?"
    r"(?:needed|required|planned|ongoing|under\s*way|awaited|warranted|lacking)\b",
    _I,
)


_PHASES = {"1": "1", "i": "1", "one": "1", "2": "2", "ii": "2", "two": "2", "3": "3", "iii": "3"}
_PHASES |= {"three": "3", "4": "4", "iv": "4", "four": "4"}


class DesignClaim(NamedTuple):
    """A design the prose attributes to a cited work."""

    start: int
    """Offset of the words in the scanned text."""
    end: int
    """End of the words (exclusive)."""
    design: str
    """``meta-analysis``, ``systematic review``, ``randomized controlled trial``, ``phase``,
    ``review`` (any review, which a primary study is not), ``clinical trial`` (a study in
    people, which one of cells or animals is not), or ``other`` for a modest design
    that is never reported."""
    phase: str | None = None
    """The phase number for a ``phase`` claim ("3")."""

    @property
    def label(self) -> str:
        """The claim in words, for messages."""
        if self.design == "phase":
            return f"a Phase {self.phase} trial"
        article = "an" if self.design[0] in "aeiou" else "a"
        return f"{article} {self.design}"


#: Designs the prose may name without claiming strong evidence. They are never reported,
#: but a sentence that names one first ("a perspective review counted five randomized
#: trials") has said what the cited work is.
#: Compiled on first use, with the claims' patterns (:func:`_scans`).
_modest = LazyPattern(
    r"\b(?:(?:narrative|critical|perspective|literature|scoping)\s+review|review\s+article"
    r"|overview|perspective|commentary|editorial|expert\s+opinion|consensus\s+statement"
    r"|pilot|feasibility|open[- ]label|uncontrolled|observational|naturalistic|retrospective"
    r"|case\s+(?:report|series|study)|cohort\s+study|chart\s+review|animal\s+stud(?:y|ies)"
    r"|(?:study|studies|experiment)\s+in\s+(?:rats|mice|rodents))\b",
    _I,
)


#: For each of :func:`_claims` and then :func:`_modest`: words one of which (in lower case) every
#: match holds, to skip a pattern cheaply where it cannot match.
_CLAIM_WORDS: tuple[tuple[str, ...], ...] = (
    ("meta",),
    ("systematic",),
    ("phase",),
    ("random", "placebo", "sham", "double", "rct", "controlled"),
    ("clinical", "human", "trial", "stud"),
    ("review", "overview"),
    (
        *("review", "overview", "perspective", "commentary", "editorial", "expert", "consensus"),
        *("pilot", "feasibility", "open", "uncontrolled", "observational", "naturalistic"),
        *("retrospective", "case", "cohort", "animal", "rats", "mice", "rodents"),
    ),
)


@cache
def _scans() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """Each pattern of :func:`_claims` and :func:`_modest` with its design and its words,
    compiled on first use: a post without a cited sentence never asks."""
    return tuple(
        (design, pattern, words)
        for (design, pattern), words in zip(
            (*_claims(), ("other", _modest())), _CLAIM_WORDS, strict=True
        )
    )


def claimed_designs(text: str) -> list[DesignClaim]:
    """Designs the text names for a cited work, in order, leaving out wishes and contrasts
    ("larger trials are needed", "unlike randomized trials"). Modest designs ("a pilot
    study") come back with ``design`` ``other``."""
    out: list[DesignClaim] = []
    for design, pattern, words in _scans():
        if not may_contain(text, words):
            continue
        for m in pattern.finditer(text):
            if _same_clause(text, m.start()):
                continue
            if _wish_after().match(text, m.end()):
                continue
            if any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in out):
                continue
            phase = m.groupdict().get("phase")
            out.append(DesignClaim(m.start(), m.end(), design, _PHASES.get((phase or "").lower())))
    out.sort(key=lambda c: c.start)
    return out


def _same_clause(text: str, at: int) -> bool:
    """True when a wish or contrast word stands before ``at`` in the clause that holds
    ``at`` (no "," ";" ":" or "(" between them)."""
    m = _not_a_description().search(text[:at])
    return m is not None and not re.search(r"[,;:(]", text[m.start() : at])


class TitleDesigns(NamedTuple):
    """The designs a title names."""

    designs: frozenset[str]
    """Design names."""
    phases: frozenset[str]
    """Phase numbers named."""
    evidence: dict[str, str]
    """Design -> the words of the title that show it."""


def title_designs(title: str) -> TitleDesigns:
    """The designs a work's title names."""
    designs: set[str] = set()
    phases: set[str] = set()
    evidence: dict[str, str] = {}
    for design, pattern in _signals():
        for m in pattern.finditer(title):
            designs.add(design)
            evidence.setdefault(design, _phrase(title, m.start(), m.end()))
            phase = m.groupdict().get("phase")
            if phase:
                phases.add(_PHASES.get(phase.lower(), phase))
    return TitleDesigns(frozenset(designs), frozenset(phases), evidence)


_boundary = LazyPattern(
    r"[:.;?!]|\b(?:of|in|for|on|with|to|by|among|from|after|versus|vs)\b",
    _I,
)


def _phrase(title: str, start: int, end: int) -> str:
    """The noun phrase around a design word: "a perspective review", "Pilot study"."""
    left = 0
    for m in _boundary().finditer(title, 0, start):
        left = m.end()
    right_m = _boundary().search(title, end)
    right = right_m.start() if right_m else len(title)
    phrase = title[left:right].strip(" ,")
    return re.sub(r"^(?:an?|the)\s+", "", phrase, flags=_I)


def contradiction(claim: DesignClaim, title: TitleDesigns) -> str | None:
    """The words of the title that contradict ``claim`` ("perspective review"), or None when
    the title fits the claim or names no design."""
    if claim.design not in _FITS:
        return None
    if claim.design == "phase" and claim.phase is not None and title.phases:
        return None if claim.phase in title.phases else title.evidence["phase"]
    if title.designs & _FITS[claim.design]:
        return None
    if (
        claim.design == "randomized controlled trial"
        and title.phases == frozenset({"1"})
        and "phase" in title.evidence
    ):
        return title.evidence["phase"]  # a first-in-human, dose-finding trial: no control arm
    if claim.design == "phase" and "randomized trial" in title.designs:
        # a randomized title that names no phase fits a phase claim unless it names
        # something smaller (a pilot)
        clash = title.designs & _PRIMARY
    else:
        clash = title.designs & _CONTRADICTS[claim.design]
    if not clash:
        return None
    # the first design, in the order of :func:`_signals`, that the title shows is quoted
    order = [design for design, _ in _signals()]
    return title.evidence[min(clash, key=order.index)]
