"""Matcher.search_many: one encoder call per page, same hits as one search per text, cached candidate records."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import pytest
from test_match_support import RECORDS, HashEncoder

from sift.errors import InputError
from sift.factchecks.record import FactCheck
from sift.match.matcher import Matcher
from sift.store.memory import MemoryStore

TEXTS = [
    "Bill Gates wants to put microchips in every vaccine",
    "Une photo montre un convoi de chars qui traverse l'Euphrate.",
    "The moon landing in 1969 was filmed in a studio, the blog said.",
]


class CountingStore(MemoryStore):
    """A memory store that counts record look-ups."""

    lookups = 0

    def get_factcheck(self, factcheck_id: str) -> FactCheck | None:
        self.lookups += 1
        return super().get_factcheck(factcheck_id)

    def get_factchecks(self, ids: Iterable[str]) -> dict[str, FactCheck]:
        found = super().get_factchecks(ids)
        self.lookups += len(found)
        return found


def _open(store: MemoryStore | None = None) -> Matcher:
    return Matcher.open(store if store is not None else MemoryStore(RECORDS), encoder=HashEncoder(), index_dir=None)


def _keys(hits: list) -> list[tuple[str, float, str | None, str]]:
    return [(hit.factcheck.id, hit.score, hit.level, hit.evidence) for hit in hits]


def test_search_many_gives_what_search_gives_per_text() -> None:
    langs = ["en", "fr", None]
    variants = [["microchips in every vaccine"], [], []]
    together = _open().search_many(TEXTS, langs=langs, k=5, variants=variants)
    alone = [_open().search(t, lang=lang, k=5, variants=v) for t, lang, v in zip(TEXTS, langs, variants, strict=True)]
    assert [_keys(hits) for hits in together] == [_keys(hits) for hits in alone]
    assert together[0][0].factcheck.id == RECORDS[3].id


def test_one_encoder_call_for_all_texts_and_variants() -> None:
    matcher = _open()
    encoder = matcher.encoder
    assert isinstance(encoder, HashEncoder)
    calls: list[list[str]] = []
    encode = encoder.encode
    encoder.encode = lambda texts: calls.append(list(texts)) or encode(texts)  # type: ignore[method-assign]
    matcher.search_many([TEXTS[0], TEXTS[0], TEXTS[2]], variants=[["Bill Gates"], [], []])
    assert len(calls) == 1
    assert len(calls[0]) == len(set(calls[0]))  # each distinct text embedded once
    assert {TEXTS[0], "Bill Gates"} <= set(calls[0])


def test_candidate_records_are_loaded_once() -> None:
    store = CountingStore(RECORDS)
    matcher = _open(store)
    store.lookups = 0
    first = matcher.search_many(TEXTS)
    loaded = store.lookups
    assert 0 < loaded <= len(RECORDS)
    assert [_keys(hits) for hits in matcher.search_many(TEXTS)] == [_keys(hits) for hits in first]
    assert store.lookups == loaded


def test_refresh_replaces_a_cached_record() -> None:
    store = MemoryStore(RECORDS)
    matcher = _open(store)
    query = "Bill Gates wants to put microchips in every vaccine"
    assert matcher.search(query, k=1)[0].factcheck.title == RECORDS[3].title
    store.add_many([dataclasses.replace(RECORDS[3], title="Gates microchip vaccine claim is false")])
    assert matcher.refresh() == 1
    assert matcher.search(query, k=1)[0].factcheck.title == "Gates microchip vaccine claim is false"


def test_empty_page_gives_no_lists() -> None:
    assert _open().search_many([]) == []


@pytest.mark.parametrize(
    ("langs", "variants"),
    [(["en"], None), (None, [[]]), (["en", "fr", "de"], [[], [], [], []])],
)
def test_per_text_arguments_must_match_the_texts(langs: list | None, variants: list | None) -> None:
    with pytest.raises(InputError, match="one of each per text"):
        _open().search_many(TEXTS[:2], langs=langs, variants=variants)


def test_an_empty_text_is_input_error() -> None:
    with pytest.raises(InputError, match="empty"):
        _open().search_many([TEXTS[0], "  "])


def test_one_retrieval_scored_under_another_date_is_a_search_at_that_date() -> None:
    """``Candidates.dated`` + ``rank`` (bench/match_levels.py's shortcut) give what ``search_many`` gives."""
    import datetime as dt

    matcher = _open()
    texts = [*TEXTS, "Photos show a convoy — Jane Doe (@jane) May 4, 2016"]  # a byline date wins over any date
    for date in (None, dt.date(2017, 11, 14), dt.date(2020, 3, 1)):
        searched = matcher.search_many(texts, k=5, dates=[date] * len(texts))
        redated = [matcher.rank(found.dated(date), 5) for found in matcher.candidates_many(texts)]
        assert [_keys(hits) for hits in redated] == [_keys(hits) for hits in searched]


def test_candidate_vectors_are_read_from_the_index_once_and_equal_its_own() -> None:
    matcher = _open()
    index = matcher.index
    reads: list[list[int]] = []
    row_vectors = index.row_vectors
    index.row_vectors = lambda rows: reads.append(list(rows)) or row_vectors(rows)  # type: ignore[method-assign]
    first = matcher.search_many(TEXTS)
    read = [row for rows in reads for row in rows]
    assert read and len(read) == len(set(read))  # each row once, though the texts share candidates
    reads.clear()
    assert [_keys(hits) for hits in matcher.search_many(TEXTS)] == [_keys(hits) for hits in first]
    assert reads == []
    rows = sorted(set(read))
    assert (matcher._row_vectors(rows) == row_vectors(rows)).all()
    assert matcher._row_vectors([]).shape == (0, 2, index.dim)


def test_refresh_and_another_vector_index_forget_the_cached_vectors() -> None:
    store = MemoryStore(RECORDS)
    matcher = _open(store)
    matcher.search_many(TEXTS)
    assert len(matcher._vectors) > 0
    store.add_many([dataclasses.replace(RECORDS[3], title="Gates microchip vaccine claim is false")])
    assert matcher.refresh() == 1
    assert len(matcher._vectors) == 0
    matcher.search_many(TEXTS)
    matcher.index.vectors = matcher.index.vectors.copy()  # as converting its precision does (_fit_vectors)
    matcher._row_vectors([0])
    assert len(matcher._vectors) == 1
