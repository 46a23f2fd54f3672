"""Batch test helpers: small distinct pages on disk, WARC archives built with warcio, a loopback page server."""

from __future__ import annotations

import gzip
import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TOWNS = ("Arles", "Brest", "Colmar", "Dijon", "Evian", "Foix", "Gap", "Hyeres", "Istres", "Jarnac")


def page_text(n: int) -> str:
    """A short news text of its own (a number, a town and a quote), so every page is a distinct document."""
    town = TOWNS[n % len(TOWNS)]
    return (
        f"Council vote number {n} in {town}\n\n"
        f"The council of {town} said on Monday that {n + 12} new homes will be built by 2030. "
        f'"We are proud of plan {n}," the mayor told reporters.\n'
    )


def page_html(n: int) -> str:
    town = TOWNS[n % len(TOWNS)]
    return (
        f"<html><head><title>Council vote {n} in {town}</title></head><body><article><h1>Council vote {n}</h1>"
        f"<p>The council of {town} said on Monday that {n + 12} new homes will be built by 2030, a plan that "
        f"officials described as the largest in the region for a decade.</p>"
        f"<p>&ldquo;We are proud of plan {n},&rdquo; the mayor told reporters after the vote.</p>"
        "</article></body></html>"
    )


def write_pages(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """``count`` pages: HTML, text and gzipped HTML in turn, in two subfolders."""
    paths = []
    for n in range(start, start + count):
        sub = folder / ("a" if n % 2 else "b")
        sub.mkdir(parents=True, exist_ok=True)
        if n % 3 == 0:
            path = sub / f"page-{n:04d}.txt"
            path.write_text(page_text(n), encoding="utf-8")
        elif n % 3 == 1:
            path = sub / f"page-{n:04d}.html"
            path.write_text(page_html(n), encoding="utf-8")
        else:
            path = sub / f"page-{n:04d}.html.gz"
            path.write_bytes(gzip.compress(page_html(n).encode("utf-8")))
        paths.append(path)
    return paths


def warc_bytes(records: list[tuple[str, str, int, str, bytes]], *, gzipped: bool = True) -> bytes:
    """A WARC of ``(kind, uri, status, content_type, payload)`` records (status is ignored for ``request``)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    for kind, uri, status, content_type, payload in records:
        if kind == "response":
            headers = StatusAndHeaders(f"{status} OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers)
        else:
            headers = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            record = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()


class PageServer:
    """Serves ``pages`` (path -> (status, content type, body)) on 127.0.0.1 and logs when each path was asked."""

    def __init__(self, pages: dict[str, tuple[int, str, bytes]]) -> None:
        self.pages = pages
        self.requests: list[tuple[str, float]] = []
        self.active = 0
        self.most_active = 0
        lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with lock:
                    server.requests.append((self.path, time.monotonic()))
                    server.active += 1
                    server.most_active = max(server.most_active, server.active)
                try:
                    time.sleep(0.05)
                    status, content_type, body = server.pages.get(self.path, (404, "text/plain", b"missing"))
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                finally:
                    with lock:
                        server.active -= 1

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"
