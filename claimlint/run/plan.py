"""Which rules run, at which severity: the rule packs, the configuration file's
selection and the command line's, resolved into a :class:`~claimlint.engine.linter.Plan`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from claimlint.core.builtin import builtin_rules_dir
from claimlint.engine.linter import ActiveRule, Plan
from claimlint.run.cache import cache_dir_for
from claimlint.run.config import Config, ConfigError, resolve_codes
from claimlint.run.rulecache import load_ruleset, store

if TYPE_CHECKING:
    from claimlint.engine.rule import Rule


class SelectionError(ValueError):
    """A command-line selection names no rule: the message starts with the flag."""


class Selection(NamedTuple):
    """The command line's rule selection (codes, prefixes, names or ``ALL``)."""

    select: Sequence[str] | None = None
    """``--select``: replaces the configuration's whole selection when given."""
    extend_select: Sequence[str] = ()
    """``--extend-select``: added."""
    ignore: Sequence[str] = ()
    """``--ignore``: taken away last."""


def build_plan(
    config: Config,
    selection: Selection | None = None,
    *,
    no_cache: bool = False,
    cache_dir: str | None = None,
) -> Plan:
    """Load the rule packs and pick the enabled rules.

    Raises :class:`ConfigError` (the configuration names no rule, or none is left),
    :class:`SelectionError` (a flag does) or :class:`~claimlint.engine.rule.RuleError`.
    The rule set is kept in the cache folder unless ``no_cache``.
    """
    folder = None if no_cache else cache_dir_for(config, cache_dir)
    ruleset = load_ruleset([builtin_rules_dir(), *config.rule_paths], folder)
    ids = sorted(ruleset.rules)
    names = {r.name: r.id for r in ruleset.rules.values()} | {i: i for i in ids}

    def from_config(key: str, codes: Sequence[str]) -> set[str]:
        out: set[str] = set()
        for i, code in enumerate(codes):
            try:
                out |= resolve_codes([code], ids, names)
            except ValueError as exc:
                raise config.error(str(exc), key, i) from None
        return out

    def from_flag(flag: str, codes: Sequence[str]) -> set[str]:
        try:
            return resolve_codes(codes, ids, names)
        except ValueError as exc:
            raise SelectionError(f"{flag}: {exc}") from None

    # The file's selection first; --select on the command line replaces all of it
    # (select, extend-select and ignore), like ruff; the file is still validated.
    if config.select is not None:
        enabled = from_config("select", config.select)
    else:
        enabled = {i for i in ids if ruleset.rules[i].default_enabled}
    enabled |= from_config("extend-select", config.extend_select)
    enabled -= from_config("ignore", config.ignore)
    if selection is not None:
        if selection.select is not None:
            enabled = from_flag("--select", selection.select)
        enabled |= from_flag("--extend-select", selection.extend_select)
        enabled -= from_flag("--ignore", selection.ignore)
    for pattern, codes in config.per_file_ignores.items():
        for i, code in enumerate(codes):
            try:
                resolve_codes([code], ids, names)
            except ValueError as exc:
                raise config.error(str(exc), "per-file-ignores", pattern, i) from None
    unknown = [k for k in config.severity if k not in names]
    if unknown:
        raise config.error(
            f"'severity' names unknown rule '{unknown[0]}'", "severity", unknown[0], at_key=True
        )
    if not enabled:
        raise ConfigError("no rules are enabled (check select / ignore)")
    active = {rule_id: _active(config, ruleset.rules[rule_id]) for rule_id in sorted(enabled)}
    plan = Plan(ruleset, active, dict(config.options))
    store(plan)
    return plan


def _active(config: Config, rule: Rule) -> ActiveRule:
    """``rule`` at the severity the configuration gives it (by id, then by name)."""
    severity = rule.severity
    for key in (rule.id, rule.name):
        if key in config.severity:
            severity = config.severity[key]
    return ActiveRule(rule, severity)
