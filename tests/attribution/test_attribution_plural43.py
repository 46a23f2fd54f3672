"""Session 43, plural43 (issue #18, found by review43c). A plural pronoun ("Sie hätten", "Sie sagen") takes the plural
subject the sentence before names after the last speaker ("Am Abend haben die Betriebsräte …", "Die Anwohner haben
…"): that group when it spoke before, else no speaker, never the singular organisation named before it. A plural
subject that is the speaker itself, or a singular noun after a plural verb (an object: "haben … die Regierung"),
changes nothing. Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.speakers import plural_subjects
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _pronoun_entity(doc: Document) -> str | None:
    """The speaker the last attribution's "Sie" resolved to."""
    attribution = doc.attributions[-1]
    assert attribution.source is not None
    block = next(b for b in doc.blocks if b.id == attribution.block_id)
    assert block.text[attribution.source.start : attribution.source.end] == "Sie"
    return attribution.source.entity


@pytest.mark.parametrize(
    "text",
    [
        "Der Verband Bitkom warnt vor den Folgen, sagte eine Sprecherin. Am Dienstag haben die Landwirte mit dem "
        "Minister verhandelt. Sie hätten ihm gesagt, die Preise seien zu niedrig.",
        "Die Deutsche Bahn kündigte neue Preise an, teilte das Unternehmen mit. Danach trafen sich die "
        "Fahrgastverbände mit der Ministerin. Sie forderten, die Preise einzufrieren.",
        "Die Stadtverwaltung erklärte, die Straße bleibe gesperrt. Die Anwohner haben am Montag protestiert. Sie "
        "sagen, der Lärm sei unerträglich.",
    ],
)
def test_a_plural_pronoun_after_a_plural_subject_takes_no_singular_body(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert _pronoun_entity(doc) is None
    assert doc.attributions[-1].confidence < 0.5


def test_a_plural_pronoun_takes_the_group_that_spoke_before(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Die Betriebsräte kritisierten den Plan scharf. Die Gewerkschaft Verdi erklärte, der Betrieb müsse "
                "bleiben. Am Abend haben die Betriebsräte mit dem Chef gesprochen. Sie hätten ihm vorgeschlagen, die "
                "Schließung zu verschieben.",
            )
        ]
    )
    assert _pronoun_entity(doc) == "Betriebsräte"


def test_a_plural_subject_that_is_the_speaker_keeps_it(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Die Grünen kritisierten den Entwurf. Am Abend haben die Grünen einen Antrag gestellt. Sie fordern, "
                "das Gesetz zu stoppen.",
            )
        ]
    )
    assert _pronoun_entity(doc) == "Die Grünen"
    assert doc.attributions[-1].confidence > 0.5


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("Am Abend haben die Betriebsräte mit dem Chef gesprochen.", ["Betriebsräte"]),
        ("Danach trafen sich die Landwirte mit dem Minister.", ["Landwirte"]),
        ("Die Anwohner haben am Montag protestiert.", ["Anwohner"]),
        ("Danach haben die ersten Mieter geklagt.", ["Mieter"]),
        ("Am Abend haben wir die Regierung kritisiert.", []),
        ("Am Abend haben die Regierung und die Ministerin nichts gesagt.", []),
        ("Die Regierung hat die Pläne verteidigt.", []),
    ],
)
def test_plural_subjects_by_the_verb(text: str, nouns: list[str]) -> None:
    assert plural_subjects(text, "de") == nouns


def test_no_plural_subjects_without_plural_verbs() -> None:
    assert plural_subjects("The residents have protested.", "en") == []
