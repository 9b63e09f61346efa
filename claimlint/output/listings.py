"""What the commands other than ``check`` print: the rule list, parsed reference
strings, and one-line notes of ``clean`` and ``init``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimlint.biblio.refstring import ParsedReference
    from claimlint.engine.linter import Plan
    from claimlint.engine.rule import Rule


def rule_list(rules: Sequence[Rule], plan: Plan, fmt: str) -> str:
    """``claimlint rules``: one line a rule (``text``) or a JSON array (``json``)."""
    if fmt == "json":
        items = [
            {
                "id": r.id,
                "name": r.name,
                "category": r.category,
                "severity": str(plan.active[r.id].severity if r.id in plan.active else r.severity),
                "scope": r.scope,
                "kind": r.kind,
                "enabled": r.id in plan.active,
                "summary": r.summary,
            }
            for r in rules
        ]
        return json.dumps(items, indent=2) + "\n"
    width = max((len(r.name) for r in rules), default=10)
    lines = []
    for r in rules:
        sev = plan.active[r.id].severity if r.id in plan.active else r.severity
        flag = "" if r.id in plan.active else " (off)"
        lines.append(f"{r.id}  {r.name:<{width}}  {sev!s:<7}  {r.category}: {r.summary}{flag}\n")
    return "".join(lines)


def parsed_reference(ref: ParsedReference, fmt: str) -> str:
    """``claimlint parse-refs``: the fields read from one reference string, as a JSON
    line (``jsonl``) or as the string followed by its non-empty fields (``text``)."""
    fields = {
        "authors": list(ref.authors),
        "et_al": ref.et_al,
        "year": ref.year,
        "year_suffix": ref.year_suffix,
        "title": ref.title,
        "container": ref.container,
        "volume": ref.volume,
        "issue": ref.issue,
        "pages": ref.pages,
        "doi": ref.doi,
    }
    if fmt == "jsonl":
        return json.dumps({"raw": ref.raw, **fields}, ensure_ascii=False) + "\n"
    out = [ref.raw + "\n"]
    for key, value in fields.items():
        if value not in (None, [], False):
            shown = "; ".join(value) if isinstance(value, list) else value
            out.append(f"  {key:<12} {shown}\n")
    out.append("\n")
    return "".join(out)


def cache_cleaned(folder: Path, removed: bool) -> str:
    """``claimlint clean``: what was done."""
    return f"Removed {folder}\n" if removed else f"No cache at {folder}\n"


def file_written(name: str, action: str, detail: str | None) -> str:
    """``claimlint init``: one file and what was done to it."""
    return f"{name}: {action}" + (f" ({detail})" if detail else "") + "\n"
