"""The source-list checks (CL301-CL309) and the shared logic behind them.

Each check is tested in both directions with exact lines, columns and messages,
including the corpus guide's "do not raise" cases: several works by one author
with one matching year, "Muller" for "Müller", "Van der Kolk" for "van der Kolk".
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from textwrap import dedent

import pytest

from claimlint.biblio.intext import _Taken, find_citations, has_citation, sentence_citations
from claimlint.biblio.journals import find_venue_mentions, same_journal
from claimlint.biblio.matching import citation_map, near_surname, same_surname, surname_keys
from claimlint.biblio.refstring import parse_reference
from claimlint.biblio.study_types import claimed_designs, contradiction, title_designs
from claimlint.biblio.subjects import _words as subject_words
from claimlint.biblio.subjects import subjects
from claimlint.core.model import Applicability, Finding
from claimlint.engine.checks import BUILTIN, find_check
from claimlint.engine.checks.reference_uncited import _Prose
from claimlint.engine.linter import Plan
from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from claimlint.run.runner import lint_text
from claimlint.text.document import parse_text
from tests.cli_support import run, write

Row = tuple[str, int, int, str]


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_plan(Config(select=["CL3"]))


def lint(text: str, plan: Plan, rule: str | None = None) -> list[Finding]:
    findings = lint_text(dedent(text).lstrip("\n"), "post.md", plan)
    return [f for f in findings if rule is None or f.rule == rule]


def rows(findings: list[Finding]) -> list[Row]:
    return [(f.rule, f.start.line, f.start.column, f.message) for f in findings]


def fixed(text: str, finding: Finding) -> str:
    """``text`` with the finding's fix applied."""
    assert finding.fix is not None
    out = dedent(text).lstrip("\n")
    for edit in sorted(finding.fix.edits, key=lambda e: e.span.start, reverse=True):
        out = out[: edit.span.start] + edit.replacement + out[edit.span.end :]
    return out


HALE_2016 = (
    "- Hale, P., Ortiz, M., & Brandt, K. (2016). Rapid antidepressant effects of a ketamine "
    "infusion. *Journal of Affective Disorders, 2*(1), 1–9."
)
HALE_2019 = (
    "- Hale, P., Ortiz, M., & Brandt, K. (2019). Ketamine infusions for depression: one year "
    "later. *Journal of Affective Disorders, 5*(2), 10–19."
)


# --------------------------------------------------------------------------- registry


CITATION_CHECKS = [
    "citation-year-mismatch",
    "citation-author-mismatch",
    "citation-unresolved",
    "reference-uncited",
    "citation-venue-mismatch",
    "citation-study-type-mismatch",
    "citation-irrelevant",
    "citation-style",
    "stale-evidence",
]


def test_every_check_is_registered() -> None:
    # documented in its rule file: see test_rule_examples.test_check_points_to_its_rule_file
    assert set(CITATION_CHECKS) <= set(BUILTIN)
    for name in CITATION_CHECKS:
        assert find_check(name) is not None


# --------------------------------------------------------------------------- CL301


def test_year_mismatch_with_an_undated_entry_suggests_its_label(plan: Plan) -> None:
    text = """
        Smith (2019) found that sleep improved.

        ## References

        1. Smith, J. (n.d.). Sleep and ketamine. Journal of Sleep Research, 3(2), 1-9.
        """
    [found] = lint(text, plan, "CL301")
    assert found.message == "'Smith (2019)' cites 2019, but the source list has Smith (n.d.)"
    assert found.suggestion == "Cite it as Smith (n.d.)"
    assert found.fix is None


def test_year_mismatch_with_safe_fix(plan: Plan) -> None:
    text = f"""
    Ketamine eased depression within a day in Hale et al. (2017).

    ## Sources

    {HALE_2016}
    """
    found = lint(text, plan, "CL301")
    assert rows(found) == [
        (
            "CL301",
            1,
            43,
            "'Hale et al. (2017)' cites 2017, but the source list has Hale et al. (2016)",
        )
    ]
    fix = found[0].fix
    assert fix is not None and fix.applicability is Applicability.SAFE
    assert fixed(text, found[0]).startswith(
        "Ketamine eased depression within a day in Hale et al. (2016)."
    )


def test_year_mismatch_parenthetical_and_several_works(plan: Plan) -> None:
    text = f"""
    Ketamine infusions for depression were studied twice (Hale et al., 2018).

    ## Sources

    {HALE_2016}
    {HALE_2019}
    """
    found = lint(text, plan, "CL301")
    assert rows(found) == [
        (
            "CL301",
            1,
            55,
            "'Hale et al., 2018' cites 2018, but the source list has works by Hale only from "
            "2016 and 2019",
        )
    ]
    assert found[0].fix is None  # two works by Hale: --fix must not guess


@pytest.mark.parametrize(
    "citation",
    [
        "Hale et al. (2019)",  # several works by one author, one has the year
        "(Hale et al., 2016)",
        "Hale, Ortiz and Brandt (2016)",
        "HALE et al. (2016)",
    ],
)
def test_year_mismatch_not_raised(plan: Plan, citation: str) -> None:
    text = f"""
    Ketamine infusions eased depression ({citation}).

    ## Sources

    {HALE_2016}
    {HALE_2019}
    """
    assert lint(text, plan, "CL301") == []


# --------------------------------------------------------------------------- CL302


AUTHOR_LIST = """
## References

Price, R. B., Nock, M. K., Charney, D. S., & Mathew, S. J. (2009). Effects of intravenous
ketamine on explicit and implicit measures of suicidality in treatment-resistant depression.
Biological Psychiatry, 66(5), 522–526.

Murrough, J. W., Iosifescu, D. V., & Chang, L. C. (2013). Antidepressant efficacy of ketamine in
treatment-resistant major depression. American Journal of Psychiatry, 170(10), 1134–1142.

Müller, F., Lenz, C., & Dolder, P. (2017). Increased thalamic resting-state connectivity as a
core driver of LSD-induced hallucinations. Acta Psychiatrica Scandinavica, 136(6), 648–657.

van der Kolk, B. A., Spinazzola, J., & Blaustein, M. E. (2007). A randomized clinical trial of
eye movement desensitization and reprocessing (EMDR), fluoxetine, and pill placebo in the
treatment of posttraumatic stress disorder. Journal of Clinical Psychiatry, 68(1), 37–46.

Zarate, C. A., Jr., Singh, J. B., & Carlson, P. J. (2006). A randomized trial of an
N-methyl-D-aspartate antagonist in treatment-resistant major depression. Archives of General
Psychiatry, 63(8), 856–864.
"""


@pytest.mark.parametrize(
    ("sentence", "column", "message", "corrected"),
    [
        (
            "Murrow et al. (2013) found that ketamine lifted depression for a week.",
            1,
            "'Murrow et al. (2013)': no listed author is called Murrow; it most likely means "
            "Murrough et al. (2013), 'Antidepressant efficacy of ketamine in ...'",
            "Murrough et al. (2013) found",
        ),
        (
            "Ketamine lowered suicidal thinking in depression (Nock et al., 2009).",
            51,
            "'Nock et al., 2009': Nock is the second author, not the first; it most likely "
            "means Price et al. (2009), 'Effects of intravenous ketamine on explicit and ...'",
            "(Price et al., 2009)",
        ),
        (
            "Price and Charney (2009) saw suicidal thinking fall after ketamine.",
            1,
            "'Price and Charney (2009)': the second author of Price et al. (2009), 'Effects "
            "of intravenous ketamine on explicit and ...' is Nock, not Charney; cite it as "
            "Price et al. (2009)",
            "Price et al. (2009) saw",
        ),
    ],
)
def test_author_mismatch(
    plan: Plan, sentence: str, column: int, message: str, corrected: str
) -> None:
    text = sentence + "\n" + AUTHOR_LIST
    found = lint(text, plan, "CL302")
    assert rows(found) == [("CL302", 1, column, message)]
    fix = found[0].fix
    assert fix is not None and fix.applicability is Applicability.UNSAFE
    assert corrected in fixed(text, found[0]).split("\n")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Muller et al. (2017) linked LSD hallucinations to the thalamus.",
        "Mueller et al. (2017) linked LSD hallucinations to the thalamus.",
        "Van der Kolk et al. (2007) compared EMDR with fluoxetine for PTSD.",
        "Kolk et al. (2007) compared EMDR with fluoxetine for PTSD.",
        "Zarate Jr. et al. (2006) gave one ketamine infusion for depression.",
        "Zarate, Jr. and colleagues (2006) gave one ketamine infusion for depression.",
        "MURROUGH et al. (2013) found a rapid effect of ketamine in depression.",
    ],
)
def test_author_mismatch_not_raised_for_ordinary_variation(plan: Plan, sentence: str) -> None:
    findings = lint(sentence + "\n" + AUTHOR_LIST, plan)
    assert [f for f in findings if f.rule in ("CL301", "CL302", "CL303")] == []


# --------------------------------------------------------------------------- CL303


def test_unresolved_author_number_and_footnote(plan: Plan) -> None:
    author = f"""
    Ketamine may help depression in veterans (Abdallah et al., 2019).

    ## Sources

    {HALE_2016}
    """
    assert rows(lint(author, plan, "CL303")) == [
        ("CL303", 1, 43, "'Abdallah et al., 2019' matches no entry in the source list")
    ]
    number = """
    Ketamine may ease depression [1], and repeated infusions may extend it [2, 3].

    ## References

    1. Hale P, Ortiz M. Ketamine infusions for depression. J Affect Disord. 2016;2:1-9.
    2. Ortiz M, Hale P. Repeated ketamine infusions. J Affect Disord. 2019;5:10-19.
    """
    assert rows(lint(number, plan, "CL303")) == [
        ("CL303", 1, 72, "'[2, 3]' points past the end of the source list (2 entries)")
    ]
    footnote = """
    Ketamine may ease depression.[^1] Its effect can fade within weeks.[^2]

    [^1]: Hale P, Ortiz M. Ketamine infusions for depression. J Affect Disord. 2016;2:1-9.
    """
    assert rows(lint(footnote, plan, "CL303")) == [
        ("CL303", 1, 68, "footnote marker '[^2]' has no footnote definition")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no source list: an author-year citation cannot be said to point at nothing
        "Ketamine may help depression (Abdallah et al., 2019).\n",
        # a product name before a year is not an author
        f"The FDA approved Spravato (2019) for depression (Hale et al., 2016).\n\n"
        f"## Sources\n\n{HALE_2016}\n",
        # bracketed text that is not a citation, and a year range
        f"Carbon dating [14C] is not a citation (Hale et al., 2016).\n\n"
        f"## Sources\n\n{HALE_2016}\n",
        # "Further reading" is not a source list
        "Ketamine may help depression (Abdallah et al., 2019).\n\n## Further reading\n\n"
        f"{HALE_2016}\n",
        # a place before a year is not an author
        f"Ketamine clinics opened in Oregon (2020) as well (Hale et al., 2016).\n\n"
        f"## Sources\n\n{HALE_2016}\n",
    ],
)
def test_unresolved_not_raised(plan: Plan, text: str) -> None:
    assert lint(text, plan, "CL303") == []


# --------------------------------------------------------------------------- CL304


def test_uncited_entry(plan: Plan) -> None:
    text = f"""
    Ketamine eased depression within a day (Hale et al., 2016).

    ## Sources

    {HALE_2016}
    - Vance, R., & Okafor, T. (2020). Sleep after ketamine infusions. *Sleep Medicine*, 6(3), 20–28.
    """
    assert rows(lint(text, plan, "CL304")) == [
        (
            "CL304",
            6,
            3,
            "'Vance and Okafor (2020)' is in the source list but the text never cites it",
        )
    ]


@pytest.mark.parametrize(
    "body",
    [
        # cited with a wrong year and under a misspelt name: still cited
        "Ketamine eased depression (Hale et al., 2017), and sleep improved (Vanse & Okafor, 2020).",
        # cited by a link to its DOI
        "Ketamine eased depression (Hale et al., 2016); sleep improved too "
        "([Vance and Okafor](https://doi.org/10.1000/sleep.2020)).",
        # cited by name only, no year ("Zarate Jr. and colleagues")
        "Ketamine eased depression (Hale et al., 2016). Vance and colleagues saw sleep improve.",
        # named in words with its year
        "Ketamine eased depression (Hale et al., 2016); a 2020 paper by Vance looked at sleep.",
        # no formal citation at all: the list is background, not a citation list
        "Ketamine may ease depression for some people.",
    ],
)
def test_uncited_not_raised(plan: Plan, body: str) -> None:
    text = (
        f"{body}\n\n## Sources\n\n{HALE_2016}\n- Vance, R., & Okafor, T. (2020). Sleep after "
        "ketamine infusions. *Sleep Medicine*, 6(3), 20–28. https://doi.org/10.1000/sleep.2020\n"
    )
    assert lint(text, plan, "CL304") == []


# --------------------------------------------------------------------------- CL305


NUMBERED = """
## References

1. Hale P, Ortiz M, Brandt K. Rapid antidepressant effects of a ketamine infusion. Arch Gen
   Psychiatry. 2016;63(8):856-864.
2. Vance R, Okafor T. Psilocybin for major depressive disorder. Med Res Rev. 2020;40:263-292.
"""


@pytest.mark.parametrize(
    ("prose", "line", "column", "message"),
    [
        (
            "A trial published in JAMA Psychiatry found fast relief from depression [1].",
            1,
            22,
            "'JAMA Psychiatry' is named as the journal of [1], but the source list has it in "
            "Arch Gen Psychiatry",
        ),
        (
            "In a study published in *The Lancet*, psilocybin eased depression. "
            "The study followed adults for six weeks [2].",
            1,
            26,
            "'The Lancet' is named as the journal of [2], but the source list has it in "
            "Med Res Rev",
        ),
        (
            "A meta-analysis in the Journal of Sexual Medicine found fast relief [1].",
            1,
            24,
            "'Journal of Sexual Medicine' is named as the journal of [1], but the source list "
            "has it in Arch Gen Psychiatry",
        ),
    ],
)
def test_venue_mismatch(plan: Plan, prose: str, line: int, column: int, message: str) -> None:
    assert rows(lint(prose + "\n" + NUMBERED, plan, "CL305")) == [("CL305", line, column, message)]


@pytest.mark.parametrize(
    "prose",
    [
        "A trial published in the Archives of General Psychiatry found fast relief [1].",
        "A trial published in Archives of General Psychiatry found fast relief [1].",
        "A review published in Medical Research Reviews covered psilocybin [2].",
        # named with no citation that resolves: missing-citation's business
        "A study published in JAMA Psychiatry found fast relief.",
        # the next sentence does not point back at the study
        "A study published in JAMA Psychiatry found fast relief. Psilocybin is different [2].",
        "Results were published in December 2019 [1].",
    ],
)
def test_venue_not_raised(plan: Plan, prose: str) -> None:
    assert lint(prose + "\n" + NUMBERED, plan, "CL305") == []


# --------------------------------------------------------------------------- CL306


DESIGNS = """
## Sources

- Grob, C. S., Danforth, A. L., & Chopra, G. S. (2011). Pilot study of psilocybin treatment for
  anxiety in patients with advanced-stage cancer. *Archives of General Psychiatry, 68*(1),
  71–78.
- Iadarola, N. D., Niciu, M. J., & Richards, E. M. (2015). Ketamine and other
  N-methyl-D-aspartate receptor antagonists in the treatment of depression: A perspective
  review. *Therapeutic Advances in Chronic Disease, 6*(3), 97–114.
- Holze, F., Gasser, P., & Müller, F. (2023). Lysergic acid diethylamide-assisted therapy in
  patients with anxiety: A randomized, double-blind, placebo-controlled phase II study.
  *Biological Psychiatry, 93*(3), 215–223.
- Vance, R., & Okafor, T. (2020). Ketamine and depression. *Sleep Medicine*, 6(3), 20–28.
"""


@pytest.mark.parametrize(
    ("prose", "column", "message"),
    [
        (
            "A phase 3 trial found that psilocybin eased anxiety in cancer (Grob et al., 2011).",
            3,
            "the text calls Grob et al. (2011) a Phase 3 trial, but its title says 'Pilot study'",
        ),
        (
            "A meta-analysis of ketamine for depression (Iadarola et al., 2015) was positive.",
            3,
            "the text calls Iadarola et al. (2015) a meta-analysis, but its title says "
            "'perspective review'",
        ),
        (
            "A phase 3 trial of LSD eased anxiety (Holze et al., 2023).",
            3,
            "the text calls Holze et al. (2023) a Phase 3 trial, but its title says 'randomized, "
            "double-blind, placebo-controlled phase II study'",
        ),
        (
            "Ketamine eased depression in a randomised controlled trial (Iadarola et al., 2015).",
            32,
            "the text calls Iadarola et al. (2015) a randomized controlled trial, but its title "
            "says 'perspective review'",
        ),
    ],
)
def test_study_type_mismatch(plan: Plan, prose: str, column: int, message: str) -> None:
    assert rows(lint(prose + "\n" + DESIGNS, plan, "CL306")) == [("CL306", 1, column, message)]


@pytest.mark.parametrize(
    "prose",
    [
        "A pilot study found that psilocybin eased anxiety in cancer (Grob et al., 2011).",
        "A phase II trial of LSD eased anxiety (Holze et al., 2023).",
        "A randomized trial of LSD eased anxiety (Holze et al., 2023).",
        "Larger randomized trials of psilocybin are needed (Grob et al., 2011).",
        "This was not a randomized trial (Grob et al., 2011).",
        # the title names no design: it proves nothing
        "A randomized trial found that ketamine eased depression (Vance & Okafor, 2020).",
        # the second design says what the cited review contained
        "A perspective review of ketamine counted several randomized trials (Iadarola et al., "
        "2015).",
    ],
)
def test_study_type_not_raised(plan: Plan, prose: str) -> None:
    assert lint(prose + "\n" + DESIGNS, plan, "CL306") == []


# --------------------------------------------------------------------------- CL307


IRRELEVANT = """
## References

1. Joanna AM, Huczynski KM (2019) Doxycycline, salinomycin, monensin, and ivermectin
   repositioned as cancer drugs. Bioorg Med Chem Lett 29: 1549-1554.
2. Vance R, Okafor T (2020) Psilocybin for major depressive disorder. J Psychopharmacol 6: 20-28.
3. Ortiz M (2018) Esketamine nasal spray: dosing and monitoring. CNS Drugs 4: 1-9.
"""


def test_irrelevant(plan: Plan) -> None:
    prose = "Magic mushrooms may lift low mood in some adults [1]."
    assert rows(lint(prose + "\n" + IRRELEVANT, plan, "CL307")) == [
        (
            "CL307",
            1,
            50,
            "Joanna and Huczynski (2019) ('Doxycycline, salinomycin, monensin, and ivermectin "
            "...') shares no subject with the text citing it as '[1]'",
        )
    ]


@pytest.mark.parametrize(
    "prose",
    [
        "Magic mushrooms may lift low mood in some adults [2].",  # synonyms
        "Psychedelics may help some people with depression [2].",  # class ~ drug
        "Some people feel less depressed after psilocybin [2].",  # depressed ~ depressive
        "Spravato is given in the clinic with two hours of monitoring [3].",  # brand ~ drug
        "## Esketamine\n\nEach visit follows the same schedule [3].",  # the heading says it
    ],
)
def test_irrelevant_not_raised(plan: Plan, prose: str) -> None:
    assert lint(prose + "\n" + IRRELEVANT, plan, "CL307") == []


# --------------------------------------------------------------------------- CL308


def test_style(plan: Plan) -> None:
    text = """
    Sleep improved after ketamine (Vance et al., 2020). Zarate (2006) found a fast effect.

    ## Sources

    - Vance, R., & Okafor, T. (2020). Sleep after ketamine infusions. *Sleep Medicine*, 6(3), 20–28.
    - Zarate, C. A., Jr., Singh, J. B., & Carlson, P. J. (2006). A randomized trial of an
      N-methyl-D-aspartate antagonist in treatment-resistant major depression. *Archives of
      General Psychiatry*, 63(8), 856–864.
    - Zarate, C. A., Jr., Singh, J. B., & Carlson, P. J. (2006). Ketamine in bipolar depression.
      *Biological Psychiatry*, 71(11), 939–946.
    - Vance, R., & Okafor, T. (2020). Sleep after ketamine infusions. *Sleep Medicine*, 6(3), 20–28.
    """
    assert rows(lint(text, plan, "CL308")) == [
        (
            "CL308",
            1,
            32,
            "'Vance et al., 2020': the work has two authors; write Vance & Okafor without 'et al.'",
        ),
        (
            "CL308",
            1,
            53,
            "'Zarate (2006)': the work has three or more authors; write Zarate et al.",
        ),
        (
            "CL308",
            9,
            3,
            "'Zarate et al. (2006)' and the entry on line 6 have the same authors and year; "
            "write 2006a and 2006b",
        ),
        ("CL308", 11, 3, "'Vance and Okafor (2020)' duplicates the entry on line 5"),
    ]


def test_style_three_authors_without_et_al(plan: Plan) -> None:
    text = """
    Zarate (2006) found a fast effect of ketamine, as did Zarate, Singh, and Carlson (2006).

    ## Sources

    - Zarate, C. A., Jr., Singh, J. B., & Carlson, P. J. (2006). A randomized trial of an
      N-methyl-D-aspartate antagonist in treatment-resistant major depression. *Archives of
      General Psychiatry*, 63(8), 856–864.
    """
    assert rows(lint(text, plan, "CL308")) == [
        ("CL308", 1, 1, "'Zarate (2006)': the work has three or more authors; write Zarate et al."),
        (
            "CL308",
            1,
            55,
            "'Zarate, Singh, and Carlson (2006)': the work has three or more authors; write "
            "Zarate et al.",
        ),
    ]


def test_style_apa6_lists_all_names_first() -> None:
    from claimlint.engine.checks.citation_style import CHECK
    from claimlint.engine.linter import _Context

    doc = parse_text(
        "Zarate et al. (2006) found a fast effect. Zarate et al. (2006) repeated it.\n\n"
        "## Sources\n\n- Zarate, C. A., Singh, J. B., & Carlson, P. J. (2006). A randomized "
        "trial of ketamine. *Archives of General Psychiatry*, 63(8), 856–864.\n"
    )
    ctx = _Context(doc, build_plan(Config(select=["CL308"])))
    messages = [hit.message for _, hit in CHECK.check_document(doc, ctx, {"apa": 6})]
    assert messages == ["'Zarate et al. (2006)': APA 6 lists all 3 authors at the first citation"]
    assert list(CHECK.check_document(doc, ctx, {"apa": 7})) == []


def test_style_apa6_is_selected_by_the_citation_style_setting() -> None:
    text = (
        "Zarate et al. (2006) found a fast effect. Zarate et al. (2006) repeated it.\n\n"
        "## Sources\n\n- Zarate, C. A., Singh, J. B., & Carlson, P. J. (2006). A randomized "
        "trial of ketamine. *Archives of General Psychiatry*, 63(8), 856–864.\n"
    )
    config = Config(select=["CL308"])
    assert [f.message for f in lint_text(text, "post.md", build_plan(config), config)] == []
    config.options["citation-style"] = "apa6"
    assert [f.message for f in lint_text(text, "post.md", build_plan(config), config)] == [
        "'Zarate et al. (2006)': APA 6 lists all 3 authors at the first citation"
    ]


# --------------------------------------------------------------------------- CL309


def test_stale_evidence(plan: Plan) -> None:
    text = """
    ---
    date: 2024-05-01
    ---
    Recent research shows ketamine can ease depression (Zarate et al., 2006).
    The latest trial of ketamine for depression (Hale et al., 2019) was small.

    ## Sources

    - Zarate, C. A., Singh, J. B., & Carlson, P. J. (2006). A randomized trial of ketamine in
      depression. *Archives of General Psychiatry*, 63(8), 856–864.
    - Hale, P., Ortiz, M., & Brandt, K. (2019). Ketamine infusions for depression. *Journal of
      Affective Disorders*, 5(2), 10–19.
    """
    assert rows(lint(text, plan, "CL309")) == [
        (
            "CL309",
            4,
            1,
            "'Recent', but Zarate et al. (2006) is 18 years older than the post (2024)",
        )
    ]


# --------------------------------------------------------------------------- shared logic


@pytest.mark.parametrize(
    ("cited", "listed", "same"),
    [
        ("Muller", "Müller", True),
        ("Mueller", "Müller", True),
        ("Van der Kolk", "van der Kolk", True),
        ("Kolk", "van der Kolk", True),
        ("Vande Voort", "Vande Voort", True),
        ("Zarate", "Zarate Jr.", True),
        ("O'Reardon", "O’Reardon", True),
        ("Carhart-Harris", "Carhart Harris", True),
        ("Kočárová", "Kocarova", True),
        ("APA", "American Psychiatric Association", True),
        ("Murrow", "Murrough", False),
        ("Smith", "Smyth", False),
    ],
)
def test_same_surname(cited: str, listed: str, same: bool) -> None:
    assert same_surname(cited, listed) is same


def test_surname_keys_drop_particles_and_case() -> None:
    assert surname_keys("van der Kolk") == {"vanderkolk", "kolk"}


@pytest.mark.parametrize(
    ("cited", "listed", "near"),
    [
        ("Zarrate", "Zarate", True),
        ("Wilkensen", "Wilkinson", True),
        ("Murrow", "Murrough", True),
        ("Murow", "Murrough", True),
        ("Abdallah", "Anand", False),
        ("Cole", "Cipriani", False),
        ("Li", "Lee", False),
    ],
)
def test_near_surname(cited: str, listed: str, near: bool) -> None:
    assert bool(near_surname(cited, listed)) is near


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Arch Gen Psychiatry", "The Archives of General Psychiatry", True),
        ("Am J Psychiatry", "American Journal of Psychiatry", True),
        ("N Engl J Med", "New England Journal of Medicine", True),
        ("NEJM", "The New England Journal of Medicine", True),
        ("J Affect Disord", "Journal of Affective Disorders", True),
        ("Lancet Psychiatry", "The Lancet Psychiatry", True),
        ("Psychotherapy & Psychosomatics", "Psychotherapy and Psychosomatics", True),
        ("Nat Med", "Nature Medicine", True),
        ("JAMA Psychiatry", "Am J Psychiatry", False),
        ("The Lancet", "The Lancet Psychiatry", False),
        ("JAMA", "JAMA Psychiatry", False),
        ("J Psychiatry", "JAMA Psychiatry", False),
        ("Nature", "Nature Medicine", False),
    ],
)
def test_same_journal(a: str, b: str, same: bool) -> None:
    assert same_journal(a, b) is same


def test_venue_mentions() -> None:
    text = "It was published in The Lancet in 2021, and reported in JAMA Psychiatry later."
    assert [m.name for m in find_venue_mentions(text)] == ["The Lancet", "JAMA Psychiatry"]
    assert find_venue_mentions("It was published in December and reported in Oregon.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "the Journal of ..." is the name's first word, not the cue's
        ("A trial published in the Journal of Foot and Ankle Surgery found X [1].",
         ["Journal of Foot and Ankle Surgery"]),
        ("It appeared in the Journal of the American Academy of Dermatology.",
         ["Journal of the American Academy of Dermatology"]),
        # "the journal <Name>": the word describes it
        ("A study in the journal Cephalalgia found X.", ["Cephalalgia"]),
        # a study named by its kind, then where it appeared; a name in emphasis
        ("A meta-analysis in *Human Reproduction* found X.", ["Human Reproduction"]),
        ("A review in Clinical Oral Investigations described it.",
         ["Clinical Oral Investigations"]),
        # journals of every field, not only psychiatry's
        ("It was published in Gastroenterology in 2019.", ["Gastroenterology"]),
        ("A trial published in Plastic and Reconstructive Surgery found X.",
         ["Plastic and Reconstructive Surgery"]),
        # Spanish
        ("Un estudio publicado en la revista Fertility and Sterility encontró X.",
         ["Fertility and Sterility"]),
    ],
)  # fmt: skip
def test_venue_mentions_in_other_wordings(text: str, names: list[str]) -> None:
    assert [m.name for m in find_venue_mentions(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "A study in women over forty found X.",
        "A trial in Denmark found X.",
        "It appeared in the Journal.",
        "Results were published in March.",
    ],
)
def test_no_venue_in_other_wordings(text: str) -> None:
    assert find_venue_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "designs"),
    [
        ("A meta-analysis of randomized trials found", ["meta-analysis"]),
        ("In a randomized sham-controlled trial, most responded", ["randomized controlled trial"]),
        ("Smith et al. randomly assigned 40 adults", ["randomized controlled trial"]),
        ("A Phase III study found", ["phase"]),
        ("A systematic literature review found", ["systematic review"]),
        ("Larger randomized trials are needed", []),
        ("Unlike a randomized trial, this one", []),
        ("Rather than one small trial, a meta-analysis", ["meta-analysis"]),
        # a comparison far before the design does not make it a contrast
        ("Cupping was better than heat packs for neck pain in a randomized trial",
         ["randomized controlled trial"]),
    ],
)  # fmt: skip
def test_claimed_designs(text: str, designs: list[str]) -> None:
    assert [c.design for c in claimed_designs(text)][: len(designs) or None] == designs


@pytest.mark.parametrize(
    ("claimed", "title", "shown"),
    [
        ("A randomized controlled trial found", "Vitamin B12 injections: a two-year clinic audit",
         "observational study"),
        ("A randomised trial found", "Laser therapy for knee pain: a 3-year follow-up study",
         "observational study"),
        ("A controlled trial found", "Cold plunges after surgery: a report of three cases",
         "case report"),
        ("A meta-analysis found", "An open clinical trial of acupuncture for hot flushes",
         "clinical trial"),
    ],
)  # fmt: skip
def test_titles_that_name_their_design_in_other_words(claimed: str, title: str, shown: str) -> None:
    claim = claimed_designs(claimed)[0]
    assert shown in title_designs(title).designs
    assert contradiction(claim, title_designs(title)) is not None


def test_contradiction_needs_a_named_design() -> None:
    claim = claimed_designs("A meta-analysis found")[0]
    assert contradiction(claim, title_designs("Ketamine and depression")) is None
    assert contradiction(claim, title_designs("A systematic review and meta-analysis")) is None
    assert contradiction(claim, title_designs("Ketamine: a case report")) == "case report"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("psilocybin", "psychedelics"),
        ("magic mushrooms", "psilocybin"),
        ("MDD", "depressive symptoms"),
        ("esketamine nasal spray", "ketamine"),
        ("post-traumatic stress", "PTSD"),
        ("randomised trial of EMDR", "eye movement desensitisation"),
        ("tumour growth", "cancer"),
    ],
)
def test_subject_synonyms(a: str, b: str) -> None:
    assert subjects(a).shared(subjects(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a randomized placebo-controlled trial of efficacy and safety", "a systematic review"),
        ("psilocybin for depression", "doxycycline in melanoma cells"),
    ],
)
def test_subject_research_words_are_not_subjects(a: str, b: str) -> None:
    assert not subjects(a).shared(subjects(b))


# --------------------------------------------------------------------------- citations


@pytest.mark.parametrize(
    ("text", "authors", "year"),
    [
        ("Zarate Jr. and colleagues found", ("Zarate",), None),
        ("Zarate and his colleagues found", ("Zarate",), None),
        ("Smith, Jones, and Lee (2019) found", ("Smith", "Jones", "Lee"), "2019"),
        ("(Smith, Jones, & Lee, 2019)", ("Smith", "Jones", "Lee"), "2019"),
        ("the World Health Organization (2013) advises", ("World Health Organization",), "2013"),
        (
            "(National Institute of Mental Health, 2022)",
            ("National Institute of Mental Health",),
            "2022",
        ),
        ("aan het Rot et al. (2010) found", ("aan het Rot",), "2010"),
        ("Vande Voort (2015) found", ("Vande Voort",), "2015"),
    ],
)
def test_find_citations_names(text: str, authors: tuple[str, ...], year: str | None) -> None:
    found = find_citations(text)
    assert [(c.authors, c.year) for c in found] == [(authors, year)]
    c = found[0]
    assert text[c.names_start : c.names_end].startswith(authors[0].split()[0])


def test_a_lone_initial_is_not_an_author() -> None:
    assert find_citations("Citation: Zhou L (2024) Psychedelic therapy.") == []


def test_a_possessive_is_not_part_of_the_name() -> None:
    (c,) = find_citations("Smith's (2019) review was short.")
    assert c.authors == ("Smith",)


def test_author_only_citation_counts_when_listed() -> None:
    doc = parse_text(
        "Zarate Jr. and colleagues found a fast effect. Yale and colleagues found more.\n\n"
        "## Sources\n\n- Zarate, C. A., Jr., & Singh, J. B. (2006). A randomized trial. "
        "*Archives of General Psychiatry*, 63, 856–864.\n"
    )
    cmap = citation_map(doc)
    first, second = doc.blocks[0].sentences
    assert has_citation(first, cmap.lists_author)
    assert not has_citation(second, cmap.lists_author)
    assert has_citation(second)  # without the source list every name counts, as before
    assert [u.resolution.status for u in cmap.uses] == ["resolved", "ignored"]


# --------------------------------------------------------------------------- references


@pytest.mark.parametrize(
    ("raw", "authors", "title"),
    [
        (
            "2. Zarate CA Jr, Singh JB, Carlson PJ. A randomized trial of an NMDA antagonist. "
            "Arch Gen Psychiatry. 2006;63(8):856-864.",
            ("Zarate", "Singh", "Carlson"),
            "A randomized trial of an NMDA antagonist",
        ),
        (
            "14. aan het Rot M, Collins KA, Murrough JW, et al. Safety and efficacy of "
            "repeated-dose intravenous ketamine. Biol Psychiatry. 2010;67(2):139-145.",
            ("aan het Rot", "Collins", "Murrough"),
            "Safety and efficacy of repeated-dose intravenous ketamine",
        ),
        (
            "Mitchell, J. M., Ot'alora G., M., van der Kolk, B., et al. (2023). MDMA-assisted "
            "therapy for moderate to severe PTSD. *Nature Medicine, 29*(10), 2473–2480.",
            ("Mitchell", "Ot'alora", "van der Kolk"),
            "MDMA-assisted therapy for moderate to severe PTSD",
        ),
    ],
)
def test_reference_names_the_grammar_used_to_miss(
    raw: str, authors: tuple[str, ...], title: str
) -> None:
    ref = parse_reference(raw)
    assert ref.authors == authors
    assert ref.title == title


# --------------------------------------------------------------------------- Unicode spaces

#: Spaces a post may hold inside "et al." / "and colleagues": no-break, narrow no-break,
#: thin, em and ideographic.
UNICODE_SPACES = ["\u00a0", "\u202f", "\u2009", "\u2003", "\u3000"]


@pytest.mark.parametrize("space", [*UNICODE_SPACES, "\n", " \u00a0"])
@pytest.mark.parametrize(
    ("template", "kind", "authors", "et_al", "year"),
    [
        ("Smith et{s}al. (2019) found", "author-year", ("Smith",), True, "2019"),
        ("Smith{s}et{s}al. (2019) found", "author-year", ("Smith",), True, "2019"),
        ("it helped (Smith et{s}al., 2019).", "author-year", ("Smith",), True, "2019"),
        ("it helped (Smith et{s}al. 2019).", "author-year", ("Smith",), True, "2019"),
        ("Smith and{s}colleagues (2019) found", "author-year", ("Smith",), True, "2019"),
        ("Smith and{s}co-workers (2019) found", "author-year", ("Smith",), True, "2019"),
        ("it helped (Smith and{s}team, 2019).", "author-year", ("Smith",), True, "2019"),
        ("Smith et{s}al. found", "author", ("Smith",), True, None),
        ("Smith and{s}team found", "author", ("Smith",), True, None),
        ("Smith and{s}colleagues found", "author", ("Smith",), True, None),
        ("Smith and{s}their{s}team found", "author", ("Smith",), True, None),
        ("it helped (Smith and{s}their team, 2019).", "author", ("Smith",), True, None),
        ("Zarate Jr.{s}and{s}colleagues found", "author", ("Zarate",), True, None),
        ("Smith and{s}Jones (2019) found", "author-year", ("Smith", "Jones"), False, "2019"),
        (
            "Smith,{s}Jones,{s}and{s}Lee (2019)",
            "author-year",
            ("Smith", "Jones", "Lee"),
            False,
            "2019",
        ),
        ("Van{s}der Kolk et{s}al. (2019) found", "author-year", ("Van der Kolk",), True, "2019"),
    ],
)
def test_unicode_spaces_read_like_plain_spaces(
    space: str,
    template: str,
    kind: str,
    authors: tuple[str, ...],
    et_al: bool,
    year: str | None,
) -> None:
    text = template.format(s=space)
    found = [(c.kind, c.authors, c.et_al, c.year) for c in find_citations(text)]
    assert found == [(kind, authors, et_al, year)]
    plain = [(c.kind, c.authors, c.et_al, c.year) for c in find_citations(template.format(s=" "))]
    assert found == plain


@pytest.mark.parametrize("space", [" ", *UNICODE_SPACES])
def test_reference_et_al_with_unicode_space_is_not_a_name(space: str) -> None:
    ref = parse_reference(
        f"Mithoefer, M. C., Ot'alora G., M., Jerome, L., et{space}al (2019). MDMA-assisted "
        "psychotherapy for PTSD. *Psychopharmacology, 236*, 2735–2745."
    )
    assert ref.authors == ("Mithoefer", "Ot'alora", "Jerome")
    assert ref.et_al
    assert ref.year == "2019"
    assert ref.title == "MDMA-assisted psychotherapy for PTSD"


@pytest.mark.parametrize("space", [" ", *UNICODE_SPACES])
def test_unicode_space_et_al_end_to_end(
    space: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = write(
        tmp_path / "post.md",
        f"Ketamine eased depression within a day for Smith et{space}al. (2019), and "
        f"Lee and{space}colleagues (2020) saw sleep improve (Lee et{space}al., 2020).\n\n"
        "## Sources\n\n"
        "- Smith, J., Ortiz, M., & Brandt, K. (2019). Rapid antidepressant effects of a "
        "ketamine infusion. *Journal of Affective Disorders, 2*(1), 1–9.\n"
        "- Lee, R., Vance, R., & Okafor, T. (2020). Sleep after ketamine infusions. "
        "*Sleep Medicine*, 6(3), 20–28.\n",
    )
    code, out, _ = run(capsys, "check", "--no-cache", "--isolated", "--format", "json", str(post))
    found = [(f["rule"], f["line"], f["column"]) for f in json.loads(out)["findings"]]
    assert [f for f in found if f[0].startswith("CL3")] == []
    assert found == [("CL402", 1, 1), ("CL404", 1, 1)]
    assert code == 1


# --------------------------------------------------------------------------- CL304 indexes


def _mentioned_by_scan(sentences: list[str], name: str, year: str) -> bool:
    """The whole-word test CL304 applied sentence by sentence before its index."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return any(year in text and pattern.search(text) for text in sentences)


INDEX_POST = (
    "A 2019 study by Smith found less pain. Smith-Jones (2020) did not. In 20190 cases "
    "O'Brien saw no change; van der Kolk's 2018 work and Müller’s 2017 one differ. "
    "The _Lee_ 2016 trial and Lee_x 2016 are named. -Park 2015 and Park- 2015 too. "
    "A ٢٠١٤ note by Kim. [Link](https://doi.org/10.1000/ABC.2019) and "
    "[two](https://example.org/x) and [three](https://example.org/x).\n\n"
    "Later, in 2019, Jones wrote; Smith was there in 1999.\n"
)


@pytest.mark.parametrize(
    ("name", "year"),
    [
        ("Smith", "2019"),
        ("Smith", "1999"),
        ("Smith", "2020"),
        ("Jones", "2019"),
        ("Smith-Jones", "2020"),
        ("Jones", "2020"),
        ("O'Brien", "2019"),
        ("O'Brien", "0190"),
        ("Brien", "2019"),
        ("van der Kolk", "2018"),
        ("der Kolk", "2018"),
        ("Kolk", "2018"),
        ("Müller", "2017"),
        ("Lee", "2016"),
        ("Lee_x", "2016"),
        ("Park", "2015"),
        ("-Park", "2015"),
        ("Park-", "2015"),
        ("Kim", "٢٠١٤"),
        ("Kim", "2014"),
        ("’t Hart", "2019"),
        ("Link", "2019"),
        ("", "2019"),
    ],
)
def test_uncited_mention_index_matches_a_scan(name: str, year: str) -> None:
    doc = parse_text(INDEX_POST)
    prose = _Prose(doc)
    sentences = [s.text for s in doc.sentences()]
    assert prose.mentioned(name, year) == _mentioned_by_scan(sentences, name, year)


@pytest.mark.parametrize(
    ("key", "linked"),
    [
        ("10.1000/abc.2019", True),
        ("10.1000/abc", True),
        ("10.1000/abd", False),
        ("example.org/x", True),
        ("https://example.org/y", False),
        ("x", True),
        ("/x", True),
        ("q", False),
        ("abc.2019)", False),
    ],
)
def test_uncited_link_index_matches_a_scan(key: str, linked: bool) -> None:
    doc = parse_text(INDEX_POST)
    hrefs = [link.href.casefold() for b in doc.prose_blocks() for link in b.links]
    assert any(key in href for href in hrefs) is linked
    assert _Prose(doc).linked(key) is linked


def test_uncited_entries_named_or_linked_in_a_long_post(plan: Plan) -> None:
    """Many uncited entries: those a sentence names with their year, or a link points at,
    are cited; the rest are reported, in list order."""
    prose = "".join(
        f"In {1990 + i % 30}, a study by Author{chr(97 + i % 26)}{chr(97 + i // 26)} "
        f"found a change (Hale et al., 2016).\n\n"
        for i in range(0, 120, 2)
    )
    prose += "See [the trial](https://doi.org/10.5555/T7) for more.\n\n"
    entries = "".join(
        f"- Author{chr(97 + i % 26)}{chr(97 + i // 26)}, A. ({1990 + i % 30}). Ketamine "
        f"and sleep, part {i}. *Sleep Medicine*, 6(3), 20–28. https://doi.org/10.5555/t{i}\n"
        for i in range(120)
    )
    text = f"{prose}## Sources\n\n{HALE_2016}\n{entries}"
    found = lint(text, plan, "CL304")
    uncited = [i for i in range(120) if i % 2 == 1 and i != 7]
    assert [f.message.split("'")[1] for f in found] == [
        f"Author{chr(97 + i % 26)}{chr(97 + i // 26)} ({1990 + i % 30})" for i in uncited
    ]


def test_taken_spans_answer_as_a_scan_of_every_span() -> None:
    """The citation finder's overlap test, against the scan it replaced."""
    rng = random.Random(5)
    for _ in range(300):
        spans = _Taken()
        added: list[tuple[int, int]] = []
        for _ in range(rng.randrange(1, 30)):
            a = rng.randrange(0, 200)
            b = a + rng.randrange(1, 20)
            assert spans.free(a, b) == all(b <= x or a >= y for x, y in added)
            if rng.random() < 0.5 or spans.free(a, b):
                spans.add(a, b)
                added.append((a, b))


def test_links_and_markers_found_by_sentence() -> None:
    """A long paragraph's links and superscripts belong to the sentences they stand in."""
    text = " ".join(
        f"Claim {i} holds [here](https://example.org/{i})."
        if i % 3 == 0
        else f"Claim {i} holds<sup>{i}</sup>."
        if i % 3 == 1
        else f"Claim {i} holds [inside](/page/{i})."
        for i in range(60)
    )
    doc = parse_text(text + "\n")
    (block,) = doc.blocks
    assert len(block.sentences) == 60
    for i, sentence in enumerate(block.sentences):
        assert has_citation(sentence) is (i % 3 != 2), sentence.text
        assert [c.text for c in find_citations(sentence.text)] == []
        sups = [c.text for c in sentence_citations(sentence) if c.kind == "superscript"]
        assert sups == ([str(i)] if i % 3 == 1 else [])


def test_subject_words_drop_marks_outside_ascii_only() -> None:
    assert subject_words("Müller’s naïve café – ﬁne İstanbul, 2019") == [
        "muller",
        "naive",
        "cafe",
        "fine",
        "istanbul",
        "2019",
    ]


def test_parenthesised_numbers_cite_a_numbered_list() -> None:
    from claimlint.biblio.intext import find_citations

    def numbered(text: str) -> list[tuple[str, tuple[int, ...]]]:
        return [(c.text, c.numbers) for c in find_citations(text) if c.kind == "numbered"]

    assert numbered("Cold plunges lift mood (1).") == [("(1)", (1,))]
    assert numbered("Saunas help (2, 3); baths less (4-6), we read.") == [
        ("(2, 3)", (2, 3)),
        ("(4-6)", (4, 5, 6)),
    ]
    # enumerations, quantities and function-like text are not citations
    assert numbered("Three steps: (1) sleep, (2) eat, (3) move.") == []
    assert numbered("We saw 12 patients (5) last week.") == []
    assert numbered("The dose f(2) rose (n = 30).") == []
    # before a word, after what names a work: a kind of study, a journal, an author
    assert numbered("A randomised trial (4) found lower blood pressure.") == [("(4)", (4,))]
    assert numbered("A review in the Journal of Thermal Biology (2, 3) agreed.") == [
        ("(2, 3)", (2, 3))
    ]
    assert numbered("Okafor et al. (5) reported fewer colds.") == [("(5)", (5,))]
    assert numbered("Step (1) takes ten minutes, and patients (2) rest.") == []


def test_a_parenthesised_number_past_the_list_is_unresolved(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "post.md").write_text(
        "Cupping eases neck pain (1). Gua sha eases it more (3).\n\n"
        "1. Lauche R, Cramer H, Hohmann C, et al. The effect of traditional cupping on pain "
        "and mechanical thresholds in patients with chronic nonspecific neck pain. Evid "
        "Based Complement Alternat Med. 2012;2012:429718.\n"
        "2. Braun M, Schwickert M, Nielsen A, et al. Effectiveness of traditional Chinese "
        "gua sha therapy in patients with chronic neck pain. Pain Med. 2011;12(3):362-369.\n",
        encoding="utf-8",
    )
    from claimlint.cli import main

    code = main(["check", "--isolated", "--select", "CL303,CL304", "post.md"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[:2] == [
        "post.md:1:52: CL303 warning '(3)' points past the end of the source list (2 entries) "
        "[citation-unresolved]",
        "post.md:4:4: CL304 warning entry 2, Braun et al. (2011), is never cited in the text "
        "[reference-uncited]",
    ]


def test_a_treatment_and_its_year_is_no_citation(plan: Plan) -> None:
    # drugs with the year of their approval read like narrative citations; a name the
    # knowledge pack knows as a treatment is not an author
    text = """
        Naltrexone (1994) and acamprosate (2004) are approved for alcohol use disorder.
        Okafor (2019) found less drinking with both.

        ## References

        1. Lindqvist A. Drinking outcomes. J Addict. 2018;1:2.
        """
    assert [(f.rule, f.start.line, f.start.column) for f in lint(text, plan, "CL303")] == [
        ("CL303", 2, 1)
    ]


AREAS = """
## References

1. Marsh T, Ide K (2018) Foam sclerotherapy of reticular veins and telangiectasias.
   Phlebology 33: 1-8.
2. Quill R (2020) Masseter injections of onabotulinumtoxinA for sleep bruxism.
   J Oral Rehabil 4: 2-9.
3. Ng P (2017) Tesamorelin raises IGF-1 in older men. Growth Horm IGF Res 9: 11-15.
4. Ruiz L (2019) Pelvic floor training for stress incontinence after childbirth.
   Int Urogynecol J 5: 3-7.
"""


@pytest.mark.parametrize(
    "prose",
    [
        # no word in common, one subject: veins, the jaw, growth hormone, the bladder
        "Varicosities may fade after a course of injections [1].",
        "Some people clench less at night after treatment [2].",
        "GH levels rose in a small trial of a similar peptide [3].",
        "Urinary urgency after a birth may ease with practice [4].",
    ],
)
def test_irrelevant_knows_the_other_clinical_areas(plan: Plan, prose: str) -> None:
    assert lint(prose + "\n" + AREAS, plan, "CL307") == []


# -- "and" in the languages of bilingual pages; corporate authors cited by acronym ----------


@pytest.mark.parametrize(
    ("citation", "names"),
    [
        ("(Ortega y Vidal, 2015)", ("Ortega", "Vidal")),
        ("(Rossi e Bianchi, 2012)", ("Rossi", "Bianchi")),
        ("Dubois et Lefèvre (2018)", ("Dubois", "Lefèvre")),
        ("(Becker und Wolf, 2020)", ("Becker", "Wolf")),
        ("(Jansen en de Vries, 2017)", ("Jansen", "de Vries")),
        ("(Alves, Costa e Pinto, 2011)", ("Alves", "Costa", "Pinto")),
    ],
)
def test_two_authors_joined_in_another_language(citation: str, names: tuple[str, ...]) -> None:
    [c] = find_citations(f"Un estudio lo describe {citation}.")
    assert c.authors == names


def test_a_citation_in_another_language_is_checked_against_the_list(plan: Plan) -> None:
    text = """
        La terapia ayudó a algunos pacientes (Ortega y Vidal, 2019).

        ## Bibliografía

        - Ortega, L., & Vidal, M. (2015). Terapia breve y alcohol. *Adicciones, 27*(2), 1–9.
        """
    assert rows(lint(text, plan, "CL301")) == [
        (
            "CL301",
            1,
            39,
            "'Ortega y Vidal, 2019' cites 2019, but the source list has Ortega and Vidal (2015)",
        )
    ]


@pytest.mark.parametrize(
    ("acronym", "organisation"),
    [
        ("NICE", "National Institute for Health and Care Excellence"),
        ("CDC", "Centers for Disease Control and Prevention"),
        ("SAMHSA", "Substance Abuse and Mental Health Services Administration"),
    ],
)
def test_an_acronym_that_leaves_out_a_word_cites_its_organisation(
    plan: Plan, acronym: str, organisation: str
) -> None:
    text = f"""
        Guidance backs a stepped approach ({acronym}, 2008). Another review agreed (Lee, 2010).

        ## References

        - {organisation}. (2008). *Guidance on a stepped approach*. London.
        - Lee, K. (2010). Stepped care reviewed. *Journal of Care, 3*(1), 1–9.
        """
    assert rows(lint(text, plan, "CL304")) == []
    assert rows(lint(text, plan, "CL303")) == []


def test_an_acronym_of_other_words_does_not_cite_an_organisation() -> None:
    assert not same_surname("NHS", "National Institute for Health and Care Excellence")
    assert not same_surname("AMA", "American Psychiatric Association")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Hypnotherapy eased bowel symptoms in one trial", "Hypnosis for functional disorders"),
        ("Hydrotherapy sessions eased stiffness", "Hydrostatic pressure and joint swelling"),
        ("Chemotherapy can cause nausea", "Chemoradiation in head and neck tumours"),
    ],
)
def test_a_therapy_named_by_what_it_works_with_shares_that_subject(
    sentence: str, title: str
) -> None:
    assert subjects(sentence).shared(subjects(title))


def test_a_therapy_shares_nothing_with_an_unrelated_title() -> None:
    assert not subjects("Hypnotherapy eased bowel symptoms").shared(
        subjects("Doxycycline in melanoma cell lines")
    )
