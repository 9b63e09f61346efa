"""Inline suppression: ``<!-- claimlint-disable ... -->`` comments and front-matter disables.

Grammar (markdownlint's, with ruff's reasons)::

    <!-- claimlint-disable [CODE ...] [-- reason] -->        until enable or end of file
    <!-- claimlint-enable [CODE ...] -->
    <!-- claimlint-disable-next-line [CODE ...] [-- reason] -->
    <!-- claimlint-disable-line [CODE ...] [-- reason] -->    the comment's own line
    <!-- claimlint-disable-file [CODE ...] [-- reason] -->

No code means every rule. Codes are rule ids (``CL101``) or names
(``unhedged-cure``), separated by spaces or commas. A directive that
suppresses nothing is itself reported (CL901), so stale suppressions do
not pile up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from claimlint.core.lazyre import LazyPattern
from claimlint.core.model import Finding, Span
from claimlint.text.document import Document

_directive = LazyPattern(
    r"^\s*claimlint-(?P<verb>disable-next-line|disable-line|disable-file|disable|enable)\b"
    r"(?P<codes>[^-]*(?:-(?!-)[^-]*)*)(?:--(?P<reason>.*))?$",
    re.DOTALL,
)


_MENTION = re.compile(r"^\s*claimlint[-:]", re.IGNORECASE)


@dataclass(slots=True)
class Directive:
    """One parsed suppression comment."""

    verb: str
    """disable, enable, disable-next-line, disable-line or disable-file."""
    codes: tuple[str, ...]
    """Rule ids after name resolution; empty means all rules."""
    line: int
    """1-based line the comment starts on."""
    end_line: int
    """1-based line it ends on."""
    span: Span
    """Where the comment is."""
    reason: str
    """Text after ``--``."""
    used: set[str] = field(default_factory=set)
    """Rule ids (or ``*``) this directive suppressed."""


@dataclass(slots=True)
class Problem:
    """A directive problem to report: unknown code or malformed comment."""

    span: Span
    """Where the comment is."""
    message: str
    """What is wrong."""


def parse_directives(
    doc: Document, names: Mapping[str, str]
) -> tuple[list[Directive], list[Problem]]:
    """Directives in the document's comments; ``names`` maps rule ids and names to ids."""
    out: list[Directive] = []
    problems: list[Problem] = []
    src = doc.source
    for comment in doc.comments:
        body = comment.text
        m = _directive().match(body)
        if not m:
            if _MENTION.match(body):
                problems.append(
                    Problem(comment.span, f"unrecognised claimlint directive: {body.strip()!r}")
                )
            continue
        codes: list[str] = []
        for code in re.split(r"[\s,]+", m.group("codes").strip()):
            if not code:
                continue
            rule_id = names.get(code) or names.get(code.upper())
            if rule_id is None:
                problems.append(Problem(comment.span, f"unknown rule '{code}' in directive"))
                continue
            codes.append(rule_id)
        if m.group("codes").strip() and not codes:
            continue
        start = src.position(comment.span.start).line
        end = src.position(max(comment.span.start, comment.span.end - 1)).line
        out.append(
            Directive(
                m.group("verb"),
                tuple(codes),
                start,
                end,
                comment.span,
                (m.group("reason") or "").strip(),
            )
        )
    return out, problems


def _covers(codes: tuple[str, ...], rule: str) -> bool:
    return not codes or rule in codes


def apply(
    findings: Iterable[Finding],
    directives: list[Directive],
    file_disabled: Iterable[str],
) -> list[Finding]:
    """Findings that no directive (or front-matter ``claimlint.disable``) suppresses."""
    file_codes = set(file_disabled)
    kept: list[Finding] = []
    ordered = sorted(directives, key=lambda d: d.line)
    for finding in findings:
        rule = finding.rule
        if "*" in file_codes or rule in file_codes:
            continue
        line, end_line = finding.start.line, max(finding.start.line, finding.end.line)
        suppressor: Directive | None = None
        active: Directive | None = None
        for d in ordered:
            if d.verb == "disable-file" and _covers(d.codes, rule):
                suppressor = d
                break
            covers = _covers(d.codes, rule)
            if covers and d.verb == "disable-next-line" and line <= d.end_line + 1 <= end_line:
                suppressor = d
                break
            if covers and d.verb == "disable-line" and line <= d.line <= end_line:
                suppressor = d
                break
            if d.line > line:
                continue
            if d.verb == "disable" and _covers(d.codes, rule):
                active = d
            elif d.verb == "enable" and _covers(d.codes, rule):
                active = None
        if suppressor is None:
            suppressor = active
        if suppressor is None:
            kept.append(finding)
            continue
        suppressor.used.add(rule)
    return kept


def unused(directives: list[Directive], enabled: set[str]) -> list[tuple[Directive, str]]:
    """(directive, description) for directives that suppressed nothing they name."""
    out: list[tuple[Directive, str]] = []
    for d in directives:
        if d.verb == "enable":
            continue
        if not d.codes:
            if not d.used:
                out.append((d, "all rules"))
            continue
        idle = [c for c in d.codes if c in enabled and c not in d.used]
        if idle:
            out.append((d, ", ".join(idle)))
    return out


def front_matter_disabled(front_matter: Mapping[str, object], names: Mapping[str, str]) -> set[str]:
    """Rule ids listed under front-matter ``claimlint: {disable: [...]}`` (``*`` for ``all``)."""
    section = front_matter.get("claimlint")
    if not isinstance(section, dict):
        return set()
    listed = section.get("disable")
    if listed is True or listed == "all":
        return {"*"}
    if isinstance(listed, str):
        listed = [listed]
    out: set[str] = set()
    if isinstance(listed, list):
        for code in listed:
            if str(code).lower() == "all":
                out.add("*")
            rule_id = names.get(str(code)) or names.get(str(code).upper())
            if rule_id:
                out.add(rule_id)
    return out


def front_matter_problems(doc: Document, names: Mapping[str, str]) -> list[Problem]:
    """Codes in front-matter ``claimlint: {disable: [...]}`` that name no rule (``all``
    is not a rule but means every rule)."""
    return [
        Problem(span, f"unknown rule '{code}' in front-matter disable")
        for code, span in doc.front_matter_codes
        if code.lower() != "all" and not (names.get(code) or names.get(code.upper()))
    ]
