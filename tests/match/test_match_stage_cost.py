"""The match stage's batched steps give what their one-at-a-time versions gave, to the bit (issue #13)."""

from __future__ import annotations

import numpy as np
import pytest
from test_match_support import RECORDS, HashEncoder, record

from sift.document import Block, Document, Sentence, Source
from sift.factchecks.record import FactCheck
from sift.match import analysis
from sift.match.analysis import Analyzer, char_cosines, char_grams
from sift.match.context import page_contexts
from sift.match.index import record_text
from sift.match.matcher import Matcher
from sift.store.memory import MemoryStore

TEXTS = [
    "A photo shows a convoy of tanks crossing the Euphrates river.",
    "a photo shows a convoy",
    "Конвой танков пересекает Евфрат",
    "",
    "...",
    "Photos montrent un convoi de chars",
]


def test_char_cosines_equal_each_pairs_cosine_exactly() -> None:
    grams = [char_grams(text) for text in TEXTS]
    for query in grams:
        assert char_cosines(query, grams) == [query.cosine(other) for other in grams]
    assert char_cosines(grams[0], []) == []


def _matcher(records: list[FactCheck]) -> Matcher:
    return Matcher.open(MemoryStore(records), encoder=HashEncoder())


def _nearest_one_by_one(matcher: Matcher, queries: np.ndarray, count: int) -> dict[int, float]:
    """The best cosine of each live row among each query's ``count`` nearest keys, read key by key."""
    best: dict[int, float] = {}
    for query in queries:
        found = matcher.index.vectors.search(query, count)
        for key, distance in zip(found.keys.tolist(), found.distances.tolist(), strict=True):
            row, sim = int(key) // 2, float(np.float32(1.0) - np.float32(distance))
            if matcher.index.live[row] and sim > best.get(row, -1.0):
                best[row] = sim
    return best


def test_nearest_keeps_each_live_rows_best_cosine() -> None:
    records = [*RECORDS, record("Tanks crossed the river in a convoy, the photo shows.", None)]
    matcher = _matcher(records)
    queries = matcher.encoder.encode(["a convoy of tanks", "hot water cures the flu", "tanks river photo convoy"])
    for count in (1, 3, 100):  # 100: more than the index holds (a batch pads its results)
        assert matcher.index.nearest(queries, count) == _nearest_one_by_one(matcher, queries, count)
    matcher.index.live[0] = False
    found = matcher.index.nearest(queries, 100)
    assert 0 not in found and found == _nearest_one_by_one(matcher, queries, 100)
    assert matcher.index.nearest(queries[:1], 2) == _nearest_one_by_one(matcher, queries[:1], 2)


def test_row_vectors_give_the_claim_for_a_missing_title() -> None:
    records = [record("A photo shows a convoy of tanks.", None), *RECORDS]
    matcher = _matcher(records)
    vectors = matcher.index.row_vectors([0, 1, 2])
    assert vectors.shape == (3, 2, matcher.index.dim)
    np.testing.assert_array_equal(vectors[0, 0], vectors[0, 1])
    assert not np.array_equal(vectors[1, 0], vectors[1, 1])
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=2), 1.0, atol=1e-5)
    assert matcher.index.row_vectors([]).shape == (0, 2, matcher.index.dim)


def test_candidates_character_cosines_are_the_sentences_own_with_or_without_context() -> None:
    matcher = _matcher(RECORDS)
    text = "It shows tanks crossing the Euphrates."
    context = "The ministry published a photo of a convoy. It shows tanks crossing the Euphrates."
    [found] = matcher.candidates_many([text], langs=["en"], contexts=[context])
    assert found.alone is not None and found.factchecks
    grams = char_grams(text)
    for pairs in (found.pairs, found.alone.pairs):
        expected = [grams.cosine(char_grams(record_text(factcheck))) for factcheck in found.factchecks]
        assert [pair.char_cos for pair in pairs] == expected


def test_nearest_many_is_each_groups_own_search() -> None:
    matcher = _matcher([*RECORDS, record("Tanks crossed the river in a convoy, the photo shows.", None)])
    texts = [["a convoy of tanks", "tanks river photo"], ["hot water cures the flu"], ["moon landing", "studio", "x"]]
    groups = [matcher.encoder.encode(group) for group in texts]
    for count in (2, 100):
        assert matcher.index.nearest_many(groups, count) == [matcher.index.nearest(g, count) for g in groups]
    assert matcher.index.nearest_many([], 5) == []


def _page() -> Document:
    sentences = ["Ohio cut its school budget by 30 percent in 2011.", "It did so again.", "And again.", "So it did."]
    body = " ".join(sentences)
    spans, start = [], 0
    for i, text in enumerate(sentences):
        spans.append(Sentence(f"b0.s{i}", start, start + len(text)))
        start += len(text) + 1
    return Document(
        id="d1",
        source=Source(kind="text", location="-", sha256="0"),
        blocks=[Block("b0", "body", body, lang="en", sentences=spans)],
    )


def test_contexts_of_the_looked_up_sentences_are_those_of_the_whole_page() -> None:
    doc = _page()
    every = page_contexts(doc, ("body",), window=2, min_content_words=10)
    assert len(every) == 3
    for ids in ({"b0.s1"}, {"b0.s3"}, {"b0.s0", "b0.s2"}, set()):
        some = page_contexts(doc, ("body",), window=2, min_content_words=10, sentence_ids=ids)
        assert some == {key: value for key, value in every.items() if key in ids}


def test_a_pages_queries_give_what_each_gives_alone() -> None:
    matcher = _matcher(RECORDS)
    texts = ["A photo shows tanks crossing the Euphrates.", "Hot water cures the flu.", "It did so again."]
    contexts = [None, None, "Hot water cures the flu. It did so again."]
    together = matcher.candidates_many(texts, langs=["en"] * 3, contexts=contexts)
    for text, context, found in zip(texts, contexts, together, strict=True):
        [alone] = _matcher(RECORDS).candidates_many([text], langs=["en"], contexts=[context])
        assert [f.id for f in found.factchecks] == [f.id for f in alone.factchecks]
        np.testing.assert_array_equal(found.features, alone.features)
        assert (found.alone is None) == (alone.alone is None) == (context is None)
        if found.alone is not None and alone.alone is not None:
            np.testing.assert_array_equal(found.alone.features, alone.alone.features)


def test_hits_explained_afterwards_are_the_hits_ranked_with_evidence() -> None:
    matcher = _matcher(RECORDS)
    texts = ["A photo shows a convoy of tanks crossing the Euphrates river.", "It did so again."]
    contexts = [None, "Drinking hot water cures the flu. It did so again."]
    for found in matcher.candidates_many(texts, langs=["en", "en"], contexts=contexts):
        plain = matcher.rank(found, 4, explain=False)
        assert plain and all(hit.evidence == "" for hit in plain)
        assert matcher.explained(found, plain) == matcher.rank(found, 4)
        assert matcher.explained(found, plain[::-1]) == matcher.rank(found, 4)[::-1]


def test_words_read_from_the_analyzers_memory_are_those_of_a_fresh_one(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        ("The ministry's photos didn't show the convoy: it's a still from AC-130 Gunship Simulator, 2016.", "en"),
        ("L'armée russe a publié des « preuves » : une capture d'écran d'un jeu vidéo.", "fr"),
        ("Das Ministerium veröffentlichte Bilder aus einem Computerspiel, 2017", "de"),
        ("A b c 7 x9 THE The the", "en"),
    ]
    warm = Analyzer()
    for _ in range(2):
        for text, lang in texts:
            assert warm.words(text, lang) == Analyzer().words(text, lang)
    monkeypatch.setattr(analysis, "TERM_CACHE", 3)  # the memory starts afresh when full
    for text, lang in texts:
        assert warm.words(text, lang) == Analyzer().words(text, lang)
