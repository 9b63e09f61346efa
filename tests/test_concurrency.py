"""Two claimlint processes on one tree (a pre-commit hook and an editor) must not corrupt
each other's cache or baseline: every write is a whole file replaced atomically."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from cli_support import write

pytestmark = pytest.mark.usefixtures("in_tmp")


def _posts(root: Path, n: int = 12) -> None:
    for i in range(n):
        write(
            root / "posts" / f"post-{i:02d}.md",
            f"# Post {i}\n\nKetamine cures depression.\n\nStudies show it works {i} times.\n",
        )


def _claimlint(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "claimlint", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_concurrent_runs_share_the_cache_safely(tmp_path: Path) -> None:
    _posts(tmp_path)
    args = ("check", "--no-color", "--jobs", "1", "--cache-dir", "cache", "posts")
    runs = [_claimlint(*args) for _ in range(4)]
    outputs = [run.communicate() for run in runs]
    assert [run.returncode for run in runs] == [1, 1, 1, 1]
    assert all(err == b"" for _, err in outputs), [err for _, err in outputs]
    assert len({out for out, _ in outputs}) == 1
    again = subprocess.run(
        [sys.executable, "-m", "claimlint", *args], capture_output=True, check=False
    )
    assert (again.returncode, again.stdout, again.stderr) == (1, outputs[0][0], b"")
    assert not list(tmp_path.rglob("*.tmp")) and not list(tmp_path.rglob("*-tmp*"))


def test_concurrent_baseline_writes_leave_one_whole_file(tmp_path: Path) -> None:
    _posts(tmp_path)
    runs = [
        _claimlint("check", "--no-cache", "--write-baseline", "baseline.yaml", "posts")
        for _ in range(3)
    ]
    for run in runs:
        run.communicate()
    assert [run.returncode for run in runs] == [0, 0, 0]
    data = yaml.safe_load((tmp_path / "baseline.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    check = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimlint",
            "check",
            "--no-cache",
            "--baseline",
            "baseline.yaml",
            "posts",
        ],
        capture_output=True,
        check=False,
    )
    assert (check.returncode, check.stderr) == (0, b"")
