"""Fitting a replacement into a sentence so that the result is still English.

A claim rule's ``rewrite`` wording replaces the words of a claim ("cures" ->
"may help relieve symptoms of"). Pasted in as it is, a wording can break the
sentence around it; :func:`fit` places it by four principles:

* **Part of speech.** The words around the trigger say what it is doing
  (:func:`role`): heading a noun phrase ("a *breakthrough* for depression"),
  modifying the noun after it ("a *breakthrough* treatment"), standing after
  "is" ("is *revolutionary*"), a finite verb after its subject ("ketamine
  *cures*"), a bare verb after a modal, "to" or at the start of an order
  ("can *cure*", "*Cure* anxiety"), or a participle after "has". A wording is
  given per role; a role with none gets no replacement (the finding then says
  in words what to change), and so does a removal that would leave a gap.
* **Article.** "a" or "an" before the changed words agrees with the sound of the
  word that now follows it (:func:`indefinite_article`: "an hour", "a
  university", "an MRI", "an 8-week course"); a wording that brings its own
  article drops it after another determiner ("our most effective" -> "our
  effective").
* **Case.** The new words follow the replaced ones: all capitals stay all
  capitals, a title-case heading stays title case, and the first word of a
  sentence keeps its capital (:func:`match_case`); removing the first word
  capitalises the next.
* **Spacing and punctuation.** A removal takes one space with it, and a comma
  left before the sentence's end goes too.

Everything here is deliberately small and explainable: a handful of word
lists and the words right before and after the trigger, no tagger.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from claimlint.core.lazyre import LazyPattern

#: The roles :func:`role` tells apart, and ``*``: a wording that fits any of them.
ROLES = ("noun", "modifier", "predicate", "verb", "base", "perfect")
ANY = "*"


def words(listed: str) -> frozenset[str]:
    """The words of ``listed``, split at spaces: a word list written as prose."""
    return frozenset(listed.split())


_WORD = re.compile(r"[\w%+][\w'’%+.-]*[\w%+]|[\w%+]")
_LETTERS = re.compile(r"[^\W\d_]")

DETERMINERS = words(
    "a an the this that these those our your my his her their its any no every each "
    "another some one only real true such what which whose"
)
MODALS = words(
    "can could will would shall should may might must to do does did don't doesn't didn't "
    "won't can't cannot let lets help helps helped 'll"
)
BE = words(
    "is are was were be been being am 's 're become becomes became seem seems seemed "
    "remain remains remained stay stays stayed feel feels felt look looks looked"
)
HAVE = words("has have had 've 'd having")
PREPOSITIONS = words(
    "for of in on at by with from to into onto over under about after before since until "
    "than as like per via within without through across against among between"
)
#: Words that never head or begin a noun phrase: what follows a modifier is none of them.
FUNCTION_WORDS = (
    DETERMINERS
    | MODALS
    | BE
    | HAVE
    | PREPOSITIONS
    | words(
        "and or but nor so yet if when while because although though whether that who "
        "whom where how why it you we they he she i me us them him not never also just "
        "even then there here now very too more most less least"
    )
)
#: Common finite verbs that may follow a noun: "our breakthrough *helps* thousands".
_VERBS_AFTER = words(
    "helps help works work gives give offers offer provides provide brings bring makes "
    "make means mean lets let comes come goes go starts start begins begin changes change "
    "uses use needs need takes take lasts last leads lead targets target treats treat "
    "relieves relieve reduces reduce improves improve delivers deliver"
)
#: Words of degree before an adjective: "100% effective", "highly effective".
DEGREE = words(
    "100% very highly extremely incredibly really truly so totally completely entirely "
    "remarkably amazingly super hugely exceptionally most"
)
#: Words that stay lower case inside a title-case heading (unless they start it).
SMALL_WORDS = words(
    "a an the and or but nor for of in on at by to as via per from with into than vs vs."
)

# -- a or an ------------------------------------------------------------------------------

#: Letters whose names start with a vowel sound: "an MRI", "an FDA", "an SSRI", "an X-ray".
_VOWEL_LETTERS = frozenset("aefhilmnorsx")


#: Words that start with a vowel letter but a consonant sound ("a university", "a one-off").
_consonant_sound = LazyPattern(
    r"(?:uni(?!n|m[pm]|mag|ntell)|use|usu|usa|uti|ure|uri|uro|ura|uvu|ubiq|uku|ufo"
    r"|eu|ewe|one\b|one-|once|onesie|ouija)",
    re.IGNORECASE,
)


#: Words that start with an "h" that is not sounded ("an hour", "an honest").
_SILENT_H = re.compile(r"(?:hour|honest|honou?r|heir)", re.IGNORECASE)
#: Capitalised words read as words, not letter by letter ("a NICE guideline").
_READ_AS_WORDS = words(
    "NASA NICE NATO GABA HIPAA SAMHSA OSHA UNICEF FEMA AIDS SARS COVID LASIK DEXA ACE SAD MAOI"
)
#: Initialisms with a vowel that are spelled out even in an all-caps heading.
_INITIALISMS = words(
    "MRI FDA ECT EMDR SSRI SSRIS SNRI MDMA LSD OCD ADHD IV NMDA HIV ICU ER NIH NHS MHRA "
    "EEG ECG EKG ED IBS ALS ASD OUD AUD SUD EU US UK USA IOP MS RCT"
)


def indefinite_article(word: str, *, all_caps: bool = False) -> str:
    """``a`` or ``an`` before ``word``, by how it is said.

    Numbers by their sound ("an 8-week", "an 11", "an 18-month", "a 100%"); a word in
    capitals by its letters' names when it is an initialism ("an MRI", "a TMS", "an
    NAD+") unless it is read as a word ("a NICE"); otherwise by its first letters, with
    the usual exceptions ("an hour", "a university", "a European", "a one-time"). In an
    all-caps text (``all_caps``) a capitalised word is read as a word unless it is a
    known initialism or has no vowel.
    """
    w = word.lstrip("\"'“‘([*_")
    if not w:
        return "a"
    digits = re.match(r"\d[\d,]*", w)
    if digits:
        number = digits.group().replace(",", "")
        if number.startswith("8"):
            return "an"
        if number[:2] in ("11", "18") and len(number) % 3 == 2:
            return "an"  # eleven, eighteen, eleven thousand
        return "a"
    letters = re.match(r"[^\W\d_]+", w)
    if not letters:
        return "a"
    head = letters.group()
    if _spelled_out(head, w, all_caps):
        return "an" if head[0].lower() in _VOWEL_LETTERS else "a"
    lower = w.lower()
    if _SILENT_H.match(lower):
        return "an"
    if lower[0] in "aeiou":
        return "a" if _consonant_sound().match(lower) else "an"
    return "a"


def _spelled_out(head: str, word: str, all_caps: bool) -> bool:
    """True when a word is said letter by letter: an initialism, or one letter before a
    hyphen ("X-ray", "T-cell")."""
    if len(head) == 1 and word[1:2] in ("-", "‑", "."):
        return True
    if len(head) < 2 or not head.isupper():
        return False
    key = head.upper()
    if key in _READ_AS_WORDS:
        return False
    if all_caps:
        return key in _INITIALISMS or not re.search(r"[AEIOU]", key[1:] if key[0] != "Y" else key)
    return True


# -- case ---------------------------------------------------------------------------------


def is_all_caps(text: str) -> bool:
    """True when ``text`` has two or more letters and all of them are capitals."""
    letters = _LETTERS.findall(text)
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_title_case(text: str) -> bool:
    """True when ``text`` reads as a title: at least two words beyond small ones, and
    all but at most one of them begin with a capital (so an acronym or a lower-case
    brand does not make a sentence a title, nor spoil a title)."""
    words = [w for w in _WORD.findall(text) if _LETTERS.search(w)]
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    if len(content) < 3:
        return False
    lower = [w for w in content if not _LETTERS.search(w[0]) or not w[0].isupper()]
    return len(lower) <= max(0, (len(content) - 1) // 5)


def title(text: str, *, first: bool = True) -> str:
    """Each word of ``text`` with a capital first letter, small words (``of``, ``for``)
    left lower case unless they begin it (``first``)."""
    out: list[str] = []
    for i, word in enumerate(text.split(" ")):
        if word and (word.lower() not in SMALL_WORDS or (i == 0 and first)):
            word = _cap(word)
        out.append(word)
    return " ".join(out)


def _cap(word: str) -> str:
    """``word`` with its first letter in capitals (and each part after a hyphen)."""
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def match_case(new: str, old: str, *, start: bool, heading_title: bool) -> str:
    """``new`` in the case of the ``old`` words it replaces: all capitals, title case (when
    ``old`` is capitalised where a sentence would not capitalise it, or the text is a
    title-case heading: ``heading_title``), a capital for the first word of a sentence
    (``start``), else as written."""
    if not new:
        return new
    if is_all_caps(old):
        return new.upper()
    capital = bool(old) and old[0].isupper()
    if capital and (heading_title or not start):
        return title(new, first=start)
    if capital or start:
        return new[0].upper() + new[1:]
    return new


# -- part of speech -----------------------------------------------------------------------


def _words_before(text: str, at: int, n: int = 2) -> list[str]:
    """The last ``n`` words before ``at``, in lower case; a contraction counts as its
    second part ("it's" -> "'s", "you'll" -> "'ll")."""
    out = [w.lower().replace("’", "'") for w in _WORD.findall(text[:at])][-n:]
    return [re.sub(r"^\w+('(?:s|re|ve|ll|d))$", r"\1", w) for w in out]


def _next_token(text: str, at: int) -> str:
    """The word right after ``at``, or the punctuation mark there ("" at the end)."""
    rest = text[at:].lstrip()
    if not rest:
        return ""
    m = _WORD.match(rest)
    return m.group() if m else rest[0]


def _nounish(token: str) -> bool:
    """True when ``token`` can begin the noun phrase a modifier describes."""
    if not token or not _WORD.fullmatch(token):
        return False
    low = token.lower()
    return low not in FUNCTION_WORDS and low not in _VERBS_AFTER and not low.endswith("ly")


def degree_start(text: str, start: int) -> int:
    """Where the degree words right before ``start`` begin ("*100%* effective", "*highly*
    effective", "*most* effective"): a wording for an adjective replaces them too, since
    a hedged wording has no degree of its own."""
    at = start
    while True:
        m = re.search(r"(\S+)\s+$", text[:at])
        if m is None or m.group(1).lower() not in DEGREE:
            return at
        at = m.start(1)


#: Words that open a noun phrase after a verb or a preposition ("cures *your* pain"); not
#: "that" or "what", which more often open a clause ("guarantees *that* you'll ...").
NP_OPENERS = words(
    "a an the this these those our your my his her their its any every each another some "
    "no one two three both all many most"
)


def _object_follows(token: str) -> bool:
    """True when ``token`` can begin the noun phrase a verb or a preposition takes."""
    return _nounish(token) or token.lower() in NP_OPENERS or token[:1].isdigit()


def role(text: str, start: int, end: int, roles: frozenset[str]) -> str:
    """What the words ``text[start:end]`` are doing in ``text``, among ``roles`` ("" when
    none can be told).

    ``modifier`` when they can be one and a noun phrase follows; ``noun`` after a
    determiner; ``base`` after a modal, "to" or "do", or at the start of an order;
    ``perfect`` after "has"; after "is" (or "seems", "feels") ``predicate``, or
    ``noun`` for a noun ("are *cures* for"); ``verb`` after any other word when they can
    be a verb; ``noun`` after an adjective or noun ("A Drug-Free *Breakthrough* for").
    Degree words before the trigger ("100%", "highly") are passed over.
    """
    before = _words_before(text, degree_start(text, start), 1)
    prev = before[0] if before else ""
    after = _next_token(text, end)
    if "modifier" in roles and _nounish(after):
        return "modifier"
    if prev in DETERMINERS:
        return "noun"
    if prev in MODALS:
        return "base"
    if prev in HAVE:
        return "perfect"
    if prev in BE:
        return "noun" if "predicate" not in roles and "noun" in roles else "predicate"
    if not prev:
        opens = bool(after) and _WORD.fullmatch(after) and after.lower() not in PREPOSITIONS
        return "base" if "base" in roles and opens else "noun"
    if "verb" in roles and not ("noun" in roles and not _object_follows(after)):
        return "verb"  # "ketamine *cures* depression"; "the acne *cure* that works" is a noun
    if prev not in FUNCTION_WORDS:
        return "noun"
    return ""


# -- the whole edit -----------------------------------------------------------------------


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``new``."""

    start: int
    end: int
    new: str


def fit(
    text: str,
    start: int,
    end: int,
    wordings: Mapping[str, str],
    *,
    heading: bool = False,
) -> Edit | None:
    """The edit that puts the wording for the trigger ``text[start:end]``'s role in its place
    (``wordings`` by role, :data:`ANY` for any), or None when no wording fits the role or
    the result would not be a sentence."""
    roles = frozenset(wordings) - {ANY}
    used = role(text, start, end, roles)
    new = wordings.get(used, wordings.get(ANY))
    if new is None:
        return None
    if re.search(r"(?i)\b(?:for|of|to|from|with|in|on|about)$", new) and not _object_follows(
        _next_token(text, end)
    ):
        return None  # "aims for" cannot take "that you'll stop ..."
    if used in ("predicate", "modifier") and new:
        degree = degree_start(text, start)
        if degree < start and re.match(r"(?i)most\b", text[degree:]):
            start, new = _superlative(text, degree, end, new)
        else:
            start = degree
    old = text[start:end]
    at_start = not _WORD.search(text[:start])
    all_caps = is_all_caps(text)
    heading_title = heading and is_title_case(text)
    new = _own_article(text, start, end, new)
    if new is None:
        return None
    if not new:
        return _removal(text, start, end, used, heading_title=heading_title, all_caps=all_caps)
    new = match_case(new, old, start=at_start, heading_title=heading_title)
    if all_caps:
        new = new.upper()
    return _agree(text, Edit(start, end, new), all_caps=all_caps)


def _superlative(text: str, start: int, end: int, new: str) -> tuple[int, str]:
    """A wording in place of "most effective": "the" before it, left without a superlative,
    becomes "a"/"an" before a singular noun ("the most effective treatment" -> "a studied
    treatment"); before a plural it stays ("one of the studied treatments")."""
    the = re.search(r"(?i)\bthe\s+$", text[:start])
    after = _next_token(text, end)
    if the is None or (_nounish(after) and re.search(r"[^s]s$", after.lower())):
        return start, new
    article = indefinite_article(new.split(" ", 1)[0])
    if text[the.start()].isupper():
        article = article.capitalize()
    return the.start(), f"{article} {new}"


def _own_article(text: str, start: int, end: int, new: str) -> str | None:
    """``new`` without its leading "a"/"an" after another determiner ("our most effective
    program" -> "our effective program"); None where an article cannot stand: after "of"
    ("one of the most effective treatments") or before a plural noun."""
    m = re.match(r"(?i)(an?)\s+", new)
    if m is None:
        return new
    before = _words_before(text, start, 1)
    if before and before[0] == "of":
        return None
    after = _next_token(text, end)
    if _nounish(after) and re.search(r"[^s]s$", after.lower()):
        return None  # "the most effective treatments": no "an" before a plural
    if before and before[0] in DETERMINERS:
        return new[m.end() :]
    return new


def _removal(
    text: str, start: int, end: int, used: str, *, heading_title: bool, all_caps: bool
) -> Edit | None:
    """Delete the trigger where that leaves a sentence: it must modify the word after it
    or be a phrase that can go anywhere (an adverb); a gap before the sentence's end or
    after an article is not a sentence."""
    after = _next_token(text, end)
    before = _words_before(text, start, 1)
    prev = before[0] if before else ""
    closed = prev in DETERMINERS or prev in BE or prev in HAVE or prev in MODALS
    if used in ("noun", "predicate", "perfect", "base") and not _nounish(after) and closed:
        return None
    if not after or not _WORD.fullmatch(after):
        if closed or not prev:
            return None
        # "Feel better, instantly." -> "Feel better."
        lead = re.search(r",\s*$", text[:start])
        if lead is not None:
            return Edit(lead.start(), end, "")
        return Edit(start, end, "")
    pair = re.search(r"(\S+),\s+$", text[:start])
    if pair is not None and used == "modifier" and _opens_noun_phrase(text, pair.start(1)):
        # coordinated modifiers: "Fast, Lasting Relief" -> "Fast Relief"
        return _agree(text, Edit(pair.end(1), end, ""), all_caps=all_caps)
    at_start = not _WORD.search(text[:start])
    if at_start and not heading_title and not all_caps:
        # the next word begins the sentence now: "Instantly feel calmer" -> "Feel calmer"
        m = _WORD.match(text, len(text) - len(text[end:].lstrip()))
        if m is None:
            return None
        word = m.group()
        return Edit(start, m.end(), word[0].upper() + word[1:])
    return _agree(text, Edit(start, end, ""), all_caps=all_caps)


#: Verbs after which a noun phrase begins ("offers gentle, lasting relief").
_GIVING = words("get gets enjoy enjoys experience find finds feel feels") | _VERBS_AFTER


def _opens_noun_phrase(text: str, at: int) -> bool:
    """True when a noun phrase may begin at ``at``: after a determiner, a verb of giving,
    a colon or nothing ("Fast, Lasting Relief", "offers gentle, lasting relief"), not after
    a preposition ("In hours, lasting relief ...")."""
    head = text[:at].rstrip()
    if not head or head.endswith((":", "—", "–", "-")):
        return True
    before = _words_before(text, at, 1)
    return bool(before) and (before[0] in DETERMINERS or before[0] in _GIVING)


def _agree(text: str, edit: Edit, *, all_caps: bool) -> Edit:
    """The edit, widened to the "a"/"an" before it when the word now after that article
    needs the other one ("an effective" -> "a studied", "a miracle antidepressant" -> "an
    antidepressant")."""
    m = re.search(r"(?i)(?<![\w'’])(an?)(\s+)$", text[: edit.start])
    if m is None:
        return edit
    follower = edit.new.split(" ", 1)[0] if edit.new else _next_token(text, edit.end)
    if not follower or not _WORD.fullmatch(follower):
        return edit
    want = indefinite_article(follower, all_caps=all_caps)
    have = m.group(1)
    if have.lower() == want:
        return edit
    if have.isupper() and (len(have) > 1 or all_caps):
        want = want.upper()
    elif have[0].isupper():
        want = want.capitalize()
    return Edit(m.start(), edit.end, want + m.group(2) + edit.new if edit.new else want)
