"""The README's adoption path, followed start to finish as a new user would: a fresh
virtual environment with the checkout installed by the README's command, a fresh site
repository, ``init --pre-commit``, a baseline of today's findings, a commit refused by
the real pre-commit hook, and ``--since`` on a pull request's lines.

It installs the checkout and its dependencies from the package index into a new
virtual environment, and pre-commit builds the hook's own environment from a git
repository of the checkout (tagged with this version, as ``init`` pins it).
Deselect with ``-m "not integration"``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

from claimlint import __version__
from tests.test_precommit import HOOK_FILES, commit_all, git_env, git_init, sh

pytestmark = [
    pytest.mark.integration,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git"),
]

CHECKOUT = Path(__file__).resolve().parents[1]
OLD_POST = (
    "# Ketamine for depression\n\n"
    "Ketamine cures depression.\n\n"
    "Research has shown that infusions lift mood.\n\n"
    "Ketamine is not FDA-approved for depression; its use here is off-label, and it can "
    "raise blood pressure. Results vary.\n"
)
NEW_POST = (
    "# Red light therapy\n\n"
    "Red light therapy may help some people with knee pain.\n\n"
    "Red light therapy melts stubborn fat.\n"
)


def test_the_readme_adoption_path(tmp_path: Path) -> None:
    env = git_env(tmp_path)
    # pip install . (the README's first command), in a fresh virtual environment
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    sh([str(python), "-m", "pip", "install", "--quiet", str(CHECKOUT)], tmp_path, env)
    claimlint = str(bindir / "claimlint")
    env["PATH"] = os.pathsep.join([str(bindir), env.get("PATH", "")])
    sh([str(python), "-m", "pip", "install", "--quiet", "pre-commit"], tmp_path, env)

    # the hook repository: the checkout, tagged as init pins it
    hook = tmp_path / "claimlint-hook"
    hook.mkdir()
    for name in HOOK_FILES:
        source = CHECKOUT / name
        if source.is_dir():
            shutil.copytree(source, hook / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, hook / name)
    git_init(hook, env)
    commit_all(hook, env, "claimlint")
    sh(["git", "tag", f"v{__version__}"], hook, env)

    # a site with one old post, committed before claimlint
    site = tmp_path / "site"
    (site / "posts").mkdir(parents=True)
    (site / "posts" / "ketamine.md").write_text(OLD_POST, encoding="utf-8")
    git_init(site, env)
    commit_all(site, env, "the site as it was")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return sh([claimlint, *args], site, env, check=False)

    # claimlint init --pre-commit: config and hook
    done = run("init", "--pre-commit", "--hook-repo", str(hook))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == ".claimlint.yaml: created"
    sh([str(python), "-m", "pre_commit", "install"], site, env)

    # accept today's findings, then fail on new ones only
    first = run("check", "posts/")
    assert first.returncode == 1
    assert "posts/ketamine.md:3:10: CL101 error 'cures'" in first.stdout
    written = run("check", "--write-baseline", ".claimlint-baseline.yaml", ".")
    assert written.returncode == 0, written.stdout + written.stderr
    assert run("check", "--baseline", ".claimlint-baseline.yaml", ".").returncode == 0
    commit_all(site, env, "claimlint and its baseline")

    # a new post with a claim: the real pre-commit hook refuses the commit
    (site / "posts" / "red-light.md").write_text(NEW_POST, encoding="utf-8")
    sh(["git", "add", "--all"], site, env)
    refused = sh(["git", "commit", "--quiet", "-m", "new post"], site, env, check=False)
    told = refused.stdout + refused.stderr  # git shows the hook's output on standard error
    assert refused.returncode == 1
    assert "posts/red-light.md:5:19: CL116 warning 'melts stubborn fat'" in told
    assert "ketamine.md" not in told  # the hook lints the staged files only

    # --since: only the lines the change added, without the baseline
    since = run("check", "--since", "HEAD", "posts/")
    assert since.returncode == 1
    assert {line.split(":")[0] for line in since.stdout.splitlines() if ": CL" in line} == {
        "posts/red-light.md"
    }
