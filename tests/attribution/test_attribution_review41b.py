"""Review of session 41 (review41b): common words are no outlets that reported, a person's "it was" and "a firm
believer" make no company, a dateline signs no quotation. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sift.attribution.body_names import referred_to_as_company
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> dict[str, str]:
    return {speaker.name: speaker.kind for speaker in doc.speakers}


def test_a_common_word_is_no_outlet_behind_unnamed_reports(analyse: Analyse) -> None:
    for lang, text in (
        ("de", "Die Welt blickt gespannt auf Berlin. Medienberichten zufolge will die Regierung die Steuer senken."),
        ("de", "Das Bild der Partei hat gelitten. Laut Medienberichten will die Regierung die Steuer senken."),
        ("de", "Er warf einen Blick in den Spiegel. Medienberichten zufolge sollen 500 Stellen wegfallen."),
        ("en", "The Sun rose over a flooded city. According to reports, hundreds of homes were damaged."),
        ("en", "The Independent Electoral Commission delayed the count. According to reports, a result is due."),
    ):
        kinds = _speakers(analyse([(lang, text)]))
        assert "outlet" not in kinds.values(), (text, kinds)


def test_an_outlet_named_as_such_still_owns_unnamed_reports(analyse: Analyse) -> None:
    text = "From The New York Times to CNN, the story led every bulletin. According to reports, the talks failed."
    kinds = _speakers(analyse([("en", text)]))
    assert kinds.get("The New York Times") == "outlet" and kinds.get("CNN") == "outlet", kinds
    text = "The story was first carried by Reuters and Bloomberg. According to reports, the deal is worth $2 billion."
    assert _speakers(analyse([("en", text)])) == {"Reuters": "outlet", "Bloomberg": "outlet"}  # no "Bloomberg."


def test_a_persons_it_was_and_firm_belief_make_no_company() -> None:
    assert not referred_to_as_company("Neymar", [("Neymar said it was a difficult night for the team.", "en")])
    assert not referred_to_as_company("Neymar", [("Neymar said it would be a long season.", "en")])
    assert not referred_to_as_company("Okafor", [("Okafor said so. Okafor is a firm believer in open data.", "en")])
    assert not referred_to_as_company("Adaeze", [("Adaeze said it had gone well. She thanked the fans.", "en")])
    # a verb of doing after "it", and a company noun after "is", still tell a company
    assert referred_to_as_company("Korvex", [("Korvex said it had fixed the flaw.", "en")])
    assert referred_to_as_company("Velmora", [("Velmora is one of the companies bidding.", "en")])


def test_a_persons_it_was_keeps_the_person(analyse: Analyse) -> None:
    kinds = _speakers(analyse([("en", "Neymar said it was a difficult night for the team.")]))
    assert kinds == {"Neymar": "person"}, kinds


def test_a_dateline_after_a_dash_signs_no_quotation(analyse: Analyse) -> None:
    for line in ("– Los Angeles, March 3", "– Hong Kong, 2019"):
        assert not analyse([("en", "“We will not back down.”"), ("en", line)]).speakers, line
    kinds = _speakers(analyse([("en", "“This is the best album of the year.”"), ("en", "– Jane Porter, Music Critic")]))
    assert kinds == {"Jane Porter": "person"}, kinds


def test_a_works_title_in_credits_is_no_signed_quotation(analyse: Analyse) -> None:
    text = "“Oppenheimer,” Christopher Nolan, director. “The Zone of Interest,” Jonathan Glazer, director."
    assert not analyse([("en", text)]).speakers
    text = "“Our officers patrol the coast every night,” Maria Lopez, Director of the Marine Branch."
    assert _speakers(analyse([("en", text)])) == {"Maria Lopez": "person"}
