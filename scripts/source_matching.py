#!/usr/bin/env python3
"""Measure the source matcher (CL310, CL311) on real references and planted faults.

Usage (from anywhere):

    python scripts/source_matching.py [REFS.jsonl] [--n 250] [--errors 5] [--sweep] [--json]

REFS defaults to ``../shared/refs/dev.jsonl`` (real reference strings with hand-made
field labels, see its README). The set is built deterministically from it:

1. **A registry.** Every usable record (a title of three words or more, a year, an
   author; ordered by the SHA-256 of its string) becomes a work in Crossref's JSON
   shape, built from its labels the way Crossref writes them: every third title in
   Title Case, a subtitle after ": " in ``subtitle``, an "et al." list completed with
   two more authors, every fifth work published online the year before print, the
   container as ``container-title``.
2. **Correct entries.** The first ``--n`` records' own strings, as written.
3. **Misdescribed entries.** For each of them one string with one field planted wrong,
   in turn: the year (3 to 5 years off), the first author (another record's first
   surname), a co-author (another surname for the second), the title (half of its
   longer words replaced by other titles' words), the journal (another record's).
4. **Fabricated look-alikes.** For each of them one invented entry in APA style: real
   author names and a real journal (from a third record), and a title spliced from two
   real titles (the first half of one, the second half of another), or a real title
   with two of its words changed, under names and a year (3 or more years off) that
   are not the title's.

Each entry is parsed by claimlint's reference parser, searched for in the registry as
Crossref's bibliographic search would be (the five works sharing the most
inverse-document-frequency-weighted words with the entry's string; an entry's own
work is among them only if it is in the registry), and judged by
:func:`claimlint.biblio.verify.judge`. Printed: how each kind of entry was judged,
precision and recall of "not found" and of "misdescribed", the share of correct
entries left alone, the share of planted faults caught, and with ``--sweep`` the same
figures for other thresholds. The figures are in docs/accuracy.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from claimlint.biblio import verify  # noqa: E402
from claimlint.biblio.records import Lookup, Record, crossref_record  # noqa: E402
from claimlint.biblio.refstring import ParsedReference, parse_reference  # noqa: E402

DEFAULT_REFS = REPO.parent / "shared" / "refs" / "dev.jsonl"
KINDS = ("correct", "misdescribed", "fabricated")
FAULTS = ("year", "first author", "co-author", "title", "journal")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Case:
    """One entry of the measurement set."""

    kind: str
    """``correct``, ``misdescribed`` or ``fabricated``."""
    raw: str
    """The reference string."""
    fault: str = ""
    """For a misdescribed entry, the field planted wrong; for a fabricated one, how it
    was made (``splice`` or ``near-copy``)."""
    source: str = ""
    """The dev record it comes from."""


def _key(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def usable(rec: dict[str, Any]) -> bool:
    """A record with a title of three words or more, a year and an author."""
    title = rec.get("title") or ""
    return (
        len(title.split()) >= 3
        and bool(rec.get("year"))
        and bool(rec.get("authors"))
        and rec.get("lang_hint") != "other"
    )


def load(path: Path) -> list[dict[str, Any]]:
    """The usable records of ``path`` in SHA-256 order of their strings."""
    records = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                rec = json.loads(line)
                if usable(rec):
                    records.append(rec)
    records.sort(key=lambda r: _key(r["raw"]))
    return records


def _title_case(title: str) -> str:
    return " ".join(w[:1].upper() + w[1:] if len(w) > 3 else w for w in title.split())


def work_of(rec: dict[str, Any], i: int) -> dict[str, Any]:
    """The record as Crossref would describe the work (see the module's notes)."""
    title = rec["title"]
    if i % 3 == 0:
        title = _title_case(title)
    subtitle: list[str] = []
    if ": " in title and i % 2 == 0:
        title, sub = title.split(": ", 1)
        subtitle = [sub]
    families = list(rec["authors"])
    if rec.get("et_al"):
        families += ["Lindqvist", "Moreau"]
    year = int(rec["year"])
    work: dict[str, Any] = {
        "DOI": f"10.5555/dev.{i}",
        "type": {"article": "journal-article", "chapter": "book-chapter"}.get(
            rec.get("type", ""), "book"
        ),
        "title": [title],
        "subtitle": subtitle,
        "author": [{"family": f, "given": "A."} for f in families],
        "issued": {"date-parts": [[year - 1 if i % 5 == 0 else year]]},
        "published-print": {"date-parts": [[year]]},
        "container-title": [rec["container"]] if rec.get("container") else [],
    }
    if i % 5 == 0:
        work["published-online"] = {"date-parts": [[year - 1]]}
    return work


class Registry:
    """The works, searched as a relevance search would (see the module's notes)."""

    def __init__(self, works: Sequence[dict[str, Any]]) -> None:
        self.records: list[Record] = [r for r in map(crossref_record, works) if r is not None]
        self.words = [self._words(r) for r in self.records]
        df: Counter[str] = Counter()
        for words in self.words:
            df.update(words)
        n = len(self.records)
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}

    @staticmethod
    def _words(record: Record) -> set[str]:
        text = " ".join([record.title, *record.authors, *record.journals])
        return {w.casefold() for w in _WORD.findall(text)}

    def search(self, query: str, rows: int = 5) -> tuple[Record, ...]:
        wanted = {w.casefold() for w in _WORD.findall(query)}
        scored = []
        for i, words in enumerate(self.words):
            score = sum(self.idf[w] for w in wanted & words)
            if score > 0:
                scored.append((-score, i))
        scored.sort()
        return tuple(self.records[i] for _, i in scored[:rows])


def _replace_first(text: str, old: str, new: str) -> str | None:
    at = text.find(old)
    if at < 0 or not old:
        return None
    return text[:at] + new + text[at + len(old) :]


def _content_words(title: str) -> list[str]:
    return [w for w in _WORD.findall(title) if len(w) >= 5]


def misdescribe(rec: dict[str, Any], other: dict[str, Any], fault: str) -> str | None:
    """``rec``'s string with ``fault`` planted (``other`` lends names, words, journal)."""
    raw = rec["raw"]
    if fault == "year":
        year = int(rec["year"])
        return _replace_first(raw, rec["year"], str(year - 3 - (year % 3)))
    if fault == "first author":
        new = other["authors"][0]
        if new.casefold() == rec["authors"][0].casefold():
            return None
        return _replace_first(raw, rec["authors"][0], new)
    if fault == "co-author":
        if len(rec["authors"]) < 2:
            return None
        old = rec["authors"][1]
        new = other["authors"][-1]
        at = raw.find(old, raw.find(rec["authors"][0]) + len(rec["authors"][0]))
        if at < 0 or new.casefold() in (a.casefold() for a in rec["authors"]):
            return None
        return raw[:at] + new + raw[at + len(old) :]
    if fault == "title":
        title = rec["title"]
        mine, theirs = _content_words(title), _content_words(other["title"])
        if len(mine) < 2 or not theirs:
            return None
        changed = title
        for k, word in enumerate(mine[::2]):
            changed = changed.replace(word, theirs[k % len(theirs)], 1)
        return _replace_first(raw, title, changed)
    if fault == "journal":
        old, new = rec.get("container"), other.get("container")
        if not old or not new or rec.get("type") != "article" or old == new:
            return None
        return _replace_first(raw, old, new)
    raise ValueError(fault)


def _apa_names(surnames: Sequence[str]) -> str:
    names = [f"{s}, {chr(65 + (len(s) * 7) % 26)}." for s in surnames[:3]]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def fabricate(a: dict[str, Any], b: dict[str, Any], c: dict[str, Any], near: bool) -> str | None:
    """An invented entry: ``c``'s names, year and journal, a title from ``a`` and ``b``."""
    if abs(int(c["year"]) - int(a["year"])) < 3 or abs(int(c["year"]) - int(b["year"])) < 3:
        return None
    words_a = a["title"].split()
    if near:
        mine, theirs = _content_words(a["title"]), _content_words(b["title"])
        if len(mine) < 3 or len(theirs) < 2:
            return None
        title = a["title"].replace(mine[0], theirs[0], 1).replace(mine[-1], theirs[-1], 1)
    else:
        words_b = b["title"].split()
        title = " ".join(words_a[: max(2, len(words_a) // 2)] + words_b[len(words_b) // 2 :])
    if {n.casefold() for n in c["authors"]} & {n.casefold() for n in a["authors"]}:
        return None
    journal = c.get("container") or "Journal of Clinical Studies"
    pages = 100 + len(title) % 300
    return (
        f"{_apa_names(c['authors'])} ({c['year']}). {title.rstrip('.')}. {journal}, "
        f"{len(title) % 40 + 1}({len(journal) % 6 + 1}), {pages}–{pages + 11}."
    )


def build(records: Sequence[dict[str, Any]], n: int) -> tuple[Registry, list[Case]]:
    """The registry and the cases (see the module's notes)."""
    registry = Registry([work_of(r, i) for i, r in enumerate(records)])
    chosen = records[:n]
    cases = [Case("correct", r["raw"], source=r["source"]) for r in chosen]
    m = len(records)
    for i, rec in enumerate(chosen):
        for step in range(len(FAULTS)):
            fault = FAULTS[(i + step) % len(FAULTS)]
            other = records[(i * 7 + 13 + step) % m]
            raw = misdescribe(rec, other, fault)
            if raw is not None and raw != rec["raw"]:
                cases.append(Case("misdescribed", raw, fault, rec["source"]))
                break
        for step in range(20):
            a = records[(i * 11 + 5 + step) % m]
            b = records[(i * 17 + 29 + step) % m]
            near = i % 3 == 2
            raw = fabricate(a, b, rec, near)
            if raw is not None:
                cases.append(
                    Case("fabricated", raw, "near-copy" if near else "splice", rec["source"])
                )
                break
    return registry, cases


def predict(parsed: ParsedReference, candidates: tuple[Record, ...]) -> tuple[str, tuple[str, ...]]:
    """``not-found``, ``misdescribed`` (with the fields), ``ok`` or ``unverified``."""
    verdict = verify.judge(parsed, Lookup(records=candidates, searched=("test",)))
    if verdict.status == "found":
        fields = tuple(d.field for d in verdict.differences)
        return ("misdescribed" if fields else "ok"), fields
    return verdict.status, ()


@dataclass
class Figures:
    """What a run measured."""

    counts: dict[str, Counter[str]]
    """Per kind of case, how it was judged."""
    field_right: int
    """Misdescribed entries reported with the planted field among the differences."""
    errors: dict[str, list[str]]
    """Examples of wrong judgements, by what went wrong."""
    by_fault: dict[str, Counter[str]]
    """How the planted entries were judged, by the fault planted (or how they were made)."""

    def share(self, kind: str, *labels: str) -> float:
        c = self.counts[kind]
        total = sum(c.values())
        return sum(c[label] for label in labels) / total if total else 0.0

    def precision(self, label: str, truth: str) -> float:
        said = sum(c[label] for c in self.counts.values())
        return self.counts[truth][label] / said if said else 1.0

    def summary(self) -> dict[str, Any]:
        planted = sum(sum(self.counts[k].values()) for k in ("misdescribed", "fabricated"))
        caught = sum(
            self.counts[k]["not-found"] + self.counts[k]["misdescribed"]
            for k in ("misdescribed", "fabricated")
        )
        return {
            "cases": {k: sum(self.counts[k].values()) for k in KINDS},
            "judged": {k: dict(sorted(self.counts[k].items())) for k in KINDS},
            "correct_left_alone": round(self.share("correct", "ok"), 4),
            "not_found_precision": round(self.precision("not-found", "fabricated"), 4),
            "not_found_recall": round(self.share("fabricated", "not-found"), 4),
            "misdescribed_precision": round(self.precision("misdescribed", "misdescribed"), 4),
            "misdescribed_recall": round(self.share("misdescribed", "misdescribed"), 4),
            "misdescribed_field_right": round(
                self.field_right / max(1, sum(self.counts["misdescribed"].values())), 4
            ),
            "faults_caught": round(caught / planted, 4) if planted else 0.0,
            "by_fault": {f: dict(sorted(c.items())) for f, c in sorted(self.by_fault.items())},
        }


def measure(
    registry: Registry, cases: Sequence[Case], parsed: Sequence[ParsedReference]
) -> Figures:
    counts: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    errors: dict[str, list[str]] = {}
    by_fault: dict[str, Counter[str]] = {}
    field_right = 0
    for case, ref in zip(cases, parsed, strict=True):
        label, fields = predict(ref, registry.search(case.raw))
        counts[case.kind][label] += 1
        if case.fault:
            by_fault.setdefault(f"{case.kind} {case.fault}", Counter())[label] += 1
        if case.kind == "misdescribed" and case.fault in fields:
            field_right += 1
        expected = {"correct": "ok", "misdescribed": "misdescribed", "fabricated": "not-found"}
        if label != expected[case.kind]:
            what = f"{case.kind} {case.fault} -> {label} {','.join(fields)}".strip()
            errors.setdefault(what, []).append(case.raw)
    return Figures(counts, field_right, errors, by_fault)


@contextmanager
def thresholds(**values: float) -> Iterator[None]:
    """Run with other matcher thresholds (``title_same=0.85``...)."""
    old = {k: getattr(verify, k.upper()) for k in values}
    for k, v in values.items():
        setattr(verify, k.upper(), v)
    try:
        yield
    finally:
        for k, v in old.items():
            setattr(verify, k.upper(), v)


def run(path: Path, n: int) -> tuple[Figures, Registry, list[Case], list[ParsedReference]]:
    records = load(path)
    registry, cases = build(records, n)
    parsed = [parse_reference(c.raw) for c in cases]
    return measure(registry, cases, parsed), registry, cases, parsed


SWEEP = [
    {"title_same": s, "title_near": t, "title_differs": d}
    for s in (0.85, 0.90, 0.95)
    for t in (0.65, 0.70, 0.80)
    for d in (0.80, 0.90, 0.95)
]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("refs", nargs="?", type=Path, default=DEFAULT_REFS)
    parser.add_argument("--n", type=int, default=250, help="correct entries (default 250)")
    parser.add_argument("--errors", type=int, default=0, help="examples of each error")
    parser.add_argument("--sweep", action="store_true", help="other thresholds too")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    args = parser.parse_args(argv)
    if not args.refs.is_file():
        sys.stderr.write(f"no reference set at {args.refs}\n")
        return 2
    figures, registry, cases, parsed = run(args.refs, args.n)
    summary = figures.summary()
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True))
    else:
        for key, value in summary.items():
            print(f"{key}: {value}")
    for what, raws in sorted(figures.errors.items()):
        if args.errors:
            print(f"\n{what} ({len(raws)})")
            for raw in raws[: args.errors]:
                print(f"  {raw}")
    if args.sweep:
        print("\nsame near differs | left_alone nf_prec nf_rec md_prec md_rec caught")
        for values in SWEEP:
            with thresholds(**values):
                s = measure(registry, cases, parsed).summary()
            print(
                f"{values['title_same']:.2f} {values['title_near']:.2f} "
                f"{values['title_differs']:.2f}    | {s['correct_left_alone']:.3f}      "
                f"{s['not_found_precision']:.3f} {s['not_found_recall']:.3f} "
                f"{s['misdescribed_precision']:.3f} {s['misdescribed_recall']:.3f} "
                f"{s['faults_caught']:.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
