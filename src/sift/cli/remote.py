"""``sift check --server URL``: the check runs on a running ``sift serve``, whose models are already loaded.

A fresh ``sift check`` spends seconds loading models before it reads a word; a server has them in memory. The
page is read here (a file or stdin, under the same size cap) and sent to ``POST /api/check``; a URL is sent as
is and fetched by the server, under the server's own rules. The reply is the ``sift/1`` document, rendered here.
The server stores the page only for a reviewer (or higher) token: ``SIFT_TOKEN`` is sent as the bearer token
when it is set; without it the page is analysed and not stored. A stored page comes back as ``201 Created`` with its
``Location`` (``/api/documents/ID``), and the CLI says under which id.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sift.document import Document
from sift.errors import ConfigError, FetchError, InputError

__all__ = ["RemoteCheck", "check_on_server"]

#: Seconds to connect to the server, and to wait for a check (a queued check on a busy server takes a while).
CONNECT_TIMEOUT_S = 5.0
CHECK_TIMEOUT_S = 300.0


@dataclass(frozen=True, slots=True)
class RemoteCheck:
    """A check the server ran: its document, and the id the server stored it under (``None``: not stored)."""

    doc: Document
    stored_id: str | None
    #: the page of the stored document in the server's web UI
    stored_url: str | None


def check_on_server(server: str, source: str, *, max_bytes: int) -> RemoteCheck:
    """Analyse ``source`` (path, URL, ``-``, or text) on the sift server at ``server``.

    Raises:
        ConfigError: the server address is not an http(s) URL, or no sift server answers there.
        InputError: the page cannot be read here, or the server refused it (its problem detail).
        FetchError: the server could not fetch a URL.
    """
    import httpx

    from sift.ingest import guess_kind
    from sift.ingest.read import read_file, read_stream

    base = server.rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise ConfigError(f"--server {server!r} is not an http(s) URL; give e.g. http://127.0.0.1:8080")
    kind = guess_kind(source)
    request: dict[str, object]
    if kind == "url":
        request = {"json": {"url": source.strip()}}
    elif kind == "text":
        request = {"json": {"text": source}}
    else:
        path = Path(source.strip()).expanduser()
        data = read_stream(sys.stdin.buffer, max_bytes) if kind == "stdin" else read_file(path, max_bytes)
        request = {"files": {"file": (path.name if kind == "file" else "stdin", data)}}
    token = os.environ.get("SIFT_TOKEN", "").strip()
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    timeout = httpx.Timeout(CHECK_TIMEOUT_S, connect=CONNECT_TIMEOUT_S)
    try:
        response = httpx.post(  # type: ignore[call-overload]
            f"{base}/api/check", timeout=timeout, trust_env=False, headers=headers, **request
        )
    except httpx.TimeoutException:
        raise ConfigError(
            f"the sift server at {base} did not answer within {CHECK_TIMEOUT_S:g} s; is it busy?"
        ) from None
    except httpx.HTTPError as error:
        raise ConfigError(f"cannot reach a sift server at {base} ({error}); is `sift serve` running there?") from None
    if response.status_code in (200, 201):
        try:
            doc = Document.from_dict(response.json())
        except ValueError:
            raise ConfigError(
                f"{base} answered with something other than a sift document; is it a sift server?"
            ) from None
        stored_id = _stored_id(response) if response.status_code == 201 else None
        return RemoteCheck(doc, stored_id, None if stored_id is None else f"{base}/documents/{stored_id}")
    detail = _problem_detail(response)
    if response.status_code == 404:
        raise ConfigError(f"{base} has no /api/check; is it a sift server?")
    if response.status_code == 401:
        raise ConfigError(f"the sift server at {base} does not accept SIFT_TOKEN: {detail}")
    if "fetch" in detail.lower() or "refused" in detail.lower():
        raise FetchError(f"the server: {detail}")
    raise InputError(f"the server refused the page (HTTP {response.status_code}): {detail}")


def _problem_detail(response: object) -> str:
    """The ``detail`` of an RFC 9457 problem, or the start of whatever the server said."""
    try:
        body = response.json()  # type: ignore[attr-defined]
        return str(body.get("detail") or body.get("title") or body)
    except (ValueError, AttributeError):
        return response.text[:200].strip() or "no reason given"  # type: ignore[attr-defined,no-any-return]


def _stored_id(response: object) -> str | None:
    """The id in a ``201``'s ``Location: /api/documents/ID`` (``None`` when the server named none)."""
    location = str(response.headers.get("location") or "")  # type: ignore[attr-defined]
    _, found, stored_id = location.rstrip("/").rpartition("/documents/")
    return stored_id if found and stored_id and "/" not in stored_id else None
