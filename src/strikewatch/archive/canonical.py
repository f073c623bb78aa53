"""Canonical events in the archive, kept up to date on every write: a new document's events are
compared only with stored events of their type, country and days (an indexed query, never all
pairs), and only the groups they touch are recomputed, so the result is the one a rebuild from
scratch gives whatever the order documents came in."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

from pydantic_core import from_json  # parses a page's records in half the time of json.loads (FastAPI's own parser)

from strikewatch.canonical.grouping import Pair, components, linkable, pair, refine
from strikewatch.canonical.reconcile import Canonical, reconcile
from strikewatch.canonical.rules import MAX_SPAN_DAYS, NIGHT_DAYS, OPEN_START_DAYS, linked, reach, shift
from strikewatch.errors import UsageError
from strikewatch.model import EVENT_FIELDS, Event

CHUNK = 500  # SQLite's bound on parameters per statement, with room to spare


def _chunks(items: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(items))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


def _rows_in(db: sqlite3.Connection, sql: str, ids: Iterable[str]) -> Iterator[sqlite3.Row]:
    """Rows of `sql` for every id, the ids sent in chunks SQLite accepts: each `{in}` in `sql` becomes
    a list of placeholders for one chunk."""
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        yield from db.execute(sql.format(in_=f"({marks})"), chunk * sql.count("{in_}"))


def _event(row: sqlite3.Row) -> Event:
    data = dict(row)
    data["demands"] = json.loads(data["demands"] or "[]")
    data["count_approx"] = bool(data["count_approx"])
    return Event(**data)


def load_events(db: sqlite3.Connection, event_ids: Iterable[str]) -> list[Event]:
    return [_event(r) for r in _rows_in(db, f"SELECT {', '.join(EVENT_FIELDS)} FROM events WHERE event_id IN {{in_}}",
                                         event_ids)]


def candidates(db: sqlite3.Connection, event: Event) -> list[Event]:
    """The blocking query: stored events of the same type and country whose first day lies within
    the days any linkable interval could share with `event`, nights included (indexed; never all pairs)."""
    days = reach(event)
    if days is None or not linkable(event):
        return []
    # a stored report's own night reaches NIGHT_DAYS either side of its days
    first, last = shift(days[0], -MAX_SPAN_DAYS - NIGHT_DAYS), shift(days[1], NIGHT_DAYS)
    rows = db.execute(
        f"SELECT {', '.join(EVENT_FIELDS)} FROM events WHERE type = ? AND country = ? AND event_id != ? AND "
        "((date_start BETWEEN ? AND ?) OR (date_start IS NULL AND date_end BETWEEN ? AND ?))",
        (event.type, event.country, event.event_id, first.isoformat(), last.isoformat(),
         shift(days[0], -NIGHT_DAYS).isoformat(), shift(last, OPEN_START_DAYS).isoformat()))
    return [_event(r) for r in rows]


def neighbours(db: sqlite3.Connection, event: Event) -> list[Event]:
    """Stored events that link with `event` (the blocking query, then the full rules)."""
    return [other for other in candidates(db, event) if linked(event, other)]


def _apart(db: sqlite3.Connection, event_ids: Iterable[str]) -> set[Pair]:
    return {(a, b) for a, b in _rows_in(
        db, "SELECT event_a, event_b FROM merge_apart WHERE event_a IN {in_} OR event_b IN {in_}", event_ids)}


def component_members(db: sqlite3.Connection, component_ids: Iterable[str]) -> set[str]:
    return {r[0] for r in _rows_in(db, "SELECT m.event_id FROM canonical_members m JOIN canonical_events c "
                                       "USING (canonical_id) WHERE c.component IN {in_}", component_ids)}


def components_of(db: sqlite3.Connection, event_ids: Iterable[str]) -> set[str]:
    return {r[0] for r in _rows_in(db, "SELECT c.component FROM canonical_members m JOIN canonical_events c "
                                       "USING (canonical_id) WHERE m.event_id IN {in_}", event_ids)}


def _drop(db: sqlite3.Connection, component_ids: Iterable[str]) -> None:
    for chunk in _chunks(component_ids):
        marks = ", ".join("?" * len(chunk))
        db.execute(f"DELETE FROM canonical_members WHERE canonical_id IN "
                   f"(SELECT canonical_id FROM canonical_events WHERE component IN ({marks}))", chunk)
        db.execute(f"DELETE FROM canonical_events WHERE component IN ({marks})", chunk)


# a canonical row: its record's sort, filter and spread keys as columns (SORTABLE among them), then the record
# (the reconciled event, its sources, the report it quotes) and its reports' event ids
RECORD_COLUMNS = ("type", "country", "admin1", "admin1_name", "location", "date_start", "date_end", "participants",
                  "fatalities", "arrests", "confidence")
ROW = ("canonical_id", "component", *RECORD_COLUMNS, "source_count", "record", "members")


def _write(db: sqlite3.Connection, events: list[Event], apart: set[Pair]) -> None:
    for component in components(events, apart):
        name = component[0].event_id  # components come sorted by event id
        for group in refine(component, apart):
            made = reconcile(group)
            record = made.event
            db.execute(f"INSERT INTO canonical_events ({', '.join(ROW)}) VALUES ({', '.join('?' * len(ROW))})",
                       (made.canonical_id, name, *(getattr(record, column) for column in RECORD_COLUMNS),
                        made.source_count,
                        json.dumps({**record.to_dict(), "sources": made.sources, "quoted": quoted(made).to_dict()},
                                   ensure_ascii=False),
                        json.dumps([m.event_id for m in made.members])))
            db.executemany("INSERT INTO canonical_members (event_id, canonical_id, doc_id) VALUES (?, ?, ?)",
                           [(m.event_id, made.canonical_id, m.doc_id) for m in group])


def quoted(made: Canonical) -> Event:
    """The report whose evidence the reconciled record quotes (stored with the record, so that a list
    of happenings reads no report rows); the first report should a record ever quote none."""
    event = made.event
    told = (event.doc_id, event.evidence, event.evidence_start, event.evidence_end)
    return next((m for m in made.members if (m.doc_id, m.evidence, m.evidence_start, m.evidence_end) == told),
                made.members[0])


def stale_components(db: sqlite3.Connection, doc_id: str) -> set[str]:
    """The groups a document's stored events belong to (before they are replaced)."""
    return {r[0] for r in db.execute(
        "SELECT DISTINCT c.component FROM canonical_members m JOIN canonical_events c USING (canonical_id) "
        "WHERE m.doc_id = ?", (doc_id,))}


def refresh(db: sqlite3.Connection, new: list[Event], stale: Iterable[str] = ()) -> None:
    """Recompute the groups touched by new events (their neighbours' groups) and by replaced ones."""
    touched = set(stale)
    for event in new:
        touched |= components_of(db, (n.event_id for n in neighbours(db, event)))
    ids = component_members(db, touched) | {e.event_id for e in new}
    events = load_events(db, ids)  # events replaced since are gone from `events`: they drop out here
    _drop(db, touched)
    db.execute("DELETE FROM canonical_members WHERE event_id IN (SELECT value FROM json_each(?))",
               (json.dumps(sorted(ids)),))
    _write(db, events, _apart(db, ids))


def rebuild(db: sqlite3.Connection) -> int:
    """Every canonical event from the stored events (after a migration, or on demand)."""
    db.execute("DELETE FROM canonical_members")
    db.execute("DELETE FROM canonical_events")
    events = [_event(r) for r in db.execute(f"SELECT {', '.join(EVENT_FIELDS)} FROM events")]
    _write(db, events, {(a, b) for a, b in db.execute("SELECT event_a, event_b FROM merge_apart")})
    return int(db.execute("SELECT count(*) FROM canonical_events").fetchone()[0])


def _from_rows(db: sqlite3.Connection, rows: list[sqlite3.Row], quoted_only: bool = False) -> list[Canonical]:
    """Canonical events from their stored rows (`record`, and `members` unless `quoted_only`), their
    reports loaded in one pass; with `quoted_only`, each with only the report it quotes, read from
    the record itself (a page of happenings told by thousands of outlets reads no report rows; its
    sources still name them all)."""
    parsed = [from_json(row["record"]) for row in rows]
    if quoted_only:
        return [Canonical(Event.from_dict(data), [Event.from_dict(data["quoted"])], listed_sources=data["sources"])
                for data in parsed]
    members = [from_json(row["members"]) for row in rows]
    loaded = {e.event_id: e for e in load_events(db, (m for ids in members for m in ids))}
    return [Canonical(Event.from_dict(data), [loaded[m] for m in ids if m in loaded]) for data, ids in zip(parsed, members)]


def resolve(db: sqlite3.Connection, key: str) -> str:
    """Canonical id from a canonical id, one of its reports' event ids, or a unique start of either."""
    pattern = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = {r[0] for r in db.execute(
        "SELECT canonical_id FROM canonical_events WHERE canonical_id LIKE ? ESCAPE '\\' UNION "
        "SELECT canonical_id FROM canonical_members WHERE event_id LIKE ? ESCAPE '\\' LIMIT 3", (pattern, pattern))}
    if not rows:
        raise UsageError(f"no event with id {key!r} (list canonical events with 'strikewatch events')")
    if len(rows) > 1:
        raise UsageError(f"{key!r} is the start of several event ids; give more characters")
    return rows.pop()


def get(db: sqlite3.Connection, key: str) -> Canonical:
    row = db.execute("SELECT record, members FROM canonical_events WHERE canonical_id = ?",
                     (resolve(db, key),)).fetchone()
    return _from_rows(db, [row])[0]


def select(db: sqlite3.Connection, where: str, params: list[object], limit: int | None = None, offset: int = 0,
           order: str = "date_start", descending: bool = False, by_day: bool = False,
           quoted_only: bool = False) -> list[Canonical]:
    """Canonical events matching an SQL condition on `canonical_events c` (`where`: "" or " WHERE …"),
    oldest first or by `order` (a name the caller checked: a column), one page of `limit` from `offset`;
    `by_day`: by first day, the end for those with no start (the chronology's order)."""
    if by_day:
        keys = "coalesce(c.date_start, c.date_end), c.canonical_id"
    elif order == "date_start" and not descending:
        keys = "c.date_start IS NULL, c.date_start, c.canonical_id"
    else:
        keys = f"c.{order} IS NULL, c.{order} {'DESC' if descending else 'ASC'}, c.date_start, c.canonical_id"
    sql = (f"SELECT c.record{'' if quoted_only else ', c.members'} FROM canonical_events c{where} ORDER BY {keys}"
           + (f" LIMIT {int(limit)}" if limit else " LIMIT -1") + (f" OFFSET {int(offset)}" if offset else ""))
    return _from_rows(db, db.execute(sql, params).fetchall(), quoted_only)


def spread(db: sqlite3.Connection, where: str, params: list[object], limit: int | None = None
           ) -> list[dict[str, object]]:
    """The first day each region joined, per type, over the dated canonical events matching `where`:
    the rows `chronology.build` makes, in its order, computed in SQL (at most `limit` of them)."""
    sql = ("SELECT c.type, coalesce(c.admin1, coalesce(c.country, '?') || ' (country-wide)') AS region, "
           "min(coalesce(c.date_start, c.date_end)) AS first_day, count(*) AS events, "
           "max(c.admin1_name) AS admin1_name, max(c.country) AS country "
           f"FROM canonical_events c{where} GROUP BY 1, 2 ORDER BY 1, 3, 2" + (f" LIMIT {int(limit)}" if limit else ""))
    return [{"type": r[0], "region": r[1], "region_name": r[4] or r[1], "country": r[5], "first_day": r[2],
             "events": r[3]} for r in db.execute(sql, params)]


def split(db: sqlite3.Connection, key: str, event_ids: list[str] | None = None) -> list[str]:
    """Keep reports apart: the given reports (default: all) from every other report of the event.
    Returns the canonical ids the reports now belong to."""
    made = get(db, key)
    ids = [m.event_id for m in made.members]
    chosen = ids if not event_ids else [_member(ids, e) for e in event_ids]
    pairs = {pair(a, b) for a in chosen for b in ids if a != b}
    db.executemany("INSERT OR IGNORE INTO merge_apart (event_a, event_b) VALUES (?, ?)", sorted(pairs))
    refresh(db, [], components_of(db, ids))
    return sorted({r[0] for r in _rows_in(db, "SELECT canonical_id FROM canonical_members WHERE event_id IN {in_}",
                                          ids)})


def unsplit(db: sqlite3.Connection, key: str) -> int:
    """Forget the splits that involve the reports of this event; returns how many pairs were freed."""
    ids = [m.event_id for m in get(db, key).members]
    pairs = _apart(db, ids)
    for a, b in pairs:
        db.execute("DELETE FROM merge_apart WHERE event_a = ? AND event_b = ?", (a, b))
    freed = {e for p in pairs for e in p}
    refresh(db, load_events(db, freed), components_of(db, freed))
    return len(pairs)


def _member(ids: list[str], key: str) -> str:
    found = [i for i in ids if i.startswith(key)]
    if len(found) != 1:
        raise UsageError(f"{key!r} is not one of this event's reports ({', '.join(ids)})")
    return found[0]


def why(db: sqlite3.Connection, key: str) -> dict[str, object]:
    """The explanation of a canonical event (see strikewatch.canonical.explain)."""
    from strikewatch.canonical.explain import explain

    made = get(db, key)
    nearby = {e.event_id: e for m in made.members for e in candidates(db, m)}
    return explain(made, list(nearby.values()), _apart(db, [m.event_id for m in made.members]))
