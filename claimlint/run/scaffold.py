"""``claimlint init``: a commented ``.claimlint.yaml``, and the pre-commit hook for a site.

The hook goes into the site's ``.pre-commit-config.yaml`` through a ruamel.yaml
round trip. The indentation ruamel.yaml should write with is found by trying
the usual styles until one reproduces the file byte for byte; a file no style
reproduces (mixed indentation) gets the hook appended as text after its last
repository instead, so nothing already there is reformatted. Either way the
result is read back and must be the old configuration plus the hook. A file
that already has a hook with id ``claimlint`` is left alone, so running
``init`` twice changes nothing.
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimlint import __version__
from claimlint.core.atomic import AtomicWriteError, write_atomically
from claimlint.core.yamlnodes import YamlError, load_located
from claimlint.run.config import ConfigError

CONFIG_NAME = ".claimlint.yaml"
PRE_COMMIT_NAME = ".pre-commit-config.yaml"
HOOK_ID = "claimlint"

CONFIG_TEMPLATE = """\
# claimlint configuration. Every key is described in claimlint's
# docs/configuration.md; command-line flags override what is set here.
# Paths and globs are relative to this file's folder.

# Lowest severity that makes `claimlint check` exit with status 1:
# error, warning or info.
fail-on: warning

# Whose regulatory facts the CL4xx rules check against: us, uk, or a US state
# programme (us-or, us-co).
jurisdiction: us

# Rules to run: ids (CL101), prefixes (CL1), rule names, or ALL. By default every
# rule that is not marked off runs; `claimlint rules --all` lists them.
# select: [ALL]
# extend-select: [CL309]
# ignore: [CL115]

# Change a rule's severity (by id or name).
# severity:
#   CL201: error

# Files and folders to skip when walking folders, added to the defaults
# (VCS, virtualenv and cache folders). A glob without "/" matches at any depth.
# extend-exclude: [drafts, "legal/*.md"]

# Rules to switch off for some files.
# per-file-ignores:
#   "press/*.md": [CL114]

# Folders with your own YAML rules (and lexicons/); see docs/writing-rules.md.
# rule-paths: [claimlint-rules]

# Extra front-matter keys whose text is linted (title, description and the
# common SEO keys always are).
# front-matter-fields: [hero_text]

# Your own wording that counts as an off-label disclosure (CL402), a crisis
# resource (CL405) or a results-vary statement (CL403).
# disclosures: ["This use of ketamine is not FDA-approved."]
# crisis-resources: ["Call or text 988"]
# results-statements: ["Individual results vary."]

# Citation style the style rule (CL308) checks: apa7 or apa6.
# citation-style: apa7
"""

#: The pre-commit hook ``init --pre-commit`` adds: claimlint from the package index, in a
#: local hook so no hook repository URL is needed.
HOOK: dict[str, Any] = {
    "id": HOOK_ID,
    "name": "claimlint",
    "entry": "claimlint check --force-exclude",
    "language": "python",
    "additional_dependencies": [f"claimlint=={__version__}"],
    "types_or": ["markdown", "mdx", "plain-text"],
    "require_serial": True,
}

#: The hook's repository entry as text, for new files and for files appended to as text.
HOOK_ITEM = f"""\
- repo: local
  hooks:
    - id: {HOOK_ID}
      name: claimlint
      entry: claimlint check --force-exclude
      language: python
      additional_dependencies: ["claimlint=={__version__}"]
      types_or: [markdown, mdx, plain-text]
      require_serial: true
"""

REPOS_BLOCK = (
    "repos:\n"
    "  # claimlint: health claims, evidence appeals, citations and disclosures in posts.\n"
    + "".join("  " + line for line in HOOK_ITEM.splitlines(keepends=True))
)

NEW_PRE_COMMIT = (
    "# pre-commit hooks: https://pre-commit.com (`pre-commit install` runs them on commit)\n"
    + REPOS_BLOCK
)


class ScaffoldError(ConfigError):
    """``init`` cannot write a file (exit status 2); nothing was changed."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What ``init`` did to one file."""

    path: Path
    """The file."""
    action: str
    """``created``, ``updated``, ``overwritten`` or ``unchanged``."""
    detail: str = ""
    """Why it is unchanged, or what was added."""


def _write(path: Path, text: str) -> None:
    try:
        write_atomically(path, text.encode("utf-8"))
    except AtomicWriteError as exc:
        raise ScaffoldError(f"cannot write {path.name}: {exc}") from None


def write_config(folder: Path, *, force: bool = False, keep: bool = False) -> Outcome:
    """Write the commented ``.claimlint.yaml`` into ``folder``. An existing file with other
    contents is an error unless ``force`` (overwrite) or ``keep`` (leave it)."""
    path = folder / CONFIG_NAME
    try:
        current = path.read_text(encoding="utf-8") if path.exists() else None
    except (OSError, UnicodeDecodeError):
        current = ""
    if current == CONFIG_TEMPLATE:
        return Outcome(path, "unchanged", "already as init writes it")
    if current is not None and not force:
        if keep:
            return Outcome(path, "unchanged", "kept the existing configuration")
        raise ScaffoldError(
            f"{CONFIG_NAME} already exists; not overwriting it (use --force to replace it)"
        )
    _write(path, CONFIG_TEMPLATE)
    return Outcome(path, "created" if current is None else "overwritten")


def _has_hook(repos: Any) -> bool:
    if not isinstance(repos, list):
        return False
    for repo in repos:
        hooks = repo.get("hooks") if isinstance(repo, dict) else None
        if isinstance(hooks, list) and any(
            isinstance(h, dict) and h.get("id") == HOOK_ID for h in hooks
        ):
            return True
    return False


def _ruamel_repo() -> Any:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    hook = CommentedMap()
    for key, value in HOOK.items():
        if isinstance(value, list):
            flow = CommentedSeq(value)
            flow.fa.set_flow_style()
            value = flow
        hook[key] = value
    return CommentedMap([("repo", "local"), ("hooks", CommentedSeq([hook]))])


def _round_trip(text: str) -> str | None:
    """``text`` with the hook appended to ``repos`` by ruamel.yaml, in the indentation
    that reproduces the file exactly (None: no indentation does)."""
    from ruamel.yaml import YAML

    styles = itertools.product((2, 4, 3), (4, 2, 3, 5, 6), (2, 0, 1, 3, 4))
    for mapping, sequence, offset in styles:
        if offset > sequence - 2:
            continue
        yaml = YAML(typ="rt")
        yaml.preserve_quotes = True
        yaml.width = 1 << 16
        yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
        data = yaml.load(text)
        out = io.StringIO()
        yaml.dump(data, out)
        if out.getvalue() != text:
            continue
        repos = data["repos"]
        if not repos:
            repos.fa.set_block_style()
        repos.append(_ruamel_repo())
        out = io.StringIO()
        yaml.dump(data, out)
        return out.getvalue()
    return None


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _append_as_text(text: str) -> str | None:
    """``text`` with the hook inserted after the last line of the last repository, in that
    repository's indentation (None: ``repos`` is not a non-empty block list)."""
    loc = load_located(text, PRE_COMMIT_NAME)
    repos = loc.data.get("repos") if isinstance(loc.data, dict) else None
    if not isinstance(repos, list) or not repos:
        return None
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if "\r\n" in text else "\n"
    mark = loc.mark("repos", len(repos) - 1)
    line, column = mark.line - 1, mark.column - 1
    prefix = lines[line][:column]
    if prefix.strip() != "-":
        return None
    dash = prefix.index("-")
    end = len(lines)
    for j in range(line + 1, len(lines)):
        if _is_content(lines[j]) and len(lines[j]) - len(lines[j].lstrip()) <= dash:
            end = j
            break
    while end > line + 1 and not _is_content(lines[end - 1]):
        end -= 1
    if not lines[end - 1].endswith(("\n", "\r")):
        lines[end - 1] += newline
    first, *rest = HOOK_ITEM.splitlines()
    item = [" " * dash + first] + [" " * column + row[2:] for row in rest]
    return "".join([*lines[:end], *(row + newline for row in item), *lines[end:]])


def _expected(before: Any) -> Any:
    repos = [*before.get("repos", []), {"repo": "local", "hooks": [dict(HOOK)]}]
    return {**before, "repos": repos}


def add_pre_commit_hook(folder: Path) -> Outcome:
    """Add the claimlint hook to ``folder``'s ``.pre-commit-config.yaml`` (created when
    absent), keeping everything already there."""
    path = folder / PRE_COMMIT_NAME
    if not path.exists():
        _write(path, NEW_PRE_COMMIT)
        return Outcome(path, "created", "with the claimlint hook")
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScaffoldError(f"cannot read {path.name}: {exc}") from None
    try:
        before = load_located(text, path.name).data
    except YamlError as exc:
        raise ScaffoldError(exc.message, exc.path, exc.line, exc.column) from None
    if before is None:
        before = {}
    if not isinstance(before, dict) or not isinstance(before.get("repos", []), list):
        raise ScaffoldError(f"{path.name}: expected a mapping with a 'repos' list")
    if _has_hook(before.get("repos", [])):
        return Outcome(path, "unchanged", "already has the claimlint hook")
    result: str | None
    if "repos" not in before:
        result = text + ("\n" if text and not text.endswith("\n") else "") + REPOS_BLOCK
    else:
        result = _round_trip(text) or _append_as_text(text)
    if result is None or not _holds(result, _expected(before)):
        raise ScaffoldError(
            f"cannot add the hook to {path.name} without reformatting it; add this under its "
            "'repos:' by hand:\n" + HOOK_ITEM
        )
    try:
        write_atomically(path, result.encode("utf-8"), raw)
    except AtomicWriteError as exc:
        raise ScaffoldError(f"cannot write {path.name}: {exc}") from None
    return Outcome(path, "updated", "added the claimlint hook")


def _holds(text: str, expected: Any) -> bool:
    try:
        return bool(load_located(text, PRE_COMMIT_NAME).data == expected)
    except YamlError:
        return False
