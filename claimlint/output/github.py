"""GitHub Actions: workflow commands that become annotations, and the job summary.

A line ``::error file=F,line=L,...::MESSAGE`` in a step's log becomes an
annotation on the pull request. The runner splits the properties at ``,``
and ends them at ``::``, and a command is one line, so property values
escape ``%``, CR, LF, ``:`` and ``,``, and the message escapes ``%``, CR
and LF. GitHub turns only the first 10 error, 10 warning and 10 notice
commands of a step into annotations; the rest stay in the log, so the run
says how many were left out and writes every finding to the Markdown job
summary (``GITHUB_STEP_SUMMARY``) as well.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from claimlint.core.model import Finding, Severity
from claimlint.output.context import ReportContext, full_message
from claimlint.output.report import Summary, summary_line
from claimlint.text.source import writable

#: Annotations GitHub shows per step and per level.
ANNOTATIONS_PER_LEVEL = 10
#: GitHub rejects a step summary over 1 MiB; stop listing findings well before.
SUMMARY_BUDGET = 900_000

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message: ``%``, CR and LF; a lone surrogate, which the log cannot
    carry, becomes U+FFFD."""
    text = writable(text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as :func:`escape_data`, and ``:`` and ``,`` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(f: Finding, path: str) -> str:
    """One ``::error``, ``::warning`` or ``::notice`` line for ``f``, located at ``path``."""
    props = [("file", path), ("line", str(f.start.line)), ("endLine", str(f.end.line))]
    if f.start.line == f.end.line:  # GitHub takes columns only on a one-line range
        props += [("col", str(f.start.column)), ("endColumn", str(f.end.column))]
    props.append(("title", f"{f.rule} {f.name}"))
    head = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    # The properties place the annotation and the title names the rule: the message
    # says only what is wrong (and the better wording), not where or which rule again.
    return f"::{COMMANDS[f.severity]} {head}::{escape_data(full_message(f))}"


def _annotation_order(f: Finding) -> tuple[int, tuple[str, int, int, str, str]]:
    return (-f.severity, f.sort_key())


def format_github(findings: Sequence[Finding], ctx: ReportContext) -> str:
    """Workflow commands, errors first, then how many were not annotated and a summary line."""
    ordered = sorted(findings, key=_annotation_order)
    lines = [workflow_command(f, ctx.repo_path(f.path)) for f in ordered]
    per_level = Counter(f.severity for f in findings)
    left_out = sum(max(0, n - ANNOTATIONS_PER_LEVEL) for n in per_level.values())
    if left_out:
        where = "in the log above and in the job summary" if ctx.github.step_summary else "above"
        lines.append(
            f"claimlint: {left_out} of {len(findings)} findings did not become annotations "
            f"(GitHub shows {ANNOTATIONS_PER_LEVEL} errors, {ANNOTATIONS_PER_LEVEL} warnings "
            f"and {ANNOTATIONS_PER_LEVEL} notices per step); every finding is listed {where}."
        )
    lines.append(summary_line(Summary.of(findings, len(ctx.files))))
    return "\n".join(lines) + "\n"


_MARKDOWN_ACTIVE = "\\`*_[]<>|~&#!"


def markdown_cell(text: str) -> str:
    """``text`` as literal Markdown inside a table cell: one line, active characters escaped."""
    text = " ".join(writable(text).split())
    return "".join("\\" + ch if ch in _MARKDOWN_ACTIVE else ch for ch in text)


def step_summary(findings: Sequence[Finding], ctx: ReportContext) -> str:
    """The Markdown job summary: counts per rule and a table of every finding."""
    summary = Summary.of(findings, len(ctx.files))
    out = ["## claimlint", "", summary_line(summary), ""]
    if not findings:
        return "\n".join(out)
    first = {f.rule: f for f in reversed(findings)}
    out += ["| Rule | Name | Severity | Findings |", "|---|---|---|---:|"]
    for rule, count in summary.by_rule.items():
        f = first[rule]
        out.append(f"| {rule} | {markdown_cell(f.name)} | {f.severity} | {count} |")
    out += ["", "| Location | Severity | Rule | Message |", "|---|---|---|---|"]
    size = sum(len(line.encode()) + 1 for line in out)
    for shown, f in enumerate(findings):
        path = ctx.repo_path(f.path)
        where = markdown_cell(f"{path}:{f.start.line}:{f.start.column}")
        url = ctx.github.line_url(path, f.start.line, f.end.line)
        if url is not None:
            where = f"[{where}]({url})"
        message = markdown_cell(f.message)
        if f.suggestion:
            message += "<br>Suggestion: " + markdown_cell(f.suggestion)
        row = f"| {where} | {f.severity} | {f.rule} | {message} |"
        size += len(row.encode()) + 1
        if size > SUMMARY_BUDGET:
            out += ["", f"{len(findings) - shown} more findings are not listed here (see the log)."]
            break
        out.append(row)
    out.append("")
    return "\n".join(out)
