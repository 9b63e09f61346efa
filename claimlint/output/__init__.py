"""Report formats for other tools: one module per family, one pure function per format.

``text`` and ``json`` live in :mod:`claimlint.output.report`; the formats here need
more than the findings (the rules, the repository root, the file contents for
column conversions), which :class:`~claimlint.output.context.ReportContext`
carries. See ``docs/output-formats.md``. A format's module is imported only
when that format is asked for, so a plain ``claimlint check`` starts without them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimlint.core.model import Finding
    from claimlint.output.context import ReportContext

Formatter = Callable[[Sequence["Finding"], "ReportContext"], str]

#: Every format but ``text`` (which takes terminal options): the module and function that
#: write it, by ``--format`` name.
_WRITERS: dict[str, tuple[str, str]] = {
    "json": ("claimlint.output.report", "json_report"),
    "json-lines": ("claimlint.output.report", "json_lines_report"),
    "github": ("claimlint.output.github", "format_github"),
    "sarif": ("claimlint.output.sarif", "format_sarif"),
    "junit": ("claimlint.output.junit", "format_junit"),
    "rdjson": ("claimlint.output.rdjson", "format_rdjson"),
    "html": ("claimlint.output.html", "format_html"),
}
#: ``--format`` choices, in the order the help shows them.
FORMAT_NAMES = ("text", *_WRITERS)
#: Formats whose columns are not characters, that fingerprint lines or show the text: they
#: need the files.
NEEDS_SOURCES = frozenset({"sarif", "rdjson", "html"})
#: Formats written file by file as results arrive, when nothing needs the whole run first.
STREAMED = frozenset({"text", "html"})


def formatter(name: str) -> Formatter:
    """The function that writes format ``name`` (any of :data:`FORMAT_NAMES` but ``text``)."""
    module, function = _WRITERS[name]
    writer: Formatter = getattr(importlib.import_module(module), function)
    return writer
