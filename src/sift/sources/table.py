"""The outlet table: the shipped profiles (and a team's own, laid over them), found by domain or by name.

The shipped file is gzipped JSON Lines built by ``scripts/build_sources.py``: a header line (domains per row,
folded names, datasets, countries), the domain labels, then one line per profile. Loading parses the header
and builds the host index; the labels are parsed on the first name that needs them, and a profile's own line,
and its :class:`Profile`, only when a page names that outlet, so
loading stays within a few tens of milliseconds (``bench/sources.py`` measures it).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sift.errors import InputError
from sift.sources.hosts import is_own_domain, looks_like_host, normalise_host, parent_hosts
from sift.sources.names import (
    after_kind,
    article_label,
    fold_name,
    inflections,
    label_keys,
    name_keys,
    name_within,
    possessor,
)
from sift.sources.profile import TYPES, Evidence, Profile, TeamOutlet

__all__ = ["DEFAULT_PATH", "FORMAT", "Found", "SourceTable"]

#: The shipped table (see ``src/sift/resources/sources/SOURCE-sources.md``).
DEFAULT_PATH = Path(__file__).resolve().parents[1] / "resources" / "sources" / "profiles.jsonl.gz"
#: Version of the file layout written by the build script.
FORMAT = "sift-sources/1"

#: Name priorities: a curated name or alias beats a dataset's name, which beats a name derived from one
#: (the parts of "China Global Television Network (CGTN)"); a team's own names beat them all. Domain labels
#: ("thehill") are looked up only when no name fits.
TEAM, CURATED, DATASET, DERIVED = -1, 0, 1, 2


#: What a badge says for each type (the evidence says which dataset and code it comes from).
_TYPE_LABELS = {
    "state-controlled": "state-controlled media",
    "state-funded": "state-funded media (editorially independent)",
    "public": "independent public media",
    "private": "private media",
    "unknown": "no ownership record",
}


@dataclass(slots=True, frozen=True)
class Found:
    """A profile and how it was found.

    ``how`` is ``domain`` (a URL or host), ``name`` (a name or alias), ``domain name`` (a name written as the
    outlet's domain reads, "The Hill" for thehill.com) or ``within`` (a name inside a longer mention).
    """

    profile: Profile
    how: str
    matched: str
    #: Other profiles the same name fits equally well (they agree on type and country, else nothing is found).
    also: int = 0


class SourceTable:
    """Outlet profiles with host and name indexes. Read-only once built; share one per process.

    Use :meth:`load` for the shipped table and :meth:`with_team` to lay a team's imported outlets over it.
    """

    def __init__(
        self,
        rows: list[Any],
        domains: Sequence[Sequence[str]],
        names: dict[str, list[list[int]]],
        *,
        labels: dict[str, int | list[int]] | bytes | None = None,
        countries: dict[str, str],
        datasets: dict[str, dict[str, Any]],
        exact_only: Iterable[str] = (),
    ) -> None:
        self._rows = rows  # each a Profile, or the file's line for it (bytes) until first use
        self._domains: list[Sequence[str]] = list(domains)
        self._names = names
        self._label_index = labels or {}  # the file's line for it (bytes) until the first label lookup
        self._hosts: dict[str, int] = {}
        for index, hosts in enumerate(domains):
            for host in hosts:
                self._hosts.setdefault(host, index)
        self._exact_only = frozenset(exact_only)
        self.countries = countries
        self.datasets = datasets

    # ---- building ---------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None) -> SourceTable:
        """Read the shipped table (or another file written by ``scripts/build_sources.py``).

        Raises:
            InputError: the file is missing or not a sift outlet table.
        """
        target = Path(path) if path is not None else DEFAULT_PATH
        try:
            with gzip.open(target, "rb") as handle:
                header, labels, *rows = handle.read().splitlines()
            data = json.loads(header)
        except (OSError, EOFError, ValueError) as error:
            raise InputError(f"cannot read the outlet table {target}: {error}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT or len(rows) != len(data["domains"]):
            raise InputError(f"{target} is not a sift outlet table ({FORMAT})")
        return cls(
            rows,
            data["domains"],
            data["names"],
            labels=labels,
            countries=data["countries"],
            datasets=data["datasets"],
            exact_only=data.get("exact_only", ()),
        )

    @classmethod
    def from_profiles(
        cls, profiles: Sequence[Profile], *, countries: dict[str, str] | None = None, priority: int = CURATED
    ) -> SourceTable:
        """A table of the given profiles only (tests, and a team's outlets without the shipped data)."""
        names: dict[str, list[list[int]]] = {}
        for index, profile in enumerate(profiles):
            _index_names(names, profile, index, priority)
        rows: list[Any] = list(profiles)
        return cls(rows, [p.domains for p in profiles], names, countries=dict(countries or {}), datasets={})

    def with_team(self, outlets: Iterable[TeamOutlet]) -> SourceTable:
        """A new table with a team's outlets laid over this one (this one is left as it was).

        A team outlet joins the shipped profile that holds one of its domains, else the one its name
        resolves to, else it stands alone. Its set fields win; names, domains and evidence add up.
        """
        outlets = list(outlets)
        if not outlets:
            return self
        table = SourceTable.__new__(SourceTable)
        table._rows = list(self._rows)
        table._domains = list(self._domains)
        table._names = {key: [list(entry) for entry in entries] for key, entries in self._names.items()}
        table._label_index = self._label_index
        table._hosts = dict(self._hosts)
        table._exact_only = self._exact_only
        table.countries = self.countries
        table.datasets = self.datasets
        for outlet in outlets:
            table._lay_over(outlet)
        return table

    def _lay_over(self, outlet: TeamOutlet) -> None:
        team = outlet.profile
        base_index = next((self._hosts[host] for host in team.domains if host in self._hosts), None)
        if base_index is None:
            found = self._best_by_name(fold_name(team.name))
            base_index = found[0] if found else None
        if base_index is None:
            merged, index = team, len(self._rows)
            self._rows.append(merged)
            self._domains.append(merged.domains)
        else:
            merged, index = team.merged_over(self.profile(base_index), outlet.fields), base_index
            self._rows[index] = merged
            self._domains[index] = merged.domains
        for host in merged.domains:
            self._hosts[host] = index
        _index_names(self._names, merged, index, TEAM)

    # ---- reading ----------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._rows)

    def profile(self, index: int) -> Profile:
        """The profile in row ``index`` (made from the compact row on first use)."""
        row = self._rows[index]
        if isinstance(row, Profile):
            return row
        profile = _row_profile(json.loads(row), self._domains[index], self.datasets)
        self._rows[index] = profile
        return profile

    def __iter__(self) -> Any:
        return (self.profile(index) for index in range(len(self._rows)))

    def by_domain(self, text: str) -> Found | None:
        """The profile of the site a URL or domain belongs to: its host, else the nearest parent domain.

        Hosts that are platforms for many publishers (``blogspot.com``, ``substack.com``…) only match
        exactly: ``someone.blogspot.com`` is not Blogspot.
        """
        host = normalise_host(text)
        if host is None:
            return None
        for candidate in parent_hosts(host):
            index = self._hosts.get(candidate)
            if index is not None and (candidate == host or candidate not in self._exact_only):
                return Found(self.profile(index), "domain", candidate)
            if candidate in self._exact_only:
                return None
        return None

    def by_name(self, text: str, *, within: bool = False) -> Found | None:
        """The profile an outlet's name (or alias, in any script) designates, or ``None``.

        Args:
            text: a name as written: "Sputnik", "РИА Новости", "Xinhua/新华社", "l'AFP".
            within: also look for a known name inside a longer mention whose other words only describe it
                ("the Russian news agency Sputnik"), in apposition to a kind noun ("dem südkoreanischen
                Magazin ET-News") or before a possessive ("ET-News‘ Insidern"); used for relays and speakers
                the attribution stage found.
        """
        keys = name_keys(text)
        found = self._by_keys(text, keys, "name")
        if found is not None or not within:
            return found
        for key in keys:
            inner = name_within(key, self._knows)
            if inner is not None:
                found = self._by_keys(inner, [inner], "within")
                if found is not None:
                    return found
        for key in keys:  # the name in apposition to a kind noun: "dem südkoreanischen Magazin ET-News"
            for named in after_kind(key):
                named = fold_name(named)  # "the economist" after "el semanario" loses its article
                found = self._by_keys(named, [named], "within") if named else None
                if found is not None:
                    return found
        owner = possessor(text)  # "ET-News‘ Insidern", "CNN's report": the owner's outlet, by a name it goes by
        found = self.by_name(owner, within=True) if owner else None
        if found is None or found.matched not in self._names:
            return None  # a domain label is too weak here: "Apple's statement" is not apple.com reporting
        return found

    def _by_keys(self, text: str, keys: list[str], how: str) -> Found | None:
        """The domain label written with its article ("El País": elpais.com, not O País of Angola), then names
        (each as written, then declined), then domain labels."""
        variants = [variant for key in keys for variant in inflections(key)]
        found = next((hit for key in variants if (hit := self._found(key, how)) is not None), None)
        written = article_label(text)
        rows = self._labels.get(written) if written else None
        best = self._settle(rows if isinstance(rows, list) else [rows]) if rows is not None else None
        if written and best is not None and (found is None or found.profile.key != self.profile(best[0]).key):
            return Found(self.profile(best[0]), "domain name" if how == "name" else how, written, best[1])
        if found is not None:
            return found
        for word in label_keys(text, variants):
            rows = self._labels.get(word)
            best = self._settle(rows if isinstance(rows, list) else [rows]) if rows is not None else None
            if best is not None:
                return Found(self.profile(best[0]), "domain name" if how == "name" else how, word, best[1])
        return None

    def _knows(self, key: str) -> bool:
        """Whether a folded name is a name, alias or domain label in the table."""
        return key in self._names or any(word in self._labels for word in label_keys(key, [key]))

    def resolve(self, text: str, *, within: bool = False) -> Found | None:
        """A profile for a domain, URL or name: by domain when ``text`` reads as one, else by name."""
        if looks_like_host(text):
            found = self.by_domain(text)
            if found:
                return found
        return self.by_name(text, within=within)

    def for_publisher(self, site: str | None, name: str | None = None) -> Found | None:
        """The profile of a fact-check's publisher: by its ``publisher_site``, else its ``publisher_name``."""
        found = self.by_domain(site) if site else None
        if found is None and name:
            found = self.by_name(name)
        return found

    def candidates(self, text: str) -> list[Profile]:
        """Every profile a name fits (for telling the user why a name is ambiguous)."""
        seen: dict[int, None] = {}
        for key in name_keys(text):
            for _, index in self._names.get(key, ()):
                seen.setdefault(index, None)
        for word in label_keys(text, name_keys(text)):
            rows = self._labels.get(word, [])
            for index in rows if isinstance(rows, list) else [rows]:
                seen.setdefault(index, None)
        return [self.profile(index) for index in seen]

    def country_name(self, code: str | None) -> str | None:
        """The display name of a country code ("RU" → "Russia"); the code itself when unknown."""
        if code is None:
            return None
        return self.countries.get(code, code)

    def badge(self, profile: Profile) -> str:
        """The one-line label a report shows next to an outlet: "state-controlled media, Russia"."""
        label = _TYPE_LABELS[profile.type]
        country = self.country_name(profile.country)
        return f"{label}, {country}" if country else label

    @property
    def _labels(self) -> dict[str, int | list[int]]:
        """Domain label -> row (or rows, when ambiguous); parsed on first use."""
        if isinstance(self._label_index, bytes):
            self._label_index = json.loads(self._label_index)
        return self._label_index

    def _best_by_name(self, key: str) -> tuple[int, int] | None:
        """``(row, how many others tie)`` for a folded name, or ``None`` when absent or ambiguous."""
        entries = self._names.get(key)
        if not entries:
            return None
        best = min(priority for priority, _ in entries)
        return self._settle(list(dict.fromkeys(index for priority, index in entries if priority == best)))

    def _settle(self, indexes: list[int]) -> tuple[int, int] | None:
        """One row among rows that fit equally well, or ``None`` when they differ or nothing tells them apart."""
        if len(indexes) == 1:
            return indexes[0], 0
        profiles = [self.profile(index) for index in indexes]
        kinds = {(p.type, p.country, p.state_affiliated) for p in profiles}
        if len(kinds) > 1 or ("unknown", None, False) in kinds:
            return None  # outlets that differ, or that nothing tells apart: say nothing rather than guess
        widest = max(range(len(indexes)), key=lambda i: (len(profiles[i].domains), -i))
        return indexes[widest], len(indexes) - 1

    def _found(self, key: str, how: str) -> Found | None:
        best = self._best_by_name(key)
        if best is None:
            return None
        return Found(self.profile(best[0]), how, key, best[1])


def _index_names(names: dict[str, list[list[int]]], profile: Profile, index: int, priority: int) -> None:
    """Add a profile's name and aliases (not those that are domains: hosts find those) to ``names``."""
    for name in (profile.name, *profile.aliases):
        if is_own_domain(name, profile.domains):
            continue
        for key in name_keys(name):
            entries = names.setdefault(key, [])
            if [priority, index] not in entries:
                entries.append([priority, index])


def _row_profile(row: list[Any], domains: Sequence[str], datasets: dict[str, dict[str, Any]]) -> Profile:
    """A Profile from the file's compact row (see ``scripts/build_sources.py`` for the layout)."""
    name, aliases, country, owner, type_index, affiliated, quality, reliability, evidence = row
    dataset_names = list(datasets)
    return Profile(
        name=name,
        domains=tuple(domains),
        aliases=tuple(aliases),
        country=country,
        owner=owner,
        type=TYPES[type_index],
        state_affiliated=bool(affiliated),
        quality=quality,
        reliability=reliability,
        evidence=tuple(Evidence(dataset_names[d], field, value) for d, field, value in evidence),
    )
