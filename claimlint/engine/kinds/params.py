"""Rule parameters, each declared once: its key, type, default and description.

A kind declares a parameter as a class attribute made by one of the types
below::

    class ClaimKind(Kind):
        outcome_window = Integer(12, 1, 60, "Words allowed between the trigger and ...")

The attribute's name, with ``-`` for ``_``, is the key in the rule file
(``key=`` names it when it cannot be: ``phrases`` is a method of every kind).
From that one declaration come

* the key's entry in :attr:`Kind.params <claimlint.engine.rule.Kind.params>`,
  which is what the loader accepts for the kind;
* its decoding when the rule is loaded: :class:`~claimlint.engine.rule.Kind`
  sets the decoded value on the instance, so ``self.outcome_window`` is an
  ``int`` (the descriptor's ``__get__`` says so to the type checker);
* the error for a missing or bad value, at the value's line and column:
  "'outcome-window' must be a whole number from 1 to 60";
* the kind's table in ``docs/writing-rules.md`` (:mod:`claimlint.engine.kinds.docs`,
  written by ``scripts/rule_docs.py``).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, overload

from claimlint.core.yamlnodes import Located
from claimlint.engine.rule import RuleError, rule_error
from claimlint.text.grammar import ANY as ANY_ROLE
from claimlint.text.grammar import ROLES
from claimlint.text.lexicon import Lexicon, TermList, TermSet, Words, expand, normalise

if TYPE_CHECKING:
    from claimlint.engine.rule import Kind

T = TypeVar("T")

#: How inline phrases are inflected (see the lexicons' ``inflect``).
INFLECTIONS = ("none", "verb", "noun")


class Given(NamedTuple):
    """What a rule file gives a kind: the values of its parameters and where they stand."""

    kind: str
    """The kind's name."""
    rule_id: str
    """The rule's id (phrase lists are tagged with it)."""
    values: Mapping[str, Any]
    """The kind's keys in the rule file, with their values as read."""
    loc: Located
    """Their positions, for errors."""
    lexicons: Mapping[str, Lexicon]
    """The lexicons a phrase list may name."""
    declared: Mapping[str, Param[Any]]
    """The kind's parameters (a phrase list reads the ``inflect`` beside it)."""


class Param(ABC, Generic[T]):
    """One parameter of a kind: a descriptor whose value, on a made kind, is the decoded one.

    A subclass says what a value must be (:attr:`shape`, used by the error and the
    documentation), decodes a present value (:meth:`decode`) and gives the value of an
    absent one (:meth:`default`).
    """

    shape = ""
    """What a value must be: "true or false" (the error says "'key' must be" it)."""

    def __init__(self, description: str, *, key: str = "", required: bool = False) -> None:
        self.description = description
        """What the parameter does (one or two sentences; the documentation's column)."""
        self.key = key
        """The key in the rule file."""
        self.required = required
        """True when a rule of the kind must give it."""
        self.attr = ""
        """The attribute the decoded value is set as."""

    def __set_name__(self, owner: type[Kind], name: str) -> None:
        self.attr = name
        self.key = self.key or name.replace("_", "-")
        owner.params = {**owner.params, self.key: self}

    @overload
    def __get__(self, kind: None, owner: type[Kind]) -> Param[T]: ...

    @overload
    def __get__(self, kind: Kind, owner: type[Kind]) -> T: ...

    def __get__(self, kind: Kind | None, owner: type[Kind]) -> Param[T] | T:
        # Only reached when the instance has no value (the decoded one is set in its
        # ``__dict__``, which a descriptor without ``__set__`` does not shadow).
        if kind is None:
            return self
        raise AttributeError(f"{owner.__name__}.{self.attr} is set when the kind is made")

    def load(
        self,
        kind: Kind,
        values: Mapping[str, Any],
        loc: Located,
        lexicons: Mapping[str, Lexicon],
    ) -> None:
        """Decode the parameter from a rule's ``values`` and set it on ``kind``."""
        given = Given(kind.name, kind.rule_id, values, loc, lexicons, type(kind).params)
        kind.__dict__[self.attr] = self.read(given)

    def read(self, given: Given) -> T:
        """The decoded value; a :class:`RuleError` when it is missing or bad."""
        if self.key in given.values:
            return self.decode(given.values[self.key], given)
        if self.required:
            raise rule_error(given.loc, f"kind '{given.kind}' needs '{self.key}'", "kind")
        return self.default(given)

    @abstractmethod
    def decode(self, value: Any, given: Given) -> T:
        """The decoded value of a present key."""

    @abstractmethod
    def default(self, given: Given) -> T:
        """The value of an absent key."""

    def default_doc(self) -> str:
        """The default, as the documentation shows it."""
        return "required" if self.required else "none"

    def wrong(self, given: Given, *keys: Any) -> RuleError:
        """The error for a value that is not :attr:`shape`, at ``keys`` under the key."""
        return rule_error(given.loc, f"'{self.key}' must be {self.shape}", self.key, *keys)


class Flag(Param[bool]):
    """``true`` or ``false``."""

    shape = "true or false"

    def __init__(self, default: bool, description: str) -> None:
        super().__init__(description)
        self.fallback = default

    def decode(self, value: Any, given: Given) -> bool:
        if not isinstance(value, bool):
            raise self.wrong(given)
        return value

    def default(self, given: Given) -> bool:
        return self.fallback

    def default_doc(self) -> str:
        return "true" if self.fallback else "false"


class Choice(Param[str]):
    """One of a few words."""

    def __init__(self, options: tuple[str, ...], default: str, description: str) -> None:
        super().__init__(description)
        self.options = options
        self.fallback = default
        self.shape = f"one of: {', '.join(options)}"

    def decode(self, value: Any, given: Given) -> str:
        if value not in self.options:
            raise self.wrong(given)
        return str(value)

    def default(self, given: Given) -> str:
        return self.fallback

    def default_doc(self) -> str:
        return self.fallback


class Integer(Param[int]):
    """A whole number in a range."""

    def __init__(self, default: int, lo: int, hi: int, description: str) -> None:
        super().__init__(description)
        self.fallback, self.lo, self.hi = default, lo, hi
        self.shape = f"a whole number from {lo} to {hi}"

    def decode(self, value: Any, given: Given) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.wrong(given)
        if not self.lo <= value <= self.hi:
            raise self.wrong(given)
        return value

    def default(self, given: Given) -> int:
        return self.fallback

    def default_doc(self) -> str:
        return str(self.fallback)


class Text(Param[str]):
    """A string: required when it has no default, which may be empty (none)."""

    shape = "a non-empty string"

    def __init__(self, description: str, default: str | None = None, *, key: str = "") -> None:
        super().__init__(description, key=key, required=default is None)
        self.fallback = default or ""

    def decode(self, value: Any, given: Given) -> str:
        if not isinstance(value, str) or (self.required and not value):
            raise self.wrong(given)
        return value

    def default(self, given: Given) -> str:
        return self.fallback


class Regex(Param[re.Pattern[str]]):
    """A regular expression (Python syntax): required when it has no default source.

    It is case-insensitive unless ``flags`` says otherwise or the flag parameter
    named by ``ignore_case`` is false.
    """

    shape = "a regular expression"

    def __init__(
        self,
        description: str,
        default: str | None = None,
        *,
        flags: int = re.IGNORECASE,
        ignore_case: str = "",
        default_doc: str = "",
    ) -> None:
        super().__init__(description, required=default is None)
        self.source = default or ""
        self.flags = flags
        self.ignore_case = ignore_case
        self.shown = default_doc

    def decode(self, value: Any, given: Given) -> re.Pattern[str]:
        if not isinstance(value, str) or (self.required and not value):
            raise self.wrong(given)
        return self._compiled(value, given)

    def default(self, given: Given) -> re.Pattern[str]:
        return self._compiled(self.source, given)

    def default_doc(self) -> str:
        return self.shown or super().default_doc()

    def _compiled(self, source: str, given: Given) -> re.Pattern[str]:
        flags = self.flags
        if self.ignore_case:
            flags = re.IGNORECASE if given.declared[self.ignore_case].read(given) else 0
        return compiled(source, flags, given, self.key)


class OptionalRegex(Param[re.Pattern[str] | None]):
    """A case-insensitive regular expression, or none."""

    shape = "a regular expression"

    def decode(self, value: Any, given: Given) -> re.Pattern[str] | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value:
            raise self.wrong(given)
        return compiled(value, re.IGNORECASE, given, self.key)

    def default(self, given: Given) -> re.Pattern[str] | None:
        return None


class RegexList(Param[tuple[re.Pattern[str], ...]]):
    """Case-insensitive regular expressions."""

    shape = "a list of regular expressions"

    def decode(self, value: Any, given: Given) -> tuple[re.Pattern[str], ...]:
        if not isinstance(value, list) or not all(isinstance(r, str) and r for r in value):
            raise self.wrong(given)
        return tuple(compiled(s, re.IGNORECASE, given, self.key, i) for i, s in enumerate(value))

    def default(self, given: Given) -> tuple[re.Pattern[str], ...]:
        return ()


class Phrases(Param[TermSet]):
    """Phrases and ``@lexicon`` names (one string counts as a list of one), as a
    :class:`TermSet` tagged ``RULE:key``; empty when absent.

    ``inflect`` names the parameter that says how the inline phrases inflect.
    """

    shape = "a list of phrases or @lexicon names"

    def __init__(
        self, description: str, *, key: str = "", required: bool = False, inflect: str = ""
    ) -> None:
        super().__init__(description, key=key, required=required)
        self.inflect = inflect

    def decode(self, value: Any, given: Given) -> TermSet:
        if value is None:
            return self.default(given)
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.wrong(given)
        inflect = str(given.declared[self.inflect].read(given)) if self.inflect else "none"
        lists: list[TermList] = []
        inline: list[str] = []
        for i, item in enumerate(value):
            if item.startswith("@"):
                name = item[1:]
                lexicon = given.lexicons.get(name)
                if lexicon is None:
                    known = ", ".join(sorted(given.lexicons)) or "none"
                    raise rule_error(
                        given.loc, f"unknown lexicon '{name}' (known: {known})", self.key, i
                    )
                lists.append((lexicon.words, lexicon.inflect))
            elif item.strip():
                inline.append(item)
            else:
                raise rule_error(given.loc, f"empty phrase in '{self.key}'", self.key, i)
        if inline:
            lists.append((Words(tuple(inline)), inflect))
        return TermSet(f"{given.rule_id}:{self.key}", tuple(lists))

    def default(self, given: Given) -> TermSet:
        return TermSet(f"{given.rule_id}:{self.key}", ())


class Rewrites(Param[dict[str, dict[str, str]]]):
    """A mapping of phrase to better wording, by every normalised form of the phrase
    (inflected as the parameter named by ``inflect`` says). A wording is text, which fits
    wherever the phrase stands, or a mapping from the phrase's part of speech in the
    sentence (:data:`claimlint.text.grammar.ROLES`) to the wording for it; each is kept as
    such a mapping (``*``: any role)."""

    shape = "a mapping of phrase: hedged wording, or phrase: {role: wording}"

    def __init__(self, description: str, *, inflect: str) -> None:
        super().__init__(description)
        self.inflect = inflect

    def decode(self, value: Any, given: Given) -> dict[str, dict[str, str]]:
        if not isinstance(value, dict):
            raise self.wrong(given)
        inflect = str(given.declared[self.inflect].read(given))
        out: dict[str, dict[str, str]] = {}
        for phrase, better in value.items():
            if not isinstance(phrase, str):
                raise rule_error(
                    given.loc, f"'{self.key}' entries must map text to text", self.key, phrase
                )
            wordings = _wordings(better, given, self.key, phrase)
            for form in expand(phrase, inflect):
                out[normalise(form)] = wordings
        return out

    def default(self, given: Given) -> dict[str, dict[str, str]]:
        return {}


def _wordings(value: Any, given: Given, key: str, phrase: str) -> dict[str, str]:
    """One ``rewrite`` entry's wordings by role: text for any role, or a mapping of roles."""
    if isinstance(value, str):
        return {ANY_ROLE: value}
    if isinstance(value, dict) and value:
        for role, text in value.items():
            if role not in ROLES or not isinstance(text, str):
                raise rule_error(
                    given.loc,
                    f"'{key}' wordings by role must map one of {', '.join(ROLES)} to text",
                    key,
                    phrase,
                )
        return dict(value)
    raise rule_error(given.loc, f"'{key}' entries must map text to text", key, phrase)


class Options(Param[dict[str, Any]]):
    """A mapping passed on as it is."""

    shape = "a mapping"

    def decode(self, value: Any, given: Given) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.wrong(given)
        return value

    def default(self, given: Given) -> dict[str, Any]:
        return {}


class Names(Param[tuple[str, ...]]):
    """Non-empty strings, such as finding categories."""

    def __init__(self, what: str, description: str) -> None:
        super().__init__(description)
        self.shape = f"a list of {what}"

    def decode(self, value: Any, given: Given) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(c, str) and c for c in value):
            raise self.wrong(given)
        return tuple(value)

    def default(self, given: Given) -> tuple[str, ...]:
        return ()


def compiled(source: str, flags: int, given: Given, *keys: Any) -> re.Pattern[str]:
    """``source`` compiled, or a rule error at ``keys`` naming what is wrong with it."""
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise rule_error(given.loc, f"invalid regular expression: {exc}", *keys) from None
