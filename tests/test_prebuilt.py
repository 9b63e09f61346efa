"""The built-in pack's work done ahead (``claimlint/core/prebuilt.bin``, written by
``scripts/gen_prebuilt.py``): the shipped table is what the script writes now, a start
uses it instead of decoding YAML and building tries, and what it does not hold (a
changed or a user's file, other phrases) is computed as before."""

from __future__ import annotations

import dataclasses
import random
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from claimlint.core import prebuilt, yamlnodes
from claimlint.core.builtin import builtin_rules_dir
from claimlint.engine.registry import read_rules
from claimlint.regulatory import knowledge
from claimlint.run.config import Config
from claimlint.run.plan import Selection, build_plan
from claimlint.text import shipped
from claimlint.text.lexicon import PhraseMatcher

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "gen_prebuilt.py"


def test_the_shipped_table_is_what_the_script_writes() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_the_builtin_pack_loads_without_decoding_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str, path: str) -> None:
        raise AssertionError(f"{path} was decoded")

    monkeypatch.setattr(yamlnodes, "_locate", refuse)
    ruleset, locs = read_rules([builtin_rules_dir()])
    assert len(ruleset.rules) > 40
    loc = next(iter(locs.values()))
    assert loc.mark("id").line >= 1  # positions come along, for errors


def test_a_file_the_table_does_not_hold_is_decoded(tmp_path: Path) -> None:
    rule = next(builtin_rules_dir().glob("CL101-*.yml"))
    text = rule.read_text(encoding="utf-8") + "\n# changed\n"
    loc = yamlnodes.load_located(text, str(tmp_path / "changed.yml"))
    assert loc.data == yamlnodes.load_located(rule.read_text(encoding="utf-8"), "x").data
    assert loc.path.endswith("changed.yml")
    with pytest.raises(yamlnodes.YamlError, match="duplicate key"):
        yamlnodes.load_located("a: 1\na: 2\n", "bad.yml")


def _state(matcher: PhraseMatcher) -> dict[str, object]:
    return shipped._state(matcher)


def test_a_shipped_matcher_is_the_one_built_from_its_phrases_in_any_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = build_plan(Config(), Selection(select=["ALL"]), no_cache=True)
    unit, active, _ = plan.unit_groups[0]
    assert unit == "sentence"
    sets = [pair for a in active for pair in a.rule.impl.phrases()]  # as the plan's matcher
    shipped_matchers = prebuilt._entries().get("phrase-matcher", {})
    assert shipped_matchers, "the table holds no matcher"
    lookup = prebuilt.lookup

    def shipped_only(kind: str, digest: str, make: Callable[[], object]) -> object:
        assert digest in shipped_matchers, "the matcher of the rules' term sets is not shipped"
        return lookup(kind, digest, make)

    monkeypatch.setattr(prebuilt, "lookup", shipped_only)
    from_table = shipped.phrase_matcher(sets)  # term sets: found by their word lists
    monkeypatch.setattr(prebuilt, "lookup", lookup)
    tagged = [(tag, list(phrases)) for tag, phrases in sets]
    random.Random(7).shuffle(tagged)
    for _, phrases in tagged:
        random.Random(8).shuffle(phrases)
    assert _state(from_table) == _state(PhraseMatcher(tagged))
    text = "It is the most effective treatment, 100% effective and clinically proven."
    assert from_table.findall(text) == PhraseMatcher(tagged).findall(text)


def test_other_phrases_are_built() -> None:
    matcher = shipped.phrase_matcher([("x", ["no such phrase in any rule"])])
    assert [m.tags for m in matcher.findall("There is no such phrase in any rule here.")] == [
        frozenset({"x"})
    ]


def test_a_table_of_another_version_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "prebuilt.bin"
    table.write_bytes(prebuilt.dumps({"located": {"k": (1, {})}}))
    monkeypatch.setattr(prebuilt, "TABLE", table)
    monkeypatch.setattr(prebuilt, "_table", None)
    assert prebuilt.lookup("located", "k", lambda: "made") == (1, {})
    monkeypatch.setattr(prebuilt, "VERSION", prebuilt.VERSION + 1)
    monkeypatch.setattr(prebuilt, "_table", None)
    assert prebuilt.lookup("located", "k", lambda: "made") == "made"


def test_without_a_table_everything_is_computed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prebuilt, "TABLE", tmp_path / "missing.bin")
    monkeypatch.setattr(prebuilt, "_table", None)
    ruleset, _ = read_rules([builtin_rules_dir()])
    assert len(ruleset.rules) > 40


def test_a_shipped_node_tree_is_the_composed_one_aliases_shared() -> None:
    files = sorted((builtin_rules_dir() / "knowledge").glob("*.yml"))
    assert files
    shared = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        shipped_tree = yamlnodes.compose_nodes(text, str(path))
        composed = yamlnodes._compose_nodes(text, str(path), "auto")
        assert yamlnodes._plain(shipped_tree) == yamlnodes._plain(composed), path.name
        plain = yamlnodes._plain(composed)
        refs = 1 + sum(len(e[2]) * (1 if len(e) == 3 else 2) for e in plain if type(e) is list)
        shared += refs > len(plain)  # a node reached twice: an alias
    assert shared, "no file with an alias was compared"


def test_the_shipped_knowledge_pack_is_the_built_one(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = builtin_rules_dir() / "knowledge"
    lookup = prebuilt.lookup

    def shipped_only(kind: str, digest: str, make: Callable[[], object]) -> object:
        assert kind != "knowledge-pack" or digest in prebuilt._entries()[kind], "not shipped"
        return lookup(kind, digest, make)

    for jurisdiction in knowledge.jurisdiction_ids(folder):
        monkeypatch.setattr(prebuilt, "lookup", shipped_only)
        shipped_pack = knowledge.load_pack(folder, jurisdiction=jurisdiction)
        monkeypatch.setattr(prebuilt, "lookup", lookup)
        built = knowledge._Builder(folder, "auto").build(jurisdiction)
        assert shipped_pack.default_jurisdiction == jurisdiction
        for name in (f.name for f in dataclasses.fields(built)):
            ours, theirs = getattr(shipped_pack, name), getattr(built, name)
            assert (dict(ours) if isinstance(ours, Mapping) else ours) == (
                dict(theirs) if isinstance(theirs, Mapping) else theirs
            ), name
    with pytest.raises(knowledge.KnowledgeError, match="unknown jurisdiction 'xx'"):
        knowledge.load_pack(folder, jurisdiction="xx")
