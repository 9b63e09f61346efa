"""Configuration: ``.claimlint.yaml``, ``.claimlint.yml`` or ``[tool.claimlint]``, strictly."""

from __future__ import annotations

import fnmatch
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from claimlint.core.lazyre import LazyPattern
from claimlint.core.model import Severity
from claimlint.core.yamlnodes import Located, Mark, YamlError, load_located
from claimlint.text.document import DEFAULT_FRONT_MATTER_FIELDS

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.mdx", "*.txt")
DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    ".tox",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".claimlint_cache",
    "site-packages",
)

#: Every key the configuration accepts, with what it takes (shown in errors and docs).
KEYS: dict[str, str] = {
    "select": "list of rule ids, prefixes (CL1), names or ALL",
    "ignore": "list of rule ids, prefixes or names",
    "extend-select": "list of rule ids, prefixes or names added to the selection",
    "severity": "mapping of rule id or name to error, warning or info",
    "include": "list of glob patterns for files to lint when walking folders",
    "exclude": "list of glob patterns for files and folders to skip",
    "extend-exclude": "list of glob patterns added to exclude",
    "per-file-ignores": "mapping of glob pattern to a list of rule ids",
    "rule-paths": "list of folders with more rules (relative to the config file)",
    "fail-on": "error, warning or info: the lowest severity that fails the run",
    "front-matter-fields": "list of front-matter keys whose text is linted",
    "jurisdiction": "a jurisdiction of the knowledge pack: us (default), uk, us-or, us-co",
    "disclosures": "list of extra statements that count as an off-label disclosure",
    "crisis-resources": "list of extra statements that count as a crisis resource",
    "results-statements": "list of extra statements that count as a results-vary statement",
    "jobs": "number of worker processes",
    "cache-dir": "folder for the result cache",
    "citation-style": "apa7 or apa6",
    "verify-sources": "true or false: look source-list entries up in Crossref and PubMed",
    "sources-lock": "the lock file of registry answers (default claimlint-sources.lock here)",
    "sources-max-age": "days after which a lock-file answer is asked again (default 90)",
    "crossref-url": "Crossref REST API base URL (default https://api.crossref.org)",
    "pubmed-url": "E-utilities base URL (default https://eutils.ncbi.nlm.nih.gov/entrez/eutils)",
    "doi-url": "DOI resolver base URL (default https://doi.org)",
    "mailto": "an email address for Crossref's polite pool and NCBI",
    "ncbi-api-key": "an NCBI API key (or the NCBI_API_KEY environment variable)",
    "registry-timeout": "seconds to wait for a registry's answer (default 10)",
    "pubmed": "true or false: ask PubMed as well as Crossref (default true)",
}

#: The keys of :data:`KEYS` that set up ``--verify-sources`` (:attr:`Config.verify`).
VERIFY_KEYS = (
    "verify-sources",
    "sources-lock",
    "sources-max-age",
    "crossref-url",
    "pubmed-url",
    "doi-url",
    "mailto",
    "ncbi-api-key",
    "registry-timeout",
    "pubmed",
)


class ConfigError(Exception):
    """A configuration problem, with file and position (exit status 2)."""

    def __init__(self, message: str, path: str = "", line: int = 0, column: int = 0) -> None:
        where = f"{path}:{line}:{column}: " if path and line else (f"{path}: " if path else "")
        super().__init__(where + message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column


@dataclass(slots=True)
class Config:
    """Settings after reading the file; command-line flags are applied on top."""

    path: Path | None = None
    """The file they came from (None: defaults)."""
    root: Path = field(default_factory=Path.cwd)
    """Folder paths and globs are relative to."""
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    rule_paths: list[Path] = field(default_factory=list)
    fail_on: Severity = Severity.WARNING
    front_matter_fields: list[str] = field(
        default_factory=lambda: list(DEFAULT_FRONT_MATTER_FIELDS)
    )
    options: dict[str, Any] = field(default_factory=dict)
    """Values kinds and checks may read (jurisdiction, disclosures ...)."""
    verify: dict[str, Any] = field(default_factory=dict)
    """The ``--verify-sources`` settings (:data:`VERIFY_KEYS`, validated; ``sources-lock``
    made absolute). Not options: no rule reads them, only the run's lookups."""
    located: Located | None = None
    """The file's data with positions, for errors found after loading (unknown rule codes)."""

    def error(self, message: str, *keys: Any, at_key: bool = False) -> ConfigError:
        """A :class:`ConfigError` at ``keys`` of the configuration file (or without position)."""
        if self.located is None:
            return ConfigError(message, str(self.path or ""))
        return _error(self.located, message, *keys, at_key=at_key)


_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


_toml_header = LazyPattern(
    r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$",
)


_TOML_KEY_PART = r"(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)"


_toml_key = LazyPattern(
    rf"^(\s*)({_TOML_KEY_PART}(?:\s*\.\s*{_TOML_KEY_PART})*)\s*=\s*",
)


def _toml_parts(dotted: str) -> list[str]:
    return [p.strip().strip("\"'") for p in re.findall(_TOML_KEY_PART, dotted)]


def _toml_marks(text: str) -> dict[tuple[Any, ...], Mark]:
    """Positions of the keys and values under ``[tool.claimlint]`` (tomllib keeps none).

    Good enough for error messages: one line per ``key = value``; values
    inside inline tables and multi-line arrays take their key's position.
    """
    marks: dict[tuple[Any, ...], Mark] = {}
    table: list[str] | None = []
    for number, line in enumerate(text.splitlines(), start=1):
        header = _toml_header().match(line)
        if header:
            table = _toml_parts(header.group(1))
            if table[:2] == ["tool", "claimlint"]:
                column = line.index("[") + 1
                marks.setdefault(tuple(table[2:]), Mark(number, column))
            continue
        if line.lstrip().startswith("["):  # [[array of tables]]
            table = None
            continue
        m = _toml_key().match(line)
        if m is None or table is None:
            continue
        full = [*table, *_toml_parts(m.group(2))]
        if full[:2] != ["tool", "claimlint"] or len(full) < 3:
            continue
        keys = tuple(full[2:])
        marks.setdefault(("<key>", *keys), Mark(number, len(m.group(1)) + 1))
        marks.setdefault(keys, Mark(number, m.end() + 1))
    return marks


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read configuration: {exc.strerror or exc}", str(path)) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = (
            len(
                raw[raw.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode(
                    "utf-8", errors="replace"
                )
            )
            + 1
        )
        raise ConfigError(
            f"invalid UTF-8 (byte 0x{raw[exc.start]:02x})", str(path), line, column
        ) from None


def _load_toml(path: Path) -> Located:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    text = _read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", 0) or 0
        col = getattr(exc, "colno", 0) or 0
        at = _TOML_AT.search(str(exc))
        if not line and at:
            line, col = int(at.group(1)), int(at.group(2))
        elif not line:  # "at end of document"
            lines = text.splitlines() or [""]
            line, col = len(lines), len(lines[-1]) + 1
        raise ConfigError(f"invalid TOML: {exc}", str(path), line, col) from None
    marks = _toml_marks(text)
    tool = data.get("tool", {})
    section = tool.get("claimlint", {}) if isinstance(tool, dict) else {}
    loc = Located(section, marks, str(path))
    if not isinstance(section, dict):
        raise _error(loc, "[tool.claimlint] must be a table")
    return loc


def load_config(path: Path | None) -> Config:
    """Read and validate a configuration file (None: defaults)."""
    if path is None:
        return Config()
    if path.suffix == ".toml":
        loc = _load_toml(path)
        data = loc.data
    else:
        text = _read_text(path)
        try:
            loc = load_located(text, str(path))
        except YamlError as exc:
            raise ConfigError(exc.message, exc.path, exc.line, exc.column) from None
        data = loc.data if loc.data is not None else {}
    if not isinstance(data, dict):
        raise _error(loc, "the configuration must be a mapping")
    return _decode(data, loc, path)


def _error(loc: Located, message: str, *keys: Any, at_key: bool = False) -> ConfigError:
    if not loc.marks:
        return ConfigError(
            message + (f" (key {'.'.join(map(str, keys))})" if keys else ""), loc.path
        )
    m = loc.key_mark(*keys) if at_key else loc.mark(*keys)
    return ConfigError(message, loc.path, m.line, m.column)


def _strings(loc: Located, data: dict[str, Any], key: str) -> list[str]:
    value = data[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _error(loc, f"'{key}' must be a list of strings", key)
    return list(value)


def _severity(loc: Located, value: Any, *keys: Any, what: str = "severity") -> Severity:
    """``value`` as a severity; the error names ``what`` (the key, for a top-level one)."""
    try:
        return Severity.parse(str(value))
    except KeyError:
        raise _error(loc, f"{what} must be error, warning or info", *keys) from None


def _decode(data: dict[str, Any], loc: Located, path: Path) -> Config:
    config = Config(path=path, root=path.parent, located=loc)
    for key in data:
        if key not in KEYS:
            raise _error(
                loc,
                f"unknown configuration key '{key}' (known: {', '.join(sorted(KEYS))})",
                key,
                at_key=True,
            )
    if "select" in data:
        config.select = _strings(loc, data, "select")
    if "ignore" in data:
        config.ignore = _strings(loc, data, "ignore")
    if "extend-select" in data:
        config.extend_select = _strings(loc, data, "extend-select")
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict):
            raise _error(loc, "'severity' must map rule ids to error, warning or info", "severity")
        config.severity = {str(k): _severity(loc, v, "severity", k) for k, v in sev.items()}
    if "include" in data:
        config.include = _strings(loc, data, "include")
    if "exclude" in data:
        config.exclude = _strings(loc, data, "exclude")
    if "extend-exclude" in data:
        config.exclude = [*config.exclude, *_strings(loc, data, "extend-exclude")]
    if "per-file-ignores" in data:
        pfi = data["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise _error(
                loc, "'per-file-ignores' must map glob patterns to rule lists", "per-file-ignores"
            )
        for pattern, codes in pfi.items():
            if isinstance(codes, str):
                codes = [codes]
            if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
                raise _error(
                    loc,
                    "each per-file-ignores entry must be a list of rule ids",
                    "per-file-ignores",
                    pattern,
                )
            config.per_file_ignores[str(pattern)] = list(codes)
    if "rule-paths" in data:
        config.rule_paths = []
        for i, item in enumerate(_strings(loc, data, "rule-paths")):
            folder = (path.parent / item).resolve()
            if not folder.is_dir():
                raise _error(loc, f"rule path '{item}' is not a folder", "rule-paths", i)
            config.rule_paths.append(folder)
    if "fail-on" in data:
        config.fail_on = _severity(loc, data["fail-on"], "fail-on", what="'fail-on'")
    if "front-matter-fields" in data:
        config.front_matter_fields = [
            *DEFAULT_FRONT_MATTER_FIELDS,
            *_strings(loc, data, "front-matter-fields"),
        ]
    if "jurisdiction" in data:
        from claimlint.regulatory.mentions import builtin_jurisdictions

        known = sorted(builtin_jurisdictions())
        if data["jurisdiction"] not in known:
            raise _error(loc, f"'jurisdiction' must be one of: {', '.join(known)}", "jurisdiction")
        config.options["jurisdiction"] = data["jurisdiction"]
    for key in ("disclosures", "crisis-resources", "results-statements"):
        if key in data:
            config.options[key] = _strings(loc, data, key)
    if "jobs" in data:
        jobs = data["jobs"]
        if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
            raise _error(loc, "'jobs' must be a whole number of at least 1", "jobs")
        config.options["jobs"] = jobs
    if "cache-dir" in data:
        if not isinstance(data["cache-dir"], str):
            raise _error(loc, "'cache-dir' must be a path", "cache-dir")
        config.options["cache-dir"] = str((path.parent / data["cache-dir"]).resolve())
    if "citation-style" in data:
        if data["citation-style"] not in ("apa7", "apa6"):
            raise _error(loc, "'citation-style' must be apa7 or apa6", "citation-style")
        config.options["citation-style"] = data["citation-style"]
    config.verify = _verify_settings(data, loc, path)
    return config


def versioned_list(
    loc: Located, what: str, version: int, key: str, error: type[ConfigError]
) -> list[Any]:
    """The list under ``key`` of a versioned YAML file of claimlint's own (a baseline, the
    lock file): ``{version: N, KEY: [...]}``, an empty file or list read as []; raises
    ``error`` at the offending key."""

    def fail(message: str, *keys: Any) -> ConfigError:
        m = loc.mark(*keys)
        return error(message, loc.path, m.line, m.column)

    data = loc.data
    if data is None:
        return []
    if not isinstance(data, dict):
        raise fail(f"a {what} must be a mapping with 'version' and '{key}'")
    if data.get("version") != version:
        raise fail(f"unsupported {what} version (expected {version})", "version")
    items = data.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        raise fail(f"'{key}' must be a list", key)
    return items


def _verify_settings(data: dict[str, Any], loc: Located, path: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("verify-sources", "pubmed"):
        if key in data:
            if not isinstance(data[key], bool):
                raise _error(loc, f"'{key}' must be true or false", key)
            out[key] = data[key]
    if "sources-lock" in data:
        if not isinstance(data["sources-lock"], str) or not data["sources-lock"]:
            raise _error(loc, "'sources-lock' must be a path", "sources-lock")
        out["sources-lock"] = str((path.parent / data["sources-lock"]).resolve())
    if "sources-max-age" in data:
        age = data["sources-max-age"]
        if not isinstance(age, int) or isinstance(age, bool) or age < 0:
            raise _error(loc, "'sources-max-age' must be a whole number of days", "sources-max-age")
        out["sources-max-age"] = age
    for key in ("crossref-url", "pubmed-url", "doi-url"):
        if key in data:
            url = data[key]
            if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+", url):
                raise _error(loc, f"'{key}' must be an http:// or https:// URL", key)
            out[key] = url
    if "mailto" in data:
        if not isinstance(data["mailto"], str) or not re.match(
            r"^[^@\s]+@[^@\s]+$", data["mailto"]
        ):
            raise _error(loc, "'mailto' must be an email address", "mailto")
        out["mailto"] = data["mailto"]
    if "ncbi-api-key" in data:
        if not isinstance(data["ncbi-api-key"], str) or not data["ncbi-api-key"].strip():
            raise _error(loc, "'ncbi-api-key' must be a string", "ncbi-api-key")
        out["ncbi-api-key"] = data["ncbi-api-key"].strip()
    if "registry-timeout" in data:
        timeout = data["registry-timeout"]
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
            raise _error(loc, "'registry-timeout' must be a number of seconds", "registry-timeout")
        out["registry-timeout"] = float(timeout)
    return out


def matches_glob(rel: str, patterns: Iterable[str]) -> bool:
    """True when a repo-relative POSIX path, or any of its folders, matches a pattern.

    A pattern without a slash matches a name at any depth (``drafts`` or
    ``*.txt``); with a slash it matches from the root (``posts/2019/*``).
    """
    p = PurePosixPath(rel)
    parts = p.parts
    for pattern in patterns:
        pat = pattern.rstrip("/")
        if pat.startswith("./"):
            pat = pat[2:]
        if "/" in pat:
            if fnmatch.fnmatchcase(rel, pat) or any(
                fnmatch.fnmatchcase("/".join(parts[:i]), pat) for i in range(1, len(parts))
            ):
                return True
        elif any(fnmatch.fnmatchcase(part, pat) for part in parts):
            return True
    return False


def root_relative(path: Path, root: Path) -> str:
    """``path`` as a POSIX path relative to ``root`` (as given when it lies outside)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def resolve_codes(codes: Sequence[str], ids: Sequence[str], names: dict[str, str]) -> set[str]:
    """Rule ids named by codes: ``ALL``, id prefixes (``CL1``), ids or names. Raises ValueError."""
    out: set[str] = set()
    for code in codes:
        c = code.strip()
        if c.upper() == "ALL":
            out.update(ids)
            continue
        if c in names:
            out.add(names[c])
            continue
        upper = c.upper()
        hits = [i for i in ids if i.startswith(upper)] if upper.startswith("CL") else []
        if not hits:
            raise ValueError(f"unknown rule or prefix '{code}'")
        out.update(hits)
    return out
