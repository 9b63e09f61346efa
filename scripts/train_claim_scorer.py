#!/usr/bin/env python3
"""Train, and measure, the sentence scorer of rule CL117 (``kind: scored``).

    python scripts/train_claim_scorer.py extract [--corpus ../shared/corpus]
    python scripts/train_claim_scorer.py train [--check]
    python scripts/train_claim_scorer.py kfold [--k 5] [--corpus ../shared/corpus]

``extract`` reads the labelled posts (``dev`` and ``dev2`` under the corpus folder) and
writes every sentence CL117 would score, with its label (does an ``unhedged-claim`` label
cover it?), its post and its block kind, to ``tests/data/scorer-sentences.yaml``.

``train`` fits a logistic model (L2-regularised, full-batch gradient descent from zero:
deterministic) on those sentences and on the rows of ``tests/data/claim-sentences.yaml``
(sentences written for the claim rules' specification), and writes
``rules/models/claim-scorer.yml``. With ``--check`` it writes nothing and fails when the
committed model differs from the one the data gives (the test suite runs this).

``kfold`` measures generalisation: posts are dealt into ``k`` folds; for each fold the
model is trained without that fold's posts and the whole rule set (with that model) lints
the fold's posts; the findings of all folds are scored together against the labels with
the corpus scorer (``eval/score.py``). It prints the figures with and without CL117.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimlint.core.builtin import builtin_rules_dir  # noqa: E402
from claimlint.engine.kinds.scored import MODEL_VERSION, Model, ScoredKind  # noqa: E402
from claimlint.engine.linter import ActiveRule, Plan  # noqa: E402
from claimlint.engine.registry import read_rules  # noqa: E402
from claimlint.run.runner import lint_text  # noqa: E402

RULE = "CL117"
SENTENCES = ROOT / "tests" / "data" / "scorer-sentences.yaml"
SPEC = ROOT / "tests" / "data" / "claim-sentences.yaml"
WRITTEN = (
    ROOT / "tests" / "data" / "claim-training.yaml",
    ROOT / "tests" / "data" / "claim-training-2.yaml",
    ROOT / "tests" / "data" / "claim-training-3.yaml",
    ROOT / "tests" / "data" / "claim-training-4.yaml",
    ROOT / "tests" / "data" / "claim-training-5.yaml",
    ROOT / "tests" / "data" / "claim-training-6.yaml",
    ROOT / "tests" / "data" / "claim-training-7.yaml",
)
MODEL = ROOT / "rules" / "models" / "claim-scorer.yml"
SETS = ("dev", "dev2")
#: Training settings: L2 strength, learning rate, rounds, and how often a word must occur
#: in the training sentences to become a feature.
L2 = 0.05
RATE = 0.5
ROUNDS = 400
MIN_COUNT = 2


def plan_without_check() -> tuple[Plan, ScoredKind]:
    """The default rules, read without running their examples (the model is not trained
    yet), and CL117's kind."""
    ruleset, _ = read_rules([builtin_rules_dir()])
    active = {
        rid: ActiveRule(rule, rule.severity)
        for rid, rule in sorted(ruleset.rules.items())
        if rule.default_enabled
    }
    plan = Plan(ruleset, active, {})
    kind = ruleset.rules[RULE].impl
    assert isinstance(kind, ScoredKind)
    return plan, kind


def snippet(text: str, block: str) -> str:
    """Markdown that puts ``text`` back in a block of kind ``block``."""
    if block == "heading":
        return f"## {text}\n"
    if block == "list-item":
        return f"- {text}\n"
    if block == "table-cell":
        return f"| Item |\n|---|\n| {text} |\n"
    if block == "blockquote":
        return f"> {text}\n"
    if block == "alt":
        return f"![{text.replace(']', '')}](photo.jpg)\n"
    if block == "caption":
        return f"*{text}*\n"
    if block == "front-matter":
        return f"---\ntitle: {yaml.safe_dump(text, width=10_000).strip()}\n---\n"
    return text + "\n"


# -- extract ---------------------------------------------------------------------------------


def extract(corpus: Path) -> list[dict[str, Any]]:
    sys.path.insert(0, str(corpus.parent / "eval"))
    import score  # type: ignore[import-not-found]

    plan, kind = plan_without_check()
    rows: list[dict[str, Any]] = []
    for name in SETS:
        folder = corpus / name
        labels, problems = score.load_labels(folder)
        if problems:
            raise SystemExit("\n".join(problems))
        claims: dict[Path, list[tuple[int, int]]] = {}
        for lab in labels:
            if lab["category"] == "unhedged-claim" and lab["span"] is not None:
                claims.setdefault(lab["post"], []).append(lab["span"])
        for post in sorted(folder.glob("*.md")):
            if not post.with_name(post.stem + ".expect.yaml").exists():
                continue
            text = post.read_text(encoding="utf-8")
            kind.record = []
            lint_text(text, str(post), plan)
            spans = claims.get(post.resolve(), [])
            for unit, _ in kind.record:
                span = unit.span()
                label = any(span.start < b and a < span.end for a, b in spans)
                rows.append(
                    {
                        "post": f"{name}/{post.stem}",
                        "block": unit.block.kind,
                        "label": int(label),
                        "text": " ".join(unit.text.split()),
                    }
                )
            kind.record = None
    return rows


# -- features --------------------------------------------------------------------------------


def featurized(
    rows: Iterable[dict[str, Any]], plan: Plan, kind: ScoredKind
) -> list[tuple[str, set[str], int]]:
    """(group, features, label) for each stored sentence: the sentence is linted alone, in
    its kind of block, and the features CL117 computes for it are kept."""
    out: list[tuple[str, set[str], int]] = []
    for row in rows:
        kind.record = []
        lint_text(snippet(row["text"], row["block"]), "post.md", plan)
        recorded, kind.record = kind.record, None
        if recorded:
            features = set().union(*(f for _, f in recorded))
            out.append((row["post"], features, row["label"]))
    return out


def spec_rows() -> list[dict[str, Any]]:
    """The specification table's rows as training sentences (its own group, "spec")."""
    data = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    rows = []
    for row in data:
        text = str(row["text"]).strip()
        if "\n" in text:
            continue  # snippets with structure: the posts cover those
        rows.append(
            {
                "post": "spec",
                "block": "paragraph",
                "text": text,
                "label": int("unhedged-claim" in (row.get("flag") or [])),
            }
        )
    return rows


# -- training --------------------------------------------------------------------------------


def train(samples: Sequence[tuple[str, set[str], int]]) -> Model:
    counts: Counter[str] = Counter()
    for _, features, _ in samples:
        counts.update(features)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT or not f.startswith(("w:", "f:")))
    index = {f: i for i, f in enumerate(vocab)}
    xs = [[index[f] for f in sorted(features) if f in index] for _, features, _ in samples]
    ys = [label for _, _, label in samples]
    positives = sum(ys) or 1
    negatives = (len(ys) - sum(ys)) or 1
    # each class weighs as much as the other, so a rare class is not ignored
    cw = {1: len(ys) / (2 * positives), 0: len(ys) / (2 * negatives)}
    w = [0.0] * len(vocab)
    bias = 0.0
    n = len(xs)
    for _ in range(ROUNDS):
        grad = [0.0] * len(vocab)
        gb = 0.0
        for x, y in zip(xs, ys, strict=True):
            z = bias + sum(w[i] for i in x)
            p = 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))
            e = (p - y) * cw[y]
            gb += e
            for i in x:
                grad[i] += e
        bias -= RATE * gb / n
        for i in range(len(w)):
            w[i] -= RATE * (grad[i] / n + L2 * w[i])
    weights = {f: round(w[i], 3) for f, i in index.items() if abs(w[i]) >= 0.005}
    return Model(round(bias, 3), weights)


def dump_model(model: Model, sentences: int, positives: int) -> str:
    head = (
        "# Written by scripts/train_claim_scorer.py: do not edit; change the data or the\n"
        "# script and run `python scripts/train_claim_scorer.py train`.\n"
        f"# Trained on {sentences} sentences ({positives} claims):\n"
        "# tests/data/scorer-sentences.yaml (labelled posts), tests/data/claim-sentences.yaml\n"
        "# (the claim rules' specification) and tests/data/claim-training*.yaml (sentences\n"
        "# written for training from the labelling guide alone).\n"
        "# Features: w: word, f: first word, c: phrase class present, p: class before class,\n"
        "# s: form (see claimlint/engine/kinds/scored.py).\n"
    )
    body = {
        "version": MODEL_VERSION,
        "bias": model.bias,
        "weights": dict(sorted(model.weights.items())),
    }
    return head + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100)


def written_rows() -> list[dict[str, Any]]:
    """The sentences written for training (their own group, "written")."""
    return [
        {"post": "written", "block": r["block"], "text": r["text"], "label": int(r["label"])}
        for path in WRITTEN
        for r in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def all_rows() -> list[dict[str, Any]]:
    stored = yaml.safe_load(SENTENCES.read_text(encoding="utf-8")) if SENTENCES.exists() else []
    return [*stored, *spec_rows(), *written_rows()]


# -- k-fold ----------------------------------------------------------------------------------


def kfold(corpus: Path, k: int, threshold: int | None) -> None:
    sys.path.insert(0, str(corpus.parent / "eval"))
    import score

    plan, kind = plan_without_check()
    if threshold is not None:
        kind.__dict__["threshold"] = threshold
    rows = all_rows()
    samples = featurized(rows, plan, kind)
    posts = sorted({g for g, _, _ in samples if g not in ("spec", "written")} | _all_posts(corpus))
    folds = [posts[i::k] for i in range(k)]
    labels: list[dict[str, Any]] = []
    for name in SETS:
        got, _ = score.load_labels(corpus / name)
        labels += got
    with_model: list[dict[str, Any]] = []
    without: list[dict[str, Any]] = []
    for i, fold in enumerate(folds):
        held = set(fold)
        model = train([s for s in samples if s[0] not in held])
        for post in fold:
            path = corpus / f"{post}.md"
            text = path.read_text(encoding="utf-8")
            kind.__dict__["model"] = model
            post_ = score.Post(path)
            with_model += _report(lint_text(text, str(path), plan), post_, path)
            kind.__dict__["model"] = Model(-100.0, {})
            without += _report(lint_text(text, str(path), plan), post_, path)
        print(f"fold {i + 1}/{k}: {len(fold)} posts held out", file=sys.stderr)
    for title, findings in (("rules and CL117", with_model), ("rules without CL117", without)):
        stats, _, _ = score.score(labels, findings)
        print(f"\n{k}-fold by post, {len(posts)} posts, {title}:")
        tot = {"tp": 0, "fp": 0, "fn": 0}
        for cat in score.SCORED:
            s = stats.get(cat)
            if not s:
                continue
            for key in tot:
                tot[key] += s[key]
            p, r, f = score.prf(s)
            print(
                f"  {cat:30} tp {s['tp']:3} fp {s['fp']:3} fn {s['fn']:3}"
                f"  P {p:.2f} R {r:.2f} F1 {f:.2f}"
            )
        p, r, f = score.prf(tot)
        print(f"  {'overall':30} P {p:.3f} R {r:.3f} F1 {f:.3f}")


def _all_posts(corpus: Path) -> set[str]:
    return {
        f"{name}/{p.stem}"
        for name in SETS
        for p in (corpus / name).glob("*.md")
        if p.with_name(p.stem + ".expect.yaml").exists()
    }


def _report(findings: Iterable[Any], post: Any, path: Path) -> list[dict[str, Any]]:
    """Findings in the corpus scorer's shape (as its ``load_findings`` reads a report)."""
    out = []
    for f in findings:
        a = post.offset(f.start.line, f.start.column)
        b = post.offset(f.end.line, f.end.column)
        out.append(
            {
                "post": path.resolve(),
                "category": f.category,
                "lo": f.start.line,
                "hi": f.end.line,
                "span": (a, max(b, a + 1)),
                "rule": f.rule,
                "message": f.message,
            }
        )
    return out


# -- main ------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract")
    ex.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    tr = sub.add_parser("train")
    tr.add_argument("--check", action="store_true")
    kf = sub.add_parser("kfold")
    kf.add_argument("--k", type=int, default=5)
    kf.add_argument("--threshold", type=int, help="in percent (default: the rule's)")
    kf.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args(argv)
    if args.cmd == "extract":
        rows = extract(args.corpus)
        head = (
            "# Written by scripts/train_claim_scorer.py extract from the labelled posts\n"
            "# (corpus dev and dev2): every sentence rule CL117 scores, with label 1 when an\n"
            "# unhedged-claim label covers it. Training data for rules/models/claim-scorer.yml.\n"
        )
        SENTENCES.write_text(
            head + yaml.safe_dump(rows, sort_keys=False, allow_unicode=True, width=100),
            encoding="utf-8",
        )
        print(f"{len(rows)} sentences, {sum(r['label'] for r in rows)} claims -> {SENTENCES}")
        return 0
    if args.cmd == "train":
        plan, kind = plan_without_check()
        samples = featurized(all_rows(), plan, kind)
        model = train(samples)
        text = dump_model(model, len(samples), sum(s[2] for s in samples))
        if args.check:
            same = MODEL.read_text(encoding="utf-8") == text
            print("model is up to date" if same else "model differs from the data: retrain")
            return 0 if same else 1
        MODEL.write_text(text, encoding="utf-8")
        print(f"{len(samples)} sentences, {len(model.weights)} weights -> {MODEL}")
        return 0
    kfold(args.corpus, args.k, args.threshold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
