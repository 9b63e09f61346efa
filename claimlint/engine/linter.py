"""Run a rule set over a document: scopes, one-pass matching, stamping, suppression, sorting."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from claimlint.biblio.sourcelist import read_source_lists
from claimlint.core.model import Finding, Position, Severity, Span
from claimlint.engine import suppress
from claimlint.engine.registry import RuleSet
from claimlint.engine.rule import Hit, Needs, Rule, configured_jurisdiction
from claimlint.text.clauses import claim_parts
from claimlint.text.document import Block, Document, Sentence
from claimlint.text.framing import is_attributed_quote, is_myth
from claimlint.text.lexicon import PhraseMatch, PhraseMatcher
from claimlint.text.prefilter import ascii_lower

#: Scopes whose units are sentences of prose blocks; they share one matcher.
SENTENCE_SCOPES = ("sentence", "heading", "front-matter")

# Rules the engine raises itself (their YAML files carry the documentation).
INTERNAL_ERROR = "CL900"
UNUSED_SUPPRESSION = "CL901"
UNREADABLE_FILE = "CL902"
INVALID_FRONT_MATTER = "CL903"
INVALID_DIRECTIVE = "CL904"


class ActiveRule(NamedTuple):
    """A rule switched on for a run, with its effective severity."""

    rule: Rule
    """The rule."""
    severity: Severity
    """Severity after configuration overrides."""


@dataclass(slots=True)
class Plan:
    """The enabled rules grouped the way the engine runs them."""

    ruleset: RuleSet
    """Everything loaded."""
    active: dict[str, ActiveRule]
    """Enabled rules by id."""
    options: Mapping[str, Any] = field(default_factory=dict)
    """Configuration values kinds may read."""
    by_scope: dict[str, list[ActiveRule]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    unit_groups: list[tuple[str, list[ActiveRule], PhraseMatcher]] = field(default_factory=list)
    """(unit kind, rules, their one-pass matcher) for the sentence, block and reference units."""
    needs: dict[str, Needs | None] = field(default_factory=dict)
    """Rule id -> what its kind needs in a unit (:meth:`~claimlint.engine.rule.Kind.needs`)."""
    heads: dict[str, tuple[str, ...] | None] = field(default_factory=dict)
    """Rule id -> the words of one group of each of its needs' patterns: a unit whose
    text holds none of them meets none of the patterns (:func:`_heads`)."""
    gates: dict[str, PhraseMatcher] = field(default_factory=dict)
    """Unit kind -> the gate of its matcher (:meth:`PhraseMatcher.meets
    <claimlint.text.lexicon.PhraseMatcher.meets>`), when each of its rules needs a tag
    and nothing else: a unit the gate says no to is not matched at all."""

    def __post_init__(self) -> None:
        here = configured_jurisdiction(self.options.get)
        self.active = {  # rules limited to other jurisdictions ("uk" only) are not run
            rid: a
            for rid, a in self.active.items()
            if not a.rule.jurisdictions
            or any(here == j or here.startswith(j + "-") for j in a.rule.jurisdictions)
        }
        for active in self.active.values():
            self.by_scope.setdefault(active.rule.scope, []).append(active)
        for rules in self.by_scope.values():
            rules.sort(key=lambda a: a.rule.id)
        for rule in self.ruleset.rules.values():
            self.names[rule.id] = rule.id
            self.names[rule.name] = rule.id
        for unit, scopes in (
            ("sentence", SENTENCE_SCOPES),
            ("block", ("block",)),
            ("reference", ("reference",)),
        ):
            rules = [a for s in scopes for a in self.by_scope.get(s, [])]
            for a in rules:
                needs = self.needs[a.rule.id] = a.rule.impl.needs()
                self.heads[a.rule.id] = _heads(needs)
            if rules:
                matcher = self.ruleset.matcher(unit, [a.rule for a in rules])
                self.unit_groups.append((unit, rules, matcher))
                gated = [self.needs[a.rule.id] for a in rules]
                if all(n is not None and n.tags and not n.words for n in gated):
                    only = frozenset().union(*[n.tags for n in gated if n is not None])
                    self.gates[unit] = self.ruleset.matcher(unit, [a.rule for a in rules], only)


#: A rule of a unit group, what its kind needs in a unit, the words :func:`_heads` gives
#: and whether they are all it needs besides its tags (:func:`_heads_suffice`).
_Gated = tuple[ActiveRule, Needs | None, tuple[str, ...] | None, bool]


def _heads(needs: Needs | None) -> tuple[str, ...] | None:
    """The words of one group of each of ``needs.words`` (the group of fewest words: a
    pattern's text holds a word of every group), or None (no such test) when one of them
    has no groups (it may match any text).

    :meth:`Needs.met <claimlint.engine.rule.Needs.met>` asks each pattern's needles in turn,
    and one with many patterns (CL201's) costs microseconds a unit in Python; a text that
    holds none of these words fails every one of them, found by one pass in C. Shorter
    words first: they are the commoner, and a text that holds one is told so sooner.
    """
    if needs is None or not needs.words or any(not w.groups for w in needs.words):
        return None
    words = dict.fromkeys(word for w in needs.words for word in min(w.groups, key=len))
    return tuple(sorted(words, key=len))


def _heads_suffice(needs: Needs | None) -> bool:
    """Whether a unit whose text holds one of :func:`_heads` (or is not ASCII) meets
    ``needs``: its words are one pattern's with one group, which the heads are, so
    :meth:`Needs.met <claimlint.engine.rule.Needs.met>` would only ask them again."""
    return needs is not None and len(needs.words) == 1 and len(needs.words[0].groups) == 1


class _Context:
    """What kinds may ask while they run (see :class:`claimlint.engine.rule.Context`)."""

    def __init__(self, doc: Document, plan: Plan) -> None:
        self.document = doc
        self._plan = plan
        self._matcher = PhraseMatcher(())
        self._reported: dict[str, list[tuple[Sentence, Hit]]] = {}
        # The unit the rules are looking at now, its matches and the tags they carry: the
        # engine visits each unit once, and its rules ask about it in turn.
        self._unit: Sentence | None = None
        self._matches: list[PhraseMatch] = []
        self._tags: set[str] | None = None
        self._elsewhere: dict[tuple[int, int], list[PhraseMatch]] = {}

    def use(self, matcher: PhraseMatcher) -> None:
        """Switch to the matcher of the next unit group."""
        self._matcher = matcher
        self._unit = None
        self._elsewhere = {}

    def matches_elsewhere(self, sentence: Sentence) -> list[PhraseMatch]:
        key = (sentence.block.index, sentence.start)
        found = self._elsewhere.get(key)
        if found is None:
            found = self._elsewhere[key] = self._matcher.findall(sentence.text)
        return found

    def matches(self, unit: Sentence) -> list[PhraseMatch]:
        if unit is not self._unit:
            found = self._matcher.findall(unit.text)
            if "May" in unit.text and any(m.text == "May" for m in found):
                found = [m for m in found if not _the_month(unit.text, m)]
            self._unit, self._matches, self._tags = unit, found, None
        return self._matches

    def tags(self, unit: Sentence) -> set[str]:
        """Every tag carried by a phrase match in ``unit`` (for the rules' required tags)."""
        found = self.matches(unit)
        tags = self._tags
        if tags is None:
            tags = self._tags = set().union(*[m.tags for m in found])
        return tags

    def option(self, name: str, default: Any = None) -> Any:
        return self._plan.options.get(name, default)

    def record(self, category: str, unit: Sentence, hit: Hit) -> None:
        """Remember a sentence-level hit for document rules that depend on it."""
        self._reported.setdefault(category, []).append((unit, hit))

    def reported(self, category: str) -> list[tuple[Sentence, Hit]]:
        return self._reported.get(category, [])


def _the_month(text: str, m: PhraseMatch) -> bool:
    """Whether a match of "May" is the month: capitalised inside a sentence ("in May, ...")
    rather than the hedge that opens one ("May help ...")."""
    if m.text != "May":
        return False
    before = text[: m.start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'“‘(*-•"


def _excerpt(doc: Document, line: int) -> str:
    src = doc.source
    return src.line_text(line - 1) if 1 <= line <= len(src.line_starts) else ""


def make_finding(
    doc: Document, active: ActiveRule, span: Span, hit: Hit, context: str = ""
) -> Finding:
    """Stamp a hit with its rule's id, name, category, severity and message."""
    rule = active.rule
    start, end = doc.source.span_positions(span)
    if end.line == start.line and end.column <= start.column:
        end = Position(start.line, start.column + 1)
    message = hit.message or rule.format_message(hit.values)
    suggestion = hit.suggestion or rule.format_suggestion(hit.values)
    return Finding(
        path=doc.path,
        start=start,
        end=end,
        rule=rule.id,
        name=rule.name,
        category=rule.category,
        severity=active.severity,
        message=message,
        suggestion=suggestion,
        fix=hit.fix,
        excerpt=_excerpt(doc, start.line),
        span=span,
        context=context,
    )


def system_finding(
    plan: Plan,
    rule_id: str,
    path: str,
    start: Position,
    end: Position,
    message: str,
    excerpt: str = "",
) -> Finding | None:
    """A CL9xx finding, when that rule is enabled."""
    active = plan.active.get(rule_id)
    if active is None:
        return None
    return Finding(
        path,
        start,
        end,
        rule_id,
        active.rule.name,
        active.rule.category,
        active.severity,
        message,
        excerpt=excerpt,
    )


def _units(doc: Document, scope: str) -> Iterable[Sentence]:
    if scope == "reference":
        for entry in doc.references:
            block = entry.block
            start = block.text.find(entry.text)
            if start == -1:
                start = 0
            yield Sentence(block, start, start + len(entry.text))
        return
    for block in doc.blocks:
        if block.reference:
            continue
        if scope == "block":
            yield Sentence(block, 0, len(block.text))
        else:
            yield from block.sentences


def _applies(rule: Rule, block: Block) -> bool:
    if rule.scope == "heading" and block.kind != "heading":
        return False
    if rule.scope == "front-matter" and block.kind != "front-matter":
        return False
    # a quote attributed to nobody (a pull quote, a callout) is the page's own words
    quoted = block.quoted
    if block.kind in rule.skip_blocks and not (block.tagline and "tagline" not in rule.skip_blocks):
        # a tagline is a line of its own: rules that skip paragraphs read it
        return block.kind == "blockquote" and not quoted
    return not (quoted and "blockquote" in rule.skip_blocks)


def lint_document(doc: Document, plan: Plan) -> list[Finding]:
    """All findings for one parsed document, suppressions applied, sorted."""
    read_source_lists(doc)
    # Suppressions are applied before one finding per sentence is chosen, so that a
    # directive naming a rule and --ignore of that rule leave the same findings.
    directives, problems = suppress.parse_directives(doc, plan.names)
    disabled = suppress.front_matter_disabled(doc.front_matter, plan.names)
    ctx = _Context(doc, plan)
    findings: list[Finding] = []
    for group, rules, matcher in plan.unit_groups:
        ctx.use(matcher)
        gate = plan.gates.get(group)
        gated = [
            (a, needs, plan.heads.get(a.rule.id), _heads_suffice(needs))
            for a in rules
            for needs in [plan.needs.get(a.rule.id)]
        ]
        # Which rules apply depends only on the block's kind and whether it is quoted.
        applicable: dict[tuple[str, bool, bool], list[_Gated]] = {}
        for unit in _units(doc, group):
            if gate is not None and not gate.meets(unit.text):
                continue  # no match there carries a tag any of the rules needs
            here: list[Finding] = []
            if group == "reference":
                these = gated
            else:
                key = (unit.block.kind, unit.block.quoted, unit.block.tagline)
                found = applicable.get(key)
                if found is None:
                    found = applicable[key] = [g for g in gated if _applies(g[0].rule, unit.block)]
                these = found
                if is_myth(unit):  # a claim the page quotes to deny it
                    these = [g for g in these if "myth" not in g[0].rule.skip_blocks]
                if is_attributed_quote(unit):  # '"...," says Dr. Ruiz.': as a blockquote
                    these = [g for g in these if "blockquote" not in g[0].rule.skip_blocks]
            # The tags of the unit's phrases and its text for the prefilters, once asked.
            present: set[str] | None = None
            lowered: str | None = None
            read = False
            for active, needs, heads, suffice in these:
                # A rule whose kind needs what the unit does not hold finds nothing there.
                if needs is not None:
                    if present is None:
                        present = ctx.tags(unit)
                    if needs.tags.isdisjoint(present):
                        if not needs.words:
                            continue
                        if not read:
                            lowered, read = ascii_lower(unit.text), True
                        if (
                            heads is not None
                            and lowered is not None
                            and not any(map(lowered.__contains__, heads))
                        ):
                            continue
                        if not suffice and not needs.met(present, lowered):
                            continue
                try:
                    for hit in active.rule.impl.check_sentence(unit, ctx):
                        span = unit.span(hit.start, hit.end)
                        here.append(make_finding(doc, active, span, hit, unit.text))
                        ctx.record(active.rule.category, unit, hit)
                except Exception as exc:  # a bug in one rule must not stop the run
                    findings.extend(_crash(doc, plan, active.rule, exc))
            if here:
                here = suppress.apply(here, directives, disabled)
                findings.extend(_one_per_sentence(here, plan, unit.text, unit.span().start))
    for active in plan.by_scope.get("document", []):
        if active.rule.kind == "system":
            continue
        try:
            for block, hit in active.rule.impl.check_document(doc, ctx):
                if block is None:
                    span = Span(0, 0)
                    context = ""
                else:
                    span = block.span(hit.start, hit.end)
                    context = block.text
                findings.append(make_finding(doc, active, span, hit, context))
        except Exception as exc:
            findings.extend(_crash(doc, plan, active.rule, exc))
    if doc.front_matter_error is not None:
        message, pos = doc.front_matter_error
        f = system_finding(
            plan,
            INVALID_FRONT_MATTER,
            doc.path,
            pos,
            Position(pos.line, pos.column + 1),
            message,
            _excerpt(doc, pos.line),
        )
        if f:
            findings.append(f)
    return _suppress(doc, plan, findings, directives, problems, disabled)


def _one_per_sentence(found: list[Finding], plan: Plan, text: str, offset: int) -> list[Finding]:
    """One declarative finding per claim of the sentence, per category.

    A sentence is cut into the parts that can each make a claim: its clauses and the
    predicates joined by "and" or "or" (:func:`~claimlint.text.clauses.claim_parts`),
    so "Ketamine cures depression and is completely safe" makes a cure claim and a
    safety claim. Of the findings of one category in one part, one is kept (see
    :func:`_rank`): the rule of the highest ``precedence`` (a specific claim, such as a
    comparison or a typical outcome, before a plain efficacy verb), then the most
    severe, the finding on the most words and the lowest id. A part whose best finding
    only qualifies a claim (precedence 0: "permanently", "in hours") is kept only when
    no other part of the sentence has a finding of its category. Python checks
    (citation checks) report each problem they find. ``text`` is the sentence and
    ``offset`` where it starts in the source.
    """
    if len(found) < 2:
        return found
    out: list[Finding] = []
    best: dict[tuple[str, int], Finding] = {}
    parts: list[tuple[int, int]] | None = None
    for f in found:
        if plan.active[f.rule].rule.kind == "check":
            out.append(f)
            continue
        if parts is None:
            parts = claim_parts(text)
        start = (f.span.start - offset) if f.span is not None else 0
        part = next((i for i, (a, b) in enumerate(parts) if a <= start < b), len(parts) - 1)
        kept = best.get((f.category, part))
        if kept is None or _rank(f, plan) < _rank(kept, plan):
            best[(f.category, part)] = f
    if parts and len(parts) > 1 and _LEAD_IN.match(text, parts[0][0], parts[0][1]):
        # "**Proven results:** ReGenesis stops hair loss": the lead-in and the claim it
        # opens are one sentence to a reader; the claim's own finding is kept
        for category in [c for (c, part) in best if part == 1]:
            best.pop((category, 0), None)
    claimed = {c for (c, _), f in best.items() if plan.active[f.rule].rule.precedence > 0}
    for (category, _), f in best.items():
        if plan.active[f.rule].rule.precedence > 0 or category not in claimed:
            out.append(f)
    return out


#: A short lead-in that opens the sentence: a few words ending with a colon ("Proven
#: results:", "Lasting:"), a label a reader reads as part of the claim after it.
_LEAD_IN = re.compile(r"^\W*(?:[\w'’-]+\s+){0,4}[\w'’-]+\W*:\s*$")


def _rank(f: Finding, plan: Plan) -> tuple[int, bool, int, int, str]:
    """Highest precedence first; then a rule that says why over a scored one (a learned
    scorer catches what the rules miss, and a rule's message names the shape it found);
    then the most severe; then the finding on the most words (the rule that reads more
    of the claim says more precisely what is wrong: "more effective than" before
    "effective"); then the lowest id."""
    rule = plan.active[f.rule].rule
    width = (f.span.end - f.span.start) if f.span is not None else 0
    return (-rule.precedence, rule.kind == "scored", -f.severity, -width, f.rule)


def _crash(doc: Document, plan: Plan, rule: Rule, exc: Exception) -> list[Finding]:
    f = system_finding(
        plan,
        INTERNAL_ERROR,
        doc.path,
        Position(1, 1),
        Position(1, 2),
        f"rule {rule.id} ({rule.name}) failed on this file: {type(exc).__name__}: {exc}",
    )
    return [f] if f else []


def _suppress(
    doc: Document,
    plan: Plan,
    findings: list[Finding],
    directives: list[suppress.Directive],
    problems: list[suppress.Problem],
    disabled: set[str],
) -> list[Finding]:
    problems = problems + suppress.front_matter_problems(doc, plan.names)
    kept = suppress.apply(findings, directives, disabled)
    src = doc.source
    # CL901 and CL904 findings are suppressed only by directives that name them (a
    # blanket "disable all" would otherwise hide its own report), and a CL901 about a
    # directive never by that directive itself.
    naming = [d for d in directives if {UNUSED_SUPPRESSION, INVALID_DIRECTIVE} & set(d.codes)]
    named = disabled - {"*"}
    for p in problems:
        start, end = src.span_positions(p.span)
        f = system_finding(
            plan, INVALID_DIRECTIVE, doc.path, start, end, p.message, _excerpt(doc, start.line)
        )
        if f:
            kept += suppress.apply([f], naming, named)
    # A directive that suppresses a CL901 is used, so which are unused is settled by
    # repeating until nothing changes (each round can only mark more directives used).
    unused_kept: list[Finding] = []
    for _ in range(len(directives) + 1):
        before = sum(len(d.used) for d in naming)
        unused_kept = []
        for d, what in suppress.unused(directives, set(plan.active)):
            start, end = src.span_positions(d.span)
            f = system_finding(
                plan,
                UNUSED_SUPPRESSION,
                doc.path,
                start,
                end,
                f"suppression comment for {what} suppresses nothing",
                _excerpt(doc, start.line),
            )
            if f:
                unused_kept += suppress.apply([f], [n for n in naming if n is not d], named)
        if sum(len(d.used) for d in naming) == before:
            break
    kept += unused_kept
    kept.sort(key=Finding.sort_key)
    return _dedupe(kept)


def _dedupe(findings: Sequence[Finding]) -> list[Finding]:
    """One finding per place and category: when two rules of one category flag overlapping
    text ("cures" is both cure language and an efficacy verb), keep the more severe one."""
    ranked = sorted(findings, key=lambda f: (-f.severity, f.rule))
    kept_spans: dict[str, list[tuple[int, int]]] = {}  # per category: disjoint, sorted
    keep: set[int] = set()
    for f in ranked:
        if f.span is None:
            keep.add(id(f))
            continue
        spans = kept_spans.setdefault(f.category, [])
        lo, hi = f.span.start, f.span.end
        i = bisect_left(spans, (lo, hi))
        # kept spans are disjoint, so only the neighbours can overlap this one
        if any(_overlap(spans[j], f.span) for j in (i - 1, i) if 0 <= j < len(spans)):
            continue
        spans.insert(i, (lo, hi))
        keep.add(id(f))
    return [f for f in findings if id(f) in keep]


def _overlap(kept: tuple[int, int], span: Span) -> bool:
    return span.overlaps(Span(kept[0], kept[1]))
