"""Outlets known by name and companies the page goes on about are no persons (issue #18, kinds41): "Rolling Stone
wrote" and "Korvex said it had fixed the flaw" read as persons. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sift.attribution.body_names import referred_to_as_company, written_as_body
from sift.document import Document
from sift.lexicon.outlet_names import is_outlet_name

Analyse = Callable[[list[tuple[str, str]]], Document]


def _kinds(doc: Document) -> dict[str, str]:
    return {speaker.name: speaker.kind for speaker in doc.speakers}


def test_an_outlet_the_table_knows_by_its_whole_name() -> None:
    for name in ("Rolling Stone", "Live Science", "Verywell Fit", "Medical News Today", "The Hill", "Reuters"):
        assert is_outlet_name(name), name


def test_no_outlet_by_a_single_common_word_an_institution_or_a_persons_domain() -> None:
    # one-word domain labels: companies and common words; .org labels: institutions; domains named after people
    for name in ("Apple", "Time", "People", "Google", "Mayo Clinic", "Heritage Foundation", "Glenn Beck"):
        assert not is_outlet_name(name), name
    for name in ("Tucker Carlson", "Michelle Malkin", "Donald J. Trump", "Joe Biden", "rolling stone"):
        assert not is_outlet_name(name), name


def test_a_company_the_page_goes_on_about() -> None:
    assert referred_to_as_company("Velmora", [("Velmora said the plant would close. The company blamed costs.", "en")])
    assert referred_to_as_company("Korvex", [("Korvex said it had fixed the flaw.", "en")])
    assert referred_to_as_company("Korvex", [("Korvex said that its profit fell.", "en")])
    assert referred_to_as_company("Quintera", [("Quintera kündigte Stellenabbau an. Das Unternehmen nannte …", "de")])
    assert referred_to_as_company("Quintera", [("Quintera baut ab. Der Autokonzern nannte Gründe.", "de")])


def test_a_person_keeps_a_persons_shape() -> None:
    assert not referred_to_as_company("Horwood", [("Horwood said he would go. The company declined to comment.", "en")])
    assert not referred_to_as_company("Smith", [("Smith, a spokeswoman, said the company would appeal.", "en")])
    assert not referred_to_as_company("Smith", [("Smith said the company would appeal.", "en")])  # anyone's company
    assert not referred_to_as_company("Kellner", [("Mr. Kellner said so. The company agreed.", "en")])
    assert not referred_to_as_company("Müller", [("Müller sagte, sie werde klagen. Der Konzern schwieg.", "de")])
    assert not referred_to_as_company("Tom Horwood", [("Tom Horwood said it was over.", "en")])  # several words
    assert not referred_to_as_company(
        "Velmora", [("Velmora said it would rain. The company agreed.", "en"), ("Velmora said he left.", "en")]
    )  # one person's pronoun anywhere on the page


def test_a_legal_form_after_the_names_further_words() -> None:
    assert written_as_body("Quintera", [("Quintera Holdings Ltd. reported a loss.", "en")])
    assert not written_as_body("Quintera", [("Quintera said the holdings of Ltd. shares fell.", "en")])


def test_kinds_on_a_page(analyse: Analyse) -> None:
    doc = analyse([("en", "Walking 7,000 steps a day is enough, Verywell Fit says.")])
    assert _kinds(doc).get("Verywell Fit") == "outlet"
    doc = analyse([("en", "Korvex said it had fixed the flaw. The company did not say how many users were hit.")])
    assert _kinds(doc).get("Korvex") == "organisation"
    doc = analyse([("de", "Velmora kündigte an, das Werk in Leipzig zu schließen. Der Konzern beschäftigt dort 800.")])
    assert _kinds(doc).get("Velmora") == "organisation"
    doc = analyse([("de", "Kellner sagte, er werde nicht mehr kandidieren. Das Unternehmen äußerte sich nicht.")])
    assert _kinds(doc).get("Kellner") == "person"


def test_a_company_taken_up_by_its_or_named_among_companies() -> None:
    assert referred_to_as_company("Norvia", [("Norvia has revealed a second model in its range.", "en")])
    assert referred_to_as_company("Norvia", [("Norvia is one of the companies bidding for the contract.", "en")])
    assert not referred_to_as_company("Norvia", [("Norvia said the agency lost its case.", "en")])  # the agency's
    assert not referred_to_as_company("Norvia", [("Norvia said Tesla would keep its plant.", "en")])  # Tesla's
    # German companies take "sein" and "sie" as objects; "er" and a clause's "sie" are a person's
    page = [("Laut Berichten hat Norvia seine Pläne aufgegeben. Der Konzern wollte sich nicht äußern.", "de")]
    assert referred_to_as_company("Norvia", page)
    assert not referred_to_as_company("Norvia", [("Norvia sagte, er gehe. Der Konzern schwieg.", "de")])
