"""Accuracy on the labelled dev posts (01-21 and 22-41), scored by the shared scorer (skipped
without ../shared).

Nothing is written into ``../shared`` (read-only in CI): the run keeps no cache, and the
report goes to a temporary folder.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimlint.cli import main

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
SETS = ("dev", "dev2")
SCORER = SHARED / "eval" / "score.py"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not (DEV.is_dir() and SCORER.is_file()), reason="../shared is absent"),
]

#: (precision, recall) bars per category, from the claims, citations and regulatory issues.
BARS = {
    "unhedged-claim": (0.90, 0.85),
    "missing-citation": (0.85, 0.75),
    "citation-year-mismatch": (0.95, 0.90),
    "citation-author-mismatch": (0.95, 0.90),
    "citation-unresolved": (0.95, 0.90),
    "reference-uncited": (0.95, 0.90),
    "citation-venue-mismatch": (0.85, 0.75),
    "citation-study-type-mismatch": (0.85, 0.75),
    "citation-irrelevant": (0.85, 0.75),
    "regulatory-claim": (0.95, 0.85),
    "missing-disclosure": (0.90, 0.85),
}


Row = tuple[int, int, int, float, float]


def _score(folder: Path, report: Path) -> dict[str, Row]:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(folder)
        status = main(
            ["check", "--isolated", "--no-cache", "--format", "json", "-o", str(report), "."]
        )
    assert status in (0, 1)
    out = subprocess.run(
        [sys.executable, str(SCORER), str(folder), str(report)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    table: dict[str, Row] = {}
    for line in out.splitlines():
        m = re.match(r"^([a-z-]+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)", line)
        if m:
            tp, fp, fn = (int(m.group(i)) for i in (2, 3, 4))
            table[m.group(1)] = (tp, fp, fn, float(m.group(5)), float(m.group(6)))
    return table


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Row]]:
    out = {}
    for name in SETS:
        folder = SHARED / "corpus" / name
        if folder.is_dir():
            out[name] = _score(folder, tmp_path_factory.mktemp("accuracy") / f"{name}.json")
    return out


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("category", sorted(BARS))
def test_precision_bar(name: str, category: str, scores: dict[str, dict[str, Row]]) -> None:
    if name not in scores:
        pytest.skip(f"../shared/corpus/{name} is absent")
    precision = scores[name][category][3]
    assert precision >= BARS[category][0], f"{name} {category}: precision {precision}"


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("category", sorted(BARS))
def test_recall_bar(name: str, category: str, scores: dict[str, dict[str, Row]]) -> None:
    if name not in scores:
        pytest.skip(f"../shared/corpus/{name} is absent")
    recall = scores[name][category][4]
    assert recall >= BARS[category][1], f"{name} {category}: recall {recall}"


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def test_all_labelled_posts_together(scores: dict[str, dict[str, Row]]) -> None:
    """Issue 15's bar on posts 01-41: F1 at least 0.95 overall, no category below 0.90."""
    if set(scores) != set(SETS):
        pytest.skip("both labelled sets are needed")
    totals = {c: [sum(scores[n][c][i] for n in SETS) for i in range(3)] for c in BARS}
    low = {c: round(_f1(*t), 3) for c, t in totals.items() if _f1(*t) < 0.90}
    assert low == {}
    overall = [sum(t[i] for t in totals.values()) for i in range(3)]
    assert _f1(*overall) >= 0.95
