"""Relays read in other languages (the attribution stage's readers) reach the sources stage: each relay gets its
outlet's profile, however the page wrote it ("à l'agence Sputnik", "a la agencia EFE", "der Nachrichtenagentur dpa")."""

from __future__ import annotations

import pytest

import sift

PAGES = [
    (
        "Le ministère russe de la Défense a déclaré à l'agence Sputnik que le convoi avait quitté la ville. "
        "Les habitants ont confirmé ces informations dans la soirée.",
        "Sputnik",
        "state-controlled media, Russia",
    ),
    (
        "El ministro dijo a la agencia EFE que el acuerdo se firmará el lunes. "
        "La oposición criticó la decisión de forma inmediata.",
        "EFE",
        "state-funded media (editorially independent), Spain",
    ),
    (
        "Der Minister sagte der Nachrichtenagentur dpa, die Steuern würden im nächsten Jahr steigen. "
        "Die Opposition reagierte empört.",
        "dpa",
        "private media, Germany",
    ),
    (
        "The ministry said the convoy had left the city, RIA Novosti reported. "
        "Residents confirmed the reports on Tuesday evening.",
        "RIA Novosti",
        "state-controlled media, Russia",
    ),
]


@pytest.mark.parametrize(("text", "outlet", "badge"), PAGES, ids=["fr", "es", "de", "en"])
def test_every_relay_gets_its_profile(text: str, outlet: str, badge: str) -> None:
    doc = sift.check(text, kind="text")
    relays = {relay.source.entity for attribution in doc.attributions for relay in attribution.via}
    assert relays, "no relay read: the profile below would prove nothing about relays"
    found = {o.profile["name"]: o for o in doc.outlets}
    assert outlet in found, f"relays {relays} gave profiles {sorted(found)}"
    assert found[outlet].badge == badge
    assert [use.kind for use in found[outlet].uses] == ["relay"]
