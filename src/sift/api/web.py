"""The web workbench: server-rendered pages (Jinja2, autoescaped), one small static script, no build step."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import jinja2
from fastapi import FastAPI, Form, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from sift.api.auth import STORE_ROLE, current_user, web_principal
from sift.api.csrf import csrf_field
from sift.api.desk_web import RejectedReview, document_desk, install_desk_pages
from sift.api.docs import install_docs
from sift.api.engine import ServerBusy
from sift.api.middleware import REPORT_CONTENT_SECURITY_POLICY
from sift.errors import SiftError
from sift.factchecks.record import VERDICTS
from sift.report.reviews import is_link_safe
from sift.store.sql import MAX_OFFSET

if TYPE_CHECKING:
    from sift.api.engine import Engine
    from sift.document import Document

__all__ = ["install_web_routes", "page_environment"]

REPORT_CSS = Path(__file__).resolve().parents[1] / "report" / "templates" / "report.css"
DOWNLOAD_TYPES = {"json": "application/json", "md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}
PAGE_SIZE = 25
#: Fact-checks the matcher adds to a word search in the browser ("closest by meaning, any language").
RELATED = 10


def page_environment() -> jinja2.Environment:
    """The pages' Jinja2 environment: web templates first, then the report's (autoescape on)."""
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [jinja2.PackageLoader("sift.api", "templates"), jinja2.PackageLoader("sift.report", "templates")]
        ),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # every <form method="post"> carries {{ csrf_field() }} (sift.api.csrf); pages show who is logged in
    env.globals.update(
        csrf_field=csrf_field, current_user=current_user, is_link_safe=is_link_safe, store_role=STORE_ROLE
    )
    return env


async def _by_meaning(
    engine: Engine, query: str, filters: dict[str, str | None], shown: set[str]
) -> list[dict[str, Any]]:
    """Up to :data:`RELATED` fact-checks the matcher ranks for ``query`` in any language, under the same filters,
    not already shown: asked for as many more as are shown (one page of word matches at most, so k stays under the
    matcher's limit), or the word matches in the query's own spelling crowd out the other languages."""
    hits = await engine.search(query, lang=None, k=RELATED + len(shown))
    keys = {"language": "language", "verdict": "verdict", "publisher": "publisher_name"}
    return [
        hit
        for hit in hits
        if hit["factcheck"]["id"] not in shown
        and all(value is None or hit["factcheck"].get(keys[name]) == value for name, value in filters.items())
    ][:RELATED]


def install_web_routes(app: FastAPI) -> None:
    """Add the HTML pages to ``app`` (the engine is read from ``app.state``)."""
    env = page_environment()
    install_docs(app, env)

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status)

    def engine_of(request: Request) -> Engine:
        return request.app.state.engine  # type: ignore[no-any-return]

    def document_page(
        request: Request, doc: Document, status: int = 200, rejected: RejectedReview | None = None
    ) -> HTMLResponse:
        """A stored document's report page with its desk (``rejected``: a review form to show again, as typed)."""
        from sift.report.view import build_view

        engine = engine_of(request)
        # a batch worker stored the page without coverage, and pages may have joined its story since
        doc.coverage = engine.coverage_of(doc.id) or doc.coverage
        stories = engine.stories
        story_id = stories.story_of(doc.id)
        story = None if story_id is None else stories.get(story_id)
        desk = document_desk(request, doc.id, rejected)
        return page("document.html", status, view=build_view(doc), standalone=False, story=story, desk=desk)

    install_desk_pages(app, env, document_page)

    @app.get("/report.css", include_in_schema=False)
    def report_css() -> FileResponse:
        return FileResponse(REPORT_CSS, media_type="text/css")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request) -> HTMLResponse:
        engine = engine_of(request)
        return page("index.html", factchecks=engine.store.count_factchecks(), error=None, form={})

    @app.post("/check", include_in_schema=False)
    async def check_form(
        request: Request,
        text: Annotated[str, Form()] = "",
        url: Annotated[str, Form()] = "",
        file: UploadFile | None = None,
    ) -> Response:
        engine = engine_of(request)
        sources: list[tuple[str | bytes, str, str | None]] = []
        if text.strip():
            sources.append((text.encode("utf-8"), "text", None))
        if url.strip():
            sources.append((url.strip(), "url", None))
        if file is not None and file.filename:
            sources.append((await file.read(), "text", file.filename))
        form = {"text": text, "url": url}
        if len(sources) != 1:
            message = "Paste text, give a URL, or upload a file (exactly one of them)."
            return page("index.html", 400, factchecks=engine.store.count_factchecks(), error=message, form=form)
        principal = web_principal(request)
        stored_by = engine.storer(principal)
        try:
            source, kind, filename = sources[0]
            doc = await engine.check(source, kind, filename=filename, stored_by=stored_by)
        except ServerBusy as error:
            return page("index.html", 503, factchecks=engine.store.count_factchecks(), error=error.detail, form=form)
        except SiftError as error:
            return page("index.html", 400, factchecks=engine.store.count_factchecks(), error=str(error), form=form)
        if stored_by is None:  # analysed, not stored: the report itself, with no links to a stored copy
            from sift.report.view import build_view

            why = "read-only" if engine.settings.read_only else "role" if principal else "anonymous"
            return page("document.html", view=build_view(doc), standalone=False, story=None, desk=None, unstored=why)
        return RedirectResponse(f"/documents/{doc.id}", status_code=303)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents(
        request: Request,
        q: Annotated[str, Query(max_length=500)] = "",
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    ) -> HTMLResponse:
        items = engine_of(request).store.list_documents(q, limit=PAGE_SIZE + 1, offset=offset)
        return page(
            "documents.html",
            items=items[:PAGE_SIZE],
            q=q,
            offset=offset,
            has_more=len(items) > PAGE_SIZE,
            page_size=PAGE_SIZE,
        )

    @app.get("/documents/{document_id}", include_in_schema=False)
    def document(
        request: Request, document_id: str, download: Annotated[str | None, Query(pattern="^(json|md|html)$")] = None
    ) -> Response:
        engine = engine_of(request)
        doc = engine.store.get_document(document_id)
        if doc is None:
            raise HTTPException(404, f"No stored document has the id {document_id!r}.")
        if download:
            from sift.report import render

            doc.coverage = engine.coverage_of(doc.id) or doc.coverage

            return Response(
                render(doc, download),
                media_type=DOWNLOAD_TYPES[download],
                headers={
                    "Content-Disposition": f'attachment; filename="sift-{doc.id}.{download}"',
                    "Content-Security-Policy": REPORT_CONTENT_SECURITY_POLICY,
                },
            )
        return document_page(request, doc)

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories(
        request: Request,
        lang: Annotated[str, Query(max_length=8)] = "",
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> HTMLResponse:
        engine = engine_of(request)
        listed = engine.list_stories(lang=lang or None)
        return page(
            "stories.html",
            items=[engine.story_summary(story) for story in listed[offset : offset + PAGE_SIZE]],
            total=len(listed),
            lang=lang,
            offset=offset,
            has_more=len(listed) > offset + PAGE_SIZE,
            page_size=PAGE_SIZE,
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    async def story(request: Request, story_id: str) -> Response:
        engine = engine_of(request)
        view = await engine.story_view(story_id)
        if view is None:
            raise HTTPException(404, f"No story has the id {story_id!r}.")
        if view["id"] != story_id:  # a merged story's old id: show the story it went into under its own address
            return RedirectResponse(f"/stories/{view['id']}", status_code=301)
        return page("story.html", story=view)

    @app.get("/sources/{name_or_domain:path}", response_class=HTMLResponse, include_in_schema=False)
    def source(request: Request, name_or_domain: str) -> HTMLResponse:
        from sift.report.view import DATASET_NAMES, ranked_evidence

        outlet = engine_of(request).outlet(name_or_domain[:500]) if name_or_domain.strip() else None
        if outlet is None:
            raise HTTPException(404, f"No outlet profile fits {name_or_domain[:200]!r}.")
        return page(
            "source.html",
            profile=outlet,
            badge=outlet["badge"],
            country=outlet["country_name"],
            found=outlet["found"],
            record=outlet["factchecks"],
            evidence=ranked_evidence(outlet["evidence"]),
            dataset_names=DATASET_NAMES,
        )

    @app.get("/factchecks", response_class=HTMLResponse, include_in_schema=False)
    async def factchecks(
        request: Request,
        q: Annotated[str, Query(max_length=500)] = "",
        lang: Annotated[str, Query(max_length=8)] = "",
        verdict: Annotated[str, Query(max_length=20)] = "",
        publisher: Annotated[str, Query(max_length=200)] = "",
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    ) -> HTMLResponse:
        engine = engine_of(request)
        store = engine.store
        filters = {"language": lang or None, "verdict": verdict or None, "publisher": publisher or None}
        items = await run_in_threadpool(store.search_factchecks, q, **filters, limit=PAGE_SIZE, offset=offset)
        total = await run_in_threadpool(store.count_factchecks, q, **filters)
        shown = [record.to_dict() for record in items]
        # the words find records that contain them; the matcher finds the same claim in other languages and
        # spellings ("Bucha" -> "Butscha", "Boutcha"), so its ranking is shown beside, on the first page
        related = await _by_meaning(engine, q, filters, {fc["id"] for fc in shown}) if q.strip() and not offset else []
        return page(
            "factchecks.html",
            items=shown,
            total=total,
            has_more=offset + len(shown) < total,
            related=related,
            offset=offset,
            page_size=PAGE_SIZE,
            stats=await run_in_threadpool(store.factcheck_stats),
            verdicts=VERDICTS,
            filters={"q": q, "lang": lang, "verdict": verdict, "publisher": publisher},
        )
