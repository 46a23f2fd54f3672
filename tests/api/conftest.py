"""The real app on a real SQLite store filled with the bundled sample, driven through httpx's ASGI transport."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

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
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="session")
def hostile_page() -> str:
    """A page whose title, body and quotes carry script and event-handler payloads."""
    return (Path(__file__).with_name("hostile.html")).read_text(encoding="utf-8")
