"""Session 41, review41a. Ascribing, denying and voicing doubts with a cue's separable verb still report ("Die Polizei
schrieb den Anschlag der Gruppe zu", "Der Experte sprach der Studie jede Aussagekraft ab", "meldete Zweifel an, dass
…"); registering ("meldete Insolvenz an") still reports nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Polizei schrieb den Anschlag einer rechtsextremen Gruppe zu.", "Polizei"),
        ("Der Experte sprach der Studie jede Aussagekraft ab.", "Experte"),
        ("Der Minister meldete Zweifel an, dass die Reform rechtzeitig komme.", "Minister"),
    ],
)
def test_ascribing_denying_and_voicing_doubts_still_report(analyse: Analyse, text: str, name: str) -> None:
    assert [speaker.name for speaker in analyse([("de", text)]).speakers] == [name]


def test_registering_insolvency_still_reports_nothing(analyse: Analyse) -> None:
    assert not analyse([("de", "Die Firma meldete Insolvenz an.")]).speakers
