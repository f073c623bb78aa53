"""Versioned schema of the SQLite archive. Migration N brings a database from version N-1 to N;
append new migrations, never edit released ones (PRAGMA user_version holds the version)."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator

# Marks a file as a strikewatch archive (PRAGMA application_id), so that a stranger database is refused.
APPLICATION_ID = 0x53574154  # "SWAT"

MIGRATIONS: tuple[str, ...] = (
    # 1: documents with full-text search, events
    """
    CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        title TEXT,
        author TEXT,
        url TEXT,
        published TEXT,
        language TEXT NOT NULL,
        source_path TEXT,
        text TEXT NOT NULL,
        raw_text TEXT NOT NULL,
        offset_map TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX documents_hash ON documents(content_hash);
    CREATE INDEX documents_published ON documents(published);

    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;

    CREATE TABLE events (
        event_id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        subtype TEXT,
        date_start TEXT,
        date_end TEXT,
        time_precision TEXT NOT NULL,
        location TEXT,
        admin1 TEXT,
        admin1_name TEXT,
        country TEXT,
        latitude REAL,
        longitude REAL,
        geo_precision TEXT,
        actor1 TEXT,
        actor2 TEXT,
        employer TEXT,
        sector TEXT,
        demands TEXT NOT NULL DEFAULT '[]',
        participants INTEGER,
        fatalities INTEGER,
        injured INTEGER,
        arrests INTEGER,
        dismissed INTEGER,
        count_approx INTEGER NOT NULL DEFAULT 0,
        evidence TEXT NOT NULL,
        evidence_start INTEGER,
        evidence_end INTEGER,
        confidence REAL NOT NULL,
        language TEXT,
        notes TEXT
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_type_date ON events(type, date_start);
    CREATE INDEX events_country ON events(country, admin1);
    """,
    # 2: canonical events (cross-document merging): one row per happening, its reports, and the
    # pairs a user split apart (`strikewatch split`); per-document events stay untouched
    """
    CREATE TABLE canonical_events (
        canonical_id TEXT PRIMARY KEY,
        component TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        admin1 TEXT,
        date_start TEXT,
        date_end TEXT,
        source_count INTEGER NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX canonical_type_date ON canonical_events(type, date_start);
    CREATE INDEX canonical_country_date ON canonical_events(country, date_start);
    CREATE INDEX canonical_component ON canonical_events(component);
    CREATE TABLE canonical_members (
        event_id TEXT PRIMARY KEY,
        canonical_id TEXT NOT NULL,
        doc_id TEXT NOT NULL
    );
    CREATE INDEX canonical_members_canonical ON canonical_members(canonical_id);
    CREATE INDEX canonical_members_doc ON canonical_members(doc_id);
    CREATE TABLE merge_apart (
        event_a TEXT NOT NULL,
        event_b TEXT NOT NULL,
        PRIMARY KEY (event_a, event_b)
    );
    CREATE INDEX merge_apart_b ON merge_apart(event_b);
    CREATE INDEX events_block ON events(type, country, date_start, date_end);
    """,
    # 3: a canonical row holds what a list shows: the record with its sources and the report it quotes
    # (its reports' ids apart), and a column for every sort key and the spread's region name, so that a
    # page of happenings reads no report rows and neither a sort nor the spread parses JSON. The lists'
    # default orders come from indexes (a page reads its rows instead of sorting the table). The table
    # is derived: rebuilt once migrated.
    """
    DROP TABLE canonical_events;
    CREATE TABLE canonical_events (
        canonical_id TEXT PRIMARY KEY,
        component TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        admin1 TEXT,
        admin1_name TEXT,
        location TEXT,
        date_start TEXT,
        date_end TEXT,
        participants INTEGER,
        fatalities INTEGER,
        arrests INTEGER,
        confidence REAL NOT NULL,
        source_count INTEGER NOT NULL,
        record TEXT NOT NULL,
        members TEXT NOT NULL
    );
    CREATE INDEX canonical_type_date ON canonical_events(type, date_start);
    CREATE INDEX canonical_country_date ON canonical_events(country, date_start);
    CREATE INDEX canonical_component ON canonical_events(component);
    CREATE INDEX canonical_list_order ON canonical_events(date_start IS NULL, date_start, canonical_id);
    CREATE INDEX canonical_by_day ON canonical_events(coalesce(date_start, date_end), canonical_id);
    CREATE INDEX events_list_order ON events(date_start IS NULL, date_start, doc_id, evidence_start);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
# Versions after which the canonical events are rebuilt from the stored events once migrated.
REBUILD_CANONICAL_AT = (2, 3)


def migration_statements(version: int) -> Iterator[str]:
    """The statements that bring a database from `version` to SCHEMA_VERSION, one at a time (to run
    them in the caller's transaction: a trigger's body holds semicolons of its own)."""
    statement = ""
    for line in "".join(MIGRATIONS[version:]).splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""
