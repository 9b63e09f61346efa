"""Helpers shared by the tests that drive the CLI in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimlint.cli import main
from claimlint.engine.linter import Plan
from claimlint.run.runner import lint_text


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return (exit status, stdout, stderr). Never a traceback."""
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def write(path: Path, text: str | bytes) -> Path:
    """Write text (UTF-8) or bytes, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def one_line_findings(plan: Plan, text: str) -> list[tuple[str, str, str]]:
    """(rule, category, the words it points at) of each finding on a one-line post."""
    out = []
    for f in lint_text(text + "\n", "post.md", plan):
        assert f.start.line == f.end.line == 1
        out.append((f.rule, f.category, text[f.start.column - 1 : f.end.column - 1]))
    return out
