"""The regex prefilter: the words a pattern's matches must contain, and that it never
rules out a text the pattern matches."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from claimlint.core.builtin import builtin_rules_dir
from claimlint.engine.checks.crisis_resources import SUICIDE_WORDS
from claimlint.engine.checks.risk_information import RISK_WORDS
from claimlint.engine.selfcheck import load_rules
from claimlint.regulatory.mentions import APPROVAL_WORDS, LEGAL_WORDS
from claimlint.text.prefilter import Needles, ascii_lower, needles

DATA = Path(__file__).parent / "data"
#: The labelled dev posts, when ../shared is there: real prose with real matches.
DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def groups(source: str, flags: int = re.IGNORECASE) -> list[set[str]]:
    return [set(g) for g in needles(re.compile(source, flags)).groups]


def test_a_literal_run_is_required() -> None:
    assert groups(r"\baccording\s+to\b") == [{"according"}]


def test_one_word_of_each_alternative() -> None:
    assert groups(r"\b(?:cures?|heals|eliminates)\b") == [{"cure", "heals", "eliminates"}]


def test_every_required_part_is_a_group_longest_words_first() -> None:
    assert groups(r"(?:study|trial)\s+(?:\w+\s+){0,3}(?:proved|showed)") == [
        {"proved", "showed"},
        {"study", "trial"},
    ]


def test_optional_parts_and_negative_lookarounds_require_nothing() -> None:
    assert groups(r"(?:really\s+)?(?<!not\s)works(?!\s+for)") == [{"works"}]
    assert groups(r"(?:always)*\s*(?:never)?") == []


def test_a_repeat_of_at_least_one_and_a_lookahead_require_their_words() -> None:
    assert groups(r"(?:very\s+)+good") == [{"good"}, {"very"}]
    assert groups(r"approved(?=\s+for\b)") == [{"approved"}, {"for"}]


def test_an_alternative_without_a_word_makes_the_group_useless() -> None:
    assert groups(r"\b(?:cure|\w+ly|it)\b") == []


def test_digits_and_percent_count_short_letters_do_not() -> None:
    assert groups(r"\d+\s?%") == [{"%"}, set("0123456789")]
    assert groups(r"\b(?:an?|of)\s+\w+") == []


def test_a_word_that_holds_another_of_its_group_is_dropped() -> None:
    assert groups(r"(?:analysis|meta-analysis)") == [{"analysis"}]


def test_case_sensitive_parts_are_still_lower_cased() -> None:
    assert groups(r"(?-i:FDA)\s+approved") == [{"approved"}, {"fda"}]


def test_several_patterns_share_one_group() -> None:
    n = needles(re.compile("approved", re.I), re.compile("legal", re.I))
    assert [set(g) for g in n.groups] == [{"approved", "legal"}]
    assert needles(re.compile("approved"), re.compile(r"\w+")) == Needles()


def test_a_pattern_it_cannot_read_may_always_match() -> None:
    assert needles(re.compile(r"(a)(?(1)cure|heal)")).may_match("nothing") is True


def test_may_match_lower_cased_ascii_only() -> None:
    n = needles(re.compile(r"\bcures\b", re.IGNORECASE))
    assert n.may_match(ascii_lower("It CURES pain")) is True
    assert n.may_match(ascii_lower("It helps")) is False
    # Outside ASCII, Unicode case folding matches letters the test cannot see:
    # the Kelvin sign is a "k", the long s an "s".
    assert ascii_lower("It cureſ pain") is None
    assert n.may_match(ascii_lower("It cureſ pain")) is True
    assert re.search(r"\bcures\b", "It cureſ pain", re.IGNORECASE)


def _texts() -> list[str]:
    ruleset = load_rules([builtin_rules_dir()])
    texts: list[str] = []
    for rule in ruleset.rules.values():
        texts += [*rule.examples_fail, *rule.examples_pass, rule.doc.example, rule.doc.better]
    rows = yaml.safe_load((DATA / "claim-sentences.yaml").read_text(encoding="utf-8"))
    texts += [row["text"] for row in rows]
    for post in sorted(DEV.glob("*.md")):
        texts += [line for line in post.read_text(encoding="utf-8").splitlines() if line]
    return texts


def _patterns() -> list[re.Pattern[str]]:
    ruleset = load_rules([builtin_rules_dir()])
    found = [p for rule in ruleset.rules.values() for p in rule.impl.regexes()]
    return [*found, APPROVAL_WORDS, LEGAL_WORDS, SUICIDE_WORDS, RISK_WORDS]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


@pytest.mark.parametrize("pattern", _patterns(), ids=lambda p: p.pattern[:40])
def test_no_text_a_pattern_matches_is_ruled_out(pattern: re.Pattern[str], texts: list[str]) -> None:
    n = needles(pattern)
    rng = random.Random(pattern.pattern)
    words = [w for text in texts for w in text.split()]
    # the examples, and shuffled mixtures of their words (more matches, odd case)
    samples = list(texts)
    for _ in range(300):
        picked = rng.sample(words, rng.randint(2, 12))
        samples.append(" ".join(w.upper() if rng.random() < 0.2 else w for w in picked))
    for text in samples:
        if pattern.search(text):
            assert n.may_match(ascii_lower(text)), (pattern.pattern, n.groups, text)


def test_a_letter_outside_ascii_is_a_rare_needle() -> None:
    # the Spanish future's "-rá": two letters, but no ASCII text holds them
    assert groups(r"\b[a-záéíóúñ]{2,}r(?:á|án|ás)\b") == [{"rá"}]
    assert groups(r"\bsegún\s+(?:el\s+)?[A-Z]") == [{"según"}]
    n = needles(re.compile(r"\b[a-záéíóúñ]{2,}r(?:á|án|ás)\b", re.IGNORECASE))
    assert n.may_match(ascii_lower("You will walk without pain again.")) is False
    # a text outside ASCII always runs the pattern
    assert n.may_match(ascii_lower("VOLVERÁ a caminar")) is True


@pytest.mark.parametrize(
    ("source", "texts"),
    [
        # the long s is no needle (it folds to "s"); the Kelvin sign is read as its "k"
        ("\u017fure\u017f", ["SURES", "sures", "\u017fure\u017f"]),
        ("\u212aelvin", ["Kelvin", "KELVIN", "\u212aelvin"]),
        ("seg\u00fan", ["SEG\u00daN", "seg\u00fan"]),
    ],
)
def test_letters_that_fold_across_ascii_never_rule_a_match_out(
    source: str, texts: list[str]
) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    n = needles(pattern)
    for text in texts:
        assert pattern.search(text)
        assert n.may_match(ascii_lower(text)), (source, n.groups, text)
