"""A speech cue needs said content (issue #18, a French football ticker): a verb whose only complement is a person,
a team or a thing ("Wissa lance Le Goff dans le dos de la défense", "Depay est alerté par Kadewere") reports no
statement and names no speaker; the same verb with a quotation, a complementiser clause or a colon after it, or its
content before it, is a cue. One pair per language the word-order rules read."""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.attribution.confidence import said_content
from sift.attribution.frames import Frame
from sift.attribution.word_order import Token
from sift.document import Document
from sift.pipeline import Resources

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Wissa lance Le Goff dans le dos de la défense lyonnaise."),
        ("fr", "Depay est alerté par Kadewere mais le Néerlandais n'a pas réussi à exploiter ce long ballon."),
        ("fr", "L'attaquant de Lorient est encore une fois lancé dans la profondeur mais il commet une faute."),
        ("de", "Der Trainer warnte den Stürmer."),
        ("de", "Müller verweist den Gegner auf Platz zwei."),
        ("es", "El entrenador avisó a Juan."),
        ("es", "El delantero lanzó el balón al arco."),
        ("pt", "O jogador cobrou o pênalti."),
        ("it", "L'arbitro ha segnalato un fuorigioco."),
        ("pl", "Kowalski podał piłkę do Nowaka."),
    ],
)
def test_a_ball_pass_or_a_bare_warning_is_no_speech(analyse: Analyse, lang: str, text: str) -> None:
    doc = analyse([(lang, text)])
    assert read.main_names(doc) == []
    assert all(attribution.confidence < 0.5 for attribution in doc.attributions)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "Le ministre lance que la réforme est finie.", "ministre"),
        ("fr", "« La réforme est finie », a lancé le ministre.", "ministre"),
        ("fr", "Le ministre a alerté : la réforme arrive trop tard.", "ministre"),
        ("de", "Der Minister warnte, dass die Lage ernst sei.", "Minister"),
        ("de", "Am Montag warnte Angela Merkel vor einer neuen Krise.", "Angela Merkel"),
        (
            "de",
            "Kürzlich wiesen die Biologen Andrew MacDonald und Erin Mordecai von der Stanford Universität im "
            "Fachmagazin PNAS nach, dass die Abholzung Epidemien begünstigt.",
            "Andrew MacDonald | Erin Mordecai",  # both speak (a plural cue after the names joined by "und")
        ),
        ("es", "El ministro avisó que la reforma llega.", "ministro"),
        ("pt", "O ministro alertou que a reforma chega.", "ministro"),
        ("it", "Il ministro ha segnalato che la riforma arriva.", "ministro"),
        ("pl", "Minister podał, że reforma jest gotowa.", "Minister"),
    ],
)
def test_the_same_verb_with_said_content_is_a_cue(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert sorted(read.main_names(analyse([(lang, text)]))) == speaker.split(" | ")


def test_an_english_warning_needs_what_was_warned(resources: Resources) -> None:
    """English reads its cues from a parse: a verb of warning with a person for object and no clause reports no
    statement (``confidence.THING_OBJECT_LEMMAS``); with a clause, a quotation or its matter it does."""
    assert read.main_names(read.body_page(resources, ["The coach cautioned his players before kickoff."])) == []
    said = [
        "The minister warned that the reform would fail.",
        "“Sell now,” the minister warned investors.",
        "The minister warned of a crisis.",
    ]
    for text in said:
        assert read.main_names(read.body_page(resources, [text])) == ["minister"], text


def test_a_verb_that_always_reports_speech_keeps_a_bare_object(analyse: Analyse) -> None:
    """Only the row's ambiguous verbs need said content: "annoncer une réforme", "kritisierte Diess" are statements
    (tests/attribution/test_attribution_entity_evidence.py keeps the second, from realpages dev rp-020)."""
    assert read.main_names(analyse([("fr", "Le ministre a annoncé une réforme.")])) == ["ministre"]
    assert read.main_names(analyse([("fr", "Le ministre juge la réforme injuste.")])) == ["ministre"]
    assert read.main_names(analyse([("de", "Der Verband kritisierte die Regierung.")])) == ["Verband"]


def test_a_coordinated_cue_keeps_the_content_after_the_conjunction(analyse: Analyse) -> None:
    """realpages dev rp-020: what was criticised follows "und warf ihm vor, …"."""
    text = "Betriebsratschefin Daniela Cavallo kritisierte Diess scharf und warf ihm vor, sich nicht zu kümmern."
    assert read.main_names(analyse([("de", text)])) == ["Daniela Cavallo"]


def test_without_tokens_content_cannot_be_judged() -> None:
    frame = Frame(cue=(6, 11), content=[(12, 20)], source=(0, 5), cue_lemma="lancer")
    assert said_content(frame, "fr", ())
    tokens = [Token("Wissa", 0, 5, "Wissa", "PROPN", 0), Token("lance", 6, 11, "lancer", "VERB", 0)]
    tokens += [Token("Le", 12, 14, "le", "DET", 0), Token("Goff", 15, 19, "Goff", "PROPN", 0)]
    tokens += [Token(".", 19, 20, ".", "PUNCT", 0)]
    assert not said_content(frame, "fr", tokens)
