"""The regulatory knowledge pack: dated, sourced facts that rules consult.

The pack is a folder of YAML files (see ``docs/knowledge-pack.md``):

``pack.yml``
    ``as_of`` (the date the facts were last reviewed) and ``jurisdictions`` (regulators,
    accepted disclosure phrasings, crisis resources and advertising/legal rules).
``conditions.yml``
    Condition ids with their aliases and broader conditions.
every other ``*.yml``
    One treatment each (file name == treatment id): aliases, kind, legal/control status
    per jurisdiction, approvals/clearances, non-approved uses, designations and notes.

:func:`load_pack` reads the folder strictly: YAML tags other than plain scalars, lists and
mappings are refused (nothing is ever constructed from a tag), unknown keys, missing keys
(including a missing ``source`` on any fact), bad dates and references to unknown ids raise
:class:`KnowledgeError` carrying the file and the 1-based line/column of the offending node.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal, NamedTuple, NoReturn, TypeVar, cast, get_args

from claimlint.core import prebuilt
from claimlint.core.yamlnodes import (
    MappingNode,
    Node,
    Parser,
    ScalarNode,
    SequenceNode,
    YamlError,
    YamlTagError,
    code_digest,
    compose_nodes,
)

__all__ = [
    "ANY_USE",
    "AliasKind",
    "AliasPattern",
    "Approval",
    "Condition",
    "ControlLevel",
    "ControlStatus",
    "CrisisResource",
    "DatePrecision",
    "Decision",
    "Designation",
    "Disclosure",
    "DisclosureKind",
    "Jurisdiction",
    "KnowledgeError",
    "KnowledgePack",
    "NonApprovedStatus",
    "Note",
    "Parser",
    "Regulator",
    "RegulatoryRule",
    "Sex",
    "Source",
    "Status",
    "Treatment",
    "TreatmentKind",
    "UseStatus",
    "jurisdiction_ids",
    "load_pack",
    "normalize_name",
]

TreatmentKind = Literal["drug", "device", "procedure", "biologic", "supplement", "psychotherapy"]
Decision = Literal["approved", "cleared", "authorized"]
NonApprovedStatus = Literal["off-label", "unapproved", "investigational"]
Status = Literal["approved", "cleared", "authorized", "off-label", "unapproved", "investigational"]
ControlLevel = Literal["prohibited", "controlled", "state-licensed", "uncontrolled"]
DatePrecision = Literal["day", "month", "year"]
DisclosureKind = Literal["off-label", "unapproved", "investigational", "supplement"]
AliasKind = Literal["treatment", "condition"]
Sex = Literal["male", "female"]

#: ``use`` value of a non-approved-use entry that covers every condition not listed explicitly.
ANY_USE: Final = "*"
PACK_FILE: Final = "pack.yml"
CONDITIONS_FILE: Final = "conditions.yml"

_KINDS: Final[tuple[str, ...]] = get_args(TreatmentKind)
_DECISIONS: Final[tuple[str, ...]] = get_args(Decision)
_NON_APPROVED: Final[tuple[str, ...]] = get_args(NonApprovedStatus)
_CONTROL_LEVELS: Final[tuple[str, ...]] = get_args(ControlLevel)
_DISCLOSURE_KINDS: Final[tuple[str, ...]] = get_args(DisclosureKind)
_SEXES: Final[tuple[str, ...]] = get_args(Sex)
# Strength used when several approvals cover the same use: a drug approval outranks a device
# authorization (De Novo), which outranks a 510(k) clearance.
_DECISION_RANK: Final[Mapping[str, int]] = {"approved": 3, "authorized": 2, "cleared": 1}

_ID_RE: Final = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
_DATE_RE: Final = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SPACE_RE: Final = re.compile(r"\s")  # the characters str.isspace() accepts, exactly
_SEPARATORS: Final = "\\s\\-_/\u2010\u2011\u2012\u2013\u2014\u2015"
_SPLIT_RE: Final = re.compile(f"[{_SEPARATORS}]+")
_APOSTROPHES: Final = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def normalize_name(text: str) -> str:
    """Lookup key for an alias: case-folded, curly quotes straightened, and runs of spaces,
    hyphens, dashes, underscores and slashes collapsed to one space."""
    return " ".join(_SPLIT_RE.split(text.translate(_APOSTROPHES).casefold())).strip()


class KnowledgeError(Exception):
    """Invalid knowledge-pack data, located in a file (1-based line and column when known)."""

    def __init__(
        self, message: str, path: Path | str, line: int | None = None, column: int | None = None
    ) -> None:
        super().__init__(message, str(path), line, column)
        self.message = message
        self.path = Path(path)
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


# --------------------------------------------------------------------------------------------
# Data model (all frozen; tuples rather than lists). The records are named tuples: a start
# loads the pack's thousands of them, and a named tuple is a fifth of a frozen dataclass's
# cost to define and a third of its cost to build (KnowledgePack, built once, is a
# dataclass).
# --------------------------------------------------------------------------------------------


class Source(NamedTuple):
    """Where a fact comes from: an https URL and a precise title."""

    url: str
    title: str


class Regulator(NamedTuple):
    id: str
    name: str
    names: tuple[str, ...]  # every way prose refers to it ("FDA", "U.S. FDA", ...), name first
    role: str | None
    source: Source


class Disclosure(NamedTuple):
    """Phrasings that count as an adequate disclosure of one kind in a jurisdiction."""

    kind: DisclosureKind
    phrases: tuple[str, ...]
    source: Source


class CrisisResource(NamedTuple):
    name: str
    contact: str
    url: str
    note: str | None
    source: Source


class RegulatoryRule(NamedTuple):
    """A jurisdiction-level legal or advertising-code rule, paraphrased."""

    id: str
    authority: str  # regulator id
    code: str  # e.g. "CAP Code"
    number: str | None  # e.g. "12.12"
    summary: str
    source: Source


class Jurisdiction(NamedTuple):
    id: str
    name: str
    parent: str | None
    regulators: tuple[Regulator, ...]
    decision_words: tuple[tuple[Decision, tuple[str, ...]], ...]
    disclosures: tuple[Disclosure, ...]
    crisis_resources: tuple[CrisisResource, ...]
    rules: tuple[RegulatoryRule, ...]
    note: str | None

    def regulator(self, regulator_id: str) -> Regulator | None:
        return next((r for r in self.regulators if r.id == regulator_id), None)

    def rule(self, rule_id: str) -> RegulatoryRule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def disclosure(self, kind: DisclosureKind) -> Disclosure | None:
        return next((d for d in self.disclosures if d.kind == kind), None)

    def words_for(self, decision: Decision) -> tuple[str, ...]:
        return next((words for d, words in self.decision_words if d == decision), ())


class ControlStatus(NamedTuple):
    """Legal/control status of a treatment in one jurisdiction.

    ``status``: ``prohibited`` (e.g. US Schedule I, UK Schedule 1: no accepted medical use),
    ``controlled`` (scheduled but lawfully prescribable), ``state-licensed`` (lawful only inside a
    state-licensed programme while still prohibited by the parent jurisdiction) or
    ``uncontrolled``.
    """

    jurisdiction: str
    status: ControlLevel
    schedule: str | None
    authority: str | None  # regulator id
    note: str | None
    source: Source


class Approval(NamedTuple):
    """A positive regulatory decision for one use (condition id) in one jurisdiction."""

    treatment_id: str
    regulator: str
    jurisdiction: str
    use: str
    decision: Decision
    date: dt.date | None  # first day of the period when the precision is month or year
    date_precision: DatePrecision | None
    product: str | None  # brand/device name the decision is for (one of the treatment's names)
    pathway: str | None  # NDA, BLA, 510(k), De Novo, ...
    form: str | None  # route/form if the decision is limited to one (e.g. "nasal spray")
    population: str | None
    sex: Sex | None  # the one sex the decision is limited to ("men only"), when it is
    conditions_of_use: tuple[str, ...]
    note: str | None
    source: Source

    @property
    def date_text(self) -> str | None:
        """The date as precisely as the pack records it: ``2019-03-05``, ``2020-07`` or ``1970``."""
        if self.date is None:
            return None
        if self.date_precision == "year":
            return f"{self.date.year:04d}"
        if self.date_precision == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


class Designation(NamedTuple):
    """An expedited-programme designation (e.g. breakthrough therapy). Never an approval."""

    treatment_id: str
    regulator: str
    jurisdiction: str
    use: str
    designation: str
    date: dt.date | None
    date_precision: DatePrecision | None
    sponsor: str | None
    note: str | None
    source: Source


class UseStatus(NamedTuple):
    """Status of a treatment for a use in a jurisdiction.

    Stored entries (``Treatment.non_approved_uses``) have an off-label / unapproved /
    investigational status and no approvals. :meth:`KnowledgePack.use_status` also returns
    instances built from approvals, whose status is the decision and whose ``approvals`` holds
    them. ``use`` may be a broader condition than the one asked about, or :data:`ANY_USE`.
    """

    treatment_id: str
    use: str
    jurisdiction: str
    status: Status
    note: str | None
    source: Source
    approvals: tuple[Approval, ...] = ()

    @property
    def approval(self) -> Approval | None:
        return self.approvals[0] if self.approvals else None

    @property
    def is_authorized(self) -> bool:
        """True for approved, cleared or authorized uses."""
        return self.status in _DECISIONS

    @property
    def needs_disclosure(self) -> bool:
        """True for off-label, unapproved and investigational uses."""
        return self.status in _NON_APPROVED


class Note(NamedTuple):
    text: str
    source: Source


class Treatment(NamedTuple):
    id: str
    names: tuple[str, ...]  # canonical name first, then aliases and brand names
    ambiguous_names: tuple[str, ...]  # aliases that are also ordinary words ("molly", "acid")
    kind: TreatmentKind
    prescription_only: bool
    summary: str | None
    related: tuple[str, ...]  # treatment ids often confused with this one
    source: Source
    control_status: tuple[ControlStatus, ...]
    approvals: tuple[Approval, ...]
    designations: tuple[Designation, ...]
    non_approved_uses: tuple[UseStatus, ...]
    notes: tuple[Note, ...]
    path: Path

    @property
    def name(self) -> str:
        return self.names[0]

    @property
    def all_names(self) -> tuple[str, ...]:
        return self.names + self.ambiguous_names

    def control_in(self, jurisdiction: str) -> ControlStatus | None:
        """The entry for exactly this jurisdiction (see KnowledgePack.control_status for
        inheritance from parent jurisdictions)."""
        return next((c for c in self.control_status if c.jurisdiction == jurisdiction), None)


class Condition(NamedTuple):
    id: str
    names: tuple[str, ...]
    ambiguous_names: tuple[str, ...]
    broader: tuple[str, ...]  # condition ids this one is a kind of
    note: str | None

    @property
    def name(self) -> str:
        return self.names[0]

    @property
    def all_names(self) -> tuple[str, ...]:
        return self.names + self.ambiguous_names


class AliasPattern(NamedTuple):
    """One alias string to look for in prose."""

    text: str
    kind: AliasKind
    target_id: str
    ambiguous: bool

    @property
    def regex(self) -> str:
        """A word-bounded pattern (compile with re.IGNORECASE) that tolerates spaces, hyphens
        and dashes between words and straight or curly apostrophes."""
        words = [w for w in _SPLIT_RE.split(self.text.translate(_APOSTROPHES)) if w]
        body = f"[{_SEPARATORS}]+".join(re.escape(w).replace("'", "['\u2019]") for w in words)
        return f"(?<!\\w){body}(?!\\w)"


@dataclass(frozen=True, slots=True, eq=False)
class KnowledgePack:
    as_of: dt.date
    jurisdictions: Mapping[str, Jurisdiction]
    treatments: Mapping[str, Treatment]
    conditions: Mapping[str, Condition]
    default_jurisdiction: str
    folder: Path
    _treatment_index: Mapping[str, str] = field(repr=False)
    _condition_index: Mapping[str, str] = field(repr=False)
    _broader: Mapping[str, tuple[str, ...]] = field(repr=False)
    _narrower: Mapping[str, tuple[str, ...]] = field(repr=False)
    _aliases: tuple[AliasPattern, ...] = field(repr=False)

    # -- lookups -------------------------------------------------------------------------------

    def find_treatment(self, name: str) -> Treatment | None:
        """Case-insensitive lookup by id, name, alias, brand or ambiguous alias."""
        tid = self._treatment_index.get(normalize_name(name))
        return None if tid is None else self.treatments[tid]

    def find_condition(self, name: str) -> Condition | None:
        cid = self._condition_index.get(normalize_name(name))
        return None if cid is None else self.conditions[cid]

    def treatment(self, treatment_id: str) -> Treatment:
        """The treatment with this id (KeyError if unknown)."""
        return self.treatments[treatment_id]

    def condition(self, condition_id: str) -> Condition:
        """The condition with this id (KeyError if unknown)."""
        return self.conditions[condition_id]

    def jurisdiction(self, jurisdiction: str | None = None) -> Jurisdiction:
        return self.jurisdictions[jurisdiction or self.default_jurisdiction]

    def jurisdiction_chain(self, jurisdiction: str | None = None) -> tuple[Jurisdiction, ...]:
        """The jurisdiction followed by its parents (e.g. us-or, us)."""
        chain: list[Jurisdiction] = []
        current: str | None = jurisdiction or self.default_jurisdiction
        while current is not None:
            node = self.jurisdictions[current]
            chain.append(node)
            current = node.parent
        return tuple(chain)

    def broader_conditions(self, condition_id: str) -> tuple[str, ...]:
        """All conditions this one is a kind of, nearest first (not including itself)."""
        self.conditions[condition_id]
        return self._broader.get(condition_id, ())

    def narrower_conditions(self, condition_id: str) -> tuple[str, ...]:
        """All conditions that are kinds of this one (not including itself)."""
        self.conditions[condition_id]
        return self._narrower.get(condition_id, ())

    def find_regulator(self, name: str, jurisdiction: str | None = None) -> Regulator | None:
        """A regulator of the jurisdiction or its parents named ``name`` (any alias)."""
        key = normalize_name(name)
        for jur in self.jurisdiction_chain(jurisdiction):
            for reg in jur.regulators:
                if any(normalize_name(n) == key for n in reg.names) or reg.id == key:
                    return reg
        return None

    # -- status questions ----------------------------------------------------------------------

    def use_status(
        self, treatment_id: str, condition_id: str, jurisdiction: str | None = None
    ) -> UseStatus | None:
        """Status of using a treatment for a condition in a jurisdiction, or None if the pack
        says nothing about it.

        Looks in the jurisdiction, then its parents; within each, at the condition and then at
        its broader conditions (an approval for major depression covers a narrower kind of
        depression unless the pack says otherwise for the narrower one), then at the
        treatment's catch-all (``use: "*"``) entry. Approvals win over non-approved entries
        for the same use. Raises KeyError for unknown ids.
        """
        treatment = self.treatments[treatment_id]
        uses = (condition_id, *self.broader_conditions(condition_id))
        for jur in self.jurisdiction_chain(jurisdiction):
            for use in uses:
                approvals = tuple(
                    a for a in treatment.approvals if a.jurisdiction == jur.id and a.use == use
                )
                if approvals:
                    ordered = tuple(sorted(approvals, key=_approval_order))
                    best = ordered[0]
                    return UseStatus(
                        treatment_id=treatment.id,
                        use=use,
                        jurisdiction=jur.id,
                        status=best.decision,
                        note=best.note,
                        source=best.source,
                        approvals=ordered,
                    )
                for entry in treatment.non_approved_uses:
                    if entry.jurisdiction == jur.id and entry.use == use:
                        return entry
            for entry in treatment.non_approved_uses:
                if entry.jurisdiction == jur.id and entry.use == ANY_USE:
                    return entry
        return None

    def approvals_for(
        self,
        treatment_id: str,
        condition_id: str | None = None,
        jurisdiction: str | None = None,
        *,
        include_narrower: bool = False,
    ) -> tuple[Approval, ...]:
        """Approvals/clearances of a treatment in a jurisdiction (and its parents), oldest
        first; limited to ``condition_id`` and its broader conditions if given, plus narrower
        ones with ``include_narrower``. Empty means "no such approval is recorded"."""
        treatment = self.treatments[treatment_id]
        chain = {j.id for j in self.jurisdiction_chain(jurisdiction)}
        uses: set[str] | None = None
        if condition_id is not None:
            uses = {condition_id, *self.broader_conditions(condition_id)}
            if include_narrower:
                uses.update(self.narrower_conditions(condition_id))
        found = [
            a
            for a in treatment.approvals
            if a.jurisdiction in chain and (uses is None or a.use in uses)
        ]
        return tuple(sorted(found, key=_approval_date_key))

    def control_status(
        self, treatment_id: str, jurisdiction: str | None = None
    ) -> ControlStatus | None:
        """The nearest control status in the jurisdiction chain (a state entry, if any, else the
        federal one). Use :meth:`control_statuses` to see every level."""
        found = self.control_statuses(treatment_id, jurisdiction)
        return found[0] if found else None

    def control_statuses(
        self, treatment_id: str, jurisdiction: str | None = None
    ) -> tuple[ControlStatus, ...]:
        treatment = self.treatments[treatment_id]
        found = (treatment.control_in(j.id) for j in self.jurisdiction_chain(jurisdiction))
        return tuple(c for c in found if c is not None)

    def disclosure(
        self, kind: DisclosureKind, jurisdiction: str | None = None
    ) -> Disclosure | None:
        """Accepted disclosure phrasings of this kind, from the nearest jurisdiction having any."""
        for jur in self.jurisdiction_chain(jurisdiction):
            found = jur.disclosure(kind)
            if found is not None:
                return found
        return None

    def crisis_resources(self, jurisdiction: str | None = None) -> tuple[CrisisResource, ...]:
        for jur in self.jurisdiction_chain(jurisdiction):
            if jur.crisis_resources:
                return jur.crisis_resources
        return ()

    def alias_patterns(self) -> tuple[AliasPattern, ...]:
        """Every treatment and condition alias, longest first (so that an alternation of their
        :attr:`AliasPattern.regex` prefers "compounded semaglutide" over "semaglutide")."""
        return self._aliases


def _approval_order(approval: Approval) -> tuple[int, dt.date]:
    return (-_DECISION_RANK[approval.decision], _approval_date_key(approval))


def _approval_date_key(approval: Approval) -> dt.date:
    return approval.date or dt.date.max


# --------------------------------------------------------------------------------------------
# Strict YAML reading (the nodes come from claimlint.core.yamlnodes)
# --------------------------------------------------------------------------------------------

_T = TypeVar("_T")

_NULL_WORDS: Final = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL_WORDS: Final = {"true": True, "false": False}


class _File:
    """One YAML file being read; turns problems into located KnowledgeErrors."""

    __slots__ = ("path",)

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, node: Node | None, message: str) -> NoReturn:
        if node is None:
            raise KnowledgeError(message, self.path)
        raise KnowledgeError(message, self.path, node.line, node.column)


class _Map:
    """A YAML mapping whose keys have been checked against the allowed ones."""

    __slots__ = ("entries", "file", "node", "what")

    def __init__(
        self,
        file: _File,
        node: Node,
        what: str,
        required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> None:
        if not isinstance(node, MappingNode):
            file.fail(node, f"{what} must be a mapping")
        allowed = (*required, *optional)
        entries: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.pairs:
            if not isinstance(key_node, ScalarNode):
                file.fail(key_node, f"keys of {what} must be plain text")
            key = str(key_node.value)
            if key in entries:
                file.fail(key_node, f"duplicate key '{key}' in {what}")
            if key not in allowed:
                file.fail(
                    key_node,
                    f"unknown key '{key}' in {what} (allowed: {', '.join(sorted(allowed))})",
                )
            entries[key] = (key_node, value_node)
        for key in required:
            if key not in entries:
                file.fail(node, f"{what} is missing required key '{key}'")
        self.file = file
        self.node = node
        self.what = what
        self.entries = entries

    def value(self, key: str) -> Node:
        return self.entries[key][1]

    def get(self, key: str) -> Node | None:
        entry = self.entries.get(key)
        return None if entry is None else entry[1]

    def text(self, key: str) -> str:
        return _text(self.file, self.value(key), f"'{key}' in {self.what}")

    def opt_text(self, key: str) -> str | None:
        node = self.get(key)
        return None if node is None else _text(self.file, node, f"'{key}' in {self.what}")

    def texts(self, key: str, *, allow_empty: bool = True) -> tuple[str, ...]:
        node = self.get(key)
        if node is None:
            return ()
        return _texts(self.file, node, f"'{key}' in {self.what}", allow_empty=allow_empty)

    def ident(self, key: str) -> str:
        return _ident(self.file, self.value(key), f"'{key}' in {self.what}")

    def choice(self, key: str, choices: Sequence[str]) -> str:
        node = self.value(key)
        value = _text(self.file, node, f"'{key}' in {self.what}")
        if value not in choices:
            self.file.fail(
                node, f"'{key}' in {self.what} must be one of {', '.join(choices)}, not '{value}'"
            )
        return value

    def source(self, key: str = "source") -> Source:
        return _source(self.file, self.value(key), f"source of {self.what}")

    def items(self, key: str) -> list[Node]:
        node = self.get(key)
        if node is None:
            return []
        if not isinstance(node, SequenceNode):
            self.file.fail(node, f"'{key}' in {self.what} must be a list")
        return list(node.items)


def _scalar(file: _File, node: Node, what: str) -> str:
    if not isinstance(node, ScalarNode):
        file.fail(node, f"{what} must be a single value, not a list or mapping")
    return str(node.value)


def _text(file: _File, node: Node, what: str) -> str:
    raw = _scalar(file, node, what)
    if isinstance(node, ScalarNode) and node.plain and raw.lower() in _BOOL_WORDS:
        file.fail(node, f"{what} must be text, not {raw}")
    if isinstance(node, ScalarNode) and node.plain and raw in _NULL_WORDS:
        file.fail(node, f"{what} must not be empty")
    value = raw.strip()
    if not value:
        file.fail(node, f"{what} must not be empty")
    return value


def _texts(file: _File, node: Node, what: str, *, allow_empty: bool = True) -> tuple[str, ...]:
    if not isinstance(node, SequenceNode):
        file.fail(node, f"{what} must be a list")
    values = tuple(_text(file, item, f"an item of {what}") for item in node.items)
    if not values and not allow_empty:
        file.fail(node, f"{what} must not be empty")
    return values


def _ident(file: _File, node: Node, what: str) -> str:
    value = _text(file, node, what)
    if not _ID_RE.fullmatch(value):
        file.fail(
            node, f"{what} must be an id of lower-case letters, digits and hyphens: '{value}'"
        )
    return value


def _bool(file: _File, node: Node, what: str) -> bool:
    raw = _scalar(file, node, what)
    value = _BOOL_WORDS.get(raw.lower())
    if value is None or not (isinstance(node, ScalarNode) and node.plain):
        file.fail(node, f"{what} must be true or false")
    return value


def _date(
    file: _File, node: Node, what: str, *, full: bool = False
) -> tuple[dt.date, DatePrecision]:
    raw = _scalar(file, node, what).strip()
    match = _DATE_RE.fullmatch(raw)
    expected = "YYYY-MM-DD" if full else "YYYY-MM-DD, YYYY-MM or YYYY"
    if match is None or (full and match.group(3) is None):
        file.fail(node, f"{what} must be a date written {expected}, not '{raw}'")
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        value = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        file.fail(node, f"{what} is not a valid date: '{raw}'")
    precision: DatePrecision = "day" if day else "month" if month else "year"
    return value, precision


def _url(file: _File, node: Node, what: str) -> str:
    value = _text(file, node, what)
    if not value.startswith("https://") or _SPACE_RE.search(value) or len(value) < 12:
        file.fail(node, f"{what} must be an https:// URL: '{value}'")
    return value


def _source(file: _File, node: Node, what: str) -> Source:
    mapping = _Map(file, node, what, ("url", "title"))
    return Source(
        url=_url(file, mapping.value("url"), f"url of {what}"),
        title=mapping.text("title"),
    )


def _compose(file: _File, parser: Parser) -> Node:
    """The node tree of a knowledge file; YAML problems become located KnowledgeErrors."""
    try:
        text = file.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"cannot read knowledge file: {exc}", file.path) from None
    try:
        node = compose_nodes(text, str(file.path), parser=parser)
    except YamlTagError as exc:
        raise KnowledgeError(
            f"YAML tag '{exc.tag}' is not allowed in knowledge files "
            "(use plain text, numbers, booleans, dates, lists and mappings)",
            file.path,
            exc.line,
            exc.column,
        ) from None
    except YamlError as exc:
        if not exc.located:
            raise KnowledgeError(exc.message, file.path) from None
        raise KnowledgeError(exc.message, file.path, exc.line, exc.column) from None
    if node is None:
        raise KnowledgeError("knowledge file is empty", file.path, 1, 1)
    return node


# --------------------------------------------------------------------------------------------
# Building the pack
# --------------------------------------------------------------------------------------------


class _Builder:
    def __init__(self, folder: Path, parser: Parser) -> None:
        self.folder = folder
        self.parser = parser
        self.as_of = dt.date.min
        self.jurisdictions: dict[str, Jurisdiction] = {}
        self.conditions: dict[str, Condition] = {}
        self.treatments: dict[str, Treatment] = {}
        self.condition_index: dict[str, str] = {}
        self.treatment_index: dict[str, str] = {}
        self.alias_owner: dict[str, str] = {}  # normalized alias -> "treatment x" / "condition y"
        self.aliases: list[AliasPattern] = []
        self.broader: dict[str, tuple[str, ...]] = {}
        self.pending_authorities: list[tuple[_File, Node, str, str]] = []

    # -- pack.yml ------------------------------------------------------------------------------

    def pack_top(self) -> tuple[_File, _Map]:
        """``pack.yml`` with its top-level keys checked."""
        file = _File(self.folder / PACK_FILE)
        if not file.path.is_file():
            raise KnowledgeError(f"the knowledge pack has no {PACK_FILE}", file.path)
        top = _Map(
            file,
            _compose(file, self.parser),
            PACK_FILE,
            ("as_of", "jurisdictions"),
            ("description",),
        )
        return file, top

    def read_pack_file(self) -> None:
        file, top = self.pack_top()
        self.as_of, _ = _date(file, top.value("as_of"), "as_of", full=True)
        if top.get("description") is not None:
            top.text("description")
        juris_node = top.value("jurisdictions")
        juris = _Map(file, juris_node, "jurisdictions", (), self._keys_of(file, juris_node))
        parents: list[tuple[str, str, Node]] = []
        for key, (key_node, value_node) in juris.entries.items():
            jid = _ident(file, key_node, "a jurisdiction id")
            jurisdiction, parent_node = self.read_jurisdiction(file, jid, value_node)
            self.jurisdictions[jid] = jurisdiction
            if jurisdiction.parent is not None and parent_node is not None:
                parents.append((key, jurisdiction.parent, parent_node))
        if not self.jurisdictions:
            file.fail(juris_node, "jurisdictions must define at least one jurisdiction")
        for jid, parent, parent_node in parents:
            if parent not in self.jurisdictions:
                file.fail(parent_node, f"jurisdiction '{jid}' has unknown parent '{parent}'")
        for jid, parent, parent_node in parents:
            seen = {jid}
            current: str | None = parent
            while current is not None:
                if current in seen:
                    file.fail(parent_node, f"jurisdiction '{jid}' has a cyclic parent chain")
                seen.add(current)
                current = self.jurisdictions[current].parent
        for auth_file, auth_node, jid, _authority in self.pending_authorities:
            self.check_regulator(auth_file, auth_node, jid, f"authority of a rule of '{jid}'")
        for jid, jurisdiction in self.jurisdictions.items():
            if jurisdiction.parent is None:
                required: tuple[DisclosureKind, ...] = (
                    "off-label",
                    "unapproved",
                    "investigational",
                )
                missing = [kind for kind in required if jurisdiction.disclosure(kind) is None]
                where = juris.entries[jid][1]
                if missing:
                    file.fail(
                        where,
                        f"top-level jurisdiction '{jid}' needs disclosures for "
                        f"{', '.join(missing)}",
                    )
                if not jurisdiction.crisis_resources:
                    file.fail(where, f"top-level jurisdiction '{jid}' needs crisis_resources")

    @staticmethod
    def _keys_of(file: _File, node: Node) -> tuple[str, ...]:
        if not isinstance(node, MappingNode):
            file.fail(node, "jurisdictions must be a mapping of jurisdiction id to details")
        return tuple(str(k.value) for k, _ in node.pairs if isinstance(k, ScalarNode))

    def read_jurisdiction(
        self, file: _File, jid: str, node: Node
    ) -> tuple[Jurisdiction, Node | None]:
        what = f"jurisdiction '{jid}'"
        m = _Map(
            file,
            node,
            what,
            ("name",),
            (
                "parent",
                "note",
                "regulators",
                "decision_words",
                "disclosures",
                "crisis_resources",
                "rules",
            ),
        )
        parent_node = m.get("parent")
        parent = None if parent_node is None else _ident(file, parent_node, f"parent of {what}")
        regulators: list[Regulator] = []
        for item in m.items("regulators"):
            r = _Map(
                file, item, f"a regulator of {what}", ("id", "name", "source"), ("names", "role")
            )
            rid = r.ident("id")
            if any(x.id == rid for x in regulators):
                file.fail(r.value("id"), f"duplicate regulator id '{rid}' in {what}")
            name = r.text("name")
            names = (name, *(n for n in r.texts("names") if n != name))
            regulators.append(Regulator(rid, name, names, r.opt_text("role"), r.source()))
        decision_words: list[tuple[Decision, tuple[str, ...]]] = []
        words_node = m.get("decision_words")
        if words_node is not None:
            w = _Map(file, words_node, f"decision_words of {what}", (), _DECISIONS)
            for decision in w.entries:
                decision_words.append((cast(Decision, decision), w.texts(decision)))
        disclosures: list[Disclosure] = []
        disc_node = m.get("disclosures")
        if disc_node is not None:
            d = _Map(file, disc_node, f"disclosures of {what}", (), _DISCLOSURE_KINDS)
            for kind, (_, value) in d.entries.items():
                dm = _Map(file, value, f"'{kind}' disclosures of {what}", ("phrases", "source"))
                disclosures.append(
                    Disclosure(
                        cast(DisclosureKind, kind),
                        dm.texts("phrases", allow_empty=False),
                        dm.source(),
                    )
                )
        crisis: list[CrisisResource] = []
        for item in m.items("crisis_resources"):
            c = _Map(
                file,
                item,
                f"a crisis resource of {what}",
                ("name", "contact", "url", "source"),
                ("note",),
            )
            crisis.append(
                CrisisResource(
                    c.text("name"),
                    c.text("contact"),
                    _url(file, c.value("url"), "url"),
                    c.opt_text("note"),
                    c.source(),
                )
            )
        rules: list[RegulatoryRule] = []
        for item in m.items("rules"):
            r = _Map(
                file,
                item,
                f"a rule of {what}",
                ("id", "authority", "code", "summary", "source"),
                ("number",),
            )
            rule_id = r.ident("id")
            if any(x.id == rule_id for x in rules):
                file.fail(r.value("id"), f"duplicate rule id '{rule_id}' in {what}")
            authority = r.ident("authority")
            self.pending_authorities.append((file, r.value("authority"), jid, authority))
            rules.append(
                RegulatoryRule(
                    rule_id,
                    authority,
                    r.text("code"),
                    r.opt_text("number"),
                    r.text("summary"),
                    r.source(),
                )
            )
        jurisdiction = Jurisdiction(
            id=jid,
            name=m.text("name"),
            parent=parent,
            regulators=tuple(regulators),
            decision_words=tuple(decision_words),
            disclosures=tuple(disclosures),
            crisis_resources=tuple(crisis),
            rules=tuple(rules),
            note=m.opt_text("note"),
        )
        return jurisdiction, parent_node

    # -- conditions.yml ------------------------------------------------------------------------

    def read_conditions_file(self) -> None:
        file = _File(self.folder / CONDITIONS_FILE)
        if not file.path.is_file():
            raise KnowledgeError(f"the knowledge pack has no {CONDITIONS_FILE}", file.path)
        top = _Map(file, _compose(file, self.parser), CONDITIONS_FILE, ("conditions",))
        pending: list[tuple[str, str, Node]] = []
        for item in top.items("conditions"):
            m = _Map(
                file, item, "a condition", ("id", "names"), ("ambiguous_names", "broader", "note")
            )
            cid = m.ident("id")
            if cid in self.conditions:
                file.fail(m.value("id"), f"duplicate condition id '{cid}'")
            what = f"condition '{cid}'"
            names = self.register_names(file, m, "condition", cid, what)
            ambiguous = self.register_names(file, m, "condition", cid, what, ambiguous=True)
            broader_node = m.get("broader")
            broader: tuple[str, ...] = ()
            if broader_node is not None:
                if not isinstance(broader_node, SequenceNode):
                    file.fail(broader_node, f"'broader' in {what} must be a list")
                broader = tuple(
                    _ident(file, b, f"an item of 'broader' in {what}") for b in broader_node.items
                )
                pending.extend(
                    (cid, b, n) for b, n in zip(broader, broader_node.items, strict=True)
                )
            self.conditions[cid] = Condition(cid, names, ambiguous, broader, m.opt_text("note"))
        if not self.conditions:
            file.fail(top.value("conditions"), "conditions must not be empty")
        for cid, broader_id, node in pending:
            if broader_id not in self.conditions:
                file.fail(node, f"condition '{cid}' has unknown broader condition '{broader_id}'")
            if broader_id == cid:
                file.fail(node, f"condition '{cid}' cannot be broader than itself")
        for cid, _, node in pending:
            self.broader[cid] = self.ancestors(file, cid, node)

    def ancestors(self, file: _File, cid: str, node: Node) -> tuple[str, ...]:
        order: list[str] = []
        frontier = list(self.conditions[cid].broader)
        while frontier:
            nxt: list[str] = []
            for b in frontier:
                if b == cid:
                    file.fail(node, f"condition '{cid}' is (indirectly) broader than itself")
                if b not in order:
                    order.append(b)
                    nxt.extend(self.conditions[b].broader)
            frontier = nxt
        return tuple(order)

    def register_names(
        self,
        file: _File,
        m: _Map,
        kind: AliasKind,
        target: str,
        what: str,
        *,
        ambiguous: bool = False,
    ) -> tuple[str, ...]:
        key = "ambiguous_names" if ambiguous else "names"
        node = m.get(key)
        if node is None:
            return ()
        values = _texts(file, node, f"'{key}' of {what}", allow_empty=ambiguous)
        assert isinstance(node, SequenceNode)
        for value, item in zip(values, node.items, strict=True):
            norm = normalize_name(value)
            owner = f"{kind} '{target}'"
            previous = self.alias_owner.get(norm)
            if previous is not None:
                file.fail(item, f"name '{value}' of {what} is already a name of {previous}")
            self.alias_owner[norm] = owner
            index = self.treatment_index if kind == "treatment" else self.condition_index
            index[norm] = target
            self.aliases.append(AliasPattern(value, kind, target, ambiguous))
        return values

    # -- treatment files -----------------------------------------------------------------------

    def read_treatment_file(
        self, path: Path, pending_related: list[tuple[_File, str, Node]]
    ) -> None:
        file = _File(path)
        m = _Map(
            file,
            _compose(file, self.parser),
            path.name,
            ("id", "names", "kind", "prescription_only", "source"),
            (
                "ambiguous_names",
                "summary",
                "related",
                "control_status",
                "approvals",
                "designations",
                "non_approved_uses",
                "notes",
            ),
        )
        tid = m.ident("id")
        if tid != path.stem:
            file.fail(m.value("id"), f"treatment id '{tid}' must match its file name '{path.stem}'")
        what = f"treatment '{tid}'"
        names = self.register_names(file, m, "treatment", tid, what)
        ambiguous = self.register_names(file, m, "treatment", tid, what, ambiguous=True)
        norm_id = normalize_name(tid)
        if norm_id not in self.alias_owner:
            self.alias_owner[norm_id] = f"treatment '{tid}'"
            self.treatment_index[norm_id] = tid
        elif self.treatment_index.get(norm_id) != tid:
            file.fail(
                m.value("id"),
                f"treatment id '{tid}' is already a name of {self.alias_owner[norm_id]}",
            )
        kind = m.choice("kind", _KINDS)
        prescription_only = _bool(
            file, m.value("prescription_only"), f"prescription_only of {what}"
        )
        related: list[str] = []
        for item in m.items("related"):
            rid = _ident(file, item, f"an item of 'related' in {what}")
            if rid == tid:
                file.fail(item, f"{what} cannot be related to itself")
            related.append(rid)
            pending_related.append((file, rid, item))

        control: list[ControlStatus] = []
        control_node = m.get("control_status")
        if control_node is not None:
            cmap = _Map(
                file, control_node, f"control_status of {what}", (), tuple(self.jurisdictions)
            )
            for jid, (_, value) in cmap.entries.items():
                control.append(self.read_control(file, tid, jid, value))

        name_keys = frozenset(normalize_name(n) for n in (*names, *ambiguous))
        approvals = tuple(
            self.read_approval(file, tid, item, name_keys) for item in m.items("approvals")
        )
        designations = tuple(
            self.read_designation(file, tid, item) for item in m.items("designations")
        )
        non_approved: list[UseStatus] = []
        seen_uses: set[tuple[str, str]] = set()
        for item in m.items("non_approved_uses"):
            entry, use_node = self.read_non_approved(file, tid, item)
            key = (entry.use, entry.jurisdiction)
            if key in seen_uses:
                file.fail(
                    use_node,
                    f"{what} lists use '{entry.use}' in '{entry.jurisdiction}' "
                    "twice under non_approved_uses",
                )
            if any(a.use == entry.use and a.jurisdiction == entry.jurisdiction for a in approvals):
                file.fail(
                    use_node,
                    f"{what} lists use '{entry.use}' in '{entry.jurisdiction}' both "
                    "as approved and as not approved",
                )
            seen_uses.add(key)
            non_approved.append(entry)
        notes: list[Note] = []
        for item in m.items("notes"):
            n = _Map(file, item, f"a note of {what}", ("text", "source"))
            notes.append(Note(n.text("text"), n.source()))
        self.treatments[tid] = Treatment(
            id=tid,
            names=names,
            ambiguous_names=ambiguous,
            kind=cast(TreatmentKind, kind),
            prescription_only=prescription_only,
            summary=m.opt_text("summary"),
            related=tuple(related),
            source=m.source(),
            control_status=tuple(control),
            approvals=approvals,
            designations=designations,
            non_approved_uses=tuple(non_approved),
            notes=tuple(notes),
            path=path,
        )

    def check_jurisdiction(self, file: _File, node: Node, what: str) -> str:
        jid = _ident(file, node, what)
        if jid not in self.jurisdictions:
            file.fail(
                node,
                f"{what} refers to unknown jurisdiction '{jid}' "
                f"(known: {', '.join(sorted(self.jurisdictions))})",
            )
        return jid

    def check_regulator(self, file: _File, node: Node, jurisdiction: str, what: str) -> str:
        rid = _ident(file, node, what)
        current: str | None = jurisdiction
        while current is not None:
            jur = self.jurisdictions[current]
            if jur.regulator(rid) is not None:
                return rid
            current = jur.parent
        file.fail(
            node,
            f"{what} refers to regulator '{rid}', which jurisdiction "
            f"'{jurisdiction}' does not define",
        )

    def check_use(self, file: _File, node: Node, what: str, *, allow_any: bool = False) -> str:
        value = _text(file, node, what)
        if allow_any and value == ANY_USE:
            return value
        if value not in self.conditions:
            file.fail(
                node, f"{what} refers to unknown condition '{value}' (add it to {CONDITIONS_FILE})"
            )
        return value

    def check_date(self, file: _File, node: Node, what: str) -> tuple[dt.date, DatePrecision]:
        value, precision = _date(file, node, what)
        if value > self.as_of:
            file.fail(
                node,
                f"{what} ({_scalar(file, node, what)}) is after the pack's as_of "
                f"date {self.as_of.isoformat()}",
            )
        return value, precision

    def read_control(self, file: _File, tid: str, jid: str, node: Node) -> ControlStatus:
        what = f"control_status '{jid}' of treatment '{tid}'"
        c = _Map(file, node, what, ("status", "source"), ("schedule", "authority", "note"))
        authority_node = c.get("authority")
        authority = None
        if authority_node is not None:
            authority = self.check_regulator(file, authority_node, jid, f"authority of {what}")
        return ControlStatus(
            jurisdiction=jid,
            status=cast(ControlLevel, c.choice("status", _CONTROL_LEVELS)),
            schedule=c.opt_text("schedule"),
            authority=authority,
            note=c.opt_text("note"),
            source=c.source(),
        )

    def read_approval(
        self, file: _File, tid: str, node: Node, name_keys: frozenset[str]
    ) -> Approval:
        what = f"an approval of treatment '{tid}'"
        a = _Map(
            file,
            node,
            what,
            ("regulator", "jurisdiction", "use", "decision", "source"),
            (
                "date",
                "product",
                "pathway",
                "form",
                "population",
                "sex",
                "conditions_of_use",
                "note",
            ),
        )
        sex = a.choice("sex", _SEXES) if a.get("sex") is not None else None
        jid = self.check_jurisdiction(file, a.value("jurisdiction"), f"jurisdiction of {what}")
        date_node = a.get("date")
        date, precision = (
            (None, None)
            if date_node is None
            else self.check_date(file, date_node, f"date of {what}")
        )
        product = a.opt_text("product")
        if product is not None and normalize_name(product) not in name_keys:
            file.fail(
                a.value("product"),
                f"product '{product}' of {what} must be one of the treatment's names",
            )
        return Approval(
            treatment_id=tid,
            regulator=self.check_regulator(file, a.value("regulator"), jid, f"regulator of {what}"),
            jurisdiction=jid,
            use=self.check_use(file, a.value("use"), f"use of {what}"),
            decision=cast(Decision, a.choice("decision", _DECISIONS)),
            date=date,
            date_precision=precision,
            product=product,
            pathway=a.opt_text("pathway"),
            form=a.opt_text("form"),
            population=a.opt_text("population"),
            sex=cast("Sex | None", sex),
            conditions_of_use=a.texts("conditions_of_use"),
            note=a.opt_text("note"),
            source=a.source(),
        )

    def read_designation(self, file: _File, tid: str, node: Node) -> Designation:
        what = f"a designation of treatment '{tid}'"
        d = _Map(
            file,
            node,
            what,
            ("regulator", "jurisdiction", "use", "designation", "source"),
            ("date", "sponsor", "note"),
        )
        jid = self.check_jurisdiction(file, d.value("jurisdiction"), f"jurisdiction of {what}")
        date_node = d.get("date")
        date, precision = (
            (None, None)
            if date_node is None
            else self.check_date(file, date_node, f"date of {what}")
        )
        return Designation(
            treatment_id=tid,
            regulator=self.check_regulator(file, d.value("regulator"), jid, f"regulator of {what}"),
            jurisdiction=jid,
            use=self.check_use(file, d.value("use"), f"use of {what}"),
            designation=d.ident("designation"),
            date=date,
            date_precision=precision,
            sponsor=d.opt_text("sponsor"),
            note=d.opt_text("note"),
            source=d.source(),
        )

    def read_non_approved(self, file: _File, tid: str, node: Node) -> tuple[UseStatus, Node]:
        what = f"a non-approved use of treatment '{tid}'"
        u = _Map(file, node, what, ("use", "jurisdiction", "status", "note", "source"))
        use_node = u.value("use")
        entry = UseStatus(
            treatment_id=tid,
            use=self.check_use(file, use_node, f"use of {what}", allow_any=True),
            jurisdiction=self.check_jurisdiction(
                file, u.value("jurisdiction"), f"jurisdiction of {what}"
            ),
            status=cast(NonApprovedStatus, u.choice("status", _NON_APPROVED)),
            note=u.text("note"),
            source=u.source(),
        )
        return entry, use_node

    # -- whole pack ----------------------------------------------------------------------------

    def build(self, jurisdiction: str) -> KnowledgePack:
        if not self.folder.is_dir():
            raise KnowledgeError("knowledge pack folder does not exist", self.folder)
        self.read_pack_file()
        if jurisdiction not in self.jurisdictions:
            raise _unknown_jurisdiction(self.folder, jurisdiction, self.jurisdictions)
        self.read_conditions_file()
        stray = sorted(self.folder.glob("*.yaml"))
        if stray:
            raise KnowledgeError("knowledge files must use the .yml extension", stray[0])
        pending_related: list[tuple[_File, str, Node]] = []
        for path in sorted(self.folder.glob("*.yml")):
            if path.name not in (PACK_FILE, CONDITIONS_FILE):
                self.read_treatment_file(path, pending_related)
        for file, rid, node in pending_related:
            if rid not in self.treatments:
                file.fail(node, f"related treatment '{rid}' is not defined")
        narrower: dict[str, list[str]] = {}
        for cid, ancestors in self.broader.items():
            for ancestor in ancestors:
                narrower.setdefault(ancestor, []).append(cid)
        aliases = sorted(self.aliases, key=lambda a: (-len(a.text), a.text.casefold(), a.kind))
        return KnowledgePack(
            as_of=self.as_of,
            jurisdictions=_frozen(self.jurisdictions),
            treatments=_frozen(self.treatments),
            conditions=_frozen(self.conditions),
            default_jurisdiction=jurisdiction,
            folder=self.folder,
            _treatment_index=_frozen(self.treatment_index),
            _condition_index=_frozen(self.condition_index),
            _broader=_frozen(self.broader),
            _narrower=_frozen({k: tuple(v) for k, v in narrower.items()}),
            _aliases=tuple(aliases),
        )


def _unknown_jurisdiction(
    folder: Path, jurisdiction: str, defined: Mapping[str, Jurisdiction]
) -> KnowledgeError:
    return KnowledgeError(
        f"unknown jurisdiction '{jurisdiction}' (the pack defines {', '.join(sorted(defined))})",
        folder / PACK_FILE,
    )


def _frozen(mapping: dict[str, _T]) -> Mapping[str, _T]:
    return types.MappingProxyType(dict(mapping))


def jurisdiction_ids(folder: Path) -> tuple[str, ...]:
    """The jurisdiction ids ``pack.yml`` in ``folder`` defines, in file order.

    Only ``pack.yml`` is read, and only as far as its top-level keys: no pack is built and
    nothing else is validated (:func:`load_pack` does that), so checking a configured
    ``jurisdiction`` costs a fraction of a load. Raises :class:`KnowledgeError`.
    """
    file, top = _Builder(Path(folder), "auto").pack_top()
    return _Builder._keys_of(file, top.value("jurisdictions"))


def load_pack(folder: Path, *, jurisdiction: str = "us", parser: Parser = "auto") -> KnowledgePack:
    """Load and validate the knowledge pack in ``folder``.

    ``jurisdiction`` is the default for the pack's helpers (e.g. ``"us"`` or ``"uk"``); it must
    be defined in ``pack.yml``. ``parser`` picks the YAML composer (see :data:`Parser`); the
    result does not depend on it. Raises :class:`KnowledgeError` for any invalid data.

    The built-in pack ships built (:mod:`claimlint.core.prebuilt`), filed under a hash of
    its files and of the code that builds it: building it from its files' node trees took
    20 ms of every start.
    """
    folder = Path(folder)
    if parser != "auto":
        return _Builder(folder, parser).build(jurisdiction)
    try:
        files = sorted(folder.glob("*.y*ml"))
        contents = [part for path in files for part in (path.name.encode(), path.read_bytes())]
    except OSError:  # the builder says what is wrong
        return _Builder(folder, parser).build(jurisdiction)
    digest = prebuilt.key(b"knowledge-pack", _code(), *contents)
    built: list[KnowledgePack] = []

    def build() -> Any:
        built.append(_Builder(folder, parser).build(jurisdiction))
        # kept for any jurisdiction: the default is the one asked for when it is loaded
        return _plain(replace(built[0], default_jurisdiction=""), folder)

    plain = prebuilt.lookup("knowledge-pack", digest, build)
    if built:
        return built[0]
    pack = cast(KnowledgePack, _unplain(plain, folder))
    if jurisdiction not in pack.jurisdictions:
        raise _unknown_jurisdiction(folder, jurisdiction, pack.jurisdictions)
    return replace(pack, default_jurisdiction=jurisdiction)


@cache
def _code() -> bytes:
    """What a pack depends on besides its files: this module and the YAML composer."""
    return prebuilt.source_digest(__file__) + code_digest()


#: The classes a pack is made of, by name (for :func:`_unplain`).
_CLASSES: Final[Mapping[str, type]] = {
    cls.__name__: cls
    for cls in (
        Source,
        Regulator,
        Disclosure,
        CrisisResource,
        RegulatoryRule,
        Jurisdiction,
        ControlStatus,
        Approval,
        Designation,
        UseStatus,
        Note,
        Treatment,
        Condition,
        AliasPattern,
        KnowledgePack,
    )
}


def _plain(value: object, folder: Path) -> Any:
    """A pack, or a part of one, as plain data for the prebuilt table: a tuple as a list,
    an object as a tuple of its class's name and its fields, a read-only mapping as
    ("mapping", dict), a date as ("date", ordinal), a path as ("path", its name in
    ``folder``) and ``folder`` itself as ("folder",)."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if type(value) is tuple:
        return [_plain(item, folder) for item in value]
    if isinstance(value, types.MappingProxyType):
        return ("mapping", {key: _plain(item, folder) for key, item in value.items()})
    if type(value) is dt.date:
        return ("date", value.toordinal())
    if isinstance(value, Path):
        return ("folder",) if value == folder else ("path", value.relative_to(folder).as_posix())
    name = type(value).__name__
    if _CLASSES.get(name) is not type(value):
        raise TypeError(f"a knowledge pack holds no {name}")
    if isinstance(value, tuple):  # a named tuple (every class but KnowledgePack)
        names: Iterable[str] = cast(Any, value)._fields
    else:
        names = [f.name for f in fields(cast(Any, value))]
    return (name, *(_plain(getattr(value, n), folder) for n in names))


def _unplain(value: Any, folder: Path) -> Any:
    """What :func:`_plain` made ``value`` from."""
    if type(value) is list:
        return tuple([_unplain(v, folder) if type(v) in _NESTED else v for v in value])
    tag = value[0]
    if tag == "mapping":
        return types.MappingProxyType(
            {k: _unplain(v, folder) if type(v) in _NESTED else v for k, v in value[1].items()}
        )
    if tag == "date":
        return dt.date.fromordinal(value[1])
    if tag == "path":
        return folder / value[1]
    if tag == "folder":
        return folder
    return _CLASSES[tag](*[_unplain(v, folder) if type(v) in _NESTED else v for v in value[1:]])


#: What :func:`_plain` makes of anything but a string, a number or None.
_NESTED: Final = frozenset({list, tuple})
