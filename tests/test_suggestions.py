"""Suggestions produce grammatical text (issue 14, item 9).

``data/suggestions.yaml`` is a table of sentences and headings, each linted as ``post.md``;
the finding of the row's rule carries a suggestion, which is applied to the text and the
result compared with the row's ``expected`` exactly. "Replace 'old' with 'new'" replaces
the ``old`` that overlaps the finding; "Remove 'old'" deletes it with the space beside it
(the one after it, else the one before). A row whose ``expected`` is null must get a
suggestion in words, not a replacement that would break the sentence. Regulatory rows
check that CL402 proposes a disclosure about the post's own treatment and use, and that
adding it to the post answers the finding.

The helpers of :mod:`claimlint.text.grammar` have their own tables below.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimlint.core.model import Finding
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text
from claimlint.text.grammar import fit, indefinite_article, is_title_case, role

TABLE = Path(__file__).parent / "data" / "suggestions.yaml"
ROWS: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
GROUPS = frozenset({"article", "case", "part-of-speech", "removal", "in-words", "regulatory"})
KEYS = frozenset({"text", "group", "rule", "expected", "statement", "jurisdiction"})
REPLACE = re.compile(r"Replace '(?P<old>.+)' with '(?P<new>.*)'")
REMOVE = re.compile(r"Remove '(?P<old>.+)'")
STATEMENT = re.compile(r"Add a plain statement, e\.g\. '(?P<statement>.+)'")


@cache
def _setup(jurisdiction: str) -> tuple[Config, Any]:
    config = Config(select=["ALL"])
    config.options["jurisdiction"] = jurisdiction
    return config, build_plan(config)


def lint(text: str, jurisdiction: str = "us") -> list[Finding]:
    config, plan = _setup(jurisdiction)
    return lint_text(text, "post.md", plan, config)


def apply(text: str, finding: Finding) -> str | None:
    """``text`` with the finding's suggestion applied; None when it is not a replacement."""
    suggestion = finding.suggestion or ""
    m = REPLACE.fullmatch(suggestion) or REMOVE.fullmatch(suggestion)
    if m is None:
        return None
    old, new = m.group("old"), m.groupdict().get("new") or ""
    assert finding.start.line == finding.end.line == 1
    a, b = finding.start.column - 1, finding.end.column - 1
    for at in (k.start() for k in re.finditer(re.escape(old), text)):
        if at < b and a < at + len(old):
            left, right = text[:at], text[at + len(old) :]
            if not new:
                if right.startswith(" ") and (not left or left.endswith(" ")):
                    right = right[1:]
                elif left.endswith(" "):
                    left = left[:-1]
            return left + new + right
    raise AssertionError(f"{old!r} is not at the finding ({a}-{b}) in {text!r}")


def row_id(row: dict[str, Any]) -> str:
    jurisdiction = row.get("jurisdiction")
    return f"{row['rule']}:{row['text'][:60]}" + (f"[{jurisdiction}]" if jurisdiction else "")


def test_table_size_and_groups() -> None:
    assert len(ROWS) >= 60
    groups = Counter(row["group"] for row in ROWS)
    assert set(groups) == GROUPS
    assert all(n >= 5 for n in groups.values()), groups
    for row in ROWS:
        assert set(row) <= KEYS, row
        assert ("statement" in row) == (row["group"] == "regulatory"), row
    texts = Counter((row["text"], row.get("jurisdiction")) for row in ROWS)
    assert [t for t, n in texts.items() if n > 1] == []
    # headings in title case, sentences that start with the trigger, "an" before vowels
    assert sum(row["text"].startswith("# ") for row in ROWS) >= 8
    vowels = [r for r in ROWS if re.search(r"\b[Aa]n [aeiouAEIOU]", r.get("expected") or "")]
    assert len(vowels) >= 8


@pytest.mark.parametrize("row", [r for r in ROWS if "statement" not in r], ids=row_id)
def test_suggestion_applied_reads_as_expected(row: dict[str, Any]) -> None:
    found = [f for f in lint(row["text"]) if f.rule == row["rule"]]
    assert found, f"{row['rule']} does not report {row['text']!r}"
    result = apply(row["text"], found[0])
    assert result == row["expected"], found[0].suggestion


@pytest.mark.parametrize("row", [r for r in ROWS if "statement" in r], ids=row_id)
def test_disclosure_names_the_posts_own_treatment(row: dict[str, Any]) -> None:
    jurisdiction = row.get("jurisdiction", "us")
    found = [f for f in lint(row["text"], jurisdiction) if f.rule == row["rule"]]
    assert found, f"{row['rule']} does not report {row['text']!r}"
    m = STATEMENT.fullmatch(found[0].suggestion or "")
    assert m is not None, found[0].suggestion
    assert m.group("statement") == row["statement"]
    disclosed = row["text"] + "\n\n" + row["statement"] + "\n"
    assert [f for f in lint(disclosed, jurisdiction) if f.rule == row["rule"]] == []


# -- the helpers --------------------------------------------------------------------------

ARTICLES = [
    ("apple", "an"),
    ("effective", "an"),
    ("option", "an"),
    ("umbrella", "an"),
    ("unhealthy", "an"),
    ("hour", "an"),
    ("hour-long", "an"),
    ("honest", "an"),
    ("honour", "an"),
    ("heir", "an"),
    ("herbal", "a"),
    ("hospital", "a"),
    ("university", "a"),
    ("unique", "a"),
    ("user", "a"),
    ("usual", "a"),
    ("urologist", "a"),
    ("European", "a"),
    ("eucalyptus", "a"),
    ("one-time", "a"),
    ("once-weekly", "a"),
    ("MRI", "an"),
    ("FDA-approved", "an"),
    ("SSRI", "an"),
    ("NHS", "an"),
    ("MDMA", "an"),
    ("LSD", "an"),
    ("EMDR", "an"),
    ("X-ray", "an"),
    ("U.S.", "a"),
    ("TMS", "a"),
    ("PTSD", "a"),
    ("CBT", "a"),
    ("NICE", "a"),
    ("8-week", "an"),
    ("11-day", "an"),
    ("18-month", "an"),
    ("80", "an"),
    ("800", "an"),
    ("110", "a"),
    ("100%", "a"),
    ("1,000", "a"),
    ("“effective”", "an"),
]


@pytest.mark.parametrize(("word", "article"), ARTICLES)
def test_indefinite_article_by_sound(word: str, article: str) -> None:
    assert indefinite_article(word) == article


def test_all_caps_words_are_read_as_words_unless_initialisms() -> None:
    assert indefinite_article("EFFECTIVE", all_caps=True) == "an"
    assert indefinite_article("NEW", all_caps=True) == "a"
    assert indefinite_article("MRI", all_caps=True) == "an"
    assert indefinite_article("TMS", all_caps=True) == "a"


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("A Drug-Free Breakthrough for Depression", True),
        ("How TMS Works for OCD", True),
        ("The Science of Ketamine and the Brain", True),
        ("Ketamine is a breakthrough for PTSD", False),
        ("What to expect at your first TMS session", False),
        ("NAD+ and You", False),
    ],
)
def test_title_case(text: str, titled: bool) -> None:
    assert is_title_case(text) is titled


VERB = "verb base perfect noun"
ADJECTIVE = "modifier predicate"
NOUN = "modifier noun"


@pytest.mark.parametrize(
    ("text", "trigger", "roles", "expected"),
    [
        ("a breakthrough treatment", "breakthrough", NOUN, "modifier"),
        ("a breakthrough for depression", "breakthrough", NOUN, "noun"),
        ("A Drug-Free Breakthrough for Depression", "Breakthrough", NOUN, "noun"),
        ("Ketamine cures depression", "cures", VERB, "verb"),
        ("Ketamine can cure depression", "cure", VERB, "base"),
        ("Our aim is to cure your pain", "cure", VERB, "base"),
        ("Cure your migraines", "Cure", VERB, "base"),
        ("Cure for insomnia", "Cure", VERB, "noun"),
        ("It has cured thousands", "cured", VERB, "perfect"),
        ("Our infusions are cures for fatigue", "cures", VERB, "noun"),
        ("TMS is revolutionary", "revolutionary", ADJECTIVE, "predicate"),
        ("It's 100% effective", "effective", ADJECTIVE, "predicate"),
        ("a revolutionary approach", "revolutionary", ADJECTIVE, "modifier"),
        ("more effective than SSRIs", "effective", ADJECTIVE, ""),
    ],
)
def test_role(text: str, trigger: str, roles: str, expected: str) -> None:
    at = text.index(trigger)
    assert role(text, at, at + len(trigger), frozenset(roles.split())) == expected


def test_a_removal_that_leaves_a_gap_is_no_edit() -> None:
    text = "The relief is lasting."
    at = text.index("lasting")
    assert fit(text, at, at + len("lasting"), {"modifier": ""}) is None
    assert fit(text, at, at + len("lasting"), {"*": ""}) is None
