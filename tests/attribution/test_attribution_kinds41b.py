"""An unnamed source that is one definite individual is a person by kind (issue #18, kinds41b): the README's
convention, "the victim's mother" and "Ford's father" are persons, "a friend", "un proche de …" and every group are
anonymous. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _kind(doc: Document, word: str) -> str | None:
    """The kind of the speaker whose name holds ``word``."""
    return next((speaker.kind for speaker in doc.speakers if word.lower() in speaker.name.lower()), None)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "The victim's father told the court that his son had been threatened for months.", "father"),
        ("en", "Smith's lawyer said the claims against his client were false.", "lawyer"),
        ("en", "My doctor told me that the pills were safe.", "doctor"),
        ("de", "„Die Ernte ist schlecht“, sagt der Winzer aus Bernkastel.", "Winzer"),
        ("de", "Die Ernährungsberaterin empfiehlt, weniger Zucker zu essen, weil Zucker den Darm schädige.", "berater"),
        ("de", "Mein Hausarzt meinte, das sei harmlos.", "Hausarzt"),
        ("es", "La investigadora explicó que el virus muta con rapidez.", "investigadora"),
        ("fr", "Le médecin affirme que le vaccin est sûr.", "médecin"),
        ("fr", "La nutritionniste rappelle qu'une alimentation trop sucrée appauvrit le microbiote.", "nutritionniste"),
    ],
)
def test_one_definite_individual_is_a_person(analyse: Analyse, lang: str, text: str, word: str) -> None:
    assert _kind(analyse([(lang, text)]), word) == "person"


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "A friend said she had been depressed for months.", "friend"),
        ("en", "Friends of the singer said she had been ill for a year.", "Friends"),
        ("en", "The family said the police had ignored their calls.", "family"),
        ("en", "Officials said the bridge would reopen in May.", "Officials"),
        ("en", "The residents said the water had been brown for weeks.", "residents"),
        ("de", "Ein Landwirt sagte, die Ernte sei schlecht.", "Landwirt"),
        ("de", "Die Landwirte klagen, die Preise seien zu niedrig.", "Landwirte"),
        ("de", "Die Forscher warnen, das Virus verbreite sich schneller.", "Forscher"),
        ("es", "Los investigadores explicaron que el virus muta con rapidez.", "investigadores"),
        ("fr", "Un proche de la famille a affirmé qu'il était malade depuis longtemps.", "proche"),
        ("fr", "Des médecins affirment que le vaccin est sûr.", "médecins"),
    ],
)
def test_an_indefinite_one_or_a_group_stays_anonymous(analyse: Analyse, lang: str, text: str, word: str) -> None:
    assert _kind(analyse([(lang, text)]), word) == "anonymous"


def test_a_definite_description_taken_up_again(analyse: Analyse) -> None:
    doc = analyse([("en", "Smith's lawyer said the claims were false. The lawyer added that Smith would appeal.")])
    lawyers = [speaker for speaker in doc.speakers if "lawyer" in speaker.name]
    assert lawyers and all(speaker.kind == "person" for speaker in lawyers)


def test_one_the_page_introduced_with_an_indefinite_article_stays_anonymous(analyse: Analyse) -> None:
    doc = analyse([("en", 'A nurse at the clinic saw the boy. "He was very weak," the nurse said.')])
    assert _kind(doc, "nurse") == "anonymous"
    doc = analyse([("de", "Ein älterer Winzer steht am Hang. „Die Ernte ist schlecht“, sagt der Winzer.")])
    assert _kind(doc, "Winzer") == "anonymous"


def test_a_german_genitive_or_dative_after_according_words(analyse: Analyse) -> None:
    # "der" after "nach Angaben"/"laut" is no masculine nominative: a plural's or a woman's
    assert _kind(analyse([("de", "Nach den Angaben der Bundesländer dauern die Verfahren zwei Jahre.")]), "Bundes") != (
        "person"
    )
    assert _kind(analyse([("de", "Laut der Arbeitsrechtlerin ist das erlaubt.")]), "Arbeitsrechtlerin") == "person"


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Representatives of the Sierra Club said the plan was illegal.", "Representatives"),
        ("de", "Die GEW-Vertreter forderten, es müssten mehr Lehrer eingestellt werden.", "Vertreter"),
        ("de", "Vertreter der Deutschen Bahn erklärten, die Strecke sei sicher.", "Vertreter"),
        ("fr", "Un représentant de la SNCF a affirmé que les trains circuleraient normalement.", "représentant"),
        ("es", "Representantes de Greenpeace dijeron que el proyecto es ilegal.", "Representantes"),
    ],
)
def test_representatives_of_a_named_organisation_speak_for_it(
    analyse: Analyse, lang: str, text: str, word: str
) -> None:
    assert _kind(analyse([(lang, text)]), word) == "organisation"


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "US officials said the talks had failed.", "officials"),
        ("en", "Union representatives said the strike would go on.", "representatives"),
        ("de", "Gewerkschaftsvertreter fordern, die Löhne müssten steigen.", "vertreter"),
        ("fr", "Des représentants syndicaux ont affirmé que la grève continuerait.", "représentants"),
        ("es", "Los representantes sindicales dijeron que la huelga seguirá.", "representantes"),
    ],
)
def test_representatives_of_no_named_organisation_stay_anonymous(
    analyse: Analyse, lang: str, text: str, word: str
) -> None:
    assert _kind(analyse([(lang, text)]), word) == "anonymous"
