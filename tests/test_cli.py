"""The ``claimlint`` command end to end: exit statuses, output formats, stdin and bad files."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import run, write

from claimlint import __version__
from claimlint.cli import main
from claimlint.core.builtin import builtin_rules_dir
from claimlint.engine.selfcheck import load_rules

CURE = "Hypnosis cures depression.\n"
CURE_101 = (
    "post.md:1:10: CL101 error 'cures' promises a cure, which no treatment here can back "
    "[unhedged-claim]"
)
RELIEF = "Hypnosis relieves anxiety.\n"
RELIEF_MSG = "'relieves' states as certain that the treatment changes anxiety"
STUDIES = "Studies show that ketamine helps.\n"
STUDIES_MSG = "'Studies show' appeals to research but the sentence cites no source"
CLEAN = "Hypnosis may help some people with depression (Zarate et al., 2006).\n"


pytestmark = pytest.mark.usefixtures("in_tmp")


def findings(out: str) -> list[tuple[str, int, int, int, int, str]]:
    """(path, line, column, end line, end column, rule) of every finding in JSON output."""
    data = json.loads(out)
    return [
        (f["path"], f["line"], f["column"], f["end_line"], f["end_column"], f["rule"])
        for f in data["findings"]
    ]


# -- exit statuses -------------------------------------------------------------------------------


def test_clean_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", CLEAN)
    code, out, err = run(capsys, "check", "post.md")
    assert (code, out, err) == (0, "No findings in 1 file.\n", "")


def test_findings_exit_1_with_text_lines_and_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", CURE + "\n" + RELIEF + "\n" + STUDIES)
    code, out, err = run(capsys, "check", "post.md")
    assert code == 1
    assert err == ""
    assert out.splitlines() == [
        CURE_101,  # "cures" is also an efficacy verb: the more severe CL101 is kept
        f"post.md:3:10: CL102 warning {RELIEF_MSG} [unhedged-claim]",
        f"post.md:5:1: CL201 warning {STUDIES_MSG} [missing-citation]",
        "",
        "Found 3 findings (1 error, 2 warnings, 0 info) in 1 file.",
    ]


def test_findings_below_fail_on_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", STUDIES)
    code, out, _ = run(capsys, "check", "--fail-on", "error", "post.md")
    assert code == 0
    assert out.splitlines()[0] == f"post.md:1:1: CL201 warning {STUDIES_MSG} [missing-citation]"
    assert run(capsys, "check", "post.md")[0] == 1  # default --fail-on warning


def test_info_findings_fail_only_with_fail_on_info(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = "<!-- claimlint-disable CL101 -->\n\nHypnosis is given in a clinic.\n"
    write(tmp_path / "post.md", post)
    code, out, _ = run(capsys, "check", "post.md")
    assert code == 0
    assert out.splitlines()[0] == (
        "post.md:1:1: CL901 info suppression comment for CL101 suppresses nothing [suppression]"
    )
    assert run(capsys, "check", "--fail-on", "info", "post.md")[0] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--bogus"], "claimlint: error: unrecognized arguments: --bogus\n"),
        (["check", "missing.md"], "claimlint: error: no such file or folder: missing.md\n"),
        (
            ["check", "--format", "xml", "post.md"],
            "claimlint: error: argument --format: invalid choice: 'xml' (choose from 'text', "
            "'json', 'json-lines', 'github', 'sarif', 'junit', 'rdjson', 'html')\n",
        ),
        (
            ["check", "--fail-on", "never", "post.md"],
            "claimlint: error: argument --fail-on: must be error, warning or info, not 'never'\n",
        ),
        (
            ["check", "--select", "CL101", "--ignore", "CL101", "post.md"],
            "claimlint: error: no rules are enabled (check select / ignore)\n",
        ),
        (
            ["check", "--select", "CL998", "post.md"],
            "claimlint: error: --select: unknown rule or prefix 'CL998'\n",
        ),
        (
            ["check", "--ignore", "no-such-rule", "post.md"],
            "claimlint: error: --ignore: unknown rule or prefix 'no-such-rule'\n",
        ),
        (
            ["check", "--config", "nowhere.yaml", "post.md"],
            "claimlint: error: configuration file not found: nowhere.yaml\n",
        ),
        (
            ["check", "-", "-"],
            "claimlint: error: standard input can be read only once\n",
        ),
        (
            ["explain", "CL999"],
            "claimlint: error: unknown rule 'CL999' (see 'claimlint rules --all')\n",
        ),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    write(tmp_path / "post.md", CURE)
    code, out, err = run(capsys, *args)
    assert (code, out, err) == (2, "", message)


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("usage: claimlint")


def test_unwritable_output_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", CURE)
    code, out, err = run(capsys, "check", "--output", "no/such/folder/report.txt", "post.md")
    assert (code, out) == (2, "")
    assert err == (
        "claimlint: error: cannot write no/such/folder/report.txt: No such file or directory\n"
    )


def test_help_returns_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--help")
    assert (code, err) == (0, "")
    assert out.startswith("usage: claimlint check [-h]")
    assert "--force-exclude" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--version")
    assert (code, out, err) == (0, f"claimlint {__version__}\n", "")


# -- text output options -------------------------------------------------------------------------


def test_show_source_prints_line_and_carets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", "Intro.\n\nSome say Studies show that ketamine helps.\n")
    code, out, _ = run(capsys, "check", "--select", "CL201", "--show-source", "post.md")
    assert code == 1
    assert out.splitlines() == [
        f"post.md:3:10: CL201 warning {STUDIES_MSG} [missing-citation]",
        "  | Some say Studies show that ketamine helps.",
        "  |          ^^^^^^^^^^^^",
        "  = suggestion: Cite the study (author and year, a numbered reference, or a link to "
        "it), or remove the appeal",
        "",
        "Found 1 finding (0 errors, 1 warning, 0 info) in 1 file.",
    ]


def test_statistics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", CURE + "\nHypnosis cures anxiety.\n\n" + STUDIES + "\n" + RELIEF)
    code, out, _ = run(capsys, "check", "--statistics", "post.md")
    assert code == 1
    assert out.splitlines() == [  # the counts only, not the findings (as ruff)
        "2\tCL101\tunhedged-cure",
        "1\tCL102\tunhedged-efficacy",
        "1\tCL201\tuncited-evidence-appeal",
        "",
        "Found 4 findings (2 errors, 2 warnings, 0 info) in 1 file.",
    ]


def test_quiet_prints_findings_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", CURE)
    code, out, _ = run(capsys, "check", "--quiet", "post.md")
    assert (code, out) == (1, CURE_101 + "\n")
    write(tmp_path / "post.md", CLEAN)
    assert run(capsys, "check", "-q", "post.md") == (0, "", "")


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


ESC = "\x1b["


def test_no_colour_when_not_a_tty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", CURE)
    _, out, _ = run(capsys, "check", "post.md")
    assert ESC not in out


def test_colour_with_force_color(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "post.md", CURE)
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, out, _ = run(capsys, "check", "--select", "CL101", "post.md")
    assert out.splitlines()[0] == (
        "\x1b[1mpost.md:1:10:\x1b[0m \x1b[1;31mCL101\x1b[0m error 'cures' promises a cure, "
        "which no treatment here can back \x1b[2m[unhedged-claim]\x1b[0m"
    )
    _, out, _ = run(capsys, "check", "--no-color", "post.md")
    assert ESC not in out
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(capsys, "check", "post.md")
    assert ESC not in out


def test_colour_on_a_tty_unless_disabled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "post.md", CURE)
    for args, env, coloured in (
        ([], {}, True),
        (["--no-color"], {}, False),
        ([], {"NO_COLOR": "1"}, False),
    ):
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        tty = _Tty()
        monkeypatch.setattr(sys, "stdout", tty)
        assert main(["check", *args, "post.md"]) == 1
        assert (ESC in tty.getvalue()) is coloured, (args, env)


def test_output_file_is_never_coloured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "post.md", CURE)
    monkeypatch.setenv("FORCE_COLOR", "1")
    code, out, _ = run(capsys, "check", "--output", "report.txt", "post.md")
    assert (code, out) == (1, "")
    text = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert ESC not in text
    assert text.splitlines()[0] == CURE_101


# -- JSON ----------------------------------------------------------------------------------------


def test_json_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", CURE + "\n" + RELIEF + "\n" + STUDIES)
    write(tmp_path / "clean.md", CLEAN)
    code, out, _ = run(capsys, "check", "--format", "json", "post.md", "clean.md")
    assert code == 1
    data = json.loads(out)
    assert set(data) == {"version", "tool", "findings", "summary"}
    assert data["version"] == 1
    assert data["tool"] == {"name": "claimlint", "version": __version__}
    assert data["summary"] == {
        "files": 2,
        "findings": 3,
        "by_severity": {"error": 1, "warning": 2, "info": 0},
        "by_rule": {"CL101": 1, "CL102": 1, "CL201": 1},
    }
    assert data["findings"][2] == {
        "path": "post.md",
        "line": 5,
        "column": 1,
        "end_line": 5,
        "end_column": 13,
        "rule": "CL201",
        "name": "uncited-evidence-appeal",
        "category": "missing-citation",
        "severity": "warning",
        "message": STUDIES_MSG,
        "suggestion": "Cite the study (author and year, a numbered reference, or a link to it), "
        "or remove the appeal",
    }
    for item in data["findings"]:
        assert set(item) == {
            "path",
            "line",
            "column",
            "end_line",
            "end_column",
            "rule",
            "name",
            "category",
            "severity",
            "message",
            "suggestion",
        }


def test_json_clean_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", CLEAN)
    code, out, _ = run(capsys, "check", "--format", "json", "post.md")
    assert code == 0
    data = json.loads(out)
    assert data["findings"] == []
    assert data["summary"] == {
        "files": 1,
        "findings": 0,
        "by_severity": {"error": 0, "warning": 0, "info": 0},
        "by_rule": {},
    }


def test_json_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", CURE)
    code, out, err = run(capsys, "check", "--format", "json", "-o", "out/report.json", "post.md")
    assert (code, out, err) == (
        2,
        "",
        "claimlint: error: cannot write out/report.json: No such file or directory\n",
    )
    code, out, err = run(capsys, "check", "--format", "json", "--output", "report.json", "post.md")
    assert (code, out) == (1, "")
    assert err == "Found 1 finding (1 error, 0 warnings, 0 info) in 1 file.\n"  # the terminal's
    assert findings((tmp_path / "report.json").read_text(encoding="utf-8")) == [
        ("post.md", 1, 10, 1, 15, "CL101"),
    ]


# -- standard input ------------------------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


FENCED = b"```\nHypnosis cures depression.\n```\n"


def test_stdin_is_markdown_by_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, b"Intro.\n\n" + CURE.encode() + FENCED)
    code, out, _ = run(capsys, "check", "--select", "CL101", "--format", "json", "-")
    assert code == 1
    assert findings(out) == [("<stdin>.md", 3, 10, 3, 15, "CL101")]  # not the fenced code


def test_stdin_filename_md(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, FENCED)
    code, out, _ = run(capsys, "check", "--select", "CL101", "--stdin-filename", "posts/a.md", "-")
    assert (code, out) == (0, "No findings in 1 file.\n")


def test_stdin_filename_txt_switches_to_plain_text(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, FENCED)
    code, out, _ = run(
        capsys, "check", "--select", "CL101", "--stdin-filename", "page.txt", "-q", "-"
    )
    assert code == 1
    assert out == (
        "page.txt:2:10: CL101 error 'cures' promises a cure, which no treatment here can back "
        "[unhedged-claim]\n"
    )


def test_stdin_with_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "post.md", CURE)
    _stdin(monkeypatch, STUDIES.encode())
    code, out, _ = run(
        capsys, "check", "--format", "json", "--stdin-filename", "in.md", "post.md", "-"
    )
    assert code == 1
    assert findings(out) == [
        ("in.md", 1, 1, 1, 13, "CL201"),
        ("post.md", 1, 10, 1, 15, "CL101"),
    ]
    assert json.loads(out)["summary"]["files"] == 2


# -- bad files -----------------------------------------------------------------------------------


def test_invalid_utf8_is_cl902_at_the_bad_byte_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        tmp_path / "bad.md",
        "Fine line.\nCafé ok \xff bad.\n".encode("latin-1").replace(b"Caf\xe9", "Café".encode()),
    )
    write(tmp_path / "post.md", CURE)
    code, out, err = run(capsys, "check", "--select", "CL101,CL902", "bad.md", "post.md")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "bad.md:2:9: CL902 error invalid UTF-8 (byte 0xff); not linted [unreadable-file]",
        CURE_101,
        "",
        "Found 2 findings (2 errors, 0 warnings, 0 info) in 2 files.",
    ]


def test_a_binary_file_is_skipped_with_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "docs" / "image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path / "docs" / "post.md", CURE)
    code, out, err = run(capsys, "check", "--select", "CL101,CL9", "--format", "json", "docs")
    assert code == 1
    assert findings(out) == [("docs/post.md", 1, 10, 1, 15, "CL101")]
    assert err == "claimlint: warning: docs/image.md: binary file, skipped\n"
    # alone, it fails nothing; the text summary counts the files linted
    code, out, err = run(capsys, "check", "docs/image.md")
    assert (code, out, err) == (
        0,
        "No findings in 0 files.\n",
        "claimlint: warning: docs/image.md: binary file, skipped\n",
    )


def test_binary_standard_input_is_skipped(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, b"GIF89a\x00\x01")
    assert run(capsys, "check", "--stdin-filename", "x.md", "-") == (
        0,
        "No findings in 0 files.\n",
        "claimlint: warning: x.md: binary file, skipped\n",
    )


def test_utf16_text_with_a_bom_is_not_binary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", "\ufeffKetamine cures depression.\n".encode("utf-16-le"))
    code, out, err = run(capsys, "check", "--select", "CL101", "post.md")
    assert (code, err) == (1, "")
    assert out.startswith("post.md:1:10: CL101")


def test_invalid_utf8_position_in_a_cr_only_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "cr.md", b"One.\r\rTwo \xff.\r")
    _, out, _ = run(capsys, "check", "--format", "json", "cr.md")
    assert findings(out) == [("cr.md", 3, 5, 3, 6, "CL902")]  # actual: 1:11


def test_dangling_symlink_is_cl902(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "gone.md").symlink_to(tmp_path / "deleted.md")
    write(tmp_path / "post.md", CURE)
    code, out, _ = run(capsys, "check", "--select", "CL101,CL902", "gone.md", "post.md")
    assert code == 1
    assert out.splitlines()[:2] == [
        "gone.md:1:1: CL902 error cannot read file: No such file or directory [unreadable-file]",
        CURE_101,
    ]


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="root (or a non-POSIX system) can read a chmod 000 file",
)
def test_unreadable_file_is_cl902(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    locked = write(tmp_path / "locked.md", CURE)
    locked.chmod(0)
    write(tmp_path / "post.md", CURE)
    try:
        code, out, _ = run(capsys, "check", "--select", "CL101,CL902", ".")
    finally:
        locked.chmod(0o644)
    assert code == 1
    assert out.splitlines()[:2] == [
        "locked.md:1:1: CL902 error cannot read file: Permission denied [unreadable-file]",
        CURE_101,
    ]


def test_cl902_can_be_ignored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "bad.md", b"\xff\xfe\xfd")
    code, out, _ = run(capsys, "check", "--ignore", "CL902", "bad.md")
    assert (code, out) == (0, "No findings in 1 file.\n")


def test_bom_gives_the_same_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Intro.\n\n" + CURE + "\n" + RELIEF + "\n" + STUDIES
    write(tmp_path / "plain.md", text)
    write(tmp_path / "bom.md", b"\xef\xbb\xbf" + text.encode())
    write(tmp_path / "first.md", b"\xef\xbb\xbf" + CURE.encode())
    _, out, _ = run(capsys, "check", "--format", "json", "plain.md", "bom.md", "first.md")
    got = findings(out)
    assert [f[1:] for f in got if f[0] == "bom.md"] == [f[1:] for f in got if f[0] == "plain.md"]
    assert [f[1:] for f in got if f[0] == "plain.md"] == [
        (3, 10, 3, 15, "CL101"),
        (5, 10, 5, 18, "CL102"),
        (7, 1, 7, 13, "CL201"),
    ]
    assert [f[1:] for f in got if f[0] == "first.md"] == [(1, 10, 1, 15, "CL101")]


def test_crlf_gives_the_same_positions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "# Clinic news\n\nIntro.\n\n" + RELIEF + "\n<!-- claimlint-disable-next-line CL201 -->\n"
    text += "Studies show that ketamine helps.\n\nAlso cured: pain.\n"
    write(tmp_path / "lf.md", text)
    write(tmp_path / "crlf.md", text.replace("\n", "\r\n").encode())
    write(tmp_path / "cr.md", text.replace("\n", "\r").encode())
    _, out, _ = run(capsys, "check", "--format", "json", "lf.md", "crlf.md", "cr.md")
    got = findings(out)
    lf = [f[1:] for f in got if f[0] == "lf.md"]
    assert lf == [(5, 10, 5, 18, "CL102"), (10, 6, 10, 11, "CL101")]
    assert [f[1:] for f in got if f[0] == "crlf.md"] == lf
    assert [f[1:] for f in got if f[0] == "cr.md"] == lf


# -- rules, explain ------------------------------------------------------------------------------


def test_rules_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [
        *(f"CL1{n:02d}" for n in range(1, 37)),
        "CL201",
        *(f"CL3{n:02d}" for n in range(1, 15)),
        *(f"CL4{n:02d}" for n in range(1, 6)),  # CL406, CL407: jurisdiction uk only
        "CL900",
        "CL901",
        "CL902",
        "CL903",
        "CL904",
    ]
    assert lines[0] == (
        "CL101  unhedged-cure                 error    unhedged-claim: Finds cure language "
        'about a treatment: "cures depression", "the cure for anxiety", "a miracle cure".'
    )
    assert next(line for line in lines if line.startswith("CL901")) == (
        "CL901  unused-suppression            info     suppression: A claimlint-disable "
        "comment that suppresses nothing."
    )


def test_rules_json_and_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / ".claimlint.yaml", "select: [CL1]\nseverity:\n  CL102: error\n")
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert code == 0
    items = json.loads(out)
    assert [i["id"] for i in items] == [f"CL1{n:02d}" for n in range(1, 37)]
    assert items[1] == {
        "id": "CL102",
        "name": "unhedged-efficacy",
        "category": "unhedged-claim",
        "severity": "error",
        "scope": "sentence",
        "kind": "claim",
        "enabled": True,
        "summary": items[1]["summary"],
    }
    code, out, _ = run(capsys, "rules", "--format", "json", "--all")
    items = json.loads(out)
    enabled = {i["id"]: i["enabled"] for i in items}
    assert (enabled["CL101"], enabled["CL115"], enabled["CL201"], enabled["CL900"]) == (
        True,
        True,
        False,
        False,
    )
    code, out, _ = run(capsys, "rules", "--all")
    assert next(line for line in out.splitlines() if line.startswith("CL201")).endswith(" (off)")
    code, out, _ = run(capsys, "rules", "--isolated")
    everywhere = [
        r for r in load_rules([builtin_rules_dir()]).rules.values() if not r.jurisdictions
    ]
    assert len(out.splitlines()) == len(everywhere)  # the UK-only rules are off by default


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "explain", "CL101")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:3] == [
        "CL101 unhedged-cure",
        "",
        "Category: unhedged-claim    Severity: error    Scope: sentence    Kind: claim",
    ]
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [
        "## What it does",
        "## Why it matters",
        "## Example",
        "## Use instead",
        "## See also",
    ]
    assert "    Our ketamine program cures depression." in lines
    assert (
        "- FTC, Health Products Compliance Guidance (2022): "
        "https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance"
    ) in lines
    assert lines[-1].startswith("Defined in ") and lines[-1].endswith("CL101-unhedged-cure.yml")
    assert run(capsys, "explain", "unhedged-cure")[1] == out
    assert run(capsys, "explain", "cl101")[1] == out


def test_explain_shows_configured_severity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / ".claimlint.yaml", "severity:\n  unhedged-cure: info\nignore: [CL201]\n")
    _, out, _ = run(capsys, "explain", "CL101")
    assert out.splitlines()[2] == (
        "Category: unhedged-claim    Severity: info    Scope: sentence    Kind: claim"
    )
    _, out, _ = run(capsys, "explain", "CL201")
    assert out.splitlines()[2].endswith("Kind: evidence    (not enabled)")


# -- the console path ----------------------------------------------------------------------------


def test_python_dash_m_claimlint(tmp_path: Path) -> None:
    write(tmp_path / "post.md", CURE)
    write(tmp_path / "bad.md", b"\xff")
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimlint",
            "check",
            "--select",
            "CL101,CL902",
            "post.md",
            "bad.md",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr == ""
    assert proc.stdout.splitlines() == [
        "bad.md:1:1: CL902 error invalid UTF-8 (byte 0xff); not linted [unreadable-file]",
        CURE_101,
        "",
        "Found 2 findings (2 errors, 0 warnings, 0 info) in 2 files.",
    ]
    write(tmp_path / ".claimlint.yaml", "select: [CL101]\nfail_on: error\n")
    proc = subprocess.run(
        [sys.executable, "-m", "claimlint", "check", "post.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr.startswith(
        f"claimlint: error: {tmp_path / '.claimlint.yaml'}:2:1: unknown configuration key 'fail_on'"
    )
    assert "Traceback" not in proc.stderr


# -- every output format -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "first_line"),
    [
        ("text", "post.md:1:10: CL101 error "),
        ("json", "{"),
        ("json-lines", '{"path": "post.md", "line": 1, "column": 10, "end_line": 1, '),
        ("github", "::error file=post.md,line=1,endLine=1,col=10,endColumn=15,title=CL101 "),
        ("sarif", "{"),
        ("junit", '<?xml version="1.0" encoding="UTF-8"?>'),
        ("rdjson", "{"),
        ("html", "<!DOCTYPE html>"),
    ],
)
def test_every_format_writes_to_output_and_keeps_the_exit_status(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    first_line: str,
) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    write(tmp_path / "post.md", CURE)
    write(tmp_path / "clean.md", CLEAN)
    code, out, err = run(capsys, "check", "--select", "CL101", "--format", fmt, "-o", "r", ".")
    assert (code, out, err) == (
        1,
        "",
        "Found 1 finding (1 error, 0 warnings, 0 info) in 2 files.\n",
    )
    assert (tmp_path / "r").read_text(encoding="utf-8").startswith(first_line)
    code, _, _ = run(capsys, "check", "--select", "CL101", "--format", fmt, "-o", "r", "clean.md")
    assert code == 0


def test_force_exclude_applies_to_the_stdin_filename(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / ".claimlint.yaml", "select: [CL101]\nextend-exclude: [drafts]\n")
    args = ("check", "--stdin-filename", "drafts/a.md", "-")
    _stdin(monkeypatch, CURE.encode())
    code, out, _ = run(capsys, *args)
    assert (code, out.splitlines()[0]) == (1, CURE_101.replace("post.md", "drafts/a.md"))
    _stdin(monkeypatch, CURE.encode())
    excluded = run(capsys, "check", "--force-exclude", *args[1:])
    assert excluded == (0, "No findings in 0 files.\n", "")
    _stdin(monkeypatch, CURE.encode())
    code, out, _ = run(capsys, "check", "--force-exclude", "--stdin-filename", "posts/a.md", "-")
    assert (code, out.splitlines()[0]) == (1, CURE_101.replace("post.md", "posts/a.md"))


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """``claimlint check ... | head -1``: the command stops quietly when its reader goes
    away, with no traceback and no "Exception ignored" at exit."""
    write(tmp_path / "post.md", "Ketamine cures depression.\n\n" * 3000)
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "GITHUB_ACTIONS")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimlint", "check", "--no-cache", "--select", "CL101", "post.md"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert first == CURE_101.encode() + b"\n"
    assert err == b""


def test_a_command_leaves_the_garbage_collector_as_it_found_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc

    write(tmp_path / "post.md", "Ketamine cures depression.\n")
    assert gc.isenabled()
    assert run(capsys, "check", "--no-cache", "post.md")[0] == 1
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # what the run set aside can be collected again
    gc.disable()
    try:
        assert run(capsys, "check", "--no-cache", "post.md")[0] == 1
        assert not gc.isenabled()
    finally:
        gc.enable()
