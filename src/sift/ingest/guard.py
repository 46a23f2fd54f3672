"""SSRF guard: refuse URLs whose host is, or resolves to, a private, loopback or link-local address.

Checked before every connection (first request and each redirect hop) so a public page cannot point
sift at a cloud metadata service or an intranet. Odd IPv4 spellings (``2130706433``, ``0x7f.1``,
``127.1``) are parsed the way ``inet_aton`` and browsers parse them, so they cannot slip past as names.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from urllib.parse import unquote

from sift.errors import FetchError

__all__ = [
    "ALLOWED_SCHEMES",
    "Resolver",
    "blocked_reason",
    "check_url",
    "is_blocked_address",
    "parse_ip_literal",
    "split_url",
    "vetted_addresses",
]

ALLOWED_SCHEMES = ("http", "https")

#: ``socket.getaddrinfo``-shaped: ``resolve(host, port)`` → tuples whose item 4 is ``(address, port, ...)``.
Resolver = Callable[[str, int], Iterable[Sequence[Any]]]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: NAT64 prefixes (RFC 6052 well-known, RFC 8215 local-use) that embed an IPv4 address in the last 32 bits.
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
#: An ASCII (IDNA-encoded) host name, as it reaches the resolver.
_HOST_NAME = re.compile(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)*")
#: One part of an inet_aton IPv4 literal: hex (``0x7f``, ``0x``), octal (``0177``, ``0``) or decimal.
_INET_PART = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")


def parse_ip_literal(host: str) -> IPAddress | None:
    """The address a host string spells (IPv6, dotted quad or inet_aton form), or None for a name."""
    host = host.strip("[]")
    if ":" in host:
        try:
            return ipaddress.IPv6Address(unquote(host))
        except ValueError:
            return None
    parts = host.removesuffix(".").split(".")
    if not 1 <= len(parts) <= 4 or not all(_INET_PART.fullmatch(part) for part in parts):
        return None
    numbers = [_int_part(part) for part in parts]
    *head, last = numbers
    if any(number > 255 for number in head) or last >= 256 ** (4 - len(head)):
        return None
    value = last
    for index, number in enumerate(head):
        value += number << (8 * (3 - index))
    return ipaddress.IPv4Address(value)


def _int_part(part: str) -> int:
    """Value of one inet_aton part: ``0x`` is hex (``0x`` alone is 0), a leading ``0`` octal, else decimal."""
    if part[:2].lower() == "0x":
        return int(part[2:] or "0", 16)
    return int(part, 8) if part.startswith("0") else int(part)


def blocked_reason(address: IPAddress) -> str | None:
    """Why connecting to ``address`` is refused by default (e.g. ``"loopback"``), or None if it is public."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or _nat64_embedded(address)
        if embedded is not None:
            reason = blocked_reason(embedded)
            return f"{reason} (embedded in {address.compressed})" if reason else None
        if address.is_site_local:
            return "site-local"
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("non-public", not address.is_global),
    )
    return next((name for name, hit in checks if hit), None)


def _nat64_embedded(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address a NAT64 address translates to, if it is one."""
    if any(address in network for network in _NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_blocked_address(ip: str) -> bool:
    """Whether the guard refuses ``ip`` unless private addresses are allowed.

    Args:
        ip: an IPv4 or IPv6 address in any spelling ``inet_aton`` accepts (``127.0.0.1``, ``0x7f.1``,
            ``2130706433``, ``::ffff:127.0.0.1``, ``[fe80::1%eth0]``).

    Returns:
        True for private, loopback, link-local, reserved, multicast and unspecified addresses, and for
        IPv4-mapped, 6to4 and NAT64 forms of them; False for public addresses.

    Raises:
        ValueError: ``ip`` is not an IP address.
    """
    address = parse_ip_literal(ip.strip())
    if address is None:
        raise ValueError(f"not an IP address: {ip!r}")
    return blocked_reason(address) is not None


def _refusal(host: str, address: IPAddress, reason: str) -> FetchError:
    shown = host if host == address.compressed else f"{host} ({address.compressed})"
    return FetchError(
        f"refused to fetch from {shown}: it is a {reason} address; sift only fetches public addresses "
        "(set allow_private=True / --allow-private to fetch from your own network)"
    )


def split_url(url: str) -> tuple[str, int]:
    """Host (ASCII, lower case, no trailing dot) and port of an http(s) URL; FetchError otherwise (no lookup)."""
    import httpx  # here, not at import: a file or stdin check never loads it

    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as error:
        raise FetchError(f"not a valid URL: {url!r} ({error})") from None
    if parsed.scheme not in ALLOWED_SCHEMES:
        raise FetchError(f"unsupported URL scheme {parsed.scheme or '(none)'!r} in {url!r}; use an http(s) URL")
    host = parsed.raw_host.decode("ascii").lower().rstrip(".")
    if not host:
        raise FetchError(f"URL has no host: {url!r}; use a full URL such as https://example.org/page")
    if not _HOST_NAME.fullmatch(host) and parse_ip_literal(host) is None:
        raise FetchError(f"not a valid URL: {url!r} (bad host name {host!r})")
    return host, parsed.port or (443 if parsed.scheme == "https" else 80)


def vetted_addresses(host: str, port: int, *, allow_private: bool, resolve: Resolver) -> list[str]:
    """The addresses ``host`` resolves to, after refusing the lot if any one of them is blocked.

    Raises:
        FetchError: the host is blocked, does not resolve, or resolves to a blocked address.
    """
    literal = parse_ip_literal(host)
    if literal is not None:
        reason = None if allow_private else blocked_reason(literal)
        if reason:
            raise _refusal(host, literal, reason)
        return [literal.compressed]
    if not allow_private and (host == "localhost" or host.endswith(".localhost")):
        raise FetchError(
            f"refused to fetch from {host}: it names this machine; sift only fetches public addresses "
            "(set allow_private=True / --allow-private to fetch from your own network)"
        )
    try:
        infos = list(resolve(host, port))
    except (OSError, UnicodeError) as error:
        raise FetchError(f"cannot resolve host {host!r} ({error}); check the URL and your DNS") from None
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(f"host {host!r} resolved to no address; check the URL")
    for text in addresses:
        address = parse_ip_literal(text)
        if address is None:
            raise FetchError(f"resolver returned {text!r} for {host!r}, which is not an IP address")
        reason = None if allow_private else blocked_reason(address)
        if reason:
            raise _refusal(host, address, reason)
    return addresses


def check_url(url: str, *, allow_private: bool = False, resolve: Resolver = socket.getaddrinfo) -> None:
    """Refuse a URL sift must not fetch, before any connection is opened.

    Args:
        url: the URL to check.
        allow_private: accept private, loopback and link-local hosts (a deliberate opt-in).
        resolve: ``socket.getaddrinfo``-shaped resolver; tests inject a fake one.

    Raises:
        FetchError: not an http(s) URL, no host, the host does not resolve, or any address it resolves
            to is private, loopback, link-local, reserved, multicast or unspecified.
    """
    host, port = split_url(url)
    vetted_addresses(host, port, allow_private=allow_private, resolve=resolve)
