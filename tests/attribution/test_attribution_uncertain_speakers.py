"""Sources no speaker list names are shown as uncertain speakers, normalised; junk still never appears (#18)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.console import Console

from sift.document import Document
from sift.report.html import render_html
from sift.report.markdown import render_markdown
from sift.report.terminal import print_summary
from sift.report.view import build_view

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return [(speaker.kind, speaker.name) for speaker in doc.speakers]


def test_unlisted_institution_and_agent_are_uncertain_speakers(analyse: Analyse) -> None:
    """ "laut dem Europäischen Rechnungshof", "schrieben die Rechnungsprüfer": neither noun is in a speaker list;
    both are read by their endings, named in the nominative, and marked uncertain in every report."""
    doc = analyse(
        [
            (
                "de",
                "Laut dem Europäischen Rechnungshof ist das Netz ein Flickenteppich. "
                "Das Netz sei zu teuer, schrieben die Rechnungsprüfer.",
            )
        ]
    )
    assert _speakers(doc) == [("organisation", "Europäischer Rechnungshof"), ("anonymous", "Rechnungsprüfer")]
    assert "Europäischen Rechnungshof" in doc.speakers[0].aliases  # the page's own spelling stays findable
    assert all(attribution.is_uncertain for attribution in doc.attributions)
    view = build_view(doc)
    assert [speaker.is_uncertain for speaker in view.speakers] == [True, True]
    assert "Europäischer Rechnungshof (uncertain)" in render_markdown(doc)
    console = Console(record=True, width=140, color_system=None)
    print_summary(doc, console)
    assert "Europäischer Rechnungshof (uncertain)" in console.export_text()
    html = render_html(doc)
    assert "Europäischer Rechnungshof" in html and 'class="uncertain"' in html
    restored = Document.from_json(doc.to_json())  # JSON keeps the speaker and the confidence that says uncertain
    assert _speakers(restored) == _speakers(doc)
    assert all(attribution.is_uncertain for attribution in restored.attributions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Laut der Europäischen Kommission ist das Netz zu teuer.", "Europäische Kommission"),
        ("Laut dem Statistischen Bundesamt ist das Netz zu teuer.", "Statistisches Bundesamt"),
    ],
)
def test_german_bodies_are_named_in_the_nominative(analyse: Analyse, text: str, name: str) -> None:
    doc = analyse([("de", text)])
    assert [speaker.name for speaker in doc.speakers] == [name]
    assert not doc.attributions[0].is_uncertain  # a listed body noun is no guess


def test_a_name_after_a_particle_is_a_name_where_nouns_are_capitalised(analyse: Analyse) -> None:
    """ "de Decker": the tagger calls "Decker" a noun; after "de" it is a surname."""
    doc = analyse([("de", "Die Züge seien zu langsam, sagt de Decker.")])
    assert _speakers(doc) == [("person", "de Decker")]
    assert not doc.attributions[0].is_uncertain


def test_an_age_noun_is_the_person_named_before(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Züge seien zu langsam, sagt Jan de Decker. Er fahre gern, erzählt der 48-Jährige.")])
    assert [a.source.entity for a in doc.attributions if a.source] == ["Jan de Decker", "Jan de Decker"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Züge seien zu langsam, sagten die meisten gespielten Künstler.",  # a description, no name
        "Laut den Unterlagen ist die Strecke zu teuer.",  # an abstract noun with no agent ending
        "Die Strecke sei zu teuer, erzählt der 48-Jährige.",  # an age noun with nobody named before
    ],
)
def test_guesses_never_name_junk_not_even_as_uncertain(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert doc.speakers == []
    assert build_view(doc).speakers == []


@pytest.mark.parametrize(
    ("lang", "text", "kind", "name"),
    [
        ("fr", "Selon l’évaluation de la Commission européenne, le produit est nocif.", "organisation", "Commission"),
        ("fr", "Selon les déclarations du ministre Olivier Véran, le virus recule.", "person", "Olivier Véran"),
        ("es", "Según las declaraciones del presidente Gabriel Boric, la economía crecerá.", "person", "Gabriel Boric"),
        ("pt", "Segundo a avaliação da Polícia Federal, as urnas são seguras.", "organisation", "Polícia Federal"),
        ("pl", "Według oceny rzecznika rządu Piotra Müllera, ceny wzrosną.", "person", "Piotr Müller"),
    ],
)
def test_a_statement_noun_speaks_for_its_genitive(analyse: Analyse, lang: str, text: str, kind: str, name: str) -> None:
    """ "the evaluation of X", "the statements of X": X is the source, whatever the noun."""
    doc = analyse([(lang, text)])
    assert [speaker.kind for speaker in doc.speakers] == [kind]
    assert name in doc.speakers[0].name


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Selon l'analyse de 2015, le produit est dangereux."),  # a date is nobody
        ("fr", "Selon les déclarations de la crise, le produit est dangereux."),  # an abstract noun is nobody
    ],
)
def test_a_statement_noun_without_a_speaker_names_none(analyse: Analyse, lang: str, text: str) -> None:
    assert analyse([(lang, text)]).speakers == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "pt",
            "O discurso eleitoral do presidente Jair Bolsonaro, que põe em dúvida as urnas, preocupa o TSE.",
            "Bolsonaro",
        ),
        ("pl", "Argument polityczny Koalicji Obywatelskiej, że fundusze przepadną, nie przekonał rządu.", "Koalicji"),
        (
            "es",
            "Las declaraciones del ministro Pedro Sánchez, que la inflación bajará, sorprendieron.",
            "Pedro Sánchez",
        ),
    ],
)
def test_a_statement_noun_with_a_named_genitive_is_a_cue(analyse: Analyse, lang: str, text: str, name: str) -> None:
    doc = analyse([(lang, text)])
    assert len(doc.speakers) == 1 and name in doc.speakers[0].name
    assert not doc.attributions[0].is_uncertain


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les propos du ministre de la Santé ont choqué les médecins."),  # the subject of another verb
        ("fr", "Le discours de Noël, qui a duré une heure, a été long."),  # one capitalised word names nobody
        ("es", "El discurso de la crisis, que nadie quiere, domina."),  # an abstract genitive
    ],
)
def test_a_statement_noun_alone_is_no_cue(analyse: Analyse, lang: str, text: str) -> None:
    assert analyse([(lang, text)]).speakers == []


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "fr",
            "Le cerveau est un second intestin, comme certains scientifiques le définissent.",
            "certains scientifiques",
        ),
        ("es", "El barrio es un infierno, como lo describen los vecinos.", "los vecinos"),
        (
            "fr",
            "Voire même pour d'autres professionnels de santé, le ventre est le siège des émotions.",
            "professionnels",
        ),
    ],
)
def test_as_clauses_with_a_clitic_and_views_after_connectives(
    analyse: Analyse, lang: str, text: str, source: str
) -> None:
    """ "comme X le définissent": the clitic stands for what was said, so any verb reports it; "Mais pour X, …"."""
    doc = analyse([(lang, text)])
    assert len(doc.attributions) == 1 and source in _source_text(doc)
    assert len(doc.speakers) == 1 and doc.speakers[0].kind == "anonymous"


def _source_text(doc: Document) -> str:
    attribution = doc.attributions[0]
    assert attribution.source is not None
    return doc.blocks[0].text[attribution.source.start : attribution.source.end]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Il mange comme il le veut."),  # a pronoun is nobody
        ("fr", "Mais pour la première fois, le ventre est le siège des émotions."),  # no speaker after "pour"
        ("pt", "Como o presidente, o ministro viajou."),  # an article is no clitic in Portuguese
    ],
)
def test_as_clauses_and_views_without_a_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert analyse([(lang, text)]).speakers == []
