"""What a sentence or a title is about, and whether two of them share a subject.

A subject is a drug, condition, mechanism, treatment or population. Two texts
share one when they name the same concept, through a small domain synonym list
(psilocybin ~ psychedelic ~ "magic mushrooms", depression ~ depressive ~ MDD,
ketamine ~ esketamine ~ NMDA antagonist), or when they share a content word
once research vocabulary ("study", "randomized", "patients", "efficacy") and
function words are set aside. Words are compared by a light stem (plural and
common endings dropped, then the first seven letters), so British and American
spellings that differ late in the word ("randomised", "anaesthesia") meet.

The measure is deliberately generous: ``citation-irrelevant`` reports only a
citation whose title shares nothing at all with the sentence citing it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

#: Concept -> terms. A trailing ``*`` matches any ending; other single words also match
#: their plural. One term may stand in several concepts (ketamine is a glutamate drug).
CONCEPTS: dict[str, tuple[str, ...]] = {
    "ketamine": (
        "ketamine",
        "esketamine",
        "arketamine",
        "spravato",
        "ketalar",
        "nmda antagonist*",
        "nmda receptor antagonist*",
        "n methyl d aspartate antagonist*",
        "n methyl d aspartate receptor antagonist*",
        "nasal spray",
        "intranasal",
        "kap",
        "ketamine assisted",
    ),
    "glutamate": (
        "glutamat*",
        "nmda*",
        "ampa",
        "n methyl d aspartate",
        "mglur*",
        "ketamine",
        "esketamine",
        "arketamine",
    ),
    "psychedelic": (
        "psychedelic*",
        "hallucinogen*",
        "psilocybin",
        "psilocin",
        "psilocybe",
        "lsd",
        "lysergic acid diethylamide",
        "lysergide",
        "mdma",
        "ecstasy",
        "midomafetamine",
        "methylenedioxymethamphetamine",
        "ayahuasca",
        "dmt",
        "dimethyltryptamine",
        "mescaline",
        "peyote",
        "ibogaine",
        "entactogen*",
        "empathogen*",
        "magic mushroom*",
        "mushroom*",
        "5 meo dmt",
        "psychoactive",
        "hallucinat*",
        "mystical",
    ),
    "psilocybin": ("psilocybin", "psilocin", "psilocybe", "magic mushroom*", "mushroom*"),
    "lsd": ("lsd", "lysergic acid diethylamide", "lysergide"),
    "mdma": ("mdma", "ecstasy", "midomafetamine", "methylenedioxymethamphetamine", "molly"),
    "ayahuasca": ("ayahuasca", "dmt", "dimethyltryptamine", "harmine"),
    "depression": (
        "depress*",
        "mdd",
        "trd",
        "antidepress*",
        "mood",
        "moods",
        "mood disorder*",
        "dysthymi*",
        "melanchol*",
        "unipolar",
        "anhedoni*",
        "escitalopram",
        "sertraline",
        "fluoxetine",
        "citalopram",
        "paroxetine",
        "venlafaxine",
        "ssri*",
        "snri*",
        "phq 9",
        "hamilton",
        "madrs",
        "star d",
    ),
    "anxiety": (
        "anxi*",
        "gad",
        "panic",
        "phobi*",
        "existential distress",
        "worry",
        "worries",
        "fear",
        "fears",
        "nervous*",
    ),
    "trauma": (
        "ptsd",
        "post traumatic",
        "posttraumatic",
        "trauma*",
        "stress disorder*",
        "combat",
        "nightmare*",
        "hypervigilan*",
        "flashback*",
        "fear circuit*",
        "fear memor*",
        "cptsd",
    ),
    "suicide": ("suicid*", "self harm", "self injur*", "self injurious"),
    "bipolar": ("bipolar", "mania", "manic"),
    "psychosis": ("psychos*", "psychotic*", "schizophreni*", "hallucinat*"),
    "ocd": ("ocd", "obsessive*", "compulsive*"),
    "addiction": (
        "addict*",
        "substance use",
        "substance misuse",
        "alcohol*",
        "opioid*",
        "opiate*",
        "heroin",
        "cocaine",
        "smoking",
        "smokers",
        "tobacco",
        "nicotine",
        "dependence",
        "use disorder*",
        "misuse",
        "abuse",
        "craving*",
        "antiaddict*",
        "drinking",
    ),
    "eating": ("anorexi*", "bulimi*", "eating disorder*", "binge"),
    "sleep": ("sleep*", "insomnia*", "circadian"),
    "pain": ("pain*", "analges*", "fibromyalgi*", "migraine*", "headache*", "neuropath*"),
    "cancer": (
        "cancer*",
        "tumour*",
        "tumor*",
        "oncolog*",
        "carcinoma*",
        "melanoma*",
        "glioblastoma*",
        "glioma*",
        "leukemi*",
        "leukaemi*",
        "lymphoma*",
        "metasta*",
        "chemotherap*",
        "life threatening",
        "terminal",
        "terminally",
        "palliative",
        "end of life",
        "advanced stage",
    ),
    "cardiovascular": (
        "cardiovascular",
        "cardiac",
        "heart",
        "blood pressure",
        "hypertensi*",
        "hemodynamic*",
        "haemodynamic*",
        "atheroscler*",
        "myocardial",
        "stroke",
        "vascular",
        "heart rate",
    ),
    "metabolic": (
        "diabet*",
        "glucose",
        "insulin",
        "metformin",
        "glycemic",
        "glycaemic",
        "obesity",
        "weight",
        "semaglutide",
        "tirzepatide",
        "glp 1",
    ),
    "infection": (
        "covid*",
        "sars cov 2",
        "coronavirus",
        "vaccin*",
        "antibiot*",
        "antimicrob*",
        "bacteri*",
        "infection*",
        "viral",
        "virus*",
        "tubercul*",
        "antitubercular",
    ),
    "inflammation": (
        "inflamm*",
        "antiinflammatory",
        "anti inflammatory",
        "cytokine*",
        "interleukin*",
    ),
    "neuroplasticity": (
        "plasticity",
        "neuroplastic*",
        "synap*",
        "dendrit*",
        "dendritic spine*",
        "bdnf",
        "neurotrophic",
        "mtor",
        "neurogenesis",
        "neural connections",
        "new connections",
        "rewir*",
        "brain cells",
        "neural growth",
        "capacity for change",
        "spinogenesis",
        "neural circuits",
        "neural pathways",
    ),
    "serotonin": (
        "serotonin*",
        "serotonergic",
        "5 ht",
        "5 ht2a",
        "5 ht 2a",
        "5ht2a",
        "ssri*",
        "selective serotonin",
    ),
    "brain networks": (
        "connectivity",
        "default mode",
        "dmn",
        "brain network*",
        "resting state",
        "thalam*",
        "cortex",
        "cortical",
        "amygdala",
        "prefrontal",
        "hippocamp*",
        "brain activity",
        "fmri",
        "neuroimaging",
        "brain scan*",
        "brain imaging",
        "neural activity",
        "insula",
        "entropy",
    ),
    "cognition": (
        "memor*",
        "cognit*",
        "recall",
        "neurocognit*",
        "attention",
        "executive function*",
        "vividness",
        "flexibility",
        "rumination",
        "thought patterns",
        "self referential",
    ),
    "dissociation": ("dissociat*", "derealization", "depersonalization", "out of body"),
    "bladder": ("bladder", "cystitis", "urinary", "urolog*", "ulcerative cystitis"),
    "side effects": (
        "side effect*",
        "adverse event*",
        "adverse effect*",
        "adverse reaction*",
        "tolerab*",
        "toxicit*",
        "nausea",
        "vomiting",
        "sedation",
        "abuse potential",
        "safety",
        "safe",
        "risk*",
        "harm*",
        "seizure*",
    ),
    "brain stimulation": (
        "tms",
        "rtms",
        "dtms",
        "transcranial",
        "magnetic stimulation",
        "itbs",
        "theta burst",
        "brain stimulation",
        "neuromodulation",
        "snt",
        "saint",
        "dorsolateral prefrontal",
        "dlpfc",
        "neuronavigat*",
    ),
    "ect": ("ect", "electroconvulsive", "shock therapy"),
    "emdr": (
        "emdr",
        "eye movement*",
        "desensiti*",
        "reprocessing",
        "bilateral stimulation",
    ),
    "psychotherapy": (
        "psychotherap*",
        "therapist*",
        "counsel*",
        "cbt",
        "cognitive behavio*",
        "cognitive processing",
        "prolonged exposure",
        "exposure therapy",
        "talk therapy",
        "integration",
        "therapeutic alliance",
        "alliance",
        "psychological support",
        "psychological therap*",
        "psychological intervention*",
        "assisted therapy",
        "assisted psychotherapy",
        "kap",
        "psychotherapeutic",
    ),
    "infusion": ("infusion*", "intravenous", "iv"),
    "home use": ("telehealth", "telemedicine", "at home", "sublingual", "lozenge*", "troche*"),
    "veterans": ("veteran*", "military", "service members", "soldiers", "combat"),
    "young people": (
        "adolescen*",
        "teen*",
        "youth",
        "young people",
        "children",
        "child",
        "paediatric",
        "pediatric",
        "juvenile",
    ),
    "older adults": ("elderly", "older adults", "geriatric", "late life"),
    "pregnancy": ("pregnan*", "perinatal", "postpartum", "postnatal", "prenatal"),
    "exercise": ("exercis*", "physical activity", "fitness", "lifestyle"),
}

#: Words that say nothing about a subject: function words, research and reporting words,
#: generic clinical words. Listed as written; they are stemmed like everything else.
_GENERIC_WORDS = """
a about above across after again against all almost also although always among an and
another any are around as at be because been before being below between both but by can
could did do does doing done down during each either else even ever every few for from
further had has have having he her here hers him his how however i if in into is it its
itself just least less like likely many may more most much must my near nearly neither no
nor not now of off often on once one only or other others otherwise our ours out over own
per perhaps rather same several she should since so some such than that the their theirs
them then there these they this those though through thus to too toward towards under
until up upon us very via was we well were what when where whether which while who whom
whose why will with within without would yet you your yours

study studies studied trial trials trialled trialed research researcher researchers
randomized randomised randomly controlled control controls placebo sham blind double
single triple open label pilot phase multicenter multicentre multisite site sites
patient patients participant participants people person persons subject subjects adult
adults individual individuals men women male female healthy volunteer volunteers
sample cohort group groups arm arms population populations case cases
effect effects effective effectiveness efficacy efficacious safety safe outcome
outcomes result results finding findings found find finds evidence data analysis
analyses analytic analyzed analysed review reviews systematic meta synthesis
synthesizing overview update perspective perspectives commentary consensus statement
expert opinion opinions guideline guidelines recommendation recommendations implication
implications evaluation evaluating assessment assessing measure measures measured
measurement scale scales score scores rate rates rating response responses responder
responders remission relapse rapid rapidly fast quick slow long longer term short
follow followup week weeks month months year years day days hour hours time times
dose doses dosed dosing dosage repeated repeat single first second third new novel
current future recent recently early late later previous prior
treatment treatments treat treated treating therapy therapies therapeutic therapeutics
clinical clinic clinics clinician clinicians care health healthcare medical medicine
medicines medication medications drug drugs agent agents compound compounds
intervention interventions approach approaches management program programme
programs programmes service services practice practices setting settings
disorder disorders disease diseases illness illnesses condition conditions symptom
symptoms severity severe moderate mild chronic acute major minor
role use used using uses usage based associated association associations among
versus vs compared comparison comparing comparative acceptability change changes
changed increase increased increases increasing decrease decreased decreases reduce
reduced reduces reduction improve improved improves improvement improvements
potential possible evaluation demonstrate demonstrated shows show showed shown
suggest suggests suggested report reports reported describe described find
conclude concluded help helps helped work works worked lead leads led make makes made
high higher low lower level levels large larger small smaller significant significantly
greater great well better best important key main primary secondary
mechanism mechanisms action actions function functions functional biological molecular
pathway process processes factor factors model models
mental psychiatric psychiatry psychological psychology behavioral behavioural brain
human humans life lives world real way ways part parts number total full
united states national international american european global
efficacy tolerability acceptability
enhance enhanced enhances enhancing induce induced induces inducing induction promote
promoted promotes promoting activate activated activates activation facilitate
facilitated facilitates facilitating support supported supports supporting provide
provided provides providing produce produced produces producing involve involved
involves involving include included includes including require required requires
remain remained remains begin began begun explore explored exploring examine examined
examines evaluate evaluated evaluates test tested testing assess assessed investigate
investigated investigating consider considered need needs needed offer offered offers
allow allowed allows enable enabled enables receive received receiving give given gave
take taken took start started keep kept continue continued become became remain
develop developed development new insight insights understanding understand known
unknown common rare typical typically general generally specific overall average
various different similar same other additional further additive multiple numerous
across against whole entire complete completely substantial sustained lasting durable
beyond following followed before after earlier later first last next final
term terms type types kind kinds form forms level area areas field fields role roles
case approach system systems structure structures activity
essential crucial critical vital necessary important importance central core
"""


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    w = word
    for suffix, repl in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ing", ""),
        ("edly", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4 and not w.endswith(("ss", "us", "is")):
            w = w[: -len(suffix)] + repl
            break
    return w[:7]


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


_GENERIC = frozenset(_stem(w) for w in _GENERIC_WORDS.split())


def _term_pattern(term: str) -> str:
    words = _normalise(term.rstrip("*")).split()
    body = r"\s".join(re.escape(w) for w in words)
    if term.endswith("*"):
        return body + r"[a-z0-9]*"
    return body + r"(?:s|es)?"


@lru_cache(maxsize=1)
def _concept_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (name, re.compile(r"\b(?:" + "|".join(_term_pattern(t) for t in terms) + r")\b"))
        for name, terms in CONCEPTS.items()
    )


@dataclass(frozen=True, slots=True)
class Subjects:
    """What a text is about."""

    concepts: frozenset[str]
    """Concepts of the synonym list the text names."""
    stems: frozenset[str]
    """Stems of its other content words."""

    def shared(self, other: Subjects) -> frozenset[str]:
        """Concepts and stems the two texts have in common."""
        return (self.concepts & other.concepts) | (self.stems & other.stems)

    def __bool__(self) -> bool:
        return bool(self.concepts or self.stems)


def subjects(text: str) -> Subjects:
    """The concepts and content-word stems of ``text``."""
    norm = _normalise(text)
    concepts = frozenset(name for name, pattern in _concept_patterns() if pattern.search(norm))
    stems = frozenset(
        s
        for w in norm.split()
        if len(w) >= 4 and w.isalpha()
        for s in (_stem(w),)
        if s not in _GENERIC
    )
    return Subjects(concepts, stems)
