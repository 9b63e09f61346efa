"""Where claimlint keeps things: the configuration file and the cache folder.

Kept free of heavy imports: the command line asks, before anything else is
imported, where the cache folder is likely to be, so that the regular
expressions kept there are in place before the modules that compile them load
(:func:`claimlint.run.rulecache.prime`).
"""

from __future__ import annotations

from collections.abc import Sequence
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


def likely_cache_dir(argv: Sequence[str]) -> Path | None:
    """The cache folder a ``claimlint check`` with these arguments will use, as far as the
    arguments and the location of the configuration file tell (a ``cache-dir`` set inside
    the file is not read here); None with ``--no-cache`` or when it cannot be told."""
    if "--" in argv:  # what follows is paths
        argv = argv[: list(argv).index("--")]
    if "--no-cache" in argv:
        return None
    config: Path | None = None
    for i, arg in enumerate(argv):
        if arg.startswith("--cache-dir="):
            return Path(arg.partition("=")[2]).resolve()
        if arg == "--cache-dir" and i + 1 < len(argv):
            return Path(argv[i + 1]).resolve()
        if arg.startswith("--config="):
            config = Path(arg.partition("=")[2])
        elif arg == "--config" and i + 1 < len(argv):
            config = Path(argv[i + 1])
    try:
        if "--isolated" in argv:
            return default_cache_dir(Path.cwd())
        if config is None:
            config = find_config(Path.cwd())
        return default_cache_dir(config.parent if config is not None else Path.cwd())
    except (OSError, RuntimeError):  # no working folder, say: the usual start will tell
        return None
