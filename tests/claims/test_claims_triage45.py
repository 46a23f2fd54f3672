"""triage45 (issue #18 item 3): a page's footnotes and a how-to's numbered steps are no claims of its article."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.claims import ClaimsConfig, detect_claims
from sift.claims.furniture import block_furniture_reason, block_reasons
from sift.document import Document
from sift.pipeline import Resources


@pytest.mark.parametrize(
    "text",
    [
        "Jürgen Richter, Schaber, in Floss (Hrsg.) Steinartefakte, Tübingen 2012, Kerns Verlag, S. 281 ↩",
        "vergl. Schmidt, Anna 2004: Studien zur Stadt. Historische Berichte 12, Hannover, 2004, S. 45 ↩",
        "Meyer 1998, S. 17 ↩︎",
        "Brown 2004, p. 88. ↩ ↩2",
        "↑ Smith, John (2001). A History of Bridges. London: Penguin, p. 45.",
        "^ a b Jones, Mary: The Harbour in 1950, Sydney 1988, pp. 12–14.",
    ],
)
def test_a_block_with_a_footnote_back_link_is_a_footnote(text: str) -> None:
    assert block_furniture_reason(text) == "footnote"


@pytest.mark.parametrize(
    "text",
    [
        "Step Three: Just before removing the balls from the freezer, prepare the coating. Do this by melting it.",
        "Step 1: Preheat the oven to 180 degrees and grease a 24 cm tin.",
        "Schritt 2: Den Teig 45 Minuten backen. Danach abkühlen lassen.",
        "Étape 1 : Préchauffer le four à 180 degrés pendant 15 minutes.",
        "Paso 2. Mezclar 250 g de harina con 3 huevos.",
        "Krok 4 – Wymieszaj mąkę z jajkami.",
    ],
)
def test_a_block_opened_by_a_step_label_is_an_instruction_step(text: str) -> None:
    assert block_furniture_reason(text) == "instruction step"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said unemployment fell to 4.1 % in March, the lowest since 2008.",
        "The footnote to the 2019 report said 40 % of firms had no plan.",
        "Prices rose 5 % ↑ in 2022, the statistics office said.",
        "Step by step, the government cut 12,000 jobs between 2015 and 2019.",
        "In a first step, the company laid off 300 workers in 2020.",
        "Stufe 1 der Reform trat am 1. Januar 2020 in Kraft und betraf 3 Millionen Rentner.",
        "Steps 1 and 2 of the plan cost $4 billion, the audit found.",
        "2. Add the flour and stir for two minutes.",
    ],
)
def test_prose_is_no_block_furniture(text: str) -> None:
    assert block_furniture_reason(text) is None


def test_the_blocks_under_an_instructions_heading_are_steps_up_to_the_next_heading() -> None:
    texts = [
        "These truffles were first sold in Ohio in 1919.",
        "Instructions",
        "Add all filling ingredients to a food processor and blend for 30 seconds.",
        "With your hands, roll 1 tbsp (20 grams) of the mixture into a ball. Freeze them for 45 minutes.",
        "Notes",
        "A 2019 survey found that 40 % of Americans eat peanut butter every week.",
    ]
    assert block_reasons(texts) == [None, None, "instruction step", "instruction step", None, None]


@pytest.mark.parametrize("heading", ["Zubereitung:", "Les étapes", "Modo de preparo", "Directions", "Przygotowanie"])
def test_instructions_headings_of_each_language_open_a_section(heading: str) -> None:
    assert block_reasons([heading, "Den Teig 60 Minuten backen."]) == [None, "instruction step"]


def test_other_headings_open_no_section() -> None:
    texts = ["Reaction", "The opposition said 3,000 jobs were lost in 2022.", "Method", "We asked 2,000 people."]
    assert block_reasons(texts) == [None, None, None, None]


FOOTNOTED = [
    ("body", "en", "The bridge opened in 1932 and carried 40,000 vehicles a day by 1960."),
    ("body", "en", "Its main span of 503 metres was the longest in the world until 1967."),
    ("body", "en", "Smith, John (2001). A History of Bridges in 1900 and 2000. London: Penguin, p. 45. ↩"),
    ("body", "en", "Step 2: Mix 250 g flour with 3 eggs and 200 ml milk. Then bake it for 45 minutes."),
]


def test_footnotes_and_steps_rank_below_the_article_and_are_never_check_worthy(
    resources: Resources, make_document: Callable[..., Document]
) -> None:
    doc = make_document(FOOTNOTED)
    doc.language = "en"
    doc = detect_claims(doc, resources, ClaimsConfig(floor=0.0))
    claims = {claim.sentence: claim for claim in doc.claims}
    article = [claim.rank for sentence, claim in claims.items() if sentence.startswith(("b0.", "b1."))]
    assert len(article) == 2
    for sentence, claim in claims.items():
        if sentence.startswith(("b2.", "b3.")):
            assert claim.label == "not check-worthy", claim
            assert claim.rank > max(article), claim
            reason = "footnote" if sentence.startswith("b2.") else "instruction step"
            assert f"page furniture: {reason}" in claim.reasons, claim
    assert sum(sentence.startswith("b3.") for sentence in claims) == 2  # both sentences of the step
