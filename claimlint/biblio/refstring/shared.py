"""What every part of the reference-string parser uses.

Unicode character classes for names (upper- and lower-case letters, apostrophes,
hyphens), the regular-expression fragments for a year and a month name, the word list
of journal-title abbreviations, and small text helpers: Markdown emphasis removal, a
cheap case-insensitive word pre-test, whitespace squashing and the word before an index.
"""

from __future__ import annotations

import re
from functools import cache


def _words(text: str) -> frozenset[str]:
    """A set of the whitespace-separated words of text (keeps word lists compact)."""
    return frozenset(text.split())


def _class(codes: list[int]) -> str:
    """Letters as the inside of a character class, a run of consecutive code points as a
    range ("A-Z"): the same class as listing every letter, parsed many times quicker
    (the name patterns hold these classes dozens of times)."""
    out: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = chr(codes[i]), chr(codes[j])
        out.append(first if i == j else f"{first}{last}" if j == i + 1 else f"{first}-{last}")
        i = j + 1
    return "".join(out)


_LETTERS = [c for c in range(0x41, 0x2000) if chr(c).isalpha()]
_UPPER = [c for c in _LETTERS if chr(c).isupper()]
#: The upper-case letters, as the inside of a character class.
_UP = _class(_UPPER)
_APOS = "'’‘`´"
_HY = "\\-‐‑"


@cache
def _al() -> str:
    """Every letter and the combining diacritics ("Dra\u0306ghici"), as the inside of one
    character class (upper- and lower-case letters alternate through most of Latin and
    Greek, so the union is far fewer ranges than either), for the patterns compiled on
    first use."""
    return _class(sorted({*_LETTERS, *range(0x300, 0x370)}))


#: A text's letter shape (``text.translate(LETTER_SHAPE)``, one character for one): "U"
#: for an upper-case letter (of :data:`_UP`), "l" for any other letter or a combining
#: diacritic (of :func:`_al`, not of :data:`_UP`); every other character is itself. A
#: pattern that tests letters only by these classes matches the shape exactly where it
#: matches the text, written in a few ASCII characters: the classes are hundreds of
#: ranges, and compiling each use of one took a third of a millisecond.
LETTER_SHAPE: dict[int, str] = (
    dict.fromkeys(_LETTERS, "l")
    | dict.fromkeys(range(0x300, 0x370), "l")
    | dict.fromkeys(_UPPER, "U")
)
#: A token's shape (``token.translate(SHAPE)``): its letter shape, with "'" for an
#: apostrophe of :data:`_APOS` and "-" for a hyphen of :data:`_HY`.
SHAPE: dict[int, str] = (
    LETTER_SHAPE | dict.fromkeys(map(ord, _APOS), "'") | dict.fromkeys(map(ord, "-‐‑"), "-")
)


_EMPH_RE = re.compile(r"(?<![^\W_])[*_]+|[*_]+(?![^\W_])")


def strip_emphasis(text: str) -> str:
    """Remove Markdown emphasis markers (``*``, ``**``, ``_`` at word edges)."""
    if "*" not in text and "_" not in text:
        return text
    return _EMPH_RE.sub("", text)


#: The only characters a case-insensitive pattern matches to an ASCII letter whose
#: ``lower()`` is not that letter: "İ" and "ı" match "i", "ſ" matches "s".
_ODD_CASE = ("İ", "ı", "ſ")


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``text`` holds none of ``words`` (lower-case ASCII) in any case.

    A cheap test before a costly case-insensitive search for a pattern that needs one of
    the words: the test is exact for the matching rules of :mod:`re` (a text with "İ",
    "ı" or "ſ" always may).
    """
    low = text.lower()
    for word in words:
        if word in low:
            return True
    return not text.isascii() and any(ch in text for ch in _ODD_CASE)


_YEAR = r"(?:1[5-9]\d\d|20[0-3]\d)"
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Fall|Autumn|"
    r"Winter)"
)


_CONT_ABBR_LONG = _words(
    """Astrophys Neurosci Psychol Psychiatr Pharmacol Physiol Biochem Intern Internat Natl Proc
    Trans Conf Symp Comput Math Appl Mater Environ Geophys Mech Chem Biol Med Sci Engl Educ
    Econ Clin Rev Res Lett Commun Syst Stud Theor Technol Eng Inf Int Anal Quart Ann Bull Mag
    Assoc Soc Acad Amer Am Br Eur Jpn Can Aust Nucl Phys Opt Electron Electr Biophys Neurol
    Immunol Microbiol Pathol Endocrinol Metab Cardiol Oncol Surg Genet Ecol Evol Zool Bot Geol
    Mineral Petrol Linguist Philos Hist Sociol Anthropol Archaeol Statist Stat Probab Optim
    Algebr Geom Topol Numer Differ Equ Funct Comb Log Softw Program Lang Artif Intell Mach
    Learn Vis Graph Pattern Recogn Robot Autom Contr Control Signal Process Inform Theory
    Commun Netw Distrib Parallel Database Knowl Manag Manage Organ Behav Cogn Dev Exp Gen Soc
    Pers Abnorm Consult Couns Fam Child Adolesc Gerontol Nurs Pediatr Obstet Gynecol
    Ophthalmol Otolaryngol Dermatol Urol Nephrol Gastroenterol Hepatol Rheumatol Hematol
    Infect Dis Epidemiol Public Health Pharm Toxicol Vet Agric Food Nutr Dent Orthop Radiol
    Anesth Emerg Rehabil Sport Sports Zeitschr Zeitschrift Jahrb Jahrbuch Abh Ber Mitt Verh
    Sitzungsber Akad Wiss Univ Publ Ser Monogr Suppl Ergeb Annu Arch Arq Adv Curr Opin Exper
    Ind Instrum Meas Mol Cell Struct"""
)


_SPACE_RE = re.compile(r"\s+")


def _squash(s: str) -> str:
    return _SPACE_RE.sub(" ", s).strip()


def _word_before(r: str, p: int) -> str:
    a = p
    stop = max(0, p - 60)  # words are short; keeps scans linear on garbage input
    while a > stop and not r[a - 1].isspace() and r[a - 1] not in '("“‘':
        a -= 1
    return r[a:p]
