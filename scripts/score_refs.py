#!/usr/bin/env python3
"""Score claimlint's reference parser on the shared reference set.

Usage (from anywhere):

    python scripts/score_refs.py [GOLD.jsonl] [--out PRED.jsonl] [--errors N] [--by FIELD]

GOLD defaults to ``../shared/refs/dev.jsonl`` relative to the repository root.
Each gold line's ``raw`` is parsed with :func:`claimlint.biblio.refstring.parse_reference`;
the predictions (authors, year, year_suffix, title, container, raw) are written as
JSONL to ``--out`` (or a temporary file), and the official scorer that sits next to
the gold file (``score_refs.py``) is run on them; its output is printed as is.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from claimlint.biblio.refstring import parse_reference  # noqa: E402

DEFAULT_GOLD = REPO.parent / "shared" / "refs" / "dev.jsonl"


def predict(gold: Path, out: Path) -> tuple[int, float]:
    """Write one prediction line per gold line; return (count, seconds spent parsing)."""
    n = 0
    spent = 0.0
    with gold.open(encoding="utf-8") as fh, out.open("w", encoding="utf-8") as oh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            raw = json.loads(line)["raw"]
            t0 = time.perf_counter()
            ref = parse_reference(raw)
            spent += time.perf_counter() - t0
            rec = {
                "authors": list(ref.authors),
                "year": ref.year,
                "year_suffix": ref.year_suffix,
                "title": ref.title,
                "container": ref.container,
                "raw": raw,
            }
            oh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n, spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD), help="gold JSONL")
    ap.add_argument("--out", help="where to write predictions (default: a temporary file)")
    ap.add_argument("--errors", type=int, default=0, help="show up to N mismatches per field")
    ap.add_argument("--by", help="break down by a gold field (style_hint, type, source, ...)")
    args = ap.parse_args(argv)

    gold = Path(args.gold)
    if not gold.is_file():
        print(f"gold file not found: {gold}", file=sys.stderr)
        return 2
    scorer = gold.resolve().parent / "score_refs.py"
    if not scorer.is_file():
        print(f"official scorer not found next to the gold file: {scorer}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "pred.jsonl"
        n, spent = predict(gold, out)
        print(f"parsed {n} references in {spent:.3f}s ({1000 * spent / max(n, 1):.3f} ms each)")
        cmd = [sys.executable, str(scorer), str(out), str(gold)]
        if args.errors:
            cmd += ["--errors", str(args.errors)]
        if args.by:
            cmd += ["--by", args.by]
        proc = subprocess.run(cmd, check=False, capture_output=True, text=True)
        sys.stdout.write(proc.stdout)
        sys.stderr.write(proc.stderr)
        return proc.returncode


if __name__ == "__main__":
    raise SystemExit(main())
