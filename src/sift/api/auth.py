"""Who is asking: bearer tokens for the API, session cookies for the web pages, and the role each write needs.

Two kinds of token open the desk: the server's ``SIFT_TOKEN`` (the admin, never stored) and named tokens made by
``sift tokens add NAME --role …`` (stored as SHA-256 hashes). The API takes them as ``Authorization: Bearer``
and never reads a cookie, so cross-site requests cannot ride a browser's session there; the web pages take a
session made by the login form, kept in this process (sessions end when the server stops, or at once when their
token is removed) and sent back as an HttpOnly, SameSite=Strict cookie. Every write the desk allows is recorded
under the token's name.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastapi import Request
from starlette.exceptions import HTTPException

from sift.store.desk import ROLES, hash_token, role_allows

if TYPE_CHECKING:
    from sift.api.engine import Engine

__all__ = [
    "ADMIN",
    "SESSION_COOKIE",
    "STORE_ROLE",
    "Principal",
    "Sessions",
    "bearer_principal",
    "current_user",
    "principal_for_secret",
    "remember_request",
    "require_role",
    "web_principal",
]

SESSION_COOKIE = "sift_session"
#: The least role that may store a checked page (storing a document is a write like any other).
STORE_ROLE = "reviewer"
#: How long a web session lasts without being used again (a working day).
SESSION_IDLE_S = 8 * 3600


@dataclass(frozen=True, slots=True)
class Principal:
    """A token's holder: the name every write records, and the role that says what they may do."""

    name: str
    role: str

    def may(self, needed: str) -> bool:
        """Whether this role may do what ``needed`` may (see :data:`sift.store.desk.ROLES`)."""
        return role_allows(self.role, needed)


#: The holder of the server's ``SIFT_TOKEN``.
ADMIN = Principal("admin", "admin")
#: Everyone, on a server started with ``--insecure-dev`` (local testing only).
INSECURE_DEV = Principal("insecure-dev", "admin")


def _engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


def principal_for_secret(engine: Engine, secret: str) -> Principal | None:
    """The holder of a token secret: ``SIFT_TOKEN`` is the admin, a named token its name and role, else ``None``."""
    secret = secret.strip()
    if not secret:
        return None
    token = engine.settings.token
    if token is not None and hmac.compare_digest(secret.encode(), token.encode()):
        return ADMIN
    record = engine.store.token_by_hash(hash_token(secret))
    return Principal(record.name, record.role) if record is not None else None


def bearer_principal(request: Request) -> Principal | None:
    """The holder of the request's bearer token (``None`` when it has none).

    Raises:
        HTTPException: 401 when a token is given but is not valid for this server.
    """
    engine = _engine(request)
    if engine.settings.token is None and engine.settings.insecure_dev:
        return INSECURE_DEV
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        return None
    principal = principal_for_secret(engine, credentials)
    if principal is None:
        raise HTTPException(401, "the bearer token is not valid for this server")
    return principal


def require_role(needed: str) -> Callable[[Request], Principal]:
    """A FastAPI dependency: the bearer token's holder, who must have at least the role ``needed``.

    Writes (any role above reader) are refused outright on a read-only server.
    """
    if needed not in ROLES:
        raise ValueError(f"unknown role {needed!r}")

    def dependency(request: Request) -> Principal:
        if needed != "reader" and _engine(request).settings.read_only:
            raise HTTPException(403, "this server is read-only (started with --read-only)")
        principal = bearer_principal(request)
        if principal is None:
            raise HTTPException(
                401,
                f"this endpoint needs 'Authorization: Bearer <token>' (a {needed} token or the server's SIFT_TOKEN)",
            )
        if not principal.may(needed):
            detail = f"{principal.name!r} has the role {principal.role}; this needs the role {needed} or higher"
            raise HTTPException(403, detail)
        return principal

    return dependency


@dataclass(slots=True)
class _Session:
    token_hash: str
    name: str
    last_used: float


class Sessions:
    """Web sessions in this process: a random id (the cookie) -> the hash of the token that opened it.

    A session is checked against its token on every request, so removing a token ends its sessions and a
    changed role applies at once.
    """

    def __init__(self, idle_s: float = SESSION_IDLE_S) -> None:
        self._sessions: dict[str, _Session] = {}
        self._lock = threading.Lock()
        self.idle_s = idle_s

    def open(self, principal: Principal, secret: str) -> str:
        """A new session for the holder of ``secret``; returns its id."""
        session_id = secrets.token_urlsafe(32)
        with self._lock:
            self._drop_idle()
            self._sessions[session_id] = _Session(hash_token(secret), principal.name, time.monotonic())
        return session_id

    def close(self, session_id: str) -> None:
        """End a session (logging out)."""
        with self._lock:
            self._sessions.pop(session_id, None)

    def principal(self, engine: Engine, session_id: str) -> Principal | None:
        """The holder of a live session, re-read from its token (``None``: no session, idle too long, token gone)."""
        now = time.monotonic()
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None or now - session.last_used > self.idle_s:
                self._sessions.pop(session_id, None)
                return None
            session.last_used = now
        token = engine.settings.token
        if token is not None and hmac.compare_digest(session.token_hash, hash_token(token)):
            return ADMIN
        record = engine.store.token_by_hash(session.token_hash)
        if record is None or record.name != session.name:
            self.close(session_id)
            return None
        return Principal(record.name, record.role)

    def _drop_idle(self) -> None:
        now = time.monotonic()
        for session_id in [key for key, value in self._sessions.items() if now - value.last_used > self.idle_s]:
            del self._sessions[session_id]


def web_principal(request: Request) -> Principal | None:
    """The holder of the request's web session (``None`` when logged out); ``--insecure-dev`` is everyone."""
    engine = _engine(request)
    if engine.settings.token is None and engine.settings.insecure_dev:
        return INSECURE_DEV
    session_id = request.cookies.get(SESSION_COOKIE)
    if not session_id:
        return None
    sessions: Sessions = request.app.state.sessions
    return sessions.principal(engine, session_id)


#: The request being served, for templates that show who is logged in (set by :func:`remember_request`).
_current_request: ContextVar[Request | None] = ContextVar("sift_request", default=None)


async def remember_request(request: Request) -> None:
    """An app-wide dependency: keeps the request where :func:`current_user` (a template global) finds it."""
    _current_request.set(request)


def current_user() -> Principal | None:
    """Who is logged in on the web page being rendered (``None``: nobody, or outside a request)."""
    request = _current_request.get()
    return None if request is None else web_principal(request)
