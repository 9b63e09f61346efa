"""Where the built-in rule pack lies (rules, lexicons and the knowledge pack)."""

from __future__ import annotations

from pathlib import Path


def builtin_rules_dir() -> Path:
    """The built-in pack: inside the installed package, or ``rules/`` of a checkout."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "_rules"
    if shipped.is_dir():
        return shipped
    return package.parent / "rules"
