"""Issue 15, thirteenth round: classes of claims read whatever the words, each tested on
members written for this file (no labelled post's or sentence set's sentence), with the
near misses of each class that must stay quiet."""

from __future__ import annotations

import pytest

from claimlint.biblio.study_types import DesignClaim, contradiction, title_designs
from claimlint.text.segment import split_sentences
from tests.claims_support import cited, irrelevant_lines, lint, rules, where

# -- a guarantee of a state a page promises ("Guaranteed silent nights") -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Guaranteed restful evenings.\n",
        "We guarantee silent nights for the whole family.\n",
        "Guaranteed dry nights within a month.\n",
    ],
)
def test_a_guaranteed_state_is_a_claim(text: str) -> None:
    assert where(text) == [("CL103", 1, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A guaranteed appointment within 48 hours.\n",
        "Guaranteed quiet waiting rooms.\n",
        "Silent nights are not guaranteed.\n",
    ],
)
def test_guarantees_of_service_and_denied_guarantees_are_not(text: str) -> None:
    assert where(text) == []


# -- "works" opening a line, then how surely or how fast ---------------------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("## Works the first time, every time\n", 4),
        ("- Works for everyone, whatever their age\n", 3),
        ("- Works instantly, every time\n", 3),
    ],
)
def test_works_opening_a_line_with_a_certainty_is_a_claim(text: str, column: int) -> None:
    assert where(text) == [("CL106", 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        "Works best when applied early.\n",
        "## How it works\n",
        "Works by blocking histamine.\n",
        "## Works Cited\n",
    ],
)
def test_how_and_when_it_works_is_not(text: str) -> None:
    assert where(text) == []


# -- a short line that ends its trouble with "no more" -----------------------------------


@pytest.mark.parametrize(
    "text", ["## Stiff no more\n", "## Sleepless nights no more\n", "## Itchy scalp no more!\n"]
)
def test_a_trouble_no_more_is_a_claim(text: str) -> None:
    assert where(text) == [("CL128", 1, 4)]


@pytest.mark.parametrize(
    "text",
    ["## Wait no more\n", "## Search no more\n", "We see no more than six clients a day.\n"],
)
def test_calls_to_book_and_counts_are_not(text: str) -> None:
    assert where(text) == []


# -- an outcome by a date, the units abbreviated ------------------------------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("- Relief in 10 mins\n", 10),
        ("- Restful sleep in 3 wks\n", 17),
        ("- Relief within 48 hrs\n", 10),
    ],
)
def test_an_outcome_by_an_abbreviated_date_is_a_claim(text: str, column: int) -> None:
    assert where(text) == [("CL124", 1, column)]


def test_a_session_length_is_not() -> None:
    assert where("- Appointment lasts 45 mins\n") == []


# -- a condition's episodes, named by their kind ------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        ("- Attack-free all spring\n", "CL123", 10),
        ("Our drops stop dizzy spells for good.\n", "CL116", 11),
        ("Our balm ends painful twinges in the heel.\n", "CL102", 10),
        ("Our socks prevent chilblains completely.\n", "CL102", 11),
    ],
)
def test_episodes_and_chilblains_are_outcomes(text: str, rule: str, column: int) -> None:
    assert where(text) == [(rule, 1, column)]


def test_an_episode_of_a_podcast_is_not() -> None:
    assert where("In this episode, our doctors talk about sleep.\n") == []


# -- Spanish: more conditions, more verbs, and "fin al" ------------------------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Nuestro gel cura las calenturas en tres días.\n", 13),
        ("Este tratamiento pone fin al bruxismo para siempre.\n", 18),
        ("Nuestra crema deshace los sabañones en una semana.\n", 15),
        ("Nuestro parche cicatriza las llagas en dos días.\n", 1),
    ],
)
def test_spanish_cures_of_more_conditions_are_claims(text: str, column: int) -> None:
    assert where(text) == [("CL127", 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        "La calentura suele cicatrizar sola en diez días.\n",
        "La boca seca es un efecto secundario frecuente de algunos antidepresivos.\n",
    ],
)
def test_spanish_natural_course_and_side_effects_are_not(text: str) -> None:
    assert where(text) == []


# -- everyday acts of leisure, and stretches of time, without a problem ------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("## Cruise without seasickness\n", "CL135"),
        ("## Commute without back pain\n", "CL135"),
        ("## A month without heartburn\n", "CL135"),
        ("## An entire winter free of chilblains\n", "CL135"),
    ],
)
def test_a_day_out_or_a_season_without_a_problem_is_a_claim(text: str, rule: str) -> None:
    assert where(text) == [(rule, 1, 4)]


@pytest.mark.parametrize(
    "text",
    [
        "## A week without appointments\n",
        "## A day without your phone\n",
        "## Fewer migraines: what the research says\n",
        # going without what a body needs: a loss, not a problem gone
        "Nights without sleep are exhausting.\n",
        "A year without a period marks the menopause.\n",
        # a comparative that is no gain, and an activity after "less" or "better": advice
        "Drier skin is common in winter.\n",
        "Less running on hard surfaces for a few weeks.\n",
        "Better eating habits start at home.\n",
    ],
)
def test_time_without_a_non_problem_and_topic_headings_are_not(text: str) -> None:
    assert where(text) == []


# -- a tagline's parts, set apart by dots, bullets or bars --------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Harbour Physio · Three clinics · Walk pain-free again.", 3),
        ("Call us • Book now. Then go.", 3),
        ("Open late | Free parking", 2),
        ("· a dot that opens the line", 1),
        ("x || y", 1),
    ],
)
def test_a_spaced_separator_ends_a_part(text: str, parts: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == parts
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")


def test_a_taglines_last_part_is_read_as_a_headline() -> None:
    text = "**Harbour Physio · Three clinics · Walk pain-free again in weeks.**\n"
    assert where(text) == [("CL128", 1, 36)]


# -- near misses found on the round's sets -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # "every time" as a conjunction: whenever something happens
        "Worry grows every time you avoid the lift.\n",
        # "any effective treatment": every treatment that works, not this one
        "Exposure sits at the heart of any effective treatment for fear of heights.\n",
        # a symptom's own course, read past another list's longer phrase ("while you")
        "The ache eases while you walk and returns at rest.\n",
        # what the reader is given or practises during a course or a procedure
        "You will have light sedation through a drip.\n",
        "You will practise the breathing drill twice a day.\n",
        # a question about what a condition is, answered
        "**Is bruxism a real condition?** Yes. It affects about one adult in ten.\n",
    ],
)
def test_the_rounds_near_misses_are_not_claims(text: str) -> None:
    assert rules(text) == set()


def test_every_time_after_works_is_still_a_claim() -> None:
    assert where("It relieves the itch every time.\n") == [("CL102", 1, 4)]


# -- second batch: freedom from it, proven and safe offerings, urgency idioms -------------


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        ("## Lasting freedom from neck pain\n", "CL128", 4),
        ("## A new life without panic attacks\n", "CL135", 4),
        ("Shockwave is a proven alternative to heel surgery.\n", "CL104", 16),
        ("Acupuncture is a safe companion to chemotherapy.\n", "CL107", 16),
        ("## No more dashing to the toilet\n", "CL108", 4),
        ("## Warm hands for life\n", "CL111", 15),
        ("## The hay fever fix that really works\n", "CL106", 27),
    ],
)
def test_second_batch_classes_are_claims(text: str, rule: str, column: int) -> None:
    assert where(text) == [(rule, 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        # a gain opener that is the subject of a statement of value or aim
        "Better sleep is important for recovery.\n",
        "Less joint pain is the aim of every plan.\n",
        "## Freedom of Information requests\n",
        "There is no proven alternative to surgery for this.\n",
        # an age group named by a comparative
        "Younger children are better seen by their GP.\n",
        # a laboratory's results, and a compound of growth
        "Results come back in about ten working days.\n",
        "For fast-growing warts we may add cryotherapy.\n",
        # confidence in a choice
        "Our laser is FDA-cleared, so you can be confident you are in safe hands.\n",
        # an idea set out as a theory
        "The theory is that people with asthma over-breathe, lowering carbon dioxide.\n",
        # an indefinite pronoun's possessive is nobody's case
        "Everyone's sweat glands respond differently.\n",
        # a negated onset that is conditional, or said of side effects
        "If it won't happen naturally, we can help.\n",
    ],
)
def test_second_batch_near_misses_are_not_claims(text: str) -> None:
    assert where(text) == []


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Wear our wristband and travel sickness simply won't happen.\n", 47),
        ("Use the gel at the first tingle and the blister never forms.\n", 49),
        ("With our balm, the eczema will not break out again.\n", 27),
    ],
)
def test_an_onset_denied_for_the_future_is_a_claim(text: str, column: int) -> None:
    assert where(text) == [("CL118", 1, column)]


# -- "usually" said of the clinic's own clients makes the outcome typical ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Golfers who come to us with a frozen shoulder usually swing freely again in a month.\n",
        "Our clients typically climb stairs without pain after three sessions.\n",
        "Children who start our course generally stop wetting the bed in six weeks.\n",
    ],
)
def test_a_typical_outcome_of_the_clinics_clients_is_a_claim(text: str) -> None:
    assert rules(text) == {"CL119"}


@pytest.mark.parametrize(
    "text",
    [
        # the same adverbs of a condition, a procedure or logistics still hedge
        "Patients usually go home the same day.\n",
        "A sprained ankle typically settles within a few weeks.\n",
        "Results generally last six to nine months.\n",
    ],
)
def test_typical_adverbs_of_a_condition_or_a_procedure_still_hedge(text: str) -> None:
    assert where(text) == []


# -- urges, fogginess and a return to work told as done ------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        ("Our hypnotherapy stops the urge to binge for good.\n", "CL102", 18),
        ("Our tonic lifts fogginess within a week.\n", "CL102", 11),
        ("Our patients tell us they've returned to training within a month.\n", "CL131", 1),
    ],
)
def test_urges_fogginess_and_a_return_told_as_done_are_outcomes(
    text: str, rule: str, column: int
) -> None:
    assert where(text) == [(rule, 1, column)]


def test_a_return_in_a_condition_is_not() -> None:
    assert where("If you have returned to work, tell your physio.\n") == []


# -- the same result every customer sees, and a function that becomes painless ------------


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        (
            "Photos before and after a week of our balm: the same happy result every user sees.\n",
            "CL122",
            45,
        ),
        ("With our stick, walking becomes painless.\n", "CL121", 25),
        ("Swallowing becomes second nature again after our therapy.\n", "CL121", 12),
    ],
)
def test_a_shared_result_and_a_function_turned_good_are_claims(
    text: str, rule: str, column: int
) -> None:
    assert where(text) == [(rule, 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        "We give every customer the same clear receipt.\n",
        "Walking is good exercise.\n",
        "Eating becomes difficult when your jaw locks.\n",
    ],
)
def test_receipts_exercise_and_a_function_turned_bad_are_not(text: str) -> None:
    assert where(text) == []


# -- study designs a title shows: single-group, non-randomised, first-in-human ------------


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        (
            "Hydrotherapy for fibromyalgia: a single-group feasibility trial",
            "single-group feasibility trial",
        ),
        ("A one-arm study of nasal irrigation in chronic sinusitis", "one-arm study"),
        (
            "A non-randomised controlled trial of splints for bunions",
            "non-randomised controlled trial",
        ),
        ("Dose escalation of topical capsaicin: results of a phase I trial", "phase I trial"),
    ],
)
def test_a_title_that_is_no_randomised_trial_contradicts_the_claim(title: str, quoted: str) -> None:
    claim = DesignClaim(0, 0, "randomized controlled trial", None)
    assert contradiction(claim, title_designs(title)) == quoted


@pytest.mark.parametrize(
    "title",
    [
        "A randomised phase I trial of capsaicin versus placebo",
        "Phase 3 randomized trial of splints for bunions",
        "Nasal irrigation in chronic sinusitis: a randomized controlled trial",
    ],
)
def test_randomised_titles_fit_the_claim(title: str) -> None:
    claim = DesignClaim(0, 0, "randomized controlled trial", None)
    assert contradiction(claim, title_designs(title)) is None


# -- the kidneys and stones, and the outer ear, as subjects a citation shares --------------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Shockwave treatment breaks up a stone in the ureter", "Guidelines on urolithiasis"),
        ("Microsuction clears blocked ears in minutes", "Clinical guideline: cerumen impaction"),
    ],
)
def test_stones_and_ears_are_one_subject_by_either_name(sentence: str, title: str) -> None:
    assert irrelevant_lines(cited(sentence, title, "Okafor", 2019)) == []


def test_a_stone_sentence_citing_a_hair_trial_is_still_irrelevant() -> None:
    sentence = "Shockwave treatment breaks up a stone in the ureter"
    text = cited(sentence, "Low-level light for androgenetic alopecia", "Okafor", 2019)
    assert irrelevant_lines(text) == [("CL307", 1)]


# -- results-vary statements: a course told as different, some set against some ----------

_TESTIMONIAL = "> After two sessions my shoulder pain was gone. (Dana)\n\n"


@pytest.mark.parametrize(
    "statement",
    [
        "Everyone's recovery is different, so we review your plan each month.\n",
        "Healing looks different for everyone who comes to us.\n",
        "Some clients run again within weeks of starting, some need the whole course.\n",
    ],
)
def test_a_course_told_as_different_is_a_results_vary_statement(statement: str) -> None:
    assert [f.rule for f in lint(_TESTIMONIAL + statement) if f.rule == "CL403"] == []
    assert [f.rule for f in lint(_TESTIMONIAL) if f.rule == "CL403"] == ["CL403"]


def test_a_body_told_as_different_is_not() -> None:
    post = _TESTIMONIAL + "Everyone's shoulder is different, so bring your scan.\n"
    assert [f.rule for f in lint(post) if f.rule == "CL403"] == ["CL403"]


# -- an organisation that recognises a treatment is an appeal to authority -----------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("The World Health Organization recognises cupping as a therapy for neck pain.\n", 1),
        ("The AAOS recognizes bracing as standard care for scoliosis.\n", 5),
        ("The Royal College of Podiatry acknowledged orthotics as a treatment for heel pain.\n", 1),
    ],
)
def test_an_organisation_recognising_a_treatment_is_an_appeal(text: str, column: int) -> None:
    assert where(text, "missing-citation") == [("CL201", 1, column)]


def test_a_body_recognised_by_a_regulator_is_no_appeal() -> None:
    text = "Our clinic is recognised by the Professional Standards Authority.\n"
    assert where(text, "missing-citation") == []


# -- help with a task is no outcome ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We'll help you arrange gambling self-exclusion with every bookmaker.\n",
        "We'll help you organise smoking breaks around your shifts.\n",
    ],
)
def test_help_with_a_task_is_not_a_claim(text: str) -> None:
    assert where(text) == []


def test_a_mechanism_told_with_works_by_is_not_scored_as_a_claim() -> None:
    assert where("Valaciclovir works by stopping the virus from copying itself.\n") == []
