"""The package's layering (docs/architecture.md), read from the source with ``ast``.

Every import of a ``claimlint`` module counts, at module level or inside a
function, under ``TYPE_CHECKING`` or not: a lower layer never imports a
higher one or a sibling, and no two modules import each other at run time,
directly or through others.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "claimlint"

#: Concern -> layer. A module may import its own concern and lower layers only.
LAYERS: dict[str, int] = {
    "core": 0,
    "text": 1,
    "biblio": 2,
    "regulatory": 2,
    "engine": 3,
    "output": 4,
    "run": 5,
    "cli": 6,
    "__main__": 7,
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def concern(module: str) -> str | None:
    """The concern of ``claimlint.X...``; None for the package root itself."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(source: str, module: str, is_package: bool) -> list[tuple[str, int, bool]]:
    """``(imported module, line, at run time)`` for every claimlint import in ``source``."""
    tree = ast.parse(source)
    found: list[tuple[str, int, bool]] = []
    package = module if is_package else module.rpartition(".")[0]

    def visit(node: ast.AST, runtime: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for stmt in child.body:
                    visit_stmt(stmt, False)
                for stmt in child.orelse:
                    visit_stmt(stmt, runtime)
                continue
            visit_stmt(child, runtime)

    def visit_stmt(node: ast.AST, runtime: bool) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "claimlint":
                    found.append((alias.name, node.lineno, runtime))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.split(".")[0] == "claimlint":
                # "from claimlint.x import y" may import the submodule claimlint.x.y
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    found.append((sub if sub in MODULES else target, node.lineno, runtime))
        visit(node, runtime)

    visit(tree, True)
    return found


SOURCES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
MODULES = set(SOURCES)


def graph() -> dict[str, list[tuple[str, int, bool]]]:
    return {
        m: imports(p.read_text(encoding="utf-8"), m, p.name == "__init__.py")
        for m, p in SOURCES.items()
    }


def upward_imports(edges: dict[str, list[tuple[str, int, bool]]]) -> list[str]:
    problems = []
    for module, targets in edges.items():
        here = concern(module)
        if here is None:
            continue
        for target, line, _ in targets:
            there = concern(target)
            if there is None or there == here:
                if there is None and target != "claimlint":
                    problems.append(f"{SOURCES[module]}:{line}: imports {target}")
                continue
            if there not in LAYERS or here not in LAYERS:
                problems.append(f"{SOURCES[module]}:{line}: {target} is in no layer")
            elif LAYERS[there] >= LAYERS[here]:
                problems.append(
                    f"{SOURCES[module]}:{line}: {here} (layer {LAYERS[here]}) imports "
                    f"{target} ({there}, layer {LAYERS[there]})"
                )
    return problems


def cycles(edges: dict[str, list[tuple[str, int, bool]]]) -> list[list[str]]:
    """Strongly connected components of more than one module (run-time imports only)."""
    succ = {
        m: sorted({t for t, _, rt in ts if rt and t in SOURCES and t != m})
        for m, ts in edges.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in succ[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(succ):
        if v not in index:
            strong(v)
    return out


def test_every_module_is_in_a_layer() -> None:
    stray = [m for m in SOURCES if concern(m) is not None and concern(m) not in LAYERS]
    assert stray == []


def test_no_upward_or_sideways_import() -> None:
    assert upward_imports(graph()) == []


def test_no_import_cycle() -> None:
    assert cycles(graph()) == []


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("claimlint.core.model", "def f():\n    from claimlint.engine.rule import Hit\n", 1),
        ("claimlint.text.document", "from claimlint.biblio import intext\n", 1),
        ("claimlint.biblio.matching", "from claimlint.regulatory.knowledge import X\n", 1),
        (
            "claimlint.engine.rule",
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from claimlint.run.config import C\n",
            1,
        ),
        ("claimlint.run.config", "from claimlint.text.document import Block\n", 0),
        ("claimlint.engine.linter", "from . import suppress\nfrom ..text import segment\n", 0),
    ],
)
def test_planted_imports_are_caught(module: str, source: str, expected: int) -> None:
    edges = {module: imports(source, module, False)}
    assert len(upward_imports(edges)) == expected


def test_planted_cycle_is_caught() -> None:
    edges = {
        "claimlint.engine.registry": [("claimlint.engine.linter", 3, True)],
        "claimlint.engine.linter": [("claimlint.engine.registry", 9, True)],
    }
    global SOURCES
    assert cycles(edges) == [["claimlint.engine.linter", "claimlint.engine.registry"]]
