"""``claimlint explain``: a rule's documentation as plain text (Markdown-friendly)."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from claimlint.engine.kinds.check import CheckKind
from claimlint.engine.rule import Rule, configured_jurisdiction

if TYPE_CHECKING:
    from claimlint.engine.linter import Plan


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
    if isinstance(rule.impl, CheckKind) and rule.impl.check.uses_knowledge:
        options = plan.options if plan is not None else {}
        lines += ["", *_knowledge_lines(configured_jurisdiction(options.get))]
    lines += ["", f"Defined in {rule.path}", ""]
    return "\n".join(lines)


def _knowledge_lines(jurisdiction: str) -> list[str]:
    """The knowledge pack behind a regulatory rule: its date and every source it cites."""
    from claimlint.regulatory.mentions import pack_for

    pack = pack_for(jurisdiction)
    lines = [
        "## Knowledge pack",
        "",
        f"Facts as of {pack.as_of.isoformat()}, jurisdiction {jurisdiction} "
        f"({pack.folder}). Re-check the sources before relying on a fact later.",
        "",
        "Regulators, rules and disclosure wording:",
    ]
    seen: set[str] = set()

    def add(title: str, url: str) -> None:
        if url not in seen:
            seen.add(url)
            lines.append(f"- {title}: {url}")

    for jur in pack.jurisdiction_chain(jurisdiction):
        for reg in jur.regulators:
            add(reg.source.title, reg.source.url)
        for regulatory_rule in jur.rules:
            add(regulatory_rule.source.title, regulatory_rule.source.url)
        for disclosure in jur.disclosures:
            add(disclosure.source.title, disclosure.source.url)
    lines += ["", "Treatments (each fact in rules/knowledge/ has its own source):"]
    for treatment in sorted(pack.treatments.values(), key=lambda t: t.name.lower()):
        add(f"{treatment.name}: {treatment.source.title}", treatment.source.url)
    return lines
