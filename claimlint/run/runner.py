"""Lint files: read, decode, parse, run the plan, and turn unreadable input into findings.

:func:`lint_files` lints many files, in worker processes when there are enough of
them, reusing cached results (:mod:`claimlint.run.cache`); its output is the same,
in the same order, whatever the number of jobs and whether the cache is used.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from claimlint.core.model import Finding, Position
from claimlint.engine.linter import UNREADABLE_FILE, Plan, lint_document, system_finding
from claimlint.run.config import Config, matches_glob, resolve_codes, root_relative
from claimlint.text.document import parse
from claimlint.text.source import SNIFF_BYTES, SourceError, SourceText, is_binary

if TYPE_CHECKING:
    from claimlint.run.cache import ResultCache

#: A worker process is started only for at least this many files to lint.
MIN_FILES_PER_WORKER = 4


def lint_text(text: str, path: str, plan: Plan, config: Config | None = None) -> list[Finding]:
    """Lint a string as if it were the file ``path``."""
    source = SourceText.from_string(text, path)
    return _lint_source(source, plan, config)


def lint_bytes(data: bytes, path: str, plan: Plan, config: Config | None = None) -> list[Finding]:
    """Lint file contents; undecodable bytes become a CL902 finding."""
    plan = file_plan(plan, path, config)
    try:
        source = SourceText.from_bytes(data, path)
    except SourceError as exc:
        pos = exc.position or Position(1, 1)
        f = system_finding(
            plan, UNREADABLE_FILE, path, pos, Position(pos.line, pos.column + 1), exc.message
        )
        return [f] if f else []
    return _lint_source(source, plan, config)


def lint_path(
    display: str,
    path: Path | None,
    plan: Plan,
    config: Config | None = None,
    stdin_data: bytes | None = None,
) -> list[Finding]:
    """Lint one file (``path`` None: standard input, shown as ``display``)."""
    if path is None:
        data = stdin_data if stdin_data is not None else sys.stdin.buffer.read()
        return lint_bytes(data, display, plan, config)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _unreadable(display, exc, plan, config)
    return lint_bytes(data, display, plan, config)


def _unreadable(display: str, exc: OSError, plan: Plan, config: Config | None) -> list[Finding]:
    reason = exc.strerror or type(exc).__name__
    f = system_finding(
        file_plan(plan, display, config),
        UNREADABLE_FILE,
        display,
        Position(1, 1),
        Position(1, 2),
        f"cannot read file: {reason}",
    )
    return [f] if f else []


def binary_file(path: Path) -> bool:
    """Whether the file at ``path`` is binary (an image named ``.md``, say); an
    unreadable file is not, so that reading it reports why."""
    try:
        with path.open("rb") as stream:
            return is_binary(stream.read(SNIFF_BYTES))
    except OSError:
        return False


def default_jobs() -> int:
    """The number of processes to use: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def lint_files(
    files: Sequence[tuple[str, Path | None]],
    plan: Plan,
    config: Config | None = None,
    *,
    stdin_data: bytes | None = None,
    jobs: int = 1,
    cache: ResultCache | None = None,
) -> Iterator[list[Finding]]:
    """The findings of each file, in the order of ``files`` (``(display, path)``, path None
    for standard input), each as soon as it and those before it are done.

    Cached results are looked up first; what remains is linted here, or by up to
    ``jobs`` worker processes when there is enough of it. Results from a worker
    arrive in file order, so the output never depends on ``jobs``.
    """
    # Only where each result comes from is decided up front; cached findings are loaded
    # when their turn comes, so a warm run holds one file's findings at a time.
    order: list[tuple[str, Path | None, Path | None]] = []  # display, path, cache entry
    todo: list[tuple[str, Path]] = []
    for display, path in files:
        entry: Path | None = None
        if path is not None and cache is not None:
            try:
                candidate = cache.entry(display, path.read_bytes())
            except OSError:
                candidate = None
            if candidate is not None and candidate.is_file():
                entry = candidate
        if path is not None and entry is None:
            todo.append((display, path))
        order.append((display, path, entry))
    workers = min(jobs, len(todo) // MIN_FILES_PER_WORKER)
    if workers < 2:
        results: Iterator[list[Finding]] = (_lint_one(t, plan, config, cache) for t in todo)
    else:
        results = _in_workers(todo, plan, config, cache, workers)
    for display, path, entry in order:
        if path is None:
            yield lint_path(display, None, plan, config, stdin_data=stdin_data)
        elif entry is None:
            yield next(results)
        else:
            assert cache is not None
            found = cache.load(entry)
            # an entry damaged or removed since it was seen: lint the file here
            yield found if found is not None else _lint_one((display, path), plan, config, cache)


def _lint_one(
    task: tuple[str, Path], plan: Plan, config: Config | None, cache: ResultCache | None
) -> list[Finding]:
    display, path = task
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _unreadable(display, exc, plan, config)
    found = lint_bytes(data, display, plan, config)
    if cache is not None:
        cache.put(display, data, found)
    return found


# What a worker process lints with: set by the pool's initializer.
_WORKER: list[tuple[Plan, Config | None, ResultCache | None]] = []


def _init_worker(plan: Plan, config: Config | None, cache: ResultCache | None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _WORKER[:] = [(plan, config, cache)]


def _work(task: tuple[str, Path]) -> list[Finding]:
    plan, config, cache = _WORKER[0]
    return _lint_one(task, plan, config, cache)


def _in_workers(
    todo: Sequence[tuple[str, Path]],
    plan: Plan,
    config: Config | None,
    cache: ResultCache | None,
    workers: int,
) -> Iterator[list[Finding]]:
    """Lint in a pool of processes, yielding results in the order of ``todo``.

    On Linux the workers are forked, so they share the loaded rules; elsewhere
    they are spawned and receive the plan pickled.
    """
    import multiprocessing

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    context = multiprocessing.get_context(method)
    chunk = max(1, min(16, len(todo) // (workers * 8)))
    try:
        pool = context.Pool(workers, initializer=_init_worker, initargs=(plan, config, cache))
    except OSError:  # no processes or semaphores here (some sandboxes): lint in this one
        yield from (_lint_one(task, plan, config, cache) for task in todo)
        return
    with pool:
        yield from pool.imap(_work, todo, chunksize=chunk)


def _lint_source(source: SourceText, plan: Plan, config: Config | None) -> list[Finding]:
    fields = config.front_matter_fields if config is not None else None
    doc = parse(source, front_matter_fields=fields) if fields is not None else parse(source)
    return lint_document(doc, file_plan(plan, source.path, config))


def file_plan(plan: Plan, path: str, config: Config | None) -> Plan:
    """``plan`` without the rules ``per-file-ignores`` switches off for ``path``.

    The rules are not run at all (rather than their findings dropped), so a
    rule that another one out-ranks in the engine's overlap filter still
    reports, and a suppression comment for an ignored rule is not "unused".
    Patterns are relative to the configuration file's folder, like exclude.
    """
    if config is None or not config.per_file_ignores:
        return plan
    rel = root_relative(Path(path), config.root)
    ids = sorted(plan.ruleset.rules)
    ignored: set[str] = set()
    for pattern, codes in config.per_file_ignores.items():
        if not matches_glob(rel, [pattern]):
            continue
        for code in codes:
            try:
                ignored |= resolve_codes([code], ids, plan.names)
            except ValueError:  # validated when the plan was built; ignore via the API
                continue
    if not ignored & set(plan.active):
        return plan
    active = {k: v for k, v in plan.active.items() if k not in ignored}
    return Plan(plan.ruleset, active, plan.options)
