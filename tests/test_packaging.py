"""Packaging: the wheel ships the built-in rules (build it, install it in a fresh venv, run
claimlint), and every place that names the distribution or the repository names the same
ones as ``claimlint.DISTRIBUTION`` and ``claimlint.REPOSITORY_URL``."""

from __future__ import annotations

import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import yaml

from claimlint import DISTRIBUTION, REPOSITORY_URL, __version__
from claimlint.output.context import INFORMATION_URI

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
#: The unrelated project on the package index, and the README's old placeholder.
WRONG_NAMES = re.compile(
    r"claimlint==|pypi\.org/project/claimlint/|pip\s+install\s+claimlint(?![\w-])|OWNER/"
)


def test_the_distribution_is_claimlint_health() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == DISTRIBUTION == "claimlint-health"
    assert project["scripts"] == {"claimlint": "claimlint.cli:run"}
    assert project["urls"] and all(u.startswith(REPOSITORY_URL) for u in project["urls"].values())
    assert INFORMATION_URI == "https://pypi.org/project/claimlint-health/"


def test_the_action_installs_the_distribution_for_a_version() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    (install,) = [s for s in action["runs"]["steps"] if s.get("id") == "install"]
    assert f'spec="{DISTRIBUTION}==$INPUT_VERSION"' in install["run"]


def test_the_readme_pins_the_repository_at_this_versions_tag() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"  - repo: {REPOSITORY_URL}\n    rev: v{__version__} " in readme
    owner_name = REPOSITORY_URL.removeprefix("https://github.com/")
    assert f"- uses: {owner_name}@v{__version__} " in readme
    assert f"pip install\n{DISTRIBUTION}" in readme or f"pip install {DISTRIBUTION}" in readme


def test_nothing_names_the_unrelated_distribution() -> None:
    files = [
        *(ROOT / name for name in ("README.md", "CHANGELOG.md", "action.yml", "pyproject.toml")),
        ROOT / ".pre-commit-hooks.yaml",
        *sorted((ROOT / "docs").rglob("*.md")),
        *sorted((ROOT / "claimlint").rglob("*.py")),
    ]
    found = [
        f"{path.relative_to(ROOT)}: {match.group()!r}"
        for path in files
        for match in WRONG_NAMES.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


@pytest.mark.slow
def test_installed_wheel_finds_builtin_rules(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(ROOT)],
        check=True,
    )
    wheels = list(dist.glob(f"{DISTRIBUTION.replace('-', '_')}-{__version__}-*.whl"))
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
    page = subprocess.run(  # the html report's style and script are package data
        [str(exe), "check", "--format", "html", str(post.name)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert page.returncode == 1
    assert "<style>/* claimlint html report." in page.stdout
    assert '<span class="path">post.md</span>' in page.stdout
    where = subprocess.run(
        [str(py), "-c", "import claimlint.core.builtin as r; print(r.builtin_rules_dir())"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert "site-packages" in where.stdout and where.stdout.strip().endswith("_rules")
    shipped = subprocess.run(  # the built-in pack's work done ahead is package data too
        [str(py), "-c", "from claimlint.core import prebuilt; print(len(prebuilt._entries()))"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert int(shipped.stdout) >= 3
