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


# -- a body's grammatical gender ----------------------------------------------------------------------------------


def test_er_is_no_feminine_body_but_the_titled_person_named_after_it(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Laut der Nachrichtenagentur dpa hat Ministerpräsident Hendrik Wüst den Plan gebilligt. Dazu habe er "
                "einen Brief geschrieben, in dem er mitteile, dass er die Pläne unterstütze.",
            )
        ]
    )
    assert _speaker_of(doc, "mitteile") == "Hendrik Wüst"


def test_er_still_takes_a_body_whose_head_tells_no_gender(analyse: Analyse) -> None:
    doc = analyse(
        [("de", "Der Deutsche Gewerkschaftsbund kritisiert die Pläne. Er fordert höhere Löhne für alle Beschäftigten.")]
    )
    assert _speaker_of(doc, "fordert") == "Deutscher Gewerkschaftsbund"


def test_sie_is_no_neuter_body(analyse: Analyse) -> None:
    doc = analyse([("de", "Das Gesundheitsministerium bestätigte den Fall. Sie sagte, man prüfe alle Hinweise.")])
    assert _speaker_of(doc, "sagte") is None


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


# -- the gender a title or an article tells --------------------------------------------------------------------------


def test_er_after_a_sentence_a_minister_opens_is_not_her(analyse: Analyse) -> None:
    doc = analyse(
        [("de", "Die Ministerin Eva Roth stellte den Bericht vor. Er kommt zu dem Schluss, dass die Ämter versagten.")]
    )
    assert _names(doc) == []


def test_sie_after_a_sentence_a_minister_opens_is_her(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Ministerin Eva Roth besuchte die Klinik. Sie sagte, die Lage sei ernst.")])
    assert _speaker_of(doc, "sagte") == "Eva Roth"


def test_sie_is_no_man_named_with_a_masculine_title(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Der Minister Karl Vogt sagte, das Land brauche mehr Lehrer. Die Schulpolitik bleibt umstritten. Sie "
                "betont vielmehr die Rolle der Wirtschaft.",
            )
        ]
    )
    assert _speaker_of(doc, "betont") is None


def test_sie_takes_a_woman_named_with_a_feminine_title_across_a_sentence(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Die Ministerin Eva Roth sagte, das Land brauche mehr Lehrer. Der Schulstreit bleibt ungelöst. Sie "
                "betonte, man müsse reden.",
            )
        ]
    )
    assert _speaker_of(doc, "betonte") == "Eva Roth"


# -- a document opening the sentence before ----------------------------------------------------------------------------


def test_a_pronoun_after_a_document_subject_is_the_document_not_the_person_named_last(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Der Minister Karl Vogt sagte, das Land brauche mehr Lehrer. Die Abschlusserklärung erwähnt das "
                "Thema nicht. Sie betont vielmehr die Rolle der Wirtschaft.",
            )
        ]
    )
    assert _speaker_of(doc, "betont") is None
    assert _names(doc) == ["Karl Vogt"]


def test_a_pronoun_after_a_sentence_with_no_document_subject_is_the_speaker(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Der Minister Karl Vogt sagte, das Land brauche mehr Lehrer. Er betonte, die Schulen bräuchten Geld.",
            )
        ]
    )
    assert _speaker_of(doc, "betonte") == "Karl Vogt"
