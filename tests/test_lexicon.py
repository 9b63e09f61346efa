"""The one-pass phrase matcher finds exactly what a naive scan finds.

:class:`~claimlint.text.lexicon.PhraseMatcher` compiles every phrase into one trie-shaped
regular expression and runs it, case-sensitively, over text lower-cased by
:func:`~claimlint.text.lexicon.fold`. The reference below shares none of that: it is
written from the semantics that ``lexicon.py`` documents, and tries, at every position not
preceded by a word character, every phrase, one character at a time against the text as
written (case-insensitively as ``re.IGNORECASE`` compares one character with another);
a space of a phrase takes one or more whitespace characters, an apostrophe ' or ’ (not
‘), a hyphen a hyphen or en dash (and any spaces after it), spaces, or nothing. Of the
phrase ends followed by no word character it keeps only the longest, and tags it with
every phrase spelled as the matched text is (lower-cased, spaces and hyphens aside) and
every shorter phrase that is a word-prefix of one of those (a hyphen ends a word). A
match that no phrase spells (a long s matched case-insensitively for an "s", a dotted
capital I for an "i") is dropped, as the matcher drops it.

Both must yield the same matches (offsets, text and tags, in order) for the built-in
rules' phrase lists and the knowledge pack's aliases over rule examples, the claim table,
the dev posts and generated text full of case, apostrophe, hyphen, space and Unicode
variants.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import yaml

from claimlint.core.builtin import builtin_rules_dir
from claimlint.engine.selfcheck import load_rules
from claimlint.regulatory import mentions as regulatory
from claimlint.text.document import parse_text
from claimlint.text.lexicon import PhraseMatch, PhraseMatcher, TermSet, Words, fold

DATA = Path(__file__).parent / "data"
DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
Tagged = list[tuple[str, list[str]]]

#: What a hyphen of a phrase matches in the text (besides spaces or nothing); an em dash
#: is not among them: "pain—free" is two words.
DASHES = "-\u2010\u2011\u2013"
#: Written the same way in a phrase: curly apostrophes, and every dash, as a hyphen.
PHRASE_SPELLING = {"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"}
PHRASE_SPELLING |= {"\u2013": "-", "\u2014": "-"}
#: How many first letters the reference looks phrases up by (only to be quick).
LETTERS = 6


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _phrase_key(phrase: str) -> str:
    """A phrase as the matcher files it: unified apostrophes and hyphens, lower case,
    single spaces."""
    return " ".join("".join(PHRASE_SPELLING.get(c, c) for c in phrase).lower().split())


def _spelling(text: str) -> str:
    """What two texts spelled the same way share: :func:`_phrase_key` without spaces
    and hyphens."""
    return "".join(c for c in _phrase_key(text) if c not in " -")


class NaiveMatcher:
    """Every phrase tried at every word start, character by character."""

    def __init__(self, tagged: Iterable[tuple[str, Iterable[str]]]) -> None:
        own: dict[str, set[str]] = {}
        self.shapes: dict[str, set[str]] = {}  # "~itis": a word ending, and its tags
        self.unlike: set[str] = set()  # "!diagnosis": a word no ending stands for
        for tag, phrases in tagged:
            for phrase in phrases:
                if phrase.startswith("~"):
                    self.shapes.setdefault(phrase[1:].lower(), set()).add(tag)
                elif phrase.startswith("!"):
                    self.unlike.add(phrase[1:].lower())
                elif key := _phrase_key(phrase):
                    own.setdefault(key, set()).add(tag)
        self.phrases = sorted(own)
        # a phrase also carries the tags of each shorter phrase its first words spell, a
        # compound's hyphen ending a word as a space does ("pain-free": "pain")
        self.tags: dict[str, set[str]] = {}
        for key in self.phrases:
            lent = set(own[key])
            for n, ch in enumerate(key):
                if ch in " -" and n:
                    lent |= own.get(key[:n], set())
            self.tags.setdefault(_spelling(key), set()).update(lent)
        # Only to be quick: a phrase can start at a position only if its first letters
        # (spaces and hyphens aside) match the text's first letters there.
        self.by_start: dict[str, list[str]] = {}
        for key in self.phrases:
            letters = _spelling(key)[:LETTERS]
            self.by_start.setdefault(letters, []).append(key)
        self.letters = sorted({c for key in self.phrases for c in key if c not in " -"})
        self._equal: dict[tuple[str, str], bool] = {}
        self._like: dict[str, list[str]] = {}

    def _same(self, mine: str, theirs: str) -> bool:
        """Whether a phrase's character matches one of the text."""
        pair = (mine, theirs)
        if pair not in self._equal:
            if mine == "'":
                self._equal[pair] = theirs in "'\u2019"
            else:
                self._equal[pair] = bool(re.fullmatch(re.escape(mine), theirs, re.IGNORECASE))
        return self._equal[pair]

    def _like_letters(self, theirs: str) -> list[str]:
        """The phrase characters that match ``theirs``."""
        if theirs not in self._like:
            self._like[theirs] = [c for c in self.letters if self._same(c, theirs)]
        return self._like[theirs]

    def _candidates(self, text: str, start: int) -> list[str]:
        """The phrases whose first letters match the text's first letters from ``start``."""
        letters: list[str] = []
        i = start
        while i < len(text) and len(letters) < LETTERS:
            if not (text[i].isspace() or text[i] in DASHES):
                letters.append(text[i])
            i += 1
        heads = [""]
        found = list(self.by_start.get("", ()))
        for ch in letters:
            heads = [head + c for head in heads for c in self._like_letters(ch)]
            for head in heads:
                found += self.by_start.get(head, ())
        return found

    def _ends(self, phrase: str, text: str, start: int) -> set[int]:
        """Every offset at which ``phrase`` can end when it starts at ``start``."""
        n = len(text)
        at = {start}
        for ch in phrase:
            if not at:
                break
            if ch not in " -":
                at = {j + 1 for j in at if j < n and self._same(ch, text[j])}
                continue
            after: set[int] = set()
            for j in at:
                k = j
                while k < n and text[k].isspace():  # spaces (one or more for a space)
                    k += 1
                    after.add(k)
                if ch == "-":
                    after.add(j)  # nothing
                # a dash, and any spaces after it, for a hyphen or a space ("blood-pressure
                # pills" for "blood pressure pills")
                if j < n and text[j] in DASHES:
                    k = j + 1
                    after.add(k)
                    while k < n and text[k].isspace():
                        k += 1
                        after.add(k)
            at = after
        return at

    def finditer(self, text: str) -> Iterator[PhraseMatch]:
        for start in range(len(text)):
            if start > 0 and _is_word(text[start - 1]):
                continue
            ends = [
                end
                for phrase in self._candidates(text, start)
                for end in self._ends(phrase, text, start)
                if end == len(text) or not _is_word(text[end])
            ]
            shape = self._shape(text, start)
            if shape is not None:
                ends.append(start + len(shape[0]))
            if not ends:
                continue
            surface = text[start : max(ends)]
            tags = set(self.tags.get(_spelling(surface), ()))
            if shape is not None and shape[0] == surface:
                tags |= shape[1]
            if tags:
                yield PhraseMatch(start, start + len(surface), surface, frozenset(tags))

    def _shape(self, text: str, start: int) -> tuple[str, set[str]] | None:
        """The word at ``start`` and the tags of the endings it has three letters before,
        when it is all ASCII letters (after folding) and not a word set apart."""
        word = re.match(r"\w+", text[start:])
        if word is None:
            return None
        lower = fold(word.group())
        if not (lower.isascii() and lower.isalpha()) or lower in self.unlike:
            return None
        tags = {
            t
            for end, ts in self.shapes.items()
            if lower.endswith(end) and len(lower) - len(end) >= 3
            for t in ts
        }
        return (word.group(), tags) if tags else None


def _same(tagged: Tagged, texts: Iterable[str]) -> int:
    """Assert both matchers agree on every text; the number of matches compared."""
    fast, slow = PhraseMatcher(tagged), NaiveMatcher(tagged)
    n = 0
    for text in texts:
        got = list(fast.finditer(text))
        assert got == list(slow.finditer(text)), text
        n += len(got)
    return n


@pytest.fixture(scope="module")
def phrase_lists() -> dict[str, Tagged]:
    """The built-in rules' phrase lists by unit (as the engine's matchers hold them), and
    the knowledge pack's aliases."""
    ruleset = load_rules([builtin_rules_dir()])
    units = {"sentence": ("sentence", "heading", "front-matter"), "block": ("block",)}
    lists: dict[str, Tagged] = {}
    for unit, scopes in units.items():
        lists[unit] = [
            (tag, list(phrases))
            for rule in sorted(ruleset.rules.values(), key=lambda r: r.id)
            if rule.scope in scopes
            for tag, phrases in rule.impl.phrases()
        ]
    aliases = regulatory.pack_for("us").alias_patterns()
    lists["aliases"] = [(str(i), [a.text.replace(" ", "-")]) for i, a in enumerate(aliases)]
    return lists


@pytest.fixture(scope="module")
def texts(phrase_lists: dict[str, Tagged]) -> list[str]:
    ruleset = load_rules([builtin_rules_dir()])
    out: list[str] = []
    for rule in ruleset.rules.values():
        out.extend(rule.examples_fail)
        out.extend(rule.examples_pass)
    out.extend(row["text"] for row in yaml.safe_load((DATA / "claim-sentences.yaml").read_text()))
    for path in sorted(DEV.glob("*.md")) if DEV.is_dir() else ():
        doc = parse_text(path.read_text(encoding="utf-8"), path.name)
        for block in doc.blocks:
            out.append(block.text)
            out.extend(s.text for s in block.sentences)
    out.extend(_generated(phrase_lists, random.Random(7), 3000))
    return out


#: Characters the generated texts mix in: case, apostrophe, hyphen and space variants,
#: the letters Python's case-insensitive matching treats specially, accents, digits.
ODD = "İıſKΣσςßẞéÉ’‘'\"“”-‐‑–—\u00a0\u2009\u200b\t\n %0123456789_.,;:!?()[]/*+#&$"


def _variant(phrase: str, rng: random.Random) -> str:
    out: list[str] = []
    for ch in phrase:
        r = rng.random()
        if ch == " ":
            out.append(rng.choice([" ", "  ", "\u00a0", "\n", "\t", "-", ""]))
        elif ch == "-":
            out.append(rng.choice(["-", "‐", "‑", "–", "—", " ", "- ", ""]))
        elif ch == "'":
            out.append(rng.choice(["'", "’", "‘", "`"]))
        elif r < 0.15:
            out.append(ch.upper())
        elif r < 0.17:
            out.append({"i": "İ", "s": "ſ", "k": "K"}.get(ch, rng.choice(ODD)))
        elif r < 0.18:
            out.append(rng.choice(ODD))
        else:
            out.append(ch)
    return "".join(out)


def _generated(lists: dict[str, Tagged], rng: random.Random, n: int) -> Iterator[str]:
    phrases = sorted({p for tagged in lists.values() for _, ps in tagged for p in ps})
    for _ in range(n):
        parts: list[str] = []
        for _ in range(rng.randint(1, 12)):
            r = rng.random()
            if r < 0.6:
                parts.append(_variant(rng.choice(phrases), rng))
            elif r < 0.8:
                parts.append("".join(rng.choice(ODD) for _ in range(rng.randint(0, 4))))
            else:
                parts.append(rng.choice(["the", "our", "patients", "may", "study", "x"]))
            parts.append(rng.choice([" ", "", ". ", ", ", "\u00a0", "’s ", "-", "\n", "%"]))
        text = "".join(parts)
        yield text.upper() if rng.random() < 0.1 else text


@pytest.mark.parametrize("unit", ["sentence", "block", "aliases"])
def test_the_matcher_finds_what_the_reference_finds(
    unit: str, phrase_lists: dict[str, Tagged], texts: list[str]
) -> None:
    assert _same(phrase_lists[unit], texts) > 1000


def _gate_holds(tagged: Tagged, only: frozenset[str], texts: list[str]) -> int:
    """Assert that the gate of ``tagged`` for ``only`` says yes to every text in which the
    full matcher finds a match carrying one of ``only``; how many such texts there were."""
    full, gate = PhraseMatcher(tagged), PhraseMatcher(tagged, only)
    found = 0
    for text in texts:
        if any(not only.isdisjoint(m.tags) for m in full.findall(text)):
            found += 1
            assert gate.meets(text), text
    return found


@pytest.mark.parametrize(("unit", "pick"), [("sentence", 7), ("block", 3), ("block", 2)])
def test_a_gate_says_yes_wherever_the_full_matcher_finds_its_tags(
    unit: str, pick: int, phrase_lists: dict[str, Tagged], texts: list[str]
) -> None:
    tags = sorted({tag for tag, _ in phrase_lists[unit]})
    only = frozenset(tags[::pick])
    assert _gate_holds(phrase_lists[unit], only, texts) > 50


def test_a_gate_keeps_a_word_spelt_as_its_phrase_and_every_phrase_beside_an_odd_one() -> None:
    # "painfree" is a word the ending finds, spelt as the gated "pain free": it carries "g"
    tagged: Tagged = [("g", ["pain free", "came to us"]), ("o", ["~free", "pain", "pain relief"])]
    texts = ["Now painfree!", "pain relief", "She came to us", "a pain-free day", "carefree"]
    assert _gate_holds(tagged, frozenset({"g"}), texts) == 3
    assert not PhraseMatcher(tagged, frozenset({"g"})).meets("pain relief, carefree")
    # a phrase the walk cannot express: the gate is the whole matcher
    tagged = [("g", ["my"]), ("o", ["café crème", "-free"])]
    gate = PhraseMatcher(tagged, frozenset({"g"}))
    assert gate.size == PhraseMatcher(tagged).size
    assert _gate_holds(tagged, frozenset({"g"}), ["my café crème", "sugar-free", "My"]) == 2


def test_phrases_beyond_ascii_and_around_punctuation() -> None:
    """Phrases with accents, dotless i, long s, sigma, sharp s, leading punctuation."""
    rng = random.Random(11)
    words = ["café", "ıbuprofen", "ſtudy", "σώμα", "straße", "İstanbul", "'s safe", "100%"]
    words += ["% off", "#1", "x-ray", "k-hole", "naïve", "-free", "e.g. this", "(new)", "a+"]
    tagged = [(str(i), [w]) for i, w in enumerate(words)]
    texts = [" ".join(_variant(rng.choice(words), rng) for _ in range(rng.randint(1, 6)))]
    for _ in range(4000):
        parts = [_variant(rng.choice(words), rng) for _ in range(rng.randint(1, 6))]
        texts.append("".join(p + rng.choice([" ", "", ".", "’", "\u00a0", "ß"]) for p in parts))
        texts.append(texts[-1].upper())
        texts.append(texts[-2].title())
    assert _same(tagged, texts) > 1000


def test_no_phrases_match_nothing() -> None:
    assert list(PhraseMatcher([]).finditer("anything at all")) == []


def _all_characters() -> str:
    return "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)


def test_folding_keeps_offsets_word_characters_and_case_insensitive_equality() -> None:
    """What lets the matcher run a case-sensitive pattern over folded text, checked on
    every code point: one character for one, the same word and space characters, and an
    ASCII character of a phrase equals the folded character exactly when a
    case-insensitive pattern matches the original."""
    every = _all_characters()
    folded = fold(every)
    assert len(folded) == len(every)
    assert all(len(fold(c)) == 1 for c in every)  # also one by one (no context)
    for cls in (r"\w", r"\s"):
        rx = re.compile(cls)
        assert [m.start() for m in rx.finditer(every)] == [m.start() for m in rx.finditer(folded)]
    ascii_chars = "".join(chr(i) for i in range(128))
    rx = re.compile("[" + re.escape(ascii_chars) + "]")
    insensitive = [m.start() for m in re.compile(rx.pattern, re.IGNORECASE).finditer(every)]
    assert insensitive == [m.start() for m in rx.finditer(folded)]
    for i in insensitive:
        want = [c for c in ascii_chars if re.fullmatch(re.escape(c), every[i], re.IGNORECASE)]
        assert [c for c in want if c == c.lower()] == [folded[i]]


def test_findall_lists_what_finditer_yields() -> None:
    matcher = PhraseMatcher([("t", ["cures", "cures depression"])])
    text = "Cures depression, it cures."
    assert matcher.findall(text) == list(matcher.finditer(text))
    assert [m.text for m in matcher.findall(text)] == ["Cures depression", "cures"]
    assert PhraseMatcher(()).findall(text) == []


def test_a_spaced_and_a_hyphenated_phrase_keep_the_longest_match() -> None:
    # "life changing" and "life-changing change" share a node whose space and hyphen edges
    # both match a space: the longer phrase must still win, whichever spelling it has.
    matcher = PhraseMatcher(
        [("short", ["life changing"]), ("long", ["life-changing change", "life-changing changes"])]
    )
    for text in ("a life changing\u00a0changes b", "a life changing changes b"):
        (match,) = matcher.findall(text)
        assert (match.text.split()[-1], "long" in match.tags) == ("changes", True)
    (match,) = matcher.findall("a life changing b")
    assert (match.text, match.tags) == ("life changing", frozenset({"short"}))


def test_a_tie_between_spaced_and_hyphenated_edges_tries_the_hyphen_first() -> None:
    matcher = PhraseMatcher(
        [
            ("short", ["side effect"]),
            ("free", ["side effect free", "side-effect-free"]),
        ]
    )
    (match,) = matcher.findall("no side effect\u2013free claims")
    assert (match.text, "free" in match.tags) == ("side effect\u2013free", True)


@pytest.mark.parametrize("unit", ["sentence", "block", "aliases"])
def test_the_built_in_phrases_need_no_regular_expression(
    unit: str, phrase_lists: dict[str, Tagged]
) -> None:
    """Every built-in phrase is walked as tokens: building the matchers of a run compiles
    nothing (what a start without the cache folder costs depends on it)."""
    assert PhraseMatcher(phrase_lists[unit])._regex is None


def test_a_phrase_beyond_ascii_is_matched_beside_the_walked_ones() -> None:
    matcher = PhraseMatcher([("walk", ["cafe", "cafe au lait"]), ("odd", ["straße"])])
    assert matcher._regex is not None
    got = [
        (m.start, m.text, sorted(m.tags)) for m in matcher.findall("Straße, strasse, cafe au lait")
    ]
    assert got == [(0, "Straße", ["odd"]), (17, "cafe au lait", ["walk"])]


def test_accented_latin_letters_are_walked() -> None:
    matcher = PhraseMatcher([("m", ["Ménière's disease"]), ("c", ["café"])])
    assert matcher._regex is None
    got = [(m.start, m.text) for m in matcher.findall("MÉNIÈRE’S DISEASE at the Café; cafe")]
    assert got == [(0, "MÉNIÈRE’S DISEASE"), (25, "Café")]


def test_the_walk_compares_accented_latin_letters_as_case_insensitive_matching_does() -> None:
    """Each letter the walk compares as it is (``_WALKABLE``) equals, under
    ``re.IGNORECASE``, exactly the characters that fold to its lower case."""
    from claimlint.text.lexicon import _WALKABLE

    every = _all_characters()
    folded = fold(every)
    for letter in sorted(_WALKABLE):
        lower = letter.lower()
        insensitive = [m.start() for m in re.finditer(re.escape(lower), every, re.IGNORECASE)]
        assert insensitive == [m.start() for m in re.finditer(re.escape(lower), folded)], letter


# -- word endings as phrases ("~itis"): the open classes no list can hold -----------------


def test_a_word_ending_stands_for_every_word_with_it() -> None:
    matcher = PhraseMatcher(
        [("cond", ["~itis", "~algia", "!arthritis"]), ("drug", ["~mab"]), ("word", ["gout"])]
    )
    text = "Bursitis, Gout and coccygodynia; fibromyalgia, arthritis, itis and dupilumab."
    got = [(m.start, m.text, sorted(m.tags)) for m in matcher.findall(text)]
    assert got == [
        (0, "Bursitis", ["cond"]),
        (10, "Gout", ["word"]),
        (33, "fibromyalgia", ["cond"]),
        (67, "dupilumab", ["drug"]),
    ]


def test_a_word_ending_needs_three_letters_before_it_and_joins_a_listed_word() -> None:
    matcher = PhraseMatcher([("cond", ["~oma", "~itis"]), ("named", ["colitis"])])
    # "coma" and "aroma" have fewer than three letters before "-oma"
    assert [m.text for m in matcher.findall("a coma, an aroma, a lipoma")] == ["lipoma"]
    # a word both listed and shaped carries both tags
    (m,) = matcher.findall("Ulcerative colitis.")
    assert (m.start, m.text, m.tags) == (11, "colitis", frozenset({"cond", "named"}))
    # a longer listed phrase at the same start wins, with its own tags
    matcher = PhraseMatcher([("cond", ["~itis"]), ("named", ["colitis flare"])])
    assert [(m.text, m.tags) for m in matcher.findall("a colitis flare")] == [
        ("colitis flare", frozenset({"named"}))
    ]


def test_the_shipped_shapes_are_conditions_and_treatments_not_common_words() -> None:
    from claimlint.engine.registry import load_lexicons

    lexicons = load_lexicons([builtin_rules_dir()])
    matcher = PhraseMatcher(
        [
            ("cond", lexicons["condition-shapes"].forms()),
            ("treat", lexicons["treatment-shapes"].forms()),
        ]
    )

    def tagged(word: str) -> set[str]:
        return {t for m in matcher.findall(f"x {word} y") for t in m.tags}

    # conditions and treatments from no labelled post
    for word in ("gastroparesis", "sarcopenia", "bronchiectasis", "vulvodynia", "nocturia"):
        assert tagged(word) == {"cond"}, word
    for word in ("apixaban", "montelukast", "sumatriptan", "tonsillectomy", "septoplasty"):
        assert tagged(word) == {"treat"}, word
    # words with those endings that are neither
    for word in ("diagnosis", "prognosis", "homeopathy", "academia", "cholesterol", "coma"):
        assert tagged(word) == set(), word


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("while you walk", True),
        ("While you're sleeping", True),
        ("in the brain first", True),
        ("side-effects are rare", True),
        ("whilst walking", False),
        ("in the bloodstream", False),
        ("", False),
    ],
)
def test_a_term_set_says_whether_words_open_with_one_of_its_forms(text: str, opened: bool) -> None:
    """Read as ``holds`` reads a phrase (case, apostrophes, hyphens and spaces aside), and
    only up to a word's end: "while" does not open "whilst"."""
    terms = TermSet("t", ((Words(("while", "in the brain", "side effects")), "none"),))
    assert terms.opens(text.split()) is opened
