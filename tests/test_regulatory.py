"""The regulatory family (CL401-CL406): approvals and legal status checked against the
knowledge pack, and the disclosures a post must carry."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from cli_support import run, write

from claimlint.core.model import Finding
from claimlint.engine.linter import Plan
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
KAP = SEEDS / "002_21c00aa68d842cfa.txt"


@lru_cache(maxsize=8)
def _plan(options: tuple[tuple[str, object], ...]) -> tuple[Config, Plan]:
    config = Config()
    config.options.update(dict(options))
    return config, build_plan(config)


def lint(text: str, path: str = "post.md", **options: object) -> list[Finding]:
    """Lint with the built-in rules; one plan per set of options (loading rules is slow)."""
    key = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in options.items()))
    config, plan = _plan(key)
    return lint_text(text, path, plan, config)


def found(text: str, rule: str, **options: object) -> list[tuple[int, int, str]]:
    return [
        (f.start.line, f.start.column, f.message) for f in lint(text, **options) if f.rule == rule
    ]


# -- CL401 regulatory-claim ------------------------------------------------------------------

WRONG = [
    # (sentence, the approval or legality word the finding starts at)
    ("Our FDA-approved ketamine therapy ends anxiety.", "FDA-approved"),
    ("Ketamine is approved for anxiety.", "approved"),
    ("Psilocybin is FDA-approved.", "FDA-approved"),
    ("IV ketamine infusion therapy is an FDA-approved treatment for depression.", "FDA-approved"),
    ("At-home ketamine lozenges are FDA-approved for depression.", "FDA-approved"),
    ("TMS is also FDA-approved for PTSD, bipolar disorder and chronic pain.", "FDA-approved"),
    ("We offer FDA-approved stem cell treatment for autism.", "FDA-approved"),
    ("Ketamine received FDA approval for treatment-resistant depression in 2019.", "approval"),
    (
        "Psilocybin was designated a breakthrough therapy, which means it is now an "
        "FDA-approved treatment for depression.",
        "FDA-approved",
    ),
    ("MDMA therapy is now legal nationwide.", "legal"),
    ("Psilocybin is legal in all 50 states.", "legal"),
    ("MDMA-assisted therapy is already legal under state law in Oregon.", "legal"),
    ("Esketamine is FDA-approved for generalized anxiety disorder.", "FDA-approved"),
    ("Compounded semaglutide is FDA-approved for weight loss.", "FDA-approved"),
    # "to prevent" links an approval to its use as "to treat" does
    ("Botox is FDA-approved to prevent depression.", "FDA-approved"),
]

RIGHT = [
    "Esketamine nasal spray is FDA-approved for treatment-resistant depression.",
    "Spravato was approved by the FDA in 2019 for treatment-resistant depression.",
    "Ketamine has been FDA-approved as an anesthetic since 1970.",
    "Ketamine has been FDA-approved since 1970.",
    "Ketamine is not FDA-approved for depression.",
    "Psilocybin has not been approved by the FDA for any use.",
    "Psilocybin may be approved for depression in the coming years.",
    "The FDA declined to approve MDMA-assisted therapy in August 2024.",
    "Lykos applied for approval of MDMA-assisted therapy for PTSD.",
    "Psilocybin services are legal under state law in Oregon.",
    "Is psilocybin FDA-approved?",
    "TMS is FDA-cleared for major depression and OCD.",
    "Spravato is the only FDA-approved form of ketamine for depression.",
    "Australia allows authorized psychiatrists to prescribe MDMA for PTSD.",
    "Adults can take psilocybin at a licensed service center in Oregon.",
    "Your insurance may need prior approval for TMS.",
    "Botox is FDA-approved to prevent chronic migraine in adults.",
]


# -- CL401 by class: what the pack's structure contradicts, written fresh for each class -----

CLASS_WRONG = [
    # a scheduled drug said not to be controlled (the nearest treatment before the words)
    ("Because Ritalin is not a controlled substance, refills are automatic.", "not a controlled"),
    ("Testosterone gel is a non-controlled medication you can order online.", "non-controlled"),
    ("We can mail Ambien to you, since it is not scheduled.", "not scheduled"),
    # an approval claimed for a universal population
    ("Mounjaro is approved for everyone who wants to lose weight.", "approved"),
    ("Gabapentin has been FDA-approved for all types of nerve pain.", "FDA-approved"),
    ("The FDA approved isotretinoin for any patient with acne.", "FDA approved"),
    # an approval claimed for the sex the recorded approvals exclude
    ("Propecia is FDA-approved for female pattern hair loss.", "FDA-approved"),
    ("Vyleesi is FDA-approved for men with low desire.", "FDA-approved"),
    # an approval claimed by likeness to an approved product, which is no approval
    ("Our compounded tirzepatide is the same FDA-approved drug as Zepbound.", "FDA-approved"),
    # the use named before the product noun ("an FDA-approved hair-loss treatment")
    ("Topical finasteride is an FDA-approved hair-loss treatment.", "FDA-approved"),
    ("Ketamine is an FDA-approved depression medicine.", "FDA-approved"),
    # a device's or procedure's recorded approval denied
    ("LASIK has never been approved by the FDA for nearsightedness.", "approved"),
    ("Shockwave therapy for heel pain is not FDA-approved.", "FDA-approved"),
    # approvals of what regulators do not approve: practices, supplements, compounded products
    ("EMDR is an FDA-approved therapy for PTSD.", "FDA-approved"),
    ("Our ashwagandha blend is FDA-approved for stress.", "FDA-approved"),
    ("Compounded testosterone cream is FDA-approved for women.", "FDA-approved"),
    ("Our IV vitamin drips are FDA-approved.", "FDA-approved"),
    # uses outside mental health that the pack records no approval for
    ("Oral minoxidil is FDA-approved for hair loss.", "FDA-approved"),
    ("Zurzuvae is approved for anxiety.", "approved"),
]

CLASS_RIGHT = [
    "Ritalin is a Schedule II controlled substance.",
    "Minoxidil is not a controlled substance.",
    "Is Adderall not a controlled substance?",
    "Finasteride is not a controlled substance, unlike testosterone.",
    "Zepbound is approved for adults with obesity.",
    "Isotretinoin is FDA-approved for severe recalcitrant nodular acne.",
    "Propecia is FDA-approved for men with male pattern hair loss.",
    "Topical minoxidil is approved for hair loss in men and women.",
    "Vyleesi is FDA-approved for premenopausal women with HSDD.",
    "SMILE is not FDA-approved for farsightedness.",
    "TMS is not FDA-approved; it is FDA-cleared.",
    "Ketamine is not FDA-approved for depression.",
    "LASIK has not yet been approved for every eye condition.",
    "Melatonin is not FDA-approved for insomnia.",
    "CBT-I is recommended as the first treatment for chronic insomnia.",
    "The FDA approved the OssaTron for chronic plantar fasciitis in 2000.",
    "Pregabalin is FDA-approved for diabetic nerve pain.",
    "Paxlovid is FDA-approved to treat COVID-19 in high-risk adults.",
    "The FDA approved Zurzuvae for postpartum depression in 2023.",
    "It will make you smile, and our approach is approved by our patients.",
    "Propecia is an FDA-approved hair-loss medicine for men.",
    "Zepbound is an FDA-approved weight-loss medicine, like Wegovy.",
]


@pytest.mark.parametrize(
    ("sentence", "word"), WRONG + CLASS_WRONG, ids=[w[0][:50] for w in WRONG + CLASS_WRONG]
)
def test_regulatory_claim_flags_misstatements(sentence: str, word: str) -> None:
    hits = found(sentence, "CL401")
    assert len(hits) == 1, hits
    line, column, _ = hits[0]
    assert (line, column) == (1, sentence.index(word) + 1)


@pytest.mark.parametrize("sentence", RIGHT + CLASS_RIGHT, ids=[r[:50] for r in RIGHT + CLASS_RIGHT])
def test_regulatory_claim_leaves_correct_statements(sentence: str) -> None:
    assert found(sentence, "CL401") == []


def test_regulatory_claim_message_names_the_use_and_the_recorded_approvals() -> None:
    [(_, _, message)] = found("Ketamine is FDA-approved for anxiety.", "CL401")
    assert message == (
        "'FDA-approved': the knowledge pack records no FDA approval or clearance of Ketamine "
        "for anxiety (off-label use); recorded approvals: anesthesia (as of 2026-11-01)"
    )


# -- CL402 unapproved-use disclosure ---------------------------------------------------------

PROMO = (
    "# Ketamine for depression\n"
    "\n"
    "Our clinic offers IV ketamine infusions for depression and PTSD.\n"
    "Book a consultation today.\n"
)


def test_unapproved_use_without_disclosure_is_reported_at_the_first_mention() -> None:
    hits = found(PROMO, "CL402")
    assert hits == [
        (
            1,
            3,
            "the post promotes Ketamine for depression, an off-label use, and never says so "
            "(add an 'off-label' or 'not FDA-approved' statement)",
        )
    ]


@pytest.mark.parametrize(
    ("text", "column", "clause"),
    [
        # a use the pack records as unapproved, of a treatment approved for another use
        ("Our HCG injections melt stubborn belly fat.\n", 5,
         "HCG injections for belly fat, but HCG injections is not approved for this use"),
        # a treatment approved for nothing
        ("Our ozone therapy clears chronic infections.\n", 5,
         "ozone therapy, but ozone therapy is approved for no use"),
    ],
)  # fmt: skip
def test_an_unapproved_use_says_whether_the_treatment_is_approved_for_anything(
    text: str, column: int, clause: str
) -> None:
    assert found(text, "CL402") == [
        (
            1,
            column,
            f"the post promotes {clause}, and the post never says so "
            "(add an 'off-label' or 'not FDA-approved' statement)",
        )
    ]


@pytest.mark.parametrize(
    "footer",
    [
        "Ketamine is FDA-approved as an anesthetic; its use for depression is off-label.",
        "Ketamine is not FDA-approved for depression or PTSD.",
        "Note: ketamine for depression is an off label use.",
        "This treatment is investigational.",
    ],
)
def test_any_disclosure_anywhere_satisfies_it(footer: str) -> None:
    assert found(PROMO + "\n---\n\n" + footer + "\n", "CL402") == []


def test_a_disclosure_inside_an_html_comment_does_not_count() -> None:
    text = PROMO + "\n<!-- Ketamine for depression is off-label. -->\n"
    assert [h[:2] for h in found(text, "CL402")] == [(1, 3)]


def test_the_clinics_own_wording_counts_when_configured() -> None:
    text = PROMO + "\nOur physicians prescribe outside the product label.\n"
    assert found(text, "CL402") != []
    assert found(text, "CL402", disclosures=["outside the product label"]) == []


def test_approved_uses_and_products_need_no_disclosure() -> None:
    text = "Spravato is approved for treatment-resistant depression. Book a session.\n"
    assert found(text, "CL402") == []
    assert found("EMDR helps some people with PTSD.\n", "CL402") == []


def test_unapproved_products_need_a_disclosure_even_without_a_condition() -> None:
    hits = found("Our compounded semaglutide program starts at $199.\n", "CL402")
    assert [h[:2] for h in hits] == [(1, 5)]
    assert (
        found(
            "Our compounded semaglutide program starts at $199. Compounded drugs are not "
            "FDA-approved.\n",
            "CL402",
        )
        == []
    )


def test_negated_and_quoted_mentions_are_not_promotion() -> None:
    assert found("We do not offer ketamine for depression.\n", "CL402") == []
    assert found("> Ketamine for depression changed my life.\n", "CL402") == []


# -- CL403 testimonial disclosure --------------------------------------------------------------

TESTIMONIAL = "Our program.\n\n> After three sessions my anxiety was gone. — Maria, 41\n"


def test_testimonial_without_results_vary_statement() -> None:
    hits = found(TESTIMONIAL, "CL403")
    assert [h[:2] for h in hits] == [(3, 24)]  # at the testimonial, from 'my'
    assert hits[0][2] == (
        "client testimonials about outcomes with no statement of what results clients generally get"
    )


@pytest.mark.parametrize(
    "statement",
    [
        "Individual results vary.",
        "Not everyone responds to treatment.",
        "Some clients feel better after one session; others need six or more.",
        "For some people the change is quick, while others notice it over weeks.",
        # any word for how people fare with a verb of varying, and commas in "some ... others"
        "Progress differs between people.",
        "How quickly the swelling settles varies.",
        "Some sleep better within two weeks, while others need all eight sessions.",
    ],
)
def test_results_vary_statements(statement: str) -> None:
    assert found(TESTIMONIAL + "\n" + statement + "\n", "CL403") == []


@pytest.mark.parametrize(
    "other",
    [
        "Prices vary by location.",
        # who comes differs, not how they fare
        "Some come after years of migraines; others come carrying grief.",
    ],
)
def test_other_things_that_vary_are_no_results_statement(other: str) -> None:
    assert [h[:2] for h in found(TESTIMONIAL + "\n" + other + "\n", "CL403")] == [(3, 24)]


def test_attributed_quote_from_a_patient_is_a_testimonial_without_outcome_words() -> None:
    text = '> "Five days. I walked in scared and walked out laughing."\n> — Jo P., TMS patient\n'
    assert [f.rule for f in lint(text) if f.category == "testimonial"] == ["CL114"]
    assert [h[:2] for h in found(text, "CL403")] == [(1, 15)]


def test_quote_from_a_doctor_is_not_a_testimonial() -> None:
    text = '> "Ketamine is a dissociative anesthetic." — Dr. Lee, psychiatrist\n'
    assert [f for f in lint(text) if f.category == "testimonial"] == []


# -- CL404 risk information, CL405 crisis resources, CL406 UK POM adverts ---------------------


def test_prescription_drug_promotion_needs_a_risk_mention() -> None:
    text = "Ketamine infusions bring fast relief from depression. Book today.\n"
    assert [h[:2] for h in found(text, "CL404")] == [(1, 1)]
    assert found(text + "\nSide effects include nausea.\n", "CL404") == []
    assert found("EMDR for trauma. Book today.\n", "CL404") == []


def test_suicide_without_crisis_resource() -> None:
    text = "Ketamine may reduce suicidal thoughts for some people.\n"
    hits = found(text, "CL405")
    assert hits == [
        (
            1,
            21,
            "the post discusses 'suicidal' but gives no crisis resource (for example: 988 "
            "Suicide & Crisis Lifeline, Emergency services)",
        )
    ]
    assert found(text + "\nIn a crisis, call or text 988.\n", "CL405") == []
    assert (
        found(text + "\nCall our nurse line.\n", "CL405", **{"crisis-resources": ["nurse line"]})
        == []
    )


def test_crisis_resources_follow_the_jurisdiction() -> None:
    text = "Ketamine may reduce suicidal thoughts for some people.\n"
    us = text + "\nCall or text 988.\n"
    uk = text + "\nCall Samaritans free on 116 123.\n"
    assert found(us, "CL405") == []
    assert found(uk, "CL405", jurisdiction="uk") == []
    assert [h[2] for h in found(text, "CL405", jurisdiction="uk")] == [
        "the post discusses 'suicidal' but gives no crisis resource (for example: Samaritans, "
        "NHS 111, Emergency services)"
    ]


def test_uk_prescription_only_medicine_advert_only_in_the_uk() -> None:
    text = "Our semaglutide injections help with weight loss.\n"
    assert found(text, "CL406") == []
    assert found(text, "CL406", jurisdiction="uk") == [
        (
            1,
            5,
            "'semaglutide' is a prescription-only medicine: CAP Code rule 12.12 bars advertising "
            "it to the public",
        )
    ]


def test_uk_serious_condition_named_for_an_unsupervised_therapy() -> None:
    text = "Our hypnotherapy sessions may help with depression and addiction.\n"
    assert found(text, "CL407") == []
    assert found(text, "CL407", jurisdiction="uk") == [
        (
            1,
            5,
            "'hypnotherapy' is advertised for depression, a condition that needs medical "
            "supervision",
        )
    ]
    assert found("We do not offer hypnotherapy for depression.\n", "CL407", jurisdiction="uk") == []


def test_jurisdiction_limited_rules_are_off_elsewhere(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--all")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines() if line.endswith("(off)")] == [
        "CL406",
        "CL407",
    ]


# -- explain, configuration, seeds -------------------------------------------------------------


def test_explain_shows_the_knowledge_pack_date_and_sources(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "explain", "CL401")
    assert code == 0
    lines = out.splitlines()
    start = lines.index("## Knowledge pack")
    assert lines[start + 2].startswith("Facts as of 2026-11-01, jurisdiction us (")
    assert "- DEA: Drug Scheduling: https://www.dea.gov/drug-information/drug-scheduling" in lines
    assert any(line.startswith("- ketamine: DailyMed: KETALAR") for line in lines)


def test_require_rules_in_a_site_pack_need_no_python(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], in_tmp: None
) -> None:
    write(
        tmp_path / "site-rules" / "CL580-not-medical-advice.yml",
        """\
id: CL580
name: not-medical-advice
category: missing-disclosure
severity: warning
scope: document
kind: require
triggers: ["@outcomes"]
required: ["not medical advice"]
message: "'{match}': the post needs our 'not medical advice' footer"
what: Posts about health conditions need our footer.
why: Our compliance policy, section 4.
example: "Depression is common."
better: "Add: 'This article is not medical advice.'"
examples:
  fail: ["Depression is common."]
  pass: ["Depression is common. This article is not medical advice."]
""",
    )
    write(tmp_path / ".claimlint.yaml", "rule-paths: [site-rules]\nselect: [CL580]\n")
    write(tmp_path / "post.md", "# Anxiety\n\nAnxiety is common.\n")
    code, out, _ = run(capsys, "check", "--no-color", "post.md")
    assert code == 1
    assert out.splitlines()[0] == (
        "post.md:1:3: CL580 warning 'Anxiety': the post needs our 'not medical advice' footer "
        "[missing-disclosure]"
    )


@pytest.mark.skipif(not KAP.is_file(), reason="../shared/seeds is absent")
def test_kap_seed_lacks_an_off_label_disclosure_and_a_footer_fixes_it() -> None:
    text = KAP.read_text(encoding="utf-8")
    assert [f.rule for f in lint(text, "kap.txt") if f.category == "missing-disclosure"] == [
        "CL402"
    ]
    footer = "\nKetamine is FDA-approved as an anesthetic; its use for depression is off-label.\n"
    assert [f for f in lint(text + footer, "kap.txt") if f.rule == "CL402"] == []


def test_disclosure_prefilter_passes_every_accepted_phrasing() -> None:
    """The disclosure search skips blocks without a needed word; every phrasing the pack
    accepts, in any case, with either apostrophe and hyphen or space, still gets through,
    and a phrase with no plain word of three letters switches the test off."""
    from claimlint.engine.checks.unapproved_use_disclosure import _KINDS, _disclosure_pattern
    from claimlint.regulatory.mentions import pack_for
    from claimlint.text.prefilter import Needles, ascii_lower

    for jurisdiction in ("us", "us-or", "uk"):
        pack = pack_for(jurisdiction)
        phrases = sorted(
            {p for k in _KINDS if (d := pack.disclosure(k, jurisdiction)) for p in d.phrases}
        )
        assert phrases
        regex, words = _disclosure_pattern(tuple(phrases))
        for phrase in phrases:
            for variant in (phrase, phrase.upper(), phrase.replace("-", " "), f"It is {phrase}."):
                variant = variant.replace("’", "'")
                assert regex.search(variant), (jurisdiction, variant)
                assert words.may_match(ascii_lower(variant)), (jurisdiction, variant)
        assert not words.may_match(ascii_lower("Ketamine may help some people."))
    assert _disclosure_pattern(("off-label", "Rx"))[1] == Needles()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # conditions outside mental health are known, so a claimed clearance is checked
        ("Hyperbaric oxygen is FDA-cleared for chronic Lyme disease.", True),
        ("Hyperbaric oxygen therapy is FDA-approved for sciatica.", True),
        ("Tirzepatide is FDA-approved for hair loss.", True),
        # and a true one is not reported
        ("Zepbound is FDA-approved for obstructive sleep apnea in adults with obesity.", False),
        ("Mounjaro is FDA-approved for type 2 diabetes.", False),
    ],
)
def test_approval_claims_for_conditions_outside_mental_health(text: str, flagged: bool) -> None:
    assert bool(found(text, "CL401")) is flagged


def test_regulatory_claim_class_messages() -> None:
    [(_, _, control)] = found("Unlike codeine, Adderall XR isn't a controlled drug.", "CL401")
    assert control == (
        "'n't a controlled drug': Adderall XR is a controlled substance (Schedule II); say so, "
        "with what that means for prescriptions and refills"
    )
    [(_, _, sex)] = found("Finasteride is approved for women.", "CL401")
    assert sex == (
        "'approved': the knowledge pack records FDA approval of Finasteride only for men; "
        "for women it is off-label (as of 2026-11-01)"
    )
    [(_, _, denied)] = found("SMILE eye surgery has not been approved by the FDA.", "CL401")
    assert denied == (
        "'approved': FDA approved SMILE eye surgery (VisuMax) for myopia in 2016; say what it "
        "is approved for and call other uses off-label (knowledge pack as of 2026-11-01)"
    )
    [(_, _, universal)] = found("Zepbound is FDA-approved for anybody.", "CL401")
    assert universal.startswith("'FDA-approved': an approval names a population, never 'anybody'")


def test_an_approval_said_of_our_chamber_is_read_as_the_posts_treatment() -> None:
    post = (
        "# Whole-body cryotherapy\n\nWhole-body cryotherapy sessions last three minutes.\n\n"
        "The chamber is also FDA-approved for migraine.\n"
    )
    [(line, column, message)] = found(post, "CL401")
    assert (line, column) == (5, 21)
    assert message.startswith(
        "'FDA-approved': the knowledge pack records no FDA approval or clearance of chamber "
        "(whole-body cryotherapy) for migraine"
    )
    # a stand-in with no treatment anywhere in the post, or a device approved for the use
    assert found("Our chamber is FDA-cleared to treat arthritis.\n", "CL401") == []
    shockwave = "# Shockwave therapy\n\nThe device is FDA-cleared for plantar fasciitis.\n"
    assert found(shockwave, "CL401") == []


# -- CL402 by class: products are judged, practices are not --------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a device used off-label, a compounded product named alone, a supplement for a use
        ("Hyperbaric oxygen sessions help children with autism.", "Hyperbaric oxygen"),
        ("We offer custom-compounded testosterone cream.", "custom-compounded testosterone cream"),
        ("Melatonin gummies help you beat insomnia.", "Melatonin gummies"),
        ("A low-dose stimulant sharpens focus when brain fog sets in.", "low-dose stimulant"),
        ("Paxlovid is FDA-approved for long COVID, and we prescribe it.", "Paxlovid"),
        # practices need no statement; a supplement named alone is not promoted for a use
        ("Our acupuncture program eases migraine.", None),
        ("DBT helps teens who self-harm.", None),
        ("We stock melatonin gummies.", None),
        # a status statement without an offer is CL401's; a narrower approved use is not off-label
        ("Gabapentin is FDA-approved for sciatica, but it causes drowsiness.", None),
        ("Isotretinoin clears acne.", None),
        # a condition named as a harm is not a use; bare class words are ordinary English
        ("Spravato can cause fatigue and dizziness on treatment days.", None),
        ("Avoid stimulants such as caffeine if you have anxiety.", None),
        ("Ask your doctor before taking supplements if you have bipolar disorder.", None),
    ],
)
def test_unapproved_use_disclosure_by_class(text: str, flagged: str | None) -> None:
    hits = found(text + "\n", "CL402")
    if flagged is None:
        assert hits == []
    else:
        assert [(line, column) for line, column, _ in hits] == [(1, text.index(flagged) + 1)]


def test_clinic_reported_accounts_need_a_results_vary_statement() -> None:
    post = "Our clients often tell us they finally sleep through the night.\n"
    [(line, column, _)] = found(post, "CL403")
    assert (line, column) == (1, 1)
    varied = (
        post + "\nResults differ: some clients sleep better within a week, others need longer.\n"
    )
    assert found(varied, "CL403") == []


@pytest.mark.parametrize(
    ("text", "column", "message"),
    [
        # what the FDA never approves, as the subject or right after an attributive approval
        (
            "Our custom-blended hay fever drops are FDA-approved.",
            40,
            "a compounded preparation ('custom-blended')",
        ),
        (
            "Every cream we sell is FDA-approved and compounded on site.",
            24,
            "a compounded preparation ('compounded')",
        ),
        (
            "We stock an FDA-approved herbal remedy for hot flushes.",
            13,
            "a supplement ('herbal remedy')",
        ),
        (
            "Our six-week gut reset protocol is FDA-approved.",
            36,
            "a clinic's own program or protocol ('Our six-week gut reset protocol')",
        ),
    ],
)
def test_an_approval_of_what_the_fda_never_approves(text: str, column: int, message: str) -> None:
    [(line, col, said)] = found(text, "CL401")
    assert (line, col) == (1, column)
    assert said == (
        "'FDA-approved': the FDA approves drugs, biologics and devices for named uses; "
        f"{message} is never FDA-approved"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Compounded tirzepatide is not FDA-approved.",
        "Our clinic prescribes only FDA-approved medications.",
        "Our protocol uses FDA-approved semaglutide.",
        "Our compounding pharmacy buys FDA-approved ingredients.",
        "Our pharmacy plan covers FDA-approved drugs.",
    ],
)
def test_approvals_of_drugs_a_program_uses_stay_quiet(text: str) -> None:
    assert found(text, "CL401") == []


def test_an_approval_for_everyone_of_a_treatment_the_pack_does_not_know() -> None:
    text = "The jaw-strap device is FDA-cleared for all stages of snoring and apnea."
    [(_, column, message)] = found(text, "CL401")
    assert column == 25
    assert (
        message == "'FDA-cleared': an approval names a population and a use, never 'all stages of'"
    )
    # the pack's own message wins for a treatment it knows
    [(_, _, known)] = found("Zepbound is FDA-approved for anybody.", "CL401")
    assert known.startswith("'FDA-approved': an approval names a population, never 'anybody'")


def test_ayahuasca_is_federally_prohibited() -> None:
    [(_, column, message)] = found("Ayahuasca ceremonies are legal across the country.", "CL401")
    assert column == 26
    assert message.startswith("'legal': Ayahuasca ceremonies is prohibited under federal law")


def test_botox_uses_and_it_as_the_posts_treatment() -> None:
    post = (
        "# Botox for a clenched jaw\n\nBotox relaxes the chewing muscle. It is also FDA-approved"
        " for teeth grinding.\n"
    )
    [(line, column, message)] = found(post, "CL401")
    assert (line, column) == (3, 46)
    assert message.startswith(
        "'FDA-approved': the knowledge pack records no FDA approval or clearance of "
        "onabotulinumtoxinA for teeth grinding (off-label use); recorded approvals:"
    )
    assert found("Botox is FDA-approved to prevent chronic migraine in adults.", "CL401") == []
    # "it" only opens a sentence: "Since it is FDA-approved" stays unread
    assert found("# Botox\n\nBotox eases sweating, since it is FDA-approved.\n", "CL401") == []


@pytest.mark.parametrize(
    ("text", "column", "message"),
    [
        (
            "Deep TMS is FDA-approved for major depression.",
            13,
            "'FDA-approved': FDA cleared Deep TMS, it did not approve it; a cleared"
            " device may not be called FDA-approved (21 CFR 807.97; knowledge pack as of"
            " 2026-11-01)",
        ),
        (
            "External counterpulsation is FDA approved for stable angina.",
            30,
            "'FDA approved': FDA cleared External counterpulsation, it did not approve it; a"
            " cleared device may not be called FDA-approved (21 CFR 807.97; knowledge pack as of"
            " 2026-11-01)",
        ),
    ],
)
def test_a_cleared_device_called_approved(text: str, column: int, message: str) -> None:
    [(_, col, said)] = found(text, "CL401")
    assert (col, said) == (column, message)


@pytest.mark.parametrize(
    "text",
    [
        "External counterpulsation is FDA-cleared for stable angina.",
        "Insurers cover EECP for approved indications.",  # no FDA named
        "In a sham-controlled trial, EECP delayed ST depression on treadmill tests.",
    ],
)
def test_cleared_devices_said_rightly_stay_quiet(text: str) -> None:
    assert found(text, "CL401") == [] and found(text, "CL402") == []


@pytest.mark.parametrize(
    ("text", "column", "use"),
    [
        ("The infrared dome is FDA-cleared for whole-body detox.", 22, "detox"),
        ("Our peptide drip is FDA approved for longevity.", 21, "longevity"),
        ("This chair is FDA-cleared to boost your immune system.", 15, "boost your immune system"),
    ],
)
def test_an_approval_for_a_use_the_fda_never_approves(text: str, column: int, use: str) -> None:
    [(_, col, message)] = found(text, "CL401")
    assert col == column
    assert message.endswith(f"'{use}' is no use it approves or clears")


@pytest.mark.parametrize(
    ("text", "column", "message"),
    [
        # the FDA approves products, never a procedure: a device used in one may be cleared
        (
            "Because the graft uses your own fat, the procedure is FDA-approved.",
            55,
            "a procedure (a device used in it may be cleared or approved) ('the procedure')",
        ),
        (
            "Our eyelid blepharoplasty is FDA-approved and takes an hour.",
            30,
            "a procedure (a device used in it may be cleared or approved) ('blepharoplasty')",
        ),
        # a clinic's own mix, or one made up in a compounding pharmacy
        (
            "Our recovery cocktails are FDA-approved.",
            28,
            "a compounded preparation ('Our recovery cocktails')",
        ),
        (
            "All our vitamin shots are FDA-approved and prepared by a compounding pharmacy.",
            27,
            "a compounded preparation ('prepared by a compounding pharmacy')",
        ),
    ],
)
def test_a_procedure_or_a_clinics_mix_called_approved(text: str, column: int, message: str) -> None:
    [(_, col, said)] = found(text, "CL401")
    assert col == column
    assert said == (
        "'FDA-approved': the FDA approves drugs, biologics and devices for named uses; "
        f"{message} is never FDA-approved"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a treatment the pack knows is judged by its own facts
        "The LASIK procedure is FDA-approved for nearsightedness.",
        # devices and drugs used in a procedure
        "Our surgeons use only FDA-approved implants in every operation.",
        "The procedure uses an FDA-cleared laser.",
        "Each surgery is done under FDA-approved anaesthetic drugs.",
    ],
)
def test_devices_used_in_a_procedure_stay_quiet(text: str) -> None:
    assert found(text, "CL401") == []


@pytest.mark.parametrize(
    ("text", "use"),
    [
        ("The glow injection is FDA-approved for skin lightening.", "skin lightening"),
        ("Our hydration drip is FDA-approved for hangovers.", "hangovers"),
        ("This peptide stack is FDA-approved for athletic performance.", "athletic performance"),
    ],
)
def test_more_uses_the_fda_never_approves(text: str, use: str) -> None:
    [(_, _, message)] = found(text, "CL401")
    assert message.endswith(f"'{use}' is no use it approves or clears")


_PROGRAM = "a clinic's own program or protocol"
_MIX = "a compounded preparation"


@pytest.mark.parametrize(
    ("text", "column", "what"),
    [
        # a clinic's own program named after the approval word, with no determiner
        ("Join our FDA-approved gut-reset protocol.", 10, f"{_PROGRAM} ('gut-reset protocol')"),
        ("An FDA-cleared metabolic regimen, built around you.", 4,
         f"{_PROGRAM} ('metabolic regimen')"),
        # the subject's determiner is a quantifier, and stacks and bundles are programs too
        ("Each of our recovery bundles is FDA-approved.", 33,
         f"{_PROGRAM} ('Each of our recovery bundles')"),
        ("This nootropic stack is FDA approved.", 25, f"{_PROGRAM} ('This nootropic stack')"),
        # made by the clinic or in a pharmacy: compounded, whatever the drug
        ("Every cream we blend is FDA-approved.", 25, f"{_MIX} ('we blend')"),
        ("All of our hormone troches are FDA-approved and made by a licensed pharmacist.", 32,
         f"{_MIX} ('made by a licensed pharmacist')"),
        ("Our lozenges are FDA-approved and mixed in-house.", 18, f"{_MIX} ('mixed in-house')"),
    ],
)  # fmt: skip
def test_more_of_what_the_fda_never_approves(text: str, column: int, what: str) -> None:
    [(_, col, message)] = found(text, "CL401")
    assert col == column
    assert message.endswith(f"; {what} is never FDA-approved"), message


@pytest.mark.parametrize(
    "text",
    [
        "These FDA-approved medications are part of your plan.",
        "Our program uses FDA-approved medications only.",
        "The FDA-approved drug is one part of our protocol.",
        "Your pharmacist fills the FDA-approved prescription we send.",
    ],
)
def test_approved_medicines_inside_a_program_stay_quiet(text: str) -> None:
    assert found(text, "CL401") == []


@pytest.mark.parametrize(
    ("text", "quiet"),
    [
        ("Our red light panels are FDA-cleared for arthritis pain.", True),
        ("LED light therapy is FDA-cleared for mild acne.", True),
        ("Red light therapy is FDA-approved to treat anxiety.", False),
        ("Our near-infrared therapy beds are FDA-cleared for weight loss.", False),
    ],
)
def test_red_light_devices_are_judged_by_the_clearances_of_their_class(
    text: str, quiet: bool
) -> None:
    assert (found(text, "CL401") == []) is quiet


def test_spironolactone_for_acne_needs_its_disclosure() -> None:
    post = "# Hormonal acne\n\nWe prescribe spironolactone for hormonal acne in adult women.\n"
    [(line, _, message)] = found(post, "CL402")
    assert line == 3
    assert message.startswith(
        "the post promotes spironolactone for hormonal acne, an off-label use"
    )
    assert found("Spironolactone is FDA-approved for heart failure.", "CL401") == []


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        # "the device" is the post's device, not the drug it names more often
        ("We offer Botox, Botox touch-ups and the Emsella chair.\n\n"
         "The device is FDA-cleared for erectile dysfunction.\n", "device (Emsella)"),
        # "the infusion" is the post's drug, not its device
        ("Our clinic pairs TMS sessions with TMS check-ins and ketamine.\n\n"
         "The infusion is FDA-approved for PTSD.\n", "infusion (ketamine)"),
    ],
)  # fmt: skip
def test_a_stand_in_noun_means_a_treatment_of_its_kind(post: str, expected: str) -> None:
    [(_, _, message)] = found(post, "CL401")
    assert f"approval or clearance of {expected} for" in message, message


def test_a_stand_in_noun_with_no_treatment_of_its_kind_stands_for_none() -> None:
    post = "Botox and more Botox, in our Denver office.\n\nThe device is cleared for migraine.\n"
    assert found(post, "CL401") == []


# -- an approval claimed as the only one for a use, and one claimed by standing in for another
# treatment; sentences written for the test ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "column", "use", "others"),
    [
        ("Wegovy is the only FDA-approved medication for obesity.\n", 20, "obesity",
         "liraglutide, naltrexone-bupropion, orlistat, phentermine"),
        ("Our clinic offers the only FDA-approved treatment for opioid use disorder.\n", 28,
         "opioid use disorder", "buprenorphine, methadone, naltrexone"),
        ("Acamprosate is the sole FDA-approved drug for alcohol use disorder.\n", 25,
         "alcohol use disorder", "disulfiram, naltrexone"),
    ],
)  # fmt: skip
def test_the_only_approved_treatment_for_a_use_the_pack_knows_others_for(
    text: str, column: int, use: str, others: str
) -> None:
    [(line, col, message)] = found(text, "CL401")
    assert (line, col) == (1, column)
    assert message.startswith(
        f"'FDA-approved': said to be the only one, but the knowledge pack records other FDA "
        f"approvals or clearances for {use}: {others}"
    ), message


@pytest.mark.parametrize(
    "text",
    [
        # exclusive within a form, which the pack does not record
        "Spravato is the only FDA-approved nasal spray for depression.\n",
        # a use with one approval in the pack
        "Zuranolone is one of two FDA-approved pills for postpartum depression.\n",
        # an approval for a symptom that comes with the condition is no rival
        "Zepbound is the only FDA-approved medicine for obstructive sleep apnea.\n",
    ],
)
def test_an_exclusive_approval_the_pack_does_not_contradict_passes(text: str) -> None:
    assert found(text, "CL401") == []


def test_an_approval_claimed_as_an_alternative_is_said_of_the_subject() -> None:
    text = "Enclomiphene is an FDA-approved alternative to testosterone.\n"
    [(_, column, message)] = found(text, "CL401")
    assert column == 20
    assert message.startswith("'FDA-approved': the knowledge pack records no FDA approval of")


def test_a_technology_two_devices_share_names_neither() -> None:
    # HIFEM is the field of Emsella and of Emsculpt: a post about Emsella's HIFEM for
    # incontinence does not promote Emsculpt for it
    post = (
        "# Emsella\n\nEmsella is FDA-cleared for stress urinary incontinence; results vary.\n\n"
        "Each HIFEM session strengthens the pelvic floor against stress incontinence.\n"
    )
    assert found(post, "CL402") == []


# -- practices, legality in other words, prescription-only medicines sold without one --------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Clinical hypnosis is FDA-approved for chronic pain.\n", 22),
        ("Our sound bath sessions are FDA-cleared for insomnia.\n", 29),
        ("Craniosacral therapy has been FDA-approved for colic in babies.\n", 31),
    ],
)
def test_an_approval_claimed_for_a_practice_is_a_regulatory_claim(text: str, column: int) -> None:
    [(_, got, message)] = found(text, "CL401")
    assert got == column
    assert "knowledge pack records no FDA approval" in message, message


def test_a_practice_named_without_an_approval_draws_no_disclosure() -> None:
    post = "# Reiki\n\nOur reiki sessions ease stress; results vary from person to person.\n"
    assert found(post, "CL401") == [] and found(post, "CL402") == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Guests may legally take ibogaine home after the retreat.\n", "legally"),
        ("You can lawfully possess psilocybin anywhere in the country.\n", "lawfully"),
    ],
)
def test_legality_said_with_an_adverb_of_a_prohibited_drug(text: str, match: str) -> None:
    [(_, _, message)] = found(text, "CL401")
    assert message.startswith(f"'{match}': "), message
    assert "prohibited under federal law" in message


def test_legality_said_of_a_prescribable_drug_passes() -> None:
    assert found("Doctors may legally prescribe ketamine off-label.\n", "CL401") == []


@pytest.mark.parametrize(
    ("text", "match", "name"),
    [
        ("Get liraglutide with no prescription needed.\n", "no prescription needed", "liraglutide"),
        ("Our Zepbound pens ship without a doctor's prescription.\n",
         "without a doctor's prescription", "Zepbound"),
        ("Modafinil is sold over the counter at our pharmacy.\n", "over the counter", "Modafinil"),
    ],
)  # fmt: skip
def test_a_prescription_only_medicine_supplied_without_one(
    text: str, match: str, name: str
) -> None:
    [(_, _, message)] = found(text, "CL401")
    assert message == (
        f"'{match}': the knowledge pack records {name} as prescription-only; "
        "it cannot be supplied without a prescription"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Liraglutide is not sold over the counter.\n",
        "Unlike Wegovy, our fibre supplement needs no prescription.\n",
        "Minoxidil foam is sold over the counter.\n",
        "Is tirzepatide available without a prescription?\n",
    ],
)
def test_a_medicine_said_to_need_a_prescription_or_one_sold_without_passes(text: str) -> None:
    assert found(text, "CL401") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ibogaine is legal in Mexico, where our centre is.\n",
        "Our retreats run in Jamaica, where psilocybin can be used legally.\n",
        "Ayahuasca ceremonies are lawful in Peru.\n",
    ],
)
def test_legality_in_another_country_is_not_judged_by_us_federal_law(text: str) -> None:
    assert found(text, "CL401") == []


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Ketamine for PTSD is FDA-approved.\n", 22),
        ("Semaglutide for migraine is now an FDA-approved treatment.\n", 36),
        ("Ketamine infusions for bipolar depression are a fully approved treatment.\n", 55),
    ],
)
def test_the_use_named_in_the_subject_is_judged(text: str, column: int) -> None:
    [(_, got, message)] = found(text, "CL401")
    assert got == column, message
    assert message.startswith("'") and "knowledge pack records no FDA approval" in message


@pytest.mark.parametrize(
    "text",
    [
        "Ketamine for anesthesia is FDA-approved.\n",
        "Spravato for treatment-resistant depression is FDA-approved.\n",
        "Ketamine for depression is not FDA-approved.\n",
    ],
)
def test_a_use_in_the_subject_the_pack_records_passes(text: str) -> None:
    assert found(text, "CL401") == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Our stem cell injections are not regulated by the FDA.\n", "not regulated by the FDA"),
        ("BPC-157 needs no FDA approval because it is a peptide.\n", "needs no FDA approval"),
        ("Because exosomes are not cells, they sit outside FDA jurisdiction.\n",
         "sit outside FDA jurisdiction"),
    ],
)  # fmt: skip
def test_a_drug_biologic_or_device_said_to_be_beyond_the_fda(text: str, match: str) -> None:
    [(_, _, message)] = found(text, "CL401")
    assert message.startswith(f"'{match}': the FDA regulates "), message


@pytest.mark.parametrize(
    "text",
    [
        "Melatonin supplements are not regulated by the FDA as drugs are.\n",
        "Unlike Botox, our facial massage is not regulated by the FDA.\n",
        "Compounded medicines are not reviewed by the FDA for safety or quality.\n",
        "Reiki needs no FDA approval: it is a practice, not a product.\n",
    ],
)
def test_what_the_fda_does_not_regulate_as_a_product_passes(text: str) -> None:
    assert found(text, "CL401") == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Our tretinoin cream is made in an FDA-inspected lab, so it is FDA-approved.",
            "FDA-approved",
        ),
        (
            "The NAD+ we infuse is registered with the FDA, which means it is approved.",
            "approved",
        ),
        (
            "Our serum uses FDA-approved active ingredients, making it FDA-cleared.",
            "FDA-cleared",
        ),
    ],
)
def test_an_approval_said_to_follow_from_a_facility_or_ingredients(
    sentence: str, word: str
) -> None:
    hits = found(sentence, "CL401")
    assert len(hits) == 1
    assert hits[0][2].startswith(f"'{word}': a facility registered with the FDA")
    assert "does not make a product FDA-approved" in hits[0][2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our pharmacy is FDA-registered, but compounded drugs are not FDA-approved.",
        "Our peptides are made in an FDA-registered facility.",
        "Our serum contains FDA-approved ingredients.",
    ],
)
def test_a_registered_facility_alone_claims_no_approval(sentence: str) -> None:
    assert found(sentence, "CL401") == []
