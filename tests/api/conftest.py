"""The real app on a real SQLite store filled with the bundled sample, driven through httpx's ASGI transport."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sift.api.app import create_app
from sift.api.settings import ServeSettings
from sift.sample import load_sample
from sift.store import Store, open_store

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(str(tmp_path_factory.mktemp("api") / "sift.db"))
    load_sample(store)
    yield store
    store.close()


@pytest.fixture(scope="session")
def app(sample_store: Store) -> FastAPI:
    return create_app(ServeSettings(token=TOKEN), sample_store)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        yield client


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="session")
def hostile_page() -> str:
    """A page whose title, body and quotes carry script and event-handler payloads."""
    return (Path(__file__).with_name("hostile.html")).read_text(encoding="utf-8")


class LiveMarkup(HTMLParser):
    """Collects what a browser would run: event-handler attributes, inline scripts and ``javascript:`` links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value}>")
        if tag == "script":
            self._in_script = "src" not in dict(attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.found.append(f"<script>{data.strip()[:40]}")


def live_markup(page: str) -> list[str]:
    """Script a browser would run in ``page`` (escaped text such as ``&lt;script&gt;`` is not live)."""
    parser = LiveMarkup()
    parser.feed(page)
    parser.close()
    return parser.found


@pytest.fixture(scope="session")
def scripts_in() -> Callable[[str], list[str]]:
    """The live-markup finder, as a fixture so test modules need no import path tricks."""
    return live_markup


async def form_token(client: httpx.AsyncClient, path: str = "/") -> str:
    """The CSRF token of a page's forms (the client keeps the cookie it comes with), as a browser would send it."""
    page = (await client.get(path)).text
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, f"no CSRF field on {path}"
    return match.group(1)


async def log_in(client: httpx.AsyncClient, secret: str = TOKEN) -> None:
    """Log ``client`` in through the login form (the server's SIFT_TOKEN by default: the admin may store pages)."""
    token = await form_token(client, "/login")
    response = await client.post("/login", data={"token": secret, "next": "/", "csrf_token": token})
    assert response.status_code == 303, response.text


@pytest.fixture
async def session(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """A client logged in to the web pages as the admin: its check form posts store the page."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        await log_in(client)
        yield client


@pytest.fixture
def csrf() -> Callable[..., Any]:
    """``await csrf(client)``: the CSRF token of the check page's form for this client."""
    return form_token
