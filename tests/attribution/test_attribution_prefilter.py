"""The German sentence pre-filter (issue #13 part 2): untagged sentences change no frame, and every sentence that
can carry an attribution is tagged."""

from __future__ import annotations

import pytest

from sift.attribution.german import GERMAN, UNTAGGED, german_sentences, german_tokens, load_tagger
from sift.attribution.prefilter import SentenceFilter
from sift.attribution.word_order import find_word_order_frames
from sift.pipeline import Resources

PARAGRAPHS = [
    "Die Sonne schien über dem Hafen. Der Minister sagte, die Lage sei ernst. Er wisse, dass viele Menschen warten."
    " Danach fuhren die Busse ab.",
    "Im Frühjahr blühten die Bäume. Sie schrieb in ihrem Blog, der Termin werde verschoben.",
    "Die Firma baut ein neues Werk. Die Regierung kündigte am Montag neue Hilfen an. Das Werk öffnet im Mai.",
    "„Wir sind bereit“, sagte der Sprecher. Der Zug hielt in Kassel. Laut Polizei gab es keine Verletzten.",
    "Der Bürgermeister wies auf die Kosten hin. Die Straße bleibt gesperrt. Dem Bericht zufolge steigen die Preise.",
    "Die Ministerin erklärte: Wir brauchen mehr Geld. Die Schule liegt am Rand der Stadt.",
    "Die Zahl der Fälle stieg im Herbst. Nach Angaben der Behörde gibt es zwei neue Stationen.",
]


@pytest.fixture(scope="module")
def only(resources: Resources) -> SentenceFilter:
    tagger = resources.get("hanta:de", load_tagger)
    return german_sentences(tagger)


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_untagged_sentences_change_no_frame(resources: Resources, only: SentenceFilter, text: str) -> None:
    tagger = resources.get("hanta:de", load_tagger)
    every = german_tokens(text, tagger)
    filtered = german_tokens(text, tagger, only)
    frames = find_word_order_frames(text, every, GERMAN)
    assert frames  # every paragraph attributes something, and leaves one sentence untagged
    assert find_word_order_frames(text, filtered, GERMAN) == frames
    untagged = {t.sentence for t in filtered if t.pos == UNTAGGED and t.lemma == t.text}
    assert untagged and len(untagged) < len({t.sentence for t in every})
    assert all(t == u for t, u in zip(filtered, every, strict=True) if t.sentence not in untagged)


def test_the_filter_leaves_narration_untagged(only: SentenceFilter) -> None:
    assert not only.keeps(["Die", "Sonne", "schien", "über", "dem", "Hafen", "."])
    assert not only.keeps(["Die", "Straße", "bleibt", "gesperrt", "."])
    assert not only.keeps(["Das", "Werk", "öffnet", "im", "Mai", "."])


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie schrieb einen Brief .",  # ablaut: "schrieb" from the tagger's variants of "schreib"
        "Er nannte die Zahl falsch .",
        "Sie sprach von einem Fehler .",
        "Der Bürgermeister wies auf die Kosten hin .",
        "Die Regierung kündigte neue Hilfen an .",  # separable: "ankündigen"
        "Sie empfiehlt Geduld .",
        "Er äußerte sich nicht .",
        "Er sei bereit .",  # Konjunktiv carries a report on
        "Laut Polizei brennt es .",
        "Dem Bericht zufolge steigen die Preise .",
        "Nach Angaben der Behörde brennt es .",
        "Die Aussagen des Ministers überraschten .",
        "„ Wir kommen “ .",
        "Ministerin Berg : Wir kommen .",
    ],
)
def test_sentences_that_can_attribute_are_tagged(only: SentenceFilter, sentence: str) -> None:
    assert only.keeps(sentence.split())


def test_remembered_word_analyses_tag_as_hanta_does() -> None:
    """The tagger's memos of word analyses (a cost, issue #13) change no tag and no lemma, met once or again, in
    any case."""
    from pathlib import Path

    from HanTa import HanoverTagger

    from sift.attribution.german import remember_words
    from sift.machine_cache import hanta_tagger

    source = Path(HanoverTagger.__file__).with_name("morphmodel_ger.pgz")
    plain = hanta_tagger(source)
    remembering = remember_words(hanta_tagger(source), size=8)  # small: words are forgotten on the way too
    sentences = [german_tokens(text, plain) for text in PARAGRAPHS]
    for _ in range(2):
        assert [german_tokens(text, remembering) for text in PARAGRAPHS] == sentences
    shouted = "DER MINISTER SAGTE, DIE LAGE SEI ERNST."
    assert german_tokens(shouted, remembering) == german_tokens(shouted, plain)
    assert remembering.analyze_forward.cache_info().hits > 0
