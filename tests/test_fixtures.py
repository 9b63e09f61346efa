"""Fixture posts with inline expectation markers, checked exhaustively.

Markers are read with a regular expression, independent of the parser:

- ``<!-- expect: CL101 -->`` at the end of the line a finding starts on;
- ``<!-- expect: CL101@14 -->`` with its column;
- ``<!-- expect+3: CL201 -->`` on its own line, for a finding three lines below.

Every finding must match a marker and every marker must be used.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimlint.engine.linter import Plan
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text

FIXTURES = Path(__file__).parent / "fixtures"
MARKER = re.compile(r"<!--\s*expect(?:\+(?P<ahead>\d+))?:\s*(?P<codes>[^>]*?)\s*-->")
CODE = re.compile(r"(?P<rule>CL\d{3})(?:@(?P<column>\d+))?")


def expectations(text: str) -> list[tuple[str, int, int | None]]:
    out: list[tuple[str, int, int | None]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        for m in MARKER.finditer(line):
            target = number + int(m.group("ahead") or 0)
            for c in CODE.finditer(m.group("codes")):
                column = int(c.group("column")) if c.group("column") else None
                out.append((c.group("rule"), target, column))
    return out


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_plan(Config(select=["ALL"]))


@pytest.mark.parametrize(
    "path",
    sorted(p for p in FIXTURES.iterdir() if p.suffix in (".md", ".txt")),
    ids=lambda p: p.name,
)
def test_fixture(path: Path, plan: Plan) -> None:
    text = path.read_text(encoding="utf-8")
    findings = lint_text(text, path.name, plan)
    expected = expectations(text)
    unused = list(expected)
    unexpected = []
    for f in findings:
        match = next(
            (
                e
                for e in unused
                if e[0] == f.rule
                and e[1] == f.start.line
                and (e[2] is None or e[2] == f.start.column)
            ),
            None,
        )
        if match is None:
            unexpected.append(f)
        else:
            unused.remove(match)
    problems = [
        f"-{rule} {path.name}:{line}{f':{col}' if col else ''} (expected, not produced)"
        for rule, line, col in unused
    ]
    problems += [
        f"+{f.rule} {path.name}:{f.start.line}:{f.start.column} {f.message!r} "
        "(produced, not expected)"
        for f in unexpected
    ]
    assert not problems, "\n".join(problems)


def test_marker_reader() -> None:
    text = "a <!-- expect: CL101 CL201@4 -->\n<!-- expect+2: CL102 -->\n"
    assert expectations(text) == [("CL101", 1, None), ("CL201", 1, 4), ("CL102", 4, None)]
