"""``sift serve``: the HTTP API and web workbench (FastAPI + uvicorn)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from sift.cli import app


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Address to bind (keep loopback unless a proxy fronts it).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8080,
    db: Annotated[str | None, typer.Option("--db", help="Store: SQLite path or postgresql:// URL.")] = None,
    read_only: Annotated[bool, typer.Option("--read-only", help="Refuse all writes (no token needed).")] = False,
    insecure_dev: Annotated[
        bool, typer.Option("--insecure-dev", help="Allow writes without a token (dev only).")
    ] = False,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Let /api/check fetch private URLs.")] = False,
    max_body_mb: Annotated[float, typer.Option("--max-body-mb", min=0.01, help="Largest request body, in MB.")] = 20.0,
    fetch_timeout: Annotated[
        float, typer.Option("--fetch-timeout", min=0.1, help="URL fetch timeout, seconds.")
    ] = 10.0,
    load_sample: Annotated[
        bool, typer.Option("--load-sample", help="Load the bundled sample fact-checks first.")
    ] = False,
) -> None:
    """Serve the JSON API (docs at /docs) and the web workbench. Writes need SIFT_TOKEN as a bearer token."""
    from sift.api.settings import ServeSettings

    settings = ServeSettings.from_env(
        host=host,
        port=port,
        db=db,
        read_only=read_only,
        insecure_dev=insecure_dev,
        allow_private=allow_private,
        max_body_bytes=int(max_body_mb * 1_000_000),
        fetch_timeout_s=fetch_timeout,
    )
    import uvicorn

    from sift.api.app import create_app
    from sift.store import open_store

    with open_store(settings.db) as store:
        if load_sample:
            from sift.sample import load_sample as load

            load(store)
        if insecure_dev and host not in ("127.0.0.1", "::1", "localhost"):
            print("sift: warning: --insecure-dev on a non-loopback address lets anyone write", file=sys.stderr)
        print(f"sift: serving http://{host}:{port}/ (store {store.location})", file=sys.stderr)
        uvicorn.run(create_app(settings, store), host=host, port=port, log_level="warning")
