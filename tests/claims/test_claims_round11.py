"""Round 11 of the #18 claims work: how many claims a page shows as a fresh set sees it (train/checkworthy_pages.py)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from types import ModuleType

import numpy as np
import pytest


@pytest.fixture(scope="module")
def page_trainer(train_script: Callable[[str], ModuleType]) -> ModuleType:
    return train_script("checkworthy_pages")


def _pages(trainer: ModuleType) -> list:
    pages = []
    for seed, source in enumerate(["picked"] * 10 + ["dev3"] * 10):
        rng = np.random.default_rng(seed)
        gold = np.array([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0])
        features = rng.normal(size=(len(gold), 3))
        features[:, 0] += 1.5 * gold  # informative, not perfect: cuts lose some gold
        pages.append(
            trainer.Page(
                f"{source}-{seed}", "en", features, gold, np.array(["en"] * len(gold)), 2, features, None, source
            )
        )
    return pages


def test_held_out_figures_cut_every_page_at_a_given_gap(page_trainer: ModuleType) -> None:
    pages = _pages(page_trainer)
    priority, sets = page_trainer.leave_one_set_out(pages, 1.0, 3, news_c=None, fact_c=None)
    uncut = page_trainer.held_out_figures(pages, priority, sets, None)["all"]
    tight = page_trainer.held_out_figures(pages, priority, sets, 0.1)["all"]
    # A cut only removes claims: fewer sentences shown, no more gold found.
    assert tight["flag_rate"] < uncut["flag_rate"]
    assert tight["recall"] <= uncut["recall"]
    # The default is the recall rule's gap, taken from the other set's priorities.
    rule = page_trainer.held_out_figures(pages, priority, sets)["all"]
    assert rule["flag_rate"] <= uncut["flag_rate"]


def test_the_frontier_runs_from_no_cut_through_every_gap_of_the_grid(page_trainer: ModuleType) -> None:
    pages = _pages(page_trainer)
    priority, sets = page_trainer.leave_one_set_out(pages, 1.0, 3, news_c=None, fact_c=None)
    frontier = page_trainer.held_out_frontier(pages, priority, sets)
    assert list(frontier) == ["None", *(str(gap) for gap in page_trainer.DROP_GRID)]
    # Larger gaps cut less: recall and the share shown never fall along the grid, and no cut shows the most.
    rows = [frontier[str(gap)] for gap in sorted(page_trainer.DROP_GRID)] + [frontier["None"]]
    for smaller, larger in itertools.pairwise(rows):
        assert larger["recall"] >= smaller["recall"] and larger["flag_rate"] >= smaller["flag_rate"]
    for row in rows:
        precision, recall = row["p@5_shown"], row["recall"]
        expected = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        assert row["harmonic_mean"] == pytest.approx(expected, abs=1e-4)
