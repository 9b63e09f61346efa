"""The benchmark script's profile mode still fits the engine it wraps (it times the phrase
matcher, citation matching and each rule family by patching them in a child process).
No timings are asserted: speed is measured by running ``scripts/bench.py``."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "bench.py"


def test_the_phase_profile_runs_and_covers_every_phase(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench", SCRIPT)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench"] = bench
    try:
        spec.loader.exec_module(bench)
        bench.generate_corpus(tmp_path / "posts", 3, 7)
    finally:
        del sys.modules["bench"]
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--phases", str(tmp_path / "posts"), "3"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    phases = json.loads(run.stdout)
    assert phases["files"] == 3
    assert set(phases) == {name for name, _ in bench.PHASES} | {"total", "files"}
    for name in ("markdown-it parse", "phrase matching", "CL1xx claims", "citation matching"):
        assert phases[name] > 0, name
