"""The title of a work.

A quoted title, or an unquoted one that ends at a sentence end (not at an abbreviation),
at a comma before container or publisher matter, or runs over a subtitle sentence;
trailing edition/volume notes and APA descriptors ("[Press release]") are cut off.
"""

from __future__ import annotations

import re

from claimlint.biblio.refstring.containers import (
    _CONT_START_RE,
    _IN_RE,
    _JOURNAL_NUM_RE,
    _abbrev_like,
    _looks_abbrev,
)
from claimlint.biblio.refstring.publishers import (
    _BOOK_LEAD_RE,
    _place_pub,
    _publisher_re,
    _short_tail,
    place_pub_start,
)
from claimlint.biblio.refstring.shared import _MONTHS, _UP, _YEAR, _al, _word_before, _words
from claimlint.core.lazyre import LazyPattern

_QUOTES = {"“": "”", '"': '"', "„": "“”", "«": "»", "‘": "’", "'": "'", "‚": "‘’", "”": "”"}
_TITLE_ABBR = _words(
    """e.g i.e vs cf viz St Dr Mr Mrs Ms Prof Jr Sr Inc Ltd Co no No Vol vol ca approx Fig fig al
    Ph.D etc Nos Mt Ft"""
)


_descriptor_re = LazyPattern(
    r"\s*\[(?:Press release|Video|Fact sheet|Abstract|Editorial|Letter|Data set|Dataset"
    r"|Podcast|Blog post|Computer software|Brochure|Infographic|Webinar|Lecture notes"
    r"|Poster|Preprint|Internet|Online|Electronic version)[^\[\]]{0,20}\][\s.]*$",
    re.I,
)


def _quoted(r: str) -> tuple[str, str] | None:
    """If r starts with a quoted title, return (inside, rest after the closing quote).

    A quotation that is only the start of a longer title (“Like” and language...)
    is not a quoted title.
    """
    if not r:
        return None
    if r.startswith("``"):
        end = r.find("''", 2)
        if end < 0:
            return None
        return r[2:end], r[end + 2 :]
    o = r[0]
    closers = _QUOTES.get(o)
    if closers is None:
        return None
    pos = 1
    n = len(r)
    while pos < n:
        ch = r[pos]
        if ch in closers and pos > 1:
            nxt = r[pos + 1 : pos + 2]
            if ch in "'’" and nxt and (nxt.isalnum()):
                pos += 1
                continue
            after = r[pos + 1 :].lstrip()
            closed = r[pos - 1] in ",.;:?!"
            if after[:1].islower() and not after.startswith(("in ", "in:")) and not closed:
                return None
            if after[:1] == ":" and pos < 40:
                return None
            return r[1:pos], r[pos + 1 :]
        pos += 1
    return None


_PAREN_PUB_RE = re.compile(
    rf"\(\s*(?:[^()]{{0,60}}:\s*[^()]{{1,80}}|[^()]{{1,60}}[A-Za-z][^()]{{0,40}},\s*{_YEAR}"
    r"|[^()]{0,20}\b(?:\d+\S{0,3}|rev\.?|revised|new)\s*(?i:ed|edn|edition|éd|Aufl)\b[^()]{0,20}"
    r"|eds?\.?|Hg\.?|Hrsg\.?)\)(?=\s*(?:[.,;:]|$))"
)


#: The characters :func:`_title_end` looks at (brackets and sentence ends).
_TITLE_MARK_RE = re.compile(r"[()\[\].?!]")
#: The characters :func:`_comma_cut` looks at (brackets and commas).
_COMMA_MARK_RE = re.compile(r"[()\[\],]")


def _title_end(r: str) -> int:
    """Index where an unquoted title starting at r[0] ends."""
    n = len(r)
    depth = 0
    for mark in _TITLE_MARK_RE.finditer(r):
        p = mark.start()
        ch = r[p]
        if ch in "([":
            if depth == 0 and ch == "(" and p > 0 and _PAREN_PUB_RE.match(r, p):
                return p  # "Title (New York: Wiley, 1990)" / "Title (2nd ed.)"
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in ".?!" and depth == 0:
            nxt = r[p + 1 : p + 2]
            if nxt == "" or nxt.isspace() or nxt in '"”,':
                after = r[p + 1 :].lstrip(' "”')
                if ch != ".":
                    if after[:1] in (":", ",", "(") or after[:1].islower():
                        continue
                    return p + 1
                w = _word_before(r, p)
                rest = r[p + 1 :].lstrip()
                if not rest:
                    return p
                if w in _TITLE_ABBR or w.lower() in _TITLE_ABBR:
                    continue
                if re.match(r"\d{1,2}\.\s+[A-Z][a-z]", rest) or (
                    len(w) == 1 and w.isupper() and p < 3
                ):
                    continue  # "neurobiology. 1. Anatomy" / a leading initial "J. Phys."
                if "." in w and len(w) <= 6 and rest[:1].islower():
                    continue
                nw = rest.split(" ", 1)[0]
                if rest[:1].islower() and nw not in _LOWER_STARTERS:
                    continue
                return p
    return n


_LOWER_STARTERS = _words("in in: pp pp. p. vol. vols. ser. tr. trans. ed. eds. no. dans en")
_TITLE_TRAILER_RE = re.compile(
    rf",?\s+{_MONTHS}\.?\s+{_YEAR}$|"
    r"(?:,\s*|\s+\(|\.\s+)(?:(?:\d+(?:st|nd|rd|th|\.\S?|e|er|ème)?|[Rr]ev(?:ised)?\.?|[Nn]ew)\s*"
    r"(?i:ed|edn|edition|éd|Aufl)\b.*|[Vv]ol(?:ume)?\.?\s*[IVXLC\d]+\b.*|"
    r"(?:[Tt]ome|Bd)\.?\s*[IVXLC\d]+\s*\.?|(?:ed|eds|edited|trans|translated)\b\.?\s.*)$"
)
_IN_CUT_RE = re.compile(r",\s*(?:[Ii]n\s*:?\s+(?=[A-Z\"“‘'«]|the\b|[Pp]roc))")


_EDITOR_AFTER_RE = re.compile(
    r"[A-Z][^()]{0,80}\(\s*(?:eds?|Eds?|trans|tr|Hrsg|Hg|dir)\.?\s*\)|"
    r"[A-Z][^(),]{0,40},\s*(?:eds?|Eds?)\.,|(?:tr|trans)\.\s+[A-Z]"
)


#: A run of abbreviated words ("Clim. Dynam."), compiled on first use (rarely).
_abbrev_chain_re = LazyPattern(
    rf"(?:[{_UP}][{_al()}\-’']*\.?\s*){{1,4}}",
)


_NOTHING_LEFT_RE = re.compile(
    rf"[\s.,;:]*(?:\(?{_YEAR}[a-z]?\)?)?[\s.,;:]*(?:\[[^\]]{{0,40}}\])?[\s.]*"
)


_following_num_re = LazyPattern(
    r"\s*(?:vol|Vol|VOL|v|no|No|n°|pp?|Pp|pages|Issue|issue)\.?\s*\d|\s*\d+\s*(?:[(:,.]|$)",
)


_MAX_TITLE = 1000


def _comma_cut(r: str, p: int, comma_style: bool) -> int:
    """Shorten a title r[:p] at a comma that starts container or publisher matter.

    p is where the title would end at a full stop; comma_style is set when the
    author block itself ended with a comma (IEEE/ACM/geology habits), where the
    title usually ends at a comma too.
    """
    depth = 0
    for mark in _COMMA_MARK_RE.finditer(r, 0, min(p, _MAX_TITLE)):
        i = mark.start()
        ch = r[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if ch != "," or depth or i < 3:
            continue
        after = r[i + 1 : i + 400].lstrip()
        if _IN_CUT_RE.match(r, i):
            return i
        if re.match(r"(?:ed\.|eds\.|edited by|trans\.|translated by|volume \d+ of)", after):
            return i
        if _EDITOR_AFTER_RE.match(after):
            return i  # "Title, Michael Holquist (ed.)"
        title_last = comma_style or _NOTHING_LEFT_RE.fullmatch(r, p) is not None
        if title_last and _place_pub(after) and not _JOURNAL_NUM_RE.match(after[:40]):
            return i
        full_end = after.find(",")
        seg = after if full_end < 0 else after[:full_end]
        if (
            title_last
            and re.search(r"\b(?:Press|Verlag|Publishers?|Publishing)\b", seg)
            and len(seg) < 50
            and seg[:1].isupper()
            and not _sentence_like(seg)
        ):
            return i
        if not comma_style and p < len(r):
            continue
        if re.match(rf"(?:to appear|in press|forthcoming|{_YEAR}\b)", after):
            return i
        if _CONT_START_RE.match(after) or re.match(r"Proc\b|Ph\.?\s?D|Tech", after):
            return i
        # a sentence end inside the next segment: keep only its first part,
        # unless that part is an abbreviation ("Clim. Dynam., 22")
        following: str | None = None
        stop = re.search(r"[.?!]\s+", seg)
        if (
            _abbrev_chain_re().fullmatch(seg)
            and all(_abbrev_like(w) for w in re.findall(r"([^\s.]+)\.\s", seg))
            and _following_num_re().match(after[full_end + 1 :] if full_end >= 0 else "")
        ):
            return i  # "..., Clim. Dynam., 22, 597-603"
        if stop is not None and not _looks_abbrev(_word_before(seg, stop.start())):
            seg = seg[: stop.start()]
            following = ""
        if _publisher_re().search(seg) and len(seg) < 50:
            return i
        if re.search(r"[A-Za-z]\.?\s*\(?\s*(?:[A-Z]?\d+|vol|Vol)\b", seg) and seg[:1].isupper():
            return i
        if following is None:
            following = after[full_end + 1 :] if full_end >= 0 else ""
        if _following_num_re().match(following):
            return i
        if _short_tail(after):
            return i
    return p


_FUNCTION_WORDS = _words(
    """of and the for in on de des du la le et und der die das für di del della y en a an to
    with by at from sur"""
)
_NOT_TITLE_LEAD_RE = re.compile(
    r"(?:Paper|Poster|Presented|Unpublished|Doctoral|Master|Thesis|Dissertation|Available|"
    r"Retrieved|Accessed|In\b|in\b|Pp?\.|pp?\.|Proc)"
)


_runon_num_re = LazyPattern(
    rf"(?:,\s*|\s+)(?:\(?{_YEAR}\)?\s*[;,]?\s*\d+\s*[:(,]|\d+\s*\({_YEAR}\)|"
    rf"{_YEAR}\s*;\s*\d+)",
)


def _sentence_like(seg: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’-]*", seg)
    long_lower = [w for w in words if w[:1].islower() and len(w) >= 4 and w not in _FUNCTION_WORDS]
    return len(long_lower) >= 2


def _extend_title(r: str, p: int) -> int:
    """Let a title run over a second sentence ("Title. Subtitle sentence. Journal 12: 3")."""
    for _ in range(2):
        rest = r[p:]
        lead = len(rest) - len(rest.lstrip(" .?!"))
        seg_text = rest[lead:]
        if not seg_text or _NOT_TITLE_LEAD_RE.match(seg_text) or _BOOK_LEAD_RE.match(seg_text):
            return p
        e = _title_end(seg_text)
        seg = seg_text[:e]
        after = seg_text[e:].lstrip(" .?!")
        if not after or after[:1].isdigit() or not _sentence_like(seg):
            return p
        if _JOURNAL_NUM_RE.search(seg) or (
            not place_pub_start(after)
            and not (_IN_RE.match(after) or _JOURNAL_NUM_RE.search(after))
        ):
            return p
        p = p + lead + e
    return p


def _split_run_on_journal(title: str) -> tuple[str, str] | None:
    """Split "Title words Am J Obstet Gynecol 1996; 174:708" where no full stop ends the title."""
    m = _runon_num_re().search(title)
    if m is None:
        return None
    before = title[: m.start()]
    words = before.split(" ")
    k = len(words)
    while k > 0:
        w = words[k - 1]
        if not w:
            break
        if w[:1].isupper() or (w.lower() in ("of", "and", "&") and k < len(words)):
            k -= 1
            continue
        break
    if k == len(words) or k < 3:
        return None
    while k < len(words) and words[k].lower() in ("of", "and", "&"):
        k += 1
    cont = " ".join(words[k:])
    if len(words) - k > 7 or not cont:
        return None
    return " ".join(words[:k]), title[len(" ".join(words[:k])) :]
