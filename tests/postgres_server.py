"""A throwaway PostgreSQL cluster on 127.0.0.1 for the tests (the recipe of STACK.md), and fresh databases in it."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(*command: str) -> subprocess.CompletedProcess[str]:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120, check=False)


def fresh_postgres_database(url: str) -> str:
    """A new empty database on the server at ``url`` (so each test starts from nothing)."""
    import psycopg

    name = f"sift_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + f"/{name}"


def postgres_server() -> Iterator[str]:
    """``DATABASE_URL`` when set; otherwise a throwaway cluster on 127.0.0.1 for this session."""
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    initdbs = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not initdbs:
        pytest.skip("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb) and DATABASE_URL is unset")
    bindir = Path(initdbs[-1]).parent
    folder = Path(tempfile.mkdtemp(prefix="sift-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    initdb = _as_postgres(
        str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"
    )
    if initdb.returncode:
        pytest.fail(f"initdb failed: {initdb.stderr.strip()}")
    server_options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off"
    pg_ctl, log = str(bindir / "pg_ctl"), folder / "log"
    start = _as_postgres(pg_ctl, "-D", str(data), "-l", str(log), "-w", "-t", "30", "-o", server_options, "start")
    if start.returncode:
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        pytest.fail(f"pg_ctl start failed: {start.stderr.strip()} {tail}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        _as_postgres(pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)
