"""Journal names: where the prose names one, and whether two names mean the same journal.

"published in the Archives of General Psychiatry" and an entry in "Arch Gen
Psychiatry" name one journal; "JAMA Psychiatry" and "Am J Psychiatry" do not.
Names compare word by word after normalisation (case, diacritics, a leading
"The", "&" / "and", punctuation, function words), where an abbreviated word
stands for any word it begins ("Psychiatr" for "Psychiatry", ISO 4 style), and
a short table covers the abbreviations that are not prefixes ("Natl") or that
are too short to trust as one ("J", "Am").
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from claimlint.biblio.refstring import may_contain
from claimlint.core.lazyre import LazyPattern

#: Words that journal abbreviations drop.
_FUNCTION_WORDS = frozenset(
    {"of", "the", "and", "for", "in", "on", "de", "la", "le", "des", "du", "y", "und", "fur"}
    | {"a", "an"}
)
#: Abbreviations that are not plain prefixes of the word, or too short to expand by prefix.
_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "j": frozenset({"journal", "journals"}),
    "am": frozenset({"american", "america"}),
    "br": frozenset({"british"}),
    "n": frozenset({"new"}),
    "natl": frozenset({"national"}),
    "intl": frozenset({"international"}),
    "int": frozenset({"international"}),
    "engl": frozenset({"england", "english"}),
    "eur": frozenset({"european"}),
    "proc": frozenset({"proceedings"}),
    "acad": frozenset({"academy"}),
    "sci": frozenset({"science", "sciences", "scientific"}),
    "med": frozenset({"medicine", "medical"}),
    "res": frozenset({"research"}),
    "rev": frozenset({"review", "reviews"}),
    "rep": frozenset({"reports", "report"}),
    "gen": frozenset({"general"}),
    "dis": frozenset({"disease", "diseases", "disorders"}),
    "mol": frozenset({"molecular"}),
    "adv": frozenset({"advances"}),
    "ther": frozenset({"therapy", "therapeutic", "therapeutics"}),
    "clin": frozenset({"clinical", "clinics"}),
    "mon": frozenset({"monitor"}),
    "psychiatr": frozenset({"psychiatry", "psychiatric"}),
    "usa": frozenset({"united", "states", "america"}),
}
#: Journals better known by an acronym.
_ACRONYMS: dict[str, str] = {
    "nejm": "new england journal of medicine",
    "bmj": "british medical journal",
    "pnas": "proceedings of the national academy of sciences",
    "ajp": "american journal of psychiatry",
    "jama": "journal of the american medical association",
    "cmaj": "canadian medical association journal",
    "mmwr": "morbidity and mortality weekly report",
}
_ACRONYMS_UPPER = frozenset(a.upper() for a in _ACRONYMS)


#: Words that show a capitalised phrase after "published in" is a journal's name.
_journal_word = LazyPattern(
    r"\b(?:Journal|Archives|Annals|Reviews?|Proceedings|Lancet|JAMA|BMJ|NEJM|PNAS|Nature|Science"
    r"|Cell|Psychiatry|Psychiatric|Psychology|Psychological|Medicine|Medical|Neuro\w*"
    r"|Psychopharmacology|Pharmacology|Reports|Letters|Bulletin|Research|Clinical|Frontiers"
    r"|PLOS|PLoS|Cochrane|Database|Therapy|Therapeutics|Biology|Biological|Brain|Translational"
    r"|Molecular|Affective|Disorders|Trauma\w*|Addiction|Sleep|Pain|Epidemiology|Health"
    # the words of journal titles across medicine, by field (not only psychiatry's)
    r"|Surgery|Surgical|Surgeons?|Dermatology|Dermatologic(?:al)?|Cosmetic|Aesthetic|Plastic"
    r"|Reconstructive|Lasers?|Photomedicine|Fertility|Sterility|Reproduction|Reproductive"
    r"|Obstetrics|Gyn(?:a)?ecology|Menopause|Maturitas|Contraception|Urology|Andrology"
    r"|Sexual|Impotence|Endocrinology|Endocrine|Metabolism|Diabetes|Diabetologia|Obesity"
    r"|Nutrition|Nutrients|Cardiology|Circulation|Heart|Hypertension|Stroke|Hepatology"
    r"|Gastroenterology|Gut|Rheumatology|Arthritis|Orthop(?:a)?edics?|Sports?|Spine"
    r"|P(?:a)?ediatrics|Oncology|Cancer|Radiology|Ophthalmology|Optometry|Otolaryngology"
    r"|Audiology|Allergy|Immunology|Dental|Dentistry|Periodontology|Nursing|Physiotherapy"
    r"|Rehabilitation|Geriatrics?|Gerontology|Aging|Ageing|Microbiology|Infectious|Infection"
    r"|Toxicology|Physiology|Biochemistry|Respiratory|Pulmonary|Thorax|Chest|Nephrology"
    r"|H(?:a)?ematology|Blood|Vaccines?|Pharmacy|Pharmaceutical|Acupuncture|Chiropractic"
    r"|Osteopathic|Integrative|Complementary|Vesicles|Regenerative|Radical|Care)\b",
)


_MONTHS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Spring|Summer|Autumn|Fall|Winter)\b"
)
#: "published in", "appeared in", "reported in", "in the journal" (the name follows).
_CUE = re.compile(
    r"\b(?:(?:published|appeared|appearing|reported|printed|described|featured|presented"
    r"|out|publication|summari[sz]ed?|summari[sz]es)\s+"
    r"(?:(?:online|recently|earlier|later|last\s+year|this\s+year)\s+)?in"
    # a study named by its kind, then where it appeared: "a meta-analysis in the Journal of"
    r"|(?:study|studies|trial|trials|review|meta-analysis|analysis|paper|article|survey)\s+in"
    # Spanish: "publicado en (la revista)"
    r"|publicad[oa]s?\s+en(?:\s+la\s+revista)?|en\s+la\s+revista"
    r"|in\s+the\s+journal)\s+"
    # "in the journal Sleep": the word is a description; "in the Journal of Pain Research":
    # it is the name's first word, kept
    r"(?:(?:the\s+journal|journal)\s+(?!(?:of|for|on|in|de|and|&)\b)|the\s+pages\s+of\s+)?",
    re.IGNORECASE,
)
#: Words one of which (in lower case) every match of ``_CUE`` holds.
_CUE_WORDS = (
    "publi",
    "summari",
    "stud",
    "trial",
    "review",
    "analysis",
    "paper",
    "article",
    "survey",
    "revista",
    "appear",
    "reported",
    "printed",
    "described",
    "featured",
    "presented",
    "out",
    "journal",
)
_NAME_WORD = r"(?:[A-Z][\w'’.&:-]*|[A-Z]{2,}\w*)"


_name = LazyPattern(
    rf"(?:[Tt]he\s+)?{_NAME_WORD}"
    rf"(?:\s+(?:(?:of|and|&|for|in|on|de)\s+the|of|and|&|for|in|on|the|de)?\s*{_NAME_WORD})*",
)


class VenueMention(NamedTuple):
    """A journal named in the prose."""

    start: int
    """Offset of the name in the scanned text."""
    end: int
    """End of the name (exclusive)."""
    name: str
    """The name as written."""


def _tokens(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", text)
    if len(words) == 1 and words[0] in _ACRONYMS:
        words = re.findall(r"[a-z]+", _ACRONYMS[words[0]])
    return [w for w in words if w not in _FUNCTION_WORDS]


def _word_matches(a: str, b: str) -> bool:
    if a == b:
        return True
    for short, full in ((a, b), (b, a)):
        if full in _ABBREVIATIONS.get(short, frozenset()):
            return True
        if len(short) >= 3 and short not in _ABBREVIATIONS and full.startswith(short):
            return True
    return False


def same_journal(a: str, b: str) -> bool:
    """True when the two names denote one journal ("Arch Gen Psychiatry" and
    "The Archives of General Psychiatry")."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if len(ta) != len(tb):
        return False
    return all(_word_matches(x, y) for x, y in zip(ta, tb, strict=True))


def looks_like_journal(name: str) -> bool:
    """True when a capitalised phrase reads as a journal's name."""
    return bool(_journal_word().search(name)) or name.strip().upper() in _ACRONYMS_UPPER


def find_venue_mentions(text: str, known: tuple[str, ...] = ()) -> list[VenueMention]:
    """Journals the text names after "published in" and similar cues.

    A name counts when it reads as a journal's name or equals one of ``known`` (the
    containers of the post's source list).
    """
    out: list[VenueMention] = []
    if not may_contain(text, _CUE_WORDS):  # a cheap test before the costly search
        return out
    for cue in _CUE.finditer(text):
        at = cue.end()
        while at < len(text) and text[at] in "*_":
            at += 1  # a name set in emphasis: "*Fertility and Sterility*"
        m = _name().match(text, at)
        if m is None:
            continue
        start = m.start()
        if text.startswith("the ", start):
            start += 4  # "published in the American Journal of ...": "the" is not the name's
        name = text[start : m.end()].rstrip(".,:;*_")
        # A trailing connector ("The Lancet in") is not part of the name.
        name = re.sub(r"\s+(?:of|and|&|for|in|on|the|de)$", "", name)
        if _MONTHS.match(name) or re.match(r"^(?:[Tt]he\s+)?(?:U\.?S\.?|UK|US)\b", name):
            continue
        if name.lower() in ("journal", "the journal"):
            continue  # "the Journal" with no name after it
        said = cue.group().lower()
        explicit = "journal" in said or "revista" in said
        if not (explicit or looks_like_journal(name) or any(same_journal(name, k) for k in known)):
            continue  # "in the journal Cephalalgia": a journal, whatever its name
        out.append(VenueMention(start, start + len(name), name))
    return out
