"""Short blocks (headings, captions) follow the language of the surrounding text unless confidently another."""

from __future__ import annotations

import dataclasses

from language_helpers import page as _doc

from sift.language import LanguageConfig, detect_languages
from sift.pipeline import Resources

GERMAN = (
    "Der Onlinehändler bietet an diesem Wochenende laut eigener Aussage knapp tausend Artikel um bis zu vierzig "
    "Prozent im Preis reduziert an. Die Preisnachlässe gelten nur bis Montag."
)
ENGLISH = (
    "The ministry said on Tuesday that the convoy had left the city before the strikes began, and that the "
    "photos it published earlier had been taken from a video game."
)


def test_a_german_subheading_follows_the_german_article(resources: Resources) -> None:
    heading = "Niedlicher Roboter-Spielkamerad: Anki Cozmo"  # the trigram-only mode calls it Polish at 1.0
    doc = detect_languages(_doc(("body", GERMAN), ("body", heading), ("body", GERMAN)), resources, LanguageConfig())
    assert [block.lang for block in doc.blocks] == ["de", "de", "de"]


def test_a_short_block_confidently_in_another_language_keeps_it(resources: Resources) -> None:
    doc = _doc(("body", ENGLISH), ("related", "Le refus des États-Unis de bombarder Daech"), ("body", ENGLISH))
    detect_languages(doc, resources, LanguageConfig())
    assert doc.blocks[1].lang == "fr"


def test_rows_of_names_and_numbers_follow_the_text_around_them(resources: Resources) -> None:
    """A standings table on a Portuguese page: its rows were Danish, Czech, Finnish (invented names here)."""
    rows = ["2 | Martin Ostrander Jr. | 5035 | 7 | 0", "3 | Kevin Harwell | 5033 | 4 | 6", "8 | Brad Keslowicz | 2318"]
    intro = "Nesta página você terá sempre a classificação atualizada do campeonato até a última corrida da temporada."
    doc = detect_languages(_doc(("body", intro), *(("body", row) for row in rows)), resources, LanguageConfig())
    assert [block.lang for block in doc.blocks] == ["pt"] * 4
    # a title-case heading without figures is still weighed on its own
    doc = _doc(("body", GERMAN), ("related", "Russia Says America Helped The Islamic State"), ("body", GERMAN))
    assert detect_languages(doc, resources, LanguageConfig()).blocks[1].lang == "en"


def test_a_name_too_short_to_tell_stays_undetermined(resources: Resources) -> None:
    doc = detect_languages(_doc(("caption", "Albu Kamal"), ("body", ENGLISH)), resources, LanguageConfig())
    assert doc.blocks[0].lang == "und"


def test_the_context_check_can_be_turned_off(resources: Resources) -> None:
    heading = "Niedlicher Roboter-Spielkamerad: Anki Cozmo"
    doc = _doc(("body", GERMAN), ("body", heading), ("body", GERMAN))
    detect_languages(doc, resources, LanguageConfig(short_letters=0))
    assert doc.blocks[1].lang != "de"  # what the block alone gets: the reason for the check


def test_long_blocks_are_never_overridden(resources: Resources) -> None:
    doc = detect_languages(_doc(("body", GERMAN), ("body", ENGLISH), ("body", GERMAN)), resources, LanguageConfig())
    assert [block.lang for block in doc.blocks] == ["de", "en", "de"]


def test_the_stage_s_first_choices_weigh_short_blocks_as_lingua_asked_again_does(resources: Resources) -> None:
    """The stage hands its first choices to the context pass (a cost, issue #13): the same languages and
    confidences as asking lingua again, for short blocks undecided, confident, letterless (min_letters 0) or long
    only past the scored start."""
    from sift.language import _follow_context

    blocks = [
        ("body", GERMAN),
        ("body", "Niedlicher Roboter-Spielkamerad"),  # undecided in the low mode
        ("related", "Le refus des États-Unis de bombarder Daech"),
        ("caption", "2024 | 17"),
        ("body", "Fazit"),
        ("body", "1 " * 40 + "Die Lage ist ernst, sagte der Minister am Dienstag in Berlin vor den Abgeordneten."),
        ("body", ENGLISH),
        ("body", "Brexit: what happens next"),
    ]
    for config in (LanguageConfig(), LanguageConfig(min_letters=0), LanguageConfig(max_chars=60)):
        staged = detect_languages(_doc(*blocks), resources, config)
        asked = detect_languages(_doc(*blocks), resources, dataclasses.replace(config, short_letters=0))
        _follow_context(asked.blocks, resources, config)  # no first choices: lingua is asked again
        pairs = [(b.lang, b.lang_confidence) for b in staged.blocks]
        assert pairs == [(b.lang, b.lang_confidence) for b in asked.blocks]
