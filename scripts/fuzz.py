"""A longer fuzz soak than the test suite's: random Markdown-like posts for N minutes.

    python scripts/fuzz.py --minutes 10 [--seed 1]

Each post is built from pieces that exercise the parser and the rules
(claims, citations, lists, tables, quotes, code, front matter, comments,
CRLF, non-ASCII, stray markup) plus random characters. For each post it
checks what tests/test_robustness.py checks: no rule failure (CL900), no
exception, and every finding inside the file. A failing post is written to
fuzz-failures/ and the run goes on; the exit status is 1 if any failed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from claimlint.cli import build_plan
from claimlint.config import Config
from claimlint.runner import lint_bytes

PIECES = [
    "Ketamine cures depression. ",
    "Studies show TMS works. ",
    "may help some people ",
    "(Smith et al., 2019) ",
    "Smith and Jones (2018) ",
    "[1] ",
    "[2-4] ",
    "[^1] ",
    "\n\n",
    "\n",
    "# ",
    "> ",
    "- ",
    "1. ",
    "| a | b |\n|---|---|\n| c | d |\n",
    "```\ncode\n```\n",
    "<!-- claimlint-disable CL101 -->",
    "<!-- claimlint-disable-next-line -->\n",
    "<sup>2</sup>",
    "*",
    "**",
    "_",
    "`",
    "[link](https://doi.org/10.1/x)",
    "---\ntitle: x\n---\n",
    "\r\n",
    "\r",
    "\t",
    "é µg — “quoted” ",
    "\u200b",
    "&amp; &#x2014; ",
    "\\*",
    "## References\n\n1. Smith J. Title. J. 2019;1:2.\n",
    "[^1]: Smith J. Title. 2019.\n",
    "FDA-approved for anxiety ",
    "you will feel better ",
    "> “My depression lifted.” — Sam, 30\n",
]
ALPHABET = "abcXYZ 019.,;:!?()[]{}<>*_`#>-|\\/'\"\n\t—“”é\u00a0\u200b"


def post(rng: random.Random) -> bytes:
    parts = []
    for _ in range(rng.randint(0, 60)):
        if rng.random() < 0.75:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12))))
    return "".join(parts).encode("utf-8")


def problems(data: bytes, findings: list) -> list[str]:  # type: ignore[type-arg]
    out = [f.message for f in findings if f.rule == "CL900"]
    if any(f.rule == "CL902" for f in findings):
        return out
    text = data.decode("utf-8")
    lines = re.split(r"\r\n|\r|\n", text[1:] if text.startswith("\ufeff") else text)
    for f in findings:
        if f.rule.startswith("CL9") or f.span is None or f.span.start == f.span.end == 0:
            continue
        if not (1 <= f.start.line <= len(lines)) or not (
            1 <= f.start.column <= len(lines[f.start.line - 1]) + 1
        ):
            out.append(f"{f.rule} at {f.start.line}:{f.start.column} is outside the file")
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
