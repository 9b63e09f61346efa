"""What the fuzz test and the fuzz soak (scripts/fuzz.py) share: the pieces posts are built
from and the invariant every finding must keep."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimlint.core.model import Finding

#: Snippets that exercise the parser and the rules: claims, citations, markers, lists,
#: tables, quotes, code, front matter, comments, line endings, non-ASCII, stray markup.
PIECES = [
    "Ketamine cures depression. ",
    "Studies show TMS works. ",
    "may help some people ",
    "(Smith et al., 2019) ",
    "Smith and Jones (2018) ",
    "[1] ",
    "[2-4] ",
    "[^1] ",
    "\n\n",
    "\n",
    "# ",
    "> ",
    "- ",
    "1. ",
    "| a | b |\n|---|---|\n| c | d |\n",
    "```\ncode\n```\n",
    "<!-- claimlint-disable CL101 -->",
    "<!-- claimlint-disable-next-line -->\n",
    "<sup>2</sup>",
    "*",
    "**",
    "_",
    "`",
    "[link](https://doi.org/10.1/x)",
    "---\ntitle: x\n---\n",
    "\r\n",
    "\r",
    "\t",
    "é µg — “quoted” ",
    "\u200b",
    "&amp; &#x2014; ",
    "\\*",
    "## References\n\n1. Smith J. Title. J. 2019;1:2.\n",
    "[^1]: Smith J. Title. 2019.\n",
    "FDA-approved for anxiety ",
    "you will feel better ",
    "> “My depression lifted.” — Sam, 30\n",
]


def position_problems(text: str, found: Sequence[Finding]) -> list[str]:
    """What is wrong with the findings' positions in ``text``: every finding must start and
    end inside the file, and where its message quotes text ('cures' ...), that text's first
    word must lie inside the finding's span. Empty when all is well."""
    source = text[1:] if text.startswith("\ufeff") else text
    lines = re.split(r"\r\n|\r|\n", source)
    out: list[str] = []
    for f in found:
        if f.rule.startswith("CL9") or f.span is None or f.span.start == f.span.end == 0:
            continue
        where = f"{f.rule} at {f.start.line}:{f.start.column}"
        if not 1 <= f.start.line <= len(lines):
            out.append(f"{where}: line outside the file")
            continue
        line = lines[f.start.line - 1]
        if not 1 <= f.start.column <= len(line) + 1:
            out.append(f"{where}: column outside the line")
        if (f.end.line, f.end.column) < (f.start.line, f.start.column):
            out.append(f"{where}: ends before it starts")
        quoted = re.match(r"^'([\w][^']*)'", f.message)
        if quoted and f.end.line == f.start.line:
            first = re.match(r"[\w-]+", quoted.group(1))
            inside = line[f.start.column - 1 : f.end.column - 1]
            if first and first.group().lower() not in inside.lower():
                out.append(f"{where}: quotes {first.group()!r}, span holds {inside[:60]!r}")
    return out
