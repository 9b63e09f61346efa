"""Baselines: ``--write-baseline``, ``--baseline``, ``--prune-baseline``, fingerprints."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimlint.core.model import Finding, Position, Severity
from claimlint.core.yamlnodes import load_located
from claimlint.run.baseline import (
    HEADER,
    Baseline,
    _edit_lines,
    _entries,
    normalise,
    sentence_of,
    text_hash,
    updated_text,
)
from tests.cli_support import run, write

CLAIMS = ("--isolated", "--select", "CL1,CL2,CL9")
A = "Ketamine cures depression. It is safe.\nStudies show it works.\n"
B = "Ketamine cures anxiety.\n"

CURES = "'cures' promises a cure, which no treatment here can back"
ENTRIES_A = f"""\
  - rule: CL101
    path: posts/a.md
    sentence-hash: 782b81719a679158
    message: "{CURES}"
  - rule: CL107
    path: posts/a.md
    sentence-hash: 685a90a73989d1fa
    message: "'is safe' is a blanket safety claim"
  - rule: CL201
    path: posts/a.md
    sentence-hash: 2786dbd3702519e0
    message: "'Studies show' appeals to research but the sentence cites no source"
  - rule: CL106
    path: posts/a.md
    sentence-hash: 2786dbd3702519e0
    message: "'works' states that the treatment works, as a certainty"
"""
ENTRY_B = f"""\
  - rule: CL101
    path: posts/b.md
    sentence-hash: de4d0fa99893f818
    message: "{CURES}"
"""
BASELINE = HEADER + "version: 1\nfindings:\n" + ENTRIES_A + ENTRY_B


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run(capsys, "check", *CLAIMS, *args)


@pytest.fixture
def site(in_tmp: Path) -> Path:
    write(in_tmp / "posts" / "a.md", A)
    write(in_tmp / "posts" / "b.md", B)
    return in_tmp


def test_write_baseline_records_every_finding_and_exits_0(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = check(capsys, "--write-baseline", ".claimlint-baseline.yaml", "posts")
    assert (code, err) == (0, "")
    assert out == "Recorded 5 findings in .claimlint-baseline.yaml (5 added, 0 removed).\n"
    assert (site / ".claimlint-baseline.yaml").read_text(encoding="utf-8") == BASELINE


def test_the_baseline_hides_recorded_findings(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "base.yaml", BASELINE)
    code, out, err = check(capsys, "--baseline", "base.yaml", "posts")
    assert out == "No findings in 2 files.\n5 findings recorded in base.yaml are not shown.\n"
    assert (code, err) == (0, "")


def test_new_findings_are_reported_with_their_place(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "base.yaml", BASELINE)
    write(site / "posts" / "b.md", B + "\nOur programme is guaranteed to work.\n")
    code, out, _ = check(capsys, "--baseline", "base.yaml", "posts")
    assert out == (
        "posts/b.md:3:18: CL103 error 'guaranteed' guarantees work, an outcome no treatment "
        "can promise [unhedged-claim]\n"
        "\n"
        "Found 1 finding (1 error, 0 warnings, 0 info) in 2 files.\n"
        "5 findings recorded in base.yaml are not shown.\n"
    )
    assert code == 1


def test_edits_elsewhere_and_rewrapping_keep_findings_recorded(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "base.yaml", BASELINE)
    moved = (
        "# A new title\n\nA new first paragraph,\nwrapped over lines.\n\n"
        "Ketamine\ncures   depression.  It is safe.\n\n\n“Studies show” it works.\n"
    )
    write(site / "posts" / "a.md", moved.replace("“Studies show”", "Studies show"))
    assert check(capsys, "--baseline", "base.yaml", "posts")[:2] == (
        0,
        "No findings in 2 files.\n5 findings recorded in base.yaml are not shown.\n",
    )


def test_an_identical_sentence_twice_needs_two_entries(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "base.yaml", BASELINE)
    write(site / "posts" / "b.md", B + "\nKetamine cures anxiety.\n")
    code, out, _ = check(capsys, "--baseline", "base.yaml", "posts")
    assert out.splitlines()[0] == f"posts/b.md:3:10: CL101 error {CURES} [unhedged-claim]"
    assert code == 1
    check(capsys, "--write-baseline", "base.yaml", "posts")
    text = (site / "base.yaml").read_text(encoding="utf-8")
    assert text == BASELINE + ENTRY_B.replace("    message:", "    occurrence: 1\n    message:")
    assert check(capsys, "--baseline", "base.yaml", "posts")[0] == 0


def test_entries_that_match_nothing_are_reported_as_cl901(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "base.yaml", BASELINE)
    write(site / "posts" / "b.md", "Our clinic is open on Saturdays.\n")
    code, out, err = check(capsys, "--baseline", "base.yaml", "posts")
    line = BASELINE.splitlines().index("    path: posts/b.md")  # 0-based: the '-' line + 1
    assert out == (
        f"base.yaml:{line}:3: CL901 info baseline entry for CL101 in posts/b.md matches no "
        "finding (remove it with --prune-baseline) [suppression]\n"
        "\n"
        "Found 1 finding (0 errors, 0 warnings, 1 info) in 2 files.\n"
        "4 findings recorded in base.yaml are not shown.\n"
    )
    assert (code, err) == (0, "")
    assert check(capsys, "--baseline", "base.yaml", "--fail-on", "info", "posts")[0] == 1
    code, out, _ = check(capsys, "--baseline", "base.yaml", "--ignore", "CL901", "posts")
    assert (code, out.splitlines()[0]) == (0, "No findings in 2 files.")


def test_entries_for_files_or_rules_not_checked_are_not_stale(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "base.yaml", BASELINE)
    assert check(capsys, "--baseline", "base.yaml", "posts/b.md")[:2] == (
        0,
        "No findings in 1 file.\n1 finding recorded in base.yaml is not shown.\n",
    )
    code, out, _ = run(
        capsys, "check", "--isolated", "--select", "CL101,CL9", "--baseline", "base.yaml", "posts"
    )
    assert (code, out) == (
        0,
        "No findings in 2 files.\n2 findings recorded in base.yaml are not shown.\n",
    )


REVIEWED = (
    HEADER
    + "version: 1\n"
    + "findings:\n"
    + "  # approved by compliance on 2025-03-02 (ticket 118)\n"
    + ENTRIES_A.replace(
        "    message: \"'is safe' is a blanket safety claim\"\n",
        "    message: \"'is safe' is a blanket safety claim\"   # legal agreed\n"
        "\n"
        "  # the next two: approved by compliance on 2025-03-09\n",
    )
    + "  # b.md: approved by Dr. Lee, 2025-03-10\n"
    + ENTRY_B
    + "# end of the approved findings\n"
)


def test_prune_removes_stale_entries_and_keeps_every_comment(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "base.yaml", REVIEWED)
    write(site / "posts" / "b.md", "Our clinic is open on Saturdays.\n")
    code, out, _ = check(capsys, "--baseline", "base.yaml", "--prune-baseline", "posts")
    assert out == (
        "No findings in 2 files.\n"
        "4 findings recorded in base.yaml are not shown.\n"
        "Removed 1 baseline entry that matched no finding from base.yaml.\n"
    )
    assert code == 0
    expected = REVIEWED.replace("  # b.md: approved by Dr. Lee, 2025-03-10\n" + ENTRY_B, "")
    assert (site / "base.yaml").read_text(encoding="utf-8") == expected
    assert check(capsys, "--baseline", "base.yaml", "posts")[1].startswith("No findings")


def test_prune_of_the_first_entry_takes_its_comment_only(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "base.yaml", REVIEWED)
    write(site / "posts" / "a.md", A.replace("cures", "may help with"))
    check(capsys, "--baseline", "base.yaml", "--prune-baseline", "posts")
    first = ENTRIES_A.split("  - rule: CL107")[0]
    expected = REVIEWED.replace(
        "  # approved by compliance on 2025-03-02 (ticket 118)\n" + first, ""
    )
    assert (site / "base.yaml").read_text(encoding="utf-8") == expected


def test_write_baseline_updates_in_place_and_keeps_comments(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "base.yaml", REVIEWED)
    write(site / "posts" / "a.md", A.replace("It is safe.", "It is generally safe."))
    write(site / "posts" / "b.md", B + "Results are guaranteed.\n")
    code, out, _ = check(capsys, "--write-baseline", "base.yaml", "posts")
    assert (code, out) == (0, "Recorded 5 findings in base.yaml (1 added, 1 removed).\n")
    safe = (
        '  - rule: CL107\n    path: posts/a.md\n    sentence-hash: 685a90a73989d1fa\n    message: "'
        "'is safe' is a blanket safety claim\"   # legal agreed\n\n"
    )
    new_b = (
        "  - rule: CL103\n"
        "    path: posts/b.md\n"
        f"    sentence-hash: {text_hash('Results are guaranteed.')}\n"
        "    message: \"'guaranteed' guarantees Results, an outcome no treatment can promise\"\n"
    )
    expected = REVIEWED.replace(safe, "\n").replace(ENTRY_B, ENTRY_B + new_b)
    assert (site / "base.yaml").read_text(encoding="utf-8") == expected
    assert check(capsys, "--baseline", "base.yaml", "posts")[0] == 0
    # Recording again changes nothing, byte for byte.
    check(capsys, "--write-baseline", "base.yaml", "posts")
    assert (site / "base.yaml").read_text(encoding="utf-8") == expected


def test_crlf_baseline_keeps_its_line_endings_and_bom(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "base.yaml", b"\xef\xbb\xbf" + REVIEWED.replace("\n", "\r\n").encode())
    write(site / "posts" / "b.md", "Our clinic is open on Saturdays.\n")
    check(capsys, "--baseline", "base.yaml", "--prune-baseline", "posts")
    expected = REVIEWED.replace("  # b.md: approved by Dr. Lee, 2025-03-10\n" + ENTRY_B, "")
    assert (site / "base.yaml").read_bytes() == b"\xef\xbb\xbf" + expected.replace(
        "\n", "\r\n"
    ).encode("utf-8")


def test_a_flow_style_baseline_is_rewritten_by_the_round_trip(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flow = (
        "# reviewed by compliance\nversion: 1\nfindings: [{rule: CL101, path: posts/b.md, "
        "sentence-hash: de4d0fa99893f818}, {rule: CL101, path: posts/b.md, "
        "sentence-hash: 0000000000000000}]\n"
    )
    write(site / "base.yaml", flow)
    check(capsys, "--baseline", "base.yaml", "--prune-baseline", "posts/b.md")
    text = (site / "base.yaml").read_text(encoding="utf-8")
    assert text.startswith("# reviewed by compliance\nversion: 1\n")
    assert "de4d0fa99893f818" in text
    assert "0000000000000000" not in text
    assert check(capsys, "--baseline", "base.yaml", "posts/b.md")[0] == 0


def test_paths_are_relative_to_the_repository_root(
    site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (site / ".git").mkdir()
    write(site / "ci" / "base.yaml", BASELINE)
    monkeypatch.chdir(site / "posts")
    code, out, _ = check(capsys, "--baseline", "../ci/base.yaml", ".")
    assert (code, out.splitlines()[0]) == (0, "No findings in 2 files.")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version: 2\nfindings: []\n", "base.yaml:1:10: unsupported baseline version (expected 1)"),
        ("version: 1\nfindings: {}\n", "base.yaml:2:11: 'findings' must be a list"),
        (
            "version: 1\nfindings:\n  - rule: CL101\n    path: a.md\n",
            "base.yaml:3:5: baseline entry needs 'sentence-hash' (a string)",
        ),
        ("version: 1\nfindings: [\n", "base.yaml:3:1: invalid YAML"),
        (
            "version: 1\nfindings:\n  - {rule: CL1, path: a, sentence-hash: b, occurrence: -1}\n",
            "base.yaml:3:56: 'occurrence' must be a whole number",
        ),
    ],
)
def test_a_bad_baseline_is_a_usage_error_with_its_position(
    site: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    write(site / "base.yaml", text)
    code, out, err = check(capsys, "--baseline", "base.yaml", "posts")
    assert (code, out) == (2, "")
    assert err.startswith(f"claimlint: error: {message}")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--baseline", "missing.yaml"), "baseline file not found: missing.yaml"),
        (("--prune-baseline",), "--prune-baseline needs --baseline FILE"),
        (("--baseline", "a", "--write-baseline", "b"), "use --baseline or --write-baseline"),
        (("--write-baseline", "b", "--since", "HEAD"), "--write-baseline records every finding"),
        (("--diff", "--write-baseline", "b"), "--diff writes nothing"),
    ],
)
def test_flag_mistakes_exit_2(
    site: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, out, err = check(capsys, *args, "posts")
    assert (code, out) == (2, "")
    assert err.startswith(f"claimlint: error: {message}")
    assert not (site / "b").exists()


def test_json_output_with_a_baseline_stays_json(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    write(site / "base.yaml", BASELINE)
    code, out, err = check(capsys, "--baseline", "base.yaml", "--format", "json", "posts")
    assert json.loads(out)["findings"] == []
    assert err == "5 findings recorded in base.yaml are not shown.\n"
    assert code == 0


# --------------------------------------------------------------------------- fingerprints


def test_hashes_are_stable() -> None:
    # Baselines are committed: a change here breaks every site's baseline.
    assert text_hash("Ketamine cures depression.") == "782b81719a679158"
    assert text_hash("  ketamine\n CURES   depression. ") == "782b81719a679158"


def test_normalise() -> None:
    assert normalise("“Studies  show”\u00a0it — works\n") == '"studies show" it - works'


def _finding(context: str, excerpt: str, column: int, end: int) -> Finding:
    return Finding(
        "p.md",
        Position(3, column),
        Position(3, end),
        "CL301",
        "citation-year-mismatch",
        "citation-year-mismatch",
        Severity.WARNING,
        "m",
        excerpt=excerpt,
        context=context,
    )


def test_paragraph_findings_hash_their_own_sentence() -> None:
    paragraph = "First claim here. Duman et al. (2019) showed it. Last one."
    f = _finding(paragraph, "> Duman et al. (2019) showed it.", 3, 22)
    assert sentence_of(f) == "Duman et al. (2019) showed it."
    missing = _finding(paragraph, "> something else", 3, 10)
    assert sentence_of(missing) == paragraph


def test_write_baseline_for_some_files_keeps_the_others(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "base.yaml", BASELINE)
    write(site / "posts" / "b.md", "Our clinic is open on Saturdays.\n")
    code, out, _ = check(capsys, "--write-baseline", "base.yaml", "posts/b.md")
    assert (code, out) == (0, "Recorded 0 findings in base.yaml (0 added, 1 removed).\n")
    assert (site / "base.yaml").read_text(encoding="utf-8") == BASELINE.replace(ENTRY_B, "")


# --------------------------------------------------------------------------- property


@st.composite
def _baselines(draw: st.DrawFn) -> tuple[str, list[list[str]], set[int], list[dict[str, str]]]:
    """A baseline in the written layout with reviewers' comments: its text, the comment
    lines above each entry, entries to remove, entries to add."""
    n = draw(st.integers(1, 6))
    words = st.text(alphabet="abc é—#:'", min_size=0, max_size=12)
    lines = ["# header", "version: 1", "findings:"]
    above: list[list[str]] = []
    for i in range(n):
        if draw(st.booleans()):
            lines.append("")
        comments = [f"  # note {i}.{j} {draw(words)}" for j in range(draw(st.integers(0, 2)))]
        above.append(comments)
        lines += comments
        path = draw(st.sampled_from(["a.md", "b.md", "c.md"]))
        eol = f"  # eol {i}" if draw(st.booleans()) else ""
        lines += [
            f"  - rule: CL10{i}",
            f"    path: {path}",
            f"    sentence-hash: '{i:016x}'{eol}",
        ]
    if draw(st.booleans()):
        lines += ["# trailing", ""]
    remove = set(draw(st.lists(st.integers(0, n - 1), max_size=n)))
    add = [
        {
            "rule": f"CL2{k:02d}",
            "path": draw(st.sampled_from(["a.md", "d.md"])),
            "sentence-hash": "f" * 16,
        }
        for k in range(draw(st.integers(0, 3)))
    ]
    return "\n".join(lines) + "\n", above, remove, add


@settings(max_examples=150, deadline=None)
@given(_baselines())
def test_updates_keep_every_comment_of_the_entries_that_stay(
    case: tuple[str, list[list[str]], set[int], list[dict[str, str]]],
) -> None:
    text, above, remove, add = case
    loc = load_located(text, "b.yaml")
    baseline = Baseline(Path("b.yaml"), "b.yaml", text, _entries(loc, text), loc.data)
    gone = [e for e in baseline.entries if e.index in remove]
    kept = [item for i, item in enumerate(loc.data["findings"]) if i not in remove]
    assert _edit_lines(text, baseline.entries, remove, add) is not None  # no fallback
    result = updated_text(baseline, gone, add)
    data = load_located(result, "b.yaml").data
    assert sorted(map(str, data["findings"] or [])) == sorted(map(str, kept + add))
    out = result.splitlines()
    for i, comments in enumerate(above):
        for comment in comments:
            assert (comment in out) == (i not in remove)
    for line in text.splitlines():
        eol = "# eol" in line and int(line.split("# eol ")[1]) not in remove
        if line.startswith("# ") or eol:
            assert line in out
