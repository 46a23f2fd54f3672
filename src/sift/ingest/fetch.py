"""Download one page over http(s): SSRF-checked hops, manual redirects, streamed with size and time caps.

The network is an injectable edge: tests pass an ``httpx.MockTransport`` and a fake resolver. With the
default transport, every TCP connection also goes to an address the guard has just vetted, so a host
cannot pass the check with a public address and then connect to a private one (DNS rebinding).
"""

from __future__ import annotations

import socket
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpcore
import httpx

from sift.document import HTML_MEDIA_TYPES
from sift.errors import FetchError, InputError
from sift.ingest.config import IngestConfig
from sift.ingest.guard import Resolver, check_url, vetted_addresses
from sift.ingest.unpack import AUTO_WBITS, GZIP_WBITS, CappedInflater

__all__ = ["ALLOWED_MEDIA_TYPES", "Fetched", "fetch"]

ALLOWED_MEDIA_TYPES = (*HTML_MEDIA_TYPES, "text/plain")
_REDIRECTS = (301, 302, 303, 307, 308)
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"
_INFLATE_WBITS = {"gzip": GZIP_WBITS, "x-gzip": GZIP_WBITS, "deflate": AUTO_WBITS}


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded body (content-decoded) with the final URL, its Content-Type and the UTC fetch time.

    ``media_type`` is the Content-Type without parameters, lower case (``""`` when the server sent none).
    """

    body: bytes
    url: str
    content_type: str | None
    media_type: str
    fetched_at: str


class _VettedBackend(httpcore.SyncBackend):
    """httpcore network backend that connects only to addresses the SSRF guard accepts, re-resolved here."""

    def __init__(self, *, allow_private: bool, resolve: Resolver) -> None:
        self._allow_private = allow_private
        self._resolve = resolve

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        """Resolve and vet ``host``, then connect to the first vetted address that answers."""
        addresses = vetted_addresses(host, port, allow_private=self._allow_private, resolve=self._resolve)
        for address in addresses[:-1]:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                continue
        return super().connect_tcp(addresses[-1], port, timeout, local_address, socket_options)


def bounded_resolver(resolve: Resolver, timeout_s: float) -> Resolver:
    """``resolve`` giving up after ``timeout_s`` with an OSError (``getaddrinfo`` has no timeout of its own).

    The lookup runs in a throwaway thread; one that never answers is left to finish on its own.
    """

    def bounded(host: str, port: int) -> list[Sequence[Any]]:
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sift-resolve")
        try:
            return list(pool.submit(resolve, host, port).result(timeout=timeout_s))
        except FutureTimeout:
            raise OSError(f"no answer within {timeout_s:g} s") from None
        finally:
            pool.shutdown(wait=False)

    return bounded


def vetted_transport(*, allow_private: bool, resolve: Resolver) -> httpx.HTTPTransport:
    """The default transport, its connection pool rebuilt on :class:`_VettedBackend`.

    httpx 0.28 has no public parameter for the network backend, so the pool is replaced after
    construction (``_pool`` is the attribute ``HTTPTransport.handle_request`` uses).
    """
    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        network_backend=_VettedBackend(allow_private=allow_private, resolve=resolve),
    )
    return transport


def fetch(
    url: str,
    config: IngestConfig,
    *,
    transport: httpx.BaseTransport | None = None,
    resolve: Resolver = socket.getaddrinfo,
) -> Fetched:
    """GET ``url``, following up to ``config.max_redirects`` redirects, each hop checked before it is opened.

    Args:
        url: an http(s) URL.
        config: size cap, timeout, redirect limit, private-network opt-in and User-Agent.
        transport: an httpx transport to use instead of the network (tests: ``httpx.MockTransport``).
        resolve: ``socket.getaddrinfo``-shaped resolver used by the SSRF guard (bounded by ``timeout_s``).

    Returns:
        The body (after Content-Encoding), final URL, Content-Type and fetch time.

    Raises:
        FetchError: refused address or scheme, too many redirects, HTTP error status, timeout, wrong
            content type, body over ``config.max_bytes``, or a broken connection or encoding.
    """
    deadline = time.monotonic() + config.timeout_s
    resolve = bounded_resolver(resolve, config.timeout_s)
    client = httpx.Client(
        transport=transport or vetted_transport(allow_private=config.allow_private, resolve=resolve),
        follow_redirects=False,
        timeout=httpx.Timeout(config.timeout_s),
        trust_env=False,
        headers={"User-Agent": config.user_agent, "Accept": _ACCEPT, "Accept-Encoding": "gzip"},
    )
    with client:
        current = url
        for _hop in range(config.max_redirects + 1):
            check_url(current, allow_private=config.allow_private, resolve=resolve)
            try:
                with client.stream("GET", current) as response:
                    target = _redirect_target(response)
                    if target is None:
                        return _read(response, config, deadline)
            except httpx.TimeoutException:
                raise _timeout(current, config) from None
            except httpx.InvalidURL as error:  # httpx builds the next request from a redirect's Location
                raise FetchError(f"{current} redirects to a URL that cannot be followed ({error})") from None
            except httpx.HTTPError as error:
                raise FetchError(f"could not fetch {current}: {type(error).__name__}: {error}") from None
            current = target
    raise FetchError(f"too many redirects (more than {config.max_redirects}) starting at {url}; open it in a browser")


def _timeout(url: str, config: IngestConfig) -> FetchError:
    return FetchError(
        f"timed out after {config.timeout_s:g} s fetching {url}; retry later or raise timeout_s (--timeout)"
    )


def _redirect_target(response: httpx.Response) -> str | None:
    """Absolute URL a redirect points to, None for a final response; FetchError for HTTP errors."""
    status = response.status_code
    if status in _REDIRECTS:
        location = response.headers.get("location", "").strip()
        if not location:
            raise FetchError(f"{response.url} answered HTTP {status} without a Location header; check the URL")
        try:
            return str(response.url.join(location))
        except httpx.InvalidURL as error:
            raise FetchError(f"{response.url} redirects to an invalid URL {location!r} ({error})") from None
    if not 200 <= status < 300:
        raise FetchError(f"{response.url} answered HTTP {status} {response.reason_phrase}; check the URL")
    return None


def _inflater(response: httpx.Response, max_bytes: int) -> CappedInflater | None:
    """A capped decompressor for the response's Content-Encoding (None when it is identity)."""
    codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return None
    if len(codings) > 1 or codings[0] not in _INFLATE_WBITS:
        raise FetchError(f"{response.url} uses Content-Encoding {', '.join(codings)}, which sift cannot decode")
    return CappedInflater(max_bytes, _INFLATE_WBITS[codings[0]])


def _read(response: httpx.Response, config: IngestConfig, deadline: float) -> Fetched:
    """Check type and declared size, then take the body, refusing it past ``max_bytes``."""
    url = str(response.url)
    content_type = response.headers.get("content-type")
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type and media_type not in ALLOWED_MEDIA_TYPES:
        raise FetchError(f"{url} is {media_type}, not a web page; sift fetches {', '.join(ALLOWED_MEDIA_TYPES)}")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > config.max_bytes:
        raise _too_large(url, config)
    if response.is_stream_consumed:  # the transport built it in memory (e.g. MockTransport), already decoded
        body = response.content
        if len(body) > config.max_bytes:
            raise _too_large(url, config)
    else:
        body = _stream_body(response, config, deadline)
    return Fetched(body, url, content_type, media_type, datetime.now(UTC).isoformat(timespec="seconds"))


def _too_large(url: str, config: IngestConfig) -> FetchError:
    return FetchError(f"{url} is larger than {config.max_bytes:,} bytes; raise max_bytes (--max-mb) to read it")


def _stream_body(response: httpx.Response, config: IngestConfig, deadline: float) -> bytes:
    """Read the raw body chunk by chunk, decompressing with a cap, until done, too large or too slow."""
    url = str(response.url)
    inflater = _inflater(response, config.max_bytes)
    parts: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_raw():
            size += len(chunk)
            if size > config.max_bytes:
                raise _too_large(url, config)
            if time.monotonic() > deadline:
                raise _timeout(url, config)
            if inflater is None:
                parts.append(chunk)
            else:
                inflater.feed(chunk)
        return b"".join(parts) if inflater is None else inflater.finish()
    except InputError as error:
        raise FetchError(f"{url}: {error}") from None
