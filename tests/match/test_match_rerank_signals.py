"""Re-ranker signals added for the final matching pass: dates, character n-grams, one scale for both models."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from sift.errors import ConfigError
from sift.lexicon.fold import fold
from sift.match.analysis import char_grams, parse_date, strip_noise, tweet_date
from sift.match.matcher import claim_groups
from sift.match.rerank import LinearModel, Reranker
from sift.match.signals import (
    CROSS_FEATURES,
    FEATURES,
    MONO_FEATURES,
    RANK_FEATURES,
    SENTENCE_FEATURES,
    PairSignals,
    QuerySignals,
    evidence,
    feature_matrix,
)


def test_tweet_byline_date_is_read_before_the_byline_is_stripped() -> None:
    text = "Trump hotels could be threatened — Ilhan Omar (@IlhanMN) January 6, 2020"
    assert tweet_date(text) == dt.date(2020, 1, 6)
    assert tweet_date("No byline on November 9, 2017 here.") is None


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2017-11-14", dt.date(2017, 11, 14)),
        ("2017-11-14T08:00:00+00:00", dt.date(2017, 11, 14)),
        ("26 May 2015", dt.date(2015, 5, 26)),
        ("May 26, 2015", dt.date(2015, 5, 26)),
        ("", None),
        (None, None),
        ("sometime in 2015", None),
        ("2017-02-30", None),
        ("2017-1-5", dt.date(2017, 1, 5)),
    ],
)
def test_parse_date(value: str | None, day: dt.date | None) -> None:
    assert parse_date(value) == day


def test_char_cosine_tolerates_spelling_and_is_symmetric() -> None:
    a, b = char_grams("Klintsevitch said"), char_grams("Klinzewitsch sagte")
    assert 0.0 < a.cosine(b) < 1.0
    assert a.cosine(b) == pytest.approx(b.cosine(a))
    assert a.cosine(a) == pytest.approx(1.0)
    assert a.cosine(char_grams("")) < 0.2


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Klintsevitch said", "Klinzewitsch sagte"),
        ("Le ministère a publié des « preuves irréfutables »", "Das Ministerium veröffentlichte Beweise"),
        ("aaaaaaaa aaaa", "aaaa"),
        ("", "anything"),
    ],
)
def test_char_cosine_is_the_cosine_of_the_gram_counts(left: str, right: str) -> None:
    # the hashed arrays give the cosine of the plain n-gram counts, to the bit
    def counts(text: str) -> Counter[str]:
        padded = f" {' '.join(fold(strip_noise(text)).split())} "
        return Counter(padded[i : i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1))

    mine, theirs = counts(left), counts(right)
    dot = sum(mine[gram] * theirs[gram] for gram in mine.keys() & theirs.keys())
    norms = math.sqrt(sum(c * c for c in mine.values())) * math.sqrt(sum(c * c for c in theirs.values()))
    assert char_grams(left).cosine(char_grams(right)) == (dot / norms if norms else 0.0)


def _pair(date: dt.date | None, char_cos: float = 0.5) -> PairSignals:
    return PairSignals(
        terms=frozenset({"photograph"}),
        names=frozenset(),
        numbers=frozenset(),
        char_cos=char_cos,
        date=date,
        dense_full=0.5,
        dense_claim=0.5,
        dense_title=0.4,
        bm25=1.0,
    )


def test_date_features_need_both_dates() -> None:
    query = QuerySignals(frozenset({"photograph"}), frozenset(), frozenset(), date=dt.date(2016, 4, 3))
    rows = feature_matrix(query, [_pair(dt.date(2016, 4, 20)), _pair(dt.date(2012, 1, 1)), _pair(None)])
    col = {name: rows[:, FEATURES.index(name)].tolist() for name in FEATURES}
    assert col["date_known"] == [1.0, 1.0, 0.0]
    assert col["date_month"] == [1.0, 0.0, 0.0]
    assert col["date_before"] == [0.0, 1.0, 0.0]
    assert col["date_log_gap"][0] < col["date_log_gap"][1]
    undated = feature_matrix(QuerySignals(frozenset(), frozenset(), frozenset()), [_pair(dt.date(2016, 4, 20))])
    assert undated[0, FEATURES.index("date_known")] == 0.0


def test_sentence_features_say_how_much_of_the_sentence_a_factcheck_covers() -> None:
    # "YouTube cookies are needed to play this video": a topic name and one plain word shared, or the name alone
    query = QuerySignals(
        frozenset({"youtub", "cooki", "play", "video"}),
        frozenset({"youtube"}),
        frozenset(),
        words={"youtub": "youtube", "cooki": "cookies", "play": "play", "video": "video"},
    )
    topic = replace(_pair(None), terms=frozenset({"youtub", "shut", "video"}), names=frozenset({"youtube"}))
    name = replace(_pair(None), terms=frozenset({"youtub", "ban"}), names=frozenset({"youtube"}))
    rows = feature_matrix(query, [topic, name, _pair(None)])
    col = {name: rows[:, FEATURES.index(name)].tolist() for name in SENTENCE_FEATURES}
    assert col["query_terms_log"] == pytest.approx([math.log1p(4)] * 3)
    assert col["query_left"] == pytest.approx([0.5, 0.75, 1.0])
    assert col["shared_plain_log"] == pytest.approx([math.log1p(1), 0.0, 0.0])
    assert col["name_only"] == [0.0, 1.0, 0.0]
    empty = feature_matrix(QuerySignals(frozenset(), frozenset(), frozenset()), [_pair(None)])
    assert empty[0, FEATURES.index("query_left")] == 1.0 and empty[0, FEATURES.index("query_terms_log")] == 0.0


def test_evidence_shows_terms_as_the_query_wrote_them() -> None:
    query = QuerySignals(frozenset({"photograph"}), frozenset(), frozenset(), words={"photograph": "photographs"})
    assert "shared terms: photographs" in evidence(query, _pair(None), None)


def _model(names: tuple[str, ...]) -> LinearModel:
    return LinearModel(names, (0.0,) * len(names), (1.0,) * len(names), (1.0,) * len(names), 0.0)


def test_one_pair_of_thresholds_reads_both_models() -> None:
    reranker = Reranker(_model(FEATURES), _model(FEATURES[:3]), 0.8, 0.2, {})
    assert [reranker.level(s) for s in (0.9, 0.8, 0.5, 0.2, 0.1)] == ["match", "match", "possible", "possible", None]
    assert reranker.level(reranker.below_match) == "possible"


def test_thresholds_out_of_order_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        Reranker(_model(FEATURES), _model(FEATURES), 0.2, 0.8, {})
    path = tmp_path / "model.json"
    Reranker(_model(FEATURES), _model(FEATURES[:3]), 0.8, 0.2, {"note": "x"}).save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["match_threshold"], data["possible_threshold"]) == (0.8, 0.2)
    assert Reranker.load(path).cross.features == FEATURES[:3]
    del data["match_threshold"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"train/match_reranker\.py"):
        Reranker.load(path)


def test_shipped_model_uses_one_scale() -> None:
    reranker = Reranker.load()
    assert 0.0 < reranker.possible_threshold < reranker.match_threshold < 1.0
    # both models also read the e5 cosine of a sentence's best pairs (sift.match.e5; CROSS_E5 and MONO_E5 in train/),
    # each with its lead over the sentence's other claims (MONO_E5_LEAD; CROSS_E5_LEAD since cross3, a rival required)
    assert set(reranker.mono.features) == {*MONO_FEATURES, "e5", "e5_lead"}
    assert set(reranker.cross.features) == {*CROSS_FEATURES, "e5", "e5_lead"}
    # words differ across languages ("photos" is not "Fotos"); character grams of names and figures do not
    assert not {"bm25_log", "bm25_rrank", "term_cover", "term_jacc"} & set(reranker.cross.features)
    assert "char_cos" in reranker.cross.features
    # the cross model is calibrated on the pairs it scores (translations and cross-language negatives), not English
    assert reranker.info["cross_refit"]["calibrated_on_english"] is False


def _ranked_pair(dense: float, group: int = -1) -> PairSignals:
    similar = {"dense_full": dense, "dense_claim": dense, "dense_title": dense, "bm25": 10.0 * dense}
    return replace(_pair(None, char_cos=dense), **similar, claim_group=group)


def test_a_dozen_checks_of_one_claim_do_not_split_their_scores() -> None:
    """Fact-checks of one claim share the rank of their best member; a different claim after them ranks second.

    A store often holds many checks of one viral claim (the seed's dozen Albu Kamal debunks); ranked one by one,
    every one but the first read as a runner-up and fell out of the levels. The shipped model scores ranks.
    """
    query = QuerySignals(frozenset({"photograph"}), frozenset(), frozenset())
    pairs = [_ranked_pair(0.7, 3), _ranked_pair(0.6), _ranked_pair(0.5, 3), _ranked_pair(0.4, 3)]
    rows = feature_matrix(query, pairs)
    for name in RANK_FEATURES:
        assert rows[:, FEATURES.index(name)].tolist() == pytest.approx([1.0, 0.5, 1.0, 1.0]), name
    alone = feature_matrix(query, [replace(pair, claim_group=-1) for pair in pairs])
    assert alone[:, FEATURES.index("dense_rrank")].tolist() == pytest.approx([1.0, 1 / 2, 1 / 3, 1 / 4])
    # same content, both first of their claims: the same score, whichever is listed first
    reranker = Reranker.load()
    assert set(RANK_FEATURES) <= set(reranker.mono.features)
    twins = feature_matrix(query, [_ranked_pair(0.6, 1), _ranked_pair(0.6, 1), _ranked_pair(0.3)])
    scores = reranker.score(twins, np.array([False, False, False]))
    assert scores[0] == scores[1] > scores[2]


def test_claims_are_grouped_by_vector_or_by_claim_date_and_vector() -> None:
    """Near-identical claims group whatever their dates; looser ones only when they give the same claim date."""
    angles = np.radians([0.0, 20.0, 55.0, 120.0])  # cosines to the first: 0.94, 0.57, -0.5; second to third 0.82
    claims = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    undated = claim_groups(claims, [None, None, None, None]).tolist()
    assert undated[0] == undated[1] and len(set(undated)) == 3
    groups = claim_groups(claims, ["2017-11-14", None, "2017-11-14", "2017-11-14"])
    assert groups[0] == groups[1] == groups[2] != groups[3]  # 55 degrees (0.57) apart, same claim date
    assert len(set(claim_groups(claims, ["a", "b", "c", "d"]).tolist())) == 3
    assert claim_groups(claims[:1], [None]).tolist() == [0]


def _date_heavy() -> Reranker:
    """Content is dense_max alone; being dated within a month of the fact-check adds a lot."""
    names = ("dense_max", "date_month")
    model = LinearModel(names, (0.0, 0.0), (1.0, 1.0), (10.0, 6.0), -6.0)
    return Reranker(model, model, 0.8, 0.3, {})


def _rows(dense: float, month: float) -> np.ndarray:
    row = np.zeros((1, len(FEATURES)), dtype=np.float32)
    row[0, FEATURES.index("dense_max")] = dense
    row[0, FEATURES.index("date_known")] = month
    row[0, FEATURES.index("date_month")] = month
    return row


@pytest.mark.parametrize("cross", [False, True])
def test_a_date_never_lifts_an_unrelated_factcheck_to_a_level(cross: bool) -> None:
    """Content 0.2 (sigmoid(-4)) stays under ``possible`` however close the dates: the date model alone gives 0.88."""
    reranker = _date_heavy()
    flag = np.array([cross])
    assert reranker.mono.score(_rows(0.2, 1.0))[0] > reranker.match_threshold  # what the date alone would do
    undated = reranker.score(_rows(0.2, 0.0), flag)[0]
    dated = reranker.score(_rows(0.2, 1.0), flag)[0]
    assert undated < reranker.possible_threshold and dated == undated
    assert reranker.level(float(dated)) is None
    # the date may still order it among weak candidates (the matcher sorts those by the date-aware score)
    gated, date_aware, _ = reranker.score_and_order(_rows(0.2, 1.0), flag)
    assert gated[0] == dated and date_aware[0] > reranker.match_threshold


def test_a_date_still_reorders_factchecks_whose_content_matches() -> None:
    reranker = _date_heavy()
    flag = np.array([False])
    undated = reranker.score(_rows(0.55, 0.0), flag)[0]  # sigmoid(-0.5) = 0.38: possible on content
    dated = reranker.score(_rows(0.55, 1.0), flag)[0]
    assert reranker.level(float(undated)) == "possible" and dated > undated
    assert reranker.level(float(dated)) == "match"


def test_calibration_maps_the_logistic_output_monotonically() -> None:
    names = ("dense_max",)
    model = LinearModel(names, (0.0,), (1.0,), (10.0,), -5.0, (0.0, 0.5, 1.0), (0.0, 0.1, 0.9))
    rows = np.zeros((3, len(FEATURES)), dtype=np.float32)
    rows[:, 0] = (0.2, 0.5, 0.8)
    raw, calibrated = model.raw(rows), model.score(rows)
    assert np.allclose(calibrated, np.interp(raw, (0.0, 0.5, 1.0), (0.0, 0.1, 0.9)))
    assert calibrated[1] == pytest.approx(0.1) and list(np.argsort(calibrated)) == list(np.argsort(raw))
    with pytest.raises(ConfigError):
        LinearModel(names, (0.0,), (1.0,), (10.0,), -5.0, (0.0, 1.0), (0.5,))


def test_the_date_gate_can_sit_under_possible() -> None:
    """With a gate of 0.1, content 0.12 (sigmoid(-2) with dense 0.4) may be raised by its date; 0.02 may not."""
    base = _date_heavy()
    reranker = Reranker(base.mono, base.cross, 0.8, 0.3, {}, date_gate=0.1)
    flag = np.array([False])
    assert reranker.score(_rows(0.4, 1.0), flag)[0] > reranker.possible_threshold
    assert reranker.score(_rows(0.2, 1.0), flag)[0] == pytest.approx(reranker.score(_rows(0.2, 0.0), flag)[0])
    with pytest.raises(ConfigError):
        Reranker(base.mono, base.cross, 0.8, 0.3, {}, date_gate=1.5)
