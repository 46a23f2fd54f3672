"""The ``sources`` stage: a profile for the page's own site, every relay and every outlet speaker.

Pure: the outlet table (shipped, with a team's outlets laid over it) and the count of stored fact-checks
reach the stage as the ``outlets`` service the Workbench injects (:class:`OutletService`); without one, the
shipped table is loaded once through the pipeline's resources.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sift.document import Document, Outlet, OutletUse
from sift.pipeline import Resources, register_stage
from sift.sources.names import fold_name
from sift.sources.profile import Profile
from sift.sources.table import Found, SourceTable

__all__ = ["OutletService", "SourcesConfig", "describe_outlet", "find_outlets", "profile_outlets"]

#: Speaker kinds looked up by name, and whether a known name inside a longer mention counts for them ("the
#: Russian news agency Sputnik"). Only outlets: of the 58 organisation speakers of bench/data/realpages-dev.jsonl,
#: none is an outlet, yet "Apple" and "Democrats" would take the profiles of apple.com and democrats.org.
LOOKED_UP_KINDS = {"outlet": True}


@dataclass(frozen=True, slots=True, kw_only=True)
class SourcesConfig:
    """Settings of the sources stage.

    Args:
        within: for relays and outlet speakers, also find a known name inside a longer mention whose other
            words only describe it ("the Russian news agency Sputnik").
        site: give the page's own site (its URL's host, else the site name it states) a profile.
    """

    within: bool = True
    site: bool = True


@dataclass(slots=True)
class OutletService:
    """The ``outlets`` service: the outlet table, and how to count the stored fact-checks naming an outlet.

    Args:
        table: the shipped table with a team's outlets laid over it (``sift.sources.open_sources(store)``).
        count_factchecks: the store's per-role, per-verdict counts for a profile, or ``None`` without a store.
    """

    table: SourceTable
    count_factchecks: Callable[[Profile], dict[str, dict[str, int]]] | None = None

    @classmethod
    def for_store(cls, table: SourceTable, store: Any | None) -> OutletService:
        """The service over ``table`` that counts the fact-checks of ``store`` (any object with the store's
        ``count_outlet_factchecks``; the in-memory fact-check store has none, so nothing is counted)."""
        count = getattr(store, "count_outlet_factchecks", None)
        if count is None:
            return cls(table)

        def count_factchecks(profile: Profile) -> dict[str, dict[str, int]]:
            keys = sorted({key for name in (profile.name, *profile.aliases) if (key := fold_name(name))})
            rows = count(list(profile.domains), keys)
            publisher: dict[str, int] = {}
            for host, verdict, n in rows.publisher:
                if _owns(table, profile, host):
                    publisher[verdict] = publisher.get(verdict, 0) + n
            return {"publisher": _by_count(publisher), "claimant": _by_count(rows.claimant)}

        return cls(table, count_factchecks)


def describe_outlet(service: OutletService, text: str) -> dict[str, Any] | None:
    """What ``sift sources show``, ``GET /api/sources/…`` and the outlet page say about a name or domain.

    Returns:
        The profile's JSON shape plus ``badge``, ``country_name``, ``found`` (how and by what) and
        ``factchecks`` (the store's counts by role and verdict, ``None`` without a store); ``None`` when no
        profile fits ``text``.
    """
    found = service.table.resolve(text, within=True)
    if found is None:
        return None
    profile = found.profile
    counts = service.count_factchecks(profile) if service.count_factchecks is not None else None
    return {
        **profile.to_dict(),
        "badge": service.table.badge(profile),
        "country_name": service.table.country_name(profile.country),
        "found": {"how": found.how, "matched": found.matched},
        "factchecks": counts,
    }


def _owns(table: SourceTable, profile: Profile, host: str | None) -> bool:
    """Whether ``host`` is the outlet's own (de.rt.com is RT DE's, not RT's, though a sub-domain of rt.com)."""
    found = table.by_domain(host) if host else None
    return found is not None and found.profile.key == profile.key


def _by_count(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _load_service() -> OutletService:
    return OutletService(SourceTable.load())


def find_outlets(doc: Document, table: SourceTable, config: SourcesConfig) -> list[Outlet]:
    """The outlets a document is published on or names, in order of first use, each with where it applies."""
    outlets: dict[str, Outlet] = {}

    def add(found: Found | None, use: OutletUse) -> None:
        if found is None:
            return
        key = found.profile.key
        if key not in outlets:
            profile = found.profile
            outlets[key] = Outlet(key, table.badge(profile), found.how, profile.to_dict())
        if use not in outlets[key].uses:
            outlets[key].uses.append(use)

    if config.site:
        for text in _site_texts(doc):
            found = table.resolve(text)
            if found is not None:
                add(found, OutletUse("site", "site", text))
                break
    for attribution in doc.attributions:
        if not attribution.via:
            continue
        block = doc.block(attribution.frame_block_id)
        for index, relay in enumerate(attribution.via):
            written = block.text[relay.source.start : relay.source.end]
            found = None
            for text in dict.fromkeys(t for t in (relay.source.entity, written) if t):
                found = table.resolve(text, within=config.within)
                if found is not None:
                    break
            add(found, OutletUse("relay", f"{attribution.id}.via{index}", written))
    for speaker in doc.speakers:
        if speaker.kind not in LOOKED_UP_KINDS:
            continue
        within = config.within and LOOKED_UP_KINDS[speaker.kind]
        for text in dict.fromkeys((speaker.name, *speaker.aliases)):
            found = table.resolve(text, within=within)
            if found is not None:
                add(found, OutletUse("speaker", speaker.id, speaker.name))
                break
    return list(outlets.values())


def _site_texts(doc: Document) -> list[str]:
    """What names the page's own site: its URL (fetched pages), then the site name its metadata states."""
    texts = [doc.source.location] if doc.source.kind == "url" else []
    return [*texts, *([doc.site] if doc.site else [])]


@register_stage("sources", config=SourcesConfig, requires=("attributions", "speakers"), assigns=("outlets",))
def profile_outlets(doc: Document, resources: Resources, config: SourcesConfig) -> Document:
    """Give the page's site, its relays and its outlet speakers their profiles (``doc.outlets``).

    Args:
        doc: a document after attribution (its ``attributions`` and ``speakers``).
        resources: where the ``outlets`` service is injected, or the shipped table is loaded once.
        config: the stage settings.

    Returns:
        The same document with ``outlets`` replaced.
    """
    service = resources.optional("outlets") or resources.get("outlets_shipped", _load_service)
    outlets = find_outlets(doc, service.table, config)
    if service.count_factchecks is not None:
        for outlet in outlets:
            outlet.factchecks = service.count_factchecks(Profile.from_dict(outlet.profile))
    doc.outlets = outlets
    return doc
