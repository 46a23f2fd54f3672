"""Wrong results found by review37's adversarial probes of session 37's attribution rules (issue #18).

Each rule was read on inputs other than its own tests': a list of article-led subjects whose first item is a title
("Der Bürgermeister, der Landrat und die Polizei erklärten" kept the mayor only), a negated verb of denial with a
clause after it, which concedes the clause ("Der Sprecher bestritt nicht, dass …" was a declined comment), a
spokesperson of no body ("ein Sprecher der Familie" made the family an organisation), the one a quoting verb
quotes read as an outlet by the quoting verb ("Der Minister zitierte Goethe mit den Worten: …"), and a title with a
picture note or an age in brackets ("Der Minister (rechts) sagte" had no speaker).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Der Bürgermeister, der Landrat und die Polizei erklärten, es gebe keine Gefahr.",
            [("Bürgermeister", "person"), ("Landrat", "person"), ("Polizei", "organisation")],
        ),
        (
            "Die Polizei, der Bürgermeister und der Landrat erklärten, es gebe keine Gefahr.",
            [("Polizei", "organisation"), ("Bürgermeister", "person"), ("Landrat", "person")],
        ),
        (
            "Der Bürgermeister und die Polizei erklärten, es gebe keine Gefahr.",
            [("Bürgermeister", "person"), ("Polizei", "organisation")],
        ),
        (
            "Der Chef des Konzerns und die Gewerkschaft erklärten, es gebe keine Gefahr.",
            [("Chef des Konzerns", "person"), ("Gewerkschaft", "organisation")],
        ),
    ],
)
def test_a_title_in_a_list_of_articled_subjects_speaks_with_the_others(
    analyse: Analyse, text: str, speakers: list[tuple[str, str]]
) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


def test_two_titles_of_one_person_stay_one_speaker(analyse: Analyse) -> None:
    """No article after the "und": two titles of the person named after them, as before."""
    doc = analyse([("de", "Der Publizist und Philosoph Richard David Precht sagte, das sei falsch.")])
    assert [s.name for s in doc.speakers] == ["Richard David Precht"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Der Sprecher bestritt nicht, dass es Probleme gebe.", "Sprecher"),
        ("de", "Der Sprecher dementierte nicht, dass es Probleme gebe.", "Sprecher"),
        ("en", "The minister did not deny that there were problems.", "minister"),
    ],
)
def test_a_negated_denial_with_a_clause_concedes_it(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert [s.name for s in analyse([(lang, text)]).speakers] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Sprecher bestritt den Bericht nicht."),
        ("de", "Die Polizei widersprach dem Bericht nicht."),
        ("de", "Der Sprecher wollte sich nicht dazu äußern, ob das stimme."),
        ("en", "The minister did not deny the report."),
    ],
)
def test_a_negated_cue_without_a_conceded_clause_says_nothing(analyse: Analyse, lang: str, text: str) -> None:
    assert analyse([(lang, text)]).speakers == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Sprecher der Familie sagte, die Zahlen seien falsch.", ("Sprecher der Familie", "person")),
        ("Eine Sprecherin der Eltern sagte, die Zahlen seien falsch.", ("Sprecherin der Eltern", "anonymous")),
        ("Ein Sprecher von Siemens sagte, die Zahlen seien falsch.", ("Siemens", "organisation")),
        ("Ein Sprecher des Innenministeriums sagte, die Zahlen seien falsch.", ("Innenministerium", "organisation")),
    ],
)
def test_a_spokesperson_speaks_as_a_body_only(analyse: Analyse, text: str, speaker: tuple[str, str]) -> None:
    """A German common noun is capitalised: "der Familie" names no body a spokesperson could speak as."""
    assert _speakers(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister zitierte Goethe mit den Worten: „Mehr Licht!“",
        "Der Minister zitierte Goethe: „Mehr Licht!“",
    ],
)
def test_the_one_quoted_is_no_outlet_by_the_quoting_verb(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("de", text)])) == [("Goethe", "person")]


def test_a_lone_name_quoting_is_still_an_outlet(analyse: Analyse) -> None:
    doc = analyse([("de", "Reuters zitierte aus dem Bericht: „Die Zahlen steigen.“")])
    assert _speakers(doc) == [("Reuters", "outlet")]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Der Minister (rechts) sagte, das sei falsch.", "Minister"),
        ("de", "Der Rentner (58) sagte, das sei falsch.", "Rentner"),
        ("es", "El ministro (derecha) dijo que era falso.", "ministro"),
        ("de", "Die Polizei (Symbolbild) teilte mit, es gebe keine Verletzten.", "Polizei"),
    ],
)
def test_a_picture_note_or_an_age_in_brackets_keeps_the_subject(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert [s.name for s in analyse([(lang, text)]).speakers] == [speaker]
