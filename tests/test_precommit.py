"""claimlint as a pre-commit hook, with the real pre-commit, git and pip.

pre-commit installs a hook repository at a git revision, so the files of the
checkout under test (``Path(__file__).parents[1]``) are committed to a
temporary repository first: the checkout may have uncommitted changes (which
``try-repo`` would only half pick up: it skips untracked files) or be an
unpacked sdist with no ``.git`` at all. pre-commit then builds a virtual
environment and pip-installs the package into it from the configured package
index, as it does for users. ``PRE_COMMIT_HOME`` points into the test's
temporary folder. Deselect with ``-m "not integration"``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
import yaml

from claimlint import DISTRIBUTION, __version__

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git"),
]

CHECKOUT = Path(__file__).resolve().parents[1]
#: What pip needs to build the package (see pyproject.toml) and the hook manifest.
HOOK_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "claimlint", "rules")
CURE = "Ketamine cures depression.\n"
CLEAN = "Ketamine may help some people with depression.\n"
CL101_AT = "{}:1:10: CL101 error "
#: The tag ``init --pre-commit`` pins by default.
TAG = f"v{__version__}"


def git_env(home: Path) -> dict[str, str]:
    """The environment for git and pre-commit: no user or system git config, a private
    pre-commit cache, and none of the variables that change claimlint's output."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "FORCE_COLOR", "NO_COLOR")
        and not k.startswith("GIT_")
    }
    env.update(
        PRE_COMMIT_HOME=str(home / "pre-commit-home"),
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.org",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.org",
    )
    return env


def sh(
    args: Sequence[str], cwd: Path, env: dict[str, str], check: bool = True
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    if check and proc.returncode != 0:
        pytest.fail(f"{' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc


def git_init(repo: Path, env: dict[str, str]) -> None:
    sh(["git", "init", "--quiet", "--initial-branch=main", str(repo)], repo.parent, env)


def commit_all(repo: Path, env: dict[str, str], message: str) -> str:
    sh(["git", "add", "--all"], repo, env)
    sh(["git", "commit", "--quiet", "--no-verify", "-m", message], repo, env)
    return sh(["git", "rev-parse", "HEAD"], repo, env).stdout.strip()


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("precommit")


@pytest.fixture(scope="module")
def hook_repo(home: Path) -> tuple[Path, str]:
    """The checkout's package files committed to a repository of their own, tagged with
    this version as a release would be: (path, sha)."""
    repo = home / "claimlint-hook"
    repo.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "_rules")
    for name in HOOK_FILES:
        source = CHECKOUT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=ignore)
        else:
            shutil.copy2(source, repo / name)
    env = git_env(home)
    git_init(repo, env)
    sha = commit_all(repo, env, "claimlint under test")
    sh(["git", "tag", TAG], repo, env)
    return repo, sha


@pytest.fixture
def site(home: Path, tmp_path: Path) -> Path:
    """A website repository: posts good and bad, a draft its configuration excludes, and
    files the hook must not be given."""
    repo = tmp_path / "site"
    repo.mkdir()
    files = {
        ".claimlint.yaml": "select: [CL101]\nextend-exclude: [drafts]\n",
        "posts/bad.md": CURE,
        "posts/clean.md": CLEAN,
        "posts/page.mdx": CURE,
        "notes/scraped.txt": CURE,
        "drafts/wip.md": CURE,
        "build.py": f"# {CURE}",
    }
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    env = git_env(home)
    git_init(repo, env)
    sh(["git", "add", "--all"], repo, env)
    return repo


def pre_commit(
    site: Path, home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return sh([sys.executable, "-m", "pre_commit", *args], site, env or git_env(home), check=False)


def claimlint_init(site: Path, home: Path, *args: str) -> str:
    """``claimlint init --pre-commit ARGS`` in ``site``, run from the checkout under test;
    what it printed."""
    env = git_env(home)
    env["PYTHONPATH"] = str(CHECKOUT)
    command = [sys.executable, "-m", "claimlint", "init", "--pre-commit", *args]
    return sh(command, site, env).stdout


def assert_fails_on_the_bad_posts(proc: subprocess.CompletedProcess[str]) -> None:
    """``pre-commit run --all-files`` on the ``site`` fixture, with only the claimlint
    hook: refused, with claimlint's own findings for every checked type and nothing else."""
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    assert "claimlint....." in out and out.count("Failed") == 1
    assert "- hook id: claimlint\n- exit code: 1\n" in out
    found = sorted(line.split(" CL101 ")[0] for line in out.splitlines() if " CL101 " in line)
    # .md, .mdx and .txt are checked; the excluded draft (--force-exclude) and build.py are not
    assert found == ["notes/scraped.txt:1:10:", "posts/bad.md:1:10:", "posts/page.mdx:1:10:"]
    for path in ("notes/scraped.txt", "posts/bad.md", "posts/page.mdx"):
        assert CL101_AT.format(path) in out
    # one claimlint run for every file (require_serial): 4 files, the draft left out
    assert "Found 3 findings (3 errors, 0 warnings, 0 info) in 4 files." in out


def test_try_repo_fails_on_bad_posts_with_the_findings(
    hook_repo: tuple[Path, str], site: Path, home: Path
) -> None:
    proc = pre_commit(site, home, "try-repo", str(hook_repo[0]), "claimlint", "--all-files")
    assert_fails_on_the_bad_posts(proc)


def test_try_repo_passes_clean_posts_and_excluded_drafts(
    hook_repo: tuple[Path, str], site: Path, home: Path
) -> None:
    proc = pre_commit(
        site,
        home,
        "try-repo",
        str(hook_repo[0]),
        "claimlint",
        "--files",
        "posts/clean.md",
        "drafts/wip.md",
        "build.py",
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "claimlint....." in proc.stdout and "Passed" in proc.stdout
    assert "CL101" not in proc.stdout


def test_commit_is_refused_until_the_post_is_fixed(
    hook_repo: tuple[Path, str], site: Path, home: Path
) -> None:
    repo, sha = hook_repo
    (site / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {sha}\n    hooks:\n      - id: claimlint\n",
        encoding="utf-8",
    )
    env = git_env(home)
    sh(["git", "rm", "--cached", "--quiet", "-r", "."], site, env)
    sh(["git", "add", ".pre-commit-config.yaml", ".claimlint.yaml", "posts/bad.md"], site, env)
    assert pre_commit(site, home, "install").returncode == 0

    refused = sh(["git", "commit", "-m", "new post"], site, env, check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert CL101_AT.format("posts/bad.md") in output
    assert "Found 1 finding (1 error, 0 warnings, 0 info) in 1 file." in output
    head = sh(["git", "rev-parse", "--verify", "--quiet", "HEAD"], site, env, check=False)
    assert (head.returncode, head.stdout) == (1, "")  # nothing was committed

    (site / "posts" / "bad.md").write_text(CLEAN, encoding="utf-8")
    sh(["git", "add", "posts/bad.md"], site, env)
    accepted = sh(["git", "commit", "-m", "new post, hedged"], site, env, check=False)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    output = accepted.stdout + accepted.stderr  # git shows hook output on stderr
    assert "claimlint....." in output and "Passed" in output
    log = sh(["git", "log", "--format=%s"], site, env).stdout
    assert log == "new post, hedged\n"


def test_what_init_writes_installs_the_hook_from_the_repository_at_the_version_tag(
    hook_repo: tuple[Path, str], site: Path, home: Path
) -> None:
    """``init --pre-commit`` pins the hook repository to ``v{version}``; the real pre-commit
    fetches that tag, installs claimlint from it and runs the manifest's hook."""
    repo = hook_repo[0]
    out = claimlint_init(site, home, "--hook-repo", str(repo))
    assert out == (
        ".claimlint.yaml: unchanged (kept the existing configuration)\n"
        f".pre-commit-config.yaml: created (with the claimlint hook from {repo} at {TAG})\n"
    )
    config = yaml.safe_load((site / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert config == {"repos": [{"repo": str(repo), "rev": TAG, "hooks": [{"id": "claimlint"}]}]}
    sh(["git", "add", ".pre-commit-config.yaml"], site, git_env(home))

    proc = pre_commit(site, home, "run", "--all-files")
    assert_fails_on_the_bad_posts(proc)
    # a clean tree passes
    for name in ("posts/bad.md", "posts/page.mdx", "notes/scraped.txt"):
        (site / name).write_text(CLEAN, encoding="utf-8")
    proc = pre_commit(site, home, "run", "--all-files")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "claimlint....." in proc.stdout and "Passed" in proc.stdout


@pytest.mark.slow
def test_the_local_hook_installs_the_distribution_it_names(
    hook_repo: tuple[Path, str], site: Path, home: Path, tmp_path: Path
) -> None:
    """``init --pre-commit --local-hook`` pins ``claimlint-health==VERSION`` in
    ``additional_dependencies``. pre-commit pip-installs exactly that: with this
    checkout's wheel offered through ``PIP_FIND_LINKS`` (the distribution need not be
    published yet; its dependencies come from the package index), the hook that runs is
    claimlint's."""
    wheels = tmp_path / "wheels"
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels)]
    sh([*build, str(hook_repo[0])], tmp_path, git_env(home))
    (wheel,) = wheels.glob("*.whl")
    assert wheel.name.startswith(f"{DISTRIBUTION.replace('-', '_')}-{__version__}-")
    out = claimlint_init(site, home, "--local-hook")
    assert out.endswith(f"as a local hook installing {DISTRIBUTION}=={__version__})\n")
    sh(["git", "add", ".pre-commit-config.yaml"], site, git_env(home))
    env = git_env(home)
    env["PIP_FIND_LINKS"] = str(wheels)
    assert_fails_on_the_bad_posts(pre_commit(site, home, "run", "--all-files", env=env))


def test_the_projects_own_claimlint_hook_passes_on_its_examples(home: Path, tmp_path: Path) -> None:
    """The checkout's .pre-commit-config.yaml, its claimlint hook run by the real
    pre-commit over the examples: the bad-on-purpose ones are excluded, the rest are clean.
    The hook is ``language: system``: the claimlint on PATH is the one under test."""
    repo = tmp_path / "checkout"
    repo.mkdir()
    shutil.copy2(CHECKOUT / ".pre-commit-config.yaml", repo / ".pre-commit-config.yaml")
    shutil.copytree(CHECKOUT / "examples", repo / "examples")
    env = git_env(home)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    git_init(repo, env)
    sh(["git", "add", "--all"], repo, env)
    proc = sh(
        [sys.executable, "-m", "pre_commit", "run", "claimlint", "--all-files"],
        repo,
        env,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "claimlint (the examples that must stay clean)" in proc.stdout
    assert "Passed" in proc.stdout
