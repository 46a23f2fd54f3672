"""The sources stage on hand-made documents: site, relays and outlet speakers get their profiles."""

from __future__ import annotations

from sift.document import Attribution, Block, Document, Mention, OutletUse, Relay, Sentence, Source, Speaker
from sift.sources import Profile, SourceTable
from sift.sources.stage import OutletService, SourcesConfig, find_outlets, profile_outlets

TEXT = "The ministry said the US refused, Sputnik reported. Le ministère l'a dit, selon l'agence russe RIA Novosti."


def make_document(kind: str = "text", location: str = "<text>", site: str | None = None) -> Document:
    block = Block(
        id="b0",
        role="body",
        text=TEXT,
        lang="en",
        sentences=[Sentence("b0.s0", 0, 51), Sentence("b0.s1", 52, len(TEXT))],
    )
    doc = Document(id="x", source=Source(kind=kind, location=location, sha256="0" * 64), site=site, blocks=[block])
    doc.attributions.append(
        Attribution(
            id="a0",
            sentence="b0.s0",
            content=Mention(18, 32),
            kind="indirect",
            source=Mention(0, 12, entity="Russian Defense Ministry"),
            cue=Mention(13, 17, lemma="say"),
            via=[Relay(Mention(34, 41, entity="Sputnik"), Mention(42, 50, lemma="report"))],
        )
    )
    start = TEXT.index("l'agence russe")
    doc.attributions.append(
        Attribution(
            id="a1",
            sentence="b0.s1",
            content=Mention(52, 72),
            kind="according-to",
            via=[Relay(Mention(start, len(TEXT) - 1))],
        )
    )
    doc.speakers.append(Speaker("sp0", "Russian Defense Ministry", "official body", [], ["en"], ["a0"]))
    doc.speakers.append(Speaker("sp1", "Sputnik", "outlet", [], ["en"], ["a0"]))
    doc.speakers.append(Speaker("sp2", "Reuters", "person", [], ["en"], []))  # people are never looked up
    return doc


def test_relays_and_outlet_speakers() -> None:
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


def test_site_from_url_then_site_name() -> None:
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


def test_stage_uses_the_injected_service_and_its_counts() -> None:
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


def test_without_a_service_the_shipped_table_loads_once() -> None:
    resources = _Resources()
    profile_outlets(make_document(), resources, SourcesConfig())
    first = resources.services["outlets_shipped"]
    profile_outlets(make_document(), resources, SourcesConfig())
    assert resources.services["outlets_shipped"] is first
