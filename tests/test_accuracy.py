"""Accuracy on the labelled dev posts, scored by the shared scorer (skipped without ../shared).

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


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[float, float]]:
    report = tmp_path_factory.mktemp("accuracy") / "report.json"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(DEV)
        status = main(
            ["check", "--isolated", "--no-cache", "--format", "json", "-o", str(report), "."]
        )
    assert status in (0, 1)
    out = subprocess.run(
        [sys.executable, str(SCORER), str(DEV), str(report)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    table: dict[str, tuple[float, float]] = {}
    for line in out.splitlines():
        m = re.match(r"^([a-z-]+)\s+\d+\s+\d+\s+\d+\s+([\d.]+)\s+([\d.]+)", line)
        if m:
            table[m.group(1)] = (float(m.group(2)), float(m.group(3)))
    return table


@pytest.mark.parametrize("category", sorted(BARS))
def test_precision_bar(category: str, scores: dict[str, tuple[float, float]]) -> None:
    precision, _ = scores[category]
    assert precision >= BARS[category][0], f"{category}: precision {precision}"


@pytest.mark.parametrize("category", sorted(BARS))
def test_recall_bar(category: str, scores: dict[str, tuple[float, float]]) -> None:
    _, recall = scores[category]
    assert recall >= BARS[category][1], f"{category}: recall {recall}"
