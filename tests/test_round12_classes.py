"""Issue 15, twelfth round: classes of claims read whatever the words, each tested on
members written for this file (no labelled post's or sentence set's sentence), with the
near misses of each class that must stay quiet."""

from __future__ import annotations

import pytest

from tests.claims_support import cited, irrelevant_lines, lint, rules, where

# -- a group's before and after: who they were, and what they do now --------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Retirees who could hardly climb a kerb are cycling again after our course.\n", 40),
        ("Swimmers who had given up on the pool are swimming pain-free after our plan.\n", 39),
        ("Dads who dreaded the school run are walking again after our programme.\n", 33),
        ("Clients on our programme are sleeping soundly within a fortnight.\n", 26),
        ("People who might once have needed a stick are hiking again after our sessions.\n", 43),
    ],
)
def test_a_group_doing_now_what_it_could_not_is_a_claim(text: str, column: int) -> None:
    assert where(text) == [("CL119", 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        # who the group are, in the progressive, and no main verb of theirs
        "Patients who are sleeping badly should call our nurse line.\n",
        # a hedge of what they do now, not of who they were
        "Patients on our programme may be sleeping soundly within a fortnight.\n",
        "Some clients on our programme are sleeping soundly within a fortnight.\n",
        # what they are asked to do
        "Clients on our programme are asked to stop caffeine after noon.\n",
        # the outcome in the relative clause: who they are, not what happens to them
        "Patients who sleep better after our sessions tend to recover faster.\n",
        "Patients who are hiking again should still wear the brace.\n",
    ],
)
def test_who_the_group_are_and_hedged_outcomes_are_not(text: str) -> None:
    assert "CL119" not in rules(text)


# -- a symptom that never starts, and the urges a treatment is said to end ---------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("With our wristband, the travel sickness just never arrives.\n", "CL118"),
        ("Take one capsule before the flight and the nausea never sets in.\n", "CL118"),
        ("On our programme, the cluster headache never strikes.\n", "CL118"),
        ("After our implant the urge to urinate simply disappears.\n", "CL118"),
        ("After four sessions the bladder urgency is gone.\n", "CL118"),
        ("After our plan the crawling sensation in your calves is gone.\n", "CL118"),
    ],
)
def test_a_symptom_that_never_starts_or_an_urge_gone_is_a_claim(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "For some travellers the queasiness never sets in, but most need a tablet.\n",
        "If the headache never strikes on the plan, we taper the dose.\n",
        "The urge to urinate may fade for some people after the implant.\n",
        "The order never arrives before Friday, so book early.\n",
    ],
)
def test_hedged_conditional_and_non_symptom_onsets_are_not(text: str) -> None:
    assert "CL118" not in rules(text)


# -- a denied future told to the reader in "won't" --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You won't wheeze on the stairs after our breathing course.\n",
        "You won’t itch through another night once our cream goes on.\n",
        "After a single session you won't cough until dawn any more.\n",
    ],
)
def test_a_reader_promised_what_they_wont_suffer_is_a_claim(text: str) -> None:
    assert "CL108" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "You won't need to pay anything upfront.\n",
        "You won't be able to drive for 24 hours after sedation.\n",
        "You won't wait more than a week for your first visit.\n",
        "You won't hear back until the lab report is in.\n",
    ],
)
def test_what_the_reader_wont_need_pay_or_wait_for_is_not(text: str) -> None:
    assert "CL108" not in rules(text)


# -- coming off a medicine: the words for ending one --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Frees you to come off your reflux tablets.\n",
        "Taper off your sleeping tablets in four weeks with our plan.\n",
        "Members get off their steroid inhalers after our breathing course.\n",
        "After the implant you stop taking your bladder pills.\n",
    ],
)
def test_coming_off_a_medicine_is_a_claim(text: str) -> None:
    assert "CL132" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Talk to your GP before you come off any medication.\n",
        "Never stop taking your steroid inhaler suddenly.\n",
        "Clients come off the waiting list within two weeks.\n",
        "If you want to taper off your sleeping tablets, we can plan it with your doctor.\n",
    ],
)
def test_advice_and_other_things_come_off_are_not(text: str) -> None:
    assert "CL132" not in rules(text)


# -- a Spanish rule reads Spanish sentences only -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We prescribe the cream in short courses to reduce the risk of dermatitis.\n",
        "Our nurses monitor you closely to control the nausea after the infusion.\n",
        "The plan is adjusted to reduce the chance of acne flares in summer.\n",
    ],
)
def test_english_sentences_sharing_spanish_words_are_not_read_as_spanish(text: str) -> None:
    assert "CL127" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nuestro láser borra las manchas del melasma para siempre.\n",
        "Controla la tos crónica desde la primera semana.\n",
        "Eliminamos el mal aliento en una sola visita.\n",
    ],
)
def test_spanish_claims_are_still_read(text: str) -> None:
    assert "CL127" in rules(text)


# -- the name of an offering is not its claim --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## Our Scar Repair protocol\n",
        "Book the Knee Restore Program online.\n",
        "Ask about our Sinus Clear course at reception.\n",
    ],
)
def test_a_claim_word_inside_an_offerings_name_is_not_a_claim(text: str) -> None:
    assert where(text) == []


def test_the_same_word_opening_a_headline_is_still_a_claim() -> None:
    assert where("## Melasma Cleared In Eight Weeks\n") == [("CL118", 1, 12)]


# -- reported figures, small shares, approvals and the condition left alone -------------


@pytest.mark.parametrize(
    "text",
    [
        # a figure reported for a trial's arm
        "Participants given the vaccine had a median of zero infections over the year.\n",
        # a small share: what few of them are
        "Fewer than one in ten of our golfer's elbow patients actually play golf.\n",
        "Less than 5% of our clients are under eighteen.\n",
        # the indication an agency approved
        "The device was cleared by the US Food and Drug Administration to reduce migraine pain.\n",
        "It is licensed by the MHRA to treat moderate acne in adults.\n",
        # the condition's course with nothing done
        "Left alone, most tennis elbows settle within a year or two.\n",
        # a possibility for part of a group
        "Many kids can go without their inhaler on holiday once the asthma is controlled.\n",
    ],
)
def test_reports_shares_approvals_and_natural_course_are_not_claims(text: str) -> None:
    assert where(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Zero flare-ups from week two.\n", "CL108"),
        ("Nine in ten of our clients sleep through the night by week three.\n", "CL109"),
        ("Our laser clears melasma in three sessions.\n", "CL116"),
    ],
)
def test_the_claims_beside_them_are_still_read(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "| Full-face peel | $250 |\n",
        "- Deep-tissue massage, 60 minutes\n",
        "## Total-body scan packages\n",
    ],
)
def test_a_gain_word_half_of_a_compound_opens_no_benefit_headline(text: str) -> None:
    assert "CL128" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Results like these are what every client can expect.\n",
        "Before-and-after photos like hers are what all our patients can expect.\n",
    ],
)
def test_a_result_called_what_every_client_gets_is_typical(text: str) -> None:
    assert "CL122" in rules(text)


def test_a_heading_of_what_a_visit_holds_is_a_topic() -> None:
    assert where("## What every patient can expect at the first visit\n") == []


# -- the reader's own report, and people responding in their own way --------------------


@pytest.mark.parametrize(
    "text",
    [
        "If your scan shows a torn tendon, we will refer you to a surgeon.\n",
        "When your blood test shows low ferritin, the nurse will call you.\n",
    ],
)
def test_the_readers_own_report_is_no_appeal_to_research(text: str) -> None:
    assert where(text, "missing-citation") == []


def test_a_guest_responding_in_their_own_way_says_results_vary() -> None:
    text = (
        '> "My cough cleared after three visits." — Priya, Leeds\n\n'
        "Every visitor responds differently to the salt room.\n"
    )
    assert where(text, "missing-disclosure") == []
    assert where(text.split("\n\n")[0] + "\n", "missing-disclosure") == [("CL403", 1, 4)]


# -- the Spanish future told to the reader (CL134) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Dormirá toda la noche desde la segunda semana.\n", 1),
        ("En un mes volverá a nadar sin molestias en el hombro.\n", 11),
        ("Tras la sesión, su hija respirará con facilidad.\n", 25),
        ("Correrás la maratón sin dolor de rodilla.\n", 1),
    ],
)
def test_the_spanish_future_of_a_better_body_is_a_promise(text: str, column: int) -> None:
    assert where(text) == [("CL134", 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        "Recibirá el informe de su análisis de sangre en dos días.\n",
        "Tendrá que venir en ayunas, sin medicamentos por la mañana.\n",
        "Es posible que algunas personas duerman toda la noche; los resultados varían.\n",
        "Durante la sesión notará un leve hormigueo y algo de mareo.\n",
        "¿Dormirá mejor después del tratamiento?\n",
        "You will sleep through the night from week two.\n",
    ],
)
def test_spanish_logistics_hedges_questions_and_english_are_not(text: str) -> None:
    assert "CL134" not in rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Las verrugas desaparecerán tras dos sesiones.\n", "CL127"),
        ("Nuestro programa garantiza una piel sin acné.\n", "CL127"),
        ("El tratamiento es suave y seguro para toda la familia.\n", "CL107"),
    ],
)
def test_spanish_disappearance_guarantee_and_safety_are_claims(text: str, rule: str) -> None:
    assert rule in rules(text)


# -- citations: a surname of two words, one author with one initial ----------------------

_TWO_WORD_LIST = (
    "\n\n## References\n\n"
    "1. Ramírez Ortega L. Salt rooms and wheeze in school children. Pediatr Pulmonol. "
    "2018;53:1-8.\n"
    "2. Okafor B. Breathing retraining for adult asthma. Thorax. 2016;71:9-15.\n"
)


def test_a_two_word_surname_in_parentheses_cites_its_entry() -> None:
    text = (
        "Salt rooms ease wheeze in children (Ramírez Ortega, 2018), and breathing "
        "retraining helps adults (Okafor, 2016)." + _TWO_WORD_LIST
    )
    found = lint(text)
    assert [f.rule for f in found if f.rule.startswith("CL30")] == []


def test_a_two_word_surname_with_the_wrong_year_is_a_year_mismatch() -> None:
    text = (
        "Salt rooms ease wheeze in children (Ramírez Ortega, 2019), and breathing "
        "retraining helps adults (Okafor, 2016)." + _TWO_WORD_LIST
    )
    assert [(f.rule, f.start.line, f.start.column) for f in lint(text) if f.rule == "CL301"] == [
        ("CL301", 1, 37)
    ]


def test_an_organisation_in_parentheses_is_not_two_surnames() -> None:
    text = (
        "Stimulants help attention (MTA Cooperative Group, 1999).\n\n## References\n\n"
        "1. MTA Cooperative Group. A 14-month randomized clinical trial of treatment "
        "strategies for attention-deficit/hyperactivity disorder. Arch Gen Psychiatry. "
        "1999;56:1073-86.\n"
    )
    assert [f.rule for f in lint(text) if f.rule.startswith("CL30")] == []


# -- a citing sentence and its title share a subject by its lay or clinical name ---------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Tongue scraping freshens bad breath", "Interventions for managing halitosis"),
        ("Band ligation treats piles in clinic", "Rubber band ligation of haemorrhoids"),
        ("Iron infusions lift tiredness", "Intravenous ferric carboxymaltose in anaemia"),
        ("Speech therapy helps children who stammer", "Lidcombe Program for stuttering"),
    ],
)
def test_a_lay_name_and_a_clinical_name_are_one_subject(sentence: str, title: str) -> None:
    assert irrelevant_lines(cited(sentence, title)) == []


def test_a_title_on_another_subject_is_still_irrelevant() -> None:
    text = cited("Tongue scraping freshens bad breath", "Rubber band ligation of haemorrhoids")
    assert irrelevant_lines(text) == [("CL307", 1)]


# -- the rest set against the many, mechanisms and definitions ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Most people with a sprained ankle recover within six weeks, though a minority limp.\n",
        "Some members notice they sleep more deeply, although this isn't the case for everyone.\n",
        "Antihistamines work by blocking histamine, which drives itching in hives.\n",
        "A rash that lasts longer than six weeks is classed as chronic urticaria.\n",
    ],
)
def test_contrasts_hedged_groups_mechanisms_and_definitions_are_not_claims(text: str) -> None:
    assert where(text) == []


# -- an everyday act promised without its symptom, aid or fear (CL135) -------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("- Carry the shopping home without a twinge in your wrist\n", 3),
        ("## Get Through A Whole Wedding Without A Hot Flush\n", 4),
        ("- Kneel in the garden without wincing\n", 3),
        ("Dance at your daughter's wedding without your walking stick.\n", 1),
        ("| Type all day without numb fingers |\n", 3),
    ],
)
def test_an_everyday_act_done_without_its_symptom_is_a_claim(text: str, column: int) -> None:
    assert where(text) == [("CL135", 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        "- Arrive without nail polish or jewellery\n",
        "- Go without food for six hours before sedation\n",
        "- Book without a referral from your GP\n",
        "## How to sleep without pain after shoulder surgery\n",
        "- Walk the dog without a lead in the park opposite the clinic\n",
        "Some clients find they can climb the stairs without stopping.\n",
        "Do not drive without an adult for 24 hours.\n",
    ],
)
def test_instructions_how_tos_and_hedged_acts_are_not(text: str) -> None:
    assert "CL135" not in rules(text)


@pytest.mark.parametrize(
    "text",
    ["## Sit Comfortably Again\n", "- Turn your head freely again\n", "- Grip without pain\n"],
)
def test_small_acts_of_the_day_promised_back_are_benefit_headlines(text: str) -> None:
    assert "CL128" in rules(text)


# -- a test said to find a disease sooner, or what another misses -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our retinal scan detects glaucoma up to five years before a field test can.\n",
        "The mole map spots melanoma earlier than a dermatologist's eye.\n",
    ],
)
def test_a_test_finding_disease_sooner_is_a_comparison(text: str) -> None:
    assert "CL110" in rules(text)


def test_arriving_before_an_appointment_is_no_comparison() -> None:
    assert where("Please arrive before your appointment so the nurse can find your notes.\n") == []


# -- appeals to institutions with no name, and research with one word before its verb ----


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Surgeons at top hospitals agree that bunions should be corrected early.\n", 1),
        ("Researchers from leading universities have found that salt air clears the lungs.\n", 1),
        ("Chelation is old, and research there has shown benefits for circulation.\n", 23),
    ],
)
def test_unnamed_institutions_and_research_there_are_appeals(text: str, column: int) -> None:
    assert where(text, "missing-citation") == [("CL201", 1, column)]


def test_the_clinics_own_doctors_at_the_clinic_are_no_appeal() -> None:
    assert where("Our doctors at the clinic agree a plan with you.\n", "missing-citation") == []


# -- an approval claimed for heart attacks and arterial plaque ----------------------------


def test_chelation_approved_for_heart_attacks_contradicts_the_pack() -> None:
    text = "EDTA chelation is FDA-approved to prevent heart attacks in adults.\n"
    assert where(text, "regulatory-claim") == [("CL401", 1, 19)]


# -- everyone of a group, one by one, and where a test should be --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Every one of our clients keeps a healthy ferritin level after the second infusion.\n",
        "Every child in our clinic has kept a stable prescription for two years.\n",
        "Every graduate of our course speaks with fluent speech at interviews.\n",
    ],
)
def test_everyone_of_a_group_reaching_a_good_measure_is_a_claim(text: str) -> None:
    assert rules(text) & {"CL119", "CL109"}


@pytest.mark.parametrize(
    "text",
    [
        "Every patient is screened for heart disease before the first infusion.\n",
        "Every patient receives a written plan for their back pain.\n",
        "Children with a confirmed peanut allergy are seen in the morning clinic.\n",
    ],
)
def test_what_every_patient_goes_through_is_not_an_outcome(text: str) -> None:
    assert where(text) == []


# -- cut to a fraction, care counted, nails and plain wellness -----------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("| Migraine days halved |\n", "CL118"),
        ("- Fewer hospital admissions from the first winter\n", "CL128"),
        ("## Say Goodbye to Thick Toenails\n", "CL108"),
        ("- Walk in stiff, walk out as good as new\n", "CL108"),
        ("Our nurses have you feeling human again by lunchtime.\n", "CL108"),
        ("Headaches and squinting are all a thing of the past after the first fitting.\n", "CL118"),
    ],
)
def test_fractions_care_nails_and_plain_wellness_are_claims(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please bring a list of your hospital admissions to the first visit.\n",
        "Membership fees halved for students in January.\n",
        "The price is 100% refundable if you cancel a day ahead.\n",
    ],
)
def test_lists_fees_and_refunds_are_not(text: str) -> None:
    assert where(text) == []


# -- a heading's common noun in the possessive is nobody's name -------------------------


@pytest.mark.parametrize(
    "text",
    ["## Protect Your Child's Eyesight This Winter\n", "## How Your Body's Clock Resets\n"],
)
def test_a_title_cased_common_noun_tells_no_case(text: str) -> None:
    assert [f.rule for f in lint(text) if f.category == "testimonial"] == []


# -- regained movement, eyes named as adjectives, topics listed in a heading ---------------


def test_a_group_regaining_a_function_is_a_claim() -> None:
    text = "Runners on our plan regain their full range of motion within a month.\n"
    assert rules(text) & {"CL119", "CL116"}


def test_kept_from_progressing_protected_from_becoming() -> None:
    found = rules("Daily drops protect toddlers from becoming short-sighted.\n")
    assert found & {"CL102", "CL116"}


@pytest.mark.parametrize(
    "text",
    [
        "## Pellets, patches and other options\n",
        "## Injections, testosterone and what they cost\n",
        "Patients with low energy should have their ferritin checked first.\n",
    ],
)
def test_topics_listed_in_a_heading_and_who_a_group_is_are_not(text: str) -> None:
    assert where(text) == []


# -- an outcome credited with "thanks to" (CL136) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Wide awake on landing day, thanks to our light-therapy plan\n", 28),
        ("Clear skin by the wedding, thanks to the peel series.\n", 28),
    ],
)
def test_an_outcome_credited_to_a_treatment_is_a_claim(text: str, column: int) -> None:
    assert ("CL136", 1, column) in where(text)


def test_a_credited_bullet_is_a_claim_whichever_rule_reads_it() -> None:
    assert rules("- Calm, rested mornings thanks to our sleep programme\n") & {"CL136", "CL117"}


@pytest.mark.parametrize(
    "text",
    [
        "Evening appointments thanks to our new Saturday team.\n",
        "Free parking thanks to the landlord.\n",
        "Sleep may improve for some people thanks to the device.\n",
    ],
)
def test_what_a_clinic_makes_possible_is_no_credited_outcome(text: str) -> None:
    assert "CL136" not in rules(text)


# -- a condition treated somewhere that does not come back; never again ------------------


def test_a_condition_treated_at_the_clinic_that_does_not_return_is_a_claim() -> None:
    assert "CL118" in rules("Bunions corrected at our foot clinic do not come back.\n")


@pytest.mark.parametrize(
    "text",
    ["## Never Dread Pollen Season Again\n", "Never hide your smile in photos again.\n"],
)
def test_a_headline_of_never_again_is_a_reader_promise(text: str) -> None:
    assert "CL108" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Never skip a dose of your preventer inhaler again.\n",
        "Never drive again on the day of sedation.\n",
    ],
)
def test_a_never_again_instruction_is_not(text: str) -> None:
    assert "CL108" not in rules(text)


def test_an_end_to_it_in_spanish_opens_a_benefit_headline() -> None:
    assert "CL128" in rules("Se acabaron los sofocos.\n")


# -- a study named by its journal, whatever stands before it; a procedure avoided ---------


def test_a_study_published_in_a_journal_with_words_before_it_is_an_appeal() -> None:
    text = "A pivotal 2019 trial published in the Lancet compared both lenses.\n"
    assert where(text, "missing-citation") == [("CL201", 1, 16)]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of our clients have avoided a hip replacement with our injections.\n",
        "Our knee patients were spared a knee replacement.\n",
    ],
)
def test_a_procedure_avoided_is_a_claim(text: str) -> None:
    assert where(text)


def test_an_instruction_to_avoid_a_medicine_is_not() -> None:
    assert where("Avoid ibuprofen for a week before your injection.\n") == []


# -- set 29's near misses, by class: what a procedure feels like, names, requests ---------


@pytest.mark.parametrize(
    "text",
    [
        # a sensation while a procedure is done, and soreness after it
        "Most people describe a burning sensation that stops as soon as the probe is lifted.\n",
        "After the procedure your gums will be sore for two or three days.\n",
        # the day after, back to work: downtime, not an outcome
        "You can walk out of the clinic and go back to work the same day.\n",
        # a condition making the body do something
        "Stress can make your chest tighten and your heart race.\n",
        # a condition named in a procedure's name
        "Cubital tunnel release cuts a band of tissue over the nerve.\n",
        # a practice's name after a bar in a page title
        "# Our Services | Summit Recovery Sports Physio, Leeds\n",
        # a charge, a request to the therapist, a harm compared
        "Missed appointments are charged at 50% of the fee.\n",
        "If the pressure is too much, ask us to ease off.\n",
        "Because it uses no heat, it is less likely to cause dark marks on brown skin.\n",
        # confidence in a choice
        "Both devices are cleared by Health Canada, so you can feel confident choosing either.\n",
    ],
)
def test_set_29_near_miss_classes_stay_quiet(text: str) -> None:
    assert where(text) == []


def test_a_harm_the_question_asks_about_affirmed_is_no_claim() -> None:
    text = "### Is shingles contagious?\n\nYes, to anyone who has never had chickenpox.\n"
    assert where(text) == []


@pytest.mark.parametrize("word", ["milnaciprán", "escitalopram"])
def test_a_drug_name_is_no_spanish_future(word: str) -> None:
    text = f"El {word} está aprobado para la fibromialgia.\n"
    assert "CL134" not in rules(text)


# -- the clinic's offering named by its kind works --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our procedure works every time.\n",
        "Our technique works in one visit.\n",
        "Our course works for everyone.\n",
    ],
)
def test_our_offering_by_its_kind_works(text: str) -> None:
    assert "CL106" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "## Works cited\n",
        "Our team works weekends and evenings.\n",
        "Find out how our laser works before you book.\n",
        "Our treatment may work for some people.\n",
    ],
)
def test_works_cited_staff_and_how_it_works_are_not(text: str) -> None:
    assert "CL106" not in rules(text)


# -- the clinic's clients said never to have it again (CL126) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Most of our clients never get a cold sore again.\n",
        "Teens who complete the course never binge again.\n",
        "Our patients simply never limp again.\n",
    ],
)
def test_clients_who_never_have_it_again_is_a_claim(text: str) -> None:
    assert "CL126" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our patients never wait more than a week for a scan.\n",
        "Patients should never stop their inhaler suddenly.\n",
        "Clients who have had surgery never need to fast again before a scan.\n",
    ],
)
def test_waits_warnings_and_instructions_with_never_are_not(text: str) -> None:
    assert "CL126" not in rules(text)


# -- so many times as well, the results multiplied ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our shockwave sessions work twice as well as cortisone shots.\n",
        "Twice the results of a standard peel, in half the time.\n",
    ],
)
def test_results_multiplied_are_a_comparison(text: str) -> None:
    assert "CL110" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our new waiting room is twice as large as the old one.\n",
        "Evening slots book up twice as fast as mornings.\n",
    ],
)
def test_rooms_and_bookings_multiplied_are_no_comparison_of_effect(text: str) -> None:
    assert "CL110" not in rules(text)
