"""Session 43, mend43 (issue #18): on a page without long blocks, a short block too unsure on its own follows the
nearest short blocks whose language was told, and undetermined neighbours are told together. Before, only long
blocks (``SHORT_LETTERS``) were context, so "That is the verdict of coach Tom Hart." (English at 0.39) stayed
``und`` after "The match ended in a draw." and was never read for a speaker. Sentences written for this test."""

from __future__ import annotations

from language_helpers import page as _doc

from sift.language import LanguageConfig, detect_languages
from sift.pipeline import Resources

VERDICT = "That is the verdict of coach Tom Hart."


def test_an_unsure_short_block_follows_a_short_block_told(resources: Resources) -> None:
    doc = detect_languages(_doc(("body", "The match ended in a draw."), ("body", VERDICT)), resources, LanguageConfig())
    assert [block.lang for block in doc.blocks] == ["en", "en"]


def test_an_unsure_short_block_follows_a_told_one_after_it(resources: Resources) -> None:
    doc = detect_languages(_doc(("body", VERDICT), ("body", "The match ended in a draw.")), resources, LanguageConfig())
    assert [block.lang for block in doc.blocks] == ["en", "en"]


def test_undetermined_neighbours_are_told_together(resources: Resources) -> None:
    doc = detect_languages(_doc(("body", "Rates will rise."), ("body", VERDICT)), resources, LanguageConfig())
    assert [block.lang for block in doc.blocks] == ["en", "en"]


def test_a_block_confidently_another_language_keeps_it(resources: Resources) -> None:
    doc = _doc(("body", "Das Spiel endete gestern Abend unentschieden."), ("body", VERDICT))
    detect_languages(doc, resources, LanguageConfig())
    assert [block.lang for block in doc.blocks] == ["de", "en"]


def test_alone_an_unsure_block_stays_undetermined(resources: Resources) -> None:
    doc = detect_languages(_doc(("body", VERDICT)), resources, LanguageConfig())
    assert doc.blocks[0].lang == "und"


def test_a_name_too_short_to_tell_stays_undetermined_among_short_blocks(resources: Resources) -> None:
    doc = detect_languages(
        _doc(("body", "The match ended in a draw."), ("caption", "Albu Kamal")), resources, LanguageConfig()
    )
    assert doc.blocks[1].lang == "und"
