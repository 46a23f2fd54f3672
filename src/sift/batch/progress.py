"""What a batch run shows while it works: a progress bar with pages/s and ETA on a terminal, failures as lines.

Failures are printed as they happen (the first :data:`MAX_FAILURE_LINES`, then a pointer to
``sift documents failures``), above the bar, on stderr; stdout stays free for ``--json``.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

__all__ = ["MAX_FAILURE_LINES", "Progress"]

#: Failure lines printed during a run; the store keeps every one (``sift documents failures``).
MAX_FAILURE_LINES = 20


class Progress:
    """Progress of a batch run on ``stream``: a live bar when it is a terminal and ``bar`` is on, lines otherwise.

    Args:
        bar: draw the bar (only when ``stream`` is a terminal).
        stream: where everything goes (stderr).
    """

    def __init__(self, *, bar: bool = True, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.failures = 0
        self._bar: Any = None
        self._task: Any = None
        self._done = 0
        self._started = time.perf_counter()
        self._show_bar = bar and self.stream.isatty()

    def start(self, total: int | None) -> None:
        """Begin the bar; ``total`` pages when the inputs could count them, else a bar without an end."""
        self._started = time.perf_counter()
        if not self._show_bar:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(
            TextColumn("sift batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} pages/s"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(file=self.stream),
            transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task("pages", total=total, rate="-")

    def advance(self, pages: int = 1) -> None:
        """Count pages done (analysed, skipped or failed)."""
        self._done += pages
        if self._bar is not None:
            rate = self._done / max(time.perf_counter() - self._started, 1e-9)
            self._bar.update(self._task, advance=pages, rate=f"{rate:.1f}")

    def failed(self, key: str, reason: str) -> None:
        """Say that a page failed (the first few in full)."""
        self.failures += 1
        if self.failures <= MAX_FAILURE_LINES:
            self._print(f"sift: failed: {reason if reason.startswith(key) else f'{key}: {reason}'}")
        elif self.failures == MAX_FAILURE_LINES + 1:
            self._print("sift: more pages failed; `sift documents failures` lists them all")

    def note(self, text: str) -> None:
        """Say something the user should know about the whole run (before the bar starts)."""
        self._print(f"sift: note: {text}")

    def _print(self, line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=self.stream, flush=True)

    def close(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
