"""Which files are linted: walking folders, include / exclude / extend-exclude, --force-exclude."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimlint.cli import main
from claimlint.run.config import Config, matches_glob
from claimlint.run.discovery import discover

CURE = "Ketamine cures depression.\n"

TREE = (
    "index.md",
    "about.markdown",
    "page.mdx",
    "scraped.txt",
    "notes.rst",
    "README",
    "posts/2019/old.md",
    "posts/2024/new.md",
    "posts/drafts/idea.md",
    "node_modules/pkg/readme.md",
    ".venv/lib/site.md",
    ".git/info.md",
)


@pytest.fixture(autouse=True)
def _tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in TREE:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(CURE, encoding="utf-8")


def linted(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    """The files a ``check`` run read (each has one CL101 finding), in report order."""
    code = main(["check", "--select", "CL101", "--format", "json", *args])
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    paths = [f["path"] for f in data["findings"]]
    assert data["summary"]["files"] == len(paths)
    assert code == (1 if paths else 0)
    return paths


def config(tmp_path: Path, text: str) -> None:
    (tmp_path / ".claimlint.yaml").write_text(text, encoding="utf-8")


def test_default_walk(capsys: pytest.CaptureFixture[str]) -> None:
    expected = [
        "about.markdown",
        "index.md",
        "page.mdx",
        "posts/2019/old.md",
        "posts/2024/new.md",
        "posts/drafts/idea.md",
        "scraped.txt",
    ]
    assert linted(capsys) == expected
    assert linted(capsys, ".") == expected
    assert linted(capsys, "./") == expected


def test_walk_a_subfolder(capsys: pytest.CaptureFixture[str]) -> None:
    assert linted(capsys, "posts") == [
        "posts/2019/old.md",
        "posts/2024/new.md",
        "posts/drafts/idea.md",
    ]


def test_include(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config(tmp_path, "include: ['*.rst', README]\n")
    assert linted(capsys) == ["README", "notes.rst"]
    config(tmp_path, "include: ['posts/20*/*.md']\n")
    assert linted(capsys) == ["posts/2019/old.md", "posts/2024/new.md"]


def test_exclude_replaces_the_defaults(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config(tmp_path, "exclude: [drafts, 'posts/2019', '*.mdx', .git]\n")
    assert linted(capsys) == [
        ".venv/lib/site.md",
        "about.markdown",
        "index.md",
        "node_modules/pkg/readme.md",
        "posts/2024/new.md",
        "scraped.txt",
    ]


def test_extend_exclude_keeps_the_defaults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config(tmp_path, "extend-exclude: [drafts, 'posts/2019/*', scraped.txt]\n")
    assert linted(capsys) == ["about.markdown", "index.md", "page.mdx", "posts/2024/new.md"]


def test_excludes_are_relative_to_the_config_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config(tmp_path, "extend-exclude: ['posts/2019']\n")
    monkeypatch.chdir(tmp_path / "posts")
    assert linted(capsys) == ["2024/new.md", "drafts/idea.md"]


def test_named_files_ignore_include_and_exclude(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config(tmp_path, "include: ['*.md']\nextend-exclude: [drafts, '*.rst']\n")
    assert linted(capsys, "notes.rst", "README", "posts/drafts/idea.md", "page.mdx") == [
        "README",
        "notes.rst",
        "page.mdx",
        "posts/drafts/idea.md",
    ]


def test_force_exclude_applies_excludes_to_named_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config(tmp_path, "extend-exclude: [drafts, '*.rst']\n")
    args = ("notes.rst", "README", "posts/drafts/idea.md", "index.md", "node_modules/pkg/readme.md")
    assert linted(capsys, "--force-exclude", *args) == ["README", "index.md"]
    assert linted(capsys, "--force-exclude", "posts") == ["posts/2019/old.md", "posts/2024/new.md"]


def test_a_named_excluded_folder_is_walked_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config(tmp_path, "extend-exclude: [drafts]\n")
    (tmp_path / "posts" / "drafts" / "node_modules").mkdir()
    (tmp_path / "posts" / "drafts" / "node_modules" / "x.md").write_text(CURE, encoding="utf-8")
    assert linted(capsys, "posts/drafts") == ["posts/drafts/idea.md"]
    assert linted(capsys, "--force-exclude", "posts/drafts") == []


def test_a_file_named_twice_is_linted_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert linted(capsys, "index.md", "./index.md", ".") == [
        "about.markdown",
        "index.md",
        "page.mdx",
        "posts/2019/old.md",
        "posts/2024/new.md",
        "posts/drafts/idea.md",
        "scraped.txt",
    ]


def test_symlinked_folders_are_not_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    (outside / "secret.md").write_text(CURE, encoding="utf-8")
    (tmp_path / "posts" / "link").symlink_to(outside, target_is_directory=True)
    assert linted(capsys, "posts") == [
        "posts/2019/old.md",
        "posts/2024/new.md",
        "posts/drafts/idea.md",
    ]


def test_a_folder_with_nothing_to_lint_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.html").write_text("<p>Cures all.</p>", encoding="utf-8")
    code = main(["check", "empty"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == (
        "claimlint: error: no file to lint in empty (folders are searched for *.md, "
        "*.markdown, *.mdx and *.txt; --allow-empty accepts this)\n"
    )
    code = main(["check", "--allow-empty", "empty"])
    assert (code, capsys.readouterr()) == (0, ("No findings in 0 files.\n", ""))


def test_files_named_and_excluded_on_purpose_are_not_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".claimlint.yaml").write_text("extend-exclude: [drafts]\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "wip.md").write_text("Ketamine cures depression.\n", encoding="utf-8")
    code = main(["check", "--force-exclude", "drafts/wip.md"])
    assert (code, capsys.readouterr()) == (0, ("No findings in 0 files.\n", ""))
    assert main(["check", "--force-exclude", "drafts"]) == 0
    capsys.readouterr()
    # Without --force-exclude a named file is linted; a folder of excluded posts is empty.
    (tmp_path / "archive" / "old").mkdir(parents=True)
    (tmp_path / "archive" / "old" / "a.md").write_text("Hi.\n", encoding="utf-8")
    (tmp_path / ".claimlint.yaml").write_text("extend-exclude: [archive]\n", encoding="utf-8")
    assert main(["check", "archive/old/a.md"]) == 0
    assert main(["check", "archive/old"]) == 0
    assert main(["check", "--force-exclude", "archive/old"]) == 0


def test_discover_yields_display_paths(tmp_path: Path) -> None:
    cfg = Config(root=tmp_path, include=["*.md"], exclude=["drafts", "2019"])
    assert list(discover(["-", "posts", "scraped.txt"], cfg)) == [
        ("-", None),
        ("posts/2024/new.md", Path("posts/2024/new.md")),
        ("scraped.txt", Path("scraped.txt")),
    ]
    assert (
        list(
            discover(["scraped.txt"], Config(root=tmp_path, exclude=["*.txt"]), force_exclude=True)
        )
        == []
    )


@pytest.mark.parametrize(
    ("rel", "patterns", "expected"),
    [
        ("posts/drafts/a.md", ["drafts"], True),
        ("posts/drafts/a.md", ["posts/drafts"], True),
        ("posts/drafts/a.md", ["./posts/drafts/"], True),
        ("posts/drafts/a.md", ["drafts/a.md"], False),
        ("posts/drafts/a.md", ["*.md"], True),
        ("posts/drafts/a.md", ["Drafts"], False),
        ("posts/a.md", ["drafts"], False),
    ],
)
def test_matches_glob(rel: str, patterns: list[str], expected: bool) -> None:
    assert matches_glob(rel, patterns) is expected
