"""Context for sentences that cannot be matched alone: the lines said just before them, joined into one query.

A debate line or a news sentence often leans on what came before: "And he did it again in 2011", "That number
has doubled", "Es war die höchste Zahl seit 1990". Alone, neither BM25 nor an embedding knows what "he", "that
number" or "es" is. The best CheckThat! 2022 task 2B systems (debates -> PolitiFact) and Shaar et al. 2021 ("The
Role of Context in Detecting Previously Fact-Checked Claims") gain most from the source-side context: the
previous sentences of the same speaker. Adding context to every sentence also adds noise to sentences that are
complete on their own, so a cheap rule decides: a sentence gets context when it is short (few content words), opens
with a connective or a demonstrative ("and", "but", "this", "such"), or leans on a pronoun without naming anyone.

The context is one extra phrasing of the claim (the previous sentences and the sentence, in reading order): the
matcher embeds it beside the sentence and its clauses and adds its words to the BM25 query, so a complete sentence
keeps its own ranking and a dependent one borrows its subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sift.document import Block, Document
from sift.lexicon.speaker_words import SPEAKER_WORDS
from sift.match.analysis import names, numbers, stop_words

__all__ = ["OPENERS", "TopicText", "context_query", "needs_context", "page_contexts", "page_topics", "topic_text"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
#: The joined context is cut to its last this many characters: a long previous paragraph should not drown the
#: sentence (the matcher cuts queries at 4,000).
MAX_CONTEXT_CHARS = 600


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: First words that make a sentence continue the one before it: connectives and demonstratives (lower case).
OPENERS: dict[str, frozenset[str]] = {
    "en": _words("and but so or because also then thus therefore yet this that these those such which plus nor"),
    "fr": _words("et mais donc or car puis ainsi alors cela ça ceci ce cet cette ces celui celle ceux"),
    "de": _words("und aber doch denn also dann dies diese dieser dieses das dabei damit daher deshalb trotzdem"),
    "es": _words("y pero pues entonces así además esto eso este esta estos estas ese esa esos esas aquello"),
    "pt": _words("e mas pois então assim além isto isso este esta estes estas esse essa esses essas aquilo"),
    "it": _words("e ma però quindi allora così inoltre questo questa questi queste quello quella ciò"),
    "pl": _words("i ale lecz więc zatem także również to ten ta te tego tej tym"),
}


def _pronouns(lang: str) -> frozenset[str]:
    """Third-person and group pronouns of ``lang`` (the speaker lexicon's), whose referent is elsewhere."""
    words = SPEAKER_WORDS.get(lang)
    if words is None:
        return frozenset()
    return words.person_pronouns | words.thing_pronouns | words.singular_pronouns | words.group_pronouns


def needs_context(sentence: str, lang: str, *, min_content_words: int) -> bool:
    """Whether ``sentence`` is too short, pronoun-led or elliptic to be matched alone.

    Short: fewer than ``min_content_words`` words that are not stop words. Elliptic: it opens with a connective
    or a demonstrative (:data:`OPENERS`). Pronoun-led: a pronoun stands for someone, and the sentence names
    nobody (no capitalised word past its start) and gives no number. Rules for en/fr/de/es/pt/it/pl; other
    languages get the length rule alone.
    """
    lang = lang.split("-")[0].lower()
    words = [word.lower() for word in _WORD.findall(sentence)]
    stop = stop_words(lang)
    if sum(word not in stop for word in words) < min_content_words:
        return True
    if not words:
        return False
    if words[0] in OPENERS.get(lang, frozenset()):
        return True
    pronouns = _pronouns(lang)
    return any(word in pronouns for word in words) and not names(sentence) and not numbers(sentence)


def context_query(
    sentence: str,
    before: Sequence[str],
    lang: str,
    *,
    window: int,
    min_content_words: int,
    always: bool = False,
) -> str | None:
    """The sentence with the ones before it (reading order), or ``None`` when it stands alone or none comes before.

    Args:
        sentence: the sentence to match.
        before: the sentences just before it that may carry its context, in reading order (the same paragraph
            or the same speaker's turn); only the last ``window`` are used.
        lang: the sentence's language code.
        window: most previous sentences joined to it (0: never).
        min_content_words: a sentence with fewer content words needs context (:func:`needs_context`).
        always: add the context whatever the rule says (benchmarks measure what the rule saves).
    """
    before = [text.strip() for text in before[len(before) - window :] if text.strip()] if window > 0 else []
    if not before:
        return None
    if not always and not needs_context(sentence, lang, min_content_words=min_content_words):
        return None
    context = " ".join(before)
    if len(context) > MAX_CONTEXT_CHARS:
        cut = context.find(" ", len(context) - MAX_CONTEXT_CHARS)
        context = context[cut + 1 :] if cut >= 0 else context[-MAX_CONTEXT_CHARS:]
    return f"{context} {sentence.strip()}"


class TopicText(str):
    """A topic (:func:`topic_text`): its text, which also keeps the texts it joins with spaces as ``parts``.

    A page's topics overlap (each is 21 sentences, and the next sentence's shares 20 of them): the debate re-ranker
    reads each part's words once (:func:`sift.match.debate.topic_terms`) instead of every topic's text.
    """

    parts: tuple[str, ...]

    def __new__(cls, parts: Sequence[str]) -> TopicText:
        text = super().__new__(cls, " ".join(parts))
        text.parts = tuple(parts)
        return text

    def __getnewargs__(self) -> tuple[tuple[str, ...]]:  # type: ignore[override]  # a copy or pickle keeps the parts
        return (self.parts,)


def topic_text(texts: Sequence[str], i: int, window: int) -> TopicText:
    """What is said around ``texts[i]``: the texts at most ``window`` places before or after it, itself included.

    The debate re-ranker (:mod:`sift.match.debate`) reads a fact-check's words in it: a debate line's subject is
    often named by the moderator's question or a few turns earlier, a news sentence's by its article.
    """
    return TopicText([text.strip() for text in texts[max(0, i - window) : i + window + 1] if text.strip()])


def _runs(doc: Document, roles: Sequence[str]) -> list[list[tuple[str, str, str]]]:
    """The ``(sentence id, text, language)`` runs read in one flow: the body's paragraphs follow on; a related
    snippet, a quote or a caption is a run of its own."""
    runs: list[list[tuple[str, str, str]]] = []
    previous: Block | None = None
    for block, sentence, text in doc.iter_sentences(tuple(roles)):
        if previous is None or (block is not previous and (block.role != "body" or previous.role != "body")):
            runs.append([])
        previous = block
        if text.strip():
            runs[-1].append((sentence.id, text, block.lang))
    return runs


def page_topics(doc: Document, roles: Sequence[str], sentence_ids: set[str], *, window: int) -> dict[str, TopicText]:
    """Sentence id -> :func:`topic_text` of each of ``sentence_ids``, within its run (see :func:`page_contexts`)."""
    found: dict[str, TopicText] = {}
    for run in _runs(doc, roles):
        texts = [text for _, text, _ in run]
        for i, (sentence_id, _, _) in enumerate(run):
            if sentence_id in sentence_ids:
                found[sentence_id] = topic_text(texts, i, window)
    return found


def page_contexts(
    doc: Document,
    roles: Sequence[str],
    *,
    window: int,
    min_content_words: int,
    sentence_ids: set[str] | None = None,
) -> dict[str, str]:
    """Sentence id -> the query with context, for each sentence of a ``roles`` block that needs one.

    A sentence's context is the sentences read just before it: in its paragraph, and across paragraphs of the
    body (an article's paragraphs follow on); a related snippet, a quote or a caption starts afresh. With
    ``sentence_ids`` (the sentences looked up), only those are given one; every sentence is still read as context.
    """
    found: dict[str, str] = {}
    for run in _runs(doc, roles):
        before: list[str] = []
        for sentence_id, text, lang in run:
            if sentence_ids is not None and sentence_id not in sentence_ids:
                before = [*before[-window:], text] if window > 0 else []
                continue
            query = context_query(text, before, lang, window=window, min_content_words=min_content_words)
            if query is not None:
                found[sentence_id] = query
            before = [*before[-window:], text] if window > 0 else []
    return found
