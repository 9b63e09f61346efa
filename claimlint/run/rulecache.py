"""The compiled rule set, kept in the cache folder so that a run does not start from YAML.

Loading a site's own rule pack is the expensive part of its start: every rule file
and lexicon is decoded, every rule's phrases are built into matchers, every example
in every rule file is linted, and every rule pattern is tried for catastrophic
backtracking. None of that depends on the files being linted, so after a first run
the result is kept, signed (see :mod:`claimlint.run.cache`), in the cache folder as
``rules-vN/KEY/ruleset.pickle``: the :class:`~claimlint.engine.registry.RuleSet`
with the matchers of the plans built from it. (The built-in pack ships proved,
decoded and with its tries built, :mod:`claimlint.core.prebuilt`, and so does the
knowledge pack, which only the built-in pack has.)

KEY is a hash of the contents of every file in the rule folders (rules,
lexicons, the knowledge pack) and of claimlint's own code, so a changed rule
file means a fresh load, which runs the rules' examples and the backtracking
check again. Within one process the loaded set is also remembered, by the rule
folders' digest alone (the code does not change within a process).
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from claimlint.run import cache

if TYPE_CHECKING:
    from claimlint.engine.linter import Plan
    from claimlint.engine.registry import RuleSet


@dataclass(slots=True)
class _Loaded:
    digest: str
    """The rule folders' contents hash (part of the results' run key)."""
    folder: Path | None
    """Where it is kept (None: not cached on disk)."""
    matchers: int
    """How many matchers the stored copy has (-1: not stored yet)."""


#: Loaded rule sets by the digest of their folders (claimlint's code, the rest of the
#: cache folder's key, does not change within a process), and what is known about each
#: (by id of the rule set).
_MEMO: dict[str, RuleSet] = {}
_INFO: dict[int, _Loaded] = {}


def _key(digest: str) -> str:
    """The rule set's key in the cache folder: its folders' digest and claimlint's code."""
    text = f"{cache.FORMAT}|{digest}|{cache.source_fingerprint()}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def rules_digest(ruleset: RuleSet) -> str:
    """The hash of the rule folders ``ruleset`` was loaded from."""
    info = _INFO.get(id(ruleset))
    return info.digest if info is not None else cache.folder_digest(ruleset.folders)


def load_ruleset(folders: Sequence[Path], cache_dir: Path | None) -> RuleSet:
    """The rule set of ``folders``: remembered, from the cache folder, or loaded (and
    checked) afresh; raises :class:`~claimlint.engine.rule.RuleError` like ``load_rules``."""
    digest = cache.folder_digest(folders)
    secret = cache.secret() if cache_dir is not None else None
    folder = (
        cache_dir / f"rules-v{cache.FORMAT}" / _key(digest)[:32] if cache_dir is not None else None
    )
    known = _MEMO.get(digest)
    if known is not None:
        info = _INFO[id(known)]
        if info.folder is None and folder is not None and secret is not None:
            info.folder, info.matchers = folder, -1  # first loaded with --no-cache: keep it now
        return known
    if folder is not None and secret is not None:
        loaded = _read(folder / "ruleset.pickle", secret)
        if loaded is not None:
            _remember(loaded, digest, folder, len(loaded._matchers))
            return loaded
    from claimlint.core.builtin import builtin_rules_dir
    from claimlint.engine.selfcheck import load_rules

    # The built-in pack ships proven (its examples and regular expressions are proved by the
    # test suite and by `claimlint rules --check`); a user's own pack is proved here.
    ruleset = load_rules(folders, proven=[builtin_rules_dir()])
    # The matchers built so far served the examples' one-rule plans only.
    ruleset._matchers.clear()
    _remember(ruleset, digest, folder if secret is not None else None, -1)
    return ruleset


def _remember(ruleset: RuleSet, digest: str, folder: Path | None, matchers: int) -> None:
    _MEMO[digest] = ruleset
    _INFO[id(ruleset)] = _Loaded(digest, folder, matchers)


def store(plan: Plan) -> None:
    """Keep the plan's rule set in the cache folder, when it is not there already or the
    plan needed matchers the stored copy lacks. A rule set that cannot be pickled (a
    third party's rule holding something pickle refuses) and a folder that cannot be
    written are not kept."""
    ruleset = plan.ruleset
    info = _INFO.get(id(ruleset))
    secret = cache.secret()
    if info is None or info.folder is None or secret is None:
        return
    if info.matchers == len(ruleset._matchers):
        return
    try:
        buffer = io.BytesIO()
        _Pickler(buffer).dump(ruleset)
    except (pickle.PicklingError, TypeError, AttributeError):  # a third party's rule
        info.folder = None
        return
    cache_dir = info.folder.parent.parent
    if not cache.prepare_dir(cache_dir):
        return
    if not cache.write_sealed(info.folder / "ruleset.pickle", buffer.getvalue(), secret):
        return
    info.matchers = len(ruleset._matchers)
    cache.prune(info.folder.parent, keep=KEEP)


#: Compiled rule sets kept per cache folder (other rule packs, other claimlint versions).
KEEP = 8


def _read(path: Path, secret: bytes) -> RuleSet | None:
    payload = cache.read_sealed(path, secret)
    if payload is None:
        return None
    from claimlint.engine.registry import RuleSet

    try:
        ruleset = pickle.loads(payload)
    except (AttributeError, ImportError):  # a third party's rule whose code has changed
        return None
    return ruleset if isinstance(ruleset, RuleSet) else None


def _read_only(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)


def _builtin_check(name: str) -> Any:
    from claimlint.engine.checks import find_check

    return find_check(name)


class _Pickler(pickle.Pickler):
    """Pickles read-only mappings as copies and built-in checks by name (so that a loaded
    rule set shares the modules' check objects)."""

    def __init__(self, stream: io.BytesIO) -> None:
        super().__init__(stream, protocol=pickle.HIGHEST_PROTOCOL)
        from claimlint.engine.checks import BUILTIN

        self._checks: dict[int, str] = {}
        for name, module in BUILTIN.items():
            loaded = sys.modules.get(module)
            check = getattr(loaded, "CHECK", None) if loaded is not None else None
            if check is not None:
                self._checks[id(check)] = name

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is MappingProxyType:
            return _read_only, (dict(obj),)
        name = self._checks.get(id(obj))
        if name is not None:
            return _builtin_check, (name,)
        return NotImplemented
