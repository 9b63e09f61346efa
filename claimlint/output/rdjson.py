"""reviewdog's diagnostic format (rdjson), for ``reviewdog -f=rdjson``.

Columns count UTF-8 bytes and an end position is exclusive, as the format's
definition (``reviewdog/proto/rdf/reviewdog.proto``) says. Fix edits become
reviewdog suggestions, which reviewdog posts as suggested changes; the
wording suggestion of a finding, which is not an edit, goes in the message.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimlint.core.model import Finding, Position, Severity
from claimlint.output.context import INFORMATION_URI, ReportContext, full_message, json_text

SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def _position(pos: Position) -> dict[str, int]:
    return {"line": pos.line, "column": pos.column}


def _suggestions(f: Finding, ctx: ReportContext) -> list[dict[str, Any]]:
    if f.fix is None:
        return []
    out = []
    for edit in f.fix.edits:
        start = ctx.sources.position(f.path, edit.span.start)
        end = ctx.sources.position(f.path, edit.span.end)
        if start is None or end is None:  # the file is gone or unreadable: no safe range
            return []
        out.append(
            {
                "range": {
                    "start": _position(ctx.sources.utf8(f.path, start)),
                    "end": _position(ctx.sources.utf8(f.path, end)),
                },
                "text": edit.replacement,
            }
        )
    return out


def diagnostic(f: Finding, ctx: ReportContext) -> dict[str, Any]:
    """One rdjson ``Diagnostic``."""
    item: dict[str, Any] = {
        "message": full_message(f),
        "location": {
            "path": ctx.repo_path(f.path),
            "range": {
                "start": _position(ctx.sources.utf8(f.path, f.start)),
                "end": _position(ctx.sources.utf8(f.path, f.end)),
            },
        },
        "severity": SEVERITIES[f.severity],
        "code": {"value": f.rule},
    }
    suggestions = _suggestions(f, ctx)
    if suggestions:
        item["suggestions"] = suggestions
    return item


def format_rdjson(findings: Sequence[Finding], ctx: ReportContext) -> str:
    """A ``DiagnosticResult``: the source and one diagnostic per finding."""
    result = {
        "source": {"name": "claimlint", "url": INFORMATION_URI},
        "diagnostics": [diagnostic(f, ctx) for f in findings],
    }
    return json_text(result, indent=2) + "\n"
