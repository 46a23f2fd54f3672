"""Import a file into a store: the readers parse it (fact-checks, a team's outlets), the store writes it in one
transaction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sift.factchecks.importers import read_factchecks
from sift.factchecks.record import FactCheck, ImportSummary
from sift.sources.profile import TeamOutlet
from sift.sources.team import read_outlets
from sift.store.base import Store

__all__ = ["import_outlets", "import_path"]


def import_path(store: Store, path: str | Path, *, label: str | None = None) -> ImportSummary:
    """Import one file into ``store`` in one transaction.

    Args:
        store: an open, writable store.
        path: the file; its format is recognised from its content.
        label: how the summary and messages name the file (default: the path), e.g. an upload's name.

    Returns:
        Counts imported / updated (a stored record corrected) / duplicate / rejected, with the first rejection
        reasons.

    Raises:
        InputError: the file as a whole is unusable (nothing from it is written).
        StoreError: the store refused the write (nothing from it is written).
    """
    summary = ImportSummary(source=label or str(path))

    def accepted() -> Iterator[FactCheck]:
        for item in read_factchecks(Path(path), summary.source):
            if isinstance(item, str):
                summary.reject(item)
            else:
                yield item

    stored = store.add_factchecks(accepted())
    summary.imported, summary.updated, summary.duplicate = stored.imported, stored.updated, stored.duplicate
    return summary


def import_outlets(store: Store, path: Path, *, label: str | None = None) -> ImportSummary:
    """Read a team's outlet CSV and store its good rows in one transaction (bad rows are reported and skipped).

    Returns:
        ``imported`` rows written, of which ``duplicate`` replaced an outlet stored before; rejected rows
        with their reasons.

    Raises:
        InputError: the file as a whole is unusable (nothing from it is written).
        StoreError: the store refused the write (nothing from it is written).
    """
    summary = ImportSummary(source=label or str(path))
    outlets: list[TeamOutlet] = []
    for item in read_outlets(path, summary.source):
        if isinstance(item, str):
            summary.reject(item)
        else:
            outlets.append(item)
    stored = store.add_outlets(outlets)
    summary.imported, summary.duplicate = stored.imported, stored.duplicate
    return summary
