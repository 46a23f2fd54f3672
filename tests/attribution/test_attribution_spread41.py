"""Session 41, spread41 (issue #18, speakers outside German): a past participle the English parser hangs on the
profession after it ("registered dietitian", "licensed nurse") describes the person and is no verb of the source's
words; the source read "none" whenever its words held a verb, so "as noted by registered dietitian X" lost X
(realpages dev14). A block that is only a signature opened by a dash ("– Jane Porter, Music Critic", "— Ana Lobo")
signs the quotation block before it whatever its description (realpages dev7: three reviewers signed so), unless it
names a place ("– Paris, France"). A reporting verb in an absolute clause after "with" ("…, with forecasters
warning that …"), which the parser hangs on its subject, has that subject for its source (realpages dev6), and
forecasters, meteorologists, dietitians and other experts who advise the public are anonymous sources as analysts
are. A quotation opening a sentence and closed by a comma inside its marks, followed only by a name and a title
("“…,” Maria Lopez, Director of the Southern Marine Branch.": press releases leave "said" out, realpages dev12), is
that person's. In Spanish, Portuguese, Italian and Polish, as in German, a cue right after "and" shares the
subject opening the simple clause before it ("La ministra visitó la planta y aseguró que …"; adverbs may stand
between that subject and its verb). Sentences and names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution import AttributionConfig, attribute_statements
from sift.document import Document
from sift.pipeline import Resources

Analyse = Callable[[list[tuple[str, str]]], Document]
DocumentOf = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A daily multivitamin fills the gaps in a diet, as noted by registered dietitian Maria Kowal.", "Maria Kowal"),
        ("Multivitamins fill the gaps in a diet, according to registered dietitian Maria Kowal.", "Maria Kowal"),
        ("A daily multivitamin fills the gaps in a diet, said registered dietitian Maria Kowal.", "Maria Kowal"),
        ("Registered dietitian Maria Kowal said a daily multivitamin fills the gaps in a diet.", "Maria Kowal"),
        ("Skipping breakfast is fine for most adults, says registered nurse Carla Ruiz.", "Carla Ruiz"),
    ],
)
def test_a_participle_before_a_profession_keeps_the_named_person(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("en", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The meal was prepared by registered dietitian Maria Kowal for the patients.",
        "The report was written by economist Rita Vance in 2019.",
        "Registered voters in Ashford received the ballot on Monday.",
    ],
)
def test_acts_by_a_described_person_stay_without_a_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


def _page(resources: Resources, document_of: DocumentOf, blocks: list[tuple[str, str, str]]) -> list[str]:
    """Speakers of a page of (role, language, text) blocks."""
    doc = document_of([(lang, text) for _, lang, text in blocks])
    for block, (role, _, _) in zip(doc.blocks, blocks, strict=True):
        block.role = role
    return _names(attribute_statements(doc, resources, AttributionConfig()))


@pytest.mark.parametrize(
    ("quote", "signature", "speaker"),
    [
        (
            ("quote", "en", "This album is a triumph of patience and taste."),
            ("quote", "en", "– Jane Porter, Music Critic"),
            "Jane Porter",
        ),
        (
            ("quote", "en", "The new record is the boldest release of the year."),
            ("quote", "en", "— Tom Reddy, Writer"),
            "Tom Reddy",
        ),
        (
            ("quote", "en", "The staff were quick, kind and honest with us."),
            ("body", "en", "– Mark Ellis, customer"),
            "Mark Ellis",
        ),
        (("quote", "en", "This is the poorest harvest in forty years."), ("quote", "en", "— Ana Lobo"), "Ana Lobo"),
        (
            ("quote", "fr", "Ces chansons parlent à tout le monde, sans jamais forcer le trait."),
            ("quote", "fr", "– Claire Morin, critique musicale"),
            "Claire Morin",
        ),
    ],
)
def test_a_dashed_signature_signs_the_quotation_before_it(
    resources: Resources,
    document_of: DocumentOf,
    quote: tuple[str, str, str],
    signature: tuple[str, str, str],
    speaker: str,
) -> None:
    assert _page(resources, document_of, [quote, signature]) == [speaker]


@pytest.mark.parametrize(
    "blocks",
    [
        [
            ("body", "en", "The river rose overnight and flooded the lower town."),
            ("body", "en", "– Anna Berg, Reporter"),
        ],
        [
            ("quote", "en", "The city will rebuild the bridge within two years."),
            ("quote", "en", "– New York, United States"),
        ],
        [("quote", "en", "The city will rebuild the bridge within two years."), ("quote", "en", "– Paris, France")],
    ],
)
def test_a_dashed_line_after_no_quotation_or_naming_a_place_signs_nothing(
    resources: Resources, document_of: DocumentOf, blocks: list[tuple[str, str, str]]
) -> None:
    assert _page(resources, document_of, blocks) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Heavy rain is expected on Friday, with forecasters warning that rivers could burst their banks.",
            "forecasters",
        ),
        ("The vote was delayed, with officials saying that the ballots had not arrived.", "officials"),
        ("Prices rose again in May, with economists predicting that inflation will peak in the autumn.", "economists"),
        ("With experts warning of a second wave, the city closed its schools.", "experts"),
        ("Meteorologists say the storm will reach the coast on Sunday.", "Meteorologists"),
        ("A dietitian told the committee that school meals lack fibre.", "dietitian"),
    ],
)
def test_an_absolute_clause_and_advising_experts_speak(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("en", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The team left the stadium, with coach Anna Berg walking ahead of the players.",
        "The town was flooded, with residents carrying sandbags to their doors.",
        "The ruling breaks with council resolutions declaring the camps illegal.",
        "She visited a dermatologist last week.",
    ],
)
def test_an_absolute_clause_without_saying_or_a_verbs_preposition_names_no_one(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "“Our officers patrol the coast day and night,” Maria Lopez, Director of the Southern Marine Branch.",
            "Maria Lopez",
        ),
        (
            "en",
            '"This grant will change lives in our county," Peter Hale, chair of the Wexford Foundation.',
            "Peter Hale",
        ),
        (
            "en",
            "The port reopened. “Trade will recover within weeks,” Ana Ruiz, head of the port authority. Ships queued.",
            "Ana Ruiz",
        ),
        ("fr", "« Nous serons prêts pour l'été, » Jean Dupont, directeur de l'agence régionale.", "Jean Dupont"),
    ],
)
def test_a_quotation_signed_by_a_titled_name_without_a_verb(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"Summer Nights," Peter Hale, 2019.',
        "“I loved every minute of it,” Anna Berg, our reader from Leeds.",
        'The playlist opens with "Summer Nights," Peter Hale, chair of the club, picked it.',
    ],
)
def test_a_quotation_followed_by_a_name_without_a_title_is_unsigned(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "Los vecinos salieron a la calle y denunciaron que el agua llevaba tres días cortada.", "vecinos"),
        ("es", "La ministra visitó la planta y aseguró que no habrá despidos.", "ministra"),
        ("es", "La ministra ayer visitó la planta y aseguró que no habrá despidos.", "ministra"),
        ("it", "La ministra ha visitato lo stabilimento e ha assicurato che non ci saranno licenziamenti.", "ministra"),
        ("pl", "Minister odwiedził fabrykę i zapewnił, że nie będzie zwolnień.", "Minister"),
    ],
)
def test_a_cue_after_and_shares_the_opening_subject(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los policías detuvieron al sospechoso y lo llevaron a la comisaría."),
        ("es", "Los precios también subieron en marzo y confirmaron la tendencia del año."),
        ("es", "La lluvia cayó toda la noche y anunció el final del verano."),
        ("pt", "Os preços subiram em março e confirmaram a tendência do ano."),
        ("it", "I prezzi sono saliti a marzo e hanno confermato la tendenza."),
    ],
)
def test_a_shared_subject_that_names_no_speaker_or_no_cue_gives_none(analyse: Analyse, lang: str, text: str) -> None:
    assert _names(analyse([(lang, text)])) == []
