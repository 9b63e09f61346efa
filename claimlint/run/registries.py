"""HTTP to the scholarly registries, with the standard library only.

Imported only by a run that looks sources up (``--verify-sources``) and has an entry
the lock file does not answer for: a run without it never loads ``urllib.request``.

Manners, per registry (:class:`Registry`):

- a rate limit (requests are spaced by :attr:`Registry.interval`) and a limit on
  requests in flight at once (:attr:`Registry.concurrency`), shared by the threads
  of a run: Crossref 5 a second and one at a time, 10 a second and three at a time
  with a ``mailto`` (its "polite pool"); PubMed 3 a second, 10 with an API key;
  doi.org 5 a second;
- a time-out on every request, and up to :attr:`Settings.tries` tries: a 429 or a
  5xx answer, a time-out, a refused or dropped connection or a malformed JSON body
  is tried again after ``Retry-After`` (seconds or an HTTP date; at most
  :attr:`Settings.longest_wait`) or an exponential back-off of 1, 2, 4 ... seconds;
  the whole registry waits out a ``Retry-After``, not only the thread that got it;
- a User-Agent naming claimlint, its version and repository (and the ``mailto``);
- a registry that failed every try is down for the rest of the run: later requests
  fail at once with the same reason (:class:`RegistryDown`), so a dead registry costs
  one time-out, not one per entry.

Only reference strings, titles, DOIs and PMIDs are sent; never a post's prose.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

from claimlint import REPOSITORY_URL, __version__
from claimlint.biblio.records import (
    Notice,
    Record,
    crossref_notices,
    crossref_record,
    pubmed_record,
)

CROSSREF_URL = "https://api.crossref.org"
PUBMED_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
DOI_URL = "https://doi.org"
#: How many records a bibliographic search asks for.
SEARCH_ROWS = 5
#: The largest answer read (a work with thousands of references is about 1 MB).
MAX_BYTES = 8 << 20
#: Statuses that say "try again later".
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class RegistryDown(Exception):
    """A registry that did not answer usefully; the message says why."""


class NotFound(Exception):
    """The registry has no such record (HTTP 404)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the registries are and how to ask them (configuration and environment)."""

    crossref_url: str = CROSSREF_URL
    pubmed_url: str = PUBMED_URL
    doi_url: str = DOI_URL
    mailto: str | None = None
    """An address for Crossref's polite pool and NCBI's ``email`` parameter."""
    ncbi_api_key: str | None = None
    """NCBI's API key (10 requests a second instead of 3)."""
    timeout: float = 10.0
    """Seconds to wait for one answer."""
    tries: int = 3
    """Tries per request."""
    longest_wait: float = 60.0
    """The longest ``Retry-After`` honoured; a registry asking for more is down."""
    pubmed: bool = True
    """Whether PubMed is asked at all."""


def user_agent(settings: Settings) -> str:
    """ "claimlint/0.1.0 (https://github.com/claimlint/claimlint; mailto:a@b.org)"."""
    contact = f"; mailto:{settings.mailto}" if settings.mailto else ""
    return f"claimlint/{__version__} ({REPOSITORY_URL}{contact})"


@dataclass(slots=True)
class Registry:
    """One registry's limits and state, shared by the threads of a run."""

    name: str
    """As messages name it: ``api.crossref.org``."""
    interval: float
    """Seconds between the starts of two requests."""
    concurrency: int
    """Requests in flight at once."""
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    down: str | None = None
    """Why it is down, once it is."""
    _next: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _slots: threading.Semaphore = field(init=False)

    def __post_init__(self) -> None:
        self._slots = threading.Semaphore(self.concurrency)

    def wait_turn(self) -> None:
        """Block until this thread may start a request."""
        with self._lock:
            now = self.clock()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            self.sleep(start - now)

    def hold(self, seconds: float) -> None:
        """Start no request for ``seconds`` (a ``Retry-After``)."""
        with self._lock:
            self._next = max(self._next, self.clock() + seconds)


Opener = Callable[[urllib.request.Request, float], Any]
"""Opens a request with a time-out (``urllib.request.urlopen``; tests may replace it)."""


def _urlopen(request: urllib.request.Request, timeout: float) -> Any:
    return urllib.request.urlopen(request, timeout=timeout)


class Client:
    """GETs JSON from the registries, politely (see the module's notes)."""

    def __init__(
        self,
        settings: Settings,
        *,
        opener: Opener = _urlopen,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.opener = opener
        self.sleep = sleep
        self.requests = 0
        """Requests sent (for the progress line and tests)."""
        polite = settings.mailto is not None
        keyed = settings.ncbi_api_key is not None
        self.crossref = Registry(
            _host(settings.crossref_url), 0.1 if polite else 0.2, 3 if polite else 1, clock, sleep
        )
        self.pubmed = Registry(_host(settings.pubmed_url), 0.1 if keyed else 1 / 3, 3, clock, sleep)
        self.doi = Registry(_host(settings.doi_url), 0.2, 2, clock, sleep)
        self._count = threading.Lock()

    # -- transport ----------------------------------------------------------------------

    def get_json(self, registry: Registry, url: str) -> Any:
        """The JSON at ``url``; raises :class:`NotFound` (404) or :class:`RegistryDown`."""
        if registry.down is not None:
            raise RegistryDown(registry.down)
        last = ""
        tries = max(1, self.settings.tries)
        for attempt in range(tries):
            wait = 2.0**attempt
            with registry._slots:
                registry.wait_turn()
                try:
                    return self._fetch(url)
                except NotFound:
                    raise
                except urllib.error.HTTPError as exc:
                    if exc.code not in RETRY_STATUSES:
                        last = f"answered HTTP {exc.code}"
                        break
                    last = f"answered HTTP {exc.code}"
                    after = retry_after(exc.headers.get("Retry-After") if exc.headers else None)
                    if after is not None:
                        if after > self.settings.longest_wait:
                            last += f" and asked to wait {after:.0f} s"
                            break
                        wait = after
                except TimeoutError:
                    last = f"did not answer in {self.settings.timeout:g} s"
                except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
                    reason = getattr(exc, "reason", exc)
                    if isinstance(reason, TimeoutError):
                        last = f"did not answer in {self.settings.timeout:g} s"
                    else:
                        last = f"could not be reached ({reason or type(exc).__name__})"
                except ValueError:
                    last = "answered with malformed JSON"
            if attempt + 1 < tries:
                registry.hold(wait)
        reason = f"{registry.name} {last} ({tries} {'try' if tries == 1 else 'tries'})"
        registry.down = reason
        raise RegistryDown(reason)

    def _fetch(self, url: str) -> Any:
        request = urllib.request.Request(
            url,
            headers={"User-Agent": user_agent(self.settings), "Accept": "application/json"},
        )
        with self._count:
            self.requests += 1
        try:
            with self.opener(request, self.settings.timeout) as response:
                body = response.read(MAX_BYTES)
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                raise NotFound(url) from None
            raise
        return json.loads(body.decode("utf-8"))

    # -- Crossref -----------------------------------------------------------------------

    def _crossref(self, path: str, params: Mapping[str, str] | None = None) -> Any:
        query = dict(params or {})
        if self.settings.mailto:
            query["mailto"] = self.settings.mailto
        url = self.settings.crossref_url.rstrip("/") + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = self.get_json(self.crossref, url)
        if not isinstance(data, Mapping) or not isinstance(data.get("message"), Mapping):
            raise RegistryDown(f"{self.crossref.name} answered without a 'message'")
        return data["message"]

    def crossref_work(self, doi: str) -> Record | None:
        """Crossref's record of ``doi``; None when it has none."""
        try:
            message = self._crossref("/works/" + urllib.parse.quote(doi, safe=""))
        except NotFound:
            return None
        return crossref_record(message)

    def crossref_search(self, reference: str) -> list[Record]:
        """The works a bibliographic search for the reference string finds, best first."""
        message = self._crossref(
            "/works", {"query.bibliographic": reference[:1000], "rows": str(SEARCH_ROWS)}
        )
        return [r for r in map(crossref_record, _items(message)) if r is not None]

    def crossref_updates(self, doi: str) -> tuple[Notice, ...]:
        """Retraction and concern notices that name ``doi`` as the work they update."""
        message = self._crossref("/works", {"filter": f"updates:{doi}", "rows": "20"})
        out: list[Notice] = []
        for item in _items(message):
            own = item.get("DOI")
            targets = [
                u
                for u in item.get("update-to") or ()
                if isinstance(u, Mapping) and str(u.get("DOI", "")).lower() == doi
            ]
            for n in crossref_notices(targets):
                notice = Notice(
                    n.kind, n.source, own.lower() if isinstance(own, str) else None, n.date
                )
                if notice not in out:
                    out.append(notice)
        return tuple(out)

    # -- doi.org --------------------------------------------------------------------------

    def doi_exists(self, doi: str) -> bool:
        """Whether the DOI resolves at all (registered with Crossref or another agency)."""
        url = f"{self.settings.doi_url.rstrip('/')}/api/handles/{urllib.parse.quote(doi, safe='')}"
        try:
            data = self.get_json(self.doi, url)
        except NotFound:
            return False
        return isinstance(data, Mapping) and data.get("responseCode") == 1

    # -- PubMed ---------------------------------------------------------------------------

    def _eutils(self, tool: str, params: Mapping[str, str]) -> Any:
        query = {"db": "pubmed", "retmode": "json", "tool": "claimlint", **params}
        if self.settings.mailto:
            query["email"] = self.settings.mailto
        if self.settings.ncbi_api_key:
            query["api_key"] = self.settings.ncbi_api_key
        url = f"{self.settings.pubmed_url.rstrip('/')}/{tool}?{urllib.parse.urlencode(query)}"
        try:
            data = self.get_json(self.pubmed, url)
        except NotFound:
            raise RegistryDown(f"{self.pubmed.name} has no {tool}") from None
        if not isinstance(data, Mapping):
            raise RegistryDown(f"{self.pubmed.name} answered {tool} with malformed JSON")
        if "error" in data and not data.get("result") and not data.get("esearchresult"):
            raise RegistryDown(f"{self.pubmed.name} answered {tool}: {data['error']}")
        return data

    def pubmed_summaries(self, pmids: Sequence[str]) -> dict[str, Record]:
        """PubMed's records of ``pmids`` (those it has), by PMID; 200 at a time."""
        out: dict[str, Record] = {}
        for i in range(0, len(pmids), 200):
            data = self._eutils("esummary.fcgi", {"id": ",".join(pmids[i : i + 200])})
            result = data.get("result")
            if not isinstance(result, Mapping):
                raise RegistryDown(f"{self.pubmed.name} answered esummary without a 'result'")
            for uid in result.get("uids") or ():
                record = pubmed_record(result.get(str(uid)))
                if record is not None and record.pmid:
                    out[record.pmid] = record
        return out

    def pubmed_search(self, term: str, limit: int = 3) -> list[str]:
        """The PMIDs an ``esearch`` for ``term`` finds, most relevant first."""
        data = self._eutils(
            "esearch.fcgi", {"term": term[:1000], "retmax": str(limit), "sort": "relevance"}
        )
        result = data.get("esearchresult")
        if not isinstance(result, Mapping):
            raise RegistryDown(f"{self.pubmed.name} answered esearch without an 'esearchresult'")
        return [str(i) for i in result.get("idlist") or () if str(i).isdigit()]

    def pubmed_by_dois(self, dois: Sequence[str]) -> dict[str, Record]:
        """PubMed's records of the works with these DOIs, by DOI (50 DOIs a search)."""
        out: dict[str, Record] = {}
        for i in range(0, len(dois), 50):
            chunk = dois[i : i + 50]
            term = " OR ".join(f'"{d}"[aid]' for d in chunk)
            ids = self.pubmed_search(term, limit=len(chunk) * 2)
            for record in self.pubmed_summaries(ids).values():
                if record.doi and record.doi in chunk:
                    out[record.doi] = record
        return out


def _host(url: str) -> str:
    parsed = urllib.parse.urlsplit(url)
    return parsed.netloc or url


def _items(message: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    items = message.get("items")
    if not isinstance(items, list):
        return ()
    return [i for i in items if isinstance(i, Mapping)]


def retry_after(value: str | None) -> float | None:
    """``Retry-After`` in seconds (a number, or an HTTP date from now); None if absent
    or unreadable."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())
