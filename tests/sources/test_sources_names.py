"""Name folding: scripts, case, accents, apostrophes, initials and articles meet in one form."""

from __future__ import annotations

import pytest

from sift.sources.names import fold_name, name_keys, name_within


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
    assert fold_name(left) == fold_name(right)


def test_fold_keeps_distinct_names_apart() -> None:
    assert fold_name("Sputnik France") != fold_name("Sputnik")
    assert fold_name("RT DE") != fold_name("RT")


def test_alternatives_are_looked_up_each() -> None:
    assert name_keys("Xinhua/新华社") == ["xinhua xinhuashe", "xinhua", "xinhuashe"]


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
    assert name_within(fold_name(mention), known.__contains__) == inner
