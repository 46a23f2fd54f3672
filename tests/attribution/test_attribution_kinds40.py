"""Companies and institutions a source names bare are organisations where the page says what they are (issue #18,
kinds40): "Lyft sagte" read as a person until the page's "der Fahrdienstbetreiber Lyft" tells otherwise. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sift.attribution.body_names import written_as_body
from sift.attribution.speakers import SourceMention, read_source
from sift.document import Document
from sift.lexicon.gazetteer import build_gazetteer

Analyse = Callable[[list[tuple[str, str]]], Document]


def _kinds(doc: Document) -> dict[str, str]:
    return {speaker.name: speaker.kind for speaker in doc.speakers}


def test_a_body_noun_before_the_name_makes_it_a_body() -> None:
    assert written_as_body("Quintera", [("Der Chemiekonzern Quintera baut in Leipzig ein Werk.", "de")])
    assert written_as_body("Quintera", [("Die Aktie des Chemiekonzerns Quintera fiel.", "de")])  # genitive
    assert written_as_body("Quintera", [("Das Software-Unternehmen Quintera wächst.", "de")])  # hyphenated compound
    assert written_as_body("Velmora", [("Shares of the company Velmora fell on Monday.", "en")])
    assert written_as_body("Velmora", [("La empresa Velmora cerró dos plantas.", "es")])
    assert written_as_body("Velmora", [("Le groupe Velmora a fermé deux usines.", "fr")])


def test_a_legal_form_after_the_name_makes_it_a_body() -> None:
    assert written_as_body("Velmora", [("Jane Roe, chief executive of Velmora Inc., left in May.", "en")])
    assert written_as_body("Quintera", [("Die Quintera AG meldet einen Verlust.", "de")])
    assert not written_as_body("Berg", [("Berg AB, Diaz SA (1994) found the same.", "en")])  # an author's initials


def test_a_person_stays_a_person() -> None:
    # a council that is also its members' title, a title no body noun, a team's player, a full name
    assert not written_as_body("Kellner", [("Das sagte Stadtrat Kellner am Abend.", "de")])
    assert not written_as_body("Kellner", [("Das sagte Bundesrat Kellner am Abend.", "de")])
    assert not written_as_body("Kellner", [("Konzernchef Kellner sagte das am Abend.", "de")])
    assert not written_as_body("Horwood", [("Celtics center Horwood scored twelve.", "en")])
    assert not written_as_body("Maria Kellner", [("Die Firma Maria Kellner sagte das.", "de")])  # a given name
    assert not written_as_body("Tom Horwood", [("the group Tom Horwood founded", "en")])  # no given-name lexicon
    assert not written_as_body("Velmora", [("Velmora said the plant would close.", "en")])  # no evidence


def test_a_company_speaking_bare_is_an_organisation_on_the_page(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Der Chemiekonzern Quintera will in Leipzig ein neues Werk bauen."),
            ("de", "„Wir investieren 200 Millionen Euro“, teilte Quintera am Montag mit."),
        ]
    )
    assert _kinds(doc).get("Quintera") == "organisation"
    doc = analyse(
        [
            ("en", "The software company Velmora lost two big customers this year."),
            ("en", "Velmora said on Monday that it would cut 300 jobs."),
        ]
    )
    assert _kinds(doc).get("Velmora") == "organisation"


def test_a_surname_speaking_bare_stays_a_person(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Stadtrat Kellner will in Leipzig ein neues Bad bauen."),
            ("de", "„Wir investieren 20 Millionen Euro“, sagte Kellner am Montag."),
        ]
    )
    assert _kinds(doc).get("Kellner") == "person"
    doc = analyse([("en", "Velmora said on Monday that she would run for the Senate next year.")])
    assert _kinds(doc).get("Velmora") == "person"


def test_a_party_in_the_plural_is_an_organisation(analyse: Analyse) -> None:
    doc = analyse([("en", "Democrats said on Tuesday that the vote on the budget bill had been rushed.")])
    assert _kinds(doc).get("Democrats") == "organisation"
    doc = analyse([("en", "House Republicans argued that the new rules would cost farmers millions.")])
    assert _kinds(doc).get("House Republicans") == "organisation"


def test_a_party_member_in_the_singular_stays_a_person(analyse: Analyse) -> None:
    doc = analyse([("en", "Republican Mitch Calloway said the vote on the budget bill had been rushed.")])
    assert _kinds(doc).get("Mitch Calloway") == "person"


def test_a_known_outlet_before_its_agency_noun_is_the_outlet() -> None:
    gazetteer = build_gazetteer()
    reading = read_source(SourceMention("Reuters News Agency", "en", "a0"), gazetteer)
    assert (reading.kind, reading.name) == ("outlet", "Reuters")
    reading = read_source(SourceMention("the Reuters Institute", "en", "a0"), gazetteer)  # a body of its own
    assert reading.kind == "organisation"
