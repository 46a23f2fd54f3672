"""French subjects the parser gives a cue must agree with it, and a participle modifying a noun is no cue (#18)."""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def test_a_singular_name_is_no_subject_of_a_plural_cue(analyse: Analyse) -> None:
    """The small model makes the appositive name of a long opening the subject of the plural verb after it."""
    text = (
        "Après la désignation du conseiller de Jean Castex, Marc Lefort, à la présidence de l’Office des forêts "
        "(ONF) annoncée lundi, plus de 400 agents annoncent une grève."
    )
    assert "Marc Lefort" not in read.main_names(analyse([("fr", text)]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les syndicats de cheminots dénoncent une réforme injuste et brutale.", "syndicats de cheminots"),
        ("Le ministre de l’Intérieur et son porte-parole affirment que la frontière reste ouverte.", "porte-parole"),
        ("Marie Dupont, présidente de l’association des parents, déclare que les écoles ferment.", "Dupont"),
    ],
)
def test_subjects_that_agree_are_kept(analyse: Analyse, text: str, name: str) -> None:
    assert any(name in speaker for speaker in read.main_names(analyse([("fr", text)])))


@pytest.mark.parametrize(
    "text",
    [
        "La réforme annoncée récemment inquiète les enseignants du lycée.",
        "La hausse des prix dénoncée hier pèse sur les ménages.",
    ],
)
def test_a_participle_modifying_a_noun_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert read.main_names(analyse([("fr", text)])) == []
