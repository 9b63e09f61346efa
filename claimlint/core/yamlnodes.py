"""Safe YAML reading that keeps every value's line and column.

Every YAML file claimlint reads (rule packs, lexicons, configuration, baselines,
the regulatory knowledge pack) goes through this module's composer: PyYAML's
(the C one when libyaml is present). It never constructs Python objects, so a
``!!python/object`` tag is refused here with a position, and aliases are shared
nodes, so expansion is bounded. Two views of a file are offered:

:func:`load_located`
    Plain data (str, int, float, bool, None, list, dict) plus the position of
    every value, by key path. Duplicate and non-string keys are refused.
:func:`compose_nodes`
    The node tree itself: each scalar's text as written and whether it was
    plain (unquoted), each node's position, aliases as shared nodes. For
    readers that decide what a scalar means themselves (the knowledge pack).

Writing (baselines, ``init``) uses ruamel.yaml's round trip so people's
comments survive.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, Literal, NamedTuple, TypeAlias

import yaml

from claimlint.core import prebuilt

try:
    _Loader: type[Any] = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

#: Which composer reads the text. ``auto`` is PyYAML's libyaml (C) one when PyYAML was built
#: with it, else PyYAML's pure-Python one; ``libyaml`` insists on the C one (ValueError without
#: it); ``ruamel`` is ruamel.yaml's pure-Python composer, an independent second parser (tests
#: check that the knowledge pack reads the same with it).
Parser = Literal["auto", "libyaml", "ruamel"]

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

    def __init__(
        self, message: str, path: str, line: int = 1, column: int = 1, *, located: bool = True
    ) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.located = located
        """False when the parser gave no position (``line`` and ``column`` are then 1)."""


class YamlTagError(YamlError):
    """A node with a tag other than the plain YAML ones (``!!python/object``, ``!custom``)."""

    def __init__(self, tag: str, path: str, line: int, column: int) -> None:
        super().__init__(f"tag {tag!r} is not allowed", path, line, column)
        self.tag = tag


class Mark(NamedTuple):
    """A 1-based position in a YAML file."""

    line: int
    """1-based line."""
    column: int
    """1-based column."""


#: Where each node of a YAML file stands: (line, column) by key path.
Positions: TypeAlias = "dict[tuple[Any, ...], tuple[int, int]]"


class Located:
    """Plain data from a YAML file plus the position of every node, by path."""

    def __init__(self, data: Any, marks: dict[tuple[Any, ...], Mark], path: str) -> None:
        self.data = data
        self._marks: dict[tuple[Any, ...], Mark] | None = marks
        self._positions: Positions | Callable[[], Positions] = {}
        self.path = path

    @classmethod
    def from_positions(
        cls, data: Any, positions: Positions | Callable[[], Positions], path: str
    ) -> Located:
        """Data with its positions as (line, column) pairs, made into marks when asked for
        (``positions`` may be the function that reads them then)."""
        located = cls(data, {}, path)
        located._marks = None
        located._positions = positions
        return located

    @property
    def marks(self) -> dict[tuple[Any, ...], Mark]:
        """The position of every node, by key path (``("<key>", *path)``: of a mapping key)."""
        if self._marks is None:
            positions = self._positions
            if callable(positions):
                positions = positions()
            self._marks = {at: Mark(line, column) for at, (line, column) in positions.items()}
        return self._marks

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


# --------------------------------------------------------------------------------------------
# Composing (shared by both views)
# --------------------------------------------------------------------------------------------

_Composer: TypeAlias = "tuple[Callable[[str], Any], tuple[type[BaseException], ...]]"
_PLAIN_SPECIAL_TAGS = {"<<": "tag:yaml.org,2002:merge", "=": "tag:yaml.org,2002:value"}


def _untyped(loader: type[Any]) -> type[Any]:
    """``loader`` with a resolver that does not work out what type a scalar is.

    :func:`compose_nodes` hands scalars over as text, so the regular-expression
    matching PyYAML does for each plain scalar (int? float? date?) is wasted work.
    Every type it can find is a standard tag except ``<<`` (merge) and ``=`` (value),
    which are still tagged as PyYAML tags them so that they are refused the same way.
    """

    def resolve(self: Any, kind: Any, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                return _PLAIN_SPECIAL_TAGS.get(value, "tag:yaml.org,2002:str")
            return "tag:yaml.org,2002:str"
        return str(loader.resolve(self, kind, value, implicit))

    return type(f"Untyped{loader.__name__}", (loader,), {"resolve": resolve})


@cache
def _composer(parser: Parser, typed: bool) -> _Composer:
    """A function composing YAML text into a node graph (never constructing objects), and the
    exceptions it raises for bad YAML. ``typed``: resolve the implicit tag of each scalar."""
    if parser == "ruamel":
        from ruamel.yaml import YAML
        from ruamel.yaml.error import YAMLError

        return YAML(typ="safe", pure=True).compose, (YAMLError, ValueError, RecursionError)
    if parser == "libyaml" and _Loader is not getattr(yaml, "CSafeLoader", None):
        raise ValueError("parser='libyaml' needs PyYAML built with libyaml")
    loader = _Loader if typed else _untyped(_Loader)

    def compose(text: str) -> Any:
        return yaml.compose(text, Loader=loader)

    return compose, (yaml.YAMLError, ValueError, RecursionError)


def _parse_error(exc: BaseException, path: str) -> YamlError:
    """A located :class:`YamlError` for what the composer raised (unlocated without a mark)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or getattr(exc, "context", None) or str(exc)
    if isinstance(exc, RecursionError):
        problem = "the YAML is nested too deeply"
    if mark is None:
        return YamlError(f"invalid YAML: {problem}", path, located=False)
    return YamlError(f"invalid YAML: {problem}", path, mark.line + 1, mark.column + 1)


# --------------------------------------------------------------------------------------------
# Plain data with positions
# --------------------------------------------------------------------------------------------


def load_located(text: str, path: str) -> Located:
    """Parse ``text`` into plain data and marks; raise :class:`YamlError` on bad YAML.

    The built-in pack's files are shipped decoded (:mod:`claimlint.core.prebuilt`, filed
    under a hash of the text and of this module's source)."""
    digest = located_key(text)
    decoded: list[tuple[Any, Positions]] = []

    def decode() -> Any:
        decoded.append(_locate(text, path))
        return decoded[0][0]

    data = prebuilt.lookup("located", digest, decode)
    if decoded:  # not shipped (or the table being written): its positions are here too
        positions = prebuilt.lookup("positions", digest, lambda: decoded[0][1])
        return Located.from_positions(data, positions, path)
    # Shipped: the positions (more than the data, and only an error needs them) are read
    # when asked for.
    return Located.from_positions(
        data, lambda: prebuilt.lookup("positions", digest, lambda: _locate(text, path)[1]), path
    )


def located_key(text: str) -> str:
    """What :func:`load_located`'s result for ``text`` is filed under: a hash of the text,
    this module's source and the YAML library's version (so it names the decoded data)."""
    return prebuilt.key(b"located", _source(), yaml.__version__.encode(), text.encode())


@cache
def _source() -> bytes:
    return prebuilt.source_digest(__file__)


def code_digest() -> bytes:
    """What a decoded or composed text depends on besides the text: this module's source
    and the YAML library's version (for the keys of results computed from composed trees)."""
    return _source() + yaml.__version__.encode()


def _locate(text: str, path: str) -> tuple[Any, dict[tuple[Any, ...], tuple[int, int]]]:
    """``text``'s plain data and each node's (line, column)."""
    compose, errors = _composer("auto", True)
    try:
        node = compose(text)
    except errors as exc:
        raise _parse_error(exc, path) from None
    positions: dict[tuple[Any, ...], tuple[int, int]] = {}
    if node is None:
        return None, positions
    budget = [_MAX_NODES]
    data = _convert(node, (), positions, path, budget)
    return data, positions


_INT = re.compile(r"[-+]?(?:0|[1-9][0-9_]*)")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")


def _convert(
    node: yaml.Node,
    at: tuple[Any, ...],
    marks: dict[tuple[Any, ...], tuple[int, int]],
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
    marks[at] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if node.tag not in _STANDARD_TAGS:
        raise YamlTagError(node.tag, path, node.start_mark.line + 1, node.start_mark.column + 1)
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
            marks[key_path] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
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


# --------------------------------------------------------------------------------------------
# The node tree
# --------------------------------------------------------------------------------------------


# Plain slotted classes rather than dataclasses: they are defined on every cold start (the
# knowledge pack is read through them), and a dataclass costs ~0.2 ms each to define.


class ScalarNode:
    """A scalar as written: its text, and whether it was plain (not quoted, not a block)."""

    __slots__ = ("column", "line", "plain", "value")

    def __init__(self, value: str, plain: bool, line: int, column: int) -> None:
        self.value = value
        self.plain = plain
        self.line = line
        """1-based."""
        self.column = column
        """1-based."""


class SequenceNode:
    __slots__ = ("column", "items", "line")

    def __init__(self, items: list[Node], line: int, column: int) -> None:
        self.items = items
        self.line = line
        self.column = column


class MappingNode:
    """Key and value nodes in document order; duplicate keys are left to the reader."""

    __slots__ = ("column", "line", "pairs")

    def __init__(self, pairs: list[tuple[Node, Node]], line: int, column: int) -> None:
        self.pairs = pairs
        self.line = line
        self.column = column


Node: TypeAlias = "ScalarNode | SequenceNode | MappingNode"


def compose_nodes(text: str, path: str, *, parser: Parser = "auto") -> Node | None:
    """The node tree of ``text`` (None for an empty document).

    Every node's tag is checked in document order (:class:`YamlTagError` for any but the plain
    YAML ones); scalars are not typed, so ``12.10`` stays the text ``12.10``. An alias is the
    same node object as its anchor, so nothing is expanded. Raises :class:`YamlError` for bad
    YAML, unlocated (``located`` False) when the parser gives no position.
    """
    if parser != "auto":
        return _compose_nodes(text, path, parser)
    # The built-in knowledge pack's files are shipped composed, as plain data
    # (:mod:`claimlint.core.prebuilt`).
    built: list[Node | None] = []

    def make() -> Any:
        built.append(_compose_nodes(text, path, parser))
        return _plain(built[0])

    digest = prebuilt.key(b"nodes", _source(), yaml.__version__.encode(), text.encode())
    plain = prebuilt.lookup("nodes", digest, make)
    return built[0] if built else _from_plain(plain)


def _compose_nodes(text: str, path: str, parser: Parser) -> Node | None:
    compose, errors = _composer(parser, False)
    try:
        raw = compose(text)
        return None if raw is None else _node(raw, path, {})
    except errors as exc:
        raise _parse_error(exc, path) from None


def _plain(root: Node | None) -> list[Any]:
    """The tree of ``root`` as a list of its nodes, the root first, children by index (so
    that a node an alias reaches twice is still one node): (text, plain, line, column)
    for a scalar, [line, column, item indices] for a sequence and [line, column, (key,
    value) index pairs, 0] for a mapping."""
    if root is None:
        return []
    index: dict[int, int] = {}
    nodes: list[Node] = []

    def number(node: Node) -> int:
        found = index.get(id(node))
        if found is None:
            found = index[id(node)] = len(nodes)
            nodes.append(node)
        return found

    number(root)
    out: list[Any] = []
    for node in nodes:  # grows as children are numbered
        if isinstance(node, ScalarNode):
            out.append((node.value, node.plain, node.line, node.column))
        elif isinstance(node, SequenceNode):
            out.append([node.line, node.column, [number(item) for item in node.items]])
        else:
            pairs = [(number(k), number(v)) for k, v in node.pairs]
            out.append([node.line, node.column, pairs, 0])
    return out


def _from_plain(plain: list[Any]) -> Node | None:
    if not plain:
        return None
    nodes: list[Node] = [
        ScalarNode(*entry)
        if type(entry) is tuple
        else SequenceNode([], entry[0], entry[1])
        if len(entry) == 3
        else MappingNode([], entry[0], entry[1])
        for entry in plain
    ]
    for node, entry in zip(nodes, plain, strict=True):
        if isinstance(node, SequenceNode):
            node.items.extend(nodes[i] for i in entry[2])
        elif isinstance(node, MappingNode):
            node.pairs.extend((nodes[k], nodes[v]) for k, v in entry[2])
    return nodes[0]


def _node(raw: Any, path: str, shared: dict[int, Node]) -> Node:
    """Copy a composed PyYAML or ruamel.yaml node; ``shared`` maps collections already copied
    (by id of the composed node), so aliases stay shared and cycles end."""
    tag = str(raw.tag)
    mark = raw.start_mark
    line, column = mark.line + 1, mark.column + 1
    if tag not in _STANDARD_TAGS:
        raise YamlTagError(tag, path, line, column)
    kind = raw.id
    if kind == "scalar":
        return ScalarNode(str(raw.value), not raw.style, line, column)
    found = shared.get(id(raw))
    if found is not None:
        return found
    if kind == "sequence":
        seq = SequenceNode([], line, column)
        shared[id(raw)] = seq
        seq.items.extend(_node(item, path, shared) for item in raw.value)
        return seq
    mapping = MappingNode([], line, column)
    shared[id(raw)] = mapping
    for key, value in raw.value:
        mapping.pairs.append((_node(key, path, shared), _node(value, path, shared)))
    return mapping
