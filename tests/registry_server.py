"""A scholarly registry on the loopback interface, for the source-verification tests.

One ``http.server`` in a thread answers as Crossref's REST API (under ``/crossref``),
the DOI handle API (``/doi``) and NCBI's E-utilities (``/pubmed``) do, in the JSON
shapes their public documentation gives, from works the test puts in it:

- ``GET /crossref/works/{doi}``: ``{"status": "ok", "message-type": "work", "message":
  {...}}``, or 404 with the text ``Resource not found.``;
- ``GET /crossref/works?query.bibliographic=...&rows=N``: a ``work-list`` of the works
  sharing the most words with the query (as a relevance search would rank them);
- ``GET /crossref/works?filter=updates:{doi}``: the notices whose ``update-to`` names it;
- ``GET /doi/api/handles/{doi}``: ``{"responseCode": 1, ...}`` or 404 with
  ``{"responseCode": 100}``;
- ``GET /pubmed/esearch.fcgi?term=...``: ``{"esearchresult": {"idlist": [...]}}``
  (``"10.x/y"[aid]`` terms find by DOI, other terms by shared title words);
- ``GET /pubmed/esummary.fcgi?id=1,2``: ``{"result": {"uids": [...], "1": {...}}}``,
  an ``error`` entry for an unknown id.

Faults are queued per registry (``crossref``, ``doi``, ``pubmed``) and used one per
request: a status with headers (``429`` with ``Retry-After``, ``500``), a pause longer
than the client's time-out, a malformed body. Every request is logged with its query
and headers. No request leaves the machine: the server binds 127.0.0.1 only.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit


@dataclass
class Fault:
    """What to do instead of answering, once."""

    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    pause: float = 0.0
    body: bytes | None = None


@dataclass
class Logged:
    registry: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    at: float


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.casefold()) if len(w) > 2}


class FakeRegistry:
    """The registries' data and the fault queues (see the module's notes)."""

    def __init__(self) -> None:
        self.works: dict[str, dict[str, Any]] = {}
        self.notices: list[dict[str, Any]] = []
        self.handles: set[str] = set()
        self.pubmed: dict[str, dict[str, Any]] = {}
        self.faults: dict[str, list[Fault]] = {"crossref": [], "doi": [], "pubmed": []}
        self.log: list[Logged] = []
        self.lock = threading.Lock()
        self.url = ""

    def add_work(self, work: dict[str, Any]) -> None:
        self.works[work["DOI"].lower()] = work

    def add_pubmed(self, summary: dict[str, Any]) -> None:
        self.pubmed[summary["uid"]] = summary

    def fault(self, registry: str, *faults: Fault) -> None:
        self.faults[registry].extend(faults)

    def requests(self, registry: str | None = None) -> list[Logged]:
        return [r for r in self.log if registry is None or r.registry == registry]

    # -- answers ------------------------------------------------------------------------

    def answer(self, registry: str, path: str, query: dict[str, list[str]]) -> tuple[int, Any]:
        if registry == "crossref":
            return self._crossref(path, query)
        if registry == "doi":
            doi = unquote(path.removeprefix("/api/handles/")).lower()
            if doi in self.works or doi in self.handles:
                return 200, {"responseCode": 1, "handle": doi, "values": []}
            return 404, {"responseCode": 100, "handle": doi}
        if registry == "pubmed":
            return self._pubmed(path, query)
        return 404, "Resource not found."

    def _crossref(self, path: str, query: dict[str, list[str]]) -> tuple[int, Any]:
        if path.startswith("/works/"):
            work = self.works.get(unquote(path.removeprefix("/works/")).lower())
            if work is None:
                return 404, "Resource not found."
            return 200, {
                "status": "ok",
                "message-type": "work",
                "message-version": "1.0.0",
                "message": work,
            }
        if path != "/works":
            return 404, "Resource not found."
        rows = int(query.get("rows", ["20"])[0])
        if "filter" in query:
            target = query["filter"][0].removeprefix("updates:").lower()
            items = [
                n
                for n in self.notices
                if any(u.get("DOI", "").lower() == target for u in n.get("update-to", []))
            ]
        else:
            wanted = _words(query.get("query.bibliographic", [""])[0])
            scored = []
            for work in self.works.values():
                text = " ".join(
                    [*work.get("title", []), *(a.get("family", "") for a in work.get("author", []))]
                )
                score = len(wanted & _words(text))
                if score:
                    scored.append((score, work["DOI"], work))
            scored.sort(key=lambda t: (-t[0], t[1]))
            items = [dict(w, score=float(s)) for s, _, w in scored[:rows]]
        return 200, {
            "status": "ok",
            "message-type": "work-list",
            "message-version": "1.0.0",
            "message": {"items": items[:rows], "total-results": len(items), "items-per-page": rows},
        }

    def _pubmed(self, path: str, query: dict[str, list[str]]) -> tuple[int, Any]:
        if path == "/esearch.fcgi":
            term = query.get("term", [""])[0]
            limit = int(query.get("retmax", ["20"])[0])
            dois = [d.lower() for d in re.findall(r'"([^"]+)"\[aid\]', term)]
            if dois:
                ids = [
                    uid
                    for uid, s in self.pubmed.items()
                    if any(
                        a.get("idtype") == "doi" and a.get("value", "").lower() in dois
                        for a in s.get("articleids", [])
                    )
                ]
            else:
                wanted = _words(term)
                scored = sorted(
                    (
                        (-len(wanted & _words(s.get("title", ""))), uid)
                        for uid, s in self.pubmed.items()
                        if len(wanted & _words(s.get("title", ""))) >= 2
                    )
                )
                ids = [uid for _, uid in scored]
            return 200, {
                "header": {"type": "esearch", "version": "0.3"},
                "esearchresult": {
                    "count": str(len(ids)),
                    "retmax": str(min(limit, len(ids))),
                    "retstart": "0",
                    "idlist": ids[:limit],
                },
            }
        if path == "/esummary.fcgi":
            ids = [i for i in query.get("id", [""])[0].split(",") if i]
            result: dict[str, Any] = {"uids": ids}
            for uid in ids:
                result[uid] = self.pubmed.get(uid) or {
                    "uid": uid,
                    "error": "cannot get document summary",
                }
            return 200, {"header": {"type": "esummary", "version": "0.3"}, "result": result}
        return 404, "Not found"


@contextmanager
def serving(registry: FakeRegistry | None = None) -> Iterator[FakeRegistry]:
    """Run ``registry`` (a new one by default) on 127.0.0.1 until the block ends."""
    fake = registry or FakeRegistry()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_GET(self) -> None:
            split = urlsplit(self.path)
            name, _, rest = split.path.lstrip("/").partition("/")
            query = parse_qs(split.query)
            with fake.lock:
                fake.log.append(
                    Logged(name, "/" + rest, query, dict(self.headers.items()), time.monotonic())
                )
                queue = fake.faults.get(name, [])
                fault = queue.pop(0) if queue else None
            if fault is not None:
                if fault.pause:
                    time.sleep(fault.pause)
                if fault.status or fault.body is not None:
                    body = fault.body if fault.body is not None else b'{"status":"error"}'
                    self._send(fault.status or 200, body, fault.headers)
                    return
            status, data = fake.answer(name, "/" + rest, query)
            body = data.encode() if isinstance(data, str) else json.dumps(data).encode()
            self._send(status, body, {})

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (time-out)
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def crossref_work(
    doi: str,
    title: str,
    families: str,
    year: int,
    journal: str,
    **extra: Any,
) -> dict[str, Any]:
    """A work in Crossref's JSON shape (``families``: the surnames, comma-separated)."""
    work: dict[str, Any] = {
        "DOI": doi,
        "type": "journal-article",
        "title": [title],
        "author": [
            {"given": "A.", "family": f, "sequence": "first" if i == 0 else "additional"}
            for i, f in enumerate(families.split(", "))
        ],
        "issued": {"date-parts": [[year]]},
        "published-print": {"date-parts": [[year, 3]]},
        "container-title": [journal],
        "short-container-title": [],
    }
    work.update(extra)
    return work


def pubmed_summary(
    pmid: str, title: str, names: list[str], year: int, journal: str, doi: str = "", **extra: Any
) -> dict[str, Any]:
    """A document of E-utilities' esummary JSON."""
    ids = [{"idtype": "pubmed", "idtypen": 1, "value": pmid}]
    if doi:
        ids.append({"idtype": "doi", "idtypen": 3, "value": doi})
    summary: dict[str, Any] = {
        "uid": pmid,
        "pubdate": f"{year} Mar",
        "epubdate": "",
        "source": journal,
        "authors": [{"name": n, "authtype": "Author", "clusterid": ""} for n in names],
        "title": title + ".",
        "volume": "2",
        "issue": "1",
        "pages": "1-9",
        "pubtype": ["Journal Article"],
        "articleids": ids,
        "fulljournalname": journal,
    }
    summary.update(extra)
    return summary


def example_registry() -> FakeRegistry:
    """The registries as they describe the works ``examples/ai-drafted-sources.md`` cites
    (from the works' own records): Wakefield et al. (1998) retracted in 2010; Hale and
    Okafor (2021) nowhere."""
    fake = FakeRegistry()
    fake.add_work(
        crossref_work(
            "10.1038/nm.4050",
            "Synaptic plasticity and depression: new insights from stress and rapid-acting "
            "antidepressants",
            "Duman, Aghajanian, Sanacora, Krystal",
            2016,
            "Nature Medicine",
            volume="22",
            page="238-249",
        )
    )
    fake.add_work(
        crossref_work(
            "10.1016/S0006-3223(99)00230-9",
            "Antidepressant effects of ketamine in depressed patients",
            "Berman, Cappiello, Anand, Oren, Heninger, Charney, Krystal",
            2000,
            "Biological Psychiatry",
            volume="47",
            page="351-354",
        )
    )
    fake.add_work(
        crossref_work(
            "10.1176/appi.ajp.2013.13030392",
            "Antidepressant Efficacy of Ketamine in Treatment-Resistant Major Depression: "
            "A Two-Site Randomized Controlled Trial",
            "Murrough, Iosifescu, Chang, Al Jurdi, Green, Perez, Iqbal, "
            "Pillemer, Foulkes, Shah, Charney, Mathew",
            2013,
            "American Journal of Psychiatry",
            **{"published-online": {"date-parts": [[2013, 8, 27]]}},
        )
    )
    fake.add_work(
        crossref_work(
            "10.1001/jamapsychiatry.2017.0080",
            "A Consensus Statement on the Use of Ketamine in the Treatment of Mood Disorders",
            "Sanacora, Frye, McDonald, Mathew, Turner, Schatzberg, Summergrad, Nemeroff",
            2017,
            "JAMA Psychiatry",
        )
    )
    fake.add_work(
        crossref_work(
            "10.1016/S0140-6736(97)11096-0",
            "RETRACTED: Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and "
            "pervasive developmental disorder in children",
            "Wakefield, Murch, Anthony, Linnell, Casson, Malik, Berelowitz, "
            "Dhillon, Thomson, Harvey, Valentine, Davies, Walker-Smith",
            1998,
            "The Lancet",
            **{
                "updated-by": [
                    {
                        "updated": {"date-parts": [[2010, 2, 6]]},
                        "DOI": "10.1016/S0140-6736(10)60175-4",
                        "type": "retraction",
                        "source": "publisher",
                        "label": "Retraction",
                    }
                ]
            },
        )
    )
    fake.add_work(
        crossref_work(
            "10.1001/archpsyc.63.8.856",
            "A Randomized Trial of an N-methyl-D-aspartate Antagonist in Treatment-Resistant "
            "Major Depression",
            "Zarate, Singh, Carlson, Brutsche, Ameli, Luckenbaugh, Charney, Manji",
            2006,
            "Archives of General Psychiatry",
        )
    )
    fake.notices.append(
        crossref_work(
            "10.1016/S0140-6736(10)60175-4",
            "Retraction—Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and "
            "pervasive developmental disorder in children",
            "The Editors of The Lancet",
            2010,
            "The Lancet",
            **{
                "update-to": [
                    {
                        "updated": {"date-parts": [[2010, 2, 6]]},
                        "DOI": "10.1016/S0140-6736(97)11096-0",
                        "type": "retraction",
                        "source": "retraction-watch",
                        "label": "Retraction",
                        "record-id": 4242,
                    }
                ]
            },
        )
    )
    fake.add_pubmed(
        pubmed_summary(
            "9500320",
            "Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive "
            "developmental disorder in children",
            "Wakefield AJ, Murch SH, Anthony A",
            1998,
            "Lancet",
            doi="10.1016/s0140-6736(97)11096-0",
            pubtype=["Journal Article", "Retracted Publication"],
        )
    )
    return fake
