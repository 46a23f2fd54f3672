"""``python -m sift serve`` on 127.0.0.1 and a free port, for tests that need a real server (datasette's pattern)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest


def find_free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_server(process: subprocess.Popen[bytes], url: str, timeout_s: float = 300.0) -> None:
    """Poll ``url`` until it answers; fail with the server's output if it dies or never answers."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode(errors="replace") if process.stdout else ""
            pytest.fail(f"sift serve exited with {process.returncode}:\n{output}")
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    pytest.fail(f"sift serve did not answer {url} within {timeout_s} s")


@contextmanager
def sift_server(*args: str, env: dict[str, str] | None = None) -> Iterator[str]:
    """Run ``sift serve ARGS`` on 127.0.0.1; yields its base URL and always stops it (terminate, then kill)."""
    port = find_free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sift", "serve", "--host", "127.0.0.1", "--port", str(port), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(process, f"{base}/healthz")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
