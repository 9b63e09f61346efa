#!/usr/bin/env python3
"""Write ``claimlint/core/prebuilt.bin``: the built-in pack's YAML files decoded and its
phrase matchers built, so that a fresh process does neither (see
:mod:`claimlint.core.prebuilt`).

Usage (from anywhere):

    python scripts/gen_prebuilt.py           # rewrite the table when it differs
    python scripts/gen_prebuilt.py --check   # only tell: exit 1 when it is stale

Run it after changing a rule file, a lexicon, the knowledge pack, ``rules/models/`` or
``rules/vocabulary/``, or the code that decodes YAML or builds phrase matchers
(``tests/test_prebuilt.py`` fails until then; claimlint itself stays correct, a stale
entry is only never found). The table is every result that loading the built-in pack
computes: for each jurisdiction, the plan of the default selection and that of every
rule, and linting every rule's examples with them (which loads the knowledge pack and
the vocabularies the checks read on first use).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimlint.core import prebuilt  # noqa: E402


def compute() -> dict[str, dict[str, Any]]:
    """Every result the built-in pack's loading computes, by kind and key."""
    results = prebuilt.record()
    from claimlint.core.builtin import builtin_rules_dir
    from claimlint.engine.linter import Plan, lint_document
    from claimlint.engine.registry import read_rules
    from claimlint.regulatory.knowledge import jurisdiction_ids
    from claimlint.run.config import Config
    from claimlint.run.plan import Selection, build_plan
    from claimlint.text.document import parse_text

    ruleset, _ = read_rules([builtin_rules_dir()])
    examples = "\n\n".join(
        t for r in ruleset.rules.values() for t in (*r.examples_fail, *r.examples_pass)
    )
    for jurisdiction in jurisdiction_ids(builtin_rules_dir() / "knowledge"):
        for select in (None, ["ALL"]):
            config = Config(options={"jurisdiction": jurisdiction})
            plan: Plan = build_plan(config, Selection(select=select), no_cache=True)
            lint_document(parse_text(examples, "examples.md"), plan)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    args = parser.parse_args(argv)
    results = compute()
    try:
        current = prebuilt.loads(prebuilt.TABLE.read_bytes())
    except FileNotFoundError:
        current = None
    fresh = current == results
    name = prebuilt.TABLE.relative_to(ROOT)
    if args.check:
        if not fresh:
            print(f"{name} is stale: run python scripts/gen_prebuilt.py", file=sys.stderr)
            return 1
        return 0
    if not fresh:
        prebuilt.TABLE.write_bytes(prebuilt.dumps(results))
        print(f"wrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
