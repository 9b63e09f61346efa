"""The one-pass phrase matcher finds exactly what the plain case-insensitive trie finds.

:class:`~claimlint.text.lexicon.PhraseMatcher` runs a case-sensitive trie over folded text
(:func:`~claimlint.text.lexicon.fold`), tried only after non-word characters. The reference
below is the straightforward matcher it replaced: one ``re.IGNORECASE`` trie tried at
every position not preceded by a word character of the text as written. Both must yield
the same matches (offsets, text and tags, in order) for the built-in rules' phrase lists
and the knowledge pack's aliases over rule examples, the claim table, the dev posts and
generated text full of case, apostrophe, hyphen, space and Unicode variants.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimlint.core.builtin import builtin_rules_dir
from claimlint.engine.selfcheck import load_rules
from claimlint.regulatory import mentions as regulatory
from claimlint.text.document import parse_text
from claimlint.text.lexicon import PhraseMatch, PhraseMatcher, _match_key, fold, normalise

DATA = Path(__file__).parent / "data"
DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
Tagged = list[tuple[str, list[str]]]


def _reference_phrase(phrase: str) -> str:
    out: list[str] = []
    for ch in phrase:
        if ch == " ":
            out.append(r"\s+")
        elif ch == "'":
            out.append("['’]")
        elif ch == "-":
            out.append(r"(?:[-‐‑–]\s*|\s+)?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _reference_node(node: dict[str, Any]) -> str:
    branches = [
        _reference_phrase(ch) + _reference_node(child) for ch, child in sorted(node.items()) if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


class ReferenceMatcher:
    """The matcher as first written: a case-insensitive trie, tried at every position."""

    def __init__(self, tagged: Iterable[tuple[str, Iterable[str]]]) -> None:
        table: dict[str, set[str]] = {}
        for tag, phrases in tagged:
            for phrase in phrases:
                key = normalise(phrase)
                if key:
                    table.setdefault(key, set()).add(tag)
        by_first: dict[str, list[str]] = {}
        for key in sorted(table, key=len):
            by_first.setdefault(key.split(" ", 1)[0], []).append(key)
        for group in by_first.values():
            for i, short in enumerate(group):
                for long in group[i + 1 :]:
                    if long.startswith(short + " "):
                        table[long] |= table[short]
        self.tags: dict[str, frozenset[str]] = {}
        for key, tags in table.items():
            k = _match_key(key)
            self.tags[k] = frozenset(tags) | self.tags.get(k, frozenset())
        root: dict[str, Any] = {}
        for key in table:
            node = root
            for ch in key:
                node = node.setdefault(ch, {})
            node[""] = True
        body = _reference_node(root)
        self.regex = re.compile(rf"(?<!\w)(?=((?:{body}))(?!\w))", re.IGNORECASE) if body else None

    def finditer(self, text: str) -> Iterator[PhraseMatch]:
        if self.regex is None:
            return
        for m in self.regex.finditer(text):
            tags = self.tags.get(_match_key(m.group(1)))
            if tags:
                yield PhraseMatch(m.start(1), m.end(1), m.group(1), tags)


def _same(tagged: Tagged, texts: Iterable[str]) -> int:
    """Assert both matchers agree on every text; the number of matches compared."""
    fast, slow = PhraseMatcher(tagged), ReferenceMatcher(tagged)
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
