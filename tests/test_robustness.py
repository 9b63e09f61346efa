"""Hostile and broken input: every file gets a result or a finding saying why not, never a
traceback, and one bad file never spoils the others. Sizes here are kept small enough
for CI; scripts/pathological.py runs the full-size cases and times them
(docs/robustness.md)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest
from cli_support import run, write
from fuzz_support import PIECES, position_problems
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimlint.core.model import Finding
from claimlint.engine.linter import Plan
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_bytes

pytestmark = pytest.mark.usefixtures("in_tmp")

CLAIM = b"Ketamine cures depression.\n"


@lru_cache(maxsize=1)
def plan() -> Plan:
    return build_plan(Config())


def lint(data: bytes, path: str = "post.md") -> list[Finding]:
    return lint_bytes(data, path, plan())


def rules(findings: list[Finding]) -> list[str]:
    return sorted({f.rule for f in findings})


def check_json(capsys: pytest.CaptureFixture[str], *paths: str) -> tuple[int, dict[str, object]]:
    code, out, err = run(capsys, "check", "--format", "json", *paths)
    assert "Traceback" not in err
    return code, json.loads(out)


# -- broken and unusual files ------------------------------------------------------------------

CASES: dict[str, tuple[bytes, list[str]]] = {
    # name: (content, rules that must be among the findings)
    "empty": (b"", []),
    "only-front-matter": (b"---\ntitle: Ketamine cures depression\n---\n", ["CL101"]),
    "invalid-front-matter": (b"---\ntitle: [unclosed\n---\n\n" + CLAIM, ["CL101", "CL903"]),
    "python-tag-in-front-matter": (
        b"---\ntitle: !!python/object/apply:os.system ['echo owned']\n---\n\n" + CLAIM,
        ["CL101"],
    ),
    "toml-front-matter": (b'+++\ntitle = "x"\n+++\n\n' + CLAIM, ["CL101"]),
    "invalid-utf8": (b"Ketamine cures \xff\xfe depression.\n", ["CL902"]),
    "utf16-bom": (("\ufeff" + CLAIM.decode()).encode("utf-16-le"), ["CL101"]),
    "utf8-bom": (b"\xef\xbb\xbf" + CLAIM, ["CL101"]),
    "nul-byte": (b"Ketamine\x00 cures depression.\n", ["CL902"]),
    "crlf": (CLAIM.replace(b"\n", b"\r\n") * 3, ["CL101"]),
    "lone-cr": (b"Ketamine\rcures depression.\r", ["CL101"]),
    "ansi-escapes": (b"\x1b[31mKetamine cures depression.\x1b[0m\n", ["CL101"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_input_gets_a_result_not_a_crash(name: str) -> None:
    data, expected = CASES[name]
    found = lint(data)
    assert "CL900" not in rules(found)
    assert set(expected) <= set(rules(found)), rules(found)


def test_front_matter_tags_never_construct_objects(tmp_path: Path) -> None:
    marker = tmp_path / "owned"
    data = f"---\nx: !!python/object/apply:os.system ['touch {marker}']\n---\n\nText.\n"
    lint(data.encode())
    assert not marker.exists()


def test_billion_laughs_in_front_matter_is_bounded() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    data = ("---\n" + "\n".join(lines) + "\ntitle: x\n---\n\n").encode() + CLAIM
    assert "CL101" in rules(lint(data))  # aliases are not expanded, the body is linted


def test_binary_file_with_md_name_does_not_spoil_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "a.md", bytes(range(256)) * 16)
    write(tmp_path / "b.md", CLAIM)
    code, report = check_json(capsys, ".")
    assert code == 1
    by_file = {(f["path"], f["rule"]) for f in report["findings"]}  # type: ignore[index, union-attr]
    assert not any(path == "a.md" for path, _ in by_file)  # skipped, with a warning
    assert ("b.md", "CL101") in by_file


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("long-line", b"Ketamine cures depression and more. " * 3_000 + b"\n"),
        ("many-paragraphs", (CLAIM + b"\n") * 3_000),
        ("nested-lists", b"".join(b"  " * i + b"- item\n" for i in range(300))),
        ("nested-quotes", b">" * 2_000 + b" Ketamine cures depression.\n"),
        ("emphasis", b"*a **a " * 5_000 + b"\n"),
        ("link-nesting", b"[" * 2_000 + b"x" + b"]" * 2_000 + b"(http://a)\n"),
        (
            "source-list-of-2000",
            b"Text (Smith, 2019).\n\n## References\n\n"
            + b"".join(
                f"{i}. Smith J. Title {i}. J Psych. 2019;{i}:1-2.\n".encode()
                for i in range(1, 2_001)
            ),
        ),
    ],
)
def test_pathological_markdown_completes_with_valid_positions(name: str, data: bytes) -> None:
    found = lint(data)
    assert "CL900" not in rules(found)
    assert position_problems(data.decode("utf-8"), found) == []


def test_unreadable_file_and_folder_are_findings_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root can read files without permission")
    locked = write(tmp_path / "locked.md", CLAIM)
    locked.chmod(0)
    write(tmp_path / "ok.md", CLAIM)
    try:
        code, report = check_json(capsys, ".")
        assert code == 1
    finally:
        locked.chmod(0o644)
    rules_by_file = {(f["path"], f["rule"]) for f in report["findings"]}  # type: ignore[index, union-attr]
    assert ("locked.md", "CL902") in rules_by_file
    assert ("ok.md", "CL101") in rules_by_file


def test_file_that_vanished_is_a_finding_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "gone.md").symlink_to(tmp_path / "deleted-after-listing.md")
    write(tmp_path / "ok.md", CLAIM)
    code, report = check_json(capsys, ".")
    assert code == 1
    found = [(f["path"], f["rule"], f["message"]) for f in report["findings"]]  # type: ignore[index, union-attr]
    assert ("gone.md", "CL902", "cannot read file: No such file or directory") in found
    assert any(path == "ok.md" and rule == "CL101" for path, rule, _ in found)


def test_symlink_out_of_the_tree_is_not_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    write(outside / "secret.md", CLAIM)
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "link").symlink_to(outside, target_is_directory=True)
    write(tmp_path / "posts" / "ok.md", b"Text.\n")
    code, report = check_json(capsys, "posts")
    assert code == 0
    assert report["findings"] == []


# -- fuzzing -----------------------------------------------------------------------------------

_PIECES = st.sampled_from(PIECES)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join)


# Derandomized, so CI runs the same 300 posts every time; scripts/fuzz.py explores further
# (docs/robustness.md lists what it has found).
@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(_TEXT)
def test_fuzz_no_crash_and_findings_point_into_the_file(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    found = lint(data)
    assert "CL900" not in rules(found), [f.message for f in found if f.rule == "CL900"]
    if not any(f.rule == "CL902" for f in found):
        assert position_problems(data.decode("utf-8", "replace"), found) == []


def test_a_finding_on_a_superscript_points_at_the_superscript() -> None:
    data = (
        b"Ketamine was studied.<sup>2</sup> More text.\n\n## References\n\n"
        b"1. Smith J. Title. J. 2019;1:2.\n"
    )
    [f] = [f for f in lint(data) if f.rule == "CL303"]
    assert (f.start.line, f.start.column, f.end.line, f.end.column) == (1, 22, 1, 34)


def test_a_file_changed_on_disk_since_it_was_read_is_not_overwritten(tmp_path: Path) -> None:
    from claimlint.core.atomic import AtomicWriteError, write_atomically

    post = write(tmp_path / "post.md", b"Edited by the editor meanwhile.\n")
    with pytest.raises(AtomicWriteError, match="changed while claimlint was working on it"):
        write_atomically(post, b"Fixed text.\n", expected=b"What claimlint read.\n")
    assert post.read_bytes() == b"Edited by the editor meanwhile.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["post.md"]  # no temporary file left
