"""The composite GitHub Action (``action.yml``), its shell steps run locally.

Each ``run:`` step is run with ``bash --noprofile --norc -eo pipefail``, as
the runner runs ``shell: bash``, after replacing the ``${{ }}`` expressions
the way the runner would; an expression this file does not know fails the
test, so the action cannot grow one unnoticed. The runner's files
(``GITHUB_STEP_SUMMARY``, ``GITHUB_OUTPUT``, ``GITHUB_PATH``) are real files.
The install step is skipped (claimlint comes from the test's own environment
on ``PATH``) except in the one integration test that installs for real.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_formats_sarif import validate_sarif

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")

CHECKOUT = Path(__file__).resolve().parents[1]
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
CURE = "Ketamine cures depression.\n"
CLEAN = "Ketamine may help some people with depression.\n"
SHA = "0123456789abcdef0123456789abcdef01234567"
ARTIFACT_URL = "https://github.com/harbor-light/site/actions/runs/7/artifacts/9"
BAD_ANNOTATION = (
    "::{level} file=posts/bad.md,line=1,endLine=1,col=10,endColumn=15,title=CL101 unhedged-cure::"
    "'cures' "
)


def load_action() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CHECKOUT / "action.yml").read_text(encoding="utf-8"))
    return data


@dataclass
class ActionRun:
    """What a run of the action's steps left behind."""

    status: int
    stdout: str
    stderr: str
    summary: str
    outputs: str
    """What every step wrote to GITHUB_OUTPUT."""


def substitute(text: str, values: dict[str, str]) -> str:
    def value(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            pytest.fail(f"action.yml uses ${{{{ {m.group(1)} }}}}, which this test does not know")
        return values[m.group(1)]

    return EXPRESSION.sub(value, text)


def run_action(
    workspace: Path, inputs: dict[str, str] | None = None, *, install: bool = False
) -> ActionRun:
    """Run the steps of action.yml the way a runner would, in ``workspace``."""
    action = load_action()
    assert action["runs"]["using"] == "composite"
    runner = workspace.parent / "runner"
    runner.mkdir(exist_ok=True)
    files = {name: runner / name for name in ("summary.md", "output", "path")}
    for path in files.values():
        path.write_text("", encoding="utf-8")
    values = {"github.action_path": str(CHECKOUT), "github.workspace": str(workspace)}
    for step in action["runs"]["steps"]:  # a skipped step's outputs are empty
        for name in re.findall(rf"steps\.{step['id']}\.outputs\.([\w-]+)", str(action)):
            values[f"steps.{step['id']}.outputs.{name}"] = ""
    for name, spec in action["inputs"].items():
        values[f"inputs.{name}"] = (inputs or {}).get(name, spec.get("default", ""))
    unknown = set(inputs or {}) - set(action["inputs"])
    assert not unknown, f"action.yml has no inputs {unknown}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_"))}
    env.pop("FORCE_COLOR", None)
    env.update(
        GITHUB_ACTIONS="true",
        GITHUB_WORKSPACE=str(workspace),
        GITHUB_STEP_SUMMARY=str(files["summary.md"]),
        GITHUB_OUTPUT=str(files["output"]),
        GITHUB_PATH=str(files["path"]),
        GITHUB_SERVER_URL="https://github.com",
        GITHUB_REPOSITORY="harbor-light/site",
        GITHUB_SHA=SHA,
        RUNNER_TEMP=str(runner),
    )
    if not install:  # claimlint from the environment running the tests
        env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env["PATH"]
    stdout, stderr, status, outputs = "", "", 0, ""
    for step in action["runs"]["steps"]:
        if step["id"] == "install" and not install:
            continue
        if status != 0 and not str(step.get("if", "")).startswith("always()"):
            continue  # a failing step skips the steps after it, but those that run always()
        if "uses" in step:  # GitHub's own action: its outputs as it would give them
            assert step["uses"] == "actions/upload-artifact@v4"
            assert step["if"] == "always() && steps.check.outputs.html-report != ''"
            uploaded = values["steps.check.outputs.html-report"]
            values[f"steps.{step['id']}.outputs.artifact-url"] = ARTIFACT_URL if uploaded else ""
            continue
        assert step["shell"] == "bash"
        script = runner / f"{step['id']}.sh"
        script.write_text(substitute(step["run"], values), encoding="utf-8")
        step_env = env | {k: substitute(str(v), values) for k, v in step.get("env", {}).items()}
        files["output"].write_text("", encoding="utf-8")  # each step has its own
        added = files["path"].read_text(encoding="utf-8").split()  # GITHUB_PATH: prepended
        step_env["PATH"] = os.pathsep.join([*reversed(added), env["PATH"]])
        cwd = substitute(step.get("working-directory", "${{ github.workspace }}"), values)
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=cwd,
            env=step_env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        stdout += proc.stdout
        stderr += proc.stderr
        status = status or proc.returncode  # the action fails with its first failing step
        written = files["output"].read_text(encoding="utf-8")
        outputs += written
        for line in written.splitlines():
            name, sep, value = line.partition("=")
            if sep:
                values[f"steps.{step['id']}.outputs.{name}"] = value
    return ActionRun(
        status, stdout, stderr, files["summary.md"].read_text(encoding="utf-8"), outputs
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A checked-out site: a repository with a bad post, a clean one and a configuration."""
    root = tmp_path / "workspace"
    (root / ".git").mkdir(parents=True)
    (root / "posts").mkdir()
    (root / "posts" / "bad.md").write_text(CURE, encoding="utf-8")
    (root / "posts" / "clean.md").write_text(CLEAN, encoding="utf-8")
    (root / "README.md").write_text(CURE, encoding="utf-8")
    (root / ".claimlint.yaml").write_text("select: [CL101]\n", encoding="utf-8")
    return root


def test_inputs_and_steps_are_as_documented() -> None:
    action = load_action()
    assert set(action["inputs"]) == {
        "paths",
        "args",
        "fail-on",
        "sarif",
        "html-report",
        "html-report-artifact",
        "version",
    }
    steps = action["runs"]["steps"]
    assert [step["id"] for step in steps] == ["install", "check", "upload", "link"]
    for step in steps:  # inputs reach scripts only through env
        assert "${{" not in step.get("run", "")
    assert steps[2]["with"] == {
        "name": "${{ inputs.html-report-artifact }}",
        "path": "${{ steps.check.outputs.html-report }}",
    }


def test_annotations_summary_and_failing_step(workspace: Path) -> None:
    result = run_action(workspace, {"paths": "posts"})
    assert result.status == 1, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(BAD_ANNOTATION.format(level="error"))
    assert lines[1] == "Found 1 finding (1 error, 0 warnings, 0 info) in 2 files."
    summary = result.summary.splitlines()
    assert summary[:7] == [
        "## claimlint",
        "",
        "Found 1 finding (1 error, 0 warnings, 0 info) in 2 files.",
        "",
        "| Rule | Name | Severity | Findings |",
        "|---|---|---|---:|",
        "| CL101 | unhedged-cure | error | 1 |",
    ]
    assert summary[10].startswith(
        f"| [posts/bad.md:1:10](https://github.com/harbor-light/site/blob/{SHA}/posts/bad.md#L1)"
        " | error | CL101 | 'cures' "
    )
    assert len(summary) == 11
    assert result.outputs == ""  # no SARIF asked for


def test_paths_are_repository_relative_from_a_subfolder_checkout(tmp_path: Path) -> None:
    root = tmp_path / "workspace"
    (root / ".git").mkdir(parents=True)
    (root / "site" / "posts").mkdir(parents=True)
    (root / "site" / "posts" / "bad.md").write_text(CURE, encoding="utf-8")
    result = run_action(root, {"paths": "site/posts/bad.md\n", "args": "--isolated --select CL101"})
    assert result.status == 1
    assert result.stdout.startswith(
        "::error file=site/posts/bad.md,line=1,endLine=1,col=10,endColumn=15,"
    )


@pytest.mark.parametrize(
    ("fail_on", "status"),
    [("", 1), ("warning", 1), ("info", 1), ("error", 0), ("none", 0)],
)
def test_fail_on(workspace: Path, fail_on: str, status: int) -> None:
    (workspace / ".claimlint.yaml").write_text(
        "select: [CL101]\nseverity: {CL101: warning}\n", encoding="utf-8"
    )
    result = run_action(workspace, {"paths": "posts", "fail-on": fail_on})
    assert result.status == status, result.stderr
    assert result.stdout.startswith(BAD_ANNOTATION.format(level="warning"))  # always annotated
    assert result.summary.startswith(
        "## claimlint\n\nFound 1 finding (0 errors, 1 warning, 0 info)"
    )


def test_bad_fail_on_stops_the_step(workspace: Path) -> None:
    result = run_action(workspace, {"fail-on": "never"})
    assert (result.status, result.summary) == (2, "")
    assert result.stdout == (
        "::error title=claimlint::fail-on must be error, warning, info or none, not 'never'\n"
    )


def test_sarif_file_and_output(workspace: Path) -> None:
    result = run_action(
        workspace, {"paths": "posts README.md", "sarif": "claimlint.sarif", "fail-on": "none"}
    )
    assert result.status == 0, result.stderr
    assert result.outputs == "sarif=claimlint.sarif\n"
    log = validate_sarif((workspace / "claimlint.sarif").read_text(encoding="utf-8"))
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    ]
    assert uris == ["README.md", "posts/bad.md"]
    assert [line.split(",")[0] for line in result.stdout.splitlines()[:2]] == [
        "::error file=README.md",
        "::error file=posts/bad.md",
    ]
    assert "Found 2 findings (2 errors, 0 warnings, 0 info) in 3 files." in result.summary


def test_html_report_written_uploaded_and_linked(workspace: Path) -> None:
    result = run_action(workspace, {"paths": "posts", "html-report": "review.html"})
    assert result.status == 1, result.stderr  # findings still fail the action
    page = (workspace / "review.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<span class="path">posts/bad.md</span>' in page
    assert result.outputs == "html-report=review.html\n"
    assert result.summary.endswith(
        f"\n[Review page]({ARTIFACT_URL}): review.html, zipped; unzip it and open it in a "
        "browser.\n"
    )
    assert result.summary.startswith("## claimlint\n")


def test_no_html_report_no_upload(workspace: Path) -> None:
    result = run_action(workspace, {"paths": "posts"})
    assert "Review page" not in result.summary
    assert not list(workspace.glob("*.html"))


def test_a_configuration_error_fails_the_step_even_with_fail_on_none(workspace: Path) -> None:
    (workspace / ".claimlint.yaml").write_text("select: [CL101]\nbogus: 1\n", encoding="utf-8")
    result = run_action(workspace, {"sarif": "out.sarif", "fail-on": "none"})
    assert result.status == 2
    assert "unknown configuration key 'bogus'" in result.stderr
    assert result.outputs == ""


@pytest.mark.integration
def test_install_step_installs_the_action_checkout(workspace: Path) -> None:
    result = run_action(workspace, {"paths": "posts"}, install=True)
    assert result.status == 1, result.stderr
    assert result.stdout.splitlines()[0].startswith(BAD_ANNOTATION.format(level="error"))
    venv_bin = workspace.parent / "runner" / "claimlint-venv" / "bin"
    assert (venv_bin / "claimlint").is_file()
    # The job's PATH is left alone: later steps' python and pip are the workflow's own.
    assert (workspace.parent / "runner" / "path").read_text(encoding="utf-8") == ""
