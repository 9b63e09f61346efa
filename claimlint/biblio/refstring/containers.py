"""The container of a work: the journal, book or proceedings it appears in.

Where a container name starts ("In:", "J.", "Proceedings") and ends (before volume,
issue, pages or a date), abbreviated journal names ("J. Am. Chem. Soc."), physics-style
entries with no title ("Phys. Rev. C 46, 455"), editor names before a book title, and
whether the text after a title is a journal at all or publisher information.
"""

from __future__ import annotations

import re
from functools import cache

from claimlint.biblio.refstring.publishers import (
    _BOOK_LEAD_RE,
    _EDITION_RE,
    _REPORT_RE,
    _STRONG_PUB_RE,
    _place_pub,
    _publisher_re,
    _short_tail,
    place_pub_start,
)
from claimlint.biblio.refstring.shared import (
    _CONT_ABBR_LONG,
    _MONTHS,
    _UP,
    _YEAR,
    _al,
    _word_before,
    _words,
)
from claimlint.core.lazyre import LazyPattern

_JOURNAL_NUM_RE = re.compile(
    r"(?:^|[\s,.;:])(?:\d+\s*\(\s*[\w\s/–-]{1,12}\)|"
    rf"(?:[A-Z]?\d+|{_YEAR}\s*;\s*\d+)\s*[,:]\s*[A-Z]?\d+|"
    r"(?:vol|Vol|VOL|v)\.?\s*\d+|(?:no|No|n°|nº)\.?\s*\d+|pp?\.?\s*\d+\s*[-–—]\s*\d+|"
    r"(?<![(])\bp\.\s*\d+\b(?!\s*p)|"
    r"\d+\s*[-–—]\s*\d+)"
)
_CONT_START_RE = re.compile(
    r"(?:(?:Journal|Proc|Proceedings|Transactions|Annals|Bulletin|Review|Revue|Revista|Rivista|"
    r"Zeitschrift|Acta|Archives?|Quarterly|Letters|Magazine|Nature|Science|Cell|Lancet|BMJ|JAMA|"
    r"IEEE|ACM|Advances|Studies|Studia|Anales|Cahiers|Jahrbuch|Mitteilungen|Comptes|Physical|"
    r"Communications)\b|(?:J|Z|Proc|Trans|Ann|Bull|Rev|Arch|Lett|Adv|Phys|Comm)\.)"
)
_IN_RE = re.compile(r"(?:Pp?\.?\s*[\d–-]+\s+)?\b(?:[Ii]n|Dans|dans|En)\s*:?\s+(?=\S)")


_editor_mark_re = LazyPattern(
    r"\(\s*(?:[a-z]{2,5}\.?\s+)?(?:eds?|Eds?|EDS?|editors?|Editors?|Hrsg|hrsg|Hg|dir|coord|comp|comps)"
    r"\.?\s*\)\s*[,.:]?\s*|"
    r",?\s*\b(?:eds?|Eds?|Hrsg|dir)\.?\s*[,:]\s*|,?\s*\b(?:editors?|Editors?)\.?\s*[,.:]\s*|"
    r",?\s*\b(?:editors?|Editors?)\s+",
)


_MONTHS_OTHER = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|decembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember|enero|febrero|marzo|abril|"
    r"mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
)
_ORDINAL_AHEAD = r"(?!\d*\s?(?:st|nd|rd|th|e|er|ème)\b)"
_AFTER_CONTAINER = (
    r"(?:[Ii]n [Pp]ress|[Ff]orthcoming|[Ee]pub|[Dd]oi|DOI|PMID|[Aa]vailable|[Rr]etrieved)"
)
_CONT_END_RE = re.compile(
    rf",\s*(?=\d|(?:vol|Vol|VOL|volume|Volume|v|no|No|n°|nº|pp?|pages?|Pp|Bd|t|Suppl|edited|"
    r"ed|eds|Heft|Nr|"
    rf"Issue|issue|to appear|in press|forthcoming|Art|art|article|e)\b|{_MONTHS}\b|"
    r"[IVXLC]{2,}\b\s*[,(]|"
    rf"{_MONTHS_OTHER}|[(\[])|"
    rf"\s+(?=[A-Z]?\d+[A-Za-z]?(?:\s*[-–,:;(.)]|\s+\d|\s*$)|{_MONTHS}\b\.?\s*\(?\d|"
    rf"\d{{1,2}}\s+{_MONTHS}\b|pp?\.\s*\d|[IVXLC]{{2,}}\b[,.:]?\s*(?:pp?\b|\d|$)|"
    r"(?:vol|no|No|Vol|Volume|Issue)\.?\s*\d|n°|nº)|"
    r"(?<=[\s.][A-Z])(?=\d)|"
    rf"(?<!\d)\s*[.:;]\s*(?=\d{_ORDINAL_AHEAD})|"
    r"\s*\((?![A-Z]{2,}[^)]{0,20}\)|(?=[^()\s]*[A-Za-z])[^()\s]{2,20}\))|"
    r"\s*\[|"
    r";\s*|"
    r"(?P<gc>,\s*)(?=[A-Z]|at\s+[A-Z])|"
    r"[.?!]\s+(?=[^\s])|[.]\s*$"
)
_PROC_RE = re.compile(
    r"(?:In\s+)?(?:The\s+)?(?:\d+\w*\s+)?(?:Proc\b|Proceedings|Pre-Proceedings|Conference|Symposium|"
    r"Workshop|Meeting|Congress|Colloquium|Paper presented|Poster)|[^,]{0,80}\b(?:Conference|"
    r"Symposium|Workshop|Meeting|Congress|Colloquium)\b",
    re.I,
)


def _abbrev_like(w: str) -> bool:
    """A truncated word ("Hydrol", "Dynam", "Astropart"), not a full one ("Canada")."""
    core = w.rstrip(".")
    if not core or "." in core or core in _CONT_ABBR_LONG:
        return True
    return len(core) <= 5 or (len(core) <= 9 and core[-1].lower() not in "aeiouy")


def _looks_abbrev(w: str) -> bool:
    core = w.rstrip(".")
    if not core:
        return False
    if "." in core:
        return True  # "Nucl.Phys" / "U.S"
    if core in _CONT_ABBR_LONG:
        return True
    if core.isupper() and len(core) > 1:
        return False
    return core[:1].isupper() and len(core) <= 5


# The patterns below are compiled on first use: few references reach them, and their
# letter classes make each a few milliseconds of a start.


#: An abbreviated journal name going on to its volume ("Approx. Theory 72").
_next_chunk_re = LazyPattern(
    rf"(?:[{_UP}][{_al()}\-’']*\.?\s+){{0,2}}[{_UP}][{_al()}\-’']*\.?,?\s*"
    r"(?=(?!(?:1[5-9]|20)\d\d\b)\d|(?:vol|Vol|no|No|pp|v)\.?\s*\d)",
)


@cache
def _strict_place_pub_re() -> re.Pattern[str]:
    """A short "Place: Publisher" (stricter than :func:`place_pub_start`)."""
    al = _al()
    return re.compile(rf"[{_UP}][{al}'’ -]{{1,25}}(?:,\s*[{_UP}][{al}.]{{1,12}})?\s?:\s*[{_UP}]")


def _container_end(c: str, chapter: bool = False) -> int:
    """Index where a container name starting at c[0] ends.

    For a chapter/proceedings container (after "In") a short capitalised
    segment after a comma (a place: ", Savannah, GA,") also ends it; a journal
    name runs on over commas until numbers follow.
    """
    depth = 0
    last = 0
    for m in _CONT_END_RE.finditer(c):
        p = m.start()
        for ch in c[last:p]:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
        last = p
        if p == 0 or depth:
            continue
        txt = m.group()
        rest = c[m.end() :]
        if txt.startswith((".", "?", "!")) and not txt.startswith("..."):
            w = _word_before(c, p)
            if txt.strip() == "." and not rest:
                return p
            if re.match(rf"(?:{_MONTHS}|{_MONTHS_OTHER}|{_AFTER_CONTAINER})\b", rest):
                return p  # "Man Ther. May 2005"
            if txt.startswith(".") and rest[:1].islower() and _looks_abbrev(w):
                continue  # "Proc. of the ..."
            if txt.startswith(".") and re.match(r"\d+\s?(?:st|nd|rd|th)\b", rest):
                continue  # "Proc. 5th Workshop"
            if txt.startswith(".") and rest[:1].isupper():
                if _next_chunk_re().match(rest) and w[:1].isupper() and len(w) <= 10:
                    continue  # "J. Approx. Theory 72" / "Syst. Entomol. 33"
                if _looks_abbrev(w):
                    nxt = rest.split(" ", 1)[0]
                    if not _publisher_re().match(nxt) and not _strict_place_pub_re().match(rest):
                        continue  # "Proc. Intern. Conf." / "J. Am. Chem. Soc." keep going
        elif m.group("gc") is not None:
            parts = re.split(r"([,.;(])", rest, maxsplit=1)
            seg = parts[0].strip()
            words = seg.split()
            if words and words[0] == "at":
                words = words[1:]
            if not chapter:
                continue
            if len(words) > 3 or any(x[:1].islower() for x in words):
                continue
            if len(parts) == 3 and re.match(r"\s*(?:and|&)\s", parts[2]):
                continue  # "Collaboration, Learning, and Governance"
        return p
    return len(c)


_EDITOR_SMALL = _words("and et e y und de van von der den da di du la le al al. &")


#: Editors before a book title: "In D. J. Stein & J. Ludik, Neural networks ..."
#: (compiled on first use).
_editor_names_re = LazyPattern(
    rf"(?:[{_UP}]\.\s?)+[{_UP}][{_al()}'’-]+(?:\s*(?:,\s*(?:and\s+|&\s*)?|&|and)\s*"
    rf"(?:[{_UP}]\.\s?)+[{_UP}][{_al()}'’-]+){{0,6}},\s+(?=[{_UP}])",
)


def _strip_editors(c: str) -> str:
    """Remove "J. Smith (Ed.)," / "Smith J, editors." before a book title."""
    m = _editor_mark_re().search(c, 0, 220)
    if m is None or m.start() == 0:
        mn = _editor_names_re().match(c)
        return c[mn.end() :] if mn is not None else c
    prefix = c[: m.start()]
    words = prefix.replace(",", " ").replace("&", " ").split()
    if not words or len(words) > 24:
        return c
    lower = [w for w in words if w[:1].islower() and w not in _EDITOR_SMALL]
    if lower:
        return c
    if any(ch.isdigit() or ch in "()[]" for ch in prefix):
        return c
    return c[m.end() :]


_PHYS_SMALL = _words("vol no pp and of the de et für des for der die und la le du di della a")


_phys_residue_re = LazyPattern(
    r"\(\s*\d{4}\s*\)|[\d\s,.;:()\[\]–—/-]+",
)


def _is_phys_container(r: str) -> tuple[str, str] | None:
    """Physics style "ApJ, 475, 163" / "Phys. Rev. C 46, 455 (1992)": no title.

    Returns (container, numbers) when r is an abbreviated journal name followed
    only by numbers (volume, pages, year).
    """
    m = re.search(r"\d", r)
    if m is None:
        return None
    d = m.start()
    seg = r[:d]
    tail = r[d:]
    core = seg.strip(" ,.;:(")
    if not core or len(core) > 60 or any(ch in core for ch in '?!"“”«,;('):
        return None
    if ":" in re.sub(r"\b[A-Z]:", "", core):
        return None  # a title with a subtitle; "J. Phys. A: Math. Theor." is fine
    words = core.replace(".", ". ").split()
    if len(words) > 7:
        return None
    for stop in re.finditer(r"\.\s+(?=[A-Z])", core):
        if not _abbrev_like(_word_before(core, stop.start())):
            return None  # "Title. Journal 1956; 1: 251"
    long_words = 0
    journal_like = _CONT_START_RE.match(core) is not None
    for w in words:
        wc = w.strip(",;:().")
        if not wc:
            continue
        low = wc.lower()
        if low == "in":
            return None
        if low in _PHYS_SMALL:
            continue
        if wc[:1].islower() and len(wc) >= 3:
            return None
        if not w.endswith(".") and len(wc) >= 9 and not wc.isupper():
            long_words += 1
    if long_words >= (3 if journal_like else 2):
        return None
    nums = re.findall(r"\d+", tail)
    if len(nums) < 2 and not (
        len(nums) == 1
        and not re.fullmatch(_YEAR, nums[0])
        and len(words) <= (7 if journal_like else 5)
    ):
        return None
    residue = _phys_residue_re().sub(" ", tail.split(" [")[0])
    residue = re.sub(r"\b(?:vol|no|pp?|art|e|Suppl)\b\.?", " ", residue)
    if len(residue.split()) > 2:
        return None
    if not re.match(r"\s*[A-Z]?\d+[A-Za-z]?\s*[,:(]?\s*\(?\s*[A-Z]?\d", tail + " ") and not (
        re.match(r"\d+\b", tail)
    ):
        return None
    return seg.rstrip(" ,;:("), tail


_LETTER_RE = re.compile(r"[^\W\d_]")
_DATE_WORDS_RE = re.compile(rf"{_MONTHS}|{_MONTHS_OTHER}")


_journal_word_re = LazyPattern(
    r"\b(?:Journal|Jour|Review|Quarterly|Proceedings|Proc|Transactions|Bulletin|Magazine|"
    r"Letters|Annals|Newsletter|Gazette|Times|Herald|Tribune|Conference|Symposium|Workshop|"
    r"Congress|Colloquium|Acta|Archives|Zeitschrift|Revue|Revista|Rivista|Cahiers|Jahrbuch|"
    r"Abstracts|Reports|Research|Studies|Science|Sciences|Medicine|Journals?|Annual|Yearbook|"
    r"Forum|Digest|Monthly|Weekly|Daily|Bericht|Mitteilungen|Anales|Anais|Notes)\b",
)


def _book_like(c: str, quoted: bool, abstract: bool = False) -> bool:
    """True when the text after a title is publisher information, not a journal."""
    cs = c.strip(" .,;")
    if not cs:
        return True
    if not _LETTER_RE.search(_DATE_WORDS_RE.sub("", cs)):
        return True  # only a date or numbers left
    if _BOOK_LEAD_RE.match(cs) or _REPORT_RE.search(cs[:80]):
        return True
    if _CONT_START_RE.match(cs):
        return False
    if re.match(rf"\(?\s*{_YEAR}\s*[:,]\s*[A-Z]", cs):
        return True
    if _EDITION_RE.search(cs[:60]):
        return True
    first = cs[: _container_end(cs)]
    segs = [x.strip() for x in cs.split(",")]
    if (
        len(segs) >= 3
        and _short_tail(cs)
        and not any(ch.isdigit() for ch in segs[0] + segs[1])
        and not _journal_word_re().search(segs[0])
    ):
        return True  # "Paris, Vigot, 2010, 837"
    num = _JOURNAL_NUM_RE.search(cs)
    strong = next(
        (x for x in _STRONG_PUB_RE.finditer(cs) if num is None or x.group("org") is None), None
    )
    if (
        strong is not None
        and (num is None or strong.start() < num.start())
        and not _journal_word_re().search(cs[: strong.start()])
        and not _CONT_START_RE.match(cs)
    ):
        return True
    if num is not None and not place_pub_start(cs[: num.start() + 1]):
        return False
    if re.search(rf"^[^,()]{{2,80}}(?:,\s*|\s*\(\s*){_MONTHS}\b", cs):
        return False  # a dated periodical: "Scientific American, April 2011"
    if (_place_pub(cs) or _place_pub(cs.lstrip("( "))) and not _journal_word_re().search(cs[:80]):
        return True
    if num is not None:
        return False
    if _journal_word_re().search(first) or re.search(
        r"\b(?:to appear|in press|forthcoming)\b", cs, re.I
    ):
        return False
    if _publisher_re().search(first):
        return True
    if quoted or abstract:
        return False
    digits = re.sub(rf"{_YEAR}", "", cs)
    return not re.search(r"\d", digits)
