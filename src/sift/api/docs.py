"""``/docs``: the OpenAPI reference, served from local files only (no CDN) and without inline script.

FastAPI's built-in page pulls Swagger UI from a CDN and boots it with an inline script; offline it is blank.
When the ``fastapi-offline`` package is installed, the Swagger UI files in it are served under ``/docs/assets``
and a static script starts the UI. Without it, ``/docs`` lists the endpoints server-side from the same schema.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

__all__ = ["install_docs"]

ASSETS_URL = "/docs/assets"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def _swagger_ui_dir() -> str | None:
    """Swagger UI 5 (OpenAPI 3.1) as shipped inside the ``fastapi-offline`` wheel; only its files are used."""
    try:
        import fastapi_offline  # type: ignore[import-untyped]
    except ModuleNotFoundError:
        return None
    return str(Path(fastapi_offline.__file__).with_name("static"))


def _operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation of the schema as method, path, summary and parameter names, in path order."""
    operations = []
    for path, item in schema.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                spec = item[method]
                operations.append(
                    {
                        "method": method.upper(),
                        "path": path,
                        "summary": spec.get("summary", ""),
                        "description": spec.get("description", ""),
                        "parameters": [p["name"] for p in spec.get("parameters", [])],
                    }
                )
    return operations


def install_docs(app: FastAPI, env: jinja2.Environment) -> None:
    """Add ``/docs`` (and its assets when Swagger UI is installed) to an app built with ``docs_url=None``."""
    assets = _swagger_ui_dir()
    if assets is not None:
        app.mount(ASSETS_URL, StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        if assets is not None:
            return HTMLResponse(env.get_template("docs.html").render(assets=ASSETS_URL))
        return HTMLResponse(env.get_template("api.html").render(operations=_operations(app.openapi())))
