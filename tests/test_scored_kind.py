"""``kind: scored`` (CL117): features, the model file, the message, how it defers to the
other claim rules, and that the committed model is what the training data gives."""

from __future__ import annotations

import math
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from claimlint.core.model import Finding
from claimlint.engine.kinds.scored import Model, featurize
from claimlint.engine.linter import Plan
from claimlint.engine.registry import read_rules
from claimlint.engine.rule import RuleError
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text

ROOT = Path(__file__).resolve().parent.parent


@cache
def _plan() -> Plan:
    return build_plan(Config())


def lint(text: str) -> list[Finding]:
    return lint_text(text, "post.md", _plan())


# -- features ---------------------------------------------------------------------------------


def test_features_of_a_sentence() -> None:
    features, words = featurize(
        "Our drip ends fatigue.", "list-item", [("subject", 0, 8), ("outcome", 14, 21)]
    )
    assert features == {
        "w:our",
        "w:drip",
        "w:ends",
        "w:fatigue",
        "f:our",
        "c:subject",
        "c:outcome",
        "p:subject<outcome",
        "s:list",
        "s:short",
    }
    assert words["w:ends"] == (9, 13)


def test_a_class_after_another_is_an_order_feature_only_that_way_round() -> None:
    features, _ = featurize(
        "Fatigue ends with our drip.", "paragraph", [("outcome", 0, 7), ("subject", 18, 26)]
    )
    assert "p:outcome<subject" in features
    assert "p:subject<outcome" not in features


@pytest.mark.parametrize(
    ("kind", "feature"),
    [("heading", "s:heading"), ("front-matter", "s:heading"), ("table-cell", "s:table")],
)
def test_the_block_kind_is_a_feature(kind: str, feature: str) -> None:
    features, _ = featurize("You sleep 8 hours.", kind, [])
    assert {feature, "s:you", "s:number", "s:short"} <= features


def test_the_score_is_the_logistic_of_bias_plus_weights() -> None:
    model = Model(-1.0, {"w:cures": 2.5, "c:hedge": -3.0})
    assert model.score({"w:cures"}) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert model.score({"w:cures", "c:hedge"}) == pytest.approx(1 / (1 + math.exp(1.5)))
    assert model.score(set()) == pytest.approx(1 / (1 + math.exp(1.0)))


# -- the model file -----------------------------------------------------------------------


def _pack(tmp_path: Path, model_text: str | None) -> Path:
    pack = tmp_path / "pack"
    (pack / "models").mkdir(parents=True)
    if model_text is not None:
        (pack / "models" / "m.yml").write_text(model_text, encoding="utf-8")
    (pack / "CL990-scored-test.yml").write_text(
        "id: CL990\nname: scored-test\ncategory: unhedged-claim\nseverity: warning\n"
        "scope: sentence\nkind: scored\ngate: [fatigue]\nmodel: models/m.yml\n"
        "message: \"'{match}' scores {score}\"\nwhat: test\nwhy: test\n"
        "example: Our drip ends fatigue.\nbetter: Some people feel less tired.\n"
        "examples:\n  fail: [Our drip ends fatigue.]\n",
        encoding="utf-8",
    )
    return pack


@pytest.mark.parametrize(
    ("model_text", "error"),
    [
        (None, "cannot read model 'models/m.yml'"),
        ("bias: 0\nweights: {}\n", "needs version: 1, a bias and weights"),
        ("version: 1\nbias: zero\nweights: {}\n", "needs version: 1, a bias and weights"),
        ("version: 1\nbias: 0\nweights: {w:x: high}\n", "weights map feature names to numbers"),
        ("version: 1\nbias: [\n", "is not valid YAML"),
    ],
)
def test_a_bad_model_file_is_a_rule_error_at_the_model_key(
    tmp_path: Path, model_text: str | None, error: str
) -> None:
    pack = _pack(tmp_path, model_text)
    with pytest.raises(RuleError) as info:
        read_rules([pack])
    assert error in str(info.value)
    assert str(info.value).startswith(f"{pack / 'CL990-scored-test.yml'}:8:")


def test_a_model_file_beside_the_rule_is_read(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "version: 1\nbias: -1\nweights: {w:ends: 3.0}\n")
    ruleset, _ = read_rules([pack])
    kind = ruleset.rules["CL990"].impl
    assert kind.model == Model(-1.0, {"w:ends": 3.0})  # type: ignore[attr-defined]


# -- as a rule --------------------------------------------------------------------------------


def test_cl117_reports_its_example_and_names_the_words_that_weighed_most() -> None:
    found = [
        f for f in lint("Our drip leaves you energised and clear-headed.") if f.rule == "CL117"
    ]
    assert len(found) == 1
    assert re.fullmatch(
        r"'[^']+' reads as a certain claim about [^(]+ \(score 0\.\d\d; the words that weighed"
        r" most: '[\w-]+'(?:, '[\w-]+'){0,2}\)",
        found[0].message,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Our drip may leave you energised for a while.",
        "Does our drip leave you energised?",
        "Our drip does not leave you energised.",
    ],
)
def test_cl117_does_not_score_hedged_questioned_or_denied_sentences(text: str) -> None:
    assert [f for f in lint(text) if f.rule == "CL117"] == []


def test_cl117_stands_back_where_another_claim_rule_reports_the_sentence() -> None:
    found = lint("Ketamine cures depression.")
    assert [f.rule for f in found if f.category == "unhedged-claim"] == ["CL101"]


# -- training -----------------------------------------------------------------------------------


def test_the_committed_model_is_what_the_training_data_gives() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_claim_scorer.py"), "train", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "model is up to date"
