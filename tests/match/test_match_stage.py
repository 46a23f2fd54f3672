"""The match stage: uses the injected matcher, respects claim scores and keeps only match/possible hits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from test_match_support import RECORDS, HashEncoder

from sift.document import Block, Claim, Document, Sentence, Source
from sift.errors import ConfigError
from sift.match import MatchConfig, match_claims, provide_matcher
from sift.match.matcher import Hit
from sift.pipeline import Resources
from sift.store.memory import MemoryStore


class FakeMatcher:
    """Returns a fixed list of hits and records every call."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.calls: list[tuple[str, str | None, tuple[str, ...]]] = []
        self.dates: list[dt.date | None] = []
        #: text -> the context it was looked up with (``None``: alone)
        self.contexts: dict[str, str | None] = {}
        self.batches = 0

    def search_many(
        self,
        texts: Sequence[str],
        *,
        langs: Sequence[str | None],
        k: int = 10,
        variants: Sequence[Sequence[str]],
        dates: Sequence[dt.date | None],
        contexts: Sequence[str | None],
    ) -> list[list[Hit]]:
        self.batches += 1
        self.calls.extend((t, lang, tuple(v)) for t, lang, v in zip(texts, langs, variants, strict=True))
        self.dates.extend(dates)
        self.contexts.update(zip(texts, contexts, strict=True))
        return [self.hits[:k] for _ in texts]


def _doc() -> Document:
    body = "Photos show a convoy. It rained."
    related = "Une photo montre un convoi."
    return Document(
        id="d1",
        source=Source(kind="text", location="-", sha256="0"),
        blocks=[
            Block("b0", "body", body, lang="en", sentences=[Sentence("b0.s0", 0, 21), Sentence("b0.s1", 22, 32)]),
            Block("b1", "related", related, lang="fr", sentences=[Sentence("b1.s0", 0, len(related))]),
            Block("b2", "caption", "A caption.", sentences=[Sentence("b2.s0", 0, 10)]),
        ],
    )


HITS = [
    Hit(RECORDS[0], 0.9, "match", "similarity 0.9"),
    Hit(RECORDS[1], 0.5, "possible", "similarity 0.5"),
    Hit(RECORDS[2], 0.1, None, "similarity 0.1"),
]


def test_no_matcher_leaves_matches_empty() -> None:
    doc = match_claims(_doc(), Resources(), MatchConfig())
    assert doc.matches == []


def test_matches_body_and_related_sentences_only() -> None:
    fake = FakeMatcher(HITS)
    doc = match_claims(_doc(), Resources(matcher=fake), MatchConfig(max_per_sentence=3))
    assert [call[:2] for call in fake.calls] == [
        ("Photos show a convoy.", "en"),
        ("It rained.", "en"),
        ("Une photo montre un convoi.", "fr"),
    ]
    assert fake.batches == 1  # one search_many call per page
    assert {m.level for m in doc.matches} == {"match", "possible"}
    assert [m.sentence for m in doc.matches][:2] == ["b0.s0", "b0.s0"]
    assert doc.matches[0].factcheck["id"] == RECORDS[0].id and doc.matches[0].score == 0.9
    assert Document.from_json(doc.to_json()).matches == doc.matches


def test_max_per_sentence() -> None:
    doc = match_claims(_doc(), Resources(matcher=FakeMatcher(HITS)), MatchConfig(max_per_sentence=1))
    assert [m.level for m in doc.matches] == ["match"] * 3


def test_claims_filter_sentences_and_add_the_span() -> None:
    doc = _doc()
    doc.claims = [Claim("b0.s0", 0.8, "claim", 0, 20), Claim("b0.s1", 0.1, "not-claim", 22, 31)]
    fake = FakeMatcher(HITS)
    match_claims(doc, Resources(matcher=fake), MatchConfig(claim_min_score=0.3))
    assert fake.calls == [("Photos show a convoy.", "en", ("Photos show a convoy",))]


def test_the_page_date_dates_every_sentence() -> None:
    doc = _doc()
    doc.published = "2017-11-14T10:00:00"
    fake = FakeMatcher(HITS)
    match_claims(doc, Resources(matcher=fake), MatchConfig())
    assert fake.dates == [dt.date(2017, 11, 14)] * len(fake.calls)


def test_an_undated_or_unreadable_page_date_is_unknown() -> None:
    for published in (None, "sometime in autumn"):
        doc = _doc()
        doc.published = published
        fake = FakeMatcher(HITS)
        match_claims(doc, Resources(matcher=fake), MatchConfig())
        assert fake.dates and set(fake.dates) == {None}


def test_config_validates() -> None:
    with pytest.raises(ConfigError):
        MatchConfig(claim_min_score=1.5)
    with pytest.raises(ConfigError):
        MatchConfig(max_per_sentence=0)


def test_provide_matcher_shares_the_pipeline_encoder() -> None:
    encoder = HashEncoder()
    resources = Resources(encoder=encoder)
    matcher = provide_matcher(resources, MemoryStore(RECORDS))
    assert resources.optional("matcher") is matcher and matcher.encoder is encoder


def test_status_says_whether_a_levelled_fact_check_was_found() -> None:
    assert match_claims(_doc(), Resources(), MatchConfig()).match_status is None  # not looked up at all
    found = match_claims(_doc(), Resources(matcher=FakeMatcher(HITS)), MatchConfig())
    assert found.match_status == "found" and found.weak_matches == []
    none = match_claims(_doc(), Resources(matcher=FakeMatcher(HITS[2:])), MatchConfig())
    assert none.match_status == "none" and none.matches == []


def test_weak_candidates_are_kept_apart_with_their_score() -> None:
    """Unlevelled hits never join ``matches``: each sentence's best goes to ``weak_matches``, best first."""
    weak = [Hit(RECORDS[2], 0.3, None, "similarity 0.3"), Hit(RECORDS[1], 0.25, None, "similarity 0.25")]
    assert MatchConfig().weak_min_score < 0.3
    doc = match_claims(_doc(), Resources(matcher=FakeMatcher(weak)), MatchConfig(weak_candidates=2))
    assert doc.matches == [] and doc.match_status == "none"
    assert [(m.sentence, m.level, m.score) for m in doc.weak_matches] == [("b0.s0", None, 0.3), ("b0.s1", None, 0.3)]
    again = Document.from_json(doc.to_json())
    assert again.weak_matches == doc.weak_matches and again.match_status == "none"
    faint = match_claims(_doc(), Resources(matcher=FakeMatcher(weak)), MatchConfig(weak_min_score=0.4))
    assert faint.weak_matches == [] and faint.match_status == "none"


def test_a_sentence_with_a_level_gives_no_weak_candidate() -> None:
    doc = match_claims(_doc(), Resources(matcher=FakeMatcher(HITS)), MatchConfig())
    assert doc.weak_matches == [] and all(m.level is not None for m in doc.matches)


def test_weak_settings_validate() -> None:
    with pytest.raises(ConfigError):
        MatchConfig(weak_candidates=-1)
    with pytest.raises(ConfigError):
        MatchConfig(weak_min_score=2.0)
