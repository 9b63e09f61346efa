"""Typed reading of a rule's kind parameters, with positions for errors."""

from __future__ import annotations

import re
from typing import Any

from claimlint.core.yamlnodes import Located
from claimlint.engine.rule import rule_error


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


def regex(
    params: dict[str, Any], key: str, loc: Located, *, flags: int = re.IGNORECASE
) -> re.Pattern[str] | None:
    """An optional regular expression (None when absent), compiled with ``flags``."""
    source = params.get(key)
    if source is None:
        return None
    if not isinstance(source, str) or not source:
        raise rule_error(loc, f"'{key}' must be a regular expression", key)
    return compiled(source, flags, loc, key)


def regex_list(params: dict[str, Any], key: str, loc: Located) -> list[re.Pattern[str]]:
    """A list of regular expressions (case-insensitive), empty when absent."""
    raw = params.get(key, [])
    if not isinstance(raw, list) or not all(isinstance(r, str) and r for r in raw):
        raise rule_error(loc, f"'{key}' must be a list of regular expressions", key)
    return [compiled(source, re.IGNORECASE, loc, key, i) for i, source in enumerate(raw)]


def compiled(source: str, flags: int, loc: Located, *keys: Any) -> re.Pattern[str]:
    """``source`` compiled, or a rule error at ``keys`` naming what is wrong with it."""
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise rule_error(loc, f"invalid regular expression: {exc}", *keys) from None
