"""The French sentence pre-filter (issue #13 part 2): spaCy parses only the runs of sentences that can carry an
attribution, the other words stay untagged, and the frames are those of the whole parse."""

from __future__ import annotations

from typing import Any

import pytest

from sift.attribution import SPACY_MODELS, _finish
from sift.attribution.french import FRENCH, french_block_tokens, french_sentences, french_tokens
from sift.attribution.prefilter import UNTAGGED, LemmaFilter, _has_quote, spacy_lemmas
from sift.attribution.spacy_models import load_pipeline
from sift.attribution.word_order import find_word_order_frames
from sift.lexicon.gazetteer import build_gazetteer
from sift.pipeline import Resources

PARAGRAPHS = [
    "Le soleil brillait sur le port. Le ministre a précisé que la situation restait grave. Les bus sont partis"
    " ensuite vers le nord.",
    "Au printemps, les arbres fleurissent. Selon la police, il n'y a pas de blessés. La route reste fermée jusqu'à"
    " lundi.",
    "« Nous sommes prêts », a déclaré le porte-parole. Le train s'est arrêté à Lyon. L'usine ouvrira en mai.",
    "La ville construit une nouvelle école. D'après le rapport, les prix augmentent. Le marché a lieu le samedi.",
    "Les négociations reprendront en janvier. Pour la présidente du syndicat, la réforme est injuste.",
    "La ministre a répondu : nous avons besoin d'argent. L'école se trouve au bord de la ville.",
    "Le port était calme.«Nous partons», a dit le capitaine. Le vent soufflait fort. Il préciserait plus tard que"
    " tout allait bien.",
]


@pytest.fixture(scope="module")
def nlp(resources: Resources) -> Any:
    name = SPACY_MODELS["fr"]
    return resources.get(f"spacy:{name}:no-ner", lambda: load_pipeline(name))


@pytest.fixture(scope="module")
def only(nlp: Any) -> LemmaFilter:
    return french_sentences(nlp)


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_unparsed_sentences_change_no_frame(nlp: Any, only: LemmaFilter, text: str) -> None:
    every = french_tokens(nlp(text))
    (filtered,) = french_block_tokens([text], nlp, only, batch_size=8)
    frames = find_word_order_frames(text, every, FRENCH)
    assert frames  # every paragraph attributes something, and leaves a sentence unparsed
    assert find_word_order_frames(text, filtered, FRENCH) == frames
    gazetteer = build_gazetteer()
    assert _finish(text, "fr", frames, filtered, gazetteer) == _finish(text, "fr", frames, every, gazetteer)
    untagged = {t.sentence for t in filtered if t.pos == UNTAGGED and t.lemma == t.text}
    assert untagged and len(untagged) < len({t.sentence for t in every})
    words = [(t.text, t.start, t.end, t.sentence, t.subject) for t in every]
    assert [(t.text, t.start, t.end, t.sentence, t.subject) for t in filtered if t.sentence not in untagged] == [
        word for word in words if word[3] not in untagged
    ]
    assert [(t.text, t.start, t.end, t.sentence) for t in filtered] == [word[:4] for word in words]


def test_a_block_of_kept_sentences_is_parsed_whole(nlp: Any, only: LemmaFilter) -> None:
    text = "Le ministre a dit que tout allait bien. « Nous verrons », a-t-il ajouté."
    (filtered,) = french_block_tokens([text], nlp, only, batch_size=8)
    assert filtered == french_tokens(nlp(text))


def test_a_block_with_nothing_to_attribute_is_not_parsed(nlp: Any, only: LemmaFilter) -> None:
    text = "Le soleil brillait sur le port. L'usine ouvrira en mai."
    (filtered,) = french_block_tokens([text], nlp, only, batch_size=8)
    assert {t.pos for t in filtered} == {UNTAGGED}
    assert find_word_order_frames(text, filtered, FRENCH) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Le soleil brillait sur le port .",
        "L' usine ouvrira en mai .",
        "Aujourd’hui , la route reste fermée .",  # elisions quote nothing
        "C' est l’ été .",
        "Les ouvriers du port travaillent pour la mairie .",  # a "pour" that opens no clause
    ],
)
def test_the_filter_leaves_narration_unparsed(only: LemmaFilter, sentence: str) -> None:
    assert not only.keeps(sentence.split())


@pytest.mark.parametrize(
    "sentence",
    [
        "Il préciserait sa position .",  # a form the lexicon does not list: its lemma, by spaCy's suffix rules
        "Elle dit non .",
        "Ils écrivirent une lettre .",  # passé simple: spaCy's exceptions
        "Le maire a répondu aux critiques .",
        "Mais pour le maire , c' est fini .",
        "Comme l' écrit le journal , la ville change .",
        "D'après la police , tout va bien .",
        "Selon la police , tout va bien .",
        "« Nous venons » .",
        "Ministre Dupont : nous venons .",
        "Les déclarations du ministre ont surpris .",
        "Le journal cite un conseiller .",
        "Citant la police , le journal parle de deux blessés .",  # a relay's "citant" (lemma "citer")
        "Il a conclu son discours .",
    ],
)
def test_sentences_that_can_attribute_are_parsed(only: LemmaFilter, sentence: str) -> None:
    assert only.keeps(sentence.split())


def test_every_lemma_spacy_gives_is_among_the_filters_lemmas(nlp: Any) -> None:
    lemmas = spacy_lemmas(nlp)
    doc = nlp(" ".join(PARAGRAPHS) + " Elles écrivirent qu'ils étaient venus ; nous le dirions aussi.")
    missing = [(t.text, t.lemma_) for t in doc if not t.is_space and t.lemma_.lower() not in lemmas(t.text)]
    assert missing == []


def test_a_particle_completes_a_cue_before_or_after_its_verb() -> None:
    only = LemmaFilter((), {"ankündigen"}, (), lambda word: {"kündigen"} if word == "kündigte" else set())
    assert only.keeps(["Sie", "kündigte", "Hilfen", "an", "."])
    assert only.keeps(["an", "kündigte"])
    assert not only.keeps(["Sie", "kündigte", "Hilfen", "."])
    assert not only.keeps(["Sie", "baute", "an", "."])


@pytest.mark.parametrize(("word", "quoted"), [("«", True), ("'", True), ("’Nous", True), ("l’", False), ("qu'", False)])
def test_an_apostrophe_after_a_letter_is_no_quotation_mark(word: str, quoted: bool) -> None:
    assert _has_quote(word) is quoted
