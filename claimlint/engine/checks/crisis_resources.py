"""Implements CL405; what it finds and why: rules/CL405-missing-crisis-resources.yml.

The finding is placed at the first mention of :data:`SUICIDE_WORDS` outside the source
list. A resource anywhere in the post clears it: :data:`GENERAL_RESOURCES`, a resource of
the knowledge pack by name or web address, or the clinic's ``crisis-resources``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from claimlint.engine.checks import BaseCheck
from claimlint.engine.rule import Context, Hit, configured_jurisdiction
from claimlint.regulatory.mentions import pack_for
from claimlint.text.document import Block, Document
from claimlint.text.prefilter import Needles, ascii_lower, needles

SUICIDE_WORDS = re.compile(
    r"(?i)\b(?:suicid\w*|self[\s-]?harm\w*|kill(?:ing)?\s+(?:my|your|him|her|them)sel(?:f|ves)|"
    r"end\s+(?:my|your|their|his|her)\s+(?:own\s+)?life|take\s+(?:my|your|their)\s+own\s+life)\b"
)
GENERAL_RESOURCES = (
    r"crisis\s+(?:line|lifeline|text\s+line|team|service)",
    r"emergency\s+(?:services|room|department)",
    r"\b(?:988|911|999|116\s?123)\b",
    r"call\s+(?:your\s+)?(?:doctor|GP)\s+(?:now|immediately|right\s+away)",
)


@cache
def _suicide_words() -> Needles:
    """Words a block holds when it mentions suicide or self-harm."""
    return needles(SUICIDE_WORDS)


class CrisisResources(BaseCheck):
    """Posts that discuss suicide or self-harm and give no crisis resource."""

    uses_knowledge = True

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        first: tuple[Block, re.Match[str]] | None = None
        words = _suicide_words()
        for block in doc.blocks:
            if block.reference or not words.may_match(ascii_lower(block.text)):
                continue
            m = SUICIDE_WORDS.search(block.text)
            if m:
                first = (block, m)
                break
        if first is None:
            return
        jurisdiction = configured_jurisdiction(ctx.option)
        resources = resource_patterns(jurisdiction, ctx.option("crisis-resources") or [])
        if any(r.search(block.text) for block in doc.blocks for r in resources):
            return
        block, m = first
        names = ", ".join(r.name for r in pack_for(jurisdiction).crisis_resources(jurisdiction))
        message = f"the post discusses '{m.group()}' but gives no crisis resource" + (
            f" (for example: {names})" if names else ""
        )
        yield block, Hit(m.start(), m.end(), {"match": m.group()}, message=message)


def resource_patterns(jurisdiction: str, extra: list[Any]) -> list[re.Pattern[str]]:
    """Patterns that count as a crisis resource: the pack's, the general ones, the clinic's."""
    sources = list(GENERAL_RESOURCES)
    for resource in pack_for(jurisdiction).crisis_resources(jurisdiction):
        sources.append(re.escape(resource.name).replace(r"\ ", r"\s+"))
        host = re.sub(r"^https?://(?:www\.)?", "", resource.url).rstrip("/")
        sources.append(re.escape(host))
    sources += [re.escape(x.strip()) for x in extra if isinstance(x, str) and x.strip()]
    return [re.compile(s, re.IGNORECASE) for s in sources]


CHECK = CrisisResources()
