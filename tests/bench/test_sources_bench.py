"""bench/sources.py scores the real-page outlets: names, mentions as written, and descriptions apart."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from sift.sources import Profile, SourceTable

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_sources", REPO / "bench" / "sources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_descriptions_are_scored_apart_and_must_find_nothing(bench: ModuleType, tmp_path: Path) -> None:
    table = SourceTable.from_profiles(
        [
            Profile(name="Reuters", domains=("reuters.com",)),
            Profile(name="Nachrichtenagentur", domains=("nachrichtenagentur.example",)),  # a trap for the test
        ]
    )
    page = {
        "relays": [
            {"name": "Reuters", "kind": "outlet", "aliases": ["der Nachrichtenagentur Reuters", "Nachrichtenagentur"]}
        ],
        "speakers": [{"name": "Someone", "kind": "person", "aliases": ["Reuters"]}],
    }
    pages = tmp_path / "pages.jsonl"
    pages.write_text(json.dumps(page) + "\n", encoding="utf-8")
    sites = tmp_path / "sites.json"
    sites.write_text(json.dumps({"_descriptions": ["Nachrichtenagentur"], "Reuters": "reuters.com"}), encoding="utf-8")

    result = bench.realpages_outlets(table, {"reuters.com"}, pages, sites)

    assert (result["names"]["resolved"], result["names"]["resolvable"]) == (1, 1)
    assert (result["as_written"]["resolved"], result["as_written"]["resolvable"]) == (1, 1)
    assert result["as_written_with_descriptions"]["resolvable"] == 2
    assert result["descriptions"] == {
        "mentions": 1,
        "resolved_falsely": ["Nachrichtenagentur -> Nachrichtenagentur"],
    }
