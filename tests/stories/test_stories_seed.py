"""The seed and other-language reports of the same Albu Kamal claim form one story with the shipped settings;
other 2017 Syria events of the same weeks (the town's recapture, a market strike, an earlier statement of
the same ministry) do not join it. Pages from bench/data/stories-dev, analysed by sift's own pipeline."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import sift
from sift.encoders import load_encoder
from sift.pipeline import Pipeline, Resources
from sift.stories import MemoryStoryIndex, StoryDocument, document_features

PAGES = Path(__file__).resolve().parents[2] / "bench" / "data" / "stories-dev"
SAME_CLAIM = ("albu-kamal-fr-claim.html", "albu-kamal-de-claim.html", "albu-kamal-es-debunk.html")
OTHER_EVENTS = ("abukamal-capture-en.html", "abukamal-capture-fr.html", "atareb-en.html", "russia-mod-raqqa-en.html")


@pytest.fixture(scope="module")
def stories(seed_path: Path) -> tuple[MemoryStoryIndex, dict[str, StoryDocument]]:
    encoder = load_encoder()
    pipeline = Pipeline(stages=("extract", "language", "segment", "claims"), resources=Resources(encoder=encoder))
    docs = {}
    for path in (seed_path, *(PAGES / name for name in SAME_CLAIM + OTHER_EVENTS)):
        features = document_features(sift.check(str(path), pipeline=pipeline), encoder)
        docs[path.name] = dataclasses.replace(features, id=path.name)
    index = MemoryStoryIndex()
    for doc in sorted(docs.values(), key=lambda d: (d.day, d.id)):
        index.add(doc)
    return index, docs


def test_the_seed_and_its_other_language_reports_are_one_story(stories, seed_path: Path) -> None:
    index, docs = stories
    story = index.story_of(seed_path.name)
    assert {index.story_of(name) for name in SAME_CLAIM} == {story}
    assert {docs[name].lang for name in (seed_path.name, *SAME_CLAIM)} == {"en", "fr", "de", "es"}


@pytest.mark.parametrize("name", OTHER_EVENTS)
def test_other_syria_events_do_not_join_it(stories, seed_path: Path, name: str) -> None:
    index, _ = stories
    assert index.story_of(name) != index.story_of(seed_path.name)
