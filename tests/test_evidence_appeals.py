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


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a specialty from any clinical area, qualified, at a place with lower-case links
        (
            "Hand surgeons at the Institute for Hand and Wrist Care have found faster grip gains.",
            "surgeons at the Institute for Hand and Wrist Care have found",
        ),
        (
            "Podiatrists from the College of Foot Medicine recommend night splints.",
            "Podiatrists from the College of Foot Medicine recommend",
        ),
        ("Audiologists widely agree that early fitting matters.", "Audiologists widely agree"),
        # "according to" the experts, qualified or not
        (
            "According to leading hepatologists, milk thistle protects the liver.",
            "According to leading hepatologists",
        ),
        ("According to pain specialists, cupping lifts tension.", "According to pain specialists"),
        # a link offered as a finding
        (
            "Research has linked gum disease to heart attacks.",
            "Research has linked",
        ),
        # Spanish, in a bilingual post
        (
            "Los ensayos clínicos han demostrado que la acupuntura alivia el dolor.",
            "Los ensayos clínicos han demostrado",
        ),
        ("Según los expertos, la crioterapia acelera la recuperación.", "Según los expertos"),
    ],
)
def test_appeals_in_other_words(text: str, words: str) -> None:
    assert appeals(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        # the clinic's own staff, naming, and working with
        "Our team of physiotherapists recommends two visits a week.",
        "Doctors at our clinic recommend fasting before the infusion.",
        "A pattern doctors call post-viral fatigue can follow the infection.",
        "We work closely with audiologists across the county.",
        # advice on a regimen, not evidence
        "After surgery, many surgeons suggest two or three sessions a week.",
        # negated, asked, or cited
        "No study has linked the drip to kidney harm.",
        "Do allergists agree that drops work for children?",
        "Según los expertos (García et al., 2019), la crioterapia acelera la recuperación.",
    ],
)
def test_other_wordings_that_are_no_appeal(text: str) -> None:
    assert appeals(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the volume of research offered as support
        (
            "Forty years of published research stand behind every peel.",
            "years of published research stand behind",
        ),
        # studies named with what they involved, then their finding
        (
            "Trials with hundreds of veterans confirm the block calms flashbacks.",
            "Trials with hundreds of veterans confirm",
        ),
        # subspecialties of the other clinical areas
        ("Phlebologists agree foam works best on small veins.", "Phlebologists agree"),
        ("Embryologists recommend freezing before 35.", "Embryologists recommend"),
    ],
)
def test_fifth_round_appeals(text: str, words: str) -> None:
    assert appeals(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "What twenty years of research tells us about hormone therapy.",
        "Trials in children are still under way.",
    ],
)
def test_research_as_a_topic_is_no_appeal(text: str) -> None:
    assert appeals(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Surgeons have known for decades that bracing slows curves.", "Surgeons have known"),
        ("There is growing evidence that cupping eases neck pain.", "There is growing evidence"),
        (
            "The evidence is now conclusive: cold plunges reset cortisol.",
            "The evidence is now conclusive",
        ),
        (
            "Acupuncture is endorsed by the leading fertility organisations.",
            "endorsed by the leading fertility organisations",
        ),
    ],
)
def test_more_appeals_of_the_fifth_round(text: str, words: str) -> None:
    assert appeals(text) == [words]


def test_naming_a_condition_is_no_appeal() -> None:
    assert appeals("The lingering aches are what doctors call post-viral fatigue.") == []


# -- sixth round: badges in any wording, experts by how widely they are found, what they
# came to know; every sentence written for the test, none from a labelled post -----------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a badge, bare or with words before its evidence noun
        ("Scientifically validated, our cupping protocol eases back pain.",
         "Scientifically validated"),
        ("Every formula is grounded in clinical research.", "grounded in clinical research"),
        ("Underpinned by peer-reviewed science, the drip restores energy.",
         "Underpinned by peer-reviewed science"),
        ("Our approach is backed by the latest sports-medicine evidence.",
         "backed by the latest sports-medicine evidence"),
        ("Medically tested and gentle on skin, the peel fades melasma.", "Medically tested"),
        # the volume of research with a word of its own before the noun
        ("Forty years of Japanese data confirm that forest bathing lowers blood pressure.",
         "years of Japanese data confirm"),
        # experts by how widely they are found, and verbs of coming to know
        ("Dentists nationwide now recognise oil pulling as a cure for gum disease.",
         "Dentists nationwide now recognise"),
        ("Dermatologists around the world have documented faster healing.",
         "Dermatologists around the world have documented"),
        ("Physiotherapists in Sweden discovered that the method rebuilds cartilage.",
         "Physiotherapists in Sweden discovered"),
    ],
)  # fmt: skip
def test_sixth_round_appeals(text: str, words: str) -> None:
    assert appeals(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Our sleep lab is supported by research grants from two universities.",
        "Dentists nationwide prescribe the rinse after extractions.",
        "The clinic is rooted in the neighbourhood it serves.",
        "Our physiotherapists discovered a love of running in their teens.",
    ],
)
def test_sixth_round_wordings_that_are_no_appeal(text: str) -> None:
    assert appeals(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # health bodies by their initials, alone or with another body
        ("The CDC says a booster halves hospital stays.", "CDC says"),
        ("ACOG recommends pelvic floor training after birth.", "ACOG recommends"),
        (
            "NICE and the European League Against Rheumatism recommend exercise.",
            "NICE and the European League Against Rheumatism recommend",
        ),
        (
            "The Royal College of Surgeons and the American Heart Association agree.",
            "the American Heart Association agree",
        ),
        # the sciences of medicine as the source of a finding
        ("Sports science confirms that ice baths speed recovery.", "Sports science confirms"),
        ("Modern medicine has proven that posture drives neck pain.", "Modern medicine has proven"),
        # reporting verbs: "report"
        ("Trials report far fewer flare-ups on the new biologic.", "Trials report"),
        ("A recent survey reports better sleep in nine of ten users.", "survey reports"),
        # Spanish: attribution to a named body or to research in general
        ("Según la Sociedad Española de Cardiología, el ejercicio es clave.", "Según la Sociedad"),
        ("Según investigaciones recientes, el ayuno mejora la memoria.", "Según investigaciones"),
        # a verdict by people of science in general
        ("The scare about statins was debunked by experts.", "debunked by experts"),
        ("Our protocol is endorsed by leading physicians.", "endorsed by leading physicians"),
    ],
)
def test_ninth_round_appeals(text: str, words: str) -> None:
    assert appeals(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "WHO IS THIS TREATMENT FOR?",
        "The NHS offers free stop-smoking services in most areas.",
        "The WHO guidelines are updated every few years.",
        "Patients report the gel feels cool on the skin.",
        "The CDC says a booster halves hospital stays (CDC, 2023).",
        "That rumour was debunked by our own pharmacists.",
    ],
)
def test_ninth_round_not_appeals(text: str) -> None:
    assert appeals(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # experts placed by a region, not only by a named institution
        ("Podiatrists across Scandinavia agree that insoles help.", "Podiatrists across"),
        ("Allergists throughout North America recommend it.", "Allergists throughout"),
        # studies and findings cited like people, past a few words of what they are
        ("Newer analyses by dose have suggested a ceiling effect.", "analyses by dose have"),
        ("Trials in older men showed fewer falls on the drug.", "Trials in older men showed"),
        ("Some evidence hints that zinc shortens colds.", "evidence hints"),
        ("Research out of Karolinska points to a lasting effect.", "Research out of"),
    ],
)
def test_tenth_round_appeals(text: str, words: str) -> None:
    [found] = appeals(text)
    assert found.startswith(words), found


@pytest.mark.parametrize(
    "text",
    [
        "Many surgeons suggest two or three sessions a week.",
        "Our findings suggested nothing about your insurance.",
        "Trials with placebo are still recruiting in Leeds.",
        "Podiatrists across the county take part in our training days.",
    ],
)
def test_tenth_round_not_appeals(text: str) -> None:
    assert appeals(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # any specialist named by the ending medicine gives them
        ("Hepatologists agree that coffee protects the liver.", "Hepatologists agree"),
        ("Paediatric physiatrists recommend early splinting.", "physiatrists recommend"),
        # evidence described by where it was gathered
        ("Data pooled from forty clinics shows a lasting effect.", "Data pooled from"),
    ],
)
def test_tenth_round_specialists_and_gathered_evidence(text: str, words: str) -> None:
    [found] = appeals(text)
    assert found.startswith(words) or words in found, found
