"""A team's own outlet list (CSV), read into profiles that the store keeps and lays over the shipped table.

Columns (header row required; only ``name`` or ``domains`` is needed, every other column is optional):
``name``, ``domains`` and ``aliases`` (several separated by ``;``), ``country`` (ISO 3166 two-letter code),
``owner``, ``type`` (state-controlled, state-funded, public, private, unknown), ``state_affiliated``
(yes/no, true/false, 1/0; defaults to "yes" for state-controlled), ``quality`` (0 to 1), ``reliability``
(a short label of your own) and ``note``. A cell left empty keeps what the shipped data says.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from sift.errors import InputError
from sift.sources.hosts import normalise_host
from sift.sources.profile import TYPES, Evidence, Profile, TeamOutlet

__all__ = ["COLUMNS", "DATASET", "read_outlets"]

COLUMNS = (
    "name",
    "domains",
    "aliases",
    "country",
    "owner",
    "type",
    "state_affiliated",
    "quality",
    "reliability",
    "note",
)
#: The evidence ``dataset`` of a team's rows.
DATASET = "team"
#: Longest reliability label accepted (a label, not a paragraph: notes go in ``note``).
MAX_LABEL_CHARS = 60
_YES = frozenset({"yes", "y", "true", "1", "oui", "ja"})
_NO = frozenset({"no", "n", "false", "0", "non", "nein"})


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _outlet(row: dict[str, str], label: str) -> TeamOutlet:
    """One CSV row as a team outlet; raises ``InputError`` naming the bad cell."""
    cells = {column: (row.get(column) or "").strip() for column in COLUMNS}
    domains = []
    for written in _split(cells["domains"]):
        host = normalise_host(written)
        if host is None:
            raise InputError(f"domain {written!r} is not a host name (e.g. example.org)")
        domains.append(host)
    name = cells["name"] or (domains[0] if domains else "")
    if not name:
        raise InputError("needs a name or a domain")
    fields: set[str] = set()
    evidence = [Evidence(DATASET, "file", label)]
    values: dict[str, object] = {}
    if cells["country"]:
        if not (len(cells["country"]) == 2 and cells["country"].isalpha() and cells["country"].isascii()):
            raise InputError(f"country {cells['country']!r} is not a two-letter ISO code (RU, US, FR…)")
        values["country"] = cells["country"].upper()
    if cells["owner"]:
        values["owner"] = cells["owner"]
    if cells["type"]:
        if cells["type"].lower() not in TYPES:
            raise InputError(f"type {cells['type']!r} is not one of {', '.join(TYPES)}")
        values["type"] = cells["type"].lower()
        values["state_affiliated"] = values["type"] == "state-controlled"
    if cells["state_affiliated"]:
        answer = cells["state_affiliated"].lower()
        if answer not in _YES | _NO:
            raise InputError(f"state_affiliated {cells['state_affiliated']!r} is not yes or no")
        values["state_affiliated"] = answer in _YES
    if cells["quality"]:
        try:
            quality = float(cells["quality"].replace(",", "."))
        except ValueError:
            raise InputError(f"quality {cells['quality']!r} is not a number between 0 and 1") from None
        if not 0.0 <= quality <= 1.0:
            raise InputError(f"quality {cells['quality']!r} is not between 0 and 1")
        values["quality"] = quality
    if cells["reliability"]:
        if len(cells["reliability"]) > MAX_LABEL_CHARS:
            raise InputError(f"reliability is longer than {MAX_LABEL_CHARS} characters; put explanations in note")
        values["reliability"] = cells["reliability"]
    for field, value in values.items():
        fields.add(field)
        evidence.append(Evidence(DATASET, field, value))  # type: ignore[arg-type]
    if cells["note"]:
        evidence.append(Evidence(DATASET, "note", cells["note"]))
    profile = Profile(
        name=name, domains=tuple(domains), aliases=tuple(_split(cells["aliases"])), evidence=tuple(evidence), **values
    )  # type: ignore[arg-type]
    return TeamOutlet(profile, frozenset(fields))


def read_outlets(path: Path, label: str | None = None) -> Iterator[TeamOutlet | str]:
    """Each row of a team's outlet CSV as a :class:`TeamOutlet`, or the reason it was rejected.

    Raises:
        InputError: the file is unreadable, not UTF-8, has no header, or has a column sift does not know
            (a typo such as ``contry`` would otherwise lose that column silently).
    """
    label = label or str(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [column.strip().lower() for column in reader.fieldnames or ()]
            if not header:
                raise InputError(f"{label}: empty file; the first row must name the columns ({', '.join(COLUMNS)})")
            unknown = [column for column in header if column not in COLUMNS]
            if unknown:
                raise InputError(
                    f"{label}: unknown column(s) {', '.join(map(repr, unknown))}; the columns are {', '.join(COLUMNS)}"
                )
            if "name" not in header and "domains" not in header:
                raise InputError(f"{label}: needs a name or a domains column")
            reader.fieldnames = header
            seen: dict[str, int] = {}
            for number, row in enumerate(reader, start=2):
                if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
                    continue
                if None in row:
                    yield f"{label} row {number}: more cells than columns"
                    continue
                try:
                    outlet = _outlet(row, label)
                except InputError as error:
                    yield f"{label} row {number}: {error}"
                    continue
                if outlet.key in seen:
                    yield f"{label} row {number}: {outlet.profile.name!r} is already on row {seen[outlet.key]}"
                    continue
                seen[outlet.key] = number
                yield outlet
    except UnicodeDecodeError as error:
        raise InputError(
            f"{label}: not UTF-8 text ({error.reason} at byte {error.start}); re-save it as UTF-8"
        ) from None
    except csv.Error as error:
        raise InputError(f"{label}: not a readable CSV file ({error})") from None
    except OSError as error:
        raise InputError(f"cannot read {label}: {error.strerror}") from None
