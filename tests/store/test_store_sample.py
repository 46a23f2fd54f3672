"""The bundled sample loads into a fresh store, once, with every record valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from sift import sample
from sift.errors import InputError
from sift.factchecks.record import VERDICTS
from sift.store import open_store


def test_sample_loads_cleanly_once(tmp_path: Path) -> None:
    lines = [line for line in sample.sample_path().read_text(encoding="utf-8").splitlines() if line.strip()]
    with open_store(str(tmp_path / "sift.db")) as store:
        first = sample.load_sample(store)
        assert (first.imported, first.rejected, first.reasons) == (len(lines), 0, [])
        second = sample.load_sample(store)
        assert (second.imported, second.duplicate) == (0, len(lines))
        assert all(record.verdict in VERDICTS for _, record in store.iter_factchecks())


def test_missing_sample_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sample, "sample_path", lambda: tmp_path / "gone.jsonl")
    with open_store(str(tmp_path / "sift.db")) as store, pytest.raises(InputError, match="missing: reinstall sift"):
        sample.load_sample(store)
