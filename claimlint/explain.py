"""``claimlint explain``: a rule's documentation as plain text (Markdown-friendly)."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from claimlint.rule import Rule

if TYPE_CHECKING:
    from claimlint.engine import Plan


def _para(text: str) -> str:
    return "\n".join(textwrap.fill(p, 78) for p in " ".join(text.split("\n")).split("  ") if p)


def explain_rule(rule: Rule, plan: Plan | None = None) -> str:
    """What it finds, why it matters, an example, a better wording and sources."""
    severity = rule.severity
    enabled = True
    if plan is not None:
        active = plan.active.get(rule.id)
        enabled = active is not None
        if active is not None:
            severity = active.severity
    lines = [
        f"{rule.id} {rule.name}",
        "",
        f"Category: {rule.category}    Severity: {severity}    Scope: {rule.scope}    "
        f"Kind: {rule.kind}{'' if enabled else '    (not enabled)'}",
        "",
        "## What it does",
        "",
        _para(rule.doc.what),
        "",
        "## Why it matters",
        "",
        _para(rule.doc.why),
    ]
    if rule.doc.example:
        lines += ["", "## Example", "", textwrap.indent(rule.doc.example.strip(), "    ")]
    if rule.doc.better:
        lines += ["", "## Use instead", "", textwrap.indent(rule.doc.better.strip(), "    ")]
    if rule.doc.see:
        lines += ["", "## See also", ""]
        lines += [
            f"- {title}: {url}" if title != url else f"- {url}" for title, url in rule.doc.see
        ]
    lines += ["", f"Defined in {rule.path}", ""]
    return "\n".join(lines)
