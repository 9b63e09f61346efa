"""Safe YAML reading that keeps every value's line and column.

Rule packs, lexicons and configuration files are read with PyYAML's
composer (the C one when libyaml is present): it never constructs Python
objects, so a ``!!python/object`` tag is refused here with a position, and
aliases are shared nodes, so expansion is bounded. Writing (baselines,
``init``) uses ruamel.yaml's round trip so people's comments survive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

try:
    _Loader: type[Any] = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

_MAX_NODES = 200_000
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:timestamp",
}


class YamlError(Exception):
    """A YAML file that cannot be used, with where the problem is."""

    def __init__(self, message: str, path: str, line: int = 1, column: int = 1) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.message = message
        self.path = path
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based position in a YAML file."""

    line: int
    """1-based line."""
    column: int
    """1-based column."""


class Located:
    """Plain data from a YAML file plus the position of every node, by path."""

    def __init__(self, data: Any, marks: dict[tuple[Any, ...], Mark], path: str) -> None:
        self.data = data
        self.marks = marks
        self.path = path

    def mark(self, *keys: Any) -> Mark:
        """Position of the value at ``keys`` (or of its closest parent)."""
        probe = tuple(keys)
        while probe and probe not in self.marks:
            probe = probe[:-1]
        return self.marks.get(probe, Mark(1, 1))

    def key_mark(self, *keys: Any) -> Mark:
        """Position of the mapping key at ``keys`` (for unknown-key errors)."""
        return self.marks.get(("<key>", *keys), self.mark(*keys))

    def error(self, message: str, *keys: Any, at_key: bool = False) -> YamlError:
        """A :class:`YamlError` located at ``keys``."""
        m = self.key_mark(*keys) if at_key else self.mark(*keys)
        return YamlError(message, self.path, m.line, m.column)


def load_located(text: str, path: str) -> Located:
    """Parse ``text`` into plain data and marks; raise :class:`YamlError` on bad YAML."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        raise YamlError(f"invalid YAML: {exc.problem or exc.context}", path, line, column) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", path) from None
    marks: dict[tuple[Any, ...], Mark] = {}
    if node is None:
        return Located(None, marks, path)
    budget = [_MAX_NODES]
    data = _convert(node, (), marks, path, budget)
    return Located(data, marks, path)


_INT = re.compile(r"[-+]?(?:0|[1-9][0-9_]*)")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")


def _convert(
    node: yaml.Node,
    at: tuple[Any, ...],
    marks: dict[tuple[Any, ...], Mark],
    path: str,
    budget: list[int],
) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlError(
            "YAML document too large (alias expansion?)",
            path,
            node.start_mark.line + 1,
            node.start_mark.column + 1,
        )
    marks[at] = Mark(node.start_mark.line + 1, node.start_mark.column + 1)
    if node.tag not in _STANDARD_TAGS:
        raise YamlError(
            f"tag {node.tag!r} is not allowed",
            path,
            node.start_mark.line + 1,
            node.start_mark.column + 1,
        )
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*at, i), marks, path, budget) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, (*at, "<key-node>"), marks, path, budget)
            if not isinstance(key, (str, int)):
                raise YamlError(
                    "mapping keys must be strings",
                    path,
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
            if key in out:
                raise YamlError(
                    f"duplicate key {key!r}",
                    path,
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
            key_path = ("<key>", *at, key)
            marks[key_path] = Mark(key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = _convert(value_node, (*at, key), marks, path, budget)
        marks.pop((*at, "<key-node>"), None)
        return out
    return None  # pragma: no cover


def _scalar(node: yaml.ScalarNode) -> Any:
    value = str(node.value)
    tag = node.tag
    if tag == "tag:yaml.org,2002:str":
        return value
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() in ("true", "yes", "on", "y")
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:int" and _INT.fullmatch(value):
        return int(value.replace("_", ""))
    if tag == "tag:yaml.org,2002:float" and _FLOAT.fullmatch(value):
        return float(value.replace("_", ""))
    return value
