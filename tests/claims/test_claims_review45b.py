"""review45b: a news page's "Instructions", "Directions" or "Préparation" heading opens no steps section (only a
recipe card's or how-to's, after its ingredients or materials heading); a quote opening "Step one:" is no step."""

from __future__ import annotations

import pytest

from sift.claims.furniture import block_furniture_reason, block_reasons

NEWS_UNDER_A_HEADING = [
    "The health ministry ordered 1.2 million residents in 14 districts to boil their tap water on Saturday.",
    "Instructions",
    "The ministry said residents must boil water for at least one minute before drinking it.",
    "Mayor Tom Ellis said the city had spent 3 million euros on repairs since 2021.",
]


@pytest.mark.parametrize("heading", ["Instructions", "Directions", "Préparation", "Preparación", "Przygotowanie"])
def test_an_instructions_heading_without_ingredients_opens_no_section(heading: str) -> None:
    texts = [*NEWS_UNDER_A_HEADING[:1], heading, *NEWS_UNDER_A_HEADING[2:]]
    assert block_reasons(texts) == [None, None, None, None]


@pytest.mark.parametrize("ingredients", ["Ingredients", "Zutaten für 4 Personen", "Ingrédients", "You will need"])
def test_an_ingredients_heading_before_opens_the_section(ingredients: str) -> None:
    texts = [ingredients, "250 g flour", "Instructions", "Mix the flour with the eggs and bake for 45 minutes."]
    assert block_reasons(texts) == [None, None, None, "instruction step"]


def test_an_ingredients_heading_after_opens_no_section() -> None:
    texts = ["Directions", "Take the A7 north for 20 km; the museum opened in 1998.", "Ingredients"]
    assert block_reasons(texts) == [None, None, None]


@pytest.mark.parametrize(
    "text",
    [
        "“Step one: stop the boats,” the prime minister said, adding that 45,000 people crossed in 2022.",
        "„Schritt 1: die Schulden senken“, sagte der Minister am Montag.",
        "« Étape 1 : baisser les impôts », a déclaré le ministre.",
    ],
)
def test_a_quote_opening_with_a_step_label_is_no_step(text: str) -> None:
    assert block_furniture_reason(text) is None


@pytest.mark.parametrize(
    "text", ["Step 1: Preheat the oven to 200 °C.", "(Step 2) – Mix the flour.", "• Schritt 3: Backen."]
)
def test_a_step_label_after_a_bullet_or_bracket_is_still_a_step(text: str) -> None:
    assert block_furniture_reason(text) == "instruction step"
