"""``--format html``: one self-contained review page for compliance reviewers.

The page is written as files are linted, like the text report: the head and
the filter bar first, then one ``<section>`` per post with findings, holding
the post's lines and findings as a JSON data block that the page's script
turns into marked-up text only when the post is opened (a site of a thousand
posts opens at once), and last the overview (counts, a chart, the files
sorted by severity, the run's settings) and the rules' documentation, which
need every finding; the script shows the overview first. Only counts are
kept between files.

Post text never reaches the page as markup: the JSON blocks escape ``<``,
``>`` and ``&``, the script puts text into the page with ``textContent``
only, and a Content-Security-Policy allows the page's own script and style
(by hash) and nothing else. See ``docs/html-report.md``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, TextIO

from claimlint import __version__
from claimlint.core.model import Finding, Position, Span
from claimlint.output.context import ReportContext, json_text
from claimlint.output.report import Summary, summary_line
from claimlint.text.source import SourceError, SourceText, writable

#: Rule families by the first digit of the id, as the README's table has them.
FAMILIES = {
    "CL1": "claims",
    "CL2": "evidence appeals",
    "CL3": "citations",
    "CL4": "regulatory",
    "CL9": "claimlint itself",
}
_SEVERITIES = ("error", "warning", "info")
_SCRIPT_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def _asset(name: str) -> str:
    return (resources.files("claimlint.output") / "html_assets" / name).read_text(encoding="utf-8")


def _digest(text: str) -> str:
    """A CSP source expression allowing exactly ``text`` as an inline script or style."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def script_json(value: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: ``<``, ``>`` and ``&`` as
    ``\\u`` escapes, so no text can end the block or open a comment in it; lone
    surrogates (which UTF-8 cannot carry) as U+FFFD."""
    return json_text(value, separators=(",", ":")).translate(_SCRIPT_UNSAFE)


def _esc(text: str) -> str:
    return html.escape(writable(text), quote=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _severity_count(n: int, severity: str) -> str:
    """``2 errors``, ``1 warning``, ``3 info``."""
    return f"{n} info" if severity == "info" else _plural(n, severity)


def family(rule: str) -> str:
    """``CL1xx claims`` for ``CL101``; the id's first three characters otherwise."""
    head = rule[:3]
    name = FAMILIES.get(head)
    return f"{head}xx {name}" if name else f"{head}xx"


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le", errors="surrogatepass")) // 2


def _place(lines: Sequence[str], pos: Position) -> tuple[int, int]:
    """A finding's 1-based line and character column as a 0-based line and a UTF-16
    offset in it (what the page's script indexes strings by), clamped into the text."""
    if not lines:
        return 0, 0
    line = min(max(pos.line, 1), len(lines)) - 1
    text = lines[line]
    if pos.line > len(lines):
        return line, _utf16(text)
    return line, _utf16(text[: max(pos.column - 1, 0)])


@dataclass(slots=True)
class _FileCounts:
    path: str
    anchor: str
    severities: Counter[str]


class HtmlReport:
    """The ``html`` format written as each file's findings arrive (:meth:`add`), then
    :meth:`finish`. The output for all findings added is :func:`format_html`'s."""

    def __init__(self, stream: TextIO, ctx: ReportContext) -> None:
        self._stream = stream
        self._ctx = ctx
        self._css = _asset("report.css")
        self._js = _asset("report.js")
        self._rules = {a.rule.id: a for a in ctx.rules}
        self._severities: Counter[str] = Counter()
        self._by_rule: Counter[str] = Counter()
        self._categories: Counter[str] = Counter()
        self._names: dict[str, tuple[str, str]] = {}
        self._files: list[_FileCounts] = []
        self._write_head()

    def _write_head(self) -> None:
        csp = (
            f"default-src 'none'; script-src {_digest(self._js)}; "
            f"style-src {_digest(self._css)}; base-uri 'none'; form-action 'none'"
        )
        ctx = self._ctx
        made = f" on {_esc(ctx.generated)}" if ctx.generated else ""
        self._stream.write(
            "<!DOCTYPE html>\n"
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="referrer" content="no-referrer">\n'
            f'<meta name="generator" content="claimlint {_esc(__version__)}">\n'
            "<title>claimlint review</title>\n"
            f"<style>{self._css}</style>\n"
            "</head>\n<body>\n"
            '<a class="skip" href="#posts-h">Skip to the posts</a>\n'
            '<header class="top">\n'
            "<h1>claimlint review</h1>\n"
            f'<p class="lede">Made{made} by claimlint {_esc(__version__)}. '
            '<span id="lede-summary"></span></p>\n</header>\n' + _FILTERS + '<main id="main">\n'
            '<noscript><p class="notice">The posts are shown by the page\'s script: '
            "allow JavaScript for this file to read them. The overview below needs no "
            "script.</p></noscript>\n"
            '<section id="posts" aria-labelledby="posts-h">\n'
            '<h2 id="posts-h">Posts</h2>\n'
            '<p id="no-match" class="notice" hidden>No finding matches the filters.</p>\n'
        )

    def add(self, findings: Sequence[Finding], data: bytes | None = None) -> None:
        """One file's findings (all of one path) and the file's bytes as read (None:
        unknown; the findings are listed without the text)."""
        if not findings:
            return
        found = sorted(findings, key=Finding.sort_key)
        path = found[0].path
        source = _source(data, path)
        lines = _lines(source)
        links = (
            citation_links(source)
            if source is not None and any(f.category.startswith("citation-") for f in found)
            else []
        )
        keys = self._ctx.baseline.keys(found) if self._ctx.baseline is not None else None
        index = len(self._files)
        anchor = f"post-{index}"
        counts: Counter[str] = Counter(str(f.severity) for f in found)
        self._files.append(_FileCounts(path, anchor, counts))
        self._severities.update(counts)
        items = []
        for j, f in enumerate(found):
            self._by_rule[f.rule] += 1
            self._categories[f.category] += 1
            self._names.setdefault(f.rule, (f.name, f.category))
            item = self._item(f, lines, keys[j] if keys is not None else None)
            if source is not None and lines and links:
                entries = _cited_entries(f, links, source)
                if entries:
                    item["sources"] = [
                        [
                            *_place(lines, source.position(e.start)),
                            *_place(lines, source.position(e.end)),
                        ]
                        for e in entries
                    ]
            items.append(item)
        payload: dict[str, Any] = {"path": path, "lines": lines, "findings": items}
        if keys:
            payload["keyPath"] = keys[0][0]
        tally = " ".join(
            f'<span class="count sev-{s}">{_severity_count(counts[s], s)}</span>'
            for s in _SEVERITIES
            if counts[s]
        )
        self._stream.write(
            f'<section class="post" id="{anchor}" data-i="{index}" aria-labelledby="{anchor}-h">\n'
            f'<h3 id="{anchor}-h"><button type="button" class="toggle" aria-expanded="false" '
            f'aria-controls="{anchor}-body"><span class="path">{_esc(path)}</span></button></h3>\n'
            f'<p class="tally">{tally} <span class="shown"></span></p>\n'
            f'<div class="post-body" id="{anchor}-body" hidden></div>\n'
            f'<script type="application/json" class="post-data">{script_json(payload)}</script>\n'
            "</section>\n"
        )

    def _item(
        self, f: Finding, lines: list[str] | None, key: tuple[str, str, int] | None
    ) -> dict[str, Any]:
        """One finding for the page's script. What the rule's entry in the run data says
        (name, category) is left out, and so are empty values: a large site's page is
        mostly these."""
        active = self._rules.get(f.rule)
        item: dict[str, Any] = {
            "rule": f.rule,
            "severity": str(f.severity),
            "message": f.message,
            "at": [f.start.line, f.start.column, f.end.line, f.end.column],
        }
        if active is None or (active.rule.name, active.rule.category) != (f.name, f.category):
            item["name"], item["category"] = f.name, f.category
        if f.suggestion:
            item["suggestion"] = f.suggestion
        if (
            active is not None
            and active.rule.scope == "document"
            and active.rule.category.startswith("missing-")
        ):
            item["whole"] = True
        if lines:
            item["span"] = [*_place(lines, f.start), *_place(lines, f.end)]
        if key is not None:
            item["key"] = [key[1], key[2]]
        return item

    def finish(self, files: int) -> Summary:
        """Write the overview, the rules' documentation and the script; the counts."""
        summary = Summary.counted(files, self._severities, self._by_rule)
        out = io.StringIO()
        out.write("</section>\n")
        out.write(self._overview(summary))
        out.write(
            "</main>\n"
            '<footer class="bottom">\n'
            '<h2 class="visually-hidden">Keys</h2>\n'
            '<p class="keys">Keys: <kbd>j</kbd> next finding, <kbd>k</kbd> previous, '
            "<kbd>r</kbd> mark the current finding reviewed, <kbd>o</kbd> open or close "
            "its post, <kbd>/</kbd> search, <kbd>Esc</kbd> leave the search.</p>\n"
            f"<p>claimlint {_esc(__version__)}</p>\n"
            "</footer>\n"
            f'<script type="application/json" id="run-data">{script_json(self._run_data(summary))}'
            "</script>\n"
            f"<script>{self._js}</script>\n"
            "</body>\n</html>\n"
        )
        self._stream.write(out.getvalue())
        return summary

    def _run_data(self, summary: Summary) -> dict[str, Any]:
        rules: dict[str, Any] = {}
        for rule_id in sorted(set(self._rules) | set(summary.by_rule)):
            active = self._rules.get(rule_id)
            if active is None:
                name, category = self._names[rule_id]
                rules[rule_id] = {"name": name, "category": category}
                continue
            rule = active.rule
            rules[rule_id] = {
                "name": rule.name,
                "category": rule.category,
                "severity": str(active.severity),
                "why": " ".join(rule.doc.why.split()),
                "better": rule.doc.better.strip(),
                "see": [[title, url] for title, url in rule.doc.see if url.startswith("https://")],
            }
        baseline = self._ctx.baseline
        return {
            "summary": summary_line(summary),
            "counts": summary.by_rule,
            "categories": dict(sorted(self._categories.items())),
            "rules": rules,
            "baseline": (
                None
                if baseline is None
                else {"version": baseline.version, "header": baseline.header}
            ),
        }

    def _overview(self, summary: Summary) -> str:
        ctx = self._ctx
        s = summary.by_severity
        tiles = "".join(
            f'<li class="tile sev-{name}">{_severity_count(s[name], name)}</li>'
            for name in _SEVERITIES
        )
        families: Counter[str] = Counter()
        for rule, n in summary.by_rule.items():
            families[family(rule)] += n
        family_rows = "".join(
            f'<tr><th scope="row">{_esc(name)}</th><td>{n}</td></tr>'
            for name, n in sorted(families.items())
        )
        rule_rows = "".join(
            f'<tr><th scope="row">{_esc(rule)}</th><td>{_esc(self._rule_name(rule))}</td>'
            f"<td>{n}</td></tr>"
            for rule, n in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        ordered = sorted(
            self._files,
            key=lambda c: (*(-c.severities[name] for name in _SEVERITIES), c.path),
        )
        file_rows = "".join(
            f'<tr><th scope="row"><a href="#{c.anchor}">{_esc(c.path)}</a></th>'
            + "".join(f"<td>{c.severities[name]}</td>" for name in _SEVERITIES)
            + f"<td>{sum(c.severities.values())}</td></tr>"
            for c in ordered
        )
        clean = summary.files - len(self._files)
        enabled = ", ".join(f"{a.rule.id} ({a.severity})" for a in ctx.rules)
        settings = [
            ("claimlint", __version__),
            ("Configuration", ctx.repo_path(ctx.config_file) if ctx.config_file else "none"),
            ("Fails on", f"{ctx.fail_on} and above"),
            ("Files checked", str(summary.files)),
            ("Made", ctx.generated or "not recorded"),
        ]
        dl = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in settings)
        body = [
            '<section id="overview" aria-labelledby="overview-h">\n',
            '<h2 id="overview-h">Overview</h2>\n',
            f'<p class="summary">{_esc(summary_line(summary))}</p>\n',
            f'<ul class="tiles" aria-label="Findings by severity">{tiles}</ul>\n',
        ]
        if summary.findings:
            body += [
                '<div class="columns">\n',
                '<div><h3 id="families-h">By rule family</h3>\n',
                '<table aria-labelledby="families-h"><thead><tr><th scope="col">Family</th>'
                f'<th scope="col">Findings</th></tr></thead><tbody>{family_rows}</tbody></table>\n',
                '</div>\n<div><h3 id="rules-h">By rule</h3>\n',
                _chart(summary.by_rule, self._rule_severity),
                '<table aria-labelledby="rules-h"><thead><tr><th scope="col">Rule</th>'
                '<th scope="col">Name</th><th scope="col">Findings</th></tr></thead>'
                f"<tbody>{rule_rows}</tbody></table>\n</div>\n</div>\n",
                '<h3 id="files-h">Files, most severe first</h3>\n',
                '<table class="files" aria-labelledby="files-h"><thead><tr>'
                '<th scope="col">File</th><th scope="col">Errors</th><th scope="col">Warnings</th>'
                '<th scope="col">Info</th><th scope="col">All</th></tr></thead>'
                f"<tbody>{file_rows}</tbody></table>\n",
            ]
        if clean:
            body.append(f"<p>{_plural(clean, 'file')} had no findings.</p>\n")
        body += [
            '<h3 id="settings-h">Run settings</h3>\n',
            f'<dl class="settings">{dl}</dl>\n',
            f"<details><summary>{_plural(len(ctx.rules), 'rule')} enabled</summary>"
            f"<p>{_esc(enabled) or 'none'}</p></details>\n",
            "</section>\n",
        ]
        return "".join(body)

    def _rule_name(self, rule: str) -> str:
        active = self._rules.get(rule)
        return active.rule.name if active is not None else self._names[rule][0]

    def _rule_severity(self, rule: str) -> str:
        active = self._rules.get(rule)
        return str(active.severity) if active is not None else "info"


def _chart(by_rule: dict[str, int], severity: Any) -> str:
    """Findings per rule as an inline SVG bar chart (most found first); the table after
    it carries the same numbers for screen readers."""
    rows = sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    top = max(n for _, n in rows)
    bar, gap, label, width = 18, 6, 64, 420
    height = len(rows) * (bar + gap) + gap
    parts = [
        f'<svg class="chart" viewBox="0 0 {label + width + 48} {height}" role="img" '
        f'aria-labelledby="chart-t"><title id="chart-t">Findings per rule: '
        + _esc(", ".join(f"{rule} {n}" for rule, n in rows))
        + "</title>"
    ]
    for i, (rule, n) in enumerate(rows):
        y = gap + i * (bar + gap)
        w = max(round(width * n / top), 2)
        parts.append(
            f'<text x="0" y="{y + 13}" class="axis">{_esc(rule)}</text>'
            f'<rect x="{label}" y="{y}" width="{w}" height="{bar}" '
            f'class="bar sev-{severity(rule)}"/>'
            f'<text x="{label + w + 6}" y="{y + 13}" class="axis">{n}</text>'
        )
    parts.append("</svg>\n")
    return "".join(parts)


def _source(data: bytes | None, path: str) -> SourceText | None:
    """The post as linted (decoded, newlines normalised); None when unknown."""
    if data is None:
        return None
    try:
        return SourceText.from_bytes(data, path)
    except SourceError:
        return None


def _lines(source: SourceText | None) -> list[str] | None:
    if source is None:
        return None
    lines = source.text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


def citation_links(source: SourceText) -> list[tuple[Span, tuple[Span, ...]]]:
    """Each in-text citation that points at entries of the post's source list (resolved,
    or disagreeing with what it most likely means), with those entries: where it stands
    and where they stand in the source. The citation rules read the post the same way."""
    from claimlint.biblio.matching import build_citation_map
    from claimlint.text.document import parse

    return [
        (use.block.span(use.start, use.end), tuple(s.entry.span for s in use.resolution.sources))
        for use in build_citation_map(parse(source)).uses
        if use.resolution.sources
    ]


def _cited_entries(
    f: Finding, links: Sequence[tuple[Span, tuple[Span, ...]]], source: SourceText
) -> list[Span]:
    """The source-list entries a citation finding's span points at (none for others)."""
    if not f.category.startswith("citation-"):
        return []
    at = Span(source.offset(f.start.line, f.start.column), source.offset(f.end.line, f.end.column))
    out: list[Span] = []
    for cited, entries in links:
        if cited.overlaps(at) or cited == at:
            out.extend(e for e in entries if e not in out and not e.overlaps(at))
    return out


_FILTERS = """\
<form id="filters" class="filters" role="search" aria-label="Filter findings">
<fieldset class="severities"><legend>Severity</legend>
<label><input type="checkbox" name="severity" value="error" checked> Error</label>
<label><input type="checkbox" name="severity" value="warning" checked> Warning</label>
<label><input type="checkbox" name="severity" value="info" checked> Info</label>
</fieldset>
<label>Rule <select id="filter-rule"><option value="">All rules</option></select></label>
<label>Category <select id="filter-category"><option value="">All categories</option>\
</select></label>
<label>File <select id="filter-file"><option value="">All files</option></select></label>
<label>Search <input type="search" id="filter-search" autocomplete="off"></label>
<label><input type="checkbox" id="filter-unreviewed"> Hide reviewed</label>
<button type="button" id="download">Download reviewed as baseline</button>
<p id="status" role="status" aria-live="polite"></p>
</form>
"""


def format_html(findings: Sequence[Finding], ctx: ReportContext) -> str:
    """The whole page at once: :class:`HtmlReport` fed file by file from ``ctx.sources``."""
    out = io.StringIO()
    report = HtmlReport(out, ctx)
    for _, group in itertools.groupby(sorted(findings, key=Finding.sort_key), key=lambda f: f.path):
        found = list(group)
        report.add(found, ctx.sources.raw(found[0].path))
    report.finish(len(ctx.files))
    return out.getvalue()
