"""Issue 15, eleventh round: classes of claims, quotes and citations read whatever the words, each
tested on members written for this file (no labelled post's or sentence set's sentence),
with the near misses of each class that must stay quiet."""

from __future__ import annotations

import pytest

from claimlint.biblio.intext import find_citations
from tests.claims_support import lint, where

# -- a quote whose dash goes on with the sentence is attributed to nobody -----------------


@pytest.mark.parametrize(
    "text",
    [
        "> Our balance programme cures vertigo — even the kind you have had for decades.\n",
        "> Our balance programme cures vertigo — and it stays gone.\n",
        "> Our balance programme cures vertigo -- it's that simple.\n",
        "> Our balance programme cures vertigo — without a single pill.\n",
    ],
)
def test_a_dash_that_goes_on_with_the_sentence_attributes_nothing(text: str) -> None:
    assert where(text) == [("CL101", 1, 25)]


@pytest.mark.parametrize(
    "text",
    [
        "> Our balance programme cured my vertigo — Marguerite, 58\n",
        "> Our balance programme cured my vertigo — a retired postman from Hull\n",
        "> Our balance programme cured my vertigo -- parent, 2025\n",
        "> Our balance programme cured my vertigo.\n\n— Will, Dundee\n",
    ],
)
def test_a_dash_that_names_someone_still_attributes_the_quote(text: str) -> None:
    assert where(text) == []


# -- "<anything>-free" by a set time, after a treatment or for good -----------------------


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("## Hobble-free within a fortnight of your first session\n", "Hobble"),
        ("- Chafe-free after just two treatments\n", "Chafe"),
        ("| Goal | Sniffle-free by week six |\n|---|---|\n", "Sniffle"),
        ("Niggle-free for good, without drugs.\n", "Niggle"),
        ("Our runners are niggle-free in 10 days.\n", "niggle"),
    ],
)
def test_a_harm_gone_by_a_time_is_a_claim_whatever_it_is_called(text: str, outcome: str) -> None:
    found = [f for f in lint(text) if f.rule == "CL123"]
    assert len(found) == 1
    assert found[0].message.startswith(f"'{outcome}' and '{outcome}-free'")


@pytest.mark.parametrize(
    "text",
    [
        "Interest-free for 12 months on treatment plans over £500.\n",
        "Our clinic is fee-free after the first visit.\n",
        "Most people are not blister-free after one treatment.\n",
        "Can I be limp-free within a fortnight?\n",
        "Some patients may be flare-free within six weeks; results vary.\n",
        "Needle-free in under a minute: the gel goes on the skin.\n",
        "Our menu is gluten-free from 1 March.\n",
    ],
)
def test_a_price_a_service_or_a_hedged_one_is_not(text: str) -> None:
    assert [f for f in lint(text) if f.rule == "CL123"] == []


# -- superscript digits of Unicode are numbered citations ---------------------------------


@pytest.mark.parametrize(
    ("text", "marker", "numbers"),
    [
        ("Pain fell by a third in the trial.³ It did not last.", "³", (3,)),
        ("as the Lancet review⁷ reported", "⁷", (7,)),
        ("in two cohorts¹,⁴–⁶ of adults", "¹,⁴–⁶", (1, 4, 5, 6)),
        ("a 2019 audit (n = 212)¹² found", "¹²", (12,)),
    ],
)
def test_unicode_superscript_digits_cite(text: str, marker: str, numbers: tuple[int, ...]) -> None:
    found = [(c.kind, c.text, c.numbers) for c in find_citations(text)]
    assert found == [("superscript", marker, numbers)]


@pytest.mark.parametrize(
    "text",
    ["a BMI of 32 kg/m² or more", "about 10⁶ cells per millilitre", "a 4 cm² patch", "x² + y²"],
)
def test_powers_and_units_are_not_citations(text: str) -> None:
    assert find_citations(text) == []


def test_a_superscript_number_past_the_list_is_unresolved() -> None:
    post = (
        "Sweating fell in most patients.¹ A later trial confirmed it.³\n\n"
        "## Sources\n\n"
        "1. Hale AB, Orr C. Microwave therapy for axillary sweating. Dermatol Surg. 2015;41:1-8.\n"
        "2. Orr C, Hale AB. Sweat and quality of life. J Am Acad Dermatol. 2016;74:30-6.\n"
    )
    unresolved = [(f.rule, f.start.line, f.start.column) for f in lint(post) if f.rule == "CL303"]
    assert unresolved == [("CL303", 1, 61)]
    uncited = [f.message for f in lint(post) if f.rule == "CL304"]
    assert uncited == ["entry 2, Orr and Hale (2016), is never cited in the text"]


# -- Spanish: the offering, or the clinic, curing or removing -----------------------------


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Nuestro protocolo erradica la candidiasis vaginal.\n", "la candidiasis vaginal"),
        ("Las sesiones disuelven los lipomas en un mes.\n", "los lipomas"),
        ("Curamos los orzuelos sin cirugía.\n", "los orzuelos"),
        ("Esta crema hace desaparecer las pecas.\n", "las pecas"),
        ("Acabaremos con sus callos para siempre.\n", "sus callos"),
        ("Estos tratamientos eliminan las aftas en dos semanas.\n", "las aftas"),
    ],
)
def test_the_spanish_offering_cures_whatever_it_cures(text: str, outcome: str) -> None:
    """None of these problems is a word of the Spanish outcomes: the verb's object is
    named in the message, up to a preposition."""
    found = [f for f in lint(text) if f.rule == "CL127"]
    assert [f.message.rsplit("changes ", 1)[1] for f in found] == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "Eliminamos las listas de espera: le atendemos esta semana.\n",
        "Nuestro sistema elimina el papeleo de su seguro.\n",
        "¿Nuestro tratamiento elimina los juanetes?\n",
        "Nuestro tratamiento no cura los juanetes.\n",
        "Nuestra crema puede hacer desaparecer las ojeras en algunas personas.\n",
    ],
)
def test_spanish_logistics_questions_and_hedges_are_not(text: str) -> None:
    assert [f for f in lint(text) if f.rule == "CL127"] == []


# -- the reader told a harm will not come back, in the present ----------------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Our mouth guard keeps the jaw forward so you never grind again.\n", 42),
        ("After our course you no longer wake up with a stiff neck.\n", 18),
        ("With the new insoles you never limp again.\n", 22),
    ],
)
def test_you_never_again_is_a_promise(text: str, column: int) -> None:
    assert where(text) == [("CL108", 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        "You never know when a flare will strike.\n",
        "If you never had hay fever as a child, it can still start at forty.\n",
        "You no longer need a referral for physiotherapy.\n",
        "Your physician will still check your blood pressure at every visit.\n",
        "Your anaesthetist will talk you through the sedation.\n",
    ],
)
def test_you_never_knew_and_staff_who_will_are_not(text: str) -> None:
    assert [f for f in lint(text) if f.rule == "CL108"] == []


# -- Spanish headlines told to a reader addressed as "usted" ------------------------------


@pytest.mark.parametrize(
    "text", ["## Duerma toda la noche\n", "- Camine sin dolor\n", "## Siéntase más joven\n"]
)
def test_usted_headlines_promise(text: str) -> None:
    assert [f.rule for f in lint(text) if f.category == "unhedged-claim"] == ["CL128"]


def test_an_adjective_spelt_as_a_spanish_verb_is_no_claim() -> None:
    assert where("## Encías sanas y dientes fuertes\n") == []
    assert where("El tratamiento sana las verrugas en dos sesiones.\n") == [("CL127", 1, 1)]


# -- near misses: a device called permanent, downtime, a diagnosis, a part that fails -----


@pytest.mark.parametrize(
    "text",
    [
        "After the trial week we discuss a permanent stimulator.\n",
        "Children's permanent teeth start to come through at about six.\n",
        "Most clients are back to work the next morning.\n",
        "Nearly all patients return to normal activities within two days.\n",
        "The spray is approved for adults with diagnosed hay fever.\n",
        "Gout can flare when the kidneys stop working properly.\n",
    ],
)
def test_kinds_of_device_downtime_diagnoses_and_failing_parts_are_quiet(text: str) -> None:
    assert where(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The results of our laser are permanent.\n",
        "Most clients feel less pain the same afternoon.\n",
    ],
)
def test_permanent_results_and_relief_the_same_day_are_still_claims(text: str) -> None:
    assert len(where(text)) == 1


# -- a source list written as one paragraph of lines under a bold line ---------------------


def test_a_paragraph_of_entry_lines_is_a_source_list() -> None:
    post = (
        "Night guards ease morning jaw pain [1], and a review found the same [2].\n"
        "Jaw exercises were tested too [3].\n\n"
        "**What we read**\n\n"
        "[1] Okafor N, Reyes P. Occlusal splints and morning jaw pain. J Oral Rehabil. "
        "2019;46(2):101-9.  \n"
        "[2] Reyes P, Okafor N. Splints for bruxism: a review. J Dent. 2021;104:103-12.  \n"
        "[3] Lind S. Jaw exercise in temporomandibular disorder. Pain. 2018;159(3):500-8.  \n"
        "[4] Brandt K. The world's largest health study. PLoS Med. 2015;12(3):e1001779.\n"
    )
    found = [(f.rule, f.start.line, f.message) for f in lint(post) if f.rule == "CL304"]
    assert found == [("CL304", 9, "entry 4, Brandt (2015), is never cited in the text")]
    assert [f for f in lint(post) if f.category == "unhedged-claim" and f.start.line > 4] == []


def test_prose_with_one_reference_line_is_no_source_list() -> None:
    post = (
        "We read a lot before opening the clinic.\n"
        "Okafor N, Reyes P. Occlusal splints and morning jaw pain. J Oral Rehabil. 2019.\n"
        "Our night guards then eased every patient's jaw pain for good.\n"
    )
    assert where(post) == [("CL102", 3, 23)]


# -- "a clinical trial" is a design claim: a study of cells, animals or a few cases is not one


@pytest.mark.parametrize(
    ("prose", "year", "title", "shown"),
    [
        (
            "A clinical trial (Ngata 2021) found",
            "2021",
            "Peptide signalling in cultured keratinocytes",
            "cultured keratinocytes",
        ),
        (
            "In a human study (Ngata 2021), scars faded",
            "2021",
            "Scar remodelling in a porcine model",
            "porcine model",
        ),
        (
            "A clinical trial from the 1990s (Ngata 1994) treated",
            "1994",
            "Copper bracelets and arthritis: a preliminary report",
            "preliminary report",
        ),
    ],
)
def test_a_clinical_trial_that_is_not_one_is_a_mismatch(
    prose: str, year: str, title: str, shown: str
) -> None:
    post = f"{prose} it works.\n\n## References\n\n- Ngata R. ({year}) {title}. J Skin. 12:1-9.\n"
    found = [f.message for f in lint(post) if f.rule == "CL306"]
    assert found == [
        f"the text calls Ngata ({year}) a clinical trial, but its title says '{shown}'"
    ]


@pytest.mark.parametrize(
    "title",
    [
        "A randomised trial of copper bracelets in arthritis",
        "An open-label pilot of copper bracelets in 40 adults",
        "Copper bracelets and arthritis",  # a title that names no design proves nothing
    ],
)
def test_a_clinical_trial_that_is_one_or_says_nothing_is_not(title: str) -> None:
    post = (
        "A clinical trial (Ngata 2021) found it works.\n\n## References\n\n"
        f"- Ngata R. (2021) {title}. J Skin. 12:1-9.\n"
    )
    assert [f for f in lint(post) if f.rule == "CL306"] == []


# -- an approval claimed wider than every recorded one: duration, age, body site ---------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Botox is FDA-approved for excessive sweating of the hands.\n",
            "'FDA-approved': FDA approved Botox for hyperhidrosis only at the underarm; "
            "at the hand it is off-label",
        ),
        (
            "Phentermine has been FDA-approved for indefinite use.\n",
            "'FDA-approved': FDA approved Phentermine only for short-term use; "
            "'indefinite' use is off-label",
        ),
        (
            "Botox is FDA-approved to prevent migraine in teenagers.\n",
            "'FDA-approved': the knowledge pack records FDA approval of Botox only for adults; "
            "for teenagers it is off-label",
        ),
    ],
)
def test_an_approval_wider_than_the_recorded_ones(text: str, message: str) -> None:
    assert [f.message for f in lint(text) if f.rule == "CL401"] == [message]


@pytest.mark.parametrize(
    "text",
    [
        "Botox is FDA-approved for severe underarm sweating in adults.\n",
        "Phentermine is FDA-approved for short-term weight loss.\n",
        "Qsymia is FDA-approved for long-term weight management in teens.\n",
        "Wegovy is FDA-approved for teenagers with obesity.\n",
        "Kybella is FDA-approved for fullness under the chin.\n",
    ],
)
def test_an_approval_as_recorded_is_not(text: str) -> None:
    assert [f for f in lint(text) if f.rule == "CL401"] == []


# -- a line that opens with the verb of the change, by a time -----------------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("- Eases colicky tummies within days\n", 25),
        ("## Quiets a busy mind within days\n", 23),
        ("| Promise |\n|---|\n| Relieves tight calves instantly |\n", 25),
        ("- Improvement you will notice after the first appointment\n", 31),
    ],
)
def test_a_line_opening_with_its_change_by_a_time_is_a_claim(text: str, column: int) -> None:
    assert [(f.rule, f.start.column) for f in lint(text) if f.rule == "CL124"] == [
        ("CL124", column)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "- Book online in minutes\n",
        "## Appointments available immediately\n",
        "- Reports sent within days of your visit\n",
        "Soothes chapped lips instantly, our balm is a favourite.\n",  # a paragraph: other rules
    ],
)
def test_logistics_by_a_time_are_not(text: str) -> None:
    assert [f for f in lint(text) if f.rule == "CL124"] == []


# -- safety listed as a quality, and done painlessly --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "- Safe, gentle, no needles\n",
        "## Painless and drug-free\n",
        "- Safe & comfortable for teens\n",
        "You will pass the fragments painlessly.\n",
    ],
)
def test_safety_as_a_quality_or_a_manner_is_a_safety_claim(text: str) -> None:
    assert [f.rule for f in lint(text) if f.category == "unhedged-claim"] == ["CL107"]


@pytest.mark.parametrize(
    "text",
    [
        "## Safe\n",
        "- Safety: what we check before each session\n",
        "## Is it safe and painless?\n",
        "- Safe, but some people feel sore for a day\n",
        "Safe storage of your records and no paperwork.\n",
    ],
)
def test_safety_as_a_topic_a_question_or_qualified_is_not(text: str) -> None:
    assert [f for f in lint(text) if f.rule == "CL107"] == []


# -- Spanish: a problem never to come back, how soon, and for life -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Con nuestras plantillas, usted no volverá a sufrir juanetes.\n",
        "Nunca volverás a tener acidez después de cenar.\n",
        "## Piel sana en tan solo tres sesiones\n",
        "## Espalda sana de por vida\n",
    ],
)
def test_spanish_no_return_and_how_soon_are_claims(text: str) -> None:
    assert [f.rule for f in lint(text) if f.category == "unhedged-claim"] == ["CL127"]


@pytest.mark.parametrize(
    "text",
    [
        "No volverá a pagar por la consulta de seguimiento.\n",
        "El láser no cura la acidez.\n",
        "## Piel sana: consejos para el invierno\n",
    ],
)
def test_spanish_logistics_denials_and_topics_are_not(text: str) -> None:
    assert [f for f in lint(text) if f.rule == "CL127"] == []


# -- a function the reader will be able to do ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By spring your son will be able to run the whole cross-country course.\n",
        "After three sessions you'll finally be able to kneel in church.\n",
    ],
)
def test_being_able_to_do_a_function_is_a_promise(text: str) -> None:
    assert [f.rule for f in lint(text) if f.category == "unhedged-claim"] == ["CL108"]


@pytest.mark.parametrize(
    "text",
    [
        "You will be able to book online from Monday.\n",
        "You'll be able to drive home after the session.\n",
        "Your child will be able to ask the nurse anything.\n",
    ],
)
def test_being_able_to_do_logistics_is_not(text: str) -> None:
    assert [f for f in lint(text) if f.rule == "CL108"] == []


# -- Spanish safety, the last of anything, hair given back --------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("El microneedling es completamente seguro y no tiene efectos secundarios.\n", "CL107"),
        ("> The last protocol you will ever need.\n", "CL111"),
        ("Clients routinely see regrowth by the third month.\n", "CL109"),
    ],
)
def test_more_members_of_known_classes(text: str, rule: str) -> None:
    assert [f.rule for f in lint(text) if f.category == "unhedged-claim"] == [rule]


@pytest.mark.parametrize(
    "text",
    [
        "¿Es completamente seguro el microneedling?\n",
        "El microneedling no es completamente seguro para todos.\n",
        "The last appointment of the day is at six.\n",
    ],
)
def test_their_near_misses(text: str) -> None:
    assert [f for f in lint(text) if f.category == "unhedged-claim"] == []


# -- free of anything thanks to the treatment; nouns and natural courses ------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "![Runner on a trail, free of shin soreness thanks to our gait clinic](a.jpg)\n",
            "'shin soreness' and 'free of shin soreness' state as certain that people end up "
            "free of it",
        ),
        (
            "*A teenager free from itchy welts after our allergy plan*\n",
            "'itchy welts' and 'free from itchy welts' state as certain that people end up "
            "free of it",
        ),
    ],
)
def test_free_of_anything_after_our_treatment(text: str, message: str) -> None:
    assert [f.message for f in lint(text) if f.rule == "CL123"] == [message]


@pytest.mark.parametrize(
    "text",
    [
        "Consultations are free of charge with our nurses.\n",
        "Foot-care remedies have been sold in pharmacies for a century.\n",
        "Please stop antihistamines three days before your skin-prick test.\n",
        "Most cold sores heal on their own within ten days.\n",
    ],
)
def test_a_price_a_noun_an_instruction_and_a_natural_course_are_not(text: str) -> None:
    assert [f for f in lint(text) if f.category == "unhedged-claim"] == []


# -- clients' accounts of a life turned around, passed on as what clients get ------------


@pytest.mark.parametrize(
    "text",
    [
        "Our members regularly tell us their marriages turned around after the course.\n",
        "Runners come back telling us the programme changed their lives.\n",
        "Parents tell us their kids now go to parties without a second thought.\n",
        "Clinical studies prove that our gel dries up excess sweat.\n",
    ],
)
def test_accounts_of_a_life_changed_and_proof_of_a_symptom_gone(text: str) -> None:
    assert len([f for f in lint(text) if f.category == "unhedged-claim"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Patients often tell us they were nervous before their first session.\n",
        "Patients tell us they wish they had come to us sooner.\n",
    ],
)
def test_accounts_of_nerves_or_regret_are_not(text: str) -> None:
    assert [f for f in lint(text) if f.category == "unhedged-claim"] == []


def test_an_approved_use_promoted_at_another_site_needs_a_disclosure() -> None:
    post = "We treat sweaty palms and feet with Botox.\n"
    found = [f.message for f in lint(post) if f.rule == "CL402"]
    assert found == [
        "the post promotes Botox for sweaty palms, an off-label use, and never says so "
        "(add an 'off-label' or 'not FDA-approved' statement)"
    ]
    assert [f for f in lint("We treat sweaty underarms with Botox.\n") if f.rule == "CL402"] == []
