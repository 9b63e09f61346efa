"""Acceptance on the two seed documents (issue 4), skipped when ``../shared`` is absent.

- The KAP post: exactly the three year mismatches (Duman 2019 vs 2016, Wilkinson 2018 vs
  2017, Iadarola 2021 vs 2015) on their lines, and no false one (Zarate 2006 is right).
- The review: the six irrelevant citations [1]-[6], the JAMA Psychiatry venue mismatch,
  and the uncited "published in Cell Reports / The Lancet Psychiatry / The Archives of
  General Psychiatry" appeals.
- Neither has an unresolved citation or an uncited entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimlint.core.model import Finding
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text
from claimlint.text.document import parse_text

SEEDS = Path(__file__).parents[2] / "shared" / "seeds"
KAP = SEEDS / "002_21c00aa68d842cfa.txt"
REVIEW = SEEDS / "000_b5c09b0050c92c88.txt"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(
        not (KAP.is_file() and REVIEW.is_file()), reason=f"seed documents not at {SEEDS}"
    ),
]


def _lint(path: Path) -> list[Finding]:
    return lint_text(path.read_text(encoding="utf-8"), path.name, build_plan(Config()))


@pytest.fixture(scope="module")
def kap() -> list[Finding]:
    return _lint(KAP)


@pytest.fixture(scope="module")
def review() -> list[Finding]:
    return _lint(REVIEW)


def _of(findings: list[Finding], category: str) -> list[Finding]:
    return [f for f in findings if f.category == category]


def test_kap_year_mismatches(kap: list[Finding]) -> None:
    found = [(f.start.line, f.message) for f in _of(kap, "citation-year-mismatch")]
    assert found == [
        (6, "'Duman et al. (2019)' cites 2019, but the source list has Duman et al. (2016)"),
        (
            8,
            "'Wilkinson et al. (2018)' cites 2018, but the source list has Wilkinson et al. (2017)",
        ),
        (
            10,
            "'Iadarola et al. (2021)' cites 2021, but the source list has Iadarola et al. (2015)",
        ),
    ]
    assert all(f.fix is not None for f in _of(kap, "citation-year-mismatch"))


def test_review_irrelevant_citations(review: list[Finding]) -> None:
    found = [
        (f.start.line, f.message.rsplit("citing it as ", 1)[1])
        for f in review
        if f.category == "citation-irrelevant"
    ]
    assert found == [
        (29, "'[1]'"),
        (29, "'[2]'"),
        (37, "'[3]'"),
        (45, "'[4]'"),
        (45, "'[5]'"),
        (51, "'[6]'"),
    ]


def test_review_venue_mismatch(review: list[Finding]) -> None:
    found = [(f.start.line, f.message) for f in _of(review, "citation-venue-mismatch")]
    assert found == [
        (
            51,
            "'JAMA Psychiatry' is named as the journal of [6], but the source list has it in "
            "Med Res Rev",
        )
    ]


@pytest.mark.parametrize(
    "journal",
    [
        "Cell Reports",
        "The Lancet Psychiatry",
        "The Archives of General Psychiatry",
    ],
)
def test_review_uncited_journal_appeals(review: list[Finding], journal: str) -> None:
    doc = parse_text(REVIEW.read_text(encoding="utf-8"), REVIEW.name)
    sentence = next(s for s in doc.sentences() if journal in s.text)
    span = sentence.span()
    assert any(
        f.span is not None and f.span.overlaps(span) for f in _of(review, "missing-citation")
    ), f"no missing-citation finding on: {sentence.text[:80]!r}"


@pytest.mark.parametrize("seed", ["kap", "review"])
@pytest.mark.parametrize(
    "category",
    ["citation-unresolved", "reference-uncited", "citation-author-mismatch"],
)
def test_seeds_have_no_false_resolution_findings(
    seed: str, category: str, request: pytest.FixtureRequest
) -> None:
    findings: list[Finding] = request.getfixturevalue(seed)
    assert _of(findings, category) == []


def test_review_has_no_year_mismatch_and_kap_no_irrelevant(
    kap: list[Finding], review: list[Finding]
) -> None:
    assert _of(review, "citation-year-mismatch") == []
    assert _of(kap, "citation-irrelevant") == []
    assert _of(kap, "citation-venue-mismatch") == []
