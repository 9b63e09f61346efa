"""Worker processes and caches never change the output: ``--jobs``, the result cache, the
compiled rule set and the regular-expression cache, ``--no-cache``, ``--cache-dir`` and
``claimlint clean``. No timings here: speed is measured by ``scripts/bench.py``."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_support import run, write

from claimlint.cli import main
from claimlint.run import cache, rulecache, runner
from claimlint.run.locations import DEFAULT_CACHE_DIR

pytestmark = pytest.mark.usefixtures("in_tmp")

TREATMENTS = ("Ketamine", "Psilocybin", "TMS", "Esketamine nasal spray", "Semaglutide")
CONDITIONS = ("depression", "anxiety", "PTSD", "chronic pain", "obesity")
SENTENCES = (
    "{t} cures {c}.",
    "{t} may help some people with {c}, and it is not right for everyone.",
    "Studies show that {t} rebuilds the brain.",
    "In a small trial, Zarate et al. (2006) found that {c} improved within hours.",
    "Research suggests {t} might ease {c} for some patients [1].",
    "{t} is FDA-approved for {c}.",
    "You will feel lighter after your very first session.",
    "Common side effects include nausea and dizziness.",
)


@pytest.fixture(autouse=True)
def own_cache_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A signing key of the test's own (not the user's)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(cache, "_SECRET", [])
    yield


@pytest.fixture
def lints(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files linted in this process (cache hits are not)."""
    seen: list[str] = []
    real = runner.lint_bytes

    def spy(data: bytes, path: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(path)
        return real(data, path, *args, **kwargs)

    monkeypatch.setattr(runner, "lint_bytes", spy)
    return seen


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of workers of each process pool started in this process."""
    started: list[int] = []
    real = runner._in_workers

    def spy(todo: Any, plan: Any, config: Any, cache: Any, workers: int) -> Any:
        started.append(workers)
        return real(todo, plan, config, cache, workers)

    monkeypatch.setattr(runner, "_in_workers", spy)
    return started


def make_tree(root: Path, count: int = 16) -> list[str]:
    """``count`` small posts in two folders, each with a title, claims and a source list."""
    names = []
    for i in range(count):
        t, c = TREATMENTS[i % len(TREATMENTS)], CONDITIONS[(i * 3) % len(CONDITIONS)]
        body = " ".join(SENTENCES[(i + k) % len(SENTENCES)].format(t=t, c=c) for k in range(5))
        name = f"{'a' if i % 2 else 'b'}/post-{i:02d}.md"
        write(
            root / name,
            f"---\ntitle: {t} for {c}\n---\n\n# {t} and {c}\n\n{body}\n\n- {body}\n\n"
            "## References\n\n1. Zarate CA, Singh JB. A randomized trial of an NMDA antagonist "
            "in treatment-resistant depression. Arch Gen Psychiatry. 2006;63(8):856-864.\n",
        )
        names.append(name)
    return names


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("results-v*/*/*.pickle"))


# -- jobs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "text", "sarif"])
def test_two_jobs_give_the_output_of_one(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pools: list[int],
    fmt: str,
) -> None:
    make_tree(tmp_path)
    one = run(capsys, "check", "--no-cache", "--jobs", "1", "--format", fmt, ".")
    assert pools == []
    two = run(capsys, "check", "--no-cache", "--jobs", "2", "--format", fmt, ".")
    assert pools == [2]
    assert one == two
    assert one[0] == 1 and one[1]


def test_the_text_report_is_written_as_files_are_linted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One file's findings are printed before the next file is linted, in path order
    whatever order the paths were given in, and the whole equals the JSON report's."""
    names = sorted(make_tree(tmp_path, 4))
    printed_before: dict[str, str] = {}
    real = runner.lint_bytes

    def spy(data: bytes, path: str, *args: Any, **kwargs: Any) -> Any:
        printed_before[path] = capsys.readouterr().out
        return real(data, path, *args, **kwargs)

    monkeypatch.setattr(runner, "lint_bytes", spy)
    code = main(["check", "--no-cache", "--jobs", "1", *reversed(names)])
    rest = capsys.readouterr().out
    assert code == 1
    assert list(printed_before) == names
    assert printed_before[names[0]] == ""
    for before, after in itertools.pairwise(names):
        assert printed_before[after].startswith(f"{before}:")
        assert after not in printed_before[after]
    text = "".join(printed_before.values()) + rest
    report = json.loads(run(capsys, "check", "--no-cache", "--format", "json", *names)[1])
    lines = [line for line in text.splitlines() if re.match(r"[ab]/post-\d+\.md:", line)]
    assert lines == [
        f"{f['path']}:{f['line']}:{f['column']}: {f['rule']} {f['severity']} {f['message']}"
        f" [{f['category']}]"
        for f in report["findings"]
    ]


def test_results_come_back_in_file_order(tmp_path: Path) -> None:
    from claimlint.run.config import Config
    from claimlint.run.plan import build_plan

    names = make_tree(tmp_path, 12)
    plan = build_plan(Config())
    files: list[tuple[str, Path | None]] = [(n, tmp_path / n) for n in sorted(names)]
    serial = list(runner.lint_files(files, plan, jobs=1))
    parallel = list(runner.lint_files(files, plan, jobs=2))
    assert parallel == serial
    assert [{f.path for f in found} for found in serial] == [{n} for n in sorted(names)]


def test_jobs_from_the_configuration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pools: list[int]
) -> None:
    make_tree(tmp_path)
    write(tmp_path / ".claimlint.yaml", "jobs: 2\n")
    assert run(capsys, "check", "--no-cache", ".")[0] == 1
    assert pools == [2]
    assert run(capsys, "check", "--no-cache", "--jobs", "1", ".")[0] == 1
    assert pools == [2]  # the flag wins


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_bad_jobs_is_a_usage_error(capsys: pytest.CaptureFixture[str], value: str) -> None:
    code, _, err = run(capsys, "check", "--jobs", value, ".")
    assert code == 2
    assert "--jobs" in err and "at least 1" in err


def test_few_files_are_linted_without_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path, 3)
    monkeypatch.setattr(runner, "_in_workers", lambda *a: pytest.fail("no pool for 3 files"))
    assert run(capsys, "check", "--no-cache", "--jobs", "2", ".")[0] == 1


# -- the result cache ----------------------------------------------------------------------------


def test_second_run_reuses_every_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lints: list[str]
) -> None:
    names = make_tree(tmp_path)
    first = run(capsys, "check", "--jobs", "1", "--format", "json", ".")
    assert sorted(lints) == sorted(names)
    assert len(entries(tmp_path / DEFAULT_CACHE_DIR)) == len(names)
    lints.clear()
    second = run(capsys, "check", "--jobs", "1", "--format", "json", ".")
    assert lints == []
    assert second == first
    assert run(capsys, "check", "--no-cache", "--jobs", "1", "--format", "json", ".") == first


def test_cache_written_by_workers_is_read_by_one_job(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lints: list[str]
) -> None:
    names = make_tree(tmp_path)
    first = run(capsys, "check", "--jobs", "2", ".")
    assert len(entries(tmp_path / DEFAULT_CACHE_DIR)) == len(names)
    lints.clear()
    assert run(capsys, "check", "--jobs", "1", ".") == first
    assert lints == []
    leftovers = [p for p in (tmp_path / DEFAULT_CACHE_DIR).rglob("*") if p.suffix == ".tmp"]
    assert leftovers == []


def test_a_changed_file_is_linted_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lints: list[str]
) -> None:
    names = make_tree(tmp_path, 6)
    run(capsys, "check", "--jobs", "1", ".")
    post = tmp_path / names[2]
    post.write_text(post.read_text(encoding="utf-8") + "\nHypnosis cures anxiety.\n")
    lints.clear()
    _, out, _ = run(capsys, "check", "--jobs", "1", "--format", "json", ".")
    assert lints == [names[2]]
    assert run(capsys, "check", "--no-cache", "--jobs", "1", "--format", "json", ".")[1] == out
    assert any(f["message"].startswith("'cures'") for f in json.loads(out)["findings"])


def test_a_changed_configuration_lints_everything_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lints: list[str]
) -> None:
    names = make_tree(tmp_path, 6)
    run(capsys, "check", "--jobs", "1", ".")
    write(tmp_path / ".claimlint.yaml", "severity: {CL201: info}\n")
    lints.clear()
    _, out, _ = run(capsys, "check", "--jobs", "1", "--format", "json", ".")
    assert sorted(lints) == sorted(names)
    severities = {f["severity"] for f in json.loads(out)["findings"] if f["rule"] == "CL201"}
    assert severities == {"info"}
    lints.clear()
    assert run(capsys, "check", "--jobs", "1", "--ignore", "CL201", ".")[0] == 1
    assert sorted(lints) == sorted(names)  # flags change the key too


USER_RULE = """\
id: CL501
name: miracle-language
category: hype
severity: warning
scope: sentence
kind: phrase
phrases: ["miracle", "wonder drug"]
message: "'{match}' is hype"
what: Finds miracle language about a treatment.
why: Hype sets expectations no treatment can meet.
example: "Hypnosis is a miracle for depression."
better: "Hypnosis helps some people with depression."
examples:
  fail: ["Hypnosis is a wonder drug."]
  pass: ["Hypnosis is a medicine."]
"""


def test_a_changed_rule_file_lints_everything_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lints: list[str]
) -> None:
    names = make_tree(tmp_path, 5)
    write(tmp_path / "rules" / "CL501-miracle-language.yml", USER_RULE)
    write(tmp_path / ".claimlint.yaml", "rule-paths: [rules]\n")
    write(tmp_path / "posts" / "hype.md", "Hypnosis is a wonder drug.\n")
    run(capsys, "check", "--jobs", "1", ".")
    write(
        tmp_path / "rules" / "CL501-miracle-language.yml",
        USER_RULE.replace("'{match}' is hype", "'{match}' is hype, say what it does"),
    )
    lints.clear()
    _, out, _ = run(capsys, "check", "--jobs", "1", "posts")
    assert lints == ["posts/hype.md"]
    assert "'wonder drug' is hype, say what it does" in out
    assert len(names) == 5


def test_a_corrupt_entry_is_ignored_and_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lints: list[str]
) -> None:
    make_tree(tmp_path, 4)
    first = run(capsys, "check", "--jobs", "1", "--format", "json", ".")
    found = entries(tmp_path / DEFAULT_CACHE_DIR)
    found[0].write_bytes(found[0].read_bytes()[:-10])  # truncated
    data = bytearray(found[1].read_bytes())
    data[-1] ^= 0xFF  # one byte changed: the signature no longer matches
    found[1].write_bytes(bytes(data))
    found[2].write_bytes(b"not a cache entry")
    lints.clear()
    assert run(capsys, "check", "--jobs", "1", "--format", "json", ".") == first
    assert len(lints) == 3
    lints.clear()
    assert run(capsys, "check", "--jobs", "1", "--format", "json", ".") == first
    assert lints == []


def test_an_entry_damaged_during_the_run_is_linted_afresh(tmp_path: Path) -> None:
    """Cached findings are loaded when their file's turn comes; an entry that has gone
    bad by then is a miss like any other, and the file is linted in this process."""
    from claimlint.run.config import Config
    from claimlint.run.plan import build_plan

    names = sorted(make_tree(tmp_path, 6))
    plan = build_plan(Config())
    files: list[tuple[str, Path | None]] = [(n, tmp_path / n) for n in names]
    store = cache.ResultCache.open(tmp_path / "store", "k" * 64)
    assert store is not None
    expected = list(runner.lint_files(files, plan, jobs=1, cache=store))
    assert len(entries(tmp_path / "store")) == 6
    results = runner.lint_files(files, plan, jobs=1, cache=store)
    got = [next(results)]
    for entry in entries(tmp_path / "store"):
        entry.write_bytes(b"damaged after the run began")
    got.extend(results)
    assert got == expected
    assert all(found for found in got)


def test_entries_signed_with_another_key_are_ignored(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lints: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = make_tree(tmp_path, 4)
    first = run(capsys, "check", "--jobs", "1", ".")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "someone-else"))
    monkeypatch.setattr(cache, "_SECRET", [])
    lints.clear()
    assert run(capsys, "check", "--jobs", "1", ".") == first
    assert sorted(lints) == sorted(names)


def test_no_cache_neither_reads_nor_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lints: list[str]
) -> None:
    names = make_tree(tmp_path, 4)
    first = run(capsys, "check", "--no-cache", "--jobs", "1", ".")
    assert not (tmp_path / DEFAULT_CACHE_DIR).exists()  # nothing written, not even the rules
    run(capsys, "check", "--jobs", "1", ".")
    lints.clear()
    assert run(capsys, "check", "--no-cache", "--jobs", "1", ".") == first
    assert sorted(lints) == sorted(names)


def test_cache_dir_flag_and_configuration_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_tree(tmp_path, 2)
    run(capsys, "check", "--cache-dir", "elsewhere", ".")
    assert len(entries(tmp_path / "elsewhere")) == 2
    assert (tmp_path / "elsewhere" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")
    assert (tmp_path / "elsewhere" / "CACHEDIR.TAG").is_file()
    assert not (tmp_path / DEFAULT_CACHE_DIR).exists()
    write(tmp_path / ".claimlint.yaml", "cache-dir: build/lint-cache\n")
    run(capsys, "check", "--jobs", "1", ".")
    assert len(entries(tmp_path / "build" / "lint-cache")) == 2


def test_an_unwritable_cache_folder_is_no_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_tree(tmp_path, 2)
    write(tmp_path / "blocked", "a file where the cache folder would go\n")
    first = run(capsys, "check", "--no-cache", ".")
    assert run(capsys, "check", "--cache-dir", "blocked/cache", ".") == first


def test_a_folder_marked_read_only_gets_no_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path / "site", 2)
    (tmp_path / "site").chmod(0o555)  # even root, who could write, leaves it alone
    monkeypatch.chdir(tmp_path / "site")
    try:
        first = run(capsys, "check", "--no-cache", ".")
        assert run(capsys, "check", ".") == first
        assert not (tmp_path / "site" / DEFAULT_CACHE_DIR).exists()
    finally:
        (tmp_path / "site").chmod(0o755)


def test_results_of_old_run_keys_are_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_tree(tmp_path, 2)
    run(capsys, "check", ".")
    results = next((tmp_path / DEFAULT_CACHE_DIR).glob("results-v*"))
    for i in range(6):  # results of earlier configurations
        old = results / f"old-{i}"
        old.mkdir()
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    run(capsys, "check", "--ignore", "CL101", ".")
    kept = sorted(p.name for p in results.iterdir())
    assert len(kept) == cache.KEEP_RUNS
    assert "old-5" in kept and "old-0" not in kept
    assert len(list(results.glob("*/*.pickle"))) == 4  # both runs' entries


# -- claimlint clean ------------------------------------------------------------------------------


def test_clean_removes_the_cache(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_tree(tmp_path, 2)
    run(capsys, "check", ".")
    folder = tmp_path / DEFAULT_CACHE_DIR
    assert folder.is_dir()
    assert run(capsys, "clean") == (0, f"Removed {folder}\n", "")
    assert not folder.exists()
    assert run(capsys, "clean") == (0, f"No cache at {folder}\n", "")


def test_clean_refuses_a_folder_that_is_not_a_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "posts" / "keep.md", "Hypnosis may help.\n")
    code, _, err = run(capsys, "clean", "--cache-dir", "posts")
    assert code == 2
    assert "not a claimlint cache folder" in err
    assert (tmp_path / "posts" / "keep.md").is_file()


def test_clean_follows_the_configuration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_tree(tmp_path, 2)
    write(tmp_path / ".claimlint.yaml", "cache-dir: .cache/claimlint\n")
    run(capsys, "check", ".")
    assert (tmp_path / ".cache" / "claimlint").is_dir()
    assert run(capsys, "clean")[0] == 0
    assert not (tmp_path / ".cache" / "claimlint").exists()


# -- the compiled rule set --------------------------------------------------------------------


def test_rule_set_comes_from_the_cache_folder_with_the_same_output(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimlint.engine import selfcheck

    make_tree(tmp_path, 6)
    folder = tmp_path / DEFAULT_CACHE_DIR

    def check() -> tuple[int, str, str]:
        for results in folder.glob("results-v*"):  # the rules, not the results, from the cache
            shutil.rmtree(results)
        return run(capsys, "check", "--jobs", "1", "--format", "json", ".")

    monkeypatch.setattr(rulecache, "_MEMO", {})
    first = check()
    assert run(capsys, "check", "--no-cache", "--jobs", "1", "--format", "json", ".") == first
    stored = list(folder.glob("rules-v*/*/ruleset.pickle"))
    assert len(stored) == 1
    # the folder keeps the rule set and results, nothing of the interpreter's internals
    assert sorted(p.name.split("-")[0] for p in folder.iterdir() if p.is_dir()) == [
        "results",
        "rules",
    ]
    with monkeypatch.context() as m:
        m.setattr(rulecache, "_MEMO", {})
        m.setattr(selfcheck, "load_rules", lambda *a, **k: pytest.fail("loaded afresh"))
        assert check() == first
    # a damaged copy is ignored: the rules are loaded again
    stored[0].write_bytes(stored[0].read_bytes()[:1000])
    loads: list[object] = []
    real = selfcheck.load_rules
    with monkeypatch.context() as m:
        m.setattr(rulecache, "_MEMO", {})
        m.setattr(selfcheck, "load_rules", lambda *a, **k: loads.append(1) or real(*a, **k))
        assert check() == first
    assert loads == [1]


def test_a_rule_file_with_a_failing_example_is_refused_though_cached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "rules" / "CL501-miracle-language.yml", USER_RULE)
    write(tmp_path / ".claimlint.yaml", "rule-paths: [rules]\n")
    write(tmp_path / "post.md", "Hypnosis is a wonder drug.\n")
    assert run(capsys, "check", "post.md")[0] == 1
    write(
        tmp_path / "rules" / "CL501-miracle-language.yml",
        USER_RULE.replace('pass: ["Hypnosis is a medicine."]', 'pass: ["A miracle."]'),
    )
    code, _, err = run(capsys, "check", "post.md")
    assert code == 2
    assert "examples.pass[0] is flagged by CL501" in err
