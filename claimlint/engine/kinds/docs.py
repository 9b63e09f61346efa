"""The kinds' blocks in ``docs/writing-rules.md``: scopes and parameter tables, written from
the kinds' declarations (``scripts/rule_docs.py`` writes them into the page).

Each kind's block stands between two marker comments, which the prose around
them may move but not drop::

    <!-- params: claim -->
    ...
    <!-- /params -->
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from claimlint.engine.kinds import KINDS
from claimlint.engine.kinds.params import Param
from claimlint.engine.rule import Kind

BLOCK = re.compile(r"<!-- params: ([a-z-]+) -->\n(.*?)<!-- /params -->\n", re.DOTALL)
"""A kind's block: its name, then what the script writes."""


def table(params: Mapping[str, Param[Any]]) -> str:
    """The Markdown table of a kind's parameters, in the order they are declared."""
    rows = ["| key | value | default | meaning |", "|---|---|---|---|"]
    for key, param in params.items():
        cells = (f"`{key}`", param.shape, param.default_doc(), " ".join(param.description.split()))
        rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(rows) + "\n"


def block(kind: type[Kind]) -> str:
    """What stands between a kind's markers: its scopes and its parameter table."""
    scopes = ", ".join(f"`{s}`" for s in kind.scopes)
    body = table(kind.params) if kind.params else "No keys of its own.\n"
    return f"Scopes: {scopes}.\n\n{body}"


def render(text: str) -> str:
    """``text`` with every kind's block rewritten; ValueError when a kind has no block,
    or two, or a block names no kind."""
    seen: list[str] = []

    def rewrite(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in KINDS:
            raise ValueError(f"a params block names kind '{name}', which does not exist")
        seen.append(name)
        return f"<!-- params: {name} -->\n{block(KINDS[name])}<!-- /params -->\n"

    out = BLOCK.sub(rewrite, text)
    missing = sorted(set(KINDS) - set(seen))
    twice = sorted({n for n in seen if seen.count(n) > 1})
    if missing or twice:
        raise ValueError(
            f"every kind needs one params block: missing {missing or 'none'}, "
            f"twice {twice or 'none'}"
        )
    return out
