"""Where a run keeps its cache folder: ``--cache-dir``, else the configuration's
``cache-dir``, else ``.claimlint_cache`` beside the configuration file (or in the
working folder without one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import write

from claimlint.run.cache import cache_dir_for
from claimlint.run.config import Config, load_config
from claimlint.run.locations import find_config

pytestmark = pytest.mark.usefixtures("in_tmp")


def test_the_folder_is_beside_the_configuration_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "site" / ".claimlint.yaml", "select: [CL1]\n")
    posts = tmp_path / "site" / "posts"
    posts.mkdir()
    monkeypatch.chdir(posts)
    config = load_config(find_config(Path.cwd()))
    assert cache_dir_for(config) == (tmp_path / "site" / ".claimlint_cache").resolve()


def test_without_a_configuration_file_the_working_folder(tmp_path: Path) -> None:
    assert find_config(tmp_path) is None
    assert cache_dir_for(Config(root=tmp_path)) == tmp_path.resolve() / ".claimlint_cache"


def test_the_flag_and_the_configuration_decide(tmp_path: Path) -> None:
    write(tmp_path / ".claimlint.yaml", "cache-dir: kept\n")
    config = load_config(find_config(tmp_path))
    assert cache_dir_for(config, "elsewhere") == (tmp_path / "elsewhere").resolve()
    assert cache_dir_for(config).name == "kept"


def test_a_pyproject_counts_only_with_a_claimlint_section(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(tmp_path) is None
    write(tmp_path / "pyproject.toml", "[tool.claimlint]\nselect = ['CL1']\n")
    assert find_config(tmp_path) == (tmp_path / "pyproject.toml").resolve()
