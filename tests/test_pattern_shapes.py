"""The cheaper spellings of costly patterns match what the patterns they replace matched:
a letter shape stands for the letter classes exactly, every capital is a letter, and every
organisation word holds one of the stems tested before the corporate-author patterns."""

from __future__ import annotations

import re

from claimlint.biblio import intext
from claimlint.biblio.refstring import shared

BMP = range(0x10000)


def test_the_shapes_stand_for_the_letter_classes_exactly() -> None:
    upper = re.compile(f"[{shared._UP}]")
    letter = re.compile(f"[{shared._al()}]")
    apostrophe = re.compile(f"[{shared._APOS}]")
    hyphen = re.compile(f"[{shared._HY}]")
    for code in BMP:
        char = chr(code)
        letters, token = char.translate(shared.LETTER_SHAPE), char.translate(shared.SHAPE)
        assert (letters == "U") == bool(upper.fullmatch(char)), hex(code)
        assert (letters in ("U", "l")) == bool(letter.fullmatch(char)), hex(code)
        assert letters in ("U", "l") or letters == char, hex(code)
        assert (token == "'") == bool(apostrophe.fullmatch(char)), hex(code)
        assert (token == "-") == bool(hyphen.fullmatch(char)), hex(code)
        assert token in ("U", "l", "'", "-") or token == char, hex(code)


def test_every_capital_of_a_surname_is_a_letter() -> None:
    capital, letter = re.compile(f"[{intext._UPPER}]"), re.compile(intext._LETTER)
    assert all(letter.fullmatch(chr(c)) for c in BMP if capital.fullmatch(chr(c)))


def test_every_organisation_word_begins_with_a_stem() -> None:
    words = [
        "Organisation",
        "Organization",
        "Association",
        "Associations",
        "Institute",
        "Institutes",
        "Administration",
        "Agency",
        "Society",
        "Center",
        "Centre",
        "Centers",
        "Centres",
        "College",
        "Department",
        "Council",
        "Foundation",
        "Academy",
        "Group",
        "Network",
        "Alliance",
        "Commission",
        "Board",
        "Service",
        "Services",
        "Office",
        "Authority",
        "Collaboration",
        "Consortium",
        "Federation",
        "Ministry",
        "Coalition",
        "Programme",
        "Program",
    ]
    org = re.compile(intext._ORG_WORD)
    for word in [*words, "Task Force"]:
        assert org.fullmatch(word), word
        assert intext._may_name_an_organisation(word), word
    # the words above are every alternative of the pattern: a new one needs its stem
    assert len(org.pattern[3:-1].replace("(?:er|re)", "").split("|")) == 28
