"""One error shape for the HTTP API: RFC 9457 problem details, mapped from sift's error tree."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from sift.errors import ConfigError, FetchError, InputError, SiftError, StageError, StoreError
from sift.json_input import JSONLimitError

__all__ = ["PROBLEM_TYPES", "install_error_handlers", "problem", "unexpected_error"]

PROBLEM_MEDIA_TYPE = "application/problem+json"

#: sift error class → (HTTP status, problem type slug, title). Clients pass no pipeline configuration, so a
#: ConfigError raised while serving (e.g. a model file missing from the install) is the server's fault.
PROBLEM_TYPES: dict[type[SiftError], tuple[int, str, str]] = {
    JSONLimitError: (422, "input-limit", "The input passes a limit"),
    InputError: (400, "invalid-input", "The input cannot be analysed"),
    ConfigError: (500, "server-misconfigured", "The server is misconfigured"),
    FetchError: (422, "fetch-refused", "The URL was refused or could not be fetched"),
    StoreError: (503, "store-unavailable", "The store is unavailable"),
    StageError: (500, "analysis-failed", "The analysis failed"),
}

STATUS_TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    413: "Request body too large",
    415: "Unsupported media type",
    422: "Invalid request",
    500: "Internal error",
    503: "Server busy",
}


def problem(
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    title: str | None = None,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> Response:
    """A problem-details response (``type``, ``title``, ``status``, ``detail`` plus any extension members)."""
    body = {
        "type": f"https://sift.invalid/problems/{slug or status}",
        "title": title or STATUS_TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        **extra,
    }
    extra_headers = dict(headers or {})
    if status == 401:
        extra_headers["WWW-Authenticate"] = 'Bearer realm="sift"'
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=extra_headers)


def _sift_error(request: Request, error: Exception) -> Response:
    for cls in type(error).__mro__:
        if cls in PROBLEM_TYPES:
            status, slug, title = PROBLEM_TYPES[cls]  # type: ignore[index]
            if _wants_html(request):  # a reader's page says "Bad request", not the API's problem title
                return _error_page(status, str(error))
            return problem(status, str(error), slug=slug, title=title, instance=request.url.path)
    return problem(500, str(error), slug="internal", instance=request.url.path)


def _wants_html(request: Request) -> bool:
    """Browser pages get an HTML error page; API clients get problem details."""
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _error_page(status: int, detail: str, *, headers: Mapping[str, str] | None = None) -> HTMLResponse:
    """The error as a page of the web UI (a browser showed the problem's raw JSON for a bad filter or form)."""
    title = STATUS_TITLES.get(status, "Error")
    page = (
        f"<!doctype html><html lang=en><meta charset=utf-8><title>{html.escape(title)} · sift</title>"
        f"<link rel=stylesheet href=/static/app.css><main><h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(detail)}</p><p><a href=/>Check a page</a></p></main></html>"
    )
    return HTMLResponse(page, status_code=status, headers=headers)


def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    if _wants_html(request):
        return _error_page(error.status_code, str(error.detail), headers=error.headers)
    return problem(error.status_code, str(error.detail), headers=error.headers, instance=request.url.path)


def _validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    errors = [
        {"location": ".".join(str(part) for part in item.get("loc", ())), "message": item.get("msg", "")}
        for item in error.errors()
    ]
    detail = "; ".join(f"{e['location']}: {e['message']}" for e in errors) or "invalid request"
    if _wants_html(request):
        return _error_page(422, detail)
    return problem(422, detail, slug="invalid-request", errors=errors, instance=request.url.path)


def unexpected_error(request: Request, error: Exception) -> Response:
    """The 500 problem for an exception no handler took (the error boundary middleware logs it first)."""
    return problem(500, f"unexpected {type(error).__name__}; see the server log", slug="internal")


def install_error_handlers(app: FastAPI) -> None:
    """Route every error the app can raise to one problem-details shape."""
    app.add_exception_handler(SiftError, _sift_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, unexpected_error)
