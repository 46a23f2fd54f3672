"""Date lines of scraped pages in every language sift detects: plain, with cue words, with bylines."""

from __future__ import annotations

import pytest

from sift.extract.dates import DateLine, find_date, is_date_line, pick_published, read_date_line


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


@pytest.mark.parametrize(
    ("line", "expected", "kind"),
    [
        ("Pubblicato il 20 maggio 2020 alle 10:32", "2020-05-20", "published"),
        ("20 maggio 2020", "2020-05-20", ""),
        ("Aggiornato il 21 maggio 2020", "2020-05-21", "updated"),
        ("Publicado el 20 de mayo de 2020", "2020-05-20", "published"),
        ("Publicado em 20 de maio de 2020", "2020-05-20", "published"),
        ("segunda-feira, 22 de janeiro de 2018 às 0:13", "2018-01-22", ""),
        ("Gepubliceerd op 20 mei 2020 om 10:32", "2020-05-20", "published"),
        ("Donderdag 21 mei 2020", "2020-05-21", ""),
        ("Opublikowano: 20 maja 2020", "2020-05-20", "published"),
        ("28 kwietnia 2021, 06:29", "2021-04-28", ""),
        ("Ostatnia aktualizacja: 21 maja 2020", "2020-05-21", "updated"),
        ("20 мая 2020 года, 14:35", "2020-05-20", ""),
        ("Обновлено 20 мая 2020 г.", "2020-05-20", "updated"),
        ("2020年5月20日", "2020-05-20", ""),
        ("Mi, 18. Oktober 2023 um 12:50 Uhr", "2023-10-18", ""),
        ("Stand: 14.11.2017", "2017-11-14", "updated"),
    ],
)
def test_date_lines_in_other_languages(line: str, expected: str, kind: str) -> None:
    found = read_date_line(line)
    assert found is not None and (found.iso, found.kind) == (expected, kind)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Luke Kemp 11 February 2020", "2020-02-11"),
        ("par Didier Roy, 21 juin 2018", "2018-06-21"),
        ("Por Juliet Jimenez 5 mayo, 2022, 6:12 pm", "2022-05-05"),
        ("1. Januar 2016 von KleineGrüneMonster", "2016-01-01"),
        ("Marie Merlet | lundi 9 décembre 2019 à 09h08", "2019-12-09"),
        ("Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023, 8:54 AM", "2023-10-24"),
        ("Opublikowano: 20 maja 2020 | Aktualizacja: 21 maja 2020", "2020-05-20"),
    ],
)
def test_bylines_and_separated_parts(line: str, expected: str) -> None:
    assert is_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Il governo ha detto che il 20 maggio 2020 era finita.",
        "Signed by the minister on 14 November 2017",
        "Copyright 2019 Foo",
        "maggio 2020",
    ],
)
def test_sentences_and_partial_dates_are_not_date_lines(line: str) -> None:
    assert read_date_line(line) is None


def test_an_ambiguous_slashed_date_keeps_its_other_reading() -> None:
    assert read_date_line("11/01/2021") == DateLine("2021-01-11", "", "2021-11-01")
    assert read_date_line("25/01/2021") == DateLine("2021-01-25", "", "")


def test_publication_beats_undated_lines_and_updates() -> None:
    assert pick_published([DateLine("2020-05-21", "updated"), DateLine("2020-05-20", "published")]) == "2020-05-20"
    assert pick_published([DateLine("2020-05-22", "updated"), DateLine("2020-05-21", "")]) == "2020-05-21"
    assert pick_published([DateLine("2020-05-22", "updated"), DateLine("2020-05-21", "updated")]) == "2020-05-21"
    assert pick_published([]) is None


def test_a_month_name_of_two_languages_is_read_in_the_language_sift_ranks_first() -> None:
    """The month name "listopada" is November in Polish and October in Croatian; a Polish date line means November."""
    assert read_date_line("1 listopada 2018") == DateLine("2018-11-01", "", "")
