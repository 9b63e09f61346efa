"""What a ruff user notices on the command line (issue 14, items 11 and 12): the rule
summaries, GitHub annotations, ``--statistics``, ``--output``, repeated selection flags,
standard input and its name, and ``fail-on`` errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import run, write

from claimlint.text.segment import split_sentences

pytestmark = pytest.mark.usefixtures("in_tmp")

CURE = "Hypnosis cures depression.\n"
CL301_START = (
    "Finds an author-year citation whose first author the source list has, but only with "
    'other years: "Duman et al. (2019)" when the only work of Duman\'s in the list is from 2016.'
)


def usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Standard error of a run that must exit 2 and print nothing on standard output."""
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    return err


# -- (i) a rule's summary is its first sentence as the project's splitter reads it ------------


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    start, end = split_sentences(text)[0]
    return text[start:end]


def test_rules_summary_is_not_cut_at_et_al(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--all", "--format", "json")
    assert code == 0
    summary = next(r["summary"] for r in json.loads(out) if r["id"] == "CL301")
    assert summary.startswith(CL301_START)
    code, out, _ = run(capsys, "rules", "--all")
    line = next(line for line in out.splitlines() if line.startswith("CL301 "))
    assert CL301_START in line


def test_sarif_short_description_is_not_cut_at_et_al(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", CURE)
    _, out, _ = run(
        capsys, "check", "--isolated", "--select", "CL301", "--format", "sarif", "post.md"
    )
    rules = json.loads(out)["runs"][0]["tool"]["driver"]["rules"]
    (cl301,) = [r for r in rules if r["id"] == "CL301"]
    assert cl301["shortDescription"]["text"].startswith(CL301_START)
    # the full description's first sentence, as the rules' own splitter reads it
    assert cl301["shortDescription"]["text"] == _first_sentence(cl301["fullDescription"]["text"])


# -- (j) GitHub annotations do not repeat their place or rule in the message -----------------


def test_github_annotation_message_does_not_repeat_the_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", CURE)
    code, out, _ = run(
        capsys, "check", "--isolated", "--select", "CL101", "--format", "github", "post.md"
    )
    assert code == 1
    assert out.splitlines() == [
        "::error file=post.md,line=1,endLine=1,col=10,endColumn=15,title=CL101 unhedged-cure::"
        "'cures' promises a cure, which no treatment here can back%0A"
        "Suggestion: Replace 'cures' with 'may help relieve symptoms of'",
        "Found 1 finding (1 error, 0 warnings, 0 info) in 1 file.",
    ]


# -- (g) a bad fail-on names fail-on, in the configuration file and on the command line -------


def test_a_bad_fail_on_in_the_configuration_names_fail_on_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", CURE)
    write(tmp_path / ".claimlint.yaml", "select: [CL101]\nfail-on: errors\n")
    assert usage_error(capsys, "check", "post.md") == (
        f"claimlint: error: {tmp_path / '.claimlint.yaml'}:2:10: "
        "'fail-on' must be error, warning or info\n"
    )
    write(tmp_path / "pyproject.toml", '[tool.claimlint]\nfail-on = "never"\n')
    assert usage_error(capsys, "check", "--config", "pyproject.toml", "post.md") == (
        "claimlint: error: pyproject.toml:2:11: 'fail-on' must be error, warning or info\n"
    )


def test_a_bad_fail_on_flag_says_what_it_takes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", CURE)
    assert usage_error(capsys, "check", "--fail-on", "errors", "post.md") == (
        "claimlint: error: argument --fail-on: must be error, warning or info, not 'errors'\n"
    )
    # read as the configuration's fail-on is, in any case
    code, _, err = run(capsys, "check", "--fail-on", "ERROR", "--select", "CL101", "post.md")
    assert (code, err) == (1, "")


# -- (c) repeated selection flags add up -----------------------------------------------------

RELIEF = "Hypnosis relieves anxiety.\n"
STUDIES = "Studies show that ketamine helps.\n"


def _rules(out: str) -> list[str]:
    return [f["rule"] for f in json.loads(out)["findings"]]


def test_repeated_select_ignore_and_extend_select_add_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", CURE + "\n" + RELIEF + "\n" + STUDIES)
    check = ("check", "--isolated", "--format", "json", "post.md")
    _, out, _ = run(capsys, *check, "--select", "CL101", "--select", "CL201")
    assert _rules(out) == ["CL101", "CL201"]
    _, out, _ = run(
        capsys, *check, "--select", "CL101,CL102,CL2", "--ignore", "CL101", "--ignore", "CL102"
    )
    assert _rules(out) == ["CL201"]
    _, out, _ = run(
        capsys, *check, "--select", "CL101", "--extend-select", "CL102", "--extend-select", "CL201"
    )
    assert _rules(out) == ["CL101", "CL102", "CL201"]


# -- (a) --statistics prints the counts, not the findings ------------------------------------


def test_statistics_prints_counts_not_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "a.md", CURE * 12 + "\n" + STUDIES)
    write(tmp_path / "b.md", "Nothing to see.\n")
    check = ("check", "--isolated", "--select", "CL101,CL201", "--statistics")
    assert run(capsys, *check, "a.md", "b.md") == (
        1,
        "12\tCL101\tunhedged-cure\n"
        " 1\tCL201\tuncited-evidence-appeal\n"
        "\n"
        "Found 13 findings (12 errors, 1 warning, 0 info) in 2 files.\n",
        "",
    )
    # --quiet leaves the counts alone; --show-source has no finding to show
    assert run(capsys, *check, "-q", "--show-source", "a.md") == (
        1,
        "12\tCL101\tunhedged-cure\n 1\tCL201\tuncited-evidence-appeal\n",
        "",
    )
    assert run(capsys, *check, "b.md") == (0, "No findings in 1 file.\n", "")


# -- (b) --output FILE: the report in the file, the summary line on standard error ------------

SUMMARY_1 = "Found 1 finding (1 error, 0 warnings, 0 info) in 1 file.\n"


def test_output_file_still_prints_the_summary_on_standard_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", CURE)
    check = ("check", "--isolated", "--select", "CL101")
    assert run(capsys, *check, "-o", "report.txt", "post.md") == (1, "", SUMMARY_1)
    text = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert text.endswith("[unhedged-claim]\n\n" + SUMMARY_1)  # the file is the whole report
    for fmt in ("json", "sarif", "github"):
        assert run(capsys, *check, "--format", fmt, "-o", f"r.{fmt}", "post.md") == (
            1,
            "",
            SUMMARY_1,
        )
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"]["files"] == 1
    write(tmp_path / "clean.md", "Nothing to see.\n")
    assert run(capsys, *check, "--output", "r.json", "--format", "json", "clean.md") == (
        0,
        "",
        "No findings in 1 file.\n",
    )
    # --quiet: nothing on the terminal; without --output the summary stays where it was
    assert run(capsys, *check, "-q", "-o", "report.txt", "post.md") == (1, "", "")
    code, _, err = run(capsys, *check, "--format", "json", "post.md")
    assert (code, err) == (1, "")


def test_output_file_with_fix_prints_the_summary_then_the_fix_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        tmp_path / "post.md",
        "Duman et al. (2019) described how ketamine may affect synapses.\n\n## References\n\n"
        "- Duman, R. S., & Krystal, J. H. (2016). Synaptic plasticity and depression. "
        "Nature Medicine, 22(3), 238-249.\n",
    )
    code, out, err = run(
        capsys, "check", "--isolated", "--select", "CL301", "--fix", "-o", "r.txt", "post.md"
    )
    assert (code, out) == (0, "")
    assert err == "No findings in 1 file.\nFixed 1 finding in 1 file.\n"
    assert (tmp_path / "r.txt").read_text(encoding="utf-8") == (
        "No findings in 1 file.\nFixed 1 finding in 1 file.\n"
    )


# -- (d) no path and something piped in: say that . is linted, or lint it by its name --------

NO_PATH_WARNING = (
    "claimlint: warning: no path given, so . is linted; standard input is not read "
    "(pass - to lint it)\n"
)


def _piped(tmp_path: Path, data: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``echo DATA | claimlint check ARGS`` in ``tmp_path``: standard input is a pipe."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("FORCE_COLOR", "NO_COLOR", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY")
    }
    return subprocess.run(
        [sys.executable, "-m", "claimlint", "check", "--isolated", "--no-cache", *args],
        cwd=tmp_path,
        input=data,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_piped_input_with_no_path_lints_the_folder_and_says_so(tmp_path: Path) -> None:
    write(tmp_path / "clean.md", "Nothing to see.\n")
    proc = _piped(tmp_path, CURE, "--select", "CL101")
    assert (proc.returncode, proc.stdout, proc.stderr) == (
        0,
        "No findings in 1 file.\n",
        NO_PATH_WARNING,
    )


def test_piped_input_with_a_stdin_filename_and_no_path_is_linted(tmp_path: Path) -> None:
    write(tmp_path / "clean.md", "Nothing to see.\n")
    proc = _piped(tmp_path, CURE, "--select", "CL101", "--stdin-filename", "posts/new.md")
    assert (proc.returncode, proc.stderr) == (1, "")
    assert proc.stdout == (
        "posts/new.md:1:10: CL101 error 'cures' promises a cure, which no treatment here can "
        "back [unhedged-claim]\n\nFound 1 finding (1 error, 0 warnings, 0 info) in 1 file.\n"
    )


def test_redirected_file_warns_but_dev_null_does_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "clean.md", "Nothing to see.\n")
    write(tmp_path / "input.data", CURE)
    check = ("check", "--isolated", "--select", "CL101")
    with open(tmp_path / "input.data", encoding="utf-8") as redirected:
        monkeypatch.setattr(sys, "stdin", redirected)  # claimlint check < post.txt
        assert run(capsys, *check) == (0, "No findings in 1 file.\n", NO_PATH_WARNING)
        assert run(capsys, *check, "clean.md") == (0, "No findings in 1 file.\n", "")
    with open(os.devnull, encoding="utf-8") as nothing:
        monkeypatch.setattr(sys, "stdin", nothing)  # cron, or CI with no input
        assert run(capsys, *check) == (0, "No findings in 1 file.\n", "")


# -- (e) standard input is named by --stdin-filename, and by nothing else ----------------------


def test_standard_input_is_named_by_stdin_filename_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    check = ("check", "--isolated", "--select", "CL101", "--format", "json")

    def paths(*args: str) -> list[str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CURE.encode())))
        code, out, err = run(capsys, *check, *args)
        assert (code, err) == (1, "")
        return [f["path"] for f in json.loads(out)["findings"]]

    assert paths("-") == ["<stdin>.md"]  # no name given: the default
    assert paths("--stdin-filename", "posts/a.md", "-") == ["posts/a.md"]
    assert paths("--stdin-filename", "posts/a.md") == ["posts/a.md"]  # no path: stdin
    assert paths("--stdin-filename", "-", "-") == ["-"]  # the name given, whatever it is


def test_a_stdin_filename_that_names_nothing_read_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", CURE)
    assert usage_error(capsys, "check", "--stdin-filename", "a.md", "post.md") == (
        "claimlint: error: --stdin-filename names standard input, which is read only with - "
        "among the paths: claimlint check - post.md --stdin-filename a.md\n"
    )
    assert usage_error(capsys, "check", "--stdin-filename", "", "-") == (
        "claimlint: error: --stdin-filename needs a name, such as post.md\n"
    )


# -- (f) parse-refs is in the README, with an example that is its real output -----------------

README = Path(__file__).parents[1] / "README.md"


def test_readme_documents_parse_refs_with_its_real_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = README.read_text(encoding="utf-8")
    using = text.split("\n## Using it\n", 1)[1].split("\n## ", 1)[0]
    assert "\nclaimlint parse-refs " in using  # in the list of commands
    block = using.split("```text\n$ echo '", 1)[1].split("\n```", 1)[0]
    command, shown = block.split("\n", 1)
    reference, pipe = command.rsplit("'", 1)
    assert pipe == " | claimlint parse-refs"
    monkeypatch.setattr(sys, "stdin", io.StringIO(reference + "\n"))
    code, out, err = run(capsys, "parse-refs")
    assert (code, err) == (0, "")
    assert out.rstrip("\n") == shown


# -- (h) the quick start says the examples fail on purpose, and how long the tests take ------


def test_quick_start_says_the_examples_exit_1_on_purpose(
    capsys: pytest.CaptureFixture[str],
) -> None:
    quick_start = README.read_text(encoding="utf-8").split("\nclaimlint is a linter", 1)[0]
    assert "claimlint check examples/" in quick_start
    assert "bad on purpose" in quick_start
    assert "exits\nwith status 1" in quick_start
    assert "minutes on 2 cores" in quick_start
    code, out, _ = run(capsys, "check", str(README.parent / "examples"))
    assert code == 1  # what the quick start says
    assert out.splitlines()[-1].startswith("Found ")
