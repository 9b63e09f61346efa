"""``claimlint check --verify-sources`` end to end, against the registries served on the
loopback interface (tests/registry_server.py): the example post's planted entries,
the lock file that makes the second run offline, registries that fail, the year fix,
the flags and settings, and a run without it that imports none of it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_support import run, write
from tests.registry_server import FakeRegistry, Fault, example_registry, serving

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ai-drafted-sources.md"
FLAGS = ("--isolated", "--no-cache", "--select", "CL310,CL311,CL312,CL313,CL314")


@pytest.fixture
def fake(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeRegistry]:
    with serving(example_registry()) as registry:
        monkeypatch.setenv("CLAIMLINT_CROSSREF_URL", registry.url + "/crossref")
        monkeypatch.setenv("CLAIMLINT_PUBMED_URL", registry.url + "/pubmed")
        monkeypatch.setenv("CLAIMLINT_DOI_URL", registry.url + "/doi")
        monkeypatch.delenv("NCBI_API_KEY", raising=False)
        yield registry


EXPECTED = [
    "post.md:28:2: CL312 error 'Wakefield et al., 1998' cites a work that was retracted "
    "(notice 10.1016/s0140-6736(10)60175-4, 2010-02-06) [source-retracted]",
    "post.md:37:3: CL311 warning Aghajanian et al. (2016) differs from the work it matches "
    "(doi:10.1038/nm.4050, crossref): first author Aghajanian (the record: Duman) "
    "[source-misdescribed]",
    "post.md:41:3: CL311 warning Berman et al. (2003) differs from the work it matches "
    "(doi:10.1016/s0006-3223(99)00230-9, crossref): year 2003 (the record: 2000) "
    "[source-misdescribed]",
    "post.md:44:3: CL310 warning no registry record matches 'Single-session ketamine infusion "
    "produces lasting remission in ...', Hale, 2021 (searched: Crossref bibliographic search; "
    "PubMed title search) [source-not-found]",
    "post.md:53:3: CL313 warning DOI 10.1001/archpsyc.63.8.856 names another work: Zarate et "
    "al. (2006), 'A Randomized Trial of an N-methyl-D-aspartate Antagonist in ...'; the "
    "entry's work is doi:10.1001/jamapsychiatry.2017.0080 [source-identifier-broken]",
    "post.md:57:3: CL312 error Wakefield et al. (1998) (doi:10.1016/s0140-6736(97)11096-0) was "
    "retracted (notice 10.1016/s0140-6736(10)60175-4, 2010-02-06), according to the "
    "publisher's notice in Crossref [source-retracted]",
    "",
    "Found 6 findings (2 errors, 4 warnings, 0 info) in 1 file.",
]


def test_the_example_posts_planted_entries_and_an_offline_second_run(
    fake: FakeRegistry, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(EXAMPLE, in_tmp / "post.md")
    code, out, err = run(capsys, "check", *FLAGS, "--verify-sources", "post.md")
    assert (code, out.splitlines()) == (1, EXPECTED)
    assert err.splitlines() == [
        "claimlint: looking up 7 sources in the scholarly registries ...",
        "claimlint: looked up 7 sources (17 requests); 7 answers in claimlint-sources.lock",
    ]
    lock = (in_tmp / "claimlint-sources.lock").read_bytes()
    asked = len(fake.log)
    # The lock file answers everything: offline, or online while it is fresh, no request.
    for flag in ("--offline", "--verify-sources"):
        code, out, err = run(capsys, "check", *FLAGS, flag, "post.md")
        assert (code, out.splitlines(), err) == (1, EXPECTED, "")
    assert len(fake.log) == asked
    assert (in_tmp / "claimlint-sources.lock").read_bytes() == lock
    # --refresh-sources asks again, and the same answers leave the file as it was
    code, out, _ = run(capsys, "check", *FLAGS, "--refresh-sources", "-q", "post.md")
    assert (code, out.splitlines()) == (1, EXPECTED[:6])
    assert len(fake.log) == 2 * asked
    assert (in_tmp / "claimlint-sources.lock").read_bytes() == lock


def test_the_year_fix_changes_the_entry_and_its_citation(
    fake: FakeRegistry, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(EXAMPLE, in_tmp / "post.md")
    code, out, _ = run(capsys, "check", *FLAGS, "--verify-sources", "--fix", "post.md")
    before = EXAMPLE.read_text(encoding="utf-8")
    assert before.count("(2003)") == 2  # the entry's year and the citation's
    assert (in_tmp / "post.md").read_text(encoding="utf-8") == before.replace("(2003)", "(2000)")
    assert code == 1
    assert "Berman" not in out
    assert out.splitlines()[-2:] == [
        "Found 5 findings (2 errors, 3 warnings, 0 info) in 1 file.",
        "Fixed 1 finding in 1 file.",
    ]


def test_a_registry_that_is_down_leaves_entries_unverified_and_the_exit_status_alone(
    fake: FakeRegistry, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        in_tmp / "post.md",
        "Relief came within hours for some (Zarate et al., 2006).\n\n## Sources\n\n"
        "- Zarate, C. A., Jr., Singh, J. B., Carlson, P. J., Brutsche, N. E., Ameli, R., "
        "Luckenbaugh, D. A., Charney, D. S., & Manji, H. K. (2006). A randomized trial of an "
        "N-methyl-D-aspartate antagonist in treatment-resistant major depression. *Archives of "
        "General Psychiatry*, 63(8), 856–864.\n",
    )
    write(in_tmp / ".claimlint.yaml", "verify-sources: true\nregistry-timeout: 0.3\n")
    fake.fault("crossref", *[Fault(500) for _ in range(3)])
    code, out, _ = run(capsys, "check", "--no-cache", "--select", "CL31", "post.md")
    host = fake.url.removeprefix("http://")
    assert (code, out.splitlines()[0]) == (
        0,
        f"post.md:5:3: CL314 info Zarate et al. (2006) could not be checked: {host} answered "
        "HTTP 500 (3 tries) [source-unverified]",
    )
    assert not (in_tmp / "claimlint-sources.lock").exists()  # nothing learnt, nothing written
    code, out, _ = run(capsys, "check", "--no-cache", "--select", "CL31", "-q", "post.md")
    assert (code, out) == (0, "")  # it answers now: the entry is fine
    code, out, _ = run(
        capsys, "check", "--no-cache", "--select", "CL31", "--no-verify-sources", "post.md"
    )
    assert code == 0


def test_offline_without_a_lock_answer_is_unverified(
    fake: FakeRegistry, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(EXAMPLE, in_tmp / "post.md")
    code, out, _ = run(capsys, "check", *FLAGS, "--offline", "-q", "post.md")
    lines = out.splitlines()
    assert (code, len(lines), fake.log) == (0, 7, [])
    assert lines[0] == (
        "post.md:37:3: CL314 info Aghajanian et al. (2016) could not be checked: --offline, "
        "and claimlint-sources.lock has no answer for it [source-unverified]"
    )


def test_a_doi_link_in_the_text_that_does_not_resolve(
    fake: FakeRegistry, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp / "post.md", "One trial helped ([study](https://doi.org/10.5555/no.such)).\n")
    code, out, _ = run(capsys, "check", *FLAGS, "--verify-sources", "-q", "post.md")
    assert (code, out) == (
        1,
        "post.md:1:20: CL313 warning the link's DOI 10.5555/no.such does not resolve (doi.org "
        "has no such record) [source-identifier-broken]\n",
    )


def test_flags_that_do_not_go_together_and_a_damaged_lock_file(
    fake: FakeRegistry, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp / "post.md", "Hello.\n")
    code, _, err = run(capsys, "check", "--offline", "--refresh-sources", "post.md")
    assert (code, err) == (
        2,
        "claimlint: error: --offline asks no registry; it cannot be used with --refresh-sources\n",
    )
    code, _, err = run(capsys, "check", "--verify-sources", "--no-verify-sources", "post.md")
    assert code == 2
    with pytest.MonkeyPatch.context() as env:
        env.setenv("CLAIMLINT_CROSSREF_URL", "file:///etc/passwd")
        code, _, err = run(capsys, "check", "--verify-sources", "post.md")
    assert (code, err) == (
        2,
        "claimlint: error: CLAIMLINT_CROSSREF_URL must be an http:// or https:// URL\n",
    )
    write(in_tmp / "claimlint-sources.lock", "version: 1\nsources:\n  - reference: [x]\n")
    code, _, err = run(capsys, "check", "--verify-sources", "post.md")
    assert (code, err) == (
        2,
        "claimlint: error: "
        f"{in_tmp / 'claimlint-sources.lock'}:3:5: an item needs 'reference' (the entry's text)\n",
    )
    assert (in_tmp / "claimlint-sources.lock").read_text() == (
        "version: 1\nsources:\n  - reference: [x]\n"
    )


def test_without_verify_sources_nothing_of_it_is_imported(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "post.md")
    script = (
        "import sys\n"
        "from claimlint.cli import main\n"
        "code = main(['check', '--isolated', '--no-cache', '-q', 'post.md'])\n"
        "loaded = sorted(m for m in ('claimlint.run.registries', 'claimlint.run.verify', "
        "'claimlint.run.sourcelock', 'urllib.request', 'http.client', 'concurrent.futures') "
        "if m in sys.modules)\n"
        "print(code, loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    assert done.stdout.splitlines()[-1] == "0 []"
