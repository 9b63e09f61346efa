#!/usr/bin/env python3
"""Benchmark claimlint against the markdown-it-py floor on a generated corpus.

Usage (from the repository, with claimlint installed in the interpreter that runs it)::

    python scripts/bench.py                       # N = 100, 1000, 5000; writes docs/performance.md
    python scripts/bench.py --sizes 100,1000      # a quicker subset
    python scripts/bench.py --sizes 100 --no-doc  # print the table only

Every figure is measured in this one run, each command in a fresh process:

* the floor: reading every file and parsing it with markdown-it-py (claimlint's
  own parser configuration), nothing else;
* ``claimlint check`` with the default rules, ``--jobs 1`` and ``--jobs 2``,
  result cache off (``--no-cache``; the compiled rule set is cached, as after
  any first run);
* the same tree again with the result cache: a first run that fills it
  (cold) and a second over the unchanged tree (warm);
* ``claimlint check one-post.md`` from a fresh process, the median of
  ``--repeat`` runs, against ``python -c pass``: with the compiled rule set
  cached, and with ``--no-cache`` (no cache folder at all, as in a fresh CI
  container);
* the speed issue's own yardstick, when ``../shared/bench`` is present (or
  ``--shared-bench``): its generator's 1,000 posts of seed 1, its floor
  (``floor_parse.py``: ``MarkdownIt('commonmark')``, no plugins) and
  ``claimlint check --jobs 1`` timed alternately, three rounds, medians;
* one 10 MB post, for the per-megabyte rate of very long posts;
* textlint (with textlint-rule-prh) and proselint on that corpus (else on this
  script's 1,000 posts), when
  installed (on ``PATH``: ``npm install textlint textlint-rule-prh`` and
  ``pip install proselint`` in a folder of their own, then put its
  ``node_modules/.bin`` and the virtual environment's ``bin`` on ``PATH``);
* the peak resident memory of each command (``ru_maxrss`` of the child from
  ``wait4``: with ``--jobs 2`` the largest of its processes).

The corpus is deterministic (a seeded generator): the same ``--seed`` gives
byte-identical posts on every machine. Child processes run with byte-code
caching on (``PYTHONDONTWRITEBYTECODE`` removed, ``PYTHONPYCACHEPREFIX`` in
the work folder) as an installed claimlint has it, and are warmed once before
timing.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "performance.md"

# ---------------------------------------------------------------------------
# the corpus

TREATMENTS = (
    ("ketamine", "ketamine infusions"),
    ("esketamine", "esketamine nasal spray"),
    ("ketamine-assisted psychotherapy", "KAP sessions"),
    ("psilocybin", "psilocybin therapy"),
    ("MDMA", "MDMA-assisted therapy"),
    ("TMS", "transcranial magnetic stimulation"),
    ("semaglutide", "compounded semaglutide"),
    ("tirzepatide", "tirzepatide injections"),
    ("NAD+", "NAD+ infusions"),
    ("stem cells", "stem cell therapy"),
    ("hyperbaric oxygen", "hyperbaric oxygen therapy"),
    ("low-dose naltrexone", "LDN"),
    ("stellate ganglion block", "SGB"),
    ("EMDR", "EMDR therapy"),
    ("CBD", "CBD oil"),
)
CONDITIONS = (
    "depression",
    "treatment-resistant depression",
    "anxiety",
    "PTSD",
    "chronic pain",
    "OCD",
    "fibromyalgia",
    "migraine",
    "obesity",
    "insomnia",
    "alcohol use disorder",
    "postpartum depression",
    "long COVID",
    "suicidal ideation",
    "bipolar depression",
)
CLINICS = (
    "Harbor Light Wellness",
    "Summit Infusion Center",
    "Cascade Mind Clinic",
    "Blue Ridge Ketamine",
    "Northstar Psychiatry",
    "Evergreen Integrative Health",
    "Lakeside Renewal",
    "Mesa Wellness Institute",
)
SURNAMES = (
    "Zarate",
    "Berman",
    "Murrough",
    "Molero",
    "Duman",
    "Popova",
    "Daly",
    "Carhart-Harris",
    "Mitchell",
    "Davis",
    "Goodwin",
    "Phillips",
    "McInnes",
    "Fava",
    "Wilkinson",
    "Anand",
    "Singh",
    "Krystal",
    "Sanacora",
    "Lindqvist",
    "Müller",
    "van der Kolk",
    "O'Brien",
    "Nguyen",
    "Okafor",
    "García-Romeu",
    "Johnson",
    "Griffiths",
    "Ross",
    "Bogenschutz",
)
JOURNALS = (
    "Am J Psychiatry",
    "JAMA Psychiatry",
    "Biol Psychiatry",
    "N Engl J Med",
    "Lancet Psychiatry",
    "Mol Psychiatry",
    "J Affect Disord",
    "Nat Med",
    "Neuropsychopharmacology",
    "CNS Drugs",
)
JOURNALS_APA = (
    "American Journal of Psychiatry",
    "JAMA Psychiatry",
    "Biological Psychiatry",
    "The New England Journal of Medicine",
    "The Lancet Psychiatry",
    "Molecular Psychiatry",
    "Journal of Affective Disorders",
    "Nature Medicine",
    "Neuropsychopharmacology",
    "CNS Drugs",
)
STUDY_TITLES = (
    "A randomized trial of {t} in {c}",
    "Efficacy and safety of {t} for {c}: a systematic review and meta-analysis",
    "Rapid effects of {t} in patients with {c}: an open-label pilot study",
    "{T} versus placebo for {c}: a double-blind randomized controlled trial",
    "Long-term outcomes after {t} for {c}: a retrospective cohort study",
    "Mechanisms of {t} in {c}: a narrative review",
    "Repeated {t} for {c}: a phase 2 dose-finding study",
    "Real-world effectiveness of {t} in {c}",
)
UNHEDGED = (
    "{T} cures {c}.",
    "{T} rapidly relieves {c}, even when antidepressants have failed.",
    "Our {t} program is a clinically proven breakthrough for {c}.",
    "{T} is completely safe and has no side effects.",
    "You will feel lighter after your very first session of {t}.",
    "Most clients leave their first appointment free from {c}.",
    "{T} works when nothing else has.",
    "{T} is 100% effective for {c} and the results last for years.",
    "Guaranteed results: {t} ends {c} for good.",
    "{T} is more effective than any antidepressant on the market.",
    "With {t}, {c} is gone in days, permanently.",
)
HEDGED = (
    "{T} may help some people with {c}, and it is not right for everyone.",
    "Early studies suggest that {t} might reduce symptoms of {c} for some patients.",
    "For some patients, {t} can ease {c} for a few weeks.",
    "Research is still ongoing, and results vary from person to person.",
    "{T} is being studied for {c}, but larger trials are needed.",
    "Some people notice a change within hours; others notice little or none.",
    "It is possible that {t} helps with {c} in a subset of patients.",
)
APPEALS = (
    "Studies show that {t} rebuilds the connections that stress wears down.",
    "Research has shown that one series of sessions keeps {c} away for years.",
    "Experts agree that {t} is the future of {c} care.",
    "Clinical trials prove that {t} works for {c}.",
    "Science backs {t} for {c}.",
)
NEUTRAL = (
    "Your first visit starts with a medical screening and a review of your current "
    "medications, your blood pressure and your heart health.",
    "Sessions last about forty minutes, and you will rest with us for another half hour "
    "afterward before someone drives you home.",
    "We monitor your blood pressure, heart rate and oxygen levels throughout the session, "
    "and a nurse stays in the room with you.",
    "Common side effects include dizziness, nausea, raised blood pressure and a feeling of "
    "detachment; they usually fade within an hour.",
    "Most insurers do not cover this treatment, but we can give you a superbill to submit.",
    "Dr. Alvarez, our medical director, reviews every intake form before the first "
    "appointment, e.g. to check for uncontrolled hypertension or a history of psychosis.",
    "The clinic is open Monday to Saturday, and evening appointments are available on "
    "request for people who work during the day.",
    "Integration sessions with a licensed therapist help you make sense of the experience "
    "and carry what you learned into daily life.",
    "Bring a list of your medications, a water bottle and a comfortable sweater; the "
    "treatment room can feel cool.",
    "We coordinate with your psychiatrist or primary care doctor so that everyone on your "
    "care team knows the plan.",
)
REGULATORY = (
    "{T} is FDA-approved for {c}.",
    "Esketamine (Spravato) nasal spray is FDA-approved for treatment-resistant depression.",
    "Ketamine is approved by the FDA as an anesthetic; its use for {c} is off-label.",
    "Psilocybin therapy is now legal nationwide.",
    "Psilocybin services are legal in Oregon for adults through licensed service centers.",
)
DISCLOSURES = (
    "The use of {t} for {c} is off-label and not FDA-approved; we explain what that means "
    "at your first appointment.",
    "Individual results vary, and the testimonials on this page are not a promise of any outcome.",
    "If you are having thoughts of suicide, call or text 988 (the Suicide & Crisis Lifeline "
    "in the US) or go to your nearest emergency department.",
)
TESTIMONIALS = (
    '> "After three sessions my {c} was gone for good." — Jamie, 41',
    '> "I finally feel like myself again." — a client from {clinic}',
    "> I had tried everything for my {c}. Nothing worked until {t}. — R.M., Portland",
)
HEADINGS = (
    "How {t} works",
    "What the research says",
    "Is {t} right for you?",
    "What to expect at your first visit",
    "Safety and side effects",
    "Cost and insurance",
    "Frequently asked questions",
    "Our approach at {clinic}",
    "Who should not try {t}",
    "Getting started",
)
LINKS = (
    "[our intake form](https://example.com/intake)",
    "[the FDA label](https://www.accessdata.fda.gov/drugsatfda_docs/label/2019/211243lbl.pdf)",
    "[contact us](/contact)",
    "[a patient guide](https://example.org/guides/{slug}.html)",
    "<https://988lifeline.org>",
)


@dataclass
class _Source:
    authors: list[str]
    year: int
    title: str
    journal: int


def _wrap(text: str, width: int) -> str:
    """Hard-wrap ``text`` at ``width`` columns (word boundaries only)."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "\n".join(lines)


def _fill(rng: random.Random, template: str, t: str, c: str, clinic: str) -> str:
    slug = t.lower().replace(" ", "-").replace("+", "")
    return template.format(t=t, T=t[:1].upper() + t[1:], c=c, clinic=clinic, slug=slug)


def _sources(rng: random.Random, t: str, c: str, count: int | None = None) -> list[_Source]:
    count = count if count is not None else rng.randint(5, 25)
    out: list[_Source] = []
    for _ in range(count):
        names = rng.sample(SURNAMES, rng.randint(1, 6))
        title = rng.choice(STUDY_TITLES).format(t=t, T=t[:1].upper() + t[1:], c=c)
        out.append(_Source(names, rng.randint(1998, 2024), title, rng.randrange(len(JOURNALS))))
    return out


def _author_year(src: _Source, rng: random.Random, narrative: bool) -> str:
    names = src.authors
    if len(names) == 1:
        who = names[0]
    elif len(names) == 2:
        who = f"{names[0]} and {names[1]}" if narrative else f"{names[0]} & {names[1]}"
    else:
        who = f"{names[0]} et al."
    year = src.year
    if rng.random() < 0.04:  # a wrong year now and then
        year += 1
    return f"{who} ({year})" if narrative else f"({who}, {year})"


def _reference_apa(src: _Source, rng: random.Random) -> str:
    initials = ("A.", "B. J.", "C.", "D. S.", "E.", "J. R.", "K.", "M.")
    authors = [f"{name}, {rng.choice(initials)}" for name in src.authors]
    if len(authors) > 1:
        authors[-1] = "& " + authors[-1]
    vol = rng.randint(10, 180)
    return (
        f"{', '.join(authors)} ({src.year}). {src.title}. *{JOURNALS_APA[src.journal]}, "
        f"{vol}*({rng.randint(1, 12)}), {rng.randint(100, 900)}–{rng.randint(901, 999)}."
        + (
            f" https://doi.org/10.{rng.randint(1000, 9999)}/x{rng.randint(1, 99999)}"
            if rng.random() < 0.5
            else ""
        )
    )


def _reference_vancouver(src: _Source, rng: random.Random) -> str:
    authors = [f"{name} {rng.choice(('CA', 'JB', 'RM', 'PJ', 'A', 'N'))}" for name in src.authors]
    if len(authors) > 3:
        authors = [*authors[:3], "et al"]
    return (
        f"{', '.join(authors)}. {src.title}. {JOURNALS[src.journal]}. "
        f"{src.year};{rng.randint(10, 180)}({rng.randint(1, 12)}):{rng.randint(100, 900)}-"
        f"{rng.randint(901, 999)}."
    )


def make_post(
    index: int, seed: int, target_bytes: int = 12_000, source_count: int | None = None
) -> str:
    """One deterministic clinic post of about ``target_bytes`` bytes (5-25 sources, unless
    ``source_count`` says how many)."""
    rng = random.Random(seed * 1_000_003 + index)
    t, t_long = rng.choice(TREATMENTS)
    c = rng.choice(CONDITIONS)
    clinic = rng.choice(CLINICS)
    numbered = rng.random() < 0.5
    sources = _sources(rng, t, c, source_count)
    wrap = rng.random() < 0.6  # hard-wrapped at 72-80 columns, or one line per paragraph
    width = rng.randint(72, 80)
    cited: set[int] = set()

    def cite(narrative: bool = False) -> str:
        i = rng.randrange(len(sources))
        cited.add(i)
        if numbered:
            if rng.random() < 0.3 and len(sources) > 1:
                j = rng.randrange(len(sources))
                cited.add(j)
                a, b = sorted((i + 1, j + 1))
                return f" [{a},{b}]" if a != b else f" [{a}]"
            return f" [{i + 1}]"
        return " " + _author_year(sources[i], rng, narrative)

    def sentence() -> str:
        roll = rng.random()
        if roll < 0.14:
            s = _fill(rng, rng.choice(UNHEDGED), t, c, clinic)
        elif roll < 0.30:
            s = _fill(rng, rng.choice(HEDGED), t, c, clinic)
        elif roll < 0.38:
            s = _fill(rng, rng.choice(APPEALS), t, c, clinic)
        elif roll < 0.44:
            s = _fill(rng, rng.choice(REGULATORY), t, c, clinic)
        elif roll < 0.62:
            base = _fill(rng, rng.choice(HEDGED + NEUTRAL[:3]), t, c, clinic)
            s = base[:-1] + cite() + "."
        elif roll < 0.68:
            who = cite(narrative=True).strip()
            result = f"symptoms of {c} improved within hours for many participants."
            s = f"In a small trial, {who} found that {result}"
            if numbered:
                s = f"In a small trial {who}, {result}"
        else:
            s = _fill(rng, rng.choice(NEUTRAL), t, c, clinic)
        if rng.random() < 0.05:
            s = s[:-1] + " (see " + _fill(rng, rng.choice(LINKS), t, c, clinic) + ")."
        return s

    def paragraph() -> str:
        text = " ".join(sentence() for _ in range(rng.randint(2, 6)))
        if rng.random() < 0.1:
            text += f" This is discussed further in the notes.[^{rng.randint(1, 2)}]"
        return _wrap(text, width) if wrap else text

    title = _fill(
        rng,
        rng.choice(("{T} for {c}: what to expect", "How {t} can help with {c}", "{T} at {clinic}")),
        t,
        c,
        clinic,
    )
    desc = _fill(rng, rng.choice(UNHEDGED + HEDGED), t, c, clinic)
    out = [
        "---",
        f'title: "{title}"',
        f"date: {2018 + index % 7}-{1 + index % 12:02d}-{1 + index % 28:02d}",
        f'author: "{clinic} team"',
        f"tags: [{t}, {c}]",
        f'description: "{desc}"',
        "---",
        "",
        f"# {title}",
        "",
        paragraph(),
        "",
    ]
    footnotes = False
    done = 0  # bytes in out[:counted]
    counted = 0
    while True:
        done += sum(len(x) + 1 for x in out[counted:])
        counted = len(out)
        if done >= target_bytes - 3500:
            break
        out += [f"## {_fill(rng, rng.choice(HEADINGS), t, c, clinic)}", ""]
        for _ in range(rng.randint(1, 3)):
            out += [paragraph(), ""]
        roll = rng.random()
        if roll < 0.25:
            for _ in range(rng.randint(3, 6)):
                out.append("- " + _wrap(sentence(), width).replace("\n", "\n  "))
            out.append("")
        elif roll < 0.35:
            for k in range(rng.randint(3, 5)):
                out.append(f"{k + 1}. {sentence()}")
            out.append("")
        elif roll < 0.45:
            out += [
                "| Option | Typical course | What the evidence says |",
                "|---|---|---|",
                f"| {t_long} | six sessions over three weeks | {sentence()} |",
                f"| Antidepressants | daily, for months | {sentence()} |",
                f"| Talk therapy | weekly | {sentence()} |",
                "",
            ]
        elif roll < 0.52:
            out += [_fill(rng, rng.choice(TESTIMONIALS), t, c, clinic), ""]
        elif roll < 0.57:
            out += [f"**Q: Is {t} safe?** {sentence()} {sentence()}", ""]
            footnotes = True
    if rng.random() < 0.7:
        out += [_fill(rng, rng.choice(DISCLOSURES), t, c, clinic), ""]
    out += [f"Call us today or fill in {_fill(rng, LINKS[0], t, c, clinic)}.", ""]
    out += ["## References", ""]
    for i, src in enumerate(sources):
        if i not in cited and rng.random() < 0.7:
            cited.add(i)  # most listed sources are cited somewhere
        if numbered:
            out.append(f"{i + 1}. {_reference_vancouver(src, rng)}")
        else:
            ref = _reference_apa(src, rng)
            out.append("- " + (_wrap(ref, width).replace("\n", "\n  ") if wrap else ref))
    out.append("")
    if footnotes or rng.random() < 0.3:
        out += [
            "[^1]: Doses and schedules vary from clinic to clinic; ask your prescriber.",
            "[^2]: Prices are as of this year and may change.",
            "",
        ]
    return "\n".join(out)


def generate_corpus(dest: Path, count: int, seed: int) -> int:
    """Write ``count`` posts under ``dest`` (10 folders); return the total size in bytes."""
    total = 0
    for i in range(count):
        folder = dest / f"section-{i % 10:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        data = make_post(i, seed).encode("utf-8")
        (folder / f"post-{i:05d}.md").write_bytes(data)
        total += len(data)
    return total


def generate_big_post(path: Path, size: int, seed: int) -> int:
    """One post of about ``size`` bytes: many sections, one source list of 400 entries."""
    data = make_post(0, seed, target_bytes=size, source_count=400).encode("utf-8")
    path.write_bytes(data)
    return len(data)


# ---------------------------------------------------------------------------
# measuring commands

FLOOR = """
import os, sys
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

md = MarkdownIt("commonmark", {"html": True})
md.enable(["table", "strikethrough"])
md.use(front_matter_plugin)
md.use(footnote_plugin, always_match_refs=True, move_to_end=False)
md.disable("text_join")
for root, dirs, files in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(files):
        if name.endswith(".md"):
            with open(os.path.join(root, name), "rb") as stream:
                md.parse(stream.read().decode("utf-8"))
"""
"""The floor: read every post and parse it with markdown-it-py, configured as claimlint
configures it (CommonMark with HTML, tables, strikethrough, front matter, footnotes)."""


@dataclass
class Run:
    """One command's wall time, CPU time (itself and its workers) and peak memory."""

    wall: float
    cpu: float
    rss_mb: float
    status: int
    output: bytes = b""


def measure(cmd: Sequence[str], cwd: Path, env: dict[str, str]) -> Run:
    """Run ``cmd`` in a fresh process; wall time, CPU and ``ru_maxrss`` from ``wait4``."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        output, errors = out.read(), err.read()
    if proc.returncode not in (0, 1):
        sys.stderr.write(errors.decode("utf-8", "replace"))
        raise SystemExit(f"bench: {' '.join(cmd)} failed with status {proc.returncode}")
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    scale = 1 if sys.platform == "darwin" else 1024
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * scale / 1e6, status, output)


def linted(run: Run, what: str) -> Run:
    """``run``, after checking that claimlint printed its summary (a Python without
    claimlint exits 1 too, as a run with findings does)."""
    if b"Found " not in run.output and b"No findings" not in run.output:
        raise SystemExit(f"bench: {what} printed no summary: is claimlint importable?")
    return run


def median_run(cmd: Sequence[str], cwd: Path, env: dict[str, str], times: int) -> Run:
    """The run with the median wall time of ``times`` runs."""
    runs = sorted((measure(cmd, cwd, env) for _ in range(times)), key=lambda r: r.wall)
    return runs[len(runs) // 2]


def child_env(work: Path) -> dict[str, str]:
    """The environment of measured commands: byte-code caching on, in the work folder."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env.pop("CLAIMLINT_CACHE_DIR", None)
    for name in ("FORCE_COLOR", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
        env.pop(name, None)
    env["NO_COLOR"] = "1"
    return env


def claimlint(*args: str) -> list[str]:
    """The command line of ``claimlint`` run by this interpreter."""
    return [sys.executable, "-m", "claimlint", *args]


# ---------------------------------------------------------------------------
# the benchmark


@dataclass
class SizeResult:
    n: int
    mb: float
    floor: Run
    jobs1: Run
    jobs2: Run
    warm: Run
    no_cache: Run
    identical: bool
    others: dict[str, Run | None]


def forget_results(cache_dir: Path) -> None:
    """Empty the result cache, keeping the compiled rule set (as after editing every post)."""
    for folder in [p for p in cache_dir.glob("results-v*") if p.is_dir()]:
        shutil.rmtree(folder)


def bench_size(
    n: int, work: Path, env: dict[str, str], cache_dir: Path, seed: int, others: bool
) -> SizeResult:
    corpus = work / f"corpus-{n}"
    if corpus.exists():
        shutil.rmtree(corpus)
    size = generate_corpus(corpus, n, seed)
    print(f"  N={n}: {size / 1e6:.1f} MB generated", flush=True)
    check = ("check", "--cache-dir", str(cache_dir), "--isolated")
    floor = measure([sys.executable, "-c", FLOOR, "."], corpus, env)
    print(f"    floor {floor.wall:.2f} s", flush=True)
    forget_results(cache_dir)
    jobs2 = measure(claimlint(*check, "--jobs", "2", "."), corpus, env)
    print(f"    --jobs 2 {jobs2.wall:.2f} s", flush=True)
    forget_results(cache_dir)
    jobs1 = measure(claimlint(*check, "--jobs", "1", "."), corpus, env)
    print(f"    --jobs 1 {jobs1.wall:.2f} s", flush=True)
    warm = measure(claimlint(*check, "--jobs", "1", "."), corpus, env)
    print(f"    --jobs 1, cache warm {warm.wall:.2f} s", flush=True)
    no_cache = measure(claimlint(*check, "--no-cache", "--jobs", "1", "."), corpus, env)
    print(f"    --jobs 1 --no-cache {no_cache.wall:.2f} s", flush=True)
    for run, what in ((jobs1, "--jobs 1"), (jobs2, "--jobs 2"), (no_cache, "--no-cache")):
        linted(run, f"claimlint check {what}")
    outputs = {jobs1.output, jobs2.output, warm.output, no_cache.output}
    found: dict[str, Run | None] = {}
    if others:
        found = other_linters(corpus, env)
    return SizeResult(n, size / 1e6, floor, jobs1, jobs2, warm, no_cache, len(outputs) == 1, found)


PRH_TERMS = (
    "cure", "cures", "cured", "curing", "guaranteed", "guarantee", "proven", "clinically proven",
    "100% effective", "completely safe", "no side effects", "miracle", "breakthrough",
    "permanently", "for good", "instantly", "rapidly relieves", "works when nothing else",
    "ends depression", "studies show", "research has shown", "experts agree",
    "science backs", "clinical trials prove", "FDA-approved", "legal nationwide",
    "risk-free", "totally safe", "always works", "never fails", "best treatment",
    "most effective", "revolutionary", "life-changing", "wonder drug", "magic bullet",
    "eliminates", "eradicates", "reverses", "heals", "fixes", "resets your brain",
    "rewires", "free from anxiety", "gone for good", "lasting relief", "immediate relief",
    "no risk", "safe for everyone", "works for everyone",
)  # fmt: skip
"""A 50-entry prh dictionary for textlint: the wordings a clinic style guide would flag."""


def other_linters(corpus: Path, env: dict[str, str]) -> dict[str, Run | None]:
    """textlint with textlint-rule-prh (a 50-entry dictionary), and proselint, when
    installed (None: not installed)."""
    out: dict[str, Run | None] = {}
    textlint = shutil.which("textlint")
    if textlint:
        rules = "".join(
            f"  - expected: may help\n    pattern: {json_string(term)}\n" for term in PRH_TERMS
        )
        (corpus / "prh.yml").write_text(f"version: 1\nrules:\n{rules}", encoding="utf-8")
        (corpus / ".textlintrc.json").write_text(
            '{"rules": {"prh": {"rulePaths": ["./prh.yml"]}}}', encoding="utf-8"
        )
        out["textlint + prh"] = measure([textlint, "**/*.md"], corpus, env)
    else:
        out["textlint + prh"] = None
    proselint = shutil.which("proselint")
    files = sorted(str(p.relative_to(corpus)) for p in corpus.rglob("*.md"))
    out["proselint"] = (
        measure([*proselint_command(proselint), *files], corpus, env) if proselint else None
    )
    return out


def proselint_command(proselint: str) -> list[str]:
    """proselint 0.16 and later take the files after a ``check`` command; earlier ones
    take them directly."""
    probe = subprocess.run(
        [proselint, "check", "--help"], capture_output=True, text=True, check=False
    )
    return [proselint, "check"] if probe.returncode == 0 else [proselint]


def json_string(text: str) -> str:
    """A YAML-safe quoted string."""
    import json

    return json.dumps(text)


@dataclass
class Reference:
    """The speed issue's yardstick: its corpus, its floor and claimlint, timed alternately."""

    n: int
    mb: float
    floor: Run
    jobs1: Run
    others: dict[str, Run | None]


#: Where the speed issue's corpus generator and floor are (not part of the repository).
SHARED_BENCH = REPO.parent / "shared" / "bench"
ROUNDS = 3


def reference_run(
    bench: Path, work: Path, env: dict[str, str], cache_dir: Path, others: bool
) -> Reference:
    """``make_corpus.py --files 1000 --seed 1``, then ``floor_parse.py`` and ``claimlint
    check --jobs 1`` (rule set cached, results not) in alternation, ``ROUNDS`` rounds; the
    median of each."""
    corpus = work / "issue-corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    make = [sys.executable, str(bench / "make_corpus.py"), "--files", "1000", "--seed", "1"]
    subprocess.run([*make, "--out", str(corpus)], check=True, capture_output=True)
    files = sorted(corpus.rglob("*.md"))
    size = sum(f.stat().st_size for f in files)
    print(f"  issue corpus: {len(files)} posts, {size / 1e6:.1f} MB", flush=True)
    floor_cmd = [sys.executable, str(bench / "floor_parse.py"), "."]
    check = claimlint("check", "--cache-dir", str(cache_dir), "--isolated", "--jobs", "1", ".")
    measure(check, corpus, env)  # the rule set compiled and cached
    floors, runs = [], []
    for _ in range(ROUNDS):
        floors.append(measure(floor_cmd, corpus, env))
        forget_results(cache_dir)
        runs.append(measure(check, corpus, env))
    floor = sorted(floors, key=lambda r: r.wall)[ROUNDS // 2]
    jobs1 = linted(sorted(runs, key=lambda r: r.wall)[ROUNDS // 2], "claimlint check --jobs 1")
    print(f"    floor {floor.wall:.2f} s, --jobs 1 {jobs1.wall:.2f} s", flush=True)
    found = other_linters(corpus, env) if others else {}
    return Reference(len(files), size / 1e6, floor, jobs1, found)


def cold_start(
    work: Path, env: dict[str, str], cache_dir: Path, times: int
) -> tuple[Run, Run, Run]:
    """``claimlint check one-post.md`` from a fresh process (the rules compiled and cached by
    an earlier run, the post's result not cached), the same with ``--no-cache`` and no cache
    folder, and ``python -c pass``: the median of ``times`` runs each."""
    post = work / "one-post"
    post.mkdir(exist_ok=True)
    (post / "one-post.md").write_text(make_post(7, 99), encoding="utf-8")
    cmd = claimlint("check", "--cache-dir", str(cache_dir), "--isolated", "one-post.md")
    measure(cmd, post, env)  # byte code and the compiled rules in place
    measure(cmd, post, env)
    measure([sys.executable, "-c", "pass"], post, env)
    runs = []
    for _ in range(times):
        forget_results(cache_dir)
        runs.append(measure(cmd, post, env))
    runs.sort(key=lambda r: r.wall)
    fresh = claimlint("check", "--no-cache", "--isolated", "one-post.md")
    uncached = median_run(fresh, post, env, times)
    if any(post.glob(".claimlint_cache*")):
        raise SystemExit("bench: --no-cache wrote a cache folder")
    bare = median_run([sys.executable, "-c", "pass"], post, env, times)
    return runs[len(runs) // 2], uncached, bare


def big_post(work: Path, env: dict[str, str], cache_dir: Path, seed: int) -> tuple[float, Run]:
    folder = work / "big-post"
    folder.mkdir(exist_ok=True)
    size = generate_big_post(folder / "big.md", 10_000_000, seed)
    forget_results(cache_dir)
    cmd = claimlint("check", "--cache-dir", str(cache_dir), "--isolated", "--jobs", "1")
    run = measure([*cmd, "big.md"], folder, env)
    return size / 1e6, run


# ---------------------------------------------------------------------------
# where the time goes


PHASES = (
    ("read and decode", "reading the files, decoding, newline normalisation"),
    ("markdown-it parse", "markdown-it-py's own parse (the floor's work)"),
    ("offset mapping", "document model: anchoring inline tokens, blocks, sections, sources"),
    ("sentence splitting", "segment.split_sentences"),
    ("phrase matching", "the one-pass lexicon matcher of each unit (sentence, block, entry)"),
    ("CL1xx claims", "claim, testimonial and hedged-claim kinds"),
    ("CL2xx evidence", "uncited evidence appeals"),
    ("CL3xx citations", "citation checks, but the shared citation matching"),
    ("citation matching", "sources.citation_map: in-text citations against the source list"),
    ("CL4xx regulatory", "regulatory checks, but knowledge-pack mentions"),
    ("knowledge-pack mentions", "regulatory.mentions: treatments and conditions in prose"),
    ("suppression and sorting", "engine: inline suppressions, overlap filter, sort"),
    ("engine overhead", "lint_document's own loop, stamping findings"),
    ("reporting", "report.format_text of all findings"),
)


def profile_phases(folder: Path, count: int) -> dict[str, float]:
    """Seconds per phase (exclusive) for linting the first ``count`` posts in this process.

    Coarse wrappers around the functions each phase is made of, with a stack so
    that a phase's time excludes the phases it calls (citation matching inside
    the CL3xx checks, phrase matching inside the claim kinds ...).
    """
    import claimlint.biblio.matching as sources
    import claimlint.engine.linter as engine
    import claimlint.regulatory.mentions as regulatory
    import claimlint.text.segment as segment
    from claimlint.output import report
    from claimlint.run.config import Config
    from claimlint.run.plan import build_plan
    from claimlint.text import document
    from claimlint.text.source import SourceText

    totals = dict.fromkeys((name for name, _ in PHASES), 0.0)
    stack: list[list[float]] = []  # [start, time of nested phases]
    clock = time.perf_counter

    def timed(phase: str, fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            stack.append([clock(), 0.0])
            try:
                return fn(*args, **kwargs)
            finally:
                start, nested = stack.pop()
                spent = clock() - start
                totals[phase] += spent - nested
                if stack:
                    stack[-1][1] += spent

        return wrapper

    def timed_iter(phase: str, fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return iter(timed(phase, lambda: list(fn(*args, **kwargs)))())

        return wrapper

    config = Config()
    plan = build_plan(config)
    families = {"1": "CL1xx claims", "2": "CL2xx evidence", "3": "CL3xx citations"}
    for rule_id, active in plan.active.items():
        phase = families.get(rule_id[2], "CL4xx regulatory" if rule_id[2] == "4" else "")
        if not phase:
            continue
        impl = active.rule.impl
        impl.check_sentence = timed_iter(phase, impl.check_sentence)  # type: ignore[method-assign]
        impl.check_document = timed_iter(phase, impl.check_document)  # type: ignore[method-assign]

    class TimedMatcher:  # the unit matchers, timed where the engine calls them
        def __init__(self, matcher: Any) -> None:
            self.findall = timed("phrase matching", matcher.findall)

    use: Any = engine._Context.use

    def timed_use(ctx: Any, matcher: Any) -> None:
        use(ctx, TimedMatcher(matcher))

    engine._Context.use = timed_use  # type: ignore[method-assign, assignment]
    original_citation_map, original_mentions = sources.citation_map, regulatory.mentions
    sources.citation_map = timed("citation matching", sources.citation_map)
    regulatory.mentions = timed("knowledge-pack mentions", regulatory.mentions)
    replaced = {
        id(original_citation_map): sources.citation_map,
        id(original_mentions): regulatory.mentions,
    }
    for module in list(sys.modules.values()):  # modules that imported these names directly
        if not getattr(module, "__name__", "").startswith("claimlint."):
            continue
        for attr in ("citation_map", "mentions"):
            value = getattr(module, attr, None)
            if value is not None and id(value) in replaced:
                setattr(module, attr, replaced[id(value)])
    segment_split = timed("sentence splitting", segment.split_sentences)
    segment.split_sentences = segment_split
    engine._suppress = timed("suppression and sorting", engine._suppress)
    md = document.markdown_parser()
    md.parse = timed("markdown-it parse", md.parse)  # type: ignore[method-assign]
    parse = timed("offset mapping", document.parse)
    lint = timed("engine overhead", engine.lint_document)
    files = sorted(folder.rglob("*.md"))[:count]
    findings = []
    start = clock()
    for path in files:
        stack.append([clock(), 0.0])
        data = path.read_bytes()
        source = SourceText.from_bytes(data, str(path.relative_to(folder)))
        start_read, nested = stack.pop()
        totals["read and decode"] += clock() - start_read - nested
        doc = parse(source)
        findings.extend(lint(doc, plan))
    findings.sort(key=lambda f: f.sort_key())
    timed("reporting", report.format_text)(
        findings, len(files), color=False, show_source=False, statistics=False, quiet=False
    )
    totals["total"] = clock() - start
    totals["files"] = float(len(files))
    return totals


# ---------------------------------------------------------------------------
# the report


def machine() -> list[str]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        memory = f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        memory = "unknown"
    from claimlint import __version__

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=REPO,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return [
        f"- CPU: {cpu}, {cores} cores available, {memory} memory",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), "
        f"claimlint {__version__} at {commit or 'unknown'}"
        + (" with uncommitted changes" if dirty else ""),
    ]


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b > 0 else "n/a"


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


@dataclass
class Report:
    sizes: list[SizeResult]
    one: Run | None
    uncached: Run | None
    bare: Run | None
    reference: Reference | None
    big: tuple[float, Run] | None
    phases: dict[str, float] | None
    loads: tuple[str, str]


def table(report: Report) -> list[str]:
    out = [
        "| posts | MB | floor s | `--jobs 1` s (x floor) | `--jobs 2` s (speed-up) "
        "| cache warm s (% of `--jobs 1`) | `--no-cache` s | s/MB (`--jobs 1`) "
        "| peak RSS MB: floor / j1 / j2 / warm | same output |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in report.sizes:
        out.append(
            f"| {r.n:,} | {r.mb:.1f} | {r.floor.wall:.2f} | {r.jobs1.wall:.2f} "
            f"({_ratio(r.jobs1.wall, r.floor.wall)}) | {r.jobs2.wall:.2f} "
            f"({_ratio(r.jobs1.wall, r.jobs2.wall)}) | {r.warm.wall:.2f} "
            f"({r.warm.wall / r.jobs1.wall:.1%}) | {r.no_cache.wall:.2f} | "
            f"{r.jobs1.wall / r.mb:.2f} | {r.floor.rss_mb:.0f} / {r.jobs1.rss_mb:.0f} / "
            f"{r.jobs2.rss_mb:.0f} / {r.warm.rss_mb:.0f} | "
            f"{'yes' if r.identical else '**NO**'} |"
        )
    return out


def extras(report: Report) -> list[str]:
    out: list[str] = []
    if report.one is not None and report.bare is not None:
        one, bare = report.one.wall * 1000, report.bare.wall * 1000
        out.append(
            "- Cold start, one post (`claimlint check one-post.md`, result not cached): "
            f"{one:.0f} ms "
            f"median wall ({report.one.cpu * 1000:.0f} ms CPU, {report.one.rss_mb:.0f} MB), "
            f"`python -c pass` {bare:.0f} ms: {one - bare:.0f} ms more."
        )
    if report.uncached is not None and report.bare is not None:
        fresh, bare = report.uncached.wall * 1000, report.bare.wall * 1000
        out.append(
            "- The same with `--no-cache` and no cache folder (a fresh CI container): "
            f"{fresh:.0f} ms median wall ({report.uncached.rss_mb:.0f} MB): "
            f"{fresh - bare:.0f} ms more than `python -c pass`."
        )
    ref = report.reference
    if ref is not None:
        out.append(
            f"- The speed issue's corpus (`make_corpus.py --files 1000 --seed 1`: {ref.n:,} "
            f"posts, {ref.mb:.1f} MB), medians of {ROUNDS} alternating rounds: "
            f"`floor_parse.py` {ref.floor.wall:.2f} s, `claimlint check --jobs 1` "
            f"{ref.jobs1.wall:.2f} s ({_ratio(ref.jobs1.wall, ref.floor.wall)} the floor, "
            f"peak {ref.jobs1.rss_mb:.0f} MB)."
        )
    if report.big is not None:
        mb, run = report.big
        out.append(
            f"- One post of {mb:.1f} MB (400 sources), `--jobs 1`: {run.wall:.2f} s, "
            f"{run.wall / mb:.2f} s/MB, peak {run.rss_mb:.0f} MB."
        )
    where, jobs1, others = _others(report)
    for name, run_ in others.items():
        if run_ is None:
            out.append(f"- {name}: not installed.")
        elif jobs1 is not None:
            out.append(
                f"- {name} on {where}: {run_.wall:.2f} s "
                f"({_ratio(run_.wall, jobs1.wall)} claimlint --jobs 1 there)."
            )
    if not others:
        out.append("- textlint + prh, proselint: not installed (not measured).")
    return out


def _others(report: Report) -> tuple[str, Run | None, dict[str, Run | None]]:
    """Where the other linters ran, claimlint's ``--jobs 1`` run there, and their runs."""
    if report.reference is not None and report.reference.others:
        return "the issue's 1,000 posts", report.reference.jobs1, report.reference.others
    for r in report.sizes:
        if r.others:
            return f"this script's {r.n:,} posts", r.jobs1, r.others
    return "", None, {}


def targets(report: Report) -> list[str]:
    """The speed issue's goals (issue 16), each with what this run measured."""
    rows = ["| target | measured | |", "|---|---|---|"]
    by_n = {r.n: r for r in report.sizes}
    own = by_n.get(1000) or (report.sizes[-1] if report.sizes else None)
    ref = report.reference
    if ref is not None:
        x = ref.jobs1.wall / ref.floor.wall
        rows.append(
            f"| default rules, the issue's 1,000 posts, `--jobs 1` <= 5x `floor_parse.py` "
            f"| {x:.2f}x | {verdict(x <= 5)} |"
        )
        rows.append(f"| long term: <= 2.5x the floor | {x:.2f}x | {verdict(x <= 2.5)} |")
    if own is not None:
        x = own.jobs1.wall / own.floor.wall
        rows.append(
            f"| the same on this script's {own.n:,} posts (floor parsed as claimlint parses) "
            f"| {x:.2f}x | {verdict(x <= 5)} |"
        )
    _, jobs1, others = _others(report)
    for name, goal in (("textlint + prh", 2.5), ("proselint", 3.5)):
        run_ = others.get(name)
        if run_ is not None and jobs1 is not None:
            x = run_.wall / jobs1.wall
            rows.append(
                f"| >= {goal}x faster than {name}, same run | {x:.2f}x | {verdict(x >= goal)} |"
            )
        else:
            rows.append(f"| >= {goal}x faster than {name} | not installed | not measured |")
    if report.uncached is not None and report.bare is not None:
        fresh, bare = report.uncached.wall * 1000, report.bare.wall * 1000
        rows.append(
            f"| one post, `--no-cache`, no cache folder: <= `python -c pass` + 120 ms "
            f"| +{fresh - bare:.0f} ms ({fresh:.0f} ms) | {verdict(fresh - bare <= 120)} |"
        )
    if own is not None:
        sp = own.jobs1.wall / own.jobs2.wall
        rows.append(
            f"| `--jobs 2` >= 1.8x faster than `--jobs 1` ({own.n:,} posts) | {sp:.2f}x "
            f"| {verdict(sp >= 1.8)} |"
        )
        share = own.warm.wall / own.jobs1.wall
        rows.append(
            f"| warm cache <= 5% of the cold run ({own.n:,} posts) | {share:.1%} "
            f"| {verdict(share <= 0.05)} |"
        )
        same = all(r.identical for r in report.sizes)
        rows.append(
            "| same output for any `--jobs`, with and without the cache | "
            f"{'identical' if same else 'DIFFERENT'} | {verdict(same)} |"
        )
    small, large = by_n.get(100), (report.sizes[-1] if report.sizes else None)
    if small is not None and large is not None and large.n > small.n:
        a, b = small.jobs1.wall / small.mb, large.jobs1.wall / large.mb
        rows.append(
            f"| linear growth: s/MB at {large.n:,} posts within 20% of 100 posts "
            f"| {b:.2f} vs {a:.2f} ({b / a - 1:+.0%}) | {verdict(abs(b / a - 1) <= 0.20)} |"
        )
    if report.big is not None and large is not None:
        mb, run = report.big
        normal = large.jobs1.wall / large.mb
        rows.append(
            f"| 10 MB post <= 3x the s/MB of normal posts | {run.wall / mb:.2f} vs "
            f"{normal:.2f} ({run.wall / mb / normal:.2f}x) | "
            f"{verdict(run.wall / mb <= 3 * normal)} |"
        )
    big_run = by_n.get(5000)
    if big_run is not None:
        rows.append(
            f"| peak memory < 150 MB, 5,000 posts, `--jobs 1` | {big_run.jobs1.rss_mb:.0f} MB "
            f"| {verdict(big_run.jobs1.rss_mb < 150)} |"
        )
    return rows


def phase_table(phases: dict[str, float]) -> list[str]:
    total = phases["total"]
    files = int(phases["files"])
    out = [
        f"In-process, {files} posts of the N=1,000 corpus, `--jobs 1`, time exclusive of "
        f"the phases each calls; {total:.2f} s in all ({total / files * 1000:.1f} ms a post).",
        "",
        "| phase | s | share | ms/post | what |",
        "|---|---:|---:|---:|---|",
    ]
    for name, what in PHASES:
        t = phases.get(name, 0.0)
        out.append(f"| {name} | {t:.2f} | {t / total:.1%} | {t / files * 1000:.2f} | {what} |")
    return out


ANALYSIS_START = "<!-- analysis: kept by scripts/bench.py when it rewrites this file -->"
ANALYSIS_END = "<!-- end of analysis -->"


def write_doc(path: Path, report: Report, command: str) -> None:
    kept = ""
    if path.is_file():
        text = path.read_text(encoding="utf-8")
        if ANALYSIS_START in text and ANALYSIS_END in text:
            kept = text[text.index(ANALYSIS_START) : text.index(ANALYSIS_END) + len(ANALYSIS_END)]
    if not kept:
        kept = f"{ANALYSIS_START}\n\n(no analysis yet)\n\n{ANALYSIS_END}"
    lines = [
        "# Performance",
        "",
        "Every figure below comes from one run of the benchmark script, with this command:",
        "",
        "```sh",
        command,
        "```",
        "",
        "It generates a deterministic corpus of clinic posts (about 12 KB each: front "
        "matter, headings, hard-wrapped and one-line paragraphs, lists, tables, links, "
        "footnotes, author-year or numbered citations, a source list of 5-25 entries, "
        "hedged and unhedged claims), runs each command in a fresh process and writes this "
        "file. Times are wall-clock seconds; peak RSS is the largest process's "
        "(`ru_maxrss`). The floor is reading every file and parsing it with markdown-it-py, "
        "configured as claimlint configures it, in one process. `--jobs 1` and `--jobs 2` "
        "start with an empty result cache but the compiled rule set cached, as after any "
        "first run (every post edited); the warm run is `--jobs 1` again over the unchanged "
        "tree; `--no-cache` reads and writes nothing, so it also loads the rules from YAML "
        "(the built-in pack ships proved: its examples run in the test suite, not here).",
        "",
        "## Machine",
        "",
        *machine(),
        f"- Load average before / after: {report.loads[0]} / {report.loads[1]} "
        "(the machine is shared; absolute times drift, ratios are from one run)",
        "",
        "## Results",
        "",
        *table(report),
        "",
        *extras(report),
        "",
        "## Targets",
        "",
        *targets(report),
        "",
    ]
    if report.phases is not None:
        lines += ["## Where the time goes", "", *phase_table(report.phases), ""]
    lines += [kept, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="100,1000,5000", help="corpus sizes (default: %(default)s)"
    )
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default: %(default)s)")
    parser.add_argument(
        "--repeat", type=int, default=11, help="cold-start runs (default: %(default)s)"
    )
    parser.add_argument("--profile-posts", type=int, default=200, help="posts profiled (0: none)")
    parser.add_argument("--no-big", action="store_true", help="skip the 10 MB post")
    parser.add_argument("--others", action="store_true", help="also time textlint and proselint")
    parser.add_argument(
        "--shared-bench",
        type=Path,
        default=SHARED_BENCH,
        help="the speed issue's make_corpus.py and floor_parse.py (default: %(default)s)",
    )
    parser.add_argument("--work", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--doc", type=Path, default=DOC, help="where to write the report")
    parser.add_argument("--no-doc", action="store_true", help="print only")
    parser.add_argument("--phases", nargs=2, metavar=("FOLDER", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phases:
        import json

        folder, count = args.phases
        print(json.dumps(profile_phases(Path(folder), int(count))))
        return 0
    sizes = [int(x) for x in args.sizes.split(",") if x]
    command = "python scripts/bench.py" + "".join(
        f" {a}" for a in (argv if argv is not None else sys.argv[1:])
    )
    work = args.work or Path(tempfile.mkdtemp(prefix="claimlint-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = child_env(work)
    cache_dir = work / "cache"
    # An installed wheel has its bytecode compiled (pip does it); an editable install or a
    # checkout with PYTHONDONTWRITEBYTECODE set would compile every module at every start
    # and time that instead.
    import claimlint

    compileall.compile_dir(str(Path(claimlint.__file__).parent), quiet=1)
    loads = load_average()
    print(f"bench: work folder {work}", flush=True)
    one, uncached, bare = cold_start(work, env, cache_dir, max(10, args.repeat))
    print(
        f"  cold start {one.wall * 1000:.0f} ms, --no-cache {uncached.wall * 1000:.0f} ms, "
        f"python -c pass {bare.wall * 1000:.0f} ms"
    )
    # The other linters run once, on the corpus when there is one, else on the size
    # the targets are read at (as slow as they are, 5,000 posts would take them ten minutes).
    others = args.others or bool(shutil.which("textlint") or shutil.which("proselint"))
    bench_dir = args.shared_bench
    reference = None
    if bench_dir.is_dir():
        reference = reference_run(bench_dir, work, env, cache_dir, others)
    else:
        print(f"  {bench_dir} not found: the issue's corpus is not measured")
    others_n = 1000 if 1000 in sizes else sizes[-1]
    own_others = others and reference is None
    results = [
        bench_size(n, work, env, cache_dir, args.seed, own_others and n == others_n) for n in sizes
    ]
    big = None if args.no_big else big_post(work, env, cache_dir, args.seed)
    if big is not None:
        print(f"  10 MB post {big[1].wall:.2f} s")
    phases = None
    if args.profile_posts:
        import json

        folder = work / f"corpus-{1000 if 1000 in sizes else sizes[-1]}"
        run = subprocess.run(
            [sys.executable, __file__, "--phases", str(folder), str(args.profile_posts)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        phases = json.loads(run.stdout)
    report = Report(results, one, uncached, bare, reference, big, phases, (loads, load_average()))
    print("\n".join(["", *table(report), "", *extras(report), "", *targets(report)]))
    if phases is not None:
        print("\n".join(["", *phase_table(phases)]))
    if not args.no_doc:
        write_doc(args.doc, report, command)
        print(f"\nwrote {args.doc}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
