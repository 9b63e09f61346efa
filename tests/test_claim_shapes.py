"""Issue 15: claim shapes the rules must read whatever the words, each tested as a class
with sentences written for this file (no post's sentence), and the near misses of each
class that must stay quiet.

A claim is found by the shape of its clause, so every row here uses words that no rule
lists as a trigger for that exact sentence: a finding proves the shape is read."""

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


def claims(text: str) -> list[Finding]:
    return [f for f in lint(text) if f.category == "unhedged-claim"]


def where(findings: list[Finding]) -> list[tuple[str, int, int]]:
    return [(f.rule, f.start.line, f.start.column) for f in findings]


# -- a subject-less line: the verb opens a list item, a table cell or a heading ----------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("- Dissolves cellulite on thighs and hips\n", 3),
        ("- Wipes out sugar cravings\n", 3),
        ("| Plan | Promise |\n|---|---|\n| Glow | Erases dark spots |\n", 10),
        ("## Banishes hot flushes\n", 4),
    ],
)
def test_a_line_that_opens_with_its_verb_is_a_claim(text: str, column: int) -> None:
    assert [f.start.column for f in claims(text)] == [column]


@pytest.mark.parametrize(
    "text",
    [
        "- Includes a review of your symptoms\n",
        "- Costs $90 per session for knee pain\n",
        "- Reduced fees for veterans\n",
        "## Explains what causes hot flushes\n",
    ],
)
def test_a_line_that_opens_with_a_process_verb_is_quiet(text: str) -> None:
    assert claims(text) == []


# -- plural subjects take the verb's base form ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Weekly sessions sweep away brain fog.",
        "Our adjustments iron out neck pain.",
        "Regular sessions torch belly fat.",
        "Monthly injections thicken thinning hair.",
    ],
)
def test_a_plural_treatment_subject_with_a_base_verb_is_a_claim(text: str) -> None:
    found = claims(text)
    assert len(found) == 1
    # the finding starts at the verb, after the subject
    assert text[found[0].start.column - 1 :].split()[0] in text.split()[2:]


@pytest.mark.parametrize(
    "text",
    [
        "Weekly sessions last about an hour for back pain.",
        "Injections are given in the knee joint.",
        "Regular sessions cost less than surgery for neck pain.",
    ],
)
def test_a_plural_subject_with_a_process_verb_is_quiet(text: str) -> None:
    assert claims(text) == []


# -- "it" stands for the treatment the page is about -----------------------------------------


def test_it_as_the_subject_of_an_outcome_verb_is_a_claim() -> None:
    assert [
        (f.start.line, f.start.column) for f in claims("It banishes hot flushes within a week.")
    ] == [(1, 4)]


def test_it_with_a_mechanism_verb_is_quiet() -> None:
    assert claims("It targets receptors that regulate appetite.") == []


# -- promises to the reader, whatever the verb ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You'll shed ten pounds before summer.",
        "You will sail through the night without snoring.",
        "You are going to wake up with clearer skin.",
        "Finish the course and you will be back on your feet in a fortnight.",
    ],
)
def test_you_will_with_any_verb_and_an_outcome_is_a_promise(text: str) -> None:
    assert [f.rule for f in claims(text)] == ["CL108"]


@pytest.mark.parametrize(
    "text",
    [
        "You will need to fast for six hours before the procedure.",
        "You'll meet your nurse, who checks your blood pressure.",
        "You will be asked about your sleep and your appetite.",
        "You will receive a leaflet on weight management.",
    ],
)
def test_you_will_with_a_logistics_verb_is_quiet(text: str) -> None:
    assert claims(text) == []


# -- an uncited report of research is still a claim ------------------------------------------


def test_an_uncited_research_report_with_an_outcome_is_both_problems() -> None:
    found = lint("A recent trial showed that cupping wipes out tension headaches.")
    assert sorted({f.category for f in found}) == ["missing-citation", "unhedged-claim"]


def test_a_cited_research_report_is_the_studys_result() -> None:
    text = (
        "A recent trial showed that cupping eased tension headaches (Ortega et al., 2021).\n\n"
        "## References\n\n"
        "1. Ortega L, Byrne K. Cupping for tension-type headache: a randomised trial. "
        "Headache. 2021;61(2):201-9.\n"
    )
    assert claims(text) == []


# -- image alt text is prose ------------------------------------------------------------------


def test_markdown_image_alt_text_is_linted_at_its_position() -> None:
    text = "# Drips\n\n![Our drip washes away fatigue in an hour](drip.jpg)\n"
    assert [(f.start.line, f.start.column) for f in claims(text)] == [(3, 12)]


def test_an_image_with_a_plain_alt_text_is_quiet() -> None:
    assert lint("![A nurse preparing an infusion bag](bag.jpg)\n") == []


# -- false-positive classes -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an outcome word after a preposition of place is where, not what
        "The laser heats collagen deep in the skin.",
        "Microneedling creates tiny channels through the skin.",
        # a trigger right before a mechanism noun is an adjective of the mechanism
        "The pulses start a healing response in the tendon.",
        # an instruction, not a promise
        "Your scalp must be completely dry before the session.",
        # results that differ between people
        "Recovery is different for everyone: some members improve within weeks.",
        # a purpose after an approval or a design
        "The pen was approved in 2021 to improve blood sugar control in adults.",
        "The device is designed to relieve pressure on the spine during traction.",
        # what a clinician does in a visit
        "We will go over your symptoms, your goals and your medicines.",
        # exercise named with "work"
        "- Core work for the lower back and hips\n",
        # returning to work the same day is no downtime, not an outcome
        "Most clients go back to work straight after a session.",
        # "some" and a group limits the outcome to part of them
        "Some guests feel energized after a single session.",
        # a condition that eases, in a clause that describes people
        "Exercises suit people whose neck pain eases when they move.",
    ],
)
def test_false_positive_classes_stay_quiet(text: str) -> None:
    assert claims(text) == []


def test_a_hyphenated_name_ending_in_a_is_one_word_before_the_verb() -> None:
    # "a" before a verb usually makes it a noun ("a cure"); "Formula-A" is a name
    assert [f.rule for f in claims("Formula-A clears brain fog in a day.")] == ["CL102"]


def test_a_clinic_report_of_what_its_clients_say_is_a_typical_outcome() -> None:
    # reported by CL131, which says what it is, rather than by CL109 as well
    found = claims("Our clients tell us their migraines are gone within a month.")
    assert where(found) == [("CL131", 1, 1)]
    assert found[0].message == (
        "'Our clients tell us' passes on clients' accounts of an outcome as what clients get,"
        " with no source"
    )


# -- third round (issue 15): classes missed on a second set of sentences written from the
# GUIDE alone; every row below is invented here, not taken from that set --------------------


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        # a function or measure said to come back or move to normal (CL121)
        ("- Sense of smell back within a month\n", "CL121", 18),
        ("## Erections restored without pills\n", "CL102", 14),
        ("Your triglycerides plunge by half on our plan.\n", "CL121", 6),
        ("Resting heart rate back to normal after the course.\n", "CL121", 20),
        # a condition beaten, tamed or switched off (CL118, or CL102 when its efficacy verb
        # reads the participle first)
        ("- Stuttering conquered in ten sessions\n", "CL102", 14),
        ("## Hay fever switched off for the season\n", "CL118", 14),
        ("Colic becomes a distant memory after two visits.\n", "CL118", 7),
        ("Your tremor settles down within days of the first drip.\n", "CL118", 13),
        # the offering itself called safe, and risk waved away
        ("- An absolutely safe alternative to surgery\n", "CL107", 3),
        ("One of the safest procedures in dentistry.\n", "CL107", 1),
        ("With our sedation there is nothing to worry about.\n", "CL107", 28),
        # one client's story or result said to be typical (CL122)
        ("Ravi ran his first 10K in May, and his story is the norm here.\n", "CL122", 46),
        ("Family after family sees the tantrums fade within a term.\n", "CL122", 1),
        ("Like almost all of our clients, Omar sleeps soundly now.\n", "CL122", 1),
        # a condition joined to "free" (CL123)
        ("- Eczema-free by spring\n", "CL123", 10),
        ("- Back pain free in six weeks\n", "CL123", 13),
        # a benefit promised by a date in a line of its own (CL124)
        ("- Calmer evenings within two weeks\n", "CL124", 19),
        ("## Clearer skin by week four\n", "CL124", 17),
        ("- Deeper sleep after four infusions\n", "CL124", 16),
        # a rival denied by the subject, and a comparison with every alternative (CL110)
        ("No migraine treatment in the state comes close to ours.\n", "CL110", 36),
        ("Dermatology has never seen a better acne treatment.\n", "CL110", 17),
        # a promise to the reader that something comes back (CL108)
        ("You'll taste your morning coffee again within a week.\n", "CL108", 1),
        # safety made total whatever the subject, a denial in a list of denials, a client's
        # outcome promised to the reader by ellipsis, ear and vein conditions in lay words
        ("Our saline flush is totally safe for babies.\n", "CL107", 18),
        ("Fast recovery: no stitches, no risk.\n", "CL107", 29),
        ("Maya slept through her whole treatment, and so will you.\n", "CL108", 41),
        ("## Ringing gone for good\n", "CL118", 12),
        # an elliptical tagline after a dash or comma speaks of the clause before it
        ("- Sleep through every night in a month, guaranteed\n", "CL103", 41),
    ],
)
def test_third_round_classes_read_on_unseen_wordings(text: str, rule: str, column: int) -> None:
    found = claims(text)
    assert (found[0].rule, found[0].start.line, found[0].start.column) == (rule, 1, column)


@pytest.mark.parametrize(
    "text",
    [
        "Your sense of smell may come back within a few months for some people.\n",
        "Blood pressure can drop briefly during the infusion.\n",
        "If your periods do not return after stopping the pill, see your GP.\n",
        "Lower back pain comes back for many people within a year.\n",
        "Hay fever is switched on by pollen in spring.\n",
        "Is this a safe alternative to surgery for you? Ask your surgeon.\n",
        "We guarantee a reply within two working days.\n",
        "Results vary, guaranteed or not.\n",
        "Your personal information is completely safe with us.\n",
        "The surgeon moves healthy hair to the thinning crown.\n",
        "Is the saline flush totally safe for babies? Ask us.\n",
        "You will see us again in two weeks for a check-up.\n",
        "You will be able to drive again the next day.\n",
        "You will no longer need a referral for the second course.\n",
        "No trial has shown that TMS works better than medication.\n",
        "No, our peels are not more effective than retinoids.\n",
        "- Calmer evenings may come within a few weeks for some people\n",
        "## What recovery usually looks like in the first week\n",
        "Most clients report deeper sleep within two weeks, so book a follow-up.\n",
        "Our aim is to keep you eczema-free through the winter.\n",
        "Book a free back pain assessment.\n",
        "Like most of our clients, Omar had tried two medications before coming to us.\n",
        "Omar's recovery was unusually quick and is not typical.\n",
    ],
)
def test_third_round_near_misses_stay_quiet(text: str) -> None:
    assert claims(text) == []


def test_may_the_month_is_no_hedge() -> None:
    # "in May" inside a sentence names the month; "May" opening a sentence or a line
    # still hedges it
    assert where(claims("Dana finished the course in May, and her story is the norm here.\n")) == [
        ("CL122", 1, 48)
    ]
    assert claims("May ease joint pain in some people.\n") == []


@pytest.mark.parametrize(
    "text",
    ["- Nature's strongest remedy for insomnia\n", "Ohio's leading clinic for back pain.\n"],
)
def test_a_ranking_in_the_possessive_is_no_client_case(text: str) -> None:
    # "Nature's strongest", "Ohio's leading": a place's or nature's best, not a person's story
    assert [f.rule for f in lint(text) if f.category in ("testimonial", "missing-disclosure")] == []


# -- fourth round (issue 15): a part of the body as the outcome, healing, and verbs of
# physical action; every row invented here ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        # a part of the body named as damaged, mended by any verb
        ("Shockwave rebuilds worn-out knees in four visits.\n", "CL102", 11),
        ("Our decompression table fixes a herniated disc for good.\n", "CL102", 25),
        ("- Clogged arteries cleared in ten sessions\n", "CL118", 20),
        # a part of the body left or kept in a promised state
        ("Our omega protocol keeps your arteries young.\n", "CL116", 20),
        ("The infusion gives patients their lungs back.\n", "CL116", 14),
        ("Each drip keeps your immune system strong all winter.\n", "CL116", 11),
        ("Our collagen shots leave your tendons stronger than before.\n", "CL116", 20),
        # healing and wounds
        ("Our sessions speed healing.\n", "CL116", 14),
        ("Hyperbaric oxygen closes stubborn wounds.\n", "CL116", 19),
        # a verb of physical action made one of riddance
        ("Our laser heats away stubborn fat.\n", "CL116", 11),
        # functions of daily life: sleep, breath, speech
        ("Our breathing retreat helps you breathe freely again in five days.\n", "CL116", 23),
        ("Speech therapy gives toddlers their first words by summer.\n", "CL116", 16),
        ("Our sleep coaching keeps kids asleep all night.\n", "CL116", 20),
        # a damaged limb, and a regimen as the subject
        ("Compression stockings ease swollen legs in a week.\n", "CL102", 23),
        ("A strict meal plan melts belly fat in a month.\n", "CL116", 20),
        # a group named by its condition, any verb, after the treatment (CL125)
        ("Runners with plantar fasciitis run again after four shockwave sessions.\n", "CL125", 1),
        ("Eczema patients put away the steroid cream after our wet-wrap programme.\n", "CL125", 1),
        ("Children with asthma play football again after our breathing course.\n", "CL125", 1),
        # coming off a medicine, as a typical or a group's outcome
        ("Most of our members are off their daily inhalers by spring.\n", "CL109", 1),
        ("Our clients get off their cholesterol medication within a year.\n", "CL119", 13),
        # the cause of a condition as the verb's object, after a subject that opens with
        # "our" (whose longer phrase carries the tags of "our")
        ("Our protocol fixes the root cause of your migraines.\n", "CL102", 14),
        ("Our detox removes the underlying cause of chronic fatigue.\n", "CL102", 11),
        # a promised state said before the part
        ("Our filler gives you fuller lips in one visit.\n", "CL116", 12),
        # a benefit as a tagline's subject, and a superlative advance in a field of care
        ("Migraine relief that works.\n", "CL106", 22),
        ("Our laser is the biggest breakthrough in acne care this decade.\n", "CL111", 26),
        # a typical outcome that something never comes back
        ("After a year, most patients never have another cluster headache.\n", "CL109", 15),
        # a benefit said never to fade (the negation is the claim)
        ("Patients find the relief from our injections never wears off.\n", "CL113", 46),
        # a denied future as the promise ("you won't feel any pain")
        ("After the second week you won't have a single hot flash.\n", "CL108", 23),
        # a condition left behind, in a tagline
        ("- No more heartburn after dinner\n", "CL108", 3),
        ("Bid farewell to stubborn belly fat this summer.\n", "CL108", 1),
        # a treatment's standing said as fact
        ("Shockwave is the gold standard for tennis elbow.\n", "CL111", 14),
        ("Our speech programme is the key to fluent reading.\n", "CL111", 25),
        # total safety as a tagline, with no verb
        ("- Perfectly safe for the whole family\n", "CL107", 3),
        # a frozen or fresh transfer compared as a certainty
        ("A frozen embryo transfer beats a fresh one for every patient.\n", "CL110", 26),
        # a group whose name says its condition (CL125)
        ("Snorers sleep silently after our appliance is fitted.\n", "CL125", 1),
        # a universal denial that any client fails (CL126)
        ("Not one of our knee patients has gone back to crutches.\n", "CL126", 1),
        ("None of our smokers has relapsed in the year after hypnosis.\n", "CL126", 1),
        ("No client of ours has ever put the weight back on.\n", "CL126", 1),
    ],
)
def test_fourth_round_classes_read_on_unseen_wordings(text: str, rule: str, column: int) -> None:
    found = claims(text)
    assert (found[0].rule, found[0].start.line, found[0].start.column) == (rule, 1, column)


@pytest.mark.parametrize(
    "text",
    [
        "A torn meniscus may heal with rest and physiotherapy.\n",
        "Our physiotherapists assess damaged ligaments before any treatment.\n",
        "We treat herniated discs with decompression and exercise.\n",
        "Is your knee stiff in the morning?\n",
        # healing named as the outcome of something that is no treatment
        "Smoking slows wound healing.\n",
        "Stress delays bone healing.\n",
        "Healing takes six to eight weeks.\n",
        # what a device or substance does on its way, not a promise
        "The laser warms the skin.\n",
        "Exosomes reach the joint lining.\n",
        "The numbing cream numbs the skin before the needles.\n",
        "Light penetrates the skin to a depth of 5 mm.\n",
        "Our team checks out your knee pain at the first visit.\n",
        "Walking is good exercise for most people.\n",
        # a group named by its condition with no treatment named, or what it needs
        "Kids with night terrors often wake screaming.\n",
        "Toddlers with speech delay catch up with speech therapy in many cases.\n",
        "Patients with diabetes need extra checks before the infusion.\n",
        "Patients with a pacemaker cannot have TMS.\n",
        "Smokers often relapse within a year.\n",
        "Snorers need a sleep study before we fit an appliance.\n",
        "Our fillers are injected into the lips with a fine needle.\n",
        "We look for the root cause of your symptoms.\n",
        "Most patients never have a problem finding parking.\n",
        "The numbness wears off within an hour.\n",
        "You won't need to fast before the session.\n",
        "No treatment is completely safe.\n",
        "The key to a good consultation is honesty.\n",
        # a compound adjective, physics, paperwork, a discount, and "the last" of time
        "Each infusion sits inside a course of trauma-focused therapy.\n",
        "Focused shockwave concentrates energy at a single point in the tissue.\n",
        "Every guest completes a health questionnaire before the first infusion.\n",
        "Nurses and teachers get 20% off memberships with valid ID.\n",
        "Over the last ten years, more clinics have offered it.\n",
        "A randomised trial is the gold standard of research design.\n",
        "People who drink heavily and stop abruptly can develop seizures.\n",
        "No more than two sessions a week are needed.\n",
        "No more waiting rooms: book online.\n",
        "We keep your records completely safe.\n",
        # a time clause, and a group defined by who they are
        "Marks can stay long after the acne has cleared.\n",
        "Patients who have uncontrolled high blood pressure are not candidates for ketamine.\n",
        "You won't feel a thing during the procedure.\n",
        "Hemp oil with no more than 0.3% THC is sold without a prescription.\n",
        "Stress is a common cause of headaches.\n",
        # how a benefit works, and care that is no treatment's standing
        "Learn how pain relief works in the brain.\n",
        "Weight loss works best with a plan you can keep.\n",
        "Our nurses give the most compassionate care you will find.\n",
        # stopping a medicine as an instruction or a precaution
        "Ask your doctor before you come off your antidepressants.\n",
        "Patients must be off blood thinners for a week before the procedure.\n",
        "Never come off your sleeping pills suddenly.\n",
        # universals about what no client has to do, pays or knows
        "No one should have to live with migraines.\n",
        "Nobody knows exactly why hypnosis helps some smokers.\n",
        "Not a single patient has waited more than a week for a first visit.\n",
        "No client pays for a missed appointment.\n",
        # a negation or a pronoun where the verb would stand
        "Hearing aids cannot restore hearing to normal.\n",
        "Compression stockings never cure varicose veins.\n",
        "The surgeon takes follicles from the back and implants them where hair has thinned.\n",
        # an absolute of what something is made of or how a service runs
        "Inside the chamber you breathe close to 100% oxygen for an hour.\n",
        "Every consultation with our nurses is completely confidential.\n",
        "Ask us whether your child's reading level may improve with tutoring.\n",
    ],
)
def test_fourth_round_near_misses_stay_quiet(text: str) -> None:
    assert claims(text) == []


def test_a_named_group_is_named_in_the_message() -> None:
    (found,) = claims("Smokers quit the day they start our laser acupuncture.\n")
    assert (found.rule, found.message) == (
        "CL125",
        "'Smokers quit' states as certain what Smokers do after the treatment",
    )
    (found,) = claims("Patients with MS walk without a cane after our stem cell infusion.\n")
    assert found.message == (
        "'Patients with MS walk' states as certain what people with MS do after the treatment"
    )


def test_proof_claimed_of_the_offering_alone_is_a_claim() -> None:
    # "Clinically proven." as a tagline names no outcome: it speaks of the offering
    (found,) = claims("- Scientifically proven, every time\n")
    assert (found.rule, found.start.column, found.message) == (
        "CL104",
        3,
        "'Scientifically proven' claims proof of the offering itself",
    )
    # with an outcome near, the message names it
    (found,) = claims("Clinically proven results.\n")
    assert found.message == "'Clinically proven' claims proof of results"
    assert claims("Few of these supplements are clinically proven.\n") == []
    assert claims("Acupuncture is not clinically proven for weight loss.\n") == []


def test_the_message_names_the_verbs_object_before_the_subjects_condition_word() -> None:
    # "cold plunge" starts with a condition word; the outcome is what the verb acts on
    (found,) = claims("The cold plunge melts away muscle soreness.\n")
    assert found.message == (
        "'melts away' states as certain that the treatment changes muscle soreness"
    )


def accounts(text: str) -> list[tuple[str, int, int, str]]:
    return [
        (f.rule, f.start.line, f.start.column, f.message)
        for f in lint(text)
        if f.category == "testimonial"
    ]


@pytest.mark.parametrize(
    ("text", "column", "match"),
    [
        # a named client's account passed on with a verb of telling (CL114)
        (
            "Sarah, 52, told us her hot flashes stopped after the first pellet.\n",
            1,
            "Sarah, 52, told us her hot flashes",
        ),
        (
            "Last week Dev emailed us to say his eczema was gone.\n",
            11,
            "Dev emailed us to say his eczema",
        ),
        ("She told us her energy came back within a week.\n", 1, "She told us her energy"),
        # a quoted account of an outcome outside mental health
        (
            "\u201cMy plantar fasciitis is a thing of the past.\u201d \u2014 Luis, 47\n",
            1,
            "\u201cMy plantar fasciitis is a thing of the past.\u201d",
        ),
        (
            "\u201cWe tried for four years. Our daughter was born in June.\u201d \u2014 Amira\n",
            1,
            "\u201cWe tried for four years. Our daughter was born in June.\u201d",
        ),
    ],
)
def test_fourth_round_testimonials_in_other_words(text: str, column: int, match: str) -> None:
    assert accounts(text) == [
        ("CL114", 1, column, f"client testimonial about an outcome: '{match}'")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # staff, titled or described, pass on no client's account
        "Dr. Okoro told us the swelling settles within a day.\n",
        "Ines, our practice nurse, told us most patients sleep better.\n",
        "Our team told us the bruising fades within a week.\n",
        # no outcome follows the telling
        "Dev told us he would like a Saturday appointment.\n",
        # the outcome must follow in the same sentence, not later in the paragraph
        "Many patients tell us the first session feels long. We check blood pressure twice.\n",
        "\u201cThe parking was easy and the staff were kind.\u201d \u2014 Luis, 47\n",
    ],
)
def test_fourth_round_tellings_that_are_no_testimonial(text: str) -> None:
    assert accounts(text) == []


# -- the Spanish half of a bilingual page (CL127): verbs and absolutes in Spanish, every
# row invented here ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Nuestra terapia acaba con la ansiedad en tres sesiones.\n", 1),  # from its subject
        ("Los parches quitan el dolor de rodilla para siempre.\n", 13),
        ("Este tratamiento revierte el envejecimiento de la piel.\n", 1),  # from its subject
    ],
)
def test_spanish_claims_are_read(text: str, column: int) -> None:
    assert where(claims(text)) == [("CL127", 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        "La terapia puede aliviar el dolor en algunas personas.\n",
        "El láser no elimina las arrugas profundas.\n",
        "¿La terapia acaba con la ansiedad?\n",
        "Los resultados varían: algunos pacientes duermen mejor.\n",
        # English words a Spanish list shares ("reduce") are not read as Spanish
        "Losing weight will reduce diabetes risk for many people.\n",
    ],
)
def test_spanish_hedges_negations_and_questions_stay_quiet(text: str) -> None:
    assert [f for f in claims(text) if f.rule == "CL127"] == []


# -- fifth round (issue 15): a benefit in a headline's shape (CL128), a hedged lead-in
# governing its list, a region of the body, and compounds with "-free"; every row invented
# here ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        # a body function the reader is told to do better
        ("## Breathe Easier, Climb Stairs Again\n", 4),
        ("- Chew without pain\n", 3),
        ("- Hear clearly at dinner parties\n", 3),
        ("- Finally, sleep through the night\n", 12),
        # a gain right before an outcome
        ("- Steadier blood sugar\n", 3),
        ("- Fewer hot flushes\n", 3),
        ("## Enjoy calmer, clearer skin\n", 10),
        ("- Calmer moods, naturally\n", 3),
        # a body function done without something
        ("- Walk without knee pain\n", 3),
    ],
)
def test_benefit_headlines_are_read(text: str, column: int) -> None:
    assert ("CL128", 1, column) in where(claims(text))


def test_a_benefit_in_a_table_cell_is_read() -> None:
    text = "| Before | After |\n|---|---|\n| Restless nights | Wake up rested |\n"
    assert ("CL128", 3, 21) in where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        # in a paragraph, the words are no headline
        "People who breathe easier at night often sleep better.\n",
        # a how-to heading, a question, side effects, a hedge
        "## How to sleep better after knee surgery\n",
        "- Sleep deeper? Ask about a sleep study.\n",
        "Possible side effects:\n\n- lower blood pressure\n- fewer red cells\n",
        "- Some patients sleep better after a few weeks\n",
        # a region of the body, not a gain or the verb 'lower'
        "- Lower back pain clinic, every Tuesday\n",
        "- Upper arm bruising after the injection\n",
        # not at the start
        "- Book now for deeper sleep tips\n",
    ],
)
def test_benefit_headline_lookalikes_stay_quiet(text: str) -> None:
    assert [f for f in claims(text) if f.rule == "CL128"] == []
    assert not [f for f in claims(text) if f.rule == "CL102"]


def test_benefit_headline_reports_where_and_why() -> None:
    (f,) = [f for f in claims("## Sleep Deeper, Recover Faster\n") if f.rule == "CL128"]
    assert (f.start.line, f.start.column, f.end.column) == (1, 4, 16)
    assert f.message == (
        "'Sleep Deeper' opens a headline that promises a benefit, with no verb to hedge it"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Benefits may include:\n\n- relief from joint pain in two weeks\n- deeper sleep\n",
        "Early trials suggest promise in:\n\n- reversing hair loss\n- clearer skin\n",
        "Some patients notice:\n\n1. less knee pain for good\n2. more energy\n",
        # a nested list under a hedged item
        "- Possible benefits:\n  - fewer migraines\n  - steadier mood\n",
    ],
)
def test_a_hedged_lead_in_governs_its_list(text: str) -> None:
    assert claims(text) == []


def test_an_unhedged_lead_in_leaves_its_list_a_claim() -> None:
    text = "Benefits include:\n\n- fewer migraines\n- deeper sleep\n"
    assert [(f.start.line, f.start.column) for f in claims(text)] == [(3, 3), (4, 3)]


def test_a_hedge_does_not_reach_a_list_after_a_plain_paragraph() -> None:
    text = "Results may vary.\n\nWhat you get:\n\n- fewer migraines\n"
    assert [(f.start.line, f.start.column) for f in claims(text)] == [(5, 3)]


@pytest.mark.parametrize(
    ("text", "column"),
    [
        # a "-free" compound that another rule's list holds whole still names its condition
        ("- Pain-free, for good\n", 8),
        ("Eczema-free by summer.\n", 8),
        ("- Finally migraine-free\n", 20),
    ],
)
def test_condition_free_compounds_are_read(text: str, column: int) -> None:
    assert ("CL123", 1, column) in where(claims(text))


# -- an FAQ's answer that makes its question's claim (CL129, CL130), and a case likened
# to every client's (CL122); every row invented here -------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "line", "column"),
    [
        ("### Is laser hair removal safe?\n\nYes, totally.\n", "CL129", 3, 1),
        ("**Will my knees stop aching?** Absolutely, and for good.\n", "CL129", 1, 32),
        ("Q: How fast does the drip ease a hangover?\nA: Instantly.\n", "CL129", 2, 4),
        (
            "<details><summary>Does it work for acne?</summary>\n\nEvery time.\n\n</details>\n",
            "CL129",
            3,
            1,
        ),
        ("### Are there side effects?\n\nNone whatsoever.\n", "CL130", 3, 1),
        ("**Is the detox addictive?** Not at all.\n", "CL130", 1, 29),
    ],
)
def test_answers_that_make_their_question_a_claim(
    text: str, rule: str, line: int, column: int
) -> None:
    assert (rule, line, column) in where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        # hedged, conditional or qualified answers
        "### Is laser hair removal safe?\n\nYes, for most skin types.\n",
        "### Will it work for me?\n\nYes, if the scans show a torn tendon.\n",
        "### Are there side effects?\n\nNone, apart from mild redness for a day.\n",
        # the question holds no outcome, harm or safety
        "### Do you take walk-ins?\n\nYes, every day.\n",
        "### Do I need a referral?\n\nNo.\n",
        # discomfort is not harm
        "### Does the needle hurt?\n\nNot at all; it is very fine.\n",
        # an affirmation with no question before it
        "Yes, completely.\n",
    ],
)
def test_answers_that_stay_quiet(text: str) -> None:
    assert [f for f in claims(text) if f.rule in ("CL129", "CL130")] == []


def test_an_answer_names_its_question() -> None:
    (f,) = [f for f in claims("### Is cupping safe?\n\nYes, completely.\n") if f.rule == "CL129"]
    assert f.message == "'Yes' answers 'Is cupping safe?' as a certainty"


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Rosa's knee pain settled in a month, as most of our patients do.\n", 38),
        ("Theo's eczema cleared by spring, which is what we see in most children.\n", 34),
        ("Ivy slept through the night by week two, and so do most parents who join.\n", 42),
        ("Like most of our sciatica patients, Ray walked without pain within weeks.\n", 1),
        ("Nell's tinnitus faded after four sessions; yours will too.\n", 44),
    ],
)
def test_a_case_likened_to_every_clients(text: str, column: int) -> None:
    assert ("CL122", 1, column) in where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "Like most of our patients, Ada had tried two medications first.\n",
        "Back pain affects most adults at some point.\n",
    ],
)
def test_a_likeness_about_no_outcome_stays_quiet(text: str) -> None:
    assert [f for f in claims(text) if f.rule == "CL122"] == []


@pytest.mark.parametrize(
    "text",
    [
        # hedges of belief and likelihood, with a word between ("is also thought to")
        "In psoriasis, the light is also thought to calm overactive skin cells.\n",
        "You will probably feel warmth rather than pain during the session.\n",
        # an aim stated with "is to"
        "The idea is to strengthen the pelvic floor over eight weeks.\n",
        # a preposition after a plural subject is no verb
        "Drips inside the first trimester are not offered.\n",
        "Implants below the collarbone rule out the scan.\n",
        # a group defined by what it has ("whose")
        "We treat patients whose chronic pain is not controlled by medication.\n",
        # leaving the clinic, trusting the injector
        "You can walk out the door and drive home.\n",
        "You will feel confident in every injection we give.\n",
    ],
)
def test_fifth_round_lookalikes_stay_quiet(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        # a clinic's rate said to be the best, before or after the rate
        ("We boast record remission rates.\n", "CL111", 10),
        ("Our sobriety rate is second to none.\n", "CL111", 5),
        # getting past a condition, and its becoming rare
        ("- Egg allergy outgrown within a year\n", "CL118", 15),
        ("Hay fever attacks become a rarity.\n", "CL118", 19),
        # an aid or a medicine by name no longer needed
        ("- No more hearing aids\n", "CL108", 3),
        ("Two in three of our members are off levothyroxine within a year.\n", "CL109", 1),
        # a symptom said as what a part of the body does
        ("Your ankles will stop throbbing.\n", "CL108", 1),
    ],
)
def test_fifth_round_vocabulary_classes(text: str, rule: str, column: int) -> None:
    assert (rule, 1, column) in where(claims(text))


def test_a_gerund_in_a_list_is_no_verb() -> None:
    text = "Stress incontinence is leakage with effort: sneezing, running, lifting.\n"
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        # skin and teeth in lay words
        ("Cold sores vanish after our light treatment.\n", "CL118", 12),
        ("Our varnish ends tooth decay for good.\n", "CL102", 13),
        # the last resort that works
        ("Our sprays for hay fever, where everything else failed.\n", "CL111", 27),
        # better than any other, said of a result
        ("Smoother skin than any other peel can give.\n", "CL110", 15),
        # sport back after an injury
        ("Guaranteed return to play within a month\n", "CL103", 1),
        # a function done like a baby
        ("- Sleep like a log from night one\n", "CL128", 3),
    ],
)
def test_fifth_round_vocabulary_from_the_written_set(text: str, rule: str, column: int) -> None:
    assert (rule, 1, column) in where(claims(text))


@pytest.mark.parametrize(
    ("text", "column", "quoted"),
    [
        (
            "Omar, a retired teacher, came to us with years of vertigo. Within a month he was"
            " driving again for the first time since 2019.\n",
            96,
            "for the first time",
        ),
        (
            "When Lena first visited us she used a cane. Six weeks later her knee pain had"
            " not returned.\n",
            75,
            "had not returned",
        ),
    ],
)
def test_a_named_clients_case_told_in_the_third_person(text: str, column: int, quoted: str) -> None:
    assert accounts(text)[0][:3] == ("CL114", 1, column)
    assert accounts(text)[0][3] == f"client testimonial about an outcome: '{quoted}'"


@pytest.mark.parametrize(
    "text",
    [
        # background after the arrival, no change told
        "When Lena first came to us she had back pain. She works nights as a nurse.\n",
        # the change told before the client arrives, or of no one
        "Dr. Ruiz came to us from Boston in 2020. Our clinic opened a second site.\n",
    ],
)
def test_an_arrival_with_no_change_is_no_case(text: str) -> None:
    assert accounts(text) == []


def test_a_tagline_in_emphasis_is_a_line_of_its_own() -> None:
    text = "# Clear Skin Clinic\n\n*Calmer skin, from one twenty-minute visit.*\n"
    assert ("CL128", 3, 2) in where(claims(text))
    # a longer, hedged paragraph in emphasis is prose
    long = (
        "*Calmer skin is what some of our patients describe after a course of visits,"
        " though results vary a great deal between people.*\n"
    )
    assert [f for f in claims(long) if f.rule == "CL128"] == []


@pytest.mark.parametrize(
    ("text", "column"),
    [
        # a hero line set as a plain paragraph opens with the gain: a headline all the same
        ("Calmer skin, from one visit.\n", 1),
        ("More stamina, steadier moods and the appetite you had at 30.\n", 1),
        ("Fewer flare-ups, clearer lungs, every season.\n", 1),
        ("Intro text.\n\nDeeper sleep from the first week, without pills.\n", 1),
    ],
)
def test_a_hero_line_in_a_paragraph_is_a_headline(text: str, column: int) -> None:
    line = text.count("\n") if text.count("\n") > 1 else 1
    assert ("CL128", line, column) in where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        # the gain inside a sentence, not opening it
        "Patients who sleep better tend to heal faster.\n",
        "We track whether clients report calmer skin over the course.\n",
        # opening a sentence, but hedged or about risk
        "Deeper sleep may follow for some people after a few weeks.\n",
        "Less pain is not guaranteed, and results vary.\n",
    ],
)
def test_a_gain_inside_or_hedged_in_a_paragraph_is_no_headline(text: str) -> None:
    assert [f for f in claims(text) if f.rule == "CL128"] == []


def test_a_concessive_clause_keeps_the_claim() -> None:
    assert where(claims("Our gel clears eczema even when steroid creams have failed.\n")) == [
        ("CL116", 1, 9)
    ]
    # a real condition, and a possibility, stay hedged
    assert claims("Our gel clears eczema when it is used daily for a month.\n") == []
    assert claims("Snoring can stop even when apnea continues.\n") == []


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        ("- Complete eczema clearance\n", "CL128", 3),
        ("| Before | After |\n|---|---|\n| Knee pain | Rapid relief |\n", "CL128", 15),
        ("- Calmer nights from week one\n", "CL124", 17),
    ],
)
def test_extent_and_speed_in_a_headline(text: str, rule: str, column: int) -> None:
    # the claim is found where it opens, by the rule named or one that outranks it
    line = text.count("\n")
    found = where(claims(text))
    assert (rule, line, column) in found or [(line, column)] == [f[1:] for f in found]


def test_a_lead_in_and_the_claim_it_opens_make_one_finding() -> None:
    # one sentence to a reader, one label: the claim's own finding is kept
    text = "**Clinically proven:** our patch ends hot flushes in a week.\n"
    assert [(f.rule, f.start.column) for f in claims(text)] == [("CL102", 34)]
    # two claims joined by "and" are still two
    both = "Our patch ends hot flushes and is completely safe.\n"
    assert len(claims(both)) == 2


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        ("- Safe for nearly all skin types\n", "CL107", 3),
        ("Every client we treat for plantar pain sees the same results.\n", "CL122", 40),
    ],
)
def test_universal_safety_and_one_result_for_all(text: str, rule: str, column: int) -> None:
    assert (rule, 1, column) in where(claims(text))
    assert claims("Is acupuncture safe for everyone? Ask your doctor.\n") == []


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        # a denied risk no longer cancels the claim: it is a safety claim of its own, which
        # outranks the efficacy verb in one part of a sentence
        ("Red light clears rosacea without the risks of steroid creams.\n", "CL107", 26),
        ("Our gel relieves knee pain, with none of the side effects of pills.\n", "CL107", 29),
        ("Gentler than surgery, with none of the downsides.\n", "CL107", 23),
    ],
)
def test_a_denied_risk_keeps_the_claim(text: str, rule: str, column: int) -> None:
    assert (rule, 1, column) in where(claims(text))
    assert claims("None of the risks of surgery are trivial.\n") == []


def test_help_said_of_many_is_hedged() -> None:
    assert claims("Yoga helps many adults with back pain move more easily.\n") == []
    assert claims("Our laser has helped many patients with rosacea.\n") == []


# -- sixth round (issue 15): subjects and outcomes by class, not by list -----------------
# Treatments the knowledge pack names, drugs and procedures by their stem or ending,
# conditions by their medical suffix; a risk lowered; evidence denied; results called
# typical at a sentence's end. Every sentence below is invented for its class.


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        # a treatment the knowledge pack names, which treatments.yml does not
        ("Sermorelin restores deep sleep within a fortnight.\n", "CL102", 12),
        ("Berberine melts away visceral fat.\n", "CL102", 11),
        # a drug by its stem, named in no list
        ("Apixaban prevents strokes in everyone who takes it.\n", "CL102", 10),
        ("Montelukast ends night-time asthma attacks.\n", "CL102", 13),
        # a procedure by its ending
        ("Tonsillectomy stops recurrent throat infections for good.\n", "CL102", 15),
        ("Our septoplasty clears blocked breathing in one visit.\n", "CL116", 17),
        # a condition by its suffix, named in no list
        ("Our shockwave protocol clears calcific bursitis in three sessions.\n", "CL116", 24),
        ("The supplement reverses sarcopenia in older adults.\n", "CL102", 16),
    ],
)
def test_subjects_and_outcomes_by_class(text: str, rule: str, column: int) -> None:
    found = where(claims(text))
    assert (rule, 1, column) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The diagnosis of bursitis takes one visit with an ultrasound scan.\n",
        "Homeopathy is a system of remedies invented in the eighteenth century.\n",
        "Apixaban is prescribed for people with atrial fibrillation.\n",
        "Gastroparesis is a condition in which the stomach empties slowly.\n",
    ],
)
def test_a_class_member_in_a_sentence_with_no_claim_stays_quiet(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our heart programme lowers the risk of a second heart attack.\n",
        "The vaccine cuts your risk of a stroke by half.\n",
        "Daily sessions reduce the risk of relapse to almost nothing.\n",
    ],
)
def test_a_risk_lowered_is_a_claim_of_prevention(text: str) -> None:
    assert [f for f in claims(text) if f.start.line == 1]


@pytest.mark.parametrize(
    "text",
    [
        # a risk raised or named is a harm, not a promise
        "Isotretinoin can raise the risk of depression in some people.\n",
        "The main risk of the procedure is bleeding.\n",
        # evidence said to be missing denies the claim it introduces
        "Salt rooms are popular, but there is little evidence that they improve lung function.\n",
        "There is no good evidence that colon cleansing removes toxins.\n",
        "It has not been shown that ozone cures infections.\n",
    ],
)
def test_a_harm_or_denied_evidence_is_no_claim(text: str) -> None:
    assert [f for f in claims(text) if f.category == "unhedged-claim"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Adults at high risk of severe illness qualify for our antiviral programme.\n",
        "Patients who have uncontrolled glaucoma, a history of psychosis or a recent stroke"
        " cannot take our ketamine lozenges.\n",
        "We run a microdose programme for adults who want steady, sustainable weight loss.\n",
    ],
)
def test_who_a_group_is_and_what_it_wants_is_no_outcome(text: str) -> None:
    assert [f for f in claims(text) if f.rule == "CL119"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Tom, 58, walked his daughter down the aisle pain-free, as our patients always do.\n",
        "Eight weeks on, her reflux was gone, the usual result for our clients.\n",
        "By week six Rosa was sleeping through the night, which is standard for our clients.\n",
        "Six sessions later Ana's migraines had stopped, like nearly everyone we treat.\n",
        "My eczema cleared in a fortnight, and they'll do the same for you.\n",
        "His blood sugar came down to normal, and that's what this clinic does for people.\n",
    ],
)
def test_a_result_called_typical_at_the_end_of_a_sentence(text: str) -> None:
    assert [f for f in claims(text) if f.rule == "CL122"], where(claims(text))


def test_a_likeness_about_no_outcome_is_no_typical_story() -> None:
    text = "Like nearly everyone we treat, Sam had tried two inhalers before coming to us.\n"
    assert [f for f in claims(text) if f.rule == "CL122"] == []


@pytest.mark.parametrize(
    "text",
    [
        "You'll never need another course of antibiotics for your sinuses.\n",
        "Our implant removes the need for a catheter altogether.\n",
        "You will never again need an inhaler after our course.\n",
        "After the procedure you will never need dialysis again.\n",
    ],
)
def test_a_need_ended_for_one_more_medicine_or_aid(text: str) -> None:
    assert [f for f in claims(text) if f.category == "unhedged-claim"], text


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        # outcomes by body system (body-system-outcomes), from areas no labelled post covers
        ("Our nasal spray clears post-nasal drip in a week.\n", "CL116", 17),
        ("The supplement eases morning stiffness for good.\n", "CL102", 16),
        ("Our facial lifts sagging jowls in one session.\n", "CL102", 12),
        ("The alarm programme ends bedwetting within a month.\n", "CL102", 21),
    ],
)
def test_outcomes_by_body_system(text: str, rule: str, column: int) -> None:
    assert (rule, 1, column) in where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "Morning stiffness is worse in cold weather.\n",
        "Bedwetting affects about one in six five-year-olds.\n",
        "We run a fuller panel: TSH, free T4, free T3 and reverse T3.\n",
        "During the session most people feel a mild tingling.\n",
    ],
)
def test_a_condition_named_without_a_promise_stays_quiet(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "column"),
    [
        # clients' accounts passed on as what clients get (CL131), members invented here
        ("Mums tell us their babies finally latch without pain after one visit.\n", 1),
        ("Our runners keep telling us the shin pain is gone for good.\n", 5),
        ("Golfers come back and tell us they swing freely again.\n", 1),
        ("After a course, spouses tell me the snoring has stopped.\n", 17),
    ],
)
def test_clients_accounts_passed_on_as_the_usual_result(text: str, column: int) -> None:
    assert ("CL131", 1, column) in where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        # what clients say about the complaint they came with, or a worry
        "Parents tell us they tried everything before they found us.\n",
        "Runners often tell us they worry about losing fitness during rehab.\n",
        # some or many of them: a hedge
        "Many of our golfers tell us their swing feels freer.\n",
        # a direct quotation it introduces is a testimonial (CL114), not this
        'What our runners say: "I finally ran a marathon pain-free." (Jo, 41)\n',
    ],
)
def test_accounts_of_the_complaint_or_hedged_or_quoted_are_no_reported_outcome(text: str) -> None:
    assert [f for f in claims(text) if f.rule == "CL131"] == []


@pytest.mark.parametrize(
    ("text", "column"),
    [
        # the idiom of doing what another treatment could not (CL110)
        ("One round of shockwave did what two years of physio couldn't.\n", 24),
        ("Two sessions did what a lifetime of allergy pills failed to.\n", 14),
    ],
)
def test_doing_what_another_treatment_could_not(text: str, column: int) -> None:
    assert ("CL110", 1, column) in where(claims(text))


def test_doing_what_one_can_is_no_comparison() -> None:
    assert claims("Our nurses do what they can to keep you comfortable.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # a procedure's own harms denied outright, or said to be impossible (CL107)
        "Keyhole technique, zero bruising, home the same afternoon.\n",
        "Our thread lift leaves no visible scarring.\n",
        "The implant makes relapse impossible.\n",
        "Unlike sleeping pills, our tea cannot cause dependence.\n",
    ],
)
def test_harms_denied_outright_are_safety_claims(text: str) -> None:
    assert [f for f in claims(text) if f.rule == "CL107"], where(claims(text))


def test_a_harm_named_as_possible_is_no_safety_claim() -> None:
    text = "Bruising is common for a few days, and scarring is rare but possible.\n"
    assert [f for f in claims(text) if f.rule == "CL107"] == []


# -- a negator inside a fronted phrase ("For people who have not ...,") does not deny the
# claim after its comma; every sentence here was written for the test ---------------------


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        ("For people who have not responded to two medications, TMS relieves depression.\n",
         "CL102", 59),
        ("With no need for daily pills, acupuncture eliminates migraines.\n", "CL102", 43),
        ("In women who do not ovulate, letrozole restores fertility.\n", "CL102", 40),
        ("Among runners who never found relief, shockwave cures plantar fasciitis.\n",
         "CL101", 49),
        ("Without any downtime, the laser clears acne scars.\n", "CL116", 33),
    ],
)  # fmt: skip
def test_a_negator_in_a_fronted_phrase_does_not_deny_the_claim(
    text: str, rule: str, column: int
) -> None:
    assert (rule, 1, column) in where(claims(text)), where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "For most people, TMS does not cause memory loss.\n",
        "In our experience, acupuncture does not cure migraines.\n",
        "With the implant, snoring may not stop completely.\n",
    ],
)
def test_a_negator_after_the_fronted_phrase_still_denies(text: str) -> None:
    assert claims(text) == []


# -- a state promised as a noun with its adjective (desired-states), read only with a
# promise around it: a date, a booster, a comparative (state-nouns); written for the test -


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        ("## Glowing complexion in just two weeks\n", "CL124", 23),
        ("- Restful nights within a month of your first session\n", "CL124", 18),
        ("## Regular periods for good\n", "CL111", 20),
        ("## Calmer kids after one term of sessions\n", "CL124", 16),
        ("- Fuller lashes with our serum\n", "CL128", 3),
        ("## Leaner waistline in 12 weeks\n", "CL128", 4),
    ],
)
def test_a_desired_state_with_a_promise_around_it_is_a_claim(
    text: str, rule: str, column: int
) -> None:
    assert (rule, 1, column) in where(claims(text)), where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "## Deep sleep and memory\n",
        "## Clear skin: what dermatologists look for\n",
        "## Healthy gut, healthy mind? What the research says\n",
        "Strong bones need calcium and vitamin D.\n",
    ],
)
def test_a_desired_state_named_as_a_topic_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "## Drive independently again\n",
        "- Swallow normally after one course\n",
        "- Stand unaided by the end of rehab\n",
        "## Read without glasses\n",
    ],
)
def test_an_everyday_act_done_with_no_aid_opens_a_benefit_headline(text: str) -> None:
    assert [f.rule for f in claims(text)] == ["CL128"], where(claims(text))


@pytest.mark.parametrize(
    "text",
    ["## Read more about our clinic\n", "## Drive to our clinic\n", "- Eat a light breakfast\n"],
)
def test_an_everyday_act_with_no_gain_is_no_headline(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Your son will read fluently before second grade.\n", "Your son will"),
        ("Your mother will walk unaided by the summer.\n", "Your mother will"),
        ("Your teenager will focus better in class within a term.\n", "Your teenager will"),
    ],
)
def test_a_dependant_promised_a_function_done_well_is_a_reader_promise(
    text: str, match: str
) -> None:
    found = claims(text)
    assert [(f.rule, f.start.column) for f in found] == [("CL108", 1)], where(found)
    assert found[0].message == f"'{match}' promises the reader an outcome"


# -- a procedure the treatment is said to make unnecessary (off-medication, "a procedure not
# needed"), and the outcome phrase that opens with the treatment's own verb -----------------


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Stem cell therapy spares you a shoulder replacement.\n", "spares you a shoulder"),
        ("Our laser keeps patients out of the operating room.\n", "keeps patients out of"),
        ("PRP injections keep you off the operating table.\n", "keep you off the"),
    ],
)
def test_a_procedure_made_unnecessary_is_an_outcome_claim(text: str, match: str) -> None:
    found = claims(text)
    assert [f.rule for f in found] == ["CL116"], where(found)
    assert found[0].message.startswith(f"'{match}"), found[0].message


@pytest.mark.parametrize(
    "text",
    [
        # what a treatment is, not what it spares anyone
        "Our cataract technique avoids stitches.\n",
        "The programme focuses on pacing rather than rest.\n",
        # a surgeon, not a treatment
        "A careful surgeon spares you a second operation.\n",
    ],
)
def test_a_procedure_avoided_with_no_one_spared_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Sclerotherapy is a safe, painless procedure for spider veins.\n",
         "a safe, painless procedure"),
        ("Cupping offers a drug-free and safe alternative to painkillers.\n",
         "a drug-free and safe alternative"),
        ("Our clinic provides an easy, safe therapy for dry eye.\n", "an easy, safe therapy"),
    ],
)  # fmt: skip
def test_safe_beside_another_word_of_praise_is_a_safety_claim(text: str, match: str) -> None:
    found = claims(text)
    assert [f.rule for f in found] == ["CL107"], where(found)
    assert found[0].message == f"'{match}' is a blanket safety claim"


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("After the course, bowel movements became regular.\n", "became regular"),
        ("Within weeks your complexion turns smooth and even.\n", "turns smooth"),
        ("Your energy is now steady from morning to night.\n", "is now steady"),
    ],
)
def test_a_function_said_to_turn_good_is_a_restoration_claim(text: str, match: str) -> None:
    found = claims(text)
    assert [f.rule for f in found] == ["CL121"], where(found)
    assert found[0].message.startswith(f"'{match}' states as certain"), found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Skin becomes red and tender for a day or two.\n",
        "You can head home or back to work the same afternoon.\n",
        "Rest assured that your data stays private.\n",
    ],
)
def test_a_change_that_is_no_good_state_is_no_restoration_claim(text: str) -> None:
    assert claims(text) == []


# -- seventh round: classes from sentence set 5's development half, tested on members
#    written for these tests


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("## Chewing comfortably by your second fitting\n", "Chewing comfortably"),
        ("- Breathing freely on the stairs again\n", "Breathing freely"),
        ("## Waking up refreshed, every single morning\n", "Waking up refreshed"),
    ],
)
def test_a_function_as_a_state_reached_opens_a_benefit_headline(text: str, match: str) -> None:
    found = claims(text)
    assert [f.rule for f in found] == ["CL128"], where(found)
    assert found[0].message.startswith(f"'{match}' opens a headline"), found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Hearing clearly in a noisy room depends on more than volume.\n",
        "Sleeping soundly is harder for shift workers.\n",
        "## Eating normally after jaw surgery: what to expect\n",
    ],
)
def test_a_gerund_that_is_the_subject_or_the_topic_is_no_headline(text: str) -> None:
    assert claims(text) == []


def test_a_good_state_again_with_no_verb_is_a_restoration_claim() -> None:
    found = claims("## Digestion regular again\n")
    assert [f.rule for f in found] == ["CL121"], where(found)
    assert found[0].message.startswith("'regular again' states as certain"), found[0].message


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Our chelation drip is a gentle treatment with zero adverse reactions.\n",
         "zero adverse reactions"),
        ("The patch is nontoxic and suitable for the whole family.\n", "nontoxic"),
        ("These lozenges won't harm you, even at twice the dose.\n", "won't harm you"),
    ],
)  # fmt: skip
def test_harm_denied_in_other_words_is_a_blanket_safety_claim(text: str, match: str) -> None:
    found = claims(text)
    assert "CL107" in [f.rule for f in found], where(found)
    assert f"'{match}' is a blanket safety claim" in [f.message for f in found]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Typical outcome: Leila's reflux settled within three weeks.\n", "Typical outcome"),
        ("Omar walks to the shops again, an improvement we see every month.\n",
         "an improvement we see every month"),
        ("Like almost all our patients, Grace sleeps through the night now.\n",
         "Like almost all our"),
    ],
)  # fmt: skip
def test_a_story_labelled_or_likened_as_the_usual_result(text: str, match: str) -> None:
    found = [f for f in claims(text) if f.rule == "CL122"]
    assert [f.message for f in found] == [f"'{match}' presents one client's result as typical"]


@pytest.mark.parametrize(
    "text",
    [
        "There is no typical outcome: some people notice nothing for months.\n",
        "In a typical recovery, swelling settles within two weeks.\n",
    ],
)
def test_a_usual_course_or_a_denied_typical_result_is_no_typical_story(text: str) -> None:
    assert [f.rule for f in claims(text) if f.rule == "CL122"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Long-term results depend on the habits you keep after surgery.\n",
        "Lasting relief depends on the individual and on the cause of the pain.\n",
        "How much it helps depends on the person, and results vary.\n",
    ],
)
def test_results_said_to_depend_on_the_person_are_no_claim(text: str) -> None:
    assert claims(text) == [], where(claims(text))


def test_one_result_set_against_others_is_a_results_vary_statement() -> None:
    post = (
        "> After two sessions my knee pain was gone. (Dana)\n\n"
        "Some clients feel better after one session, while others need six.\n"
    )
    assert [f.rule for f in lint(post) if f.rule == "CL403"] == []
    assert [f.rule for f in lint(post.split("\n\n")[0] + "\n") if f.rule == "CL403"] == ["CL403"]


# -- a promise whose verb is also the start of the outcome ("you'll climb stairs unaided") --


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("You'll kneel comfortably in the garden by midsummer.\n", "You'll kneel"),
        ("After the course you will squat unaided.\n", "you will squat"),
        ("You will swallow normally within a fortnight of the procedure.\n", "You will swallow"),
        ("Most days you'll breathe easier than you have in years.\n", "you'll breathe"),
    ],
)  # fmt: skip
def test_a_promised_act_done_well_is_a_reader_promise(text: str, match: str) -> None:
    found = [f for f in claims(text) if f.rule == "CL108"]
    assert [f.message for f in found] == [f"'{match}' promises the reader an outcome"]


@pytest.mark.parametrize(
    "text",
    [
        "You will walk to the recovery room with a nurse.\n",
        "You'll stand on a scale at every visit.\n",
        "You will lift your arm while the physio measures the range.\n",
    ],
)
def test_an_act_done_during_a_visit_is_no_reader_promise(text: str) -> None:
    assert [f.rule for f in claims(text) if f.rule == "CL108"] == []


# -- a quoted story said to be everyone's ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "match", "column"),
    [
        ("> My hives faded within days, and they'll do the same for you.\n",
         "they'll do the same for you", 35),
        ("> I sleep through the night now, as it does for everyone.\n",
         "as it does for everyone", 34),
        ("> I was running pain-free in weeks; this clinic did the same for all its patients.\n",
         "this clinic did the same for all its patients", 37),
        ('> "My tinnitus went quiet in a month, and so will yours."\n>\n> Priya, 51\n',
         "and so will yours", 39),
    ],
)  # fmt: skip
def test_a_quoted_result_said_to_be_everyones_is_a_typical_story(
    text: str, match: str, column: int
) -> None:
    found = [f for f in claims(text) if f.rule == "CL122"]
    assert [(f.message, f.start.line, f.start.column) for f in found] == [
        (f"'{match}' presents one client's result as typical", 1, column)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "> My hives faded within days. Everyone is different, but it worked for me.\n",
        "> Like most of the people here, I had tried creams for years first.\n",
        "> After my third session the headaches eased.\n>\n> Tom, 38\n",
    ],
)
def test_a_quoted_result_for_one_person_is_no_typical_story(text: str) -> None:
    assert [f.rule for f in claims(text) if f.rule == "CL122"] == []


# -- a medicine, a device or an aid given up for good (CL132) --------------------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Our vertigo patients retire their walking frames within a month.\n", 22),
        ("- Bin the nebuliser\n", 3),
        ("Teens on our skin plan part with their acne creams by spring.\n", 24),
        ("After the implant, clients threw out their hearing aids.\n", 28),
        ("Say goodbye to your reflux tablets with our gut reset.\n", 1),
        ("Our sleep patients learn to do without the CPAP mask.\n", 29),
    ],
)
def test_an_aid_or_medicine_given_up_for_good_is_a_claim(text: str, column: int) -> None:
    assert [f.start.column for f in claims(text)] == [column], where(claims(text))


def test_giving_up_an_aid_names_the_verb_and_the_aid() -> None:
    found = claims("- Retire the walking frame\n")
    assert [(f.rule, f.message) for f in found] == [
        ("CL132", "'Retire' states as certain that people no longer need walking frame")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Please don't throw away your EpiPen, even if you have not needed it for years.\n",
        "Ask your GP before you give up your blood-pressure tablets.\n",
        "We can recycle your old hearing aids at reception.\n",
        "Some patients may be able to retire their reading glasses.\n",
        "Stopping seizure medication suddenly is dangerous, so we never ditch it.\n",
        "How to quit sleeping pills\n",
    ],
)
def test_advice_about_an_aid_or_medicine_is_no_claim(text: str) -> None:
    assert [f.rule for f in claims(text) if f.rule == "CL132"] == []


def test_a_medicine_named_by_its_use_in_a_headline_of_its_own_is_off_medication() -> None:
    found = claims("- Off hay-fever sprays in a fortnight\n")
    assert [(f.rule, f.message) for f in found] == [
        (
            "CL124",
            "'Off hay-fever sprays' promised 'in a fortnight':"
            " an outcome by a date, stated as certain",
        )
    ]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("- Off cholesterol-lowering statins? No: off cholesterol tablets in a month\n",
         "off cholesterol tablets"),
        ("- Off hay-fever pills by the weekend\n", "Off hay-fever pills"),
    ],
)  # fmt: skip
def test_words_a_phrase_spaces_match_when_written_as_a_compound(text: str, match: str) -> None:
    assert [f.message.split("'")[1] for f in claims(text) if f.rule == "CL124"] == [match]


@pytest.mark.parametrize(
    "text",
    [
        "- Clear skin by summer\n",
        "- Calm in 90 seconds, anywhere\n",
        "## Off the sleeping pills by the new year\n",
        "| Goal | When |\n|---|---|\n| Glowing skin by Christmas | 12 weeks |\n",
    ],
)
def test_an_outcome_promised_by_a_season_or_holiday_is_dated(text: str) -> None:
    assert [f.rule for f in claims(text)] == ["CL124"], where(claims(text))


def test_a_booking_deadline_is_no_dated_outcome() -> None:
    assert claims("- Book by the weekend for a free consultation\n") == []


# -- a result named as a measure, beside a guarantee, a rate or an absolute ------------------


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        ("- Wound healing: guaranteed within a month\n", "CL103", 18),
        ("- Hair regrowth: 92% of clients\n", "CL109", 18),
        ("- Sinus clearance: every patient, first visit\n", "CL112", 20),
        ("Tremor reduction guaranteed, or your money back.\n", "CL103", 18),
        ("Return to running: 6 weeks, guaranteed.\n", "CL103", 29),
    ],
)
def test_a_result_measure_with_a_guarantee_rate_or_absolute_is_a_claim(
    text: str, rule: str, column: int
) -> None:
    assert where(claims(text)) == [(rule, 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        "Our promise: a reply within 24 hours, guaranteed.\n",
        "Fees: the same for every client.\n",
        "Pain reduction is one of the aims of physiotherapy.\n",
        "Specialists advise eye checks for every child with diabetes.\n",
        "A price reduction for every patient who books in May.\n",
    ],
)
def test_a_guarantee_or_absolute_of_no_result_is_no_claim(text: str) -> None:
    assert claims(text) == [], where(claims(text))


# -- a story's outcome said, after it, to be the clients' usual one --------------------------


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Ravi's eczema settled in ten days — most of our patients get the same.\n",
         "most of our patients get the same"),
        ("Mei's reflux stopped by week two, just as it does for nearly all our clients.\n",
         "just as it does for nearly all our clients"),
        ("Dan's tinnitus went quiet; typical for anyone who completes the programme.\n",
         "typical for anyone who completes the programme"),
        ("Her insomnia lifted in a week. Results like hers are routine.\n",
         "Results like hers are routine"),
    ],
)  # fmt: skip
def test_an_outcome_said_to_be_the_clients_usual_one_is_a_typical_story(
    text: str, match: str
) -> None:
    found = [f for f in claims(text) if f.rule == "CL122"]
    assert [f.message for f in found] == [f"'{match}' presents one client's result as typical"]


@pytest.mark.parametrize(
    "text",
    [
        "Like most people with psoriasis, Omar had tried steroid creams first.\n",
        "Bruising after injections is routine here, and it fades in a week.\n",
        "Nia's acne cleared, though like most of our clients she needed three months.\n",
    ],
)
def test_a_likeness_about_the_course_or_a_routine_side_effect_is_no_typical_story(
    text: str,
) -> None:
    assert [f.rule for f in claims(text) if f.rule == "CL122"] == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Nothing else beats our peel for melasma.\n", "Nothing else beats"),
        ("Nothing on the high street outperforms our clinic for hair loss.\n",
         "Nothing on the high street outperforms"),
        ("No other physio in the county works as fast for frozen shoulder.\n",
         "No other physio in the county works as fast"),
    ],
)  # fmt: skip
def test_nothing_or_no_other_before_a_comparison_is_a_superlative(text: str, match: str) -> None:
    found = [f for f in claims(text) if f.rule == "CL110"]
    assert [f.message for f in found] == [f"'{match}' compares outcomes as a certainty"], where(
        claims(text)
    )


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        ("## Goodbye, Hay Fever\n", "CL128", 4),
        ("- Farewell to night sweats\n", "CL128", 3),
        ("## So long, tension headaches\n", "CL128", 4),
        ("## Beat rosacea this spring\n", "CL102", 4),
        ("Our protocol defeats chronic fatigue.\n", "CL102", 14),
    ],
)
def test_a_farewell_or_a_victory_over_a_condition_is_a_claim(
    text: str, rule: str, column: int
) -> None:
    assert where(claims(text)) == [(rule, 1, column)]


@pytest.mark.parametrize(
    "text",
    ["## Goodbye from the team\n", "We beat the waiting lists.\n", "## Farewell, Dr Patel\n"],
)
def test_a_farewell_or_a_win_over_no_condition_is_no_claim(text: str) -> None:
    assert claims(text) == [], where(claims(text))


# -- false positives by class: disclaimers, nouns, mechanism, status, idioms -----------------


@pytest.mark.parametrize(
    "text",
    [
        # the regulatory disclaimer, however long the way to its list
        "This headset has not been reviewed or cleared by the FDA to diagnose, treat, cure,"
        " or prevent any disease.\n",
        "Our drops are not approved by any regulator to treat, cure or prevent eye disease.\n",
        # a trigger word used as a noun after "of" or a quantifier
        "She arrived with a shelf full of remedies for eczema that did nothing.\n",
        "Some remedies for insomnia are sold online without any testing.\n",
        # a verb that names what it acts on, a mechanism
        "Vagal stimulation acts on the HPA axis, which governs the stress response.\n",
        "The infusion works through NMDA receptors in the prefrontal cortex.\n",
        # a body part that only modifies a measure
        "The bath is kept at skin temperature, and the salt is dissolved in it.\n",
        # an absolute said of a status, not an outcome
        "Every clinician here is fully licensed to treat anxiety in Ohio.\n",
        # said of many, not all
        "- Slows cartilage loss in many patients\n",
        # worry-free: an idiom of ease
        "Travel worry-free: your anxiety prescription is sent to any pharmacy.\n",
    ],
)
def test_disclaimers_nouns_mechanisms_statuses_and_idioms_are_no_claims(text: str) -> None:
    assert claims(text) == [], where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our laser works on back pain at its source.\n",
        "Our serum cures adult acne, and it is not tested on animals.\n",
    ],
)
def test_a_claim_beside_those_classes_is_still_a_claim(text: str) -> None:
    assert claims(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "We check your thyroid levels first to rule out other causes of fatigue.\n",
        "Our nurses call every patient on day two to ease any worries about recovery.\n",
        "You lie still for twenty minutes to reduce the chance of a headache.\n",
    ],
)
def test_an_infinitive_of_purpose_is_an_aim_not_a_result(text: str) -> None:
    assert [f.rule for f in claims(text) if f.rule == "CL102"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Acupuncture helps to relieve tension headaches.\n",
        "The headset retrains your brainwaves to end tinnitus.\n",
        "Our protocol continues to restore hearing long after the last session.\n",
    ],
)
def test_an_infinitive_after_help_or_continue_carries_the_claim(text: str) -> None:
    assert [f.rule for f in claims(text)] == ["CL102"], where(claims(text))


@pytest.mark.parametrize(
    ("text", "column", "rule"),
    [
        ("El programa borra las ansias de beber en una semana.\n", 13, "CL127"),
        # the clinic and its verb: from the subject
        ("Nuestra clínica elimina las recaídas para siempre.\n", 1, "CL127"),
        # a blanket safety claim in Spanish: the safety rule's, in any language
        ("Es un procedimiento seguro al 100 % y sin riesgo de adicción.\n", 21, "CL107"),
    ],
)
def test_spanish_cravings_relapses_and_spaced_absolutes_are_read(
    text: str, column: int, rule: str
) -> None:
    assert where(claims(text)) == [(rule, 1, column)]


# -- evidence appeals: experts at a place described before its name; a caveat in another
# clause does not take the appeal back ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Doctors at a renowned Boston hospital found that the wrap eased eczema.\n",
         "Doctors at a renowned Boston hospital found"),
        ("Researchers from a top Canadian university have shown that it works.\n",
         "Researchers from a top Canadian university have shown"),
        ("Early data suggest the drops slow myopia, although the evidence is limited.\n",
         "data suggest"),
    ],
)  # fmt: skip
def test_an_appeal_to_experts_or_data_is_reported(text: str, match: str) -> None:
    found = [f for f in lint(text) if f.rule == "CL201"]
    assert [f.message for f in found] == [
        f"'{match}' appeals to research but the sentence cites no source"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The evidence is limited, and larger trials are needed.\n",
        "Whether it helps long term is not yet known; research is ongoing.\n",
    ],
)
def test_research_named_only_as_a_topic_is_no_appeal(text: str) -> None:
    assert [f.rule for f in lint(text) if f.rule == "CL201"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Call 999 immediately if your lips swell after an injection.\n",
        "Seek urgent care immediately for a sudden loss of vision.\n",
        "Go to the emergency department right away if chest pain spreads to your arm.\n",
    ],
)
def test_an_emergency_instruction_is_no_instant_outcome(text: str) -> None:
    assert [f.rule for f in claims(text) if f.rule == "CL112"] == []


@pytest.mark.parametrize(
    "text",
    [
        '"Most tendon pain settles within a year," says sports physician Dr. Amir Khan.\n',
        "“Bracing works best before the growth spurt,” explains orthotist Lena Ruiz.\n",
        '"Scars are easier to prevent than to treat," according to dermatologist Dr. Yu.\n',
        "Cavities are easier to prevent than to treat.\n",
    ],
)
def test_a_quotation_attributed_to_someone_or_a_task_named_is_no_claim(text: str) -> None:
    assert claims(text) == [], where(claims(text))


def test_a_quotation_attributed_to_the_clinics_own_staff_is_its_claim() -> None:
    text = '"Our laser ends back pain for good," says our medical director, Dr. Ames.\n'
    assert [f.rule for f in claims(text)] != []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Our nasal rinse keeps sinus infections from coming back.\n",
         "keeps sinus infections from coming back"),
        ("Monthly sessions keep cluster headaches at bay.\n", "keep cluster headaches at bay"),
        ("The booster wards off shingles in older adults.\n", "wards off"),
        ("Our zinc lozenges stave off colds all winter.\n", "stave off"),
    ],
)  # fmt: skip
def test_a_condition_kept_away_is_an_efficacy_claim(text: str, match: str) -> None:
    found = [f for f in claims(text) if f.rule == "CL102"]
    assert [f.message.split("'")[1] for f in found] == [match], where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "We protect your privacy and never share your records.\n",
        "Keep your appointment from running late by arriving early.\n",
        "Nothing keeps patients from asking questions at any visit.\n",
        "| Drip | Price |\n|---|---|\n| Immunity Shield | $219 |\n",
    ],
)
def test_protecting_or_keeping_no_condition_is_no_claim(text: str) -> None:
    assert [f.rule for f in claims(text) if f.rule == "CL102"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Priya's tremor settled within weeks, which is what happens for most of our clients.\n",
        "By spring, Colm walked the dog daily — just like every stroke patient we treat.\n",
    ],
)
def test_a_named_case_said_to_be_usual_needs_no_outcome_word(text: str) -> None:
    assert [f.rule for f in claims(text)] == ["CL122"], where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bookings open Monday — most of our patients see the same doctor each time.\n",
        "Botox's effect wears off — just like every filler we use.\n",
    ],
)
def test_a_usual_course_with_no_client_case_is_no_typical_story(text: str) -> None:
    assert [f.rule for f in claims(text) if f.rule == "CL122"] == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("We run the best sciatica programme in Yorkshire.\n", "the best sciatica programme"),
        ("Patients travel for the very best vertigo care in the county.\n",
         "the very best vertigo care"),
    ],
)  # fmt: skip
def test_the_best_treatment_of_its_kind_is_a_superlative(text: str, match: str) -> None:
    found = [f for f in claims(text) if f.rule == "CL111"]
    assert [f.message.split("'")[1] for f in found] == [match]


@pytest.mark.parametrize(
    "text",
    [
        "Together we will choose the best treatment for your shoulder.\n",
        "For the best results, keep the dressing dry for two days.\n",
        "For most people the best therapy is the one they can keep up.\n",
        "Ask about the best care plan for you.\n",
    ],
)
def test_the_best_for_a_reader_or_aftercare_advice_is_no_superlative(text: str) -> None:
    assert [f.rule for f in claims(text) if f.rule in ("CL110", "CL111")] == []


def test_a_device_cleared_by_the_fda_is_no_condition_cleared() -> None:
    text = "TMS for OCD has been FDA-cleared since 2018, and the laser is cleared for acne.\n"
    assert [f.rule for f in claims(text) if f.rule == "CL118"] == []


# -- a part of the body repaired, strengthened, straightened or protected (CL133) -----------


@pytest.mark.parametrize(
    ("text", "verb", "part"),
    [
        ("Our insoles straighten your heels.\n", "straighten", "heels"),
        ("The night splint realigns the toes within weeks.\n", "realigns", "toes"),
        ("Red light sessions rejuvenate the kidneys.\n", "rejuvenate", "kidneys"),
        ("Magnesium drips safeguard the heart.\n", "safeguard", "heart"),
    ],
)
def test_a_part_of_the_body_repaired_or_protected_is_a_claim(
    text: str, verb: str, part: str
) -> None:
    found = [f for f in claims(text) if f.rule == "CL133"]
    assert [f.message for f in found] == [
        f"'{verb}' states as certain that the treatment repairs or protects the {part}"
    ], where(claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our infusion protects the brain after a concussion.\n",
        "We fit a boot to protect the ankle while it heals.\n",
        "Physio exercises are meant to strengthen the muscles around the knee.\n",
        "Calcium and vitamin D may help strengthen bones.\n",
    ],
)
def test_the_brain_a_purpose_an_aim_or_a_hedge_is_no_repair_claim(text: str) -> None:
    assert [f.rule for f in claims(text) if f.rule == "CL133"] == []


# -- ninth round: a quote nobody said, a course said to differ ---------------------------


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        # a pull quote or callout with no attribution is the page speaking
        ("> Our laser seals leaky veins for good.\n", 1, 13),
        ("Intro.\n\n> **Good to know:** the splint cures jaw clicking.\n", 3, 32),
        ("> Parking is free.\n>\n> Our wraps melt cellulite.\n", 3, 13),
        # quotation marks say the words are quoted, not whose: a pull quote of the page's
        ('> "Our wraps melt cellulite, simple as that."\n', 1, 14),
        ("> “Your knee pain stops here.”\n", 1, 19),
    ],
)
def test_a_quote_attributed_to_nobody_is_the_pages_claim(text: str, line: int, column: int) -> None:
    found = claims(text)
    assert [(f.start.line, f.start.column) for f in found] == [(line, column)]


@pytest.mark.parametrize(
    "text",
    [
        # a dash and who said it, inside the quote, on its last line or right after it
        "> Our laser sealed my leaky veins for good.\n>\n> — Priya, 58\n",
        "> The splint cured my jaw clicking. -- a Leeds patient\n",
        "> Our wraps melted my cellulite.\n\n— Tasha R.\n",
        '> "The wraps melted my cellulite, simple as that." — Tasha R.\n',
    ],
)
def test_a_quote_attributed_to_someone_is_theirs(text: str) -> None:
    assert claims(text) == []


def test_an_attributed_quote_is_still_a_testimonial() -> None:
    found = lint("> Our laser sealed my leaky veins for good.\n>\n> — Priya, 58\n")
    assert "testimonial" in {f.category for f in found}


@pytest.mark.parametrize(
    "text",
    [
        "Every woman's recovery is different.",
        "Each child's progress looks different, so we tailor the plan.",
        "Every patient's healing time varies.",
        "Every teenager heals at their own pace.",
    ],
)
def test_a_course_said_to_differ_is_no_absolute(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a harm: what is worse when higher, raised
        "Prednisone raises blood sugar for a day or two after the injection.",
        "Decongestants can push up your heart rate, so tell us if you take them.",
        # "none of" the treatments, not the clients
        "None of these eye drops reverses short sight that has already developed.",
        # a part of the group, not all of it
        "A few clients feel calmer after one session; most need six.",
        "Results vary: several patients walk further after a month, others do not.",
        # a claim the page warns against, made by someone else
        "Be sceptical of any clinic that promises to reverse your arthritis.",
        "Anyone who guarantees a cure for tinnitus is selling something.",
        # a mechanism noun after the outcome word, read by the scorer too
        "Breathwork calms the fear circuitry of the brain.",
        # a comparative after a verb of falling, not the verb "lower"
        "Serotonin levels fall lower still in people with long-term depression.",
        # a tablet dissolving, not a condition
        "The lozenges dissolve under the tongue in about a minute.",
        # one person's case, told in the past
        "Six weeks after her first session, the rash had cleared.",
        "Dev, 44, lost two stone in the first three months.",
    ],
)
def test_ninth_round_near_misses_stay_quiet(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our drip raises your energy for days.",
        "Our clinic guarantees a cure for tinnitus.",
        "None of our clients has needed a hearing aid again.",
        "Acne gone, confidence restored.",
        "Patients sleep better after one session with us.",
    ],
)
def test_ninth_round_claims_beside_those_classes_stay_claims(text: str) -> None:
    assert claims(text) != []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # harms said hardly to happen, a procedure said to be painless
        ("Complications are always minor.", "CL107"),
        ("Any adverse effects are practically non-existent.", "CL107"),
        ("The injection is totally painless.", "CL107"),
        ("Cryolipolysis is completely pain-free.", "CL107"),
        # an end to a condition called total, as a noun; what lasts a lifetime
        ("Total eradication of nail fungus", "CL111"),
        ("Complete remission of psoriasis in eight weeks", "CL111"),
        ("Veneers that last a lifetime", "CL111"),
        # a practitioner's own practice: the story is the usual one
        ("Recoveries like Omar's are the norm at my clinic.", "CL122"),
        ("Priya's result is typical at our centre.", "CL122"),
        ("Like most of my clients, she slept through the night within a week.", "CL122"),
    ],
)
def test_ninth_round_claims_in_other_forms(text: str, rule: str) -> None:
    assert rule in {f.rule for f in claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Side effects are rare and usually mild.",
        "The treatment is usually painless, though the numbing cream stings.",
        "Full recovery after knee replacement takes about six weeks.",
        "Complete removal of the gallbladder takes about an hour.",
        # the name of a business, and a state that opens an outcome's name
        "**Restore Recovery Wellness Center · Leeds**",
        "Many of my patients live with night sweats, broken sleep and joint pain.",
        "Omar's story is unusual.",
    ],
)
def test_ninth_round_forms_that_are_no_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # where a treatment is given, between it and its verb
        ("Reflexology here unknots tension headaches in one visit.", "CL116"),
        # none of it left, as a list says it
        ("- Zero flare-ups, zero steroid cream\n", "CL108"),
        # a fall by what surrounds it; a function's trouble
        ("Our tai chi course prevents another fall.", "CL102"),
        ("Our therapists fix swallowing difficulties in a fortnight.", "CL102"),
        # a question headline answered with a resolution
        ("## Bladder leaks? Solved.\n", "CL129"),
        # a child dry at night, skin dry of sweat
        ("- Dry nights within a month\n", "CL124"),
        ("- Dry palms for life\n", "CL111"),
        # Spanish, other body systems; a habit given up
        ("Nuestro tratamiento elimina la rosácea para siempre.", "CL127"),
        ("Deje de fumar en una semana con nuestro programa.", "CL127"),
        # the clients' usual state; a rate the clinic reports of its own
        ("Back at work and pain-free, as my patients always are.", "CL122"),
        ("| Results |\n|---|\n| Recurrence rate 1% |\n", "CL109"),
        # the words of bedwetting and breastfeeding care; an end to it; sorted
        ("Our alarm programme stops daytime wetting in a fortnight.", "CL102"),
        ("- An end to itching and flaking\n", "CL108"),
        ("Shin splints sorted in two sessions.", "CL118"),
        # a durability word that is no topic, or a topic word in a sentence
        ("## Lasting relief for sore knees\n", "CL113"),
        ("Our clients enjoy long-term relief from sciatica.", "CL119"),
        ("## Speeds healing after surgery\n", "CL116"),
    ],
)
def test_ninth_round_development_half_classes(text: str, rule: str) -> None:
    assert rule in {f.rule for f in claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Pregnancy rates fall with age and differ between clinics.",
        "- Zero downtime and zero-interest payment plans\n",
        "We see many children with feeding difficulties.",
        "## What if my leaks are gone? Book a review.\n",
        "La gota puede mejorar con cambios en la dieta.",
        "Remission rates in published trials range from 30% to 60% (Ortiz et al., 2021).",
        # a condition that says who, not what changes
        "CoQ10 stores sink lower in people with chronic migraine.",
        # a topic opening a heading or a row
        "## Long-term results\n",
        "| Long-term outcome | Depends on the graft |\n|---|---|\n",
        "## Athletes and recovery\n",
        # a condition described by how it heals
        "We see many leg ulcers that heal slowly.",
        "Pressure sores that heal poorly need a specialist nurse.",
    ],
)
def test_ninth_round_development_half_near_misses(text: str) -> None:
    assert claims(text) == []


# -- tenth round: Spanish by construction, a gerund as the subject, shares in words -------


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        # a verb's forms made from its infinitive: future of the reader, preterite, present
        ("Con estas plantillas olvidarás la fascitis y recuperarás tus pies.", "CL127", 46),
        ("Nuestro láser disolvió las arañas vasculares de Marta en dos sesiones.", "CL127", 15),
        ("El programa restablece la audición en cuatro semanas.", "CL127", 13),
        ("Estas gotas fortalecen tus huesos.", "CL127", 13),
        # the reader told to leave a condition behind, with the contraction of "de el"
        ("Despídase del dolor lumbar con nuestra terapia.", "CL127", 1),
        ("## Dígale adiós al insomnio\n", "CL127", 4),
        # a condition named by its ending, in Spanish as in English
        ("Nuestro protocolo cura la gastritis en un mes.", "CL127", 1),  # from its subject
        # a benefit headline in Spanish: a function done better, a gain before an outcome
        ("## Duerme toda la noche\n", "CL128", 4),
        ("- Menos hormigueo, más movilidad\n", "CL128", 3),
        ("## Adiós a las migrañas\n", "CL128", 4),
    ],
)
def test_a_spanish_claim_in_any_form_of_its_verb(text: str, rule: str, column: int) -> None:
    assert (rule, 1, column) in where(claims(text)), where(lint(text))


@pytest.mark.parametrize(
    "text",
    [
        "La fisioterapia puede aliviar el dolor lumbar en algunas personas.",
        "El láser no cura la rosácea, pero puede reducir el enrojecimiento.",
        "## ¿Duerme toda la noche su hijo?\n",
        "## Sin cita previa\n",
        "Más información sobre la piel y el cabello en nuestra guía.",
        "Los resultados varían: algunas personas notan menos dolor y otras no.",
    ],
)
def test_a_spanish_hedge_question_or_topic_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the gerund opening the sentence is its subject, an act, not the clinic's effect
        "Stopping beta blockers abruptly can trigger a fast heartbeat.",
        "Reducing screen time matters more than any supplement.",
        "Healing after a fracture takes six to eight weeks.",
        # a determiner makes a resolution verb a noun
        "Many people notice their ankles swell by the end of a long shift.",
        # a share set against the rest
        "Most people need six sessions and the response varies from person to person.",
    ],
)
def test_an_act_a_noun_or_a_varied_share_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a gerund opening a headline with no verb after it is still the promise
        ("## Easing Knee Pain Without Surgery\n", "CL102"),
        # a share in words
        ("Seventy-three per cent of our clients sleep through the night by week two.", "CL109"),
        ("One hundred percent of our patients leave pain-free.", "CL109"),
        # distress in plain words
        ("Our pessary ends the misery of prolapse.", "CL102"),
    ],
)
def test_tenth_round_claims_in_other_words(text: str, rule: str) -> None:
    assert rule in {f.rule for f in claims(text)}, where(lint(text))


@pytest.mark.parametrize(
    ("text", "rule", "column"),
    [
        # a harm's label answered none, in a fact sheet, a list or a table
        ("- Scarring: none\n", "CL107", 3),
        ("| Relapses: zero |\n|---|\n", "CL107", 3),
        ("Complication rate: 0%\n", "CL107", 1),
        # a headline's word of none before an outcome, with or without how it lingers
        ("- No persistent cough\n", "CL128", 3),
        ("## No Stubborn Acne\n", "CL128", 4),
    ],
)
def test_none_of_a_harm_or_a_symptom_is_a_claim(text: str, rule: str, column: int) -> None:
    assert (rule, 1, column) in where(claims(text)), where(lint(text))


@pytest.mark.parametrize(
    "text",
    [
        "- Side effects: none serious, though some people feel sore for a day\n",
        "Complications: none common, and we go through each one with you.\n",
        "- Parking: none on site\n",
        # none as the subject of a statement, not a headline's promise
        "No headache is too small to mention at your review.\n",
        "## No two backs heal alike\n",
    ],
)
def test_a_qualified_none_or_a_statement_of_none_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a condition, then the everyday word for a problem dealt with
        ("## Night Sweats, Solved\n", "CL118"),
        ("## Bunion Pain Fixed in One Visit\n", "CL102"),
        # the answer told to the reader as done
        ("## Plantar fasciitis? Consider it history.\n", "CL129"),
        # a part of the body brought back
        ("## Shoulders Back to Full Mobility\n", "CL121"),
        # development that reaches where it should
        ("Toddlers in our programme always catch up with their classmates.", "CL112"),
        ("Your twins will meet their milestones on time, we promise.", "CL103"),
        # a result after a comma is a clause of its own: the negation before it stays there
        ("Implants never slip, so your results are permanent.", "CL111"),
    ],
)
def test_tenth_round_resolution_restoration_and_development(text: str, rule: str) -> None:
    assert rule in {f.rule for f in claims(text)}, where(lint(text))


@pytest.mark.parametrize(
    "text",
    [
        "Most toddlers catch up by school age without any therapy.",
        "The joint surface is restored with a metal implant during surgery.",
        "We will catch up with you by phone after the session.",
        "Your appointment time is fixed once you pay the deposit.",
    ],
)
def test_tenth_round_resolution_near_misses(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a refund promised if the outcome does not come
        ("Clear skin in eight weeks or your money back.", "CL103"),
        # the last or the only one a reader will ever need
        ("This is the last knee treatment you'll ever need.", "CL111"),
        # "finally" in a promise to the reader
        ("You will finally be able to sleep through a thunderstorm.", "CL108"),
        # stopping a medicine, with or without "their"; an aid a page names
        ("Most of our clients stop taking antihistamines within a month.", "CL109"),
        ("You will be able to stop wearing support stockings.", "CL108"),
        # a measure a clinic wants lower, said to fall
        ("Puffiness goes down within the hour.", "CL121"),
        ("## Body Fat Shrinks in Weeks\n", "CL121"),
    ],
)
def test_tenth_round_refunds_last_treatments_and_measures(text: str, rule: str) -> None:
    assert rule in {f.rule for f in claims(text)}, where(lint(text))


@pytest.mark.parametrize(
    "text",
    [
        # what happens inside a condition's definition
        "Eczema is a chronic condition in which the skin barrier repairs more slowly than usual.",
        "Hypothyroidism is a disorder where the gland makes less hormone than the body needs.",
        # an outcome word that names a molecule, before another word that does
        "Infliximab binds tumour necrosis factor, a protein involved in joint damage.",
        # an instruction to stop a medicine, not a result
        "Stop taking antihistamines three days before your skin-prick test.",
    ],
)
def test_tenth_round_definitions_molecules_and_instructions(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a trigger word that opens the name of a test or a procedure
        "A rapid antigen test gives a result in fifteen minutes.",
        "Ultra-rapid detox is done under general anaesthesia.",
        # a relative clause about a behaviour, a symptom or the body, not a treatment
        "Bulimia involves behaviour that prevents weight gain.",
        "Afterpains, which ease within a few days, are normal.",
        # what the treatment does not touch
        "Septoplasty straightens the septum, not allergies.",
        # a modal after the verb starts another clause
        "If the implant wears off, you can overdose on a usual dose.",
        # the name of a practice
        "# Willow & Sage Integrative Health\n",
        # physiology with no outcome named
        "Red light boosts blood flow to the scalp.",
        # the care a procedure takes of the tissue around the spot it treats
        "A chilled tip protects the surrounding skin during each pulse.",
        # a cure rate is what a study measures
        "Cure rates for nail fungus differ widely between trials.",
        # "effective" as what an instruction asks for
        "It can harm a pregnancy, so use effective contraception throughout.",
        # a member of staff, not the reader's outcome
        "Your hygienist will check your gums at every visit.",
        # time off is no harm
        "- Downtime: none\n",
    ],
)
def test_tenth_round_names_relatives_and_care_are_no_claim(text: str) -> None:
    assert claims(text) == []


def test_affirming_a_question_about_a_return_is_candour() -> None:
    assert claims("### Can the plantar fasciitis come back?\n\nYes. Stretching helps.\n") == []
    found = claims("### Will my plantar fasciitis go away?\n\nYes, for good.\n")
    assert [f.rule for f in found] == ["CL129"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("# Rest Easy Again\n", "CL128"),
        ("His recovery is one we see time and again.", "CL122"),
        ("With our regrowth serum, your lashes will grow back.", "CL108"),
        ("## Kick the Habit in Thirty Days\n", "CL124"),
    ],
)
def test_tenth_round_idioms_of_ease_regrowth_and_habit(text: str, rule: str) -> None:
    assert rule in {f.rule for f in claims(text)}, where(lint(text))
