"""Web pages and API over canonical events: the chronology with its spread table, and the rows of
the events table (canonical by default, each document's own on request)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from strikewatch.archive import Archive
from strikewatch.canonical import Canonical
from strikewatch.canonical.chronology import build
from strikewatch.errors import StrikewatchError
from strikewatch.model import EVENT_TYPES, Event


def canonical_record(made: Canonical) -> dict[str, Any]:
    """A canonical event for the API: its record, its sources, and each report with its evidence."""
    reports = [{"event_id": m.event_id, "doc_id": m.doc_id, "evidence": m.evidence, "evidence_start": m.evidence_start,
                "evidence_end": m.evidence_end} for m in made.members]
    return {**made.event.to_dict(), "source_count": made.source_count, "sources": made.sources, "reports": reports}


def event_rows(db: Archive, filters: dict[str, Any], per_document: bool) -> tuple[list[Event], dict[str, int]]:
    """(events, sources per canonical id): the table's rows and how many documents tell each."""
    if per_document:
        return db.events(**filters), {}
    merged = db.canonical_events(**filters)
    return [m.event for m in merged], {m.canonical_id: m.source_count for m in merged}


def register_chronology(app: FastAPI, archive: Callable[[], Archive], page: Callable[..., HTMLResponse]) -> None:
    """Add /chronology and /api/chronology to the app."""

    def chronology_of(type_: list[str] | None, country: str, since: str, until: str) -> dict[str, Any]:
        filters = {"types": [t for t in (type_ or []) if t in EVENT_TYPES] or None, "country": country or None,
                   "since": since or None, "until": until or None}
        with archive() as db:
            happenings = db.canonical_events(**filters)
            return build(happenings, db.document_metadata(d for made in happenings for d in made.sources))

    @app.get("/chronology", response_class=HTMLResponse, include_in_schema=False)
    def chronology_page(request: Request, type: Annotated[list[str] | None, Query()] = None, country: str = "",
                        since: str = "", until: str = "") -> HTMLResponse:
        try:
            result = chronology_of(type, country, since, until)
        except StrikewatchError as exc:
            return page(request, "error.html", status=400, message=str(exc))
        return page(request, "chronology.html", chronology=result, selected=type or [], country=country,
                    since=since, until=until)

    @app.get("/api/chronology", tags=["events"])
    def api_chronology(type: Annotated[list[str] | None, Query()] = None, country: str = "", since: str = "",
                       until: str = "") -> dict[str, Any]:
        """Canonical events day by day with their sources, and the spread: the first day each region
        joined, per type."""
        try:
            return chronology_of(type, country, since, until)
        except StrikewatchError as exc:
            raise HTTPException(400, str(exc)) from None
