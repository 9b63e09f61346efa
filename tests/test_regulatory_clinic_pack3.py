"""The knowledge pack's third clinic set (fertility and menopause hormones, addiction and sleep
medicines, GLP-1 and thyroid drugs, injectables, fillers, knee gels and clinic devices) drives
CL401 and CL402 on short invented sentences, and its aliases leave ordinary English alone."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from claimlint.core.model import Finding
from claimlint.engine.linter import Plan
from claimlint.regulatory.knowledge import ANY_USE, KnowledgePack, load_pack
from claimlint.regulatory.mentions import mentions
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text

PACK_DIR = Path(__file__).resolve().parents[1] / "rules" / "knowledge"
AS_OF = "(as of 2026-11-01)"
US_HINT = "(add an 'off-label' or 'not FDA-approved' statement)"


@pytest.fixture(scope="module")
def pack() -> KnowledgePack:
    return load_pack(PACK_DIR)


@lru_cache(maxsize=1)
def _plan() -> tuple[Config, Plan]:
    config = Config()
    return config, build_plan(config)


def found(text: str, rule: str) -> list[tuple[int, int, str]]:
    config, plan = _plan()
    findings: list[Finding] = lint_text(text, "post.md", plan, config)
    return [(f.start.line, f.start.column, f.message) for f in findings if f.rule == rule]


# -- the facts ---------------------------------------------------------------------------------

NEW = (
    "letrozole", "clomiphene", "enclomiphene", "liraglutide", "buprenorphine", "methadone",
    "acamprosate", "disulfiram", "modafinil", "armodafinil", "orexin-receptor-antagonists",
    "estradiol", "progesterone", "deoxycholic-acid", "hyaluronic-acid-fillers",
    "viscosupplements", "hypoglossal-nerve-stimulation", "emsella", "emsculpt",
    "desiccated-thyroid",
)  # fmt: skip


def test_the_third_clinic_set_is_in_the_pack(pack: KnowledgePack) -> None:
    assert set(NEW) <= set(pack.treatments)
    for alias, tid in {
        "Femara": "letrozole",
        "Clomid": "clomiphene",
        "clomifene citrate": "clomiphene",
        "enclomiphene citrate": "enclomiphene",
        "Saxenda": "liraglutide",
        "Victoza": "liraglutide",
        "Suboxone": "buprenorphine",
        "buprenorphine-naloxone": "buprenorphine",
        "Sublocade": "buprenorphine",
        "Zubsolv": "buprenorphine",
        "Methadose": "methadone",
        "Campral": "acamprosate",
        "Antabuse": "disulfiram",
        "Provigil": "modafinil",
        "Nuvigil": "armodafinil",
        "Belsomra": "orexin-receptor-antagonists",
        "lemborexant": "orexin-receptor-antagonists",
        "Quviviq": "orexin-receptor-antagonists",
        "oestradiol": "estradiol",
        "Vagifem": "estradiol",
        "Prometrium": "progesterone",
        "Kybella": "deoxycholic-acid",
        "Juvederm Voluma": "hyaluronic-acid-fillers",
        "Restylane Lyft": "hyaluronic-acid-fillers",
        "Synvisc-One": "viscosupplements",
        "Euflexxa": "viscosupplements",
        "Inspire implant": "hypoglossal-nerve-stimulation",
        "BTL Emsella": "emsella",
        "Emsculpt Neo": "emsculpt",
        "Armour Thyroid": "desiccated-thyroid",
        "NP Thyroid": "desiccated-thyroid",
        # branded PRP procedures are names of the PRP entry
        "P-Shot": "platelet-rich-plasma",
        "Priapus Shot": "platelet-rich-plasma",
        "O-Shot": "platelet-rich-plasma",
        "vampire facelift": "platelet-rich-plasma",
        # compounded pellets stay the compounded class
        "estradiol pellets": "compounded-drugs",
    }.items():
        found_treatment = pack.find_treatment(alias)
        assert found_treatment is not None and found_treatment.id == tid, alias


def test_statuses_decisions_and_schedules(pack: KnowledgePack) -> None:
    def status(treatment: str, condition: str) -> str | None:
        got = pack.use_status(treatment, condition)
        return None if got is None else got.status

    # approved, and the kind of decision each device really has
    assert status("letrozole", "breast-cancer") == "approved"
    assert status("clomiphene", "ovulatory-dysfunction") == "approved"
    assert status("liraglutide", "obesity") == "approved"
    assert status("liraglutide", "type-2-diabetes") == "approved"
    assert status("buprenorphine", "opioid-use-disorder") == "approved"
    assert status("methadone", "opioid-use-disorder") == "approved"
    assert status("acamprosate", "alcohol-use-disorder") == "approved"
    assert status("disulfiram", "alcohol-use-disorder") == "approved"
    for tid in ("modafinil", "armodafinil"):
        for use in ("narcolepsy", "obstructive-sleep-apnea", "shift-work-disorder"):
            assert status(tid, use) == "approved", (tid, use)
    assert status("orexin-receptor-antagonists", "insomnia") == "approved"
    assert status("estradiol", "menopause-symptoms") == "approved"
    assert status("estradiol", "vulvovaginal-atrophy") == "approved"
    assert status("estradiol", "osteoporosis") == "approved"
    assert status("progesterone", "endometrial-hyperplasia") == "approved"
    assert status("progesterone", "infertility") == "off-label"  # only ART luteal support
    assert status("progesterone", "luteal-support") == "approved"
    assert status("deoxycholic-acid", "submental-fat") == "approved"
    assert status("hyaluronic-acid-fillers", "lip-augmentation") == "approved"
    assert status("viscosupplements", "knee-osteoarthritis") == "approved"
    assert status("hypoglossal-nerve-stimulation", "obstructive-sleep-apnea") == "approved"
    assert status("emsella", "stress-incontinence") == "cleared"
    assert status("emsculpt", "muscle-toning") == "cleared"
    # off-label uses clinics promote
    assert status("letrozole", "infertility") == "off-label"
    assert status("letrozole", "ovulatory-dysfunction") == "off-label"
    assert status("clomiphene", "hypogonadism") == "off-label"
    assert status("modafinil", "adhd") == "off-label"
    assert status("modafinil", "cognitive-performance") == "off-label"
    assert status("modafinil", "jet-lag") == "off-label"  # jet lag is not shift work disorder
    assert status("estradiol", "heart-disease") == "off-label"
    assert status("estradiol", "dementia") == "off-label"
    assert status("deoxycholic-acid", "localized-fat") == "off-label"
    assert status("hyaluronic-acid-fillers", "buttock-augmentation") == "off-label"
    assert status("hyaluronic-acid-fillers", "breast-augmentation") == "off-label"
    assert status("viscosupplements", "hip-osteoarthritis") == "off-label"
    assert status("viscosupplements", "shoulder-osteoarthritis") == "off-label"
    assert status("emsella", "erectile-dysfunction") == "off-label"
    assert status("emsculpt", "erectile-dysfunction") == "off-label"
    assert status("platelet-rich-plasma", "low-libido") == "off-label"
    assert status("disulfiram", "lyme-disease") == "off-label"
    # approved for nothing
    for tid in ("enclomiphene", "desiccated-thyroid"):
        assert pack.treatment(tid).approvals == (), tid
        assert pack.treatment(tid).non_approved_uses[0].use == ANY_USE, tid
        assert status(tid, "hypothyroidism") == "unapproved", tid
    assert status("desiccated-thyroid", "obesity") == "unapproved"
    # schedules
    for tid, schedule in {
        "buprenorphine": "Schedule III",
        "methadone": "Schedule II",
        "modafinil": "Schedule IV",
        "armodafinil": "Schedule IV",
        "orexin-receptor-antagonists": "Schedule IV",
    }.items():
        control = pack.control_status(tid)
        assert control is not None and control.schedule == schedule, tid
    # one sex's approvals
    assert {a.sex for a in pack.treatment("clomiphene").approvals} == {"female"}
    assert {a.sex for a in pack.treatment("letrozole").approvals} == {"female"}
    # the Inspire PMA's date, to the day; other dates only as precise as they are known
    [inspire] = pack.treatment("hypoglossal-nerve-stimulation").approvals
    assert inspire.date_text == "2014-04-30" and inspire.pathway == "PMA"
    saxenda = [a for a in pack.treatment("liraglutide").approvals if a.product == "Saxenda"]
    assert [a.date_precision for a in saxenda] == ["month"]


def test_sources_are_agency_pages_or_say_secondary(pack: KnowledgePack) -> None:
    """Every source of the new entries is an agency page (FDA, openFDA, DailyMed, eCFR, DEA),
    or its title says it is secondary."""
    for t in (pack.treatment(tid) for tid in NEW):
        sources = [t.source, *(a.source for a in t.approvals)]
        sources += [u.source for u in t.non_approved_uses] + [n.source for n in t.notes]
        sources += [c.source for c in t.control_status]
        for source in sources:
            official = any(
                host in source.url
                for host in ("fda.gov", "ecfr.gov", "dailymed.nlm.nih.gov", "dea.gov")
            )
            assert official or "secondary" in source.title.lower(), (t.id, source.url)


# -- aliases and ordinary English ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Her story may inspire you to keep going.",
        "Cut the filler words from your speech.",
        "Toning down the music helped her sleep.",
        "A hyaluronic acid serum keeps skin soft.",
        "It works the other way round, and vice versa.",
    ],
)
def test_ordinary_sentences_name_no_treatment_or_use(sentence: str) -> None:
    assert [m.text for m in mentions(sentence) if not m.ambiguous] == []


def test_longer_names_win() -> None:
    [pellets] = [m for m in mentions("Our estradiol pellets last months.") if m.kind == "treatment"]
    assert pellets.target == "compounded-drugs"
    [chin] = [m for m in mentions("Kybella melts fat under the chin.") if m.kind == "condition"]
    assert chin.target == "submental-fat"
    low_t = [m.target for m in mentions("Clomid for low testosterone") if m.kind == "condition"]
    assert low_t == ["hypogonadism"]


# -- CL401 ---------------------------------------------------------------------------------------


def test_cl401_letrozole_for_fertility() -> None:
    assert found("Letrozole is FDA-approved for fertility.\n", "CL401") == [
        (
            1,
            14,
            "'FDA-approved': the knowledge pack records no FDA approval or clearance of "
            f"Letrozole for fertility (off-label use); recorded approvals: breast cancer {AS_OF}",
        )
    ]


def test_cl401_kybella_beyond_the_chin() -> None:
    assert found("Kybella is FDA-approved to dissolve fat anywhere on the body.\n", "CL401") == [
        (
            1,
            12,
            "'FDA-approved': the knowledge pack records no FDA approval or clearance of Kybella "
            f"for fat (off-label use); recorded approvals: submental fat {AS_OF}",
        )
    ]


def test_cl401_emsella_for_erectile_dysfunction() -> None:
    assert found("Emsella is FDA-approved for erectile dysfunction.\n", "CL401") == [
        (
            1,
            12,
            "'FDA-approved': the knowledge pack records no FDA approval or clearance of Emsella "
            f"for erectile dysfunction (off-label use); recorded approvals: stress incontinence "
            f"{AS_OF}",
        )
    ]


def test_cl401_armour_thyroid_approved_for_nothing() -> None:
    assert found("Armour Thyroid is FDA-approved.\n", "CL401") == [
        (
            1,
            19,
            "'FDA-approved': the knowledge pack records no FDA approval of Armour Thyroid (No "
            "desiccated thyroid product is FDA-approved; they are marketed as unapproved drugs, "
            "and FDA has not reviewed them as safe and effective for any use.)",
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Clomid is FDA-approved for men with low testosterone.", "FDA-approved"),
        ("Enclomiphene is FDA-approved for low testosterone.", "FDA-approved"),
        ("Provigil is FDA-approved for ADHD.", "FDA-approved"),
        ("Modafinil is not a controlled substance.", "not a controlled substance"),
        ("Suboxone is not a controlled substance.", "not a controlled substance"),
        ("Estradiol is FDA-approved to prevent heart disease.", "FDA-approved"),
        ("Prometrium is FDA-approved for insomnia.", "FDA-approved"),
        ("Juvederm is FDA-approved for buttock augmentation.", "FDA-approved"),
        ("Synvisc is FDA-approved for hip osteoarthritis.", "FDA-approved"),
        ("The P-Shot is FDA-approved for erectile dysfunction.", "FDA-approved"),
        ("The O-Shot is FDA-approved to treat incontinence.", "FDA-approved"),
        ("Emsculpt is FDA-approved for toning the abdomen.", "FDA-approved"),
        ("Antabuse is FDA-approved for Lyme disease.", "FDA-approved"),
    ],
)
def test_cl401_wrong_statements(sentence: str, word: str) -> None:
    assert [h[:2] for h in found(sentence + "\n", "CL401")] == [(1, sentence.index(word) + 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Saxenda is FDA-approved for chronic weight management in adults with obesity.",
        "Victoza is FDA-approved for type 2 diabetes.",
        "Femara is FDA-approved for breast cancer in postmenopausal women.",
        "Clomid is FDA-approved for ovulation induction in women.",
        "Suboxone is FDA-approved for opioid use disorder.",
        "Sublocade is FDA-approved for moderate to severe opioid use disorder.",
        "Methadone is FDA-approved for opioid addiction.",
        "Campral is FDA-approved for alcohol dependence.",
        "Provigil is FDA-approved for shift work disorder.",
        "Nuvigil is FDA-approved for narcolepsy.",
        "Belsomra is FDA-approved for insomnia.",
        "Estradiol is FDA-approved for hot flashes.",
        "Estradiol is FDA-approved to prevent osteoporosis.",
        "Vagifem is FDA-approved for vaginal atrophy.",
        "Prometrium is FDA-approved for endometrial protection.",
        "Kybella is FDA-approved to dissolve fat under the chin.",
        "Restylane Kysse is FDA-approved for lip augmentation.",
        "Synvisc is FDA-approved for knee osteoarthritis.",
        "The Inspire implant is FDA-approved for obstructive sleep apnea.",
        "Emsella is FDA-cleared for urinary incontinence.",
        "Emsculpt is FDA-cleared for muscle toning.",
        "Armour Thyroid is not FDA-approved.",
        "Enclomiphene is not FDA-approved for any use.",
    ],
)
def test_cl401_true_statements_pass(sentence: str) -> None:
    assert found(sentence + "\n", "CL401") == []


# -- CL402 ---------------------------------------------------------------------------------------

LETROZOLE = "# Fertility\n\nWe use letrozole to induce ovulation in women with PCOS.\n"
ENCLOMIPHENE = "# Low T\n\nOur men's clinic prescribes enclomiphene for low testosterone.\n"


def test_cl402_an_off_label_fertility_drug() -> None:
    assert found(LETROZOLE, "CL402") == [
        (
            3,
            8,
            f"the post promotes letrozole for PCOS, an off-label use, and never says so {US_HINT}",
        )
    ]


def test_cl402_a_drug_approved_for_nothing() -> None:
    assert found(ENCLOMIPHENE, "CL402") == [
        (
            3,
            29,
            "the post promotes enclomiphene for low testosterone, but enclomiphene is approved "
            f"for no use, and the post never says so {US_HINT}",
        )
    ]


def test_cl402_a_product_approved_for_nothing_named_alone() -> None:
    [(line, column, message)] = found("# Thyroid\n\nWe prescribe NP Thyroid.\n", "CL402")
    assert (line, column) == (3, 14)
    assert message.startswith("the post promotes NP Thyroid, but NP Thyroid is approved for no use")


@pytest.mark.parametrize(
    ("sentence", "treatment"),
    [
        ("Modafinil sharpens focus and boosts cognitive performance.", "Modafinil"),
        ("Kybella melts stubborn belly fat in two sessions.", "Kybella"),
        ("Our Synvisc injections relieve hip arthritis pain.", "Synvisc"),
        ("Emsella treats erectile dysfunction.", "Emsella"),
        ("The O-Shot improves sexual dysfunction.", "O-Shot"),
        ("Prometrium helps insomnia.", "Prometrium"),
        ("We use dermal fillers for breast augmentation.", "dermal fillers"),
        ("Armour Thyroid restores energy for patients with hypothyroidism.", "Armour Thyroid"),
    ],
)
def test_cl402_off_label_and_unapproved_promotions(sentence: str, treatment: str) -> None:
    hits = found(sentence + "\n", "CL402")
    assert [h[:2] for h in hits] == [(1, sentence.index(treatment) + 1)]


@pytest.mark.parametrize(
    "post",
    [
        LETROZOLE + "\nLetrozole is approved for breast cancer; its use for fertility is "
        "off-label.\n",
        ENCLOMIPHENE + "\n*Enclomiphene is not FDA-approved for any use.*\n",
        "# Weight loss\n\nSaxenda helps adults with obesity lose weight alongside diet.\n",
        "# Recovery\n\nSuboxone treats opioid use disorder.\n",
        "# Knees\n\nSynvisc injections relieve knee osteoarthritis pain.\n",
        "# Chin\n\nKybella reduces a double chin in two to four sessions.\n",
        "# Bladder\n\nEmsella treats urinary incontinence.\n",
        "# Fillers\n\nWe use dermal fillers for breast augmentation.\n\nThis is an off-label "
        "use, and FDA warns against it.\n",
    ],
)
def test_cl402_disclosed_or_approved_uses_draw_nothing(post: str) -> None:
    assert found(post, "CL402") == []
