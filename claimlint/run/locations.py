"""Where claimlint keeps things: the configuration file and the cache folder."""

from __future__ import annotations

from pathlib import Path

CONFIG_NAMES = (".claimlint.yaml", ".claimlint.yml")
DEFAULT_CACHE_DIR = ".claimlint_cache"


def find_config(start: Path) -> Path | None:
    """The nearest configuration file from ``start`` upward."""
    here = start.resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_section(pyproject):
            return pyproject
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "[tool.claimlint" in text


def default_cache_dir(root: Path) -> Path:
    """The cache folder of a project whose configuration lives in ``root``."""
    return (root / DEFAULT_CACHE_DIR).resolve()
