"""Publisher matter after a title: "Place: Publisher", publisher names and editions.

Recognises "New York: Wiley", publisher words ("Press", "Verlag", "Springer"), edition and
report notes, and a tail of short place/publisher/date items, which tell a book from a
journal article.
"""

from __future__ import annotations

import re

from claimlint.biblio.refstring.shared import _MONTHS, _UP, _YEAR, LETTER_SHAPE, _words
from claimlint.core.lazyre import LazyPattern

#: A publisher's name or word ("Wiley", "Press", "Verlag"), compiled on first use: only
#: references with publisher matter reach it.
_publisher_re = LazyPattern(
    r"\b(?:Press|Verlag|Publishers?|Publishing|Publications|Books|Éditions?|Editions?|Editora|"
    r"Editorial|Edizioni|Ediciones|Wiley|Springer|Elsevier|Routledge|Sage|SAGE|Blackwell|Kluwer|"
    r"Pergamon|Macmillan|Penguin|Norton|Dover|Praeger|Harper|HarperCollins|Longmans?|McGraw|"
    r"Prentice|Addison|Academic|Erlbaum|Guilford|Plenum|CRC|Dekker|Thieme|Mosby|Saunders|"
    r"Lippincott|Karger|Humana|Brill|Mouton|Gruyter|Benjamins|Gallimard|Seuil|Fayard|Flammarion|"
    r"Dunod|Masson|Payot|Karthala|Harmattan|PUF|Knopf|Vintage|Doubleday|Scribner|Putnam|Viking|"
    r"Houghton|Heinemann|Methuen|Hutchinson|Cassell|Allen|Unwin|Murray|Chatto|Faber|Cape|Hachette|"
    r"Larousse|Garnier|Armand|Colin|Belin|Klincksieck|Droz|Vrin|Seuil|Minuit|Mohr|Siebeck|Beck|"
    r"Suhrkamp|Niemeyer|Teubner|Kohlhammer|Vandenhoeck|Ruprecht|Herder|Einaudi|Laterza|Mulino|"
    r"Feltrinelli|Mondadori|Rizzoli|Alianza|Tecnos|Cátedra|Crítica|Paidós|Wadsworth|Cengage|"
    r"Pearson|Freeman|Sinauer|Chapman|Hall|Morgan|Kaufmann|MIT|Inc\.?|Ltd\.?|Co\.|& Sons|"
    r"Sons|Ashgate|Palgrave|Continuum|Bloomsbury|Polity|Verso|Zed|Earthscan|Wolters|Kluwer|"
    r"Butterworths?|Heinemann|Churchill|Livingstone|Raven|Williams|Wilkins|Lea|Febiger|Rowman|"
    r"Littlefield|Yale|Harvard|Princeton|Stanford|Columbia|Cornell|Clarendon|Oxford|Cambridge)\b",
)


#: "Place: Publisher" at the start of a text's letter shape (``LETTER_SHAPE``: U is an
#: upper-case letter, l any other): a few characters instead of three letter classes.
_PLACE_PUB_RE = re.compile(r"U[Ul.'’ -]{1,30}(?:,\s*U[Ul.]{1,15}){0,2}\s?:\s*U")


def place_pub_start(text: str) -> bool:
    """True when ``text`` starts as "Place: Publisher" does ("New York: W", "Paris : D")."""
    return _PLACE_PUB_RE.match(text.translate(LETTER_SHAPE)) is not None


_EDITION_RE = re.compile(
    r"\b\d+(?:st|nd|rd|th)\.?\s*(?:ed\b|edn\b|edition\b|éd\b|Aufl)|\b(?:ed\.|edn\.|edition)\s*\d|"
    r"\b(?:Rev(?:ised)?\.?|Reprint(?:ed)?)\s+ed|\breprint\b|\bISBN\b|\b\d+\s*(?:pp|p|S)\.(?:\s|$)",
    re.I,
)


#: A short place, publisher or date item (compiled on first use).
_short_seg_re = LazyPattern(
    rf"(?:(?:[ldLD]['’])?[{_UP}][\w.'’&-]*|[{_UP}]{{2,}}|{_YEAR}[a-z]?|\d+(?:[-–]\d+)?"
    rf"|pp?\.\s*\d+(?:[-–]\d+)?|{_MONTHS}\.?(?:\s+\d{{1,2}})?(?:,?\s*{_YEAR})?"
    r"|et|and|&|de|du|of|the|am|im|sur|upon|on|"
    r"[A-Z]{2}|[A-Z]\.[A-Z]\.?)(?:\s+(?:[A-Z][\w.'’&-]*|et|and|&|de|du|of|the|am|im|sur|"
    r"upon|on|\d+|[A-Z]\.[A-Z]\.?)){0,4}",
)


def _short_tail(after: str) -> bool:
    """True when every comma-separated segment left is a short place/publisher/date item."""
    after = after.strip(" .;")
    if not after:
        return False
    segs = [x.strip(" .") for x in re.split(r",|;|\.\s", after)]
    segs = [x for x in segs if x]
    if not segs or len(segs) > 6:
        return False
    has_year = any(re.search(_YEAR, x) for x in segs)
    for x in segs:
        if len(x) > 45 or not _short_seg_re().fullmatch(x):
            return False
    first = segs[0]
    if not (
        _looks_place(first)
        or _publisher_re().search(first)
        or re.match(rf"{_YEAR}|{_MONTHS}", first)
    ):
        return False
    return has_year or len(segs) >= 2


_BOOK_LEAD_RE = re.compile(
    r"(?:Edited|edited|Ed\.|ed\.|Eds\.|Trans\.|trans\.|Translated|translated|Vols?\.|vols?\.|"
    r"Volume|volume|Tome|tome|Bd\.|ser\.|Series\b|\d+\s+vols\b|Reprint|"
    r"\d+(?:st|nd|rd|th)\s+(?:ed|edn|edition|rev|revised|American|English|printing)\b|"
    r"Reprinted|Rev\.\s+ed|Revised|Introduction by|Foreword|Preface|Herausgegeben|Hrsg\.|Hg\.)"
)
_REPORT_RE = re.compile(
    r"\b(?:Tech(?:nical)?\.?\s+Rep(?:ort)?|TR[\s-]?\d|Report\s+(?:No|Nr|#)|Working\s+Paper|"
    r"Discussion\s+Paper|Research\s+Report|Internal\s+Report|Report\s+\d+[/-]\d+|White\s+Paper|"
    r"Ph\.?\s?D\.?\s+(?:thesis|dissertation)|Master'?s\s+thesis|Doctoral|Dissertation|Thesis)",
    re.I,
)
_STRONG_PUB_RE = re.compile(
    r"\b(?:Press|Verlag|Publishers?|Publishing|Publications|Books|Éditions|Editions|Editora|"
    r"Editorial|Edizioni|Ediciones|Printed|Printer)\b|"
    r"(?P<org>\b(?:University|Universit\w+|Institute|Society|Association|Council|Organization|"
    r"Organisation|Department|Ministry|Office|Committee|Foundation)\b)"
)


_PLACE_SMALL = _words("upon on am an de sur del la le im der bei di du sous en")


_PUB_SMALL = _words("of and & for the de du des la le und für et y e di del della van von")


def _place_pub(text: str) -> bool:
    """True when text starts with "Place: Publisher" ("New York: Wiley", "Paris : Dunod")."""
    if not place_pub_start(text):
        return False
    colon = text.find(":")
    head = text[:colon]
    if colon <= 0 or head.count(" ") > 3 or not _looks_place(head):
        return False
    pub = re.split(r"[,.;(\[]", text[colon + 1 :], maxsplit=1)[0].split()
    return 0 < len(pub) <= 6 and all(w[:1].isupper() or w in _PUB_SMALL for w in pub)


def _looks_place(head: str) -> bool:
    """True for "New York", "Cambridge, Mass.", "Paris", "Thousand Oaks, CA"."""
    if re.search(r"[^\W\d_]{2,}\.\s", head):
        return False  # a sentence ends inside: "Earth Island. New York"
    words = head.replace(",", " ").replace("(", " ").split()
    if words and words[0] in ("The", "A", "An") and len(words) > 1 and words[1] != "Hague":
        return False
    return bool(words) and all(w[:1].isupper() or w in _PLACE_SMALL for w in words)
