"""German speakers' display names (lang8): the nominative of a name read from the genitive or dative, told by its
article where the noun's ending guesses wrong; "Allianz" and "Bündnis" name bodies; "International" ends an
organisation's name. Hand-made sentences with invented bodies; none is taken from a real-page set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.german import article_gender
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return [(speaker.name, speaker.kind) for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Laut der nicaraguanischen Ärztekammer sind die Krankenhäuser überlastet.",
        "Nach Angaben der nicaraguanischen Ärztekammer sind die Krankenhäuser überlastet.",
    ],
)
def test_a_feminine_body_in_the_genitive_is_cited_in_the_nominative(analyse: Analyse, text: str) -> None:
    """ "Ärztekammer" ends like a masculine noun ("-er"); "der" before "-en" says feminine."""
    assert ("nicaraguanische Ärztekammer", "organisation") in _speakers(analyse([("de", text)]))


def test_an_alliance_is_a_body_and_is_cited_in_the_nominative(analyse: Analyse) -> None:
    doc = analyse(
        [("de", "Seit Beginn der Proteste sind nach Angaben der zivilen Allianz dreihundert Menschen gestorben.")]
    )
    assert _speakers(doc) == [("zivile Allianz", "organisation")]


@pytest.mark.parametrize(
    "text",
    [
        "Laut Helferbund International sind zehntausend Familien betroffen.",
        "Nach Angaben von Helferbund International sind zehntausend Familien betroffen.",
        "Helferbund International teilte mit, zehntausend Familien seien betroffen.",
    ],
)
def test_international_ends_an_organisation_name(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("de", text)])) == [("Helferbund International", "organisation")]


@pytest.mark.parametrize(
    ("article", "adjective", "gender"),
    [
        ("der", "nicaraguanischen", "f"),
        ("einer", "zivilen", "f"),
        ("die", "zivile", "f"),
        ("der", "nicaraguanische", "m"),
        ("das", "neue", "n"),
        ("des", "europäischen", None),  # masculine or neuter: the noun's ending decides
        ("dem", "europäischen", None),
        (None, "zivilen", None),
        ("der", None, None),
    ],
)
def test_the_article_and_adjective_tell_the_gender(
    article: str | None, adjective: str | None, gender: str | None
) -> None:
    assert article_gender(article, adjective) == gender
