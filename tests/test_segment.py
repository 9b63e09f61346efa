"""Tests for claimlint.text.segment.split_sentences."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimlint.text.segment import split_sentences

P = pytest.param


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def assert_valid_spans(text: str, spans: list[tuple[int, int]]) -> None:
    """Spans are ordered, disjoint, trimmed, non-empty and cover all non-whitespace.

    Coverage is checked through the gaps: everything outside the spans is whitespace.
    """
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)
        assert not text[start].isspace()
        assert not text[end - 1].isspace()
        assert not text[previous_end:start].strip()
        previous_end = end
    assert not text[previous_end:].strip()


# --------------------------------------------------------------------------- table

CASES = [
    # ---- plain prose ---------------------------------------------------------------------
    P(
        "Ketamine clinics are growing. Many patients ask about cost.",
        ["Ketamine clinics are growing.", "Many patients ask about cost."],
        id="plain-two",
    ),
    P(
        "Our clinic opened in 2019. It now serves three counties. We accept most insurance.",
        [
            "Our clinic opened in 2019.",
            "It now serves three counties.",
            "We accept most insurance.",
        ],
        id="plain-three",
    ),
    P(
        "Sessions last an hour.   Most people drive home.\nSome bring a friend.",
        ["Sessions last an hour.", "Most people drive home.", "Some bring a friend."],
        id="plain-space-runs-and-hard-break",
    ),
    P("  The intake call is free.  ", ["The intake call is free."], id="plain-trimmed"),
    P("Rest.\t\tRepeat.", ["Rest.", "Repeat."], id="plain-tabs"),
    P("It helps.\u00a0Most days.", ["It helps.", "Most days."], id="plain-nbsp"),
    P("Call us today", ["Call us today"], id="plain-no-terminator"),
    P(
        "Monday to Friday\nWeekends by appointment",
        ["Monday to Friday\nWeekends by appointment"],
        id="plain-hard-break-is-not-a-boundary",
    ),
    P(
        "It ends here.The next one has no space.",
        ["It ends here.The next one has no space."],
        id="plain-no-space-no-split",
    ),
    P("Yes. No. Maybe.", ["Yes.", "No.", "Maybe."], id="plain-one-word-sentences"),
    P(
        "Call 555-0100. Lines open at 8.",
        ["Call 555-0100.", "Lines open at 8."],
        id="plain-phone-number",
    ),
    P(
        "The study was funded by the NIH. It ran for two years.",
        ["The study was funded by the NIH.", "It ran for two years."],
        id="plain-acronym-no-dots",
    ),
    P(
        "The patient had MS. The tremor eased after TMS.",
        ["The patient had MS.", "The tremor eased after TMS."],
        id="plain-ms-is-not-a-title",
    ),
    P(
        "The FDA approved Spravato in 2019. J&J markets it.",
        ["The FDA approved Spravato in 2019.", "J&J markets it."],
        id="plain-ampersand-start",
    ),
    P(
        "Ketamine is Schedule III. It has an accepted medical use.",
        ["Ketamine is Schedule III.", "It has an accepted medical use."],
        id="plain-roman-numeral-word",
    ),
    P(
        "Results were modest (see below). Larger trials are under way.",
        ["Results were modest (see below).", "Larger trials are under way."],
        id="plain-paren-before-stop",
    ),
    P("word . Next", ["word .", "Next"], id="plain-detached-dot"),
    # ---- headings and fragments ----------------------------------------------------------
    P(
        "What to expect at your first TMS session",
        ["What to expect at your first TMS session"],
        id="heading-plain",
    ),
    P("Ketamine vs. SSRIs", ["Ketamine vs. SSRIs"], id="heading-vs"),
    P("FAQ: Is TMS safe?", ["FAQ: Is TMS safe?"], id="heading-question"),
    P("Part 2: the science", ["Part 2: the science"], id="heading-part"),
    P(
        "Why we stopped giving Dr. Google advice",
        ["Why we stopped giving Dr. Google advice"],
        id="heading-title-abbrev",
    ),
    P(
        "Chapter 2. What the studies show",
        ["Chapter 2. What the studies show"],
        id="heading-chapter-number",
    ),
    P("IV. Results", ["IV. Results"], id="heading-roman-enumerator"),
    # ---- questions and exclamations ------------------------------------------------------
    P(
        "Is ketamine safe? Most studies say yes.",
        ["Is ketamine safe?", "Most studies say yes."],
        id="question-basic",
    ),
    P(
        "Does insurance cover TMS?! It depends on your plan.",
        ["Does insurance cover TMS?!", "It depends on your plan."],
        id="question-interrobang-run",
    ),
    P(
        "Is this the right fit for you‽ Let us help.",
        ["Is this the right fit for you‽", "Let us help."],
        id="question-interrobang-char",
    ),
    P(
        "We did it! Our hundredth patient graduated today.",
        ["We did it!", "Our hundredth patient graduated today."],
        id="exclaim-basic",
    ),
    P("Wow!!! That was fast.", ["Wow!!!", "That was fast."], id="exclaim-run"),
    P("Really?? Yes.", ["Really??", "Yes."], id="question-double"),
    P(
        "Why wait? 90% of callers get a slot within a week.",
        ["Why wait?", "90% of callers get a slot within a week."],
        id="question-then-digit",
    ),
    P("Nervous? Don't be.", ["Nervous?", "Don't be."], id="question-short"),
    P(
        "Who qualifies? who pays? These questions matter.",
        ["Who qualifies? who pays?", "These questions matter."],
        id="question-lowercase-continuation",
    ),
    P(
        '"Can ketamine help?" asked one patient.',
        ['"Can ketamine help?" asked one patient.'],
        id="question-quoted-title-lowercase",
    ),
    P(
        "“Will it hurt?” she asked, and the nurse smiled.",
        ["“Will it hurt?” she asked, and the nurse smiled."],
        id="question-curly-quoted-lowercase",
    ),
    P(
        'He asked, "Is it safe?" The nurse nodded.',
        ['He asked, "Is it safe?"', "The nurse nodded."],
        id="question-quote-closes-sentence",
    ),
    P(
        "“Is it safe?” The answer depends on the dose.",
        ["“Is it safe?”", "The answer depends on the dose."],
        id="question-curly-closes-sentence",
    ),
    P(
        "Could psilocybin help (and for whom?) remains an open question.",
        ["Could psilocybin help (and for whom?) remains an open question."],
        id="question-inside-parens",
    ),
    P(
        "The survey (n = 212) asked: “Would you return?” Most said yes.",
        ["The survey (n = 212) asked: “Would you return?”", "Most said yes."],
        id="question-survey-quote",
    ),
    P('"Wow!" she said.', ['"Wow!" she said.'], id="exclaim-quoted-lowercase"),
    P(
        '"Why?", she asked. Nobody knew.',
        ['"Why?", she asked.', "Nobody knew."],
        id="question-quote-comma",
    ),
    P("Is it legal? In Oregon, yes.", ["Is it legal?", "In Oregon, yes."], id="question-in"),
    P("Ça va? Oui.", ["Ça va?", "Oui."], id="question-french"),
    P(
        "Smiles everywhere! 🎉 Book your spot.",
        ["Smiles everywhere!", "🎉 Book your spot."],
        id="exclaim-then-emoji",
    ),
    # ---- ellipses ------------------------------------------------------------------------
    P(
        "She hesitated… then agreed to try EMDR.",
        ["She hesitated… then agreed to try EMDR."],
        id="ellipsis-char-lowercase",
    ),
    P(
        "The results were... mixed.",
        ["The results were... mixed."],
        id="ellipsis-dots-lowercase",
    ),
    P(
        "We waited... Nothing changed for weeks.",
        ["We waited...", "Nothing changed for weeks."],
        id="ellipsis-dots-capital",
    ),
    P("It works… Sometimes.", ["It works…", "Sometimes."], id="ellipsis-char-capital"),
    P(
        "Patients say “I felt… lighter” after treatment.",
        ["Patients say “I felt… lighter” after treatment."],
        id="ellipsis-inside-quote",
    ),
    P(
        'Some told us "it was... strange" at first.',
        ['Some told us "it was... strange" at first.'],
        id="ellipsis-inside-straight-quote",
    ),
    P(
        "…and that is why we opened. Welcome.",
        ["…and that is why we opened.", "Welcome."],
        id="ellipsis-leading-glued",
    ),
    P(
        "... Then the phone rang.",
        ["... Then the phone rang."],
        id="ellipsis-leading-spaced",
    ),
    P(
        "I paused . . . Then I booked.",
        ["I paused . . .", "Then I booked."],
        id="ellipsis-spaced-dots",
    ),
    P("Wait. . .", ["Wait. . ."], id="ellipsis-spaced-trailing"),
    P("The list goes on... and on.", ["The list goes on... and on."], id="ellipsis-and-on"),
    P(
        "It was over.... Or so we thought.",
        ["It was over....", "Or so we thought."],
        id="ellipsis-four-dots",
    ),
    P(
        "It was fine. ...Until it was not.",
        ["It was fine.", "...Until it was not."],
        id="ellipsis-next-sentence-leading",
    ),
    P(
        "We tried SSRIs, SNRIs… Ketamine finally worked.",
        ["We tried SSRIs, SNRIs…", "Ketamine finally worked."],
        id="ellipsis-before-name",
    ),
    P(
        'He said "wait..." and left.',
        ['He said "wait..." and left.'],
        id="ellipsis-closing-quote-lowercase",
    ),
    # ---- citations -----------------------------------------------------------------------
    P(
        "Response rates reached 70% in one day.[1] Later trials were smaller.",
        ["Response rates reached 70% in one day.[1]", "Later trials were smaller."],
        id="cite-bracket-glued",
    ),
    P(
        "Response rates reached 70% in one day. [2,3] Later trials were smaller.",
        ["Response rates reached 70% in one day. [2,3]", "Later trials were smaller."],
        id="cite-bracket-spaced-list",
    ),
    P(
        "Response rates reached 70%.[^4] Later trials were smaller.",
        ["Response rates reached 70%.[^4]", "Later trials were smaller."],
        id="cite-footnote",
    ),
    P(
        "Response rates reached 70% [1]. Later trials were smaller.",
        ["Response rates reached 70% [1].", "Later trials were smaller."],
        id="cite-before-stop",
    ),
    P(
        "The effect was rapid (Zarate et al., 2006). Later trials confirmed it.",
        ["The effect was rapid (Zarate et al., 2006).", "Later trials confirmed it."],
        id="cite-author-year-before-stop",
    ),
    P(
        "The effect faded within a week.[2][3] Booster sessions may help.",
        ["The effect faded within a week.[2][3]", "Booster sessions may help."],
        id="cite-two-brackets",
    ),
    P(
        "The effect faded within a week. [2, 5–7] Booster sessions may help.",
        ["The effect faded within a week. [2, 5–7]", "Booster sessions may help."],
        id="cite-range-en-dash",
    ),
    P(
        "Remission was common.^1^ Relapse was too.",
        ["Remission was common.^1^", "Relapse was too."],
        id="cite-pandoc-superscript",
    ),
    P(
        "Remission was common.¹ Relapse was too.",
        ["Remission was common.¹", "Relapse was too."],
        id="cite-unicode-superscript",
    ),
    P(
        "Remission was common.¹⁻³ Relapse was too.",
        ["Remission was common.¹⁻³", "Relapse was too."],
        id="cite-unicode-superscript-range",
    ),
    P(
        "Remission was common.[1](#ref-1) Relapse was too.",
        ["Remission was common.[1](#ref-1)", "Relapse was too."],
        id="cite-markdown-link",
    ),
    P(
        "The review was clear.[^review-2021] It found weak evidence.",
        ["The review was clear.[^review-2021]", "It found weak evidence."],
        id="cite-footnote-label",
    ),
    P(
        "Benefits last weeks.[4] but they fade.",
        ["Benefits last weeks.[4] but they fade."],
        id="cite-then-lowercase",
    ),
    P(
        "See the trial [12]. It enrolled 40 adults.",
        ["See the trial [12].", "It enrolled 40 adults."],
        id="cite-numbered-before-stop",
    ),
    P(
        "Results were modest (see [3]). Larger studies are under way.",
        ["Results were modest (see [3]).", "Larger studies are under way."],
        id="cite-inside-parens",
    ),
    P(
        "Results were modest. [Editor's note: a new trial began in May.] We will update this.",
        [
            "Results were modest.",
            "[Editor's note: a new trial began in May.]",
            "We will update this.",
        ],
        id="cite-editor-note-is-not-a-citation",
    ),
    P(
        "Most patients improved.\n[5] A few relapsed.",
        ["Most patients improved.\n[5]", "A few relapsed."],
        id="cite-after-hard-break",
    ),
    P(
        "Most patients improved. [1]",
        ["Most patients improved. [1]"],
        id="cite-at-end",
    ),
    P(
        "Sleep improved too (Lee, 2020; Ortiz, 2021). Anxiety did not.",
        ["Sleep improved too (Lee, 2020; Ortiz, 2021).", "Anxiety did not."],
        id="cite-two-author-year",
    ),
    # ---- et al. --------------------------------------------------------------------------
    P(
        "Zarate et al. (2006) found a rapid antidepressant effect.",
        ["Zarate et al. (2006) found a rapid antidepressant effect."],
        id="et-al-narrative-1",
    ),
    P(
        "Zarate et al. found a rapid antidepressant effect.",
        ["Zarate et al. found a rapid antidepressant effect."],
        id="et-al-narrative-2",
    ),
    P(
        "Berman et al. reported similar results in 2000.",
        ["Berman et al. reported similar results in 2000."],
        id="et-al-narrative-3",
    ),
    P(
        "This idea was tested by Berman et al. The results were striking.",
        ["This idea was tested by Berman et al.", "The results were striking."],
        id="et-al-ends-sentence-the",
    ),
    P(
        "As noted by Smith et al. In contrast, other teams saw no effect.",
        ["As noted by Smith et al.", "In contrast, other teams saw no effect."],
        id="et-al-ends-sentence-in",
    ),
    P(
        "Smith et al. [7] replicated the finding.",
        ["Smith et al. [7] replicated the finding."],
        id="et-al-cite-then-verb",
    ),
    P(
        "It was first shown by Smith et al.[7] Later work disagreed.",
        ["It was first shown by Smith et al.[7]", "Later work disagreed."],
        id="et-al-cite-ends-sentence",
    ),
    P(
        "Smith et al. 2019 is the key paper.",
        ["Smith et al. 2019 is the key paper."],
        id="et-al-year-no-parens",
    ),
    P(
        "Smith et al.'s trial was small.",
        ["Smith et al.'s trial was small."],
        id="et-al-possessive",
    ),
    P(
        "Two trials agree (Smith et al. 2019; Lee et al. 2021). Both used saline.",
        ["Two trials agree (Smith et al. 2019; Lee et al. 2021).", "Both used saline."],
        id="et-al-parenthetical-list",
    ),
    P(
        "Okafor et al. (2021) and Lind et al. (2022) disagree.",
        ["Okafor et al. (2021) and Lind et al. (2022) disagree."],
        id="et-al-two-narrative",
    ),
    P(
        "This was shown by Smith et al.",
        ["This was shown by Smith et al."],
        id="et-al-end-of-text",
    ),
    P(
        "Data from Moreno et al. Patients in that trial were older.",
        ["Data from Moreno et al.", "Patients in that trial were older."],
        id="et-al-then-domain-starter",
    ),
    # ---- titles --------------------------------------------------------------------------
    P(
        "Dr. Patel leads our ketamine program.",
        ["Dr. Patel leads our ketamine program."],
        id="title-dr",
    ),
    P(
        "Ask Dr. Patel. She answers every email.",
        ["Ask Dr. Patel.", "She answers every email."],
        id="title-dr-then-split-after-name",
    ),
    P(
        "Mr. and Mrs. Okafor donated the lobby art.",
        ["Mr. and Mrs. Okafor donated the lobby art."],
        id="title-mr-mrs",
    ),
    P(
        "Ms. Rivera, our nurse, starts every IV.",
        ["Ms. Rivera, our nurse, starts every IV."],
        id="title-ms",
    ),
    P(
        "We met Ms. Lee at intake.",
        ["We met Ms. Lee at intake."],
        id="title-ms-mid",
    ),
    P(
        "Prof. Nguyen and Dr. Alvarez co-authored the protocol.",
        ["Prof. Nguyen and Dr. Alvarez co-authored the protocol."],
        id="title-prof",
    ),
    P("Rev. Hall visits on Sundays.", ["Rev. Hall visits on Sundays."], id="title-rev"),
    P(
        "(Dr. Lind disagrees.) Her data differ.",
        ["(Dr. Lind disagrees.)", "Her data differ."],
        id="title-in-parenthetical-sentence",
    ),
    P(
        "St. John's wort interacts with many antidepressants.",
        ["St. John's wort interacts with many antidepressants."],
        id="title-st-saint",
    ),
    P(
        "The clinic is on Main St. The entrance faces the park.",
        ["The clinic is on Main St.", "The entrance faces the park."],
        id="title-st-street-ends",
    ),
    P(
        "Martin Luther King Jr. Boulevard is two blocks away.",
        ["Martin Luther King Jr. Boulevard is two blocks away."],
        id="title-jr-before-name",
    ),
    P(
        "The study was led by Carlos Reyes Jr. He retired in 2020.",
        ["The study was led by Carlos Reyes Jr.", "He retired in 2020."],
        id="title-jr-ends-sentence",
    ),
    P(
        "His name is Carlos Ruiz Sr. His son works here too.",
        ["His name is Carlos Ruiz Sr.", "His son works here too."],
        id="title-sr-ends-sentence",
    ),
    P(
        "Our director is Jane Park, M.D. She trained in Boston.",
        ["Our director is Jane Park, M.D.", "She trained in Boston."],
        id="title-md-ends-sentence",
    ),
    P(
        "She works at M.D. Anderson in Houston.",
        ["She works at M.D. Anderson in Houston."],
        id="title-md-anderson",
    ),
    P(
        "Dr. Okafor, Ph.D., runs the lab.",
        ["Dr. Okafor, Ph.D., runs the lab."],
        id="title-phd-commas",
    ),
    P(
        "She earned a Ph.D. in pharmacology.",
        ["She earned a Ph.D. in pharmacology."],
        id="title-phd-lowercase",
    ),
    P(
        "Our lab is run by Dr. Ruiz, Ph.D. The lab opened in 2018.",
        ["Our lab is run by Dr. Ruiz, Ph.D.", "The lab opened in 2018."],
        id="title-phd-ends-sentence",
    ),
    P(
        "He earned his M.D. at 26.",
        ["He earned his M.D. at 26."],
        id="title-md-lowercase",
    ),
    P(
        "We partner with Acme Inc. Their nurses are certified.",
        ["We partner with Acme Inc.", "Their nurses are certified."],
        id="title-inc-ends-sentence",
    ),
    P(
        "Acme Inc. supplies our infusion pumps.",
        ["Acme Inc. supplies our infusion pumps."],
        id="title-inc-mid",
    ),
    # ---- Latin and other abbreviations ---------------------------------------------------
    P(
        "Some drugs, e.g. ketamine, act quickly.",
        ["Some drugs, e.g. ketamine, act quickly."],
        id="latin-eg-lower",
    ),
    P(
        "Some drugs (e.g. Ketamine) act quickly.",
        ["Some drugs (e.g. Ketamine) act quickly."],
        id="latin-eg-capital",
    ),
    P(
        "Rapid options, i.e. Spravato, need monitoring.",
        ["Rapid options, i.e. Spravato, need monitoring."],
        id="latin-ie-capital",
    ),
    P(
        "E.g. Ketamine works within hours.",
        ["E.g. Ketamine works within hours."],
        id="latin-eg-sentence-initial",
    ),
    P(
        "Dosing is weight-based, i.e. mg per kg.",
        ["Dosing is weight-based, i.e. mg per kg."],
        id="latin-ie-lower",
    ),
    P(
        "Ketamine vs. ECT: which works faster?",
        ["Ketamine vs. ECT: which works faster?"],
        id="latin-vs",
    ),
    P(
        "Compare esketamine vs. Placebo in Table 2.",
        ["Compare esketamine vs. Placebo in Table 2."],
        id="latin-vs-capital",
    ),
    P(
        "Response was 58.3% vs. 20.1% for placebo.",
        ["Response was 58.3% vs. 20.1% for placebo."],
        id="latin-vs-numbers",
    ),
    P(
        "Results differ (cf. Lee, 2020).",
        ["Results differ (cf. Lee, 2020)."],
        id="latin-cf",
    ),
    P(
        "We treat depression, anxiety, PTSD, etc. and we do it well.",
        ["We treat depression, anxiety, PTSD, etc. and we do it well."],
        id="latin-etc-lower",
    ),
    P(
        "We treat depression, anxiety, PTSD, etc. The list keeps growing.",
        ["We treat depression, anxiety, PTSD, etc.", "The list keeps growing."],
        id="latin-etc-ends-sentence",
    ),
    P(
        "We accept cash, cards, etc. Please ask about payment plans.",
        ["We accept cash, cards, etc.", "Please ask about payment plans."],
        id="latin-etc-please",
    ),
    P(
        "We treat depression, anxiety, etc. Ketamine is one option.",
        ["We treat depression, anxiety, etc. Ketamine is one option."],
        id="latin-etc-before-name-known-limitation",
    ),
    P(
        "Keep a log (dose, time, mood, etc.) for your provider.",
        ["Keep a log (dose, time, mood, etc.) for your provider."],
        id="latin-etc-in-parens",
    ),
    P(
        "(TMS, EMDR, etc.) The menu keeps growing.",
        ["(TMS, EMDR, etc.)", "The menu keeps growing."],
        id="latin-etc-paren-ends",
    ),
    P(
        "Watch for side effects, e.g. nausea, dizziness, etc., and report them.",
        ["Watch for side effects, e.g. nausea, dizziness, etc., and report them."],
        id="latin-eg-etc-comma",
    ),
    P(
        "Wait approx. 40 minutes after the infusion.",
        ["Wait approx. 40 minutes after the infusion."],
        id="abbrev-approx",
    ),
    P(
        "The practice was founded ca. 1990 by two nurses.",
        ["The practice was founded ca. 1990 by two nurses."],
        id="abbrev-ca",
    ),
    P(
        "We treat adults, esp. Veterans with PTSD.",
        ["We treat adults, esp. Veterans with PTSD."],
        id="abbrev-esp",
    ),
    P(
        "Our p.r.n. policy is strict.",
        ["Our p.r.n. policy is strict."],
        id="abbrev-prn",
    ),
    P(
        "The ruling in Roe v. Wade is not medical advice.",
        ["The ruling in Roe v. Wade is not medical advice."],
        id="abbrev-legal-v",
    ),
    # ---- numbers -------------------------------------------------------------------------
    P("Take 2.5 mg/kg as directed.", ["Take 2.5 mg/kg as directed."], id="number-decimal"),
    P(
        "The mean dose was 0.5 mg/kg. Most patients tolerated it.",
        ["The mean dose was 0.5 mg/kg.", "Most patients tolerated it."],
        id="number-decimal-then-split",
    ),
    P(
        "The sample grew to 40. 12 patients dropped out.",
        ["The sample grew to 40.", "12 patients dropped out."],
        id="number-sentence-starts-with-digit",
    ),
    P(
        "Our app is now v2.1. It fixes reminders.",
        ["Our app is now v2.1.", "It fixes reminders."],
        id="number-version",
    ),
    P(
        "Scores dropped by 3.5 points on average.",
        ["Scores dropped by 3.5 points on average."],
        id="number-decimal-mid",
    ),
    P(
        "Fees rose 4.5% in 2023. They will stay flat in 2024.",
        ["Fees rose 4.5% in 2023.", "They will stay flat in 2024."],
        id="number-percent-year",
    ),
    P(
        "Costs range from $400 to $800. Insurance may cover part.",
        ["Costs range from $400 to $800.", "Insurance may cover part."],
        id="number-dollars",
    ),
    P(
        "The cost is €350. Some plans reimburse it.",
        ["The cost is €350.", "Some plans reimburse it."],
        id="number-euros",
    ),
    P(
        "Patients (n = 40) were randomized. 20 received ketamine.",
        ["Patients (n = 40) were randomized.", "20 received ketamine."],
        id="number-n-equals",
    ),
    P(
        "Doses of .5 mg are rare.",
        ["Doses of .5 mg are rare."],
        id="number-leading-dot-decimal",
    ),
    P(
        "It ended in 2006.. Then a new trial began.",
        ["It ended in 2006..", "Then a new trial began."],
        id="number-double-dot",
    ),
    # ---- number-taking abbreviations -----------------------------------------------------
    P("See Fig. 2 for the timeline.", ["See Fig. 2 for the timeline."], id="numbered-fig"),
    P("See Fig. S1 for dropout data.", ["See Fig. S1 for dropout data."], id="numbered-fig-s1"),
    P(
        "Details are on p. 14 of the report.",
        ["Details are on p. 14 of the report."],
        id="numbered-p",
    ),
    P("Details are in pp. 14–18.", ["Details are in pp. 14–18."], id="numbered-pp"),
    P(
        "It was ranked No. 1 in patient satisfaction.",
        ["It was ranked No. 1 in patient satisfaction."],
        id="numbered-no-digit",
    ),
    P(
        "No. Ketamine is not an opioid.",
        ["No.", "Ketamine is not an opioid."],
        id="numbered-no-is-a-word",
    ),
    P(
        "The answer is no. Ketamine is not an opioid.",
        ["The answer is no.", "Ketamine is not an opioid."],
        id="numbered-lowercase-no-is-a-word",
    ),
    P(
        "The guide appeared in Vol. 3 of the series.",
        ["The guide appeared in Vol. 3 of the series."],
        id="numbered-vol",
    ),
    P(
        "The guide appeared in Vol. II of the series.",
        ["The guide appeared in Vol. II of the series."],
        id="numbered-vol-roman",
    ),
    P(
        "Enrollment opens Jan. 15 each year.",
        ["Enrollment opens Jan. 15 each year."],
        id="numbered-month",
    ),
    P(
        "Enrollment opened in Jan. The waitlist filled fast.",
        ["Enrollment opened in Jan.", "The waitlist filled fast."],
        id="numbered-month-ends-sentence",
    ),
    P("Eq. 3 gives the dose.", ["Eq. 3 gives the dose."], id="numbered-eq-initial"),
    P(
        "See Fig. (3) and Table 2.",
        ["See Fig. (3) and Table 2."],
        id="numbered-fig-paren",
    ),
    # ---- units ---------------------------------------------------------------------------
    P(
        "The dose was 50 mg. Patients tolerated it well.",
        ["The dose was 50 mg.", "Patients tolerated it well."],
        id="unit-mg-ends",
    ),
    P(
        "Each session lasts 40 min. and includes a check-in.",
        ["Each session lasts 40 min. and includes a check-in."],
        id="unit-min-lower",
    ),
    P(
        "Each session lasts 40 min. The nurse stays nearby.",
        ["Each session lasts 40 min.", "The nurse stays nearby."],
        id="unit-min-ends",
    ),
    P(
        "The usual dose is 84 mg. It is given twice weekly.",
        ["The usual dose is 84 mg.", "It is given twice weekly."],
        id="unit-mg-it",
    ),
    P(
        "Infuse over 40 min. Monitor blood pressure throughout.",
        ["Infuse over 40 min.", "Monitor blood pressure throughout."],
        id="unit-min-imperative",
    ),
    P(
        "Dosing: 10 µg. The patch is changed weekly.",
        ["Dosing: 10 µg.", "The patch is changed weekly."],
        id="unit-micrograms",
    ),
    P(
        "Dosing starts at 5 µg/kg. Nurses adjust it.",
        ["Dosing starts at 5 µg/kg.", "Nurses adjust it."],
        id="unit-per-kg",
    ),
    P(
        "Give 25 mcg. The effect is brief.",
        ["Give 25 mcg.", "The effect is brief."],
        id="unit-mcg",
    ),
    P(
        "The trial ran 12 wks. Most gains came early.",
        ["The trial ran 12 wks.", "Most gains came early."],
        id="unit-wks",
    ),
    P(
        "The drive takes 2 hrs. Plan accordingly.",
        ["The drive takes 2 hrs.", "Plan accordingly."],
        id="unit-hrs",
    ),
    P(
        "Rest for 1 hr. after each infusion.",
        ["Rest for 1 hr. after each infusion."],
        id="unit-hr-lower",
    ),
    P(
        'The label reads "Store below 25 °C." Keep it dry.',
        ['The label reads "Store below 25 °C."', "Keep it dry."],
        id="unit-degrees-in-quote",
    ),
    # ---- initials ------------------------------------------------------------------------
    P(
        "C. A. Zarate led the first trial.",
        ["C. A. Zarate led the first trial."],
        id="initials-two",
    ),
    P(
        "The novel by J. R. R. Tolkien sits in our waiting room.",
        ["The novel by J. R. R. Tolkien sits in our waiting room."],
        id="initials-three",
    ),
    P(
        "Zarate, C. A., Jr., Singh, J. B., and Carlson, P. J. wrote the paper.",
        ["Zarate, C. A., Jr., Singh, J. B., and Carlson, P. J. wrote the paper."],
        id="initials-reference-style",
    ),
    P(
        "The lead author was Carlos A. Zarate of the NIMH.",
        ["The lead author was Carlos A. Zarate of the NIMH."],
        id="initials-middle",
    ),
    P(
        "A paper by É. Moreau appeared in 2021.",
        ["A paper by É. Moreau appeared in 2021."],
        id="initials-accented",
    ),
    P(
        "Dr. J. Smith reviewed the chart.",
        ["Dr. J. Smith reviewed the chart."],
        id="initials-after-title",
    ),
    P(
        "The letter was signed by H. G. Wells himself.",
        ["The letter was signed by H. G. Wells himself."],
        id="initials-hg-wells",
    ),
    P(
        "The J.R.R. Tolkien estate sued.",
        ["The J.R.R. Tolkien estate sued."],
        id="initials-glued",
    ),
    P(
        "Patients with hepatitis C. The study excluded them.",
        ["Patients with hepatitis C.", "The study excluded them."],
        id="initials-hepatitis-letter-ends",
    ),
    P(
        "We check vitamin D. Low levels are common.",
        ["We check vitamin D.", "Low levels are common."],
        id="initials-vitamin-letter-ends",
    ),
    P(
        "Participants were assigned to group B. Group A received saline.",
        ["Participants were assigned to group B.", "Group A received saline."],
        id="initials-group-letter-ends",
    ),
    P(
        "The drug was tested in phase I. Phase II starts soon.",
        ["The drug was tested in phase I.", "Phase II starts soon."],
        id="initials-phase-roman-ends",
    ),
    P(
        "Ask about Plan B. It covers travel costs.",
        ["Ask about Plan B.", "It covers travel costs."],
        id="initials-plan-letter-ends",
    ),
    P(
        "Nobody was more surprised than I. We had expected nothing.",
        ["Nobody was more surprised than I.", "We had expected nothing."],
        id="initials-pronoun-i",
    ),
    P(
        "Neither did I. Nor did she.",
        ["Neither did I.", "Nor did she."],
        id="initials-pronoun-i-nor",
    ),
    P(
        "She took vitamin B12. It helped.",
        ["She took vitamin B12.", "It helped."],
        id="initials-b12",
    ),
    P(
        "The grant went to Lee, K. The clinic got nothing.",
        ["The grant went to Lee, K.", "The clinic got nothing."],
        id="initials-ends-before-starter",
    ),
    # ---- dotted acronyms -----------------------------------------------------------------
    P(
        "Ketamine is an approved anesthetic in the U.S. The nasal spray is approved too.",
        ["Ketamine is an approved anesthetic in the U.S.", "The nasal spray is approved too."],
        id="dotted-us-ends",
    ),
    P(
        "The U.S. Food and Drug Administration approved it in 2019.",
        ["The U.S. Food and Drug Administration approved it in 2019."],
        id="dotted-us-agency",
    ),
    P(
        "Clinics in the U.K. and the U.S.A. report similar demand.",
        ["Clinics in the U.K. and the U.S.A. report similar demand."],
        id="dotted-uk-usa-lower",
    ),
    P(
        "The drug is licensed in the U.K. However, access varies.",
        ["The drug is licensed in the U.K.", "However, access varies."],
        id="dotted-uk-however",
    ),
    P(
        "It is sold in the U.S.A. Our patients import nothing.",
        ["It is sold in the U.S.A.", "Our patients import nothing."],
        id="dotted-usa-ends",
    ),
    P(
        "Sessions run until 5 p.m. We also open on Saturdays.",
        ["Sessions run until 5 p.m.", "We also open on Saturdays."],
        id="dotted-pm-ends",
    ),
    P(
        "Arrive by 8 a.m. on infusion days.",
        ["Arrive by 8 a.m. on infusion days."],
        id="dotted-am-lower",
    ),
    P(
        "Infusions end at 6 p.m. After that, call the hotline.",
        ["Infusions end at 6 p.m.", "After that, call the hotline."],
        id="dotted-pm-after",
    ),
    P(
        "The line opens at 9 a.m. Eastern time.",
        ["The line opens at 9 a.m. Eastern time."],
        id="dotted-am-eastern",
    ),
    P(
        "The team moved to Washington, D.C. in 2015.",
        ["The team moved to Washington, D.C. in 2015."],
        id="dotted-dc-lower",
    ),
    P(
        "The office is in Washington, D.C. It opened in 2015.",
        ["The office is in Washington, D.C.", "It opened in 2015."],
        id="dotted-dc-ends",
    ),
    P(
        "The clinic, founded in the U.S. in 2015, has closed.",
        ["The clinic, founded in the U.S. in 2015, has closed."],
        id="dotted-us-mid-clause",
    ),
    P(
        "A U.S.-based team ran the trial.",
        ["A U.S.-based team ran the trial."],
        id="dotted-us-hyphenated",
    ),
    P(
        "He was born in the U.S. A few years later he moved.",
        ["He was born in the U.S.", "A few years later he moved."],
        id="dotted-us-then-article",
    ),
    P("The U.S. FDA approved it.", ["The U.S. FDA approved it."], id="dotted-us-fda"),
    P("Take it b.i.d. Then stop.", ["Take it b.i.d.", "Then stop."], id="dotted-bid-ends"),
    P(
        "The dose was 0.5 mg/kg i.v. Patients were monitored.",
        ["The dose was 0.5 mg/kg i.v.", "Patients were monitored."],
        id="dotted-iv-ends",
    ),
    # ---- URLs, e-mails, domains ----------------------------------------------------------
    P(
        "Visit example.com for directions.",
        ["Visit example.com for directions."],
        id="url-domain",
    ),
    P(
        "Read the paper at doi.org/10.1001/jama.2019.1234 before your visit.",
        ["Read the paper at doi.org/10.1001/jama.2019.1234 before your visit."],
        id="url-doi",
    ),
    P(
        "Email intake@brightpath.clinic. We reply within a day.",
        ["Email intake@brightpath.clinic.", "We reply within a day."],
        id="url-email-ends",
    ),
    P(
        "Book online at https://www.example.org/book?ref=blog. Walk-ins are welcome.",
        ["Book online at https://www.example.org/book?ref=blog.", "Walk-ins are welcome."],
        id="url-full-ends",
    ),
    P(
        "Our site, calmtms.com, lists prices.",
        ["Our site, calmtms.com, lists prices."],
        id="url-domain-commas",
    ),
    P(
        "Trials are listed at clinicaltrials.gov. Search for NCT01234567.",
        ["Trials are listed at clinicaltrials.gov.", "Search for NCT01234567."],
        id="url-gov-ends",
    ),
    P(
        "Write to help@example.org or call. We answer fast.",
        ["Write to help@example.org or call.", "We answer fast."],
        id="url-email-mid",
    ),
    P(
        "See https://example.org/" + "a" * 80 + ". The link is long.",
        ["See https://example.org/" + "a" * 80 + ".", "The link is long."],
        id="url-very-long-token",
    ),
    P(
        "Is it at example.com/faq? Yes, under pricing.",
        ["Is it at example.com/faq?", "Yes, under pricing."],
        id="url-question",
    ),
    # ---- quotes and brackets -------------------------------------------------------------
    P(
        'The nurse said, "Rest first." Then we started.',
        ['The nurse said, "Rest first."', "Then we started."],
        id="quote-straight-closes",
    ),
    P(
        "She called it “a reset.” Others disagree.",
        ["She called it “a reset.”", "Others disagree."],
        id="quote-curly-closes",
    ),
    P(
        "He wrote 'never again.' Then he booked a second session.",
        ["He wrote 'never again.'", "Then he booked a second session."],
        id="quote-single-closes",
    ),
    P(
        "She said: ‘Enough.’ Then she left.",
        ["She said: ‘Enough.’", "Then she left."],
        id="quote-curly-single-closes",
    ),
    P(
        "Some call it a miracle (it is not.) We prefer data.",
        ["Some call it a miracle (it is not.)", "We prefer data."],
        id="bracket-closes",
    ),
    P(
        "(Most insurers cover it.) Call to confirm.",
        ["(Most insurers cover it.)", "Call to confirm."],
        id="bracket-whole-sentence",
    ),
    P(
        "Our motto is “heal first.” and we mean it.",
        ["Our motto is “heal first.” and we mean it."],
        id="quote-closes-then-lowercase",
    ),
    P(
        "It is not a cure. **Talk to your doctor.** Then decide.",
        ["It is not a cure.", "**Talk to your doctor.**", "Then decide."],
        id="emphasis-markers",
    ),
    P(
        "Results vary. “Most patients feel calmer,” says our nurse.",
        ["Results vary.", "“Most patients feel calmer,” says our nurse."],
        id="quote-opens-next",
    ),
    P(
        "Results vary. (See our FAQ.) Ask us anything.",
        ["Results vary.", "(See our FAQ.)", "Ask us anything."],
        id="bracket-opens-next",
    ),
    P(
        "Results vary. «Patience helps,» one patient wrote.",
        ["Results vary.", "«Patience helps,» one patient wrote."],
        id="quote-guillemets",
    ),
    # ---- lists and enumerators -----------------------------------------------------------
    P("1. Book a consultation.", ["1. Book a consultation."], id="enum-digit"),
    P("Step 1. Book a consultation.", ["Step 1. Book a consultation."], id="enum-step"),
    P(
        "Step 2. Complete the screening form. Step 3. Meet your provider.",
        ["Step 2. Complete the screening form.", "Step 3. Meet your provider."],
        id="enum-steps",
    ),
    P(
        "After you finish step 1. Then move on to the survey.",
        ["After you finish step 1.", "Then move on to the survey."],
        id="enum-mid-sentence-splits",
    ),
    P("a. Eat a light breakfast.", ["a. Eat a light breakfast."], id="enum-letter-lower"),
    P(
        "Q. Is TMS painful? A. Most people feel tapping.",
        ["Q. Is TMS painful?", "A. Most people feel tapping."],
        id="enum-q-and-a",
    ),
    P(
        "Tip #3. Hydrate before each session.",
        ["Tip #3. Hydrate before each session."],
        id="enum-tip",
    ),
    P("2.1. Methods", ["2.1. Methods"], id="enum-dotted-number"),
    P(
        "The trial had 3 arms. 2 used ketamine.",
        ["The trial had 3 arms.", "2 used ketamine."],
        id="enum-digit-start-after-sentence",
    ),
    P(
        "Bring these items: ID, insurance card, a snack. That is all.",
        ["Bring these items: ID, insurance card, a snack.", "That is all."],
        id="list-inline",
    ),
    P("Table 2. Adverse events by arm", ["Table 2. Adverse events by arm"], id="caption-table"),
    P("Fig. 1. Timeline of care.", ["Fig. 1. Timeline of care."], id="caption-fig"),
    P(
        "Figure 3. Patients improved. Then they relapsed.",
        ["Figure 3. Patients improved.", "Then they relapsed."],
        id="caption-figure-then-prose",
    ),
    P(
        "Smith, J. (2020). Ketamine for depression. Journal of Psychiatry, 4(2), 1–9.",
        ["Smith, J. (2020).", "Ketamine for depression.", "Journal of Psychiatry, 4(2), 1–9."],
        id="reference-entry",
    ),
    # ---- non-ASCII -----------------------------------------------------------------------
    P(
        "The effect was fast—within hours. Some patients cried.",
        ["The effect was fast—within hours.", "Some patients cried."],
        id="unicode-em-dash-word",
    ),
    P(
        "It works — mostly. A few saw no change.",
        ["It works — mostly.", "A few saw no change."],
        id="unicode-em-dash-spaced",
    ),
    P(
        "Our café serves decaf. Caffeine can raise anxiety.",
        ["Our café serves decaf.", "Caffeine can raise anxiety."],
        id="unicode-cafe",
    ),
    P(
        "Naïve patients respond better. Prior users less so.",
        ["Naïve patients respond better.", "Prior users less so."],
        id="unicode-naive",
    ),
    P(
        "Renée Côté, R.N., runs intake. Élodie handles billing.",
        ["Renée Côté, R.N., runs intake.", "Élodie handles billing."],
        id="unicode-accented-capital-start",
    ),
    P(
        "Most patients improve. — Dr. Ana Ruiz",
        ["Most patients improve. — Dr. Ana Ruiz"],
        id="unicode-attribution-dash",
    ),
    P(
        "Results improved. ¿Hablas español? Llámanos.",
        ["Results improved.", "¿Hablas español?", "Llámanos."],
        id="unicode-inverted-question",
    ),
    P(
        "The Œuvre clinic closed. Its staff moved.",
        ["The Œuvre clinic closed.", "Its staff moved."],
        id="unicode-ligature",
    ),
    P(
        "Doses are tiny. µg amounts suffice.",
        ["Doses are tiny. µg amounts suffice."],
        id="unicode-micro-sign-lowercase-start",
    ),
    P(
        "Ketamine (≈0.5 mg/kg) is typical. Higher doses are rare.",
        ["Ketamine (≈0.5 mg/kg) is typical.", "Higher doses are rare."],
        id="unicode-approx-sign",
    ),
    P(
        "Use our app. iPhone users can book online.",
        ["Use our app. iPhone users can book online."],
        id="lowercase-start-known-limitation",
    ),
    P(
        "No. 3 on our list is sleep.",
        ["No. 3 on our list is sleep."],
        id="numbered-no-sentence-initial",
    ),
    # ---- degenerate input ----------------------------------------------------------------
    P(".", ["."], id="degenerate-dot"),
    P("!!!", ["!!!"], id="degenerate-bangs"),
    P(". Leading dot", [". Leading dot"], id="degenerate-leading-dot"),
    P("e.g.", ["e.g."], id="degenerate-abbrev-only"),
    P("Dr.", ["Dr."], id="degenerate-title-only"),
    P("? ! .", ["? ! ."], id="degenerate-punctuation-only"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_table(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[start:end] for start, end in spans] == expected
    assert_valid_spans(text, spans)


def test_table_is_large() -> None:
    assert len(CASES) >= 150
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))


# --------------------------------------------------------------------------- spans


@pytest.mark.parametrize("text", ["", " ", "\n", " \t\n\u00a0 "])
def test_blank_text(text: str) -> None:
    assert split_sentences(text) == []


def test_exact_offsets() -> None:
    text = "  It works.[1]  \n Does it last?  Maybe…\n"
    assert split_sentences(text) == [(2, 14), (18, 31), (33, 39)]


def test_returns_plain_int_tuples() -> None:
    spans = split_sentences("One. Two.")
    assert spans == [(0, 4), (5, 9)]
    assert all(type(a) is int and type(b) is int for a, b in spans)


# --------------------------------------------------------------------------- properties

_CHARS = list("aZé ..!?…\"'“”‘’()[]^¹-,;:\n\t0123456789")
_CHUNKS = ["e.g.", "U.S.", "et al.", "Dr.", "[1]", "[^2]", " The ", " the ", "...", "C. "]
_ALPHABET = st.sampled_from([*_CHARS, *_CHUNKS])
_PROSE = st.lists(_ALPHABET, max_size=60).map("".join)


@given(_PROSE)
@settings(max_examples=400, deadline=None)
def test_spans_valid_on_prose_like_text(text: str) -> None:
    assert_valid_spans(text, split_sentences(text))


@given(st.text(max_size=200))
@settings(max_examples=400, deadline=None)
def test_spans_valid_on_arbitrary_text(text: str) -> None:
    assert_valid_spans(text, split_sentences(text))


@given(_PROSE, _PROSE)
@settings(max_examples=200, deadline=None)
def test_whitespace_padding_shifts_spans(left: str, text: str) -> None:
    """Leading whitespace only shifts the spans; it never changes the segmentation."""
    pad = " \n " * (len(left) % 4)
    shifted = split_sentences(pad + text)
    assert shifted == [(a + len(pad), b + len(pad)) for a, b in split_sentences(text)]


@given(_PROSE)
@settings(max_examples=200, deadline=None)
def test_deterministic(text: str) -> None:
    assert split_sentences(text) == split_sentences(text)


# --------------------------------------------------------------------------- pathological input

MEGABYTE = 1_000_000

PATHOLOGICAL = [
    P("a. " * (MEGABYTE // 3), id="a-dot-space"),
    P("." * MEGABYTE, id="dots"),
    P("a" * MEGABYTE, id="letters"),
    P(" " * MEGABYTE, id="spaces"),
    P("." * MEGABYTE + "a", id="dots-then-letter"),
    P("A. " * (MEGABYTE // 6), id="initials"),
    P("e.g. " * (MEGABYTE // 10), id="never-ending-abbreviations"),
    P("It. [1," * (MEGABYTE // 14), id="unclosed-citations"),
    P(".[^" * (MEGABYTE // 6), id="unclosed-footnotes"),
    P("." + ")" * (MEGABYTE // 2) + "x", id="closers"),
    P(". " + " " * (MEGABYTE // 2) + "[1] Next", id="space-run-before-citation"),
    P("?!" * (MEGABYTE // 4) + " Next", id="mixed-terminator-run"),
    P("x.y" * (MEGABYTE // 6), id="dotted-token"),
]


@pytest.mark.parametrize("text", PATHOLOGICAL)
def test_pathological_input_finishes(text: str) -> None:
    started = time.perf_counter()
    spans = split_sentences(text)
    elapsed = time.perf_counter() - started
    # Generous bound: it only catches super-linear blow-ups, never machine speed.
    assert elapsed < 20
    assert_valid_spans(text, spans)
