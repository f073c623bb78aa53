from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from strikewatch.archive import MARK_END, MARK_START, Archive
from strikewatch.archive.schema import SCHEMA_VERSION
from strikewatch.errors import ArchiveError, QueryError, UsageError
from strikewatch.model import Document, Event


def _doc(text: str, doc_id: str | None = None, **meta: str) -> Document:
    from strikewatch.model import content_hash

    return Document(id=doc_id or content_hash(text), text=text, raw_text=text, language=meta.pop("language", "fr"),
                    offset_map=[[0, 0]], **meta)


def test_reingest_is_idempotent_and_updates_changed_content(archive: Archive) -> None:
    doc = _doc("La grève générale a touché Atyrau.", "k1", published="2022-01-03")
    assert archive.add_document(doc) == ("added", 0)
    assert archive.add_document(doc) == ("unchanged", 0)
    assert archive.add_document(_doc(doc.text, "other-id")) == ("unchanged", 0)  # same content, another id
    assert archive.add_document(_doc("La grève générale a touché Atyrau et Aktau.", "k1")) == ("updated", 0)
    assert archive.stats()["documents"] == 1
    assert "Aktau" in archive.get_document("k1").text
    assert archive.search("Aktau")[0].doc_id == "k1"
    assert archive.search("Atyrau") and not archive.search("Zhanaozen")


def test_search_ignores_diacritics_and_ranks_title_hits_first(archive: Archive) -> None:
    archive.add_document(_doc("Les cheminots sont en grève depuis lundi.", "a", title="Transports"))
    archive.add_document(_doc("Une grève illimitée.", "b", title="Grève des éboueurs"))
    archive.add_document(_doc("Nurses rallied in Leeds.", "c", language="en"))
    hits = archive.search("greve")
    assert [h.doc_id for h in hits] == ["b", "a"]
    assert f"{MARK_START}grève{MARK_END}" in hits[1].snippet
    assert [h.doc_id for h in archive.search("eboueurs")] == ["b"]
    assert archive.search("greve", language="en") == []


@pytest.mark.parametrize("query", ['"unclosed', "AND", "grève NOT", "col:umn", "   "])
def test_bad_queries_give_a_clear_error(archive: Archive, query: str) -> None:
    with pytest.raises(QueryError, match="query"):
        archive.search(query)


def test_events_are_stored_with_their_document_and_filtered(archive: Archive) -> None:
    doc = _doc("Les mineurs de Temirtau ont rejoint la grève le 5 janvier.", "k")
    events = [Event(doc_id="k", type="strike", date_start="2022-01-05", date_end="2022-01-05",
                    time_precision="day", country="KZ", admin1="KZ-35", demands=["wages"],
                    evidence=doc.text, evidence_start=0, evidence_end=len(doc.text), confidence=0.8),
              Event(doc_id="k", type="protest", country="KZ", evidence=doc.text, confidence=0.4)]
    for event in events:
        event.assign_id()
    archive.add_document(doc, events)
    assert [e.type for e in archive.events()] == ["strike", "protest"]
    assert archive.events(types=["strike"])[0].demands == ["wages"]
    assert archive.events(country="kz", since="2022-01-06") == []
    assert len(archive.events(query="Temirtau")) == 2
    assert archive.stats()["events_by_type"] == {"protest": 1, "strike": 1}


def test_a_failed_write_leaves_the_archive_as_it_was(archive: Archive) -> None:
    archive.add_document(_doc("Premier document sur la grève.", "first"))
    bad_event = Event(doc_id="second", type="strike", evidence="x")
    bad_event.demands = object()  # type: ignore[assignment]  # cannot be serialised: the write fails midway
    with pytest.raises(TypeError):
        archive.add_document(_doc("Second document.", "second"), [bad_event])
    assert archive.stats()["documents"] == 1
    assert [h.doc_id for h in archive.search("document")] == ["first"]


def test_ids_can_be_shortened_to_a_unique_prefix(archive: Archive) -> None:
    archive.add_document(_doc("Texte un.", "abc123"))
    archive.add_document(_doc("Texte deux.", "abd456"))
    assert archive.get_document("abc").id == "abc123"
    with pytest.raises(UsageError, match="several"):
        archive.get_document("ab")
    with pytest.raises(UsageError, match="no document"):
        archive.get_document("zz")


def test_schema_is_versioned_and_foreign_files_are_refused(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        assert archive.schema_version == SCHEMA_VERSION
        assert archive.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ArchiveError, match="not a strikewatch archive"):
        Archive(other)
    newer = tmp_path / "newer.db"
    with Archive(newer) as archive:
        archive.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(ArchiveError, match="newer"):
        Archive(newer)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ArchiveError, match="cannot open"):
        Archive(garbage)


def test_readonly_archive_refuses_writes(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="no archive"):
        Archive(tmp_path / "missing.db", readonly=True)
    Archive(tmp_path / "a.db").close()
    with Archive(tmp_path / "a.db", readonly=True) as archive, pytest.raises(ArchiveError, match="read-only"):
        archive.add_document(_doc("x y z", "k"))


def test_add_document_counts_the_events_it_stores_not_duplicates(archive: Archive) -> None:
    doc = _doc("Les mineurs de Temirtau ont rejoint la grève le 5 janvier.", "dup")
    event = Event(doc_id="dup", type="strike", date_start="2022-01-05", country="KZ", evidence=doc.text,
                  evidence_start=0, evidence_end=len(doc.text))
    event.assign_id()
    assert archive.add_document(doc, [event, Event(**event.to_dict())]) == ("added", 1)
    assert archive.stats()["events"] == 1
    assert archive.add_document(_doc(doc.text, "same-text"), [event]) == ("unchanged", 0)


def test_event_types_by_document_in_one_query(archive: Archive) -> None:
    for doc_id, types in (("a", ["strike", "strike", "protest"]), ("b", ["riot"]), ("c", [])):
        doc = _doc(f"Texte {doc_id} sur la grève.", doc_id)
        events = [Event(doc_id=doc_id, type=t, country="FR" if doc_id == "a" else "KZ", evidence=doc.text,
                        evidence_start=i, evidence_end=len(doc.text)) for i, t in enumerate(types)]
        for event in events:
            event.assign_id()
        archive.add_document(doc, events)
    assert archive.event_types_by_document(["a", "b", "c"]) == {"a": {"strike": 2, "protest": 1}, "b": {"riot": 1}}
    assert archive.event_types_by_document(["a", "b"], country="KZ") == {"b": {"riot": 1}}


def test_an_interrupt_that_already_rolled_back_leaves_only_the_interrupt(archive: Archive) -> None:
    """Ctrl-C's handler rolls back the open transaction (`abandon_transaction`); the transaction's own
    clean-up then finds none to roll back and must not raise over the interrupt."""
    with pytest.raises(KeyboardInterrupt):
        with archive.transaction() as db:
            db.execute("CREATE TABLE scratch (x)")
            archive.abandon_transaction()
            raise KeyboardInterrupt
    assert not archive.db.in_transaction
    assert archive.db.execute("SELECT name FROM sqlite_master WHERE name = 'scratch'").fetchone() is None
