"""``claimlint init``: a commented ``.claimlint.yaml``, and the pre-commit hook for a site.

The hook comes in two forms (:class:`HookForm`): by default claimlint's own
repository as a hook repository pinned to ``rev: v{version}``, whose
``.pre-commit-hooks.yaml`` says how to run it; with ``--local-hook`` a local
hook that pre-commit installs from the package index, where the distribution
is ``claimlint-health`` (the index's ``claimlint`` is an unrelated project).

The hook goes into the site's ``.pre-commit-config.yaml`` through a ruamel.yaml
round trip. The indentation ruamel.yaml should write with is found by trying
the usual styles until one reproduces the file byte for byte; a file no style
reproduces (mixed indentation) gets the hook appended as text after its last
repository instead, so nothing already there is reformatted. Either way the
result is read back and must be the old configuration plus the hook. A file
that already has a hook with id ``claimlint``, in either form or from any
repository, is left alone, so running ``init`` twice changes nothing.
"""

from __future__ import annotations

import io
import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from claimlint import DISTRIBUTION, REPOSITORY_URL, __version__
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

# Look every source-list entry up in Crossref and PubMed (CL310-CL314): sends the
# reference strings and DOIs (never the posts' text) over the network. The answers
# go into the lock file; commit it, and CI can check offline (--offline). An NCBI
# API key is better kept in the NCBI_API_KEY environment variable than here.
# verify-sources: false
# sources-lock: claimlint-sources.lock
# sources-max-age: 90
# mailto: web@clinic.example
# ncbi-api-key: 0123456789abcdef
# crossref-url: https://api.crossref.org
# pubmed-url: https://eutils.ncbi.nlm.nih.gov/entrez/eutils
# doi-url: https://doi.org
# registry-timeout: 10
# pubmed: true
"""


class ScaffoldError(ConfigError):
    """``init`` cannot write a file (exit status 2); nothing was changed."""


#: The comment above the hook in a ``repos:`` block ``init`` writes.
REPOS_COMMENT = "# claimlint: health claims, evidence appeals, citations and disclosures in posts."


def local_hook() -> dict[str, Any]:
    """The hook ``--local-hook`` writes: what ``.pre-commit-hooks.yaml`` runs, with
    claimlint installed from the package index at the running version."""
    return {
        "id": HOOK_ID,
        "name": "claimlint",
        "entry": "claimlint check --force-exclude",
        "language": "python",
        "additional_dependencies": [f"{DISTRIBUTION}=={__version__}"],
        "types_or": ["markdown", "mdx", "plain-text"],
        "require_serial": True,
    }


@dataclass(frozen=True, slots=True)
class HookForm:
    """The repository entry ``init --pre-commit`` adds under ``repos``."""

    repo: str = REPOSITORY_URL
    """The hook repository (a URL or a path git can clone), or ``local``."""
    rev: str = f"v{__version__}"
    """The tag or commit of ``repo`` (unused for a local hook)."""

    @property
    def local(self) -> bool:
        """A local hook, installed from the package index."""
        return self.repo == "local"

    def entry(self) -> dict[str, Any]:
        """The entry as plain data, as it reads back from the file."""
        if self.local:
            return {"repo": "local", "hooks": [local_hook()]}
        return {"repo": self.repo, "rev": self.rev, "hooks": [{"id": HOOK_ID}]}

    def summary(self) -> str:
        """Where the hook comes from, for ``init``'s report."""
        if self.local:
            return f"as a local hook installing {DISTRIBUTION}=={__version__}"
        return f"from {self.repo} at {self.rev}"


def hook_form(*, local: bool = False, repo: str | None = None, rev: str | None = None) -> HookForm:
    """The hook form ``init --pre-commit`` writes: the project's repository at
    ``v{__version__}`` unless another ``repo`` or ``rev`` is given, or a local hook."""
    if local:
        return HookForm("local")
    for name, value in (("hook repository", repo), ("hook revision", rev)):
        if value is not None and (not value.strip() or value != value.strip()):
            raise ScaffoldError(f"the {name} must be non-empty, without surrounding spaces")
    if repo in ("local", "meta"):
        raise ScaffoldError(
            f"'{repo}' is not a hook repository (for a local hook use --local-hook)"
        )
    default = HookForm()
    return HookForm(repo or default.repo, rev or default.rev)


def _plain(text: str, in_flow: bool) -> bool:
    """Whether ``text`` reads back as itself written unquoted."""
    probe = f"k: [{text}]" if in_flow else f"k: {text}"
    try:
        data = yaml.safe_load(probe)
    except yaml.YAMLError:
        return False
    return bool(data == {"k": [text] if in_flow else text})


def _scalar(value: Any, in_flow: bool = False) -> str:
    """``value`` (a string, boolean or list of strings) as YAML text, quoted only
    when it must be."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item, True) for item in value) + "]"
    text = str(value)
    return text if _plain(text, in_flow) else json.dumps(text)


def hook_item(form: HookForm) -> str:
    """The hook's repository entry as text, for new files, for files appended to as
    text and for the error that asks to add it by hand."""
    rows: list[str] = []
    for key, value in form.entry().items():
        if key != "hooks":
            rows.append(f"{key}: {_scalar(value)}")
            continue
        rows.append("hooks:")
        for hook in value:
            for n, (name, setting) in enumerate(hook.items()):
                rows.append(("  - " if n == 0 else "    ") + f"{name}: {_scalar(setting)}")
    return "".join(("- " if n == 0 else "  ") + row + "\n" for n, row in enumerate(rows))


def repos_block(form: HookForm) -> str:
    """A ``repos:`` block holding only the hook, for a file that has none."""
    item = "".join("  " + line for line in hook_item(form).splitlines(keepends=True))
    return f"repos:\n  {REPOS_COMMENT}\n" + item


def new_pre_commit(form: HookForm) -> str:
    """The whole ``.pre-commit-config.yaml`` for a site that has none."""
    return (
        "# pre-commit hooks: https://pre-commit.com (`pre-commit install` runs them on commit)\n"
        + repos_block(form)
    )


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


def _ruamel_repo(form: HookForm) -> Any:
    """The entry as ruamel.yaml nodes: ``hooks`` a block list, lists in a hook in flow
    style."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    def flow(value: Any) -> Any:
        if not isinstance(value, list):
            return value
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq

    entry = CommentedMap()
    for key, value in form.entry().items():
        if key == "hooks":
            hooks = [CommentedMap([(k, flow(v)) for k, v in hook.items()]) for hook in value]
            entry[key] = CommentedSeq(hooks)
        else:
            entry[key] = value
    return entry


def _round_trip(text: str, form: HookForm) -> str | None:
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
        repos.append(_ruamel_repo(form))
        out = io.StringIO()
        yaml.dump(data, out)
        return out.getvalue()
    return None


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _append_as_text(text: str, form: HookForm) -> str | None:
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
    first, *rest = hook_item(form).splitlines()
    item = [" " * dash + first] + [" " * column + row[2:] for row in rest]
    return "".join([*lines[:end], *(row + newline for row in item), *lines[end:]])


def _expected(before: Any, form: HookForm) -> Any:
    return {**before, "repos": [*before.get("repos", []), form.entry()]}


def add_pre_commit_hook(folder: Path, form: HookForm | None = None) -> Outcome:
    """Add the claimlint hook in ``form`` (default: the project's hook repository at this
    version) to ``folder``'s ``.pre-commit-config.yaml`` (created when absent), keeping
    everything already there."""
    form = form or HookForm()
    path = folder / PRE_COMMIT_NAME
    if not path.exists():
        _write(path, new_pre_commit(form))
        return Outcome(path, "created", f"with the claimlint hook {form.summary()}")
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
        result = text + ("\n" if text and not text.endswith("\n") else "") + repos_block(form)
    else:
        result = _round_trip(text, form) or _append_as_text(text, form)
    if result is None or not _holds(result, _expected(before, form)):
        raise ScaffoldError(
            f"cannot add the hook to {path.name} without reformatting it; add this under its "
            "'repos:' by hand:\n" + hook_item(form)
        )
    try:
        write_atomically(path, result.encode("utf-8"), raw)
    except AtomicWriteError as exc:
        raise ScaffoldError(f"cannot write {path.name}: {exc}") from None
    return Outcome(path, "updated", f"added the claimlint hook {form.summary()}")


def _holds(text: str, expected: Any) -> bool:
    try:
        return bool(load_located(text, PRE_COMMIT_NAME).data == expected)
    except YamlError:
        return False
