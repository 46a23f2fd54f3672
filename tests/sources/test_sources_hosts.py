"""Hosts as people write them: schemes, www., paths, ports, IDNA, and what is not a host."""

from __future__ import annotations

import pytest

from sift.sources.hosts import host_of_url, looks_like_host, normalise_host, parent_hosts


@pytest.mark.parametrize(
    ("written", "host"),
    [
        ("rt.com", "rt.com"),
        ("https://www.RT.com/news/123?x=1#top", "rt.com"),
        ("http://fr.sputniknews.com/", "fr.sputniknews.com"),
        ("www.bbc.co.uk", "bbc.co.uk"),
        ("m.ria.ru:443/amp", "ria.ru"),
        ("amp.theguardian.com", "theguardian.com"),
        ("www.com", "www.com"),  # two labels: the prefix is the name, not a mirror
        ("президент.рф", "xn--d1abbgf6aiiy.xn--p1ai"),
        ("news.cn.", "news.cn"),
    ],
)
def test_normalise_host(written: str, host: str) -> None:
    assert normalise_host(written) == host


@pytest.mark.parametrize("written", ["", "   ", "localhost", "127.0.0.1", "http://", "Sputnik", "a..b", "-x-.com"])
def test_not_a_host(written: str) -> None:
    assert normalise_host(written) is None


def test_parent_hosts_stop_at_two_labels() -> None:
    assert list(parent_hosts("a.b.sputniknews.com")) == ["a.b.sputniknews.com", "b.sputniknews.com", "sputniknews.com"]


@pytest.mark.parametrize(
    ("text", "is_host"),
    [("Lenta.ru", True), ("https://de.rt.com/x", True), ("RT", False), ("Sputnik France", False), ("U.S.", False)],
)
def test_looks_like_host(text: str, is_host: bool) -> None:
    assert looks_like_host(text) is is_host


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.RT.com:443/news?x=1", "rt.com"),
        ("http://user@fr.sputniknews.com/a", "fr.sputniknews.com"),
        ("rt.com/news", "rt.com"),
        ("https://[::1]/x", None),
        ("not a url", None),
    ],
)
def test_host_of_url_agrees_with_normalise_host(url: str, host: str | None) -> None:
    assert host_of_url(url) == host
