"""Fetching a URL list politely: a global cap on concurrent downloads and a minimum interval per host.

URLs wait in per-host queues; a download starts when a slot is free and its host's interval has passed since
that host's last download ended, and one host never has two downloads at once. A slow or rate-limited host therefore
never holds up the others. Every download goes through ``sift.ingest.fetch`` (SSRF guard, size and time caps).

A URL sift refuses is refused before it queues: one that is no http(s) URL at once, and a host that is, or resolves
to, an address sift does not fetch from (loopback, private; ``allow_private`` lifts that) once per host, by a lookup
beside the downloads. Its URLs neither take a download slot nor wait their host's interval, and a refused host leaves
no interval behind it: nothing was asked of it.
"""

from __future__ import annotations

import heapq
import socket
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from sift.batch.pages import BadRecord, Page
from sift.document import HTML_MEDIA_TYPES
from sift.errors import FetchError, SiftError
from sift.ingest.config import IngestConfig
from sift.ingest.fetch import Fetched, bounded_resolver, fetch
from sift.ingest.guard import check_url, split_url

__all__ = ["fetch_pages", "vet_host"]

#: URLs read ahead of the downloads, so that other hosts' URLs are at hand while one host waits its turn.
READ_AHEAD = 1000

Fetch = Callable[[str, IngestConfig], Fetched]
#: ``vet(url, config)`` raises FetchError when the URL's host must not be asked (before any request).
Vet = Callable[[str, IngestConfig], None]


def vet_host(url: str, config: IngestConfig) -> None:
    """Refuse ``url`` when its host is, or resolves to, an address sift does not fetch from (no request is made).

    Raises:
        FetchError: the guard's refusal (a loopback or private address without ``allow_private``), or a host that
            does not resolve.
    """
    check_url(url, allow_private=config.allow_private, resolve=bounded_resolver(socket.getaddrinfo, config.timeout_s))


def _download(page: Page, config: IngestConfig, fetch_url: Fetch) -> Page | BadRecord:
    try:
        fetched = fetch_url(page.location, config)
    except SiftError as error:
        return BadRecord(page.key, page.location, str(error))
    return page.with_data(
        fetched.body,
        location=fetched.url,
        content_type=fetched.content_type,
        fetched_at=fetched.fetched_at,
        said_html=fetched.media_type in HTML_MEDIA_TYPES,
    )


def fetch_pages(
    items: Iterable[Page | BadRecord],
    config: IngestConfig,
    *,
    concurrency: int,
    host_interval_s: float,
    fetch_url: Fetch = fetch,
    vet: Vet = vet_host,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[Page | BadRecord]:
    """``items`` with every URL page (``data is None``) downloaded; other items pass through at once.

    Args:
        items: pages and bad records; pages without data are fetched.
        config: the ingest settings each download obeys (timeout, size cap, private addresses).
        concurrency: downloads at once, over all hosts (host lookups run beside them, as many at once).
        host_interval_s: seconds from the end of one download from a host to the start of the next.
        fetch_url: the download function (tests inject one).
        vet: refuses a host before its first download, once per host (tests inject one).
        clock: a monotonic clock (tests inject one).

    Yields:
        Pages with their bytes (the location is the URL after redirects) and bad records for refused URLs and
        failed downloads, in completion order.
    """
    source = iter(items)
    queues: dict[str, deque[Page]] = {}
    ready: list[tuple[float, str]] = []  # (time the host may be asked again, host), one entry per waiting host
    last_end: dict[str, float] = {}
    busy: set[str] = set()
    running: dict[Future[Page | BadRecord], str] = {}
    vetting: dict[Future[None], str] = {}
    vetted: set[str] = set()
    refused: dict[str, str] = {}  # host -> why
    waiting = 0
    exhausted = False

    def queue(host: str) -> None:
        """Put a vetted host with queued URLs in line for its next download."""
        if host in queues and host not in busy:
            heapq.heappush(ready, (last_end.get(host, -1e18) + host_interval_s, host))

    with (
        ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="sift-fetch") as pool,
        ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="sift-vet") as lookups,
    ):
        while True:
            while not exhausted and waiting < READ_AHEAD:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    continue
                if isinstance(item, BadRecord) or item.data is not None:
                    yield item
                    continue
                try:
                    host = split_url(item.location)[0]
                except FetchError as error:
                    yield BadRecord(item.key, item.location, str(error))
                    continue
                if host in refused:
                    yield BadRecord(item.key, item.location, refused[host])
                    continue
                if host not in queues:  # (a host being vetted has its queue already)
                    queues[host] = deque([item])
                    if host in vetted:
                        queue(host)
                    else:
                        vetting[lookups.submit(vet, item.location, config)] = host
                else:
                    queues[host].append(item)
                waiting += 1
            now = clock()
            while ready and len(running) < concurrency and ready[0][0] <= now:
                _, host = heapq.heappop(ready)
                page = queues[host].popleft()
                if not queues[host]:
                    del queues[host]
                waiting -= 1
                busy.add(host)
                running[pool.submit(_download, page, config, fetch_url)] = host
            if not running and not vetting and not ready and exhausted:
                return
            timeout = None if not ready or len(running) >= concurrency else max(0.0, ready[0][0] - clock())
            if not running and not vetting:
                time.sleep(timeout or 0.0)
                continue
            done, _ = wait([*running, *vetting], timeout=timeout, return_when=FIRST_COMPLETED)
            for future in done:
                if future in vetting:
                    host = vetting.pop(future)
                    error = future.exception()
                    if error is None:
                        vetted.add(host)
                        queue(host)
                        continue
                    refused[host] = str(error) if isinstance(error, SiftError) else f"{type(error).__name__}: {error}"
                    for page in queues.pop(host, ()):
                        waiting -= 1
                        yield BadRecord(page.key, page.location, refused[host])
                    continue
                host = running.pop(future)
                busy.discard(host)
                last_end[host] = clock()
                queue(host)
                yield future.result()
