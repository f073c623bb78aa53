"""Export stage: events out of the archive in the formats other tools read. One module per format;
every writer takes the events (with their documents' metadata) and a binary stream."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from strikewatch.archive import Archive
from strikewatch.errors import UsageError
from strikewatch.export.acled import write_acled
from strikewatch.export.tabular import ExportRow, write_csv, write_json, write_jsonl, write_parquet
from strikewatch.export.geojson import write_geojson

Writer = Callable[[list[ExportRow], BinaryIO], None]
EXPORTERS: dict[str, Writer] = {
    "csv": write_csv,
    "jsonl": write_jsonl,
    "json": write_json,
    "geojson": write_geojson,
    "parquet": write_parquet,
    "acled": write_acled,
}
BINARY_FORMATS = {"parquet"}

__all__ = ["BINARY_FORMATS", "EXPORTERS", "ExportRow", "export", "rows"]


def rows(archive: Archive, per_document: bool = False, **filters: Any) -> list[ExportRow]:
    """Canonical events (one per happening, with all their sources) matching the filters, or with
    `per_document` the events as each document told them; each with its document's title, url, date."""
    if per_document:
        events = archive.events(**filters)
        meta = archive.document_metadata(e.doc_id for e in events)
        return [ExportRow(e, meta.get(e.doc_id, {}).get("title"), meta.get(e.doc_id, {}).get("url"),
                          meta.get(e.doc_id, {}).get("published")) for e in events]
    happenings = archive.canonical_events(**filters, quoted_only=True)  # records and sources: no report rows
    meta = archive.document_metadata(d for made in happenings for d in made.sources)
    out = []
    for made in happenings:
        doc = meta.get(made.event.doc_id, {})
        sources = [{"doc_id": d, **meta.get(d, {})} for d in made.sources]
        out.append(ExportRow(made.event, doc.get("title"), doc.get("url"), doc.get("published"), sources))
    return out


def export(archive: Archive, fmt: str, out: BinaryIO, per_document: bool = False, **filters: Any) -> int:
    """Write the events matching the filters in format `fmt`; returns how many were written."""
    if fmt not in EXPORTERS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}")
    selected = rows(archive, per_document, **filters)
    EXPORTERS[fmt](selected, out)
    return len(selected)
