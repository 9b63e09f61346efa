"""``kind: require``: if a trigger occurs, one of the required statements must occur somewhere.

Reported at the first trigger, so an annotation lands where a reviewer can
see what made the statement necessary.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from claimlint.document import Block, Document
from claimlint.kinds.terms import tagged, term_set
from claimlint.lexicon import Lexicon, PhraseMatcher
from claimlint.rule import Context, Hit, Kind, rule_error
from claimlint.yamlnodes import Located


class RequireKind(Kind):
    """Report a document that triggers a requirement and never meets it."""

    name = "require"
    params: ClassVar[dict[str, tuple[str, bool]]] = {
        "triggers": ("phrases / @lexicons that make a statement necessary", True),
        "required": ("phrases / @lexicons, one of which must appear anywhere in the post", True),
    }
    scopes = ("document",)

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        self.triggers = term_set(rule_id, "triggers", params.get("triggers"), loc, lexicons)
        self.required = term_set(rule_id, "required", params.get("required"), loc, lexicons)
        for key, terms in (("triggers", self.triggers), ("required", self.required)):
            if not terms:
                raise rule_error(loc, f"'{key}' must name at least one phrase", key)
        self._matcher = PhraseMatcher(tagged((self.triggers, self.required)))

    def check_document(self, doc: Document, ctx: Context) -> Iterator[tuple[Block | None, Hit]]:
        first: tuple[Block, Any] | None = None
        for block in doc.blocks:
            for m in self._matcher.finditer(block.text):
                if self.required.tag in m.tags:
                    return
                if first is None and self.triggers.tag in m.tags and not block.reference:
                    first = (block, m)
        if first is not None:
            block, m = first
            yield block, Hit(m.start, m.end, {"match": m.text})
