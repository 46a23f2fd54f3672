"""Session 43, sweep43 (issue #18: untuned English pages read as a fact-checker). A lower-case occupation no list
holds before a full name and its affiliation names the person ("said planetary geologist Rosaly Lopes of NASA's Jet
Propulsion Laboratory in California" was an organisation of that whole name, beside the person "Rosaly Lopes"), and a
noun modifier the tagger read as a verb after "and" does not end the span's nominal run ("JPL scientist and study
co-author Michael Malaska" was an anonymous speaker of that name, beside the person). Sentences written for this
test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"Ice shelves are thinning faster than we thought," said glaciologist Helen Amanda Fricker of the '
            "Scripps Institution of Oceanography in San Diego.",
            "Helen Amanda Fricker",
        ),
        (
            '"The results were surprising," said marine biologist Carla Dunmore of the University of Miami.',
            "Carla Dunmore",
        ),
        (
            '"We did not expect the drought to last this long," Met Office scientist and report co-author Peter '
            "Stott said.",
            "Peter Stott",
        ),
        ('"This is a turning point," Harvard economist and former adviser Jason Furman said.', "Jason Furman"),
        ('"Demand is collapsing," said analyst Tom Berglund at Morgan Stanley in London.', "Tom Berglund"),
    ],
)
def test_an_occupation_before_a_name_names_the_person(analyse: Analyse, text: str, name: str) -> None:
    doc = analyse([("en", text)])
    assert [(speaker.name, speaker.kind) for speaker in doc.speakers] == [(name, "person")]
