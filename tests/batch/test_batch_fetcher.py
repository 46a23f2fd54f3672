"""The URL fetcher: a global cap on downloads, an interval per host, failures as bad records (no network)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from itertools import pairwise

from sift.batch.fetcher import fetch_pages
from sift.batch.pages import BadRecord, Page
from sift.errors import FetchError
from sift.ingest import IngestConfig
from sift.ingest.fetch import Fetched


class FakeWeb:
    """A fetch function that takes ``delay_s`` per download and logs when each host was asked; its ``vet`` refuses
    hosts named ``private…`` (as the guard refuses a host on a private address) and logs which hosts it looked up."""

    def __init__(self, delay_s: float = 0.05) -> None:
        self.delay_s = delay_s
        self.vetted: list[str] = []
        self.starts: dict[str, list[float]] = defaultdict(list)
        self.active = 0
        self.most_active = 0
        self.per_host_active: dict[str, int] = defaultdict(int)
        self.most_per_host = 0
        self._lock = threading.Lock()

    def __call__(self, url: str, config: IngestConfig) -> Fetched:
        host = url.split("/")[2]
        with self._lock:
            self.starts[host].append(time.monotonic())
            self.active += 1
            self.per_host_active[host] += 1
            self.most_active = max(self.most_active, self.active)
            self.most_per_host = max(self.most_per_host, self.per_host_active[host])
        try:
            time.sleep(self.delay_s)
            if "broken" in url:
                raise FetchError(f"{url} answered HTTP 500 Internal Server Error; check the URL")
            return Fetched(
                f"<p>{url}</p>".encode(), url + "?final", "text/html", "text/html", "2026-01-01T00:00:00+00:00"
            )
        finally:
            with self._lock:
                self.active -= 1
                self.per_host_active[host] -= 1

    def vet(self, url: str, config: IngestConfig) -> None:
        host = url.split("/")[2]
        with self._lock:
            self.vetted.append(host)
        time.sleep(self.delay_s / 5)
        if host.startswith("private"):
            raise FetchError(f"refused to fetch from {host}: it is a private address; sift only fetches public ones")


def url_page(url: str) -> Page:
    return Page(url, url, "url")


def test_downloads_are_capped_and_each_host_waits_its_interval() -> None:
    web = FakeWeb()
    urls = [f"https://host{n % 6}.example.org/{n}" for n in range(24)]
    results = list(
        fetch_pages(
            map(url_page, urls), IngestConfig(), concurrency=3, host_interval_s=0.12, fetch_url=web, vet=web.vet
        )
    )
    assert sorted(page.key for page in results) == sorted(urls)
    assert all(isinstance(page, Page) and page.data and page.location == page.key + "?final" for page in results)
    assert 1 < web.most_active <= 3
    assert web.most_per_host == 1
    for starts in web.starts.values():
        gaps = [later - earlier for earlier, later in pairwise(starts)]
        assert all(gap >= 0.12 - 0.01 for gap in gaps), gaps


def test_a_slow_host_does_not_hold_up_the_others() -> None:
    web = FakeWeb(delay_s=0.01)
    urls = [f"https://slow.example.org/{n}" for n in range(4)] + ["https://fast.example.org/a"]
    started = time.monotonic()
    results = list(
        fetch_pages(map(url_page, urls), IngestConfig(), concurrency=4, host_interval_s=0.3, fetch_url=web, vet=web.vet)
    )
    assert len(results) == 5
    assert web.starts["fast.example.org"][0] - started < 0.25  # not queued behind the slow host's intervals


def test_failed_downloads_are_bad_records_and_other_items_pass_through() -> None:
    web = FakeWeb(delay_s=0.0)
    bad = BadRecord("urls.txt:3", "urls.txt:3", "not a URL")
    held = Page("/a.html", "/a.html", "file", b"<p>held</p>")
    items = [url_page("https://a.example.org/broken"), bad, held, url_page("https://b.example.org/ok")]
    results = list(fetch_pages(items, IngestConfig(), concurrency=2, host_interval_s=0.0, fetch_url=web, vet=web.vet))
    assert bad in results and held in results
    (failed,) = [item for item in results if isinstance(item, BadRecord) and item is not bad]
    assert failed.key == "https://a.example.org/broken" and "HTTP 500" in failed.reason
    (fetched,) = [item for item in results if isinstance(item, Page) and item.kind == "url"]
    assert fetched.key == "https://b.example.org/ok" and fetched.said_html and fetched.fetched_at


def test_refused_urls_take_no_download_slot_and_wait_no_interval() -> None:
    # a user trial: a list with many URLs on an intranet host waited the host's interval before each refusal
    web = FakeWeb(delay_s=0.05)
    urls = [f"https://private{n % 2}.example.org/{n}" for n in range(10)] + ["https://public.example.org/a"]
    urls += ["https://public.example.org/b", "ftp://public.example.org/c", "https://private0.example.org/late"]
    started = time.monotonic()
    results = list(
        fetch_pages(map(url_page, urls), IngestConfig(), concurrency=1, host_interval_s=0.5, fetch_url=web, vet=web.vet)
    )
    took = time.monotonic() - started
    refused = [item for item in results if isinstance(item, BadRecord)]
    assert len(refused) == 12 and all(item.key != "https://public.example.org/b" for item in refused)
    assert sum("private address" in item.reason for item in refused) == 11
    (scheme,) = [item for item in refused if item.key.startswith("ftp:")]
    assert "unsupported URL scheme" in scheme.reason
    assert set(web.starts) == {"public.example.org"}  # no refused URL was downloaded
    assert sorted(web.vetted) == ["private0.example.org", "private1.example.org", "public.example.org"]  # once each
    assert 0.5 <= took < 0.5 + 0.45  # the public host's one interval, not one per refused URL
    assert all(isinstance(item, BadRecord) for item in results[:2])  # refusals come first, not after the downloads
