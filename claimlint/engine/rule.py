"""What a rule is: metadata, documentation, examples, and the interface kinds implement."""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, Protocol

from claimlint.core.model import Fix, Severity
from claimlint.core.yamlnodes import Located, YamlError
from claimlint.text.prefilter import Needles
from claimlint.text.segment import split_sentences

if TYPE_CHECKING:
    from claimlint.engine.kinds.params import Param
    from claimlint.text.document import Block, Document, Sentence
    from claimlint.text.lexicon import Lexicon, PhraseMatch

SCOPES = ("sentence", "heading", "block", "front-matter", "reference", "document")
BLOCK_KINDS = (
    "heading",
    "paragraph",
    "list-item",
    "table-cell",
    "blockquote",
    "footnote",
    "front-matter",
    "myth",
    "tagline",
)
RULE_ID = re.compile(r"^CL[1-9]\d\d$")
KEBAB = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class RuleError(YamlError):
    """A rule pack problem, with the file and position (exit status 2)."""


def rule_error(loc: Located, message: str, *keys: Any, at_key: bool = False) -> RuleError:
    """A :class:`RuleError` at the value (or, with ``at_key``, the key) found at ``keys``."""
    m = loc.key_mark(*keys) if at_key else loc.mark(*keys)
    return RuleError(message, loc.path, m.line, m.column)


class RuleDoc(NamedTuple):
    """A rule's documentation, shown by ``claimlint explain`` and in SARIF help."""

    what: str
    """What the rule finds."""
    why: str
    """Why it matters (the regulation or guideline behind it)."""
    example: str
    """Text the rule flags."""
    better: str
    """A better wording."""
    see: tuple[tuple[str, str], ...] = ()
    """(title, url) pairs: the regulation, guidance or standard."""


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` on one line for a message, cut to ``limit`` characters with "..."."""
    quoted = " ".join(text.split())
    return quoted if len(quoted) <= limit else quoted[: limit - 3].rstrip() + "..."


@dataclass(frozen=True, slots=True)
class Hit:
    """What a kind reports, relative to the text it was given."""

    start: int
    """Offset of the first character in the unit's text."""
    end: int
    """Offset one past the last character."""
    values: Mapping[str, str] = field(default_factory=dict)
    """Values for the rule's message template (``match`` and kind-specific ones)."""
    suggestion: str | None = None
    """A better wording for this occurrence."""
    fix: Fix | None = None
    """Edits (source offsets) that resolve it."""
    message: str | None = None
    """A full message that replaces the template; a Python check gives one with every hit
    (a ``kind: check`` rule has no template)."""


class Needs(NamedTuple):
    """What a unit must hold for a kind to find anything in it (:meth:`Kind.needs`)."""

    tags: frozenset[str] = frozenset()
    """Phrase tags (of :meth:`Kind.phrases`): a phrase match in the unit carrying one ..."""
    words: tuple[Needles, ...] = ()
    """... or the words of a regular expression that may match the unit's text."""

    @classmethod
    def of(cls, tags: Iterable[str], words: Iterable[Needles] = ()) -> Needs | None:
        """A phrase with one of ``tags``, or a text that one of the patterns whose
        :func:`~claimlint.text.prefilter.needles` are ``words`` may match; None (every unit)
        when a pattern can match a text without any word they name."""
        found = tuple(words)
        if any(not w.groups for w in found):
            return None
        return cls(frozenset(tags), found)

    def met(self, tags: set[str], lowered: str | None) -> bool:
        """Whether a unit whose phrase matches carry ``tags`` and whose text is
        ``lowered`` (:func:`~claimlint.text.prefilter.ascii_lower`) holds what is needed."""
        if not self.tags.isdisjoint(tags):
            return True
        return any(w.may_match(lowered) for w in self.words)


class Context(Protocol):
    """What kinds may ask of the engine while they run."""

    @property
    def document(self) -> Document:
        """The document being linted."""
        ...

    def matches(self, unit: Sentence) -> list[PhraseMatch]:
        """Phrase matches of the unit's scope matcher in ``unit`` (computed once per unit)."""
        ...

    def tags(self, unit: Sentence) -> set[str]:
        """Every tag carried by a phrase match in ``unit`` (computed once per unit)."""
        ...

    def matches_elsewhere(self, sentence: Sentence) -> list[PhraseMatch]:
        """Phrase matches of the unit's scope matcher in another sentence of the document
        (one the rule reads for context: a lead-in, the question an answer follows)."""
        ...

    def option(self, name: str, default: Any = None) -> Any:
        """A configuration value (``front-matter-fields``, ``disclosures`` ...)."""
        ...

    def reported(self, category: str) -> list[tuple[Sentence, Hit]]:
        """Sentence-level hits of ``category`` already found in this document, in order."""
        ...


def configured_jurisdiction(option: Callable[[str], Any]) -> str:
    """The ``jurisdiction`` option, ``us`` when it is not set. ``option`` reads an option
    by name: :meth:`Context.option`, or the ``get`` of a plan's options."""
    return str(option("jurisdiction") or "us")


class Kind:
    """Base of the rule kinds. A kind turns a rule's parameters into hits."""

    name: ClassVar[str] = ""
    #: Its parameters by key, in the order the kind declares them: each a class attribute
    #: made by a :class:`~claimlint.engine.kinds.params.Param` type, which adds itself here.
    params: ClassVar[Mapping[str, Param[Any]]] = {}
    #: Scopes the kind can run in.
    scopes: ClassVar[tuple[str, ...]] = SCOPES

    when_found: tuple[str, ...] = ()
    """Categories whose findings in the document the kind reads (``Context.reported``):
    a rule's examples run with the rules of these categories on."""

    def __init__(
        self, rule_id: str, params: dict[str, Any], loc: Located, lexicons: Mapping[str, Lexicon]
    ) -> None:
        """Decode the rule's ``params`` (its kind's keys) into the attributes they declare;
        raise :class:`RuleError` at a missing or bad one."""
        self.rule_id = rule_id
        self.gate: Needs | None = None
        """What :meth:`needs` answers: set by a kind that knows it when it is made."""
        for param in self.params.values():
            param.load(self, params, loc, lexicons)

    def phrases(self) -> Iterable[tuple[str, Iterable[str]]]:
        """(tag, surface forms) this kind wants found by its scope's one-pass matcher."""
        return ()

    def needs(self) -> Needs | None:
        """What a unit must hold for :meth:`check_sentence` to find anything there, or None
        (the default) when it must see every unit.

        The engine does not call :meth:`check_sentence` on a unit that lacks it, so a
        kind declares only what it cannot report without: one of its phrase tags, or a
        text one of its regular expressions may match (:meth:`Needs.of`). Asked whenever
        a plan is built: a kind works it out when it is made and keeps it in ``gate``.
        """
        return self.gate

    def check_sentence(self, unit: Sentence, ctx: Context) -> Iterator[Hit]:
        """Hits in one sentence, block or reference entry (unit scopes)."""
        return iter(())

    def check_document(self, doc: Document, ctx: Context) -> Iterator[tuple[Block | None, Hit]]:
        """Hits for a whole document (document scope): each with the block it is in."""
        return iter(())

    def regexes(self) -> Iterable[re.Pattern[str]]:
        """The regular expressions from the rule file (checked for catastrophic backtracking)."""
        return ()


@dataclass(slots=True)
class Rule:
    """A loaded rule."""

    id: str
    """``CL101``."""
    name: str
    """``unhedged-cure``."""
    category: str
    """Category of its findings."""
    severity: Severity
    """Default severity."""
    scope: str
    """sentence, heading, block, front-matter, reference or document."""
    kind: str
    """The kind's name."""
    message: str
    """Message template (``{match}`` and kind values); empty for a ``kind: check`` rule,
    whose check gives each hit's message."""
    doc: RuleDoc
    """Documentation."""
    impl: Kind
    """The kind instance with its compiled parameters."""
    path: str
    """The YAML file it came from."""
    suggestion: str | None = None
    """Suggestion template."""
    examples_fail: tuple[str, ...] = ()
    """Texts the rule must flag."""
    examples_pass: tuple[str, ...] = ()
    """Texts it must not flag."""
    example_options: dict[str, Any] = field(default_factory=dict)
    """Configuration options the examples run with (``jurisdiction``)."""
    skip_blocks: frozenset[str] = frozenset()
    """Block kinds the rule ignores."""
    default_enabled: bool = True
    """False for opt-in rules (``enabled: false`` in the file)."""
    precision: str = "medium"
    """How often a finding is right: high, medium or low (SARIF ``precision``)."""
    precedence: int = 1
    """Which finding of the rule's category is kept when several rules find one claim:
    the highest (0: words that only qualify a claim, such as "permanently", reported
    only where no other rule of the category finds one in the sentence)."""
    jurisdictions: tuple[str, ...] = ()
    """Jurisdictions the rule runs in (``uk``; a state such as ``us-or`` counts as ``us``);
    empty for every jurisdiction."""

    @property
    def summary(self) -> str:
        """First sentence of ``what``, as the sentence splitter the rules use reads it
        (so "et al." or "e.g." does not end it)."""
        text = " ".join(self.doc.what.split())
        spans = split_sentences(text)
        return text[: spans[0][1]] if spans else text

    def format_message(self, values: Mapping[str, str]) -> str:
        """The message with ``values`` filled in; a ValueError for a rule with no template
        (the engine reports it as an internal error of the rule)."""
        if not self.message:
            raise ValueError(
                "the check gave a hit without a message, and kind 'check' rules have no "
                "'message' template"
            )
        return _format(self.message, values)

    def format_suggestion(self, values: Mapping[str, str]) -> str | None:
        """The suggestion template filled in, if the rule has one."""
        return _format(self.suggestion, values) if self.suggestion else None


class _Defaulting(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class _Fields(string.Formatter):
    """Every placeholder is a name: ``{1}`` is the value named "1" (a pattern's group),
    not the first positional argument."""

    def get_value(self, key: int | str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        return kwargs[str(key)]


_FIELDS = _Fields()


def _format(template: str, values: Mapping[str, str]) -> str:
    return _FIELDS.vformat(template, (), _Defaulting(values))


def template_fields(template: str) -> list[str]:
    """Placeholder names in a message template (raises ValueError for bad syntax)."""
    return [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
