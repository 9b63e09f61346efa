"""Front matter: safe YAML reading with positions for the fields readers see.

PyYAML's composer is used rather than a loader: it builds nodes with marks
(line, column, index) and never constructs Python objects, so tags such as
``!!python/object`` are inert, and aliases are shared nodes rather than
expanded copies. Converting nodes to plain data is bounded, so an alias bomb
("billion laughs") cannot blow up memory.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

_MAX_NODES = 10_000
_MAX_DEPTH = 20
_RUN = re.compile(r"\S+")

try:  # the C composer is much faster where libyaml is available
    _Loader: type[Any] = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader


@dataclass(slots=True)
class FrontMatter:
    """What the front matter holds."""

    data: dict[str, Any] = field(default_factory=dict)
    """Plain data (str, int, float, bool, None, list, dict): never Python objects."""
    fields: list[tuple[str, str, list[tuple[int, int, int, int]]]] = field(default_factory=list)
    """Reader-visible string fields: (key path, value, pieces relative to the YAML text)."""
    error: tuple[str, int, int] | None = None
    """(message, 0-based line, 0-based column) when the YAML is invalid."""
    disable: list[tuple[str, int, int]] = field(default_factory=list)
    """The codes under ``claimlint: {disable: ...}``, each with its start and end offset
    in the YAML text (so that an unknown one can be reported where it stands)."""


def read_front_matter(text: str, field_names: Sequence[str]) -> FrontMatter:
    """Read YAML front matter ``text`` (without its ``---`` fences)."""
    result = FrontMatter()
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line, mark.column) if mark is not None else (0, 0)
        problem = exc.problem or exc.context or "invalid YAML"
        result.error = (f"front matter is not valid YAML: {problem}", line, column)
        return result
    except yaml.YAMLError as exc:  # pragma: no cover - reader errors without marks
        result.error = (f"front matter is not valid YAML: {exc}", 0, 0)
        return result
    if not isinstance(node, yaml.MappingNode):
        return result
    budget = [_MAX_NODES]
    data = _plain(node, budget, 0)
    if isinstance(data, dict):
        result.data = data
    wanted = {name.lower() for name in field_names}
    _collect(node, text, wanted, "", result.fields, 0)
    result.disable = _disable_codes(node)
    return result


def _disable_codes(node: yaml.MappingNode) -> list[tuple[str, int, int]]:
    """The scalars of ``claimlint.disable`` (one code or a list of them) with their offsets."""
    for key, section in node.value:
        if not (isinstance(key, yaml.ScalarNode) and key.value == "claimlint"):
            continue
        if not isinstance(section, yaml.MappingNode):
            return []
        for name, listed in section.value:
            if not (isinstance(name, yaml.ScalarNode) and name.value == "disable"):
                continue
            items = listed.value if isinstance(listed, yaml.SequenceNode) else [listed]
            return [
                (str(item.value), item.start_mark.index, item.end_mark.index)
                for item in items[:_MAX_NODES]
                if isinstance(item, yaml.ScalarNode) and not item.tag.endswith((":bool", ":null"))
            ]
    return []


def _plain(node: yaml.Node, budget: list[int], depth: int) -> Any:
    budget[0] -= 1
    if budget[0] < 0 or depth > _MAX_DEPTH:
        return None
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, budget, depth + 1) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                out[str(key.value)] = _plain(value, budget, depth + 1)
        return out
    return None  # pragma: no cover


def _scalar(node: yaml.ScalarNode) -> Any:
    value = str(node.value)
    if node.style is not None and node.style != "":
        return value
    lowered = value.lower()
    if lowered in ("true", "yes", "on"):
        return True
    if lowered in ("false", "no", "off"):
        return False
    if lowered in ("", "~", "null"):
        return None
    if re.fullmatch(r"[-+]?\d+", value):
        return int(value)
    return value


def _collect(
    node: yaml.MappingNode,
    text: str,
    wanted: set[str],
    prefix: str,
    out: list[tuple[str, str, list[tuple[int, int, int, int]]]],
    depth: int,
) -> None:
    if depth > 3:
        return
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        name = str(key.value)
        path = f"{prefix}{name}"
        if isinstance(value, yaml.MappingNode):
            _collect(value, text, wanted, path + ".", out, depth + 1)
        elif (
            isinstance(value, yaml.ScalarNode)
            and (name.lower() in wanted or path.lower() in wanted)
            and value.tag == "tag:yaml.org,2002:str"
            and str(value.value).strip()
        ):
            pieces = anchor_words(
                str(value.value), text, value.start_mark.index, value.end_mark.index
            )
            out.append((path, str(value.value), pieces))


def anchor_words(value: str, text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Map ``value`` into ``text[start:end]`` word by word with a forward cursor.

    Words found verbatim map character for character; whitespace between them
    (folded line breaks, say) and words that differ from their source form
    (escapes in a double-quoted scalar) map as a whole to where the cursor is.
    """
    pieces: list[tuple[int, int, int, int]] = []
    cursor = start
    previous_end = 0
    for m in _RUN.finditer(value):
        if m.start() > previous_end:
            pieces.append((previous_end, cursor, m.start() - previous_end, 0))
        word = m.group()
        found = text.find(word, cursor, end)
        if found == -1:
            pieces.append((m.start(), cursor, len(word), 0))
        else:
            pieces.append((m.start(), found, len(word), len(word)))
            cursor = found + len(word)
        previous_end = m.end()
    if previous_end < len(value):
        pieces.append((previous_end, cursor, len(value) - previous_end, 0))
    return pieces
