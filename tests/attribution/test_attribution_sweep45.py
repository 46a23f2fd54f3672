"""Session 45, sweep45 (issue #18: untuned pages read as a fact-checker). A shopping listicle's heading "2. “I
Tried” Gold Star For Self Validation" (a product named by the words it prints) was read as a pull quote signed by
"Gold Star For Self Validation" (recall15's rule for "6. “…” Coach Anna Meyer"): a person "Gold Star" at 0.67. A
heading in title case, or a quoted name with no stop, signs nothing; a contributor's sentence and a blurb signed
with a dash still do."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.quote_bylines import quote_byline_frame
from sift.document import Document


def _signer(text: str, lang: str = "en") -> str | None:
    frame = quote_byline_frame(text, lang)
    return None if frame is None or frame.source is None else text[frame.source[0] : frame.source[1]]


@pytest.mark.parametrize(
    "text",
    [
        "5. “Best Mom Ever” Mug For Coffee Lovers",
        "7. “Do Not Disturb” Sign With Blinking Lights",
        "3. “Hello Kitty” Backpack For Your Kids",
        "11. “Good Vibes Only” Doormat From Etsy",
        "“Home Sweet Home” Pillow Cover Set With Zipper",
        "8. “Live Laugh Love” Wall Decal",
        "2. “I tried” Gold Star For Self Validation",
    ],
)
def test_a_listicle_heading_quoting_a_products_name_is_signed_by_no_one(text: str) -> None:
    assert _signer(text) is None


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        ('6. "Start small and keep going." Coach Anna Meyer', "Coach Anna Meyer"),
        ("“We will win this.” — Jane Doe", "Jane Doe"),
        ('12. "Sleep is underrated." Dr. Sam Lee', "Dr. Sam Lee"),
        ("“Never again.” Robert De Niro", "Robert De Niro"),
        ('"Trust the process." Head Of Marketing Julia Stone', "Head Of Marketing Julia Stone"),
        ("“Simply Stunning” — Vogue", "Vogue"),  # a blurb signed with a dash
        ("“Wow!” Jane Doe", "Jane Doe"),
        ("“Riveting” The New York Times", "The New York Times"),  # one word: a blurb, not a name
    ],
)
def test_a_signed_quote_keeps_its_signer(text: str, signer: str) -> None:
    assert _signer(text) == signer


def test_german_capitals_make_no_quote_a_name() -> None:
    # German writes every noun capitalised: "„Mehr Mut“" is no work's title by its capitals
    assert _signer("„Mehr Mut“ Trainerin Lea Fuchs", "de") == "Trainerin Lea Fuchs"


def test_the_listicle_heading_gives_no_speaker_on_a_page(analyse: Callable[[list[tuple[str, str]]], Document]) -> None:
    doc = analyse(
        [
            ("en", "These gold star pins are adorable, and we can’t stop thinking of uses for them."),
            ("en", "2. “I Tried” Gold Star For Self Validation"),
            ("en", '6. "Start small and keep going." Coach Anna Meyer'),
        ]
    )
    names = {speaker.name for speaker in doc.speakers}
    assert not any("Gold Star" in name for name in names)
    assert any("Anna Meyer" in name for name in names)
