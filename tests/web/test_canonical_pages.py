"""Canonical events in the web app: the API's default, per-document on request, the chronology."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch.archive import Archive
from strikewatch.model import Document
from strikewatch.web import create_app


@pytest.fixture
def db(tmp_path: Path) -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "canonical"))
    from helpers_canonical import report

    db = tmp_path / "web.db"
    with Archive(db) as archive:
        for doc_id, events in {"a": [report("a", participants=900)], "b": [report("b", participants=700)],
                               "c": [report("c", place="Marseille", start="2024-03-06")]}.items():
            text = f"Report {doc_id}."
            archive.add_document(Document(id=doc_id, text=text, raw_text=text, language="en",
                                          title=f"<b>Outlet {doc_id}</b>", offset_map=[[0, 0]]), events)
    return db


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), base_url="http://127.0.0.1:8000")


def test_api_events_are_canonical_by_default(client: TestClient) -> None:
    merged = client.get("/api/events").json()
    assert sorted(e["source_count"] for e in merged) == [1, 2]
    twice = next(e for e in merged if e["source_count"] == 2)
    assert sorted(twice["sources"]) == ["a", "b"]
    # a list carries the report each happening quotes; its sources name every document that told it
    [quoted] = twice["reports"]
    assert quoted["evidence"] in ("a: a strike in Lyon.", "b: a strike in Lyon.") and quoted["doc_id"] in twice["sources"]
    assert len(client.get("/api/events", params={"per_document": True}).json()) == 3


def test_events_page_counts_sources_and_offers_each_documents_reports(client: TestClient) -> None:
    page = client.get("/events").text
    assert "one per happening" in page and "<th>sources</th>" in page
    assert "3 reports" in client.get("/events", params={"per_document": True}).text


def test_chronology_page_and_api(client: TestClient) -> None:
    page = client.get("/chronology")
    assert page.status_code == 200 and "2024-03-05" in page.text and "2024-03-06" in page.text
    assert "&lt;b&gt;Outlet a&lt;/b&gt;" in page.text and "<b>Outlet a</b>" not in page.text
    data = client.get("/api/chronology", params={"type": "strike"}).json()
    assert [r["region"] for r in data["spread"]] == ["FR-ARA", "FR-PAC"]
    assert 'id="play"' in client.get("/map").text


def test_canonical_events_are_paged_like_the_documents_own(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1})
    assert len(first.json()) == 1 and first.headers["x-total-count"] == "2"
    second = client.get("/api/events", params={"limit": 1, "offset": 1})
    assert second.headers["x-total-count"] == "2" and second.json()[0]["event_id"] != first.json()[0]["event_id"]
    reports = client.get("/api/events", params={"limit": 2, "per_document": True})
    assert len(reports.json()) == 2 and reports.headers["x-total-count"] == "3"
    assert client.get("/api/events", params={"limit": 100_000}).status_code == 422
    by_people = client.get("/events", params={"sort": "participants", "desc": True}).text
    assert by_people.index(">700<") < by_people.index("Marseille")  # the merged record keeps the lowest count


def test_chronology_is_paged_and_its_spread_covers_every_match(client: TestClient, db: Path) -> None:
    from strikewatch.canonical.chronology import build

    page = client.get("/api/chronology", params={"limit": 1})
    data = page.json()
    assert page.headers["x-total-count"] == "2" and data["total"] == 2 and data["shown"] == 1
    assert [d["day"] for d in data["days"]] == ["2024-03-05"]
    assert [r["region"] for r in data["spread"]] == ["FR-ARA", "FR-PAC"]  # over both, not the page
    assert client.get("/api/chronology", params={"limit": 100_000}).status_code == 422
    assert client.get("/chronology", params={"page": 10**12}).status_code == 422
    with Archive(db, readonly=True) as archive:  # the spread in SQL is the one build() makes of every event
        assert archive.canonical_spread() == build(archive.canonical_events(), {})["spread"]
