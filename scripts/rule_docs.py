#!/usr/bin/env python3
"""Write the kinds' parameter tables in ``docs/writing-rules.md`` from their declarations.

Usage (from anywhere):

    python scripts/rule_docs.py          # rewrite the tables in place
    python scripts/rule_docs.py --check  # exit 1, changing nothing, when they are stale

Each kind's scopes and table stand between two marker comments
(``<!-- params: claim -->`` ... ``<!-- /params -->``), which the prose around them
may move but not drop. What is between them comes from the kind's class in
``claimlint/engine/kinds/`` (its ``scopes`` and the
:class:`~claimlint.engine.kinds.params.Param` attributes it declares), through
:func:`claimlint.engine.kinds.docs.render`; edit those, then run this script.
``tests/test_rule_docs.py`` fails when the committed page differs from what it
writes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from claimlint.engine.kinds.docs import render  # noqa: E402

DOC = REPO / "docs" / "writing-rules.md"


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
