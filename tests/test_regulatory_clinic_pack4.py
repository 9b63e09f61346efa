"""Tenth accuracy round: what the FDA approves no cosmetic for, neurofeedback, pellets of
compounded hormones by other names, and a drug's legal status in the UK read from the pack's
UK control status. Sentences are written for this file."""

from __future__ import annotations

from functools import cache

import pytest

from claimlint.core.model import Finding
from claimlint.engine.linter import Plan
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text


@cache
def _plan() -> Plan:
    return build_plan(Config())


def lint(text: str) -> list[Finding]:
    return lint_text(text, "post.md", _plan())


def found(text: str, rule: str) -> list[tuple[int, int, str]]:
    return [(f.start.line, f.start.column, f.message) for f in lint(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("sentence", "word", "says"),
    [
        # a cosmetic is never FDA-approved, whatever it is
        ("Our FDA-approved whitening strips lift stains in a week.", "FDA-approved", "cosmetic"),
        ("Every serum we stock is FDA-approved.", "FDA-approved", "cosmetic ('serum')"),
        ("The clinic's skincare line is FDA-approved.", "FDA-approved", "cosmetic"),
        # neurofeedback has no decision to treat any condition
        ("EEG biofeedback is FDA-approved for autism.", "FDA-approved", "autism"),
        # compounded hormone pellets by another name
        ("BHRT pellet implants are FDA-approved and made to measure.", "FDA-approved", ""),
        # legal in the UK: a controlled drug only as the law allows, a prohibited one never
        ("Medicinal cannabis is completely legal in Britain now.", "legal", "controlled drug"),
        ("Cannabis oil is legal across England.", "legal", "Class B"),
        ("Magic mushrooms are legal in Scotland.", "legal", "prohibited in the UK"),
    ],
)
def test_cl401_reads_cosmetics_devices_pellets_and_uk_law(
    sentence: str, word: str, says: str
) -> None:
    hits = found(sentence + "\n", "CL401")
    assert [(line, column) for line, column, _ in hits] == [(1, sentence.index(word) + 1)]
    assert says in hits[0][2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tretinoin cream is FDA-approved for acne.",
        "Our whitening trays are custom-fitted by the dentist.",
        "Since 2018, specialist doctors in the UK can lawfully prescribe medical cannabis.",
        "Medical cannabis has been legal on a specialist's prescription in the UK since 2018.",
        "Cannabis is not legal in the UK without a prescription.",
        "We treat cannabis dependence, whatever the law says in your state.",
    ],
)
def test_cl401_leaves_true_or_qualified_statements(sentence: str) -> None:
    assert found(sentence + "\n", "CL401") == []


def test_neurofeedback_for_adhd_is_promoted_without_a_decision() -> None:
    hits = found("# Focus\n\nOur neurofeedback sessions help children with ADHD.\n", "CL402")
    assert [(line, column) for line, column, _ in hits] == [(3, 5)]
    assert "neurofeedback" in hits[0][2]


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("Our naltrexone pellets are FDA-approved for alcohol use disorder.", "pellets"),
        ("Semaglutide patches are FDA-approved for weight loss.", "patches"),
    ],
)
def test_cl401_an_approval_for_a_form_none_of_the_recorded_ones_has(
    sentence: str, form: str
) -> None:
    hits = found(sentence + "\n", "CL401")
    assert [(line, column) for line, column, _ in hits] == [(1, sentence.index("FDA") + 1)]
    assert hits[0][2].endswith(f"not as {form}")


@pytest.mark.parametrize(
    "sentence",
    [
        "Naltrexone tablets are FDA-approved for alcohol use disorder.",
        "Extended-release naltrexone injections are FDA-approved for opioid use disorder.",
        "Esketamine nasal spray is FDA-approved for treatment-resistant depression.",
    ],
)
def test_cl401_a_recorded_form_passes(sentence: str) -> None:
    assert found(sentence + "\n", "CL401") == []
