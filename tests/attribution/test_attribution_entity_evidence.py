"""Speakers need entity evidence on pages nobody tuned on (issue #18, round 6), on hand-made sentences.

Where only names are capitalised (Spanish, Portuguese, Italian, Polish), the capital of a sentence's first word is
no evidence of a name; a teaser of a related article opens with its kicker, not a speaker; a quantity word or an
adjective opening a source is no head; polls and the press speak as anonymous sources.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.table_tagger import is_opening_name
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]
AnalyseAs = Callable[[str, list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return [(speaker.kind, speaker.name) for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Fakty wskazują, że rząd ukrywał dane o kosztach.",  # "the facts show": a common noun, no person
        "Nagrodę przyznajemy już po raz dziesiąty.",  # "we award the prize": the object, in the accusative
        "Brytyjscy planiści uważali, że to ryzyko.",  # an adjective opening the sentence is no surname
    ],
)
def test_a_capitalised_common_word_opening_a_sentence_is_no_speaker(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("pl", text)])) == []


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        ([("pl", "Radakin powiedział, że flota jest gotowa.")], "Radakin"),  # the dictionary does not hold it
        ([("pl", "Tusk powiedział, że flota jest gotowa.")], "Tusk"),  # the dictionary holds it as a proper noun
        ([("pl", "Tony Radakin powiedział, że flota jest gotowa.")], "Tony Radakin"),  # "Tony" is also "tons"
        ([("es", "Martínez dijo que el acuerdo está cerca.")], "Martínez"),
        # "Duda" is also a bagpipe; the page writes it capitalised inside a sentence, so it is a name
        ([("pl", "Spotkał się z nim prezydent Duda."), ("pl", "Duda powiedział, że flota jest gotowa.")], "Duda"),
    ],
)
def test_a_name_opening_a_sentence_stays_a_speaker(
    analyse: Analyse, paragraphs: list[tuple[str, str]], name: str
) -> None:
    assert ("person", name) in _speakers(analyse(paragraphs))


def test_opening_name_evidence() -> None:
    """The evidence, one kind at a time, with a stand-in dictionary."""
    lemmas = {"fakty": "fakt", "tusk": "Tusk", "tony": "tona", "duda": "duda", "wspomnienie": "wspomnieć"}
    lookup = lemmas.get
    assert not is_opening_name("Fakty", "wskazują", frozenset(), lookup)
    assert is_opening_name("Tusk", "powiedział", frozenset(), lookup)  # a proper noun in the dictionary
    assert is_opening_name("Radakin", "powiedział", frozenset(), lookup)  # not in the dictionary
    assert not is_opening_name("Tony", "powiedział", frozenset(), lookup)
    assert is_opening_name("Tony", "Radakin", frozenset(), lookup)  # a first name before a name
    assert not is_opening_name("Fakty", "Wspomnienie", frozenset({"wspomnienie"}), lookup)  # a glued headline
    assert not is_opening_name("Duda", "powiedział", frozenset(), lookup)
    assert is_opening_name("Duda", "powiedział", frozenset({"duda"}), lookup)  # the page's own evidence
    assert is_opening_name("PAP", "podała", frozenset(), lookup)  # an upper-case short name


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "CHINY: Kurs na ostrą dyplomację"),
        ("es", "Aníbal Torres: presentan segunda moción de interpelación"),
        ("en", "PENCE: Well, look, the debate will be about the economy."),
    ],
)
def test_a_related_teasers_kicker_is_no_speaker_label(analyse_as: AnalyseAs, lang: str, text: str) -> None:
    """The same block is a speaker label in the body and a kicker in a related article's teaser."""
    assert len(analyse_as("body", [(lang, text)]).speakers) == 1
    assert analyse_as("related", [(lang, text)]).speakers == []
    assert analyse_as("related", [(lang, text)]).attributions == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "Diversas encuestas apuntan a un descenso de la aprobación del presidente.", "encuestas"),
        ("es", "Numerosas fuentes aseguran que el acuerdo está cerca.", "fuentes"),
        ("it", "Numerosi sondaggi indicano che il governo perde consensi.", "sondaggi"),
        ("pl", "Sceptyczna część prasy pisze o narodowym wstydzie.", "Sceptyczna część prasy"),
    ],
)
def test_polls_and_the_press_speak_as_anonymous_sources(analyse: Analyse, lang: str, text: str, name: str) -> None:
    """A feminine quantifier is a determiner; a speaker word later in the nominal run heads the source."""
    assert _speakers(analyse([(lang, text)])) == [("anonymous", name)]


def test_a_title_adjective_after_an_unlisted_noun_is_no_head(analyse: Analyse) -> None:
    """ "Le Contrôleur général demande …": "général" is an adjective here, not the title "général"."""
    doc = analyse([("fr", "Le Contrôleur général demande à la Commission municipale de faire enquête.")])
    assert all(kind != "person" for kind, _ in _speakers(doc))


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # an aside between commas after an inverted cue
        (
            "es",
            "“Esto ya no es justicia”, lamenta, por su parte, Iris Avellaneda, presidenta de la Liga.",
            "Iris Avellaneda",
        ),
        # nouns coordinated inside an appositive
        (
            "es",
            "Graciela Lois, de Familiares de Detenidos y Desaparecidos, cree que la marcha será la primera.",
            "Graciela Lois",
        ),
    ],
)
def test_asides_and_coordinated_appositives_keep_the_subject(analyse: Analyse, lang: str, text: str, name: str) -> None:
    assert _speakers(analyse([(lang, text)])) == [("person", name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tradycyjnie brytyjska lewica krzyczy, że to marnotrawstwo.", "lewica"),  # a political camp shouts
        ("Opozycja zastrzega jednak, że okręt nie wejdzie do akcji.", "Opozycja"),
    ],
)
def test_polish_camps_and_verbs_of_saying(analyse: Analyse, text: str, name: str) -> None:
    speakers = _speakers(analyse([("pl", text)]))
    assert len(speakers) == 1 and speakers[0][0] == "organisation" and speakers[0][1].endswith(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La inflación fue del 6%, según informó el Indec este jueves.", "Indec"),
        ("La economía crecerá, según dijo el Banco Central.", "Banco Central"),
    ],
)
def test_according_to_with_a_verb_names_the_verbs_subject(analyse: Analyse, text: str, name: str) -> None:
    """ "según informó X": the verb is no part of the source."""
    doc = analyse([("es", text)])
    assert [speaker.name for speaker in doc.speakers] == [name]
    assert all(not attribution.is_uncertain for attribution in doc.attributions)


def test_police_agents_are_anonymous_sources(analyse: Analyse) -> None:
    assert _speakers(analyse([("es", "Los agentes confirmaron que tenía una orden de captura vigente.")])) == [
        ("anonymous", "agentes")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # free word order: the saying before the cue is its object, the named admiral after it its subject
        ("To porzekadło przytoczył w Londynie admirał Tony Radakin.", [("person", "Tony Radakin")]),
        (
            "„Bandera podąża za handlem” – stare porzekadło przytoczył w nieco zmienionej formie pierwszy lord morski "
            "admirał Tony Radakin, który jest dumny.",
            [("person", "Tony Radakin")],
        ),
        # an infinitive's subject is its governing verb's: the name after it is its object
        ("Boris Johnson chce osobiście ogłosić powrót Royal Navy na światowe wody.", []),
    ],
)
def test_polish_name_after_a_finite_cue_is_its_subject(
    analyse: Analyse, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _speakers(analyse([("pl", text)])) == expected


def _sources(doc: Document) -> list[tuple[str, str | None]]:
    text = doc.blocks[0].text
    return [
        (text[a.cue.start : a.cue.end] if a.cue else "", a.source.entity if a.source else None)
        for a in doc.attributions
    ]


def test_a_bare_cue_after_a_quotation_speaks_for_the_person_the_block_named(analyse: Analyse) -> None:
    """Pro-drop: "“…”, dice." has no subject; it is the person the block last named as a subject or a source."""
    doc = analyse(
        [
            (
                "es",
                "María Elena Naddeo, de la APDH, se entusiasma con las adhesiones. La convocatoria incluye a las dos "
                "CTA. “Estamos tratando de articular todo esto”, dice.",
            )
        ]
    )
    assert ("dice", "María Elena Naddeo") in _sources(doc)
    doc = analyse([("pt", 'Pacheco falou com os senadores. "Não é correto", destaca. "É arbitrário", afirmou.')])
    assert _sources(doc)[-2:] == [("destaca", "Pacheco"), ("afirmou", "Pacheco")]


@pytest.mark.parametrize(
    "text",
    [
        "La marcha será el jueves. “Estamos tratando de articular todo esto”, dice.",  # nobody named
        # a name inside a quotation is not who speaks it
        "El diputado cobra respuestas. “Pacheco quiere reelegirse. No toma posición”, critica.",
    ],
)
def test_a_bare_cue_with_no_named_subject_before_it_names_nobody(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("es", text)])) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # two speakers joined by "and": one subject, read by its first noun
        ("pl", "Dowódcy i zwierzchnicy polityczni zastrzegają jednak, że okręt nie wejdzie do akcji.", "Dowódcy"),
        ("es", "El portavoz y el ministro dijeron que la economía crecerá.", "portavoz"),
        # "and" inside one name, and two titles of one named person, join no speakers
        ("es", "El Ministerio de Trabajo y Seguridad Social informó que habrá paro.", "Seguridad Social"),
        ("pl", "Ministerstwo Nauki i Szkolnictwa Wyższego poinformowało, że budżet wzrośnie.", "Szkolnictwa Wyższego"),
        ("de", "VW-Betriebsratschefin und Aufsichtsrätin Daniela Cavallo kritisierte Diess scharf.", "Daniela Cavallo"),
    ],
)
def test_and_joins_speakers_not_names(analyse: Analyse, lang: str, text: str, expected: str) -> None:
    speakers = _speakers(analyse([(lang, text)]))
    assert len(speakers) == 1 and speakers[0][1].endswith(expected)
