"""The desk's web pages: log in and out, review a claim, the review queue, and an editor's import and delete.

Every form works without JavaScript and carries the CSRF field (``{{ csrf_field() }}``, see :mod:`sift.api.csrf`).
Who may do what is the API's rule (:mod:`sift.api.auth`), read from the web session instead of a bearer token.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import quote

import jinja2
from fastapi import FastAPI, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from sift.api.auth import SESSION_COOKIE, Principal, Sessions, principal_for_secret, web_principal
from sift.api.csrf import cookie_attributes
from sift.api.desk import DEFAULT_PUBLISHER, apply_review, claimreview_response, review_states, stored_document
from sift.errors import SiftError
from sift.factchecks.record import VERDICTS
from sift.store.desk import AUDIT_ACTIONS, REVIEW_STATUSES, ReviewChange

if TYPE_CHECKING:
    from sift.api.engine import Engine
    from sift.document import Document

__all__ = ["DocumentPage", "RejectedReview", "document_desk", "install_desk_pages"]

QUEUE_PAGE_SIZE = 50


@dataclass(frozen=True)
class RejectedReview:
    """A review form the store refused, shown again as typed with the reason, so that a reviewer loses no note."""

    sentence_id: str
    error: str
    status: str
    assignee: str
    verdict: str
    evidence_urls: str
    note: str


#: How the web pages render a stored document's report page (status, a rejected form to show again).
DocumentPage = Callable[..., HTMLResponse]


def _engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


def _local_path(target: str) -> str:
    """Where to go after logging in: a path on this site only (never ``//host`` or a scheme)."""
    return target if target.startswith("/") and not target.startswith(("//", "/\\")) else "/queue"


def _user_with(request: Request, role: str, action: str) -> Principal:
    """The logged-in user, who must hold ``role``; the reason as a 401/403 page otherwise."""
    if role != "reader" and _engine(request).settings.read_only:
        raise HTTPException(403, "This server is read-only: nothing can be changed here.")
    user = web_principal(request)
    if user is None:
        raise HTTPException(401, f"Log in to {action}.")
    if not user.may(role):
        raise HTTPException(403, f"{user.name} has the role {user.role}: {action} needs the role {role} or higher.")
    return user


def _to_login(request: Request) -> RedirectResponse:
    """Send a logged-out visitor of a desk page to the login form, and back here after it."""
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(here)}", status_code=303)


def document_desk(request: Request, document_id: str, rejected: RejectedReview | None = None) -> dict[str, Any]:
    """What the report page shows of the desk: the user, and the claims' reviews when someone is logged in."""
    user = web_principal(request)
    engine = _engine(request)
    doc = stored_document(engine, document_id)
    return {
        "user": user,
        "reviews": review_states(engine, doc) if user is not None else [],
        "statuses": REVIEW_STATUSES,
        "verdicts": VERDICTS,
        "can_review": user is not None and user.may("reviewer") and not engine.settings.read_only,
        "can_delete": user is not None and user.may("editor") and not engine.settings.read_only,
        "rejected": rejected,
    }


def install_desk_pages(app: FastAPI, env: jinja2.Environment, document_page: DocumentPage) -> None:
    """Add the desk's HTML pages to ``app`` (``document_page`` renders a stored document's report page)."""

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status)

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(next: Annotated[str, Query(max_length=500)] = "/queue") -> HTMLResponse:
        return page("login.html", next=_local_path(next), error=None)

    @app.post("/login", include_in_schema=False)
    def login(
        request: Request,
        token: Annotated[str, Form(max_length=500)] = "",
        next: Annotated[str, Form(max_length=500)] = "/queue",
    ) -> Response:
        principal = principal_for_secret(_engine(request), token)
        if principal is None:
            return page("login.html", 401, next=_local_path(next), error="That token is not valid for this server.")
        sessions: Sessions = request.app.state.sessions
        old = request.cookies.get(SESSION_COOKIE)
        if old:
            sessions.close(old)
        session_id = sessions.open(principal, token)
        response = RedirectResponse(_local_path(next), status_code=303)
        secure = _engine(request).settings.secure_cookies
        response.headers.append(
            "set-cookie", f"{SESSION_COOKIE}={session_id}; {cookie_attributes(request.scope, secure)}"
        )
        return response

    @app.post("/logout", include_in_schema=False)
    def logout(request: Request) -> Response:
        session_id = request.cookies.get(SESSION_COOKIE)
        if session_id:
            request.app.state.sessions.close(session_id)
        response = RedirectResponse("/", status_code=303)
        secure = _engine(request).settings.secure_cookies
        response.headers.append(
            "set-cookie", f"{SESSION_COOKIE}=; Max-Age=0; {cookie_attributes(request.scope, secure)}"
        )
        return response

    @app.post("/documents/{document_id}/claims/{sentence_id}/review", include_in_schema=False)
    def review_form(
        request: Request,
        document_id: str,
        sentence_id: str,
        status: Annotated[str, Form(max_length=20)] = "",
        assignee: Annotated[str, Form(max_length=200)] = "",
        verdict: Annotated[str, Form(max_length=20)] = "",
        evidence_urls: Annotated[str, Form(max_length=50_000)] = "",
        note: Annotated[str, Form(max_length=10_000)] = "",
    ) -> Response:
        user = _user_with(request, "reviewer", "review claims")
        try:
            change = ReviewChange(
                status=status or None,
                assignee=assignee,
                verdict=verdict,
                evidence_urls=tuple(line.strip() for line in evidence_urls.splitlines() if line.strip()),
                note=note or None,
            )
            apply_review(_engine(request), document_id, sentence_id, change, user)
        except SiftError as error:
            doc: Document = stored_document(_engine(request), document_id)  # 404 for an unknown document
            typed = (status, assignee, verdict, evidence_urls, note)
            rejected = RejectedReview(sentence_id, f"The review was not saved: {error}", *typed)
            return document_page(request, doc, 400, rejected)
        return RedirectResponse(f"/documents/{quote(document_id)}#review-{quote(sentence_id)}", status_code=303)

    @app.get("/queue", response_class=HTMLResponse, include_in_schema=False)
    def queue(
        request: Request,
        status: Annotated[str, Query(max_length=20)] = "new",
        assignee: Annotated[str, Query(max_length=80)] = "",
        lang: Annotated[str, Query(max_length=8)] = "",
        story: Annotated[str, Query(max_length=80)] = "",
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Response:
        if web_principal(request) is None:
            return _to_login(request)
        store = _engine(request).store
        items = store.review_queue(
            status=status if status in REVIEW_STATUSES else None,
            assignee=assignee or None,
            language=lang or None,
            story=story or None,
            limit=QUEUE_PAGE_SIZE + 1,
            offset=offset,
        )
        return page(
            "queue.html",
            items=items[:QUEUE_PAGE_SIZE],
            has_more=len(items) > QUEUE_PAGE_SIZE,
            counts=store.review_counts(),
            statuses=REVIEW_STATUSES,
            filters={"status": status, "assignee": assignee, "lang": lang, "story": story},
            offset=offset,
            page_size=QUEUE_PAGE_SIZE,
        )

    @app.get("/documents/{document_id}/claims/{sentence_id}/claimreview", include_in_schema=False)
    def claimreview_download(request: Request, document_id: str, sentence_id: str) -> Response:
        _user_with(request, "reader", "export reviews")
        return claimreview_response(request, document_id, sentence_id, DEFAULT_PUBLISHER)

    @app.get("/audit", response_class=HTMLResponse, include_in_schema=False)
    def audit_page(
        request: Request,
        actor: Annotated[str, Query(max_length=80)] = "",
        action: Annotated[str, Query(max_length=20)] = "",
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Response:
        if web_principal(request) is None:
            return _to_login(request)
        _user_with(request, "editor", "read the audit log")
        entries = _engine(request).store.list_audit(
            actor=actor or None, action=action or None, limit=QUEUE_PAGE_SIZE + 1, offset=offset
        )
        return page(
            "audit.html",
            entries=entries[:QUEUE_PAGE_SIZE],
            has_more=len(entries) > QUEUE_PAGE_SIZE,
            filters={"actor": actor, "action": action},
            actions=AUDIT_ACTIONS,
            offset=offset,
            page_size=QUEUE_PAGE_SIZE,
        )

    @app.post("/documents/{document_id}/delete", include_in_schema=False)
    def delete_form(request: Request, document_id: str) -> Response:
        user = _user_with(request, "editor", "delete documents")
        if not _engine(request).delete_document(document_id, actor=user.name):
            raise HTTPException(404, f"No stored document has the id {document_id!r}.")
        return RedirectResponse("/documents", status_code=303)

    @app.get("/factchecks/import", response_class=HTMLResponse, include_in_schema=False)
    def import_page(request: Request) -> Response:
        if web_principal(request) is None:
            return _to_login(request)
        _user_with(request, "editor", "import fact-checks")
        return page("import.html", summary=None, error=None)

    @app.post("/factchecks/import", include_in_schema=False)
    def import_form(request: Request, file: UploadFile | None = None) -> HTMLResponse:
        from sift.api.app import import_upload

        user = _user_with(request, "editor", "import fact-checks")
        if file is None or not file.filename:
            return page("import.html", 400, summary=None, error="Choose a file to import.")
        try:
            summary = import_upload(_engine(request), file, actor=user.name)
        except SiftError as error:
            return page("import.html", 400, summary=None, error=str(error))
        return page("import.html", summary=summary, error=None)
