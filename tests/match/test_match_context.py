"""Context for sentences that cannot be matched alone: when the rule fires and what query it builds."""

from __future__ import annotations

import pytest
from test_match_stage import HITS, FakeMatcher

from sift.document import Block, Document, Sentence, Source
from sift.errors import ConfigError
from sift.match import MatchConfig, match_claims
from sift.match.context import context_query, needs_context, page_topics, topic_text
from sift.pipeline import Resources

SAID = "The unemployment rate in Ohio fell to 4.1 percent last year."


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("And he did it again.", "en"),  # short
        ("But the number of people out of work in the state has doubled since the last election.", "en"),  # opener
        ("They have cut the budget for schools and roads across the whole state this year.", "en"),  # pronoun
        ("Cela a coûté beaucoup plus cher que prévu à tous les contribuables du pays entier.", "fr"),
        ("Sie haben die Steuern für alle Familien im ganzen Land deutlich erhöht, sagte sie.", "de"),
    ],
)
def test_dependent_sentences_need_context(sentence: str, lang: str) -> None:
    assert needs_context(sentence, lang, min_content_words=8)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Barack Obama doubled the national debt of the United States during his eight years in office.", "en"),
        ("They said the Ohio budget for schools and roads was cut by 30 percent in 2011 and 2012.", "en"),
        ("Le gouvernement Macron a supprimé l'impôt sur la fortune des riches contribuables en 2018.", "fr"),
    ],
)
def test_complete_sentences_stand_alone(sentence: str, lang: str) -> None:
    assert not needs_context(sentence, lang, min_content_words=8)


def test_the_query_joins_the_last_sentences_in_reading_order() -> None:
    before = ["Schools were closed.", SAID]
    assert context_query("And he did it again.", before, "en", window=1, min_content_words=8) == (
        f"{SAID} And he did it again."
    )
    joined = context_query("And he did it again.", before, "en", window=2, min_content_words=8)
    assert joined == f"Schools were closed. {SAID} And he did it again."


def test_no_context_without_a_sentence_before_or_when_switched_off() -> None:
    assert context_query("And he did it again.", [], "en", window=2, min_content_words=8) is None
    assert context_query("And he did it again.", [SAID], "en", window=0, min_content_words=8) is None
    complete = "Barack Obama doubled the national debt of the United States during his eight years in office."
    assert context_query(complete, [SAID], "en", window=2, min_content_words=8) is None
    assert context_query(complete, [SAID], "en", window=2, min_content_words=8, always=True) == f"{SAID} {complete}"


def test_a_long_context_keeps_its_end() -> None:
    before = ["word " * 400 + "Ohio cut taxes."]
    joined = context_query("It did.", before, "en", window=1, min_content_words=8)
    assert joined is not None and joined.endswith("Ohio cut taxes. It did.") and len(joined) < 700


def _page() -> Document:
    first = "Ohio cut its school budget by 30 percent in 2011."
    second = "It did so again."
    body = f"{first} {second}"
    related = "It was a lie."
    return Document(
        id="d1",
        source=Source(kind="text", location="-", sha256="0"),
        blocks=[
            Block(
                "b0",
                "body",
                body,
                lang="en",
                sentences=[Sentence("b0.s0", 0, len(first)), Sentence("b0.s1", len(first) + 1, len(body))],
            ),
            Block("b1", "related", related, lang="en", sentences=[Sentence("b1.s0", 0, len(related))]),
        ],
    )


def test_the_stage_looks_up_a_dependent_sentence_with_the_one_before_it() -> None:
    fake = FakeMatcher(HITS)
    match_claims(_page(), Resources(matcher=fake), MatchConfig())
    contexts = fake.contexts
    assert contexts["It did so again."] == "Ohio cut its school budget by 30 percent in 2011. It did so again."
    assert contexts["Ohio cut its school budget by 30 percent in 2011."] is None
    assert contexts["It was a lie."] is None  # a related snippet does not borrow the article's sentences
    assert all(extra == () for _, _, extra in fake.calls)  # a context is not a phrasing of the claim


def test_the_stage_without_context() -> None:
    fake = FakeMatcher(HITS)
    match_claims(_page(), Resources(matcher=fake), MatchConfig(context_window=0))
    assert all(extra == () for _, _, extra in fake.calls)
    assert set(fake.contexts.values()) == {None}


def test_context_settings_are_checked() -> None:
    with pytest.raises(ConfigError, match="context_window"):
        MatchConfig(context_window=9)
    with pytest.raises(ConfigError, match="context_min_words"):
        MatchConfig(context_min_words=-1)


def test_the_topic_is_what_is_said_around_a_sentence() -> None:
    texts = ["one", "two", " ", "three", "four", "five"]
    assert topic_text(texts, 3, 2) == "two three four five"  # blanks are skipped, the sentence itself is in
    assert topic_text(texts, 0, 1) == "one two"
    assert topic_text(texts, 5, 0) == "five"


def test_a_page_topic_stays_within_the_body_or_its_own_block() -> None:
    doc = _page()
    topics = page_topics(doc, ("body", "related"), {"b0.s1", "b1.s0"}, window=10)
    assert topics == {
        "b0.s1": "Ohio cut its school budget by 30 percent in 2011. It did so again.",
        "b1.s0": "It was a lie.",  # a related snippet is not the article's topic
    }
    assert page_topics(doc, ("body",), {"b1.s0"}, window=10) == {}
