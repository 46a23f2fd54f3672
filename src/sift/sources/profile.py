"""The outlet profile: who an outlet is (owner, country, state ties, quality), with the evidence for each part.

A profile never says more than its evidence: ``type`` is ``unknown`` and ``quality`` is ``None`` when no
dataset says anything, and ``state_affiliated`` is ``True`` only when a dataset records state editorial control
(see ``sift.sources.typology`` and ``SOURCE-sources.md``).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Any

from sift.errors import InputError

__all__ = ["OVERRIDABLE", "RELIABILITY_LABELS", "TYPES", "Evidence", "Profile", "TeamOutlet"]

#: Ownership/control types, most state-bound first (the order the badge and merges rank them in).
TYPES = ("state-controlled", "state-funded", "public", "private", "unknown")

#: Reliability labels a profile may carry (shipped ones come from Wikipedia's perennial sources list).
RELIABILITY_LABELS = ("reliable", "mixed", "unreliable", "deprecated")

EvidenceValue = str | float | int | bool | None


@dataclass(slots=True, frozen=True)
class Evidence:
    """One fact a dataset states about an outlet: ``dataset`` says ``field`` is ``value``."""

    dataset: str
    field: str
    value: EvidenceValue

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return {"dataset": self.dataset, "field": self.field, "value": self.value}


@dataclass(slots=True, frozen=True)
class Profile:
    """An outlet: its names and domains, who owns and controls it, and how rating sets judge it.

    ``country`` is an ISO 3166-1 alpha-2 code (``EU`` for the European Union); ``domains`` are normalised
    hosts (no scheme, no ``www.``), the first one the outlet's main site.
    """

    name: str
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    country: str | None = None
    owner: str | None = None
    type: str = "unknown"
    state_affiliated: bool = False
    quality: float | None = None
    reliability: str | None = None
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise InputError("an outlet profile needs a name")
        if self.type not in TYPES:
            raise InputError(f"unknown outlet type {self.type!r}: use one of {', '.join(TYPES)}")
        if self.quality is not None and not 0.0 <= self.quality <= 1.0:
            raise InputError(f"quality must be between 0 and 1, got {self.quality}")
        if self.country is not None and not (len(self.country) == 2 and self.country.isascii()):
            raise InputError(f"country must be a two-letter ISO code, got {self.country!r}")

    @property
    def key(self) -> str:
        """The main domain, else the name: what ``sift sources show`` and the web page address it by."""
        return self.domains[0] if self.domains else self.name

    def to_dict(self) -> dict[str, Any]:
        """The profile's JSON shape (lists, not tuples)."""
        return {
            "name": self.name,
            "domains": list(self.domains),
            "aliases": list(self.aliases),
            "country": self.country,
            "owner": self.owner,
            "type": self.type,
            "state_affiliated": self.state_affiliated,
            "quality": self.quality,
            "reliability": self.reliability,
            "evidence": [item.to_dict() for item in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        """Inverse of :meth:`to_dict`; raises ``InputError`` on a wrong shape or value."""
        try:
            quality = data.get("quality")
            return cls(
                name=str(data["name"]),
                domains=tuple(str(d) for d in data.get("domains", ())),
                aliases=tuple(str(a) for a in data.get("aliases", ())),
                country=data.get("country"),
                owner=data.get("owner"),
                type=data.get("type", "unknown"),
                state_affiliated=bool(data.get("state_affiliated", False)),
                quality=None if quality is None else float(quality),
                reliability=data.get("reliability"),
                evidence=tuple(Evidence(str(e["dataset"]), str(e["field"]), e.get("value")) for e in data["evidence"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"not a valid outlet profile: {type(error).__name__}: {error}") from None

    def merged_over(self, base: Profile, fields: Collection[str]) -> Profile:
        """This profile laid over ``base``: the ``fields`` it sets win, names and domains add up, evidence adds up.

        Args:
            base: the profile underneath (the shipped one, for a team's own row).
            fields: which of ``country, owner, type, state_affiliated, quality, reliability`` this profile
                sets; the others are taken from ``base``.
        """
        names = dict.fromkeys((*self.aliases, base.name, *base.aliases))
        names.pop(self.name, None)
        taken = {name: getattr(self, name) for name in fields if name in OVERRIDABLE}
        return replace(
            base,
            **taken,
            name=self.name,
            domains=tuple(dict.fromkeys((*self.domains, *base.domains))),
            aliases=tuple(names),
            evidence=(*self.evidence, *base.evidence),
        )


#: Fields a profile laid over another may replace (names, domains and evidence always add up).
OVERRIDABLE = frozenset({"country", "owner", "type", "state_affiliated", "quality", "reliability"})


@dataclass(slots=True, frozen=True)
class TeamOutlet:
    """A team's own profile and which fields its row set (the others come from the shipped profile it joins)."""

    profile: Profile
    fields: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        """What the store keys it by: the folded name, so "Sputnik" and "SPUTNIK" are one outlet."""
        from sift.sources.names import fold_name

        return fold_name(self.profile.name) or self.profile.name.casefold()

    def to_dict(self) -> dict[str, Any]:
        """The profile's JSON shape plus the list of fields the team set."""
        return {**self.profile.to_dict(), "fields": sorted(self.fields)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TeamOutlet:
        """Inverse of :meth:`to_dict`."""
        return cls(Profile.from_dict(data), frozenset(data.get("fields", ())) & OVERRIDABLE)
