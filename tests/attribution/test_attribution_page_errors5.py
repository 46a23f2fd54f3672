"""General attribution errors seen on an unseen German page (issue #18, round 5), on hand-made sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return [(speaker.kind, speaker.name) for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Außenbeauftragter Borrell EU kritisiert den Plan", "Borrell"),  # a related-box headline
        ("Handelsminister Weber EU kritisiert den Plan der Regierung.", "Weber"),
        ("Die Lage sei ernst, sagte Handelsminister Jan Weber EU.", "Jan Weber"),
    ],
)
def test_a_trailing_body_acronym_is_no_part_of_a_persons_name(analyse: Analyse, text: str, name: str) -> None:
    assert _speakers(analyse([("de", text)])) == [("person", name)]


def test_an_upper_case_surname_stays_a_name(analyse: Analyse) -> None:
    """French papers write surnames in capitals ("Jean DUPONT"): only a short body name is cut off."""
    doc = analyse([("fr", "Le convoi est parti, a déclaré le ministre Jean DUPONT.")])
    assert _speakers(doc) == [("person", "Jean DUPONT")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der alte Nachbar wird zum Verdächtigen, den man den Behörden meldet: Verrat nennt man das."),
        ("de", "Die Polizei erklärte, alles sei ruhig. Man sagt, die Grenze bleibe zu."),
        ("fr", "La police a déclaré que tout était calme. On dit que la frontière restera fermée."),
    ],
)
def test_an_impersonal_pronoun_is_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    """ "man" / "on" is nobody in particular: neither a speaker of its own nor the speaker named before."""
    doc = analyse([(lang, text)])
    said = [
        a
        for a in doc.attributions
        if a.cue is not None and doc.blocks[0].text[a.cue.start : a.cue.end] in ("meldet", "sagt", "dit")
    ]
    assert said and all(a.source is None or a.source.entity is None for a in said)


@pytest.mark.parametrize(
    "text",
    [
        "„Das war ein Fehler“, sagt die Ärztin Maria Lindqvist. „Niemand wollte das“, berichtet Lindqvist.",
        "„Niemand wollte das“, berichtet Lindqvist. Die Ärztin Maria Lindqvist sagte, es sei ein Fehler gewesen.",
    ],
)
def test_a_surname_alone_is_the_person_named_on_the_page_whatever_the_verb(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert _speakers(doc) == [("person", "Maria Lindqvist")]
    assert doc.speakers[0].aliases == ["Lindqvist"]
    assert {a.source.entity for a in doc.attributions if a.source} == {"Maria Lindqvist"}


def test_a_known_outlet_stays_an_outlet_beside_a_namesake(analyse: Analyse) -> None:
    doc = analyse([("de", "„Niemand wollte das“, berichtet Reuters. Der Sprecher Tom Reuters sagte, es sei ruhig.")])
    assert _speakers(doc) == [("outlet", "Reuters"), ("person", "Tom Reuters")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "„Niemand wollte das“, berichtet die Ärztin Lindqvist, fügt aber rasch hinzu: „Eine Panne.“",
            "die Ärztin Lindqvist",
            "fügt aber rasch hinzu",
            "„Eine Panne.“",
        ),
        (
            "„Das war ein Fehler“, sagt der Bürgermeister, räumt aber ein, dass es öfter vorkomme.",
            "der Bürgermeister",
            "räumt aber ein",
            "dass es öfter vorkomme",
        ),
    ],
)
def test_a_separable_verb_after_an_inverted_cue_is_the_same_speakers_second_cue(
    analyse: Analyse, text: str, speaker: str, cue: str, content: str
) -> None:
    """An adverb and a separable particle ("rasch hinzu") are never a source nor a relay."""
    doc = analyse([("de", text)])
    block = doc.blocks[0].text

    def span(mention) -> str:  # type: ignore[no-untyped-def]
        return block[mention.start : mention.end] if mention is not None else ""

    assert all(not a.via for a in doc.attributions)
    assert [(span(a.source), span(a.cue), span(a.content)) for a in doc.attributions][-1] == (speaker, cue, content)
    assert len(doc.speakers) == 1


@pytest.mark.parametrize(
    ("lang", "text", "source", "cue"),
    [
        ("de", "„Ich glaube nicht, dass der Streit lange dauert“, sagt die Ärztin Maria Lindqvist.", "Maria", "sagt"),
        (
            "de",
            "„Wir glauben nicht, dass die Grenze bald aufgeht“, erklärt der Bürgermeister Jan Weber.",
            "Jan",
            "erklärt",
        ),
        ("fr", "« Je pense que la frontière restera fermée », a déclaré le ministre Jean Dupont.", "Jean", "a déclaré"),
    ],
)
def test_a_first_person_verb_inside_an_attributed_quotation_is_no_frame(
    analyse: Analyse, lang: str, text: str, source: str, cue: str
) -> None:
    """The quoted "ich glaube" is the outer speaker's own words: one direct attribution, no relay."""
    doc = analyse([(lang, text)])
    block = doc.blocks[0].text
    found = [(a.kind, block[a.cue.start : a.cue.end], [r.source for r in a.via]) for a in doc.attributions if a.cue]
    assert found == [("direct", cue, [])]
    attribution = doc.attributions[0]
    assert attribution.source is not None and (attribution.source.entity or "").startswith(source)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "de",
            "„Das ist schlimm“, sagt Pierre Dupont. „Es wird nicht lange dauern“, sagt der Franzose.",
            "Pierre",
        ),
        ("fr", "« C'est grave », dit Hans Weber. « Je ne crois pas que cela dure », ajoute l'Allemand.", "Hans"),
    ],
)
def test_a_nationality_noun_is_the_person_named_before(analyse: Analyse, lang: str, text: str, name: str) -> None:
    doc = analyse([(lang, text)])
    assert [(speaker.kind, speaker.name.split()[0]) for speaker in doc.speakers] == [("person", name)]
    assert all(a.source is not None and a.source.entity == doc.speakers[0].name for a in doc.attributions)


def test_a_nationality_noun_with_nobody_named_before_names_no_speaker(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Lage sei ernst, sagt der Franzose. Die Lage sei ernst, sagen die Franzosen.")])
    assert [speaker.name for speaker in doc.speakers] != ["Franzose"]
    assert all(speaker.name not in ("Franzose", "der Franzose") for speaker in doc.speakers)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "„Das war ein Fehler“, sagt die Ärztin Maria Lindqvist. „Niemand wollte das“, sagt der Arzt Jan Weber."),
        ("fr", "« C'était une erreur », a dit Jean Dupont. « Personne ne le voulait », a dit Paul Martin."),
        ("en", '"It was a mistake," said Jane Doe. "Nobody wanted it," said John Smith.'),
    ],
)
def test_a_quote_with_its_own_cue_is_no_continuation_of_the_quote_before(
    analyse: Analyse, lang: str, text: str
) -> None:
    doc = analyse([(lang, text)])
    assert len(doc.attributions) == 2
    assert len({(a.content.start, a.content.end) for a in doc.attributions}) == 2


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("„Es ist vorbei“, sagt Christophe Arend.", [("person", "Christophe Arend")]),  # "Arend": a noun to HanTa
        ("„Es ist vorbei“, sagt Siemens Chef.", [("person", "Siemens")]),  # a title stays no surname
    ],
)
def test_a_surname_the_tagger_calls_a_noun_stays_in_the_name(
    analyse: Analyse, text: str, speakers: list[tuple[str, str]]
) -> None:
    assert _speakers(analyse([("de", text)])) == speakers
