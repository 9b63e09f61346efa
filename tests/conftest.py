"""Fixtures shared across test modules."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the test in an empty folder with no colour or CI settings from the environment
    (under GitHub Actions the default output format would be workflow commands)."""
    monkeypatch.chdir(tmp_path)
    for name in ("FORCE_COLOR", "NO_COLOR", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--network",
        action="store_true",
        help="run the tests marked network, which ask the live scholarly registries",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``network`` run only with ``--network`` (and skip themselves offline)."""
    if config.getoption("--network"):
        return
    skip = pytest.mark.skip(reason="asks the live registries: run with --network")
    for item in items:
        if "network" in item.keywords:
            item.add_marker(skip)
