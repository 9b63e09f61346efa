"""The lock file, claimlint-sources.lock: written sorted and stable, read back byte for
byte, comments kept, atomic, merged under concurrent runs, and refused with a
position (never rewritten) when it cannot be read."""

from __future__ import annotations

import multiprocessing
import os
from datetime import date
from pathlib import Path

import pytest

from claimlint.biblio.records import Lookup, Record
from claimlint.core import atomic
from claimlint.run.sourcelock import Answer, LockError, SourceLock, parse_lock, updated_text

DAY = date(2025, 6, 1)
REF_A = (
    "Hale, P., Ortiz, M., & Brandt, K. (2016). Rapid effects of an infusion. "
    "Journal of Examples, 2(1), 1–9."
)
REF_B = "Zarate, C. A. (2006). A randomized trial. Archives of General Psychiatry, 63, 856–864."
REF_C = "Murrough, J. W. (2013). Antidepressant efficacy of ketamine. Am J Psychiatry."


def answer(title: str = "Rapid effects of an infusion", year: int = 2016) -> Answer:
    record = Record(
        "crossref",
        title,
        ("Hale", "Ortiz", "Brandt"),
        (year,),
        ("Journal of Examples",),
        "10.5555/example.2016.1",
        kind="journal-article",
    )
    return Answer(Lookup(records=(record,), searched=("Crossref bibliographic search",)), DAY)


def test_a_new_lock_file_is_sorted_and_reads_back_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "claimlint-sources.lock"
    lock = SourceLock.load(path)
    assert lock.save({REF_B: answer("A randomized trial", 2006), REF_A: answer()})
    text = path.read_text(encoding="utf-8")
    assert text.index("reference: Hale") < text.index("reference: Zarate")
    assert text.endswith("    checked: '2025-06-01'\n")
    body = text.split("version: 1\n", 1)[1]
    assert body.splitlines()[:12] == [
        "sources:",
        f"  - reference: {REF_A}",
        "    searched: [Crossref bibliographic search]",
        "    records:",
        "      - registry: crossref",
        "        doi: 10.5555/example.2016.1",
        "        title: Rapid effects of an infusion",
        "        authors: [Hale, Ortiz, Brandt]",
        "        years: [2016]",
        "        journals: [Journal of Examples]",
        "        type: journal-article",
        "    checked: '2025-06-01'",
    ]
    # read back, the same answers; written again with them, the same bytes
    again = SourceLock.load(path)
    assert again.answers[REF_A].lookup.records == answer().lookup.records
    assert again.answers[REF_A].checked == DAY
    assert updated_text(text, {}) == text
    assert updated_text(text, {REF_A: again.answers[REF_A]}) == text
    assert not again.save({REF_A: again.answers[REF_A]})  # nothing changed: not written
    assert path.read_text(encoding="utf-8") == text


def test_hand_written_comments_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "claimlint-sources.lock"
    SourceLock.load(path).save({REF_A: answer(), REF_B: answer("A randomized trial", 2006)})
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "  - reference: Zarate",
        "  # checked by hand against the PDF, 2025-06-02 (Dr Okafor)\n  - reference: Zarate",
    )
    text = text.replace(f"reference: {REF_A}", f"reference: {REF_A}  # the clinic's key paper")
    path.write_text(text, encoding="utf-8")
    lock = SourceLock.load(path)
    lock.save(
        {
            REF_C: answer("Antidepressant efficacy of ketamine", 2013),
            REF_A: answer("Rapid effects", 2016),
        }
    )
    after = path.read_text(encoding="utf-8")
    assert (
        "  # checked by hand against the PDF, 2025-06-02 (Dr Okafor)\n  - reference: Zarate"
        in after
    )
    assert f"reference: {REF_A}  # the clinic's key paper\n" in after
    assert "title: Rapid effects\n" in after  # the refreshed answer
    refs = [line for line in after.splitlines() if line.startswith("  - reference:")]
    assert [r.split(": ", 1)[1][:6] for r in refs] == ["Hale, ", "Murrou", "Zarate"]


def test_an_interrupted_write_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "claimlint-sources.lock"
    SourceLock.load(path).save({REF_A: answer()})
    before = path.read_bytes()

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        SourceLock.load(path).save({REF_B: answer("A randomized trial", 2006)})
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claimlint-sources.lock"]


def _save_one(path: str, ref: str, start: float) -> None:
    import time

    lock = SourceLock.load(Path(path))  # both read the file before either writes
    time.sleep(max(0.0, start - time.time()))
    lock.save({ref: answer(ref[:20])})


def test_two_runs_at_once_keep_both_answers(tmp_path: Path) -> None:
    import time

    path = tmp_path / "claimlint-sources.lock"
    SourceLock.load(path).save({REF_A: answer()})
    context = multiprocessing.get_context("fork")
    start = time.time() + 0.5
    runs = [
        context.Process(target=_save_one, args=(str(path), ref, start)) for ref in (REF_B, REF_C)
    ]
    for p in runs:
        p.start()
    for p in runs:
        p.join(10)
        assert p.exitcode == 0
    assert sorted(parse_lock(path.read_text(encoding="utf-8"), "x")) == [REF_A, REF_C, REF_B]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("version: 2\nsources: []\n", "1:10: unsupported lock file version (expected 1)"),
        ("version: 1\nsources: {}\n", "2:10: 'sources' must be a list"),
        (
            "version: 1\nsources:\n  - checked: '2025-06-01'\n",
            "3:5: an item needs 'reference' (the entry's text)",
        ),
        (
            "version: 1\nsources:\n  - reference: x\n    checked: last week\n",
            "4:14: 'checked' must be a date such as 2025-06-01",
        ),
        (
            "version: 1\nsources:\n  - reference: x\n    checked: '2025-06-01'\n    record: []\n",
            "5:5: unknown key 'record' (expected checked, doi, doi-found, notes, pmid, "
            "pmid-found, records, reference, searched, unavailable)",
        ),
        (
            "version: 1\nsources:\n  - reference: x\n    checked: '2025-06-01'\n"
            "    records:\n      - registry: crossref\n        years: [soon]\n",
            "7:16: 'years' must be a list of years",
        ),
        ("version: 1\nsources: [\n", "3:1: invalid YAML: did not find expected node content"),
    ],
)
def test_a_lock_file_that_cannot_be_read_is_an_error_with_its_position(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "claimlint-sources.lock"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LockError) as caught:
        SourceLock.load(path)
    assert str(caught.value) == f"{path}:{expected}"


def test_an_unreadable_lock_file_is_never_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "claimlint-sources.lock"
    lock = SourceLock.load(path)
    path.write_text("version: 1\nsources: {}\n", encoding="utf-8")  # damaged meanwhile
    with pytest.raises(LockError):
        lock.save({REF_A: answer()})
    assert path.read_text(encoding="utf-8") == "version: 1\nsources: {}\n"
    assert os.listdir(tmp_path) == ["claimlint-sources.lock"]


def test_a_comment_above_the_first_item_stays_with_it(tmp_path: Path) -> None:
    path = tmp_path / "claimlint-sources.lock"
    SourceLock.load(path).save({REF_B: answer("A randomized trial", 2006)})
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("  - reference: Zarate", "  # Zarate: checked\n  - reference: Zarate")
    )
    SourceLock.load(path).save({REF_A: answer()})  # sorts before it
    after = path.read_text(encoding="utf-8")
    assert after.index(f"reference: {REF_A}") < after.index(
        "  # Zarate: checked\n  - reference: Zarate"
    )
    assert updated_text(after, {}) == after
