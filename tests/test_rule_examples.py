"""Every rule's own examples behave as the rule file says, and every rule is documented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimlint.core.builtin import builtin_rules_dir
from claimlint.engine.kinds.check import CheckKind
from claimlint.engine.linter import Plan
from claimlint.engine.rule import Rule
from claimlint.engine.selfcheck import example_plan, load_rules
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text

RULESET = load_rules([builtin_rules_dir()])
RULES = sorted(RULESET.rules.values(), key=lambda r: r.id)


def only(rule: Rule) -> Plan:
    return example_plan(RULESET, rule)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_examples(rule: Rule) -> None:
    plan = only(rule)
    config = Config()
    config.options.update(rule.example_options)
    for text in rule.examples_fail:
        assert [f for f in lint_text(text, "example.md", plan, config) if f.rule == rule.id], (
            f"{rule.id} should flag: {text!r}"
        )
    for text in rule.examples_pass:
        found = [
            f.message for f in lint_text(text, "example.md", plan, config) if f.rule == rule.id
        ]
        assert not found, f"{rule.id} should not flag: {text!r}: {found}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_documented(rule: Rule) -> None:
    assert rule.doc.what and rule.doc.why
    if rule.kind != "system":
        assert rule.doc.example and rule.doc.better and rule.doc.see
        assert rule.examples_fail and rule.examples_pass
        assert all(url.startswith("https://") for _, url in rule.doc.see)


@pytest.mark.parametrize("rule", [r for r in RULES if r.kind == "check"], ids=lambda r: r.id)
def test_check_points_to_its_rule_file(rule: Rule) -> None:
    """The rule file is the one place a check's what, why, example and better are written;
    the module's docstring names it and adds only notes on the implementation."""
    assert isinstance(rule.impl, CheckKind)
    doc = sys.modules[type(rule.impl.check).__module__].__doc__ or ""
    name = Path(rule.path).name
    assert doc.startswith(f"Implements {rule.id}; what it finds and why: rules/{name}.\n")
    assert (Path(__file__).parent.parent / "rules" / name).is_file()
    for heading in ("What it does", "Why it matters", "Example", "Use instead"):
        assert f"\n{heading}\n" not in doc, (rule.id, heading)


def test_rule_ids_follow_the_family_scheme() -> None:
    families = {"1": "claims", "2": "evidence", "3": "sources", "4": "regulatory", "9": "self"}
    for rule in RULES:
        assert rule.id[2] in families, rule.id


def test_default_plan_has_rules() -> None:
    assert build_plan(Config()).active
