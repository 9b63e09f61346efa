"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Columns are UTF-16 code units (``columnKind: utf16CodeUnits``), the unit
GitHub and most editors use; an end column is one past the last character.
Artifact locations are relative to the repository root (``%SRCROOT%``).

``partialFingerprints.primaryLocationLineHash`` is computed the way GitHub's
upload action computes it when a result has none: a rolling hash of the
first 100 characters (spaces and tabs skipped, newlines normalised) from the
start of the finding's line, with ``:N`` counting identical hashes from the
top of the file. It depends on the text at and after the line, not on the
line number, so lines added above a finding leave it unchanged, and the
upload action finds the value it expects instead of warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from claimlint import __version__
from claimlint.core.model import Finding, Severity
from claimlint.engine.rule import Rule
from claimlint.output.context import INFORMATION_URI, ReportContext, full_message, json_text

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
#: GitHub's ``problem.severity`` for results that are not security alerts.
PROBLEM_SEVERITIES = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "recommendation",
}

_BLOCK = 100
_BASE = 37
_MASK = (1 << 64) - 1
_LEAD = pow(_BASE, _BLOCK, 1 << 64)
_TAB, _LF, _CR, _SPACE, _EOF = 9, 10, 13, 32, 0xFFFF


def line_hashes(text: str) -> dict[int, str]:
    """``hash:occurrence`` for every 1-based line of ``text`` (the file as read, undecoded
    bytes replaced), as GitHub's upload action computes ``primaryLocationLineHash``."""
    units = memoryview(text.encode("utf-16-le", errors="surrogatepass")).cast("H")
    window = [0] * _BLOCK
    starts = [-1] * _BLOCK  # the line a window slot's character starts, or -1
    hashes: dict[int, str] = {}
    seen: dict[str, int] = {}
    value = index = line = 0
    line_start, after_cr = True, False

    def emit() -> None:
        key = format(value, "x")
        seen[key] = seen.get(key, 0) + 1
        hashes[starts[index]] = f"{key}:{seen[key]}"
        starts[index] = -1

    def push(unit: int) -> None:
        nonlocal value, index
        value = (value * _BASE + unit - _LEAD * window[index]) & _MASK
        window[index] = unit
        index = (index + 1) % _BLOCK

    for unit in (*units, _EOF):
        if unit in (_SPACE, _TAB) or (after_cr and unit == _LF):
            after_cr = False
            continue
        after_cr = unit == _CR
        if after_cr:
            unit = _LF
        if starts[index] != -1:
            emit()
        if line_start:
            line_start = False
            line += 1
            starts[index] = line
        if unit == _LF:
            line_start = True
        push(unit)
    for _ in range(_BLOCK):
        if starts[index] != -1:
            emit()
        push(0)
    return hashes


def _paragraphs(text: str) -> str:
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


def rule_help(rule: Rule) -> tuple[str, str]:
    """(plain text, Markdown) help from the rule's documentation."""
    doc = rule.doc
    text = [_paragraphs(doc.what), "Why it matters: " + _paragraphs(doc.why)]
    markdown = [_paragraphs(doc.what), "## Why it matters", _paragraphs(doc.why)]
    if doc.example:
        text.append("Example: " + doc.example.strip())
        markdown += ["## Example", "> " + " ".join(doc.example.split())]
    if doc.better:
        text.append("Use instead: " + doc.better.strip())
        markdown += ["## Use instead", "> " + " ".join(doc.better.split())]
    if doc.see:
        text.append("See also: " + "; ".join(f"{title} ({url})" for title, url in doc.see))
        markdown += ["## See also", "\n".join(f"- [{title}]({url})" for title, url in doc.see)]
    return "\n\n".join(text), "\n\n".join(markdown)


def rule_descriptor(rule: Rule, severity: Severity) -> dict[str, Any]:
    """``tool.driver.rules[]`` for one enabled rule."""
    text, markdown = rule_help(rule)
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": _paragraphs(rule.doc.what)},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {
            "precision": rule.precision,
            "problem.severity": PROBLEM_SEVERITIES[severity],
            "tags": [rule.category],
        },
    }


def _result(
    f: Finding, ctx: ReportContext, index: dict[str, int], hashes: dict[int, str] | None
) -> dict[str, Any]:
    start = ctx.sources.utf16(f.path, f.start)
    end = ctx.sources.utf16(f.path, f.end)
    result: dict[str, Any] = {"ruleId": f.rule}
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    result |= {
        "level": LEVELS[f.severity],
        "message": {"text": full_message(f)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {
                        "uri": quote(ctx.repo_path(f.path)),
                        "uriBaseId": "%SRCROOT%",
                    },
                    "region": {
                        "startLine": start.line,
                        "startColumn": start.column,
                        "endLine": end.line,
                        "endColumn": end.column,
                    },
                }
            }
        ],
    }
    if hashes is not None and f.start.line in hashes:
        result["partialFingerprints"] = {"primaryLocationLineHash": hashes[f.start.line]}
    return result


def format_sarif(findings: Sequence[Finding], ctx: ReportContext) -> str:
    """One run: the tool with every enabled rule, and a result per finding."""
    rules = sorted(ctx.rules, key=lambda a: a.rule.id)
    index = {a.rule.id: i for i, a in enumerate(rules)}
    hashes: dict[str, dict[int, str] | None] = {}
    results = []
    for f in findings:
        if f.path not in hashes:
            raw = ctx.sources.raw(f.path)
            hashes[f.path] = None if raw is None else line_hashes(raw.decode("utf-8", "replace"))
        results.append(_result(f, ctx, index, hashes[f.path]))
    root_uri = (ctx.root if ctx.root is not None else ctx.cwd).as_uri()
    if not root_uri.endswith("/"):
        root_uri += "/"
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimlint",
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [rule_descriptor(a.rule, a.severity) for a in rules],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri}},
                "columnKind": "utf16CodeUnits",
                "results": results,
            }
        ],
    }
    return json_text(log, indent=2) + "\n"
