"""Batch fixtures: a loopback page server started per test (see batch_corpus.py for the page helpers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from batch_corpus import PageServer


@pytest.fixture
def page_server() -> Iterator[type[PageServer]]:
    """Start page servers with ``page_server(pages)``; every one started is shut down after the test."""
    started: list[PageServer] = []

    class Started(PageServer):
        def __init__(self, pages: dict[str, tuple[int, str, bytes]]) -> None:
            super().__init__(pages)
            self.thread.start()
            started.append(self)

    yield Started
    for server in started:
        server.httpd.shutdown()
        server.httpd.server_close()
