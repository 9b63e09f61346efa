"""Helpers shared by the tests of claim classes: a post linted with the default rules, and
where its findings of a category stand."""

from __future__ import annotations

from functools import cache

from claimlint.core.model import Finding
from claimlint.engine.linter import Plan
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text


@cache
def _plan() -> Plan:
    return build_plan(Config())


def lint(text: str) -> list[Finding]:
    """``text`` linted as ``post.md`` with the default configuration."""
    return lint_text(text, "post.md", _plan())


def where(text: str, category: str = "unhedged-claim") -> list[tuple[str, int, int]]:
    """(rule, line, column) of each finding of ``category``."""
    return [(f.rule, f.start.line, f.start.column) for f in lint(text) if f.category == category]


def rules(text: str) -> set[str]:
    """The rules of the unhedged-claim findings."""
    return {f.rule for f in lint(text) if f.category == "unhedged-claim"}


def cited(sentence: str, title: str, author: str = "Adeyemi", year: int = 2020) -> str:
    """A post whose ``sentence`` cites (author, year) and whose one-entry reference list
    gives that work ``title``: what a citation-relevance test (CL307) reads."""
    entry = f"1. {author} T. {title}. J Clin. {year};1:1-9.\n"
    return f"{sentence} ({author}, {year}).\n\n## References\n\n{entry}"


def irrelevant_lines(text: str) -> list[tuple[str, int]]:
    """(rule, line) of each irrelevant-citation finding (CL307)."""
    return [(f.rule, f.start.line) for f in lint(text) if f.rule == "CL307"]
