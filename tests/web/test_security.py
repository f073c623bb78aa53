"""A hostile page on the same machine: DNS rebinding, cross-site posts, injected ids and URLs.
Built on a small archive written directly (no spaCy): these tests are fast."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch.archive import Archive
from strikewatch.model import Document, Event
from strikewatch.web import create_app

BASE = "http://127.0.0.1:8000"
HOSTILE_ID = '"><img src=x onerror=alert(1)>'
SLASHED = "lemonde/2023/03/grève #1?x=2"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "web.db"
    text = "Les dockers du Havre ont fait grève le 7 mars 2023."
    with Archive(path) as archive:
        event = Event(doc_id=SLASHED, type="strike", event_id=HOSTILE_ID, date_start="2023-03-07", country="FR",
                      evidence=text, evidence_start=0, evidence_end=len(text), latitude=49.5, longitude=0.1)
        archive.add_document(Document(id=SLASHED, text=text, raw_text=text, title="Grève au Havre",
                                      url="javascript:alert(document.cookie)", offset_map=[[0, 0]]), [event])
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), base_url=BASE)


def _upload(client: TestClient, records: list[dict[str, str]], **headers: str):  # noqa: ANN202
    body = "".join(json.dumps({"language": "xx", **r}) + "\n" for r in records).encode()
    return client.post("/upload", files={"file": ("batch.jsonl", body, "application/jsonl")},
                       headers=headers, follow_redirects=False)


def test_host_header_must_name_the_server(db: Path) -> None:
    client = TestClient(create_app(db), base_url=BASE)
    assert client.get("/", headers={"host": "rebind.attacker.example:8000"}).status_code == 421
    for host in ("127.0.0.1:8000", "localhost:8000", "[::1]:8000", "localhost"):
        assert client.get("/", headers={"host": host}).status_code == 200, host
    named = TestClient(create_app(db, host="0.0.0.0", extra_hosts=("archive.lan",)), base_url="http://archive.lan")
    assert named.get("/").status_code == 200
    assert named.get("/", headers={"host": "evil.example"}).status_code == 421
    anywhere = TestClient(create_app(db, host="0.0.0.0"), base_url="http://192.168.1.5:8000")
    assert anywhere.get("/").status_code == 200


@pytest.mark.parametrize("headers", [
    {"origin": "http://evil.example"},
    {"origin": "null"},
    {"origin": "http://127.0.0.1:9999"},
    {"sec-fetch-site": "cross-site"},
    {"referer": "http://evil.example/page.html"},
])
def test_cross_site_posts_are_refused(client: TestClient, db: Path, headers: dict[str, str]) -> None:
    response = _upload(client, [{"id": "csrf", "text": "Texte déposé par une page hostile."}], **headers)
    assert response.status_code == 403 and "Cross-site" in response.text
    with Archive(db, readonly=True) as archive:
        assert archive.stored_hash("csrf") is None


def test_same_origin_posts_and_plain_clients_may_upload(client: TestClient) -> None:
    same = _upload(client, [{"id": "mine", "text": "Un texte à moi."}], origin=BASE, **{"sec-fetch-site": "same-origin"})
    assert same.status_code == 303 and same.headers["location"] == "/documents/mine"
    assert _upload(client, [{"id": "curl", "text": "Posted by a script."}]).status_code == 303


def test_security_headers_and_no_inline_script(client: TestClient) -> None:
    from strikewatch.web import doc_url

    for path in ("/", "/events", "/events?per_document=true", "/timeline", "/chronology", "/map", "/upload", "/docs",
                 doc_url(SLASHED), "/api/events", "/api/chronology"):
        response = client.get(path)
        assert response.status_code == 200, path
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        if response.headers["content-type"].startswith("text/html"):
            assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", response.text), path
            assert " style=" not in response.text and HOSTILE_ID not in response.text, path


def test_only_http_urls_become_links(client: TestClient) -> None:
    page = client.get("/documents/lemonde/2023/03/gr%C3%A8ve%20%231%3Fx%3D2").text
    assert 'href="javascript:' not in page and "javascript:alert(document.cookie)" in page


def test_ids_with_slashes_are_reachable_and_event_ids_escaped(client: TestClient) -> None:
    search = client.get("/", params={"q": "dockers"}).text
    link = re.search(r'class="title" href="([^"]+)"', search).group(1)
    assert link == "/documents/lemonde/2023/03/gr%C3%A8ve%20%231%3Fx%3D2"
    page = client.get(link)
    assert page.status_code == 200 and "Grève au Havre" in page.text
    assert HOSTILE_ID not in page.text and ("&#34;&gt;&lt;img" in page.text or "&quot;&gt;&lt;img" in page.text)
    assert client.get("/api/documents/" + link.removeprefix("/documents/")).json()["id"] == SLASHED
    for path in ("/events", "/events?per_document=true"):  # canonical rows link to the report they quote
        table = client.get(path).text
        assert HOSTILE_ID not in table and "/documents/lemonde/2023/03/gr%C3%A8ve%20%231%3Fx%3D2#at-%22%3E%3Cimg" in table
    chronology = client.get("/chronology").text
    assert 'href="/documents/lemonde/2023/03/gr%C3%A8ve%20%231%3Fx%3D2"' in chronology


def test_an_upload_never_replaces_a_document_silently(client: TestClient, db: Path) -> None:
    assert _upload(client, [{"id": "same-id", "text": "Première version du texte."}]).status_code == 303
    clash = _upload(client, [{"id": "same-id", "text": "Seconde version, toute différente."}])
    assert clash.status_code == 422 and "a different document is stored under id" in clash.text
    with Archive(db, readonly=True) as archive:
        assert archive.get_document("same-id").text == "Première version du texte."
    body = b'{"id": "same-id", "language": "xx", "text": "Seconde version, toute diff\xc3\xa9rente."}\n'
    replaced = client.post("/upload", files={"file": ("b.jsonl", body)}, data={"replace": "true"},
                           follow_redirects=False)
    assert replaced.status_code == 303
    with Archive(db, readonly=True) as archive:
        assert archive.get_document("same-id").text.startswith("Seconde version")


def test_a_bad_upload_is_a_message_not_a_500(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from helpers import make_bomb_pdf

    bomb = client.post("/upload", files={"file": ("bomb.pdf", make_bomb_pdf(), "application/pdf")})
    assert bomb.status_code == 422 and "bomb.pdf: PDF stream inflates" in bomb.text

    def failing(docs, batch_size=32, workers=1, on_error=None, screen=True, triage=True):  # noqa: ANN001, ANN202 (no parser loaded)
        for doc in docs:
            on_error(doc, "could not be processed (OverflowError)")
            yield doc, []

    monkeypatch.setattr("strikewatch.pipeline.analyse_documents", failing)
    body = b'{"id": "y1", "language": "fr", "text": "Les dockers ont fait gr\xc3\xa8ve en l\'an 1."}\n'
    response = client.post("/upload", files={"file": ("years.jsonl", body)})
    assert response.status_code == 200
    assert "years.jsonl:1: could not be processed (OverflowError); stored without events" in response.text
    assert 'href="/documents/y1"' in response.text
