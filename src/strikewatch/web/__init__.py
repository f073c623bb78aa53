"""Web interface: search the archive, read documents with their evidence highlighted, browse events
in a table, on a timeline and on a map, upload files. Server-rendered (FastAPI + Jinja2) with a
little plain JavaScript; every asset is served from this package (vendored from npm), none from a CDN.

Safe by default: binds 127.0.0.1 (see `strikewatch serve`), Jinja2 escapes all document text,
uploads are size- and type-checked, search syntax errors are messages, and `read_only` turns
uploads off."""
from __future__ import annotations

import html
import tempfile
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from strikewatch.archive import MARK_END, MARK_START, Archive
from strikewatch.errors import StrikewatchError
from strikewatch.ingest import EXTENSIONS, read_documents
from strikewatch.model import EVENT_TYPES, Document, Event
from strikewatch.web.chronology import canonical_record, event_rows, register_chronology

HERE = Path(__file__).parent
VENDOR = HERE / "static" / "vendor"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
PAGE_SIZE = 50
SORTABLE = ("date_start", "type", "country", "location", "participants", "fatalities", "arrests", "confidence")
TYPE_COLOURS = {"strike": "#d62728", "protest": "#1f77b4", "riot": "#ff7f0e", "repression": "#7f2704",
                "arrest": "#9467bd", "restriction": "#555555", "deployment": "#2ca02c", "layoff": "#8c564b",
                "concession": "#17becf", "solidarity": "#e377c2"}


def snippet_html(snippet: str) -> Markup:
    """A search snippet with its highlight markers as <mark>, everything else escaped."""
    escaped = html.escape(" ".join(snippet.split()))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def highlighted_text(doc: Document, events: list[Event]) -> Markup:
    """The document text, escaped, with each event's evidence marked (linked to the event beside it)."""
    spans = sorted({(e.evidence_start, e.evidence_end, e.event_id) for e in events
                    if e.evidence_start is not None and e.evidence_end is not None}, key=lambda s: (s[0], -s[1]))
    out, pos = [], 0
    for start, end, event_id in spans:
        if start < pos:
            continue  # a sentence already marked for another event of it
        siblings = " ".join(f"ev-{e.event_id}" for e in events if e.evidence_start == start)
        out.append(html.escape(doc.text[pos:start]))
        out.append(f'<mark class="evidence {siblings}" id="at-{event_id}">{html.escape(doc.text[start:end])}</mark>')
        pos = end
    out.append(html.escape(doc.text[pos:]))
    return Markup("".join(out))


def create_app(db_path: str | Path, read_only: bool = False) -> FastAPI:
    """The web app over one archive file."""
    app = FastAPI(title="strikewatch", docs_url=None, redoc_url=None,
                  description="Protest events extracted from articles: documents, events, search.")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(types=EVENT_TYPES, colours=TYPE_COLOURS, read_only=read_only,
                                 assets_missing=not (VENDOR / "leaflet" / "leaflet.js").exists())
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    Archive(db_path).close()  # create and migrate once, so that every request may open read-only

    def archive() -> Archive:
        return Archive(db_path, readonly=True)

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def event_filters(type_: list[str] | None, country: str | None, since: str | None, until: str | None,
                      q: str | None) -> dict[str, Any]:
        return {"types": [t for t in (type_ or []) if t in EVENT_TYPES] or None,
                "country": country or None, "since": since or None, "until": until or None, "query": q or None}

    # -- pages ------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", language: str = "", country: str = "",
                    type: Annotated[list[str] | None, Query()] = None, since: str = "", until: str = "") -> HTMLResponse:
        hits, error = [], None
        with archive() as db:
            stats = db.stats()
            if q.strip():
                try:
                    found = db.search(q, limit=100, language=language or None)
                except StrikewatchError as exc:
                    error = str(exc)
                    found = []
                wanted = event_filters(type, country, since, until, None)
                for hit in found:
                    events = db.events(doc_id=hit.doc_id, **{k: v for k, v in wanted.items() if k != "query"})
                    if any(wanted[k] for k in ("types", "country", "since", "until")) and not events:
                        continue
                    hits.append({"hit": hit, "snippet": snippet_html(hit.snippet), "events": Counter(e.type for e in events)})
        return page(request, "search.html", q=q, language=language, country=country, selected=type or [],
                    since=since, until=until, hits=hits, error=error, stats=stats,
                    status=400 if error else 200)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str) -> HTMLResponse:
        with archive() as db:
            try:
                doc = db.get_document(doc_id)
            except StrikewatchError as exc:
                return page(request, "error.html", status=404, message=str(exc))
            events = db.events(doc_id=doc.id)
        return page(request, "document.html", doc=doc, events=events, text=highlighted_text(doc, events))

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, type: Annotated[list[str] | None, Query()] = None, country: str = "",
                    since: str = "", until: str = "", q: str = "", sort: str = "date_start", desc: bool = False,
                    page_number: Annotated[int, Query(alias="page", ge=1)] = 1, per_document: bool = False
                    ) -> HTMLResponse:
        filters = event_filters(type, country, since, until, q)
        error, sources = None, {}
        with archive() as db:
            try:
                rows, sources = event_rows(db, filters, per_document)
            except StrikewatchError as exc:
                rows, error = [], str(exc)
        key = sort if sort in SORTABLE else "date_start"
        rows.sort(key=lambda e: (getattr(e, key) is None, getattr(e, key) or 0 if key in (
            "participants", "fatalities", "arrests", "confidence") else str(getattr(e, key) or "")), reverse=desc)
        pages = max(1, -(-len(rows) // PAGE_SIZE))
        shown = rows[(page_number - 1) * PAGE_SIZE:page_number * PAGE_SIZE]
        query = request.url.query
        return page(request, "events.html", rows=shown, total=len(rows), page_number=page_number, pages=pages,
                    sort=key, desc=desc, selected=type or [], country=country, since=since, until=until, q=q,
                    query=query, error=error, status=400 if error else 200, sources=sources,
                    per_document=per_document)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request) -> HTMLResponse:
        return page(request, "timeline.html")

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request) -> HTMLResponse:
        return page(request, "map.html")

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_page(request: Request) -> HTMLResponse:
        return page(request, "upload.html", status=403 if read_only else 200)

    @app.post("/upload", include_in_schema=False, response_model=None)
    async def upload(request: Request, file: Annotated[UploadFile, File()],
                     language: Annotated[str, Form()] = "") -> Response:
        if read_only:
            return page(request, "upload.html", status=403, error="This archive is read-only: uploads are off.")
        name = Path(file.filename or "upload.txt").name
        if Path(name).suffix.lower() not in EXTENSIONS:
            return page(request, "upload.html", status=415,
                        error=f"{name}: unsupported type; send {', '.join(sorted(EXTENSIONS))}")
        data = await file.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            return page(request, "upload.html", status=413,
                        error=f"{name}: over {MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
        from strikewatch.pipeline import ingest

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_bytes(data)
            items = list(read_documents([str(path)], [language] if language else None))
            errors = [str(item).replace(str(path), name) for _, item, _ in items if isinstance(item, StrikewatchError)]
            docs = [item for _, item, _ in items if isinstance(item, Document)]
            for doc in docs:
                doc.source_path = name
            with Archive(db_path) as db:
                stored = list(ingest(db, docs))
        if not stored:
            return page(request, "upload.html", status=422, error="; ".join(errors) or f"{name}: nothing to ingest")
        if len(stored) == 1:
            return RedirectResponse(f"/documents/{stored[0][0].id}", status_code=303)
        return RedirectResponse(f"/?q=&uploaded={len(stored)}", status_code=303)

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="strikewatch API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    # -- JSON API ---------------------------------------------------------------------------------
    @app.get("/api/documents", tags=["documents"])
    def api_documents(limit: Annotated[int, Query(ge=1, le=1000)] = 100, offset: Annotated[int, Query(ge=0)] = 0
                      ) -> list[dict[str, Any]]:
        """Documents, newest first, without their text."""
        with archive() as db:
            rows = db.db.execute("SELECT id, title, published, language, url, source_path FROM documents "
                                 "ORDER BY published DESC, rowid LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return [dict(r) for r in rows]

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def api_document(doc_id: str) -> dict[str, Any]:
        """A document with its cleaned text and its events."""
        with archive() as db:
            try:
                doc = db.get_document(doc_id)
            except StrikewatchError as exc:
                raise HTTPException(404, str(exc)) from None
            data = doc.to_dict()
            data.pop("offset_map")
            data["events"] = [e.to_dict() for e in db.events(doc_id=doc.id)]
        return data

    @app.get("/api/events", tags=["events"])
    def api_events(type: Annotated[list[str] | None, Query()] = None, country: str | None = None,
                   since: str | None = None, until: str | None = None, q: str | None = None,
                   doc: str | None = None, per_document: bool = False,
                   limit: Annotated[int, Query(ge=1, le=100000)] = 10000) -> list[dict[str, Any]]:
        """Events matching every filter (`doc`: told by one document), oldest first: one canonical event
        per happening with `source_count` and `sources`, or with `per_document` each document's own."""
        with archive() as db:
            try:
                filters = {"doc_id": doc or None, **event_filters(type, country, since, until, q), "limit": limit}
                if per_document:
                    return [e.to_dict() for e in db.events(**filters)]
                return [canonical_record(made) for made in db.canonical_events(**filters)]
            except StrikewatchError as exc:
                raise HTTPException(400, str(exc)) from None

    @app.get("/api/search", tags=["documents"])
    def api_search(q: str, limit: Annotated[int, Query(ge=1, le=1000)] = 20,
                   language: str | None = None) -> list[dict[str, Any]]:
        """Full-text search (FTS5 syntax), best first; snippets mark hits with <mark>."""
        with archive() as db:
            try:
                hits = db.search(q, limit=limit, language=language)
            except StrikewatchError as exc:
                raise HTTPException(400, str(exc)) from None
        return [{**hit.__dict__, "snippet": str(snippet_html(hit.snippet))} for hit in hits]

    @app.get("/api/timeline", tags=["events"])
    def api_timeline() -> dict[str, Any]:
        """Events per first day per type."""
        with archive() as db:
            rows = db.db.execute("SELECT date_start AS day, type, count(*) AS n FROM events "
                                 "WHERE date_start IS NOT NULL GROUP BY 1, 2 ORDER BY 1").fetchall()
        days = sorted({r["day"] for r in rows})
        series = {t: [0] * len(days) for t in EVENT_TYPES}
        for r in rows:
            series[r["type"]][days.index(r["day"])] = r["n"]
        return {"days": days, "series": {t: v for t, v in series.items() if any(v)}, "colours": TYPE_COLOURS}

    @app.get("/export", include_in_schema=False)
    def export_file(format: str = "csv", type: Annotated[list[str] | None, Query()] = None, country: str = "",
                    since: str = "", until: str = "", q: str = "", per_document: bool = False) -> Response:
        import io

        from strikewatch.export import EXPORTERS, export

        if format not in EXPORTERS:
            raise HTTPException(400, f"unknown format {format!r}; choose one of {', '.join(EXPORTERS)}")
        buffer = io.BytesIO()
        with archive() as db:
            export(db, format, buffer, per_document, **event_filters(type, country, since, until, q))
        suffix = {"acled": "csv", "geojson": "geojson"}.get(format, format)
        return Response(buffer.getvalue(), media_type="application/octet-stream",
                        headers={"Content-Disposition": f'attachment; filename="strikewatch-events.{format}.{suffix}"'})

    register_chronology(app, archive, page)
    return app
