"""The SQLite archive: documents with full-text search (FTS5, diacritics-insensitive) and their events.

WAL mode so that readers (the web UI) never block the writer; one transaction per document so that
an interrupted ingest never leaves half a document; idempotent by content hash.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypedDict

from strikewatch.archive import canonical as canonical_store
from strikewatch.archive.schema import APPLICATION_ID, REBUILD_CANONICAL_AT, SCHEMA_VERSION, migration_statements
from strikewatch.canonical import Canonical
from strikewatch.errors import ArchiveError, QueryError, UsageError
from strikewatch.model import EVENT_FIELDS, Document, Event

DEFAULT_PATH = "strikewatch.db"
# Snippet highlight markers: control characters never left in cleaned text; each UI renders them its way.
MARK_START, MARK_END = "\x02", "\x03"
Outcome = Literal["added", "updated", "unchanged"]
SORTABLE = ("date_start", "type", "country", "location", "participants", "fatalities", "arrests", "confidence")
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 32
PROGRESS_STEPS = 10_000  # SQLite virtual-machine steps between two looks at the clock
DOC_COLUMNS = ("id", "content_hash", "title", "author", "url", "published", "language",
               "source_path", "text", "raw_text", "offset_map")


def default_path() -> str:
    return os.environ.get("STRIKEWATCH_DB") or DEFAULT_PATH


class EventFilters(TypedDict, total=False):
    """The filters every event query takes (`events`, `canonical_events`, their counts, the spread)."""

    types: list[str] | None
    country: str | None
    since: str | None
    until: str | None
    query: str | None


@dataclass
class SearchHit:
    doc_id: str
    title: str | None
    published: str | None
    language: str
    snippet: str
    score: float


def _fts_error(query: str, exc: sqlite3.OperationalError) -> QueryError:
    return QueryError(
        f"invalid search query {query!r} ({exc}). Words are ANDed; use \"double quotes\" for a "
        "phrase and OR / NOT / NEAR(a b) as operators, e.g. '\"grève générale\" OR strike'")


def check_query(query: str) -> None:
    """Refuse a full-text query too long or with too many terms to answer quickly."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"search query of {len(query)} characters; at most {MAX_QUERY_CHARS} are allowed")
    if len(query.split()) > MAX_QUERY_TERMS:
        raise QueryError(f"search query of {len(query.split())} terms; at most {MAX_QUERY_TERMS} are allowed")


class Archive:
    """A strikewatch archive file; created and migrated on open. With `time_limit` (seconds), a
    search or event query that runs longer is stopped (a server must answer every client)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, readonly: bool = False,
                 time_limit: float | None = None) -> None:
        self.path = Path(path or default_path())
        self.readonly = readonly
        self.time_limit = time_limit
        if readonly and not self.path.exists():
            raise ArchiveError(f"{self.path}: no archive here (run 'strikewatch ingest' first)")
        try:
            uri = f"file:{self.path}?mode={'ro' if readonly else 'rwc'}"
            self.db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 10000")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._check_and_migrate()
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{self.path}: cannot open as an archive ({exc})") from None

    # -- schema -------------------------------------------------------------------------------
    def _check_and_migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        app_id = self.db.execute("PRAGMA application_id").fetchone()[0]
        tables = self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables and app_id != APPLICATION_ID:
            raise ArchiveError(f"{self.path}: this SQLite file is not a strikewatch archive; "
                               "choose another path with --db or $STRIKEWATCH_DB")
        if version > SCHEMA_VERSION:
            raise ArchiveError(f"{self.path}: archive schema v{version} is newer than this strikewatch "
                               f"(v{SCHEMA_VERSION}); upgrade strikewatch")
        if version == SCHEMA_VERSION:
            return
        if self.readonly:
            # made by an earlier version: upgraded in place once by a writable open, then read as asked
            try:
                Archive(self.path).close()
            except ArchiveError as exc:
                raise ArchiveError(f"{self.path}: archive schema v{version} needs migrating, which failed ({exc}); "
                                   "open it writable once") from None
            return
        self.db.execute("PRAGMA journal_mode = WAL")
        # every step and the rebuild in one transaction: no version is ever stored without its records
        with self.transaction() as db:
            version = self.schema_version  # again, under the write lock: another process may have upgraded it
            if version >= SCHEMA_VERSION:
                return
            for statement in migration_statements(version):
                db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if any(version < number <= SCHEMA_VERSION for number in REBUILD_CANONICAL_AT):
                canonical_store.rebuild(db)  # records made by an older version, or none yet

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self.readonly:
            raise ArchiveError(f"{self.path}: opened read-only; writing is not allowed")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            # an interrupt may have rolled it back already (abandon_transaction) before this generator is closed
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def abandon_transaction(self) -> None:
        """Roll back a transaction an interrupt left open (it struck before the rollback could run)."""
        if self.db.in_transaction:
            self.db.rollback()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents ----------------------------------------------------------------------------
    def add_document(self, doc: Document, events: Iterable[Event] | None = None) -> tuple[Outcome, int]:
        """Store a document (and its events) in one transaction; the same content again is a no-op.
        Returns the outcome and the number of events stored (events with one id are stored once)."""
        with self.transaction() as db:
            row = db.execute("SELECT content_hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
            digest = doc.content_hash
            if row is not None and row["content_hash"] == digest:
                return "unchanged", 0
            if row is None and db.execute("SELECT 1 FROM documents WHERE content_hash = ?",
                                          (digest,)).fetchone():
                return "unchanged", 0  # same text already stored under another id
            values = (doc.id, digest, doc.title, doc.author, doc.url, doc.published, doc.language,
                      doc.source_path, doc.text, doc.raw_text, json.dumps(doc.offset_map))
            if row is None:
                db.execute(f"INSERT INTO documents ({', '.join(DOC_COLUMNS)}) "
                           f"VALUES ({', '.join('?' * len(DOC_COLUMNS))})", values)
            else:
                db.execute(f"UPDATE documents SET {', '.join(c + ' = ?' for c in DOC_COLUMNS)}, "
                           "ingested_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                           (*values, doc.id))
            stored = self._write_events(db, doc.id, events or [])
            return ("added" if row is None else "updated"), stored

    def stored_hash(self, doc_id: str) -> str | None:
        """The content hash stored under exactly this id, if any (to refuse silent replacement)."""
        row = self.db.execute("SELECT content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else str(row["content_hash"])

    def is_stored(self, doc: Document) -> bool:
        """Whether this exact content is already in the archive (under any id)."""
        digest = doc.content_hash
        return self.db.execute("SELECT 1 FROM documents WHERE content_hash = ? LIMIT 1", (digest,)).fetchone() is not None

    @staticmethod
    def _write_events(db: sqlite3.Connection, doc_id: str, events: Iterable[Event]) -> int:
        events = list(events)
        stale = canonical_store.stale_components(db, doc_id)
        db.execute("DELETE FROM events WHERE doc_id = ?", (doc_id,))
        rows = []
        for event in events:
            record = event.to_dict()
            record["demands"] = json.dumps(record["demands"])
            record["count_approx"] = int(record["count_approx"])
            rows.append(tuple(record[f] for f in EVENT_FIELDS))
        db.executemany(f"INSERT OR REPLACE INTO events ({', '.join(EVENT_FIELDS)}) "
                       f"VALUES ({', '.join('?' * len(EVENT_FIELDS))})", rows)
        canonical_store.refresh(db, events, stale)  # in the same transaction as the document
        return len({row[EVENT_FIELDS.index("event_id")] for row in rows})

    def resolve_id(self, doc_id: str) -> str:
        """Full id of a document from its id or a unique prefix of it (ids are long hashes)."""
        if self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
            return doc_id
        pattern = doc_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self.db.execute("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' LIMIT 3",
                               (pattern,)).fetchall()
        if not rows:
            raise UsageError(f"no document with id {doc_id!r} (list them with 'strikewatch search')")
        if len(rows) > 1:
            raise UsageError(f"{doc_id!r} is the start of several document ids; give more characters")
        return str(rows[0]["id"])

    def get_document(self, doc_id: str) -> Document:
        row = self.db.execute(f"SELECT {', '.join(DOC_COLUMNS)} FROM documents WHERE id = ?",
                              (self.resolve_id(doc_id),)).fetchone()
        data = dict(row)
        data.pop("content_hash")
        data["offset_map"] = json.loads(data["offset_map"])
        return Document(**data)

    # -- events -------------------------------------------------------------------------------
    def _event_where(self, doc_id: str | None, types: list[str] | None, country: str | None, since: str | None,
                     until: str | None, query: str | None) -> tuple[str, list[Any]]:
        return self._filters("e", "e.doc_id {}", doc_id, types, country, since, until, query)

    def _filters(self, alias: str, told_by: str, doc_id: str | None, types: list[str] | None, country: str | None,
                 since: str | None, until: str | None, query: str | None) -> tuple[str, list[Any]]:
        """The WHERE clause of the event filters over table `alias`; `told_by` says which rows a document
        tells, with {} for the condition on the document's id (an event's own document, or any of a
        canonical event's sources)."""
        where: list[str] = []
        params: list[Any] = []
        if doc_id:
            where.append(told_by.format("= ?"))
            params.append(self.resolve_id(doc_id))
        if types:
            where.append(f"{alias}.type IN ({', '.join('?' * len(types))})")
            params.extend(types)
        if country:
            where.append(f"{alias}.country = ?")
            params.append(country.upper())
        if since:
            where.append(f"coalesce({alias}.date_end, {alias}.date_start) >= ?")
            params.append(since)
        if until:
            where.append(f"coalesce({alias}.date_start, {alias}.date_end) <= ?")
            params.append(until)
        if query:
            check_query(query)
            where.append(told_by.format("IN (SELECT d.id FROM documents_fts JOIN documents d "
                                        "ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?)"))
            params.append(query)
        return (f" WHERE {' AND '.join(where)}" if where else ""), params

    def events(self, *, doc_id: str | None = None, types: list[str] | None = None,
               country: str | None = None, since: str | None = None, until: str | None = None,
               query: str | None = None, limit: int | None = None, offset: int = 0,
               order: str = "date_start", descending: bool = False) -> list[Event]:
        """Events matching every filter given; `query` is full-text over their documents. Sorted by
        `order` (a column of SORTABLE; undated or unknown values last), paged by `limit`/`offset`."""
        where, params = self._event_where(doc_id, types, country, since, until, query)
        if order not in SORTABLE:
            raise UsageError(f"cannot sort events by {order!r}; choose among {', '.join(SORTABLE)}")
        direction = "DESC" if descending else "ASC"
        keys = ("e.date_start IS NULL, e.date_start, e.doc_id, e.evidence_start" if order == "date_start"
                and not descending else f"e.{order} IS NULL, e.{order} {direction}, e.date_start, e.doc_id, "
                "e.evidence_start")
        sql = (f"SELECT {', '.join('e.' + f for f in EVENT_FIELDS)} FROM events e{where} ORDER BY {keys}"
               + (f" LIMIT {int(limit)}" if limit else " LIMIT -1") + (f" OFFSET {int(offset)}" if offset else ""))
        with self._guarded(query):
            rows = self.db.execute(sql, params).fetchall()
        return [_event_from_row(row) for row in rows]

    def count_events(self, *, doc_id: str | None = None, types: list[str] | None = None,
                     country: str | None = None, since: str | None = None, until: str | None = None,
                     query: str | None = None) -> int:
        """How many events match the filters of `events` (for paging)."""
        where, params = self._event_where(doc_id, types, country, since, until, query)
        with self._guarded(query):
            return int(self.db.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0])

    def event_types_by_document(self, doc_ids: list[str], *, types: list[str] | None = None,
                                country: str | None = None, since: str | None = None,
                                until: str | None = None) -> dict[str, dict[str, int]]:
        """For each of these documents, its events matching the filters counted by type, in one
        query (a search page shows them for a hundred hits)."""
        where, params = self._event_where(None, types, country, since, until, None)
        ids = sorted(set(doc_ids))[:1000]
        clause = f"e.doc_id IN ({', '.join('?' * len(ids))})"
        where = f"{where} AND {clause}" if where else f" WHERE {clause}"
        out: dict[str, dict[str, int]] = {}
        with self._guarded(None):
            for row in self.db.execute(f"SELECT e.doc_id, e.type, count(*) FROM events e{where} GROUP BY 1, 2",
                                       [*params, *ids]):
                out.setdefault(row[0], {})[row[1]] = int(row[2])
        return out

    @contextmanager
    def _guarded(self, query: str | None) -> Iterator[None]:
        """Run statements under the time limit; SQLite's errors become messages naming the query."""
        deadline = None if self.time_limit is None else time.monotonic() + self.time_limit
        if deadline is not None:
            self.db.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if deadline is not None and time.monotonic() > deadline:
                raise QueryError(f"the query took over {self.time_limit:g} s and was stopped; "
                                 "narrow it (fewer terms, no leading wildcard)") from None
            raise _fts_error(query or "", exc) from None
        finally:
            if deadline is not None:
                self.db.set_progress_handler(None, 0)

    def documents(self, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Documents newest first, without their text (for listings)."""
        rows = self.db.execute("SELECT id, title, published, language, url, source_path FROM documents "
                               "ORDER BY published DESC, rowid LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return [dict(r) for r in rows]

    def events_per_day(self) -> list[tuple[str, str, int]]:
        """(first day, type, number of per-document events) for every dated event, by day."""
        rows = self.db.execute("SELECT date_start, type, count(*) FROM events WHERE date_start IS NOT NULL "
                               "GROUP BY 1, 2 ORDER BY 1").fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    def document_metadata(self, doc_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Title, url and publication date of these documents, by id."""
        ids = sorted(set(doc_ids))
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in self.db.execute(f"SELECT id, title, url, published FROM documents WHERE id IN "
                                       f"({', '.join('?' * len(chunk))})", chunk):
                out[row["id"]] = {"title": row["title"], "url": row["url"], "published": row["published"]}
        return out

    # -- canonical events (one per happening, across documents; see strikewatch.canonical) ------
    def _canonical_where(self, doc_id: str | None, types: list[str] | None, country: str | None,
                         since: str | None, until: str | None, query: str | None) -> tuple[str, list[Any]]:
        told_by = "c.canonical_id IN (SELECT canonical_id FROM canonical_members WHERE doc_id {})"
        return self._filters("c", told_by, doc_id, types, country, since, until, query)

    def canonical_events(self, *, doc_id: str | None = None, types: list[str] | None = None,
                         country: str | None = None, since: str | None = None, until: str | None = None,
                         query: str | None = None, limit: int | None = None, offset: int = 0,
                         order: str = "date_start", descending: bool = False, dated: bool = False,
                         quoted_only: bool = False) -> list[Canonical]:
        """Canonical events matching every filter given (`doc_id`, `query`: told by such a document),
        sorted and paged as `events` is; `dated`: only those with a day (by their first day);
        `quoted_only`: each with only the report it quotes, for lists (their sources are all listed still)."""
        where, params = self._canonical_where(doc_id, types, country, since, until, query)
        if order not in SORTABLE:
            raise UsageError(f"cannot sort events by {order!r}; choose among {', '.join(SORTABLE)}")
        if dated:
            where = (f"{where} AND" if where else " WHERE") + " coalesce(c.date_start, c.date_end) IS NOT NULL"
        with self._guarded(query):
            return canonical_store.select(self.db, where, params, limit, offset, order, descending, dated,
                                         quoted_only)

    def count_canonical_events(self, *, doc_id: str | None = None, types: list[str] | None = None,
                               country: str | None = None, since: str | None = None, until: str | None = None,
                               query: str | None = None, dated: bool | None = None) -> int:
        """How many canonical events match (`dated`: True only those with a day, False only the undated)."""
        where, params = self._canonical_where(doc_id, types, country, since, until, query)
        if dated is not None:
            where = ((f"{where} AND" if where else " WHERE") + " coalesce(c.date_start, c.date_end) IS "
                     + ("NOT NULL" if dated else "NULL"))
        with self._guarded(query):
            return int(self.db.execute(f"SELECT count(*) FROM canonical_events c{where}", params).fetchone()[0])

    def canonical_spread(self, *, doc_id: str | None = None, types: list[str] | None = None,
                         country: str | None = None, since: str | None = None, until: str | None = None,
                         query: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """The spread table of the chronology (see strikewatch.canonical.chronology) in one
        aggregate query over every matching canonical event, however many there are; at most
        `limit` rows (type and region pairs)."""
        where, params = self._canonical_where(doc_id, types, country, since, until, query)
        where = (f"{where} AND" if where else " WHERE") + " coalesce(c.date_start, c.date_end) IS NOT NULL"
        with self._guarded(query):
            return canonical_store.spread(self.db, where, params, limit)

    def canonical(self, key: str) -> Canonical:
        """A canonical event by its id, one of its reports' event ids, or a unique start of either."""
        return canonical_store.get(self.db, key)

    def why(self, key: str) -> dict[str, Any]:
        """Which fields matched for each report of a canonical event, and why nearby ones stayed out."""
        return canonical_store.why(self.db, key)

    def split(self, key: str, event_ids: list[str] | None = None) -> list[str]:
        """Keep reports of a canonical event apart from the others for good (undo with `unsplit`)."""
        with self.transaction() as db:
            return canonical_store.split(db, key, event_ids)

    def unsplit(self, key: str) -> int:
        with self.transaction() as db:
            return canonical_store.unsplit(db, key)

    def rebuild_canonical(self) -> int:
        with self.transaction() as db:
            return canonical_store.rebuild(db)

    # -- search and statistics ----------------------------------------------------------------
    def search(self, query: str, *, limit: int = 20, language: str | None = None) -> list[SearchHit]:
        """Documents matching an FTS5 query, best first (bm25; a title hit weighs 5 body hits)."""
        if not query.strip():
            raise QueryError("empty search query: give one or more words, e.g. 'strikewatch search greve'")
        check_query(query)
        sql = (f"SELECT d.id, d.title, d.published, d.language, "
               f"snippet(documents_fts, 1, '{MARK_START}', '{MARK_END}', ' … ', 16) AS snippet, "
               "bm25(documents_fts, 5.0, 1.0) AS score "
               "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
               "WHERE documents_fts MATCH ?" + (" AND d.language = ?" if language else "")
               + " ORDER BY score LIMIT ?")
        params: list[Any] = [query] + ([language] if language else []) + [limit]
        with self._guarded(query):
            rows = self.db.execute(sql, params).fetchall()
        return [SearchHit(r["id"], r["title"], r["published"], r["language"], r["snippet"], r["score"])
                for r in rows]

    def stats(self) -> dict[str, Any]:
        def pairs(sql: str) -> dict[str, int]:
            return {str(k): int(v) for k, v in self.db.execute(sql).fetchall()}

        return {
            "documents": self.db.execute("SELECT count(*) FROM documents").fetchone()[0],
            "events": self.db.execute("SELECT count(*) FROM events").fetchone()[0],
            "canonical_events": self.db.execute("SELECT count(*) FROM canonical_events").fetchone()[0],
            "by_language": pairs("SELECT language, count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"),
            "by_month": pairs("SELECT coalesce(substr(published, 1, 7), 'undated'), count(*) "
                              "FROM documents GROUP BY 1 ORDER BY 1"),
            "events_by_type": pairs("SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"),
        }


def _event_from_row(row: sqlite3.Row) -> Event:
    data = dict(row)
    data["demands"] = json.loads(data["demands"] or "[]")
    data["count_approx"] = bool(data["count_approx"])
    return Event(**data)
