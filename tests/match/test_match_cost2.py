"""The match stage's cheaper paths give what the plain ones give: topics read per sentence, scores read once, evidence
only for the hits a caller keeps."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import numpy as np
from test_match_context import _page
from test_match_debate import CONTEXT, _keys, _open

from sift.match import MatchConfig, match_claims
from sift.match.analysis import Analyzer
from sift.match.context import TopicText, page_topics, topic_text
from sift.match.debate import search_with_context, topic_terms
from sift.pipeline import Resources

SENTENCES = [
    "Ohio cut its school budget by 30 percent in 2011.",
    "The governor's office denied it, calling the figures misleading.",
    "  ",
    "Bill Gates and the vaccine microchips were mentioned again.",
    "Teachers' unions said the cuts hit rural districts hardest.",
]


def _words(matcher: object, text: str, lang: str) -> frozenset[str]:
    return frozenset(term for term, _ in matcher.analyzer.words(text, lang))  # type: ignore[attr-defined]


def test_a_topics_terms_are_those_of_its_text() -> None:
    matcher = _open()
    for i in range(len(SENTENCES)):
        topic = topic_text(SENTENCES, i, 2)
        assert isinstance(topic, TopicText) and topic == " ".join(s.strip() for s in topic.parts)
        assert topic_terms(matcher, topic, "en") == _words(matcher, str(topic), "en")
        assert topic_terms(matcher, str(topic), "en") == _words(matcher, str(topic), "en")  # a plain text too
    # a part with a tag or a link is rewritten with what follows it: the topic is then read whole
    noisy = TopicText(["Read more at #Ohio", "Budget cuts — Jane Doe (@janedoe) May 4, 2016", "https://x.example/a b"])
    assert topic_terms(matcher, noisy, "en") == _words(matcher, str(noisy), "en")
    assert topic_terms(matcher, TopicText([]), "en") == frozenset() == topic_terms(matcher, None, "en")
    assert topic_terms(matcher, topic_text(SENTENCES, 0, 1), None) == topic_terms(
        matcher, topic_text(SENTENCES, 0, 1), "en"
    )


def test_a_topic_keeps_its_parts_when_copied() -> None:
    topic = topic_text(SENTENCES, 1, 1)
    for kept in (pickle.loads(pickle.dumps(topic)), copy.copy(topic), copy.deepcopy(topic)):
        assert kept == topic and kept.parts == topic.parts
    assert page_topics(_page(), ("body",), {"b0.s1"}, window=10)["b0.s1"].parts == (
        "Ohio cut its school budget by 30 percent in 2011.",
        "It did so again.",
    )


def test_an_analyzer_remembers_a_texts_terms_and_stays_bounded(monkeypatch: object) -> None:
    import sift.match.analysis as analysis

    analyzer = Analyzer()
    monkeypatch.setattr(analysis, "TERM_SET_CACHE", 2)  # type: ignore[attr-defined]
    for text in [*SENTENCES, *SENTENCES]:
        assert analyzer.term_set(text, "en") == frozenset(Analyzer().tokens(text, "en"))
        assert len(analyzer._sets) <= 2


def test_hits_explained_in_part_are_the_hits_explained_in_full() -> None:
    matcher = _open()
    texts = ["And she did it again.", "Ohio cut the school budget by 30 percent."]
    args = {
        "langs": ["en", "en"],
        "variants": [[], []],
        "contexts": [CONTEXT, None],
        "dates": [None, None],
        "topics": [CONTEXT, None],  # the second sentence is ranked, not re-ranked
    }
    full = search_with_context(matcher, texts, **args)
    for explain in (0, 1, 3, 10, 40):
        part = search_with_context(_open(), texts, explain=explain, **args)
        for whole, some in zip(full, part, strict=True):
            assert _keys(some[:explain]) == _keys(whole[:explain])
            assert [(hit.factcheck.id, hit.score, hit.level) for hit in some] == [
                (hit.factcheck.id, hit.score, hit.level) for hit in whole
            ]
            assert all(hit.evidence == "" for hit in some[explain:])


def test_scores_are_worked_out_once_per_candidates() -> None:
    matcher = _open()
    (found,) = matcher.candidates_many(["And she did it again."], langs=["en"], contexts=[CONTEXT])
    first = matcher.scored(found)
    assert matcher.scored(found) is first
    for got, want in zip(first, matcher.reranker.score_and_order(found.features, found.cross), strict=True):
        assert np.array_equal(got, want)
    assert found.alone is not None
    alone = matcher.scored(found.alone, found.cross)
    assert np.array_equal(alone[0], matcher.reranker.score(found.alone.features, found.cross))
    # other features (another date) or another re-ranker are scored afresh
    dated = found.dated(None)
    assert dated._scored is None
    matcher.reranker = dataclasses.replace(matcher.reranker)
    assert matcher.scored(found) is not first


def test_the_stage_keeps_what_it_kept() -> None:
    """The stage explains only the hits it keeps: its matches and weak candidates carry their evidence."""
    doc = match_claims(_page(), Resources(matcher=_open()), MatchConfig(weak_min_score=0.0))
    assert doc.matches or doc.weak_matches, "the test needs hits"
    assert all(match.evidence for match in [*doc.matches, *doc.weak_matches])


def test_a_sentence_labelled_not_check_worthy_is_not_looked_up_when_asked() -> None:
    from test_match_stage import HITS, FakeMatcher, _doc

    from sift.claims import LABEL_NEGATIVE, LABEL_POSITIVE
    from sift.document import Claim

    doc = _doc()
    doc.claims = [
        Claim("b0.s0", 0.8, LABEL_POSITIVE, 0, 20),
        Claim("b0.s1", 0.35, LABEL_NEGATIVE, 22, 31),  # listed, over claim_min_score, not check-worthy
        Claim("b1.s0", 0.6, "claim", 0, 26),  # another labeller's claim
    ]
    fake = FakeMatcher(HITS)
    match_claims(doc, Resources(matcher=fake), MatchConfig(checkworthy_only=True))
    assert [text for text, _, _ in fake.calls] == ["Photos show a convoy.", "Une photo montre un convoi."]
    every = FakeMatcher(HITS)
    match_claims(doc, Resources(matcher=every), MatchConfig())  # off by default: every claim reaching the score
    looked_up = [text for text, _, _ in every.calls]
    assert looked_up == ["Photos show a convoy.", "It rained.", "Une photo montre un convoi."]
