"""Reproduction #9 of issue 17: a save killed at any step leaves an index that opens and finds every record.

Before, a ``kill -9`` after ``bm25/`` was removed and before ``meta.json`` was rewritten left an index that
``sift serve``, ``sift match`` and ``sift check --db`` refused to open until the folder was deleted by hand.
Each save here runs in a forked child that kills itself (SIGKILL) just before its n-th file-system step
(fsync, rename, link, removal), for every n until a save completes.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_match_support import RECORDS, HashEncoder, record

from sift.match.matcher import Matcher
from sift.store.memory import MemoryStore

#: 60 records in the main BM25; two new ones stay in the delta (DELTA_SHARE), so both kinds of save are met.
BASE = [*RECORDS, *(record(f"Claim number {n} about the harbour of town {n} and its {n} boats.") for n in range(56))]
NEW = [
    record("Zebras were painted blue for a carnival parade in Lisbon."),
    record("A glacier in Chile melted overnight after a volcano erupted."),
]
STEPS: tuple[tuple[Any, str], ...] = ((os, "fsync"), (os, "replace"), (os, "link"), (os, "unlink"), (shutil, "rmtree"))


def _save_killed_at(step: int, store: MemoryStore, folder: Path, rebuild: bool) -> None:
    """In the child: count file-system steps and SIGKILL this process just before step number ``step``."""
    seen = [0]

    def counted(call: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            seen[0] += 1
            if seen[0] == step:
                os.kill(os.getpid(), signal.SIGKILL)
            return call(*args, **kwargs)

        return wrapper

    for module, name in STEPS:
        setattr(module, name, counted(getattr(module, name)))
    Matcher.open(store, encoder=HashEncoder(), index_dir=folder).refresh(rebuild=rebuild)
    os._exit(0)


@pytest.mark.parametrize("rebuild", [False, True], ids=["delta-save", "main-rebuild"])
def test_kill_at_every_step_of_a_save_leaves_an_index_that_finds_every_record(tmp_path: Path, rebuild: bool) -> None:
    folder = tmp_path / "idx"
    store = MemoryStore(BASE)
    Matcher.open(store, encoder=HashEncoder(), index_dir=folder)
    store.add_many(NEW)
    fork = multiprocessing.get_context("fork")
    step = 0
    while True:
        step += 1
        saved = shutil.copytree(folder, tmp_path / "before", dirs_exist_ok=False)
        child = fork.Process(target=_save_killed_at, args=(step, store, folder, rebuild))
        child.start()
        child.join(timeout=120)
        killed = child.exitcode == -signal.SIGKILL
        assert killed or child.exitcode == 0, f"step {step}: exit code {child.exitcode}"
        encoder = HashEncoder()
        matcher = Matcher.open(store, encoder=encoder, index_dir=folder)
        assert len(encoder.encoded) <= len(NEW), "only the records the killed save did not keep are embedded"
        live = {i for i, alive in zip(matcher.index.ids, matcher.index.live, strict=True) if alive}
        assert live == {fc.id for _, fc in store.iter_factchecks()}, f"killed before step {step}"
        for factcheck in (*NEW, RECORDS[2]):
            assert matcher.search(factcheck.claim, k=1)[0].factcheck.id == factcheck.id, f"killed before step {step}"
        if not killed:
            break
        shutil.rmtree(folder)  # the next kill starts from the same index as this one
        saved.rename(folder)
    assert step > 10, f"a save has {step - 1} steps; the test would not cover them"
