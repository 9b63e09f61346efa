"""A rule pack proved before use: every rule's examples are linted, and every
regular expression is tried for catastrophic backtracking (in a child process,
:mod:`claimlint.engine.regex_guard`).

:func:`load_rules` is :func:`claimlint.engine.registry.read_rules` followed by
both proofs; an error points at the rule's file, line and column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from claimlint.core.yamlnodes import Located
from claimlint.engine.linter import INTERNAL_ERROR, ActiveRule, Plan, lint_document
from claimlint.engine.registry import RuleSet, read_rules
from claimlint.engine.rule import Rule, rule_error
from claimlint.text.document import parse_text


def load_rules(folders: Sequence[Path], *, proven: Sequence[Path] = ()) -> RuleSet:
    """Read the rule packs in ``folders`` (built-in first) and prove every rule, but those
    read from a folder of ``proven`` (the built-in pack, whose proofs run in the test suite
    and in ``claimlint rules --check``); raise :class:`~claimlint.engine.rule.RuleError`."""
    ruleset, locs = read_rules(folders)
    done = {p.resolve() for p in proven}
    prove = {
        rule_id: loc for rule_id, loc in locs.items() if Path(loc.path).resolve().parent not in done
    }
    for rule_id, loc in prove.items():
        check_examples(ruleset, ruleset.rules[rule_id], loc)
    if prove:
        check_patterns(ruleset, prove)
    return ruleset


def check_patterns(ruleset: RuleSet, locs: Mapping[str, Located]) -> None:
    """Refuse a rule whose regular expression backtracks catastrophically (see
    :mod:`claimlint.engine.regex_guard`): an error naming the rule and its file. (Imported
    here: a start with the built-in pack alone, proved already, runs no child process.)"""
    from claimlint.engine.regex_guard import BUDGET, find_slow, rule_patterns

    slow = find_slow(rule_patterns(ruleset.rules[r] for r in locs))
    if slow is not None:
        raise rule_error(
            locs[slow.rule_id],
            f"rule {slow.rule_id}: a regular expression takes more than {BUDGET:g} s on a "
            f"1,000-character input (catastrophic backtracking?): {slow.pattern[:80]}",
            "kind",
        )


def example_plan(ruleset: RuleSet, rule: Rule) -> Plan:
    """The plan a rule's examples run with: the rule, the rules it builds on (a
    ``when-found`` category), the internal-error rule and the examples' options."""
    active = {rule.id: ActiveRule(rule, rule.severity)}
    for category in rule.impl.when_found:
        for other in ruleset.rules.values():
            if other.category == category:
                active.setdefault(other.id, ActiveRule(other, other.severity))
    crash = ruleset.rules.get(INTERNAL_ERROR)
    if crash is not None and rule.id != INTERNAL_ERROR:
        active[INTERNAL_ERROR] = ActiveRule(crash, crash.severity)
    return Plan(ruleset, active, options=rule.example_options)


def check_examples(ruleset: RuleSet, rule: Rule, loc: Located) -> None:
    """Lint each example as a Markdown post with only ``rule`` on; raise :class:`RuleError`.

    Every ``examples.fail`` text must give at least one finding of the rule,
    every ``examples.pass`` text none; the error points at the example in the YAML.
    """
    if not rule.examples_fail and not rule.examples_pass:
        return
    plan = example_plan(ruleset, rule)
    for key, texts in (("fail", rule.examples_fail), ("pass", rule.examples_pass)):
        for i, text in enumerate(texts):
            findings = lint_document(parse_text(text, "example.md"), plan)
            crashed = [f for f in findings if f.rule == INTERNAL_ERROR and rule.id != f.rule]
            if crashed:
                raise rule_error(
                    loc, f"examples.{key}[{i}]: {crashed[0].message}", "examples", key, i
                )
            own = [f for f in findings if f.rule == rule.id]
            if key == "fail" and not own:
                raise rule_error(
                    loc,
                    f"examples.fail[{i}] is not flagged by {rule.id}: {text!r}",
                    "examples",
                    key,
                    i,
                )
            if key == "pass" and own:
                f = own[0]
                raise rule_error(
                    loc,
                    f"examples.pass[{i}] is flagged by {rule.id} at "
                    f"{f.start.line}:{f.start.column} ({f.message}): {text!r}",
                    "examples",
                    key,
                    i,
                )
