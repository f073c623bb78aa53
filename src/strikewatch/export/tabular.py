"""Flat formats: CSV (demands joined by ";"), JSON, JSONL, and Parquet with proper column types."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, BinaryIO

from strikewatch.model import EVENT_FIELDS, Event

# Document fields that travel with each exported event (where it was read), and the documents that
# tell it (a canonical event has several; `doc_*` then describe the one whose evidence is quoted).
DOCUMENT_FIELDS = ("doc_title", "doc_url", "doc_published")
SOURCE_FIELDS = ("source_count", "sources")
COLUMNS = (*EVENT_FIELDS, *DOCUMENT_FIELDS, *SOURCE_FIELDS)


@dataclass
class ExportRow:
    event: Event
    doc_title: str | None = None
    doc_url: str | None = None
    doc_published: str | None = None
    # every document that tells the event: {doc_id, title, url, published}; empty means event.doc_id alone
    sources: list[dict[str, Any]] = field(default_factory=list)

    def source_ids(self) -> list[str]:
        return [s["doc_id"] for s in self.sources] or [self.event.doc_id]

    def record(self) -> dict[str, Any]:
        return {**self.event.to_dict(), "doc_title": self.doc_title, "doc_url": self.doc_url,
                "doc_published": self.doc_published, "source_count": len(self.source_ids()),
                "sources": self.source_ids()}


def write_jsonl(rows: list[ExportRow], out: BinaryIO) -> None:
    for row in rows:
        out.write((json.dumps(row.record(), ensure_ascii=False) + "\n").encode("utf-8"))


def write_json(rows: list[ExportRow], out: BinaryIO) -> None:
    out.write(json.dumps([row.record() for row in rows], ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")


def write_csv(rows: list[ExportRow], out: BinaryIO) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        record = row.record()
        record["demands"] = ";".join(record["demands"])
        record["sources"] = ";".join(record["sources"])
        writer.writerow(record)
    text.detach()


def _parquet_schema() -> Any:
    import pyarrow as pa

    types: dict[str, Any] = {
        "date_start": pa.date32(), "date_end": pa.date32(), "doc_published": pa.date32(),
        "latitude": pa.float64(), "longitude": pa.float64(), "confidence": pa.float64(),
        "participants": pa.int64(), "fatalities": pa.int64(), "injured": pa.int64(), "arrests": pa.int64(),
        "dismissed": pa.int64(), "evidence_start": pa.int64(), "evidence_end": pa.int64(),
        "count_approx": pa.bool_(), "demands": pa.list_(pa.string()),
        "source_count": pa.int64(), "sources": pa.list_(pa.string()),
    }
    return pa.schema([(name, types.get(name, pa.string())) for name in COLUMNS])


def write_parquet(rows: list[ExportRow], out: BinaryIO) -> None:
    """Dates as date32, counts as nullable integers, demands as list<string>."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    columns: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    for row in rows:
        for name, value in row.record().items():
            if schema.field(name).type == pa.date32() and value:
                value = date.fromisoformat(value)
            columns[name].append(value)
    table = pa.table({name: pa.array(values, type=schema.field(name).type) for name, values in columns.items()},
                     schema=schema)
    pq.write_table(table, out)
