"""``--format html`` without a browser: what the page is made of, exactly.

The page's behaviour in a browser is tested in ``test_html_report.py``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from cli_support import run, write

from claimlint.core.model import Finding, Position, Severity
from claimlint.output.context import ReportContext
from claimlint.output.html import HtmlReport, family, script_json

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DATA = re.compile(r'<script type="application/json" class="post-data">(.*?)</script>', re.S)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository holding the examples under ``posts/``; the working folder its root."""
    root = tmp_path / "site"
    (root / ".git").mkdir(parents=True)
    shutil.copytree(EXAMPLES, root / "posts")
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    return root


def page(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, "check", "--no-cache", "--format", "html", *args)
    assert code == 1, err
    return out


def posts(html: str) -> list[dict[str, Any]]:
    return [json.loads(block) for block in DATA.findall(html)]


def test_the_streamed_page_is_the_whole_run_page(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    streamed = page(capsys, "posts")
    write(site / "empty.yaml", "version: 1\nfindings: []\n")
    whole = page(capsys, "--baseline", "empty.yaml", "posts")  # findings collected first
    assert streamed == whole
    assert [p["path"] for p in posts(streamed)] == [
        "posts/citation-problems.md",
        "posts/kap-clinic-post.md",
        "posts/scraped-page.txt",
    ]


def test_csp_allows_the_page_script_and_style_by_hash_and_nothing_else(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html = page(capsys, "posts")
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    styles = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert len(scripts) == len(styles) == 1

    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert csp is not None
    assert csp.group(1) == (
        f"default-src 'none'; script-src 'sha256-{digest(scripts[0])}'; "
        f"style-src 'sha256-{digest(styles[0])}'; base-uri 'none'; form-action 'none'"
    )
    assert html.count("<script") == 2 + 3  # run data, the script, one block per post
    assert "http://" not in html.replace("http://www.w3.org", "")


def test_post_text_cannot_end_its_data_block() -> None:
    assert script_json({"t": "</script><!--<script>&\ud800"}) == (
        '{"t":"\\u003c/script\\u003e\\u003c!--\\u003cscript\\u003e\\u0026\ufffd"}'
    )


def test_a_post_as_the_page_script_reads_it(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(site / "posts" / "e.md", "🙂 Ketamine cures depression.\r\n")
    html = page(capsys, "posts/e.md")
    (post,) = posts(html)
    assert post["path"] == "posts/e.md"
    assert post["keyPath"] == "posts/e.md"
    assert post["lines"] == ["🙂 Ketamine cures depression."]
    cure = next(f for f in post["findings"] if f["rule"] == "CL101")
    # Lines and columns as claimlint counts them (code points, 1-based); the span as the
    # page indexes strings (0-based line, UTF-16 offsets: the emoji is two units).
    assert cure == {
        "rule": "CL101",
        "severity": "error",
        "message": "'cures' promises a cure, which no treatment here can back",
        "suggestion": cure["suggestion"],
        "at": [1, 12, 1, 17],
        "span": [0, 12, 0, 17],
        "key": [cure["key"][0], 0],
    }
    assert re.fullmatch("[0-9a-f]{16}", cure["key"][0])
    whole = [f["rule"] for f in post["findings"] if f.get("whole")]
    assert whole == ["CL402", "CL404"]


def test_an_unreadable_post_is_listed_without_its_text(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "posts" / "bad.md", b"Ketamine cures \xff depression.\n")
    (post,) = posts(page(capsys, "posts/bad.md"))
    assert post["lines"] is None
    assert [(f["rule"], "span" in f) for f in post["findings"]] == [("CL902", False)]


def test_standard_input(site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Ketamine cures depression.\n")))
    (post,) = posts(page(capsys, "-"))
    assert (post["path"], post["lines"]) == ("<stdin>.md", ["Ketamine cures depression."])


def test_the_overview(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(site / ".claimlint.yaml", "fail-on: error\n")
    html = page(capsys, "posts")
    overview = html[html.index('<section id="overview"') : html.index("</main>")]
    assert re.findall(r'<li class="tile sev-\w+">([^<]*)</li>', overview) == [
        "1 error",
        "23 warnings",
        "2 info",
    ]
    families = re.findall(r'<tr><th scope="row">(CL\dxx[^<]*)</th><td>(\d+)</td></tr>', overview)
    assert families == [
        ("CL1xx claims", "8"),
        ("CL2xx evidence appeals", "4"),
        ("CL3xx citations", "11"),
        ("CL4xx regulatory", "3"),
    ]
    assert overview.count('<rect x="64"') == 19  # one bar per rule found
    files = re.findall(
        r'<tr><th scope="row"><a href="#post-(\d)">([^<]*)</a></th>'
        r"<td>(\d+)</td><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td></tr>",
        overview,
    )
    assert files == [  # the most severe first
        ("1", "posts/kap-clinic-post.md", "1", "12", "0", "13"),
        ("0", "posts/citation-problems.md", "0", "8", "2", "10"),
        ("2", "posts/scraped-page.txt", "0", "3", "0", "3"),
    ]
    assert "<p>2 files had no findings.</p>" in overview
    settings = dict(re.findall(r"<dt>([^<]*)</dt><dd>([^<]*)</dd>", overview))
    assert settings == {
        "claimlint": settings["claimlint"],
        "Configuration": ".claimlint.yaml",
        "Fails on": "error and above",
        "Files checked": "5",
        "Made": "2026-01-01T00:00:00+00:00",
    }


def test_each_post_is_written_before_the_next_arrives() -> None:
    out = io.StringIO()
    report = HtmlReport(out, ReportContext(files=("a.md", "b.md")))
    head = out.getvalue()
    assert head.startswith("<!DOCTYPE html>") and "post-0" not in head
    found = Finding("a.md", Position(1, 1), Position(1, 3), "CL101", "x", "c", Severity.INFO, "m")
    report.add([found], b"ab\n")
    assert 'id="post-0"' in out.getvalue()[len(head) :]
    assert 'id="overview"' not in out.getvalue()
    summary = report.finish(2)
    assert (summary.files, summary.findings) == (2, 1)
    assert out.getvalue().endswith("</html>\n")


@pytest.mark.parametrize(
    ("rule", "name"),
    [("CL101", "CL1xx claims"), ("CL405", "CL4xx regulatory"), ("XY12", "XY1xx")],
)
def test_family(rule: str, name: str) -> None:
    assert family(rule) == name


def test_citation_findings_carry_the_entries_they_point_at(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    linked = {
        (post["path"], f["rule"], tuple(f["at"])): f["sources"]
        for post in posts(page(capsys, "posts"))
        for f in post["findings"]
        if "sources" in f
    }
    # 0-based lines and UTF-16 columns, as the script reads them: the Molero (2018) entry
    # at lines 30-33, the Murrough (2013) entry at 40-44, and so on.
    assert linked == {
        ("posts/citation-problems.md", "CL301", (20, 1, 20, 23)): [[39, 2, 43, 62]],
        ("posts/citation-problems.md", "CL302", (21, 1, 21, 20)): [[39, 2, 43, 62]],
        ("posts/citation-problems.md", "CL308", (27, 45, 27, 66)): [[48, 2, 50, 47]],
        ("posts/citation-problems.md", "CL307", (30, 14, 30, 34)): [[51, 2, 53, 10]],
        ("posts/kap-clinic-post.md", "CL301", (17, 15, 17, 35)): [[29, 2, 32, 18]],
    }


def test_the_package_never_imports_playwright() -> None:
    package = Path(__file__).resolve().parents[1] / "claimlint"
    importing = [
        path.name
        for path in package.rglob("*.py")
        if re.search(r"^\s*(import|from)\s+playwright", path.read_text(encoding="utf-8"), re.M)
    ]
    assert importing == []
    assert len(list(package.rglob("*.py"))) > 90  # the search did read the package
