"""Formatters: from findings to text. Nothing else in the package prints findings.

The text format can also be written as files are linted (:class:`TextReport`).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from claimlint import __version__
from claimlint.core.model import Finding, Severity
from claimlint.text.source import writable

if TYPE_CHECKING:
    from claimlint.output.context import ReportContext

JSON_VERSION = 1
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_COLOURS = {
    Severity.ERROR: "\x1b[1;31m",
    Severity.WARNING: "\x1b[1;33m",
    Severity.INFO: "\x1b[1;36m",
}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def terminal_safe(text: str) -> str:
    """Replace control characters (ANSI escapes included) so post text cannot drive a terminal,
    and a lone surrogate with U+FFFD so the text can be written at all."""
    return writable(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text))


class Summary(NamedTuple):
    """Counts for the summary line and the JSON ``summary`` object."""

    files: int
    """Files checked."""
    findings: int
    """Findings reported."""
    by_severity: dict[str, int]
    """error / warning / info counts."""
    by_rule: dict[str, int]
    """Counts per rule id."""

    @classmethod
    def of(cls, findings: Sequence[Finding], files: int) -> Summary:
        """Count ``findings``."""
        return cls.counted(
            files, Counter(str(f.severity) for f in findings), Counter(f.rule for f in findings)
        )

    @classmethod
    def counted(cls, files: int, severities: Counter[str], rules: Counter[str]) -> Summary:
        """From counts of findings per severity name and per rule id."""
        return cls(
            files=files,
            findings=sum(rules.values()),
            by_severity={k: severities.get(k, 0) for k in ("error", "warning", "info")},
            by_rule=dict(sorted(rules.items())),
        )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(summary: Summary) -> str:
    """``Found 3 findings (1 error, 2 warnings, 0 info) in 2 files.``"""
    if not summary.findings:
        return f"No findings in {_plural(summary.files, 'file')}."
    s = summary.by_severity
    return (
        f"Found {_plural(summary.findings, 'finding')} ({_plural(s['error'], 'error')}, "
        f"{_plural(s['warning'], 'warning')}, {s['info']} info) in "
        f"{_plural(summary.files, 'file')}."
    )


def fixed_line(fixed: int, files: int, unsafe_left: int = 0) -> str:
    """``Fixed 2 findings in 1 file.`` after ``--fix`` ("" when there is nothing to say)."""
    if fixed:
        more = f" ({unsafe_left} more fixable with --unsafe-fixes)" if unsafe_left else ""
        return f"Fixed {_plural(fixed, 'finding')} in {_plural(files, 'file')}{more}."
    return f"No fixes applied ({unsafe_left} fixable with --unsafe-fixes)." if unsafe_left else ""


def would_fix_line(fixed: int, files: int) -> str:
    """``Would fix 2 findings in 1 file.`` after ``--diff``."""
    if not fixed:
        return "No fixes available."
    return f"Would fix {_plural(fixed, 'finding')} in {_plural(files, 'file')}."


def baseline_written_line(recorded: int, added: int, removed: int, path: str) -> str:
    """``Recorded 25 findings in .claimlint-baseline.yaml (3 added, 1 removed).``"""
    return f"Recorded {_plural(recorded, 'finding')} in {path} ({added} added, {removed} removed)."


def baseline_hidden_line(recorded: int, path: str) -> str:
    """``12 findings recorded in FILE are not shown.`` ("" for none)."""
    if not recorded:
        return ""
    verb = "is" if recorded == 1 else "are"
    return f"{_plural(recorded, 'finding')} recorded in {path} {verb} not shown."


def baseline_pruned_line(removed: int, path: str) -> str:
    """``Removed 2 baseline entries that matched no finding from FILE.``"""
    entries = "entry" if removed == 1 else "entries"
    return f"Removed {removed} baseline {entries} that matched no finding from {path}."


def format_text(
    findings: Sequence[Finding],
    files: int,
    *,
    color: bool = False,
    show_source: bool = False,
    statistics: bool = False,
    quiet: bool = False,
) -> str:
    """One line per finding, then a summary (``--quiet``: findings only; ``statistics``:
    counts per rule instead of the findings)."""
    out = io.StringIO()
    text = TextReport(out, color=color, show_source=show_source, statistics=statistics, quiet=quiet)
    text.add(findings)
    text.finish(files)
    return out.getvalue()


class TextReport:
    """The ``text`` format written as findings arrive, file by file: only counts are kept,
    so memory does not grow with the number of findings. The output is exactly
    :func:`format_text`'s for all the findings added, in the order added.

    With ``statistics`` (``--statistics``) no finding is written: :meth:`finish` writes
    one line per rule, as ruff does: the count, the rule id and its name."""

    def __init__(
        self,
        stream: TextIO,
        *,
        color: bool = False,
        show_source: bool = False,
        statistics: bool = False,
        quiet: bool = False,
    ) -> None:
        self._stream = stream
        self._color = color
        self._show_source = show_source
        self._statistics = statistics
        self._quiet = quiet
        self._written = False
        self._severities: Counter[str] = Counter()
        self._rules: Counter[str] = Counter()
        self._names: dict[str, str] = {}

    def add(self, findings: Iterable[Finding]) -> None:
        """Write one line per finding (and its source with ``show_source``); with
        ``statistics``, only count them."""
        if self._statistics:
            for f in findings:
                self._severities[str(f.severity)] += 1
                self._rules[f.rule] += 1
                self._names.setdefault(f.rule, f.name)
            return
        color = self._color
        out: list[str] = []
        for f in findings:
            where = f"{terminal_safe(f.path)}:{f.start.line}:{f.start.column}:"
            sev = str(f.severity)
            message = terminal_safe(f.message)
            if color:
                line = (
                    f"{_BOLD}{where}{_RESET} {_COLOURS[f.severity]}{f.rule}{_RESET} {sev} "
                    f"{message} {_DIM}[{f.category}]{_RESET}"
                )
            else:
                line = f"{where} {f.rule} {sev} {message} [{f.category}]"
            out.append(line)
            if self._show_source:
                out.extend(_source_lines(f, color))
            self._severities[sev] += 1
            self._rules[f.rule] += 1
        if out:
            self._stream.write("\n".join(out) + "\n")
            self._written = True

    def finish(self, files: int) -> Summary:
        """Write the statistics and the summary line; the counts of everything added."""
        summary = Summary.counted(files, self._severities, self._rules)
        out: list[str] = []
        if self._statistics and summary.findings:
            out.extend(self._statistics_lines(summary))
        if not self._quiet:
            if out or self._written:
                out.append("")
            out.append(summary_line(summary))
        if out:
            self._stream.write("\n".join(out) + "\n")
        return summary

    def _statistics_lines(self, summary: Summary) -> list[str]:
        """``--statistics``: ``COUNT<tab>RULE<tab>name`` per rule, most found first (ruff's
        layout: counts right-aligned, ids left-aligned, each to the widest)."""
        counts = sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
        count_width = max(len(str(count)) for _, count in counts)
        rule_width = max(len(rule) for rule, _ in counts)
        return [
            f"{count:>{count_width}}\t{rule:<{rule_width}}\t{self._names[rule]}"
            for rule, count in counts
        ]


def _source_lines(f: Finding, color: bool) -> list[str]:
    if not f.excerpt:
        return []
    excerpt = terminal_safe(f.excerpt.replace("\t", " "))
    start = max(f.start.column - 1, 0)
    if f.end.line == f.start.line:
        width = max(f.end.column - f.start.column, 1)
    else:
        width = max(len(excerpt) - start, 1)
    caret = " " * start + "^" * width
    lines = [f"  | {excerpt}", f"  | {_COLOURS[f.severity] + caret + _RESET if color else caret}"]
    if f.suggestion:
        lines.append(f"  = suggestion: {terminal_safe(f.suggestion)}")
    return lines


def finding_dict(f: Finding) -> dict[str, Any]:
    """A finding as the JSON schema (docs/json-format.md) has it."""
    item: dict[str, Any] = {
        "path": f.path,
        "line": f.start.line,
        "column": f.start.column,
        "end_line": f.end.line,
        "end_column": f.end.column,
        "rule": f.rule,
        "name": f.name,
        "category": f.category,
        "severity": str(f.severity),
        "message": f.message,
        "suggestion": f.suggestion,
    }
    if f.fix is not None:
        item["fix"] = {
            "applicability": f.fix.applicability.value,
            "description": f.fix.description,
            "edits": [
                {"start": e.span.start, "end": e.span.end, "replacement": e.replacement}
                for e in f.fix.edits
            ],
        }
    return item


def format_json(findings: Sequence[Finding], files: int) -> str:
    """``{"version": 1, "findings": [...], "summary": {...}}``."""
    summary = Summary.of(findings, files)
    payload = {
        "version": JSON_VERSION,
        "tool": {"name": "claimlint", "version": __version__},
        "findings": [finding_dict(f) for f in findings],
        "summary": {
            "files": summary.files,
            "findings": summary.findings,
            "by_severity": summary.by_severity,
            "by_rule": summary.by_rule,
        },
    }
    from claimlint.output.context import json_text  # the text report needs no JSON

    return json_text(payload, indent=2) + "\n"


def format_json_lines(findings: Sequence[Finding]) -> str:
    """One JSON object per line and finding (the ``findings`` items of :func:`format_json`)."""
    from claimlint.output.context import json_text

    return "".join(json_text(finding_dict(f)) + "\n" for f in findings)


def json_report(findings: Sequence[Finding], ctx: ReportContext) -> str:
    """``--format json``: :func:`format_json` with the number of files checked."""
    return format_json(findings, len(ctx.files))


def json_lines_report(findings: Sequence[Finding], ctx: ReportContext) -> str:
    """``--format json-lines``: :func:`format_json_lines`."""
    return format_json_lines(findings)
