"""``kind: check``: a named Python check from ``claimlint/checks`` or the entry-point group."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from claimlint.core.yamlnodes import Located
from claimlint.engine.kinds.params import Options, Text
from claimlint.engine.rule import Context, Hit, Kind, RuleError, rule_error
from claimlint.text.document import Block, Document, Sentence
from claimlint.text.lexicon import Lexicon


class CheckKind(Kind):
    """Delegate to a Python check; its ``options`` are passed through."""

    name = "check"

    check_name = Text(
        "The check to run: one in `claimlint/engine/checks/`, or a third party's from the"
        " `claimlint.checks` entry-point group.",
        key="check",
    )
    options = Options("Passed to the check as they are; each check says which it reads.")

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        from claimlint.engine.checks import find_check

        check = find_check(self.check_name)
        if check is None:
            raise rule_error(loc, f"unknown check '{self.check_name}'", "check")
        self.check = check
        self.lexicons = lexicons
        self.gate = check.unit_needs(self.options)

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        yield from self.check.check_unit(unit, ctx, self.options)

    def check_document(self, doc: Document, ctx: Context) -> Iterator[tuple[Block | None, Hit]]:
        yield from self.check.check_document(doc, ctx, self.options)


class SystemKind(Kind):
    """Findings the engine itself raises (unreadable file, unused suppression ...)."""

    name = "system"
    scopes = ("document",)

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        super().__init__(rule_id, params, loc, lexicons)
        if not rule_id.startswith("CL9"):
            raise RuleError("kind 'system' is reserved for CL9xx rules", loc.path)
