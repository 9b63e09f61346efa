"""Sentence segmentation with character spans for clinic blog prose.

Rules look for claims sentence by sentence, so a wrong split cuts a claim away
from its hedge ("may", "in some patients") or from its citation, and a missed
split glues an unsupported claim onto a cited one. Both errors matter, but a
missed split only makes a sentence longer while a wrong split can hide a
hedge, so wherever the evidence is thin this module prefers *not* to split.

How it works, and why:

* One precompiled regex finds candidate boundaries: a run of terminators
  (``.``, ``!``, ``?``, ``…``, ``‽``...) plus any closing quotes/brackets and
  citation markers glued after it, followed by whitespace or the end of the
  text. Requiring whitespace is what keeps decimals (``2.5``), versions
  (``v2.1``), domains, DOIs, e-mail addresses and ``U.S.-based`` out: their
  dots are never followed by a space. Only the constant-size neighbourhood of
  each candidate is inspected afterwards, and the regex can only start a match
  at the first character of a terminator run, so the whole pass is linear in
  the length of the text (no catastrophic backtracking on ``"." * n``).

* Closing quotes, brackets and emphasis marks after the terminator (``."``,
  ``?”``, ``.)``, ``.**``) end the sentence they close. Citation markers right after the terminator
  (``.[1]``, ``. [2, 3]``, ``.[^4]``, ``.^5^``, ``.¹``) belong to the sentence
  they support, because that is what the writer attached them to. A citation
  *before* the full stop (``(Zarate et al., 2006).``) needs no special rule:
  only the final ``.`` is followed by whitespace.

* Whitespace is never a boundary by itself (hard breaks arrive as ``\\n``), and
  a boundary needs a plausible next sentence start: a lowercase letter,
  a comma-like continuation (``, ; : ) —``) or a lone punctuation token never
  starts a sentence. So ``"Can ketamine help?" asked one patient`` and
  ``she paused… then agreed`` stay whole; the price is that a sentence
  opening with a lowercase brand (``iPhone users...``) is not split off.
  Text with no terminator followed by whitespace (headings, table cells,
  ``day.The``) is one sentence.

* ``?``, ``!`` and ellipses end a sentence whenever a plausible start
  follows; they are rarely part of abbreviations.

* A single ``.`` is judged by the token before it:

  - Titles and prefix abbreviations (Dr., Prof., e.g., i.e., vs., cf., approx.)
    almost never end a sentence: the next word is the name or the example, so
    they never split.
  - Number-taking abbreviations (Fig., No., Vol., p., pp., Jan.) do not split
    before a number or identifier (``Fig. 2``, ``Fig. S1``, ``Vol. II``);
    otherwise they behave like the ambiguous ones below. ``No.`` before a
    non-number is the word "no" and is an ordinary word.
  - Ambiguous abbreviations (etc., et al., Jr., Inc., St., U.S., Ph.D., a.m.,
    unit abbreviations such as mg., min., hr., and any dotted acronym) end
    sentences often but are just as often followed by a proper noun (``U.S.
    Army``, ``M.D. Anderson``, ``St. John's wort``). They split only when the
    next word is a common sentence starter ("The", "This", "It", "However",
    "Patients", ...), i.e. a word that is capitalised *because* it starts a
    sentence. A citation glued after the dot (``etc.[3] Ketamine``) is taken
    as proof of a sentence end. Units are in this group although after a
    number they usually end a sentence, because clinical shorthand also
    dots them mid-sentence (``0.5 mg. IV bolus``) and a missed split is the
    cheaper error; the starter list carries the common nouns and imperatives
    of the domain ("Patients", "Results", "Monitor", ...) to recover most of
    those sentence ends.
  - Single capital letters are usually initials (``C. A. Zarate``,
    ``J. R. R. Tolkien``), so they never split inside a chain of initials
    and are otherwise ambiguous. Two exceptions are ordinary words: a letter
    after a labelling noun (``vitamin D.``, ``hepatitis C.``, ``group B.``,
    ``Plan B.``, ``phase I.``), which names a thing rather than a person,
    and the pronoun ``I`` after a lowercase word (``than I.``).
  - Everything else (ordinary words, numbers, ``2.5.``, ``example.com.``,
    ``(2006).``, ``[1].``) ends the sentence when a plausible start follows,
    including a digit (``were 40. 12 dropped out``).

* Numbered-list markers are ambiguous mid-sentence. Decision: a period
  after an enumerator or caption label that is the *whole* sentence so far
  (``1.``, ``a.``, ``IV.``, ``Step 2.``, ``Q.``, ``Table 3.``, ``Fig. 4.``)
  never splits, so ``Step 1. Book a consult.`` stays one sentence and the
  marker never becomes a "sentence" of its own; after other words a number
  is an ordinary word (``finish step 1. Then rest.`` splits), because
  sentences ending in numbers are far more common than inline enumerations.

* A terminator with nothing word-like before it in the current sentence
  (a leading ``...`` or ``. . .``) never splits, so no sentence is made of
  punctuation alone.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["split_sentences"]

# --------------------------------------------------------------------------- regexes

_TERMINATORS: Final = ".!?\u2026\u203c\u203d\u2047\u2048\u2049"
"""``.`` ``!`` ``?`` ``…`` ``‼`` ``‽`` ``⁇`` ``⁈`` ``⁉``."""

_CLOSERS: Final = "\"'\u201d\u2019\u00bb\u203a)]}*_"
"""Closing quotes, brackets and emphasis marks that end with the sentence."""

_SUPERSCRIPT_DIGITS: Final = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"

_CITATION: Final = (
    r"(?:\s*(?:"
    # [1] [2,3] [2, 3] [4-6] (also with an en dash), optionally a markdown link target: [1](#ref-1)
    r"\[\d{1,4}(?:\s*[,;\u2013\u2014-]\s*\d{1,4}){0,30}\](?:\([^()\s]{0,300}\))?"
    # footnote references [^4] [^note-a]
    r"|\[\^[^\]\s]{1,60}\]"
    # pandoc superscripts ^5^ ^1,2^
    r"|\^\d{1,4}(?:[,\u2013-]\d{1,4}){0,30}\^"
    # unicode superscripts ¹ ²³ ¹⁻³ ¹,²
    rf"|[{_SUPERSCRIPT_DIGITS}](?:[,\u207b\u2013-]?[{_SUPERSCRIPT_DIGITS}]){{0,30}}"
    r"))*"
)

_CANDIDATE: Final = re.compile(
    rf"(?<![{_TERMINATORS}])"  # only at the start of a terminator run: keeps it linear
    rf"(?P<term>[{_TERMINATORS}]+)"
    rf"(?P<close>[{re.escape(_CLOSERS)}]*)"
    rf"(?P<cite>{_CITATION})"
    r"(?:\s+|\Z)"
)
"""A possible sentence end: terminators, closers, citations, then whitespace or the end."""

_WORD_CHAR: Final = re.compile(r"\w")

_LEADING_LETTERS: Final = re.compile(r"[^\W\d_]+")

_INITIAL: Final = re.compile(r"(?:[^\W\d_a-z]\.)+[,;]?")
"""A token made of initials: ``C.``, ``A.,``, ``J.R.R.``."""

_DOTTED: Final = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
"""A dotted abbreviation before its final dot: ``U.S``, ``Ph.D``, ``a.m``, ``B.Sc``."""

_IDENTIFIER: Final = re.compile(r"[(\[]?(?:\d|[A-Z]{1,2}\d|[IVXLC]+\b)")
"""What follows ``Fig.``/``Vol.``: ``2``, ``(3)``, ``S1``, ``II``."""

_ENUMERATOR_MAX: Final = 24
_ENUMERATOR: Final = re.compile(
    r"(?:(?i:step|phase|stage|part|chapter|section|lesson|module|tip|rule|question|item|day|"
    r"week|session|level|round|option|table|figure|fig\.|box|appendix|no|q)\s*)?"
    r"[#(]?(?:\d{1,3}[a-z]?|[A-Za-z]|[IVX]{1,5}|[ivx]{1,5})(?:\.\d{1,3})*\)?"
)
"""A sentence-so-far that is only a list marker or caption label.

``1``, ``a``, ``IV``, ``1.2``, ``Step 2``, ``Table 3``, ``Fig. 4``.
"""

# --------------------------------------------------------------------------- word lists


def _words(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words``."""
    return frozenset(words.split())


def _with_capitals(words: str) -> frozenset[str]:
    """The words as written plus their sentence-initial capitalised forms.

    Single letters stay as written: a capital letter on its own is an initial.
    """
    out: set[str] = set()
    for word in words.split():
        out.add(word)
        if len(word) > 1:
            out.add(word[:1].upper() + word[1:])
    return frozenset(out)


_TITLES: Final = _words(
    """
    Dr Drs Mr Mrs Ms Mx Messrs Mmes Mme Mlle Prof Profs Rev Revd Hon Sen Rep Gov Pres Supt
    Gen Col Capt Cpt Lt Maj Sgt Cpl Pvt Cmdr Adm Insp Fr Br Mt Ft Msgr
    """
)
"""Titles before a name: case-sensitive (``MS`` is multiple sclerosis, not ``Ms``)."""

_PREFIXES: Final = _with_capitals(
    """
    e.g i.e a.k.a vs v cf viz approx appr ca c esp incl w.r.t
    """
)
"""Abbreviations that introduce what follows, so they never end a sentence."""

_NUMBERED: Final = _words(
    """
    No no Nos nos Fig fig Figs figs Vol vol Vols vols p pp P Pp Eq eq Eqs eqs Ref ref Refs refs
    Ch ch Chap chap Sec Sect sect Tab tab Art art Suppl suppl Para para Pg pg Ex ex Nr nr
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """
)
"""Abbreviations that usually take a number after them."""

_AMBIGUOUS: Final = _with_capitals(
    """
    etc al Jr Sr Inc Ltd Co Corp Bros Esq St Ave Blvd Rd Hwy Dept dept Univ Assn Assoc Intl
    Natl Govt govt est resp ed eds trans misc Mon Tue Tues Wed Thu Thur Thurs Fri
    """
) | _words(
    """
    mg mcg \u00b5g \u03bcg ng kg ml mL dl dL cl cL mm cm km ft lb lbs oz hr hrs min mins sec secs
    wk wks yr yrs mo mos mth mths mmol mEq IU bpm mmHg sq tbsp tsp
    """
)
"""Abbreviations (and units) that end sentences as often as they precede a proper noun."""

_LABEL_NOUNS: Final = _words(
    """
    vitamin vitamins hepatitis type group groups plan grade phase stage class level schedule
    section appendix part option arm cohort factor figure table step ward wing block building
    room unit floor exhibit chapter category tier list cluster axis panel site zone letter
    protocol version model form appendices trial study wave round
    """
)
"""Nouns naming things by a letter (``vitamin D``, ``group B``): the letter is no initial."""

_STARTERS: Final = _words(
    """
    A An The This That These Those There Here It Its I We You He She They Our Your My His Her
    Their One Each Every Some Many Most Few Several All Both Any No Such Another Other Others
    And But Or So Yet Nor However Therefore Thus Hence Also Still Then Now Later First Second
    Third Finally Next Meanwhile Moreover Furthermore Additionally Instead Indeed Overall
    Similarly Likewise Nevertheless Nonetheless Consequently Accordingly Otherwise Together
    Importantly Notably Unfortunately Fortunately Interestingly Surprisingly Again Often
    Sometimes Usually Typically Generally Currently Recently Today Yesterday Tomorrow Since
    Because Although Though While When Whether If Unless As After Before During In On At For
    From With Without Within By Of To Under Over Among Between Despite Unlike Like Beyond
    Through Across Following Compared According Based Given What Why How Who Whom Whose Which
    Where Is Are Was Were Do Does Did Can Could Will Would Should May Might Must Have Has Had
    Call Contact Book Ask Talk Learn Read See Please Let Find Schedule Visit Click Take Try Make
    Keep Remember Note Consider Yes Not Only Just Even Patients Participants Researchers
    Scientists Clinicians Doctors Physicians Providers Nurses Experts People Everyone Nobody
    None Nothing Everything Someone Anyone Studies Results Data Findings Symptoms Treatment
    Treatments Therapy Sessions Side Two Three Four Five Six Seven Eight Nine Ten Further
    Below Above Always Never Once Perhaps Maybe Clearly Whereas Altogether Avoid Use Give Wait
    Stop Start Check Monitor Bring Eat Drink Plan Arrange Expect Tell Follow Get Go Stay Rest Sign
    """
)
"""Words that are capitalised because they start a sentence, not because they are names."""

_OPENERS: Final = "\"'\u201c\u2018\u00ab\u2039([{*_\u00bf\u00a1"
"""Opening quotes, brackets and emphasis that may precede a sentence's first word."""

_SKIP_BEFORE_WORD: Final = _OPENERS + ".\u2026"
"""Also skipped when looking for the next word: a leading ellipsis (``...Until``)."""

_SKIP_CLASS: Final = re.escape(_SKIP_BEFORE_WORD)
_NEXT_TOKEN: Final = re.compile(rf"[{_SKIP_CLASS}]{{0,16}}(?P<first>[^\s{_SKIP_CLASS}]?)\S{{0,64}}")
"""The token starting a sentence, with ``first`` its first character after openers."""

_CONTINUATIONS: Final = frozenset(",;:)]}\u201d\u2019\u203a\u00bb\u2014\u2013%")
"""Characters that continue a sentence and so never start one."""

_WINDOW: Final = 64
"""How far around a candidate the heuristics look; keeps the work per candidate constant."""

# --------------------------------------------------------------------------- next word

_LOWER: Final = 0
_UPPER: Final = 1
_DIGIT: Final = 2
_OTHER: Final = 3
_CONTINUE: Final = 4


def _next_start(text: str, pos: int) -> tuple[int, str, str]:
    """Kind of the sentence start at ``pos``, its first word and its whole first token."""
    match = _NEXT_TOKEN.match(text, pos)
    assert match is not None  # every part of the pattern may be empty
    token = match.group()
    first = match.group("first")
    if not first:
        return _CONTINUE, "", token  # only punctuation, e.g. the dots of ". . ."
    word_match = _LEADING_LETTERS.match(text, match.start("first"))
    word = word_match.group() if word_match else ""
    if first.islower():
        return _LOWER, word, token
    if first.isupper() or first.istitle():
        return _UPPER, word, token
    if first.isdigit():
        return _DIGIT, word, token
    if first in _CONTINUATIONS or first in _TERMINATORS:
        return _CONTINUE, word, token
    return _OTHER, word, token


# --------------------------------------------------------------------------- full stops

_REGULAR: Final = 0
_NEVER: Final = 1
_NUMBER_TAKING: Final = 2
_AMBIGUOUS_KIND: Final = 3


def _classify(word: str, previous: str, next_token: str) -> int:
    """How the ``.`` after ``word`` should be treated (see the module docstring)."""
    if word in _TITLES or word in _PREFIXES:
        return _NEVER
    if word in _NUMBERED:
        return _NUMBER_TAKING
    if word in _AMBIGUOUS:
        return _AMBIGUOUS_KIND
    if len(word) == 1 and word.isupper():
        if _INITIAL.fullmatch(previous) or _INITIAL.fullmatch(next_token):
            return _NEVER
        label = previous.strip(_OPENERS + ",;:").lower()
        if label in _LABEL_NOUNS:
            return _REGULAR
        if word == "I" and not previous[:1].isupper():
            return _REGULAR
        return _AMBIGUOUS_KIND
    if len(word) <= 12 and _DOTTED.fullmatch(word):
        return _AMBIGUOUS_KIND
    return _REGULAR


def _full_stop_ends(
    text: str, match: re.Match[str], sentence_start: int, kind: int, word: str, next_token: str
) -> bool:
    """Whether a single ``.`` (already followed by a plausible start) ends the sentence."""
    dot = match.start("term")
    if dot - sentence_start <= _ENUMERATOR_MAX and _ENUMERATOR.fullmatch(text, sentence_start, dot):
        return False
    low = max(sentence_start, dot - _WINDOW)
    chunk = text[low:dot]
    if not chunk or chunk[-1].isspace():
        return True  # "word . Next": a detached dot
    parts = chunk.rsplit(None, 2)
    if low > sentence_start and len(parts) == 1:
        return True  # a token longer than the window: a URL or similar, never an abbreviation
    token = parts[-1]
    previous = parts[-2] if len(parts) >= 2 else ""
    category = _classify(token.lstrip(_OPENERS), previous, next_token)
    if category == _NEVER:
        return False
    if category == _NUMBER_TAKING:
        if kind == _DIGIT or _IDENTIFIER.match(next_token):
            return False
        if token.lstrip(_OPENERS).lower() == "no":
            return True
        category = _AMBIGUOUS_KIND
    if category == _REGULAR:
        return True
    if match.end("cite") > match.start("cite"):
        return True  # a citation after the dot marks a sentence end
    return kind == _UPPER and word in _STARTERS


# --------------------------------------------------------------------------- API


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) character spans (end exclusive) of the sentences in `text`, in order.

    Spans are trimmed of whitespace, do not overlap, and together cover every
    non-whitespace character of ``text``; whitespace-only text gives ``[]``.
    """
    stripped = text.lstrip()
    if not stripped:
        return []
    n = len(text)
    start = n - len(stripped)
    scanned = start  # the current sentence has no word character in text[start:scanned]
    has_word = False
    spans: list[tuple[int, int]] = []
    for match in _CANDIDATE.finditer(text, start):
        after = match.end()
        if after >= n:
            break  # the last sentence is closed below
        term_start = match.start("term")
        if not has_word:
            has_word = _WORD_CHAR.search(text, scanned, term_start) is not None
            scanned = term_start
            if not has_word:
                continue
        kind, word, next_token = _next_start(text, after)
        if kind in (_LOWER, _CONTINUE):
            continue
        if match.group("term") == "." and not _full_stop_ends(
            text, match, start, kind, word, next_token
        ):
            continue
        spans.append((start, match.end("cite")))
        start = scanned = after
        has_word = False
    end = len(text.rstrip())
    if start < end:
        spans.append((start, end))
    if _SEPARATOR.search(text) is None:
        return spans
    return [part for span in spans for part in _separated(text, *span)]


_SEPARATOR: Final = re.compile(r"(?<=\S)\s+[\u00b7\u2022|](?=\s+\S)")
"""A dot, bullet or bar set between spaces inside a line ("Perth · Hear clearly again"):
a tagline's or a footer's parts, each a sentence of its own."""


def _separated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut after each separator in it (the separator ends the part before it)."""
    parts: list[tuple[int, int]] = []
    for m in _SEPARATOR.finditer(text, start, end):
        if _WORD_CHAR.search(text, start, m.start()) is None:
            continue  # nothing but marks before it: not a part of its own
        parts.append((start, m.end()))
        start = m.end()
        while start < end and text[start].isspace():
            start += 1
    parts.append((start, end))
    return parts
