"""sift: a multilingual news verification workbench.

``sift.check(page)`` reads a page (path, URL, ``-`` for stdin, or the text itself) and returns a
:class:`Document` with its body, languages, sentences, check-worthy claims, attributions and
matching fact-checks.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from sift.document import Document
from sift.pipeline import Pipeline
from sift.workbench import Workbench

if TYPE_CHECKING:
    from sift.match.index import FactCheckSource
    from sift.store import Store

__all__ = ["Document", "Pipeline", "Workbench", "__version__", "check", "open_store"]


def __getattr__(name: str) -> str:
    """``sift.__version__``, read from the installed metadata when first asked (a scan of 50 ms every start)."""
    if name != "__version__":
        raise AttributeError(f"module 'sift' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("sift")
    except PackageNotFoundError:  # running from a source tree without installation
        found = "0.0.0"
    globals()["__version__"] = found
    return found


logging.getLogger(__name__).addHandler(logging.NullHandler())


def check(
    source_or_text: str | bytes,
    *,
    kind: str | None = None,
    store: FactCheckSource | None = None,
    pipeline: Pipeline | None = None,
    workbench: Workbench | None = None,
) -> Document:
    """Analyse one page end to end (through a :class:`Workbench`, as the CLI and the server do).

    Args:
        source_or_text: a file path, an ``http(s)://`` URL, ``"-"`` for stdin, or the page itself
            (``str`` text/HTML or ``bytes``).
        kind: force how ``source_or_text`` is read: ``"file"``, ``"url"``, ``"stdin"`` or ``"text"``;
            by default it is guessed (URL scheme, ``-``, an existing path, otherwise text).
        store: an open store (:func:`open_store`) whose fact-checks the ``match`` stage searches; without
            one, ``matches`` stays empty.
        pipeline: a :class:`Pipeline` to reuse; models load once per pipeline, so pass one when
            checking many pages.
        workbench: a :class:`Workbench` to reuse (pipeline, store and matcher built once): the fast way to
            check many pages against a store; ``store`` and ``pipeline`` are then ignored.

    Returns:
        The analysed :class:`Document`.

    Raises:
        sift.errors.InputError: unreadable, empty, binary or oversized input.
        sift.errors.FetchError: a URL was refused or could not be fetched.
        sift.errors.StoreError: the matcher's index beside ``store`` cannot be read or written.
    """
    bench = workbench if workbench is not None else Workbench(store, pipeline=pipeline)
    return bench.check(source_or_text, kind=kind)


def open_store(location: str | None = None, **options: Any) -> Store:
    """Open the fact-check and document store (SQLite path, ``postgresql://`` URL, or the default file)."""
    from sift.store import open_store as _open_store

    return _open_store(location, **options)
