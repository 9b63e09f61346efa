"""SARIF 2.1.0: schema validity, rule metadata from the rule docs, and fingerprints.

Every SARIF the suite produces is checked with :func:`validate_sarif` against
the official schema, copied to ``tests/data/`` (see its LICENSE note) so the
check always runs.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from cli_support import run, write

from claimlint import __version__
from claimlint.output.sarif import line_hashes
from claimlint.run.config import Config
from claimlint.run.plan import build_plan

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
EXAMPLES = Path(__file__).parents[1] / "examples"
SEEDS = Path(__file__).parents[2] / "shared" / "seeds"
CURE = "Ketamine cures depression.\n"


@cache
def _validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def validate_sarif(text: str) -> dict[str, Any]:
    """Parse SARIF, fail the test on any schema violation, and return it."""
    log: dict[str, Any] = json.loads(text)
    errors = sorted(_validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
    return log


@pytest.fixture(autouse=True)
def _no_github(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def sarif(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code, out, err = run(capsys, "check", "--format", "sarif", *args)
    assert err == ""
    return code, validate_sarif(out)


def test_examples_validate_and_name_every_enabled_rule(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES.parent)
    code, log = sarif(capsys, "--isolated", "examples")
    assert code == 1
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert (driver["name"], driver["semanticVersion"]) == ("claimlint", __version__)
    assert driver["informationUri"] == "https://pypi.org/project/claimlint-health/"
    plan = build_plan(Config())
    assert [r["id"] for r in driver["rules"]] == sorted(plan.active)
    for descriptor in driver["rules"]:
        active = plan.active[descriptor["id"]]
        rule = active.rule
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"] == {"text": rule.summary}
        assert descriptor["fullDescription"] == {"text": " ".join(rule.doc.what.split())}
        assert " ".join(rule.doc.why.split()) in descriptor["help"]["text"]
        assert "## Why it matters" in descriptor["help"]["markdown"]
        for _title, url in rule.doc.see:
            assert f"]({url})" in descriptor["help"]["markdown"]
        assert descriptor["properties"]["precision"] == rule.precision
        assert descriptor["properties"]["tags"] == [rule.category]
        level = {"error": "error", "warning": "warning", "info": "note"}[str(active.severity)]
        assert descriptor["defaultConfiguration"] == {"level": level}
    assert run_["columnKind"] == "utf16CodeUnits"
    assert run_["originalUriBaseIds"] == {"%SRCROOT%": {"uri": EXAMPLES.parent.as_uri() + "/"}}
    ids = [r["id"] for r in driver["rules"]]
    for result in run_["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"].startswith("examples/")
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert set(location["region"]) == {"startLine", "startColumn", "endLine", "endColumn"}
        assert set(result["partialFingerprints"]) == {"primaryLocationLineHash"}


@pytest.mark.shared
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent")
def test_seeds_validate(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert seeds
    code, log = sarif(capsys, "--isolated", "--select", "ALL", *seeds)
    assert code == 1
    assert log["runs"][0]["results"]


def test_a_clean_run_and_an_unreadable_file_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "clean.md", "Ketamine may help some people.\n")
    write(tmp_path / "binary.md", b"ok\r\n\r\n\xff\n")  # not UTF-8: CL902 at the byte
    assert sarif(capsys, "--isolated", "clean.md")[1]["runs"][0]["results"] == []
    code, log = sarif(capsys, "--isolated", "--select", "CL902", "binary.md")
    (result,) = log["runs"][0]["results"]
    assert (code, result["ruleId"], result["level"]) == (1, "CL902", "error")
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3,
        "startColumn": 1,
        "endLine": 3,
        "endColumn": 2,
    }


def test_uris_are_percent_encoded_and_repository_relative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path / "blog posts" / "50% off — café.md", CURE)
    monkeypatch.chdir(tmp_path / "blog posts")
    _, log = sarif(capsys, "--isolated", "--select", "CL101", "50% off — café.md")
    (result,) = log["runs"][0]["results"]
    artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {
        "uri": "blog%20posts/50%25%20off%20%E2%80%94%20caf%C3%A9.md",
        "uriBaseId": "%SRCROOT%",
    }


def test_stdin_columns_are_converted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    monkeypatch.chdir(tmp_path)
    data = "“Ketamine” 🙂 cures depression.\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    _, log = sarif(capsys, "--isolated", "--select", "CL101", "--stdin-filename", "in.md", "-")
    (result,) = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "in.md"
    # “Ketamine” 🙂 : 13 characters, 14 UTF-16 units
    assert location["region"] == {"startLine": 1, "startColumn": 15, "endLine": 1, "endColumn": 20}


# -- fingerprints ---------------------------------------------------------------------------------


def test_fingerprints_survive_lines_added_above(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    body = "Intro.\n\n" + CURE + "\nKetamine cures anxiety.\n\n" + CURE

    def results() -> list[tuple[int, str]]:
        _, log = sarif(capsys, "--isolated", "--select", "CL101", "post.md")
        return [
            (
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
                r["partialFingerprints"]["primaryLocationLineHash"],
            )
            for r in log["runs"][0]["results"]
        ]

    write(tmp_path / "post.md", body)
    before = results()
    write(tmp_path / "post.md", "# A new title\n\nA new paragraph — with “quotes”.\n\n" + body)
    after = results()
    assert [line for line, _ in before] == [3, 5, 7]
    assert [line for line, _ in after] == [7, 9, 11]
    assert [h for _, h in after] == [h for _, h in before]
    write(tmp_path / "post.md", body.replace("Ketamine cures anxiety.", "Ketamine cures PTSD."))
    assert results()[1][1] != before[1][1]  # the finding's own line changed


# Expected values from GitHub's upload action's own tests (github/codeql-action,
# src/fingerprints.test.ts), so the hash is the one the action computes itself.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["c129715d7a2bc9a3:1"]),
        (
            " a\nb\n  \t\tc\n d",
            ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"],
        ),
        (
            " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
            [
                "e9496ae3ebfced30:1",
                "fb7c023a8b9ccb3f:1",
                "ce8ba1a563dcdaca:1",
                "e20e36e16fcb0cc8:1",
                "b3edc88f2938467e:1",
                "c8e28b0b4002a3a0:1",
                "c129715d7a2bc9a3:1",
            ],
        ),
        (
            "Lorem ipsum dolor sit amet.\n" * 10,
            [
                *(f"a7f2ff13bc495cf2:{i}" for i in range(1, 7)),
                "a7f2ff1481e87703:1",
                "a9cf91f7bbf1862b:1",
                "55ec222b86bcae53:1",
                "cc97dc7b1d7d8f7b:1",
                "c129715d7a2bc9a3:1",
            ],
        ),
    ],
)
def test_line_hashes_match_githubs(text: str, expected: list[str]) -> None:
    assert line_hashes(text) == dict(enumerate(expected, start=1))
