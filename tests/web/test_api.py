"""The web app through FastAPI's test client: pages, JSON API, safety."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch.web import create_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(served_db: Path) -> TestClient:
    return TestClient(create_app(served_db), base_url="http://127.0.0.1:8000")


def test_every_page_loads(client: TestClient) -> None:
    for path in ("/", "/events", "/timeline", "/map", "/upload", "/docs", "/openapi.json"):
        response = client.get(path)
        assert response.status_code == 200, path
    assert "swagger-ui-bundle.js" in client.get("/docs").text and "cdn" not in client.get("/docs").text


def test_search_with_highlights_and_filters(client: TestClient) -> None:
    page = client.get("/", params={"q": "greve"}).text
    assert "Soutien aux grévistes du Kazakhstan" in page and "<mark>grève</mark>" in page
    only_kz = client.get("/", params={"q": "greve", "country": "KZ"}).text
    assert "Kazakhstan" in only_kz and "Québec" not in only_kz
    api = client.get("/api/search", params={"q": "Tengizchevroil"}).json()
    assert api and "<mark>Tengizchevroil</mark>" in api[0]["snippet"]


def test_search_syntax_errors_are_messages_not_500(client: TestClient) -> None:
    page = client.get("/", params={"q": '"unclosed'})
    assert page.status_code == 400 and "invalid search query" in page.text
    assert client.get("/api/search", params={"q": "AND"}).status_code == 400


def test_document_page_highlights_evidence_and_escapes_text(client: TestClient) -> None:
    hit = client.get("/api/search", params={"q": "Mangistaou"}).json()[0]
    page = client.get(f"/documents/{hit['doc_id']}").text
    assert '<mark class="evidence' in page and "Le 3 janvier, la grève générale paralysait toute la région de Mangistaou" in page
    hostile = client.get("/api/search", params={"q": "alert"}).json()[0]
    page = client.get(f"/documents/{hostile['doc_id']}").text
    assert "&lt;script&gt;alert" in page and "<script>alert" not in page
    assert client.get("/documents/nope").status_code == 404


def test_events_api_table_and_exports(client: TestClient) -> None:
    events = client.get("/api/events", params={"country": "KZ", "type": "strike"}).json()
    assert events and all(e["country"] == "KZ" and e["type"] == "strike" for e in events)
    table = client.get("/events", params={"type": "strike", "sort": "date_start", "desc": "true"}).text
    assert "strike" in table and "/export?format=geojson" in table
    export = client.get("/export", params={"format": "geojson", "country": "KZ"})
    assert export.status_code == 200 and export.json()["type"] == "FeatureCollection"
    assert client.get("/export", params={"format": "xlsx"}).status_code == 400
    timeline = client.get("/api/timeline").json()
    assert timeline["days"] and "strike" in timeline["series"]


def test_api_documents(client: TestClient) -> None:
    docs = client.get("/api/documents").json()
    assert len(docs) >= 13 and "text" not in docs[0]
    one = client.get(f"/api/documents/{docs[0]['id']}").json()
    assert one["text"] and isinstance(one["events"], list)
    assert client.get("/api/documents/unknown-id").status_code == 404


def test_upload_checks_type_and_size_and_ingests(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = client.post("/upload", files={"file": ("notes.exe", b"MZ\x00\x00", "application/octet-stream")})
    assert bad.status_code == 415 and "unsupported type" in bad.text
    empty = client.post("/upload", files={"file": ("empty.txt", b"", "text/plain")})
    assert empty.status_code == 422 and "empty file" in empty.text
    monkeypatch.setattr("strikewatch.web.MAX_UPLOAD_BYTES", 10)
    big = client.post("/upload", files={"file": ("big.txt", b"x" * 100, "text/plain")})
    assert big.status_code == 413
    monkeypatch.undo()
    text = "Les infirmières de Lille ont fait grève le 3 février.".encode()
    ok = client.post("/upload", files={"file": ("lille.txt", text, "text/plain")}, data={"language": "fr"},
                     follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"].startswith("/documents/")
    page = client.get(ok.headers["location"]).text
    assert "Lille" in page and "strike" in page


def test_read_only_mode_refuses_uploads(served_db: Path) -> None:
    client = TestClient(create_app(served_db, read_only=True), base_url="http://127.0.0.1:8000")
    assert client.get("/upload").status_code == 403
    assert client.post("/upload", files={"file": ("a.txt", b"Strike in Leeds.", "text/plain")}).status_code == 403
    assert 'href="/upload"' not in client.get("/").text


def test_document_page_links_to_the_map_of_its_events(client: TestClient) -> None:
    hit = client.get("/api/search", params={"q": "Tengizchevroil"}).json()[0]
    page = client.get(f"/documents/{hit['doc_id']}").text
    assert f'href="/map?doc={hit["doc_id"]}"' in page and 'href="/map?country=KZ"' in page
    mine = client.get("/api/events", params={"doc": hit["doc_id"]}).json()
    assert mine and {e["doc_id"] for e in mine} == {hit["doc_id"]}
