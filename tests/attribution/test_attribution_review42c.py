"""review42c: persons' full names kinds42 read as bodies' by their shape (issue #18). Sentences written for these
tests."""

from __future__ import annotations

from sift.attribution.body_names import shaped_as_body
from sift.lexicon.gazetteer import build_gazetteer

GAZETTEER = build_gazetteer()


def _shaped(name: str, text: str, lang: str = "en") -> bool:
    return shaped_as_body(name, [(text, lang)], GAZETTEER)


def test_given_names_that_are_common_words() -> None:
    for name in ("Grace Hunter", "Summer Day", "Faith Hill", "Dawn Butler", "Ivy Rivers", "Chad Wolf", "Jordan Peel"):
        assert not _shaped(name, f"{name} said the plan would fail."), name


def test_a_persons_description_set_apart() -> None:
    assert not _shaped("Coral Winds", "Coral Winds, a nurse, said the plan would fail.")
    assert not _shaped("Coral Winds", "Coral Winds, a retired teacher, said the plan would fail.")
    assert not _shaped("Coral Winds", "Coral Winds, 45, said the plan would fail.")
    assert _shaped("Coral Winds", "Coral Winds, a partner of the project, said the farm would open.")


def test_the_pages_dictionary_holds_names_too() -> None:
    assert not _shaped("Marina Silva", "Marina Silva disse que o desmatamento caiu.", "pt")
    assert not _shaped("Rocío Monasterio", "Rocío Monasterio dijo que votará en contra.", "es")
    assert not _shaped("Rosa Russo", "Rosa Russo ha detto che la scuola chiude.", "it")
    assert not _shaped("Marine Le Pen", "Marine Le Pen a déclaré que la loi était injuste.", "fr")


def test_bodies_still_shaped() -> None:
    assert _shaped("Sandy Hook Promise", "Sandy Hook Promise said the law was weak.")
    assert _shaped("Ocean Winds", "Selon Ocean Winds, le parc ouvrira en 2027.", "fr")
    assert _shaped("France Énergie", "Selon France Énergie, la consommation a baissé.", "fr")
