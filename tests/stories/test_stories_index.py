"""Online story clustering on small hand-built inputs: join, window, cross-language threshold, merge with a
stable id and redirects, split when a bridging document goes, updates, dry runs, determinism."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from sift.errors import ConfigError
from sift.stories import MemoryStoryIndex, StoryConfig, StoryDocument, StoryIndex
from sift.stories.names import name_keys
from sift.stories.similarity import idf, link_evidence
from sift.stories.window import EXACT_UP_TO, TimeWindowIndex

#: Plain settings so each test's arithmetic is visible: cosine alone decides unless a test adds evidence.
CONFIG = StoryConfig(
    threshold=0.6,
    cross_lingual_offset=0.1,
    merge_margin=0.05,
    name_weight=0.2,
    number_weight=0.0,
    factcheck_weight=0.15,
    gap_weight=0.0,
    centroid_weight=0.0,
)


def unit(*components: float) -> np.ndarray:
    vector = np.zeros(8, dtype=np.float32)
    vector[: len(components)] = components
    return vector / np.linalg.norm(vector)


def doc(doc_id: str, vector: np.ndarray, *, day: float = 100.0, lang: str = "en", **fields) -> StoryDocument:
    return StoryDocument(id=doc_id, lang=lang, day=day, vector=vector, **fields)


def test_the_memory_index_is_a_story_index() -> None:
    assert isinstance(MemoryStoryIndex(), StoryIndex)


def test_similar_documents_join_the_first_ones_story() -> None:
    index = MemoryStoryIndex(CONFIG)
    first = index.add(doc("a", unit(1, 0)))
    second = index.add(doc("b", unit(0.9, 0.3), day=101))
    assert first.is_new and first.story == "a"
    assert not second.is_new and second.story == "a"
    assert [link.document for link in second.links] == ["a"]
    assert second.links[0].evidence.cosine == pytest.approx(0.9 / np.hypot(0.9, 0.3), abs=1e-6)


def test_dissimilar_documents_start_their_own_stories() -> None:
    index = MemoryStoryIndex(CONFIG)
    index.add(doc("a", unit(1, 0)))
    assert index.add(doc("b", unit(0.5, 0.866))).story == "b"  # cosine 0.5 < 0.6


@pytest.mark.parametrize(("gap_days", "joined"), [(6.9, True), (7.0, True), (7.1, False), (-7.1, False)])
def test_documents_link_only_within_the_window(gap_days: float, joined: bool) -> None:
    index = MemoryStoryIndex(CONFIG)
    index.add(doc("a", unit(1, 0), day=200.0))
    assert (index.add(doc("b", unit(1, 0), day=200.0 + gap_days)).story == "a") is joined


def test_the_window_is_a_setting() -> None:
    index = MemoryStoryIndex(StoryConfig(threshold=0.6, window_days=14))
    index.add(doc("a", unit(1, 0), day=200.0))
    assert index.add(doc("b", unit(1, 0), day=210.0)).story == "a"


def test_documents_in_different_languages_need_less_similarity() -> None:
    index = MemoryStoryIndex(CONFIG)
    index.add(doc("en", unit(1, 0), lang="en"))
    between = unit(0.55, 0.835)  # cosine 0.55: under 0.6, over 0.6 - 0.1
    assert index.add(doc("en2", between, lang="en")).is_new
    assert index.add(doc("fr", between, lang="fr")).story == "en"


def test_transliterated_names_are_shared_evidence() -> None:
    """'Butscha' (de) and 'Буча' (ru) are one name: one shared name is half-evidence, 0.45 + 0.2 * 0.5 >= 0.5."""
    for names, joined in ((("Butscha", "Буча"), True), (("Butscha", "Ирпень"), False)):
        index = MemoryStoryIndex(CONFIG)
        index.add(doc("de", unit(1, 0), lang="de", names=name_keys(f"Die Toten von {names[0]}", "de")))
        added = index.add(doc("ru", unit(0.45, 0.893), lang="ru", names=name_keys(f"Трагедия в {names[1]}", "ru")))
        assert (added.story == "de") is joined, names


def test_a_shared_fact_check_is_evidence() -> None:
    index = MemoryStoryIndex(CONFIG)
    index.add(doc("a", unit(1, 0), factchecks=frozenset({"fc1"})))
    assert index.add(doc("b", unit(0.5, 0.866), factchecks=frozenset({"fc1"}))).story == "a"  # 0.5 + 0.15


def merged_pair() -> MemoryStoryIndex:
    """Stories 'a' and 'b' (orthogonal), then 'c' halfway between: linked to both with margin 0.107."""
    index = MemoryStoryIndex(CONFIG)
    index.add(doc("a", unit(1, 0)))
    index.add(doc("b", unit(0, 1), day=101))
    return index


def test_a_document_linking_two_stories_merges_them_under_the_older_id() -> None:
    index = merged_pair()
    assignment = index.add(doc("c", unit(1, 1), day=102))
    assert assignment.story == "a" and assignment.merged == ["b"]
    assert index.story_of("b") == "a"
    story = index.get("b")  # a merged id keeps working
    assert story is not None and story.id == "a"
    assert [d.id for d in story.documents] == ["a", "b", "c"]
    assert index.redirects() == {"b": "a"}


def test_a_borderline_second_link_does_not_merge() -> None:
    index = MemoryStoryIndex(StoryConfig(threshold=0.68, cross_lingual_offset=0.1, merge_margin=0.05, gap_weight=0))
    index.add(doc("a", unit(1, 0)))
    index.add(doc("b", unit(0, 1)))
    assignment = index.add(doc("c", unit(1, 1)))  # margins 0.027 over 0.68: joins one, merges nothing
    assert assignment.story == "a" and assignment.merged == []
    assert index.story_of("b") == "b"


def test_redirects_follow_chains_of_merges() -> None:
    index = MemoryStoryIndex(CONFIG)
    index.add(doc("z", unit(0, 0, 1)))
    index.add(doc("a", unit(1, 0)))
    index.add(doc("b", unit(0, 1)))
    index.add(doc("c", unit(1, 1)))  # b -> a
    index.add(doc("d", unit(1, 1, 1.5)))  # links c (0.67) and z (0.71): a (and so b) -> z
    assert index.resolve("b") == "z" and index.resolve("a") == "z"
    assert {s.id for s in index.list()} == {"z"}
    assert index._pointing == {"z": {"a", "b"}}  # the reverse map a merge reads instead of every redirect


def test_removing_the_bridge_splits_the_story_and_gives_back_the_merged_id() -> None:
    index = merged_pair()
    index.add(doc("c", unit(1, 1), day=102))
    assert index.remove("c") == ["a", "b"]
    assert index.story_of("a") == "a" and index.story_of("b") == "b"
    assert index.redirects() == {} and index._pointing == {}
    assert [d.id for d in index.get("b").documents] == ["b"]  # type: ignore[union-attr]


def test_removing_a_leaf_keeps_the_story_whole() -> None:
    index = MemoryStoryIndex(CONFIG)
    for i, day in enumerate((100, 101, 102)):
        index.add(doc(f"d{i}", unit(1, 0.1 * i), day=day))
    assert index.remove("d2") == ["d0"]
    assert index.remove("unknown") == []
    assert [d.id for d in index.get("d0").documents] == ["d0", "d1"]  # type: ignore[union-attr]


def test_removing_the_founder_keeps_the_story_id() -> None:
    index = MemoryStoryIndex(CONFIG)
    index.add(doc("a", unit(1, 0)))
    index.add(doc("b", unit(1, 0.1)))
    index.remove("a")
    assert index.story_of("b") == "a"
    assert index.add(doc("a", unit(0, 1))).story == "a~2"  # the id is taken: the new story gets another


def test_an_update_replaces_the_documents_links() -> None:
    index = merged_pair()
    index.add(doc("c", unit(1, 1), day=102))
    update = index.add(doc("c", unit(1, 0.05), day=102))  # the page changed: now only like 'a'
    assert update.story == "a" and update.split == ["b"]
    assert index.story_of("b") == "b"
    assert len(index) == 3


def test_a_one_page_story_can_be_removed_and_its_page_stored_again() -> None:
    # a one-page story keeps no sum of its members: removing (or re-adding) its page must not need one first
    index = MemoryStoryIndex(CONFIG)
    index.add(doc("a", unit(1, 0)))
    again = index.add(doc("a", unit(1, 0.05)))  # the same page checked again
    assert again.story == "a" and len(index) == 1
    assert index.remove("a") == ["a"] and len(index) == 0


def test_assign_is_a_dry_run() -> None:
    index = merged_pair()
    assignment = index.assign(doc("c", unit(1, 1), day=102))
    assert assignment.story == "a" and assignment.merged == ["b"]
    assert "c" not in index and index.story_of("b") == "b" and index.redirects() == {}


def test_list_is_newest_first_and_filters_by_day_and_language() -> None:
    index = MemoryStoryIndex(CONFIG)
    index.add(doc("old", unit(1, 0), day=10, lang="fr"))
    index.add(doc("new", unit(0, 1), day=50, lang="de"))
    index.add(doc("new-en", unit(0, 1), day=51, lang="en"))
    assert [s.id for s in index.list()] == ["new", "old"]
    assert [s.id for s in index.list(since=20)] == ["new"]
    assert [s.id for s in index.list(lang="fr")] == ["old"]
    story = index.get("new")
    assert story is not None
    assert story.languages == {"de": 1, "en": 1}
    assert story.first_seen == "1970-02-20" and story.last_seen == "1970-02-21"


def test_story_json_has_the_listing_fields() -> None:
    index = MemoryStoryIndex(CONFIG)
    index.add(doc("a", unit(1, 0), title="Title A", site="Outlet", source="/pages/a.html", published="1970-04-11"))
    index.add(doc("b", unit(1, 0.1), lang="fr", title="Titre B", factchecks=frozenset({"fc9"})))
    data = index.get("a").to_dict()  # type: ignore[union-attr]
    assert set(data) == {"id", "title", "languages", "sites", "first_seen", "last_seen", "documents", "factchecks"}
    assert data["sites"] == {"Outlet": 1} and data["factchecks"] == ["fc9"]
    assert data["documents"][0] == {
        "id": "a",
        "source": "/pages/a.html",
        "title": "Title A",
        "lang": "en",
        "published": "1970-04-11",
        "site": "Outlet",
    }


def test_same_input_order_gives_the_same_stories() -> None:
    rng = np.random.default_rng(3)
    centres = rng.standard_normal((12, 8))
    docs = []
    for i in range(150):
        centre = centres[i % 12]
        vector = centre / np.linalg.norm(centre) + 0.3 * rng.standard_normal(8)
        docs.append(doc(f"d{i}", (vector / np.linalg.norm(vector)).astype(np.float32), day=float(rng.integers(0, 30))))
    runs = []
    for _ in range(2):
        index = MemoryStoryIndex(CONFIG)
        runs.append([index.add(d).story for d in docs])
    assert runs[0] == runs[1]
    assert 1 < len(set(runs[0])) < 150


def test_config_is_validated() -> None:
    with pytest.raises(ConfigError, match="window"):
        StoryConfig(window_days=0)
    with pytest.raises(ConfigError, match="neighbours"):
        StoryConfig(neighbours=0)
    with pytest.raises(ConfigError, match="name weight"):
        StoryConfig(name_weight=-0.1)


def test_the_candidate_bound_drops_no_link_that_would_pass() -> None:
    """Candidates are cut by a bound before scoring: every link a full scoring finds must still be made."""
    config = StoryConfig(neighbours=1000, gap_weight=0.3, number_weight=0.1, factcheck_weight=0.15, name_weight=0.1)
    rng = np.random.default_rng(5)
    centres = rng.standard_normal((6, 8))
    index = MemoryStoryIndex(config)
    kept: list[StoryDocument] = []
    found = 0
    for i in range(120):
        vector = centres[i % 6] / np.linalg.norm(centres[i % 6]) + 0.45 * rng.standard_normal(8)
        numbers = frozenset({"1200", "35"} if i % 3 == 0 else ())
        factchecks = frozenset({"fc1"} if i % 5 == 0 else ())
        new = doc(
            f"d{i}",
            (vector / np.linalg.norm(vector)).astype(np.float32),
            day=float(rng.uniform(0, 20)),
            lang=("en", "fr")[i % 2],
            numbers=numbers,
            factchecks=factchecks,
        )
        documents = len(kept) + 1
        counts = Counter(name for other in kept for name in other.names)

        def weight(key: str, documents: int = documents, counts: Counter = counts) -> float:
            return idf(documents, counts[key])

        passing = {}
        for other in kept:
            if abs(other.day - new.day) > config.window_days:
                continue
            evidence = link_evidence(new, other, config, weight)
            assert evidence is not None
            margin = evidence.score - config.threshold_for(new.lang, other.lang)
            if margin >= 0:
                passing[other.id] = margin
        assignment = index.add(new)
        kept.append(new)
        linked = {link.document for link in assignment.links}
        assert linked <= set(passing)
        assert assignment.is_new == (not passing)
        if passing:
            found += 1
            assert max(passing, key=passing.__getitem__) in linked  # the widest margin picks the story
    assert found > 30  # the stream links often enough for the check to bite


def test_a_window_filled_at_once_searches_like_one_filled_one_by_one() -> None:
    """Reopening a store fills the window in one call per bucket: it must find the same neighbours."""
    rng = np.random.default_rng(9)
    vectors = rng.standard_normal((EXACT_UP_TO + 500, 8)).astype(np.float32)
    days = [float(day) for day in rng.uniform(0, 10, len(vectors))]
    one_by_one, at_once = TimeWindowIndex(8), TimeWindowIndex(8)
    for key, (day, vector) in enumerate(zip(days, vectors, strict=True)):
        one_by_one.add(key, day, vector)
    at_once.add_many(list(range(len(vectors))), days, vectors)
    for row in range(0, len(vectors), 97):
        assert at_once.search(vectors[row], days[row], 7.0, 10) == one_by_one.search(vectors[row], days[row], 7.0, 10)
