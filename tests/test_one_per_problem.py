"""One finding per problem of a sentence, from the most specific rule, at its words
(docs/claims.md, "One finding per problem"). Sentences written for this test."""

from __future__ import annotations

import pytest

from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text
from tests.cli_support import one_line_findings

PLAN = build_plan(Config(select=["CL1"]), no_cache=True)


def claims(text: str) -> list[tuple[str, str]]:
    """(rule, the words it points at) of each unhedged-claim finding, in order."""
    return [
        (rule, words)
        for rule, category, words in one_line_findings(PLAN, text)
        if category == "unhedged-claim"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two predicates, two problems
        (
            "Ozone therapy cures Lyme disease and is completely safe for children.",
            [("CL101", "cures"), ("CL107", "is completely safe")],
        ),
        (
            "Our PRP injections rebuild cartilage or are fully refunded, and are safe for all.",
            [("CL102", "rebuild"), ("CL107", "are safe")],
        ),
        # one predicate: the specific rule, not the generic verb or word
        (
            "Red light therapy is more effective than retinol creams.",
            [("CL110", "more effective than")],
        ),
        (
            "Nine out of ten patients report that their sleep improved.",
            [("CL109", "Nine out of ten")],
        ),
        # clients' accounts passed on: CL131 says what they are, a figure or not
        (
            "Nine out of ten of our clients report that their sleep improved.",
            [("CL131", "our clients report")],
        ),
        # words that only strengthen a claim stand back for the claim
        ("Shockwave therapy relieves heel pain within hours.", [("CL102", "relieves")]),
        (
            "The programme permanently rewires the gut and ends anxiety.",
            [("CL102", "ends")],
        ),
        # no other claim: the strengthening words are the finding
        ("This is a breakthrough for hair loss.", [("CL111", "breakthrough")]),
    ],
)
def test_one_finding_per_problem(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "can" before the verb states a capability, not a certain outcome
        ("Ketamine can relieve depression.", []),
        ("A nerve block can calm CRPS pain.", []),
        # a hedged verb never stands for the sentence when an unhedged claim is beside it
        (
            "A single drip can lift energy and gives most clients lasting relief.",
            [("CL109", "most clients")],
        ),
    ],
)
def test_a_capability_is_not_stated_as_certain(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text) == expected


def test_an_unapproved_drug_is_said_to_be_approved_for_no_use() -> None:
    plan = build_plan(Config(select=["CL402"]), no_cache=True)
    (finding,) = lint_text("Ibogaine ends opioid addiction in one session.\n", "p.md", plan)
    assert finding.message == (
        "the post promotes Ibogaine for opioid addiction, but Ibogaine is approved for no "
        "use, and the post never says so (add an 'off-label' or 'not FDA-approved' statement)"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # doing better than, or as well as, another treatment, in a verb
        ("Shockwave beats cortisone shots for tennis elbow.", [("CL110", "beats")]),
        ("Dry needling works as well as massage for neck pain.", [("CL110", "works as well as")]),
        ("Our laser cap outperforms minoxidil.", [("CL110", "outperforms")]),
        # the first or a single session, with any word for it
        (
            "Feel calmer from the very first visit.",
            [("CL112", "from the very first visit")],
        ),
        ("Lasting calm after a single infusion.", [("CL112", "after a single infusion")]),
    ],
)
def test_comparisons_and_first_sessions_in_other_words(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert claims(text) == expected
