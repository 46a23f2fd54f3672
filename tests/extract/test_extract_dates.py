"""Date lines of scraped text pages in English, French, German and Spanish."""

from __future__ import annotations

import pytest

from sift.extract.dates import find_date, is_date_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tuesday, November 14, 2017", "2017-11-14"),
        ("Nov. 14, 2017", "2017-11-14"),
        ("14th November 2017", "2017-11-14"),
        ("mardi 14 novembre 2017", "2017-11-14"),
        ("Publié le 1er mars 2021 à 10h32", "2021-03-01"),
        ("Dienstag, 14. November 2017", "2017-11-14"),
        ("am 2. März 2020 um 14:00 Uhr", "2020-03-02"),
        ("martes, 14 de noviembre de 2017", "2017-11-14"),
        ("2017-11-14", "2017-11-14"),
        ("14.11.2017", "2017-11-14"),
        ("14/11/2017", "2017-11-14"),
        ("11/14/2017", "2017-11-14"),
        ("Posted on November 14, 2017 at 10:32 pm", "2017-11-14"),
    ],
)
def test_date_lines(line: str, expected: str) -> None:
    assert is_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The army said on November 14, 2017 that it had won.",
        "Albu Kamal",
        "31/02/2017",
        "",
        "Russia: US Directly Supports ISIL Terrorists in Syria",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert is_date_line(line) is None


def test_find_date_inside_prose() -> None:
    found = find_date("The army said on November 14, 2017 that it had won.")
    assert found is not None and found[0] == "2017-11-14"
