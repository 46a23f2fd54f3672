"""sift: a multilingual news verification workbench.

``sift.check(page)`` reads a page (path, URL, ``-`` for stdin, or the text itself) and returns a
:class:`Document` with its body, languages, sentences, check-worthy claims, attributions and
matching fact-checks.
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from sift.document import Document
from sift.pipeline import Pipeline

if TYPE_CHECKING:
    from sift.store import Store

__all__ = ["Document", "Pipeline", "__version__", "check", "open_store"]

try:
    __version__ = version("sift")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def check(source_or_text: str | bytes, *, kind: str | None = None, pipeline: Pipeline | None = None) -> Document:
    """Analyse one page end to end.

    Args:
        source_or_text: a file path, an ``http(s)://`` URL, ``"-"`` for stdin, or the page itself
            (``str`` text/HTML or ``bytes``).
        kind: force how ``source_or_text`` is read: ``"file"``, ``"url"``, ``"stdin"`` or ``"text"``;
            by default it is guessed (URL scheme, ``-``, an existing path, otherwise text).
        pipeline: a :class:`Pipeline` to reuse; models load once per pipeline, so pass one when
            checking many pages.

    Returns:
        The analysed :class:`Document`.

    Raises:
        sift.errors.InputError: unreadable, empty, binary or oversized input.
        sift.errors.FetchError: a URL was refused or could not be fetched.
    """
    from sift.ingest import load

    pipeline = pipeline if pipeline is not None else Pipeline()
    return pipeline(load(source_or_text, kind=kind))


def open_store(location: str | None = None, **options: Any) -> Store:
    """Open the fact-check and document store (SQLite path, ``postgresql://`` URL, or the default file)."""
    from sift.store import open_store as _open_store

    return _open_store(location, **options)
