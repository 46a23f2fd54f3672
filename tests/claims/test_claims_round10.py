"""Round 10 of the #18 claims work: leave-one-set-out figures of the page-head recipe (train/checkworthy_pages.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def page_trainer() -> ModuleType:
    script = REPO / "train" / "checkworthy_pages.py"
    spec = importlib.util.spec_from_file_location("train_checkworthy_pages_r10", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def _page(trainer: ModuleType, name: str, lang: str, labels: list[int], source: str, seed: int) -> object:
    rng = np.random.default_rng(seed)
    n = len(labels)
    gold = np.array(labels)
    # One informative page feature (the gold sentences score higher), the rest noise.
    features = rng.normal(size=(n, 3))
    features[:, 0] += 2.0 * gold
    return trainer.Page(
        name, lang, features, gold, np.array([lang] * n), int(gold.sum()), rng.normal(size=(n, 4)), None, source
    )


def test_a_training_row_names_the_set_it_was_annotated_in(page_trainer: ModuleType) -> None:
    assert page_trainer.source_set({"id": "tp-001"}) == page_trainer.ORIGINAL_SET
    assert page_trainer.source_set({"id": "r5-003", "from": "realpages-dev5.jsonl"}) == "dev5"


def test_a_page_shows_its_claims_as_the_stage_picks_them(page_trainer: ModuleType) -> None:
    logits = np.array([0.5, 4.0, 1.0, 0.9, -3.0, 0.8, 0.7, -3.1])
    priority = 1 / (1 + np.exp(-logits))
    # Above the threshold, best first; no cut, no cap.
    assert page_trainer.shown_on_page(priority, 0.5, False, None) == [1, 2, 3, 5, 6, 0]
    # The first drop of more than 1.25 logits (4.0 -> 1.0) ends the list.
    assert page_trainer.shown_on_page(priority, 0.5, False, 1.25) == [1]
    # A capped language shows at most PAGE_FLAG_SHARE of its eight sentences (two).
    assert page_trainer.shown_on_page(priority, 0.5, True, None) == [1, 2]
    # Pages shorter than the stage's minimum are never cut.
    assert page_trainer.shown_on_page(priority[:3], 0.5, False, 1.25) == [1, 2, 0]


def test_held_out_figures_take_every_setting_from_the_other_sets(page_trainer: ModuleType) -> None:
    pages = [
        _page(page_trainer, f"{source}-{index}", "en", [1, 0, 0, 0, 1, 0, 0, 0, 0, 0], source, seed)
        for seed, (source, index) in enumerate((source, index) for source in ("picked", "dev3") for index in range(12))
    ]
    priority, sets = page_trainer.leave_one_set_out(pages, 1.0, 3, news_c=None)
    assert priority.shape == (240,) and set(sets.tolist()) == {"picked", "dev3"}
    # A set's priorities come from a head that never read it: relabelling dev3 leaves its own scores alone.
    flipped = [
        page_trainer.Page(
            page.id,
            page.lang,
            page.features,
            1 - page.labels if page.source == "dev3" else page.labels,
            page.langs,
            page.gold,
            page.embeddings,
            None,
            page.source,
        )
        for page in pages
    ]
    again, _ = page_trainer.leave_one_set_out(flipped, 1.0, 3, news_c=None)
    assert np.allclose(again[sets == "dev3"], priority[sets == "dev3"])
    assert not np.allclose(again[sets == "picked"], priority[sets == "picked"])
    figures = page_trainer.held_out_figures(pages, priority, sets)
    assert set(figures) == {"all", "picked", "dev3", "en"}
    assert figures["all"]["pages"] == 24 and figures["dev3"]["pages"] == 12
    for row in figures.values():
        assert 0.0 <= row["p@5_shown"] <= 1.0 and 0.0 <= row["recall"] <= 1.0
        assert row["p@5_shown_lenient"] is None
    # The informative feature ranks gold first, so the held-out pages show mostly gold.
    assert figures["all"]["p@5_shown"] > 0.5
