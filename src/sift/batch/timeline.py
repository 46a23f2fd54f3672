"""When a batch run's start-up steps happened, in each process that took them (``bench/batch.py`` reads them).

Each process keeps the wall-clock time (``time.time()``, comparable between processes) of the first time each
named step happened in it: the client (store open, cluster up, first chunk sent …), the forkserver (models
loaded, warm-up pages …; its workers inherit these when they fork) and each worker (its Workbench built). A step
noted again keeps its first time, so a long run keeps as many entries as there are step names; :func:`reset`
starts over (a new run in the same process).
"""

from __future__ import annotations

import time

__all__ = ["events", "note", "reset"]

_events: dict[str, float] = {}


def note(step: str) -> None:
    """Note that ``step`` happened now, unless it happened before (since the last :func:`reset`)."""
    _events.setdefault(step, time.time())


def events() -> dict[str, float]:
    """The steps noted in this process and when (seconds since the epoch), in the order they happened."""
    return dict(_events)


def reset() -> None:
    """Forget the steps noted so far (a new run starts)."""
    _events.clear()
