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

All phrases of one scope are kept in one trie of tokens and each text is
walked once (:class:`PhraseMatcher`); a match is then looked up to find every
tag (lexicon or rule) it belongs to. Building the trie compiles no regular
expression, so a matcher of thousands of phrases is ready in milliseconds.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter
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
    "throw": ("threw", "thrown"),
    "hang": ("hung",),
    "quit": ("quitting",),
    "shed": ("shed",),
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


@lru_cache(maxsize=1 << 16)
def _phrase_key(phrase: str) -> str:
    """:func:`normalise` of a phrase, remembered: a run's matchers share most phrases."""
    return normalise(phrase)


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


class Words:
    """A word list: its terms, and a digest that names them for the shipped matchers'
    keys (:mod:`claimlint.text.shipped`). A lexicon file's terms are read when first asked
    for: a start that finds its matchers shipped never unpacks the 50,000 terms of the
    built-in lexicons. Two lists are equal when their digests are."""

    __slots__ = ("_read", "_terms", "digest")

    def __init__(
        self,
        terms: tuple[str, ...] | None = None,
        *,
        digest: str | None = None,
        read: Callable[[], tuple[str, ...]] | None = None,
    ) -> None:
        if terms is None and (read is None or digest is None):
            raise ValueError("Words needs its terms, or a digest and how to read them")
        self._terms = terms
        self._read = read
        self.digest: str = digest if digest is not None else _terms_digest(terms or ())
        """What names the terms: a hash of them, or of the file (and the code) they come
        from."""

    @property
    def terms(self) -> tuple[str, ...]:
        """The phrases as written (lemmas when the list inflects)."""
        terms = self._terms
        if terms is None:
            assert self._read is not None
            terms = self._terms = tuple(self._read())
            self._read = None
        return terms

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and other.digest == self.digest

    def __hash__(self) -> int:
        return hash(self.digest)

    def __repr__(self) -> str:
        return f"Words({self.digest[:12]})"

    def __getstate__(self) -> tuple[str, tuple[str, ...]]:
        return self.digest, self.terms

    def __setstate__(self, state: tuple[str, tuple[str, ...]]) -> None:
        self.digest, self._terms = state
        self._read = None


def _terms_digest(terms: tuple[str, ...]) -> str:
    return hashlib.sha256("\0".join(terms).encode()).hexdigest()


class Lexicon(NamedTuple):
    """A named word list."""

    name: str
    """What rules call it."""
    words: Words
    """Phrases as written in the file (lemmas when ``inflect`` is set), read on first use."""
    inflect: str = "none"
    """``verb``, ``noun`` or ``none``."""
    description: str = ""
    """What the list is for."""
    path: str = ""
    """The file it came from."""

    @property
    def terms(self) -> tuple[str, ...]:
        """Phrases as written in the file (lemmas when ``inflect`` is set)."""
        return self.words.terms

    def forms(self) -> frozenset[str]:
        """Every surface form of every term (worked out once: many rules use one list)."""
        return _forms(self.words, self.inflect)


@lru_cache(maxsize=1024)
def _forms(words: Words, inflect: str) -> frozenset[str]:
    out: set[str] = set()
    for term in words.terms:
        out |= expand(term, inflect)
    return frozenset(out)


#: A word list as a term set joins it: its terms and how they inflect.
TermList = tuple[Words, str]


class TermSet:
    """A named set of phrases: its tag for the one-pass matcher and its surface forms,
    kept as the word lists they come from (a lexicon's terms, a rule's own phrases).

    The forms are worked out on first use, and a lexicon's once for every set that
    names it: a set is not a copy of its lexicons' thousands of forms, and a matcher
    shipped built (:mod:`claimlint.text.shipped`) is found by the lists alone. Iterating
    a set gives its forms.
    """

    def __init__(self, tag: str, lists: tuple[TermList, ...]) -> None:
        self.tag = tag
        self.lists = lists
        """The word lists, each non-empty."""
        self._forms: frozenset[str] | None = None
        self._keys: frozenset[str] | None = None
        self._heads: tuple[frozenset[str], int] | None = None

    def __bool__(self) -> bool:
        return bool(self.lists)

    @property
    def forms(self) -> frozenset[str]:
        """Every surface form of every list."""
        if self._forms is None:
            parts = [_forms(terms, inflect) for terms, inflect in self.lists]
            self._forms = parts[0] if len(parts) == 1 else frozenset().union(*parts)
        return self._forms

    def __iter__(self) -> Iterator[str]:
        return iter(self.forms)

    def holds(self, text: str) -> bool:
        """Whether ``text`` is one of the forms as the matcher reads them: without regard
        to case, apostrophes, hyphens or spaces ("side-effect free" ~ "side effect free")."""
        return _match_key(text) in self._match_keys()

    def opens(self, words: Sequence[str]) -> bool:
        """Whether ``words``, a text's words in order, open with one of the forms as
        :meth:`holds` reads them ("while" opens "while you walk", "side effects" opens
        "side-effects are rare"): a form ends where a word, or a hyphenated word's part,
        ends."""
        if self._heads is None:
            parts = [[p for p in _KEY_STRIP.split(form) if p] for form in self.forms]
            heads = frozenset(_match_key(p[0]) for p in parts if p)
            self._heads = (heads, max((len(p) for p in parts), default=0))
        heads, span = self._heads
        tokens = [p for word in words[:span] for p in _KEY_STRIP.split(word) if p][:span]
        if not tokens or _match_key(tokens[0]) not in heads:
            return False
        keys = self._match_keys()
        key = ""
        for token in tokens:
            key += _match_key(token)
            if key in keys:
                return True
        return False

    def _match_keys(self) -> frozenset[str]:
        if self._keys is None:
            self._keys = frozenset(_match_key(form) for form in self.forms)
        return self._keys

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without the forms (worked out again when asked for)."""
        return {"tag": self.tag, "lists": self.lists}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.tag, self.lists, self._forms, self._keys = state["tag"], state["lists"], None, None
        self._heads = None


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
#: Characters of a spelling that its run of lines is found by (see PhraseMatcher._spelled).
_HEAD = 3

#: The text as the matcher walks it: word runs, whitespace runs and single other characters,
#: which together cover every character (so offsets are running sums of lengths).
_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")
#: What a phrase's apostrophe and hyphen match in a text, written as the phrase writes them
#: (one character for one, so offsets stay): ’ for ', the hyphen and en dash variants for -.
#: An em dash and ‘ are not among them.
_MATCH_CHARS = str.maketrans({"\u2019": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})
#: A node's key for "a phrase ends here".
_END = ""

Trie = dict[str, Any]


def _is_word(token: str) -> bool:
    """Whether ``token`` (of :data:`_TOKENS`) is a word run (``\\w`` is alphanumeric or _)."""
    first = token[0]
    return first.isalnum() or first == "_"


#: Letters beyond ASCII that the walk may compare as they are: the accented Latin letters,
#: each of which ``re.IGNORECASE`` equates only with its own capital (which :func:`fold`
#: lower-cases to it). Left out: sharp s, dotless and dotted i, long s and the three-case
#: digraphs (DŽ, Dž, dž ...), which case-insensitive matching treats specially.
_WALKABLE = frozenset(
    chr(i)
    for i in range(0xC0, 0x250)
    if chr(i).isalpha()
    and i not in (0xDF, 0x130, 0x131, 0x17F)
    and not 0x1C4 <= i <= 0x1CC
    and not 0x1F1 <= i <= 0x1F3
)


def _steps(key: str) -> list[tuple[str, str]] | None:
    """A normalised phrase as (separator, token) steps: the separator before each token is
    "" (the tokens touch), " " (whitespace) or "-" (a hyphen, whitespace or nothing);
    None for a phrase the token walk cannot express (a letter beyond ASCII and the accented
    Latin ones, or a separator at an end or next to another one), which the regular
    expression matches instead."""
    if not key.isascii() and not all(c.isascii() or c in _WALKABLE for c in key):
        return None
    steps: list[tuple[str, str]] = []
    sep = ""
    for token in _TOKENS.findall(key):
        if token == " " or token == "-":
            if sep or not steps:
                return None
            sep = token
            continue
        steps.append((sep, token))
        sep = ""
    return steps if steps and not sep else None


def _spellings(steps: list[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    """Every way the text may write a phrase, as (separator, token) edges: a hyphen
    between two words as a hyphen, whitespace or nothing (the words run together into one
    token), and next to any other character as a hyphen, whitespace or nothing (the
    tokens touch)."""
    paths: list[list[tuple[str, str]]] = [[steps[0]]]
    for sep, token in steps[1:]:
        grown: list[list[tuple[str, str]]] = []
        for path in paths:
            if sep != "-":
                grown.append([*path, (sep, token)])
                continue
            grown.append([*path, ("-", token)])
            grown.append([*path, (" ", token)])
            before, last = path[-1]
            if _is_word(last) and _is_word(token):
                grown.append([*path[:-1], (before, last + token)])
            else:
                grown.append([*path, ("", token)])
        paths = grown
    return iter(paths)


def _trie(keys: Iterable[str]) -> tuple[Trie, list[str]]:
    """The token trie of the phrases the walk can express, and the phrases it cannot.

    A node maps a token that touches the one before to its child, and holds under " " and
    "-" the tokens that follow whitespace or a hyphen; under "" it says that a phrase ends
    there: True when it ends with a word, False when a word character must not follow.
    """
    root: Trie = {}
    odd: list[str] = []
    for key in keys:
        steps = _steps(key)
        if steps is None:
            odd.append(key)
            continue
        for path in _spellings(steps):
            node = root
            for sep, token in path:
                if sep:
                    node = node.setdefault(sep, {})
                node = node.setdefault(token, {})
            node[_END] = _is_word(path[-1][1])
    return _shared(root, {}), odd


def _shared(node: Trie, seen: dict[tuple[tuple[str, Any], ...], Trie]) -> Trie:
    """``node`` with every subtree equal to one seen before replaced by that one.

    Thousands of phrases end alike ("... pain", a phrase's end), so the trie of the
    built-in sentence rules is 32,195 nodes but 2,463 distinct ones: kept once each, a
    matcher pickles and loads in a third of the time. The walk only reads the trie.
    """
    for token, child in list(node.items()):
        if token != _END:
            node[token] = _shared(child, seen)
    shape = tuple(
        sorted((token, child if token == _END else id(child)) for token, child in node.items())
    )
    return seen.setdefault(shape, node)


#: A phrase that is a word ending ("~itis": arthritis, dermatitis), not a word: the open
#: classes (diseases by their suffix, drugs by their stem) no list can hold.
SHAPE = "~"
#: A word no word ending stands for ("!diagnosis", though it ends in "-osis").
NOT_SHAPE = "!"
#: Letters a word must have before the ending a shape names.
_SHAPE_STEM = 3
#: Letters of a word's end looked up first; every ending has at least this many.
_TAIL = 3
_LAST_LETTERS = itemgetter(slice(-_TAIL, None))

#: What ends a word of a key: a space, or the hyphen of a compound.
_WORD_END = re.compile(r"[ -]")


def opening_phrases(phrase: str) -> Iterator[str]:
    """The shorter phrases ``phrase`` opens with, each ending before a space or a hyphen
    ("free", "free you" of "free you from"): a :class:`PhraseMatcher` lends a phrase the
    tags of those of them it holds."""
    for cut in _WORD_END.finditer(phrase):
        yield phrase[: cut.start()]


_NO_TAGS: frozenset[str] = frozenset()


class PhraseMatcher:
    """Many tagged phrase lists matched in one walk over a text's tokens.

    The phrases are kept as a trie of tokens (words and single punctuation characters),
    each edge saying what separates a token from the one before, so building a matcher
    compiles nothing. A hyphen in the text stands for a hyphen of the phrase and for a
    space of it ("blood-pressure pills" is "blood pressure pills"; the lookup of tags
    ignores both). Matches are found at every word start (not only where a previous
    match ended), longest phrase first, so "clinically proven" and "proven" in one
    sentence are both visible. A shorter phrase that is a word-prefix of a longer one
    lends its tags to the longer one, so the longer match carries both. The rare phrase
    the token walk cannot express (letters beyond ASCII and accented Latin, which
    ``re.IGNORECASE`` compares by its own rules, or a hyphen at a phrase's end) is
    matched by a regular expression shaped as a character trie, and at each start the
    longer match of the two wins. A phrase written as a word ending (``SHAPE``, "~itis")
    stands for every word of ASCII letters with that ending and at least three letters
    before it, found by one more regular expression; a word found both ways carries the
    tags of both.

    Built with ``only`` (some of the tags), the matcher is a gate for the matcher of the
    same phrases without it (:meth:`meets`): it keeps only the phrases spelt as one that
    carries one of those tags (after the lending above) and the word endings that carry
    one, so that it walks a text faster; see :meth:`meets` for why it finds what it must.
    """

    def __init__(
        self, tagged: Iterable[tuple[str, Iterable[str]]], only: frozenset[str] | None = None
    ) -> None:
        table: dict[str, set[str]] = {}
        shapes: dict[str, set[str]] = {}
        unlike: set[str] = set()
        for tag, phrases in tagged:
            for phrase in phrases:
                if phrase[:1] == SHAPE:  # "~itis": any word that ends so
                    shapes.setdefault(normalise(phrase[1:]), set()).add(tag)
                    continue
                if phrase[:1] == NOT_SHAPE:  # "!diagnosis": a word no shape stands for
                    unlike.add(normalise(phrase[1:]))
                    continue
                key = _phrase_key(phrase)
                if key:
                    table.setdefault(key, set()).add(tag)
        # A gate (see meets) keeps less when every phrase can be walked (the regular
        # expression of the others would find longer matches than the kept phrases).
        gate = only is not None and all(_steps(key) is not None for key in table)
        if gate and only is not None:
            shapes = {end: tags for end, tags in shapes.items() if not tags.isdisjoint(only)}
        #: Word endings and their tags, longest first, and the words they do not stand for.
        self._shapes = tuple(
            (end, frozenset(tags))
            for end, tags in sorted(shapes.items(), key=lambda x: (-len(x[0]), x[0]))
        )
        self._unlike = frozenset(unlike)
        self._suffixes = tuple(end for end, _ in self._shapes)
        #: The last three letters of every ending: a token whose own last three are not
        #: among them has none of the endings (asked of every token, so one set lookup).
        self._tails: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
        for end, end_tags in self._shapes:  # longest first, kept so within each tail
            self._tails[end[-_TAIL:]] = (*self._tails.get(end[-_TAIL:], ()), (end, end_tags))
        self._shape_words: dict[str, frozenset[str] | None] = {}
        assert all(len(end) >= _TAIL for end in self._suffixes), "an ending of fewer letters"
        # Prefix tags: "free you from" also carries the tags of "free", and a compound
        # "migraine-free" those of "migraine" (the walk finds the longest phrase at a start,
        # which would hide the shorter one from every rule).
        # Each phrase looks up its own beginnings that end before a space or a hyphen,
        # shortest phrases first, so a beginning already carries the tags of its own.
        for key in sorted(table, key=len):
            tags = table[key]
            for head in opening_phrases(key):
                tags |= table.get(head, _NO_TAGS)
        by_spelling: dict[str, frozenset[str]] = {}
        for key, tags in table.items():
            spelling = _KEY_STRIP.sub("", key)  # the key is normalised already
            by_spelling[spelling] = frozenset(tags) | by_spelling.get(spelling, frozenset())
        if gate and only is not None:  # the phrases spelt as one that carries a tag of only
            by_spelling = {k: v for k, v in by_spelling.items() if not v.isdisjoint(only)}
            table = {k: v for k, v in table.items() if _KEY_STRIP.sub("", k) in by_spelling}
            for spelling, spelt in by_spelling.items():  # one word, as a word ending reads it
                if spelling.isascii() and spelling.isalpha():
                    table.setdefault(spelling, set(spelt))
        #: The tags a match must carry for :meth:`meets` (a gate's), None for a matcher.
        self._only = only
        # Tens of thousands of spellings carry a few hundred distinct tag sets: each set is
        # kept once, and the spellings are one sorted text of "spelling<TAB>set number"
        # lines, searched in place (:meth:`_spelled`): a shipped matcher is then one string
        # to unpack rather than a dict of 50,000 entries (about 10 ms of a start). Neither
        # a tab nor a newline is ever part of a spelling (spaces are taken out of it).
        # The lines of each spelling's first two characters are a run, whose span the
        # search starts from (a few steps instead of sixteen).
        shared: dict[frozenset[str], int] = {}
        lines: list[str] = []
        self._heads: dict[str, tuple[int, int]] = {}
        offset = 0
        for spelling in sorted(by_spelling):
            number = shared.setdefault(by_spelling[spelling], len(shared))
            line = f"{spelling}\t{number}"
            lines.append(line)
            first = self._heads.get(spelling[:_HEAD], (offset, 0))[0]
            self._heads[spelling[:_HEAD]] = (first, offset + len(line))
            offset += len(line) + 1
        self._spellings = "\n".join(lines)
        self._tag_sets: tuple[frozenset[str], ...] = tuple(shared)
        self.size = len(table)
        self._surfaces: dict[str, frozenset[str] | None] = {}
        self._root, odd = _trie(table)
        #: First tokens that are not words: they start a phrase only after a non-word.
        self._punctuation_heads = frozenset(t for t in self._root if not _is_word(t))
        self._regex: re.Pattern[str] | None = None
        if odd:
            # Tried after each non-word character of " " + the folded text: at every
            # position not preceded by a word character.
            self._regex = re.compile(rf"\W(?=((?:{_trie_regex(odd)}))(?!\w))")

    def meets(self, text: str) -> bool:
        """Whether a match of this gate in ``text`` carries one of the tags it was built for
        (``only``).

        It does whenever a match of the full matcher (the same phrases without ``only``)
        does, so a text this says no to holds no such match. Every match of the gate
        carries one of the tags: its phrases are spelt as one that does, and its word
        endings do. And it finds a match wherever the full matcher finds one with such a
        tag: the tag comes from the match's spelling, whose phrases the gate keeps, so it
        walks one of them there (or, for a word a word ending found, the spelling itself,
        which the gate keeps as a phrase of one word), or from a word ending the gate
        keeps. A gate of phrases that are not all walked (see above) keeps them all.
        """
        only = self._only
        assert only is not None, "meets is asked of a gate"
        return any(not only.isdisjoint(m.tags) for m in self.findall(text))

    def finditer(self, text: str) -> Iterator[PhraseMatch]:
        """Every phrase occurrence in ``text``, in order of start."""
        return iter(self.findall(text))

    def findall(self, text: str) -> list[PhraseMatch]:
        """Every phrase occurrence in ``text``, in order of start, as a new list."""
        spans, shaped = self._walk(text) if self._root or self._suffixes else ([], None)
        if self._regex is not None:
            spans = self._with_odd(text, spans)
        if shaped:
            longest = dict(spans)
            for start, (end, _) in shaped.items():
                if end > longest.get(start, -1):
                    longest[start] = end
            spans = sorted(longest.items())
        if not spans:
            return []
        # The tags of a surface form depend on nothing else: remembered, since the same
        # few hundred forms ("may", "cures", "studies show") recur in every post.
        known = self._surfaces
        found: list[PhraseMatch] = []
        for start, end in spans:
            surface = text[start:end]
            tags = known.get(surface, _UNKNOWN)
            if tags is _UNKNOWN:
                tags = self._spelled(_match_key(surface))
                if len(known) < _KNOWN_MAX:
                    known[surface] = tags
            if shaped and start in shaped and shaped[start][0] == end:
                tags = shaped[start][1] | tags if tags else shaped[start][1]
            if tags:
                found.append(PhraseMatch(start, end, surface, tags))
        return found

    def _spelled(self, key: str) -> frozenset[str] | None:
        """The tags of the phrases spelt ``key`` (:func:`_match_key`): a binary search of
        the sorted lines of :attr:`_spellings` that start as ``key`` does, from a character
        offset to its line."""
        span = self._heads.get(key[:_HEAD])
        if span is None:
            return None
        lo, hi = span
        text = self._spellings
        while lo < hi:
            mid = (lo + hi) // 2
            start = text.rfind("\n", 0, mid) + 1  # the line that holds the offset mid
            tab = text.find("\t", start)
            spelling = text[start:tab]
            if spelling == key:
                end = text.find("\n", tab)
                return self._tag_sets[int(text[tab + 1 : end if end >= 0 else len(text)])]
            if spelling < key:
                end = text.find("\n", tab)
                if end < 0:
                    return None
                lo = end + 1
            else:
                hi = start
        return None

    def _shaped(
        self, tokens: list[str], ends: list[int] | None
    ) -> dict[int, tuple[int, frozenset[str]]] | None:
        """The words among ``tokens`` that a word ending stands for, by start: end and
        tags. Every token's last three letters are looked up at once (in C); the few
        tokens whose last letters end an ending are then looked at one by one."""
        tails = map(_LAST_LETTERS, tokens)
        hits = list(compress(range(len(tokens)), map(self._tails.__contains__, tails)))
        if not hits:
            return None
        if ends is None:
            ends = list(accumulate(map(len, tokens)))
        out: dict[int, tuple[int, frozenset[str]]] = {}
        known = self._shape_words
        for i in hits:
            word = tokens[i]
            tags = known.get(word, _UNKNOWN)
            if tags is _UNKNOWN:
                tags = self._shape_tags(word)
                if len(known) < _KNOWN_MAX:
                    known[word] = tags
            if tags:
                out[ends[i - 1] if i else 0] = (ends[i], tags)
        return out

    def _shape_tags(self, word: str) -> frozenset[str] | None:
        """The tags of the endings ``word`` has, with enough letters before them, when it
        is all ASCII letters and not a word set apart."""
        found = [
            t
            for end, t in self._tails[word[-_TAIL:]]
            if len(word) - len(end) >= _SHAPE_STEM and word.endswith(end)
        ]
        if not found or not (word.isascii() and word.isalpha()) or word in self._unlike:
            return None
        return found[0].union(*found[1:])

    def _walk(
        self, text: str
    ) -> tuple[list[tuple[int, int]], dict[int, tuple[int, frozenset[str]]] | None]:
        """(start, end) of the longest phrase at each token a phrase starts with, and the
        words a word ending stands for (:meth:`_shaped`)."""
        root = self._root
        folded = fold(text)
        if not folded.isascii():
            folded = folded.translate(_MATCH_CHARS)
        tokens = _TOKENS.findall(folded)
        n = len(tokens)
        found: list[tuple[int, int]] = []
        for i in compress(range(n), map(root.__contains__, tokens)):
            token = tokens[i]
            if i and token in self._punctuation_heads and _is_word(tokens[i - 1]):
                continue  # a phrase starts only where no word character precedes it
            best = _longest(tokens, i, root[token])
            if best >= 0:
                found.append((i, best))
        ends = list(accumulate(map(len, tokens))) if found else None
        shaped = self._shaped(tokens, ends) if self._suffixes else None
        if not found:
            return [], shaped
        assert ends is not None
        return [(ends[i - 1] if i else 0, ends[j]) for i, j in found], shaped

    def _with_odd(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``spans`` with the odd phrases' matches, the longer kept at a shared start."""
        assert self._regex is not None
        longest = dict(spans)
        for m in self._regex.finditer(" " + fold(text)):
            start, end = m.start(1) - 1, m.end(1) - 1
            if end > longest.get(start, -1):
                longest[start] = end
        return sorted(longest.items())

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without the remembered surface forms and shaped words."""
        return {k: v for k, v in self.__dict__.items() if k not in ("_surfaces", "_shape_words")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._surfaces = {}
        self._shape_words = {}


def _longest(tokens: list[str], i: int, node: Trie) -> int:
    """The last token of the longest phrase that starts with ``tokens[i]`` (whose trie
    node is ``node``), or -1. A hyphen in the text takes the phrase's hyphen and, where
    the phrase has a space there, its space too: words a phrase spaces may be written as a
    compound ("blood-pressure pills" for "blood pressure pills"). Where both lead on, each
    is followed."""
    n = len(tokens)
    best = -1
    paths = [(node, i)]
    while paths:
        node, k = paths.pop()
        while True:
            end = node.get(_END)
            if (end or (end is not None and _ends_well(tokens, k))) and k > best:
                best = k
            k += 1
            if k >= n:
                break
            nxt = tokens[k]
            if nxt == "-" or nxt.isspace():  # a hyphen (and any whitespace after it)
                k += 1
                if k == n:
                    break
                if nxt == "-" and tokens[k].isspace():
                    k += 1
                    if k == n:
                        break
                sub = node.get(nxt if nxt == "-" else " ")
                child = sub.get(tokens[k]) if sub is not None else None
                if nxt == "-":
                    spaced = node.get(" ")
                    also = spaced.get(tokens[k]) if spaced is not None else None
                    if child is None:
                        child = also
                    elif also is not None and also is not child:
                        paths.append((also, k))
            else:
                child = node.get(nxt)
            if child is None:
                break
            node = child
    return best


def _ends_well(tokens: list[str], j: int) -> bool:
    """Whether a phrase that ends with a token other than a word may end after token
    ``j``: no word character follows it."""
    return j + 1 == len(tokens) or not _is_word(tokens[j + 1])
