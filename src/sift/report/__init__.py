"""Renderers of a finished Document: JSON, Markdown, self-contained HTML, and a rich terminal summary."""

from __future__ import annotations

from sift.document import Document
from sift.errors import ConfigError

__all__ = ["FORMATS", "render"]

#: File formats ``render`` produces; the terminal summary is printed by ``sift.report.terminal``.
FORMATS = ("json", "md", "html")


def render(doc: Document, fmt: str) -> str:
    """The document as ``json``, ``md`` (Markdown) or ``html`` (one self-contained file)."""
    if fmt == "json":
        return doc.to_json() + "\n"
    if fmt == "md":
        from sift.report.markdown import render_markdown

        return render_markdown(doc)
    if fmt == "html":
        from sift.report.html import render_html

        return render_html(doc)
    raise ConfigError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
