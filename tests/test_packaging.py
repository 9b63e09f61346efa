"""The wheel ships the built-in rules: build it, install it in a fresh venv, run claimlint."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_installed_wheel_finds_builtin_rules(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(ROOT)],
        check=True,
    )
    wheels = list(dist.glob("claimlint-*.whl"))
    assert len(wheels) == 1
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    py = env_dir / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheels[0])], check=True)
    exe = py.parent / "claimlint"
    rules = subprocess.run(
        [str(exe), "rules", "--format", "json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert '"id": "CL101"' in rules.stdout
    post = tmp_path / "post.md"
    post.write_text("Hypnosis cures depression.\n", encoding="utf-8")
    check = subprocess.run(
        [str(exe), "check", "--no-color", str(post.name)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert check.returncode == 1
    assert check.stdout.startswith("post.md:1:10: CL101 error")
    where = subprocess.run(
        [str(py), "-c", "import claimlint.core.builtin as r; print(r.builtin_rules_dir())"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert "site-packages" in where.stdout and where.stdout.strip().endswith("_rules")
