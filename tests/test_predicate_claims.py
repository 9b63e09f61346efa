"""CL116: a treatment stated to change a health outcome, whatever the verb.

Every sentence here was written for this test, across clinical areas, with verbs
that no claim rule lists; the pass cases are the shapes that are not claims."""

from __future__ import annotations

import pytest

from claimlint.run.config import Config
from claimlint.run.plan import build_plan
from tests.cli_support import one_line_findings

PLAN = build_plan(Config(select=["CL116"]), no_cache=True)


def cl116(text: str) -> list[str]:
    """The words each CL116 finding covers."""
    return [words for rule, _, words in one_line_findings(PLAN, text) if rule == "CL116"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Our hydration drip washes away hangover fatigue.", "washes away hangover fatigue"),
        ("Microneedling erases acne scars.", "erases acne scars"),
        ("The laser dissolves floaters in one visit.", "dissolves floaters"),
        ("Prolotherapy rebuilds worn cartilage.", "rebuilds worn cartilage"),
        ("Our clinic restores your sex drive.", "restores your sex drive"),
        ("Each session dials down hot flushes.", "dials down hot flushes"),
        ("Ozone therapy kills the virus behind long COVID.", "kills the virus"),
        ("Cupping drains inflammation from sore muscles.", "drains inflammation"),
        ("Peptide therapy doubles your stamina.", "doubles your stamina"),
        ("The cream smooths away wrinkles overnight.", "smooths away wrinkles"),
        ("Hyperbaric oxygen revived my memory.", "revived my memory"),
        ("Acupuncture, which calms the gut, ends bloating.", "calms the gut"),
        ("Our programme will transform your sleep.", "transform your sleep"),
        # headings in title case
        ("Red Light Therapy Banishes Joint Pain", "Banishes Joint Pain"),
        # a treatment named as a regimen, a plan or a product one uses
        ("This regime melts belly fat.", "melts belly fat"),
        ("Our twelve-week regimen switches off hay fever.", "switches off hay fever"),
        ("The app gives you your sleep back.", "gives you your sleep"),
        ("Your care plan steadies blood sugar.", "steadies blood sugar"),
        ("The wearable calms restless legs.", "calms restless legs"),
        # whatever the clinic calls its own offering
        ("Our wraps melt cellulite.", "melt cellulite"),
        ("Our signature tonic clears eczema.", "clears eczema"),
    ],
)
def test_certain_changes_in_any_verb_are_claims(text: str, words: str) -> None:
    assert cl116(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        # hedged, negated, conditional, questions
        "Acupuncture may ease bloating for some people.",
        "Some clients find the drip eases fatigue.",
        "Microneedling does not erase deep scars.",
        "If the laser clears floaters, you will see better.",
        "Does red light therapy banish joint pain?",
        # cited results are the study's own
        "Prolotherapy rebuilt cartilage in a small trial (Rabago et al., 2013).",
        # purposes and descriptions of a service
        "We use ozone to ease joint pain.",
        "Options for overcoming insomnia include CBT-I.",
        "Sessions cost $90 and take 30 minutes.",
        "The app tracks your sleep and reminds you of appointments.",
        # "our" that owns the body, people or the world, a service described, a training
        "Our bodies lose collagen and our joints stiffen with age.",
        "Here is how our sleep clinic treats chronic insomnia.",
        "Our physiotherapists hold qualifications in sports injury.",
        "The laser targets the fat under the skin.",
        # mechanisms and side effects
        "Semaglutide causes nausea in many patients.",
        "Our team checks your blood pressure before each drip.",
        # a treatment's noun phrase is not its verb; condition names are not claims
        "Ketamine Infusions for Depression",
        "PRP injections for knee pain are not covered by insurance.",
        "Stress and poor sleep raise blood pressure.",
        "Slow-to-heal wounds need a doctor's review.",
        # research as a topic
        "Acupuncture is being studied for hot flushes.",
        "Researchers are testing whether the drip lifts energy.",
    ],
)
def test_what_is_not_a_certain_claim(text: str) -> None:
    assert cl116(text) == []
