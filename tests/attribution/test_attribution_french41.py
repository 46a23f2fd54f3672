"""Session 41, french41 (issue #18, French, Spanish, Portuguese and Italian speakers): a bare object relative after a
comma whose subject follows its cue and a colon follows that subject ("…una serie de reclamos, que enumera la
referente de la APDH: “…”", realpages dev2) reports what the colon opens, in every language of the word-order rules
("qu'énumère la porte-parole : « … »", "che riassume la portavoce: …"); without the colon it stays no frame. A cue
in the first person plural ("También exigimos el cese de …") has "we" for its subject, so the noun after it is its
object, never an inverted source (it had turned the quotation's real speaker into a relay of nobody). "Referente"
is a Spanish title, and a title held in a named body ("la referente de la APDH") is no earlier person with that
title whom no block puts beside that body ("Taty Almeida, referente de Madres de Plaza de Mayo"). The table tagger
reads "entonces", "então" and "allora" as adverbs, so "Los agentes entonces identificaron … y confirmaron que …"
keeps its subject. "Según explicaron desde el Ministerio" names the ministry, not "desde el Ministerio". A French
cue's past participle the parser reads as a noun or a name ("Jugée « irréaliste » par le ministre X, …") is the
verb with its agent; "jugé par le tribunal" is a trial, nothing said. "En substance", "in sostanza", "en resumen"
between a cue and its subject are adverbs. Sentences and names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "es",
            "El sindicato presentó una serie de reclamos, que enumera la portavoz de la federación: “Queremos "
            "paridad y más jueces”.",
            "portavoz de la federación",
        ),
        (
            "es",
            "Las medidas llegan tras varias quejas, que resume el alcalde de Toledo: “No hay agua desde el lunes”.",
            "alcalde de Toledo",
        ),
        (
            "es",
            "El informe tiene dos conclusiones, que explica la investigadora Ana Ruiz: “El agua está contaminada”.",
            "Ana Ruiz",
        ),
        (
            "pt",
            "O governo apresentou três propostas, que resume o ministro da Fazenda: “Vamos cortar gastos”.",
            "ministro da Fazenda",
        ),
        (
            "it",
            "Il sindacato ha presentato tre richieste, che riassume la portavoce della federazione: “Vogliamo più "
            "salari”.",
            "portavoce della federazione",
        ),
        (
            "fr",
            "Le syndicat a formulé plusieurs revendications, qu'énumère la porte-parole de la fédération : « Nous "
            "voulons plus de juges ».",
            "porte-parole de la fédération",
        ),
        (
            "fr",
            "La réforme suscite deux critiques, que résume le maire de Lyon : « Elle coûte trop cher ».",
            "maire de Lyon",
        ),
    ],
)
def test_a_relative_whose_subject_follows_the_cue_reports_what_the_colon_opens(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El Congreso aprobó la ley, que firmó el presidente: la norma entra en vigor mañana."),
        ("es", "Los vecinos visitaron la planta, que dirige el ingeniero Pedro Gómez: es la mayor del país."),
        ("fr", "Le projet, que dirige la ministre : une réforme de plus."),
    ],
)
def test_a_relative_of_another_verb_names_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert _names(analyse([(lang, text)])) == []


def test_a_first_person_cue_inside_the_quotation_leaves_its_speaker(analyse: Analyse) -> None:
    text = (
        "La reforma llega con una serie de reclamos, que enumera la referente de la APDH: “Estamos apoyando el "
        "pedido de remoción y planteamos que sea con paridad de género. También exigimos el cese de cualquier "
        "persecución política que tenga al Poder Judicial como brazo ejecutor”."
    )
    assert _names(analyse([("es", text)])) == ["referente de la APDH"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "“También exigimos el cese de cualquier persecución del Gobierno”."),
        ("pt", "“Também exigimos o fim de qualquer perseguição do Governo”."),
        ("it", "“Chiediamo la fine di ogni persecuzione del Governo”."),
    ],
)
def test_the_object_of_a_first_person_cue_is_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert _names(analyse([(lang, text)])) == []


def test_a_title_held_in_another_body_is_not_the_earlier_person(analyse: Analyse) -> None:
    first = "“Vamos a exigir la reforma”, dice Ana Torres, referente de la Liga Vecinal de Quilmes."
    second = "Los reclamos son muchos, que enumera la referente de la APDH: “Apoyamos el pedido de remoción”."
    names = _names(analyse([("es", first), ("es", second)]))
    assert "Ana Torres" in names
    assert "referente de la APDH" in names


def test_the_same_title_without_a_body_is_still_the_earlier_person(analyse: Analyse) -> None:
    first = "“Vamos a exigir la reforma”, dice Ana Torres, referente de la Liga Vecinal de Quilmes."
    second = "“Apoyamos el pedido de remoción”, agregó la referente."
    assert _names(analyse([("es", first), ("es", second)])) == ["Ana Torres"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "Los policías entonces detuvieron al hombre y confirmaron que tenía antecedentes.", "policías"),
        ("es", "El alcalde entonces visitó la zona y aseguró que habrá ayudas.", "alcalde"),
        ("pt", "Os agentes então prenderam o suspeito e confirmaram que ele tinha antecedentes.", "agentes"),
        ("it", "Il sindaco allora ha visitato la zona e ha assicurato che arriveranno aiuti.", "sindaco"),
    ],
)
def test_then_between_subject_and_verb_is_an_adverb(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Según explicaron desde el Ministerio de Salud, la vacuna llegará en junio.", "Ministerio de Salud"),
        ("Según indicaron desde la Policía Nacional, el detenido tenía antecedentes.", "Policía Nacional"),
    ],
)
def test_according_to_what_they_said_from_a_body_names_the_body(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("es", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jugée « irréaliste » par le ministre de l'Économie, la réforme a été retirée.", "ministre de l'Économie"),
        ("La réforme, jugée « irréaliste » par le ministre de l'Économie, a été retirée.", "ministre de l'Économie"),
        ("Critiquée par la maire de Nantes, la mesure sera revue.", "maire de Nantes"),
        ("Le projet, jugé dangereux par le maire de Lyon, a été abandonné.", "maire de Lyon"),
    ],
)
def test_a_french_participle_read_as_a_noun_keeps_its_agent(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("fr", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Jugé par le tribunal de Lyon, l'accusé a été condamné.",
        "Le prévenu, jugé par le tribunal correctionnel de Paris, a été condamné à deux ans.",
        "L'accusé, défendu par Me Dupont, a nié les faits.",
        "Classé monument historique par le ministère, le château sera restauré.",
    ],
)
def test_a_trial_or_an_act_by_an_agent_is_no_statement(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("fr", text)])) == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "« Il faut agir vite », affirme en substance le ministre de la Santé.", "ministre de la Santé"),
        ("it", "«Bisogna agire presto», ha detto in sostanza il ministro della Salute.", "ministro della Salute"),
        ("es", "“Hay que actuar rápido”, dijo en resumen el ministro de Salud.", "ministro de Salud"),
    ],
)
def test_in_substance_between_cue_and_subject_is_an_adverb(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]
