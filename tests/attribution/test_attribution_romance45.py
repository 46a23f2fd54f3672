"""Session 45, romance45 (issue #18: French, Spanish, Portuguese, Italian and Polish speakers): a capitalised word
after "selon" that the tagger takes for a common noun and the dictionary lacks is a company's or a brand's name
("Selon Danone, …"), and the sentence's capitalised "Selon" is no given name of a person with an appositive title
("Selon Mediapart, le ministre savait" named "Selon Mediapart"); a perfect after a quotation, where subjects drop,
speaks for the person the block named ("“…”, ha detto.", "“…”, ha añadido."), also when it only says whom it was
told to ("“…”, dijo a la prensa.", the relay kept: "disse à Folha"), and that addressee is never the speaker; a
passive there names no one. Polish: a town in the genitive between a title and a name is the title's ("prezydent
Gdańska Piotr Zieliński"), a dash-opened quotation's inner speech is no relay of the quoting speaker, and a common
noun written in lower case is no outlet of the same name ("reforma" is no "Reforma"). Sentences and names are
invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def _relays(doc: Document) -> list[str]:
    text = doc.blocks[0].text
    return [text[relay.source.start : relay.source.end] for a in doc.attributions for relay in a.via]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Selon Danone, les ventes de produits laitiers ont reculé de 3 % au premier trimestre.", "Danone"),
        ("Les ventes de produits laitiers ont reculé de 3 %, selon Danone.", "Danone"),
        ("Selon Mediapart, le ministre savait tout depuis le mois de mars.", "Mediapart"),
        ("D'après Mediapart, le ministre savait tout depuis le mois de mars.", "Mediapart"),
    ],
)
def test_a_company_after_selon_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("fr", text)])
    assert _names(doc) == [speaker]
    assert doc.speakers[0].kind == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Selon toute vraisemblance, le scrutin sera reporté à l'automne.",
        "Selon les cas, la procédure peut durer deux ou trois ans.",
    ],
)
def test_selon_without_a_name_names_no_one(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("fr", text)])) == []


def test_a_full_name_after_a_capitalised_segun_keeps_its_title(analyse: Analyse) -> None:
    doc = analyse([("es", 'Según Juan Pérez, ministro de Economía, la inflación bajará. "Es un error", dijo.')])
    assert _names(doc) == ["Juan Pérez"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("it", 'Il ministro Paolo Rossi è furioso. "È un tradimento", ha detto.', "Paolo Rossi"),
        ("it", 'Il ministro Paolo Rossi è furioso. "È un tradimento", ha poi aggiunto.', "Paolo Rossi"),
        ("es", 'El ministro Pablo Ruiz está furioso. "Es una traición", ha dicho.', "Pablo Ruiz"),
        ("es", 'El ministro Pablo Ruiz está furioso. "Es una traición", ha añadido.', "Pablo Ruiz"),
        ("pt", 'O ministro Paulo Rocha está furioso. "É uma traição", tem dito.', "Paulo Rocha"),
    ],
)
def test_a_perfect_after_a_quotation_speaks_for_the_named_person(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


def test_a_passive_after_a_quotation_names_no_one(analyse: Analyse) -> None:
    assert _names(analyse([("it", 'Il ministro Paolo Rossi è furioso. "È un tradimento", è stato detto.')])) == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "relays"),
    [
        ("es", 'El ministro Pablo Ruiz está furioso. "Es una traición", dijo a la prensa.', "Pablo Ruiz", []),
        ("es", 'El ministro Pablo Ruiz está furioso. "Es una traición", ha dicho a EFE.', "Pablo Ruiz", ["EFE"]),
        ("it", 'Il ministro Paolo Rossi è furioso. "È un tradimento", ha detto ai giornalisti.', "Paolo Rossi", []),
        ("it", 'Il ministro Paolo Rossi è furioso. "È un tradimento", ha detto all\'ANSA.', "Paolo Rossi", ["ANSA"]),
        ("pt", 'O ministro Paulo Rocha está furioso. "É uma traição", disse à Folha.', "Paulo Rocha", ["Folha"]),
    ],
)
def test_a_cue_told_to_someone_after_a_quotation(
    analyse: Analyse, lang: str, text: str, speaker: str, relays: list[str]
) -> None:
    doc = analyse([(lang, text)])
    assert _names(doc) == [speaker]
    assert _relays(doc) == relays


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", '"Es una traición", dijo a la prensa.'),
        ("pt", '"É uma traição", disse aos jornalistas.'),
    ],
)
def test_the_addressee_of_a_bare_cue_is_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert _names(analyse([(lang, text)])) == []


def test_the_addressee_before_an_inverted_subject_is_no_speaker(analyse: Analyse) -> None:
    doc = analyse([("es", '"Es una traición", dijo a la prensa el ministro Pablo Ruiz.')])
    assert _names(doc) == ["Pablo Ruiz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("– Prace zakończą się w czerwcu – powiedział PAP prezydent Gdańska Piotr Zieliński.", "Piotr Zieliński"),
        ("Prezydent Gdańska Piotr Zieliński powiedział, że prace zakończą się w czerwcu.", "Piotr Zieliński"),
        ("– To dobra decyzja – powiedział premier Wielkiej Brytanii Boris Johnson.", "Boris Johnson"),
        ("– To dobra decyzja – powiedział burmistrz Sopotu Jan Kowal.", "Jan Kowal"),
        ("– To dobra decyzja – powiedział Jan Maria Rokita.", "Jan Maria Rokita"),
    ],
)
def test_a_polish_title_keeps_its_town(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("pl", text)])) == [speaker]


def test_speech_inside_a_dash_quotation_is_no_relay(analyse: Analyse) -> None:
    doc = analyse(
        [("pl", "Rzecznik policji Tomasz Lis potwierdził zatrzymanie. – Podejrzany przyznał się do winy – powiedział.")]
    )
    assert _names(doc) == ["Tomasz Lis"]
    assert _relays(doc) == []


def test_a_lower_case_common_noun_is_no_outlet(analyse: Analyse) -> None:
    doc = analyse([("pl", "Według Anny Nowak reforma nie została skonsultowana ze związkami.")])
    assert _names(doc) == ["Anna Nowak"]
    assert _relays(doc) == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "La inflación bajó al 5,3 por ciento, por debajo del 6,7 % de marzo que dictaminó el Indec.", "Indec"),
        ("es", "El paro bajó al 12 por ciento, por debajo del 13,1 % de enero que informó el INE.", "INE"),
        ("fr", "Le chiffre qu'a annoncé hier l'Insee dépasse les prévisions.", "Insee"),
        ("it", "I dati che ha comunicato ieri l'Istat superano le previsioni.", "Istat"),
    ],
)
def test_figures_a_relative_names_their_source_for(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert speaker in _names(analyse([(lang, text)]))


@pytest.mark.parametrize(
    "text",
    [
        "Las 20 medidas que anunció el Gobierno entran en vigor el lunes.",
        "La ley, que firmó el presidente, entra en vigor.",
        "El 30 % de los votos que obtuvo el partido no alcanza.",
    ],
)
def test_a_relative_after_no_figures_names_no_one(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("es", text)])) == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "fr",
            "« C'est une erreur », estime quant à elle Claire Petit, professeure au CHU Beaujon à Clichy "
            "(Hauts-de-Seine).",
            "Claire Petit",
        ),
        ("fr", "« C'est une erreur », estime quant à lui le maire de Nantes, Paul Leroy.", "Paul Leroy"),
        ("fr", "« C'est une erreur », estime le maire de Nantes, Paul Leroy (PS).", "Paul Leroy"),
        ("fr", "« C'est une erreur », estime le maire de Nantes, Paul Leroy (Loire-Atlantique).", "Paul Leroy"),
        ("es", '"Es un error", dijo el diputado, Juan Gil (PSOE).', "Juan Gil"),
    ],
)
def test_the_subject_after_quant_a_lui_and_before_a_bracket(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


def test_an_inverted_subject_ends_before_pero(analyse: Analyse) -> None:
    doc = analyse(
        [("es", "La inflación bajó, algo por debajo del 6,7 % de marzo que dictaminó el Indec pero sigue alta.")]
    )
    assert [(s.name, s.kind) for s in doc.speakers] == [("Indec", "organisation")]
