"""Self-contained HTML report: one file, inline CSS, no script, every user string escaped by Jinja2."""

from __future__ import annotations

import jinja2

from sift.document import Document
from sift.report.view import build_view

__all__ = ["render_html", "template_environment"]


def template_environment() -> jinja2.Environment:
    """A Jinja2 environment for the report templates (autoescape on; the web UI builds its own with both loaders)."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("sift.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render_html(doc: Document) -> str:
    """The whole report as one HTML page."""
    template = template_environment().get_template("report.html")
    return template.render(view=build_view(doc), standalone=True)
