"""Session 42, french42 (issue #18, French speakers): a closing quotation mark glued between two letters
("Qualifié de "gourou"par un élu", realpages dev rp-023, whose HTML has no space there) is split off both words, so
the participle keeps its agent; a verdict after "être" ("formel", "catégorique", "unanime", "clair", "sans appel")
or after "avoir" with a statement noun ("ont un avis unanime") reports what its colon opens, its subject speaking —
the issuer, when the subject is a document or judgement ("L'évaluation faite par X est sans appel : …", dev2
rd-008, where the parser left the copula without a subject). No colon, or a subject that names nobody, and no
speaker. The issuer after "par" ends before "de" and a possessive or demonstrative (the evaluated object). A view
named by whose it is speaks, with its genitive: "na visão dos militares", "en opinión de la ministra", "a juicio de
los expertos", "a giudizio degli esperti" ("llegó a juicio en los tribunales" is a trial);
such a view inside a quotation is speech the quotation reports: no relay of the quoting speaker, and the quotation
still goes to the frame the block before opens with its colon. Sentences and names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.spacy_models import load_pipeline
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Qualifiée de "menteuse"par un élu de l\'opposition, la candidate a quitté le plateau.',
            "élu de l'opposition",
        ),
        ('Jugé "irresponsable"par le maire de Lyon, le projet a finalement été abandonné.', "maire de Lyon"),
        ("Jugé “irresponsable”par le maire de Lyon, le projet a finalement été abandonné.", "maire de Lyon"),
    ],
)
def test_a_glued_closing_quotation_mark_keeps_the_agent(analyse: Analyse, text: str, speaker: str) -> None:
    assert speaker in _names(analyse([("fr", text)]))


def test_a_glued_closing_quotation_mark_is_a_token_of_its_own() -> None:
    nlp = load_pipeline("fr_core_news_sm")
    words = [t.text for t in nlp('de "gourou de la majorité"par un dirigeant, “ici”là et aujourd’hui')]
    assert words[:8] == ["de", '"', "gourou", "de", "la", "majorité", '"', "par"]
    assert words[11:15] == ["“", "ici", "”", "là"]
    assert "aujourd’hui" in words


@pytest.mark.parametrize(
    "text",
    [
        'Le film "Les Misérables"par Ladj Ly a reçu un prix à Cannes.',
        'Le tableau "La Joconde"par Léonard de Vinci attire des millions de visiteurs.',
    ],
)
def test_a_glued_title_before_its_author_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("fr", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Les experts sont formels : le vaccin est sûr.", "experts"),
        ("Les médecins ont un avis unanime : ce traitement est inefficace.", "médecins"),
        (
            "Les agences sanitaires ont un avis unanime sur le produit : il ne présente pas de risque.",
            "agences sanitaires",
        ),
        ("Le ministre de la Santé a été catégorique : aucune fermeture n'est prévue.", "ministre de la Santé"),
        ("L'évaluation de l'Insee est sans appel : le chômage a augmenté de deux points.", "Insee"),
        ("L'avis rendu par le Conseil d'État est clair : le texte est contraire à la Constitution.", "Conseil d'État"),
        (
            "L’évaluation faite par Amnesty International de son action pour la justice est sans appel : son "
            "effet sur les droits est… négatif.",
            "Amnesty International",
        ),
    ],
)
def test_a_verdict_reports_what_its_colon_opens(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("fr", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Le jugement est sans appel.",
        "La situation est claire : il faut agir vite.",
        "Le ciel est clair : on voit toutes les étoiles.",
        "Les joueurs ont un soutien unanime : tout le stade chante.",
        "La victoire est claire, mais le match a été difficile.",
        "Le vote a été unanime : 32 voix pour, aucune contre.",
        "Les élèves ont un avis à donner sur le menu : trois choix sont possibles.",
    ],
)
def test_a_verdict_without_colon_or_speaker_names_no_one(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("fr", text)])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le rapport publié par Amnesty International de son action pour la justice affirme qu'elle a échoué.",
        "L’évaluation faite par Amnesty International de ce programme est sans appel : il a échoué.",
    ],
)
def test_an_issuer_after_par_ends_before_the_object_of_its_evaluation(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("fr", text)])) == ["Amnesty International"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("pt", "Na visão do ministro, a reforma é necessária para o país.", "ministro"),
        ("pt", "Na opinião dos especialistas, o risco de uma nova crise é alto.", "especialistas"),
        (
            "pt",
            "A medida, na visão da presidente do Banco Central, chegou tarde demais.",
            "presidente do Banco Central",
        ),
        ("es", "En opinión del ministro de Economía, la reforma es necesaria.", "ministro de Economía"),
        ("es", "En opinión de la ministra, la reforma es necesaria.", "ministra"),
        ("es", "A juicio de los expertos, el riesgo de una nueva crisis es alto.", "expertos"),
        ("it", "A giudizio degli esperti, il rischio di una nuova crisi è alto.", "esperti"),
    ],
)
def test_a_view_named_by_whose_it_is_speaks(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Na visão noturna, os soldados enxergam melhor no escuro."),
        ("pt", "Na visão de futuro da cidade, os parques têm um papel central."),
        ("es", "En opinión pública, el tema divide al país."),
        ("es", "El caso llegó a juicio en los tribunales de San Martín el año pasado."),
        ("it", "Il processo arriva a giudizio in tribunale a Milano."),
    ],
)
def test_a_view_of_no_one_names_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert _names(analyse([(lang, text)])) == []


@pytest.mark.parametrize("view", ["na visão dos militares", "segundo os militares"])
def test_a_view_inside_a_quotation_leaves_the_quotation_to_the_block_before(analyse: Analyse, view: str) -> None:
    doc = analyse(
        [
            ("pt", "O jornalista Pedro Lima escreveu:"),
            ("pt", f"“O Exército enviou dez perguntas sobre riscos que, {view}, podem afetar a eleição.”"),
        ]
    )
    assert sorted(_names(doc)) == ["Pedro Lima", "militares"]


def test_a_view_inside_a_quotation_is_no_relay_of_its_speaker(analyse: Analyse) -> None:
    text = (
        '"O Exército enviou dez perguntas ao tribunal sobre riscos que, na visão dos militares, podem afetar a '
        'eleição", informa o jornalista Pedro Lima, no jornal O Globo.'
    )
    doc = analyse([("pt", text)])
    assert sorted(_names(doc)) == ["Pedro Lima", "militares"]
    assert all(not attribution.via for attribution in doc.attributions)
