"""Word-order rules of the eighth speakers round (#18, speakers8): a name with its appositives before the cue's
comma is the subject (not an inverted cue's content), an adverbial opening leaves the subject after the cue (verb
second), a passive without an agent names no speaker, and German speaker words and cues the real pages use
("Präsidium", "Landwirt", "Forschende", "ruft … auf", "wiesen … nach", "nannte X „…“"). Hand-made sentences, one
rule each; none is taken from a real-page set."""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("lang", "text", "cue", "source"),
    [
        # a name and its title before the cue's comma: the name speaks, the phrase after the cue is its object
        (
            "de",
            "Klaus Weber, Sprecher der Stadtwerke, kritisierte die Entscheidung scharf.",
            "kritisierte",
            "Klaus Weber, Sprecher der Stadtwerke",
        ),
        # a relative clause after the title, then the cue and a colon
        (
            "de",
            "Jana Roth, Leiterin des Bezirks, in dessen Gebiet die alte Schule liegt, ergänzt: „Wir warten.“",
            "ergänzt",
            "Jana Roth, Leiterin des Bezirks",
        ),
        # the same in a language that reads its subjects by these rules too
        ("es", "Ana Gómez, ministra de Trabajo, anunció la medida ayer.", "anunció", "Ana Gómez, ministra de Trabajo"),
    ],
)
def test_a_name_with_appositives_before_the_cue_is_its_subject(
    analyse: Analyse, lang: str, text: str, cue: str, source: str
) -> None:
    frames = read.frames(analyse([(lang, text)]))
    assert (cue, source) in frames
    assert all(found_cue != cue or found == source for found_cue, found in frames)


def test_a_list_before_an_inverted_cue_stays_its_content(analyse: Analyse) -> None:
    # nouns in commas with no name or speaker noun: the phrase after the cue is the subject
    frames = read.frames(analyse([("de", "Mehr Geld, mehr Personal, forderte der Verband.")]))
    assert frames == [("forderte", "der Verband")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Zugleich mahnte sie: "Die Debatte darf uns nicht lähmen".', "mahnte"),
        ("Wirtschaftspolitisch betonte sie die Notwendigkeit eines Ausgleichs.", "betonte"),
    ],
)
def test_an_adverbial_opening_leaves_the_subject_after_the_cue(analyse: Analyse, text: str, cue: str) -> None:
    # the adverb (or adjective used as one) before the verb is no subject: the pronoun after it is
    assert read.frames(analyse([("de", text)])) == [(cue, "sie")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Lesen Sie, für wen das neue Mittel empfohlen wird und wie es wirkt."),
        ("de", "Die Maßnahme wurde gestern angekündigt."),
        ("es", "La medida fue anunciada ayer por la tarde."),
    ],
)
def test_a_passive_without_an_agent_names_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    doc = analyse([(lang, text)])
    assert read.frames(doc) == []
    assert doc.speakers == []


def test_a_reflexive_before_the_auxiliary_is_no_passive(analyse: Analyse) -> None:
    # "si è detto": the minister called himself satisfied; he is the speaker
    assert read.names(analyse([("it", "Il ministro si è detto soddisfatto del risultato.")])) == ["ministro"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Straße sei gesperrt worden, berichtet das Polizeipräsidium Oberland.", "Polizeipräsidium Oberland"),
        ("„Wir brauchen Regen“, sagt der Landwirt aus dem Nachbardorf.", "Landwirt"),
        ("Forschenden zufolge wirkt das Mittel auch bei älteren Menschen.", "Forschenden"),
        ("Die Forscher wiesen die Wirkung im Labor nach.", "Forscher"),
        ('In ihrer Rede nannte Anna Weber den Plan "unverzichtbar".', "Anna Weber"),
        ("Nach dem Unglück ruft die Gewerkschaft zu einer Kundgebung auf.", "Gewerkschaft"),
    ],
)
def test_german_speaker_words_and_cues(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert speaker in read.names(doc)
    assert all(a.confidence >= 0.6 for a in doc.attributions if a.source is not None)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a pronoun that can only be a subject, after the cue: what stands before is the object
        ("Verrat nennt man das.", "nennt", "man"),
        ("Das sagte er am Montag in Berlin.", "sagte", "er"),
        # a lone pronoun for what was said before the cue: the phrase after it speaks
        ("Dies betonte die Ministerin am Montag.", "betonte", "die Ministerin"),
        # a prepositional phrase (with a date in it) up to the cue is no subject in verb-second order
        ("Vor dem Gipfel am 3. Mai in Genf warnt die Ministerin vor neuen Zöllen.", "warnt", "die Ministerin"),
    ],
)
def test_verb_second_objects_before_the_cue(analyse: Analyse, text: str, cue: str, source: str) -> None:
    assert read.frames(analyse([("de", text)])) == [(cue, source)]


def test_capitalised_adjectives_after_an_article_name_an_organisation(analyse: Analyse) -> None:
    # only names capitalise adjectives in German: an uncertain organisation, under the page's words
    doc = analyse([("de", "„Das ist falsch“, sagt die Grüne Jugend.")])
    assert [(speaker.name, speaker.kind) for speaker in doc.speakers] == [("Grüne Jugend", "organisation")]


def test_an_institution_ending_keeps_its_citation_form(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Kosten seien zu hoch, kritisierte der Europäische Rechnungshof.")])
    assert [speaker.name for speaker in doc.speakers] == ["Europäischer Rechnungshof"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "„Die Brücke muss bald stehen“, so der Leiter der Region Nord, Jonas Keller.", "Jonas Keller"),
        ("de", "„Die Brücke muss bald stehen“, so Jonas Keller, Leiter der Region Nord.", "Jonas Keller"),
        ("de", "„Das ist falsch“, sagte der Sprecher der Stadt, Klaus Weber.", "Klaus Weber"),
        ("fr", "« C'est faux », a déclaré le porte-parole de la ville, Paul Martin.", "Paul Martin"),
    ],
)
def test_an_appositive_closing_the_sentence_belongs_to_the_subject_after_the_cue(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    # the title and the name in commas after the cue are one speaker, named
    assert [s.name for s in analyse([(lang, text)]).speakers] == [speaker]


def test_a_byline_is_no_speaker_label(analyse: Analyse) -> None:
    # "By X:" names the writer; the speaker is the one the sentence quotes
    doc = analyse(
        [("en", "By Jane Doe: The region cannot ignore the risk of new surges, warns health director Carla Mendes.")]
    )
    assert [speaker.name for speaker in doc.speakers] == ["Carla Mendes"]


def test_a_possessor_is_not_the_speaker(analyse: Analyse) -> None:
    # "Donald Trump’s rivals said": the rivals spoke, not Trump
    doc = analyse([("en", "Donald Trump’s rivals said the plan would fail.")])
    assert not any("Trump" in name for name in read.names(doc))


def _attributed_sentences(doc: Document) -> list[str]:
    return [doc.sentence_text(a.sentence) for a in doc.attributions if a.source is not None]


def test_konjunktiv_continues_the_report_of_the_sentence_before(analyse: Analyse) -> None:
    text = (
        "Die Ministerin sagte am Montag, die Lage sei ernst. Sie wisse, dass es viele Probleme gebe. "
        "Die Bahn fährt wieder."
    )
    sentences = _attributed_sentences(analyse([("de", text)]))
    assert "Sie wisse, dass es viele Probleme gebe. " in sentences
    assert "Die Bahn fährt wieder." not in sentences  # the indicative ends the report


@pytest.mark.parametrize(
    ("text", "unreported"),
    [
        ("Die Bahn fährt wieder. Die Lage sei ernst.", "Die Lage sei ernst."),  # nobody reported before
        ("Der Minister sagte, alles sei gut. Ich habe das anders erlebt.", "Ich habe das anders erlebt."),  # the writer
    ],
)
def test_konjunktiv_without_a_report_before_is_nobody_s(analyse: Analyse, text: str, unreported: str) -> None:
    assert unreported not in _attributed_sentences(analyse([("de", text)]))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a stance: the reflexive and an adjective make "zeigen" a cue
        ("Die Ministerin zeigte sich offen für die Forderung der Jugend.", "Ministerin"),
        ("Zudem zeigte sich der Minister besorgt über die Lage.", "Minister"),
        # a name the tagger could not place, before a relative clause
        ("Jonas Brändle, der den Verband vertrat, zeigte sich im Nachgang optimistisch.", "Jonas Brändle"),
    ],
)
def test_a_stance_with_a_reflexive_is_a_cue(analyse: Analyse, text: str, speaker: str) -> None:
    assert [s.name for s in analyse([("de", text)]).speakers] == [speaker]


def test_showing_oneself_somewhere_is_no_stance(analyse: Analyse) -> None:
    assert analyse([("de", "Der Sänger zeigte sich am Abend in Berlin.")]).speakers == []
