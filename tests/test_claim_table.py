"""Table-driven specification of the claim rules (issue 3).

Each row of ``data/claim-sentences.yaml`` is a sentence or a short Markdown
snippet, linted as ``post.md`` with every built-in rule. Only the categories
in :data:`CATEGORIES` are compared: the set reported must equal the row's
``flag`` list, and for a flagged row a finding of ``flag[0]`` must overlap the
row's ``core`` substring (the claim's verb phrase or booster), with the row's
``severity`` when one is given. The table was written from the issue and the
corpus guide, not from the dev posts.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimlint.core.model import Finding, Position, Severity
from claimlint.engine.linter import Plan
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text

TABLE = Path(__file__).parent / "data" / "claim-sentences.yaml"
PATH = "post.md"
CATEGORIES = frozenset({"unhedged-claim", "testimonial", "uncited-claim"})
GROUPS = frozenset(
    {
        "efficacy-verbs",
        "absolute-boosters",
        "safety",
        "promises",
        "headings-frontmatter",
        "testimonials",
        "uncited-hedged",
        "hedged",
        "negations",
        "questions",
        "eligibility-conditionals",
        "mechanism",
        "cited-result",
        "reference-list-code-urls",
        "comparatives-superlatives",
        "statistics-success-rates",
        "durability",
    }
)
KEYS = frozenset({"text", "group", "flag", "core", "severity"})
MIN_ROWS = 250

Row = dict[str, Any]
ROWS: list[Row] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))


def row_id(row: Row) -> str:
    """The row's text on one line, shortened: the pytest id."""
    lines = [line.strip() for line in str(row.get("text", "")).splitlines()]
    text = " / ".join(line for line in lines if line)
    return text if len(text) <= 70 else text[:67] + "..."


def locate(text: str, core: str) -> tuple[Position, Position]:
    """Start and (exclusive) end of the first ``core`` in ``text``, 1-based."""
    offset = text.index(core)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Position(line, column), Position(line, column + len(core))


def overlaps(f: Finding, start: Position, end: Position) -> bool:
    """True when the finding's span shares a character with ``start``..``end``."""
    f_start = (f.start.line, f.start.column)
    f_end = (f.end.line, f.end.column)
    return f_start < (end.line, end.column) and (start.line, start.column) < f_end


def describe(findings: list[Finding]) -> str:
    return "\n".join(
        f"  {f.category} {f.rule} {f.severity} {f.start.line}:{f.start.column}"
        f"-{f.end.line}:{f.end.column} {f.message}"
        for f in findings
    )


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_plan(Config(select=["ALL"]))


def test_table_size_and_groups() -> None:
    assert len(ROWS) >= MIN_ROWS
    groups = Counter(row["group"] for row in ROWS)
    assert set(groups) == GROUPS, f"groups missing: {sorted(GROUPS - set(groups))}"
    # Every bullet is covered in both directions.
    for group in sorted(GROUPS):
        in_group = [row for row in ROWS if row["group"] == group]
        assert any(row["flag"] for row in in_group), f"{group}: no flagged row"
        assert any(not row["flag"] for row in in_group), f"{group}: no unflagged row"
    # Precision matters as much as recall: at least half the rows flag nothing.
    clean = sum(1 for row in ROWS if not row["flag"])
    assert clean / len(ROWS) >= 0.5


@pytest.mark.parametrize("row", ROWS, ids=[row_id(r) for r in ROWS])
def test_row_is_well_formed(row: Row) -> None:
    assert set(row) <= KEYS, f"unknown keys: {sorted(set(row) - KEYS)}"
    assert isinstance(row["text"], str) and row["text"].strip()
    assert row["group"] in GROUPS
    flag = row["flag"]
    assert isinstance(flag, list) and set(flag) <= CATEGORIES and len(set(flag)) == len(flag)
    if flag:
        assert isinstance(row.get("core"), str) and row["core"] in row["text"]
        assert "\n" not in row["core"]
    else:
        assert "core" not in row and "severity" not in row
    if "severity" in row:
        Severity.parse(row["severity"])


def test_texts_are_unique() -> None:
    duplicates = [t for t, n in Counter(row["text"] for row in ROWS).items() if n > 1]
    assert not duplicates


@pytest.mark.parametrize("row", ROWS, ids=[row_id(r) for r in ROWS])
def test_claim_row(row: Row, plan: Plan) -> None:
    text: str = row["text"]
    flag: list[str] = row["flag"]
    findings = [f for f in lint_text(text, PATH, plan) if f.category in CATEGORIES]
    reported = {f.category for f in findings}
    assert reported == set(flag), (
        f"expected {sorted(flag)}, reported {sorted(reported)}:\n{describe(findings)}"
    )
    if not flag:
        return
    start, end = locate(text, row["core"])
    primary = [f for f in findings if f.category == flag[0]]
    hits = [f for f in primary if overlaps(f, start, end)]
    assert hits, (
        f"no {flag[0]} finding overlaps {row['core']!r} at "
        f"{start.line}:{start.column}-{end.line}:{end.column}:\n{describe(primary)}"
    )
    if "severity" in row:
        # A sentence can carry two findings of one category (a booster and a
        # verb); the most severe one that covers the core is the one to check.
        severity = max(f.severity for f in hits)
        assert severity == Severity.parse(row["severity"]), describe(hits)
