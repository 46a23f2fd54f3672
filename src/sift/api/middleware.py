"""ASGI middleware: security headers on every response, errors turned into responses, Host and Origin
checks, and a request body cap.

Order, outside in (``create_app``): security headers, the error boundary, Host/Origin, the body cap. The
error boundary sits inside the headers so a 500 carries them too, and answers the request itself: an
exception that reached Starlette's outermost handler came back without headers and cost the client its
keep-alive connection.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "REPORT_CONTENT_SECURITY_POLICY",
    "BodyLimitMiddleware",
    "ErrorBoundaryMiddleware",
    "HostOriginMiddleware",
    "SecurityHeadersMiddleware",
]

log = logging.getLogger("sift.api")

#: Methods that change state: a browser sends them cross-site only through forms and fetch, and only
#: these need the Origin check (reads are harmless to answer and cannot be read back cross-origin).
UNSAFE_METHODS = frozenset(("POST", "PUT", "PATCH", "DELETE"))

#: No inline script anywhere: the UI's JavaScript is one static file.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
#: ``/docs`` runs Swagger UI from local files, which sets inline ``style`` attributes: only styles are relaxed.
DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
DOCS_PATH = "/docs"
#: The standalone HTML report (``?format=html``, downloads): inline CSS, never any script, nothing fetched.
REPORT_CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeadersMiddleware:
    """Adds CSP (unless the route set its own), nosniff, frame and referrer headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        policy = DOCS_CONTENT_SECURITY_POLICY if path == DOCS_PATH or path.startswith(f"{DOCS_PATH}/") else None
        added = [(b"content-security-policy", (policy or CONTENT_SECURITY_POLICY).encode()), *SECURITY_HEADERS]
        names = {name for name, _ in added}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                own_policy = [(k, v) for k, v in headers if k.lower() == b"content-security-policy"]
                kept = [(k, v) for k, v in headers if k.lower() not in names]
                # a route may set a stricter policy of its own (the standalone report: no script at all)
                message["headers"] = kept + (own_policy[:1] or added[:1]) + added[1:]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _TrackingSend:
    """``send`` that remembers whether the response's status line went out (after it, no error page can)."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.started = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
        await self.send(message)


class BodyTooLarge(HTTPException):
    """Raised inside ``receive`` when a streamed body passes the cap (an HTTP 413, so handlers render it)."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"the request body is larger than the server's limit of {max_bytes} bytes")


class BodyLimitMiddleware:
    """Refuses request bodies over ``max_bytes`` with a 413 problem, by header and while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(
            {
                "type": "https://sift.invalid/problems/413",
                "title": "Request body too large",
                "status": 413,
                "detail": f"the request body is larger than the server's limit of {self.max_bytes} bytes",
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/problem+json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        tracking_send = _TrackingSend(send)
        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not tracking_send.started:
                await self._refuse(send)


def host_name(value: str) -> str:
    """The host of a ``Host`` header or an origin's netloc, lower case, without port or IPv6 brackets."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value[1:]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class HostOriginMiddleware:
    """Refuses requests for host names the server does not answer to, and writes from other origins.

    ``Host`` must name the server (DNS rebinding: a hostile name resolved to 127.0.0.1 reaches a loopback
    server, but still says its own name). A state-changing request from a browser must come from a page
    of the server itself: its ``Origin`` must be the origin the request is addressed to (or, when a
    browser sends no Origin or ``null``, ``Sec-Fetch-Site`` must say same-origin), so a cross-site form cannot post
    to ``/check``. Requests without either header are not from a browser
    page and pass (API writes still need the token). CSRF tokens on forms are checked by the routes.
    """

    def __init__(self, app: ASGIApp, hosts: Collection[str], refuse: Callable[[Request, int, str], Response]) -> None:
        self.app = app
        self.hosts = frozenset(hosts)
        self.any_host = "*" in self.hosts
        self.refuse = refuse

    def _allowed(self, name: str) -> bool:
        return self.any_host or name in self.hosts

    def _problem(self, scope: Scope) -> tuple[int, str] | None:
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        host = host_name(headers.get("host", ""))
        if not self._allowed(host):
            return 400, (
                f"this server does not answer to the host name {host!r}; "
                "its operator can add it with --allowed-hosts (SIFT_ALLOWED_HOSTS)"
            )
        if scope.get("method", "GET") not in UNSAFE_METHODS:
            return None
        origin = headers.get("origin")
        if origin == "null" and headers.get("sec-fetch-site") == "same-origin":
            # Referrer-Policy: no-referrer makes Chromium send "Origin: null" on the server's own forms;
            # Sec-Fetch-Site, which no page can set, still says where the form was
            return None
        if origin is not None:
            if urlsplit(origin).netloc.lower() != headers.get("host", "").strip().lower():
                return 403, f"a {scope['method']} from a page of another origin ({origin}) is refused"
        elif headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return 403, f"a {scope['method']} from another site's page is refused"
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = self._problem(scope)
        if problem is None:
            await self.app(scope, receive, send)
            return
        response = self.refuse(Request(scope), *problem)
        await response(scope, receive, send)


class ErrorBoundaryMiddleware:
    """Turns an exception no handler took into a 500 problem response, logged with its traceback.

    Without it Starlette's outermost handler answers (outside the security headers) and re-raises, and
    the server drops the connection.
    """

    def __init__(self, app: ASGIApp, render: Callable[[Request, Exception], Response]) -> None:
        self.app = app
        self.render = render

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tracking_send = _TrackingSend(send)
        try:
            await self.app(scope, receive, tracking_send)
        except Exception as error:
            log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            if tracking_send.started:  # the status line is gone; only the server can end this response
                raise
            await self.render(Request(scope), error)(scope, receive, send)
