"""The lexicons ``scripts/gen_lexicons.py`` writes are what it writes from its parts now,
and no other lexicon says it was generated."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "gen_lexicons.py"
LEXICONS = ROOT / "rules" / "lexicons"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_lexicons", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_lexicons"] = module  # the dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["gen_lexicons"]
    return module


gen = _load()
GENERATED = {make().name: make() for make in gen.GENERATED}


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_the_committed_file_is_what_the_script_writes(name: str) -> None:
    committed = (LEXICONS / f"{name}.yml").read_text(encoding="utf-8")
    assert committed == gen.render(GENERATED[name]), (
        f"rules/lexicons/{name}.yml differs: run python scripts/gen_lexicons.py"
    )


def test_check_mode_tells_a_stale_file_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert gen.main(["--check"]) == 0
    for name in GENERATED:
        (tmp_path / f"{name}.yml").write_bytes((LEXICONS / f"{name}.yml").read_bytes())
    stale = tmp_path / "reader-promises.yml"
    stale.write_text(stale.read_text(encoding="utf-8") + "  - you will be amazed\n")
    before = stale.read_bytes()
    monkeypatch.setattr(gen, "LEXICONS", tmp_path)
    assert gen.main(["--check"]) == 1
    assert "reader-promises.yml" in capsys.readouterr().err
    assert stale.read_bytes() == before
    assert gen.main([]) == 0
    assert stale.read_bytes() == (LEXICONS / "reader-promises.yml").read_bytes()


def test_only_the_scripts_lexicons_say_they_were_generated() -> None:
    claiming = set()
    for path in sorted(LEXICONS.glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        description = str(yaml.safe_load(text).get("description", ""))
        if "generated" in description.lower() or text.startswith(gen.HEADER):
            claiming.add(path.stem)
    assert claiming == set(GENERATED)


def test_parts_combine_every_way_in_order() -> None:
    assert gen.combine(["patients"], ["", "often"], ["say", "tell us"]) == [
        "patients say",
        "patients tell us",
        "patients often say",
        "patients often tell us",
    ]


def test_no_part_list_is_bound_twice() -> None:
    """Each list of parts is bound once at module level (extended with ``+=``): a second
    ``NAME = [...]`` further down silently replaces the first for every generator that
    reads it when it runs, as a generic name such as PROCEDURES invites."""
    import ast

    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    bound: dict[str, int] = {}
    twice = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in bound:
                    twice.append(f"{target.id}: lines {bound[target.id]} and {node.lineno}")
                bound[target.id] = node.lineno
    assert twice == []
