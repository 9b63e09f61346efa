"""What kinds need: the engine skips a rule on a unit whose phrases carry none of the tags
its kind needs and whose text none of its patterns may match, and that changes no finding."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, cast

import pytest
import yaml

from claimlint.core.builtin import builtin_rules_dir
from claimlint.core.model import Finding, Severity
from claimlint.core.yamlnodes import Located
from claimlint.engine.linter import ActiveRule, Plan, lint_document
from claimlint.engine.registry import RuleSet
from claimlint.engine.rule import Context, Hit, Kind, Needs, Rule, RuleDoc, configured_jurisdiction
from claimlint.engine.selfcheck import load_rules
from claimlint.text.document import Sentence, parse_text
from claimlint.text.lexicon import Lexicon
from claimlint.text.prefilter import Needles, needles

DATA = Path(__file__).parent / "data"
DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
POST = """\
---
title: Ketamine cures depression
---
# What to expect

Ketamine cures depression in 90% of our patients. Book a consult today.

> "I felt better after one session," says one client.

Studies show TMS works. Call us.
"""


class Recording(Kind):
    """A kind that reports nothing and remembers every unit it is shown."""

    name = "recording"
    seen: list[str]

    def __init__(self, needs: Needs | None) -> None:
        super().__init__("CL990", {}, Located(None, {}, ""), {})
        self._needs = needs
        self.seen = []

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        return [("CL990:words", ["cures", "works"])]

    def needs(self) -> Needs | None:
        return self._needs

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        self.seen.append(unit.text)
        return iter(())


class Plugin(Kind):
    """A kind written before kinds said what they need: it does not override :meth:`needs`."""

    name = "plugin"

    def __init__(self) -> None:
        super().__init__("CL991", {}, Located(None, {}, ""), {})
        self.seen: list[str] = []

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        self.seen.append(unit.text)
        yield Hit(0, 1, {"match": unit.text[:1]})


def _rule(impl: Kind) -> Rule:
    doc = RuleDoc("what", "why", "example", "better")
    return Rule(
        impl.rule_id, impl.name, "test", Severity.INFO, "sentence", impl.name, "m", doc, impl, ""
    )


def _plan(*impls: Kind) -> Plan:
    rules = {impl.rule_id: _rule(impl) for impl in impls}
    lexicons: dict[str, Lexicon] = {}
    active = {r.id: ActiveRule(r, r.severity) for r in rules.values()}
    return Plan(RuleSet(rules, lexicons), active)


def test_a_kind_sees_only_units_with_a_tag_it_needs() -> None:
    kind = Recording(Needs.of({"CL990:words"}))
    lint_document(parse_text(POST), _plan(kind))
    assert kind.seen == [
        "Ketamine cures depression",
        "Ketamine cures depression in 90% of our patients.",
        "Studies show TMS works.",
    ]


def test_a_kind_sees_units_with_a_tag_or_a_text_its_pattern_may_match() -> None:
    kind = Recording(Needs.of({"CL990:words"}, [needles(re.compile(r"\bcall\s+us\b", re.I))]))
    lint_document(parse_text(POST), _plan(kind))
    assert kind.seen == [
        "Ketamine cures depression",
        "Ketamine cures depression in 90% of our patients.",
        "Studies show TMS works.",
        "Call us.",
    ]


def test_a_pattern_without_words_needs_every_unit() -> None:
    assert Needs.of({"CL990:words"}, [needles(re.compile(r"\w+"))]) is None


def test_a_kind_that_needs_nothing_sees_every_unit() -> None:
    kind, plugin = Recording(None), Plugin()
    findings = lint_document(parse_text(POST), _plan(kind, plugin))
    everything = [s.text for s in parse_text(POST).sentences()]
    assert kind.seen == everything
    assert plugin.seen == everything
    assert len([f for f in findings if f.rule == "CL991"]) == len(everything)


def test_builtin_kinds_declare_what_they_need() -> None:
    ruleset = load_rules([builtin_rules_dir()])
    needs = {rid: r.impl.needs() for rid, r in ruleset.rules.items()}
    assert needs["CL101"] == Needs(frozenset({"CL101:trigger"}))
    assert needs["CL114"] == Needs(
        frozenset({"CL114:voice", "CL114:reported", "CL114:told", "CL114:arrival"})
    )
    cl108, cl201 = needs["CL108"], needs["CL201"]  # phrases, or words of their patterns
    assert cl108 is not None and cl108.tags == {"CL108:trigger", "CL108:standalone"}
    assert len(cl108.words) == 1
    assert cl201 is not None and cl201.tags == {"CL201:cues", "CL201:experts"}
    assert len(cl201.words) == 14  # one needle set a pattern
    assert needs["CL401"] is not None and not needs["CL401"].tags  # its unit_needs: words
    assert needs["CL303"] is None  # a document check says nothing


def _texts() -> list[str]:
    ruleset = load_rules([builtin_rules_dir()])
    texts = [POST]
    for rule in ruleset.rules.values():
        texts += [*rule.examples_fail, *rule.examples_pass]
    rows = yaml.safe_load((DATA / "claim-sentences.yaml").read_text(encoding="utf-8"))
    texts += [row["text"] for row in rows]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.md"))]
    return texts


def _lint_all(plan: Plan, texts: list[str]) -> list[list[Finding]]:
    return [lint_document(parse_text(text), plan) for text in texts]


@pytest.mark.parametrize("jurisdiction", ["us", "uk"])
def test_gating_changes_no_finding(jurisdiction: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Required tags and the kinds' regex prefilters (:mod:`claimlint.text.prefilter`) on,
    then both off: the same findings."""
    ruleset = load_rules([builtin_rules_dir()])
    active = {rid: ActiveRule(r, r.severity) for rid, r in ruleset.rules.items()}
    options: Mapping[str, Any] = {"jurisdiction": jurisdiction}
    gated = Plan(ruleset, dict(active), options)
    ungated = Plan(ruleset, dict(active), options)
    assert any(n is not None for n in gated.needs.values())
    ungated.needs = dict.fromkeys(ungated.needs)
    texts = _texts()
    with_gates = _lint_all(gated, texts)
    monkeypatch.setattr(Needles, "may_match", lambda self, lowered: True)
    assert with_gates == _lint_all(ungated, texts)


def test_configured_jurisdiction_defaults_to_us() -> None:
    assert configured_jurisdiction({}.get) == "us"
    assert configured_jurisdiction({"jurisdiction": None}.get) == "us"
    assert configured_jurisdiction({"jurisdiction": "uk"}.get) == "uk"


PLAIN_CHECKS = '''\
from claimlint.engine.rule import Hit, Needs
from claimlint.text.prefilter import needles
import re


class Bare:
    """Only the two generators: the optional members come from the defaults."""

    def check_unit(self, unit, ctx, options):
        yield Hit(0, 1, {"match": unit.text[:1]})

    def check_document(self, doc, ctx, options):
        return iter(())


class Declaring(Bare):
    """Its own optional members, without subclassing BaseCheck."""

    uses_knowledge = True

    def unit_needs(self, options):
        return Needs.of((), [needles(re.compile(options["word"]))])


class Confused(Bare):
    """A unit_needs that returns no Needs: as if it had none."""

    def unit_needs(self, options):
        return "every sentence"


BARE, DECLARING, CONFUSED = Bare(), Declaring(), Confused()
'''


def test_third_party_checks_need_not_subclass_base_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry-point check with only ``check_unit`` and ``check_document`` gets the
    defaults of the optional members; one that has them, but not the base class, keeps its
    own."""
    from claimlint.engine.checks import BaseCheck, find_check

    site = tmp_path / "site-packages"
    (site / "plain-1.0.dist-info").mkdir(parents=True)
    (site / "plain_checks.py").write_text(PLAIN_CHECKS, encoding="utf-8")
    (site / "plain-1.0.dist-info" / "METADATA").write_text("Name: plain\nVersion: 1.0\n")
    (site / "plain-1.0.dist-info" / "entry_points.txt").write_text(
        "[claimlint.checks]\nbare = plain_checks:BARE\ndeclaring = plain_checks:DECLARING\n"
        "confused = plain_checks:CONFUSED\n"
    )
    monkeypatch.syspath_prepend(str(site))
    bare, declaring, confused = (find_check(n) for n in ("bare", "declaring", "confused"))
    assert isinstance(bare, BaseCheck) and isinstance(declaring, BaseCheck)
    assert isinstance(confused, BaseCheck)
    assert (bare.uses_knowledge, bare.unit_needs({"word": "us"})) == (False, None)
    assert confused.unit_needs({}) is None
    assert declaring.uses_knowledge
    needs = declaring.unit_needs({"word": r"\bcall\s+us\b"})
    assert needs is not None and not needs.tags and len(needs.words) == 1
    unit = next(parse_text("Call us.").sentences())
    hits = bare.check_unit(unit, cast(Context, None), {})  # delegated to the object
    assert [h.values["match"] for h in hits] == ["C"]
