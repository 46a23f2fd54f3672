"""German pronouns and reported speech across sentences (session 39, issue #18): who "er" and "sie" stand for.

A pronoun takes a person or body it agrees with: a body's head noun tells its grammatical gender ("die
Nachrichtenagentur" is no "er", "das Ministerium" no "sie"), a title tells a person's ("der Minister" is no "sie",
"die Ministerin" no "er"); a document or study opening the sentence before is what its pronoun stands for, no person
named earlier; a person named after the speaker a pronoun would take, in the pronoun's sentence or the one before,
is whom it means. A quoted paper's name between a cue and its colon still lends the cue the quotation paragraph after.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.neighbours import _quoted_name
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [s.name for s in doc.speakers]


def _speaker_of(doc: Document, cue: str) -> str | None:
    """The name of the speaker of the attribution whose cue is ``cue`` (``None``: no speaker)."""
    blocks = {block.id: block for block in doc.blocks}
    found = [
        a.id
        for a in doc.attributions
        if a.cue is not None and blocks[a.frame_block_id].text[a.cue.start : a.cue.end] == cue
    ]
    assert len(found) == 1, f"one attribution with the cue {cue!r}"
    return next((s.name for s in doc.speakers if found[0] in s.attributions), None)


# -- a colon frame with a quoted paper's name before its colon ---------------------------------------------------


def test_a_colon_frame_naming_a_paper_in_marks_takes_the_quotation_paragraph(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Der Innenminister Jonas Falk sagte der „Frankfurter Rundschau“:"),
            ("de", "„Wir schicken mehr Polizei an die Grenze. Das haben wir lange geplant.“"),
        ]
    )
    assert _names(doc) == ["Jonas Falk"]
    assert [a.block_id for a in doc.attributions] == ["b1"]


@pytest.mark.parametrize(
    ("quoted", "name"),
    [("„Spiegel“", True), ("„Süddeutschen Zeitung“", True), ("„Wir bleiben dabei.“", False), ("„die Lage“", False)],
)
def test_only_a_few_capitalised_words_without_a_stop_in_marks_are_a_name(quoted: str, name: bool) -> None:
    text = f"Sie sagte {quoted}:"
    start = text.index(quoted)
    assert _quoted_name(text, start, start + len(quoted)) is name


def test_a_quotation_between_the_cue_and_the_colon_still_keeps_the_paragraph_apart(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Die Ministerin Eva Roth sagte, sie finde „das alles nicht gut, wirklich nicht“, und weiter:"),
            ("de", "„Wir bleiben dabei.“"),
        ]
    )
    assert "b1" not in [a.block_id for a in doc.attributions]


# -- whom a pronoun of one sentence takes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a body's head noun tells its grammatical gender: "er" is no Nachrichtenagentur, but the man named after it
        (
            "Laut der Nachrichtenagentur dpa hat Ministerpräsident Hendrik Wüst den Plan gebilligt. Dazu habe er einen "
            "Brief geschrieben, in dem er mitteile, dass er die Pläne unterstütze.",
            "mitteile",
            "Hendrik Wüst",
        ),
        # a head with no gender ending tells nothing: "er" still takes the body
        (
            "Der Deutsche Gewerkschaftsbund kritisiert die Pläne. Er fordert höhere Löhne für alle Beschäftigten.",
            "fordert",
            "Deutscher Gewerkschaftsbund",
        ),
        # "sie" is no neuter body
        ("Das Gesundheitsministerium bestätigte den Fall. Sie sagte, man prüfe alle Hinweise.", "sagte", None),
        # "er" after a sentence a minister opens is not her; "sie" is
        (
            "Die Ministerin Eva Roth stellte den Bericht vor. Er kommt zu dem Schluss, dass Ämter versagten.",
            "kommt",
            None,
        ),
        ("Die Ministerin Eva Roth besuchte die Klinik. Sie sagte, die Lage sei ernst.", "sagte", "Eva Roth"),
        # a masculine title that has a feminine form tells a man: "sie" is not him, a woman's title takes her
        (
            "Der Minister Karl Vogt sagte, das Land brauche mehr Lehrer. Die Schulpolitik bleibt umstritten. Sie "
            "betont vielmehr die Rolle der Wirtschaft.",
            "betont",
            None,
        ),
        (
            "Die Ministerin Eva Roth sagte, das Land brauche mehr Lehrer. Der Schulstreit bleibt ungelöst. Sie "
            "betonte, man müsse reden.",
            "betonte",
            "Eva Roth",
        ),
        # a document opening the sentence before is what its pronoun stands for, not the person named last
        (
            "Der Minister Karl Vogt sagte, das Land brauche mehr Lehrer. Die Abschlusserklärung erwähnt das Thema "
            "nicht. Sie betont vielmehr die Rolle der Wirtschaft.",
            "betont",
            None,
        ),
        (
            "Der Minister Karl Vogt sagte, das Land brauche mehr Lehrer. Er betonte, Schulen bräuchten Geld.",
            "betonte",
            "Karl Vogt",
        ),
    ],
)
def test_a_pronoun_takes_only_whom_it_agrees_with(analyse: Analyse, text: str, cue: str, speaker: str | None) -> None:
    assert _speaker_of(analyse([("de", text)]), cue) == speaker


def test_a_document_subject_adds_no_speaker(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Der Minister Karl Vogt sagte, das Land brauche mehr Lehrer. Die Abschlusserklärung erwähnt das "
                "Thema nicht. Sie betont vielmehr die Rolle der Wirtschaft.",
            )
        ]
    )
    assert _names(doc) == ["Karl Vogt"]


# -- a person named between the speaker and the pronoun -------------------------------------------------------------


def test_a_pronoun_takes_the_person_named_after_the_speaker_it_would_take(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Lena Kurz von der Umweltorganisation Greenpeace sagte, der Beschluss sei nur symbolisch."),
            ("de", "Die Bank schuf 600 Milliarden. Dieses Geld will die Präsidentin von Ghana, Ama Boateng, nutzen."),
            ("de", "Sie fordert einen Fonds, der mit diesem Geld ausgestattet wird."),
        ]
    )
    assert _speaker_of(doc, "fordert") == "Ama Boateng"


def test_a_pronoun_keeps_the_speaker_when_its_own_sentence_names_the_other_person(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Gewerkschaft kritisierte Minister Karl Vogt scharf. Sie fordert mehr Geld für Pflege.")])
    assert "Karl Vogt" not in _names(doc)


def test_a_pronoun_keeps_the_speaker_when_two_persons_come_between(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Greenpeace sagte, der Beschluss sei nur symbolisch."),
            ("de", "Die Präsidentin Ama Boateng und die Ministerin Eva Roth reisten ab. Sie fordert einen Fonds."),
        ]
    )
    assert not {"Ama Boateng", "Eva Roth"} & set(_names(doc))
