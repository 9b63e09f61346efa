"""The ``claimlint`` command: argument parsing, file discovery and exit statuses; no lint logic."""

from __future__ import annotations

import argparse
import gc
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from claimlint import __version__
from claimlint.core.model import Finding, Severity
from claimlint.output import FORMAT_NAMES

# The configuration, rules and engine are imported by the commands that need them
# (--version, init and clean load none of them).
if TYPE_CHECKING:
    from claimlint.engine.linter import Plan
    from claimlint.output.context import BaselineExport, ReportContext, Sources
    from claimlint.output.report import Summary, TextReport
    from claimlint.run.cache import ResultCache
    from claimlint.run.changes import ChangedLines
    from claimlint.run.config import Config
    from claimlint.run.fixes import FixRun

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A command-line mistake (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to document the CLI)."""
    parser = _Parser(
        prog="claimlint",
        description="Lint health-clinic posts for unhedged claims, uncited evidence, citation "
        "errors and missing disclosures.",
    )
    parser.add_argument("--version", action="version", version=f"claimlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="lint files and folders")
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (default: ., or standard input with --stdin-filename); "
        "- reads standard input",
    )
    check.add_argument(
        "--format",
        choices=FORMAT_NAMES,
        default=None,
        help="output format (default: text, or github when GITHUB_ACTIONS=true)",
    )
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    # Repeated, they add up (as ruff's do): --select CL101 --select CL2 selects both.
    check.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="comma-separated rule ids, prefixes or names to enable (replaces "
        "the configured selection; may be repeated)",
    )
    check.add_argument(
        "--ignore", action="append", metavar="CODES", help="rules to disable (may be repeated)"
    )
    check.add_argument(
        "--extend-select",
        action="append",
        metavar="CODES",
        help="rules to enable in addition (may be repeated)",
    )
    check.add_argument("--config", metavar="FILE", help="configuration file to use")
    check.add_argument("--isolated", action="store_true", help="ignore configuration files")
    check.add_argument(
        "--fail-on",
        type=_fail_on,
        metavar="{error,warning,info}",
        help="lowest severity that makes the exit status 1 (default: the configuration's "
        "fail-on, else warning)",
    )
    check.add_argument("--quiet", "-q", action="store_true", help="print findings only")
    check.add_argument("--statistics", action="store_true", help="count findings per rule")
    check.add_argument(
        "--show-source",
        action="store_true",
        help="show the source line with a caret under each finding",
    )
    check.add_argument("--no-color", action="store_true", help="never colour the output")
    check.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name to report for standard input (decides .md or .txt); with no PATH, "
        "standard input is read",
    )
    check.add_argument(
        "--allow-empty",
        action="store_true",
        help="exit 0 when the paths given hold no file to lint (default: exit 2)",
    )
    check.add_argument(
        "--force-exclude",
        action="store_true",
        help="apply configured excludes to files named on the command line too",
    )
    check.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        metavar="N",
        help="worker processes (default: the configuration's jobs, else the number of cores)",
    )
    check.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor write the cache (results and the compiled rules)",
    )
    check.add_argument(
        "--cache-dir", metavar="DIR", help="cache folder (default: .claimlint_cache)"
    )
    check.add_argument(
        "--fix", action="store_true", help="apply safe fixes and report what remains"
    )
    check.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="also apply unsafe fixes, which guess (implies --fix unless --diff)",
    )
    check.add_argument(
        "--diff",
        action="store_true",
        help="print the fixes as a unified diff instead of writing them (exit 1 if any)",
    )
    check.add_argument(
        "--verify-sources",
        action="store_true",
        help="look every source-list entry up in Crossref and PubMed (network: sends "
        "reference strings and DOIs, never the text) and report fabricated, misdescribed "
        "and retracted sources (CL310-CL314); answers are kept in claimlint-sources.lock",
    )
    check.add_argument(
        "--no-verify-sources",
        action="store_true",
        help="do not verify sources, whatever the configuration says",
    )
    check.add_argument(
        "--offline",
        action="store_true",
        help="verify sources from the lock file only (no network); entries it does not "
        "answer for are reported as unverified (implies --verify-sources)",
    )
    check.add_argument(
        "--refresh-sources",
        action="store_true",
        help="ask the registries again for every entry, however recent the lock file's "
        "answer (implies --verify-sources)",
    )
    check.add_argument(
        "--since",
        metavar="REF",
        help="report only findings on lines changed since the git revision REF",
    )
    check.add_argument(
        "--baseline", metavar="FILE", help="report only findings the baseline FILE does not record"
    )
    check.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record the findings in FILE (comments in it are kept) and exit 0",
    )
    check.add_argument(
        "--prune-baseline",
        action="store_true",
        help="with --baseline, remove entries that match no finding from the file",
    )

    rules = sub.add_parser("rules", help="list the rules")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.add_argument("--all", action="store_true", help="include rules that are off")
    rules.add_argument("--config", metavar="FILE")
    rules.add_argument("--isolated", action="store_true")
    rules.add_argument(
        "--check",
        action="store_true",
        help="prove every rule, the built-in ones too: lint each example and try each "
        "regular expression for catastrophic backtracking (exit 2 on a failure)",
    )

    explain = sub.add_parser("explain", help="show a rule's documentation")
    explain.add_argument("rule", metavar="RULE", help="rule id or name, e.g. CL101")
    explain.add_argument("--config", metavar="FILE")
    explain.add_argument("--isolated", action="store_true")

    refs = sub.add_parser("parse-refs", help="show how reference strings are read")
    refs.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE",
        help="one reference per line (default: standard input)",
    )
    refs.add_argument("--format", choices=("jsonl", "text"), default="text")

    from claimlint import DISTRIBUTION, REPOSITORY_URL

    init = sub.add_parser("init", help="write a commented .claimlint.yaml here")
    init.add_argument("--force", action="store_true", help="overwrite an existing .claimlint.yaml")
    init.add_argument(
        "--pre-commit",
        action="store_true",
        help="also add the claimlint hook to .pre-commit-config.yaml (an existing "
        ".claimlint.yaml is then kept): claimlint's repository as the hook repository, "
        "rev: v" + __version__,
    )
    init.add_argument(
        "--hook-repo",
        metavar="URL",
        help=f"with --pre-commit: the hook repository (default: {REPOSITORY_URL}), "
        "for a mirror or a fork",
    )
    init.add_argument(
        "--hook-rev",
        metavar="REV",
        help=f"with --pre-commit: the tag or commit to pin (default: v{__version__})",
    )
    init.add_argument(
        "--local-hook",
        action="store_true",
        help=f"with --pre-commit: a local hook that installs {DISTRIBUTION}=={__version__} "
        "from the package index instead",
    )

    clean = sub.add_parser("clean", help="remove the cache folder")
    clean.add_argument(
        "--cache-dir", metavar="DIR", help="cache folder (default: .claimlint_cache)"
    )
    clean.add_argument("--config", metavar="FILE")
    clean.add_argument("--isolated", action="store_true")
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return jobs


def _fail_on(value: str) -> Severity:
    """``--fail-on``: read as the configuration's ``fail-on`` is (any case)."""
    try:
        return Severity.parse(value)
    except KeyError:
        raise argparse.ArgumentTypeError(f"must be error, warning or info, not {value!r}") from None


def _codes(values: Sequence[str] | None) -> list[str]:
    """The codes of every use of a repeatable ``CODES`` flag, in order."""
    return [c for value in values or () for c in value.replace(" ", ",").split(",") if c]


def _config(args: argparse.Namespace) -> Config:
    from claimlint.run.config import Config, ConfigError, load_config
    from claimlint.run.locations import find_config

    if getattr(args, "isolated", False):
        return Config()
    if getattr(args, "config", None):
        path = Path(args.config)
        if not path.is_file():
            raise ConfigError(f"configuration file not found: {args.config}")
        return load_config(path)
    return load_config(find_config(Path.cwd()))


def _plan(config: Config, args: argparse.Namespace | None = None) -> Plan:
    """The plan for a command: its rule selection flags and cache options, if it has them."""
    from claimlint.run.plan import Selection, SelectionError, build_plan

    selection = None
    if args is not None:
        select = getattr(args, "select", None)
        selection = Selection(
            select=_codes(select) if any(select or ()) else None,
            extend_select=_codes(getattr(args, "extend_select", None)),
            ignore=_codes(getattr(args, "ignore", None)),
        )
    try:
        plan = build_plan(
            config,
            selection,
            no_cache=getattr(args, "no_cache", False),
            cache_dir=getattr(args, "cache_dir", None),
        )
    except SelectionError as exc:
        raise UsageError(str(exc)) from None
    gc.freeze()  # the start is over (see main)
    if _collect[0]:
        gc.enable()
    return plan


@contextmanager
def _output(path: str | None, default: TextIO | None = None) -> Iterator[TextIO]:
    """Where a report goes: the file ``path`` (closed afterwards), else ``default``
    (standard output unless given)."""
    if path is None:
        yield default or sys.stdout
        return
    try:
        stream = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    with stream:
        yield stream


def _text_report(args: argparse.Namespace, stream: TextIO) -> TextReport:
    """The text format with the command line's terminal options."""
    from claimlint.output.report import TextReport

    return TextReport(
        stream,
        color=args.output is None and _use_color(args, stream),
        show_source=args.show_source,
        statistics=args.statistics,
        quiet=args.quiet,
    )


def _use_color(args: argparse.Namespace, stream: TextIO) -> bool:
    if args.no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty()


#: The name standard input is reported as without ``--stdin-filename``.
STDIN_NAME = "<stdin>.md"


def _paths(args: argparse.Namespace) -> list[str]:
    """What to lint. With no path: standard input when ``--stdin-filename`` names it (as in
    ruff), else ``.``; and then, when something was piped or redirected in, a warning that
    it is not read, since ``cat post.md | claimlint check`` looks like it lints the post."""
    if args.stdin_filename is not None:
        if not args.stdin_filename:
            raise UsageError("--stdin-filename needs a name, such as post.md")
        if not args.paths:
            return ["-"]
        if "-" not in args.paths:
            raise UsageError(
                "--stdin-filename names standard input, which is read only with - among "
                f"the paths: claimlint check - {' '.join(args.paths)} "
                f"--stdin-filename {args.stdin_filename}"
            )
    if args.paths:
        return list(args.paths)
    if _stdin_is_data():
        sys.stderr.write(
            "claimlint: warning: no path given, so . is linted; standard input is not read "
            "(pass - to lint it)\n"
        )
    return ["."]


def _stdin_is_data() -> bool:
    """Whether standard input is a pipe or a file (not a terminal, ``/dev/null`` or closed)."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError):  # None, closed, or replaced without a file
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _named_and_excluded(args: argparse.Namespace, paths: Sequence[str], config: Config) -> bool:
    """``--force-exclude`` and every path named is itself excluded (pre-commit names a
    draft the configuration leaves out): an empty run is what was asked for."""
    named = [p for p in paths if p != "-"]
    if args.stdin_filename is not None and "-" in paths:
        named.append(args.stdin_filename)
    return bool(args.force_exclude) and all(_excluded(p, config) for p in named)


def _excluded(name: str, config: Config) -> bool:
    """Whether the configuration excludes ``name`` (with ``--force-exclude``, a named file,
    folder, or the ``--stdin-filename`` an editor pipes its buffer in under)."""
    from claimlint.run.config import matches_glob, root_relative

    return matches_glob(root_relative(Path(name), config.root), config.exclude)


def _default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _read_sources(
    files: Sequence[tuple[str, Path | None]], wanted: set[str], stdin: bytes | None
) -> Sources:
    """The bytes of the files reported as ``wanted``, for column conversions and fingerprints
    (read again after linting; a file that cannot be read keeps character columns)."""
    from claimlint.output.context import Sources

    data: dict[str, bytes] = {}
    for display, path in files:
        if display not in wanted:
            continue
        if path is None:
            if stdin is not None:
                data[display] = stdin
            continue
        try:
            data[display] = path.read_bytes()
        except OSError:
            continue
    return Sources(data)


def _write_step_summary(path: str, text: str) -> None:
    try:
        with open(path, "a", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    except OSError as exc:
        raise UsageError(f"cannot write GITHUB_STEP_SUMMARY {path}: {exc.strerror}") from None


def cmd_check(args: argparse.Namespace) -> int:
    """``claimlint check``."""
    from claimlint.run.discovery import discover

    config = _config(args)
    plan = _plan(config, args)
    fail_on: Severity = args.fail_on if args.fail_on is not None else config.fail_on
    fmt = args.format or _default_format()
    paths = _paths(args)
    if "-" in paths and paths.count("-") > 1:
        raise UsageError("standard input can be read only once")
    for p in paths:
        if p != "-" and not os.path.lexists(p):
            raise UsageError(f"no such file or folder: {p}")
    _check_adoption_flags(args)
    findings: list[Finding] = []
    files: list[tuple[str, Path | None]] = []
    stdin: bytes | None = None
    for display, path in discover(paths, config, force_exclude=args.force_exclude):
        if path is None:  # named by --stdin-filename, and by nothing else
            if args.stdin_filename is None:
                display = STDIN_NAME
            elif args.force_exclude and _excluded(args.stdin_filename, config):
                continue
            else:
                display = args.stdin_filename
            stdin = sys.stdin.buffer.read()
        files.append((display, path))
    if not files and not args.allow_empty and not _named_and_excluded(args, paths, config):
        # A mistyped path in CI would otherwise pass for ever.
        raise UsageError(
            f"no file to lint in {' '.join(paths)} (folders are searched for *.md, "
            "*.markdown, *.mdx and *.txt; --allow-empty accepts this)"
        )
    from claimlint.run.runner import binary_file, default_jobs, lint_files
    from claimlint.text.source import is_binary

    binary = {
        display
        for display, path in files
        if (binary_file(path) if path is not None else is_binary(stdin or b""))
    }
    for display in sorted(binary):
        sys.stderr.write(f"claimlint: warning: {display}: binary file, skipped\n")
    files = [item for item in files if item[0] not in binary]
    _verify_sources(args, config, plan, files, stdin)
    jobs = args.jobs or config.options.get("jobs") or default_jobs()
    changed = None
    if args.since:
        from claimlint.run.changes import changed_since

        whole_post = frozenset(
            a.rule.id
            for a in plan.active.values()
            if a.rule.scope == "document" and a.rule.category.startswith("missing-")
        )
        changed = changed_since(args.since, files, whole_post)
    # Linted in path order, so each file's (sorted) findings follow the previous file's.
    ordered = sorted(files, key=lambda item: item[0])
    results = lint_files(
        ordered,
        plan,
        config,
        stdin_data=stdin,
        jobs=jobs,
        cache=_result_cache(args, config, plan),
    )
    whole_run = args.fix or args.unsafe_fixes or args.diff or args.baseline or args.write_baseline
    from claimlint.output import STREAMED, formatter, report

    if fmt in STREAMED and not whole_run:
        results_by_file = zip(ordered, results, strict=True)
        return _stream(args, fmt, results_by_file, files, changed, fail_on, plan, config, stdin)
    from claimlint.output.github import step_summary

    for found in results:
        findings.extend(found)
    findings.sort(key=Finding.sort_key)
    notes: list[str] = []
    fixed = None
    if args.fix or args.unsafe_fixes or args.diff:
        fixed = _fix(args, files, findings, plan, config, stdin, changed)
        if args.diff:
            return EXIT_USAGE if fixed.errors else EXIT_FINDINGS if fixed.changes else EXIT_OK
        findings, stdin = fixed.findings, fixed.stdin_text
    if args.write_baseline or args.baseline:  # before --since: entries need every finding
        findings, more = _baseline(args, files, findings, plan)
        notes.extend(more)
    if changed is not None:
        findings = [f for f in findings if changed.selects(f)]
    if fixed is not None:
        notes.insert(0, report.fixed_line(fixed.total, len(fixed.fixed), _unsafe_left(findings)))
    if args.write_baseline:
        _write_notes(notes, sys.stdout if fmt == "text" else sys.stderr, args.quiet)
        return EXIT_USAGE if fixed is not None and fixed.errors else EXIT_OK
    fixed_stdin = fixed is not None and fixed.stdin_text is not None and args.output is None
    with _output(args.output, sys.stderr if fixed_stdin else None) as stream:
        if fmt == "text":
            text = _text_report(args, stream)
            text.add(findings)
            summary = text.finish(len(files))
        else:
            summary = report.Summary.of(findings, len(files))
            ctx = _report_context(
                fmt, files, {f.path for f in findings}, plan, config, fail_on, stdin
            )
            stream.write(formatter(fmt)(findings, ctx))
            if ctx.github.step_summary:
                _write_step_summary(os.environ["GITHUB_STEP_SUMMARY"], step_summary(findings, ctx))
        if fmt == "text":
            _write_notes(notes, stream, args.quiet)
    _terminal_summary(args, summary)
    if fmt != "text" or args.output is not None:
        _write_notes(notes, sys.stderr, args.quiet)
    if fixed is not None and fixed.errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if any(f.severity >= fail_on for f in findings) else EXIT_OK


def _report_context(
    fmt: str,
    files: Sequence[tuple[str, Path | None]],
    wanted: set[str],
    plan: Plan,
    config: Config,
    fail_on: Severity,
    stdin: bytes | None,
) -> ReportContext:
    """What format ``fmt`` needs besides the findings; the bytes of the files ``wanted``
    for the formats that need them."""
    from claimlint.output import NEEDS_SOURCES
    from claimlint.output.context import GitHubRun, ReportContext, Sources, find_repository_root

    cwd = Path.cwd()
    root = find_repository_root(cwd)
    return ReportContext(
        files=tuple(display for display, _ in files),
        rules=tuple(plan.active[i] for i in sorted(plan.active)),
        fail_on=fail_on,
        cwd=cwd,
        root=root,
        sources=_read_sources(files, wanted, stdin) if fmt in NEEDS_SOURCES else Sources(),
        github=GitHubRun.from_environment(os.environ) if fmt == "github" else GitHubRun(),
        config_file=str(config.path or ""),
        generated=_now(),
        baseline=_baseline_export(root) if fmt == "html" else None,
    )


def _now() -> str:
    """The time of the run (``SOURCE_DATE_EPOCH`` when set, for reproducible reports)."""
    from datetime import datetime, timezone

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc).isoformat(timespec="seconds")
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def _baseline_export(root: Path) -> BaselineExport:
    """run/baseline.py's entry keys, paths from ``root``, for the html report's download."""
    from claimlint.output.context import BaselineExport
    from claimlint.run.baseline import BASELINE_VERSION, HEADER, fingerprints

    def keys(found: Sequence[Finding]) -> list[tuple[str, str, int]]:
        return [(k.path, k.sentence_hash, k.occurrence) for _, k in fingerprints(found, root)]

    return BaselineExport(BASELINE_VERSION, HEADER, keys)


def _stream(
    args: argparse.Namespace,
    fmt: str,
    results: Iterable[tuple[tuple[str, Path | None], list[Finding]]],
    files: Sequence[tuple[str, Path | None]],
    changed: ChangedLines | None,
    fail_on: Severity,
    plan: Plan,
    config: Config,
    stdin: bytes | None,
) -> int:
    """The text or html report written file by file as results arrive (nothing else to do
    with them): memory stays that of one file's findings, however large the site."""
    failed = False
    with _output(args.output) as stream:
        text = page = None
        if fmt == "text":
            text = _text_report(args, stream)
        else:
            from claimlint.output.html import HtmlReport

            ctx = _report_context(fmt, files, set(), plan, config, fail_on, stdin)
            page = HtmlReport(stream, ctx)
        for (display, path), found in results:
            if changed is not None:
                found = [f for f in found if changed.selects(f)]
            failed = failed or any(f.severity >= fail_on for f in found)
            if text is not None:
                text.add(found)
            elif page is not None and found:
                page.add(found, _read_sources([(display, path)], {display}, stdin).raw(display))
        if page is not None:
            summary = page.finish(len(files))
        elif text is not None:
            summary = text.finish(len(files))
    _terminal_summary(args, summary)
    return EXIT_FINDINGS if failed else EXIT_OK


def _terminal_summary(args: argparse.Namespace, summary: Summary) -> None:
    """With ``--output FILE``, the summary line on standard error too, so that a run that
    writes its report to a file still says what it found (the fix and baseline lines
    follow it there). Standard error, where ruff puts its summary when standard output
    carries something else (the fixed text of standard input): standard output stays
    free for that text and for scripts."""
    if args.output is None or args.quiet:
        return
    from claimlint.output.report import summary_line

    sys.stderr.write(summary_line(summary) + "\n")


def _verify_sources(
    args: argparse.Namespace,
    config: Config,
    plan: Plan,
    files: Sequence[tuple[str, Path | None]],
    stdin: bytes | None,
) -> None:
    """``--verify-sources`` (or the configuration's ``verify-sources``, ``--offline``,
    ``--refresh-sources``): the registries' answers into the plan's options, where the
    CL310-CL314 checks read them. Without it, nothing of this is imported."""
    if args.offline and args.refresh_sources:
        raise UsageError("--offline asks no registry; it cannot be used with --refresh-sources")
    wanted = args.verify_sources or args.offline or args.refresh_sources
    if args.no_verify_sources:
        if wanted:
            raise UsageError(
                "--no-verify-sources cannot be used with --verify-sources, "
                "--offline or --refresh-sources"
            )
        return
    if not (wanted or config.verify.get("verify-sources", False)):
        return
    from claimlint.engine.checks.source_hit import DIGEST_OPTION, LOOKUPS_OPTION
    from claimlint.run.verify import VerifyRun, verify_sources

    run = VerifyRun.of(config, offline=args.offline, refresh=args.refresh_sources)
    verified = verify_sources(
        files, stdin, config, run, progress=None if args.quiet else sys.stderr
    )
    plan.options = {
        **plan.options,
        LOOKUPS_OPTION: verified.lookups,
        DIGEST_OPTION: verified.digest,
    }


def _result_cache(args: argparse.Namespace, config: Config, plan: Plan) -> ResultCache | None:
    """The result cache for this run (None with ``--no-cache``)."""
    if args.no_cache:
        return None
    from claimlint.run.cache import ResultCache, cache_dir_for, run_key
    from claimlint.run.rulecache import rules_digest

    key = run_key(plan, config, rules_digest(plan.ruleset))
    return ResultCache.open(cache_dir_for(config, args.cache_dir), key)


def _check_adoption_flags(args: argparse.Namespace) -> None:
    """Combinations of the fix, baseline and --since flags that make no sense."""
    if args.prune_baseline and not args.baseline:
        raise UsageError("--prune-baseline needs --baseline FILE")
    if args.baseline and args.write_baseline:
        raise UsageError("use --baseline or --write-baseline, not both")
    if args.write_baseline and args.since:
        raise UsageError("--write-baseline records every finding; it cannot be used with --since")
    if args.diff and (args.write_baseline or args.prune_baseline):
        raise UsageError(
            "--diff writes nothing; it cannot be used with --write-baseline or --prune-baseline"
        )


def _fix(
    args: argparse.Namespace,
    files: Sequence[tuple[str, Path | None]],
    findings: Sequence[Finding],
    plan: Plan,
    config: Config,
    stdin: bytes | None,
    changed: ChangedLines | None,
) -> FixRun:
    """``--fix``, ``--unsafe-fixes`` and ``--diff``: fix, print the fixed standard input or the
    diff, and report files that could not be fixed on standard error."""
    from claimlint.output import report
    from claimlint.run.fixes import fix_files

    run = fix_files(
        files,
        findings,
        plan,
        config,
        unsafe=args.unsafe_fixes,
        write=not args.diff,
        stdin=stdin,
        select=changed.selects if changed is not None else None,
    )
    for error in run.errors:
        sys.stderr.write(f"claimlint: error: {error}\n")
    if args.diff:
        with _output(args.output) as stream:
            stream.write(run.diff())
        if not args.quiet:
            sys.stderr.write(report.would_fix_line(run.total, len(run.fixed)) + "\n")
    elif run.stdin_text is not None:
        sys.stdout.flush()
        sys.stdout.buffer.write(run.stdin_text)
        sys.stdout.buffer.flush()
    return run


def _unsafe_left(findings: Sequence[Finding]) -> int:
    from claimlint.run.fixes import fixable

    return sum(1 for f in findings if fixable(f, True) and not fixable(f, False))


def _baseline(
    args: argparse.Namespace,
    files: Sequence[tuple[str, Path | None]],
    findings: list[Finding],
    plan: Plan,
) -> tuple[list[Finding], list[str]]:
    """``--write-baseline``, or ``--baseline`` (with ``--prune-baseline``): the findings to
    report and the summary lines."""
    from claimlint.output import report
    from claimlint.run.baseline import apply_baseline, write_baseline

    checked = [display for display, _ in files]
    if args.write_baseline:
        done = write_baseline(args.write_baseline, findings, checked, plan)
        line = report.baseline_written_line(
            done.recorded, done.added, done.removed, args.write_baseline
        )
        return findings, [line]
    applied = apply_baseline(args.baseline, findings, checked, plan, prune=args.prune_baseline)
    notes = [report.baseline_hidden_line(applied.recorded, args.baseline)]
    if args.prune_baseline:
        notes.append(report.baseline_pruned_line(applied.pruned, args.baseline))
    return applied.findings, notes


def _write_notes(notes: Sequence[str], stream: TextIO, quiet: bool) -> None:
    """Summary lines after the report (fixes, baseline), unless ``--quiet``."""
    if not quiet:
        stream.write("".join(f"{note}\n" for note in notes if note))


def cmd_rules(args: argparse.Namespace) -> int:
    """``claimlint rules``."""
    from claimlint.output.listings import rule_list

    config = _config(args)
    if args.check:
        from claimlint.core.builtin import builtin_rules_dir
        from claimlint.engine.selfcheck import load_rules

        checked = load_rules([builtin_rules_dir(), *config.rule_paths])  # RuleError: exit 2
        sys.stdout.write(f"{len(checked.rules)} rules proved: every example and pattern\n")
        return EXIT_OK
    plan = _plan(config)
    rules = sorted(plan.ruleset.rules.values(), key=lambda r: r.id)
    if not args.all:
        rules = [r for r in rules if r.id in plan.active]
    sys.stdout.write(rule_list(rules, plan, args.format))
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    """``claimlint explain CL101``."""
    from claimlint.output.explain import explain_rule

    config = _config(args)
    plan = _plan(config)
    key = args.rule
    rule = plan.ruleset.rules.get(key.upper()) or next(
        (r for r in plan.ruleset.rules.values() if r.name == key), None
    )
    if rule is None:
        raise UsageError(f"unknown rule '{key}' (see 'claimlint rules --all')")
    sys.stdout.write(explain_rule(rule, plan))
    return EXIT_OK


def cmd_parse_refs(args: argparse.Namespace) -> int:
    """``claimlint parse-refs``: how each reference string is read."""
    from claimlint.biblio.refstring import parse_reference
    from claimlint.output.listings import parsed_reference

    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read {args.file}: {exc}") from None
    for line in text.splitlines():
        if not line.strip():
            continue
        sys.stdout.write(parsed_reference(parse_reference(line.strip()), args.format))
    return EXIT_OK


def cmd_clean(args: argparse.Namespace) -> int:
    """``claimlint clean``: remove the cache folder."""
    from claimlint.output.listings import cache_cleaned
    from claimlint.run.cache import CacheError, cache_dir_for, clean

    folder = cache_dir_for(_config(args), args.cache_dir)
    try:
        removed = clean(folder)
    except CacheError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"cannot remove {folder}: {exc.strerror or exc}") from None
    sys.stdout.write(cache_cleaned(folder, removed))
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    """``claimlint init``: a commented configuration, and with ``--pre-commit`` the hook."""
    from claimlint.output.listings import file_written
    from claimlint.run.scaffold import add_pre_commit_hook, hook_form, write_config

    given = [
        flag
        for flag, value in (
            ("--hook-repo", args.hook_repo),
            ("--hook-rev", args.hook_rev),
            ("--local-hook", args.local_hook),
        )
        if value not in (None, False)
    ]
    if given and not args.pre_commit:
        raise UsageError(f"{given[0]} needs --pre-commit")
    if args.local_hook and len(given) > 1:
        raise UsageError(f"--local-hook installs from the package index; drop {given[0]}")
    folder = Path.cwd()
    hook = None
    if args.pre_commit:  # first: it may refuse
        form = hook_form(local=args.local_hook, repo=args.hook_repo, rev=args.hook_rev)
        hook = add_pre_commit_hook(folder, form)
    outcomes = [write_config(folder, force=args.force, keep=args.pre_commit)]
    for done in [*outcomes, *([hook] if hook else [])]:
        sys.stdout.write(file_written(done.path.name, done.action, done.detail))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: returns the exit status."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    # A start makes many long-lived objects (modules, rules, the phrase tries' hundreds of
    # thousands of dicts) and little garbage: the cyclic collector would walk them all a
    # few times over, a tenth of a one-post run. It is off until the plan is built, when
    # what exists is set aside for the rest of the command (_plan, gc.freeze).
    _collect[:] = [gc.isenabled()]
    gc.disable()
    try:
        return _main(arguments)
    finally:
        gc.unfreeze()
        if _collect[0]:
            gc.enable()


#: Whether the collector was on when :func:`main` was called (it is turned back on then).
_collect = [True]


def _main(arguments: list[str]) -> int:
    from claimlint.engine.rule import RuleError
    from claimlint.run.config import ConfigError

    parser = build_parser()
    try:
        try:
            args = parser.parse_args(arguments)
        except SystemExit as exc:  # --help and --version: return, as documented, not exit
            return exc.code if isinstance(exc.code, int) else EXIT_OK
        if args.command is None:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        handler = {
            "check": cmd_check,
            "rules": cmd_rules,
            "explain": cmd_explain,
            "parse-refs": cmd_parse_refs,
            "init": cmd_init,
            "clean": cmd_clean,
        }[args.command]
        return handler(args)
    except UsageError as exc:
        sys.stderr.write(f"claimlint: error: {exc}\n")
        return EXIT_USAGE
    except (ConfigError, RuleError) as exc:
        sys.stderr.write(f"claimlint: error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("claimlint: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK


def run() -> NoReturn:
    """The ``claimlint`` command (console script and ``python -m claimlint``): :func:`main`,
    then an exit that skips the interpreter's teardown.

    Freeing every module, rule and compiled pattern one by one at exit took about a
    tenth of a one-file run. Nothing is left to do by then: files are written and
    closed, worker processes joined, and the standard streams are flushed here.
    """
    status = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # the reader went away, or it was closed
            continue
        except OSError:
            status = status or EXIT_USAGE
    os._exit(status)
