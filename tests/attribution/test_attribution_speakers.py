"""Speakers are entities with a kind, relays are read in every language, uncertain attributions say so (#18)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution import AttributionConfig, attribute_statements
from sift.attribution.speakers import SourceMention, read_source
from sift.document import Attribution, Block, Document, Source
from sift.lexicon.gazetteer import build_gazetteer
from sift.pipeline import Resources
from sift.report.markdown import render_markdown
from sift.report.view import build_view

Analyse = Callable[[list[tuple[str, str]]], Document]


def _text(doc: Document, attribution: Attribution, role: str) -> str:
    block = doc.block(attribution.sentence.split(".", 1)[0])
    mention = getattr(attribution, role)
    return block.text[mention.start : mention.end] if mention is not None else ""


def _relays(doc: Document, attribution: Attribution) -> list[str]:
    block = doc.block(attribution.sentence.split(".", 1)[0])
    return [block.text[relay.source.start : relay.source.end] for relay in attribution.via]


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    return build_gazetteer()


@pytest.mark.parametrize(
    ("lang", "text", "kind", "name"),
    [
        ("en", "Two officials said the convoy left on Tuesday.", "anonymous", "officials"),
        ("en", "The Russian Defense Ministry said the convoy left.", "organisation", "Russian Defense Ministry"),
        ("en", "The US said the convoy left.", "government", "US"),
        ("en", "Reuters reported that the convoy left.", "outlet", "Reuters"),
        ("fr", "Le convoi est parti, a estimé le sénateur russe Frantz Klintsevitch.", "person", "Frantz Klintsevitch"),
        ("es", "El ministro de Economía, Luis de Guindos, aseguró que no habrá rescate.", "person", "Luis de Guindos"),
        ("es", "Según el Banco de España, la economía crecerá un 2 %.", "organisation", "Banco de España"),
        ("pl", "Rząd poinformował, że ceny wzrosną.", "government", "Rząd"),
        ("de", "Berlin erklärte, die Lage sei ruhig.", "government", "Berlin"),
    ],
)
def test_sources_name_entities_of_a_kind(analyse: Analyse, lang: str, text: str, kind: str, name: str) -> None:
    doc = analyse([(lang, text)])
    assert [(speaker.kind, speaker.name) for speaker in doc.speakers] == [(kind, name)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The crisis said nothing new, the grid's capacity showed."),
        ("de", "Die Provokationen zeigten, dass die Lage ernst sei."),
        ("fr", "La crise sanitaire a montré que le système est fragile."),
    ],
)
def test_abstract_nouns_name_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert analyse([(lang, text)]).speakers == []


def test_a_reading_without_a_tagger_still_tells_pronouns_and_states(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert read_source(SourceMention("it", "en", "a0"), gazetteer).kind == "pronoun:thing"
    assert read_source(SourceMention("which", "en", "a0"), gazetteer).kind == "relative"
    assert read_source(SourceMention("the United States", "en", "a0"), gazetteer).kind == "government"


def test_an_action_names_no_speaker(analyse: Analyse) -> None:
    """ "The US refused to …" reports an action: no speaker US, and the attribution is uncertain."""
    doc = analyse([("en", "The US refused to conduct airstrikes over the leaving ISIL convoy.")])
    assert not doc.speakers
    assert all(a.is_uncertain for a in doc.attributions)


def test_relative_pronoun_with_a_non_speech_verb_is_no_cue(analyse: Analyse) -> None:
    doc = analyse([("en", "The ministry showed photos made on November 9 which show convoys leaving the town.")])
    assert "show" not in {_text(doc, a, "cue") for a in doc.attributions}


def test_spanish_speaker_cue_and_relay(analyse: Analyse) -> None:
    doc = analyse([("es", "Los precios subirán un 3 % este año, dijo el ministro a El País.")])
    (attribution,) = doc.attributions
    assert (_text(doc, attribution, "source"), _text(doc, attribution, "cue")) == ("el ministro", "dijo")
    assert _text(doc, attribution, "content") == "Los precios subirán un 3 % este año"
    assert _relays(doc, attribution) == ["El País"]
    assert [speaker.kind for speaker in doc.speakers] == ["person"]


def test_polish_wedlug_pap_is_a_relay(analyse: Analyse) -> None:
    doc = analyse([("pl", "Według PAP minister zdrowia Adam Niedzielski powiedział, że szczepienia ruszą w styczniu.")])
    (attribution,) = doc.attributions
    assert attribution.source is not None and attribution.source.entity == "Adam Niedzielski"
    assert _relays(doc, attribution) == ["PAP"]
    assert [(s.name, s.kind) for s in doc.speakers] == [("Adam Niedzielski", "person")]


@pytest.mark.parametrize(
    ("lang", "text", "relay"),
    [
        ("en", "Two officials told Reuters that the convoy left on Tuesday.", "Reuters"),
        ("fr", "Le convoi est parti mardi, a déclaré le porte-parole à l'AFP.", "AFP"),
        ("de", "Die Lage sei ruhig, sagte ein Sprecher der dpa.", "dpa"),
        ("pt", "O governo vai cortar impostos, disse o ministro à Folha.", "Folha"),
        ("it", "Il parco resterà chiuso, ha detto all'ANSA il direttore Luciano Sammarone.", "ANSA"),
        ("pl", "„Nie zgadzamy się na to” – powiedział PAP rzecznik rządu Piotr Müller.", "PAP"),
        ("en", "The deal was off, Reuters reported, citing people familiar with the matter.", "Reuters"),
        ("de", "Die Firma plant Entlassungen, berichtete die Zeitung unter Berufung auf Regierungskreise.", "Zeitung"),
    ],
)
def test_relays_in_every_language(analyse: Analyse, lang: str, text: str, relay: str) -> None:
    doc = analyse([(lang, text)])
    relays = [name for a in doc.attributions for name in _relays(doc, a)]
    assert any(relay in name for name in relays), relays
    assert relay not in {speaker.name for speaker in doc.speakers}  # an outlet that only relayed is no speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "relay"),
    [
        ("en", "According to the ministry, the vaccines are safe, Reuters reported.", "ministry", "Reuters"),
        ("es", "Según el ministro, las vacunas son seguras, informó EFE.", "ministro", "EFE"),
        ("fr", "Selon le ministère, les vaccins sont sûrs, a rapporté l'AFP.", "ministère", "AFP"),
        ("de", "Laut dem Ministerium sind die Impfstoffe sicher, berichtete die dpa.", "Ministerium", "dpa"),
        (
            "pl",
            "Według ministra zdrowia Adama Niedzielskiego szczepionki są bezpieczne – poinformowała PAP.",
            "Adam Niedzielski",
            "PAP",
        ),
    ],
)
def test_an_outlet_reporting_what_a_source_said_relays_it(
    analyse: Analyse, lang: str, text: str, speaker: str, relay: str
) -> None:
    """ "According to X, …, Reuters reported": X said it and the agency passed it on, though the agency's cue is the
    nearer to the content (sift had Reuters as the speaker and the ministry as its relay)."""
    doc = analyse([(lang, text)])
    (attribution,) = doc.attributions
    assert [s.name for s in doc.speakers] == [speaker]
    assert _relays(doc, attribution) == [relay] or relay in _relays(doc, attribution)[0]


def test_pronoun_never_takes_an_unrelated_name(analyse: Analyse) -> None:
    """ "he" after an organisation stays unresolved rather than becoming the ministry."""
    doc = analyse([("en", "The ministry said the convoy had left. The strikes will go on, he said.")])
    he = next(a for a in doc.attributions if _text(doc, a, "source") == "he")
    assert he.source is not None and he.source.entity is None
    assert he.is_uncertain


def test_language_without_attribution_is_named_in_every_report(resources: Resources) -> None:
    doc = Document(id="t", source=Source(kind="text", location="t", sha256=""))
    doc.blocks = [Block(id="b0", role="body", text="Vláda řekla, že ceny porostou.", lang="cs", lang_confidence=1.0)]
    doc = attribute_statements(doc, resources, AttributionConfig())
    assert doc.attribution_unavailable == ["cs"]
    assert build_view(doc).notes == ["attribution not available for Czech (cs)"]
    assert "attribution not available for Czech" in render_markdown(doc)
    assert Document.from_json(doc.to_json()).attribution_unavailable == ["cs"]


def test_uncertain_statements_are_marked_in_reports(analyse: Analyse) -> None:
    doc = analyse([("en", "The ministry said the convoy had left. The strikes will go on, they said.")])
    for attribution in doc.attributions:
        attribution.confidence = 0.2
    view = build_view(doc)
    assert view.speakers[0].is_uncertain
    assert "(uncertain)" in render_markdown(doc)
