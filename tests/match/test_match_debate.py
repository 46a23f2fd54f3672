"""The debate re-ranker: it fires only where context does, re-orders weak candidates only, and reads the speaker."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from test_match_context import _page
from test_match_support import RECORDS, HashEncoder, record

from sift.errors import ConfigError, InputError
from sift.match import MatchConfig, match_claims
from sift.match.debate import FEATURES, DebateModel, feature_rows, search_with_context, speaker_key
from sift.match.matcher import Matcher
from sift.pipeline import Resources
from sift.store.memory import MemoryStore

CONTEXT = "Ohio cut its school budget by 30 percent in 2011. And she did it again."
#: Fact-checks of one claim about Ohio's school budget, by two claimants.
OHIO = [
    dataclasses.replace(record(f"Ohio cut the school budget by {n} percent.", f"Ohio budget check {n}"), claimant=who)
    for n, who in ((30, "John Roe"), (31, "Jane Doe"), (32, "Max Moe"))
]


def _open() -> Matcher:
    return Matcher.open(MemoryStore([*RECORDS, *OHIO]), encoder=HashEncoder(), index_dir=None)


def _keys(hits: list) -> list[tuple[str, float, str | None, str]]:
    return [(hit.factcheck.id, hit.score, hit.level, hit.evidence) for hit in hits]


def _only(feature: str) -> DebateModel:
    """A model that orders by one feature alone."""
    coef = tuple(1.0 if name == feature else 0.0 for name in FEATURES)
    zeros, ones = (0.0,) * len(FEATURES), (1.0,) * len(FEATURES)
    return DebateModel(features=FEATURES, mean=zeros, scale=ones, coef=coef, intercept=0.0, info={})


@pytest.mark.parametrize(
    ("name", "key"),
    [("MR. ROMNEY", "romney"), ("Mitt Romney", "romney"), ("Sen. Bernie Sanders", "sanders"), (None, ""), ("", "")],
)
def test_speaker_key_is_the_surname(name: str | None, key: str) -> None:
    assert speaker_key(name) == key


def test_the_shipped_model_loads_with_sifts_features() -> None:
    model = DebateModel.load()
    assert model.features == FEATURES and any(model.coef)
    assert model.score(np.zeros((2, len(FEATURES)))).shape == (2,)


def test_a_model_of_other_features_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"train/match_debate\.py"):
        dataclasses.replace(_only("ctx_logit"), features=FEATURES[:-1])
    with pytest.raises(ConfigError, match="cannot load"):
        DebateModel.load(tmp_path / "missing.json")
    path = tmp_path / "model.json"
    _only("speaker_same").save(path)
    assert DebateModel.load(path) == _only("speaker_same")


def test_without_context_it_is_the_plain_search() -> None:
    texts = ["Bill Gates wants to put microchips in every vaccine", "Ohio cut its school budget."]
    kwargs: dict[str, Any] = {"langs": ["en", "en"], "k": 5, "dates": [None, None]}
    plain = _open().search_many(texts, variants=[["microchips in every vaccine"], []], **kwargs)
    found = search_with_context(
        _open(), texts, variants=[["microchips in every vaccine"], []], contexts=[None, None], **kwargs
    )
    assert [_keys(hits) for hits in found] == [_keys(hits) for hits in plain]


def test_levelled_hits_keep_their_place_and_score() -> None:
    matcher = _open()
    text = "Ohio cut the school budget by 30 percent."  # its own content levels the first Ohio check
    context = f"Schools closed early this year. {text}"
    plain = matcher.search(text, lang="en", k=6, context=context)
    found = search_with_context(
        matcher,
        [text],
        langs=["en"],
        variants=[[]],
        contexts=[context],
        dates=[None],
        k=6,
        model=_only("alone_missing"),
    )[0]
    levelled = [_keys([hit]) for hit in plain if hit.level]
    assert levelled, "the test needs a levelled hit"
    assert [_keys([hit]) for hit in found[: len(levelled)]] == levelled
    assert all(hit.level is None for hit in found[len(levelled) :])


def test_the_speakers_own_fact_check_comes_first_among_weak_candidates() -> None:
    matcher = _open()
    text = "And she did it again."

    def first_weak(speaker: str | None) -> str:
        hits = search_with_context(
            matcher,
            [text],
            langs=["en"],
            variants=[[]],
            contexts=[CONTEXT],
            dates=[None],
            speakers=[speaker],
            model=_only("speaker_same"),
        )[0]
        weak = [hit for hit in hits if hit.level is None and hit.factcheck.claimant]
        assert weak, "the test needs weak candidates with a claimant"
        return str(weak[0].factcheck.claimant)

    assert first_weak("MS. DOE") == "Jane Doe"
    assert first_weak("Max Moe") == "Max Moe"


def test_features_say_who_is_the_speaker() -> None:
    matcher = _open()
    with_context, alone = matcher.candidates_many(
        ["And she did it again."] * 2, langs=["en", "en"], variants=[[CONTEXT], []]
    )
    order, rows = feature_rows(matcher, with_context, alone, "MS. DOE")
    assert rows.shape == (len(order), len(FEATURES))
    same = rows[:, FEATURES.index("speaker_same")]
    other = rows[:, FEATURES.index("speaker_other")]
    claimants = [with_context.factchecks[i].claimant for i in order]
    assert [bool(s) for s in same] == [c == "Jane Doe" for c in claimants]
    assert [bool(o) for o in other] == [c in ("John Roe", "Max Moe") for c in claimants]  # unknown: neither
    _, unnamed = feature_rows(matcher, with_context, alone, None)
    assert (
        not unnamed[:, FEATURES.index("speaker_same")].any() and not unnamed[:, FEATURES.index("speaker_other")].any()
    )


def test_every_text_needs_its_context_and_speaker() -> None:
    with pytest.raises(InputError, match="one of each per text"):
        search_with_context(_open(), ["a claim"], langs=["en"], variants=[[]], contexts=[], dates=[None])
    with pytest.raises(InputError, match="one of each per text"):
        search_with_context(
            _open(), ["a claim"], langs=["en"], variants=[[]], contexts=[None], dates=[None], speakers=[None, None]
        )


def test_the_stage_searches_only_a_dependent_sentence_twice_in_one_encoder_call() -> None:
    matcher = _open()
    calls: list[tuple[str, str | None]] = []
    candidates_many = matcher.candidates_many

    def spy(texts: list[str], **kwargs: Any) -> list[Any]:
        assert all(not extra for extra in kwargs["variants"])  # a context is not a phrasing of the claim
        calls.extend(zip(texts, kwargs["contexts"], strict=True))
        return candidates_many(texts, **kwargs)

    matcher.candidates_many = spy  # type: ignore[method-assign]
    encoder = matcher.encoder
    assert isinstance(encoder, HashEncoder)
    before = len(encoder.encoded)
    doc = match_claims(_page(), Resources(matcher=matcher), MatchConfig())
    assert sorted(calls, key=str) == sorted(
        [
            ("Ohio cut its school budget by 30 percent in 2011.", None),
            ("It did so again.", "Ohio cut its school budget by 30 percent in 2011. It did so again."),
            ("It did so again.", None),  # alone, for the debate re-ranker
            ("It was a lie.", None),  # a related snippet starts afresh: no context
        ],
        key=str,
    )
    assert len(set(encoder.encoded[before:])) == len(encoder.encoded[before:])  # each text embedded once
    assert doc.match_status in ("found", "none")
