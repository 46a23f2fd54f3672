"""SSRF guard: address classification, odd IPv4 spellings, and URL checks that never touch the network."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import pytest

from sift.errors import FetchError
from sift.ingest import check_url, is_blocked_address
from sift.ingest.guard import parse_ip_literal

Resolver = Callable[[str, int], list[tuple[Any, ...]]]


def resolver_to(*addresses: str) -> Resolver:
    """A fake getaddrinfo answering every host with ``addresses``."""

    def resolve(host: str, port: int) -> list[tuple[Any, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)) for address in addresses]

    return resolve


def no_resolver(host: str, port: int) -> list[tuple[Any, ...]]:
    raise AssertionError(f"resolver called for {host!r}; literals and localhost must not be looked up")


@pytest.mark.parametrize(
    "ip",
    [
        "127.0.0.1",
        "127.255.255.254",
        "::1",
        "2130706433",
        "0x7f.1",
        "0x7f000001",
        "017700000001",
        "0177.0.0.1",
        "127.1",
        "127.0.1",
        "0",
        "0.0.0.0",
        "::",
        "169.254.169.254",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "100.64.0.1",
        "fe80::1",
        "fe80::1%eth0",
        "[fe80::1%25eth0]",
        "fc00::1",
        "fec0::1",
        "::ffff:127.0.0.1",
        "::ffff:7f00:1",
        "::ffff:169.254.169.254",
        "2002:7f00:1::",
        "2002:a9fe:a9fe::1",
        "64:ff9b::7f00:1",
        "64:ff9b::a9fe:a9fe",
        "64:ff9b:1::a00:1",
        "224.0.0.1",
        "ff02::1",
        "240.0.0.1",
        "255.255.255.255",
        "192.0.2.1",
        "2001:db8::1",
    ],
)
def test_blocked_addresses(ip: str) -> None:
    assert is_blocked_address(ip)


@pytest.mark.parametrize(
    "ip", ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"]
)
def test_public_addresses(ip: str) -> None:
    assert not is_blocked_address(ip)


def test_not_an_address() -> None:
    with pytest.raises(ValueError, match="not an IP address"):
        is_blocked_address("example.org")


@pytest.mark.parametrize(
    ("spelling", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("10.1.258", "10.1.1.2"),
        ("0x0a.0.0.1.", "10.0.0.1"),
        ("3627734695", "216.58.214.167"),
    ],
)
def test_inet_aton_spellings(spelling: str, address: str) -> None:
    parsed = parse_ip_literal(spelling)
    assert parsed is not None and str(parsed) == address


@pytest.mark.parametrize(
    "name", ["example.org", "1.2.3.4.5", "256.1.1.1", "08.1.1.1", "1.2.3.256", "4294967296", "a.1"]
)
def test_names_are_not_literals(name: str) -> None:
    assert parse_ip_literal(name) is None


@pytest.mark.parametrize(
    "url",
    [  # the brief's list goes through load() in test_ingest_fetch.py; these are further spellings
        "http://LOCALHOST./admin",
        "http://api.localhost:8080/",
        "http://[fe80::1%25eth0]/",
        "http://[::ffff:7f00:1]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://0.0.0.0:8000/",
        "https://user:pw@127.0.0.1:8443/x",
    ],
)
def test_check_url_refuses_private_hosts_without_lookup(url: str) -> None:
    with pytest.raises(FetchError, match=r"refused to fetch from .*allow_private"):
        check_url(url, resolve=no_resolver)


def test_check_url_allow_private() -> None:
    check_url("http://127.0.0.1:8000/", allow_private=True, resolve=no_resolver)
    check_url("http://intranet.example/", allow_private=True, resolve=resolver_to("10.1.2.3"))


def test_check_url_resolves_names() -> None:
    check_url("https://news.example/a", resolve=resolver_to("93.184.216.34"))
    with pytest.raises(FetchError, match=r"news\.example \(10\.0\.0\.7\): it is a private address"):
        check_url("https://news.example/a", resolve=resolver_to("10.0.0.7"))


def test_any_blocked_address_refuses() -> None:
    with pytest.raises(FetchError, match=r"169\.254\.169\.254"):
        check_url("https://mixed.example/", resolve=resolver_to("93.184.216.34", "169.254.169.254"))


def test_resolution_failure() -> None:
    def fail(host: str, port: int) -> list[tuple[Any, ...]]:
        raise socket.gaierror(-2, "Name or service not known")

    with pytest.raises(FetchError, match=r"cannot resolve host 'nowhere\.example'"):
        check_url("https://nowhere.example/", resolve=fail)
    with pytest.raises(FetchError, match="resolved to no address"):
        check_url("https://empty.example/", resolve=resolver_to())


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/x", "unsupported URL scheme 'ftp'"),
        ("file:///etc/passwd", "unsupported URL scheme 'file'"),
        ("javascript:alert(1)", "unsupported URL scheme 'javascript'"),
        ("gopher://127.0.0.1:6379/_", "unsupported URL scheme 'gopher'"),
        ("http:///nohost", "URL has no host"),
        ("http://exa mple.org/", "not a valid URL"),
        ("http://0177.0.0.1/", "not a valid URL"),  # httpx refuses zero-padded dotted quads outright
    ],
)
def test_check_url_refuses_bad_urls(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        check_url(url, resolve=no_resolver)
