"""Visible text inside raw HTML and MDX's JSX is prose, with exact positions
(claimlint/text/html.py); comments, scripts, styles and expressions are not."""

from __future__ import annotations

from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text
from claimlint.text.document import Document, parse_text

PLAN = build_plan(Config(select=["CL1", "CL2"]), no_cache=True)


def blocks(doc: Document) -> list[tuple[str, str, int, int]]:
    """(kind, text, line, column) of every block."""
    return [(b.kind, b.text, b.start.line, b.start.column) for b in doc.blocks]


def found(text: str, path: str = "post.md") -> list[tuple[int, int, int, str]]:
    """(line, column, end column, rule) of each finding."""
    return [
        (f.start.line, f.start.column, f.end.column, f.rule) for f in lint_text(text, path, PLAN)
    ]


CALLOUT = (
    "# Drips\n"
    "\n"
    '<div class="callout">\n'
    "Our B12 shots <strong>cure</strong> fatigue &amp; low mood.\n"
    "</div>\n"
)


def test_a_callout_div_is_prose_at_its_place() -> None:
    doc = parse_text(CALLOUT)
    assert blocks(doc) == [
        ("heading", "Drips", 1, 3),
        ("paragraph", "Our B12 shots cure fatigue & low mood.", 4, 1),
    ]
    assert found(CALLOUT) == [(4, 23, 27, "CL101")]


def test_a_details_faq_gives_question_and_answer() -> None:
    text = (
        "<details>\n"
        "<summary>Does cryotherapy hurt?</summary>\n"
        "Whole-body cryotherapy is totally safe for everyone.\n"
        "</details>\n"
    )
    doc = parse_text(text)
    assert blocks(doc) == [
        ("paragraph", "Does cryotherapy hurt?", 2, 10),
        ("paragraph", "Whole-body cryotherapy is totally safe for everyone.", 3, 1),
    ]
    assert found(text) == [(3, 24, 39, "CL107")]


def test_figure_caption_and_alt_text() -> None:
    text = (
        "<figure>\n"
        '  <img src="knee.png" alt="A knee after PRP, healed for good">\n'
        "  <figcaption>Research shows PRP rebuilds cartilage.</figcaption>\n"
        "</figure>\n"
    )
    doc = parse_text(text)
    assert blocks(doc) == [
        ("paragraph", "A knee after PRP, healed for good", 2, 28),
        ("paragraph", "Research shows PRP rebuilds cartilage.", 3, 15),
    ]
    assert (3, 15, 29, "CL201") in found(text)


def test_inline_alt_and_title_text_in_a_paragraph() -> None:
    text = 'See <img src="a.png" title="Shockwave ends heel pain" alt="x"> here.\n'
    doc = parse_text(text)
    assert blocks(doc) == [
        ("paragraph", "See  here.", 1, 1),
        ("paragraph", "Shockwave ends heel pain", 1, 29),
        ("paragraph", "x", 1, 60),
    ]


def test_comments_scripts_and_styles_are_not_prose() -> None:
    text = (
        "<div>\n"
        "<!-- Our drips cure cancer. -->\n"
        "<script>var claim = 'ketamine cures depression';</script>\n"
        "<style>.cure { color: red }</style>\n"
        "<code>cures everything</code>\n"
        "</div>\n"
    )
    assert parse_text(text).blocks == []
    assert found(text) == []


def test_a_superscript_and_a_link_in_html_are_citations() -> None:
    text = (
        "<p>Acupuncture relieves migraine<sup>3</sup>.</p>\n\n"
        '<p>Cupping relieves back pain (<a href="https://doi.org/10.1/x">Lee 2020</a>).</p>\n'
    )
    doc = parse_text(text)
    assert [(m.value, doc.source.position(m.span.start)) for m in doc.blocks[0].markers] == [
        ("3", doc.source.position(text.index("<sup>")))
    ]
    assert [link.href for link in doc.blocks[1].links] == ["https://doi.org/10.1/x"]
    assert found(text) == []  # cited results are not the clinic's claims


def test_html_inside_a_list_item_keeps_its_container() -> None:
    text = "- item\n\n  <div>\n  Lasers regrow hair.\n  </div>\n"
    doc = parse_text(text)
    assert [(b.kind, b.text, b.container) for b in doc.blocks] == [
        ("list-item", "item", 1),
        ("paragraph", "Lasers regrow hair.", 1),
    ]


def test_mdx_props_a_reader_sees_are_prose_expressions_are_not() -> None:
    text = (
        '<Callout title="Semaglutide melts fat for good" kind="warning" data={x}>\n'
        "Our injections {props.name} work for everyone.\n"
        "</Callout>\n"
    )
    doc = parse_text(text, "page.mdx")
    assert blocks(doc) == [
        ("paragraph", "Semaglutide melts fat for good", 1, 17),
        ("paragraph", "Our injections  work for everyone.", 2, 1),
    ]
    # in a .md file the same component is HTML: only title and alt are read
    md = parse_text(text.replace("title=", "caption="), "page.md")
    assert [b.text for b in md.blocks] == ["Our injections {props.name} work for everyone."]
