"""The per-page analysis budget: long paragraphs become windows, text past the budget is listed, not analysed."""

from __future__ import annotations

import pytest

from sift.errors import ConfigError, InputError
from sift.extract import ExtractConfig, extract_page
from sift.extract.budget import MAX_BLOCK_CHARS, MAX_PAGE_CHARS, bound_pieces, split_long_text
from sift.extract.result import Piece

SENTENCE = "The ministry said on Monday that the convoy had left the city before dawn. "


def test_windows_end_at_sentence_ends_and_keep_every_word() -> None:
    text = (SENTENCE * 200).strip()
    windows = split_long_text(text, 1000)
    assert len(windows) > 1
    assert all(len(window) <= 1000 for window in windows)
    assert all(window.endswith("dawn.") for window in windows)
    assert " ".join(windows).split() == text.split()


def test_windows_without_sentence_ends_cut_at_spaces_then_anywhere() -> None:
    words = " ".join(["convoy"] * 2000)
    assert all(len(w) <= 1000 and not w.endswith("conv") for w in split_long_text(words, 1000))
    assert " ".join(split_long_text(words, 1000)).split() == words.split()
    solid = "x" * 2500
    assert split_long_text(solid, 1000) == ["x" * 1000, "x" * 1000, "x" * 500]


def test_short_text_is_one_window() -> None:
    assert split_long_text("  One sentence.  ", 1000) == ["One sentence."]


def test_pieces_past_the_budget_are_removed_with_the_reason() -> None:
    pieces = [
        Piece("body", (SENTENCE * 30).strip(), anchor="a"),
        Piece("related", "Read this too."),
        Piece("body", "x"),
    ]
    kept, removed = bound_pieces(pieces, max_block_chars=1000, max_chars=1500)
    assert sum(len(piece.text) for piece in kept) <= 1500
    assert all(len(piece.text) <= 1000 for piece in kept)
    assert [piece.anchor for piece in kept] == ["a", ""]  # the anchor stays with the paragraph's first window
    assert removed is not None and "analysis budget of 1,500 characters" in removed.reason
    assert removed.text.endswith("Read this too.\n\nx")
    analysed = " ".join(piece.text for piece in kept) + " " + removed.text
    assert analysed.split() == " ".join(piece.text for piece in pieces).split()


def test_pieces_within_the_budget_are_untouched() -> None:
    pieces = [Piece("body", "A short paragraph."), Piece("quote", "A quotation.")]
    assert bound_pieces(pieces, max_block_chars=1000, max_chars=1000) == (pieces, None)


def test_a_ten_megabyte_line_is_read_within_the_budget() -> None:
    """Reproduction #1: a 10 MB single line reached spaCy whole ([E088] text exceeds max_length)."""
    raw = (SENTENCE * (10_000_000 // len(SENTENCE))).strip()
    result = extract_page(raw, "text/plain", ExtractConfig(), "long.txt")
    assert all(len(piece.text) <= MAX_BLOCK_CHARS for piece in result.pieces)
    assert MAX_PAGE_CHARS - MAX_BLOCK_CHARS < sum(len(piece.text) for piece in result.pieces) <= MAX_PAGE_CHARS
    beyond = [removed for removed in result.removed if "analysis budget" in removed.reason]
    assert len(beyond) == 1 and len(beyond[0].text) > 9_000_000


def test_budget_settings_are_checked() -> None:
    with pytest.raises(ConfigError, match="max_block_chars"):
        ExtractConfig(max_block_chars=10)
    with pytest.raises(ConfigError, match="max_chars"):
        ExtractConfig(max_chars=0)


def test_a_page_nested_past_the_parsers_depth_says_so() -> None:
    """Issue 17 extra: HTML nested 254 levels and more lost its text silently ('no article text found')."""
    text = "The ministry said on Monday that the bridge over the river was closed for repairs. " * 10
    deep = f"<html><body>{'<div>' * 300}<p>{text}</p>{'</div>' * 300}</body></html>"
    with pytest.raises(InputError, match="nest more than 255 levels deep"):
        extract_page(deep, "text/html", ExtractConfig(), "deep.html")
    shallow = f"<html><body>{'<div><br>' * 200}<p>{text}</p>{'</div>' * 200}</body></html>"
    assert "bridge over the river" in extract_page(shallow, "text/html", ExtractConfig(), "shallow.html").pieces[0].text
