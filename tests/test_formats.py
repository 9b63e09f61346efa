"""Every ``--format`` on a post full of non-ASCII text: golden files, and the column units.

The post (``tests/fixtures/formats/non-ascii.md``) is linted with the format
tests' own rules (``tests/fixtures/formats/rules``), so a rewording of the
built-in rules never changes these files. It is copied into a temporary
repository (a folder with ``.git``) as ``posts/non-ascii.md`` and linted from
``posts/``: text and JSON report the path as named (``non-ascii.md``), the CI
formats relative to the repository root (``posts/non-ascii.md``).

Regenerate the golden files after an intended change with
``CLAIMLINT_UPDATE_GOLDEN=1 python -m pytest tests/test_formats.py`` and
read the diff.
"""

from __future__ import annotations

import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from cli_support import run, write
from test_formats_sarif import validate_sarif

from claimlint.core.model import Applicability, Edit, Finding, Fix, Position, Severity, Span
from claimlint.output.context import ReportContext, Sources, find_repository_root
from claimlint.output.junit import format_junit, xml_safe
from claimlint.output.rdjson import format_rdjson

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
GOLDEN = FIXTURES / "expected"
UPDATE = os.environ.get("CLAIMLINT_UPDATE_GOLDEN") == "1"
GITHUB_ENV = {
    "GITHUB_SERVER_URL": "https://github.com",
    "GITHUB_REPOSITORY": "harbor-light/site",
    "GITHUB_SHA": "0123456789abcdef0123456789abcdef01234567",
}
FORMATS = {
    "text": "non-ascii.txt",
    "json": "non-ascii.json",
    "json-lines": "non-ascii.jsonl",
    "github": "non-ascii.github.txt",
    "sarif": "non-ascii.sarif",
    "junit": "non-ascii.junit.xml",
    "rdjson": "non-ascii.rdjson",
}


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with the post and a clean one, the working folder set to ``posts/``."""
    root = tmp_path / "site"
    (root / ".git").mkdir(parents=True)
    shutil.copytree(FIXTURES / "rules", root / "rules")
    shutil.copy(FIXTURES / "claimlint.yaml", root / ".claimlint.yaml")
    write(root / "posts" / "non-ascii.md", (FIXTURES / "non-ascii.md").read_bytes())
    write(root / "posts" / "clean.md", "Nothing to see here — a café menu.\n")
    monkeypatch.chdir(root / "posts")
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in GITHUB_ENV.items():
        monkeypatch.setenv(name, value)
    return root


def check_golden(name: str, actual: str) -> None:
    """Compare with (or, with CLAIMLINT_UPDATE_GOLDEN=1, write) ``expected/NAME``."""
    path = GOLDEN / name
    if UPDATE:
        write(path, actual)
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_golden(fmt: str, site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--format", fmt, "non-ascii.md", "clean.md")
    assert (code, err) == (1, "")
    if fmt == "sarif":
        validate_sarif(out)
        out = out.replace(site.as_uri() + "/", "file:///site/")
    check_golden(FORMATS[fmt], out)


def test_golden_github_step_summary(
    site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = site.parent / "summary.md"
    summary.write_text("Earlier output of this step.\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run(capsys, "check", "non-ascii.md", "clean.md")
    assert out.splitlines()[-1] == "Found 5 findings (3 errors, 1 warning, 1 info) in 2 files."
    assert summary.read_text(encoding="utf-8") == "Earlier output of this step.\n"  # text: none
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, err = run(capsys, "check", "non-ascii.md", "clean.md")  # github: auto-selected
    assert (code, err) == (1, "")
    check_golden(FORMATS["github"], out)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("Earlier output of this step.\n## claimlint\n")  # appended
    check_golden("non-ascii.summary.md", text.removeprefix("Earlier output of this step.\n"))


# The three findings that prove the column units, as (line, start, end) per unit. Line 3:
# 'cures' after “ ” (3 UTF-8 bytes, 1 UTF-16 unit each) and 🙂 (4 bytes, 2 units);
# line 6: 'guaranteed' after ” ’ and 🙂; line 8: '50 µg' ends after µ (2 bytes, 1 unit).
CHARACTERS = [(3, 47, 52), (6, 14, 24), (8, 17, 22)]
UTF16 = [(3, 48, 53), (6, 15, 25), (8, 17, 22)]
UTF8 = [(3, 59, 64), (6, 21, 31), (8, 17, 23)]


def test_column_units_per_format(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def lint(fmt: str) -> str:
        return run(capsys, "check", "--format", fmt, "non-ascii.md")[1]

    as_json = [
        (f["line"], f["column"], f["end_column"])
        for f in json.loads(lint("json"))["findings"]
        if f["rule"] != "CL281"
    ]
    sarif = [
        (r["startLine"], r["startColumn"], r["endColumn"])
        for r in (
            res["locations"][0]["physicalLocation"]["region"]
            for res in json.loads(lint("sarif"))["runs"][0]["results"]
        )
        if r["startLine"] == r["endLine"]
    ]
    rdjson = [
        (d["start"]["line"], d["start"]["column"], d["end"]["column"])
        for d in (item["location"]["range"] for item in json.loads(lint("rdjson"))["diagnostics"])
        if d["start"]["line"] == d["end"]["line"]
    ]
    # the second 'cures' on line 8 comes after µ — « à » — “ (all in the BMP: 1 UTF-16 unit
    # each, but 10 more UTF-8 bytes than characters)
    assert as_json == [*CHARACTERS, (8, 45, 50)]
    assert sarif == [*UTF16, (8, 45, 50)]
    assert rdjson == [*UTF8, (8, 55, 60)]


def test_a_finding_across_lines_keeps_its_end(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "check", "--format", "rdjson", "non-ascii.md")
    studies = json.loads(out)["diagnostics"][1]
    assert studies["code"] == {"value": "CL281"}
    # “Studies opens line 5 after Résumé: (two é, 2 bytes each) and “ (3 bytes)
    assert studies["location"]["range"] == {
        "start": {"line": 5, "column": 14},
        "end": {"line": 6, "column": 5},
    }
    _, out, _ = run(capsys, "check", "--format", "github", "non-ascii.md")
    assert (
        "::warning file=posts/non-ascii.md,line=5,endLine=6,title=CL281 golden-studies::"
        "'Studies show' appeals to research without a source"
    ) in out.splitlines()


# -- JSON lines -----------------------------------------------------------------------------------


def test_json_lines_are_the_json_findings(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    whole = json.loads(run(capsys, "check", "--format", "json", "non-ascii.md")[1])
    code, out, _ = run(capsys, "check", "--format", "json-lines", "non-ascii.md", "clean.md")
    assert code == 1
    assert [json.loads(line) for line in out.splitlines()] == whole["findings"]
    code, out, _ = run(capsys, "check", "--format", "json-lines", "clean.md")
    assert (code, out) == (0, "")


# -- JUnit ----------------------------------------------------------------------------------------


def _finding(path: str, line: int, severity: Severity, message: str) -> Finding:
    return Finding(
        path,
        Position(line, 1),
        Position(line, 4),
        "CL181",
        "golden-cure",
        "unhedged-claim",
        severity,
        message,
    )


def test_junit_one_case_per_file_failures_at_fail_on(tmp_path: Path) -> None:
    findings = [
        _finding("a.md", 1, Severity.ERROR, "bad"),
        _finding("a.md", 2, Severity.INFO, "minor"),
        _finding("b.md", 3, Severity.INFO, "minor too"),
    ]
    ctx = ReportContext(files=("b.md", "a.md", "c.md"), fail_on=Severity.WARNING, cwd=tmp_path)
    root = ET.fromstring(format_junit(findings, ctx))
    assert root.attrib == {"name": "claimlint", "tests": "3", "failures": "1", "errors": "0"}
    suite = root.find("testsuite")
    assert suite is not None
    cases = {c.attrib["name"]: c for c in suite.iter("testcase")}
    assert list(cases) == ["b.md", "a.md", "c.md"]
    failures = cases["a.md"].findall("failure")
    assert [(f.attrib, f.text) for f in failures] == [
        (
            {"type": "CL181", "message": "1:1: CL181 bad"},
            "a.md:1:1: CL181 error bad [unhedged-claim]",
        )
    ]
    assert cases["a.md"].findtext("system-out") == "a.md:2:1: CL181 info minor [unhedged-claim]"
    assert cases["b.md"].findall("failure") == []
    assert cases["b.md"].findtext("system-out") == "b.md:3:1: CL181 info minor too [unhedged-claim]"
    assert list(cases["c.md"]) == []
    ctx = ReportContext(files=ctx.files, fail_on=Severity.INFO, cwd=tmp_path)
    assert ET.fromstring(format_junit(findings, ctx)).attrib["failures"] == "2"


def test_junit_survives_control_characters_and_markup(tmp_path: Path) -> None:
    message = "'<cures>' & \"more\"\x1b[31m\x00"
    ctx = ReportContext(files=("a.md",), cwd=tmp_path)
    text = format_junit([_finding("a.md", 1, Severity.ERROR, message)], ctx)
    failure = ET.fromstring(text).find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.attrib["message"] == "1:1: CL181 '<cures>' & \"more\"\\x1b[31m\\x00"
    assert xml_safe("a\x0bb\ud800c\ufffe") == "a\\x0bb\\xd800c\\xfffe"


# -- rdjson suggestions ---------------------------------------------------------------------------


def test_rdjson_suggestions_are_fix_edits_in_utf8_columns(tmp_path: Path) -> None:
    text = "Intro — café.\nZoë’s 🙂 study (2019) showed it.\n"
    start = text.index("2019")
    fix = Fix(
        (Edit(Span(start, start + 4), "2016"), Edit(Span(len(text) - 1, len(text) - 1), " [1]")),
        Applicability.SAFE,
        "use the year of the listed work",
    )
    finding = Finding(
        "post.md",
        Position(2, 16),
        Position(2, 20),
        "CL301",
        "citation-year",
        "citation-mismatch",
        Severity.ERROR,
        "cited as 2019 but the source list has 2016",
        fix=fix,
    )
    ctx = ReportContext(
        files=("post.md",), cwd=tmp_path, sources=Sources({"post.md": text.encode()})
    )
    (item,) = json.loads(format_rdjson([finding], ctx))["diagnostics"]
    # "Zoë’s 🙂 study (" is 15 characters, 21 bytes (ë 2, ’ 3, 🙂 4)
    assert item["location"]["range"] == {
        "start": {"line": 2, "column": 22},
        "end": {"line": 2, "column": 26},
    }
    assert item["suggestions"] == [
        {
            "range": {"start": {"line": 2, "column": 22}, "end": {"line": 2, "column": 26}},
            "text": "2016",
        },
        # an insertion at the end of the line: 31 characters, 37 bytes
        {
            "range": {"start": {"line": 2, "column": 38}, "end": {"line": 2, "column": 38}},
            "text": " [1]",
        },
    ]
    unknown = ReportContext(files=("post.md",), cwd=tmp_path)  # file contents not known
    (item,) = json.loads(format_rdjson([finding], unknown))["diagnostics"]
    assert "suggestions" not in item
    assert item["location"]["range"]["start"] == {"line": 2, "column": 16}


# -- paths and columns ----------------------------------------------------------------------------


def test_repository_root_is_the_nearest_git(tmp_path: Path) -> None:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "sub" / "module").mkdir(parents=True)
    (tmp_path / "repo" / "sub" / "module" / ".git").write_text("gitdir: ../../.git/modules/m\n")
    assert find_repository_root(tmp_path / "repo" / "sub") == tmp_path / "repo"
    assert find_repository_root(tmp_path / "repo" / "sub" / "module") == (
        tmp_path / "repo" / "sub" / "module"
    )
    assert find_repository_root(tmp_path / "elsewhere") == tmp_path / "elsewhere"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("post.md", "site/posts/post.md"),
        ("./post.md", "site/posts/post.md"),
        ("../index.md", "site/index.md"),
        ("2024/new.md", "site/posts/2024/new.md"),
        ("../../../outside.md", "../../../outside.md"),
        ("<stdin>.md", "site/posts/<stdin>.md"),
    ],
)
def test_repo_path(tmp_path: Path, path: str, expected: str) -> None:
    ctx = ReportContext(cwd=tmp_path / "site" / "posts", root=tmp_path)
    assert ctx.repo_path(path) == expected
    absolute = str(tmp_path / "site" / "x.md")
    assert ctx.repo_path(absolute) == "site/x.md"


@pytest.mark.parametrize(
    ("line", "column", "utf16", "utf8"),
    [
        ("abc", 2, 2, 2),
        ("é", 2, 2, 3),
        ("🙂x", 2, 3, 5),
        ("—“µ”", 5, 5, 12),
        ("ab", 5, 5, 5),  # past the end (the newline): one unit per column
        ("", 1, 1, 1),
    ],
)
def test_column_conversions(line: str, column: int, utf16: int, utf8: int) -> None:
    sources = Sources({"p.md": (line + "\nnext\n").encode()})
    assert sources.utf16("p.md", Position(1, column)) == Position(1, utf16)
    assert sources.utf8("p.md", Position(1, column)) == Position(1, utf8)
    assert sources.utf8("other.md", Position(1, column)) == Position(1, column)  # unknown file


def test_undecodable_source_keeps_character_columns() -> None:
    sources = Sources({"bad.md": b"caf\xe9 \xff\n"})
    assert sources.text("bad.md") is None
    assert sources.utf16("bad.md", Position(1, 6)) == Position(1, 6)
