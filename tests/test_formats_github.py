"""``--format github``: workflow commands, their escaping, the annotation limit, the job summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import run, write
from hypothesis import given
from hypothesis import strategies as st

from claimlint.core.model import Finding, Position, Severity
from claimlint.output import github
from claimlint.output.context import GitHubRun, ReportContext
from claimlint.output.github import (
    escape_data,
    escape_property,
    markdown_cell,
    step_summary,
    workflow_command,
)
from claimlint.text.source import writable

CURE = "Ketamine cures depression.\n"
RELIEF = "Ketamine relieves anxiety.\n"


@pytest.fixture(autouse=True)
def _actions_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in (
        "GITHUB_ACTIONS",
        "GITHUB_STEP_SUMMARY",
        "GITHUB_SERVER_URL",
        "GITHUB_REPOSITORY",
        "GITHUB_SHA",
        "FORCE_COLOR",
        "NO_COLOR",
    ):
        monkeypatch.delenv(name, raising=False)


def finding(
    path: str = "posts/a.md",
    start: tuple[int, int] = (12, 5),
    end: tuple[int, int] = (12, 27),
    severity: Severity = Severity.ERROR,
    message: str = "'cures' promises a cure",
    rule: str = "CL101",
    suggestion: str | None = None,
) -> Finding:
    return Finding(
        path,
        Position(*start),
        Position(*end),
        rule,
        "unhedged-cure",
        "unhedged-claim",
        severity,
        message,
        suggestion,
    )


# -- workflow commands ----------------------------------------------------------------------------


def test_workflow_command_shape() -> None:
    assert workflow_command(finding(), "posts/kap.md") == (
        "::error file=posts/kap.md,line=12,endLine=12,col=5,endColumn=27,"
        "title=CL101 unhedged-cure::'cures' promises a cure"
    )
    several = finding(start=(3, 9), end=(4, 2), severity=Severity.WARNING, suggestion="Say 'may'")
    assert workflow_command(several, "a.md") == (
        "::warning file=a.md,line=3,endLine=4,title=CL101 unhedged-cure::"
        "'cures' promises a cure%0ASuggestion: Say 'may'"
    )
    note = finding(severity=Severity.INFO, message="100% sure, really: yes")
    assert workflow_command(note, "dir,x:y/b%.md") == (
        "::notice file=dir%2Cx%3Ay/b%25.md,line=12,endLine=12,col=5,endColumn=27,"
        "title=CL101 unhedged-cure::100%25 sure, really: yes"
    )


def _unescape(text: str) -> str:
    """What the runner does to command values (``%25`` last, so ``%250A`` stays ``%0A``)."""
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def _parse(command: str) -> tuple[str, dict[str, str], str]:
    """Split a workflow command the way the runner does."""
    assert command.startswith("::")
    head, _, message = command[2:].partition("::")
    name, _, props = head.partition(" ")
    pairs = dict(item.split("=", 1) for item in props.split(","))
    return name, {k: _unescape(v) for k, v in pairs.items()}, _unescape(message)


TRICKY = st.text(
    alphabet=st.sampled_from(list("%:,\r\n=ab é—🙂:%0A%25")) | st.characters(),
    max_size=40,
)


@given(path=TRICKY.filter(lambda p: p != ""), message=TRICKY, suggestion=st.none() | TRICKY)
def test_escaping_round_trips(path: str, message: str, suggestion: str | None) -> None:
    f = finding(path=path, message=message, suggestion=suggestion)
    command = workflow_command(f, path)
    assert "\n" not in command and "\r" not in command
    name, props, text = _parse(command)
    assert name == "error"
    # A lone surrogate (a badly decoded file name) cannot be written to the log: it arrives
    # as U+FFFD, and everything else arrives as it was.
    assert props == {
        "file": writable(path),
        "line": "12",
        "endLine": "12",
        "col": "5",
        "endColumn": "27",
        "title": "CL101 unhedged-cure",
    }
    expected = message
    if suggestion:
        expected += f"\nSuggestion: {suggestion}"
    assert text == writable(expected)


def test_lone_surrogates_become_replacement_characters() -> None:
    f = finding(path="a\udc80.md", message="bad \ud800 text", suggestion="say \udfff")
    command = workflow_command(f, "a\udc80.md")
    command.encode("utf-8")  # writable to any UTF-8 log
    _, props, text = _parse(command)
    assert props["file"] == "a\ufffd.md"
    assert text == "bad \ufffd text\nSuggestion: say \ufffd"


@given(st.text())
def test_escape_functions(text: str) -> None:
    assert _unescape(escape_data(text)) == text
    assert _unescape(escape_property(text)) == text
    assert not {"\r", "\n"} & set(escape_data(text))
    assert not {"\r", "\n", ":", ","} & set(escape_property(text))


# -- the command line -----------------------------------------------------------------------------


def test_chosen_when_github_actions_is_true(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "post.md", CURE)
    text = run(capsys, "check", "--isolated", "--select", "CL101", "post.md")
    assert text[1].startswith("post.md:1:10: CL101 error ")
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert run(capsys, "check", "--isolated", "--select", "CL101", "post.md") == text
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, err = run(capsys, "check", "--isolated", "--select", "CL101", "post.md")
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[0].startswith(
        "::error file=post.md,line=1,endLine=1,col=10,endColumn=15,title=CL101 unhedged-cure::"
        "'cures' "
    )
    assert lines[1:] == ["Found 1 finding (1 error, 0 warnings, 0 info) in 1 file."]
    # an explicit --format wins
    assert (
        run(capsys, "check", "--isolated", "--select", "CL101", "--format", "text", "post.md")
        == text
    )


def test_paths_are_relative_to_the_repository_root(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path / "site" / "posts" / "a.md", CURE)
    monkeypatch.chdir(tmp_path / "site")
    _, out, _ = run(
        capsys, "check", "--isolated", "--select", "CL101", "--format", "github", "posts"
    )
    assert out.startswith("::error file=site/posts/a.md,line=1,")
    assert "a.md:1:10" not in out  # the properties place it; the message does not repeat it


def test_errors_come_before_warnings_and_notices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "a.md", RELIEF + "\n<!-- claimlint-disable CL101 -->\n")
    write(tmp_path / "b.md", CURE)
    _, out, _ = run(
        capsys, "check", "--isolated", "--select", "CL101,CL102,CL901", "--format", "github", "."
    )
    assert [line.split(" ", 1)[0] for line in out.splitlines()] == [
        "::error",  # b.md
        "::warning",  # a.md:1
        "::notice",  # a.md:3, the unused suppression
        "Found",
    ]
    assert "file=b.md," in out.splitlines()[0]


def test_more_than_ten_per_level_are_counted_and_summarised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "many.md", "\n".join(["Ketamine cures depression."] * 12 + [RELIEF] * 3))
    args = ("check", "--isolated", "--select", "CL101,CL102", "--format", "github", "many.md")
    code, out, _ = run(capsys, *args)
    lines = out.splitlines()
    assert code == 1
    assert [line.split(" ", 1)[0] for line in lines[:15]] == ["::error"] * 12 + ["::warning"] * 3
    assert lines[15:] == [
        "claimlint: 2 of 15 findings did not become annotations (GitHub shows 10 errors, "
        "10 warnings and 10 notices per step); every finding is listed above.",
        "Found 15 findings (12 errors, 3 warnings, 0 info) in 1 file.",
    ]
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    _, out, _ = run(capsys, *args)
    assert out.splitlines()[15] == (
        "claimlint: 2 of 15 findings did not become annotations (GitHub shows 10 errors, "
        "10 warnings and 10 notices per step); every finding is listed in the log above and in "
        "the job summary."
    )
    rows = [r for r in summary.read_text(encoding="utf-8").splitlines() if r.startswith("| many")]
    assert len(rows) == 15
    assert rows[0].startswith("| many.md:1:10 | error | CL101 | ")


def test_step_summary_rows_links_and_escaping(tmp_path: Path) -> None:
    findings = [
        finding(path="posts/a|b.md", message="'<b>cures</b>' | *bold* [x](y)\nnext"),
        finding(start=(3, 1), end=(5, 2), severity=Severity.WARNING, suggestion="Say `may`"),
    ]
    run_ = GitHubRun("https://github.example", "clinic/site", "abc123", step_summary=True)
    ctx = ReportContext(files=("posts/a|b.md", "posts/a.md"), cwd=tmp_path, github=run_)
    assert step_summary(findings, ctx).splitlines() == [
        "## claimlint",
        "",
        "Found 2 findings (1 error, 1 warning, 0 info) in 2 files.",
        "",
        "| Rule | Name | Severity | Findings |",
        "|---|---|---|---:|",
        "| CL101 | unhedged-cure | error | 2 |",
        "",
        "| Location | Severity | Rule | Message |",
        "|---|---|---|---|",
        "| [posts/a\\|b.md:12:5](https://github.example/clinic/site/blob/abc123/posts/a%7Cb.md#L12)"
        " | error | CL101 | '\\<b\\>cures\\</b\\>' \\| \\*bold\\* \\[x\\](y) next |",
        "| [posts/a.md:3:1](https://github.example/clinic/site/blob/abc123/posts/a.md#L3-L5)"
        " | warning | CL101 | 'cures' promises a cure<br>Suggestion: Say \\`may\\` |",
    ]
    no_links = ReportContext(files=ctx.files, cwd=tmp_path)
    assert "| posts/a.md:3:1 | warning |" in step_summary(findings, no_links)
    assert step_summary([], no_links) == "## claimlint\n\nNo findings in 2 files.\n"


def test_step_summary_stops_before_githubs_size_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(github, "SUMMARY_BUDGET", 600)
    findings = [finding(start=(n, 1), end=(n, 2)) for n in range(1, 21)]
    text = step_summary(findings, ReportContext(files=("posts/a.md",), cwd=tmp_path))
    assert len(text.encode()) <= 600 + 100
    rows = [line for line in text.splitlines() if line.startswith("| posts/a.md")]
    assert 0 < len(rows) < 20
    assert text.endswith(f"\n\n{20 - len(rows)} more findings are not listed here (see the log).\n")


def test_markdown_cell() -> None:
    assert markdown_cell("a|b\r\nc  d\\e") == "a\\|b c d\\\\e"
    assert markdown_cell("µg — “ok” é") == "µg — “ok” é"


def test_unwritable_step_summary_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "post.md", CURE)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "no" / "summary.md"))
    code, _, err = run(capsys, "check", "--isolated", "--format", "github", "post.md")
    assert code == 2
    assert err == (
        f"claimlint: error: cannot write GITHUB_STEP_SUMMARY {tmp_path / 'no' / 'summary.md'}: "
        "No such file or directory\n"
    )
