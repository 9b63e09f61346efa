"""``claimlint init``: the commented configuration and the pre-commit hook."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimlint import __version__
from claimlint.run.config import load_config
from claimlint.run.scaffold import CONFIG_TEMPLATE, HOOK, NEW_PRE_COMMIT
from tests.cli_support import run, write

ROOT = Path(__file__).resolve().parents[1]
PIN = f"claimlint=={__version__}"


def hook_item(pad: str, seq: str = "  ", quoted: bool = False) -> str:
    """The hook's repository item as written under ``repos``, indented by ``pad``."""
    dep = f'"{PIN}"' if quoted else PIN
    body = (
        f"- repo: local\n"
        f"  hooks:\n"
        f"  {seq}- id: claimlint\n"
        f"  {seq}  name: claimlint\n"
        f"  {seq}  entry: claimlint check --force-exclude\n"
        f"  {seq}  language: python\n"
        f"  {seq}  additional_dependencies: [{dep}]\n"
        f"  {seq}  types_or: [markdown, mdx, plain-text]\n"
        f"  {seq}  require_serial: true\n"
    )
    return "".join(pad + line for line in body.splitlines(keepends=True))


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


def test_init_pre_commit_creates_the_file(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "init", "--pre-commit") == (
        0,
        ".claimlint.yaml: created\n.pre-commit-config.yaml: created (with the claimlint hook)\n",
        "",
    )
    text = (in_tmp / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert text == NEW_PRE_COMMIT
    assert text == (
        "# pre-commit hooks: https://pre-commit.com (`pre-commit install` runs them on commit)\n"
        "repos:\n"
        "  # claimlint: health claims, evidence appeals, citations and disclosures in posts.\n"
        + hook_item("  ", quoted=True)
    )
    assert yaml.safe_load(text) == {"repos": [{"repo": "local", "hooks": [HOOK]}]}


def test_the_hook_runs_what_the_hook_repository_runs() -> None:
    (published,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    for key in ("id", "entry", "language", "types_or", "require_serial"):
        assert HOOK[key] == published[key], key


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


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            PRE_COMMIT_SAMPLE,
            PRE_COMMIT_SAMPLE
            + "-   repo: local\n"
            + "    hooks:\n"
            + "    -   id: claimlint\n"
            + "        name: claimlint\n"
            + "        entry: claimlint check --force-exclude\n"
            + "        language: python\n"
            + f"        additional_dependencies: [{PIN}]\n"
            + "        types_or: [markdown, mdx, plain-text]\n"
            + "        require_serial: true\n",
        ),
        (
            INDENTED,
            INDENTED.replace("ci:\n", hook_item("  ") + "ci:\n"),
        ),
        (
            MIXED,
            MIXED.replace(
                "      - id: black   # python\n",
                "      - id: black   # python\n" + hook_item("  ", quoted=True),
            ),
        ),
        ("repos: []\n", "repos:\n" + hook_item("  ")),
        (
            "default_stages: [pre-commit]",
            "default_stages: [pre-commit]\n" + NEW_PRE_COMMIT.split("\n", 1)[1],
        ),
    ],
    ids=["pre-commit-sample", "indented", "mixed", "empty-list", "no-repos"],
)
def test_the_hook_is_added_keeping_everything_else(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], before: str, after: str
) -> None:
    config = write(in_tmp / ".pre-commit-config.yaml", before)
    code, out, err = run(capsys, "init", "--pre-commit")
    assert (code, err) == (0, "")
    assert out.endswith(".pre-commit-config.yaml: updated (added the claimlint hook)\n")
    assert config.read_text(encoding="utf-8") == after
    data = yaml.safe_load(after)
    assert data["repos"][-1] == {"repo": "local", "hooks": [HOOK]}
    # Running it again changes nothing, byte for byte.
    code, out, _ = run(capsys, "init", "--pre-commit")
    assert (code, out.splitlines()[-1]) == (
        0,
        ".pre-commit-config.yaml: unchanged (already has the claimlint hook)",
    )
    assert config.read_bytes() == after.encode("utf-8")


def test_a_site_that_already_uses_the_hook_repository_is_left_alone(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "repos:\n  - repo: https://github.com/example/claimlint\n    rev: v0.1.0\n"
        "    hooks:\n      - id: claimlint\n"
    )
    config = write(in_tmp / ".pre-commit-config.yaml", text)
    assert run(capsys, "init", "--pre-commit")[0] == 0
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
