"""Accuracy on the labelled dev posts, scored by the shared scorer (skipped without ../shared)."""

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

#: Precision floors per category (the issues' bars for the rules that exist).
PRECISION_FLOORS = {"unhedged-claim": 0.90, "missing-citation": 0.85}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[float, float]]:
    report = tmp_path_factory.mktemp("accuracy") / "report.json"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(DEV)
        status = main(["check", "--isolated", "--format", "json", "-o", str(report), "."])
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


@pytest.mark.parametrize("category", sorted(PRECISION_FLOORS))
def test_precision_floor(category: str, scores: dict[str, tuple[float, float]]) -> None:
    precision, _ = scores[category]
    assert precision >= PRECISION_FLOORS[category], f"{category}: {precision}"
