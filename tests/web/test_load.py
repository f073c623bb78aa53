"""No request can pin the server: bounded queries, paged events, validated offsets, uploads parsed
off the event loop, a prompt stop on SIGTERM. (Speed is measured by `make stress`, not here.)"""
from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch.archive import Archive
from strikewatch.errors import QueryError
from strikewatch.model import Document, Event
from strikewatch.web import create_app

BASE = "http://127.0.0.1:8000"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("load") / "load.db"
    with Archive(path) as archive:
        for i in range(30):
            text = f"Les dockers du port n° {i} ont fait grève en mars."
            events = []
            for d in range(10):
                # a year per document: no two documents tell one happening, 300 canonical events as well
                event = Event(doc_id=f"d{i}", type="strike", date_start=f"{1990 + i}-03-{d + 1:02d}", country="FR",
                              evidence=text, evidence_start=d, evidence_end=len(text), participants=i * 10 + d)
                event.assign_id()
                events.append(event)
            archive.add_document(Document(id=f"d{i}", text=text, raw_text=text, offset_map=[[0, 0]]), events)
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), base_url=BASE)


@pytest.mark.parametrize("per_document", [False, True])
def test_api_events_is_paged_with_a_total(client: TestClient, per_document: bool) -> None:
    first = client.get("/api/events", params={"per_document": per_document})
    assert len(first.json()) == 100 and first.headers["x-total-count"] == "300"
    last = client.get("/api/events", params={"offset": 250, "per_document": per_document}).json()
    assert len(last) == 50 and last != first.json()[:50]
    assert client.get("/api/events", params={"limit": 100_000}).status_code == 422
    chronology = client.get("/api/chronology", params={"offset": 280})
    assert chronology.headers["x-total-count"] == "300" and chronology.json()["shown"] == 20


@pytest.mark.parametrize("path", ["/api/events?offset=100000000000000000000", "/api/documents?offset=100000000000000000000",
                                  "/events?page=100000000000000000000", "/api/events?offset=-1",
                                  "/api/chronology?offset=100000000000000000000", "/chronology?page=100000000000000000000"])
def test_absurd_offsets_are_refused_not_500(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 422


def test_query_errors_in_exports_and_tables_are_400(client: TestClient) -> None:
    assert client.get("/export", params={"q": '"'}).status_code == 400
    assert client.get("/api/events", params={"q": '"'}).status_code == 400
    assert client.get("/events", params={"q": '"'}).status_code == 400
    assert client.get("/events", params={"q": '"', "per_document": True}).status_code == 400
    assert client.get("/export", params={"q": '"', "per_document": True}).status_code == 400


@pytest.mark.parametrize("per_document", [False, True])
def test_events_table_sorts_and_pages_in_sql(client: TestClient, per_document: bool) -> None:
    page = client.get("/events", params={"sort": "participants", "desc": "true", "per_document": per_document}).text
    assert ("300 reports" if per_document else "300 events") in page and "page 1 of 6" in page
    assert page.index("<td>299</td>") < page.index("<td>298</td>")
    assert "<td>249</td>" not in page and "<td>249</td>" in client.get(
        "/events", params={"sort": "participants", "desc": "true", "per_document": per_document, "page": 2}).text


@pytest.mark.parametrize("query, message", [
    ("grève " * 200, "at most 500 are allowed"),
    (" ".join(f"mot{i}" for i in range(40)), "at most 32 are allowed"),
])
def test_search_queries_are_bounded(client: TestClient, query: str, message: str) -> None:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 400 and message in response.text
    assert client.get("/", params={"q": query}).status_code == 400


def test_a_slow_query_is_stopped(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("strikewatch.archive.PROGRESS_STEPS", 1)  # look at the clock at every step
    with Archive(db, readonly=True, time_limit=0.0) as archive:
        with pytest.raises(QueryError, match="took over 0 s and was stopped"):
            archive.events(query="dockers")
        with pytest.raises(QueryError, match="was stopped"):
            archive.search("grève")
        with pytest.raises(QueryError, match="was stopped"):
            archive.canonical_events(query="dockers")
    with Archive(db, readonly=True, time_limit=5.0) as archive:
        assert len(archive.events(query="dockers")) == 300


def test_upload_parsing_runs_off_the_event_loop(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def fake_ingest(*args: object) -> tuple[list[str], list[str]]:
        try:
            asyncio.get_running_loop()
            seen.append(True)
        except RuntimeError:
            seen.append(False)
        return ["d1"], []

    monkeypatch.setattr("strikewatch.web.ingest_upload", fake_ingest)
    response = client.post("/upload", files={"file": ("a.txt", b"Les dockers ont fait greve.")}, follow_redirects=False)
    assert response.status_code == 303 and seen == [False]


@pytest.mark.slow
def test_the_server_stops_on_sigterm(db: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "strikewatch", "serve", "--db", str(db), "--port", str(port)],
                              env={**os.environ}, stderr=subprocess.PIPE)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        keep_alive = socket.create_connection(("127.0.0.1", port))  # an idle client must not hold it up
        server.send_signal(signal.SIGTERM)
        # uvicorn stops gracefully, then re-raises the signal: the exit status is SIGTERM's
        assert server.wait(timeout=30) in (0, -signal.SIGTERM)  # a guard against a hang, not a speed assertion
        keep_alive.close()
        assert b"Traceback" not in server.stderr.read()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
