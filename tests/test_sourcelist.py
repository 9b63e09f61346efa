"""Source lists found in a post: openers, entries, and where a list ends."""

from __future__ import annotations

import pytest

from claimlint.biblio.sourcelist import read_source_lists
from claimlint.text.document import Document
from claimlint.text.document import parse_text as parse_post


def parse_text(text: str, path: str = "post.md") -> Document:
    return read_source_lists(parse_post(text, path))


def test_footnote_definitions_are_entries() -> None:
    doc = parse_text("Relief came fast.[^1] Also later.\n\n[^1]: Smith J (2020) Title.\n")
    assert [(r.label, r.text) for r in doc.references] == [("1", "Smith J (2020) Title.")]
    assert doc.blocks[1].reference
    assert not doc.blocks[0].reference


def test_reading_twice_changes_nothing() -> None:
    doc = parse_text("Body.\n\n## References\n\n- Smith, J. (2020). T.\n")
    assert read_source_lists(doc).references == doc.references
    assert len(doc.references) == 1


def test_parsing_alone_marks_no_source_list() -> None:
    doc = parse_post("Body.\n\n## References\n\n- Smith, J. (2020). T.\n")
    assert doc.references == []
    assert not any(b.reference for b in doc.blocks)


@pytest.mark.parametrize(
    "opener",
    [
        "## References",
        "## Sources",
        "**Bibliography**",
        "Works Cited:",
        "### Citations",
        "## Notes",
        "## Literature",
        "Sources:",
    ],
)
def test_reference_list_openers(opener: str) -> None:
    doc = parse_text(f"Claim text here.\n\n{opener}\n\n- Smith, J. (2020). A title. *J*, 1.\n")
    assert [r.text for r in doc.references] == ["Smith, J. (2020). A title. J, 1."]
    assert not doc.blocks[0].reference


def test_numbered_lines_in_one_paragraph_are_separate_entries() -> None:
    text = (
        "Body [1].\n\nReferences\n\n"
        "1. Rush AJ, Trivedi MH. Acute outcomes. Am J Psychiatry. 2006;163:1905.\n"
        "2. Berman RM, Cappiello A. Antidepressant effects of ketamine.\n"
        "   Biol Psychiatry. 2000;47:351.\n"
    )
    doc = parse_text(text)
    assert [(r.label, doc.source.position(r.span.start).line) for r in doc.references] == [
        ("1", 5),
        ("2", 6),
    ]


def test_plain_numbered_lines_after_a_colon_heading() -> None:
    text = (
        "Body.\nSources:\n1 Smith AB (2019) Title one. J A 1: 2.\n2 Lee C (2020) Two. J B 3: 4.\n"
    )
    doc = parse_text(text, path="page.txt")
    assert [(r.label, r.text) for r in doc.references] == [
        ("1", "1 Smith AB (2019) Title one. J A 1: 2."),
        ("2", "2 Lee C (2020) Two. J B 3: 4."),
    ]


def test_further_reading_is_not_a_source_list() -> None:
    doc = parse_text("Body.\n\n## Further reading\n\n- Smith, J. (2020). A book.\n")
    assert [r.section for r in doc.references] == ["further-reading"]


def test_reference_list_ends_at_next_heading_of_same_level() -> None:
    doc = parse_text("## References\n\n- Smith, J. (2020). T.\n\n## About us\n\nWe care.\n")
    assert [b.text for b in doc.blocks if not b.reference] == ["About us", "We care."]
