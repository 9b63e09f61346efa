"""Tests for the regulatory knowledge pack (rules/knowledge) and its loader."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimlint.regulatory.knowledge import (
    ANY_USE,
    KnowledgeError,
    KnowledgePack,
    Parser,
    Source,
    jurisdiction_ids,
    load_pack,
    normalize_name,
)

PACK_DIR = Path(__file__).resolve().parents[1] / "rules" / "knowledge"


def _libyaml_available() -> bool:
    try:
        import yaml
    except ImportError:  # pragma: no cover
        return False
    return getattr(yaml, "CSafeLoader", None) is not None


PARSERS: list[Parser] = ["ruamel", "libyaml"] if _libyaml_available() else ["ruamel"]


@pytest.fixture(scope="module")
def pack() -> KnowledgePack:
    return load_pack(PACK_DIR)


@pytest.fixture(params=PARSERS)
def parser(request: pytest.FixtureRequest) -> Parser:
    value: Parser = request.param
    return value


# -- helpers -----------------------------------------------------------------------------------


def copy_pack(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(PACK_DIR, target)
    return target


def replace_once(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur exactly once in {path.name}"
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text


def position(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first occurrence of needle."""
    index = text.index(needle)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def load_error(folder: Path, parser: Parser = "auto", jurisdiction: str = "us") -> KnowledgeError:
    with pytest.raises(KnowledgeError) as info:
        load_pack(folder, jurisdiction=jurisdiction, parser=parser)
    return info.value


def all_sources(pack: KnowledgePack) -> Iterator[tuple[str, Source]]:
    """Every sourced fact in the pack, labelled."""
    for jur in pack.jurisdictions.values():
        for reg in jur.regulators:
            yield f"jurisdiction {jur.id} regulator {reg.id}", reg.source
        for disclosure in jur.disclosures:
            yield f"jurisdiction {jur.id} disclosure {disclosure.kind}", disclosure.source
        for crisis in jur.crisis_resources:
            yield f"jurisdiction {jur.id} crisis resource {crisis.name}", crisis.source
        for rule in jur.rules:
            yield f"jurisdiction {jur.id} rule {rule.id}", rule.source
    for t in pack.treatments.values():
        yield f"treatment {t.id}", t.source
        for control in t.control_status:
            yield f"treatment {t.id} control {control.jurisdiction}", control.source
        for approval in t.approvals:
            yield f"treatment {t.id} approval {approval.use}", approval.source
        for designation in t.designations:
            yield f"treatment {t.id} designation {designation.use}", designation.source
        for entry in t.non_approved_uses:
            yield f"treatment {t.id} non-approved {entry.use}", entry.source
        for note in t.notes:
            yield f"treatment {t.id} note", note.source


# -- the real pack -----------------------------------------------------------------------------


def test_real_pack_has_as_of_and_every_fact_is_sourced(pack: KnowledgePack) -> None:
    assert isinstance(pack.as_of, dt.date)
    assert pack.as_of == dt.date(2026, 11, 1)
    labels = []
    for label, source in all_sources(pack):
        labels.append(label)
        assert re.fullmatch(r"https://[^\s/]+\.[^\s]+", source.url), (label, source.url)
        assert source.title.strip(), label
    # Sanity: the walk above really covers approvals, non-approved uses and jurisdiction facts.
    assert any(" approval " in label for label in labels)
    assert any(" non-approved " in label for label in labels)
    assert any(" rule " in label for label in labels)
    assert any(" crisis resource " in label for label in labels)


def test_real_pack_covers_the_expected_treatments_and_jurisdictions(pack: KnowledgePack) -> None:
    expected = {
        "ketamine", "esketamine", "compounded-ketamine", "psilocybin", "mdma", "lsd",
        "ibogaine", "tms", "semaglutide", "tirzepatide", "compounded-glp1", "stem-cells",
        "exosomes", "stellate-ganglion-block", "nad-infusion", "hyperbaric-oxygen", "cbd",
        "epidiolex", "naltrexone", "low-dose-naltrexone",
        # outside mental health, and classes rather than products
        "testosterone", "finasteride", "minoxidil", "oral-minoxidil", "isotretinoin",
        "gabapentin", "amphetamine", "lisdexamfetamine", "paxlovid", "zuranolone", "hcg",
        "whole-body-cryotherapy", "shockwave", "lasik", "smile", "psychotherapy",
        "dietary-supplements", "compounded-drugs", "iv-vitamin-therapy",
        # cash-pay clinic treatments by class (tests/test_regulatory_clinic_pack.py)
        "phentermine", "naltrexone-bupropion", "bpc-157", "sermorelin", "chelation-therapy",
        "ozone-therapy", "methylene-blue", "ivermectin", "platelet-rich-plasma", "tdcs",
        "vagus-nerve-stimulation",
        # the third clinic set (tests/test_regulatory_clinic_pack3.py)
        "letrozole", "clomiphene", "enclomiphene", "liraglutide", "buprenorphine", "methadone",
        "modafinil", "estradiol", "deoxycholic-acid", "hyaluronic-acid-fillers",
        "viscosupplements", "hypoglossal-nerve-stimulation", "emsella", "desiccated-thyroid",
    }  # fmt: skip
    assert expected <= set(pack.treatments)
    assert {"us", "uk", "us-or", "us-co"} <= set(pack.jurisdictions)
    for treatment in pack.treatments.values():
        assert treatment.path.name == f"{treatment.id}.yml"
        assert pack.find_treatment(treatment.name) is treatment


def test_esketamine_spravato_approved_for_trd_as_nasal_spray(pack: KnowledgePack) -> None:
    assert pack.find_treatment("Spravato") is pack.find_treatment("esketamine")
    status = pack.use_status("esketamine", "treatment-resistant-depression", "us")
    assert status is not None and status.status == "approved" and status.is_authorized
    first = status.approval
    assert first is not None
    assert first.date == dt.date(2019, 3, 5) and first.date_text == "2019-03-05"
    assert first.regulator == "fda" and first.form == "nasal spray"
    assert any("2 hours" in c for c in first.conditions_of_use)
    assert any("REMS" in c for c in first.conditions_of_use)
    assert any("oral antidepressant" in c for c in first.conditions_of_use)
    monotherapy = [a for a in status.approvals if a.date_text == "2025-01"]
    assert monotherapy and monotherapy[0].date_precision == "month"
    suicidal = pack.use_status("esketamine", "mdd-with-acute-suicidal-ideation")
    assert suicidal is not None and suicidal.status == "approved"
    assert suicidal.approval is not None and suicidal.approval.date_text == "2020-07"
    # Plain depression is not an approved use of esketamine.
    plain = pack.use_status("esketamine", "depression")
    assert plain is not None and plain.status == "off-label" and plain.needs_disclosure
    assert pack.control_status("esketamine") is not None


def test_ketamine_is_approved_only_as_an_anesthetic(pack: KnowledgePack) -> None:
    ketamine = pack.treatment("ketamine")
    assert {a.use for a in ketamine.approvals} == {"anesthesia"}
    anesthesia = pack.use_status("ketamine", "anesthesia")
    assert anesthesia is not None and anesthesia.status == "approved"
    assert anesthesia.approval is not None and anesthesia.approval.date_text == "1970"
    for use in ("depression", "treatment-resistant-depression", "ptsd", "anxiety"):
        status = pack.use_status("ketamine", use)
        assert status is not None and status.status == "off-label", use
    # An unlisted psychiatric use falls to the catch-all entry.
    bipolar = pack.use_status("ketamine", "bipolar-depression")
    assert bipolar is not None and bipolar.status == "off-label" and bipolar.use == ANY_USE
    control = pack.control_status("ketamine")
    assert control is not None and control.schedule == "Schedule III"
    assert control.status == "controlled"
    # "FDA-approved ketamine therapy for depression" has no approval to back it.
    assert pack.approvals_for("ketamine", "depression") == ()
    # Compounded lozenges/troches are a separate, unapproved product.
    troches = pack.find_treatment("ketamine troches")
    assert troches is not None and troches.id == "compounded-ketamine"
    assert troches.approvals == ()
    status = pack.use_status("compounded-ketamine", "depression")
    assert status is not None and status.status == "unapproved"


def test_psilocybin_has_no_approvals_and_is_schedule_i(pack: KnowledgePack) -> None:
    psilocybin = pack.treatment("psilocybin")
    assert psilocybin.approvals == ()
    assert pack.approvals_for("psilocybin") == ()
    control = pack.control_status("psilocybin", "us")
    assert control is not None and control.status == "prohibited"
    assert control.schedule == "Schedule I"
    for alias in ("magic mushrooms", "Psilocybin Mushrooms", "shrooms"):
        found = pack.find_treatment(alias)
        assert found is not None and found.id == "psilocybin"
    # Breakthrough designations are recorded, but they are not approvals.
    assert {d.use for d in psilocybin.designations} == {
        "treatment-resistant-depression",
        "depression",
    }
    trd = pack.use_status("psilocybin", "treatment-resistant-depression")
    assert trd is not None and trd.status == "investigational"
    # Oregon/Colorado: state-licensed, but still Schedule I federally and not FDA-approved.
    statuses = pack.control_statuses("psilocybin", "us-or")
    assert [c.status for c in statuses] == ["state-licensed", "prohibited"]
    assert pack.control_status("psilocybin", "us-co") is not None
    oregon = pack.use_status("psilocybin", "anxiety", "us-or")
    assert oregon is not None and oregon.status == "unapproved" and oregon.jurisdiction == "us"
    uk = pack.control_status("psilocybin", "uk")
    assert uk is not None and "Class A" in (uk.schedule or "")


def test_mdma_aliases_and_status(pack: KnowledgePack) -> None:
    for alias in ("MDMA", "molly", "Ecstasy", "midomafetamine", "MDMA-assisted therapy"):
        found = pack.find_treatment(alias)
        assert found is not None and found.id == "mdma", alias
    assert pack.treatment("mdma").approvals == ()
    control = pack.control_status("mdma")
    assert control is not None and control.status == "prohibited"
    ptsd = pack.use_status("mdma", "ptsd")
    assert ptsd is not None and ptsd.status == "investigational"
    assert "2024" in (ptsd.note or "") and "complete response letter" in (ptsd.note or "")


def test_tms_is_cleared_or_authorized_never_approved(pack: KnowledgePack) -> None:
    tms = pack.treatment("tms")
    assert tms.kind == "device"
    decisions = {a.decision for a in tms.approvals}
    assert "approved" not in decisions
    assert decisions <= {"cleared", "authorized"}
    assert all(
        a.decision == "cleared" for a in tms.approvals if (a.pathway or "").startswith("510(k)")
    )
    expected = {"depression", "ocd", "smoking-cessation", "anxious-depression", "migraine"}
    assert expected <= {a.use for a in tms.approvals}
    first_mdd = min(
        (a for a in tms.approvals if a.use == "depression"), key=lambda a: a.date or dt.date.max
    )
    assert first_mdd.date_text == "2008"
    ocd = pack.use_status("tms", "ocd")
    assert ocd is not None and ocd.status == "authorized"
    # An approval for major depression covers treatment-resistant depression...
    trd = pack.use_status("tms", "treatment-resistant-depression")
    assert trd is not None and trd.status == "cleared" and trd.use == "depression"
    # ...but not PTSD.
    ptsd = pack.use_status("tms", "ptsd")
    assert ptsd is not None and ptsd.status == "off-label"


def test_other_clinic_treatments(pack: KnowledgePack) -> None:
    def status(treatment: str, condition: str) -> str | None:
        found = pack.use_status(treatment, condition)
        return None if found is None else found.status

    assert status("compounded-glp1", "obesity") == "unapproved"
    assert status("semaglutide", "obesity") == "approved"
    wegovy = pack.approvals_for("semaglutide", "obesity")
    assert {a.product for a in wegovy} == {"Wegovy"}  # adults, then 12 and older; not Ozempic
    assert status("tirzepatide", "obesity") == "approved"
    assert status("stem-cells", "autism") == "unapproved"
    assert status("stem-cells", "multiple-sclerosis") == "unapproved"
    assert status("stem-cells", "parkinsons") == "unapproved"
    assert status("stem-cells", "anxiety") == "unapproved"
    assert status("stem-cells", "hematopoietic-disorders") == "approved"
    assert status("exosomes", "aging") == "unapproved"
    assert status("stellate-ganglion-block", "ptsd") == "off-label"
    assert status("nad-infusion", "substance-use-disorder") == "unapproved"
    assert status("hyperbaric-oxygen", "autism") == "off-label"
    assert status("hyperbaric-oxygen", "brain-injury") == "off-label"
    assert status("hyperbaric-oxygen", "decompression-sickness") == "cleared"
    assert status("cbd", "anxiety") == "unapproved"
    assert status("epidiolex", "lennox-gastaut-syndrome") == "approved"
    assert status("epidiolex", "dravet-syndrome") == "approved"
    assert status("epidiolex", "anxiety") == "off-label"
    assert status("naltrexone", "alcohol-use-disorder") == "approved"
    assert status("low-dose-naltrexone", "fibromyalgia") == "off-label"
    assert status("ibogaine", "opioid-use-disorder") == "unapproved"
    assert status("lsd", "generalized-anxiety-disorder") == "investigational"


def test_conditions_and_aliases(pack: KnowledgePack) -> None:
    cases = {
        "generalised anxiety disorder": "generalized-anxiety-disorder",
        "GAD": "generalized-anxiety-disorder",
        "treatment resistant depression": "treatment-resistant-depression",
        "Major Depressive Disorder": "depression",
        "anaesthesia": "anesthesia",
        "post traumatic stress disorder": "ptsd",
        "suicidal thoughts": "suicidal-ideation",
        "Parkinson\u2019s": "parkinsons",
        "weight-loss": "obesity",
        "ME/CFS": "chronic-fatigue",
    }
    for name, expected in cases.items():
        found = pack.find_condition(name)
        assert found is not None and found.id == expected, name
    assert pack.find_condition("no such condition") is None
    assert pack.find_treatment("no such treatment") is None
    assert "depression" in pack.broader_conditions("treatment-resistant-depression")
    assert "treatment-resistant-depression" in pack.narrower_conditions("depression")
    assert "trauma" in pack.condition("ptsd").ambiguous_names


def test_alias_patterns_are_longest_first_and_word_bounded(pack: KnowledgePack) -> None:
    patterns = pack.alias_patterns()
    lengths = [len(p.text) for p in patterns]
    assert lengths == sorted(lengths, reverse=True)
    keys = [(p.kind, normalize_name(p.text)) for p in patterns]
    assert len(keys) == len(set(keys))
    regex = re.compile("|".join(f"(?:{p.regex})" for p in patterns), re.IGNORECASE)
    text = (
        "We offer compounded semaglutide, Spravato for treatment\u2011resistant depression and "
        "care for Parkinson\u2019s. Ketamine-free options exist."
    )
    found = [m.group(0) for m in regex.finditer(text)]
    assert "compounded semaglutide" in found and "semaglutide" not in found
    assert "treatment\u2011resistant depression" in found
    assert "Parkinson\u2019s" in found
    ketamine = next(p for p in patterns if p.text == "ketamine")
    assert re.search(ketamine.regex, "ketamines", re.IGNORECASE) is None


def test_uk_jurisdiction_rules_and_crisis_resources(pack: KnowledgePack) -> None:
    uk = pack.jurisdiction("uk")
    rule = uk.rule("cap-12.12")
    assert rule is not None and rule.number == "12.12" and rule.code == "CAP Code"
    assert "prescription-only" in rule.summary.lower()
    for rule_id in ("cap-12.1", "cap-12.2"):
        assert uk.rule(rule_id) is not None
    crisis = " ".join(c.contact for c in pack.crisis_resources("uk"))
    assert "116 123" in crisis and "111" in crisis
    us_crisis = " ".join(c.contact for c in pack.crisis_resources("us"))
    assert "988" in us_crisis
    # Oregon inherits the federal crisis resources and disclosures.
    assert pack.crisis_resources("us-or") == pack.crisis_resources("us")
    off_label = pack.disclosure("off-label", "us-or")
    assert off_label is not None and "off-label" in off_label.phrases
    uk_off_label = pack.disclosure("off-label", "uk")
    assert uk_off_label is not None and "outside its licence" in uk_off_label.phrases
    fda = pack.find_regulator("FDA", "us-or")
    assert fda is not None and fda.id == "fda"
    assert pack.find_regulator("MHRA", "uk") is not None
    assert "approved" in pack.jurisdiction("us").words_for("approved")


def test_default_jurisdiction_is_configurable() -> None:
    uk_pack = load_pack(PACK_DIR, jurisdiction="uk")
    assert uk_pack.default_jurisdiction == "uk"
    assert uk_pack.jurisdiction().id == "uk"
    control = uk_pack.control_status("mdma")
    assert control is not None and control.jurisdiction == "uk"


def test_unknown_ids_raise_key_error(pack: KnowledgePack) -> None:
    with pytest.raises(KeyError):
        pack.use_status("no-such-treatment", "depression")
    with pytest.raises(KeyError):
        pack.use_status("ketamine", "no-such-condition")
    with pytest.raises(KeyError):
        pack.use_status("ketamine", "depression", "mars")


def test_jurisdiction_ids_are_those_of_the_pack(pack: KnowledgePack, tmp_path: Path) -> None:
    assert jurisdiction_ids(PACK_DIR) == tuple(pack.jurisdictions)
    with pytest.raises(KnowledgeError) as info:
        jurisdiction_ids(tmp_path)
    assert info.value.path == tmp_path / "pack.yml"


def test_parsers_give_identical_packs() -> None:
    packs = [load_pack(PACK_DIR, parser=p) for p in PARSERS]
    for other in packs[1:]:
        assert other.as_of == packs[0].as_of
        assert dict(other.treatments) == dict(packs[0].treatments)
        assert dict(other.conditions) == dict(packs[0].conditions)
        assert dict(other.jurisdictions) == dict(packs[0].jurisdictions)
        assert other.alias_patterns() == packs[0].alias_patterns()


def test_load_time_is_reasonable() -> None:
    load_pack(PACK_DIR)  # warm imports
    start = time.perf_counter()
    load_pack(PACK_DIR)
    elapsed = time.perf_counter() - start
    # About 15 ms with libyaml on a developer machine; generous bound for slow CI.
    assert elapsed < 1.0


# -- strictness: broken copies of the real pack -------------------------------------------------


def test_missing_source_on_an_approval_is_located(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    path = folder / "esketamine.yml"
    text = path.read_text(encoding="utf-8")
    # Drop the `source:` block of the first approval (the 2019 TRD approval).
    start = text.index("    date: 2019-03-05")
    source_at = text.index("    source:\n", start)
    end = text.index("  - regulator: fda", source_at)
    path.write_text(text[:source_at] + text[end:], encoding="utf-8")
    error = load_error(folder, parser)
    assert error.path.name == "esketamine.yml"
    line, column = position(text, "regulator: fda\n    jurisdiction: us\n    use: treatment-res")
    assert (error.line, error.column) == (line, column)
    assert "source" in error.message and "missing" in error.message


def test_missing_source_on_a_non_approved_use(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(
        folder / "ibogaine.yml",
        "    note: No ibogaine product is FDA-approved for any use.\n    source: *schedule_i\n",
        "    note: No ibogaine product is FDA-approved for any use.\n",
    )
    error = load_error(folder, parser)
    assert error.path.name == "ibogaine.yml"
    assert (error.line, error.column) == position(text, 'use: "*"')
    assert "'source'" in error.message


def test_missing_source_on_a_jurisdiction_fact(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(
        folder / "pack.yml",
        "        contact: Call 116 123 (free, 24 hours a day)\n"
        "        url: https://www.samaritans.org/\n"
        "        source:\n"
        "          url: https://www.samaritans.org/\n"
        "          title: Samaritans\n",
        "        contact: Call 116 123 (free, 24 hours a day)\n"
        "        url: https://www.samaritans.org/\n",
    )
    error = load_error(folder, parser)
    assert error.path.name == "pack.yml"
    assert (error.line, error.column) == position(text, "name: Samaritans")
    assert "'source'" in error.message


def test_source_needs_https_url_and_title(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(
        folder / "exosomes.yml",
        "  url: https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert",
        "  url: http://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert",
    )
    error = load_error(folder, parser)
    assert error.path.name == "exosomes.yml"
    line, _ = position(text, "http://www.fda.gov")
    assert error.line == line and "https://" in error.message


def test_missing_as_of(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    replace_once(folder / "pack.yml", "as_of: 2026-11-01\n", "")
    error = load_error(folder, parser)
    assert error.path.name == "pack.yml"
    assert "as_of" in error.message and error.line is not None


@pytest.mark.parametrize("bad", ["2019-02-30", "March 2019", "2019-3-5", "2019-13"])
def test_bad_dates(tmp_path: Path, parser: Parser, bad: str) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(folder / "esketamine.yml", "date: 2019-03-05", f"date: {bad}")
    error = load_error(folder, parser)
    assert error.path.name == "esketamine.yml"
    assert (error.line, error.column) == position(text, bad)
    assert "date" in error.message


def test_bad_as_of(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(folder / "pack.yml", "as_of: 2026-11-01", "as_of: 2026-11")
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "2026-11")


def test_date_after_as_of_is_refused(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(folder / "esketamine.yml", "date: 2019-03-05", "date: 2031-03-05")
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "2031-03-05")
    assert "as_of" in error.message


def test_unknown_key_is_refused_with_line_and_column(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(
        folder / "esketamine.yml",
        "    date: 2019-03-05\n",
        "    date: 2019-03-05\n    approved_by: FDA\n",
    )
    error = load_error(folder, parser)
    assert error.path.name == "esketamine.yml"
    assert (error.line, error.column) == position(text, "approved_by")
    assert "unknown key 'approved_by'" in error.message


def test_python_object_tag_is_refused(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    marker = tmp_path / "pwned"
    text = replace_once(
        folder / "mdma.yml",
        "kind: drug\n",
        f"kind: !!python/object/apply:os.system ['touch {marker}']\n",
    )
    error = load_error(folder, parser)
    assert error.path.name == "mdma.yml"
    assert (error.line, error.column) == position(text, "!!python")
    assert "tag" in error.message
    assert not marker.exists()


def test_python_name_tag_in_pack_file_is_refused(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(
        folder / "pack.yml", "as_of: 2026-11-01\n", "as_of: !!python/name:os.system 2026-11-01\n"
    )
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "!!python")


def test_custom_tag_is_refused(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(folder / "lsd.yml", "kind: drug\n", "kind: !drug drug\n")
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "!drug")


def test_unknown_condition_is_refused(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(
        folder / "ibogaine.yml", "  - use: opioid-use-disorder\n", "  - use: opioid-withdrawal\n"
    )
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "opioid-withdrawal")
    assert "unknown condition 'opioid-withdrawal'" in error.message


def test_unknown_jurisdiction_and_regulator_are_refused(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(
        folder / "tirzepatide.yml",
        "  - regulator: fda\n    jurisdiction: us\n    use: type-2-diabetes\n",
        "  - regulator: fda\n    jurisdiction: eu\n    use: type-2-diabetes\n",
    )
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "eu\n")
    assert "unknown jurisdiction 'eu'" in error.message
    text = replace_once(
        folder / "tirzepatide.yml",
        "  - regulator: fda\n    jurisdiction: eu\n",
        "  - regulator: mhra\n    jurisdiction: us\n",
    )
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "mhra")


def test_duplicate_alias_across_treatments_is_refused(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(
        folder / "tms.yml", "ambiguous_names: [SAINT, SNT]", "ambiguous_names: [SAINT, Ketalar]"
    )
    error = load_error(folder, parser)
    assert error.path.name == "tms.yml"
    assert (error.line, error.column) == position(text, "Ketalar")
    assert "treatment 'ketamine'" in error.message


def test_id_must_match_file_name(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(folder / "lsd.yml", "id: lsd\n", "id: lysergide\n")
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "lysergide\n")


def test_contradictory_status_is_refused(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(
        folder / "tirzepatide.yml",
        "non_approved_uses:\n",
        "non_approved_uses:\n  - use: obesity\n    jurisdiction: us\n    status: off-label\n"
        "    note: contradicts the Zepbound approval\n"
        "    source: {url: 'https://www.fda.gov/', title: FDA}\n",
    )
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "obesity\n    jurisdiction: us\n    status")
    assert "both" in error.message


def test_approval_product_must_be_a_name(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(
        folder / "tirzepatide.yml",
        "product: Zepbound\n    pathway: NDA\n    form: once-weekly injection\n    population: >-",
        "product: Wegovy\n    pathway: NDA\n    form: once-weekly injection\n    population: >-",
    )
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "Wegovy")


def test_sex_limited_approvals_and_classes(pack: KnowledgePack) -> None:
    [propecia, proscar] = pack.approvals_for("finasteride", None, "us")
    assert {propecia.sex, proscar.sex} == {"male"}
    assert {a.sex for a in pack.approvals_for("bremelanotide", None, "us")} == {"female"}
    assert pack.approvals_for("minoxidil", "hair-loss", "us")[0].sex is None
    assert pack.treatments["psychotherapy"].kind == "psychotherapy"
    assert pack.find_treatment("DBT") is pack.find_treatment("EMDR")
    assert pack.find_treatment("melatonin") is pack.find_treatment("ashwagandha")
    status = pack.use_status("dietary-supplements", "insomnia", "us")
    assert status is not None and status.status == "unapproved"
    stimulant = pack.control_status("lisdexamfetamine", "us")
    assert stimulant is not None and stimulant.schedule == "Schedule II"
    assert pack.find_condition("short-sightedness") is pack.find_condition("myopia")
    assert "acne" in pack.broader_conditions("severe-nodular-acne")


def test_an_approval_sex_must_be_male_or_female(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(
        folder / "finasteride.yml",
        "sex: male\n    population: men with male",
        "sex: men\n    population: men with male",
    )
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "men\n")


def test_wrong_types_are_refused(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(folder / "lsd.yml", "prescription_only: false", "prescription_only: maybe")
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "maybe")
    text = replace_once(folder / "lsd.yml", "prescription_only: maybe", "prescription_only: false")
    text = replace_once(folder / "lsd.yml", "kind: drug", "kind: potion")
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "potion")
    assert "must be one of" in error.message


def test_broken_yaml_is_located(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(folder / "lsd.yml", "kind: drug\n", "kind: [drug\n")
    error = load_error(folder, parser)
    assert error.path.name == "lsd.yml"
    assert error.line is not None and error.line >= position(text, "[drug")[0]
    assert "invalid YAML" in error.message


def test_duplicate_key_is_refused(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(folder / "lsd.yml", "kind: drug\n", "kind: drug\nkind: device\n")
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "kind: device")
    assert "duplicate key" in error.message


def test_empty_and_stray_files(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    (folder / "empty.yml").write_text("# nothing here\n", encoding="utf-8")
    error = load_error(folder, parser)
    assert error.path.name == "empty.yml" and "empty" in error.message
    (folder / "empty.yml").unlink()
    (folder / "extra.yaml").write_text("id: extra\n", encoding="utf-8")
    error = load_error(folder, parser)
    assert error.path.name == "extra.yaml"


def test_missing_pack_files(tmp_path: Path) -> None:
    error = load_error(tmp_path / "nowhere")
    assert "does not exist" in error.message
    folder = copy_pack(tmp_path)
    (folder / "conditions.yml").unlink()
    error = load_error(folder)
    assert error.path.name == "conditions.yml"


def test_unknown_default_jurisdiction(tmp_path: Path) -> None:
    error = load_error(PACK_DIR, jurisdiction="mars")
    assert error.path.name == "pack.yml" and "mars" in error.message


def test_error_text_names_file_line_and_column(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    replace_once(folder / "lsd.yml", "kind: drug\n", "kind: drug\nbogus: 1\n")
    error = load_error(folder)
    assert str(error).startswith(f"{folder / 'lsd.yml'}:{error.line}:{error.column}: ")


def test_yaml_errors_keep_their_knowledge_wording(tmp_path: Path, parser: Parser) -> None:
    folder = copy_pack(tmp_path)
    text = replace_once(folder / "lsd.yml", "kind: drug\n", "kind: !!python/name:os.system drug\n")
    error = load_error(folder, parser)
    assert (error.line, error.column) == position(text, "!!python")
    assert error.message == (
        "YAML tag 'tag:yaml.org,2002:python/name:os.system' is not allowed in knowledge files "
        "(use plain text, numbers, booleans, dates, lists and mappings)"
    )
    replace_once(folder / "lsd.yml", "!!python/name:os.system drug", "[" * 990 + "]" * 990)
    error = load_error(folder, parser)
    assert error.message.startswith("invalid YAML: ")


def test_a_yaml_error_without_a_position_has_none(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    replace_once(folder / "lsd.yml", "kind: drug\n", "kind: dr\x07ug\n")
    error = load_error(folder)
    assert (error.line, error.column) == (None, None)
    assert str(error).startswith(f"{folder / 'lsd.yml'}: invalid YAML: ")
