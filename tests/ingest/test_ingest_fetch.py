"""URL loading through httpx.MockTransport and fake resolvers: no test here opens a network connection."""

from __future__ import annotations

import gzip
import socket
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import httpcore
import httpx
import pytest

from sift.errors import FetchError, InputError
from sift.ingest import IngestConfig, load

PUBLIC = "93.184.216.34"
HTML = "<!doctype html><html><body><p>Le ministère a précisé</p></body></html>"


def resolve_public(host: str, port: int) -> list[tuple[Any, ...]]:
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC, port))]


def no_resolver(host: str, port: int) -> list[tuple[Any, ...]]:
    raise AssertionError(f"resolver called for {host!r}")


class Recorder:
    """A MockTransport handler that answers from a table and records every request it sees."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def page(request: httpx.Request, body: bytes = HTML.encode(), **headers: str) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8", **headers}, content=body)


def chunks(data: bytes, size: int = 1000) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def fetch(url: str, recorder: Recorder, **kwargs: Any) -> Any:
    kwargs.setdefault("resolve", resolve_public)
    return load(url, transport=recorder.transport, **kwargs)


def test_fetch_page() -> None:
    recorder = Recorder(page)
    doc = fetch("https://news.example/story", recorder)
    assert doc.source.kind == "url"
    assert doc.source.location == "https://news.example/story"
    assert doc.source.media_type == "text/html"
    assert doc.source.encoding == "utf-8"
    assert doc.source.size_bytes == len(HTML.encode())
    assert doc.source.fetched_at is not None
    assert datetime.fromisoformat(doc.source.fetched_at).utcoffset() is not None
    assert doc.raw == HTML
    (request,) = recorder.requests
    assert request.headers["user-agent"].startswith("sift/")
    assert "text/html" in request.headers["accept"]


def test_header_charset_and_custom_user_agent() -> None:
    body = "<p>Größe – Zürich</p>".encode("cp1252")
    recorder = Recorder(lambda r: page(r, body, **{"content-type": "text/html; charset=ISO-8859-1"}))
    doc = fetch("http://news.example/", recorder, config=IngestConfig(user_agent="test-agent/1"))
    assert doc.raw == "<p>Größe – Zürich</p>"
    assert doc.source.encoding == "cp1252"
    assert recorder.requests[0].headers["user-agent"] == "test-agent/1"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://[::1]/",
        "http://localhost/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://017700000001/",
        "http://127.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
    ],
)
def test_private_urls_never_reach_the_transport(url: str) -> None:
    recorder = Recorder(page)
    with pytest.raises(FetchError, match="refused to fetch"):
        load(url, transport=recorder.transport, resolve=no_resolver)
    assert recorder.requests == []


def test_private_name_refused_unless_allowed() -> None:
    def resolve_private(host: str, port: int) -> list[tuple[Any, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", port))]

    recorder = Recorder(page)
    with pytest.raises(FetchError, match=r"intranet\.example \(10\.0\.0\.5\): it is a private address"):
        fetch("http://intranet.example/", recorder, resolve=resolve_private)
    assert recorder.requests == []
    doc = fetch("http://intranet.example/", recorder, resolve=resolve_private, config=IngestConfig(allow_private=True))
    assert doc.raw == HTML
    assert len(recorder.requests) == 1


def redirects(table: dict[str, str]) -> Recorder:
    """Redirect each path in ``table`` to its target; serve the page elsewhere."""

    def answer(request: httpx.Request) -> httpx.Response:
        target = table.get(request.url.path)
        return httpx.Response(302, headers={"location": target}) if target else page(request)

    return Recorder(answer)


def test_redirects_followed_manually() -> None:
    recorder = redirects({"/a": "/b", "/b": "https://other.example/c?x=1"})
    doc = fetch("http://news.example/a", recorder)
    assert doc.source.location == "https://other.example/c?x=1"
    assert [str(r.url) for r in recorder.requests] == [
        "http://news.example/a",
        "http://news.example/b",
        "https://other.example/c?x=1",
    ]


@pytest.mark.parametrize(
    "target", ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/", "http://[::1]/", "http://0x7f.1/"]
)
def test_redirect_to_private_address_refused(target: str) -> None:
    recorder = redirects({"/a": target})
    with pytest.raises(FetchError, match="refused to fetch"):
        fetch("https://news.example/a", recorder)
    assert [str(r.url) for r in recorder.requests] == ["https://news.example/a"]


def test_redirect_to_name_resolving_private_refused() -> None:
    def resolve(host: str, port: int) -> list[tuple[Any, ...]]:
        address = "192.168.0.10" if host == "router.example" else PUBLIC
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    recorder = redirects({"/a": "http://router.example/admin"})
    with pytest.raises(FetchError, match=r"router\.example"):
        fetch("https://news.example/a", recorder, resolve=resolve)
    assert len(recorder.requests) == 1


def test_redirect_to_other_scheme_refused() -> None:
    recorder = redirects({"/a": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="unsupported URL scheme 'file'"):
        fetch("https://news.example/a", recorder)


@pytest.mark.parametrize("location", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "mailto:x"])
def test_redirect_to_a_malformed_location_is_a_fetch_error(location: str) -> None:
    """Reproduction #5 of issue 17: httpx raised InvalidURL building the next request ('internal error')."""
    recorder = redirects({"/a": location})
    with pytest.raises(FetchError, match=r"https://news.example/a redirects to|unsupported URL scheme"):
        fetch("https://news.example/a", recorder)
    assert len(recorder.requests) == 1


def test_too_many_redirects() -> None:
    recorder = redirects({"/loop": "/loop"})
    with pytest.raises(FetchError, match=r"too many redirects \(more than 2\)"):
        fetch("https://news.example/loop", recorder, config=IngestConfig(max_redirects=2))
    assert len(recorder.requests) == 3


def test_redirect_without_location() -> None:
    recorder = Recorder(lambda request: httpx.Response(301))
    with pytest.raises(FetchError, match="without a Location header"):
        fetch("https://news.example/", recorder)


def test_timeout() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    with pytest.raises(FetchError, match=r"timed out after 3 s fetching https://news\.example/; .*timeout_s"):
        fetch("https://news.example/", Recorder(slow), config=IngestConfig(timeout_s=3))


def test_connection_error() -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(FetchError, match=r"could not fetch https://news\.example/: ConnectError"):
        fetch("https://news.example/", Recorder(refused))


@pytest.mark.parametrize(("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error")])
def test_http_errors(status: int, reason: str) -> None:
    recorder = Recorder(lambda request: httpx.Response(status, headers={"content-type": "text/html"}))
    with pytest.raises(FetchError, match=f"answered HTTP {status} {reason}; check the URL"):
        fetch("https://news.example/", recorder)


def test_empty_response() -> None:
    recorder = Recorder(lambda request: httpx.Response(204, headers={"content-type": "text/html"}))
    with pytest.raises(InputError, match=r"https://news\.example/ is empty \(0 bytes\)"):
        fetch("https://news.example/", recorder)


@pytest.mark.parametrize("content_type", ["image/png", "application/json; charset=utf-8", "application/pdf"])
def test_wrong_content_type(content_type: str) -> None:
    recorder = Recorder(lambda r: page(r, **{"content-type": content_type}))
    with pytest.raises(FetchError, match=f"is {content_type.split(';')[0]}, not a web page"):
        fetch("https://news.example/file", recorder)


@pytest.mark.parametrize("content_type", ["application/xhtml+xml", "text/plain; charset=utf-8", "TEXT/HTML"])
def test_accepted_content_types(content_type: str) -> None:
    doc = fetch("https://news.example/", Recorder(lambda r: page(r, **{"content-type": content_type})))
    assert doc.raw == HTML


def test_missing_content_type_is_sniffed() -> None:
    doc = fetch("https://news.example/", Recorder(lambda r: httpx.Response(200, content=HTML.encode())))
    assert doc.source.media_type == "text/html"


def test_oversized_response_declared() -> None:
    recorder = Recorder(lambda r: page(r, b"<p>" + b"x" * 2000))
    with pytest.raises(FetchError, match="larger than 1,000 bytes"):
        fetch("https://news.example/", recorder, config=IngestConfig(max_bytes=1000))


def test_oversized_response_streamed() -> None:
    def endless(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/html"}, content=chunks(b"<p>" + b"x" * 5000))

    with pytest.raises(FetchError, match="larger than 1,000 bytes"):
        fetch("https://news.example/", Recorder(endless), config=IngestConfig(max_bytes=1000))


def gzipped(data: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "text/html; charset=utf-8", "content-encoding": "gzip"}
        return httpx.Response(200, headers=headers, content=chunks(data))

    return answer


def test_gzip_content_encoding_streamed() -> None:
    body = (HTML * 100).encode()
    doc = fetch("https://news.example/", Recorder(gzipped(gzip.compress(body))))
    assert doc.raw == HTML * 100
    assert doc.source.size_bytes == len(body)


def test_gzip_bomb_response() -> None:
    bomb = gzip.compress(b" " * 3_000_000)
    with pytest.raises(FetchError, match="expands to more than 100,000 bytes"):
        fetch("https://news.example/", Recorder(gzipped(bomb)), config=IngestConfig(max_bytes=100_000))


def test_truncated_gzip_response() -> None:
    data = gzip.compress((HTML * 100).encode())
    with pytest.raises(FetchError, match="truncated"):
        fetch("https://news.example/", Recorder(gzipped(data[: len(data) // 2])))


def test_unknown_content_encoding() -> None:
    def brotli(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "text/html", "content-encoding": "br"}
        return httpx.Response(200, headers=headers, content=chunks(b"\x0b\x02\x80hello"))

    with pytest.raises(FetchError, match="Content-Encoding br"):
        fetch("https://news.example/", Recorder(brotli))


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace httpcore's real connect with a recorder that refuses, so no test can open a socket."""
    attempts: list[str] = []

    def connect_tcp(self: object, host: str, port: int, *args: object, **kwargs: object) -> None:
        attempts.append(host)
        raise httpcore.ConnectError(f"test: no connection to {host}")

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", connect_tcp)
    return attempts


def test_default_transport_connects_to_the_vetted_address(no_sockets: list[str]) -> None:
    with pytest.raises(FetchError, match="could not fetch"):
        load("http://news.example/", kind="url", resolve=resolve_public)
    assert no_sockets == [PUBLIC]


def test_default_transport_refuses_dns_rebinding(no_sockets: list[str]) -> None:
    answers = iter([PUBLIC, "127.0.0.1"])

    def rebinding(host: str, port: int) -> list[tuple[Any, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    with pytest.raises(FetchError, match=r"news\.example \(127\.0\.0\.1\): it is a loopback address"):
        load("http://news.example/", kind="url", resolve=rebinding)
    assert no_sockets == []


def test_html_content_type_is_a_hint_for_late_markup() -> None:
    body = b"Intro text\n" * 200 + b"<p>para</p>"
    html = fetch("https://news.example/", Recorder(lambda r: page(r, body)))
    assert html.source.media_type == "text/html"
    plain = fetch("https://news.example/", Recorder(lambda r: page(r, body, **{"content-type": "text/plain"})))
    assert plain.source.media_type == "text/plain"


def test_resolver_that_never_answers() -> None:
    release = threading.Event()

    def stuck(host: str, port: int) -> list[tuple[Any, ...]]:
        release.wait(30)
        return resolve_public(host, port)

    try:
        with pytest.raises(FetchError, match=r"cannot resolve host 'slow\.example' \(no answer within 0\.2 s\)"):
            fetch("https://slow.example/", Recorder(page), resolve=stuck, config=IngestConfig(timeout_s=0.2))
    finally:
        release.set()
