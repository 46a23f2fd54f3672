"""German speakers on the real-page dev sets (issue #18, speakers18), one hand-made sentence per rule: a participle
before its noun, a duty ("muss … informieren"), "behaupten" with a bare object (holding a position), a slogan's bare
infinitive, a list of names after an inverted cue and a code heading a line name no speaker; a study's findings speak
for its maker; the frames each rule must leave alone keep their speaker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import UNCERTAIN_BELOW, Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        # a participle before its noun, the noun's own verb right after it: an adjective, no inverted cue
        "Gesetzlich versicherte Rentner zahlen seit Januar einen höheren Beitrag.",
        # a duty in the present: what someone has to say is no statement made
        "Der Mieter muss den Vermieter rechtzeitig darüber informieren, dass er auszieht.",
        "Der Bewerber muss dem Verein mitteilen, dass er umzieht.",
        # "behaupten" with a bare object: holding a position, no claim
        "Die Partei behauptete bei der Wahl ihren zweiten Platz mit knapp 20 Prozent.",
    ],
)
def test_no_frame_where_german_names_no_speaker(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert _speakers(doc) == []
    assert [a for a in doc.attributions if a.confidence >= UNCERTAIN_BELOW] == []


@pytest.mark.parametrize(
    "text",
    ["Immer die Probleme hervorheben ohne daran zu arbeiten.", "Ständig die Mängel hervorheben, statt etwas zu tun."],
)
def test_a_slogans_bare_infinitive_has_no_frame(analyse: Analyse, text: str) -> None:
    # a separable verb written whole with no finite verb: no subject, the noun before it is its object
    assert analyse([("de", text)]).attributions == []


def test_a_list_of_names_after_an_inverted_cue_is_no_statement(analyse: Analyse) -> None:
    # who will speak at an event: the rest of the list after the first name's bracket is no content
    text = "Beim Festakt sprechen Jana Beispiel (Stadtrat), Tom Muster (Landtag) und Karla Probe."
    assert _speakers(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the findings of a study speak for the body that made it, as the study would
        (
            "Die Studienergebnisse des Instituts für Seenforschung belegen, dass die Werte seit Jahren steigen.",
            "Institut für Seenforschung",
        ),
        (
            "Die Umfrageergebnisse der Verbraucherzentrale zeigen, dass viele Kunden unzufrieden sind.",
            "Verbraucherzentrale",
        ),
    ],
)
def test_a_studys_findings_speak_for_its_maker(analyse: Analyse, text: str, name: str) -> None:
    assert _speakers(analyse([("de", text)])) == [name]


def test_a_verb_of_seeming_passes_its_subject_to_the_infinitive_cue(analyse: Analyse) -> None:
    # "scheint … zu bestätigen": the study confirms it, hedged; an infinitive with its marker elsewhere reports nothing
    doc = analyse([("de", "Eine Auswertung der Stiftung Warentest scheint die Bedenken zu bestätigen.")])
    assert _speakers(doc) == ["Stiftung Warentest"]
    assert _speakers(analyse([("de", "Die Lage scheint sich langsam zu entspannen.")])) == []


def test_a_code_heading_a_line_is_no_speaker(analyse: Analyse) -> None:
    doc = analyse(
        [("de", "Das Update kam ohne Ankündigung."), ("de", "XR4471203: technische Beschreibung des Herstellers")]
    )
    assert _speakers(doc) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the verb-second cue with its subject after it, as before
        ("Am Dienstag bestätigte Bürgermeisterin Katrin Vogelsang den Plan.", "Katrin Vogelsang"),
        ("Gestern erklärte Polizeisprecher Jonas Albrecht, der Täter sei gefasst.", "Jonas Albrecht"),
        # the past of the modal reports that it was said
        (
            "Die Ministerin Petra Lindqvist musste ihrem Kabinett mitteilen, dass das Geld nicht reicht.",
            "Petra Lindqvist",
        ),
        # a verb of conceding under the present modal reports the concession
        ("Nun muss der Konzern einräumen, dass die Bilanz geschönt war.", "Konzern"),
        # "behaupten" with a clause or a quotation is a claim
        ("Der Verband behauptete, die Zahlen seien geschönt.", "Verband"),
        ("„Die Zahlen sind geschönt“, behauptete der Verband.", "Verband"),
        # a finite separable verb leaves its particle at the end; a whole one after a conjunction is verb-final
        ("Die Forscherin Lena Hartwig hob hervor, dass die Daten vorläufig seien.", "Lena Hartwig"),
        ("Weil die Forscherin Lena Hartwig hervorhebt, dass die Daten vorläufig seien, warten wir.", "Lena Hartwig"),
        ("Alles nur Theater, wie die Forscher Lena Hartwig und Tom Beispiel hervorheben.", "Lena Hartwig"),
        # a name with a digit or two is no code
        ("G7: Wir stehen an der Seite der Ukraine.", "G7"),
        # a bracket after an inverted cue's source, then what was said
        ("Am Montag sagte Jana Beispiel (SPD), die Lage sei ernst.", "Jana Beispiel"),
    ],
)
def test_rules_leave_german_speakers_alone(analyse: Analyse, text: str, name: str) -> None:
    assert name in _speakers(analyse([("de", text)]))
