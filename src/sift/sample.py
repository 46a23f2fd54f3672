"""The bundled sample fact-checks: loaded by ``make demo``, the tests and the web app (like datasette's fixtures).

The data file is written and documented separately (``resources/factchecks-sample.jsonl`` and its SOURCE note).
"""

from __future__ import annotations

from pathlib import Path

from sift.errors import InputError
from sift.factchecks.record import ImportSummary
from sift.store.base import Store

__all__ = ["load_sample", "sample_path"]


def sample_path() -> Path:
    """Where the bundled sample JSONL lives (one ``FactCheck.to_dict()`` per line)."""
    return Path(__file__).resolve().parent / "resources" / "factchecks-sample.jsonl"


def load_sample(store: Store) -> ImportSummary:
    """Import the bundled sample into ``store``; loading it twice adds nothing.

    Raises:
        InputError: the sample file is missing from this installation.
        StoreError: the store refused the write.
    """
    from sift.store.imports import import_path

    path = sample_path()
    if not path.is_file():
        raise InputError(f"the bundled sample {path} is missing: reinstall sift")
    return import_path(store, path)
