"""Where the command line expects the cache folder before it reads the configuration."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import write

from claimlint.run.cache import cache_dir_for
from claimlint.run.config import Config, load_config
from claimlint.run.locations import find_config, likely_cache_dir

pytestmark = pytest.mark.usefixtures("in_tmp")


def test_the_guess_is_the_folder_a_plain_run_uses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "site" / ".claimlint.yaml", "select: [CL1]\n")
    posts = tmp_path / "site" / "posts"
    posts.mkdir()
    monkeypatch.chdir(posts)
    config = load_config(find_config(Path.cwd()))
    assert likely_cache_dir(["check", "."]) == cache_dir_for(config)
    assert likely_cache_dir(["check", "."]) == (tmp_path / "site" / ".claimlint_cache").resolve()


def test_without_a_configuration_file_the_working_folder(tmp_path: Path) -> None:
    assert likely_cache_dir(["check", "."]) == cache_dir_for(Config(root=tmp_path))


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["check", "--cache-dir", "elsewhere", "."], "elsewhere"),
        (["check", "--cache-dir=elsewhere", "."], "elsewhere"),
        (["check", "--config", "conf/c.yaml", "."], "conf/.claimlint_cache"),
        (["check", "--config=conf/c.yaml", "."], "conf/.claimlint_cache"),
        (["check", "--isolated", "."], ".claimlint_cache"),
    ],
)
def test_the_flags_decide(tmp_path: Path, argv: list[str], expected: str) -> None:
    write(tmp_path / "up" / ".claimlint.yaml", "select: [CL1]\n")
    assert likely_cache_dir(argv) == (tmp_path / expected).resolve()


def test_no_cache_means_no_folder(tmp_path: Path) -> None:
    assert likely_cache_dir(["check", "--no-cache", "."]) is None
    # after "--" it is a file name
    assert likely_cache_dir(["check", "--", "--no-cache"]) == tmp_path / ".claimlint_cache"
