"""The knowledge pack's cash-pay clinic treatments (weight-loss drugs, wellness peptides,
chelation, ozone, methylene blue, ivermectin, oxytocin, DHEA, PRP, microneedling, lasers and
brain or nerve stimulators) drive CL401, CL402 and CL403 on short invented posts, and their
aliases leave ordinary English alone."""

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
    "phentermine", "phentermine-topiramate", "naltrexone-bupropion", "orlistat", "bpc-157",
    "thymosin-beta-4", "sermorelin", "ipamorelin", "cjc-1295", "chelation-therapy",
    "ozone-therapy", "methylene-blue", "ivermectin", "prasterone", "oxytocin",
    "intranasal-oxytocin", "platelet-rich-plasma", "microneedling", "low-level-laser-therapy",
    "tdcs", "cranial-electrotherapy-stimulation", "vagus-nerve-stimulation",
)  # fmt: skip


def test_the_clinic_treatments_are_in_the_pack(pack: KnowledgePack) -> None:
    assert set(NEW) <= set(pack.treatments)
    assert len(pack.treatments) == 97 and len(pack.conditions) == 144
    for alias, tid in {
        "Adipex-P": "phentermine",
        "Qsymia": "phentermine-topiramate",
        "Contrave": "naltrexone-bupropion",
        "naltrexone and bupropion": "naltrexone-bupropion",
        "Xenical": "orlistat",
        "TB-500": "thymosin-beta-4",
        "CJC-1295/ipamorelin": "ipamorelin",
        "IV EDTA": "chelation-therapy",
        "prolozone": "ozone-therapy",
        "ProvayBlue": "methylene-blue",
        "Stromectol": "ivermectin",
        "Intrarosa": "prasterone",
        "oxytocin nasal spray": "intranasal-oxytocin",
        "vampire facial": "platelet-rich-plasma",
        "SkinPen": "microneedling",
        "cold laser": "low-level-laser-therapy",
        "Flow FL-100": "tdcs",
        "Alpha-Stim": "cranial-electrotherapy-stimulation",
        "gammaCore": "vagus-nerve-stimulation",
        "HRT pellets": "compounded-drugs",
        "Testopel": "testosterone",
    }.items():
        found_treatment = pack.find_treatment(alias)
        assert found_treatment is not None and found_treatment.id == tid, alias


def test_class_statuses(pack: KnowledgePack) -> None:
    def status(treatment: str, condition: str) -> str | None:
        got = pack.use_status(treatment, condition)
        return None if got is None else got.status

    # approved uses, and the decision kind the device really has
    assert status("phentermine", "obesity") == "approved"
    assert status("naltrexone-bupropion", "obesity") == "approved"
    assert status("methylene-blue", "methemoglobinemia") == "approved"
    assert status("ivermectin", "head-lice") == "approved"
    assert status("chelation-therapy", "heavy-metal-poisoning") == "approved"
    assert status("prasterone", "vulvovaginal-atrophy") == "approved"
    assert status("microneedling", "acne-scars") == "authorized"
    assert status("vagus-nerve-stimulation", "cluster-headache") == "authorized"
    assert status("vagus-nerve-stimulation", "migraine") == "cleared"
    assert status("vagus-nerve-stimulation", "treatment-resistant-depression") == "approved"
    assert status("tdcs", "depression") == "approved"
    assert status("cranial-electrotherapy-stimulation", "insomnia") == "cleared"
    assert status("platelet-rich-plasma", "bone-grafting") == "cleared"
    assert status("semaglutide", "heart-disease") == "approved"  # Wegovy, 2024
    # off-label uses of approved or cleared products
    assert status("ivermectin", "covid-19") == "off-label"
    assert status("methylene-blue", "cognitive-performance") == "off-label"
    assert status("chelation-therapy", "heart-disease") == "off-label"
    assert status("platelet-rich-plasma", "hair-loss") == "off-label"
    assert status("tdcs", "treatment-resistant-depression") == "off-label"
    assert status("cranial-electrotherapy-stimulation", "depression") == "off-label"
    assert status("hyperbaric-oxygen", "stroke") == "off-label"
    # products approved for nothing
    for tid in ("bpc-157", "thymosin-beta-4", "sermorelin", "ipamorelin", "cjc-1295",
                "ozone-therapy", "intranasal-oxytocin"):  # fmt: skip
        assert pack.treatment(tid).approvals == (), tid
        entry = pack.use_status(tid, "aging")
        assert entry is not None and entry.status == "unapproved", tid
    assert status("hcg", "obesity") == "unapproved"
    # schedules, sexes and the HCG label's statement
    for tid in ("phentermine", "phentermine-topiramate"):
        control = pack.control_status(tid)
        assert control is not None and control.schedule == "Schedule IV", tid
    lllt = pack.treatment("low-level-laser-therapy").approvals
    assert {a.sex for a in lllt if a.use == "hair-loss"} == {
        "male",
        "female",
    }
    assert any("obesity" in n.text for n in pack.treatment("hcg").notes)
    assert pack.treatment("bpc-157").non_approved_uses[0].use == ANY_USE


def test_secondary_sources_say_so(pack: KnowledgePack) -> None:
    """A fact resting on a report rather than the agency's own page says so in its title."""
    for t in (pack.treatment(tid) for tid in (*NEW, "hcg")):
        for note in t.notes:
            if "fda.gov" in note.source.url or "ecfr.gov" in note.source.url:
                continue
            if "dailymed" in note.source.url:
                continue
            assert "secondary" in note.source.title.lower(), (t.id, note.source.url)
    prp = pack.treatment("platelet-rich-plasma")
    assert "secondary" in prp.source.title


# -- aliases and ordinary English ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The ozone layer protects us from ultraviolet light.",
        "Alli went to the store and bought a cold drink.",
        "Go with the flow and enjoy the red light at sunset.",
        "Hugs release oxytocin, which lowers stress.",
        "The pellet stove kept the cabin warm; the laser pointer broke.",
        "The CES trade show had a new headset.",
        "The label lists disodium EDTA and water.",
        "A gentle cleanse and a juice detox will not clear cancer.",
        "Take a deep breath and focus on your memory of the beach.",
        "Inflammation is how the body responds to a splinter.",
    ],
)
def test_ordinary_sentences_name_no_treatment_or_use(sentence: str) -> None:
    assert [m.text for m in mentions(sentence) if not m.ambiguous] == []


def test_longer_names_win() -> None:
    brand, combo = mentions("Contrave (naltrexone-bupropion) curbs cravings.")
    assert brand.target == combo.target == "naltrexone-bupropion"
    [qsymia] = mentions("phentermine-topiramate extended-release")
    assert qsymia.target == "phentermine-topiramate"
    [stack] = mentions("a CJC-1295/ipamorelin stack")
    assert stack.target == "ipamorelin"


# -- CL401 ---------------------------------------------------------------------------------------


def test_cl401_an_unapproved_peptide_called_approved() -> None:
    post = (
        "# Peptide therapy\n\nOur recovery menu is simple. "
        "BPC-157 is FDA-approved for tendon repair.\n"
    )
    assert found(post, "CL401") == [
        (
            3,
            41,
            "'FDA-approved': the knowledge pack records no FDA approval or clearance of BPC-157 "
            f"for tendon repair (unapproved use); it has no recorded approval {AS_OF}",
        )
    ]


def test_cl401_a_schedule_iv_weight_loss_drug_called_uncontrolled() -> None:
    post = "## Weight loss\n\nQsymia is not a controlled substance, so refills are easy.\n"
    assert found(post, "CL401") == [
        (
            3,
            11,
            "'not a controlled substance': Qsymia is a controlled substance (Schedule IV); say "
            "so, with what that means for prescriptions and refills",
        )
    ]


def test_cl401_a_device_cleared_for_other_uses() -> None:
    post = "Ask us about gammaCore.\n\nThe gammaCore device is FDA-cleared for anxiety.\n"
    assert found(post, "CL401") == [
        (
            3,
            25,
            "'FDA-cleared': the knowledge pack records no FDA approval or clearance of gammaCore "
            "for anxiety (off-label use); recorded approvals: epilepsy, treatment-resistant "
            f"depression, cluster headache, migraine, hemicrania continua {AS_OF}",
        )
    ]


def test_cl401_ozone_and_chelation() -> None:
    post = "We offer ozone therapy.\nOzone therapy is FDA-approved for Lyme disease.\n"
    assert found(post, "CL401") == [
        (
            2,
            18,
            "'FDA-approved': the knowledge pack records no FDA approval or clearance of Ozone "
            f"therapy for Lyme disease (unapproved use); it has no recorded approval {AS_OF}",
        )
    ]
    [(line, column, message)] = found(
        "Chelation therapy is FDA-approved for heart disease.\n", "CL401"
    )
    assert (line, column) == (1, 22)
    assert message.endswith(f"(off-label use); recorded approvals: heavy metal poisoning {AS_OF}")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Ivermectin is FDA-approved to treat COVID-19.", "FDA-approved"),
        ("Methylene blue is FDA-approved for brain fog.", "FDA-approved"),
        ("Microneedling is FDA-cleared for hair loss.", "FDA-cleared"),
        ("Sermorelin is FDA-approved for anti-aging.", "FDA-approved"),
        ("Phentermine is not a controlled substance.", "not a controlled substance"),
        ("Intrarosa is FDA-approved for men with low libido.", "FDA-approved"),
    ],
)
def test_cl401_wrong_statements(sentence: str, word: str) -> None:
    assert [h[:2] for h in found(sentence + "\n", "CL401")] == [(1, sentence.index(word) + 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Qsymia is FDA-approved for chronic weight management.",
        "Contrave is FDA-approved for weight loss in adults.",
        "SkinPen is FDA-authorized for facial acne scars.",
        "gammaCore is FDA-cleared for cluster headache.",
        "Methylene blue is FDA-approved for methemoglobinemia.",
        "Ivermectin tablets are FDA-approved for strongyloidiasis.",
        "Chemet is FDA-approved for lead poisoning in children.",
        "Testopel is FDA-approved for men with hypogonadism.",
        "Intrarosa is FDA-approved for painful intercourse after menopause.",
        "The Flow FL-100 headset is FDA-approved for major depressive disorder.",
        "The HairMax LaserComb is FDA-cleared for hair loss in men and women.",
        "Our PRP kits are FDA-cleared.",
        "Wegovy is FDA-approved to reduce heart disease risk in adults with obesity.",
        "BPC-157 is not FDA-approved for any use.",
    ],
)
def test_cl401_true_statements_pass(sentence: str) -> None:
    assert found(sentence + "\n", "CL401") == []


# -- CL402 ---------------------------------------------------------------------------------------

PEPTIDES = (
    "# Peptides for athletes\n\nOur clinic offers BPC-157 injections for faster injury recovery.\n"
)
PRP = "# Hair restoration\n\nPRP injections regrow thinning hair in three sessions.\n"


def test_cl402_an_unapproved_peptide_promoted_for_a_use() -> None:
    assert found(PEPTIDES, "CL402") == [
        (
            3,
            19,
            "the post promotes BPC-157 injections for injury recovery, but BPC-157 injections is "
            f"approved for no use, and the post never says so {US_HINT}",
        )
    ]


def test_cl402_a_device_promoted_off_label() -> None:
    assert found(PRP, "CL402") == [
        (
            3,
            1,
            "the post promotes PRP injections for thinning hair, an off-label use, and never says "
            f"so {US_HINT}",
        )
    ]


def test_cl402_a_product_approved_for_nothing_named_alone() -> None:
    assert found("# Ozone\n\nBook a session of ozone therapy today.\n", "CL402") == [
        (
            3,
            19,
            "the post promotes ozone therapy, but ozone therapy is approved for no use, and the "
            f"post never says so {US_HINT}",
        )
    ]


@pytest.mark.parametrize(
    "post",
    [
        PEPTIDES + "\n*BPC-157 is not FDA-approved for any use; our physicians prescribe it "
        "after an exam.*\n",
        PRP + "\nUsing PRP for hair loss is an off-label use of an FDA-cleared device.\n",
        "# Medical weight loss\n\nQsymia helps adults with obesity lose weight alongside diet "
        "and exercise.\n",
        "# Methylene blue\n\nMethylene blue treats methemoglobinemia in hospital.\n",
    ],
)
def test_cl402_disclosed_or_approved_uses_draw_nothing(post: str) -> None:
    assert found(post, "CL402") == []


@pytest.mark.parametrize(
    ("sentence", "treatment"),
    [
        (
            "Low-dose methylene blue sharpens memory and clears brain fog.",
            "Low-dose methylene blue",
        ),
        ("Our IV chelation drips unclog arteries in heart disease.", "IV chelation"),
        ("Sermorelin restores youthful energy and lean muscle.", "Sermorelin"),
        ("Vagus nerve stimulation calms anxiety in minutes.", "Vagus nerve stimulation"),
        ("Ivermectin protects against COVID-19.", "Ivermectin"),
        ("We use microneedling to treat hair loss.", "microneedling"),
    ],
)
def test_cl402_off_label_and_unapproved_promotions(sentence: str, treatment: str) -> None:
    hits = found(sentence + "\n", "CL402")
    assert [h[:2] for h in hits] == [(1, sentence.index(treatment) + 1)]


# -- CL403 ---------------------------------------------------------------------------------------

QSYMIA_TESTIMONIAL = (
    "# Medical weight loss\n\n> After two months of Qsymia my sugar cravings were gone. "
    "— Dana, 38\n"
)


def test_cl403_a_weight_loss_testimonial_needs_a_results_vary_statement() -> None:
    assert found(QSYMIA_TESTIMONIAL, "CL403") == [
        (
            3,
            30,
            "client testimonials about outcomes with no statement of what results clients "
            "generally get",
        )
    ]
    varied = (
        QSYMIA_TESTIMONIAL
        + "\nResults vary: some patients lose little weight on Qsymia, others lose more.\n"
    )
    assert found(varied, "CL403") == []
