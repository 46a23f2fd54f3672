"""Fetching a URL list politely: a global cap on concurrent downloads and a minimum interval per host.

URLs wait in per-host queues; a download starts when a slot is free and its host's interval has passed since
that host's last download ended, and one host never has two downloads at once. A slow or rate-limited host therefore
never holds up the others. Every download goes through ``sift.ingest.fetch`` (SSRF guard, size and time caps).
"""

from __future__ import annotations

import heapq
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from urllib.parse import urlsplit

from sift.batch.pages import BadRecord, Page
from sift.errors import SiftError
from sift.ingest.config import IngestConfig
from sift.ingest.fetch import Fetched, fetch

__all__ = ["fetch_pages"]

#: URLs read ahead of the downloads, so that other hosts' URLs are at hand while one host waits its turn.
READ_AHEAD = 1000

Fetch = Callable[[str, IngestConfig], Fetched]


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


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
        said_html=fetched.media_type in ("text/html", "application/xhtml+xml"),
    )


def fetch_pages(
    items: Iterable[Page | BadRecord],
    config: IngestConfig,
    *,
    concurrency: int,
    host_interval_s: float,
    fetch_url: Fetch = fetch,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[Page | BadRecord]:
    """``items`` with every URL page (``data is None``) downloaded; other items pass through at once.

    Args:
        items: pages and bad records; pages without data are fetched.
        config: the ingest settings each download obeys (timeout, size cap, private addresses).
        concurrency: downloads at once, over all hosts.
        host_interval_s: seconds from the end of one download from a host to the start of the next.
        fetch_url: the download function (tests inject one).
        clock: a monotonic clock (tests inject one).

    Yields:
        Pages with their bytes (the location is the URL after redirects) and bad records for failed
        downloads, in completion order.
    """
    source = iter(items)
    queues: dict[str, deque[Page]] = {}
    ready: list[tuple[float, str]] = []  # (time the host may be asked again, host), one entry per waiting host
    last_end: dict[str, float] = {}
    busy: set[str] = set()
    running: dict[Future[Page | BadRecord], str] = {}
    waiting = 0
    exhausted = False
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="sift-fetch") as pool:
        while True:
            while not exhausted and waiting < READ_AHEAD:
                item = next(source, None)
                if item is None:
                    exhausted = True
                elif isinstance(item, BadRecord) or item.data is not None:
                    yield item
                else:
                    host = _host(item.location)
                    if host not in queues:
                        queues[host] = deque()
                        if host not in busy:
                            heapq.heappush(ready, (last_end.get(host, -1e18) + host_interval_s, host))
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
            if not running and not ready and exhausted:
                return
            timeout = None if not ready or len(running) >= concurrency else max(0.0, ready[0][0] - clock())
            if not running:
                time.sleep(timeout or 0.0)
                continue
            done, _ = wait(running, timeout=timeout, return_when=FIRST_COMPLETED)
            for future in done:
                host = running.pop(future)
                busy.discard(host)
                last_end[host] = clock()
                if host in queues:
                    heapq.heappush(ready, (last_end[host] + host_interval_s, host))
                yield future.result()
