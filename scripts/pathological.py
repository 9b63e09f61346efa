"""Time claimlint on full-size hostile inputs, each in a fresh process.

    python scripts/pathological.py            # print the table
    python scripts/pathological.py --write    # also write it into docs/robustness.md

Each case is generated into a temporary folder and checked with
``claimlint check --format json`` in its own process, so a crash, a hang
(the time limit) or a memory blow-up in one case cannot hide another. The
table gives wall time, peak resident memory, the exit status and the
findings count. Exit status 0 or 1 is a result; anything else is a failure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "robustness.md"
CLAIM = b"Ketamine cures depression. "
TIME = Path("/usr/bin/time")


def _billion_laughs() -> bytes:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return ("---\n" + "\n".join(lines) + "\n---\n\n").encode() + CLAIM + b"\n"


CASES: dict[str, Callable[[], bytes]] = {
    "1 MB on one line": lambda: CLAIM * (1_000_000 // len(CLAIM)) + b"\n",
    "10 MB post, 100,000 paragraphs": lambda: (CLAIM + b"\n\n") * (10_000_000 // (len(CLAIM) + 2)),
    "10,000 nested list levels": lambda: b"".join(b"  " * i + b"- item\n" for i in range(10_000)),
    "10,000 nested blockquotes": lambda: b">" * 10_000 + b" " + CLAIM + b"\n",
    "source list of 5,000 entries": lambda: (
        b"Text (Smith, 2019) and [4,999].\n\n## References\n\n"
        + b"".join(
            f"{i}. Smith J{i}. Title {i}. J Psych. 2019;{i}:1-2.\n".encode()
            for i in range(1, 5_001)
        )
    ),
    "100,000 emphasis markers": lambda: b"*a **a " * 20_000 + b"\n",
    "5,000 nested link brackets": lambda: b"[" * 5_000 + b"x" + b"]" * 5_000 + b"(http://a)\n",
    "billion laughs front matter": _billion_laughs,
    "invalid UTF-8 throughout": lambda: bytes(range(128, 256)) * 40_000,
    "binary with NUL bytes, 4 MB": lambda: bytes(range(256)) * 16_384,
}


def run_case(name: str, data: bytes, folder: Path, limit: float) -> dict[str, object]:
    path = folder / (re.sub(r"\W+", "-", name).strip("-") + ".md")
    path.write_bytes(data)
    out, rss = folder / "out.json", folder / "rss.txt"
    command = [sys.executable, "-m", "claimlint", "check", "--format", "json", str(path)]
    if TIME.is_file():  # GNU time reports the peak memory of the program it runs
        command = [str(TIME), "-f", "%M", "-o", str(rss), *command]
    start = time.perf_counter()
    with out.open("wb") as sink:
        try:
            status: object = subprocess.run(
                command, stdout=sink, stderr=subprocess.DEVNULL, timeout=limit, check=False
            ).returncode
        except subprocess.TimeoutExpired:
            status = f"timeout {limit:g}s"
    seconds = time.perf_counter() - start
    findings: object = "-"
    if status in (0, 1):
        findings = len(json.loads(out.read_text(encoding="utf-8"))["findings"])
    peak = "-"
    if rss.is_file():  # the last line; GNU time first notes a non-zero exit status
        last = rss.read_text().strip().splitlines()[-1:]
        if last and last[0].isdigit():
            peak = f"{int(last[0]) / 1024:.0f}"
    return {
        "case": name,
        "size": f"{len(data) / 1_000_000:.1f} MB",
        "seconds": f"{seconds:.1f}",
        "peak_mb": peak,
        "status": status,
        "findings": findings,
    }


def table(rows: list[dict[str, object]]) -> str:
    lines = [
        "| case | size | wall s | peak RSS MB | exit | findings |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['case']} | {r['size']} | {r['seconds']} | {r['peak_mb']} | {r['status']} "
            f"| {r['findings']} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="update docs/robustness.md")
    parser.add_argument("--limit", type=float, default=300.0, help="seconds per case")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in CASES.items():
            row = run_case(name, make(), Path(tmp), args.limit)
            print(f"{row['case']:32} {row['seconds']:>7}s {row['peak_mb']:>6} MB", row["status"])
            rows.append(row)
    text = table(rows)
    print()
    print(text)
    if args.write:
        machine = (
            f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}"
        )
        block = (
            "<!-- pathological:start -->\n"
            f"Measured {time.strftime('%Y-%m-%d')} on {machine} with "
            "`python scripts/pathological.py --write`, each case in its own process.\n\n"
            f"{text}\n<!-- pathological:end -->"
        )
        doc = DOC.read_text(encoding="utf-8")
        doc = re.sub(
            r"<!-- pathological:start -->.*?<!-- pathological:end -->",
            lambda _: block,
            doc,
            flags=re.S,
        )
        DOC.write_text(doc, encoding="utf-8")
    bad = [r for r in rows if r["status"] not in (0, 1)]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
