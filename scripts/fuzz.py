"""A longer fuzz soak than the test suite's: random Markdown-like posts for N minutes.

    python scripts/fuzz.py --minutes 10 [--seed 1]

Each post is built from pieces that exercise the parser and the rules
(claims, citations, lists, tables, quotes, code, front matter, comments,
CRLF, non-ASCII, stray markup) plus random characters. For each post it
checks what tests/test_robustness.py checks (tests/fuzz_support.py): no rule
failure (CL900), no exception, and every finding inside the file. A failing post is written to
fuzz-failures/ and the run goes on; the exit status is 1 if any failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fuzz_support import PIECES, position_problems  # tests/fuzz_support.py, shared with the test

from claimlint.core.model import Finding
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_bytes

ALPHABET = "abcXYZ 019.,;:!?()[]{}<>*_`#>-|\\/'\"\n\t—“”é\u00a0\u200b"


def post(rng: random.Random) -> bytes:
    parts = []
    for _ in range(rng.randint(0, 60)):
        if rng.random() < 0.75:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12))))
    return "".join(parts).encode("utf-8")


def problems(data: bytes, findings: list[Finding]) -> list[str]:
    out = [f.message for f in findings if f.rule == "CL900"]
    if not any(f.rule == "CL902" for f in findings):
        out += position_problems(data.decode("utf-8"), findings)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    plan = build_plan(Config())
    failures = Path("fuzz-failures")
    end = time.monotonic() + args.minutes * 60
    runs = failed = 0
    while time.monotonic() < end:
        data = post(rng)
        runs += 1
        try:
            found = problems(data, lint_bytes(data, "fuzz.md", plan))
        except Exception as exc:  # a crash is what we are looking for
            found = [f"{type(exc).__name__}: {exc}"]
        if found:
            failed += 1
            failures.mkdir(exist_ok=True)
            (failures / f"case-{runs}.md").write_bytes(data)
            print(f"case {runs}: {found[0]}", file=sys.stderr)
    print(f"{runs} posts, {failed} failed, seed {args.seed}, {args.minutes:g} min")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
