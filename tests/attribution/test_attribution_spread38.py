"""Wrong results session 38's helpers found and left in Spanish, Italian, Polish, Portuguese, French and English
(issue #18, spread38): a title's body run into the person's name with no comma, a party named with a number, the
plural experts of a named bank, a reflexive before an infinitive cue, outlets after "a"/"ao", one-word bodies after
a spokesperson, anonymous judicial sources, "Maître", a bracketed short form as its body's alias."""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]

_speakers = read.sorted_names
_relays = read.relays


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "El gobernador del Banco de España José Luis Escrivá dijo que la inflación bajará.",
         "José Luis Escrivá"),
        ("es", "El presidente del Banco Santander José García dijo que los beneficios subirán.", "José García"),
        ("es", "El gobernador del Banco de España Pablo Hernández de Cos dijo que la inflación bajará.",
         "Pablo Hernández de Cos"),
        ("es", "El portavoz del Ministerio de Asuntos Exteriores José Manuel Albares dijo que no hay casos.",
         "José Manuel Albares"),
    ],
)  # fmt: skip
def test_a_title_s_body_and_the_person_s_name_with_no_comma(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    doc = analyse([(lang, text)])
    assert _speakers(doc) == [speaker]  # was the whole phrase, "Santander José García", or a ministry
    assert doc.speakers[0].kind == "person"


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # the body alone: no person is made of its name
        ("es", "El presidente del Banco Santander dijo que los beneficios subirán.", "presidente del Banco Santander"),
        ("es", "El ministro de Asuntos Exteriores José Manuel Albares dijo que la embajada abrirá.",
         "José Manuel Albares"),
        ("fr", "Le gouverneur de la Banque de France François Villeroy de Galhau a déclaré que l'inflation baissait.",
         "François Villeroy de Galhau"),
    ],
)  # fmt: skip
def test_a_title_s_body_alone_or_a_department_reads_as_before(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _speakers(analyse([(lang, text)])) == [speaker]


def test_a_party_named_with_a_number_is_the_affiliation(analyse: Analyse) -> None:
    text = "Posłanka Polski 2050 Anna Kowalska powiedziała, że ustawa zostanie zmieniona."
    assert _speakers(analyse([("pl", text)])) == ["Anna Kowalska"]  # was "Polski"
    doc = analyse([("pl", "Poseł Polski 2050 powiedział, że ustawa zostanie zmieniona.")])
    assert "Polski" not in _speakers(doc)  # the party's first word is no person
    assert _speakers(analyse([("en", "Agenda 2030 spokesman John Smith said the plan would work.")])) == ["John Smith"]
    text = "Posłanka Lewicy Anna Zielińska powiedziała, że ustawa zostanie zmieniona."
    assert _speakers(analyse([("pl", text)])) == ["Anna Zielińska"]


def test_the_plural_experts_of_a_named_bank_are_no_person(analyse: Analyse) -> None:
    doc = analyse([("pl", "Według ekonomistów banku Pekao inflacja spadnie.")])
    assert [(s.name, s.kind) for s in doc.speakers] == [("ekonomistów banku Pekao", "anonymous")]  # was "Pekao"
    # one titled person after a body noun keeps the surname
    doc = analyse([("pl", "Rzecznik ministerstwa Kowalski powiedział, że decyzja zapadnie.")])
    assert _speakers(doc) == ["Kowalski"]
    doc = analyse([("pl", "Minister zdrowia Adam Niedzielski powiedział, że szczepienia ruszą.")])
    assert _speakers(doc) == ["Adam Niedzielski"]


def test_a_reflexive_before_an_infinitive_cue_is_no_source(analyse: Analyse) -> None:
    doc = analyse([("pl", "Politycy zdają się deklarować poparcie dla reformy.")])
    assert read.frames(doc) == [("deklarować", "Politycy")]  # was the source "się"
    # an object pronoun there is no reflexive: the wish to say is not read as the politicians' statement
    doc = analyse([("pl", "Politycy chcą mu powiedzieć, że reforma jest zła.")])
    assert "Politycy" not in _speakers(doc)
    doc = analyse([("pl", "Premier Donald Tusk powiedział, że podatki wzrosną.")])
    assert _speakers(doc) == ["Donald Tusk"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Le suspect a été mis en examen, a-t-on appris de source judiciaire.", "source judiciaire", "anonymous"),
        ("Le suspect a été mis en examen, a-t-on appris de sources policières.", "sources policières", "anonymous"),
        ("Le suspect a été mis en examen, a-t-on appris auprès du parquet de Paris.", "parquet de Paris",
         "organisation"),
        ("On a appris de source judiciaire que le suspect a été mis en examen.", "source judiciaire", "anonymous"),
    ],
)  # fmt: skip
def test_what_one_learnt_from_a_source_is_that_source_s(analyse: Analyse, text: str, speaker: str, kind: str) -> None:
    doc = analyse([("fr", text)])
    assert [(s.name, s.kind) for s in doc.speakers] == [(speaker, kind)]  # was no one
    assert doc.attributions[0].content  # what was learnt


@pytest.mark.parametrize(
    "text",
    [
        "Le suspect a été mis en examen, a-t-on appris vendredi.",  # from no one named
        "Le ministre a appris de ses erreurs.",  # a person learnt, from no speaker
        "Il a appris de sa mère que la maison était vendue.",
    ],
)
def test_learning_from_no_source_or_as_a_person_names_no_one(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("fr", text)])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Maître Claire Dubois a déclaré que son client était innocent.",
        "Mme Claire Dubois a déclaré que son client était innocent.",
        "Madame Claire Dubois a déclaré que son client était innocent.",
        "L'avocate Maître Claire Dubois a déclaré que son client était innocent.",
        "« Mon client est innocent », a déclaré Maître Claire Dubois.",
    ],
)
def test_a_french_honorific_is_a_title_not_the_name(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("fr", text)])) == ["Claire Dubois"]  # was "Maître Claire Dubois"


def test_a_given_name_the_tagger_calls_a_noun_stays_in_the_name(analyse: Analyse) -> None:
    assert _speakers(analyse([("fr", "Marie Dupont a déclaré que le chantier avançait.")])) == ["Marie Dupont"]


@pytest.mark.parametrize(
    ("lang", "text", "full", "short"),
    [
        ("fr", "L'Office fédéral de l'agriculture (OFAG) a indiqué que la récolte serait bonne. L'OFAG a précisé que "
         "les prix resteraient stables.", "Office fédéral de l'agriculture", "OFAG"),
        ("fr", "La Société nationale des chemins de fer français (SNCF) a annoncé des retards. La SNCF a précisé que "
         "les trains repartiraient.", "Société nationale des chemins de fer français", "SNCF"),
    ],
)  # fmt: skip
def test_a_short_form_of_lower_case_words_is_the_body_s_alias(
    analyse: Analyse, lang: str, text: str, full: str, short: str
) -> None:
    doc = analyse([(lang, text)])
    assert [(s.name, s.aliases) for s in doc.speakers] == [(full, [short])]  # were two speakers


def test_a_different_short_form_stays_its_own_body(analyse: Analyse) -> None:
    text = (
        "L'Office fédéral de l'agriculture (OFAG) a indiqué que la récolte serait bonne. L'OFEV a précisé que les "
        "prix resteraient stables."
    )
    assert _speakers(analyse([("fr", text)])) == ["OFEV", "Office fédéral de l'agriculture"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Secondo quanto riferito, il governo prepara un decreto.", "quanto riferito"),
        ("Secondo quanto riferito dai carabinieri, l'uomo era già noto.", "carabinieri"),
        ("Secondo quanto ha detto il ministro, il governo prepara un decreto.", "il ministro"),
    ],
)
def test_a_verb_after_according_to_what_is_the_according_phrase_s(analyse: Analyse, text: str, source: str) -> None:
    doc = analyse([("it", text)])
    assert [(cue, found) for cue, found in read.frames(doc)] == [("Secondo", source)]  # was "riferito" by "quanto"


@pytest.mark.parametrize(
    ("lang", "text", "relay"),
    [
        ("it", "Il ministro Giancarlo Giorgetti ha detto a Sky Sport che la squadra vincerà.", "Sky Sport"),
        ("it", "L'allenatore Simone Inzaghi ha dichiarato a Rai Sport: «Vinceremo».", "Rai Sport"),
        ("en", "Coach Simone Inzaghi told Sky Sports that the team would win.", "Sky Sports"),
        ("pt", "O ministro Fernando Haddad disse ao Público que a meta será cumprida.", "Público"),
    ],
)
def test_a_broadcaster_or_a_paper_named_by_a_common_word_relays(
    analyse: Analyse, lang: str, text: str, relay: str
) -> None:
    assert _relays(analyse([(lang, text)])) == [relay]  # was none


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "O ministro Fernando Haddad disse ao público que a meta será cumprida."),  # to the audience
        ("it", "Il ministro ha detto a Mario Rossi che la squadra vincerà."),
        ("it", "Il presidente ha detto al Ministero dello Sport che i fondi arriveranno."),
    ],
)
def test_a_person_a_ministry_or_the_audience_told_relays_nothing(analyse: Analyse, lang: str, text: str) -> None:
    assert _relays(analyse([(lang, text)])) == []


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        ("pt", "Um porta-voz do Itamaraty disse que o embaixador foi chamado.", "Itamaraty"),
        ("es", "Un portavoz del Kremlin dijo que no habrá acuerdo.", "Kremlin"),
        ("fr", "Un porte-parole de l'Élysée a indiqué que le président viendra.", "Élysée"),
    ],
)
def test_a_spokesperson_of_a_seat_of_government_speaks_for_it(
    analyse: Analyse, lang: str, text: str, body: str
) -> None:
    doc = analyse([(lang, text)])
    assert [(s.name, s.kind) for s in doc.speakers] == [(body, "government")]  # was an anonymous spokesperson


def test_a_spokesperson_of_a_bare_noun_stays_anonymous(analyse: Analyse) -> None:
    doc = analyse([("pt", "Um porta-voz da empresa disse que a fábrica vai fechar.")])
    assert [(s.name, s.kind) for s in doc.speakers] == [("porta-voz da empresa", "anonymous")]


def test_an_outlet_named_by_a_common_word_is_one_only_capitalised(analyse: Analyse) -> None:
    doc = analyse([("pt", "O Público noticiou que a meta será cumprida.")])
    assert [(s.name, s.kind) for s in doc.speakers] == [("Público", "outlet")]
    doc = analyse([("pt", "O público aplaudiu quando o ministro disse que a meta será cumprida.")])
    assert "Público" not in _speakers(doc)


def test_an_agency_asked_before_the_speaker_relays(analyse: Analyse) -> None:
    text = "Interrogé par l'AFP, le maire de Lyon Grégory Doucet a déclaré que la ville était prête."
    doc = analyse([("fr", text)])
    assert _speakers(doc) == ["Grégory Doucet"]
    assert _relays(doc) == ["AFP"]  # already read so: a guard
