"""Session 42, prec42 (issue #18: German junk speakers). A place of origin after a study or figures is no issuer ("Nach
einer Studie aus den USA", "nach den Zahlen aus China", "according to a study from Germany"); a person described by
a noun and the place they come from is not that place ("Der Winzer aus Bernkastel sagte"); "der" before a feminine
noun marks no subject after the cue ("Seine Mutter sagte der Zeitung, …"); German "es" stands for a neuter noun,
never for a person named by name; a report inside "Möglich, dass …" is the writer's guess."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "Nach einer Studie aus den USA erkranken Kinder seltener schwer an dem Virus.", "USA"),
        ("de", "Der neue Erreger scheint nach den bisherigen Zahlen aus China weniger tödlich zu sein.", "China"),
        ("de", "Einer Studie aus Schweden zufolge schützt die Impfung auch ältere Menschen.", "Schweden"),
        ("en", "According to a study from Germany, the vaccine also protects older people.", "Germany"),
        ("en", "According to data from China, the virus is less deadly than feared.", "China"),
    ],
)
def test_state_a_study_comes_from_is_no_speaker(analyse: Analyse, lang: str, text: str, place: str) -> None:
    assert place not in " ".join(_names(analyse([(lang, text)])))


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Nach einer Studie der Universität Oxford erkranken Kinder seltener schwer.", "Universität Oxford"),
        ("de", "Laut einer Umfrage des Instituts Forsa lehnen die meisten Bürger die Reform ab.", "Institut Forsa"),
        ("en", "According to figures from the Office for National Statistics, prices rose.", "Office for National"),
        ("de", "Es gibt eine Studie aus Oxford, die sagt einen Verlust von Jobs voraus.", "Oxford"),
    ],
)
def test_issuer_of_a_study_still_speaks(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert any(speaker in name for name in _names(analyse([(lang, text)])))


@pytest.mark.parametrize(
    ("text", "speaker", "place"),
    [
        ("Der Winzer aus Bernkastel sagte, die Ernte sei schlecht ausgefallen.", "Winzer", "Bernkastel"),
        ("Der Bäcker aus Hamburg erzählte, die Preise stiegen jede Woche.", "Bäcker", "Hamburg"),
        ("Ein Lehrer aus Chemnitz sagte, die Schüler seien erschöpft.", "Lehrer", "Chemnitz"),
    ],
)
def test_place_a_person_comes_from_is_not_the_person(analyse: Analyse, text: str, speaker: str, place: str) -> None:
    names = _names(analyse([("de", text)]))
    assert names == [speaker]
    assert place not in " ".join(names)


def test_named_person_from_a_place_and_placed_body_stay(analyse: Analyse) -> None:
    doc = analyse([("de", "Der Winzer Hans Müller aus Bernkastel sagte, die Ernte sei schlecht ausgefallen.")])
    assert _names(doc) == ["Hans Müller"]
    doc = analyse([("de", "Die Stadt Bernkastel teilte mit, die Brücke bleibe gesperrt.")])
    assert _names(doc) == ["Stadt Bernkastel"]


def test_feminine_noun_after_der_is_told(analyse: Analyse) -> None:
    doc = analyse([("de", "Seine Mutter sagte der Zeitung, er sei seit Tagen verschwunden.")])
    assert "Zeitung" not in _names(doc)
    assert _names(doc) == ["Mutter"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Neue Regeln fordert der Verband.", "Verband"),
        ("Einen Ausstieg verlangt die Gewerkschaft.", "Gewerkschaft"),
        ("Höhere Löhne fordert der Betriebsrat der Gewerkschaft.", "Betriebsrat der Gewerkschaft"),
    ],
)
def test_case_marked_subject_after_the_cue_stays(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


def test_neuter_pronoun_is_no_named_person(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Außenminister Heiko Maas reiste nach Paris. Das Auswärtige Amt greift zu einem Kniff, es äußert sich "
                "nur mündlich. Es erklärte, die Lage sei ernst.",
            )
        ]
    )
    assert "Heiko Maas" not in _names(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Möglich, dass Trump mit seiner Außenpolitik meint, die Seele seines Wählers zu streicheln.",
        "Gut möglich, dass der Minister bald erklärt, er trete zurück.",
        "Denkbar, dass die Ministerin morgen sagt, die Steuern stiegen.",
    ],
)
def test_report_inside_a_supposition_is_the_writers_guess(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister sagte, möglich sei, dass die Steuern steigen.",
        "Möglich sei, sagte der Minister, dass die Steuern steigen.",
    ],
)
def test_speaker_of_a_possibility_still_speaks(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == ["Minister"]


def test_main_clause_after_a_relative_cue_is_no_report(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Ein Jahr vor seiner Bekanntgabe ging er eine Lebenspartnerschaft ein, was ihn bei seinen Fans, die "
                "sowohl seine Arbeit als auch seine Authentizität schätzen, noch beliebter macht.",
            )
        ]
    )
    assert _names(doc) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Ministerin, die damals erklärte, sie trete zurück, blieb im Amt.", "Ministerin"),
        ("Cliff Roberts, der 1933 sagte, dass das Turnier bleibe, starb 1977.", "Cliff Roberts"),
        (
            "Die Bedeutung des Bildes, das Wikipedia als „eines der am häufigsten reproduzierten Bilder der "
            "Geschichte“ bezeichnet, kann gar nicht hoch genug eingeschätzt werden.",
            "Wikipedia",
        ),
    ],
)
def test_report_after_a_relative_cue_stays(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


def test_citation_of_a_borrowed_term_is_no_source(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Die Begründung ist nicht mehr kulturalistisch, sondern im Sinne Fredricksons rassistisch "
                "(Fredrickson 2011). Die Argumentation ist nun wahrlich nicht neu (Niehr 2019).",
            )
        ]
    )
    text = doc.blocks[0].text
    sources = [text[a.source.start : a.source.end] for a in doc.attributions if a.source is not None]
    assert "Fredrickson" not in sources
    assert "Niehr" in sources


def test_topic_after_verweis_auf_is_no_source(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Mit Verweis auf den Lockdown ruft Bischof Michael Chalupka die Gemeinden auf, keine Gottesdienste "
                "zu feiern.",
            )
        ]
    )
    assert _names(doc) == ["Michael Chalupka"]
    assert not [relay for attribution in doc.attributions for relay in attribution.via]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Unter Berufung auf Regierungskreise berichtete der Spiegel, der Minister werde zurücktreten.",
            "Regierungskreise",
        ),
        ("Mit Verweis auf das RKI sagte der Sprecher, die Betten seien knapp.", "RKI"),
    ],
)
def test_cited_source_after_berufung_stays(analyse: Analyse, text: str, source: str) -> None:
    doc = analyse([("de", text)])
    assert source in _names(doc)
    assert [relay for attribution in doc.attributions for relay in attribution.via]


@pytest.mark.parametrize(
    "text",
    ["Hochwasser: Straßen in der Innenstadt bleiben weiter gesperrt", "Unwetter: Zwei Tote in Bayern"],
)
def test_common_noun_kicker_is_no_speaker(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert not any(attribution.source is not None and attribution.confidence >= 0.4 for attribution in doc.attributions)
    assert _names(doc) == []


def test_body_label_stays(analyse: Analyse) -> None:
    doc = analyse([("de", "Polizei: Der Täter ist gefasst")])
    text = doc.blocks[0].text
    assert [a for a in doc.attributions if a.source is not None and text[a.source.start : a.source.end] == "Polizei"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Lagarde: Rates will rise again in July, she said.", "Lagarde"),
        ("de", "Scholz: Die Steuern steigen nicht, sagte er am Montag.", "Scholz"),
    ],
)
def test_pronoun_under_a_label_is_the_labelled_speaker(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    doc = analyse([(lang, text)])
    assert _names(doc) == [speaker]
    assert not [relay for attribution in doc.attributions for relay in attribution.via]


def test_pronoun_of_a_later_sentence_is_not_the_label(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "de",
                "Rennen: Dass er sich bessern kann, zeigte Tsunoda schon in den Nachwuchsklassen. Was er sich "
                "zutraute, schätzte er, das gestand er später selbst, zu hoch ein.",
            )
        ]
    )
    text = doc.blocks[0].text
    assert not [
        a
        for a in doc.attributions
        if a.source is not None
        and text[a.source.start : a.source.end] == "Rennen"
        and a.cue is not None
        and text[a.cue.start : a.cue.end] != ":"
    ]


def test_polite_you_under_a_label_is_not_the_labelled_speaker(analyse: Analyse) -> None:
    doc = analyse([("de", "Fischer: Vielleicht sprechen wir über Bereiche, die Sie beschreiben, und über die Folgen.")])
    text = doc.blocks[0].text
    cued = [a for a in doc.attributions if a.cue is not None and text[a.cue.start : a.cue.end] == "beschreiben"]
    assert all(text[a.source.start : a.source.end] != "Fischer" for a in cued if a.source is not None)
