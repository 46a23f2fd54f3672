"""German speaker recall (german5, issue #18): general frames the German misses of the real-page dev sets fell into.

A surname the tagger reads as a verb ("Clara Wendt" as "wenden"), a two-letter abbreviation with its full stops
("z. B."), articles and adjectives inside an "according to" phrase ("nach den eigenen Angaben der X"), a study as
the subject of a verb of showing ("Eine Erhebung der X zeigt, dass …"), a verb of manner right after a quotation
("„…“, lacht X") and the separable "geht von … aus". Hand-made sentences with invented names; none is taken from a
real-page set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.german import GERMAN, german_tokens, load_tagger
from sift.attribution.prefilter import sentence_filter
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> set[str]:
    return {speaker.name for speaker in doc.speakers}


def _one_name(doc: Document) -> str:
    (name,) = _names(doc)
    return name


@pytest.fixture(scope="module")
def tagger() -> object:
    return load_tagger()


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Die Lage ist ernst, so Ministerin Clara Wendt.", {"Clara Wendt"}),
        ("Bernd Kolbe und Clara Wendt sagten, das Werk bleibe offen.", {"Bernd Kolbe", "Clara Wendt"}),
        ("Das Werk bleibe offen, sagten Bernd Kolbe und Clara Wendt.", {"Bernd Kolbe", "Clara Wendt"}),
    ],
)
def test_a_surname_the_tagger_reads_as_a_verb_stays_in_the_name(analyse: Analyse, text: str, speakers: set) -> None:
    assert _names(analyse([("de", text)])) == speakers


def test_a_capitalised_verb_form_after_a_name_is_read_as_a_name(tagger: object) -> None:
    tokens = german_tokens("Die Lage ist ernst, so Ministerin Clara Wendt.", tagger)
    assert [(t.text, t.pos) for t in tokens if t.text in ("Clara", "Wendt")] == [("Clara", "PROPN"), ("Wendt", "PROPN")]


def test_a_sentence_opening_verb_keeps_its_tag(tagger: object) -> None:
    tokens = german_tokens("Die Ministerin sagte es. Sagen wir es so.", tagger)
    assert next(t for t in tokens if t.text == "Sagen").pos == "VERB"


@pytest.mark.parametrize("abbreviation", ["z. B.", "z.B.", "u. a.", "d. h."])
def test_a_two_letter_abbreviation_is_one_adverb_and_ends_no_sentence(tagger: object, abbreviation: str) -> None:
    text = f"So warnt {abbreviation} die Verbraucherzentrale Niederfeld vor dem Einsatz der Software."
    tokens = german_tokens(text, tagger)
    assert {t.sentence for t in tokens} == {0}
    assert [(t.text, t.pos) for t in tokens if t.text == abbreviation] == [(abbreviation, "ADV")]


def test_an_inverted_subject_after_an_abbreviation_is_the_speaker(analyse: Analyse) -> None:
    doc = analyse([("de", "So warnt z. B. die Verbraucherzentrale Niederfeld vor dem Einsatz der Software.")])
    assert _names(doc) == {"Verbraucherzentrale Niederfeld"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach ersten Angaben der Polizei wurde bei dem Unfall niemand verletzt.", "Polizei"),
        ("Bei dem Unfall wurde nach bisherigen Angaben der Polizei niemand verletzt.", "Polizei"),
        ("Nach den Worten des Ministers Bernd Kolbe ist die Lage ernst.", "Bernd Kolbe"),
        ("Nach Ansicht von Bernd Kolbe ist die Lage ernst.", "Bernd Kolbe"),
    ],
)
def test_an_according_phrase_with_articles_and_adjectives_inside(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == {speaker}


def test_own_inside_an_according_phrase_still_names_the_source(analyse: Analyse) -> None:
    doc = analyse([("de", "Nach den eigenen Angaben des Verbands Solarwärme Nord fehlen zwei Millionen Euro.")])
    assert _one_name(doc).endswith("Solarwärme Nord")  # the genitive's citation form is the resolver's, not tested here


@pytest.mark.parametrize(
    "text",
    [
        "Eine Erhebung des Verbands Solarwärme Nord zeigt, dass die Preise sinken.",
        "Die jüngste Befragung des Verbands Solarwärme Nord belegt klar, dass die Preise sinken.",
    ],
)
def test_a_study_showing_a_finding_names_who_made_it(analyse: Analyse, text: str) -> None:
    assert _one_name(analyse([("de", text)])).endswith("Solarwärme Nord")


@pytest.mark.parametrize(
    "text",
    [
        "Das Foto zeigt, dass die Brücke eingestürzt ist.",
        "Die Zahlen des Verbands Solarwärme Nord zeigen einen Rückgang.",
        "Der Film zeigt die Arbeit des Verbands Solarwärme Nord.",
    ],
)
def test_a_verb_of_showing_without_a_study_as_its_subject_is_no_cue(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert doc.speakers == []
    assert doc.attributions == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das war ein langer Tag“, lacht Anna Kessler.", "Anna Kessler"),
        ("„Wir sind bereit“, seufzt der Trainer Olaf Grieshaber.", "Olaf Grieshaber"),
    ],
)
def test_a_verb_of_manner_right_after_a_quotation_gives_its_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "Die Kinder lachen über den Clown von Anna Kessler.",
        "Anna Kessler lacht, als der Film „Eisberg“ beginnt.",
    ],
)
def test_a_verb_of_manner_elsewhere_is_no_cue(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert doc.speakers == []
    assert doc.attributions == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma Trelco geht von mehr als einem Gigawatt Leistung aus.",
        "Die Firma Trelco geht davon aus, dass die Leistung steigt.",
    ],
)
def test_the_separable_verb_of_assuming_is_a_cue(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == {"Firma Trelco"}


def test_the_sentence_filter_keeps_a_sentence_with_a_verb_of_showing(tagger: object) -> None:
    only = sentence_filter(GERMAN, {})
    assert only.keeps(["Eine", "Erhebung", "des", "Verbands", "zeigt", "einen", "Rückgang", "."])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Am Montag hat der Verband Solarwärme Nord vor Engpässen gewarnt.", "Verband Solarwärme Nord"),
        ("Bereits im Mai hatte Ministerin Clara Wendt neue Regeln angekündigt.", "Clara Wendt"),
        ("Ministerin Clara Wendt hat am Montag neue Regeln angekündigt.", "Clara Wendt"),
        ("Am Montag kündigte Ministerin Clara Wendt neue Regeln an.", "Clara Wendt"),
        ("Nach dem Treffen kündigte Ministerin Clara Wendt neue Regeln an.", "Clara Wendt"),
    ],
)
def test_a_split_verb_group_around_the_middle_gives_its_subject(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == {speaker}


def test_the_object_in_the_middle_is_the_content_not_the_speaker(analyse: Analyse) -> None:
    text = "Nach dem Treffen kündigte Ministerin Clara Wendt neue Regeln an."
    doc = analyse([("de", text)])
    (attribution,) = doc.attributions
    assert text[attribution.content.start : attribution.content.end] == "neue Regeln"


@pytest.mark.parametrize(
    "text",
    [
        "Im Mai wurde Ministerin Clara Wendt vor Engpässen gewarnt.",  # a passive: she was warned
        "Die neuen Regeln von Clara Wendt sind angekündigt.",
    ],
)
def test_a_passive_split_verb_group_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert analyse([("de", text)]).speakers == []


def test_a_modal_with_an_infinitive_cue_is_no_report(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Betreiber der Kinos von Kleinfurt können dank der Technik höhere Preise verlangen.")])
    assert doc.speakers == []


def test_an_ordinal_in_the_fronted_phrase_and_a_short_name_after_the_subject(analyse: Analyse) -> None:
    text = "Vor der Konferenz am 31. Oktober ruft der Verband Solarwärme Nord (VSN) zu mehr Hilfe auf."
    doc = analyse([("de", text)])
    (attribution,) = doc.attributions
    assert text[attribution.content.start : attribution.content.end] == "zu mehr Hilfe"
    assert len(doc.speakers) == 1


def test_a_verb_of_feeling_with_a_long_object_before_the_colon_of_its_quotation(analyse: Analyse) -> None:
    text = "Anna Kessler freute sich über das erste Podium ihrer langen Karriere: „Das war ein toller Tag.“"
    assert _names(analyse([("de", text)])) == {"Anna Kessler"}


@pytest.mark.parametrize("word", ["Anwohner:innen", "Anwohner*innen"])
def test_a_gender_inclusive_ending_is_part_of_the_word(tagger: object, word: str) -> None:
    tokens = german_tokens(f"Die {word} des Kiezes fordern mehr Ruhe.", tagger)
    assert [t.text for t in tokens][:3] == ["Die", word, "des"]
    assert tokens[1].pos == "NOUN"


def test_a_colon_before_a_spaced_word_still_splits(tagger: object) -> None:
    assert [t.text for t in german_tokens("Die Uhrzeit: in zwei Stunden.", tagger)][:3] == ["Die", "Uhrzeit", ":"]


def test_a_gender_inclusive_group_is_a_speaker(analyse: Analyse) -> None:
    doc = analyse([("de", "So haben die Anwohner:innen des Kiezes in einem Brief ihre Enttäuschung ausgedrückt.")])
    assert len(doc.speakers) == 1
    assert doc.speakers[0].name.startswith("Anwohner:innen")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Am Montag teilte die Polizei mit, dass bei dem Brand niemand verletzt wurde.", "Polizei"),
        ("Darauf weist der Verband Solarwärme Nord hin.", "Verband Solarwärme Nord"),
        ("Das teilte Ministerin Clara Wendt am Montag mit.", "Clara Wendt"),
    ],
)
def test_a_separable_cue_with_a_fronted_word_or_a_comma_after_its_particle(
    analyse: Analyse, text: str, speaker: str
) -> None:
    assert _names(analyse([("de", text)])) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "Dies geht aus einem Bericht der Stadtverwaltung Kleinfurt hervor.",
        "Aus einem Bericht der Stadtverwaltung Kleinfurt geht hervor, dass die Lage ernst ist.",
        "Wie aus einem Bericht der Stadtverwaltung Kleinfurt hervorgeht, ist die Lage ernst.",
        "Die Lage ist ernst, wie aus einem Bericht der Stadtverwaltung Kleinfurt hervorgeht.",
    ],
)
def test_what_follows_from_a_document_is_said_by_its_author(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == {"Stadtverwaltung Kleinfurt"}


def test_coming_out_of_a_place_is_no_report(analyse: Analyse) -> None:
    doc = analyse([("de", "Aus dem Haus von Clara Wendt ging der Sieger Bernd Kolbe hervor.")])
    assert doc.speakers == []
    assert doc.attributions == []


def test_the_sentence_filter_keeps_a_sentence_with_an_origin_cue(tagger: object) -> None:
    only = sentence_filter(GERMAN, {})
    assert only.keeps(["Dies", "geht", "aus", "dem", "Bericht", "hervor", "."])


@pytest.mark.parametrize(
    "text",
    [
        "Es ist davon auszugehen, dass die Preise im Winter steigen.",
        "Es ist zu erwarten, dass die Preise im Winter steigen.",
    ],
)
def test_an_infinitive_with_zu_after_sein_is_no_report(analyse: Analyse, text: str) -> None:
    assert analyse([("de", text)]).attributions == []


def test_an_infinitive_with_zu_inside_a_report_leaves_its_speaker_alone(analyse: Analyse) -> None:
    doc = analyse([("de", "Es sei davon auszugehen, dass die Preise steigen, so Clara Wendt.")])
    assert _names(doc) == {"Clara Wendt"}
    assert all(not attribution.via for attribution in doc.attributions)
