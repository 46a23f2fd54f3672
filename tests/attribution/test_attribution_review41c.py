"""Session 41, review41c: a German guillemet written with a space after it is no quotation's opening mark (a
breadcrumb, or a French closing mark whose opener stood in another block, must not open a region that a later «
closes and so swallow the real quotation), and a name whose title tells its gender reports itself only by the
agreeing pronoun ("Bundeskanzlerin Angela Merkel sagte, er fordere …": he is someone else, named before).
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.frames import quote_regions
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _regions(text: str) -> list[str]:
    return [text[start:end] for start, end in quote_regions(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "» La situation est grave, a dit le maire. Le préfet a répondu : « Nous agirons. » Fin.",
            ["« Nous agirons. »"],
        ),
        ("Start » Politik » Inland und »Nein«, sagte er.", ["»Nein«"]),
        ("»Ja«, sagte er.", ["»Ja«"]),
        ("Start » Politik » Inland", []),
    ],
)
def test_a_spaced_german_guillemet_opens_no_quotation(text: str, quoted: list[str]) -> None:
    assert _regions(text) == quoted


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Finanzminister Christian Lindner fehlte bei dem Treffen. Bundeskanzlerin Angela Merkel sagte am Dienstag,"
            " er fordere mehr Geld für die Bundeswehr.",
            "Christian Lindner",
        ),
        ("Bundeskanzlerin Angela Merkel sagte am Dienstag, sie fordere mehr Geld für die Bundeswehr.", "Angela Merkel"),
        (
            "Finanzminister Christian Lindner sagte am Dienstag, er fordere mehr Geld für die Bundeswehr.",
            "Christian Lindner",
        ),
        ("Merkel sagte, sie fordere mehr Geld für die Bundeswehr.", "Merkel"),
    ],
)
def test_a_titled_reporter_is_named_again_only_by_its_genders_pronoun(
    analyse: Analyse, text: str, speaker: str
) -> None:
    doc = analyse([("de", text)])
    assert [s.name for s in doc.speakers] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "A U.S. diplomat told reporters that talks had stalled. The diplomat said the talks would resume on Monday.",
        "One senior European Union diplomat told reporters that talks had stalled. The diplomat said so.",
    ],
)
def test_a_description_the_page_introduced_indefinitely_stays_anonymous(analyse: Analyse, text: str) -> None:
    doc = analyse([("en", text)])
    assert {speaker.kind for speaker in doc.speakers} == {"anonymous"}


@pytest.mark.parametrize(
    ("blocks", "speaker"),
    [
        (
            [
                "La ministra Carolina Darias visitó el hospital de Getafe el martes por la mañana.",
                "Después, la ministra de Sanidad dijo: “Vamos a reforzar la atención primaria en todo el país.”",
            ],
            "Carolina Darias",
        ),
        (
            [
                "El ministro Fernando Grande-Marlaska habló con la prensa. Luego, el ministro del Interior afirmó: "
                "“La frontera está controlada y no hay riesgo.”"
            ],
            "Fernando Grande-Marlaska",
        ),
    ],
)
def test_a_title_in_a_body_is_the_person_named_with_the_bare_title(
    analyse: Analyse, blocks: list[str], speaker: str
) -> None:
    assert [s.name for s in analyse([("es", text) for text in blocks]).speakers] == [speaker]
