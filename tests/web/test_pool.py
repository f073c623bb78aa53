"""The web server keeps read-only archives open between requests: reused, never shared by two requests
at once, dropped after an error, and never serving an old view of the archive."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch.archive import Archive
from strikewatch.model import Document, Event
from strikewatch.web import create_app
from strikewatch.web.pool import ArchivePool


def _store(path: Path, doc_id: str, day: int) -> None:
    text = f"The tram drivers of Nantes stopped work on day {day}."
    event = Event(doc_id=doc_id, type="strike", date_start=f"2024-05-{day:02d}", country="FR", evidence=text,
                  evidence_start=0, evidence_end=len(text))
    event.assign_id()
    with Archive(path) as archive:
        archive.add_document(Document(id=doc_id, text=text, raw_text=text, language="en", offset_map=[[0, 0]]), [event])


def test_an_archive_is_reused_but_never_by_two_requests_at_once(tmp_path: Path) -> None:
    _store(tmp_path / "a.db", "a", 1)
    pool = ArchivePool(tmp_path / "a.db", time_limit=2.0)
    with pool() as first:
        with pool() as second:
            assert second is not first
    with pool() as again:
        assert again in (first, second) and again.readonly
    pool.close()
    with pytest.raises(sqlite3.ProgrammingError):
        first.db.execute("SELECT 1")


def test_an_archive_that_saw_an_error_is_closed_not_reused(tmp_path: Path) -> None:
    _store(tmp_path / "a.db", "a", 1)
    pool = ArchivePool(tmp_path / "a.db", time_limit=2.0)
    with pytest.raises(RuntimeError), pool() as failed:
        raise RuntimeError("the request broke")
    with pytest.raises(sqlite3.ProgrammingError):
        failed.db.execute("SELECT 1")
    with pool() as fresh:
        assert fresh is not failed and fresh.count_events() == 1


def test_requests_see_what_was_stored_after_their_archive_was_opened(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    _store(path, "a", 1)
    with TestClient(create_app(path), base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/events").headers["x-total-count"] == "1"
        _store(path, "b", 9)  # another process ingests while the server runs
        assert client.get("/api/events").headers["x-total-count"] == "2"
        assert client.get("/api/events", params={"per_document": True}).headers["x-total-count"] == "2"
