"""Configuration: every key, where the file is found, and errors that name file:line:col."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import run, write

from claimlint.core.model import Severity
from claimlint.run.config import KEYS, ConfigError, load_config
from claimlint.run.locations import find_config

CURE = "Hypnosis cures depression.\n"
STUDIES = "Studies show that ketamine helps.\n"
POST = CURE + "\n" + STUDIES
KNOWN = ", ".join(sorted(KEYS))


pytestmark = pytest.mark.usefixtures("in_tmp")


def rules_found(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    """Exit status and ``rule@line:col:severity`` for each finding."""
    code, out, err = run(capsys, "check", "--format", "json", *args)
    assert err == "", err
    items = json.loads(out)["findings"]
    return code, [f"{f['rule']}@{f['line']}:{f['column']}:{f['severity']}" for f in items]


def config_error(capsys: pytest.CaptureFixture[str], name: str = ".claimlint.yaml") -> str:
    """Run ``check post.md``; it must exit 2 with nothing on stdout; return the stderr text."""
    write(Path("post.md"), POST)
    code, out, err = run(capsys, "check", "post.md")
    assert (code, out) == (2, ""), err
    prefix = f"claimlint: error: {Path.cwd() / name}:"
    assert err.startswith(prefix), err
    return err[len(prefix) :].rstrip("\n")


# -- invalid values: exit 2, file:line:col and the message ---------------------------------------

INVALID: list[tuple[str | bytes, str]] = [
    ("select: 5\n", "1:9: 'select' must be a list of strings"),
    ("select: [CL101, CL999]\n", "1:17: unknown rule or prefix 'CL999'"),
    ("ignore: {CL101: true}\n", "1:9: 'ignore' must be a list of strings"),
    ("ignore:\n  - CL101\n  - nope\n", "3:5: unknown rule or prefix 'nope'"),
    ("extend-select: [CL9, bogus-rule]\n", "1:22: unknown rule or prefix 'bogus-rule'"),
    ("severity: [CL101]\n", "1:11: 'severity' must map rule ids to error, warning or info"),
    ("severity:\n  CL101: loud\n", "2:10: severity must be error, warning or info"),
    ("severity:\n  CL101: info\n  CL999: info\n", "3:3: 'severity' names unknown rule 'CL999'"),
    ("include: [1]\n", "1:10: 'include' must be a list of strings"),
    ("exclude: true\n", "1:10: 'exclude' must be a list of strings"),
    ('extend-exclude: [""]\n', "1:17: 'extend-exclude' must be a list of strings"),
    (
        "per-file-ignores: [CL101]\n",
        "1:19: 'per-file-ignores' must map glob patterns to rule lists",
    ),
    (
        'per-file-ignores:\n  "*.md": 5\n',
        "2:11: each per-file-ignores entry must be a list of rule ids",
    ),
    ('per-file-ignores:\n  "*.md": [CL101, XX1]\n', "2:19: unknown rule or prefix 'XX1'"),
    ("rule-paths: [my-rules]\n", "1:14: rule path 'my-rules' is not a folder"),
    ("fail-on: sometimes\n", "1:10: 'fail-on' must be error, warning or info"),
    ("front-matter-fields: 3\n", "1:22: 'front-matter-fields' must be a list of strings"),
    ("jurisdiction: eu\n", "1:15: 'jurisdiction' must be one of: uk, us, us-co, us-or"),
    ("disclosures: {a: b}\n", "1:14: 'disclosures' must be a list of strings"),
    ("crisis-resources: [1, 2]\n", "1:19: 'crisis-resources' must be a list of strings"),
    ("results-statements: [1]\n", "1:21: 'results-statements' must be a list of strings"),
    ("jobs: 0\n", "1:7: 'jobs' must be a whole number of at least 1"),
    ("jobs: true\n", "1:7: 'jobs' must be a whole number of at least 1"),
    ("cache-dir: [a]\n", "1:12: 'cache-dir' must be a path"),
    ("citation-style: mla\n", "1:17: 'citation-style' must be apa7 or apa6"),
    ("verify-sources: sometimes\n", "1:17: 'verify-sources' must be true or false"),
    ("sources-lock: [a]\n", "1:15: 'sources-lock' must be a path"),
    ("sources-max-age: -1\n", "1:18: 'sources-max-age' must be a whole number of days"),
    ("crossref-url: ftp://x\n", "1:15: 'crossref-url' must be an http:// or https:// URL"),
    ("pubmed-url: eutils\n", "1:13: 'pubmed-url' must be an http:// or https:// URL"),
    ("doi-url: 3\n", "1:10: 'doi-url' must be an http:// or https:// URL"),
    ("mailto: nobody\n", "1:9: 'mailto' must be an email address"),
    ("ncbi-api-key: ''\n", "1:15: 'ncbi-api-key' must be a string"),
    ("registry-timeout: 0\n", "1:19: 'registry-timeout' must be a number of seconds"),
    ("pubmed: maybe\n", "1:9: 'pubmed' must be true or false"),
    (
        "select: [CL101]\ncolour: true\n",
        f"2:1: unknown configuration key 'colour' (known: {KNOWN})",
    ),
    ("- select\n", "1:1: the configuration must be a mapping"),
    ("select: [CL101\n", "2:1: invalid YAML: did not find expected ',' or ']'"),
    ("select: [CL101]\nselect: [CL201]\n", "2:1: duplicate key 'select'"),
    (
        "select: !!python/object/apply:os.system [echo hi]\n",
        "1:9: tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
    ),
    (b"select: [CL101]\nignore: [\xff]\n", "2:10: invalid UTF-8 (byte 0xff)"),
]


@pytest.mark.parametrize(("text", "expected"), INVALID)
def test_invalid_configuration(
    capsys: pytest.CaptureFixture[str], text: str | bytes, expected: str
) -> None:
    write(Path(".claimlint.yaml"), text)
    assert config_error(capsys) == expected


def test_every_key_has_an_invalid_value_case() -> None:
    covered = {
        text.split(b":")[0].decode() if isinstance(text, bytes) else text.split(":")[0]
        for text, _ in INVALID
    }
    assert set(KEYS) <= covered


def test_yml_name_is_found_too(capsys: pytest.CaptureFixture[str]) -> None:
    write(Path(".claimlint.yml"), "fail-on: fatal\n")
    expected = "1:10: 'fail-on' must be error, warning or info"
    assert config_error(capsys, ".claimlint.yml") == expected


def test_yaml_wins_over_yml_and_pyproject_in_one_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.claimlint]\n")
    write(tmp_path / ".claimlint.yml", "{}\n")
    assert find_config(tmp_path) == tmp_path.resolve() / ".claimlint.yml"
    write(tmp_path / ".claimlint.yaml", "{}\n")
    assert find_config(tmp_path) == tmp_path.resolve() / ".claimlint.yaml"


def test_empty_file_means_defaults(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / ".claimlint.yaml", "# nothing yet\n")
    write(tmp_path / "post.md", POST)
    assert rules_found(capsys, "post.md") == (1, ["CL101@1:10:error", "CL201@3:1:warning"])


# -- valid values take effect --------------------------------------------------------------------


def test_select_ignore_extend_select(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", POST)
    write(tmp_path / ".claimlint.yaml", "select: [CL201]\n")
    assert rules_found(capsys, "post.md") == (1, ["CL201@3:1:warning"])
    write(tmp_path / ".claimlint.yaml", "ignore: [unhedged-cure]\n")
    # "cures" is an efficacy verb too: without CL101, CL102 reports it
    assert rules_found(capsys, "post.md") == (1, ["CL102@1:10:warning", "CL201@3:1:warning"])
    write(tmp_path / ".claimlint.yaml", "select: CL101\nextend-select: [uncited-evidence-appeal]\n")
    assert rules_found(capsys, "post.md") == (1, ["CL101@1:10:error", "CL201@3:1:warning"])
    write(tmp_path / ".claimlint.yaml", "select: [ALL]\nignore: [CL2, CL9]\n")
    assert rules_found(capsys, "post.md") == (1, ["CL101@1:10:error"])


def test_selecting_nothing_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", POST)
    write(tmp_path / ".claimlint.yaml", "select: [CL101]\nignore: [unhedged-cure]\n")
    code, out, err = run(capsys, "check", "post.md")
    assert (code, out, err) == (
        2,
        "",
        "claimlint: error: no rules are enabled (check select / ignore)\n",
    )


def test_severity_override_and_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "post.md", POST)
    write(
        tmp_path / ".claimlint.yaml",
        "select: [CL101, CL201]\nseverity:\n  unhedged-cure: info\n  CL201: info\n",
    )
    assert rules_found(capsys, "post.md") == (0, ["CL101@1:10:info", "CL201@3:1:info"])
    assert rules_found(capsys, "--fail-on", "info", "post.md")[0] == 1
    write(
        tmp_path / ".claimlint.yaml",
        "select: [CL101, CL201]\nseverity:\n  CL101: warning\n  CL201: error\nfail-on: error\n",
    )
    assert rules_found(capsys, "post.md") == (1, ["CL101@1:10:warning", "CL201@3:1:error"])
    write(
        tmp_path / ".claimlint.yaml",
        "select: [CL101, CL201]\nseverity:\n  CL101: warning\nfail-on: error\n",
    )
    assert rules_found(capsys, "post.md") == (0, ["CL101@1:10:warning", "CL201@3:1:warning"])
    write(tmp_path / ".claimlint.yaml", "select: [CL201]\nfail-on: error\n")
    assert rules_found(capsys, "post.md") == (0, ["CL201@3:1:warning"])
    # the command line wins over the file
    assert rules_found(capsys, "--fail-on", "warning", "post.md") == (1, ["CL201@3:1:warning"])


def test_command_line_overrides_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", POST)
    write(tmp_path / ".claimlint.yaml", "select: [CL101]\nignore: [CL201]\nfail-on: info\n")
    assert rules_found(capsys, "post.md") == (1, ["CL101@1:10:error"])
    # --select replaces the file's whole selection (select, extend-select and ignore)
    assert rules_found(capsys, "--select", "CL201", "post.md") == (1, ["CL201@3:1:warning"])
    assert rules_found(capsys, "--extend-select", "CL201", "post.md") == (
        1,
        ["CL101@1:10:error", "CL201@3:1:warning"],
    )
    code, out, err = run(capsys, "check", "--ignore", "CL101", "post.md")
    assert (code, out, err) == (
        2,
        "",
        "claimlint: error: no rules are enabled (check select / ignore)\n",
    )
    assert rules_found(capsys, "--fail-on", "error", "--select", "CL201", "post.md") == (
        0,
        ["CL201@3:1:warning"],
    )


def test_command_line_code_errors_name_the_flag_not_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "post.md", POST)
    write(tmp_path / ".claimlint.yaml", "select: [CL101]\n")
    code, out, err = run(capsys, "check", "--extend-select", "CL7", "post.md")
    assert (code, out, err) == (
        2,
        "",
        "claimlint: error: --extend-select: unknown rule or prefix 'CL7'\n",
    )


def test_per_file_ignores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("posts/a.md", "posts/drafts/b.md", "notes/c.md", "d.md"):
        write(tmp_path / name, POST)
    write(tmp_path / "posts" / "drafts" / "broken.md", b"\xff")  # CL902 is ignored there too
    write(
        tmp_path / ".claimlint.yaml",
        'per-file-ignores:\n  "posts/drafts/*": [ALL]\n  "notes": [unhedged-cure]\n  "d.md": CL2\n',
    )
    code, out, _ = run(capsys, "check", "--format", "json", ".")
    assert code == 1
    got = [(f["path"], f["rule"]) for f in json.loads(out)["findings"]]
    assert got == [
        ("d.md", "CL101"),
        ("notes/c.md", "CL102"),  # CL101 is not run there, so "cures" is CL102's
        ("notes/c.md", "CL201"),
        ("posts/a.md", "CL101"),
        ("posts/a.md", "CL201"),
    ]


def test_per_file_ignores_are_relative_to_the_config_not_the_cwd(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "posts" / "drafts" / "b.md", CURE)
    write(tmp_path / "posts" / "a.md", CURE)
    write(tmp_path / ".claimlint.yaml", 'per-file-ignores:\n  "posts/drafts/*": [CL1]\n')
    monkeypatch.chdir(tmp_path / "posts")
    code, out, _ = run(capsys, "check", "--quiet", ".")
    assert code == 1
    assert [line.split(" ")[0] for line in out.splitlines()] == ["a.md:1:10:"]
    assert run(capsys, "check", "drafts/b.md") == (0, "No findings in 1 file.\n", "")


def test_front_matter_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        tmp_path / "post.md",
        "---\ntitle: Hypnosis cures depression\ntagline: Hypnosis cures anxiety.\n---\n"
        "Body text.\n",
    )
    assert rules_found(capsys, "--select", "CL101", "post.md") == (1, ["CL101@2:17:error"])
    write(tmp_path / ".claimlint.yaml", "front-matter-fields: [tagline]\n")
    assert rules_found(capsys, "--select", "CL101", "post.md") == (
        1,
        ["CL101@2:17:error", "CL101@3:19:error"],
    )


def test_option_keys_reach_the_plan(tmp_path: Path) -> None:
    path = write(
        tmp_path / "sub" / ".claimlint.yaml",
        "jurisdiction: uk\ndisclosures: [Hypnosis is used off-label.]\n"
        "crisis-resources: Call 988\njobs: 4\ncache-dir: .cache/claimlint\n"
        "citation-style: apa6\n",
    )
    config = load_config(path)
    assert config.options == {
        "jurisdiction": "uk",
        "disclosures": ["Hypnosis is used off-label."],
        "crisis-resources": ["Call 988"],
        "jobs": 4,
        "cache-dir": str((tmp_path / "sub" / ".cache" / "claimlint").resolve()),
        "citation-style": "apa6",
    }
    assert config.root == tmp_path / "sub"
    from claimlint.run.plan import build_plan

    assert dict(build_plan(config).options) == config.options


def test_defaults() -> None:
    config = load_config(None)
    assert config.path is None
    assert config.select is None
    assert config.fail_on is Severity.WARNING
    assert config.options == {}


def test_load_config_error_attributes(tmp_path: Path) -> None:
    path = write(tmp_path / ".claimlint.yaml", "select: [CL101]\n\njobs: -2\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert (info.value.path, info.value.line, info.value.column) == (str(path), 3, 7)
    assert str(info.value) == f"{path}:3:7: 'jobs' must be a whole number of at least 1"


# -- finding the file ----------------------------------------------------------------------------


def test_found_upward_from_a_subfolder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / ".claimlint.yaml", "select: [CL201]\n")
    write(tmp_path / "site" / "posts" / "post.md", POST)
    monkeypatch.chdir(tmp_path / "site" / "posts")
    assert rules_found(capsys, "post.md") == (1, ["CL201@3:1:warning"])


def test_nearest_file_wins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / ".claimlint.yaml", "select: [CL201]\n")
    write(tmp_path / "site" / ".claimlint.yml", "select: [CL101]\n")
    write(tmp_path / "site" / "posts" / "post.md", POST)
    monkeypatch.chdir(tmp_path / "site" / "posts")
    assert rules_found(capsys, "post.md") == (1, ["CL101@1:10:error"])


def test_pyproject_without_section_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / ".claimlint.yaml", "select: [CL201]\n")
    write(tmp_path / "site" / "pyproject.toml", "[project]\nname = 'clinic'\n")
    write(tmp_path / "site" / "post.md", POST)
    monkeypatch.chdir(tmp_path / "site")
    assert rules_found(capsys, "post.md") == (1, ["CL201@3:1:warning"])


def test_pyproject_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "clinic"\n\n[tool.claimlint]\nselect = ["CL101", "CL201"]\n'
        'fail-on = "error"\n\n[tool.claimlint.severity]\nCL101 = "warning"\n',
    )
    write(tmp_path / "blog" / "post.md", POST)
    monkeypatch.chdir(tmp_path / "blog")
    assert rules_found(capsys, "post.md") == (0, ["CL101@1:10:warning", "CL201@3:1:warning"])


PYPROJECT_INVALID = [
    (
        '[tool.claimlint]\nselect = ["CL101"]\ncolour = true\n',
        f"3:1: unknown configuration key 'colour' (known: {KNOWN})",
    ),
    ('[tool.claimlint]\nfail-on = "never"\n', "2:11: 'fail-on' must be error, warning or info"),
    (
        '[tool.claimlint]\nselect = ["CL101"]\n\n[tool.claimlint.severity]\n'
        'unhedged-cure = "loud"\n',
        "5:17: severity must be error, warning or info",
    ),
    ('[tool.claimlint]\n  ignore = ["CL101", "CL999"]\n', "2:12: unknown rule or prefix 'CL999'"),
    (
        '[tool.claimlint.per-file-ignores]\n"posts/*.md" = ["XX1"]\n',
        "2:16: unknown rule or prefix 'XX1'",
    ),
    ("[tool.claimlint]\njobs = 0\n", "2:8: 'jobs' must be a whole number of at least 1"),
    (
        '[tool.claimlint]\nselect = ["CL101"\n',
        "2:18: invalid TOML: Unclosed array (at end of document)",
    ),
    (
        "[tool.claimlint]\nselect = 3 3\n",
        "2:12: invalid TOML: Expected newline or end of document after a statement "
        "(at line 2, column 12)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PYPROJECT_INVALID)
def test_invalid_pyproject(capsys: pytest.CaptureFixture[str], text: str, expected: str) -> None:
    write(Path("pyproject.toml"), text)
    assert config_error(capsys, "pyproject.toml") == expected


def test_explicit_config_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / ".claimlint.yaml", "select: [CL201]\n")
    write(tmp_path / "configs" / "strict.yaml", "select: [CL101]\n")
    write(
        tmp_path / "configs" / "team.toml",
        '[tool.claimlint]\nselect = ["CL1"]\nfail-on = "error"\n',
    )
    write(tmp_path / "post.md", POST)
    assert rules_found(capsys, "post.md") == (1, ["CL201@3:1:warning"])
    assert rules_found(capsys, "--config", "configs/strict.yaml", "post.md") == (
        1,
        ["CL101@1:10:error"],
    )
    assert rules_found(capsys, "--config", "configs/team.toml", "post.md") == (
        1,
        ["CL101@1:10:error"],
    )
    write(tmp_path / "configs" / "broken.yaml", "select: [CL101]\nfail-on: 3\n")
    code, out, err = run(capsys, "check", "--config", "configs/broken.yaml", "post.md")
    assert (code, out, err) == (
        2,
        "",
        "claimlint: error: configs/broken.yaml:2:10: 'fail-on' must be error, warning or info\n",
    )


def test_isolated_ignores_every_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / ".claimlint.yaml", "select: [CL201]\nbogus: true\n")
    write(tmp_path / "post.md", POST)
    assert run(capsys, "check", "post.md")[0] == 2
    assert rules_found(capsys, "--isolated", "post.md") == (
        1,
        ["CL101@1:10:error", "CL201@3:1:warning"],
    )
    assert run(capsys, "rules", "--isolated")[0] == 0
    assert run(capsys, "explain", "--isolated", "CL101")[0] == 0
    code, _, err = run(capsys, "rules")
    assert code == 2
    assert err.startswith(f"claimlint: error: {tmp_path.resolve() / '.claimlint.yaml'}:2:1: ")


# -- rule-paths: a user rule pack with its own lexicon, no Python --------------------------------

USER_RULE = """\
id: CL501
name: miracle-language
category: hype
severity: warning
scope: sentence
kind: phrase
phrases: ["@miracle-words", "breakthrough"]
message: "'{match}' is hype"
suggestion: "Say what the treatment does and for whom"
what: Finds miracle language about a treatment.
why: Hype sets expectations no treatment can meet.
example: "Hypnosis is a miracle for depression."
better: "Hypnosis helps some people with depression."
examples:
  fail:
    - "Hypnosis is a wonder drug."
    - "A breakthrough for anxiety."
  pass:
    - "Hypnosis is a medicine."
    - "Hypnosis is not a miracle."
"""
USER_LEXICON = "name: miracle-words\ninflect: noun\nterms:\n  - miracle\n  - wonder drug\n"


def test_rule_paths_add_a_user_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "clinic-rules" / "CL501-miracle-language.yml", USER_RULE)
    write(tmp_path / "clinic-rules" / "lexicons" / "miracle-words.yml", USER_LEXICON)
    write(tmp_path / ".claimlint.yaml", "rule-paths: [clinic-rules]\nseverity:\n  CL501: error\n")
    write(tmp_path / "post.md", "Hypnosis is a wonder drug.\n\nTwo miracles happened.\n")
    # "wonder drug" is also a built-in booster (CL111), a different category from "hype"
    assert rules_found(capsys, "post.md") == (
        1,
        ["CL111@1:15:warning", "CL501@1:15:error", "CL501@3:5:error"],
    )
    assert (
        rules_found(capsys, "--select", "miracle-language", "--fail-on", "error", "post.md")[0] == 1
    )
    code, out, _ = run(capsys, "rules")
    line = next(x for x in out.splitlines() if x.startswith("CL501"))
    assert " ".join(line.split()) == (
        "CL501 miracle-language error hype: Finds miracle language about a treatment."
    )
    code, out, _ = run(capsys, "explain", "miracle-language")
    assert code == 0
    assert out.startswith("CL501 miracle-language\n\nCategory: hype    Severity: error")
    assert "## Use instead\n\n    Hypnosis helps some people with depression.\n" in out


def test_rule_paths_are_relative_to_the_config_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "rules" / "CL501-miracle-language.yml", USER_RULE)
    write(tmp_path / "rules" / "lexicons" / "miracle-words.yml", USER_LEXICON)
    write(tmp_path / ".claimlint.yaml", "rule-paths: [./rules]\nselect: [CL5]\n")
    write(tmp_path / "blog" / "post.md", "Hypnosis is a wonder drug.\n")
    monkeypatch.chdir(tmp_path / "blog")
    assert rules_found(capsys, "post.md") == (1, ["CL501@1:15:warning"])


def test_jurisdiction_is_checked_without_loading_the_knowledge_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimlint.regulatory import mentions

    def no_load(*args: object, **kwargs: object) -> None:
        raise AssertionError("the knowledge pack was loaded")

    monkeypatch.setattr(mentions, "load_pack", no_load)
    monkeypatch.setattr(mentions, "_PACKS", {})
    path = write(tmp_path / ".claimlint.yaml", "jurisdiction: us-or\n")
    assert load_config(path).options == {"jurisdiction": "us-or"}
    write(path, "select: [CL101]\njurisdiction: mars\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert (info.value.line, info.value.column) == (2, 15)
    assert info.value.message == "'jurisdiction' must be one of: uk, us, us-co, us-or"
