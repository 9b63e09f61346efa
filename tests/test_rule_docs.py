"""docs/writing-rules.md stays true: its kind tables are what ``scripts/rule_docs.py`` writes
from the kinds' declarations, and every key a built-in rule uses is documented there."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimlint.engine.kinds import KINDS
from claimlint.engine.kinds.docs import render
from claimlint.engine.registry import COMMON_KEYS

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "rule_docs.py"
DOC = REPO / "docs" / "writing-rules.md"
RULES = sorted((REPO / "rules").glob("*.yml"))


def _section(text: str, heading: str) -> str:
    """The text under a heading, up to the next heading of the same or a higher level."""
    level = heading.split(" ", 1)[0]
    start = text.index(f"\n{heading}\n")
    ends = [
        m.start()
        for m in re.finditer(r"\n(#+) ", text[start + 1 :])
        if len(m.group(1)) <= len(level)
    ]
    return text[start : start + 1 + ends[0]] if ends else text[start:]


def _first_cells(text: str) -> set[str]:
    """Every backticked key in the first cell of a table row of ``text``."""
    cells = [line.split("|")[1] for line in text.splitlines() if line.startswith("| `")]
    return {key for cell in cells for key in re.findall(r"`([^`]+)`", cell)}


def _row(text: str, key: str) -> str:
    """The table row of ``text`` whose first cell names ``key``."""
    return next(line for line in text.splitlines() if line.startswith(f"| `{key}`"))


def _mentions(text: str, word: str) -> bool:
    """True when ``word`` stands, as a whole key, inside some backticked span of ``text``."""
    word_re = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
    return any(re.search(word_re, span) for span in re.findall(r"`([^`]+)`", text))


def test_the_committed_tables_are_what_the_script_writes() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert render(text) == text, "stale: run python scripts/rule_docs.py"
    check = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=120
    )
    assert (check.returncode, check.stderr) == (0, "")


def test_every_kind_has_one_block_and_the_script_says_when_not() -> None:
    text = DOC.read_text(encoding="utf-8")
    claim = re.search(r"<!-- params: claim -->\n.*?<!-- /params -->\n", text, re.DOTALL)
    assert claim is not None
    with pytest.raises(ValueError, match=r"missing \['claim'\]"):
        render(text.replace(claim.group(), ""))
    with pytest.raises(ValueError, match=r"twice \['claim'\]"):
        render(text + claim.group())
    with pytest.raises(ValueError, match="kind 'claims', which does not exist"):
        render(text.replace("params: claim -->", "params: claims -->"))


def test_every_common_key_and_kind_is_documented() -> None:
    common = _section(DOC.read_text(encoding="utf-8"), "## Common keys")
    assert _first_cells(common) == set(COMMON_KEYS)
    kinds_row = _row(common, "kind")
    assert [k for k in KINDS if not _mentions(kinds_row, k)] == []


def test_every_key_a_builtin_rule_uses_is_documented() -> None:
    """Walk every built-in rule file: its keys, the keys inside ``examples`` and ``see``,
    and a check's ``options``."""
    text = DOC.read_text(encoding="utf-8")
    common = _section(text, "## Common keys")
    assert len(RULES) >= 30
    missing: list[str] = []

    def need(found: bool, path: Path, *keys: Any) -> None:
        if not found:
            missing.append(f"{path.name}: {'.'.join(map(str, keys))}")

    for path in RULES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        kind = data["kind"]
        section = _section(text, f"### `{kind}`")
        for key in data:
            table = common if key in COMMON_KEYS else section
            need(key in _first_cells(table), path, key)
        for key, value in data.get("examples", {}).items():
            need(_mentions(_row(common, "examples"), key), path, "examples", key)
            if key == "options":
                for option in value:
                    need(_mentions(_row(common, "examples"), option), path, "examples", option)
        for entry in data.get("see", []):
            for key in entry if isinstance(entry, dict) else ():
                need(_mentions(_row(common, "what"), key), path, "see", key)
        for option in data.get("options", {}) if kind == "check" else ():
            need(_mentions(section, option), path, "options", option)
    assert missing == []


def test_the_pages_example_rule_and_lexicon_load_and_behave(tmp_path: Path) -> None:
    """The YAML examples on the page, written where their first comment says, load as a
    pack with the built-in one, and the rule's examples do what they say."""
    from claimlint.core.builtin import builtin_rules_dir
    from claimlint.engine.selfcheck import load_rules

    blocks = re.findall(r"```yaml\n# (\S+)\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) == 2
    pack = tmp_path / "claimlint-rules"
    for name, body in blocks:  # claimlint-rules/CL480-....yml, lexicons/my-hedges.yml
        path = tmp_path / name if name.startswith("claimlint-rules/") else pack / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    ruleset = load_rules([builtin_rules_dir(), pack])  # runs the rule's examples
    assert "CL480" in ruleset.rules and "my-hedges" in ruleset.lexicons
