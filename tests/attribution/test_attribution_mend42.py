"""Session 42, mend42 (issue #18, review42b's findings): a French verdict of "clair" or "sans appel" reports only for
a subject that could speak — a name or a speaker noun at its head, an issuer after "par" or right after the
genitive of a document or judgement ("Le rapport de la Cour des comptes") — not for a fact judged
("Le bilan de la saison de X est clair : …", "Le contraste avec la politique de X est clair : …"); "formel",
"catégorique", "unanime" keep any subject. Of two subjects the parser hangs on one verb the nearest speaks ("Le
lendemain matin le préfet était catégorique : …"). "So says X" / "That is the view of X" opening a paragraph take a
body paragraph before that was not analysed (too short to tell its language), and a sentence before with a frame of
its own lends only that frame's content ("The plan will fail, he said."). Sentences and names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Le contraste avec la politique de Donald Trump est clair : les droits de douane baissent.",
        "Le bilan de la saison de Kylian Mbappé est clair : il a marqué 40 buts.",
        "Le résultat du vote de l'Assemblée est sans appel : la loi passe.",
        "La différence entre le plan de Marie Dubois et le nôtre est claire : il coûte moins cher.",
    ],
)
def test_a_fact_judged_clear_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("fr", text)])) == []
    assert analyse([("fr", text)]).attributions == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le ministre a été clair : il n'y aura pas de hausse d'impôts.", "ministre"),
        ("Claire Martin a été très claire : elle ne se représentera pas.", "Claire Martin"),
        (
            "L'évaluation faite par l'Observatoire national est sans appel : le dispositif n'a pas d'effet.",
            "Observatoire national",
        ),
        ("Les experts sont formels : le vaccin est sûr.", "experts"),
        ("Le rapport de la Cour des comptes est sans appel : la dépense a dérapé.", "Cour des comptes"),
    ],
)
def test_a_speaker_judging_clearly_still_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("fr", text)])) == [speaker]


def test_the_nearest_of_two_subjects_speaks(analyse: Analyse) -> None:
    doc = analyse([("fr", "Le lendemain matin le préfet était catégorique : la route restera fermée.")])
    assert _names(doc) == ["préfet"]
    (attribution,) = doc.attributions
    assert doc.blocks[0].text[attribution.source.start : attribution.source.end] == "le préfet"


@pytest.mark.parametrize(
    ("before", "after", "speaker"),
    [
        ("Rates will rise.", "So says the Bank of England.", "Bank of England"),
        ("Prices will rise again.", "That is the view of economist Jane Roe.", "Jane Roe"),
    ],
)
def test_a_paragraph_too_short_to_tell_its_language_is_lent(
    analyse: Analyse, before: str, after: str, speaker: str
) -> None:
    doc = analyse([("und", before), ("en", after)])
    assert _names(doc) == [speaker]
    (attribution,) = doc.attributions
    assert attribution.block_id == doc.blocks[0].id
    assert doc.blocks[0].text[attribution.content.start : attribution.content.end] == before.rstrip(".")


def test_a_line_that_is_no_sentence_is_not_lent(analyse: Analyse) -> None:
    doc = analyse([("und", "Photo: Reuters"), ("en", "So says the Bank of England.")])
    assert all(a.block_id != doc.blocks[0].id for a in doc.attributions)


def test_a_related_block_before_is_not_lent(analyse_as: Callable[[str, list[tuple[str, str]]], Document]) -> None:
    doc = analyse_as("related", [("und", "Rates will rise."), ("en", "So says the Bank of England.")])
    assert all(a.block_id != doc.blocks[0].id for a in doc.attributions)


def test_a_sentence_with_its_own_frame_lends_only_its_content(analyse: Analyse) -> None:
    doc = analyse([("en", "The plan will fail, he said."), ("en", "That is the view of Finance Minister Jane Smith.")])
    lent = [a for a in doc.attributions if a.frame_block == doc.blocks[1].id]
    (attribution,) = lent
    assert doc.blocks[0].text[attribution.content.start : attribution.content.end] == "The plan will fail"
