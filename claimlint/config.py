"""Configuration: ``.claimlint.yaml`` / ``.claimlint.yml`` / ``[tool.claimlint]``, validated strictly."""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from claimlint.document import DEFAULT_FRONT_MATTER_FIELDS
from claimlint.model import Severity
from claimlint.yamlnodes import Located, YamlError, load_located

CONFIG_NAMES = (".claimlint.yaml", ".claimlint.yml")
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
    "jurisdiction": "us or uk",
    "disclosures": "list of extra statements that count as an off-label disclosure",
    "crisis-resources": "list of extra statements that count as a crisis resource",
    "jobs": "number of worker processes",
    "cache-dir": "folder for the result cache",
    "citation-style": "apa7 or apa6",
}


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
    front_matter_fields: list[str] = field(default_factory=lambda: list(DEFAULT_FRONT_MATTER_FIELDS))
    options: dict[str, Any] = field(default_factory=dict)
    """Values kinds and checks may read (jurisdiction, disclosures ...)."""


def find_config(start: Path) -> Path | None:
    """The nearest configuration file from ``start`` upward."""
    here = start.resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_section(pyproject):
            return pyproject
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "[tool.claimlint" in text


def _load_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration: {exc}", str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", 0) or 0
        col = getattr(exc, "colno", 0) or 0
        raise ConfigError(f"invalid TOML: {exc}", str(path), line, col) from None
    tool = data.get("tool", {})
    section = tool.get("claimlint", {}) if isinstance(tool, dict) else {}
    if not isinstance(section, dict):
        raise ConfigError("[tool.claimlint] must be a table", str(path))
    return section


def load_config(path: Path | None) -> Config:
    """Read and validate a configuration file (None: defaults)."""
    if path is None:
        return Config()
    if path.name == "pyproject.toml":
        data = _load_toml(path)
        loc = Located(data, {}, str(path))
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read configuration: {exc}", str(path)) from None
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
        return ConfigError(message + (f" (key {'.'.join(map(str, keys))})" if keys else ""),
                           loc.path)
    m = loc.key_mark(*keys) if at_key else loc.mark(*keys)
    return ConfigError(message, loc.path, m.line, m.column)


def _strings(loc: Located, data: dict[str, Any], key: str) -> list[str]:
    value = data[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _error(loc, f"'{key}' must be a list of strings", key)
    return list(value)


def _severity(loc: Located, value: Any, *keys: Any) -> Severity:
    try:
        return Severity.parse(str(value))
    except KeyError:
        raise _error(loc, "severity must be error, warning or info", *keys) from None


def _decode(data: dict[str, Any], loc: Located, path: Path) -> Config:
    config = Config(path=path, root=path.parent)
    for key in data:
        if key not in KEYS:
            raise _error(loc, f"unknown configuration key '{key}' (known: "
                         f"{', '.join(sorted(KEYS))})", key, at_key=True)
    if "select" in data:
        config.select = _strings(loc, data, "select")
    if "ignore" in data:
        config.ignore = _strings(loc, data, "ignore")
    if "extend-select" in data:
        config.extend_select = _strings(loc, data, "extend-select")
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict):
            raise _error(loc, "'severity' must map rule ids to error, warning or info",
                         "severity")
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
            raise _error(loc, "'per-file-ignores' must map glob patterns to rule lists",
                         "per-file-ignores")
        for pattern, codes in pfi.items():
            if isinstance(codes, str):
                codes = [codes]
            if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
                raise _error(loc, "each per-file-ignores entry must be a list of rule ids",
                             "per-file-ignores", pattern)
            config.per_file_ignores[str(pattern)] = list(codes)
    if "rule-paths" in data:
        config.rule_paths = []
        for i, item in enumerate(_strings(loc, data, "rule-paths")):
            folder = (path.parent / item).resolve()
            if not folder.is_dir():
                raise _error(loc, f"rule path '{item}' is not a folder", "rule-paths", i)
            config.rule_paths.append(folder)
    if "fail-on" in data:
        config.fail_on = _severity(loc, data["fail-on"], "fail-on")
    if "front-matter-fields" in data:
        config.front_matter_fields = [
            *DEFAULT_FRONT_MATTER_FIELDS,
            *_strings(loc, data, "front-matter-fields"),
        ]
    if "jurisdiction" in data:
        if data["jurisdiction"] not in ("us", "uk"):
            raise _error(loc, "'jurisdiction' must be us or uk", "jurisdiction")
        config.options["jurisdiction"] = data["jurisdiction"]
    for key in ("disclosures", "crisis-resources"):
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
    return config


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
