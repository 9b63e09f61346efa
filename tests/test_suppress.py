"""Inline suppression: every directive form, front-matter disables, CL901 and CL904."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimlint.cli import main
from claimlint.engine.suppress import front_matter_disabled, parse_directives
from claimlint.text.document import parse_text

CURE = "Ketamine cures depression."
STUDIES = "Studies show that ketamine helps."
NAMES = {
    "CL101": "CL101",
    "unhedged-cure": "CL101",
    "CL201": "CL201",
    "uncited-evidence-appeal": "CL201",
}


pytestmark = pytest.mark.usefixtures("in_tmp")


def lint(
    capsys: pytest.CaptureFixture[str], text: str, select: str = "CL101,CL201,CL9"
) -> list[str]:
    """``rule@line:col-end_line:end_col`` (plus the message for CL9xx) of each finding."""
    Path("post.md").write_text(text, encoding="utf-8")
    code = main(["check", "--isolated", "--select", select, "--format", "json", "post.md"])
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    assert code == (1 if any(f["severity"] != "info" for f in data["findings"]) else 0)
    shown = []
    for f in data["findings"]:
        where = f"{f['rule']}@{f['line']}:{f['column']}-{f['end_line']}:{f['end_column']}"
        shown.append(where + (f" {f['message']}" if f["rule"].startswith("CL9") else ""))
    return shown


def test_without_directives(capsys: pytest.CaptureFixture[str]) -> None:
    assert lint(capsys, f"{CURE}\n\n{STUDIES}\n") == ["CL101@1:10-1:15", "CL201@3:1-3:13"]


def test_disable_enable_range_by_id(capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        f"{CURE}\n\n<!-- claimlint-disable CL101 -->\n\n{CURE}\n\n{STUDIES}\n\n"
        f"<!-- claimlint-enable CL101 -->\n\n{CURE}\n"
    )
    assert lint(capsys, text) == ["CL101@1:10-1:15", "CL201@7:1-7:13", "CL101@11:10-11:15"]


def test_disable_enable_range_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        f"<!-- claimlint-disable uncited-evidence-appeal -->\n{STUDIES} {CURE}\n"
        f"<!-- claimlint-enable uncited-evidence-appeal -->\n\n{STUDIES}\n"
    )
    assert lint(capsys, text) == ["CL101@2:44-2:49", "CL201@5:1-5:13"]


def test_bare_disable_enable_covers_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        f"<!-- claimlint-disable -- legacy section, reviewed -->\n\n{CURE}\n\n{STUDIES}\n\n"
        f"<!-- claimlint-enable -->\n\n{CURE}\n"
    )
    assert lint(capsys, text) == ["CL101@9:10-9:15"]


def test_bare_enable_ends_a_coded_disable(capsys: pytest.CaptureFixture[str]) -> None:
    text = f"<!-- claimlint-disable CL101 CL201 -->\n{CURE}\n<!-- claimlint-enable -->\n{CURE}\n"
    assert lint(capsys, text) == [
        "CL901@1:1-1:39 suppression comment for CL201 suppresses nothing",
        "CL101@4:10-4:15",
    ]


def test_coded_enable_ends_only_its_rule(capsys: pytest.CaptureFixture[str]) -> None:
    text = f"<!-- claimlint-disable -->\n\n<!-- claimlint-enable CL201 -->\n\n{CURE} {STUDIES}\n"
    assert lint(capsys, text) == ["CL201@5:28-5:40"]


def test_disable_without_enable_runs_to_the_end(capsys: pytest.CaptureFixture[str]) -> None:
    text = f"{CURE}\n\n<!-- claimlint-disable CL101 -->\n\n{CURE}\n\n- {CURE}\n"
    assert lint(capsys, text) == ["CL101@1:10-1:15"]


def test_disable_next_line(capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        f"<!-- claimlint-disable-next-line CL101 -- quoted from a patient, reviewed -->\n"
        f"{CURE}\n{CURE}\n\n"
        f"<!-- claimlint-disable-next-line unhedged-cure -->\n{CURE} {STUDIES}\n\n"
        f"<!-- claimlint-disable-next-line -->\n{CURE} {STUDIES}\n"
    )
    # only the next line: line 3 is still reported; the name form covers CL101 only
    assert lint(capsys, text) == ["CL101@3:10-3:15", "CL201@6:28-6:40"]


def test_disable_next_line_after_a_multi_line_comment(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = f"<!--\nclaimlint-disable-next-line CL101\n-->\n{CURE}\n"
    assert lint(capsys, text) == []


def test_disable_line(capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        f"{CURE} <!-- claimlint-disable-line CL101 -- the clinic's name -->\n\n"
        f"{CURE} {STUDIES} <!-- claimlint-disable-line -->\n\n"
        f"{CURE} {STUDIES} <!-- claimlint-disable-line uncited-evidence-appeal -->\n"
    )
    assert lint(capsys, text) == ["CL101@5:10-5:15"]


def test_disable_file(capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        f"{CURE} {STUDIES}\n\n"
        f"<!-- claimlint-disable-file CL101, uncited-evidence-appeal -- archived post -->\n\n"
        f"{CURE}\n"
    )
    assert lint(capsys, text) == []
    text = f"{CURE}\n\n{STUDIES}\n\n<!-- claimlint-disable-file -->\n"
    assert lint(capsys, text) == []
    text = f"<!-- claimlint-disable-file CL201 -->\n{CURE}\n\n{STUDIES}\n"
    assert lint(capsys, text) == ["CL101@2:10-2:15"]


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ("claimlint:\n  disable: [CL101]\n", ["CL201@7:1-7:13"]),
        ("claimlint:\n  disable: [unhedged-cure, CL201]\n", []),
        ("claimlint:\n  disable: CL201\n", ["CL101@5:10-5:15"]),
        ("claimlint:\n  disable: all\n", []),
        ("claimlint:\n  disable: true\n", []),
        ("claimlint: {disable: [ALL]}\n", []),
        ("claimlint: {disable: [cl201]}\n", ["CL101@4:10-4:15"]),
    ],
)
def test_front_matter_disable(
    capsys: pytest.CaptureFixture[str], front_matter: str, expected: list[str]
) -> None:
    assert lint(capsys, f"---\n{front_matter}---\n{CURE}\n\n{STUDIES}\n") == expected


def test_front_matter_disable_positions(capsys: pytest.CaptureFixture[str]) -> None:
    text = f"---\ntitle: News\nclaimlint:\n  disable: [CL101]\n---\n{CURE}\n\n{STUDIES}\n"
    assert lint(capsys, text) == ["CL201@8:1-8:13"]


# -- CL901: a suppression that suppresses nothing -----------------------------------------------


def test_unused_disable_next_line_is_cl901_at_the_comment(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = "Intro.\n\n<!-- claimlint-disable-next-line CL101 -->\nKetamine is safe.\n"
    assert lint(capsys, text) == [
        "CL901@3:1-3:43 suppression comment for CL101 suppresses nothing",
    ]


def test_unused_inline_disable_line_position(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Intro.\n\nKetamine is safe. <!-- claimlint-disable-line unhedged-cure -->\n"
    assert lint(capsys, text) == [
        "CL901@3:19-3:64 suppression comment for CL101 suppresses nothing",
    ]


def test_unused_bare_directives(capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "<!-- claimlint-disable -->\nFine.\n<!-- claimlint-enable -->\n\n"
        "<!-- claimlint-disable-file -- old -->\n"
    )
    assert lint(capsys, text) == [
        "CL901@1:1-1:27 suppression comment for all rules suppresses nothing",
        "CL901@5:1-5:39 suppression comment for all rules suppresses nothing",
    ]


def test_partly_used_directive_names_the_idle_codes(capsys: pytest.CaptureFixture[str]) -> None:
    text = f"<!-- claimlint-disable-next-line CL101, CL201 -->\n{CURE}\n"
    assert lint(capsys, text) == [
        "CL901@1:1-1:50 suppression comment for CL201 suppresses nothing",
    ]


def test_suppression_for_a_rule_that_is_off_is_not_unused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = f"<!-- claimlint-disable-next-line CL201 -->\n{CURE}\n"
    assert lint(capsys, text, select="CL101,CL9") == ["CL101@2:10-2:15"]


def test_cl901_is_info_and_can_be_ignored(capsys: pytest.CaptureFixture[str]) -> None:
    text = "<!-- claimlint-disable CL101 -->\nFine.\n"
    assert lint(capsys, text, select="CL101,CL9") == [
        "CL901@1:1-1:33 suppression comment for CL101 suppresses nothing",
    ]
    assert lint(capsys, text, select="CL101,CL902,CL904") == []


# -- CL904: unknown codes and malformed directives ----------------------------------------------


def test_unknown_code_is_cl904(capsys: pytest.CaptureFixture[str]) -> None:
    text = f"Intro.\n\n<!-- claimlint-disable-next-line CL999 -->\n{CURE}\n"
    assert lint(capsys, text) == [
        "CL904@3:1-3:43 unknown rule 'CL999' in directive",
        "CL101@4:10-4:15",  # an all-unknown directive suppresses nothing (not everything)
    ]


def test_known_codes_still_apply_beside_an_unknown_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = f"{CURE} <!-- claimlint-disable-line CL101 unhedged-cures -->\n"
    assert lint(capsys, text) == [
        "CL904@1:28-1:80 unknown rule 'unhedged-cures' in directive",
    ]


def test_unused_and_unknown_codes_in_one_comment(capsys: pytest.CaptureFixture[str]) -> None:
    text = "<!-- claimlint-disable-next-line CL101 CL999 -->\nKetamine is safe.\n"
    assert lint(capsys, text) == [
        "CL901@1:1-1:49 suppression comment for CL101 suppresses nothing",
        "CL904@1:1-1:49 unknown rule 'CL999' in directive",
    ]


def test_cl901_can_be_suppressed_for_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    text = "<!-- claimlint-disable-file CL901 -->\n\n<!-- claimlint-disable CL101 -->\n\nFine.\n"
    assert lint(capsys, text) == []


def test_only_a_directive_naming_cl901_or_cl904_suppresses_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # a blanket disable does not hide the report that it suppresses nothing
    assert lint(capsys, "<!-- claimlint-disable -->\n\nFine.\n") == [
        "CL901@1:1-1:27 suppression comment for all rules suppresses nothing"
    ]
    # nor does a directive hide the report about itself
    assert lint(capsys, "<!-- claimlint-disable-file CL901 -->\n\nFine.\n") == [
        "CL901@1:1-1:38 suppression comment for CL901 suppresses nothing"
    ]
    text = "<!-- claimlint-disable-next-line CL904 -->\n<!-- claimlint-disabel CL101 -->\n"
    assert lint(capsys, text) == []
    text = f"---\nclaimlint:\n  disable: [CL904, CL999]\n---\n{CURE}\n"
    assert lint(capsys, text) == ["CL101@5:10-5:15"]


def test_unknown_code_in_front_matter_disable_is_cl904(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = f"---\nclaimlint:\n  disable: [CL999, CL102, all]\n---\n{CURE}\n"
    found = lint(capsys, text)
    assert [item for item in found if item.startswith("CL904")] == [
        "CL904@3:13-3:18 unknown rule 'CL999' in front-matter disable"
    ]
    text = f"---\nclaimlint:\n  disable: 'bogus-rule'\n---\n{CURE}\n"
    assert [item for item in lint(capsys, text) if item.startswith("CL904")] == [
        "CL904@3:12-3:24 unknown rule 'bogus-rule' in front-matter disable"
    ]


@pytest.mark.parametrize(
    "comment",
    ["claimlint-disabel CL101", "claimlint: disable CL101", "CLAIMLINT-DISABLE CL101"],
)
def test_malformed_directive_is_cl904(capsys: pytest.CaptureFixture[str], comment: str) -> None:
    text = f"<!-- {comment} -->\n{CURE}\n"
    assert lint(capsys, text) == [
        f"CL904@1:1-1:{len(comment) + 10} unrecognised claimlint directive: '{comment}'",
        "CL101@2:10-2:15",
    ]


def test_other_comments_and_code_blocks_are_not_directives(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = (
        "<!-- TODO: ask Dr. Lee about claimlint later -->\n\n"
        "```markdown\n<!-- claimlint-disable-file -->\n<!-- claimlint-bogus -->\n```\n\n"
        f"{CURE}\n"
    )
    assert lint(capsys, text) == ["CL101@8:10-8:15"]


# -- the parser itself ----------------------------------------------------------------------------


def test_parse_directives_reads_verbs_codes_lines_and_reasons() -> None:
    doc = parse_text(
        "<!-- claimlint-disable CL101 unhedged-cure -- see ticket CLIN-42 -->\n\n"
        "<!-- claimlint-enable -->\n\n"
        "Text. <!-- claimlint-disable-line uncited-evidence-appeal,CL101 -->\n\n"
        "<!--\n  claimlint-disable-next-line\n-->\n\n"
        "<!-- claimlint-disable-file -- migrated from the old site -->\n"
    )
    directives, problems = parse_directives(doc, NAMES)
    assert problems == []
    assert [(d.verb, d.codes, d.line, d.end_line, d.reason) for d in directives] == [
        ("disable", ("CL101", "CL101"), 1, 1, "see ticket CLIN-42"),
        ("enable", (), 3, 3, ""),
        ("disable-line", ("CL201", "CL101"), 5, 5, ""),
        ("disable-next-line", (), 7, 9, ""),
        ("disable-file", (), 11, 11, "migrated from the old site"),
    ]


def test_front_matter_disabled() -> None:
    assert front_matter_disabled({"claimlint": {"disable": ["unhedged-cure", "CL201"]}}, NAMES) == {
        "CL101",
        "CL201",
    }
    assert front_matter_disabled({"claimlint": {"disable": "cl101"}}, NAMES) == {"CL101"}
    assert front_matter_disabled({"claimlint": {"disable": "all"}}, NAMES) == {"*"}
    assert front_matter_disabled({"claimlint": {"disable": True}}, NAMES) == {"*"}
    assert front_matter_disabled({"claimlint": "off"}, NAMES) == set()
    assert front_matter_disabled({"title": "x"}, NAMES) == set()


def test_a_directive_and_ignore_leave_the_same_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two claim rules see "cures"; one finding per sentence is chosen after suppressions,
    # so naming CL101 in a directive brings CL102's finding, as --ignore CL101 does.
    from tests.cli_support import run

    monkeypatch.chdir(tmp_path)
    claim = "Ketamine cures depression and lifts mood in hours.\n"
    (tmp_path / "a.md").write_text(claim, encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "<!-- claimlint-disable-next-line CL101 -->\n" + claim, encoding="utf-8"
    )
    args = ("check", "--isolated", "--select", "CL1", "--no-cache")
    ignored = run(capsys, *args, "--ignore", "CL101", "a.md")
    directive = run(capsys, *args, "b.md")
    assert ignored[1].splitlines()[0] == (
        "a.md:1:10: CL102 warning 'cures' states as certain that the treatment changes "
        "depression [unhedged-claim]"
    )
    assert directive[1].splitlines()[0] == ignored[1].splitlines()[0].replace("a.md:1", "b.md:2")
    assert directive[0] == ignored[0] == 1
