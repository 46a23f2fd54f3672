"""The ``language`` stage: per-block codes on the seed page, ``und`` rules, config checks, main language."""

from __future__ import annotations

from pathlib import Path

import pytest
from lingua import LanguageDetector

from sift.document import Block, Document, Source
from sift.errors import ConfigError
from sift.language import (
    DEFAULT_LANGUAGES,
    MIN_CONFIDENCE,
    LanguageConfig,
    build_detector,
    detect_language,
    detect_languages,
    detector_for,
    main_language,
)
from sift.pipeline import Resources


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return build_detector()


def seed_document(seed_path: Path) -> Document:
    """The seed page's blank-line paragraphs as blocks: English body, then French/German related snippets."""
    paragraphs = [p.strip() for p in seed_path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    first_related = next(i for i, p in enumerate(paragraphs) if p.startswith("1. Le refus"))
    blocks = [
        Block(id=f"b{i}", role="body" if i < first_related else "related", text=text)
        for i, text in enumerate(paragraphs)
    ]
    return Document(id="seed", source=Source(kind="file", location=str(seed_path), sha256="0" * 64), blocks=blocks)


def test_seed_blocks_get_their_languages(seed_path: Path) -> None:
    doc = seed_document(seed_path)
    doc.blocks.append(Block(id="place", role="body", text="Albu Kamal"))
    detect_languages(doc, Resources(), LanguageConfig())

    def lang_of(prefix: str) -> str:
        return next(block.lang for block in doc.blocks if block.text.startswith(prefix))

    assert lang_of("The US refused") == "en"
    assert lang_of("Le ministère russe") == "fr"
    assert lang_of("1. Le refus des États-Unis de bombarder") == "fr"
    assert lang_of("Laut Klinzewitsch") == "de"
    assert lang_of("„Ich schließe") == "de"
    assert lang_of("2. Die Tatsache") == "de"
    assert doc.block("place").lang == "und"
    english = [b for b in doc.blocks if b.role == "body" and len(b.text) > 40]
    assert english and all(b.lang == "en" and b.lang_confidence > 0.9 for b in english)
    assert doc.language == "en"


def test_a_place_name_alone_is_undetermined(detector: LanguageDetector) -> None:
    code, confidence = detect_language(detector, "Albu Kamal")
    assert code == "und"
    assert 0.0 < confidence < 1.0  # the best score is kept for readers


@pytest.mark.parametrize("text", ["", "   ", "😀🎉", "12345 — 2017", "ok"])
def test_text_without_enough_letters_is_undetermined(detector: LanguageDetector, text: str) -> None:
    assert detect_language(detector, text)[0] == "und"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("El gobierno anunció ayer nuevas medidas económicas para la región.", "es"),
        ("Il governo ha annunciato ieri nuove misure economiche per la regione.", "it"),
        ("Правительство вчера объявило о новых экономических мерах.", "ru"),
        ("أعلنت الحكومة أمس عن إجراءات اقتصادية جديدة للمنطقة.", "ar"),
        ("De regering heeft gisteren nieuwe economische maatregelen aangekondigd.", "nl"),
    ],
)
def test_sentences_in_other_languages(detector: LanguageDetector, text: str, code: str) -> None:
    assert detect_language(detector, text)[0] == code


def test_a_mixed_block_gets_its_dominant_language(detector: LanguageDetector) -> None:
    text = (
        "The ministry published new photos of the convoy leaving the city on Thursday, and said the earlier "
        "pictures had been a mistake by a civilian employee. Le ministère a précisé."
    )
    assert detect_language(detector, text)[0] == "en"


def test_only_the_first_max_chars_are_scored(detector: LanguageDetector) -> None:
    text = "Le ministère a publié les photos du retrait. " + "The ministry published the photos. " * 20
    assert detect_language(detector, text, max_chars=45)[0] == "fr"


def test_main_language_prefers_body_then_falls_back_to_all_blocks() -> None:
    body = Block(id="b0", role="body", text="x" * 10, lang="en")
    related = Block(id="b1", role="related", text="x" * 500, lang="fr")
    assert main_language([body, related]) == "en"
    body.lang = "und"
    assert main_language([body, related]) == "fr"
    assert main_language([]) == "und"


def test_rerunning_the_stage_replaces_its_fields(detector: LanguageDetector) -> None:
    block = Block(id="b0", role="body", text="Albu Kamal", lang="fr", lang_confidence=1.0)
    doc = Document(id="d", source=Source(kind="text", location="-", sha256="0" * 64), blocks=[block])
    resources = Resources(lingua=detector)
    detect_languages(doc, resources, LanguageConfig())
    assert (block.lang, doc.language) == ("und", "und")


def test_the_default_detector_is_shared_under_lingua(detector: LanguageDetector) -> None:
    resources = Resources(lingua=detector)
    assert detector_for(resources, LanguageConfig()) is detector
    other = LanguageConfig(languages=("en", "fr"))
    assert detector_for(resources, other) is not detector


@pytest.mark.parametrize(
    "changes",
    [
        {"languages": ("en",)},
        {"languages": ("en", "xx")},
        {"mode": "medium"},
        {"min_letters": -1},
        {"min_confidence": 1.5},
        {"max_chars": 0},
        {"short_letters": -1},
    ],
)
def test_bad_config_raises_config_error(changes: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        LanguageConfig(**changes)  # type: ignore[arg-type]


def test_the_confidence_floor_follows_the_mode_unless_set() -> None:
    assert LanguageConfig().confidence_floor == MIN_CONFIDENCE["low"]
    assert LanguageConfig(mode="high").confidence_floor == MIN_CONFIDENCE["high"]
    assert LanguageConfig(min_confidence=0.2).confidence_floor == 0.2


def test_default_set_has_the_required_languages() -> None:
    required = ["en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "ar", "tr"]
    assert set(required) <= set(DEFAULT_LANGUAGES)
    assert len(DEFAULT_LANGUAGES) >= 20


def test_the_low_mode_loads_models_on_first_use_and_scores_as_when_preloaded(detector: LanguageDetector) -> None:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in DEFAULT_LANGUAGES]
    preloaded = (
        LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )
    texts = [
        "The ministry said the images showed a convoy leaving the city.",
        "Le ministère a affirmé détenir des preuves irréfutables.",
        "Das Ministerium erklärte, die Bilder zeigten einen Konvoi.",
        "Правительство вчера объявило о новых экономических мерах.",
        "أعلنت الحكومة أمس عن إجراءات اقتصادية جديدة للمنطقة.",
        "政府昨天宣布了新的经济措施。",
        "Albu Kamal",
    ]
    for text in texts:  # lingua sums in no fixed order: the last bits differ from call to call, preloaded or not
        lazy = {value.language: value.value for value in detector.compute_language_confidence_values(text)}
        loaded = {value.language: value.value for value in preloaded.compute_language_confidence_values(text)}
        assert lazy == pytest.approx(loaded, rel=1e-9, abs=1e-300) and max(lazy, key=lazy.get) == max(
            loaded, key=loaded.get
        )
