"""Every CommonMark spec example goes through the document model (and the whole rule set)
without an exception, and every extracted prose character maps back to the same character
in the source (entities, escapes and line breaks excepted)."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pytest

from claimlint.text.document import Block, parse_text

EXAMPLES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "commonmark-spec-examples.json").read_text("utf-8")
)


def test_all_652_examples_are_present() -> None:
    assert len(EXAMPLES) == 652


def _check_block(block: Block, source: str) -> int:
    """Assert the offset map of one block; return the number of exact characters checked."""
    checked = 0
    for t0, s0, tl, sl in block.pieces:
        piece = block.text[t0 : t0 + tl]
        if tl == sl:
            raw = source[s0 : s0 + sl]
            if (piece, raw) == (" ", "\n"):  # a soft or hard line break
                continue
            assert raw == piece, (piece, raw)
            checked += tl
        else:
            assert sl, f"prose {piece!r} was not found in the source"
            raw = source[s0 : s0 + sl]
            # an entity, a backslash escape or a line break
            assert (
                raw.startswith("&")
                or raw.startswith("\\")
                or raw == "\n"
                or html.unescape(raw) == piece
            ), (piece, raw)
    return checked


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"ex{e['example']}")
def test_spec_example_maps_back_to_source(example: dict[str, Any]) -> None:
    markdown = example["markdown"]
    doc = parse_text(markdown)
    source = doc.source.text
    for block in doc.blocks:
        _check_block(block, source)
        span = block.span()
        assert 0 <= span.start <= span.end <= len(source)
        for sentence in block.sentences:
            s = sentence.span()
            assert span.start <= s.start <= s.end <= span.end


def test_spec_examples_through_the_whole_rule_set() -> None:
    from claimlint.run.config import Config
    from claimlint.run.plan import build_plan
    from claimlint.run.runner import lint_text

    plan = build_plan(Config())
    for example in EXAMPLES:
        findings = lint_text(example["markdown"], f"ex{example['example']}.md", plan)
        lines = example["markdown"].count("\n") + 1
        for f in findings:
            assert f.rule != "CL900", (example["example"], f.message)
            assert 1 <= f.start.line <= lines
            assert f.start <= f.end or f.end.line > f.start.line
