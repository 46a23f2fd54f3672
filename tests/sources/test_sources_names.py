"""Name folding: scripts, case, accents, apostrophes, initials and articles meet in one form."""

from __future__ import annotations

import pytest

from sift.sources import names


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("РИА Новости", "RIA Novosti"),
        ("ТАСС", "TASS"),
        ("Спутник", "Sputnik"),
        ("A.F.P.", "AFP"),
        ("l'AFP", "AFP"),
        ("The New York Times", "New York Times"),
        ("Libération", "LIBERATION"),
        ("Süddeutsche Zeitung", "Suddeutsche Zeitung"),
        ("People’s Daily", "People's Daily"),
        ("Radio Free Europe/Radio Liberty", "radio free europe radio liberty"),
    ],
)
def test_spellings_fold_together(left: str, right: str) -> None:
    assert names.fold_name(left) == names.fold_name(right)


def test_fold_keeps_distinct_names_apart() -> None:
    assert names.fold_name("Sputnik France") != names.fold_name("Sputnik")
    assert names.fold_name("RT DE") != names.fold_name("RT")


def test_alternatives_are_looked_up_each() -> None:
    assert names.name_keys("Xinhua/新华社") == ["xinhua xinhuashe", "xinhua", "xinhuashe"]


@pytest.mark.parametrize(
    ("mention", "inner"),
    [
        ("the Russian news agency Sputnik", "sputnik"),
        ("l'agence de presse russe Sputnik", "sputnik"),
        ("der staatliche russische Sender RT", "rt"),
        ("Hindustan Times", None),  # "hindustan" names an outlet; it is not a descriptor
        ("Sputnik", None),  # the whole mention is looked up first, not here
    ],
)
def test_name_within_a_mention(mention: str, inner: str | None) -> None:
    known = {"sputnik", "rt", "times"}
    assert names.name_within(names.fold_name(mention), known.__contains__) == inner


@pytest.mark.parametrize(
    ("mention", "owner"),
    [
        ("ET-News‘ Insidern", "ET-News"),  # German: possessive apostrophe after a name ending in s
        ("CNN's Jake Tapper", "CNN"),
        ("Reuters' reporting", "Reuters"),
        ("l'AFP", None),  # an elision, not a possessive
        ("Sputnik", None),
    ],
)
def test_possessor_of_a_mention(mention: str, owner: str | None) -> None:
    assert names.possessor(mention) == owner


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("dem südkoreanischen Magazin ET-News", ["et news"]),  # whatever describes the kind noun is left aside
        ("des Magazins Spiegel", ["spiegel"]),  # the kind noun declined
        ("la agencia española EFE", ["espanola efe", "efe"]),  # Spanish adjective after the noun
        ("według dziennika Rzeczpospolita", ["rzeczpospolita"]),  # Polish genitive of "dziennik"
        ("la agencia de noticias", ["de noticias"]),  # "noticias" alone is a descriptor, never a name here
        ("Presse-Agentur", []),  # nothing after the kind noun
        ("die Zeitung", []),
    ],
)
def test_name_in_apposition_to_a_kind_noun(mention: str, expected: list[str]) -> None:
    assert names.after_kind(names.fold_name(mention)) == expected


def test_polish_feminine_case_endings_are_taken_off() -> None:
    assert "rzeczpospolita" in names.inflections("rzeczpospolitej")
    assert names.fold_name("Rzeczpospolitą") == "rzeczpospolita"  # the instrumental folds to the nominative


def test_domain_articles_are_tried_for_distinctive_words_only() -> None:
    assert "leparisien" in names.label_keys("Parisien", ["parisien"])
    assert "diezeitung" not in names.label_keys("Zeitung", ["zeitung"])  # a generic noun is no outlet's name
    assert "thetimes" not in names.label_keys("Times", ["times"])  # too short: many outlets are "Times"
    assert "lasentinel" not in names.label_keys("The Sentinel", ["sentinel"])  # only the article written
    assert "leparisien" in names.label_keys("du Parisien", ["du parisien", "parisien"])  # "du" is "de le"


def test_article_label() -> None:
    assert names.article_label("El País") == "elpais"
    assert names.article_label("l'Équipe") == "lequipe"
    assert names.article_label("Reuters") is None
