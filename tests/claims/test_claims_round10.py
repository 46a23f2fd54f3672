"""Round 10 of the #18 claims work: leave-one-set-out figures of the page-head recipe (train/checkworthy_pages.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from sift.claims.model import load_model
from sift.claims.triage import FACT_FEATURE, NEWS_FEATURE, PAGE_FEATURE_NAMES, TriageHead, head_feature_names
from sift.errors import ConfigError


@pytest.fixture(scope="module")
def page_trainer(train_script: Callable[[str], ModuleType]) -> ModuleType:
    return train_script("checkworthy_pages")


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
    priority, sets = page_trainer.leave_one_set_out(pages, 1.0, 3, news_c=None, fact_c=None)
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
    again, _ = page_trainer.leave_one_set_out(flipped, 1.0, 3, news_c=None, fact_c=None)
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


def test_fact_logits_come_from_lenient_labels_of_other_pages_only(page_trainer: ModuleType) -> None:
    rng = np.random.default_rng(1)
    embeddings = rng.normal(size=(80, 6))
    groups = np.repeat(np.arange(16), 5)
    lenient = (embeddings[:, 1] > 0).astype(int)
    lenient[groups >= 12] = -1  # four pages without a lenient reading: scored, never learnt from
    logits = page_trainer.fact_logits(embeddings, lenient, groups, 4)
    assert logits.shape == (80,) and np.corrcoef(logits, embeddings[:, 1])[0, 1] > 0.5
    flipped = lenient.copy()
    flipped[groups == 2] = 1 - flipped[groups == 2]
    again = page_trainer.fact_logits(embeddings, flipped, groups, 4)
    assert np.allclose(again[groups == 2], logits[groups == 2])
    # Pages without a lenient reading change nothing the heads learn, whatever their strict labels.
    head = page_trainer.fact_head(embeddings, lenient)
    assert head.coef_.shape == (1, 6)
    # The nested columns carry the news logit, then the fact logit.
    labels = (embeddings[:, 0] > 0).astype(int)
    for fit, held, inner, outer in page_trainer.news_columns(embeddings, labels, groups, 4, lenient=lenient):
        assert inner.shape == (len(fit), 2) and outer.shape == (len(held), 2)


def test_leave_one_set_out_nests_the_fact_head(page_trainer: ModuleType) -> None:
    pages = []
    for seed, source in enumerate(["picked"] * 8 + ["dev3"] * 8 + ["dev4"] * 8):
        page = _page(page_trainer, f"{source}-{seed}", "en", [1, 0, 0, 1, 0, 0, 0, 0, 0, 0], source, seed)
        lenient = None if source == "picked" else np.array([1, 1, 0, 1, 0, 1, 0, 0, 0, 0])
        pages.append(dataclasses.replace(page, lenient=lenient))
    priority, sets = page_trainer.leave_one_set_out(pages, 1.0, 3, news_c=0.3, fact_c=0.3)
    assert priority.shape == (240,) and np.all((priority > 0) & (priority < 1))
    figures = page_trainer.held_out_figures(pages, priority, sets)
    assert figures["dev3"]["p@5_shown_lenient"] is not None and figures["picked"]["p@5_shown_lenient"] is None


def test_fact_head_logit_follows_the_news_logit_and_moves_the_priority() -> None:
    features = np.zeros((2, len(PAGE_FEATURE_NAMES)))
    embeddings = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    weights = np.zeros(len(PAGE_FEATURE_NAMES) + 2)
    weights[-1] = 1.0
    head = TriageHead(
        weights,
        0.0,
        0.5,
        head_feature_names(True, True),
        news=np.array([5.0, 5.0], dtype=np.float32),
        fact=np.array([-2.0, 2.0], dtype=np.float32),
        fact_intercept=0.5,
    )
    assert head.feature_names[-2:] == (NEWS_FEATURE, FACT_FEATURE)
    inputs = head.inputs(features, embeddings)
    assert inputs.shape == (2, len(PAGE_FEATURE_NAMES) + 2)
    assert np.allclose(inputs[:, -2], [5.0, 5.0]) and np.allclose(inputs[:, -1], [-1.5, 2.5])
    priority = head.priority(inputs)
    assert priority[0] < 0.2 and priority[1] > 0.9


def test_fact_head_survives_save_and_load_and_must_match_its_inputs(tmp_path: Path) -> None:
    model = load_model()
    assert model.triage is not None and model.triage.news is not None
    news_only = head_feature_names(True)
    triage = dataclasses.replace(
        model.triage, weights=model.triage.weights[: len(news_only)], feature_names=news_only, fact=None
    )
    fact = np.linspace(-1.0, 1.0, len(model.triage.news), dtype=np.float32)
    with_fact = dataclasses.replace(
        triage,
        weights=np.append(triage.weights, 0.25),
        feature_names=head_feature_names(True, True),
        fact=fact,
        fact_intercept=-0.75,
    )
    dataclasses.replace(model, triage=with_fact).save(tmp_path)
    loaded = load_model(tmp_path)
    assert loaded.triage is not None and loaded.triage.fact is not None
    assert np.array_equal(loaded.triage.fact, fact) and loaded.triage.fact_intercept == pytest.approx(-0.75)
    assert loaded.triage.weights[-1] == pytest.approx(0.25)
    assert loaded.triage.feature_names == head_feature_names(True, True)
    # Fact weights without the fact input in the sidecar's names (or the reverse) are refused, not misread.
    dataclasses.replace(model, triage=dataclasses.replace(with_fact, fact=None)).save(tmp_path)
    with pytest.raises(ConfigError):
        load_model(tmp_path)
