"""A rule's documentation texts do what they say: its ``example`` is flagged by the rule,
and its ``better`` wording is flagged by no rule that is on by default.

``claimlint explain`` and the SARIF help show both texts; a better wording that another
rule reports (or the rule itself) would teach the reader the wrong lesson. Each text is
linted as a one-paragraph post with every default rule on (and the rule itself, should it
be opt-in), in the jurisdiction its ``examples.options`` name.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from claimlint.core.builtin import builtin_rules_dir
from claimlint.core.model import Finding
from claimlint.engine.linter import ActiveRule, Plan
from claimlint.engine.rule import Rule
from claimlint.engine.selfcheck import load_rules
from claimlint.run.config import Config
from claimlint.run.runner import lint_text

RULESET = load_rules([builtin_rules_dir()])
RULES = sorted(RULESET.rules.values(), key=lambda r: r.id)

#: System rules report on the run (a crash, a suppression, the file), not on wording, and
#: carry no example or better text.
EXEMPT = {
    "CL900": "internal error: raised by a crashing rule, not by any text",
    "CL901": "unused suppression: needs a suppression comment, documented in prose",
    "CL902": "unreadable file: needs bytes that are not UTF-8",
    "CL903": "invalid front matter: needs a broken front-matter block",
    "CL904": "invalid directive: needs a malformed suppression comment",
}


@dataclass(frozen=True, slots=True)
class Post:
    """The rest of a post that a rule's texts need and a paragraph cannot hold.

    The citation rules compare the text with the post's source list (and CL309 with its
    date), so their ``example`` and ``better`` show the prose and then, after " ... " or
    in a closing parenthesis, describe the rest in words. The test checks that the text
    ends with that description (``cut``), so the two stay in step, cuts it off and lints
    the prose between ``front`` and ``sources``, written out here.
    """

    example_cut: str
    """How the rule's ``example`` ends: the description of the rest of the post."""
    sources: str
    """The source list (Markdown, after the prose)."""
    better_cut: str = ""
    """How its ``better`` ends, if it describes the post too."""
    better_sources: str | None = None
    """The better wording's source list, where it is not the example's."""
    front: str = ""
    """Front matter."""

    def wrap(self, text: str, cut: str, sources: str) -> str:
        assert text.endswith(cut), f"the text should end with {cut!r}: {text!r}"
        prose = text[: len(text) - len(cut)] if cut else text
        return f"{self.front}{prose}\n\n{sources}"


DUMAN = """\
## Sources

- Duman, R. S., Aghajanian, G. K., Sanacora, G., & Krystal, J. H. (2016). Synaptic \
plasticity and depression: New insights from stress and rapid-acting antidepressants. \
*Nature Medicine*, 22(3), 238–249.
"""

MURROUGH = """\
## Sources

- Murrough, J. W., Iosifescu, D. V., Chang, L. C., Al Jurdi, R. K., Green, C. E., \
Perez, A. M., Iqbal, S., Pillemer, S., Foulkes, A., Shah, A., Charney, D. S., & \
Mathew, S. J. (2013). Antidepressant efficacy of ketamine in treatment-resistant major \
depression: A two-site randomized controlled trial. *American Journal of Psychiatry*, \
170(10), 1134–1142.
"""

ZARATE = """\
- Zarate, C. A., Jr., Singh, J. B., Carlson, P. J., Brutsche, N. E., Ameli, R., \
Luckenbaugh, D. A., Charney, D. S., & Manji, H. K. (2006). A randomized trial of an \
N-methyl-D-aspartate antagonist in treatment-resistant major depression. *Archives of \
General Psychiatry*, 63(8), 856–864.
"""

KRYSTAL = """\
- Krystal, J. H., Abdallah, C. G., Sanacora, G., Charney, D. S., & Duman, R. S. (2019). \
Ketamine: A paradigm shift for depression research and treatment. *Neuron*, 101(5), \
774–778.
"""

IADAROLA = """\
## Sources

- Iadarola, N. D., Niciu, M. J., Richards, E. M., Vande Voort, J. L., Ballard, E. D., \
Lundin, N. B., Nugent, A. C., Machado-Vieira, R., & Zarate, C. A., Jr. (2015). Ketamine \
and other N-methyl-D-aspartate receptor antagonists in the treatment of depression: A \
perspective review. *Therapeutic Advances in Chronic Disease*, 6(3), 97–114.
"""

VANCE = """\
## Sources

- Vance, R., & Okafor, T. (2020). Sleep after an infusion. *Journal of Examples*, 6(3), 20–28.
"""

HALE = "- Hale, P., Ortiz, M., & Brandt, K. ({year}). Rapid effects of an infusion. \
*Journal of Examples*, 2(1), 1–9.{doi}\n"


def hale(year: int = 2016, doi: str = "") -> str:
    """The source list of the source-verification rules' texts (CL310-CL314), whose
    examples' registry holds Hale et al. (2016)."""
    return "## Sources\n\n" + HALE.format(year=year, doi=f" https://doi.org/{doi}" if doi else "")


POSTS: dict[str, Post] = {
    "CL301": Post(" ... Sources: Duman, R. S. (2016). ...", DUMAN),
    "CL302": Post(" ... Murrough, J. W., ... (2013). ...", MURROUGH),
    "CL303": Post(" (no Abdallah entry)", "## Sources\n\n" + ZARATE),
    "CL304": Post(
        " ... Sources: Zarate et al. (2006); Krystal et al. (2019)",
        "## Sources\n\n" + ZARATE + KRYSTAL,
    ),
    "CL305": Post(
        " (entry 6 is in Med Res Rev)",
        "## References\n\n6. Hale P, Ortiz M. Lasting benefits of ketamine. "
        "Med Res Rev. 2020;40(1):263-292.\n",
    ),
    "CL306": Post(" (title: '... a perspective review')", IADAROLA),
    "CL307": Post(
        " (entry 3: doxycycline in melanoma cells)",
        "## References\n\n3. Hale P, Ortiz M. Doxycycline in melanoma cells. J Examples. "
        "2010;2(1):1-9.\n",
        better_cut=" (entry 3: a trial of psilocybin for depression)",
        better_sources="## References\n\n3. Hale P, Ortiz M. A trial of psilocybin for "
        "depression. J Examples. 2021;5(2):10-19.\n",
    ),
    "CL308": Post(" (the work has two authors)", VANCE),
    "CL309": Post(
        " (a 2024 post)", "## Sources\n\n" + ZARATE, front="---\ndate: 2024-03-01\n---\n"
    ),
    "CL310": Post(
        " (the entry: Hale & Ortiz (2021), a paper no registry has)",
        "## Sources\n\n- Hale, P., & Ortiz, M. (2021). Ketamine cures treatment-resistant "
        "depression in one session. *Journal of Examples*, 7(2), 11–19.\n",
        better_cut=" (the entry copied from the paper's journal page)",
        better_sources=hale(),
    ),
    "CL311": Post(
        " (the entry says 2019; the journal published the paper in 2016)",
        hale(2019),
        better_cut=" (the entry corrected to 2016)",
        better_sources=hale(),
    ),
    "CL312": Post(" (the paper was retracted in 2020)", hale(), better_sources=""),
    "CL313": Post(
        " (the entry's DOI, 10.5555/example.2016.9, does not exist)",
        hale(doi="10.5555/example.2016.9"),
        better_cut=" (the entry's DOI copied from the paper: 10.5555/example.2016.1)",
        better_sources=hale(doi="10.5555/example.2016.1"),
    ),
    "CL314": Post(" (Crossref did not answer)", hale(), better_sources=""),
}


def lint(rule: Rule, text: str) -> list[Finding]:
    """``text`` as a post, every default rule and ``rule`` on, in the rule's jurisdiction
    (what ``claimlint check --extend-select RULE`` does, without its rule cache)."""
    config = Config()
    config.options.update(rule.example_options)
    on = {r.id: ActiveRule(r, r.severity) for r in RULES if r.default_enabled or r is rule}
    return lint_text(text, "post.md", Plan(RULESET, on, dict(config.options)), config)


def texts(rule: Rule) -> tuple[str, str]:
    """The example and the better wording as posts."""
    post = POSTS.get(rule.id)
    if post is None:
        return rule.doc.example, rule.doc.better
    return (
        post.wrap(rule.doc.example, post.example_cut, post.sources),
        post.wrap(
            rule.doc.better,
            post.better_cut,
            post.sources if post.better_sources is None else post.better_sources,
        ),
    )


def shown(findings: list[Finding]) -> list[str]:
    return [f"{f.rule} {f.start.line}:{f.start.column} {f.message}" for f in findings]


CHECKED = [r for r in RULES if r.id not in EXEMPT]


def test_exemptions_are_system_rules() -> None:
    assert {r.id for r in RULES if r.kind == "system"} == set(EXEMPT)


@pytest.mark.parametrize("rule", CHECKED, ids=lambda r: r.id)
def test_example_is_flagged_by_its_rule(rule: Rule) -> None:
    example, _ = texts(rule)
    found = lint(rule, example)
    assert any(f.rule == rule.id for f in found), (
        f"{rule.id}'s example is not flagged by it: {example!r}: {shown(found)}"
    )


@pytest.mark.parametrize("rule", CHECKED, ids=lambda r: r.id)
def test_better_is_flagged_by_no_default_rule(rule: Rule) -> None:
    _, better = texts(rule)
    found = lint(rule, better)
    assert not found, f"{rule.id}'s better wording is flagged: {better!r}: {shown(found)}"
