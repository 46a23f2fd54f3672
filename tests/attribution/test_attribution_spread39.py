"""Session 39, spread39 (#18): everyday frames of Spanish, Portuguese, Italian, Polish and French news. Light-verb
phrases of saying and stance ("dejó claro que", "puso de manifiesto que", "se mostró convencido de que", "deixou
claro que", "mostrou-se convencida de que", "ha fatto sapere che", "si è detta convinta che") and a name with its
lower-case title over a quotation ("Elena Ruiz, directora del museo: «…»", "Julien Moreau, maire de Nantes : « … »").
Hand-made sentences, none taken from a page; each rule has its near misses (the same words in another sense)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.frames import speaker_label_frame
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "La alcaldesa Rosa Molina dejó claro que el parque no se venderá.", "Rosa Molina"),
        ("es", "El entrenador Luis Campos ha dejado claro que no piensa dimitir.", "Luis Campos"),
        ("es", "El rector Andrés Pineda puso de manifiesto que faltan profesores.", "Andrés Pineda"),
        ("es", "La jueza Sara Ibáñez puso de relieve que el caso sigue abierto.", "Sara Ibáñez"),
        ("es", "El diputado Óscar Lara se mostró convencido de que la ley saldrá adelante.", "Óscar Lara"),
        ("es", "La ministra Irene Soto se mostró partidaria de subir el salario mínimo.", "Irene Soto"),
        ("pt", "O vereador Carlos Pinto deixou claro que não apoiará o orçamento.", "Carlos Pinto"),
        ("pt", "A reitora Beatriz Sousa mostrou-se confiante de que as aulas recomeçam em março.", "Beatriz Sousa"),
        ("pt", "O ministro Rui Tavares se mostrou convencido de que o acordo será assinado.", "Rui Tavares"),
        ("it", "Il presidente Carlo Neri ha messo in chiaro che non ci saranno rinvii.", "Carlo Neri"),
        ("it", "L'assessore Luigi Testa ha fatto sapere che i lavori finiranno a maggio.", "Luigi Testa"),
        ("it", "La scienziata Elena Ricci si è detta convinta che la cura funzionerà.", "Elena Ricci"),
        ("it", "Il questore Dario Fontana fa notare che i furti sono calati.", "Dario Fontana"),
        ("es", "La portavoz Nuria Blanco recalcó en rueda de prensa que no habrá cambios.", "Nuria Blanco"),
        ("fr", "La préfète Claire Dumas s’est montrée confiante pour la suite des travaux.", "Claire Dumas"),
        ("pl", "Wojewoda Adam Nowicki dał jasno do zrozumienia, że nie ustąpi.", "Adam Nowicki"),
    ],
)
def test_a_light_verb_phrase_reports_its_subject(analyse_as: Callable, lang: str, text: str, speaker: str) -> None:
    doc = analyse_as("body", [(lang, text)])
    assert _speakers(doc) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the same verbs acting: a way made clear, a hand put forward, shown in public, a price made known, rules
        # dictated
        ("es", "El alcalde Miguel Sanz dejó claro el camino a los bomberos."),
        ("es", "La consejera Carmen Vidal puso de relieve el nuevo edificio en su visita."),
        ("es", "El presidente Raúl Medina se mostró en público con su familia."),
        ("pt", "A deputada Fernanda Lima deixou o carro à porta da câmara."),
        ("pt", "A economista Sofia Martins mostrou-se ao público na festa."),
        ("it", "Il sindacalista Matteo Greco ha fatto sapere il prezzo ai clienti."),
        ("it", "Il ministro Marco Bianchi ha messo in chiaro la situazione dei conti."),
        ("it", "La direttrice Anna Villa detta le regole del nuovo ufficio."),
        ("fr", "Le ministre Paul Henry s’est montré en public avec sa femme."),
        ("pl", "Wojewoda Adam Nowicki dał do zrozumienia koledze swoją książkę."),
    ],
)
def test_the_same_verbs_without_a_statement_name_no_speaker(analyse_as: Callable, lang: str, text: str) -> None:
    assert _speakers(analyse_as("body", [(lang, text)])) == []


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("es", "Elena Ruiz, directora del museo: «Queremos abrir las salas a todo el público».", "Elena Ruiz"),
        ("pt", 'Paulo Mendes, presidente da associação: "Os moradores foram esquecidos".', "Paulo Mendes"),
        ("it", 'Andrea Galli, presidente della regione: "Servono più fondi per la sanità".', "Andrea Galli"),
        ("pl", "Ewa Dąbrowska, prezes spółki: „Nie planujemy zwolnień”.", "Ewa Dąbrowska"),
        ("fr", "Julien Moreau, maire de Nantes : « La ville doit investir dans les transports ».", "Julien Moreau"),
        ("fr", "Élise Caron, porte-parole de la préfecture : « Les routes restent fermées ».", "Élise Caron"),
    ],
)
def test_a_name_and_its_lower_case_title_over_a_quotation_is_a_label(lang: str, text: str, source: str) -> None:
    frame = speaker_label_frame(text, lang)
    assert frame is not None and frame.source is not None
    assert text[frame.source[0] : frame.source[1]] == source


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Nueva York, el martes: «Todo sigue igual», según la policía."),  # a place and a time
        ("fr", "Saint Denis, dans la nuit : « Au secours », criaient les voisins."),
        ("it", "Marco Bianchi, la partita: “Una serata da dimenticare”."),  # a topic, no title
        ("de", "Anna Roth, sprecherin der Stadt: „Wir prüfen das.“"),  # German writes its titles in capitals
        ("es", "Elena Ruiz, directora del museo, abrió las salas."),  # no colon, no quotation
    ],
)
def test_a_lower_case_description_without_a_title_is_no_label(lang: str, text: str) -> None:
    assert speaker_label_frame(text, lang) is None


def test_a_titled_label_gives_its_speaker(analyse_as: Callable) -> None:
    doc = analyse_as("body", [("es", "Elena Ruiz, directora del museo: «Queremos abrir las salas a todo el público».")])
    assert _speakers(doc) == ["Elena Ruiz"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("pt", "Segundo a Petrobras em nota, a produção de petróleo subiu.", "Petrobras"),
        ("pt", "Segundo Marta Reis em comunicado, a escola vai fechar.", "Marta Reis"),
        ("es", "Según Iberdrola en un comunicado, las tarifas bajarán.", "Iberdrola"),
        ("es", "Las tarifas bajarán, según Iberdrola en un comunicado.", "Iberdrola"),
    ],
)
def test_the_message_a_source_spoke_in_is_no_part_of_it(
    analyse_as: Callable, lang: str, text: str, speaker: str
) -> None:
    assert _speakers(analyse_as("body", [(lang, text)])) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        # the message is the source's head, or the preposition is a genitive: the phrase stays whole
        ("es", "Según un comunicado de Iberdrola, las tarifas bajarán.", "un comunicado de Iberdrola"),
        ("pt", "Segundo a nota da Petrobras, a produção subiu.", "a nota da Petrobras"),
    ],
)
def test_a_message_heading_the_source_stays_in_it(analyse_as: Callable, lang: str, text: str, source: str) -> None:
    doc = analyse_as("body", [(lang, text)])
    block = doc.blocks[0]
    assert [block.text[a.source.start : a.source.end] for a in doc.attributions if a.source] == [source]


@pytest.mark.parametrize(
    ("lang", "text", "content"),
    [
        ("es", "El alcalde Iván Prado dejó claro que no habrá más recortes.", "que no habrá más recortes"),
        ("pt", "A reitora Beatriz Sousa mostrou-se confiante de que as aulas recomeçam.", "que as aulas recomeçam"),
        ("it", "L'assessore Luigi Testa ha fatto sapere che i lavori finiranno.", "che i lavori finiranno"),
        ("de", "Die Ministerin Jana Roth machte am Montag deutlich, dass sie bleibe.", "dass sie bleibe"),
    ],
)
def test_the_companion_of_a_phrase_is_no_part_of_what_was_said(
    analyse_as: Callable, lang: str, text: str, content: str
) -> None:
    doc = analyse_as("body", [(lang, text)])
    block = doc.blocks[0]
    assert [block.text[a.content.start : a.content.end].rstrip(".") for a in doc.attributions] == [content]
