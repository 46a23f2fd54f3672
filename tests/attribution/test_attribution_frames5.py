"""Spanish, Portuguese, Italian and Polish news frames a probe of hand-written sentences found read wrong (issue #18,
frames5): a cue's participle after its auxiliary, a passive's agent with its name in an appositive, a capitalised
title run into its department, a title the dictionary reads as a verb, Polish "-ość" nouns."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.table_tagger import load_lemmatizer, table_tokens
from sift.document import Document
from sift.lexicon.languages import LANGUAGES

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # the dictionary holds "asegurado" (the insured) and "anunciada" as nouns: no cue, no frame at all
        (
            "es",
            "«No vamos a subir los impuestos», ha asegurado el presidente del Gobierno, Pedro Sánchez.",
            "Pedro Sánchez",
        ),
        ("pt", "A decisão foi anunciada pelo governador de São Paulo, Tarcísio de Freitas.", "Tarcísio de Freitas"),
    ],
)
def test_a_cue_s_participle_after_its_auxiliary_is_the_verb(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _speakers(analyse([(lang, text)])) == [speaker]


def test_the_participle_lemma_is_the_infinitive_and_only_after_an_auxiliary() -> None:
    row = LANGUAGES["es"]
    tokens = table_tokens("El asegurado dijo que ha asegurado la casa.", row, load_lemmatizer("es"))
    noun, after_aux = (t for t in tokens if t.text == "asegurado")
    assert noun.pos != "VERB"  # "el asegurado": the insured, a noun
    assert (after_aux.pos, after_aux.lemma) == ("VERB", "asegurar")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "La medida fue anunciada por el consejero de Sanidad, Enrique Ruiz Escudero.", "Enrique Ruiz Escudero"),
        ("it", "La misura è stata annunciata dal ministro della Salute, Orazio Schillaci.", "Orazio Schillaci"),
    ],
)
def test_a_passive_agent_s_appositive_closing_the_sentence_names_it(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _speakers(analyse([(lang, text)])) == [speaker]  # was the title alone ("consejero de Sanidad")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«É um dia histórico», afirmou o Presidente da República, Marcelo Rebelo de Sousa.",
            "Marcelo Rebelo de Sousa",
        ),
        (
            "O Presidente da República, Marcelo Rebelo de Sousa, afirmou que é um dia histórico.",
            "Marcelo Rebelo de Sousa",
        ),
        (
            "O Presidente da República Marcelo Rebelo de Sousa afirmou que é um dia histórico.",
            "Marcelo Rebelo de Sousa",
        ),
        ("O Presidente da Câmara de Lisboa, Carlos Moedas, afirmou que é um dia histórico.", "Carlos Moedas"),
        ("O Presidente da República afirmou que é um dia histórico.", "Presidente da República"),
    ],
)
def test_a_capitalised_title_s_department_is_no_name(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("pt", text)])) == [speaker]  # was "da República": the run from the genitive on


def test_a_title_the_dictionary_reads_as_a_verb_is_a_noun(analyse: Analyse) -> None:
    text = "A ministra das Finanças, Fernanda Medina, explicou que o défice vai cair."
    assert _speakers(analyse([("pt", text)])) == ["Fernanda Medina"]  # "ministra" -> "ministrar": "Finanças"


def test_a_polish_passive_participle_after_its_auxiliary_is_the_verb_and_an_osc_noun_no_verb(
    analyse: Analyse,
) -> None:
    tokens = table_tokens(
        "Decyzja została ogłoszona przez ministra sprawiedliwości.", LANGUAGES["pl"], load_lemmatizer("pl")
    )
    by_word = {t.text: t for t in tokens}
    assert not by_word["ogłoszona"].modifier
    assert by_word["sprawiedliwości"].pos == "NOUN"  # lemma "sprawiedliwość" ends like an infinitive
    doc = analyse([("pl", "Decyzja została ogłoszona przez ministra sprawiedliwości Adama Bodnara.")])
    assert [a.source is not None for a in doc.attributions] == [True]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El partido se jugará el domingo, según el calendario de la Liga."),
        ("it", "La partita si giocherà domenica, secondo il calendario della Serie A."),
        ("pt", "As aulas começam em setembro, segundo o calendário do Ministério da Educação."),
        ("pl", "Według harmonogramu Ministerstwa Zdrowia szczepienia ruszą w styczniu."),
    ],
)
def test_a_timetable_names_no_speaker_whoever_issued_it(analyse: Analyse, lang: str, text: str) -> None:
    assert _speakers(analyse([(lang, text)])) == []  # was "calendario de la Liga", "Serie", "harmonogramu …"


def test_the_issuer_of_a_document_still_speaks(analyse: Analyse) -> None:
    text = "Según los datos del INE, la inflación se situó en el 3,2%."
    assert _speakers(analyse([("es", text)])) == ["INE"]


@pytest.mark.parametrize(
    "text",
    [
        "W rozmowie z RMF FM minister zdrowia Izabela Leszczyna zapowiedziała zmiany.",  # source was "zmiany"
        "W rozmowie z RMF FM minister zdrowia Izabela Leszczyna zapowiedziała, że będą zmiany.",
    ],
)
def test_a_polish_title_in_the_nominative_after_an_outlet_opens_the_subject(analyse: Analyse, text: str) -> None:
    doc = analyse([("pl", text)])  # the subject was read from "rozmowie z RMF FM …" on
    assert _speakers(doc) == ["Izabela Leszczyna"]
    assert [text[a.source.start : a.source.end] for a in doc.attributions if a.source] == [
        "minister zdrowia Izabela Leszczyna"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("it", "Secondo quanto riporta l'Ansa, il vertice è stato rinviato.", "Ansa"),
        ("it", "Stando a quanto riporta l'Ansa, il vertice è stato rinviato.", "Ansa"),
        ("it", "Secondo quanto riportato dal Corriere della Sera, il vertice è stato rinviato.", "Corriere della Sera"),
        ("es", "Según lo que publicó El País, el Gobierno aprobará la ley.", "El País"),
        ("pt", "Segundo o que disse o ministro, a vacinação continua.", "ministro"),
    ],
)
def test_what_a_source_reports_after_according_to_is_no_part_of_its_name(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _speakers(analyse([(lang, text)])) == [speaker]  # the source was "quanto riporta l'Ansa": nobody


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Conforme informou a Polícia Federal, três suspeitos foram presos.", "Polícia Federal"),
        ("Conforme disse o ministro da Saúde, Marcelo Queiroga, a vacinação continua.", "Marcelo Queiroga"),
    ],
)
def test_portuguese_conforme_opening_a_sentence_is_according_to(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("pt", text)])  # "Conforme" was a noun, the subject of "informou", the outlet its relay
    assert _speakers(doc) == [speaker]
    assert [text[a.cue.start : a.cue.end] for a in doc.attributions if a.cue] == ["Conforme"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("it", "Ha spiegato il procuratore Nicola Gratteri che le indagini sono in corso.", "Nicola Gratteri"),
        ("es", "Explicó el fiscal Juan Pérez que la investigación sigue abierta.", "Juan Pérez"),
        ("pt", "Afirmou o ministro que a vacinação continua.", "ministro"),
        ("pl", "Zapowiedział premier Donald Tusk, że podatki nie wzrosną.", "Donald Tusk"),
    ],
)
def test_a_sentence_opening_with_its_cue_has_its_subject_after_it(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _speakers(analyse([(lang, text)])) == [speaker]  # no frame at all: nothing stood before the cue


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Dijo la verdad."),
        ("es", "Explicó el problema que tenía la empresa."),
        ("it", "Ha detto la verità."),
        # realpages dev2 rd-005: a first-person cue, its object's genitive holds names
        ("es", "Reclamamos una reforma profunda del Poder Judicial y de la Corte en particular."),
    ],
)
def test_an_object_after_an_opening_cue_is_no_subject(analyse: Analyse, lang: str, text: str) -> None:
    assert _speakers(analyse([(lang, text)])) == []
