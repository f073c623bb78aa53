"""Cross-document merging at scale: an archive of N per-document events (default 100,000; synthetic
happenings in 40 countries over three years, each told by 1-4 documents with the usual disagreements
on day, place precision and counts) is merged from scratch, then 1,000 new events arrive one
document at a time through the ordinary write path. Prints seconds; asserts nothing."""
from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from strikewatch.archive import Archive
from strikewatch.model import EVENT_FIELDS, Document, Event

COUNTRIES = [f"{a}{b}" for a in "ABCDEFGH" for b in "KLMNO"]  # 40 made-up countries, 5 regions each
TYPES = ("strike", "protest", "riot", "repression", "arrest", "restriction", "deployment", "concession")


def _reports(rng: random.Random, doc_ids: list[str], day0: date) -> list[Event]:
    """One happening told by every document of `doc_ids`, each with its own reading of it."""
    country, kind = rng.choice(COUNTRIES), rng.choice(TYPES)
    region = rng.randrange(5)
    day = day0 + timedelta(days=rng.randrange(3 * 365))
    out = []
    for doc_id in doc_ids:
        nationwide = rng.random() < 0.25
        shift = rng.choice((0, 0, 0, 1))  # one outlet in four dates it a day later
        event = Event(doc_id=doc_id, type=kind, date_start=(day + timedelta(days=shift)).isoformat(),
                      date_end=(day + timedelta(days=shift)).isoformat(), time_precision="day", country=country,
                      admin1=None if nationwide else f"{country}-{region}", location=None if nationwide else
                      f"Town {country}{region}", geo_precision="country" if nationwide else "city",
                      latitude=10.0 + region, longitude=20.0 + region, participants=rng.choice((None, 500, 2000)),
                      evidence=f"{kind} reported by {doc_id}", evidence_start=0, evidence_end=10, confidence=0.8,
                      language="en")
        event.assign_id()
        out.append(event)
    return out


def corpus(n_events: int, seed: int = 13) -> dict[str, list[Event]]:
    """Documents (about three events each) whose events total about n_events."""
    rng = random.Random(seed)
    docs: dict[str, list[Event]] = {}
    next_doc = total = 0
    day0 = date(2021, 1, 1)
    while total < n_events:
        tellers = [f"doc{next_doc + i:07d}" for i in range(rng.choice((1, 1, 2, 3, 4)))]
        next_doc += len(tellers)
        for event in _reports(rng, tellers, day0):
            docs.setdefault(event.doc_id, []).append(event)
            total += 1
        # documents also tell other happenings: fold every fourth into an earlier document
        if next_doc > 10 and rng.random() < 0.25:
            earlier = f"doc{rng.randrange(next_doc - 10):07d}"
            for event in _reports(rng, [earlier], day0):
                docs.setdefault(earlier, []).append(event)
                total += 1
    return docs


def bulk_load(archive: Archive, docs: dict[str, list[Event]]) -> None:
    """Documents and events written directly (the merge is then built in one pass)."""
    with archive.transaction() as db:
        db.executemany("INSERT INTO documents (id, content_hash, language, text, raw_text, offset_map) "
                       "VALUES (?, ?, 'en', ?, ?, '[]')", [(d, d, d, d) for d in docs])
        rows = []
        for events in docs.values():
            for event in events:
                record = event.to_dict()
                record["demands"], record["count_approx"] = "[]", 0
                rows.append(tuple(record[f] for f in EVENT_FIELDS))
        db.executemany(f"INSERT OR REPLACE INTO events ({', '.join(EVENT_FIELDS)}) "
                       f"VALUES ({', '.join('?' * len(EVENT_FIELDS))})", rows)


def _time_merge() -> list[float]:
    """Seconds spent in the incremental merge (wraps the archive's refresh; a list to read it after)."""
    from strikewatch.archive import canonical as store

    spent = [0.0]
    refresh = store.refresh

    def timed(*args: object, **kwargs: object) -> None:
        started = time.perf_counter()
        refresh(*args, **kwargs)  # type: ignore[arg-type]
        spent[0] += time.perf_counter() - started

    store.refresh = timed  # type: ignore[assignment]
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000, help="per-document events already stored")
    parser.add_argument("--new", type=int, default=1_000, help="new events ingested afterwards")
    args = parser.parse_args()
    docs = corpus(args.events + args.new)
    ids = sorted(docs)
    random.Random(5).shuffle(ids)  # the documents that arrive later tell old happenings as well as new ones
    stored, arriving = [], []
    total = 0
    for doc_id in ids:
        (stored if total < args.events else arriving).append(doc_id)
        total += len(docs[doc_id])
    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive(Path(tmp) / "bench.db")
        bulk_load(archive, {d: docs[d] for d in stored})
        n_stored = sum(len(docs[d]) for d in stored)
        started = time.perf_counter()
        canonical = archive.rebuild_canonical()
        rebuild = time.perf_counter() - started
        new_events = sum(len(docs[d]) for d in arriving)
        merging = _time_merge()
        started = time.perf_counter()
        for doc_id in arriving:
            archive.add_document(Document(id=doc_id, text=f"text of {doc_id}", raw_text="", language="en"),
                                 docs[doc_id])
        incremental = time.perf_counter() - started
        after = archive.stats()
        archive.close()
    figures = {"stored_events": n_stored, "canonical_after_rebuild": canonical, "rebuild_seconds": round(rebuild, 2),
               "new_documents": len(arriving), "new_events": new_events, "incremental_seconds": round(incremental, 2),
               "seconds_per_1000_new_events": round(incremental / max(1, new_events) * 1000, 2),
               "merge_seconds_per_1000_new_events": round(merging[0] / max(1, new_events) * 1000, 2),
               "canonical_after": after["canonical_events"], "events_after": after["events"]}
    print(f"merge: {n_stored:,} stored events -> {canonical:,} canonical events rebuilt in {rebuild:.1f} s")
    print(f"merge: {new_events:,} new events in {len(arriving):,} documents ingested one by one in {incremental:.1f} s "
          f"({figures['seconds_per_1000_new_events']} s per 1,000 new events, document writes and commits included; "
          f"the merge itself {figures['merge_seconds_per_1000_new_events']} s)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
