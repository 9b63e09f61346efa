"""The source matcher and registry records (CL310-CL314's offline half): records read
from Crossref's and E-utilities' JSON shapes, entries judged against them, and the
measurement on the shared reference set (skipped without ../shared)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claimlint.biblio.records import (
    Lookup,
    Notice,
    Record,
    crossref_record,
    entry_key,
    link_identifier,
    lookup_from_data,
    pubmed_record,
)
from claimlint.biblio.refstring import parse_reference
from claimlint.biblio.verify import judge, title_similarity
from tests.registry_server import crossref_work, pubmed_summary

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "refs" / "dev.jsonl"

HALE = crossref_work(
    "10.5555/example.2016.1",
    "Rapid effects of an infusion",
    "Hale, Ortiz, Brandt",
    2016,
    "Journal of Examples",
    volume="2",
    page="1-9",
)
ENTRY = "Hale, P., Ortiz, M., & Brandt, K. ({year}). {title}. *{journal}*, 2(1), 1–9.{doi}"


def entry(
    year: int = 2016,
    title: str = "Rapid effects of an infusion",
    journal: str = "Journal of Examples",
    doi: str = "",
    first: str = "Hale",
) -> str:
    text = ENTRY.format(
        year=year, title=title, journal=journal, doi=f" https://doi.org/{doi}" if doi else ""
    )
    return text.replace("Hale, P.", f"{first}, P.", 1)


def record(work: dict[str, Any] = HALE) -> Record:
    found = crossref_record(work)
    assert found is not None
    return found


def verdict_of(text: str, *works: dict[str, Any], **lookup: Any) -> Any:
    records = tuple(record(w) for w in works)
    return judge(parse_reference(text), Lookup(records=records, **lookup))


# -- records ------------------------------------------------------------------------------


def test_a_crossref_work_becomes_a_record() -> None:
    work = crossref_work(
        "10.5555/X.1",
        "RETRACTED: <i>Ketamine</i> &amp; mood",
        "van der Berg, Okafor",
        2019,
        "Journal of Examples",
        subtitle=["a <b>trial</b>"],
        **{
            "published-online": {"date-parts": [[2018, 12, 1]]},
            "short-container-title": ["J Ex"],
            "updated-by": [
                {
                    "DOI": "10.5555/N.1",
                    "type": "retraction",
                    "source": "retraction-watch",
                    "updated": {"date-parts": [[2021, 4, 30]]},
                },
                {"DOI": "10.5555/N.2", "type": "correction", "updated": {"date-parts": [[2020]]}},
            ],
        },
    )
    assert record(work) == Record(
        registry="crossref",
        title="Ketamine & mood: a trial",
        authors=("van der Berg", "Okafor"),
        years=(2019, 2018),
        journals=("Journal of Examples", "J Ex"),
        doi="10.5555/x.1",
        kind="journal-article",
        notices=(
            Notice("retraction", "retraction-watch", "10.5555/n.1", "2021-04-30"),
            Notice("retraction", "title"),
        ),
    )


def test_an_esummary_document_becomes_a_record() -> None:
    doc = pubmed_summary(
        "9500320",
        "[Ketamine in depression]",
        ["Wakefield AJ", "van der Berg A"],
        1998,
        "Lancet",
        doi="10.1016/S0140-6736(97)11096-0",
        pubtype=["Journal Article", "Retracted Publication"],
        epubdate="1997 Dec 1",
    )
    doc["authors"].append({"name": "UK Ketamine Group", "authtype": "CollectiveName"})
    assert pubmed_record(doc) == Record(
        registry="pubmed",
        title="Ketamine in depression",
        authors=("Wakefield", "van der Berg", "UK Ketamine Group"),
        years=(1998, 1997),
        journals=("Lancet",),
        doi="10.1016/s0140-6736(97)11096-0",
        pmid="9500320",
        kind="Journal Article",
        volume="2",
        page="1",
        notices=(Notice("retraction", "pubmed"),),
    )
    assert pubmed_record({"uid": "1", "error": "cannot get document summary"}) is None


def test_a_lookup_survives_plain_data() -> None:
    lookup = Lookup(
        records=(record(),),
        doi="10.5555/example.2016.1",
        doi_found=True,
        searched=("Crossref DOI 10.5555/example.2016.1",),
        notes=("a note",),
    )
    back = lookup_from_data(lookup.to_data(), "2025-06-01")
    assert back == replace(lookup, checked="2025-06-01")


def test_keys_of_entries_and_links() -> None:
    assert entry_key("  Hale, P.  (2016).\n*Rapid* effects.  ") == "Hale, P. (2016). Rapid effects."
    assert (
        link_identifier("https://doi.org/10.1001/ARCHPSYC.63.8.856")
        == "doi:10.1001/archpsyc.63.8.856"
    )
    assert link_identifier("https://dx.doi.org/10.1038/nm.4050/") == "doi:10.1038/nm.4050"
    assert link_identifier("https://pubmed.ncbi.nlm.nih.gov/9500320/") == "pmid:9500320"
    assert link_identifier("https://www.ncbi.nlm.nih.gov/pubmed/9500320") == "pmid:9500320"
    assert link_identifier("https://example.org/10.1/x") is None


# -- judging --------------------------------------------------------------------------------


def test_title_similarity() -> None:
    assert title_similarity("Rapid effects of an infusion", "RAPID EFFECTS OF AN INFUSION.") == 1.0
    # a subtitle left out
    assert (
        title_similarity("Rapid effects of an infusion", "Rapid effects of an infusion: a trial")
        == 0.95
    )
    assert (
        round(title_similarity("Rapid effects of an infusion", "Slow effects of a tablet"), 2)
        == 0.54
    )


def test_a_correct_entry_is_found_with_no_difference() -> None:
    v = verdict_of(entry(), HALE)
    assert (v.status, v.differences, v.notices, v.identifiers) == ("found", (), (), ())


@pytest.mark.parametrize("year", [2015, 2017])
def test_a_year_one_off_agrees(year: int) -> None:
    assert verdict_of(entry(year), HALE).differences == ()


def test_a_wrong_year_is_a_difference_with_the_records_year_to_fix() -> None:
    v = verdict_of(entry(2019), HALE)
    assert [d.describe() for d in v.differences] == ["year 2019 (the record: 2016)"]
    assert v.year_fix == "2016"


def test_a_wrong_first_author_and_journal() -> None:
    v = verdict_of(entry(first="Vance", journal="Lancet Psychiatry"), HALE)
    assert [d.describe() for d in v.differences] == [
        "first author Vance (the record: Hale)",
        "journal Lancet Psychiatry (the record: Journal of Examples)",
    ]
    assert v.year_fix is None


def test_an_abbreviated_journal_agrees() -> None:
    work = dict(HALE, **{"container-title": ["Archives of General Psychiatry"]})
    assert verdict_of(entry(journal="Arch Gen Psychiatry"), work).differences == ()


def test_a_fabricated_entry_is_not_found() -> None:
    v = verdict_of(entry(2021, "Ketamine cures depression in one session"), HALE)
    assert v.status == "not-found"


def test_a_real_title_under_other_names_is_that_work_misdescribed() -> None:
    text = (
        "Vance, R., & Okafor, T. (2010). Rapid effects of an infusion in adults with "
        "depression. Lancet."
    )
    work = dict(HALE, title=["Rapid effects of an infusion in adults with depression"])
    v = verdict_of(text, work)
    assert [d.field for d in v.differences] == ["year", "first author", "co-author", "journal"]


def test_identifiers_that_do_not_resolve_or_name_another_work() -> None:
    other = crossref_work("10.5555/other", "Sleep after surgery", "Lund", 2001, "Anaesthesia")
    v = verdict_of(entry(doi="10.5555/other"), other, HALE, doi="10.5555/other", doi_found=True)
    assert [p.describe() for p in v.identifiers] == [
        "DOI 10.5555/other names another work: Lund (2001), 'Sleep after surgery'"
    ]
    assert v.match is not None and v.match.record.doi == "10.5555/example.2016.1"
    v = verdict_of(entry(doi="10.5555/nothing"), HALE, doi="10.5555/nothing", doi_found=False)
    assert [p.describe() for p in v.identifiers] == [
        "DOI 10.5555/nothing does not resolve (doi.org has no such record)"
    ]


def test_notices_of_the_same_work_in_pubmed_are_joined() -> None:
    summary = pubmed_summary(
        "1",
        "Rapid effects of an infusion",
        ["Hale P"],
        2016,
        "J Ex",
        doi="10.5555/example.2016.1",
        pubtype=["Retracted Publication"],
    )
    pubmed = pubmed_record(summary)
    assert pubmed is not None
    v = judge(parse_reference(entry()), Lookup(records=(record(), pubmed)))
    assert v.notices == (Notice("retraction", "pubmed"),)


def test_no_answer_and_too_little_to_search_are_unverified() -> None:
    v = judge(parse_reference(entry()), Lookup(unavailable="api.crossref.org did not answer"))
    assert (v.status, v.reason) == ("unverified", "api.crossref.org did not answer")
    v = judge(parse_reference("Perret, V., et al., 2015, IAU GA, Meeting 29"), Lookup())
    assert (v.status, v.reason) == (
        "unverified",
        "too little to search by (no title, DOI or PMID read from it)",
    )


# -- the measurement --------------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not DEV.is_file(), reason="../shared/refs/dev.jsonl is absent")
def test_the_measured_figures_meet_the_goals() -> None:
    """The figures docs/accuracy.md reports (scripts/source_matching.py, 250 entries)."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import source_matching
    finally:
        sys.path.remove(str(REPO / "scripts"))
    figures, *_ = source_matching.run(DEV, 250)
    summary = figures.summary()
    assert summary["cases"] == {"correct": 250, "misdescribed": 250, "fabricated": 250}
    assert summary == {
        **summary,
        "correct_left_alone": 0.984,
        "not_found_precision": 0.9577,
        "not_found_recall": 0.996,
        "misdescribed_precision": 0.9958,
        "misdescribed_recall": 0.94,
        "faults_caught": 0.99,
    }
    warned = figures.counts["correct"]["not-found"] + figures.counts["correct"]["misdescribed"]
    assert warned == 1  # the other 3 of the 4 are unverified (info)
