"""The verification desk over HTTP: claim reviews, the review queue, the audit log, ClaimReview export.

Reads of the desk (reviews, queue) need a reader token, review changes a reviewer's, the audit log an editor's
(see :mod:`sift.api.auth`). The web pages of the desk live in :mod:`sift.api.desk_web`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException

from sift.api.auth import Principal, require_role
from sift.errors import InputError
from sift.lexicon.languages import LANGUAGE_CODE
from sift.store.desk import (
    REVIEW_STATUSES,
    ReviewChange,
    ReviewState,
    claim_on,
    claimreview_jsonld,
    document_reviews,
    is_publishable,
)

if TYPE_CHECKING:
    from sift.api.engine import Engine
    from sift.document import Document

__all__ = [
    "DEFAULT_PUBLISHER",
    "apply_review",
    "claim_of",
    "claimreview_response",
    "install_desk_routes",
    "review_states",
    "stored_document",
]

#: The publisher a desk's exported ClaimReview names unless the caller says otherwise.
DEFAULT_PUBLISHER = "sift verification desk"

ReaderDep = Annotated[Principal, Depends(require_role("reader"))]
ReviewerDep = Annotated[Principal, Depends(require_role("reviewer"))]
EditorDep = Annotated[Principal, Depends(require_role("editor"))]
Status = Annotated[str | None, Query(pattern="^(" + "|".join(REVIEW_STATUSES) + ")$")]


def _engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


def stored_document(engine: Engine, document_id: str) -> Document:
    """The stored document, or a 404."""
    doc = engine.store.get_document(document_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {document_id!r}")
    return doc


def claim_of(doc: Document, sentence_id: str) -> tuple[str, str]:
    """``(claim text, language)`` of the claim on a sentence of ``doc``, or a 404 (no such sentence or claim)."""
    found = claim_on(doc, sentence_id)
    if found is None:
        raise HTTPException(404, f"document {doc.id} has no claim on sentence {sentence_id!r}")
    return found


def review_states(engine: Engine, doc: Document) -> list[ReviewState]:
    """The reviews a page shows: every check-worthy claim's, and any other claim's that has one."""
    return document_reviews(engine.store, doc)


def apply_review(
    engine: Engine, document_id: str, sentence_id: str, change: ReviewChange, who: Principal
) -> ReviewState:
    """Apply a reviewer's change to one claim (the API's PATCH and the web form)."""
    doc = stored_document(engine, document_id)
    text, lang = claim_of(doc, sentence_id)
    if change.empty:
        raise InputError("the change is empty: give a status, assignee, verdict, evidence URLs or a note")
    return engine.store.update_review(document_id, sentence_id, change, actor=who.name, claim=text, language=lang)


def claimreview_response(request: Request, document_id: str, sentence_id: str, publisher: str) -> Response:
    """A checked claim's review as a ClaimReview JSON-LD download (409 when it is not checked with a verdict)."""
    engine = _engine(request)
    claim_of(stored_document(engine, document_id), sentence_id)
    state = engine.store.get_review(document_id, sentence_id) or ReviewState(document_id, sentence_id)
    if not is_publishable(state):
        raise HTTPException(409, "only a checked claim with a verdict is published as a ClaimReview")
    review_url = str(request.base_url).rstrip("/") + f"/documents/{document_id}#review-{sentence_id}"
    node = claimreview_jsonld(state, review_url=review_url, publisher=publisher)
    return Response(
        json.dumps(node, ensure_ascii=False, indent=2),
        media_type="application/ld+json",
        headers={"Content-Disposition": f'attachment; filename="claimreview-{document_id}-{sentence_id}.json"'},
    )


def reviews_markdown(doc: Document, states: list[ReviewState]) -> str:
    """The desk's reviews of a document as Markdown (every user string escaped; only http(s) URLs link)."""
    from sift.report.reviews import render_reviews_markdown

    return render_reviews_markdown(doc.title, [state.to_dict() for state in states])


def install_desk_routes(app: FastAPI) -> None:
    """Add the desk's JSON endpoints to ``app``."""

    @app.get("/api/documents/{document_id}/claims", tags=["desk"], summary="Reviews of a page's claims (reader)")
    def api_claims(
        request: Request,
        document_id: str,
        who: ReaderDep,
        format: Annotated[str, Query(pattern="^(json|md)$")] = "json",
    ) -> Response:
        """The review state of each check-worthy claim of a stored document, as JSON or Markdown."""
        engine = _engine(request)
        doc = stored_document(engine, document_id)
        states = review_states(engine, doc)
        if format == "md":
            return PlainTextResponse(reviews_markdown(doc, states), media_type="text/markdown; charset=utf-8")
        return JSONResponse({"document": doc.id, "claims": [state.to_dict() for state in states]})

    @app.get("/api/documents/{document_id}/claims/{sentence_id}", tags=["desk"], summary="A claim's review (reader)")
    def api_claim(request: Request, document_id: str, sentence_id: str, who: ReaderDep) -> dict[str, Any]:
        """The review of one claim (``new`` when nobody has touched it)."""
        engine = _engine(request)
        doc = stored_document(engine, document_id)
        text, lang = claim_of(doc, sentence_id)
        state = engine.store.get_review(document_id, sentence_id)
        return (state or ReviewState(document_id, sentence_id, claim=text, language=lang)).to_dict()

    @app.patch("/api/documents/{document_id}/claims/{sentence_id}", tags=["desk"], summary="Review a claim (reviewer)")
    async def api_review_claim(request: Request, document_id: str, sentence_id: str, who: ReviewerDep) -> Any:
        """Change a claim's review: JSON with any of ``status``, ``assignee``, ``verdict``, ``evidence_urls``
        (replaces the list) and ``note`` (appended under the token's name). The audit log records the change."""
        try:
            payload = await request.json()
        except ValueError:
            raise InputError("the request body is not valid JSON") from None
        if not isinstance(payload, dict):
            raise InputError('the JSON body must be an object, e.g. {"status": "checked"}')
        change = ReviewChange.from_dict(payload)
        engine = _engine(request)
        from starlette.concurrency import run_in_threadpool

        state = await run_in_threadpool(apply_review, engine, document_id, sentence_id, change, who)
        return state.to_dict()

    @app.get(
        "/api/documents/{document_id}/claims/{sentence_id}/claimreview",
        tags=["desk"],
        summary="A checked claim as ClaimReview JSON-LD (reader)",
    )
    def api_claimreview(
        request: Request,
        document_id: str,
        sentence_id: str,
        who: ReaderDep,
        publisher: Annotated[str, Query(min_length=1, max_length=200)] = DEFAULT_PUBLISHER,
    ) -> Response:
        """The review of a checked claim as schema.org ClaimReview (``sift factchecks import`` reads it back)."""
        return claimreview_response(request, document_id, sentence_id, publisher)

    @app.get("/api/review/queue", tags=["desk"], summary="Claims by review status (reader)")
    def api_queue(
        request: Request,
        who: ReaderDep,
        status: Status = None,
        assignee: Annotated[str | None, Query(max_length=80)] = None,
        lang: Annotated[str | None, Query(pattern=LANGUAGE_CODE)] = None,
        story: Annotated[str | None, Query(max_length=80)] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Claims of stored documents by review status, assignee, language and story, least recently changed first."""
        store = _engine(request).store
        items = store.review_queue(
            status=status, assignee=assignee, language=lang, story=story, limit=limit, offset=offset
        )
        return {
            "claims": [item.to_dict() for item in items],
            "counts": store.review_counts(),
            "limit": limit,
            "offset": offset,
        }

    @app.get("/api/audit", tags=["desk"], summary="The audit log (editor)")
    def api_audit(
        request: Request,
        who: EditorDep,
        actor: Annotated[str | None, Query(max_length=80)] = None,
        action: Annotated[str | None, Query(max_length=20)] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Every write (import, delete, review change, token change): who, when, what; latest first."""
        entries = _engine(request).store.list_audit(actor=actor, action=action, limit=limit, offset=offset)
        return {"entries": [entry.to_dict() for entry in entries], "limit": limit, "offset": offset}
