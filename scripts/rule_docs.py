#!/usr/bin/env python3
"""Write the kinds' parameter tables in ``docs/writing-rules.md`` from their declarations.

Usage (from anywhere):

    python scripts/rule_docs.py          # rewrite the tables in place
    python scripts/rule_docs.py --check  # exit 1, changing nothing, when they are stale

Each kind's scopes and table stand between two marker comments, which the
prose around them may move but not drop::

    <!-- params: claim -->
    ...
    <!-- /params -->

What is between them comes from the kind's class in ``claimlint/engine/kinds/``
(its ``scopes`` and the :class:`~claimlint.engine.kinds.params.Param` attributes
it declares); edit those, then run this script. ``tests/test_rule_docs.py``
fails when the committed page differs from what it writes.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from claimlint.engine.kinds import KINDS  # noqa: E402
from claimlint.engine.kinds.params import table  # noqa: E402
from claimlint.engine.rule import Kind  # noqa: E402

DOC = REPO / "docs" / "writing-rules.md"
BLOCK = re.compile(r"<!-- params: ([a-z-]+) -->\n(.*?)<!-- /params -->\n", re.DOTALL)


def generated(kind: type[Kind]) -> str:
    """What stands between a kind's markers: its scopes and its parameter table."""
    scopes = ", ".join(f"`{s}`" for s in kind.scopes)
    body = table(kind.params) if kind.params else "No keys of its own.\n"
    return f"Scopes: {scopes}.\n\n{body}"


def render(text: str) -> str:
    """``text`` with every kind's block rewritten; ValueError when a kind has no block,
    or two, or a block names no kind."""
    seen: list[str] = []

    def block(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in KINDS:
            raise ValueError(f"a params block names kind '{name}', which does not exist")
        seen.append(name)
        return f"<!-- params: {name} -->\n{generated(KINDS[name])}<!-- /params -->\n"

    out = BLOCK.sub(block, text)
    missing = sorted(set(KINDS) - set(seen))
    twice = sorted({n for n in seen if seen.count(n) > 1})
    if missing or twice:
        raise ValueError(
            f"every kind needs one params block: missing {missing or 'none'}, "
            f"twice {twice or 'none'}"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is stale")
    args = parser.parse_args(argv)
    text = DOC.read_text(encoding="utf-8")
    try:
        new = render(text)
    except ValueError as exc:
        print(f"{DOC}: {exc}", file=sys.stderr)
        return 2
    if new == text:
        return 0
    if args.check:
        print(f"{DOC} is stale: run python scripts/rule_docs.py", file=sys.stderr)
        return 1
    DOC.write_text(new, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
