"""Canonical events in the web app: the API's default, per-document on request, the chronology."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch.archive import Archive
from strikewatch.model import Document
from strikewatch.web import create_app


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
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
    return TestClient(create_app(db))


def test_api_events_are_canonical_by_default(client: TestClient) -> None:
    merged = client.get("/api/events").json()
    assert sorted(e["source_count"] for e in merged) == [1, 2]
    twice = next(e for e in merged if e["source_count"] == 2)
    assert sorted(twice["sources"]) == ["a", "b"]
    assert sorted(r["evidence"] for r in twice["reports"]) == ["a: a strike in Lyon.", "b: a strike in Lyon."]
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
