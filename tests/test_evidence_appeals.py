"""CL201 on appeals to the professions of medicine, written fresh for this test: any
specialty agreeing, recommending or suspecting, and researchers at a named place."""

from __future__ import annotations

import pytest

from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from tests.cli_support import one_line_findings

PLAN = build_plan(Config(select=["CL201"]), no_cache=True)


def appeals(text: str) -> list[str]:
    return [words for rule, _, words in one_line_findings(PLAN, text) if rule == "CL201"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Cardiologists agree that chelation clears arteries.", "Cardiologists agree"),
        ("Most ophthalmologists recommend LASIK over contacts.", "ophthalmologists recommend"),
        (
            "Nutritionists increasingly believe fasting resets the gut.",
            "Nutritionists increasingly believe",
        ),
        ("Sleep specialists suspect blue light drives insomnia.", "Sleep specialists suspect"),
        (
            "Surgeons at the Cleveland Clinic have reported faster healing.",
            "Surgeons at the Cleveland Clinic have reported",
        ),
    ],
)
def test_appeals_to_a_profession_need_a_citation(text: str, words: str) -> None:
    assert appeals(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Our physiotherapists recommend gentle stretching after each session.",
        "Your dermatologist may recommend a lower dose.",
        "Cardiologists agree that chelation clears arteries (Lamas et al., 2013).",
        "Ask whether surgeons recommend it for someone your age.",
    ],
)
def test_the_clinics_advice_cited_appeals_and_questions_are_not(text: str) -> None:
    assert appeals(text) == []
