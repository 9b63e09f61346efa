"""Lint files: read, decode, parse, run the plan, and turn unreadable input into findings."""

from __future__ import annotations

import sys
from pathlib import Path

from claimlint.config import Config, matches_glob, resolve_codes, root_relative
from claimlint.document import parse
from claimlint.engine import UNREADABLE_FILE, Plan, lint_document, system_finding
from claimlint.model import Finding, Position
from claimlint.source import SourceError, SourceText


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
    return lint_bytes(data, display, plan, config)


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
