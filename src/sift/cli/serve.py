"""``sift serve``: the HTTP API and web workbench (FastAPI + uvicorn)."""

from __future__ import annotations

import socket
import sys
from errno import EADDRINUSE
from typing import Annotated, Any

import typer

from sift.cli import app
from sift.cli.options import with_settings
from sift.errors import ConfigError
from sift.settings import SERVE


@app.command("serve")
@with_settings(*SERVE.values())
def serve_command(
    load_sample: Annotated[
        bool, typer.Option("--load-sample", help="Load the bundled sample fact-checks first.")
    ] = False,
    *,
    settings: dict[str, Any],
) -> None:
    """Serve the JSON API (docs at /docs) and the web workbench. Writes need SIFT_TOKEN or a named token."""
    from sift.api.settings import ServeSettings

    config = ServeSettings.from_env(**settings)
    import numpy  # noqa: F401 (loads OpenBLAS, which threadpool_limits below can only reach once loaded)
    import uvicorn
    from threadpoolctl import threadpool_limits

    from sift.api.app import create_app
    from sift.store import open_store

    with open_store(config.db) as store:
        if load_sample:
            from sift.sample import load_sample as load

            load(store)
        if config.insecure_dev and config.host not in ("127.0.0.1", "::1", "localhost"):
            print("sift: warning: --insecure-dev on a non-loopback address lets anyone write", file=sys.stderr)
        listening = _listen(config.host, config.port)  # before saying "serving": a port in use is one clear error
        print(f"sift: serving http://{config.host}:{config.port}/ (store {store.location})", file=sys.stderr)
        # One BLAS thread for the whole server: requests run in worker threads, each page's products are small
        # (see sift.cli.check), and OpenBLAS's second spinning thread per product takes the cores other requests
        # need on a small machine.
        with threadpool_limits(limits=1, user_api="blas"):
            server = uvicorn.Server(uvicorn.Config(create_app(config, store), log_level="warning"))
            server.run(sockets=[listening])


def _listen(host: str, port: int) -> socket.socket:
    """A socket listening on ``host:port``, or a one-line error naming what is wrong (uvicorn printed "serving"
    and then its own traceback-like log line when the port was taken)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family)
    except OSError as error:  # socket.gaierror for a host name that does not resolve: its strerror says so
        hint = " (another server may be running there: choose another --port)" if error.errno == EADDRINUSE else ""
        raise ConfigError(f"cannot listen on {host}:{port}: {error.strerror or error}{hint}") from None
