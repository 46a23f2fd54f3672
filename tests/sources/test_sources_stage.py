"""The sources stage on hand-made documents: site, relays and outlet speakers get their profiles."""

from __future__ import annotations

from collections.abc import Callable

from sift.document import Document, OutletUse
from sift.sources import Profile, SourceTable
from sift.sources.stage import OutletService, SourcesConfig, find_outlets, profile_outlets


def test_relays_and_outlet_speakers(make_document: Callable[..., Document]) -> None:
    table = SourceTable.load()
    outlets = find_outlets(make_document(), table, SourcesConfig())
    assert [o.profile["name"] for o in outlets] == ["Sputnik", "RIA Novosti"]
    sputnik, ria = outlets
    assert sputnik.badge == "state-controlled media, Russia"
    assert sputnik.profile["state_affiliated"] and sputnik.profile["country"] == "RU"
    assert [(u.kind, u.ref, u.text) for u in sputnik.uses] == [
        ("relay", "a0.via0", "Sputnik"),
        ("speaker", "sp1", "Sputnik"),
    ]
    assert ria.found == "within" and ria.uses[0].text == "l'agence russe RIA Novosti"


def test_site_from_url_then_site_name(make_document: Callable[..., Document]) -> None:
    table = SourceTable.load()
    fetched = find_outlets(make_document("url", "https://fr.sputniknews.com/20171114/x.html"), table, SourcesConfig())
    assert fetched[0].profile["name"] == "Sputnik France" and fetched[0].uses[0].kind == "site"
    named = find_outlets(make_document(site="RT France"), table, SourcesConfig())
    assert named[0].profile["name"] == "RT France" and named[0].uses == [OutletUse("site", "site", "RT France")]
    unsited = find_outlets(make_document(site="RT France"), table, SourcesConfig(site=False))
    assert "RT France" not in [outlet.profile["name"] for outlet in unsited]


class _Resources:
    def __init__(self, **services: object) -> None:
        self.services = dict(services)

    def optional(self, name: str) -> object | None:
        return self.services.get(name)

    def get(self, name: str, factory):  # type: ignore[no-untyped-def]
        return self.services.setdefault(name, factory())


def test_stage_uses_the_injected_service_and_its_counts(make_document: Callable[..., Document]) -> None:
    seen: list[str] = []

    def count(profile: Profile) -> dict[str, dict[str, int]]:
        seen.append(profile.name)
        return {"publisher": {}, "claimant": {"false": 3}}

    service = OutletService(SourceTable.load(), count)
    doc = profile_outlets(make_document(), _Resources(outlets=service), SourcesConfig())
    assert seen == ["Sputnik", "RIA Novosti"]
    assert doc.outlets[0].factchecks == {"publisher": {}, "claimant": {"false": 3}}
    again = Document.from_json(doc.to_json())
    assert again.outlets == doc.outlets


def test_without_a_service_the_shipped_table_loads_once(make_document: Callable[..., Document]) -> None:
    resources = _Resources()
    profile_outlets(make_document(), resources, SourcesConfig())
    first = resources.services["outlets_shipped"]
    profile_outlets(make_document(), resources, SourcesConfig())
    assert resources.services["outlets_shipped"] is first


def test_outlet_speakers_not_organisations(make_document: Callable[..., Document]) -> None:
    """Only speakers of kind outlet are looked up, inside a longer mention too; an organisation whose name is
    also a rated website's (Apple, apple.com) is not an outlet."""
    from sift.document import Speaker

    doc = make_document()
    doc.speakers = [
        Speaker("sp0", "Apple", "organisation", [], ["en"], []),
        Speaker("sp1", "the news agency Reuters", "outlet", [], ["en"], []),
    ]
    table = SourceTable.load()
    assert table.resolve("Apple") is not None, "Apple has no profile: the test would prove nothing"
    outlets = find_outlets(doc, table, SourcesConfig(site=False))
    speakers = {use.ref: o.profile["name"] for o in outlets for use in o.uses if use.kind == "speaker"}
    assert speakers == {"sp1": "Reuters"}
