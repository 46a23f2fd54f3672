"""The one quote table: every reader's pairs come from it, and German »…« and „…“ are in it."""

from __future__ import annotations

from sift.lexicon.quotes import QUOTE_PAIRS, closers, pairs


def test_german_french_polish_and_swedish_styles_pair() -> None:
    table = closers()
    assert "«" in table["»"] and "»" in table["»"]  # German »…«, Swedish »…»
    assert table["„"] == "“”"  # German „…“, Polish „…”
    assert table["«"] == "»"
    assert table["「"] == "」"


def test_single_marks_and_typed_closers_only_on_request() -> None:
    assert "‘" not in closers() and '"' not in closers()["“"]
    assert closers(singles=True)["‘"] == "’"
    assert closers(mixed=True)["“"] == '”"'


def test_openers_filter_keeps_table_order() -> None:
    assert pairs(openers="«„") == (("„", "“"), ("„", "”"), ("«", "»"))
    assert all(pair.opener and pair.closer for pair in QUOTE_PAIRS)
