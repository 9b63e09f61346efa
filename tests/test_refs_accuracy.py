"""Accuracy floors of the reference parser on the shared development set.

Skipped when the shared data (``../shared/refs/dev.jsonl`` next to the
repository) is not there.  Field comparisons come from the official scorer,
loaded by path, so the numbers match ``scripts/score_refs.py``. Nothing is written into
``../shared``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from claimlint.biblio.refstring import parse_reference

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "refs" / "dev.jsonl"
SCORER = DEV.parent / "score_refs.py"

if not DEV.is_file() or not SCORER.is_file():
    pytest.skip(f"shared reference set not available at {DEV}", allow_module_level=True)

FLOORS = {"first_author": 0.97, "year": 0.97, "title": 0.90, "container": 0.90}


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_claimlint_official_score_refs", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Without a __pycache__ beside it: ../shared is read-only in CI (root could still write).
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys, "dont_write_bytecode", True)
        spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def accuracy() -> dict[str, float]:
    scorer = _load_scorer()
    hits: dict[str, int] = dict.fromkeys(FLOORS, 0)
    total = 0
    with DEV.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            gold: dict[str, Any] = json.loads(line)
            ref = parse_reference(gold["raw"])
            pred = {
                "authors": list(ref.authors),
                "year": ref.year,
                "year_suffix": ref.year_suffix,
                "title": ref.title,
                "container": ref.container,
            }
            result = scorer.compare(pred, gold)
            for field in FLOORS:
                hits[field] += bool(result[field])
            total += 1
    assert total > 0
    return {field: hits[field] / total for field in FLOORS}


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_dev_accuracy_floor(accuracy: dict[str, float], field: str) -> None:
    assert accuracy[field] >= FLOORS[field], f"{field}: {accuracy[field]:.4f} < {FLOORS[field]}"
