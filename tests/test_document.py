"""The document model: prose extraction and exact positions."""

from __future__ import annotations

from claimlint.core.model import Position
from claimlint.text.document import Document, parse_text


def where(doc: Document, needle: str) -> tuple[int, int, int, int]:
    """Line/column of the first prose occurrence of ``needle`` (start and exclusive end)."""
    for block in doc.blocks:
        i = block.text.find(needle)
        if i != -1:
            span = block.span(i, i + len(needle))
            a, b = doc.source.span_positions(span)
            return a.line, a.column, b.line, b.column
    raise AssertionError(f"{needle!r} not in prose")


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


def test_hard_wrapped_paragraph_maps_each_line() -> None:
    doc = parse_text("Ketamine is\nan anesthetic that\n  relieves pain.\n")
    assert kinds(doc) == [("paragraph", "Ketamine is an anesthetic that relieves pain.")]
    assert where(doc, "relieves") == (3, 3, 3, 11)
    assert where(doc, "is an") == (1, 10, 2, 3)


def test_nested_lists_and_blockquotes() -> None:
    doc = parse_text("> - first item\n>   wraps here\n>   - nested **bold** item\n")
    assert kinds(doc) == [
        ("list-item", "first item wraps here"),
        ("list-item", "nested bold item"),
    ]
    assert all(b.in_blockquote for b in doc.blocks)
    assert where(doc, "wraps") == (2, 5, 2, 10)
    assert where(doc, "bold") == (3, 16, 3, 20)


def test_emphasis_links_and_images() -> None:
    doc = parse_text('It *really* [helps](https://example.org "t") ![alt](x.png) now.\n')
    block = doc.blocks[0]
    assert block.text == "It really helps  now."
    assert where(doc, "really") == (1, 5, 1, 11)
    assert where(doc, "helps") == (1, 14, 1, 19)
    assert where(doc, "now") == (1, 60, 1, 63)
    assert [(block.text[link.start : link.end], link.href) for link in block.links] == [
        ("helps", "https://example.org")
    ]


def test_entities_and_escapes_map_to_their_source_form() -> None:
    doc = parse_text("Fish &amp; chips \\*not emphasis\\* &copy; caf&eacute;\n")
    block = doc.blocks[0]
    assert block.text == "Fish & chips *not emphasis* © café"
    assert where(doc, "&") == (1, 6, 1, 11)
    assert where(doc, "*not") == (1, 18, 1, 23)
    assert where(doc, "chips") == (1, 12, 1, 17)


def test_crlf_tabs_and_non_ascii() -> None:
    doc = parse_text("# Título\r\n\r\nµg doses — “quoted”\tand\r\nmore.\r\n")
    assert kinds(doc) == [("heading", "Título"), ("paragraph", "µg doses — “quoted”\tand more.")]
    assert where(doc, "“quoted”") == (3, 12, 3, 20)
    assert where(doc, "and") == (3, 21, 3, 24)
    assert where(doc, "more") == (4, 1, 4, 5)


def test_code_and_comments_are_not_prose_but_html_text_is() -> None:
    text = (
        "Take `ketamine cures` now.\n\n"
        "```\nketamine cures everything\n```\n\n"
        "    indented code cures\n\n"
        "<div>\nhtml cures\n</div>\n\n"
        "<!-- claimlint-disable CL101 -->\n"
    )
    doc = parse_text(text)
    assert kinds(doc) == [("paragraph", "Take  now."), ("paragraph", "html cures")]
    assert where(doc, "html cures") == (10, 1, 10, 11)
    assert [c.text for c in doc.comments] == [" claimlint-disable CL101 "]
    assert doc.comments[0].own_line
    assert doc.source.position(doc.comments[0].span.start) == Position(13, 1)


def test_inline_comment_is_recorded() -> None:
    doc = parse_text("Relief <!-- claimlint-disable-line --> today.\n")
    assert doc.blocks[0].text == "Relief  today."
    assert [c.text for c in doc.comments] == [" claimlint-disable-line "]
    assert not doc.comments[0].own_line


def test_front_matter_fields_map_to_yaml_positions() -> None:
    text = (
        "---\n"
        'title: "Ketamine: Lasting Relief"\n'
        "description: >\n"
        "  Fast relief from\n"
        "  depression.\n"
        "seo:\n"
        "  meta_description: Proven care\n"
        "date: 2024-01-02\n"
        "tags: [a, b]\n"
        "---\n"
        "Body.\n"
    )
    doc = parse_text(text)
    fields = [(b.field_name, b.text) for b in doc.blocks if b.kind == "front-matter"]
    assert fields == [
        ("title", "Ketamine: Lasting Relief"),
        ("description", "Fast relief from depression.\n"),
        ("seo.meta_description", "Proven care"),
    ]
    assert where(doc, "Lasting") == (2, 19, 2, 26)
    assert where(doc, "depression") == (5, 3, 5, 13)
    assert where(doc, "Proven") == (7, 21, 7, 27)
    assert doc.front_matter["date"] == "2024-01-02"
    assert doc.front_matter["tags"] == ["a", "b"]


def test_configured_front_matter_field() -> None:
    doc = parse_text("---\nhero: Cures anxiety\n---\n", front_matter_fields=("hero",))
    assert [(b.field_name, b.text) for b in doc.blocks] == [("hero", "Cures anxiety")]


def test_invalid_front_matter_is_reported_and_body_still_read() -> None:
    doc = parse_text("---\ntitle: [unclosed\n---\nBody text.\n")
    assert doc.front_matter_error is not None
    assert doc.front_matter_error[1].line == 3
    assert kinds(doc) == [("paragraph", "Body text.")]


def test_front_matter_never_constructs_objects() -> None:
    doc = parse_text("---\ntitle: !!python/object:os.system x\nlaugh: &a [1]\n---\nBody.\n")
    assert doc.front_matter == {"title": "x", "laugh": [1]}


def test_table_cells_use_a_row_cursor() -> None:
    doc = parse_text("| a | a |\n|---|---|\n| cures | cures too |\n")
    cells = [b for b in doc.blocks if b.kind == "table-cell"]
    assert [c.text for c in cells] == ["a", "a", "cures", "cures too"]
    spans = [doc.source.span_positions(c.span()) for c in cells]
    assert [(a.line, a.column) for a, _ in spans] == [(1, 3), (1, 7), (3, 3), (3, 11)]


def test_escaped_pipes_in_table_cells_keep_their_columns() -> None:
    """markdown-it unescapes ``\\|`` in a cell before parsing it, so the cell's text is
    not verbatim in the source: each ``|`` maps to its two characters, the rest exactly."""
    doc = parse_text(
        "| TMS \\| cures *fast* | next \\| cell |\n|---|---|\n| a \\| b cures | ok |\n"
    )
    cells = [b for b in doc.blocks if b.kind == "table-cell"]
    assert [c.text for c in cells] == ["TMS | cures fast", "next | cell", "a | b cures", "ok"]
    positions = [doc.source.span_positions(c.span()) for c in cells]
    assert [(a.line, a.column) for a, _ in positions] == [(1, 3), (1, 25), (3, 3), (3, 18)]
    first, _, third, _ = cells
    assert doc.source.span_positions(first.span(4, 5)) == (Position(1, 7), Position(1, 9))
    assert doc.source.span_positions(first.span(6, 11)) == (Position(1, 10), Position(1, 15))
    assert doc.source.span_positions(first.span(12, 16)) == (Position(1, 17), Position(1, 21))
    assert doc.source.span_positions(third.span(6, 11)) == (Position(3, 10), Position(3, 15))


def test_plain_text_every_line_is_a_paragraph() -> None:
    doc = parse_text(
        "A Heading Without Punctuation\nFirst line here.\nSecond *line*.\n", path="page.txt"
    )
    assert kinds(doc) == [
        ("heading", "A Heading Without Punctuation"),
        ("paragraph", "First line here."),
        ("paragraph", "Second line."),
    ]
    assert where(doc, "line.") == (3, 9, 3, 15)


def test_footnote_refs_and_superscripts() -> None:
    doc = parse_text(
        "Relief came fast.[^1] Also<sup>2,3</sup> later.\n\n[^1]: Smith J (2020) Title.\n"
    )
    body = doc.blocks[0]
    assert body.text == "Relief came fast.[^1] Also later."
    assert [(m.kind, m.value) for m in body.markers] == [("superscript", "2,3")]


def test_sentences_have_spans() -> None:
    doc = parse_text("Dr. Lee treats pain. Zarate et al. (2006) found it\nworked. Next one.\n")
    sentences = [s.text for s in doc.sentences()]
    assert sentences == [
        "Dr. Lee treats pain.",
        "Zarate et al. (2006) found it worked.",
        "Next one.",
    ]
    second = list(doc.sentences())[1]
    a, b = doc.source.span_positions(second.span())
    assert (a.line, a.column, b.line, b.column) == (1, 22, 2, 8)


def test_plain_text_indentation_is_not_a_code_block() -> None:
    doc = parse_text("Intro line here.\n    Ketamine cures depression.\n", path="page.txt")
    assert kinds(doc) == [
        ("paragraph", "Intro line here."),
        ("paragraph", "Ketamine cures depression."),
    ]
    assert where(doc, "cures") == (2, 14, 2, 19)
