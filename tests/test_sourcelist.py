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


# -- found by content: any heading or none, any language -----------------------------------

VANCOUVER = (
    "1. Rossi A, Bianchi M, Conti L. Photobiomodulation for androgenetic alopecia: a "
    "randomized trial. Lasers Surg Med. 2018;50(4):312-320.\n"
    "2. Kim H, Park S. Low-level laser therapy and hair density. J Dermatol Sci. "
    "2020;97(2):101-108.\n"
    "3. Okafor N. Minoxidil in practice. Dermatol Ther. 2019;32:e13011.\n"
)
APA = (
    "García, L., & Pérez, M. (2017). Ejercicio y sueño en adultos mayores. *Revista de "
    "Neurología, 64*(3), 115–121.\n\n"
    "Novak, T., Hill, R. J., et al. (2021). Sleep restriction therapy in primary care. "
    "*BMJ Open, 11*(4), e045123. https://doi.org/10.1136/bmjopen-2020-045123\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "## What the evidence shows\n\n",
        "## Referencias / References\n\n",
        "**Evidence base**\n\n",
        "## Studies we lean on\n\n",
        "",
    ],
)
def test_a_numbered_source_list_is_found_under_any_heading_or_none(lead: str) -> None:
    doc = parse_text("Laser caps regrow hair [1].\n\n" + lead + VANCOUVER)
    assert [(r.label, r.text[:12]) for r in doc.references] == [
        ("1", "Rossi A, Bia"),
        ("2", "Kim H, Park "),
        ("3", "Okafor N. Mi"),
    ]
    assert not doc.blocks[0].reference
    assert all(b.reference for b in doc.blocks[1:])  # the heading or bold line too


def test_apa_paragraphs_with_no_heading_are_a_source_list() -> None:
    doc = parse_text("Exercise helps sleep (García & Pérez, 2017).\n\n" + APA)
    assert [r.text[:12] for r in doc.references] == ["García, L., ", "Novak, T., H"]
    assert [r.ordinal for r in doc.references] == [1, 2]


def test_entries_found_by_content_keep_document_order_with_footnotes() -> None:
    doc = parse_text("A claim.[^a]\n\n" + APA + "\n[^a]: Lee J. Title. J X. 2001;1:2.\n")
    assert [r.text[:5] for r in doc.references] == ["Garcí", "Novak", "Lee J"]
    assert [r.ordinal for r in doc.references] == [1, 2, 3]


@pytest.mark.parametrize(
    "prose",
    [
        # sentences about studies, with authors, years and even journals, are prose
        "Rossi et al. (2018) found that laser caps raised hair density in 12 weeks.\n\n"
        "A 2020 trial of 90 adults, published in J Dermatol Sci, 97(2), found more hair.\n",
        "In 2019, Okafor reported results in Dermatol Ther. 32, e13011.\n\n"
        "Our clinic opened in 2015 and has treated 3,000 patients since 2016.\n",
        "- Laser caps: 2018 onwards\n- Minoxidil: since 1988\n- PRP: 2010s\n",
    ],
)
def test_prose_about_studies_is_not_a_source_list(prose: str) -> None:
    doc = parse_text(prose)
    assert doc.references == []
    assert not any(b.reference for b in doc.blocks)


def test_one_entry_alone_is_not_a_source_list() -> None:
    doc = parse_text("Body text.\n\n" + VANCOUVER.splitlines()[0] + "\n")
    assert doc.references == []


def test_a_list_that_is_mostly_entries_is_taken_whole() -> None:
    text = VANCOUVER + "4. See also our FAQ page.\n"
    doc = parse_text("Body [2].\n\n" + text)
    assert [r.label for r in doc.references] == ["1", "2", "3", "4"]


#: Entries as one paragraph, a line each, the way a page pasted from elsewhere has them.
LINES = (
    "Okafor N, Berg T (2015). Cold water immersion after exercise. J Sports Sci 33(4):401-9.\n"
    "Haddad R, Lindqvist A (2021). Sauna bathing and blood pressure. Eur J Prev Cardiol 28:12-8.\n"
)


@pytest.mark.parametrize("opener", ["Sources\n", "References\n", "Sources:\n"])
def test_a_paragraph_of_entry_lines_is_a_source_list(opener: str) -> None:
    # under a first line of its own, with or without a colon
    doc = parse_text("Cold water eases soreness (Okafor & Berg, 2015).\n\n" + opener + LINES)
    assert [(r.text[:6], doc.source.position(r.span.start).line) for r in doc.references] == [
        ("Okafor", 4),
        ("Haddad", 5),
    ]
    assert not doc.blocks[0].reference and doc.blocks[-1].reference


def test_a_titled_line_opens_a_list_only_over_entries() -> None:
    # "Sources" heads a paragraph of prose lines: not a list of sources
    doc = parse_text("Sources\nWe read many papers.\nOur team checks each one.\n")
    assert doc.references == []
    assert not any(b.reference for b in doc.blocks)
