"""Known false positives and misses of issue 14 (item 10), each tested as a class: fresh
sentences for each principle, not only the sentence the issue quoted, and sentences just
outside the class that must keep their result."""

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
    return build_plan(Config(select=["ALL"]))


def lint(text: str) -> list[Finding]:
    return lint_text(text, "post.md", _plan())


def rules(text: str) -> set[str]:
    return {f.rule for f in lint(text)}


def categories(text: str) -> set[str]:
    return {f.category for f in lint(text)}


# -- CL106: a person working is not a treatment working ------------------------------------

PEOPLE_WORKING = [
    "Dr. Lee has worked in emergency medicine for 12 years.",
    "Our nurse practitioner has worked in addiction medicine since 2010.",
    "She's worked with TMS patients for a decade.",
    "Jane Okafor, RN, has worked in psychiatric nursing for 20 years.",
    "Our psychiatrists have worked at major teaching hospitals.",
    "Dr Amal Haddad worked as an anaesthetist before joining the clinic.",
    "Our founder, who worked in intensive care for years, opened the clinic in 2019.",
    "Prof. Kim has also worked on ketamine research.",
    "Our physiotherapists work in sports medicine and rehabilitation.",
]
TREATMENTS_WORKING = [
    "Ketamine works when antidepressants have failed.",
    "MDMA therapy works.",
    "Our acupuncture really works for migraines.",
]


@pytest.mark.parametrize("text", PEOPLE_WORKING)
def test_a_person_working_is_not_a_claim(text: str) -> None:
    assert "CL106" not in rules(text)


@pytest.mark.parametrize("text", TREATMENTS_WORKING)
def test_a_treatment_working_still_is(text: str) -> None:
    assert "CL106" in rules(text)


# -- embedded questions: "ask whether", "discuss if" ------------------------------------------

EMBEDDED = [
    "Ask your doctor whether ketamine is safe for you.",
    "Ask your doctor if TMS is safe during pregnancy.",
    "We will discuss whether ketamine works for your depression.",
    "Check with your GP whether semaglutide is safe with your other medicines.",
    "Talk to your pharmacist about whether this supplement is safe for you.",
    "You may wonder if psilocybin cures anxiety.",
    "Our team will assess whether hyperbaric oxygen relieves your symptoms.",
    "Find out if red light therapy is safe for your skin type.",
]
NOT_EMBEDDED = [
    "If you have PTSD, ketamine is safe.",
    "Whether you have anxiety or depression, ketamine relieves your symptoms.",
    "Ketamine is safe, and you can ask your doctor about it.",
]


@pytest.mark.parametrize("text", EMBEDDED)
def test_an_embedded_question_is_not_a_claim(text: str) -> None:
    assert "unhedged-claim" not in categories(text)


@pytest.mark.parametrize("text", NOT_EMBEDDED)
def test_a_condition_or_a_concession_is_still_a_claim(text: str) -> None:
    assert "unhedged-claim" in categories(text)


# -- CL114: negated outcomes and unquoted attributions ---------------------------------------

TESTIMONIALS = [
    "“I haven't had a single cold since,” says Jane, a client since 2023.",
    '"I haven\'t had a migraine in four months," says Priya, a patient since 2022.',
    "“Not a single panic attack since my third session,” says Tom, a client since 2021.",
    "“I've not needed my inhaler all winter,” says Mia, a member since 2024.",
    "“I hadn't had a flare-up in a year,” recalls Dana, a client since 2019.",
    "I haven't had a drink since my first infusion, says Carlos, a client since 2023.",
    "My back pain is gone, says Ahmed, a patient since 2020.",
    "I haven’t had a nightmare since my fourth session, says Lena, a veteran.",
]
NOT_TESTIMONIALS = [
    "“Depression is common,” says Dr. Lee, our medical director.",
    "“I haven't had a chance to book yet,” says Sam.",
    "Our clinic has treated patients since 2015, says Dr. Chen, a psychiatrist.",
]


@pytest.mark.parametrize("text", TESTIMONIALS)
def test_an_outcome_account_attributed_to_a_client(text: str) -> None:
    assert "CL114" in rules(text)


@pytest.mark.parametrize("text", NOT_TESTIMONIALS)
def test_no_outcome_or_no_client_is_no_testimonial(text: str) -> None:
    assert "CL114" not in rules(text)


# -- absolutes about what a product does in the body ----------------------------------------

ABSOLUTES = [
    "Our NAD+ drip gives 100% absorption.",
    "IV vitamins offer 100 percent bioavailability.",
    "Liposomal glutathione delivers instant absorption.",
    "Injections guarantee 100% uptake of every vitamin.",
]


@pytest.mark.parametrize("text", ABSOLUTES)
def test_an_absolute_about_absorption_is_a_claim(text: str) -> None:
    assert "unhedged-claim" in categories(text)


# -- outcome claims about a body function ----------------------------------------------------

BODY_FUNCTIONS = [
    "NAD+ boosts your immune system.",
    "Our IV drips strengthen immunity.",
    "Red light therapy optimises your metabolism.",
    "Peptide therapy enhances cognitive function.",
    "Testosterone replacement boosts libido.",
    "Ozone therapy improves circulation.",
    "Our gut protocol restores digestive health.",
    "Cold plunges supercharge your metabolic rate.",
]


@pytest.mark.parametrize("text", BODY_FUNCTIONS)
def test_an_unhedged_claim_about_a_body_function(text: str) -> None:
    assert "unhedged-claim" in categories(text)


def test_a_hedged_claim_about_a_body_function_is_not_unhedged() -> None:
    found = categories("NAD+ may boost your immune system for some people.")
    assert "unhedged-claim" not in found
    assert "uncited-claim" in found


# -- superlatives about recovery -------------------------------------------------------------

SUPERLATIVES = [
    "This is the fastest way to recover.",
    "Cryotherapy is the quickest way to heal after a marathon.",
    "Our IV drip is the surest way to bounce back after a night out.",
    "Physical therapy is the best way to recover from a knee replacement.",
    "Hydration therapy is the fastest way to get better after the flu.",
]


@pytest.mark.parametrize("text", SUPERLATIVES)
def test_a_superlative_about_recovery_is_a_claim(text: str) -> None:
    assert "unhedged-claim" in categories(text)


def test_a_superlative_about_logistics_is_not() -> None:
    assert "unhedged-claim" not in categories("The fastest way to book is online.")


# -- CL306: a primary study called a review --------------------------------------------------

SOURCE = (
    "\n\n## Sources\n\n- Hale, P., Ortiz, M., & Brandt, K. (2016). Rapid effects of an "
    "infusion: {title}. *Journal of Examples*, 2(1), 1–9.\n"
)
CALLED_A_REVIEW = [
    ("A review by Hale et al. (2016) found fast relief.", "a randomized controlled trial"),
    ("In a 2016 review, Hale et al. reported fast relief.", "a randomized, sham-controlled trial"),
    ("An overview by Hale et al. (2016) described fast relief.", "a phase 2 trial"),
    ("A literature review (Hale et al., 2016) found fast relief.", "an open-label pilot study"),
    ("A review (Hale et al., 2016) found fast relief.", "a retrospective cohort study"),
]
REVIEWS = [
    ("A review by Hale et al. (2016) found fast relief.", "a narrative review"),
    ("A review by Hale et al. (2016) found fast relief.", "a systematic review and meta-analysis"),
    ("A review by Hale et al. (2016) found fast relief.", "a perspective"),
    ("We review what Hale et al. (2016) found.", "a randomized controlled trial"),
    ("A peer-reviewed trial (Hale et al., 2016) found fast relief.", "a randomized trial"),
]


@pytest.mark.parametrize(("text", "title"), CALLED_A_REVIEW)
def test_a_primary_study_called_a_review(text: str, title: str) -> None:
    assert "CL306" in rules(text + SOURCE.format(title=title))


@pytest.mark.parametrize(("text", "title"), REVIEWS)
def test_a_review_called_a_review(text: str, title: str) -> None:
    assert "CL306" not in rules(text + SOURCE.format(title=title))
