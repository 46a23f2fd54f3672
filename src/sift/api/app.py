"""The FastAPI application: JSON API under ``/api`` and the server-rendered web workbench.

``create_app(settings, store)`` builds everything from explicit arguments (no globals), so tests drive the real
app through ``httpx.ASGITransport`` on a real SQLite store.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

import sift
from sift.api.auth import SESSION_COOKIE, Principal, Sessions, bearer_principal, remember_request, require_role
from sift.api.csrf import CsrfMiddleware
from sift.api.desk import install_desk_routes
from sift.api.engine import Engine
from sift.api.middleware import (
    REPORT_CONTENT_SECURITY_POLICY,
    BodyLimitMiddleware,
    ErrorBoundaryMiddleware,
    HostOriginMiddleware,
    SecurityHeadersMiddleware,
)
from sift.api.problems import install_error_handlers, problem, unexpected_error
from sift.api.settings import ServeSettings
from sift.api.web import install_web_routes
from sift.document import Document
from sift.errors import InputError
from sift.json_input import parse_json
from sift.lexicon.languages import LANGUAGE_CODE
from sift.store import Store
from sift.store.sql import MAX_OFFSET

__all__ = ["create_app", "import_upload", "require_write"]

STATIC_DIR = Path(__file__).with_name("static")
#: Longest outlet name or URL looked up (a longer one is a pasted page, not a name).
MAX_OUTLET_CHARS = 500


def _engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


def require_write(request: Request) -> Principal:
    """Editor writes (import, delete) need an editor's bearer token or ``SIFT_TOKEN``; see ``sift.api.auth``."""
    return require_role("editor")(request)


EngineDep = Annotated[Engine, Depends(_engine)]
EditorDep = Annotated[Principal, Depends(require_write)]


def _document_response(doc: Document, fmt: str) -> Response:
    if fmt == "json":
        return JSONResponse(doc.to_dict())
    from sift.report import render

    if fmt == "md":
        return PlainTextResponse(render(doc, "md"), media_type="text/markdown; charset=utf-8")
    return HTMLResponse(render(doc, "html"), headers={"Content-Security-Policy": REPORT_CONTENT_SECURITY_POLICY})


async def _check_payload(request: Request) -> tuple[str | bytes, str, str | None]:
    """The page submitted to ``POST /api/check``: JSON ``{"text"|"html"|"url": …}`` or a multipart ``file``."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise InputError("multipart upload needs a 'file' field with the page")
        data = await upload.read()
        return data, "text", upload.filename
    if not content_type.startswith("application/json"):
        raise HTTPException(415, "send JSON {'text'|'html'|'url': ...} or a multipart upload with a 'file' field")
    payload = parse_json(await request.body(), what="the request body")
    if not isinstance(payload, dict):
        raise InputError("the JSON body must be an object with one of 'text', 'html' or 'url'")
    given = [key for key in ("text", "html", "url") if payload.get(key)]
    if len(given) != 1 or not isinstance(payload[given[0]], str):
        raise InputError("give exactly one of 'text', 'html' or 'url' as a non-empty string")
    key = given[0]
    if key == "url":
        return payload[key], "url", None
    return payload[key].encode("utf-8"), "text", None


def import_upload(engine: Engine, file: UploadFile, *, actor: str) -> dict[str, Any]:
    """Import fact-checks from an uploaded file (API and web form), logged under ``actor``."""
    suffix = Path(file.filename or "upload").suffix[:10]
    with tempfile.TemporaryDirectory(prefix="sift-import-") as folder:
        path = Path(folder) / f"upload{suffix}"
        with path.open("wb") as handle:
            while chunk := file.file.read(1 << 20):
                handle.write(chunk)
        return engine.import_file(path, label=file.filename or "upload", actor=actor)


def _install_api_routes(app: FastAPI) -> None:
    @app.get("/healthz", tags=["meta"], summary="Health and store size")
    def healthz(engine: EngineDep) -> dict[str, Any]:
        """Liveness and a little state."""
        return {"status": "ok", "version": sift.__version__, "factchecks": engine.store.count_factchecks()}

    @app.post("/api/check", tags=["documents"], status_code=201, summary="Check a page")
    async def api_check(request: Request, engine: EngineDep) -> JSONResponse:
        """Analyse a page given as JSON ``{"text"|"html"|"url": ...}`` or a multipart ``file``.

        With a reviewer (or higher) bearer token the document is stored (201 and its ``Location``; the audit
        log records who); without one it is analysed only (200, ``Sift-Stored: false``), as on a read-only
        server: storing is a write, and writes need a token.
        """
        stored_by = engine.storer(bearer_principal(request))
        source, kind, filename = await _check_payload(request)
        doc = await engine.check(source, kind, filename=filename, stored_by=stored_by)
        if stored_by is None:
            return JSONResponse(doc.to_dict(), status_code=200, headers={"Sift-Stored": "false"})
        return JSONResponse(doc.to_dict(), status_code=201, headers={"Location": f"/api/documents/{doc.id}"})

    @app.get("/api/documents", tags=["documents"], summary="List checked pages")
    def api_documents(
        engine: EngineDep,
        q: Annotated[str, Query(max_length=500, description="Words that must all occur (title, source, text)")] = "",
        lang: Annotated[str | None, Query(pattern=LANGUAGE_CODE, description="Main language code")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    ) -> dict[str, Any]:
        """Stored documents, newest first; with ``q``, a full-text search over title, source and text, best first."""
        items = engine.store.list_documents(q, limit=limit, offset=offset, language=lang)
        return {"documents": [item.to_dict() for item in items], "limit": limit, "offset": offset}

    @app.get("/api/documents/{document_id}", tags=["documents"], summary="Get a checked page")
    def api_document(
        document_id: str, engine: EngineDep, format: Annotated[str, Query(pattern="^(json|md|html)$")] = "json"
    ) -> Response:
        """One stored document as JSON, Markdown or HTML."""
        doc = engine.store.get_document(document_id)
        if doc is None:
            raise HTTPException(404, f"no document with id {document_id!r}")
        return _document_response(doc, format)

    @app.delete(
        "/api/documents/{document_id}", tags=["documents"], status_code=204, summary="Delete a checked page (editor)"
    )
    def api_delete_document(document_id: str, engine: EngineDep, who: EditorDep) -> Response:
        """Delete a stored document and its claim reviews (an editor token); the audit log records who."""
        if not engine.delete_document(document_id, actor=who.name):
            raise HTTPException(404, f"no document with id {document_id!r}")
        return Response(status_code=204)

    @app.get("/api/stories", tags=["stories"], summary="List stories")
    def api_stories(
        engine: EngineDep,
        since: Annotated[dt.date | None, Query(description="Only stories seen on or after this day")] = None,
        lang: Annotated[str | None, Query(pattern=LANGUAGE_CODE)] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Stories of the stored documents (same story across languages), newest first."""
        stories = engine.list_stories(since=since, lang=lang)
        return {
            "stories": [engine.story_summary(story) for story in stories[offset : offset + limit]],
            "total": len(stories),
            "limit": limit,
            "offset": offset,
        }

    @app.get("/api/stories/{story_id}", tags=["stories"], summary="Get a story")
    async def api_story(story_id: str, engine: EngineDep) -> dict[str, Any]:
        """One story: its documents, the claims that recur across them, the fact-checks matched in any of them."""
        view = await engine.story_view(story_id)
        if view is None:
            raise HTTPException(404, f"no story with id {story_id!r}")
        view.pop("timeline")
        return view

    @app.get("/api/factchecks/search", tags=["factchecks"], summary="Search fact-checks")
    async def api_factcheck_search(
        engine: EngineDep,
        q: Annotated[str, Query(min_length=1, max_length=5000)],
        lang: Annotated[str | None, Query(pattern=LANGUAGE_CODE)] = None,
        k: Annotated[int, Query(ge=1, le=100)] = 10,
        date: Annotated[dt.date | None, Query(description="When the claim was made (YYYY-MM-DD)")] = None,
    ) -> dict[str, Any]:
        """Fact-checks that match a claim, in any language, best first (those near ``date`` rank higher)."""
        return {"query": q, "results": await engine.search(q, lang=lang, k=k, date=date)}

    @app.post("/api/factchecks/import", tags=["factchecks"], summary="Import fact-checks (editor)")
    def api_factcheck_import(
        engine: EngineDep,
        who: EditorDep,
        file: Annotated[UploadFile, File(description="ClaimReview HTML/JSON, feed, JSONL or CSV")],
    ) -> dict[str, Any]:
        """Import fact-checks from an uploaded file (an editor token); returns the import summary."""
        return import_upload(engine, file, actor=who.name)

    @app.get("/api/sources/{name_or_domain:path}", tags=["sources"], summary="Outlet profile")
    def api_source(
        engine: EngineDep, name_or_domain: Annotated[str, PathParam(min_length=1, max_length=MAX_OUTLET_CHARS)]
    ) -> dict[str, Any]:
        """Who an outlet is, from open data: type, state ties, country, owner, quality, reliability, the evidence
        for each, and how many stored fact-checks name it as publisher or claimant, by verdict. Give a name in
        any language or script ("Sputnik", "РИА Новости") or a domain or URL ("rt.com")."""
        outlet = engine.outlet(name_or_domain)
        if outlet is None:
            raise HTTPException(
                404, f"no profile for {name_or_domain!r} (not in the shipped data nor the store's outlets)"
            )
        return outlet

    @app.get("/api/factchecks/{factcheck_id}", tags=["factchecks"], summary="Get a fact-check")
    def api_factcheck(factcheck_id: str, engine: EngineDep) -> dict[str, Any]:
        """One fact-check by id."""
        record = engine.store.get_factcheck(factcheck_id)
        if record is None:
            raise HTTPException(404, f"no fact-check with id {factcheck_id!r}")
        return record.to_dict()


def create_app(settings: ServeSettings, store: Store) -> FastAPI:
    """Build the app around an open store; the caller owns (and closes) the store."""
    engine = Engine(settings, store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(engine.start)  # the server answers once a check worker is warm
        yield
        engine.close()

    app = FastAPI(
        title="sift",
        version=sift.__version__,
        description="Multilingual news verification: analyse pages, search published fact-checks.",
        lifespan=lifespan,
        docs_url=None,  # served by sift.api.docs from local files (no CDN, no inline script)
        redoc_url=None,
        dependencies=[Depends(remember_request)],
    )
    app.state.engine = engine
    app.state.sessions = Sessions()
    install_error_handlers(app)
    _install_api_routes(app)
    install_desk_routes(app)
    install_web_routes(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    # added inside out: the last one added is the outermost (see sift.api.middleware)
    app.add_middleware(CsrfMiddleware, session_cookie=SESSION_COOKIE, secure=settings.secure_cookies)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(
        HostOriginMiddleware,
        hosts=settings.host_names,
        refuse=lambda request, status, detail: problem(status, detail, instance=request.url.path),
    )
    app.add_middleware(ErrorBoundaryMiddleware, render=unexpected_error)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
