"""Typed reading of a rule's kind parameters, with positions for errors."""

from __future__ import annotations

from typing import Any

from claimlint.rule import rule_error
from claimlint.yamlnodes import Located


def flag(params: dict[str, Any], key: str, default: bool, loc: Located) -> bool:
    """A boolean parameter."""
    value = params.get(key, default)
    if not isinstance(value, bool):
        raise rule_error(loc, f"'{key}' must be true or false", key)
    return value


def text(params: dict[str, Any], key: str, loc: Located, default: str | None = None) -> str:
    """A string parameter (required when ``default`` is None)."""
    value = params.get(key, default)
    if not isinstance(value, str) or (default is None and not value):
        raise rule_error(loc, f"'{key}' must be a non-empty string", key)
    return value


def choice(
    params: dict[str, Any], key: str, options: tuple[str, ...], default: str, loc: Located
) -> str:
    """One of ``options``."""
    value = params.get(key, default)
    if value not in options:
        raise rule_error(loc, f"'{key}' must be one of: {', '.join(options)}", key)
    return str(value)


def integer(params: dict[str, Any], key: str, default: int, lo: int, hi: int, loc: Located) -> int:
    """An integer in ``lo..hi``."""
    value = params.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise rule_error(loc, f"'{key}' must be a whole number from {lo} to {hi}", key)
    return value
