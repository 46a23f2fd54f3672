"""Speakers on realpages dev9, dev10 and dev7's English pages (issue #18, speakers19), one hand-made sentence or page
per rule: what names no speaker (a label over a question, a label that calls to play, a fronted clause of time or
condition taken for what an inverted cue reports, a device's demand, touting a thing, the page's own author) and a
person a pronoun stands for (a given name introduced with where the person comes from)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution import AttributionConfig, attribute_statements
from sift.attribution.frames import only_asks, speaker_label_frame
from sift.attribution.surnames import introduced_given_names
from sift.document import Block, Document, Sentence, Source
from sift.pipeline import Resources

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def _contents(doc: Document) -> list[str]:
    block = doc.blocks[0]
    return [block.text[a.content.start : a.content.end] for a in doc.attributions]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Radio Bremen: Wird das Brot wirklich teurer?", True),
        ("Q: Why did you leave? Was it the money?", True),
        ("Müller: „Ist das schon entschieden?“", True),
        ("Müller: Das ist entschieden.", False),
        ("Müller: Ist das entschieden? Ja, seit Montag.", False),
    ],
)
def test_a_label_over_nothing_but_questions_only_asks(text: str, asks: bool) -> None:
    frame = speaker_label_frame(text)
    assert frame is not None
    assert only_asks(text, frame) is asks


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Radio Bremen: Wird das Brot im Winter wirklich teurer?"),
        ("en", "Harbour Weekly: Will the ferry fares rise again this winter?"),
    ],
)
def test_a_label_over_a_question_names_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert _speakers(analyse([(lang, text)])) == []


def test_a_label_over_a_statement_still_names_its_speaker(analyse: Analyse) -> None:
    doc = analyse([("de", "Karla Wendt: Das Brot wird im Winter um zehn Prozent teurer.")])
    assert _speakers(doc) == ["Karla Wendt"]


def test_a_label_that_calls_to_play_names_no_speaker(analyse: Analyse) -> None:
    assert _speakers(analyse([("en", "STREAM: Marlow Quay, Harbour Lights / Low Tide")])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Aber wenn ich abends eine Datei laden wollte, verlangte die Software immer ein neues Passwort.",
        "Als wir im Sommer umgezogen sind, verlangte der Vermieter eine höhere Kaution.",
    ],
)
def test_a_fronted_clause_of_time_or_condition_is_no_said_content(analyse: Analyse, text: str) -> None:
    assert "," not in "".join(_contents(analyse([("de", text)])))


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Aber wenn ich abends eine Datei laden wollte, verlangte die Software immer ein neues Passwort.", []),
        (  # the fronted clause opens a main clause joined to the one before
            "Ich habe genug Speicher, aber wenn ich abends eine Datei laden wollte, verlangte die Software immer ein "
            "neues Passwort.",
            [],
        ),
        ("Die Gewerkschaft verlangte, dass die Löhne um acht Prozent steigen.", ["Gewerkschaft"]),
    ],
)
def test_a_demand_for_a_thing_names_no_speaker(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Some lenders have opened new branches while touting their mobile apps.", []),
        ("The company touted that its sales had doubled.", ["company"]),
    ],
)
def test_touting_a_thing_names_no_speaker(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert _speakers(analyse([("en", text)])) == speakers


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        (
            "Marlene aus Kassel sucht seit Wochen eine Wohnung. Mehr als hundert Anfragen habe sie schon verschickt, "
            "sagt sie.",
            ["Marlene"],
        ),
        ("Brot aus Bayern ist im Winter teuer. Das sei zu viel, sagt sie.", []),
    ],
)
def test_a_given_name_introduced_with_its_origin_is_the_pronouns_person(
    analyse: Analyse, paragraph: str, speakers: list[str]
) -> None:
    assert _speakers(analyse([("de", paragraph)])) == speakers


def test_introduced_given_names_reads_origin_and_age() -> None:
    from sift.lexicon.gazetteer import build_gazetteer

    gazetteer = build_gazetteer()
    text = "Marlene aus Kassel lacht. Dann kam Jonte (19) dazu. Frau Weber aus Kassel nickte. Brot aus Bayern."
    assert introduced_given_names(text, "de", gazetteer) == ["Marlene", "Jonte"]
    assert introduced_given_names("Marlene from Kassel laughed.", "en", gazetteer) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # the fronted clause opens the sentence; what follows the subject is said
            "Wenn man sie nach den Kosten fragt, sagt die Kämmerin, der Haushalt sei ausgeglichen.",
            "der Haushalt sei ausgeglichen",
        ),
        (  # what follows the subject without a comma is said too
            "Obwohl sie den Preis nie gewonnen hat, erwähnte die Autorin im Interview beiläufig ihren zweiten Roman.",
            "im Interview beiläufig ihren zweiten Roman",
        ),
        (  # a fronted "dass" clause is what was said
            "Dass der Haushalt ausgeglichen ist, sagte die Kämmerin am Montag.",
            "Dass der Haushalt ausgeglichen ist",
        ),
        (  # a main clause after the fronted one: the whole is said
            "Wenn die Zinsen steigen, wird es eng, sagte die Kämmerin.",
            "Wenn die Zinsen steigen, wird es eng",
        ),
    ],
)
def test_an_inverted_cue_after_a_fronted_clause_keeps_what_was_said(analyse: Analyse, text: str, content: str) -> None:
    assert _contents(analyse([("de", text)])) == [content]


def _page(paragraphs: list[str], author: str) -> Document:
    doc = Document(id="test", source=Source(kind="text", location="test", sha256=""), author=author)
    for number, text in enumerate(paragraphs):
        block = Block(id=f"b{number}", role="body", text=text, lang="de", lang_confidence=1.0)
        block.sentences = [Sentence(f"{block.id}.s0", 0, len(text))]
        doc.blocks.append(block)
    return doc


def test_the_pages_author_and_a_co_author_are_no_speakers(resources: Resources) -> None:
    doc = _page(
        [
            "Lena Hartwig und Paul Kramer beschreiben, wie ein Umzug mit Kindern gelingen kann.",
            "Die Stadtverwaltung teilte mit, dass die Kitas im Sommer schließen.",
        ],
        "Lena Hartwig",
    )
    doc = attribute_statements(doc, resources, AttributionConfig())
    assert _speakers(doc) == ["Stadtverwaltung"]
    assert [speaker.id for speaker in doc.speakers] == ["sp0"]


def test_a_one_word_byline_removes_no_speaker(resources: Resources) -> None:
    doc = _page(["Lena Hartwig beschreibt, wie ein Umzug mit Kindern gelingen kann."], "Lena")
    assert _speakers(attribute_statements(doc, resources, AttributionConfig())) == ["Lena Hartwig"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # the fronted clause's own cue reports its middle, not the main clause after it
            "Während die Stadtwerke etwa zwei Millionen Euro als Verlust angeben, nennt der Kreis eine höhere Summe.",
            "etwa zwei Millionen Euro als Verlust",
        ),
        (  # a "dass" clause after the cue is still what was said
            "Nachdem die Kämmerin angekündigt hatte, dass die Gebühren steigen, kam der Rat zusammen.",
            "dass die Gebühren steigen, kam der Rat zusammen",
        ),
    ],
)
def test_a_cue_closing_a_fronted_clause_reports_its_middle(analyse: Analyse, text: str, content: str) -> None:
    doc = analyse([("de", text)])
    block = doc.blocks[0]
    first = min(doc.attributions, key=lambda a: a.content.start)
    assert block.text[first.content.start : first.content.end] == content
