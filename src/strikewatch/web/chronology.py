"""Web pages and API over canonical events: the chronology with its spread table, and the rows of
the events table (canonical by default, each document's own on request)."""
from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from strikewatch.archive import Archive, EventFilters
from strikewatch.canonical import Canonical
from strikewatch.canonical.chronology import build
from strikewatch.errors import StrikewatchError
from strikewatch.model import EVENT_TYPES, Event
from strikewatch.web.limits import MAX_API_LIMIT, MAX_OFFSET, MAX_PAGE, PAGE_SIZE

MAX_SPREAD_ROWS = 1000  # type and region pairs in the spread table (its first days)


def canonical_record(made: Canonical) -> dict[str, Any]:
    """A canonical event for the API: its record, its sources, and its reports with their evidence (in
    a list, the one it quotes)."""
    reports = [{"event_id": m.event_id, "doc_id": m.doc_id, "evidence": m.evidence, "evidence_start": m.evidence_start,
                "evidence_end": m.evidence_end} for m in made.members]
    return {**made.event.to_dict(), "source_count": made.source_count, "sources": made.sources, "reports": reports}


def event_rows(db: Archive, filters: dict[str, Any], per_document: bool, **page: Any
               ) -> tuple[list[Event], int, dict[str, int], dict[str, str]]:
    """One page of the events table (`page`: limit, offset, order, descending; sorted and cut in SQL):
    (events, how many match, sources per canonical id, the report each canonical row links to)."""
    if per_document:
        return db.events(**filters, **page), db.count_events(**filters), {}, {}
    merged = db.canonical_events(**filters, **page, quoted_only=True)
    anchors = {m.canonical_id: m.members[0].event_id for m in merged}  # the quoted report: its mark on the page
    return ([m.event for m in merged], db.count_canonical_events(**filters),
            {m.canonical_id: m.source_count for m in merged}, anchors)


def register_chronology(app: FastAPI, archive: Callable[[], AbstractContextManager[Archive]],
                        page: Callable[..., HTMLResponse]) -> None:
    """Add /chronology and /api/chronology to the app: one page of dated canonical events at a time
    (oldest first), with the spread table over every match (one aggregate query)."""

    def chronology_of(type_: list[str] | None, country: str, since: str, until: str, limit: int,
                      offset: int) -> dict[str, Any]:
        filters: EventFilters = {"types": [t for t in (type_ or []) if t in EVENT_TYPES] or None, "country": country or None,
                   "since": since or None, "until": until or None}
        with archive() as db:
            happenings = db.canonical_events(**filters, dated=True, limit=limit, offset=offset, quoted_only=True)
            result = build(happenings, db.document_metadata(d for made in happenings for d in made.sources))
            spread = db.canonical_spread(**filters, limit=MAX_SPREAD_ROWS + 1)
            result["spread"], result["spread_truncated"] = spread[:MAX_SPREAD_ROWS], len(spread) > MAX_SPREAD_ROWS
            result["undated"] = db.count_canonical_events(**filters, dated=False)
            result["total"] = db.count_canonical_events(**filters, dated=True)
        result["offset"], result["limit"], result["shown"] = offset, limit, len(happenings)
        return result

    @app.get("/chronology", response_class=HTMLResponse, include_in_schema=False)
    def chronology_page(request: Request, type: Annotated[list[str] | None, Query()] = None, country: str = "",
                        since: str = "", until: str = "",
                        page_number: Annotated[int, Query(alias="page", ge=1, le=MAX_PAGE)] = 1
                        ) -> HTMLResponse:
        try:
            result = chronology_of(type, country, since, until, PAGE_SIZE, (page_number - 1) * PAGE_SIZE)
        except StrikewatchError as exc:
            return page(request, "error.html", status=400, message=str(exc))
        pages = max(1, -(-result["total"] // PAGE_SIZE))
        return page(request, "chronology.html", chronology=result, selected=type or [], country=country,
                    since=since, until=until, page_number=page_number, pages=pages, query=request.url.query)

    @app.get("/api/chronology", tags=["events"])
    def api_chronology(response: Response, type: Annotated[list[str] | None, Query()] = None, country: str = "",
                       since: str = "", until: str = "",
                       limit: Annotated[int, Query(ge=1, le=MAX_API_LIMIT)] = PAGE_SIZE,
                       offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> dict[str, Any]:
        """Dated canonical events day by day with their sources, one page at a time (`limit` from
        `offset`, oldest first; `total` and the `X-Total-Count` header say how many match), and the
        spread over every match: the first day each region joined, per type."""
        try:
            result = chronology_of(type, country, since, until, limit, offset)
        except StrikewatchError as exc:
            raise HTTPException(400, str(exc)) from None
        response.headers["X-Total-Count"] = str(result["total"])
        return result
