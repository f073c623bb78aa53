from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from helpers_canonical import report

from strikewatch.archive import SORTABLE, Archive
from strikewatch.errors import ArchiveError, UsageError
from strikewatch.model import Document, Event


def _store(archive: Archive, doc_id: str, events: list[Event], text: str | None = None) -> None:
    body = text or f"Report {doc_id} about a strike."
    archive.add_document(Document(id=doc_id, text=body, raw_text=body, language="en", offset_map=[[0, 0]]), events)


REPORTS = {
    "a": [report("a"), report("a", type_="protest", place="Marseille")],
    "b": [report("b", place=None), report("b", type_="protest", place="Marseille", participants=300)],
    "c": [report("c", start="2024-03-04", end="2024-03-05")],
    "d": [report("d", type_="protest", place="Marseille", participants=800)],
    "e": [report("e", start="2024-03-09")],
}


def _snapshot(archive: Archive) -> set[tuple[str, tuple[str, ...], str]]:
    return {(c.canonical_id, tuple(sorted(m.event_id for m in c.members)), c.event.to_dict().__repr__())
            for c in archive.canonical_events()}


def test_the_archive_is_the_same_whatever_the_ingest_order(tmp_path: Path) -> None:
    snapshots = []
    for seed in range(4):
        order = sorted(REPORTS)
        random.Random(seed).shuffle(order)
        with Archive(tmp_path / f"{seed}.db") as archive:
            for doc_id in order:
                _store(archive, doc_id, REPORTS[doc_id])
            snapshots.append(_snapshot(archive))
            archive.rebuild_canonical()
            assert _snapshot(archive) == snapshots[-1]  # incremental == from scratch
    assert all(s == snapshots[0] for s in snapshots)


def test_a_report_spanning_days_finds_its_partner_whatever_the_ingest_order(tmp_path: Path) -> None:
    """Saturday to Tuesday in Lyon, then Tuesday in Lyon: the blocking query of the later report must
    reach back to the earlier one's Saturday; a country-wide report of Monday shares nothing more."""
    reports = {"w": [report("w", start="2024-03-02", end="2024-03-05")], "x": [report("x", start="2024-03-05")],
               "y": [report("y", place=None, start="2024-03-04")]}
    for order in (["w", "x", "y"], ["y", "x", "w"]):
        with Archive(tmp_path / f"{''.join(order)}.db") as archive:
            for doc_id in order:
                _store(archive, doc_id, reports[doc_id])
            assert sorted(sorted(c.sources) for c in archive.canonical_events()) == [["w", "x"], ["y"]]


def test_a_night_told_on_its_evening_and_on_the_morning_after_links_whatever_the_ingest_order(
        tmp_path: Path) -> None:
    """Thursday night dated Thursday, then the same night dated Friday morning: the blocking query of
    either must reach the other's day; Friday night stays apart."""
    reports = {"n": [report("n", type_="riot", start="2024-03-07", evidence="Cars burned in Lyon on Thursday night.")],
               "m": [report("m", type_="riot", start="2024-03-08", evidence="Police said cars burned in Lyon overnight.")],
               "f": [report("f", type_="riot", start="2024-03-08", evidence="Cars burned in Lyon on Friday night.")]}
    for order in (["n", "m", "f"], ["f", "m", "n"]):
        with Archive(tmp_path / f"{''.join(order)}.db") as archive:
            for doc_id in order:
                _store(archive, doc_id, reports[doc_id])
            assert sorted(sorted(c.sources) for c in archive.canonical_events()) == [["f"], ["m", "n"]]


def test_merged_reports_keep_their_own_events(archive: Archive) -> None:
    for doc_id, events in REPORTS.items():
        _store(archive, doc_id, events)
    assert len(archive.events()) == 7
    protest = archive.canonical_events(types=["protest"])
    assert len(protest) == 1 and protest[0].source_count == 3 and protest[0].event.participants == 300
    assert archive.canonical(protest[0].members[0].event_id[:8]).canonical_id == protest[0].canonical_id
    assert sorted(c.source_count for c in archive.canonical_events(types=["strike"])) == [1, 3]  # e: 4 days later
    assert [c.canonical_id for c in archive.canonical_events(doc_id="d")] == [protest[0].canonical_id]
    assert archive.stats()["canonical_events"] == 3


def test_reingesting_a_changed_document_updates_its_happenings(archive: Archive) -> None:
    for doc_id, events in REPORTS.items():
        _store(archive, doc_id, events)
    _store(archive, "d", [report("d", type_="protest", place="Marseille", start="2024-03-20")], text="changed")
    protests = archive.canonical_events(types=["protest"])
    assert sorted(c.source_count for c in protests) == [1, 2]


def test_split_keeps_reports_apart_across_ingests_and_can_be_undone(archive: Archive) -> None:
    for doc_id, events in REPORTS.items():
        _store(archive, doc_id, events)
    protest = archive.canonical_events(types=["protest"])[0]
    lone = next(m for m in protest.members if m.doc_id == "d")
    archive.split(protest.canonical_id, [lone.event_id])
    assert sorted(c.source_count for c in archive.canonical_events(types=["protest"])) == [1, 2]
    _store(archive, "f", [report("f", type_="protest", place="Marseille")])  # a new source joins one side

    def sides() -> list[set[str]]:
        return sorted(({m.doc_id for m in c.members} for c in archive.canonical_events(types=["protest"])), key=len)

    assert len(sides()) == 2 and all(not ({"a", "b"} <= side and "d" in side) for side in sides())
    before = sides()
    archive.rebuild_canonical()
    assert sides() == before
    assert archive.unsplit(lone.event_id) > 0
    assert [c.source_count for c in archive.canonical_events(types=["protest"])] == [4]


def test_unknown_ids_are_usage_errors(archive: Archive) -> None:
    with pytest.raises(UsageError, match="no event with id"):
        archive.canonical("zzz")


def test_an_archive_of_version_1_gets_its_canonical_events_on_opening(tmp_path: Path) -> None:
    from strikewatch.archive.schema import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "v1.db"
    db = sqlite3.connect(path)
    db.executescript(f"{MIGRATIONS[0]}\nPRAGMA application_id = {APPLICATION_ID};\nPRAGMA user_version = 1;")
    db.execute("INSERT INTO documents (id, content_hash, language, text, raw_text, offset_map) "
               "VALUES ('a', 'h', 'en', 't', 't', '[]'), ('b', 'i', 'en', 'u', 'u', '[]')")
    for event in (report("a"), report("b")):
        db.execute("INSERT INTO events (event_id, doc_id, type, date_start, date_end, time_precision, country, "
                   "admin1, location, geo_precision, evidence, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (event.event_id, event.doc_id, event.type, event.date_start, event.date_end, "day", "FR",
                    event.admin1, event.location, "city", event.evidence, 0.8))
    db.commit()
    db.close()
    with Archive(path) as archive:
        assert [c.source_count for c in archive.canonical_events()] == [2]


def _as_version_2(path: Path) -> None:
    """Turn an archive back into what version 2 wrote: its table of canonical events (a record holding
    the reports' ids, not the report it quotes; no sort columns), without the list indexes."""
    from strikewatch.archive.schema import MIGRATIONS

    db = sqlite3.connect(path)
    db.execute("ALTER TABLE canonical_events RENAME TO v3")
    for index in ("events_list_order", "canonical_list_order", "canonical_by_day", "canonical_type_date",
                  "canonical_country_date", "canonical_component"):
        db.execute(f"DROP INDEX {index}")
    for statement in MIGRATIONS[1].split(";"):
        if "canonical_events" in statement:
            db.execute(statement)
    db.execute("INSERT INTO canonical_events SELECT canonical_id, component, type, country, admin1, date_start, "
               "date_end, source_count, json_set(json_remove(record, '$.quoted'), '$.members', json(members)) FROM v3")
    db.execute("DROP TABLE v3")
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()


def test_an_archive_of_version_2_gets_its_quoted_reports_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    with Archive(path) as archive:
        for doc_id, events in REPORTS.items():
            _store(archive, doc_id, events)
        expected = [(c.canonical_id, c.members[0].event_id, c.sources) for c in archive.canonical_events(quoted_only=True)]
    _as_version_2(path)
    with Archive(path, readonly=True) as archive:  # upgraded in place: the records rebuilt from the stored events
        assert archive.schema_version == 3 and archive.readonly
        listed = archive.canonical_events(quoted_only=True)
        assert [(c.canonical_id, c.members[0].event_id, c.sources) for c in listed] == expected
        assert all((c.members[0].doc_id, c.members[0].evidence) == (c.event.doc_id, c.event.evidence) for c in listed)
        plan = " ".join(str(row[3]) for row in archive.db.execute(
            "EXPLAIN QUERY PLAN SELECT record FROM canonical_events c ORDER BY c.date_start IS NULL, c.date_start, "
            "c.canonical_id LIMIT 10"))
        assert "canonical_list_order" in plan and "TEMP B-TREE" not in plan


def test_a_failed_upgrade_leaves_the_archive_at_its_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v2.db"
    with Archive(path) as archive:
        _store(archive, "a", REPORTS["a"])
    _as_version_2(path)

    def broken(db: sqlite3.Connection) -> int:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("strikewatch.archive.canonical_store.rebuild", broken)
    with pytest.raises(ArchiveError, match="disk I/O error"):
        Archive(path)
    monkeypatch.undo()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    assert not db.execute("SELECT name FROM sqlite_master WHERE name = 'canonical_list_order'").fetchall()
    db.close()
    with Archive(path) as archive:
        assert archive.schema_version == 3 and len(archive.canonical_events(quoted_only=True)) == 2


@pytest.mark.parametrize("key", SORTABLE)
@pytest.mark.parametrize("descending", [False, True])
def test_canonical_events_sort_by_every_key_of_their_record(archive: Archive, key: str, descending: bool) -> None:
    for doc_id, events in REPORTS.items():
        _store(archive, doc_id, events)
    whole = archive.canonical_events()
    values = [getattr(c.event, key) for c in archive.canonical_events(order=key, descending=descending)]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=descending) and values == known + [None] * (len(values) - len(known))
    assert sorted(map(str, values)) == sorted(str(getattr(c.event, key)) for c in whole)


def test_two_opens_of_an_old_archive_at_once_upgrade_it_once(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from strikewatch.archive import canonical as canonical_store

    path = tmp_path / "v2.db"
    with Archive(path) as archive:
        _store(archive, "a", REPORTS["a"])
    _as_version_2(path)
    rebuilding, release = threading.Event(), threading.Event()
    rebuild = canonical_store.rebuild

    def slow_rebuild(db: sqlite3.Connection) -> int:
        rebuilding.set()
        release.wait(10)  # the first upgrade holds the write lock while the second opens the archive
        return rebuild(db)

    monkeypatch.setattr("strikewatch.archive.canonical_store.rebuild", slow_rebuild)
    first = threading.Thread(target=lambda: Archive(path).close())
    first.start()
    assert rebuilding.wait(10)
    second: list[Archive] = []
    opener = threading.Thread(target=lambda: second.append(Archive(path, readonly=True)))
    opener.start()  # reads version 2, then waits for the write lock
    threading.Timer(0.5, release.set).start()
    first.join(20)
    opener.join(20)
    [archive] = second  # it found the archive upgraded under the lock, and did not upgrade it again
    assert archive.schema_version == 3 and len(archive.canonical_events(quoted_only=True)) == 2
    archive.close()
