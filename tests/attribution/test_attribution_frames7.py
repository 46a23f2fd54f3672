"""Spanish, Portuguese, Italian and Polish news frames a fresh probe of hand-written sentences found read wrong (issue
#18, frames7): coaches named by their club, a body named by its kind, closing wire credits, two titled speakers
joined by "and", zero subjects after a named person, Polish sources "w rządzie"."""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


_speakers = read.sorted_names
_kinds = read.kinds
_relays = read.relays


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "es",
            "El entrenador del Sevilla, Xavier García Pimienta, aseguró que el equipo jugó bien.",
            "Xavier García Pimienta",
        ),
        ("es", "El seleccionador de Argentina, Lionel Scaloni, explicó que el grupo está unido.", "Lionel Scaloni"),
        ("pt", "O técnico do Palmeiras, Abel Ferreira, afirmou que o time merecia vencer.", "Abel Ferreira"),
        ("pt", "O treinador do Benfica, Bruno Lage, disse que a equipa vai lutar.", "Bruno Lage"),
        ("it", "L'allenatore del Milan, Paulo Fonseca, ha spiegato che la squadra è stanca.", "Paulo Fonseca"),
    ],
)  # fmt: skip
def test_a_coach_is_named_by_the_appositive_not_by_the_club(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _speakers(analyse([(lang, text)])) == [speaker]  # was the club ("Sevilla") as a person


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "La empresa Telefónica anunció que recortará su plantilla.", "Telefónica"),
        ("es", "El sindicato UGT advirtió de que convocará nuevas protestas.", "UGT"),
        ("pt", "A empresa Embraer informou que vai contratar mil engenheiros.", "Embraer"),
        ("it", "Il gruppo Stellantis ha annunciato che chiuderà lo stabilimento.", "Stellantis"),
        # a capitalised body noun is the name's own first word
        ("es", "El Ministerio de Hacienda informó de que la recaudación creció.", "Ministerio de Hacienda"),
    ],
)
def test_a_body_noun_written_lower_case_before_a_name_is_no_part_of_it(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _kinds(analyse([(lang, text)])) == {speaker: "organisation"}  # was "empresa Telefónica"


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        (
            "es",
            "Según un estudio de la Universidad de Salamanca, el consumo de azúcar ha bajado.",
            ["Universidad de Salamanca"],
        ),
        ("pt", "Segundo um estudo da Fiocruz, a vacina reduz as internações.", ["Fiocruz"]),
        ("it", "Secondo uno studio dell'Università di Padova, il lago si sta riscaldando.", ["Università di Padova"]),
        ("es", "Según un estudio, el consumo de azúcar ha bajado.", []),
    ],
)  # fmt: skip
def test_a_study_speaks_for_whoever_made_it(analyse: Analyse, lang: str, text: str, speakers: list[str]) -> None:
    assert _speakers(analyse([(lang, text)])) == speakers  # was "estudio de la Universidad de Salamanca"


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("it", "In un comunicato, Poste Italiane ha comunicato che gli sportelli resteranno aperti.", "Poste Italiane"),
        (
            "it",
            "Il presidente della Regione, Attilio Fontana, ha chiesto che il governo intervenga.",
            "Attilio Fontana",
        ),
        ("it", "Il leader della Lega Matteo Salvini ha criticato la decisione del tribunale.", "Matteo Salvini"),
        ("pl", "Posłanka Anna Maria Żukowska opowiada o swojej pracy w Sejmie.", "Anna Maria Żukowska"),
    ],
)
def test_more_verbs_of_saying(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert _speakers(analyse([(lang, text)])) == [speaker]  # no frame: no cue


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il cliente ha chiesto il conto al cameriere."),
        ("pl", "Film opowiada o losach rodziny po wojnie."),
        ("pl", "Powieść opowiada historię dwóch braci."),
    ],
)
def test_asking_for_a_thing_and_a_story_told_name_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert _speakers(analyse([(lang, text)])) == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "relay"),
    [
        (
            "es",
            "La ministra de Trabajo, Yolanda Díaz, aseguró este lunes que el salario mínimo subirá, informó la "
            "agencia EFE.",
            "Yolanda Díaz",
            "EFE",
        ),
        (
            "pt",
            "O ministro da Economia, António Leitão Amaro, garantiu hoje que os impostos vão descer, noticiou a Lusa.",
            "António Leitão Amaro",
            "Lusa",
        ),
        # the relay after a speaker's name between commas
        ("es", "“Habrá acuerdo”, dijo el ministro, José Manuel Albares, a El País.", "José Manuel Albares", "El País"),
        (
            "pt",
            "“Vamos cortar gastos”, afirmou a ministra do Planejamento, Simone Tebet, em entrevista ao Globo.",
            "Simone Tebet",
            "Globo",
        ),
    ],
)
def test_a_wire_s_closing_credit_and_an_outlet_after_an_appositive_relay(
    analyse: Analyse, lang: str, text: str, speaker: str, relay: str
) -> None:
    doc = analyse([(lang, text)])
    assert _speakers(doc) == [speaker]  # "agencia EFE" was a speaker of the whole sentence
    assert any(relay in found for found in _relays(doc)), _relays(doc)


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        (
            "es",
            "La presidenta de la Comunidad de Madrid, Isabel Díaz Ayuso, y el alcalde de la capital, José Luis "
            "Martínez-Almeida, anunciaron que habrá más autobuses.",
            ["Isabel Díaz Ayuso", "José Luis Martínez-Almeida"],
        ),
        (
            "it",
            "Il presidente della Fiat Giovanni Agnelli e il segretario della Fiom Maurizio Landini hanno "
            "dichiarato che l'accordo è buono.",
            ["Giovanni Agnelli", "Maurizio Landini"],
        ),
        (
            "pt",
            "O presidente Lula e o primeiro-ministro espanhol, Pedro Sánchez, afirmaram que o acordo está próximo.",
            ["Lula", "Pedro Sánchez"],
        ),
    ],
)
def test_two_titled_speakers_joined_by_and_both_speak(
    analyse: Analyse, lang: str, text: str, speakers: list[str]
) -> None:
    assert _speakers(analyse([(lang, text)])) == sorted(speakers)  # was one of them, a title, or the object


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("it", "Il governatore della Lombardia Attilio Fontana ha detto che gli ospedali reggono.", "Attilio Fontana"),
        (
            "it",
            "Il presidente del Napoli Aurelio De Laurentiis ha detto che lo stadio sarà rifatto.",
            "Aurelio De Laurentiis",
        ),
        # a department the dictionary holds goes as before, and a name of two words after it stays whole
        ("it", "Il ministro della Salute Orazio Schillaci ha detto che i vaccini arrivano.", "Orazio Schillaci"),
        ("pt", "O presidente da Câmara de Lisboa Carlos Moedas disse que a obra começa já.", "Carlos Moedas"),
    ],
)  # fmt: skip
def test_the_first_capitalised_word_after_a_title_s_genitive_is_the_department(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _speakers(analyse([(lang, text)])) == [speaker]  # was "governatore della Lombardia Attilio Fontana"


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "es",
            "El alcalde de Sevilla, José Luis Sanz, visitó ayer el barrio. Él explicó que las obras acabarán pronto.",
            "José Luis Sanz",
        ),
        (
            "pt",
            "A prefeita de Recife, Ana Lúcia Campos, visitou o hospital. Ela prometeu que vai contratar médicos.",
            "Ana Lúcia Campos",
        ),
    ],
)
def test_a_pronoun_takes_the_person_a_title_s_appositive_names(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _speakers(analyse([(lang, text)])) == [speaker]  # the name was read as "Sevilla"'s: no antecedent


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "es",
            "El alcalde de Sevilla, José Luis Sanz, visitó ayer el barrio. Además, explicó que las obras acabarán "
            "pronto.",
            "José Luis Sanz",
        ),
        (
            "es",
            "El ministro Óscar Puente dijo que los trenes llegarán. También aseguró que habrá más frecuencias.",
            "Óscar Puente",
        ),
        (
            "it",
            "La sindaca di Genova Silvia Salis ha visitato il porto. Ha poi aggiunto che i lavori partiranno.",
            "Silvia Salis",
        ),
        (
            "pt",
            "O ministro Fernando Haddad falou com os jornalistas. Garantiu que o orçamento será cumprido.",
            "Fernando Haddad",
        ),
        (
            "pl",
            "Minister Andrzej Domański spotkał się z bankowcami. Zapowiedział, że podatek nie wzrośnie.",
            "Andrzej Domański",
        ),
    ],
)  # fmt: skip
def test_a_cue_opening_its_sentence_with_no_subject_speaks_for_the_person_named_before(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    doc = analyse([(lang, text)])
    assert _speakers(doc) == [speaker]
    assert len([a for a in doc.attributions if a.source is not None]) == len(doc.attributions)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El ministro Óscar Puente visitó ayer Valencia. Creo que tiene razón."),
        ("pl", "Minister Andrzej Domański spotkał się z bankowcami. Powiedziałem, że to dobry pomysł."),
        ("es", "El tren llegó tarde a Sevilla. Explicó que las obras acabarán pronto."),
    ],
)
def test_a_first_person_cue_or_one_with_no_one_named_before_speaks_for_nobody(
    analyse: Analyse, lang: str, text: str
) -> None:
    assert _speakers(analyse([(lang, text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Według źródeł w Pałacu Prezydenckim decyzja zapadnie jutro.", "źródeł w Pałacu Prezydenckim"),
        ("Według źródeł w rządzie decyzja zapadnie jutro.", "źródeł w rządzie"),
        ("Według ekspertów z Narodowego Banku Polskiego inflacja spadnie.", "ekspertów z Narodowego Banku Polskiego"),
        (
            "Według naukowców z Politechniki Warszawskiej nowy materiał jest wytrzymały.",
            "naukowców z Politechniki Warszawskiej",
        ),
        # no body after the preposition: the time of the content
        ("Według ekspertów w tym roku inflacja spadnie.", "ekspertów"),
    ],
)  # fmt: skip
def test_a_polish_anonymous_source_keeps_the_body_it_is_from(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("pl", text)])
    assert [(s.name, s.kind) for s in doc.speakers] == [(speaker, "anonymous")]  # was "źródeł" alone


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        ("es", "La vicepresidenta, Yolanda Díaz, pidió que el Congreso apruebe la reforma.", ["Yolanda Díaz"]),
        ("es", "El alcalde Carlos Mazón pidió a los vecinos que no salgan de casa.", ["Carlos Mazón"]),
        ("pt", "O deputado Arthur Lira pediu que o governo envie a proposta.", ["Arthur Lira"]),
        # a request for a thing, or to do something, with no complementiser: no statement
        ("es", "El jugador Pedri pidió un café en el hotel.", []),
        ("es", "“Es mío, por tanto, he solicitado tener derecho sobre su uso”, expresó Vergara.", ["Vergara"]),
        ("pt", "O senador Rodrigo Pacheco pediu autorização para falar com a imprensa.", []),
    ],
)  # fmt: skip
def test_a_verb_of_asking_reports_a_request_with_a_complementiser(
    analyse: Analyse, lang: str, text: str, speakers: list[str]
) -> None:
    assert _speakers(analyse([(lang, text)])) == speakers
