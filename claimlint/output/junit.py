"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines).

One test case per file checked, named by its path from the repository root.
Each finding at or above ``--fail-on`` is a ``<failure>`` of its file's test
case; findings below it do not fail the test and are listed in the test
case's ``<system-out>``. Columns count characters.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Sequence

from claimlint.core.model import Finding
from claimlint.output.context import ReportContext

#: Characters XML 1.0 cannot hold at all, even as references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` with characters XML cannot carry shown as ``\\xNN``."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _line(f: Finding, path: str) -> str:
    line = (
        f"{path}:{f.start.line}:{f.start.column}: {f.rule} {f.severity} {f.message} [{f.category}]"
    )
    return line + (f"\n  suggestion: {f.suggestion}" if f.suggestion else "")


def format_junit(findings: Sequence[Finding], ctx: ReportContext) -> str:
    """``<testsuites>`` with one ``<testsuite name="claimlint">``."""
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[f.path].append(f)
    files = list(dict.fromkeys([*ctx.files, *by_file]))
    failing = sum(any(f.severity >= ctx.fail_on for f in by_file[p]) for p in files)
    counts = {"tests": str(len(files)), "failures": str(failing), "errors": "0"}
    suites = ET.Element("testsuites", {"name": "claimlint", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "claimlint", **counts, "skipped": "0"})
    for path in files:
        shown = ctx.repo_path(path)
        case = ET.SubElement(
            suite,
            "testcase",
            {"classname": "claimlint", "name": xml_safe(shown), "file": xml_safe(shown)},
        )
        below = []
        for f in by_file.get(path, []):
            if f.severity < ctx.fail_on:
                below.append(_line(f, shown))
                continue
            failure = ET.SubElement(
                case,
                "failure",
                {
                    "type": f.rule,
                    "message": xml_safe(f"{f.start.line}:{f.start.column}: {f.rule} {f.message}"),
                },
            )
            failure.text = xml_safe(_line(f, shown))
        if below:
            ET.SubElement(case, "system-out").text = xml_safe("\n".join(below))
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
