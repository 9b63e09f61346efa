"""``--verify-sources``: the registries' answers for every source-list entry of a run.

Before linting, every file of the run is parsed once more for its source lists
(:mod:`claimlint.biblio.sourcelist`) and its doi.org and PubMed links; each entry's
text (:func:`~claimlint.biblio.records.entry_key`) is answered from the lock file
(:mod:`claimlint.run.sourcelock`) when it holds a fresh answer (or always with
``--offline``), and otherwise looked up in the registries (:mod:`claimlint.run.registries`,
imported only then) by a few threads. The answers go into the plan's options
(``source-lookups``), where the CL310-CL314 checks read them, and new ones into the
lock file. A registry that does not answer makes its entries unverified (CL314, info):
never an error, never a change of exit status at the default ``fail-on``.

What one entry costs (:func:`look_up`): its DOI at Crossref (and at doi.org when
Crossref has no record of it), its PMID at PubMed, then, unless a record already
matched, a Crossref bibliographic search for the entry's text and, failing that, a
PubMed search for its title; for the work matched, the Crossref notices that update
it. One batch at the end asks PubMed about every matched DOI ("Retracted
Publication"). Only entry texts, titles, DOIs and PMIDs leave the machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from claimlint.biblio.matching import read_sources
from claimlint.biblio.records import Lookup, Record, entry_key, link_identifier
from claimlint.biblio.refstring import parse_reference
from claimlint.biblio.sourcelist import read_source_lists
from claimlint.biblio.verify import compare, entry_title, judge
from claimlint.run.config import Config, ConfigError
from claimlint.run.sourcelock import LOCK_NAME, Answer, SourceLock
from claimlint.text.document import parse
from claimlint.text.source import SourceError, SourceText

if TYPE_CHECKING:
    from claimlint.biblio.refstring import ParsedReference
    from claimlint.run.registries import Client

#: Environment variables that point the registries elsewhere (a mirror, a test server).
ENV_URLS = {
    "crossref-url": "CLAIMLINT_CROSSREF_URL",
    "pubmed-url": "CLAIMLINT_PUBMED_URL",
    "doi-url": "CLAIMLINT_DOI_URL",
}
#: Days after which a lock-file answer is asked again (``sources-max-age``).
MAX_AGE = 90
#: Lookups running at once (each registry still keeps its own limits).
THREADS = 4
#: Records kept for an entry no record matches, besides those its identifiers name.
KEEP_CANDIDATES = 3
#: Seconds between progress lines.
PROGRESS_EVERY = 5.0


@dataclass(frozen=True, slots=True)
class VerifyRun:
    """How this run verifies sources."""

    lock: Path
    """The lock file."""
    offline: bool = False
    """Answer from the lock file only."""
    refresh: bool = False
    """Ask again for every entry (``--refresh-sources``)."""
    max_age: int = MAX_AGE
    """Days a lock-file answer stays fresh."""
    settings: Mapping[str, Any] = field(default_factory=dict)
    """The configuration's registry settings (:attr:`Config.verify`), environment applied."""

    @classmethod
    def of(
        cls,
        config: Config,
        *,
        offline: bool = False,
        refresh: bool = False,
        environ: Mapping[str, str] = os.environ,
    ) -> VerifyRun:
        """The settings of ``config`` with the command line's and the environment's."""
        settings = dict(config.verify)
        for key, variable in ENV_URLS.items():
            if environ.get(variable):
                if not re.match(r"^https?://[^\s/]+", environ[variable]):
                    raise ConfigError(f"{variable} must be an http:// or https:// URL")
                settings[key] = environ[variable]
        if "ncbi-api-key" not in settings and environ.get("NCBI_API_KEY"):
            settings["ncbi-api-key"] = environ["NCBI_API_KEY"]
        lock = Path(settings.get("sources-lock") or config.root / LOCK_NAME)
        return cls(lock, offline, refresh, int(settings.get("sources-max-age", MAX_AGE)), settings)


@dataclass(slots=True)
class Verified:
    """The answers of a run, and what it took to get them."""

    lookups: dict[str, Lookup]
    """Answers by entry key (and ``doi:``/``pmid:`` keys for links)."""
    from_lock: int = 0
    """Entries answered from the lock file."""
    looked_up: int = 0
    """Entries looked up in the registries."""
    requests: int = 0
    """HTTP requests sent."""
    written: bool = False
    """Whether the lock file changed."""

    @property
    def digest(self) -> str:
        """What the answers are, in 16 hex digits (part of the result cache's key)."""
        data = [[k, self.lookups[k].to_data()] for k in sorted(self.lookups)]
        text = json.dumps(data, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def collect(
    files: Sequence[tuple[str, Path | None]],
    stdin: bytes | None,
    config: Config,
) -> dict[str, ParsedReference]:
    """Every source-list entry of the files (by key, parsed) and every doi.org or PubMed
    link in their prose (by ``doi:``/``pmid:`` key); unreadable files are skipped (the
    lint reports them)."""
    out: dict[str, ParsedReference] = {}
    for display, path in files:
        try:
            data = stdin if path is None else path.read_bytes()
            if data is None:
                continue
            source = SourceText.from_bytes(data, display)
        except (OSError, SourceError):
            continue
        doc = parse(source, front_matter_fields=config.front_matter_fields)
        read_source_lists(doc)
        for s in read_sources(doc):
            out.setdefault(entry_key(s.entry.text), s.parsed)
        for block in doc.blocks:
            if block.reference:
                continue
            for link in block.links:
                key = link_identifier(link.href)
                if key is not None and key not in out:
                    kind, value = key.split(":", 1)
                    as_text = f"https://doi.org/{value}" if kind == "doi" else f"PMID: {value}"
                    out[key] = parse_reference(as_text)
    return out


def verify_sources(
    files: Sequence[tuple[str, Path | None]],
    stdin: bytes | None,
    config: Config,
    run: VerifyRun,
    *,
    progress: TextIO | None = None,
    today: date | None = None,
) -> Verified:
    """The answers for every entry of ``files``: from the lock file where it holds a fresh
    one, else from the registries (see the module's notes). Raises
    :class:`~claimlint.run.sourcelock.LockError` for a lock file it cannot read."""
    day = today or date.today()
    lock = SourceLock.load(run.lock)
    entries = collect(files, stdin, config)
    result = Verified({})
    todo: list[tuple[str, ParsedReference]] = []
    for key, parsed in sorted(entries.items()):
        answer = lock.answers.get(key)
        fresh = answer is not None and (day - answer.checked).days <= run.max_age
        if answer is not None and (run.offline or (fresh and not run.refresh)):
            result.lookups[key] = answer.lookup
            result.from_lock += 1
        elif run.offline:
            result.lookups[key] = Lookup(
                unavailable=f"--offline, and {run.lock.name} has no answer for it"
            )
        else:
            todo.append((key, parsed))
    if not todo:
        return result
    from claimlint.run.registries import Client

    client = Client(_settings(run.settings))
    found = _look_up_all(client, todo, progress)
    _pubmed_notices(client, found, dict(todo), progress)
    new: dict[str, Answer] = {}
    for key, lookup in found.items():
        old = lock.answers.get(key)
        if lookup.unavailable and old is not None:
            result.lookups[key] = old.lookup  # an old answer beats none
            continue
        result.lookups[key] = lookup
        if not lookup.unavailable:
            new[key] = Answer(replace(lookup, checked=day.isoformat()), day)
    result.looked_up = len(todo)
    result.requests = client.requests
    result.written = lock.save(new)
    if progress is not None:
        progress.write(
            f"claimlint: looked up {len(todo)} source{'s' if len(todo) != 1 else ''} "
            f"({client.requests} requests); {len(new)} answer{'s' if len(new) != 1 else ''} "
            f"in {run.lock.name}\n"
        )
    return result


def _settings(values: Mapping[str, Any]) -> Any:
    from claimlint.run.registries import CROSSREF_URL, DOI_URL, PUBMED_URL, Settings

    return Settings(
        crossref_url=str(values.get("crossref-url", CROSSREF_URL)),
        pubmed_url=str(values.get("pubmed-url", PUBMED_URL)),
        doi_url=str(values.get("doi-url", DOI_URL)),
        mailto=values.get("mailto"),
        ncbi_api_key=values.get("ncbi-api-key"),
        timeout=float(values.get("registry-timeout", 10.0)),
        pubmed=bool(values.get("pubmed", True)),
    )


def _look_up_all(
    client: Client, todo: Sequence[tuple[str, ParsedReference]], progress: TextIO | None
) -> dict[str, Lookup]:
    """:func:`look_up` for every entry, a few at a time, with progress lines."""
    out: dict[str, Lookup] = {}
    if progress is not None and len(todo) > 1:
        progress.write(
            f"claimlint: looking up {len(todo)} sources in the scholarly registries ...\n"
        )
    shown = time.monotonic()
    with ThreadPoolExecutor(max_workers=min(THREADS, len(todo))) as pool:
        pending: dict[Future[Lookup], str] = {
            pool.submit(look_up, client, key, parsed): key for key, parsed in todo
        }
        try:
            while pending:
                done, _ = wait(pending, timeout=1.0, return_when=FIRST_COMPLETED)
                for future in done:
                    out[pending.pop(future)] = future.result()
                now = time.monotonic()
                if progress is not None and pending and now - shown >= PROGRESS_EVERY:
                    progress.write(f"claimlint: {len(out)}/{len(todo)} sources looked up\n")
                    shown = now
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    return out


def look_up(client: Client, key: str, parsed: ParsedReference) -> Lookup:
    """What the registries say about one entry (see the module's notes)."""
    from claimlint.run.registries import RegistryDown

    records: list[Record] = []
    searched: list[str] = []
    notes: list[str] = []
    doi = parsed.doi.lower().rstrip(".") if parsed.doi else None
    pmid = parsed.pmid
    doi_found: bool | None = None
    pmid_found: bool | None = None

    def lookup() -> Lookup:
        return Lookup(
            tuple(records),
            doi,
            doi_found,
            pmid,
            pmid_found,
            tuple(searched),
            None,
            "",
            tuple(notes),
        )

    try:
        if doi:
            searched.append(f"Crossref DOI {doi}")
            record = client.crossref_work(doi)
            if record is not None:
                records.append(record)
                doi_found = True
            else:
                searched.append(f"doi.org DOI {doi}")
                doi_found = client.doi_exists(doi)
                if doi_found:
                    notes.append(f"DOI {doi} resolves, but Crossref has no record of it")
        if pmid and client.settings.pubmed:
            searched.append(f"PubMed PMID {pmid}")
            got = client.pubmed_summaries([pmid]).get(pmid)
            pmid_found = got is not None
            if got is not None:
                records.append(got)
        elif pmid:
            pmid = None
        named = len(records)
        linked = key.startswith(("doi:", "pmid:"))
        title = entry_title(parsed)
        if not linked and title and judge(parsed, lookup()).status != "found":
            searched.append("Crossref bibliographic search")
            records.extend(client.crossref_search(key))
            if judge(parsed, lookup()).status != "found" and client.settings.pubmed:
                searched.append("PubMed title search")
                ids = client.pubmed_search(title)
                records.extend(r for r in client.pubmed_summaries(ids).values() if r not in records)
        verdict = judge(parsed, lookup())
        matched = verdict.match.record if verdict.match is not None else None
        if matched is not None and matched.doi and matched.registry == "crossref":
            searched.append(f"Crossref notices updating {matched.doi}")
            extra = [n for n in client.crossref_updates(matched.doi) if n not in matched.notices]
            if extra:
                updated = replace(matched, notices=matched.notices + tuple(extra))
                records[records.index(matched)] = updated
                matched = updated
        named_records = records[:named]
        if matched is not None:
            records[:] = named_records + ([matched] if matched not in named_records else [])
        else:  # the nearest records, for a reviewer of the lock file
            rest = sorted(records[named:], key=lambda r: compare(parsed, r).score, reverse=True)
            records[:] = named_records + rest[:KEEP_CANDIDATES]
    except RegistryDown as exc:
        return Lookup(searched=tuple(searched), unavailable=str(exc))
    return lookup()


def _pubmed_notices(
    client: Client,
    found: dict[str, Lookup],
    parsed: Mapping[str, ParsedReference],
    progress: TextIO | None,
) -> None:
    """Ask PubMed, in one batch, about every matched DOI PubMed was not asked about, and
    add its records (a "Retracted Publication" among them) to those entries' answers."""
    from claimlint.run.registries import RegistryDown

    if not client.settings.pubmed:
        return
    wanted: dict[str, list[str]] = {}
    for key, lookup in found.items():
        if lookup.unavailable:
            continue
        verdict = judge(parsed[key], lookup)
        record = verdict.match.record if verdict.match is not None else None
        if record is None or not record.doi:
            continue
        if any(r.registry == "pubmed" and r.doi == record.doi for r in lookup.records):
            continue
        wanted.setdefault(record.doi, []).append(key)
    if not wanted:
        return
    try:
        by_doi = client.pubmed_by_dois(sorted(wanted))
    except RegistryDown as exc:  # Crossref's notices still stand
        if progress is not None:
            progress.write(f"claimlint: warning: PubMed not asked about retractions: {exc}\n")
        return
    for doi, record in by_doi.items():
        for key in wanted[doi]:
            old = found[key]
            found[key] = replace(
                old,
                records=(*old.records, record),
                searched=(*old.searched, "PubMed DOI search"),
            )
