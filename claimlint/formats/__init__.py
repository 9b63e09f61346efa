"""Report formats for other tools: one module per family, one pure function per format.

``text`` and ``json`` live in :mod:`claimlint.report`; the formats here need
more than the findings (the rules, the repository root, the file contents for
column conversions), which :class:`~claimlint.formats.context.ReportContext`
carries. See ``docs/output-formats.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimlint.formats.context import ReportContext
from claimlint.formats.github import format_github
from claimlint.formats.junit import format_junit
from claimlint.formats.rdjson import format_rdjson
from claimlint.formats.sarif import format_sarif
from claimlint.model import Finding
from claimlint.report import format_json, format_json_lines

Formatter = Callable[[Sequence[Finding], ReportContext], str]

#: Every format but ``text`` (which takes terminal options), by ``--format`` name.
FORMATTERS: dict[str, Formatter] = {
    "json": lambda findings, ctx: format_json(findings, len(ctx.files)),
    "json-lines": lambda findings, ctx: format_json_lines(findings),
    "github": format_github,
    "sarif": format_sarif,
    "junit": format_junit,
    "rdjson": format_rdjson,
}
#: ``--format`` choices, in the order the help shows them.
FORMAT_NAMES = ("text", *FORMATTERS)
#: Formats whose columns are not characters, or that fingerprint lines: they need the files.
NEEDS_SOURCES = frozenset({"sarif", "rdjson"})
