"""Which files to lint: walk folders for included globs, honour excludes."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath

from claimlint.run.config import Config, matches_glob, root_relative


def _rel(path: Path, root: Path) -> str:
    return root_relative(path, root)


def _included(name: str, rel: str, patterns: Sequence[str]) -> bool:
    """A pattern with a slash matches the root-relative path, one without the file name."""
    return any(matches_glob(rel if "/" in pat.rstrip("/") else name, [pat]) for pat in patterns)


def _excluded(rel: str, patterns: Sequence[str], skip: int) -> bool:
    """:func:`matches_glob`, but the first ``skip`` parts of ``rel`` (a folder named on the
    command line, and the folders above it) are not tested: naming a folder lints it."""
    if skip == 0:
        return matches_glob(rel, patterns)
    parts = PurePosixPath(rel).parts
    for pattern in patterns:
        pat = pattern.rstrip("/")
        if pat.startswith("./"):
            pat = pat[2:]
        if "/" in pat:
            prefixes = ("/".join(parts[:i]) for i in range(skip + 1, len(parts) + 1))
            if any(fnmatch.fnmatchcase(prefix, pat) for prefix in prefixes):
                return True
        elif any(fnmatch.fnmatchcase(part, pat) for part in parts[skip:]):
            return True
    return False


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
            for found in _walk(path, config, force_exclude):
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


def _walk(folder: Path, config: Config, force_exclude: bool = False) -> Iterator[Path]:
    root = config.root
    # A folder named on the command line is walked even when excluded (like a named file),
    # unless --force-exclude; excludes still apply to everything below it.
    skip = 0 if force_exclude else len(PurePosixPath(_rel(folder, root)).parts)
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not _excluded(_rel(here / d, root), config.exclude, skip)
            and not (here / d).is_symlink()
        )
        for name in sorted(filenames):
            path = here / name
            rel = _rel(path, root)
            if not _included(name, rel, config.include):
                continue
            if _excluded(rel, config.exclude, skip):
                continue
            yield path
