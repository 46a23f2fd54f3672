"""Unit tests of the attribution pieces: relays, speakers, transliteration, quotes, config."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sift.attribution import AttributionConfig
from sift.attribution.english import load_parse_model
from sift.attribution.frames import Frame, citation_frames, collapse_relays, quote_regions
from sift.attribution.speakers import SourceMention, resolve_speakers, transliteration_key
from sift.document import Attribution, Document
from sift.errors import ConfigError
from sift.pipeline import registered_stages

Analyse = Callable[[list[tuple[str, str]]], Document]


def _text(doc: Document, attribution: Attribution, role: str) -> str:
    block = doc.block(attribution.sentence.split(".", 1)[0])
    mention = getattr(attribution, role)
    return block.text[mention.start : mention.end] if mention is not None else ""


def test_stage_is_registered_with_its_contract() -> None:
    spec = registered_stages()["attribution"]
    assert spec.requires == ("blocks.sentences",)
    assert spec.assigns == ("attributions", "speakers", "attribution_unavailable")
    assert spec.config_cls is AttributionConfig


def test_config_rejects_unknown_language() -> None:
    with pytest.raises(ConfigError, match="unsupported"):
        AttributionConfig(languages=("xx",))


def test_missing_model_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"train/attribution_en\.py"):
        load_parse_model(tmp_path / "absent.json")


def test_said_then_reported_is_a_relay(analyse: Analyse) -> None:
    doc = analyse([("en", "The ministry said the convoy left the city on Tuesday, Sputnik reported.")])
    (attribution,) = doc.attributions
    assert _text(doc, attribution, "source") == "The ministry"
    assert _text(doc, attribution, "content") == "the convoy left the city on Tuesday"
    assert [doc.blocks[0].text[r.source.start : r.source.end] for r in attribution.via] == ["Sputnik"]
    assert attribution.via[0].cue is not None and attribution.via[0].cue.lemma == "report"
    assert [(s.name, s.kind) for s in doc.speakers] == [("ministry", "organisation")]  # Sputnik only relays


def test_quote_before_cue_with_relay_after(analyse: Analyse) -> None:
    doc = analyse([("en", '"We have the evidence," the ministry said, Sputnik reported.')])
    (attribution,) = doc.attributions
    assert _text(doc, attribution, "content") == '"We have the evidence,"'
    assert attribution.kind == "direct"
    assert _text(doc, attribution, "source") == "the ministry"
    assert attribution.via and attribution.via[0].source.entity == "Sputnik"


def test_pronoun_takes_the_last_compatible_speaker(analyse: Analyse) -> None:
    doc = analyse(
        [("en", "The Russian Defense Ministry said the strikes had stopped. The convoy left the city, it said.")]
    )
    entities = [a.source.entity for a in doc.attributions if a.source is not None]
    assert entities == ["Russian Defense Ministry", "Russian Defense Ministry"]


def test_continued_quote_is_attributed_to_the_same_speaker(analyse: Analyse) -> None:
    doc = analyse([("en", "“We will not leave,” the senator said. “The people need us here.”")])
    contents = [_text(doc, a, "content") for a in doc.attributions]
    assert contents == ["“We will not leave,”", "“The people need us here.”"]
    assert doc.attributions[1].sentence == "b0.s1"
    assert _text(doc, doc.attributions[1], "cue") == "said"


def test_german_so_and_separable_cue(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Die Lage sei weiterhin angespannt, so ein Sprecher des Ministeriums."),
            ("de", "Die Behörde teilte mit, das Wasser sei wieder sauber."),
        ]
    )
    found = {(_text(doc, a, "cue"), _text(doc, a, "source"), _text(doc, a, "content")) for a in doc.attributions}
    assert ("so", "ein Sprecher des Ministeriums", "Die Lage sei weiterhin angespannt") in found
    assert ("teilte", "Die Behörde", "das Wasser sei wieder sauber") in found


def test_french_trailing_selon_is_a_relay(analyse: Analyse) -> None:
    doc = analyse([("fr", "Le Kremlin a démenti toute implication dans l'attaque, selon l'agence TASS.")])
    (attribution,) = doc.attributions
    assert _text(doc, attribution, "source") == "Le Kremlin"
    assert _text(doc, attribution, "content") == "toute implication dans l'attaque"
    assert [doc.blocks[0].text[r.source.start : r.source.end] for r in attribution.via] == ["l'agence TASS"]


@pytest.mark.parametrize(
    ("names", "same"),
    [
        (("Klintsevitch", "Klinzewitsch", "Klintsevich"), True),
        (("Frants", "Franz", "Frantz"), True),
        (("Klintsevitch", "Kasich"), False),
    ],
)
def test_transliteration_key(names: tuple[str, ...], same: bool) -> None:
    assert (len({transliteration_key(name) for name in names}) == 1) is same


def test_institutions_merge_across_languages() -> None:
    mentions = [
        SourceMention("The Russian Defense Ministry", "en", "a0"),
        SourceMention("le ministère russe de la Défense", "fr", "a1"),
        SourceMention("das russische Verteidigungsministerium", "de", "a2"),
        SourceMention("it", "en", "a3"),
    ]
    resolutions, speakers = resolve_speakers(mentions)
    assert [r.name if r else None for r in resolutions] == ["Russian Defense Ministry"] * 4
    assert len(speakers) == 1 and speakers[0].languages == ["en", "fr", "de"]


def test_title_resolves_to_the_titled_person() -> None:
    mentions = [
        SourceMention("le sénateur russe Frantz Klintsevitch", "fr", "a0"),
        SourceMention("the Pentagon", "en", "a1"),
        SourceMention("den Parlamentarier", "de", "a2"),
    ]
    resolutions, speakers = resolve_speakers(mentions)
    assert [r.name if r else None for r in resolutions] == ["Frantz Klintsevitch", "Pentagon", "Frantz Klintsevitch"]
    assert speakers[0].kind == "person"


def test_quote_regions_cover_marks_and_unclosed_quotes() -> None:
    text = "He said «non» and „ja“ and ''fine,'' then “open"
    assert [text[s:e] for s, e in quote_regions(text)] == ["«non»", "„ja“", "''fine,''", "“open"]


def test_quote_regions_found_by_pattern_are_those_of_a_walk_over_every_character() -> None:
    """quote_regions finds marks with ``re`` (a cost, issue #13): the regions of a plain walk over each character,
    on random strings of marks, letters and spaces."""
    import random

    from sift.attribution.frames import QUOTE_PAIRS

    def walked(text: str) -> list[tuple[int, int]]:
        original, text = text, text.replace("''", '"\x00')
        regions, index = [], 0
        while index < len(text):
            char, closers = text[index], QUOTE_PAIRS.get(text[index])
            if closers is None or (char == "‘" and index > 0 and text[index - 1].isalpha()):
                index += 1
                continue
            end = index + 1
            while end < len(text) and text[end] not in closers:
                end += 1
            if char == "»" and (end == len(text) or text[index + 1 : index + 2].isspace()):
                index += 1  # a German guillemet quotes only with its closing mark, against the first word
                continue
            regions.append((index, min(end + 1, len(text))))
            index = end + 1
        doubled = [(start, end + 1 if original[end - 1 : end + 1] == "''" else end) for start, end in regions]
        return [(start, end) for start, end in doubled if end - start > 2]

    rng = random.Random(13)
    alphabet = "“”„«»\"‘’'ab  ."
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert quote_regions(text) == walked(text), text


def test_speaker_label_opens_a_block(analyse: Analyse) -> None:
    doc = analyse([("en", "PENCE: Well, look, the debate will be about the economy.")])
    (attribution,) = doc.attributions
    assert (_text(doc, attribution, "source"), _text(doc, attribution, "cue")) == ("PENCE", ":")
    assert _text(doc, attribution, "content") == "Well, look, the debate will be about the economy"


def test_collapse_keeps_independent_frames() -> None:
    text = "A said x. B said y."
    frames = [
        Frame(cue=(2, 6), content=[(7, 8)], source=(0, 1)),
        Frame(cue=(12, 16), content=[(17, 18)], source=(10, 11)),
    ]
    assert len(collapse_relays(text, frames)) == 2


def test_bracketed_outlet_cites_the_passage_before_it() -> None:
    text = "FEELING THE BERN Sanders leads in Iowa. [NYT.] UN: New abuse claims surface. [HuffPost.] See [A]."
    frames = citation_frames(text)
    assert [(text[slice(*f.cue)], text[slice(*f.source)]) for f in frames if f.cue and f.source] == [
        ("[NYT.]", "NYT"),
        ("[HuffPost.]", "HuffPost"),
    ]
    assert [text[slice(*f.content[0])] for f in frames] == [
        "FEELING THE BERN Sanders leads in Iowa",
        "UN: New abuse claims surface",
    ]
