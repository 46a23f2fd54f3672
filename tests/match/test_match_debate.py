"""The debate re-ranker: it re-orders weak candidates only, and reads the context, the speaker and the topic."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from test_match_context import _page
from test_match_support import RECORDS, HashEncoder, record

from sift.document import Attribution, Document, Mention, Speaker
from sift.errors import ConfigError, InputError
from sift.match import MatchConfig, debate, match_claims, sentence_speakers
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


def _by_speaker(matcher: Matcher, text: str, context: str | None, speaker: str | None) -> list[Any]:
    """The hits of ``text`` re-ranked by a model that puts the speaker's own fact-checks first."""
    model = _only("speaker_same")
    return search_with_context(
        matcher, [text], langs=["en"], variants=[[]], contexts=[context], dates=[None], speakers=[speaker], model=model
    )[0]


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


def test_with_nothing_around_the_sentences_it_is_the_plain_search() -> None:
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
        model=_only("alone_rrank"),
    )[0]
    levelled = [_keys([hit]) for hit in plain if hit.level]
    assert levelled, "the test needs a levelled hit"
    assert [_keys([hit]) for hit in found[: len(levelled)]] == levelled
    assert all(hit.level is None for hit in found[len(levelled) :])


def test_the_speakers_own_fact_check_comes_first_among_weak_candidates() -> None:
    matcher = _open()
    text = "And she did it again."

    def first_weak(speaker: str | None) -> str:
        hits = _by_speaker(matcher, text, CONTEXT, speaker)
        weak = [hit for hit in hits if hit.level is None and hit.factcheck.claimant]
        assert weak, "the test needs weak candidates with a claimant"
        return str(weak[0].factcheck.claimant)

    assert first_weak("MS. DOE") == "Jane Doe"
    assert first_weak("Max Moe") == "Max Moe"


def test_features_say_who_is_the_speaker() -> None:
    matcher = _open()
    (found,) = matcher.candidates_many(["And she did it again."], langs=["en"], contexts=[CONTEXT])
    order, rows = feature_rows(matcher, found, "MS. DOE")
    assert rows.shape == (len(order), len(FEATURES))
    same = rows[:, FEATURES.index("speaker_same")]
    other = rows[:, FEATURES.index("speaker_other")]
    claimants = [found.factchecks[i].claimant for i in order]
    assert [bool(s) for s in same] == [c == "Jane Doe" for c in claimants]
    assert [bool(o) for o in other] == [c in ("John Roe", "Max Moe") for c in claimants]  # unknown: neither
    _, unnamed = feature_rows(matcher, found, None)
    assert (
        not unnamed[:, FEATURES.index("speaker_same")].any() and not unnamed[:, FEATURES.index("speaker_other")].any()
    )


def test_the_alone_features_are_the_matchers_own_view_of_the_sentence() -> None:
    matcher = _open()
    (found,) = matcher.candidates_many(["And she did it again."], langs=["en"], contexts=[CONTEXT])
    assert found.alone is not None and [fc.id for fc in found.alone.factchecks] == [fc.id for fc in found.factchecks]
    order, rows = feature_rows(matcher, found, None)
    _, _, alone_raw = matcher.reranker.score_and_order(found.alone.features, found.cross)
    _, _, ctx_raw = matcher.reranker.score_and_order(found.features, found.cross)
    assert not np.allclose(alone_raw, ctx_raw), "the test needs the context to change the scores"
    expected = np.log(np.clip(alone_raw[order], 1e-6, 1 - 1e-6) / (1 - np.clip(alone_raw[order], 1e-6, 1 - 1e-6)))
    assert np.allclose(rows[:, FEATURES.index("alone_logit")], expected)
    best_alone = int(np.argmax(alone_raw))
    assert rows[order.index(best_alone), FEATURES.index("alone_rrank")] == 1.0
    lone = matcher.candidates("And she did it again.", lang="en")
    order, rows = feature_rows(matcher, lone, None)  # searched without a context: it is its own alone view
    for view in ("logit", "rrank", "dense", "bm25"):
        assert np.array_equal(rows[:, FEATURES.index(f"ctx_{view}")], rows[:, FEATURES.index(f"alone_{view}")])
    assert order


def test_a_sentence_without_context_is_reranked_by_its_speaker() -> None:
    matcher = _open()
    text = "They cut the budget again."
    plain = matcher.search(text, lang="en", k=10)
    assert all(hit.level is None for hit in plain[:3]), "the test needs weak candidates"
    # two speakers whose fact-check the plain order does not put first (which one it puts first is the main model's)
    speakers = [name for name in ("Jane Doe", "Max Moe", "John Roe") if name != plain[0].factcheck.claimant]
    assert len(speakers) == 2, "the test needs a claimant first"

    def first(speaker: str) -> str | None:
        return _by_speaker(matcher, text, None, speaker)[0].factcheck.claimant

    for speaker in speakers:
        assert first(speaker) == speaker


def test_the_topic_share_is_the_fact_checks_words_said_around() -> None:
    matcher = _open()
    (found,) = matcher.candidates_many(["And she did it again."], langs=["en"], contexts=[CONTEXT])
    topic = "The vaccine debate. Bill Gates and microchips."
    order, rows = feature_rows(matcher, found, None, topic, "en")
    share = dict(zip((found.factchecks[i].title for i in order), rows[:, FEATURES.index("topic_share")], strict=True))
    assert all(share[fc.title] == 0.0 for fc in OHIO if fc.title in share)
    vaccine = [value for title, value in share.items() if "microchip" in title.lower()]
    assert vaccine and all(0.0 < value <= 1.0 for value in vaccine), "the test needs the vaccine check retrieved"
    _, untold = feature_rows(matcher, found, None)
    assert not untold[:, FEATURES.index("topic_share")].any()


def test_every_text_needs_its_context_and_speaker() -> None:
    with pytest.raises(InputError, match="one of each per text"):
        search_with_context(_open(), ["a claim"], langs=["en"], variants=[[]], contexts=[], dates=[None])
    with pytest.raises(InputError, match="one of each per text"):
        search_with_context(
            _open(), ["a claim"], langs=["en"], variants=[[]], contexts=[None], dates=[None], speakers=[None, None]
        )
    with pytest.raises(InputError, match="one of each per text"):
        search_with_context(_open(), ["a claim"], langs=["en"], variants=[[]], contexts=[None], dates=[None], topics=[])


def test_the_stage_searches_each_sentence_once_in_one_encoder_call() -> None:
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
            # once, with its context: the matcher scores the same candidates from the sentence alone
            ("It did so again.", "Ohio cut its school budget by 30 percent in 2011. It did so again."),
            ("It was a lie.", None),  # a related snippet starts afresh: no context
        ],
        key=str,
    )
    assert len(set(encoder.encoded[before:])) == len(encoder.encoded[before:])  # each text embedded once
    assert doc.match_status in ("found", "none")


def _attributed(*said: tuple[str, str, str, float]) -> Document:
    """:func:`_page` with statements ``(sentence id, speaker name, speaker kind, confidence)``, one speaker each."""
    doc = _page()
    for n, (sentence, name, kind, confidence) in enumerate(said):
        text = doc.block(sentence.split(".")[0]).text
        doc.attributions.append(
            Attribution(f"a{n}", sentence, Mention(0, len(text)), "indirect", Mention(0, 2), confidence=confidence)
        )
        doc.speakers.append(Speaker(f"p{n}", name, kind, attributions=[f"a{n}"]))
    return doc


def test_a_sentences_speaker_is_the_one_person_said_to_make_it() -> None:
    doc = _attributed(
        ("b0.s1", "Jane Doe", "person", 0.9),
        ("b0.s0", "Ohio Department of Education", "organisation", 0.9),  # no surname to compare
        ("b1.s0", "Max Moe", "person", 0.3),  # uncertain: sift does not know who said it
    )
    assert sentence_speakers(doc) == {"b0.s1": "Jane Doe"}
    two = _attributed(("b0.s1", "Jane Doe", "person", 0.9), ("b0.s1", "John Roe", "person", 0.9))
    assert sentence_speakers(two) == {}
    assert sentence_speakers(_page()) == {}  # the attribution stage did not run


@pytest.mark.parametrize("name", ["Jane Doe", "Max Moe"])
def test_the_stage_orders_a_sentences_candidates_by_its_attributed_speaker(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    seen: list[list[str | None]] = []
    topics: list[list[str | None]] = []
    search = debate.search_with_context

    def spy(*args: Any, **kwargs: Any) -> list[Any]:
        seen.append(list(kwargs["speakers"]))
        topics.append(list(kwargs["topics"]))
        return search(*args, **kwargs)

    monkeypatch.setattr(debate, "search_with_context", spy)
    monkeypatch.setattr(debate, "shipped_model", lambda: _only("speaker_same"))
    config = MatchConfig(weak_min_score=0.0, weak_candidates=5)
    doc = match_claims(_attributed(("b0.s1", name, "person", 0.9)), Resources(matcher=_open()), config)
    assert seen == [[None, name, None]]  # sentences b0.s0, b0.s1 (looked up with its context), b1.s0
    body = "Ohio cut its school budget by 30 percent in 2011. It did so again."
    assert topics == [[body, body, "It was a lie."]]  # the article around each; the related snippet on its own
    weak = {match.sentence: match for match in doc.weak_matches}
    assert "b0.s1" in weak, "the test needs a weak candidate for the sentence with context"
    assert weak["b0.s1"].factcheck["claimant"] == name  # the speaker's own fact-check first
