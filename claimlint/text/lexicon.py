"""Word lists and the one-pass phrase matcher.

A lexicon is a named list of phrases (``rules/lexicons/NAME.yml``). Rules
refer to lexicons by name, so each list is written once. Phrases match
case-insensitively on word boundaries; spaces match any run of whitespace,
apostrophes match straight or curly ones, and hyphens match a hyphen, a
space or nothing ("non-addictive", "non addictive", "nonaddictive").

Lexicons declare how their phrases inflect (``inflect: verb`` inflects the
first word: cure, cures, cured, curing; ``inflect: noun`` the last word:
breakthrough, breakthroughs), so word lists name lemmas and every form is
still found.

All phrases of one scope are compiled into a single alternation and each
text is scanned once (:class:`PhraseMatcher`); a match is then looked up to
find every tag (lexicon or rule) it belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "be": ("is", "are", "was", "were", "been", "being"),
    "begin": ("began", "begun"),
    "break": ("broke", "broken"),
    "bring": ("brought",),
    "build": ("built",),
    "do": ("did", "done", "does"),
    "feel": ("felt",),
    "find": ("found",),
    "get": ("got", "gotten"),
    "give": ("gave", "given"),
    "go": ("went", "gone", "goes"),
    "grow": ("grew", "grown"),
    "have": ("has", "had"),
    "keep": ("kept",),
    "lead": ("led",),
    "leave": ("left",),
    "make": ("made",),
    "overcome": ("overcame",),
    "put": ("put",),
    "rebuild": ("rebuilt",),
    "reset": ("reset",),
    "rid": ("rid",),
    "see": ("saw", "seen"),
    "set": ("set",),
    "show": ("shown",),
    "take": ("took", "taken"),
    "win": ("won",),
    "beat": ("beaten",),
    "undo": ("undid", "undone"),
    "heal": ("healed",),
    "prove": ("proven",),
    "say": ("said",),
    "tell": ("told",),
    "think": ("thought",),
}

_VOWELS = set("aeiou")


def _doubles(word: str) -> bool:
    """Short consonant-vowel-consonant words double their last letter: stop -> stopped."""
    return (
        len(word) >= 3
        and len(word) <= 4
        and word[-1] not in _VOWELS
        and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def verb_forms(word: str) -> set[str]:
    """The base form, third person, past tense/participle and -ing form of an English verb."""
    w = word.lower()
    forms = {w}
    forms.update(IRREGULAR_VERBS.get(w, ()))
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(w + "es")
    elif len(w) > 1 and w.endswith("y") and w[-2] not in _VOWELS:
        forms.add(w[:-1] + "ies")
    else:
        forms.add(w + "s")
    if w.endswith("e"):
        forms.add(w + "d")
    elif len(w) > 1 and w.endswith("y") and w[-2] not in _VOWELS:
        forms.add(w[:-1] + "ied")
    elif _doubles(w):
        forms.add(w + w[-1] + "ed")
    else:
        forms.add(w + "ed")
    if w.endswith("ie"):
        forms.add(w[:-2] + "ying")
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and len(w) > 2:
        forms.add(w[:-1] + "ing")
    elif _doubles(w):
        forms.add(w + w[-1] + "ing")
    else:
        forms.add(w + "ing")
    return forms


def noun_forms(word: str) -> set[str]:
    """Singular and plural of an English noun (regular plurals only)."""
    w = word.lower()
    forms = {w}
    if w.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(w + "es")
    elif len(w) > 1 and w.endswith("y") and w[-2] not in _VOWELS:
        forms.add(w[:-1] + "ies")
    else:
        forms.add(w + "s")
    return forms


def expand(phrase: str, inflect: str) -> set[str]:
    """Every surface form of ``phrase`` under the lexicon's inflection mode."""
    words = normalise(phrase).split(" ")
    if inflect == "verb" and words and words[0].isalpha():
        return {" ".join([form, *words[1:]]) for form in verb_forms(words[0])}
    if inflect == "noun" and words and words[-1].isalpha():
        return {" ".join([*words[:-1], form]) for form in noun_forms(words[-1])}
    return {" ".join(words)}


_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, single spaces: the key matches are looked up by."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES).lower()).strip()


def _match_key(text: str) -> str:
    """Normalised text without spaces or hyphens: non-addictive ~ non addictive ~ nonaddictive."""
    return _KEY_STRIP.sub("", normalise(text))


_KEY_STRIP = re.compile(r"[\s\-]+")


#: What :func:`fold` changes before lower-casing: the characters that lower-case to more
#: than one character ("İ") or to a character that ``re.IGNORECASE`` does not equate with
#: the ASCII letter it matches ("ı", "ſ").
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """``text`` lower-cased for the phrase matcher, character for character.

    An ASCII letter of a phrase matches a character of the folded text exactly when
    ``re.IGNORECASE`` would have matched it to the original character, and every
    character stays a word character, a space or neither, so the matcher's case-sensitive
    pattern finds on the folded text what a case-insensitive one finds on the text, at
    the same offsets (tests/test_lexicon.py checks both claims on every code point).
    """
    if text.isascii():
        return text.lower()
    folded = text.translate(_FOLD).lower()
    if len(folded) != len(text):  # a character a later Unicode lower-cases to several: kept
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_FOLD))
    return folded


def _phrase_regex(phrase: str) -> str:
    """The pattern of a normalised phrase, matched against :func:`fold`-ed text.

    Its ASCII characters are plain literals: the engine skips a literal alternative of
    the trie with one comparison, and tries every case-insensitive one. Other characters
    keep ``re.IGNORECASE``'s own rules.
    """
    out: list[str] = []
    for ch in phrase:
        if ch == " ":
            out.append(r"\s+")
        elif ch == "'":
            out.append("['’]")
        elif ch == "-":
            out.append(r"(?:[-‐‑–]\s*|\s+)?")
        elif ch.isascii():
            out.append(re.escape(ch))
        else:
            out.append(f"(?i:{re.escape(ch)})")
    return "".join(out)


def _trie_regex(keys: Iterable[str]) -> str:
    """One regular expression for many phrases, factored as a trie.

    A flat alternation of thousands of phrases is tried phrase by phrase at
    every position; a trie shares prefixes, so each position costs about the
    length of the longest phrase.
    """
    root: dict[str, Any] = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = True
    return _node_regex(root)


def _depth(node: dict[str, Any]) -> int:
    return max((1 + _depth(child) for ch, child in node.items() if ch), default=0)


def _node_regex(node: dict[str, Any]) -> str:
    terminal = "" in node
    order = sorted(ch for ch in node if ch)
    if " " in node and "-" in node:
        # "life changing" and "life-changing change": both edges can match the same
        # space, and an alternation takes the first that succeeds, so the edge that leads
        # to the longer phrases is tried first (the matcher keeps the longest phrase).
        # (on a tie the hyphen's edge, whose pattern also matches what a space's does)
        deeper, other = sorted(("-", " "), key=lambda ch: -_depth(node[ch]))
        order = [ch for ch in order if ch not in (" ", "-")]
        order[:0] = [deeper, other]
    branches = [_phrase_regex(ch) + _node_regex(node[ch]) for ch in order]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal:
        return f"(?:{body})?"
    return body


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A named word list."""

    name: str
    """What rules call it."""
    terms: tuple[str, ...]
    """Phrases as written in the file (lemmas when ``inflect`` is set)."""
    inflect: str = "none"
    """``verb``, ``noun`` or ``none``."""
    description: str = ""
    """What the list is for."""
    path: str = ""
    """The file it came from."""

    def forms(self) -> set[str]:
        """Every surface form of every term."""
        out: set[str] = set()
        for term in self.terms:
            out |= expand(term, self.inflect)
        return out


class PhraseMatch(NamedTuple):
    """One phrase found in a text (a named tuple: the matcher makes tens of thousands a
    run, and a frozen dataclass takes four times as long to build)."""

    start: int
    """Offset of the first character in the scanned text."""
    end: int
    """Offset one past the last character."""
    text: str
    """The text as written."""
    tags: frozenset[str]
    """Every tag (lexicon or rule key) the phrase belongs to."""


_UNKNOWN: Any = object()
_KNOWN_MAX = 50_000


class PhraseMatcher:
    """Many tagged phrase lists compiled into one regular expression.

    Matches are found at every word start (not only where a previous match
    ended), longest phrase first, so "clinically proven" and "proven" in one
    sentence are both visible. A shorter phrase that is a word-prefix of a
    longer one lends its tags to the longer one, so the longer match carries
    both.
    """

    def __init__(self, tagged: Iterable[tuple[str, Iterable[str]]]) -> None:
        table: dict[str, set[str]] = {}
        for tag, phrases in tagged:
            for phrase in phrases:
                key = normalise(phrase)
                if key:
                    table.setdefault(key, set()).add(tag)
        # Prefix tags: "free you from" also carries the tags of "free".
        keys = sorted(table, key=len)
        by_first: dict[str, list[str]] = {}
        for key in keys:
            by_first.setdefault(key.split(" ", 1)[0], []).append(key)
        for group in by_first.values():
            for i, short in enumerate(group):
                for long in group[i + 1 :]:
                    if long.startswith(short + " "):
                        table[long] |= table[short]
        self._tags: dict[str, frozenset[str]] = {}
        for key, tags in table.items():
            self._tags[_match_key(key)] = frozenset(tags) | self._tags.get(
                _match_key(key), frozenset()
            )
        self.size = len(table)
        self._surfaces: dict[str, frozenset[str] | None] = {}
        if table:
            # Tried after each non-word character of " " + the folded text: at every
            # position not preceded by a word character. re's search loop skips from one
            # non-word character to the next in C, without trying the trie in between.
            body = _trie_regex(table)
            self._regex: re.Pattern[str] | None = re.compile(rf"\W(?=((?:{body}))(?!\w))")
        else:
            self._regex = None

    @property
    def pattern(self) -> str | None:
        """The regular expression's source (None for a matcher without phrases)."""
        return self._regex.pattern if self._regex is not None else None

    def finditer(self, text: str) -> Iterator[PhraseMatch]:
        """Every phrase occurrence in ``text``, in order of start."""
        return iter(self.findall(text))

    def findall(self, text: str) -> list[PhraseMatch]:
        """Every phrase occurrence in ``text``, in order of start, as a new list."""
        regex = self._regex
        if regex is None:
            return []
        # The tags of a surface form depend on nothing else: remembered, since the same
        # few hundred forms ("may", "cures", "studies show") recur in every post.
        known = self._surfaces
        found: list[PhraseMatch] = []
        for m in regex.finditer(" " + fold(text)):
            start, end = m.span(1)
            start -= 1
            end -= 1
            surface = text[start:end]
            tags = known.get(surface, _UNKNOWN)
            if tags is _UNKNOWN:
                tags = self._tags.get(_match_key(surface))
                if len(known) < _KNOWN_MAX:
                    known[surface] = tags
            if tags:
                found.append(PhraseMatch(start, end, surface, tags))
        return found

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without the remembered surface forms."""
        return {k: v for k, v in self.__dict__.items() if k != "_surfaces"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._surfaces = {}
