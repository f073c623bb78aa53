"""Web interface: search the archive, read documents with their evidence highlighted, browse events
in a table, on a timeline and on a map, upload files. Server-rendered (FastAPI + Jinja2) with a
little plain JavaScript; every asset is served from this package (vendored from npm), none from a CDN.

Safe by default: binds 127.0.0.1 (see `strikewatch serve`), Jinja2 escapes all document text,
uploads are size- and type-checked, search syntax errors are messages, and `read_only` turns
uploads off. `security.Guard` refuses other Host names and cross-site posts and sets the CSP;
queries are paged, bounded and timed out so that no request can pin the server."""
from __future__ import annotations

import html
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from strikewatch.archive import MARK_END, MARK_START, SORTABLE, Archive
from strikewatch.errors import StrikewatchError
from strikewatch.ingest import EXTENSIONS
from strikewatch.model import EVENT_TYPES, TYPES, Document, Event
from strikewatch.web.chronology import canonical_record, event_rows, register_chronology
from strikewatch.web.limits import API_PAGE_SIZE, MAX_API_LIMIT, MAX_OFFSET, MAX_PAGE, PAGE_SIZE, QUERY_SECONDS
from strikewatch.web.pool import ArchivePool
from strikewatch.web.security import Guard, allowed_hosts
from strikewatch.web.uploads import ingest_upload

HERE = Path(__file__).parent
VENDOR = HERE / "static" / "vendor"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# the map, the timeline and the type tags colour each type as the registry (types.toml) says
TYPE_COLOURS = {name: kind.colour for name, kind in TYPES.items()}


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
        out.append(f'<mark class="evidence {html.escape(siblings)}" id="at-{html.escape(event_id)}">'
                   f'{html.escape(doc.text[start:end])}</mark>')
        pos = end
    out.append(html.escape(doc.text[pos:]))
    return Markup("".join(out))


def doc_url(doc_id: str) -> str:
    """The page of a document: ids may hold "/", "#", "?" or spaces (a JSONL id is any string)."""
    return "/documents/" + quote(doc_id, safe="/")


def is_web_url(url: str) -> bool:
    """Only http(s) addresses become links: a stored "javascript:" or "data:" URL stays text."""
    return urlsplit(url.strip()).scheme.lower() in ("http", "https") and not any(ord(c) < 32 for c in url)


def create_app(db_path: str | Path, read_only: bool = False, host: str = "127.0.0.1",
               extra_hosts: tuple[str, ...] = ()) -> FastAPI:
    """The web app over one archive file, answering to `host` (the address it is bound to; every
    loopback name for a loopback address) and `extra_hosts`."""
    Archive(db_path).close()  # create and migrate once, so that every request may open read-only
    archive = ArchivePool(db_path, QUERY_SECONDS)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        archive.close()

    app = FastAPI(title="strikewatch", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Protest events extracted from articles: documents, events, search.")
    app.add_middleware(Guard, hosts=allowed_hosts(host, extra_hosts))
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["doc_url"] = doc_url
    templates.env.filters["is_web_url"] = is_web_url
    templates.env.globals.update(types=EVENT_TYPES, colours=TYPE_COLOURS, read_only=read_only,
                                 assets_missing=not (VENDOR / "leaflet" / "leaflet.js").exists())
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

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
                wanted = {k: v for k, v in event_filters(type, country, since, until, None).items() if k != "query"}
                counts = db.event_types_by_document([hit.doc_id for hit in found], **wanted) if found else {}
                for hit in found:
                    if any(wanted.values()) and hit.doc_id not in counts:
                        continue
                    hits.append({"hit": hit, "snippet": snippet_html(hit.snippet),
                                 "events": Counter(counts.get(hit.doc_id, {}))})
        return page(request, "search.html", q=q, language=language, country=country, selected=type or [],
                    since=since, until=until, hits=hits, error=error, stats=stats,
                    status=400 if error else 200)

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
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
                    page_number: Annotated[int, Query(alias="page", ge=1, le=MAX_PAGE)] = 1, per_document: bool = False
                    ) -> HTMLResponse:
        """One page of the table, sorted and cut in SQL (never every event of the archive in Python):
        canonical events by default, the documents' own with `per_document`."""
        filters = event_filters(type, country, since, until, q)
        key = sort if sort in SORTABLE else "date_start"
        error, total = None, 0
        rows: list[Event] = []
        sources: dict[str, int] = {}
        anchors: dict[str, str] = {}
        with archive() as db:
            try:
                rows, total, sources, anchors = event_rows(db, filters, per_document, order=key, descending=desc,
                                                           limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE)
            except StrikewatchError as exc:
                error = str(exc)
        pages = max(1, -(-total // PAGE_SIZE))
        return page(request, "events.html", rows=rows, total=total, page_number=page_number, pages=pages,
                    sort=key, desc=desc, selected=type or [], country=country, since=since, until=until, q=q,
                    query=request.url.query, error=error, status=400 if error else 200, sources=sources,
                    anchors=anchors, per_document=per_document)

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
                     language: Annotated[str, Form()] = "", replace: Annotated[bool, Form()] = False) -> Response:
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
        # parsing takes seconds: in a worker thread, so the server goes on answering meanwhile
        stored, errors = await run_in_threadpool(ingest_upload, db_path, name, data, language or None, replace)
        if not stored:
            return page(request, "upload.html", status=422, error="; ".join(errors) or f"{name}: nothing to ingest")
        if len(stored) == 1 and not errors:
            return RedirectResponse(doc_url(stored[0]), status_code=303)
        return page(request, "upload.html", status=200, stored=stored, error="; ".join(errors) or None)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        return page(request, "docs.html")

    @app.get("/types.css", include_in_schema=False)
    def type_colours() -> Response:
        """One colour per event type, from TYPE_COLOURS: classes rather than style attributes, which
        the Content-Security-Policy forbids."""
        css = "".join(f".type-{name} {{ background: {colour}; }}\n" for name, colour in TYPE_COLOURS.items())
        return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    # -- JSON API ---------------------------------------------------------------------------------
    @app.get("/api/documents", tags=["documents"])
    def api_documents(limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                      offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0
                      ) -> list[dict[str, Any]]:
        """Documents, newest first, without their text."""
        with archive() as db:
            return db.documents(limit=limit, offset=offset)

    @app.get("/api/documents/{doc_id:path}", tags=["documents"])
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
    def api_events(response: Response, type: Annotated[list[str] | None, Query()] = None,
                   country: str | None = None, since: str | None = None, until: str | None = None,
                   q: str | None = None, doc: str | None = None, per_document: bool = False,
                   limit: Annotated[int, Query(ge=1, le=MAX_API_LIMIT)] = API_PAGE_SIZE,
                   offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> list[dict[str, Any]]:
        """Events matching every filter (`doc`: told by one document), oldest first, one page at a time:
        `limit` (default 100) from `offset`; the `X-Total-Count` header says how many match. One
        canonical event per happening with `source_count`, `sources` and in `reports` the one it quotes
        (`strikewatch why` shows them all), or with `per_document` each document's own events."""
        filters = {"doc_id": doc or None, **event_filters(type, country, since, until, q)}
        with archive() as db:
            try:
                if per_document:
                    found = [e.to_dict() for e in db.events(**filters, limit=limit, offset=offset)]
                else:
                    found = [canonical_record(made) for made in db.canonical_events(
                        **filters, limit=limit, offset=offset, quoted_only=True)]
                total = (offset + len(found) if len(found) < limit and (found or not offset)
                         else db.count_events(**filters) if per_document else db.count_canonical_events(**filters))
            except StrikewatchError as exc:
                raise HTTPException(400, str(exc)) from None
        response.headers["X-Total-Count"] = str(total)
        return found

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
            rows = db.events_per_day()
        days = sorted({day for day, _, _ in rows})
        position = {day: i for i, day in enumerate(days)}
        series = {t: [0] * len(days) for t in EVENT_TYPES}
        for day, event_type, n in rows:
            series[event_type][position[day]] = n
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
            try:
                export(db, format, buffer, per_document, **event_filters(type, country, since, until, q))
            except StrikewatchError as exc:
                raise HTTPException(400, str(exc)) from None
        suffix = {"acled": "csv", "geojson": "geojson"}.get(format, format)
        return Response(buffer.getvalue(), media_type="application/octet-stream",
                        headers={"Content-Disposition": f'attachment; filename="strikewatch-events.{format}.{suffix}"'})

    register_chronology(app, archive, page)
    return app
