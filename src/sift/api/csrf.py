"""CSRF protection for every form of the web pages: one middleware and one template helper.

How to use it in a template (every ``<form method="post">``, whoever adds it)::

    <form method="post" action="/somewhere">{{ csrf_field() }} ...</form>

The middleware refuses (403) any POST, PUT, PATCH or DELETE outside ``/api/`` whose form does not carry the
token, so a form that forgets the helper fails in its first test instead of shipping unprotected. The token is
an HMAC, under a secret of this server process, of a random per-browser cookie (``sift_csrf``, HttpOnly,
SameSite=Strict) and the session cookie: a page from another site can neither read it nor forge it, and a token
stolen before logging in is worthless after. ``/api/`` is exempt because the API reads bearer tokens only, never
cookies. This composes with Host/Origin checks and security headers added as further middleware.
"""

from __future__ import annotations

import hmac
import re
import secrets
from contextvars import ContextVar
from hashlib import sha256
from http.cookies import SimpleCookie

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CSRF_COOKIE", "CSRF_FIELD", "CsrfMiddleware", "cookie_attributes", "csrf_field", "csrf_token"]

CSRF_FIELD = "csrf_token"
CSRF_COOKIE = "sift_csrf"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
#: Paths that never take cookies (bearer tokens only) or never change anything.
EXEMPT_PREFIXES = ("/api/", "/static/")
_COOKIE_VALUE = re.compile(r"^[A-Za-z0-9_-]{32,64}$")

#: The token for the request being served (set by the middleware, read by the template helper).
_current_token: ContextVar[str | None] = ContextVar("sift_csrf_token", default=None)


def csrf_token() -> str:
    """The CSRF token of the request being served ("" outside a request, which the middleware then refuses)."""
    return _current_token.get() or ""


def csrf_field() -> Markup:
    """The hidden form field carrying the CSRF token (a Jinja2 global: ``{{ csrf_field() }}``)."""
    return Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, csrf_token())


def cookie_attributes(scope: Scope, secure: bool) -> str:
    """``Path=/; HttpOnly; SameSite=Strict`` plus ``Secure`` when served over https or configured so."""
    attributes = "Path=/; HttpOnly; SameSite=Strict"
    if secure or scope.get("scheme") == "https":
        attributes += "; Secure"
    return attributes


def _cookies(scope: Scope) -> dict[str, str]:
    header = next((value for name, value in scope.get("headers", []) if name == b"cookie"), b"")
    jar = SimpleCookie()
    try:
        jar.load(header.decode("latin-1"))
    except Exception:  # a malformed Cookie header is no cookie at all
        return {}
    return {key: morsel.value for key, morsel in jar.items()}


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


class CsrfMiddleware:
    """Sets the per-browser CSRF cookie and refuses unsafe web requests without a valid token.

    Args:
        app: the wrapped application.
        session_cookie: the session cookie's name (the token is bound to it).
        secure: always mark the cookie ``Secure`` (behind a TLS-terminating proxy).
    """

    def __init__(self, app: ASGIApp, *, session_cookie: str, secure: bool = False) -> None:
        self.app = app
        self.session_cookie = session_cookie
        self.secure = secure
        self._secret = secrets.token_bytes(32)

    def _token(self, browser: str, session: str) -> str:
        return hmac.new(self._secret, f"{browser}|{session}".encode(), sha256).hexdigest()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or path.startswith(EXEMPT_PREFIXES):
            await self.app(scope, receive, send)
            return
        cookies = _cookies(scope)
        browser = cookies.get(CSRF_COOKIE, "")
        fresh = not _COOKIE_VALUE.match(browser)
        if fresh:
            browser = secrets.token_urlsafe(32)
        expected = self._token(browser, cookies.get(self.session_cookie, ""))
        if scope["method"] in UNSAFE_METHODS:
            request = Request(scope, receive)
            body = await request.body()
            given = ""
            if not fresh:
                form = await Request(scope, _replay(body)).form()
                value = form.get(CSRF_FIELD)
                given = value if isinstance(value, str) else ""
                await form.close()
            if not hmac.compare_digest(given.encode(), expected.encode()):
                await _refuse(scope, receive, send)
                return
            receive = _replay(body)
        reset = _current_token.set(expected)
        cookie = f"{CSRF_COOKIE}={browser}; {cookie_attributes(scope, self.secure)}".encode("latin-1")

        async def send_with_cookie(message: Message) -> None:
            if fresh and message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"set-cookie", cookie)]
            await send(message)

        try:
            await self.app(scope, receive, send_with_cookie)
        finally:
            _current_token.reset(reset)


async def _refuse(scope: Scope, receive: Receive, send: Send) -> None:
    page = (
        "<!doctype html><html lang=en><meta charset=utf-8><title>Forbidden · sift</title>"
        "<link rel=stylesheet href=/static/app.css><main><h1>Forbidden</h1>"
        "<p>This form did not come from this site, or it has expired (the server restarted). "
        "Go back, reload the page and send the form again.</p><p><a href=/>Check a page</a></p></main></html>"
    )
    await HTMLResponse(page, status_code=403)(scope, receive, send)
