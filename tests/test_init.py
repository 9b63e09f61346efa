"""``claimlint init``: the commented configuration and the pre-commit hook."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimlint import DISTRIBUTION, REPOSITORY_URL, __version__
from claimlint.run.config import load_config
from claimlint.run.scaffold import CONFIG_TEMPLATE, HookForm, local_hook, new_pre_commit
from tests.cli_support import run, write

ROOT = Path(__file__).resolve().parents[1]
PIN = f"{DISTRIBUTION}=={__version__}"
TAG = f"v{__version__}"

#: The entry each form adds, as it reads back.
REMOTE_ENTRY = {"repo": REPOSITORY_URL, "rev": TAG, "hooks": [{"id": "claimlint"}]}
LOCAL_ENTRY = {"repo": "local", "hooks": [local_hook()]}

#: Each form's rows: (the entry's own keys, the hook's keys), in the order written.
ROWS = {
    "repository": ([f"repo: {REPOSITORY_URL}", f"rev: {TAG}"], ["id: claimlint"]),
    "local": (
        ["repo: local"],
        [
            "id: claimlint",
            "name: claimlint",
            "entry: claimlint check --force-exclude",
            "language: python",
            f"additional_dependencies: [{PIN}]",
            "types_or: [markdown, mdx, plain-text]",
            "require_serial: true",
        ],
    ),
}
#: The command-line flags of each form, and the entry it adds.
FORMS = {"repository": ([], REMOTE_ENTRY), "local": (["--local-hook"], LOCAL_ENTRY)}


def hook_item(form: str, pad: str = "  ", dash: str = "- ", hook_dash: str = "  - ") -> str:
    """The form's repository item as written under ``repos``: indented by ``pad``, the
    item's own dash ``dash``, the hook's ``hook_dash`` (both with the spaces after them)."""
    top, hook = ROWS[form]
    inner = pad + " " * len(dash)
    lines = [pad + dash + top[0], *(inner + row for row in top[1:]), inner + "hooks:"]
    lines += [inner + hook_dash + hook[0], *(inner + " " * len(hook_dash) + r for r in hook[1:])]
    return "".join(line + "\n" for line in lines)


def test_init_writes_the_commented_configuration(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "init") == (0, ".claimlint.yaml: created\n", "")
    config = in_tmp / ".claimlint.yaml"
    assert config.read_text(encoding="utf-8") == CONFIG_TEMPLATE
    assert CONFIG_TEMPLATE.startswith("# claimlint configuration.")
    loaded = load_config(config)
    assert (str(loaded.fail_on), loaded.options) == ("warning", {"jurisdiction": "us"})
    assert not (in_tmp / ".pre-commit-config.yaml").exists()


def test_every_commented_setting_is_valid_when_uncommented(in_tmp: Path) -> None:
    (in_tmp / "claimlint-rules").mkdir()
    lines = []
    for line in CONFIG_TEMPLATE.splitlines():
        body = line[2:]
        if line.startswith("# ") and ((body[:1].islower() and ":" in body) or body[:2] == "  "):
            lines.append(body)
        else:
            lines.append(line)
    config = write(in_tmp / ".claimlint.yaml", "\n".join(lines) + "\n")
    loaded = load_config(config)
    assert loaded.select == ["ALL"]
    assert loaded.options["citation-style"] == "apa7"
    assert loaded.per_file_ignores == {"press/*.md": ["CL114"]}


def test_the_configuration_runs(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "init")
    write(in_tmp / "post.md", "Ketamine may ease anxiety.\n")
    code, out, err = run(capsys, "check", "--select", "CL1", "post.md")
    assert (code, err) == (0, "")
    assert out.endswith("in 1 file.\n")


def test_init_twice_changes_nothing(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "init")
    assert run(capsys, "init") == (
        0,
        ".claimlint.yaml: unchanged (already as init writes it)\n",
        "",
    )
    assert (in_tmp / ".claimlint.yaml").read_text(encoding="utf-8") == CONFIG_TEMPLATE


def test_init_refuses_to_overwrite_without_force(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(in_tmp / ".claimlint.yaml", "fail-on: error  # ours\n")
    assert run(capsys, "init") == (
        2,
        "",
        "claimlint: error: .claimlint.yaml already exists; not overwriting it "
        "(use --force to replace it)\n",
    )
    assert config.read_text(encoding="utf-8") == "fail-on: error  # ours\n"
    assert run(capsys, "init", "--force") == (0, ".claimlint.yaml: overwritten\n", "")
    assert config.read_text(encoding="utf-8") == CONFIG_TEMPLATE


def test_init_pre_commit_creates_the_file_with_the_hook_repository(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "init", "--pre-commit") == (
        0,
        ".claimlint.yaml: created\n.pre-commit-config.yaml: created (with the claimlint hook "
        f"from {REPOSITORY_URL} at {TAG})\n",
        "",
    )
    text = (in_tmp / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert text == new_pre_commit(HookForm())
    assert text == (
        "# pre-commit hooks: https://pre-commit.com (`pre-commit install` runs them on commit)\n"
        "repos:\n"
        "  # claimlint: health claims, evidence appeals, citations and disclosures in posts.\n"
        f"  - repo: {REPOSITORY_URL}\n"
        f"    rev: {TAG}\n"
        "    hooks:\n"
        "      - id: claimlint\n"
    )
    assert yaml.safe_load(text) == {"repos": [REMOTE_ENTRY]}


def test_init_pre_commit_local_hook_installs_the_distribution(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "init", "--pre-commit", "--local-hook") == (
        0,
        ".claimlint.yaml: created\n.pre-commit-config.yaml: created (with the claimlint hook "
        f"as a local hook installing claimlint-health=={__version__})\n",
        "",
    )
    text = (in_tmp / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert text == new_pre_commit(HookForm("local"))
    assert text.split("\n", 2)[2] == (
        "  # claimlint: health claims, evidence appeals, citations and disclosures in posts.\n"
        + hook_item("local")
    )
    assert f"additional_dependencies: [claimlint-health=={__version__}]\n" in text
    assert yaml.safe_load(text) == {"repos": [LOCAL_ENTRY]}


def test_the_local_hook_runs_what_the_hook_repository_runs() -> None:
    (published,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = local_hook()
    for key in ("id", "entry", "language", "types_or", "require_serial"):
        assert hook[key] == published[key], key


def test_hook_repo_and_rev_override_the_repository(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mirror = str(in_tmp / "mirrors" / "claim lint")
    code, out, err = run(
        capsys, "init", "--pre-commit", "--hook-repo", mirror, "--hook-rev", "0123456"
    )
    assert (code, err) == (0, "")
    assert out.endswith(f"created (with the claimlint hook from {mirror} at 0123456)\n")
    text = (in_tmp / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    # a commit that looks like a number is quoted, so it reads back as text
    assert '    rev: "0123456"\n' in text
    entry = {"repo": mirror, "rev": "0123456", "hooks": [{"id": "claimlint"}]}
    assert yaml.safe_load(text) == {"repos": [entry]}


def test_hook_repo_alone_keeps_the_version_tag(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(in_tmp / ".pre-commit-config.yaml", INDENTED)
    mirror = "https://git.example.org/mirrors/claimlint.git"
    code, out, err = run(capsys, "init", "--pre-commit", "--hook-repo", mirror)
    assert (code, err) == (0, "")
    assert out.endswith(f"updated (added the claimlint hook from {mirror} at {TAG})\n")
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    assert data["repos"][-1] == {"repo": mirror, "rev": TAG, "hooks": [{"id": "claimlint"}]}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--hook-repo", "x"], "--hook-repo needs --pre-commit"),
        (["--local-hook"], "--local-hook needs --pre-commit"),
        (
            ["--pre-commit", "--local-hook", "--hook-rev", "v1"],
            "--local-hook installs from the package index; drop --hook-rev",
        ),
        (
            ["--pre-commit", "--hook-repo", "local"],
            "'local' is not a hook repository (for a local hook use --local-hook)",
        ),
        (
            ["--pre-commit", "--hook-rev", ""],
            "the hook revision must be non-empty, without surrounding spaces",
        ),
    ],
)
def test_hook_flags_that_do_not_fit_write_nothing(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert run(capsys, "init", *args) == (2, "", f"claimlint: error: {message}\n")
    assert list(in_tmp.iterdir()) == []


def test_an_existing_configuration_is_kept_with_pre_commit(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(in_tmp / ".claimlint.yaml", "fail-on: error\n")
    code, out, _ = run(capsys, "init", "--pre-commit")
    assert (code, out.splitlines()[0]) == (
        0,
        ".claimlint.yaml: unchanged (kept the existing configuration)",
    )
    assert config.read_text(encoding="utf-8") == "fail-on: error\n"


PRE_COMMIT_SAMPLE = """\
# See https://pre-commit.com for more information
# See https://pre-commit.com/hooks.html for more hooks
repos:
-   repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v3.2.0
    hooks:
    -   id: trailing-whitespace
    -   id: end-of-file-fixer   # keep
    -   id: check-yaml
-   repo: https://github.com/astral-sh/ruff-pre-commit
    rev: 'v0.4.0'
    hooks:
    -   id: ruff
        args: [--fix, "--exit-non-zero-on-fix"]
"""

INDENTED = """\
default_language_version:
  python: python3.11

repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.5.0   # pinned
    hooks:
      - id: trailing-whitespace
      - id: check-yaml
        exclude: ^templates/

  # Markdown
  - repo: https://github.com/igorshubovych/markdownlint-cli
    rev: v0.39.0
    hooks:
      - id: markdownlint
ci:
  autofix_prs: false
"""

#: Indentation no single ruamel.yaml setting reproduces: the hook is appended as text.
MIXED = """\
# mixed styles: the lists of hooks are indented differently
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.5.0
    hooks:
    -   id: trailing-whitespace
  - repo: https://github.com/psf/black
    rev: 24.1.0
    hooks:
      - id: black   # python

# trailing comment
default_stages: [pre-commit]
"""


CASES = {
    "pre-commit-sample": (
        PRE_COMMIT_SAMPLE,
        lambda form: PRE_COMMIT_SAMPLE + hook_item(form, "", "-   ", "-   "),
    ),
    "indented": (INDENTED, lambda form: INDENTED.replace("ci:\n", hook_item(form) + "ci:\n")),
    "mixed": (
        MIXED,
        lambda form: MIXED.replace(
            "      - id: black   # python\n", "      - id: black   # python\n" + hook_item(form)
        ),
    ),
    "empty-list": ("repos: []\n", lambda form: "repos:\n" + hook_item(form)),
    "no-repos": (
        "default_stages: [pre-commit]",
        lambda form: (
            "default_stages: [pre-commit]\n"
            + "repos:\n  # claimlint: health claims, evidence appeals, citations and disclosures "
            + "in posts.\n"
            + hook_item(form)
        ),
    ),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", CASES)
def test_the_hook_is_added_keeping_everything_else(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], case: str, form: str
) -> None:
    before, expect = CASES[case]
    after = expect(form)
    flags, entry = FORMS[form]
    config = write(in_tmp / ".pre-commit-config.yaml", before)
    code, out, err = run(capsys, "init", "--pre-commit", *flags)
    assert (code, err) == (0, "")
    assert ".pre-commit-config.yaml: updated (added the claimlint hook " in out
    assert config.read_text(encoding="utf-8") == after
    data = yaml.safe_load(after)
    assert data["repos"][-1] == entry
    # Running it again, in either form, changes nothing, byte for byte.
    for again in ([], ["--local-hook"]):
        code, out, _ = run(capsys, "init", "--pre-commit", *again)
        assert (code, out.splitlines()[-1]) == (
            0,
            ".pre-commit-config.yaml: unchanged (already has the claimlint hook)",
        )
        assert config.read_bytes() == after.encode("utf-8")


@pytest.mark.parametrize("form", FORMS)
def test_a_site_that_already_uses_the_hook_repository_is_left_alone(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    text = (
        "repos:\n  - repo: https://github.com/example/claimlint\n    rev: 2c4e6a8\n"
        "    hooks:\n      - id: claimlint\n"
    )
    config = write(in_tmp / ".pre-commit-config.yaml", text)
    code, out, _ = run(capsys, "init", "--pre-commit", *FORMS[form][0])
    assert (code, out.splitlines()[-1]) == (
        0,
        ".pre-commit-config.yaml: unchanged (already has the claimlint hook)",
    )
    assert config.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("repos: [\n", ".pre-commit-config.yaml:2:1: invalid YAML"),
        ("- a\n- b\n", ".pre-commit-config.yaml: expected a mapping with a 'repos' list"),
        ("repos: {a: 1}\n", ".pre-commit-config.yaml: expected a mapping with a 'repos' list"),
    ],
)
def test_a_broken_pre_commit_file_is_not_touched(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    config = write(in_tmp / ".pre-commit-config.yaml", text)
    code, out, err = run(capsys, "init", "--pre-commit")
    assert (code, out) == (2, "")
    assert err.startswith(f"claimlint: error: {message}")
    assert config.read_text(encoding="utf-8") == text
    assert not (in_tmp / ".claimlint.yaml").exists()
