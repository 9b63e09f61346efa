"""Loading rule packs: lexicons and YAML rules, decoded strictly, with positions for errors."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Any

from claimlint.core import prebuilt
from claimlint.core.model import Severity
from claimlint.core.yamlnodes import Located, YamlError, load_located, located_key
from claimlint.engine.kinds import KINDS
from claimlint.engine.rule import (
    BLOCK_KINDS,
    KEBAB,
    RULE_ID,
    Rule,
    RuleDoc,
    RuleError,
    rule_error,
    template_fields,
)
from claimlint.text.lexicon import Lexicon, PhraseMatcher, Words
from claimlint.text.shipped import phrase_matcher

#: What a rule's examples may set (``examples.options``): the jurisdiction, and for the
#: source-verification checks a registry written out in full (Crossref ``works``, or the
#: reason it is ``unavailable``).
EXAMPLE_OPTIONS = frozenset({"jurisdiction", "registry"})

COMMON_KEYS = {
    "id": "CL + three digits",
    "name": "kebab-case name (the file is named ID-NAME.yml)",
    "category": "kebab-case category",
    "severity": "error | warning | info",
    "scope": "sentence | heading | block | front-matter | reference | document",
    "kind": ", ".join(sorted(KINDS)),
    "message": "message template",
    "suggestion": "suggestion template",
    "what": "what the rule finds",
    "why": "why it matters",
    "example": "text the rule flags",
    "better": "a better wording",
    "see": "list of {title, url}",
    "examples": "{fail: [...], pass: [...], options: {jurisdiction: ..., registry: ...}}",
    "skip-blocks": "block kinds to ignore",
    "enabled": "false for opt-in rules",
    "precision": "high | medium | low",
    "precedence": "which of a category's findings on one claim is reported (higher first)",
    "jurisdictions": "jurisdictions the rule runs in (default: every one)",
}
LEXICON_KEYS = {"name", "description", "inflect", "terms"}


def _read(path: Path) -> Located:
    return _located(_text_of(path), path)


def _text_of(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read rule file: {exc}", str(path)) from None


def _located(text: str, path: Path) -> Located:
    try:
        return load_located(text, str(path))
    except YamlError as exc:
        raise RuleError(exc.message, exc.path, exc.line, exc.column) from None


def load_lexicons(folders: Iterable[Path]) -> dict[str, Lexicon]:
    """Every ``lexicons/*.yml`` under the given rule folders, by name.

    A lexicon's terms are read when first asked for: its name, description and how it
    inflects come from a small entry of the shipped table (:mod:`claimlint.core.prebuilt`),
    filed under the file's text and this module's source, so a start that finds its
    matchers shipped never unpacks the built-in lexicons' terms. The terms are named by
    the hash of the file's text and of the code that decodes it."""
    out: dict[str, Lexicon] = {}
    for folder in folders:
        lexdir = folder / "lexicons"
        if not lexdir.is_dir():
            continue
        for path in sorted(lexdir.glob("*.y*ml")):
            text = _text_of(path)
            digest = located_key(text)
            terms: list[tuple[str, ...]] = []

            def head(text: str = text, path: Path = path, terms: list[Any] = terms) -> Any:
                loc = _located(text, path)
                terms.append(_lexicon_terms(loc, path))
                data = loc.data
                return (
                    str(data.get("name", path.stem)),
                    data.get("inflect", "none"),
                    str(data.get("description", "")),
                )

            name, inflect, description = prebuilt.lookup(
                "lexicon", prebuilt.key(b"lexicon", _source(), digest.encode()), head
            )
            if name != path.stem:
                raise rule_error(
                    _read(path),
                    f"lexicon name '{name}' must match the file name '{path.stem}'",
                    "name",
                )
            if name in out:
                raise rule_error(
                    _read(path),
                    f"lexicon '{name}' is defined twice (also in {out[name].path})",
                    "name",
                )
            if terms:
                words = Words(terms[0], digest=digest)
            else:  # shipped: the terms are read (unpacked from the table) when asked for
                words = Words(digest=digest, read=partial(_shipped_terms, text, path))
            out[name] = Lexicon(name, words, inflect, description, str(path))
    return out


def _lexicon_terms(loc: Located, path: Path) -> tuple[str, ...]:
    """A lexicon file's terms, once its keys, name, terms and inflection are checked."""
    data = loc.data
    if not isinstance(data, dict):
        raise rule_error(loc, "a lexicon file must be a mapping")
    for key in data:
        if key not in LEXICON_KEYS:
            raise rule_error(
                loc,
                f"unknown key '{key}' in lexicon (allowed: {', '.join(sorted(LEXICON_KEYS))})",
                key,
                at_key=True,
            )
    name = data.get("name", path.stem)
    if name != path.stem:
        raise rule_error(
            loc, f"lexicon name '{name}' must match the file name '{path.stem}'", "name"
        )
    terms = data.get("terms")
    if not isinstance(terms, list) or not terms:
        raise rule_error(loc, "'terms' must be a non-empty list", "terms")
    for i, term in enumerate(terms):
        if not isinstance(term, str) or not term.strip():
            raise rule_error(loc, "every term must be a non-empty string", "terms", i)
    if data.get("inflect", "none") not in ("none", "verb", "noun"):
        raise rule_error(loc, "'inflect' must be none, verb or noun", "inflect")
    return tuple(terms)


def _shipped_terms(text: str, path: Path) -> tuple[str, ...]:
    return tuple(_located(text, path).data["terms"])


@cache
def _source() -> bytes:
    return prebuilt.source_digest(__file__)


def _see(loc: Located, value: Any) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise rule_error(loc, "'see' must be a list of {title, url} or URLs", "see")
    out: list[tuple[str, str]] = []
    for i, item in enumerate(value):
        if isinstance(item, str):
            out.append((item, item))
        elif isinstance(item, dict) and isinstance(item.get("url"), str):
            extra = set(item) - {"title", "url"}
            if extra:
                raise rule_error(loc, f"unknown key '{sorted(extra)[0]}' in 'see'", "see", i)
            out.append((str(item.get("title", item["url"])), item["url"]))
        else:
            raise rule_error(loc, "each 'see' entry needs a url", "see", i)
    return tuple(out)


def _text(loc: Located, data: dict[str, Any], key: str, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise rule_error(loc, f"'{key}' must be a non-empty string", key)
    return value.strip()


def decode_rule(loc: Located, path: Path, lexicons: Mapping[str, Lexicon]) -> Rule:
    """Turn one rule file's data into a :class:`Rule`, or raise :class:`RuleError`."""
    data = loc.data
    if not isinstance(data, dict):
        raise rule_error(loc, "a rule file must be a mapping")
    kind_name = data.get("kind")
    if kind_name not in KINDS:
        raise rule_error(
            loc, f"unknown kind {kind_name!r} (known: {', '.join(sorted(KINDS))})", "kind"
        )
    kind_cls = KINDS[str(kind_name)]
    for key in data:
        if key not in COMMON_KEYS and key not in kind_cls.params:
            allowed = sorted(set(COMMON_KEYS) | set(kind_cls.params))
            raise rule_error(
                loc,
                f"unknown key '{key}' for kind '{kind_name}' (allowed: {', '.join(allowed)})",
                key,
                at_key=True,
            )
    rule_id = _text(loc, data, "id")
    if not RULE_ID.match(rule_id):
        raise rule_error(loc, f"rule id '{rule_id}' must be CL followed by three digits", "id")
    name = _text(loc, data, "name")
    if not KEBAB.match(name):
        raise rule_error(loc, f"rule name '{name}' must be kebab-case", "name")
    if path.stem != f"{rule_id}-{name}":
        raise rule_error(loc, f"file name must be '{rule_id}-{name}{path.suffix}'", "id")
    category = _text(loc, data, "category")
    if not KEBAB.match(category):
        raise rule_error(loc, f"category '{category}' must be kebab-case", "category")
    try:
        severity = Severity.parse(_text(loc, data, "severity"))
    except KeyError:
        raise rule_error(loc, "severity must be error, warning or info", "severity") from None
    scope = _text(loc, data, "scope")
    if scope not in kind_cls.scopes:
        raise rule_error(
            loc,
            f"kind '{kind_name}' runs in scope {', '.join(kind_cls.scopes)}, not '{scope}'",
            "scope",
        )
    if kind_name == "check" and "message" in data:
        raise rule_error(
            loc,
            "kind 'check' rules take their message from the check; remove 'message'",
            "message",
            at_key=True,
        )
    message = "" if kind_name == "check" else _text(loc, data, "message")
    suggestion = _text(loc, data, "suggestion", required=False) or None
    for key, template in (("message", message), ("suggestion", suggestion)):
        if template is None:
            continue
        try:
            template_fields(template)
        except ValueError as exc:
            raise rule_error(loc, f"bad {key} template: {exc}", key) from None
    doc = RuleDoc(
        what=_text(loc, data, "what"),
        why=_text(loc, data, "why"),
        example=_text(loc, data, "example", required=kind_name != "system"),
        better=_text(loc, data, "better", required=kind_name != "system"),
        see=_see(loc, data.get("see")),
    )
    skip = data.get("skip-blocks", [])
    if not isinstance(skip, list) or any(s not in BLOCK_KINDS for s in skip):
        raise rule_error(
            loc, f"'skip-blocks' must list block kinds ({', '.join(BLOCK_KINDS)})", "skip-blocks"
        )
    enabled = data.get("enabled", True)
    if not isinstance(enabled, bool):
        raise rule_error(loc, "'enabled' must be true or false", "enabled")
    precedence = data.get("precedence", 1)
    if not isinstance(precedence, int) or isinstance(precedence, bool) or not 0 <= precedence <= 9:
        raise rule_error(loc, "'precedence' must be a whole number from 0 to 9", "precedence")
    precision = data.get("precision", "medium")
    if precision not in ("high", "medium", "low", "very-high"):
        raise rule_error(loc, "'precision' must be very-high, high, medium or low", "precision")
    jurisdictions = data.get("jurisdictions", [])
    if not isinstance(jurisdictions, list) or not all(
        isinstance(j, str) and KEBAB.match(j) for j in jurisdictions
    ):
        raise rule_error(loc, "'jurisdictions' must be a list of ids such as uk", "jurisdictions")
    examples = data.get("examples", {})
    if not isinstance(examples, dict) or set(examples) - {"fail", "pass", "options"}:
        raise rule_error(
            loc, "'examples' must be a mapping with 'fail' and 'pass' lists", "examples"
        )
    example_options = examples.get("options", {})
    if not isinstance(example_options, dict) or set(example_options) - EXAMPLE_OPTIONS:
        raise rule_error(
            loc,
            "'examples.options' may only set 'jurisdiction' and 'registry'",
            "examples",
            "options",
        )
    registry = example_options.get("registry", {})
    if not isinstance(registry, dict) or set(registry) - {"works", "unavailable"}:
        raise rule_error(
            loc,
            "'examples.options.registry' takes 'works' (Crossref works) or 'unavailable'",
            "examples",
            "options",
            "registry",
        )
    fails, passes = examples.get("fail", []), examples.get("pass", [])
    for key, items in (("fail", fails), ("pass", passes)):
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise rule_error(loc, f"'examples.{key}' must be a list of strings", "examples", key)
    if kind_name != "system" and not fails:
        raise rule_error(loc, "a rule needs at least one 'examples.fail' text", "examples")
    params = {k: v for k, v in data.items() if k in kind_cls.params}
    impl = kind_cls(rule_id, params, loc, lexicons)
    return Rule(
        id=rule_id,
        name=name,
        category=category,
        severity=severity,
        scope=scope,
        kind=str(kind_name),
        message=message,
        doc=doc,
        impl=impl,
        path=str(path),
        suggestion=suggestion,
        examples_fail=tuple(fails),
        examples_pass=tuple(passes),
        example_options=dict(example_options),
        skip_blocks=frozenset(skip),
        default_enabled=enabled,
        precision=str(precision),
        precedence=precedence,
        jurisdictions=tuple(jurisdictions),
    )


@dataclass(slots=True)
class RuleSet:
    """All loaded rules, by id, and the lexicons they use."""

    rules: dict[str, Rule]
    """Every rule, enabled or not."""
    lexicons: dict[str, Lexicon]
    """Every lexicon."""
    folders: tuple[Path, ...] = ()
    """Where they came from."""
    _matchers: dict[tuple[str, tuple[str, ...]], PhraseMatcher] = field(default_factory=dict)

    def matcher(
        self, unit_kind: str, rules: Sequence[Rule], only: frozenset[str] | None = None
    ) -> PhraseMatcher:
        """One matcher for all phrase lists of the given rules (built once, cached); with
        ``only``, the gate of that matcher for those tags (see
        :class:`~claimlint.text.lexicon.PhraseMatcher`)."""
        name = unit_kind if only is None else f"{unit_kind} gate {' '.join(sorted(only))}"
        key = (name, tuple(r.id for r in rules))
        matcher = self._matchers.get(key)
        if matcher is None:
            tagged: list[tuple[str, Iterable[str]]] = []
            for rule in rules:
                tagged.extend(rule.impl.phrases())
            matcher = phrase_matcher(tagged, only)
            self._matchers[key] = matcher
        return matcher


def rule_files(folder: Path) -> list[Path]:
    """Rule files directly in ``folder`` (lexicons and knowledge live in sub-folders)."""
    return sorted(p for p in folder.glob("*.y*ml") if p.is_file())


def read_rules(folders: Sequence[Path]) -> tuple[RuleSet, dict[str, Located]]:
    """Read lexicons, then rules, from ``folders`` (built-in first), with each rule's
    YAML node (for errors that point into its file); raise :class:`RuleError`.

    The rules' examples and regular expressions are not tried here:
    :func:`claimlint.engine.selfcheck.load_rules` does that."""
    lexicons = load_lexicons(folders)
    rules: dict[str, Rule] = {}
    locs: dict[str, Located] = {}
    for folder in folders:
        if not folder.is_dir():
            raise RuleError("rule folder does not exist", str(folder))
        for path in rule_files(folder):
            loc = _read(path)
            rule = decode_rule(loc, path, lexicons)
            if rule.id in rules:
                other = rules[rule.id].path
                raise rule_error(
                    loc, f"rule id {rule.id} is already used by {os.path.relpath(other)}", "id"
                )
            twin = next((r for r in rules.values() if r.name == rule.name), None)
            if twin is not None:
                raise rule_error(
                    loc,
                    f"rule name '{rule.name}' is already used by {twin.id} "
                    f"({os.path.relpath(twin.path)})",
                    "name",
                )
            rules[rule.id] = rule
            locs[rule.id] = loc
    return RuleSet(rules, lexicons, tuple(folders)), locs
