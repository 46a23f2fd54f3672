"""The word-order rules' shortcuts (tput11, issue #13) find the same frames as the full scans they skip.

``_according_first`` returns at once for a token no "according to" phrase ends with, and ``_is_cue`` looks for a
separated particle among the sentence's particles only (``_Clause.particles``); German tags are mapped to parts of
speech once per tag. Each block below is read with the shortcuts and with them turned off (every word may end a
phrase, every token counts as a place to look for a particle), and the frames must be equal. Hand-made sentences,
none from the real-page sets."""

from __future__ import annotations

from typing import Any

import pytest

from sift.attribution import german, word_order
from sift.attribution.german import GERMAN, german_tokens, load_tagger
from sift.attribution.table_tagger import load_dictionary, load_lemmatizer, table_tokens
from sift.lexicon.languages import LANGUAGES

GERMAN_BLOCKS = [
    "Laut Angaben der Polizei wurde niemand verletzt. Nach ersten offiziellen Angaben der Länder steigt die Zahl.",
    "Die Ministerin gab am Montag bekannt, dass die Regeln gelten. Der Verband teilte mit, es gebe keine Pläne.",
    "„Wir sind zufrieden“, sagte der Sprecher. Dem Bericht zufolge fehlen Lehrer. Eigenen Angaben nach ist es so.",
    "Der Minister kündigte die Reform gestern im Landtag an. Dies geht aus einem Bericht der Stadt hervor.",
]
TABLE_BLOCKS = [
    ("es", "Según el ministro, la medida es necesaria. De acuerdo con la policía, no hubo heridos."),
    ("es", '"No habrá ruptura", dijo el secretario general del partido. Según fuentes oficiales, todo sigue igual.'),
    ("pl", "Według ministra zdrowia sytuacja jest stabilna. Jak podała policja, nikt nie został ranny."),
    ("it", "Secondo il ministro, la misura è necessaria. Stando alle fonti, il governo ha deciso."),
    ("pt", "Segundo o governo, a proposta é inconstitucional. De acordo com a polícia, ninguém ficou ferido."),
]


class _Anything:
    """A set holding every word: ``_according_first`` then reads every token's phrase, as before the shortcut."""

    def __contains__(self, word: object) -> bool:
        return True


def _every_token(clause: Any) -> None:
    object.__setattr__(clause, "particles", tuple(range(clause.first, clause.last + 1)))


def _frames_both_ways(monkeypatch: pytest.MonkeyPatch, text: str, tokens: list[Any], lexicon: Any) -> tuple[Any, Any]:
    fast = word_order.find_word_order_frames(text, tokens, lexicon)
    with monkeypatch.context() as patched:
        patched.setattr(word_order, "_last_words", lambda phrases: _Anything())
        patched.setattr(word_order._Clause, "__post_init__", _every_token)
        full = word_order.find_word_order_frames(text, tokens, lexicon)
    return fast, full


@pytest.fixture(scope="module")
def tagger() -> Any:
    return load_tagger()


@pytest.mark.parametrize("text", GERMAN_BLOCKS)
def test_german_frames_same_without_shortcuts(monkeypatch: pytest.MonkeyPatch, tagger: Any, text: str) -> None:
    tokens = german_tokens(text, tagger)
    fast, full = _frames_both_ways(monkeypatch, text, tokens, GERMAN)
    assert fast, "each block has a frame"
    assert fast == full


@pytest.mark.parametrize(("lang", "text"), TABLE_BLOCKS)
def test_table_language_frames_same_without_shortcuts(monkeypatch: pytest.MonkeyPatch, lang: str, text: str) -> None:
    tokens = table_tokens(text, LANGUAGES[lang], load_lemmatizer(lang), None, load_dictionary(lang))
    fast, full = _frames_both_ways(monkeypatch, text, tokens, word_order.rules_lexicon(LANGUAGES[lang]))
    assert fast, "each block has a frame"
    assert fast == full


def test_particles_are_the_sentences_part_tokens(tagger: Any) -> None:
    text = GERMAN_BLOCKS[1]
    tokens = german_tokens(text, tagger)
    clause = word_order._Clause(text, tokens, 0, len(tokens) - 1, [], GERMAN)
    assert clause.particles == tuple(k for k, token in enumerate(tokens) if token.pos == "PART")
    assert any(tokens[k].text == "bekannt" or tokens[k].text == "mit" for k in clause.particles)


def test_coarse_tag_remembered_is_the_tag_worked_out(tagger: Any) -> None:
    tags = {tag for text in GERMAN_BLOCKS for _, _, tag in tagger.tag_sent(text.split())}
    tags |= {"NN", "NE", "VVFIN", "VAFIN", "VMFIN", "APPRART", "PTKVZ", "PROAV", "$.", "XY", "FM", "ITJ"}
    for tag in sorted(tags):
        assert german._coarse(tag) == german._coarse.__wrapped__(tag)
