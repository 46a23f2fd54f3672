"""Names with a brand's or a body's shape are no persons (issue #18, kinds42): "WalletHub", "iFixit", "Scope3",
"Ocean Winds", "France Stratégie" read as persons. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sift.attribution.body_names import articled_as_thing, shaped_as_body
from sift.document import Document
from sift.lexicon.gazetteer import build_gazetteer

Analyse = Callable[[list[tuple[str, str]]], Document]
GAZETTEER = build_gazetteer()


def _shaped(name: str, text: str, lang: str = "en") -> bool:
    return shaped_as_body(name, [(text, lang)], GAZETTEER)


def _kinds(doc: Document) -> dict[str, str]:
    return {speaker.name: speaker.kind for speaker in doc.speakers}


def test_a_brands_shape() -> None:
    for name in ("PriceRadar", "uTrack", "eMerge Nordics", "Stage5", "Netz.Werkstatt"):
        assert _shaped(name, f"{name} said prices rose."), name


def test_no_brand_in_persons_names() -> None:
    for name in ("Ron DeSantis", "Kevin McCarthy", "Douglas MacArthur", "Ella FitzGerald", "Neil deGrasse Tyson"):
        assert not _shaped(name, f"{name} said prices rose."), name
    for name in ("LeBron James", "Leonardo DiCaprio", "J.K. Rowling", "Neymar"):
        assert not _shaped(name, f"{name} said prices rose."), name


def test_a_common_word_or_a_country_then_a_common_noun() -> None:
    assert _shaped("Ocean Winds", "Ocean Winds said the farm would run by 2027.")
    assert _shaped("Harbor Services", "Harbor Services said the port would reopen.")
    assert _shaped("Harbor Services", "Harbor Services said so, as did the Health and Human Services secretary.")
    assert _shaped("Coral Batteries", "Coral Batteries teilte mit, das Werk öffne im Herbst.", "de")
    assert _shaped("France Énergie", "Selon France Énergie, la consommation a baissé.", "fr")


def test_a_given_name_and_a_surname_that_is_a_word() -> None:
    # the dictionary writes the given name capitalised, or an unknown first word may be one ("Jin")
    for name in ("Tom Rice", "Gregory Young", "Jin Park", "Mark Bauer", "Northwind Clinic"):
        assert not _shaped(name, f"{name} said prices rose."), name
    assert not _shaped("Thomas Koch", "Thomas Koch sagte, die Zahlen seien falsch.", "de")


def test_the_page_gives_a_person_shape() -> None:
    assert not _shaped("Grace Hunter", "Grace Hunter said the plan would fail. Hunter, a nurse, has worked there.")
    assert not _shaped("Grace Hunter", "Grace Hunter said she would resign.")
    assert not _shaped("Grace Hunter", "Grace Hunter said it was over. She left.")
    assert not _shaped("Grace Hunter", "Ms. Grace Hunter said it was over.")
    assert not _shaped("Grace Hunter", "Grace Hunter said it was over. Senator Hunter left.")
    # the page misspells the given name once: the surname after another given name is the person's
    assert not _shaped("Odiar Carneiro", "Disse o delegado Odair Carneiro. A culpa é dele, declarou Odiar Carneiro.")
    assert not _shaped("Grace Hunter", "Grace Hunter, a spokeswoman, said it was over.")
    page = [("Daisy Summer said the school was closed.", "en"), ("She said she was sorry.", "en")]
    assert not shaped_as_body("Daisy Summer", page, GAZETTEER)


def test_an_english_name_after_the_as_a_whole_phrase() -> None:
    assert articled_as_thing("Hermitage", [("The sale stopped when the Hermitage declared it a treasure.", "en")])
    assert articled_as_thing("Hollins", [("Sleep matters, according to the Hollins.", "en")])
    assert articled_as_thing("Hollins", [("The study by the Hollins, published in May, said so.", "en")])


def test_no_thing_by_an_article_before_another_noun_or_a_persons_shape() -> None:
    assert not articled_as_thing("Biden", [("Trump said the Biden administration had failed.", "en")])
    assert not articled_as_thing("Smith", [("Smith said the Smith family was safe.", "en")])
    assert not articled_as_thing("Hermitage", [("The Hermitage declared it a treasure.", "en")])  # "The" opens it
    assert not articled_as_thing("Hermitage", [("When the Hermitage said he would stay, Hermitage left.", "en")])
    assert not articled_as_thing("Louvre", [("Als der Louvre erklärte, das Bild sei echt, ...", "de")])


def test_kinds_on_a_page(analyse: Analyse) -> None:
    assert _kinds(analyse([("en", "Ocean Winds said the wind farm would be finished in 2027.")])) == {
        "Ocean Winds": "organisation"
    }
    assert _kinds(analyse([("de", "Laut Stage5 ist die Zahl der Nutzer gestiegen.")])) == {"Stage5": "organisation"}
    assert _kinds(analyse([("en", "Tom Rice said the bill would pass. Rice added that he was confident.")])) == {
        "Tom Rice": "person"
    }
    assert _kinds(analyse([("en", "Kevin McCarthy said the vote would be held on Friday.")])) == {
        "Kevin McCarthy": "person"
    }
