"""A claim a page quotes in order to deny it (a myth) is no claim of the page's."""

from __future__ import annotations

from functools import cache

import pytest

from claimlint.core.model import Finding
from claimlint.engine.linter import Plan
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text
from claimlint.text.document import parse_text
from claimlint.text.framing import is_myth


@cache
def _plan() -> Plan:
    return build_plan(Config())


def prose_findings(text: str) -> list[tuple[str, int, int]]:
    found: list[Finding] = lint_text(text, "post.md", _plan())
    return [
        (f.rule, f.start.line, f.start.column)
        for f in found
        if f.category in ("unhedged-claim", "missing-citation", "regulatory-claim")
    ]


POST = """\
# Five knee myths

## Myth 2: "Shockwave therapy cures arthritis."

**Myth:** Studies show PRP regrows cartilage. So does stem cell therapy. **Fact:** The
trials measured pain, not cartilage.

- Myth #3 - Cold plunges melt fat. Our cryotherapy melts fat too.

| Myth | Fact |
|---|---|
| It will stop every kind of knee pain. | Some people have less pain. |

| Claim | Status |
|---|---|
| It will stop every kind of knee pain. | Unproven |

## Misconception: psilocybin is FDA-approved for depression

Our shockwave therapy cures arthritis.
"""


def test_myths_are_quiet_and_the_pages_own_claims_are_not() -> None:
    assert prose_findings(POST) == [
        ("CL116", 8, 52),  # after the myth of a list item with no fact label
        ("CL102", 16, 11),  # a table whose column is not headed as myths
        ("CL101", 20, 23),  # the page's own claim
    ]


def test_which_sentences_are_myths() -> None:
    doc = parse_text(POST)
    myths = [(b.kind, s.text[:24]) for b in doc.blocks for s in b.sentences if is_myth(s)]
    assert myths == [
        ("heading", 'Myth 2: "Shockwave thera'),
        ("paragraph", "Myth: Studies show PRP r"),
        ("paragraph", "So does stem cell therap"),
        ("list-item", "Myth #3 - Cold plunges m"),
        ("table-cell", "It will stop every kind "),
        ("heading", "Misconception: psilocybi"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "## Myths and facts about TMS\n",  # a heading that names the topic
        "Mythical claims are everywhere.\n",
        "The myth that TMS hurts is common: TMS cures depression.\n",
    ],
)
def test_no_label_no_myth(text: str) -> None:
    doc = parse_text(text)
    assert not any(is_myth(s) for b in doc.blocks for s in b.sentences)


def test_a_body_cell_knows_its_column_header() -> None:
    doc = parse_text("| Myth | Fact |\n|---|---|\n| One | Two |\n|  Three |\n")
    assert [(b.text, b.column_header) for b in doc.blocks] == [
        ("Myth", None),
        ("Fact", None),
        ("One", "Myth"),
        ("Two", "Fact"),
        ("Three", "Myth"),
    ]
