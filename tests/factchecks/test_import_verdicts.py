"""Publishers' ratings in six languages and numeric schemes map onto sift's verdicts."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from sift.factchecks.record import VERDICTS
from sift.factchecks.verdicts import normalise_verdict, scale_verdict

CASES = [
    ("False", "en", "false"),
    ("FALSE.", None, "false"),
    ("Faux", "fr", "false"),
    ("Falsch", "de", "false"),
    ("Falso", "es", "false"),
    ("Falso", "it", "false"),
    ("Falso", "pt-BR", "false"),
    ("Fake", "en", "false"),
    ("Pants on Fire!", "en", "false"),
    ("Four Pinocchios", "en", "false"),
    ("Altered", "en", "false"),
    ("Manipuliert", "de", "false"),
    ("Not true", "en", "false"),
    ("Non è vero", "it", "false"),
    ("Stimmt nicht", "de", "false"),
    ("Bulo", "es", "false"),
    ("Mostly False", "en", "mostly-false"),
    ("Barely True", "en", "mostly-false"),
    ("pants-fire", "en", "false"),
    ("Überwiegend falsch", "de", "mostly-false"),
    ("Plutôt faux", "fr", "mostly-false"),
    ("Misleading", "en", "mostly-false"),
    ("Trompeur", "fr", "mostly-false"),
    ("Irreführend", "de", "mostly-false"),
    ("Engañoso", "es", "mostly-false"),
    ("Enganoso", "pt", "mostly-false"),
    ("Fuorviante", "it", "mostly-false"),
    ("Out of context", "en", "mostly-false"),
    ("Missing context", "en", "mostly-false"),
    ("Sorti de son contexte", "fr", "mostly-false"),
    ("Half True", "en", "mixed"),
    ("Mixture", "en", "mixed"),
    ("Partiellement faux", "fr", "mixed"),
    ("Teilweise richtig", "de", "mixed"),
    ("Halbwahr", "de", "mixed"),
    ("Verdad a medias", "es", "mixed"),
    ("Nì", "it", "mixed"),
    ("C'est plus compliqué", "fr", "mixed"),
    ("Meia verdade", "pt", "mixed"),
    ("Mostly True", "en", "mostly-true"),
    ("Plutôt vrai", "fr", "mostly-true"),
    ("Weitgehend richtig", "de", "mostly-true"),
    ("C'eri quasi", "it", "mostly-true"),
    ("True", "en", "true"),
    ("Correct", "en", "true"),
    ("Vrai", "fr", "true"),
    ("Richtig", "de", "true"),
    ("Verdadero", "es", "true"),
    ("Vero", "it", "true"),
    ("Verdadeiro", "pt", "true"),
    ("Unproven", "en", "unproven"),
    ("Unverified", "en", "unproven"),
    ("Non prouvé", "fr", "unproven"),
    ("Unbelegt", "de", "unproven"),
    ("Sin pruebas", "es", "unproven"),
    ("Sem provas", "pt", "unproven"),
    ("Satire", "en", "other"),
    ("Satirique", "fr", "other"),
    ("Flip-flop", "en", "other"),
    ("", None, "other"),
    ("   ", "en", "other"),
    ("1/5", None, "false"),
    ("2/5", None, "mostly-false"),
    ("3 out of 5", None, "mixed"),
    ("4 sur 5", "fr", "mostly-true"),
    ("5/5", None, "true"),
    ("0/10", None, "false"),
    ("7/5", None, "other"),
]


@pytest.mark.parametrize(("rating", "language", "expected"), CASES)
def test_normalise_verdict(rating: str, language: str | None, expected: str) -> None:
    assert normalise_verdict(rating, language) == expected


def test_every_result_is_a_known_verdict() -> None:
    assert {expected for _, _, expected in CASES} == set(VERDICTS)


@pytest.mark.parametrize(
    ("value", "best", "worst", "expected"),
    [(1, 5, 1, "false"), (5, 5, 1, "true"), (3, 5, 1, "mixed"), (-1, 1, -1, "false"), (2, 2, 2, "other")],
)
def test_scale_verdict(value: float, best: float, worst: float, expected: str) -> None:
    assert scale_verdict(value, best, worst) == expected


SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
POLITIFACT_VCLAIMS = SHARED / "claim-matching" / "checkthat2022-2b" / "vclaims.jsonl.gz"
POLITIFACT = {
    "true": "true",
    "mostly-true": "mostly-true",
    "half-true": "mixed",
    "barely-true": "mostly-false",
    "false": "false",
    "pants-fire": "false",
    "full-flop": "other",
    "half-flip": "other",
    "no-flip": "other",
}


@pytest.mark.shared_data
def test_every_politifact_rating_in_checkthat_2b_maps_as_politifact_means_it() -> None:
    if not POLITIFACT_VCLAIMS.exists():
        pytest.skip(f"shared data absent: {POLITIFACT_VCLAIMS}")
    with gzip.open(POLITIFACT_VCLAIMS, "rt", encoding="utf-8") as handle:
        ratings = Counter(json.loads(line)["verdict"] for line in handle)
    assert set(ratings) == set(POLITIFACT)
    assert {rating: normalise_verdict(rating, "en") for rating in ratings} == POLITIFACT
