"""Bare company names in quote frames are no persons where the page writes them before a noun only a company's
name premodifies ("Google CEO", "Tesla shares", "Apple's chief executive"), or a French or Spanish page goes on
about them as a company's ("L'entreprise a retiré …", "La empresa negó …"); one-word surnames stay persons (issue
#18, kinds44). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sift.attribution.body_names import heads_company_noun, referred_to_as_company
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _kinds(doc: Document) -> dict[str, str]:
    return {speaker.name: speaker.kind for speaker in doc.speakers}


def test_a_name_before_a_companys_noun() -> None:
    page = [("Google said the feature would come. Google CEO Sundar Pichai did not comment.", "en")]
    assert heads_company_noun("Google", page)
    assert heads_company_noun("Apple", [("Apple said so. Apple's chief executive praised the team.", "en")])
    assert heads_company_noun("Velorin", [("Velorin said so. Velorin’s customers complained.", "en")])
    assert heads_company_noun("Tesla", [("Tesla said deliveries rose. Tesla shares fell 3 percent.", "en")])
    assert heads_company_noun("Meta", [("Meta said so. Meta employees were told to stay home.", "en")])
    assert heads_company_noun("Nokora Labs", [("Nokora Labs said so. Nokora Labs founder Ann Lee left.", "en")])


def test_no_company_by_a_persons_nouns_or_pronouns() -> None:
    assert not heads_company_noun("Merkel", [("Merkel said so. Merkel's spokesman declined to comment.", "en")])
    assert not heads_company_noun("Biden", [("Biden said so. Biden aides said he would travel.", "en")])
    assert not heads_company_noun("Musk", [("Musk said so. Musk's shares in the firm are worth more.", "en")])
    assert not heads_company_noun("Musk", [("Musk's employees were told to return.", "en")])
    assert not heads_company_noun("Smith", [("Smith said he would stay. Smith's customers loved the shop.", "en")])
    assert not heads_company_noun("Smith", [("Smith said it was over. He left. Smith's customers stayed.", "en")])
    assert not heads_company_noun("Google", [("Google said the feature would roll out next month.", "en")])
    assert not heads_company_noun("Google", [("Google sagte, Google CEO Pichai sei weg.", "de")])


def test_a_french_or_spanish_company_noun_next() -> None:
    assert referred_to_as_company(
        "Vantor", [("Vantor a déclaré que le produit était sûr. L'entreprise a retiré le lot.", "fr")]
    )
    assert referred_to_as_company(
        "Renault", [("Renault a annoncé la fermeture. Le constructeur emploie 3000 personnes.", "fr")]
    )
    assert referred_to_as_company(
        "Telvar", [("Telvar dijo que la red funcionaba. La empresa negó cualquier fallo.", "es")]
    )
    assert not referred_to_as_company("Macron", [("Macron a déclaré que la réforme serait adoptée.", "fr")])
    assert not referred_to_as_company(
        "Sánchez", [("Sánchez dijo que la ley era justa. El presidente viajó a Roma.", "es")]
    )


def test_kinds_on_a_page(analyse: Analyse) -> None:
    text = "Tesla said deliveries rose in the quarter. Tesla shares fell 3 percent."
    assert _kinds(analyse([("en", text)])) == {"Tesla": "organisation"}
    text = "Renault a annoncé que l'usine fermerait. Le constructeur automobile emploie 3000 personnes."
    assert _kinds(analyse([("fr", text)])) == {"Renault": "organisation"}
    assert _kinds(analyse([("en", "Merkel said the talks failed. Merkel's spokesman declined to comment.")])) == {
        "Merkel": "person"
    }
    assert _kinds(analyse([("fr", "Macron a déclaré que la réforme serait adoptée.")])) == {"Macron": "person"}
    assert _kinds(analyse([("en", "Neymar said it was a hard night for the team.")])) == {"Neymar": "person"}
