"""The registry client (claimlint/run/registries.py) against a real HTTP server on the
loopback interface (tests/registry_server.py): answers in Crossref's and E-utilities'
JSON shapes, and faults: time-outs, 429 with Retry-After, 500, malformed JSON."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from claimlint.biblio.records import Notice
from claimlint.run.registries import Client, RegistryDown, Settings, retry_after, user_agent
from tests.registry_server import FakeRegistry, Fault, example_registry, serving


@pytest.fixture
def fake() -> Iterator[FakeRegistry]:
    with serving(example_registry()) as registry:
        yield registry


def client(fake: FakeRegistry, **settings: object) -> Client:
    return Client(
        Settings(
            crossref_url=fake.url + "/crossref",
            pubmed_url=fake.url + "/pubmed",
            doi_url=fake.url + "/doi",
            **settings,  # type: ignore[arg-type]
        )
    )


def test_a_work_by_doi_and_a_missing_one(fake: FakeRegistry) -> None:
    c = client(fake)
    found = c.crossref_work("10.1038/NM.4050")
    assert found is not None
    assert (found.title, found.authors[0], found.years) == (
        "Synaptic plasticity and depression: new insights from stress and rapid-acting "
        "antidepressants",
        "Duman",
        (2016,),
    )
    assert c.crossref_work("10.5555/nothing") is None
    assert (c.doi_exists("10.1038/nm.4050"), c.doi_exists("10.5555/nothing")) == (True, False)
    assert [r.path for r in fake.log] == [
        "/works/10.1038%2FNM.4050",
        "/works/10.5555%2Fnothing",
        "/api/handles/10.1038%2Fnm.4050",
        "/api/handles/10.5555%2Fnothing",
    ]


def test_search_notices_and_pubmed(fake: FakeRegistry) -> None:
    c = client(fake)
    found = c.crossref_search("Zarate 2006 randomized trial N-methyl-D-aspartate antagonist")
    assert found[0].doi == "10.1001/archpsyc.63.8.856"
    assert c.crossref_updates("10.1016/s0140-6736(97)11096-0") == (
        Notice("retraction", "retraction-watch", "10.1016/s0140-6736(10)60175-4", "2010-02-06"),
    )
    by_doi = c.pubmed_by_dois(["10.1016/s0140-6736(97)11096-0", "10.1038/nm.4050"])
    assert list(by_doi) == ["10.1016/s0140-6736(97)11096-0"]
    assert by_doi["10.1016/s0140-6736(97)11096-0"].notices == (Notice("retraction", "pubmed"),)
    assert c.pubmed_summaries(["9500320", "123"]).keys() == {"9500320"}


def test_manners_user_agent_mailto_and_api_key(fake: FakeRegistry) -> None:
    c = client(fake, mailto="web@clinic.example", ncbi_api_key="k3y")
    c.crossref_work("10.1038/nm.4050")
    c.pubmed_summaries(["9500320"])
    crossref, pubmed = fake.log
    agent = user_agent(c.settings)
    assert (
        agent
        == "claimlint/0.1.0 (https://github.com/claimlint/claimlint; mailto:web@clinic.example)"
    )
    assert crossref.headers["User-Agent"] == pubmed.headers["User-Agent"] == agent
    assert crossref.query == {"mailto": ["web@clinic.example"]}
    assert pubmed.query["api_key"] == ["k3y"]
    assert pubmed.query["email"] == ["web@clinic.example"]
    assert pubmed.query["tool"] == ["claimlint"]


def test_pubmed_is_asked_at_most_three_times_a_second_without_a_key(fake: FakeRegistry) -> None:
    c = client(fake)
    for _ in range(4):
        c.pubmed_summaries(["9500320"])
    times = [r.at for r in fake.requests("pubmed")]
    assert times[-1] - times[0] >= 0.99  # four requests: three gaps of a third of a second
    keyed = client(fake, ncbi_api_key="k")
    start = len(fake.log)
    for _ in range(4):
        keyed.pubmed_summaries(["9500320"])
    times = [r.at for r in fake.log[start:]]
    assert 0.29 <= times[-1] - times[0] < 0.9  # ten a second with a key


def test_429_with_retry_after_is_waited_out(fake: FakeRegistry) -> None:
    fake.fault("crossref", Fault(429, {"Retry-After": "1"}))
    c = client(fake)
    started = time.monotonic()
    assert c.crossref_work("10.1038/nm.4050") is not None
    assert time.monotonic() - started >= 1.0
    assert len(fake.requests("crossref")) == 2


def test_a_500_is_tried_again(fake: FakeRegistry) -> None:
    fake.fault("crossref", Fault(500))
    assert client(fake).crossref_work("10.1038/nm.4050") is not None
    assert len(fake.requests("crossref")) == 2


def test_a_registry_that_times_out_is_down_for_the_rest_of_the_run(fake: FakeRegistry) -> None:
    fake.fault("crossref", Fault(pause=1.0), Fault(pause=1.0))
    c = client(fake, timeout=0.3, tries=2)
    with pytest.raises(RegistryDown) as caught:
        c.crossref_work("10.1038/nm.4050")
    host = fake.url.removeprefix("http://")
    assert str(caught.value) == f"{host} did not answer in 0.3 s (2 tries)"
    started = time.monotonic()
    with pytest.raises(RegistryDown):
        c.crossref_search("anything")
    assert time.monotonic() - started < 0.1  # at once: no third request
    assert len(fake.requests("crossref")) == 2


def test_malformed_json_and_a_long_retry_after(fake: FakeRegistry) -> None:
    fake.fault("pubmed", Fault(200, body=b"{not json"), Fault(200, body=b"[1"))
    c = client(fake, tries=2)
    with pytest.raises(RegistryDown, match=r"answered with malformed JSON \(2 tries\)$"):
        c.pubmed_summaries(["9500320"])
    fake.fault("crossref", Fault(503, {"Retry-After": "3600"}))
    with pytest.raises(RegistryDown, match=r"answered HTTP 503 and asked to wait 3600 s"):
        client(fake).crossref_work("10.1038/nm.4050")


def test_retry_after_values() -> None:
    assert retry_after("2") == 2.0
    assert retry_after(" 0.5 ") == 0.5
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after("soon") is None
    assert retry_after(None) is None
