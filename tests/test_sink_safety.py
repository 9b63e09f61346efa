"""Output is valid in every sink whatever the message holds: control characters, lone
surrogates (a broken file decoded with replacement), ``]]>``, markup and escapes."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimlint.core.model import Finding, Position, Severity, Span
from claimlint.output.context import ReportContext
from claimlint.output.github import format_github
from claimlint.output.junit import format_junit
from claimlint.output.report import format_json, format_text
from claimlint.output.sarif import format_sarif

HOSTILE = st.lists(
    st.one_of(
        st.characters(exclude_categories=()),  # any code point: surrogates, controls too
        st.sampled_from(["]]>", "<", "&", '"', "\x1b[31m", "\r", "\n", "\x00", "::set-env"]),
    ),
    max_size=30,
).map("".join)


def finding(message: str, suggestion: str) -> Finding:
    return Finding(
        path="post.md",
        start=Position(1, 1),
        end=Position(1, 2),
        rule="CL101",
        name="unhedged-cure",
        category="unhedged-claim",
        severity=Severity.ERROR,
        message=message,
        suggestion=suggestion,
        span=Span(0, 1),
        excerpt=message,
    )


@settings(max_examples=150, deadline=None)
@given(HOSTILE, HOSTILE)
def test_every_format_stays_valid(message: str, suggestion: str) -> None:
    findings = [finding(message, suggestion)]
    ctx = ReportContext(files=["post.md"], cwd=Path.cwd())
    json.loads(format_json(findings, 1))
    sarif = json.loads(format_sarif(findings, ctx))
    assert sarif["runs"][0]["results"][0]["ruleId"] == "CL101"
    ET.fromstring(format_junit(findings, ctx).encode("utf-8"))
    text = format_text(findings, 1, color=False, show_source=True)
    assert "\x1b" not in text and "\x00" not in text
    for out in (format_json(findings, 1), format_sarif(findings, ctx), text):
        out.encode("utf-8")  # writable to a UTF-8 stream: no lone surrogates left


def test_a_lone_surrogate_in_any_text_becomes_the_replacement_character() -> None:
    findings = [finding("cures \ud800 depression", "say \udfff may help")]
    ctx = ReportContext(files=["post.md"], cwd=Path.cwd())
    text = format_text(findings, 1, color=False, show_source=True)
    for out in (format_json(findings, 1), format_sarif(findings, ctx), text):
        out.encode("utf-8")
        assert "\ufffd" in out and "\ud800" not in out and "\udfff" not in out
    for command in format_github(findings, ctx).splitlines():
        command.encode("utf-8")
    [item] = json.loads(format_json(findings, 1))["findings"]
    assert item["suggestion"] == "say \ufffd may help"
