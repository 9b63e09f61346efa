"""Which files to lint: walk folders for included globs, honour excludes."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from claimlint.config import Config, matches_glob, root_relative


def _rel(path: Path, root: Path) -> str:
    return root_relative(path, root)


def _included(name: str, rel: str, patterns: Sequence[str]) -> bool:
    """A pattern with a slash matches the root-relative path, one without the file name."""
    return any(matches_glob(rel if "/" in pat.rstrip("/") else name, [pat]) for pat in patterns)


def discover(
    paths: Sequence[str], config: Config, *, force_exclude: bool = False
) -> Iterator[tuple[str, Path | None]]:
    """(display path, file) for every file to lint; ``-`` yields ``("-", None)``.

    Files named on the command line are linted whatever their extension
    (include globs are never added to them); with ``force_exclude`` the
    configured excludes apply to them too. Folders are walked for the
    include globs, skipping excluded names, and symlinked folders are not
    followed (so a walk cannot leave the tree).
    """
    root = config.root
    seen: set[Path] = set()
    for given in paths:
        if given == "-":
            yield "-", None
            continue
        path = Path(given)
        if path.is_dir():
            for found in _walk(path, config):
                real = found.resolve()
                if real not in seen:
                    seen.add(real)
                    yield _display(found), found
            continue
        if force_exclude and matches_glob(_rel(path, root), config.exclude):
            continue
        real = path.resolve() if path.exists() else path
        if real in seen:
            continue
        seen.add(real)
        yield _display(path), path


def _display(path: Path) -> str:
    text = path.as_posix()
    return text[2:] if text.startswith("./") else text


def _walk(folder: Path, config: Config) -> Iterator[Path]:
    root = config.root
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not matches_glob(_rel(here / d, root), config.exclude)
            and not (here / d).is_symlink()
        )
        for name in sorted(filenames):
            path = here / name
            rel = _rel(path, root)
            if not _included(name, rel, config.include):
                continue
            if matches_glob(rel, config.exclude):
                continue
            yield path
