"""The hand-made cross-language training set: train tweets only, three languages, merged by its script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "train" / "data" / "crosslingual-train.jsonl"
SCRIPT = ROOT / "train" / "data" / "add_translations.py"
TWO_A = Path("claim-matching") / "checkthat2022-2a"


def _ids(path: Path) -> set[str]:
    return {line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _rows(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_translation_has_three_languages_that_differ() -> None:
    rows = _rows(TRANSLATIONS)
    assert len(rows) >= 150
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        texts = [row[lang] for lang in ("fr", "de", "es")]
        assert all(text.strip() for text in texts), row["id"]
        assert len(set(texts)) == 3, row["id"]  # a copied line would teach the model nothing about translation


@pytest.mark.shared_data
def test_translations_come_from_the_train_split_only(shared_data: Path) -> None:
    ids = {row["id"] for row in _rows(TRANSLATIONS)}
    assert ids <= _ids(shared_data / TWO_A / "queries-train.tsv")
    assert not ids & _ids(shared_data / TWO_A / "queries-dev.tsv")  # dev is what bench/match_levels.py reports


def _merge(tmp_path: Path, batch: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "queries-train.tsv").write_text("tweet-sno-1\tA claim\ntweet-sno-2\tAnother\n", encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text(batch, encoding="utf-8")
    command = [sys.executable, str(SCRIPT), str(tmp_path / "batch.jsonl"), "--data", str(tmp_path)]
    return subprocess.run([*command, "--out", str(tmp_path / "out.jsonl")], capture_output=True, text=True, check=False)


def test_merging_refuses_a_tweet_outside_the_train_split(tmp_path: Path) -> None:
    done = _merge(tmp_path, '{"id": "tweet-sno-999", "fr": "a", "de": "b", "es": "c"}\n')
    assert done.returncode == 2 and "not a 2A train query" in done.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_merging_refuses_a_missing_language_and_orders_by_tweet(tmp_path: Path) -> None:
    assert _merge(tmp_path, '{"id": "tweet-sno-1", "fr": "a", "de": "b"}\n').returncode == 2
    done = _merge(
        tmp_path,
        '{"id": "tweet-sno-2", "fr": "a", "de": "b", "es": "c"}\n'
        '{"id": "tweet-sno-1", "fr": "d", "de": "e", "es": "f"}\n',
    )
    assert done.returncode == 0, done.stderr
    assert [row["id"] for row in _rows(tmp_path / "out.jsonl")] == ["tweet-sno-1", "tweet-sno-2"]
