"""``--since REF``: only findings on lines changed since a git revision, with the real git."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from claimlint.run.changes import parse_diff, unquote
from tests.cli_support import run, write

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

CLAIMS = ("--isolated", "--select", "CL1,CL2")
CURE = "'cures' promises a cure, which no treatment here can back [unhedged-claim]"
POST = "# Ketamine\n\nKetamine cures depression.\n\nOur team is kind.\n\nIt is gentle.\n"


@pytest.fixture
def repo(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository in the test folder with one commit of ``posts/kap.md``; git reads
    no user or system configuration."""
    for name in list(os.environ):
        if name.startswith("GIT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Test")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "test@example.org")
    git(in_tmp, "init", "--quiet", "--initial-branch=main")
    write(in_tmp / "posts" / "kap.md", POST)
    commit(in_tmp, "first post")
    return in_tmp


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "--no-verify", "-m", message)


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run(capsys, "check", *CLAIMS, *args)


def test_only_added_lines_are_reported(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    post = repo / "posts" / "kap.md"
    write(post, POST.replace("Our team is kind.", "Our team is kind. Ketamine cures pain."))
    code, out, err = check(capsys, "--since", "HEAD", "posts")
    assert out == (
        f"posts/kap.md:5:28: CL101 error {CURE}\n"
        "\n"
        "Found 1 finding (1 error, 0 warnings, 0 info) in 1 file.\n"
    )
    assert (code, err) == (1, "")
    # Without --since the old claim on line 3 is reported too.
    assert check(capsys, "posts")[1].splitlines()[:2] == [
        f"posts/kap.md:3:10: CL101 error {CURE}",
        f"posts/kap.md:5:28: CL101 error {CURE}",
    ]


def test_committed_changes_since_an_older_revision(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = git(repo, "rev-parse", "HEAD").strip()
    write(repo / "posts" / "kap.md", "New top line.\n\n" + POST + "\nIt is completely safe.\n")
    commit(repo, "second")
    code, out, _ = check(capsys, "--since", first, "posts")
    assert out.splitlines() == [
        "posts/kap.md:11:4: CL107 warning 'is completely safe' is a blanket safety claim "
        "[unhedged-claim]",
        "",
        "Found 1 finding (0 errors, 1 warning, 0 info) in 1 file.",
    ]
    assert code == 1
    assert check(capsys, "--since", "HEAD~1", "posts")[1] == out
    assert check(capsys, "--since", "main", "posts")[:2] == (0, "No findings in 1 file.\n")


def test_a_file_git_does_not_track_is_new_throughout(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(repo / "posts" / "draft.md", "Ketamine cures anxiety.\n")
    code, out, _ = check(capsys, "--since", "HEAD", "posts")
    assert out.splitlines()[0] == f"posts/draft.md:1:10: CL101 error {CURE}"
    assert code == 1
    git(repo, "add", "posts/draft.md")  # staged, not committed: new since HEAD too
    assert check(capsys, "--since", "HEAD", "posts")[1] == out


def test_deleted_lines_select_nothing(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(repo / "posts" / "kap.md", POST.replace("Our team is kind.\n\n", ""))
    assert check(capsys, "--since", "HEAD", "posts")[:2] == (0, "No findings in 1 file.\n")


def test_a_finding_over_several_lines_counts_when_one_of_them_changed(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(repo / "posts" / "kap.md", POST + "\nIt is completely\nsafe for everyone.\n")
    commit(repo, "wrapped claim")
    write(repo / "posts" / "kap.md", POST + "\nIt is completely\nsafe for all.\n")
    code, out, _ = check(capsys, "--since", "HEAD", "posts")
    assert out.splitlines()[0] == (
        "posts/kap.md:9:4: CL107 warning 'is completely safe' is a blanket safety claim "
        "[unhedged-claim]"
    )
    assert code == 1


def test_findings_about_what_a_post_lacks_follow_any_change(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # CL402 (no off-label disclosure) points at the first mention, line 3; an edit anywhere
    # in the post, even a deletion, may be what removed the disclosure.
    post = repo / "posts" / "kap.md"
    args = ("--isolated", "--select", "CL402", "--since", "HEAD", "posts")
    assert run(capsys, "check", *args)[:2] == (0, "No findings in 1 file.\n")
    write(post, POST + "\nCall us today.\n")
    code, out, _ = run(capsys, "check", *args)
    assert out.splitlines()[0].startswith("posts/kap.md:3:1: CL402 warning the post promotes")
    assert code == 1
    write(post, POST.replace("It is gentle.\n", ""))
    assert run(capsys, "check", *args)[0] == 1
    # Other findings need a line of their own to have changed.
    assert check(capsys, "--since", "HEAD", "posts")[:2] == (0, "No findings in 1 file.\n")


def test_an_old_uncited_appeal_stays_quiet_when_only_a_new_line_is_added(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # CL201 (missing-citation) is about one sentence, not the whole post: it follows that
    # sentence's lines, though its category starts with "missing-".
    post = repo / "posts" / "kap.md"
    old = POST + "\nResearch has shown that infusions lift mood.\n"
    write(post, old)
    commit(repo, "an uncited appeal")
    assert check(capsys, "posts")[0] == 1
    write(post, old + "\nCall us to book.\n")
    assert check(capsys, "--since", "HEAD", "posts")[:2] == (0, "No findings in 1 file.\n")
    write(post, old.replace("Research has shown", "Research has long shown") + "\nCall us.\n")
    code, out, _ = check(capsys, "--since", "HEAD", "posts")
    assert code == 1
    assert out.splitlines()[0].startswith(
        "posts/kap.md:9:1: CL201 warning 'Research has long shown'"
    )


def test_since_from_a_subfolder_with_odd_file_names(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    odd = repo / "posts" / 'caf\u00e9 "menu"\t.md'
    write(odd, "Hello.\n")
    commit(repo, "odd name")
    write(odd, "Hello.\nKetamine cures pain.\n")
    monkeypatch.chdir(repo / "posts")
    code, out, _ = check(capsys, "--since", "HEAD", ".")
    assert out.splitlines()[0] == f'caf\u00e9 "menu"\t.md:2:10: CL101 error {CURE}'
    assert code == 1


def test_fix_with_since_fixes_only_changed_lines(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refs = (
        "\n## References\n\n- Duman, R. S., Aghajanian, G. K., Sanacora, G., & Krystal, J. H. "
        "(2016). Synaptic plasticity and depression: New insights from stress and "
        "rapid-acting antidepressants. Nature Medicine, 22(3), 238-249.\n"
    )
    old = "Duman et al. (2019) described synapses.\n"
    write(repo / "posts" / "cite.md", old + refs)
    commit(repo, "citations")
    write(repo / "posts" / "cite.md", old + "Later, Duman et al. (2019) said more.\n" + refs)
    code, out, _ = run(
        capsys, "check", "--isolated", "--select", "CL301", "--since", "HEAD", "--fix", "posts"
    )
    text = (repo / "posts" / "cite.md").read_text(encoding="utf-8")
    assert text.startswith(old + "Later, Duman et al. (2016) said more.\n")
    assert out == "No findings in 2 files.\nFixed 1 finding in 1 file.\n"
    assert code == 0


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("no-such-branch", "--since: unknown git revision 'no-such-branch' in "),
        ("--output=x", "--since: not a git revision: '--output=x'"),
    ],
)
def test_a_bad_revision_is_a_usage_error(
    repo: Path, capsys: pytest.CaptureFixture[str], ref: str, message: str
) -> None:
    code, out, err = check(capsys, f"--since={ref}", "posts")
    assert (code, out) == (2, "")
    assert err.startswith(f"claimlint: error: {message}")
    assert not (repo / "x").exists()


def test_files_outside_a_repository_are_a_usage_error(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(in_tmp.parent))
    write(in_tmp / "post.md", "Ketamine cures pain.\n")
    assert check(capsys, "--since", "HEAD", "post.md") == (
        2,
        "",
        "claimlint: error: --since: post.md is not in a git repository\n",
    )


def test_standard_input_cannot_be_compared(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Ketamine cures pain.\n")))
    assert check(capsys, "--since", "HEAD", "-") == (
        2,
        "",
        "claimlint: error: --since cannot be used with standard input\n",
    )


# --------------------------------------------------------------------------- parsing


def test_parse_diff_counts_only_added_lines() -> None:
    diff = (
        "diff --git a/a.md b/a.md\n"
        "--- a/a.md\n"
        "+++ b/a.md\n"
        "@@ -2 +2 @@ heading\n"
        "-old\n"
        "+new\n"
        "@@ -10,0 +11,3 @@\n"
        "+++ not a header: an added line starting with '++'\n"
        "+--- nor this\n"
        "+x\n"
        "@@ -20,2 +23,0 @@\n"
        "--- removed line starting with '--'\n"
        "-y\n"
        "\\ No newline at end of file\n"
        "diff --git a/gone.md b/gone.md\n"
        "--- a/gone.md\n"
        "+++ /dev/null\n"
        "@@ -1 +0,0 @@\n"
        "-bye\n"
        "diff --git a/with space.md b/with space.md\n"
        "--- a/with space.md\t\n"
        "+++ b/with space.md\t\n"
        "@@ -3,0 +4 @@\n"
        "+z\n"
        'diff --git "a/t\\tb.md" "b/t\\tb.md"\n'
        '--- "a/t\\tb.md"\n'
        '+++ "b/t\\tb.md"\n'
        "@@ -0,0 +1 @@\n"
        "+hi\n"
    )
    assert parse_diff(diff) == {"a.md": {2, 11, 12, 13}, "with space.md": {4}, "t\tb.md": {1}}


def test_unquote() -> None:
    assert unquote('"b/caf\\303\\251 \\"x\\".md"') == 'b/café "x".md'
    assert unquote("b/plain name.md") == "b/plain name.md"


def test_since_with_a_baseline_judges_entries_on_every_line(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert check(capsys, "--write-baseline", "base.yaml", "posts")[0] == 0
    write(repo / "posts" / "kap.md", POST + "\nKetamine cures pain.\n")
    code, out, _ = check(capsys, "--since", "HEAD", "--baseline", "base.yaml", "posts")
    assert out == (
        f"posts/kap.md:9:10: CL101 error {CURE}\n"
        "\n"
        "Found 1 finding (1 error, 0 warnings, 0 info) in 1 file.\n"
        "1 finding recorded in base.yaml is not shown.\n"
    )
    assert code == 1
