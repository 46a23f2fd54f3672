"""A team's own outlet CSV: good rows, bad rows reported and skipped, and how they lay over the shipped data."""

from __future__ import annotations

from pathlib import Path

import pytest

from sift.errors import InputError
from sift.sources import SourceTable, TeamOutlet
from sift.sources.team import read_outlets

CSV = """name,domains,aliases,country,owner,type,state_affiliated,quality,reliability,note
Sputnik,sputnik-mirror.example,,,,,,0.1,watchlist,our desk's rating
Our Local Paper,paper.example;www.paper-archive.example,OLP,fr,Local Press SA,private,,0.7,,
Kremlin Echo,,Kremlevskoe Ekho,RU,,state-controlled,,,,
,no-name.example,,,,,,,,
Bad Type,bad.example,,,,state owned,,,,
Bad Quality,q.example,,,,,,1.5,,
Bad Country,c.example,,Russia,,,,,,
Bad Domain,not a domain,,,,,,,,
Bad Yes,y.example,,,,,maybe,,,
,,,,,,,,,
SPUTNIK,,,,,,,,,
"""


def _read(tmp_path: Path, text: str) -> tuple[list[TeamOutlet], list[str]]:
    path = tmp_path / "outlets.csv"
    path.write_text(text, encoding="utf-8")
    outlets: list[TeamOutlet] = []
    reasons: list[str] = []
    for item in read_outlets(path):
        (reasons if isinstance(item, str) else outlets).append(item)  # type: ignore[arg-type]
    return outlets, reasons


def test_good_and_bad_rows(tmp_path: Path) -> None:
    outlets, reasons = _read(tmp_path, CSV)
    assert [o.profile.name for o in outlets] == ["Sputnik", "Our Local Paper", "Kremlin Echo", "no-name.example"]
    assert len(reasons) == 6
    for needle, row in [
        ("type 'state owned'", 6),
        ("quality '1.5'", 7),
        ("country 'Russia'", 8),
        ("domain 'not a domain'", 9),
        ("state_affiliated 'maybe'", 10),
        ("already on row 2", 12),
    ]:
        assert any(f"row {row}:" in reason and needle in reason for reason in reasons), (needle, reasons)
    paper = outlets[1]
    assert paper.profile.domains == ("paper.example", "paper-archive.example")
    assert paper.profile.country == "FR" and paper.profile.type == "private" and not paper.profile.state_affiliated
    assert paper.fields == {"country", "owner", "type", "state_affiliated", "quality"}
    echo = outlets[2]
    assert echo.profile.state_affiliated  # state-controlled implies it unless the row says otherwise
    assert outlets[0].fields == {"quality", "reliability"}


def test_merge_precedence(tmp_path: Path) -> None:
    outlets, _ = _read(tmp_path, CSV)
    table = SourceTable.load().with_team(outlets)
    sputnik = table.resolve("sputnikglobe.com")
    assert sputnik is not None
    profile = sputnik.profile
    assert (profile.quality, profile.reliability) == (0.1, "watchlist")  # the team's values win...
    assert (profile.type, profile.country, profile.state_affiliated) == (
        "state-controlled",
        "RU",
        True,
    )  # ...only there
    assert "sputnik-mirror.example" in profile.domains and "sputniknews.com" in profile.domains
    assert [e.dataset for e in profile.evidence[:4]] == ["team"] * 4
    assert {e.dataset for e in profile.evidence} >= {"team", "asd-state-media", "lin2023", "sift-curated"}
    mirror = table.resolve("https://www.sputnik-mirror.example/a")
    assert mirror is not None and mirror.profile == profile
    echo = table.resolve("Kremlevskoe Ekho")
    assert echo is not None and echo.profile.name == "Kremlin Echo" and echo.profile.country == "RU"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "empty file"),
        ("name,contry\nX,RU\n", "unknown column(s) 'contry'"),
        ("owner,country\nX,RU\n", "needs a name or a domains column"),
    ],
)
def test_unusable_files(tmp_path: Path, text: str, needle: str) -> None:
    with pytest.raises(InputError, match=None) as error:
        _read(tmp_path, text)
    assert needle in str(error.value)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("name,owner\nLibération,Société\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        list(read_outlets(path))
