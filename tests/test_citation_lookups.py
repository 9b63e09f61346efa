"""The shortcuts behind citation matching give the answers of the plain definitions.

Citation matching looks surnames up in an index instead of comparing every entry,
finds concepts word by word instead of with one pattern per concept, and skips a
costly pattern where a cheap test shows it cannot match. Each test here compares a
shortcut with the definition it stands for.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimlint.biblio.intext import find_citations
from claimlint.biblio.matching import FirstAuthors, Source, citation_map, same_surname
from claimlint.biblio.refstring import may_contain
from claimlint.biblio.subjects import _words, concepts, subjects
from claimlint.text.document import parse_text

_SOURCES = """\
Text.

## Sources

- van der Kolk, B. A. (2014). The body keeps the score. Viking.
- Müller, K., & Lee, J. (2019). Ketamine in depression. *Journal of Psychiatry*, 1, 1–9.
- American Psychiatric Association. (2013). Diagnostic and statistical manual. APA.
- APA. (2020). Practice guideline for depression. *Psychiatric News*, 2, 3–4.
- O’Reardon, J. P., & Solvason, H. B. (2007). TMS for depression. *Biol Psychiatry*, 62, 1–8.
- Zarate, C. A., Jr., & Singh, J. B. (2006). A randomized trial. *Arch Gen Psychiatry*, 63, 856.
- Kočárová, R. (2021). Esketamine nasal spray. *Neuropharmacology*, 5, 10–20.
- World Health Organization. (2022). Depression fact sheet. WHO.
- Vande Voort, J. L. (2015). Ketamine infusions. *J Affect Disord*, 3, 1–5.
- Carhart-Harris, R. (2016). Psilocybin with psychological support. *Lancet Psychiatry*, 3, 619.
- Mueller, A. (2018). Another Müller. *Journal of Pain*, 4, 5–6.
"""

_NAMES = [
    "Kolk",
    "Van der Kolk",
    "van der Kolk",
    "Muller",
    "Mueller",
    "Müller",
    "APA",
    "American Psychiatric Association",
    "WHO",
    "World Health Organization",
    "O'Reardon",
    "Zarate Jr.",
    "Kocarova",
    "Vande Voort",
    "Voort",
    "Carhart Harris",
    "Smith",
    "",
    "NIMH",
]


@pytest.fixture(scope="module")
def sources() -> list[Source]:
    found = citation_map(parse_text(_SOURCES)).sources
    assert len(found) == 11
    return found


def _plain(sources: list[Source], name: str) -> list[Source]:
    """The definition: every entry whose first author ``name`` names."""
    return [s for s in sources if s.parsed.authors and same_surname(name, s.parsed.authors[0])]


@pytest.mark.parametrize("name", _NAMES)
def test_first_authors_finds_what_same_surname_finds(sources: list[Source], name: str) -> None:
    assert FirstAuthors(sources).citing(name) == _plain(sources, name)


def test_first_authors_keeps_list_order_and_acronyms(sources: list[Source]) -> None:
    index = FirstAuthors(sources)
    assert [s.parsed.authors[0] for s in index.citing("Mueller")] == ["Müller", "Mueller"]
    assert [s.parsed.authors[0] for s in index.citing("APA")] == [
        "American Psychiatric Association",
        "APA",
    ]
    assert [s.parsed.authors[0] for s in index.citing("American Psychiatric Association")] == [
        "American Psychiatric Association",
        "APA",
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("van", "der", "Van", "Kolk", "Müller", "Mueller", "APA", "WHO", "O’"),
                *("Reardon", "Jr.", "-", " ", "Association", "American", "Psychiatric"),
                *("ß", "İ", "x"),
            ]
        ),
        max_size=5,
    ).map("".join)
)
def test_first_authors_on_any_name(sources: list[Source], name: str) -> None:
    assert FirstAuthors(sources).citing(name) == _plain(sources, name)


# --------------------------------------------------------------------------- may_contain


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Retrieved from the web", ("retrieved",), True),
        ("RETRIEVED", ("retrieved",), True),
        ("Accessed 3 May 2020 – online", ("retrieved", "accessed"), True),
        ("Nature, 5, 1–9.", ("retrieved", "accessed"), False),
        ("arXıv:2101.0001", ("arxiv",), True),  # dotless i: re.I matches "i"
        ("preſented", ("present",), True),  # long s: re.I matches "s"
        ("", ("x",), False),
    ],
)
def test_may_contain(text: str, words: tuple[str, ...], expected: bool) -> None:
    assert may_contain(text, words) is expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("arxivARXIVİıſsS :–é")), max_size=12))
def test_may_contain_never_misses_a_case_insensitive_match(text: str) -> None:
    for word in ("arxiv", "is"):
        if re.search(word, text, re.IGNORECASE):
            assert may_contain(text, (word,))


# --------------------------------------------------------------------------- subjects


def _term_pattern(term: str) -> str:
    words = _words(term.rstrip("*"))
    body = r"\s".join(re.escape(w) for w in words)
    return body + (r"[a-z0-9]*" if term.endswith("*") else r"(?:s|es)?")


_CONCEPT_PATTERNS = [
    (name, re.compile(r"\b(?:" + "|".join(_term_pattern(t) for t in terms) + r")\b"))
    for name, terms in concepts().items()
]


def _concepts_by_pattern(text: str) -> frozenset[str]:
    """The definition: a concept is named when one of its terms' patterns matches."""
    norm = " ".join(_words(text))
    return frozenset(name for name, pattern in _CONCEPT_PATTERNS if pattern.search(norm))


_TERM_WORDS = sorted({w for terms in concepts().values() for t in terms for w in _words(t)})


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_TERM_WORDS),
            st.sampled_from(_TERM_WORDS).map(lambda w: w + "s"),
            st.sampled_from(_TERM_WORDS).map(lambda w: w[:-1]),
            st.sampled_from(["the", "of", "’s", "-", ".", "Ψ", "é"]),
        ),
        max_size=8,
    ).map(" ".join)
)
def test_concepts_match_the_term_patterns(text: str) -> None:
    assert subjects(text).concepts == _concepts_by_pattern(text)


@pytest.mark.parametrize(
    "text",
    [
        "NMDA receptor antagonists and esketamine nasal sprays",
        "N-methyl-D-aspartate antagonism",
        "self-injurious behaviour in young people",
        "5-HT2A agonists; magic-mushroom users",
        "Post-traumatic stress disorders in veterans",
        "a phase II trial of ketamine-assisted psychotherapy",
    ],
)
def test_concepts_of_phrases(text: str) -> None:
    assert subjects(text).concepts == _concepts_by_pattern(text)


# --------------------------------------------------------------------------- find_citations


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lee (\t2020a) and Kim ( n.d.) agree", [("Lee",), ("Kim",)]),
        ("as Rao (in  press) says", [("Rao",)]),
        ("Ota (forthcoming) says", [("Ota",)]),
        ("Rao and their co-authors found", [("Rao",)]),
        ("see (Wu, 2019; Ito, 2018)", [("Wu",), ("Ito",)]),
        ("seen in [^3] and [4, 6-7] and ^2^", [(), (), ()]),
        ("no citation here, and none (2019 was a year)", []),
        ("Rao and Lee agree (a fact)", []),
    ],
)
def test_citations_past_the_quick_tests(text: str, found: list[tuple[str, ...]]) -> None:
    assert [c.authors for c in find_citations(text)] == found


@pytest.mark.parametrize(
    ("sentence", "title", "concept"),
    [
        # clinical areas outside mental health: lay words against the title's words
        ("Our LASIK patients rarely have dry eyes.", "Ocular surface after keratomileusis", "eyes"),
        ("HRT eases hot flushes.", "Vasomotor symptoms in postmenopausal women", "hormones"),
        ("Stimulants help kids focus.", "Methylphenidate for attention-deficit disorder", "adhd"),
        ("PRP regrows thinning hair.", "Platelet-rich plasma in androgenetic alopecia", "hair"),
        ("Acne pills can cause birth defects.", "Retinoic acid embryopathy", "birth defects"),
        (
            "Tirzepatide melts belly fat.",
            "Tirzepatide once weekly for the treatment of obesity",
            "weight",
        ),
        (
            "IVF success depends on age.",
            "Live birth rates after in vitro fertilisation",
            "fertility",
        ),
        (
            "Shockwave fixes heel pain.",
            "Extracorporeal therapy for plantar fasciitis",
            "musculoskeletal",
        ),
    ],
)
def test_concepts_cover_clinical_areas_outside_mental_health(
    sentence: str, title: str, concept: str
) -> None:
    assert concept in subjects(sentence).shared(subjects(title))
