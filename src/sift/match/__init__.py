"""The ``match`` stage: looks up each claim-bearing sentence in the injected fact-check matcher."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sift.document import MATCH_FOUND, MATCH_NONE, Document, Match
from sift.encoders import load_encoder
from sift.errors import ConfigError
from sift.pipeline import Resources, register_stage

if TYPE_CHECKING:
    from sift.match.index import FactCheckSource
    from sift.match.matcher import Matcher

__all__ = ["MatchConfig", "match_claims", "provide_matcher", "sentence_speakers"]

#: Block roles whose sentences are looked up (quotes and captions repeat or describe body text).
ROLES = ("body", "related")


@dataclass(frozen=True, kw_only=True)
class MatchConfig:
    """Settings of the ``match`` stage.

    Args:
        claim_min_score: when the claims stage ran, only sentences with a claim score at least this high
            are looked up. Lower than the claims stage's own threshold on purpose: a missed fact-check
            costs more than one extra lookup.
        checkworthy_only: when the claims stage ran, a sentence it labels not check-worthy is not looked up
            (``False``, the default: every sentence reaching ``claim_min_score`` is). Off: on bench/match_pages.py's
            82 pages those sentences were 244 of 766 lookups (0.6x the stage's CPU without them), but on the seed
            (after mono7's model) they carry a ``match`` (the Defence Ministry's claim, "According to the Defense
            Ministry, the United States provided cover…"), a ``possible`` and a weak candidate, which the report
            shows among the page's matches; every other page's output is the same either way.
        max_per_sentence: most matches kept per sentence.
        candidates: hits asked from the matcher per sentence before keeping match/possible ones.
        weak_candidates: most unlevelled hits kept per page (each sentence's best, highest score first),
            shown collapsed as "weak candidates" so a reader can see what almost matched and why not.
        weak_min_score: a weak candidate needs at least this score (an estimated probability): lower
            ones are noise, not leads.
        context_window: a sentence too short, pronoun-led or elliptic to match alone is also looked up with up
            to this many sentences before it in its paragraph (:mod:`sift.match.context`; 0: never).
        context_min_words: a sentence with fewer content words than this counts as too short.
    """

    claim_min_score: float = 0.3
    checkworthy_only: bool = False
    max_per_sentence: int = 3
    candidates: int = 10
    weak_candidates: int = 5
    #: the best unlevelled score of 5 % of the fit half's negative sentences (real page sentences no stored
    #: fact-check covers, bench/data/match-negatives.jsonl); re-run train/match_reranker.py (its info's
    #: ``weak_min_score``, 0.1201) after retraining. At 0.02, 29 % of them showed a weak candidate.
    weak_min_score: float = 0.12
    # Chosen on CheckThat! 2022 2B train (bench/match_2b.py --split train --sweep: windows 1-3 x 4/6/8/10 words,
    # 5-fold CV picks window 2-3 with 10 words in 4 of 5 folds; train MAP@5 0.568 alone -> 0.587, CV 0.581); dev
    # reported once. Re-run the sweep after a change to the matcher or to the rule.
    context_window: int = 2
    context_min_words: int = 10

    def __post_init__(self) -> None:
        if not 0.0 <= self.claim_min_score <= 1.0:
            raise ConfigError(f"match.claim_min_score must be in [0, 1], got {self.claim_min_score}")
        if self.max_per_sentence < 1:
            raise ConfigError(f"match.max_per_sentence must be at least 1, got {self.max_per_sentence}")
        if not self.max_per_sentence <= self.candidates <= 100:
            raise ConfigError(f"match.candidates must be in [max_per_sentence, 100], got {self.candidates}")
        if self.weak_candidates < 0:
            raise ConfigError(f"match.weak_candidates must be at least 0, got {self.weak_candidates}")
        if not 0.0 <= self.weak_min_score <= 1.0:
            raise ConfigError(f"match.weak_min_score must be in [0, 1], got {self.weak_min_score}")
        if not 0 <= self.context_window <= 5:
            raise ConfigError(f"match.context_window must be in [0, 5], got {self.context_window}")
        if self.context_min_words < 0:
            raise ConfigError(f"match.context_min_words must be at least 0, got {self.context_min_words}")


@register_stage(
    "match", config=MatchConfig, requires=("blocks.sentences",), assigns=("matches", "weak_matches", "match_status")
)
def match_claims(doc: Document, resources: Resources, config: MatchConfig) -> Document:
    """Fill ``doc.matches`` from the ``matcher`` service; without one (no store), leave it empty.

    ``doc.match_status`` says whether a levelled match was found (``"found"``/``"none"``; ``None`` without a
    matcher), and ``doc.weak_matches`` keeps the best unlevelled hits of sentences that have no levelled one.

    When ``doc.claims`` is filled, only sentences whose claim score reaches ``claim_min_score`` (and, with
    ``checkworthy_only``, that the claims stage labels check-worthy) are looked up, and the claim span is searched
    along with the sentence. A sentence that leans on the ones before it
    ("And he did it again") is also searched with them (:func:`sift.match.context.context_query`: up to
    ``context_window`` previous sentences of its paragraph, or of the paragraphs before it in the body); the
    context finds and orders fact-checks, but a level needs the sentence's own content (``Matcher.search``). The
    unlevelled candidates of every sentence are re-ordered by :func:`sift.match.debate.rerank`, which also reads
    who said it (:func:`sentence_speakers`: the person the attribution stage found, when it ran first) and what
    the sentences around it say (:func:`sift.match.context.page_topics`). The
    page's publication date dates its sentences (fact-checks from around then rank higher). All sentences go to
    the matcher in one :meth:`~sift.match.matcher.Matcher.candidates_many` call (one encoder call per page).
    """
    doc.matches, doc.weak_matches, doc.match_status = [], [], None
    matcher = resources.optional("matcher")
    if matcher is None:
        return doc
    doc.match_status = MATCH_NONE
    # with the matcher's text tools, loaded only when matching
    from sift.dates import parse_date
    from sift.match.context import page_contexts, page_topics
    from sift.match.debate import TOPIC_WINDOW, search_with_context

    claims = {claim.sentence: claim for claim in doc.claims}
    sentences: list[str] = []
    texts: list[str] = []
    langs: list[str | None] = []
    variants: list[list[str]] = []
    speakers: list[str | None] = []
    said_by = sentence_speakers(doc)
    skipped_label: str | None = None  # the claims package is imported only when its label is asked for
    if config.checkworthy_only:
        from sift.claims import LABEL_NEGATIVE as skipped_label
    for block, sentence, text in doc.iter_sentences(ROLES):
        if not text.strip():
            continue
        extra: list[str] = []
        if doc.claims:
            claim = claims.get(sentence.id)
            if claim is None or claim.score < config.claim_min_score:
                continue
            if skipped_label is not None and claim.label == skipped_label:
                continue
            extra.append(block.text[claim.start : claim.end])
        sentences.append(sentence.id)
        texts.append(text)
        langs.append(block.lang if block.lang not in ("und", "") else None)
        variants.append(extra)
        speakers.append(said_by.get(sentence.id))
    if not texts:
        return doc
    # contexts of the looked-up sentences only (the others are still read as the context of those after them)
    contexts = page_contexts(
        doc,
        ROLES,
        window=config.context_window,
        min_content_words=config.context_min_words,
        sentence_ids=set(sentences),
    )
    with_context: list[str | None] = [contexts.get(sentence_id) for sentence_id in sentences]
    published = parse_date(doc.published)
    topics = page_topics(doc, ROLES, set(sentences), window=TOPIC_WINDOW)
    found = search_with_context(
        matcher,
        texts,
        langs=langs,
        k=config.candidates,
        variants=variants,
        dates=[published] * len(texts),
        contexts=with_context,
        speakers=speakers,
        topics=[topics.get(sentence_id) for sentence_id in sentences],
        # what is kept of a sentence's hits is a prefix of them (levelled hits come first): evidence for it only
        explain=config.max_per_sentence,
        # unlevelled hits are read only as a weak candidate, the first of a sentence without a levelled hit: the
        # others' order is not re-worked (none when no weak candidate is kept)
        weak_from=config.weak_min_score if config.weak_candidates else math.inf,
    )
    weak: list[Match] = []
    for sentence_id, hits in zip(sentences, found, strict=True):
        kept = [hit for hit in hits if hit.level is not None][: config.max_per_sentence]
        doc.matches.extend(Match(sentence=sentence_id, **hit.to_dict()) for hit in kept)
        if not kept and hits and hits[0].score >= config.weak_min_score:
            weak.append(Match(sentence=sentence_id, **hits[0].to_dict()))
    doc.weak_matches = sorted(weak, key=lambda match: -match.score)[: config.weak_candidates]
    doc.match_status = MATCH_FOUND if doc.matches else MATCH_NONE
    return doc


def sentence_speakers(doc: Document) -> dict[str, str]:
    """Sentence id -> the name of the one person the attribution stage says made the statement in it.

    The debate re-ranker compares it with a fact-check's claimant by surname (:func:`sift.match.debate.speaker_key`,
    as it was fitted on 2B debate speakers and PolitiFact claimants): only people are passed, since a surname
    key means nothing for an organisation ("the ministry" against "Russian Ministry of Defence"). Uncertain
    attributions and sentences attributed to two people pass no speaker (sift does not know who said it).
    """
    people = {
        attribution: speaker.name
        for speaker in doc.speakers
        if speaker.kind == "person"
        for attribution in speaker.attributions
    }
    named: dict[str, set[str | None]] = {}
    for attribution in doc.attributions:
        who = None if attribution.is_uncertain else people.get(attribution.id)
        named.setdefault(attribution.sentence, set()).add(who)
    said: dict[str, str] = {}
    for sentence, who in named.items():
        name = who.pop() if len(who) == 1 else None
        if name:
            said[sentence] = name
    return said


def provide_matcher(resources: Resources, store: FactCheckSource, *, index_dir: Path | None = None) -> Matcher:
    """Open a matcher on ``store`` with the pipeline's shared encoder and inject it for the stage.

    Edges (CLI, API, batch) call this once per store; the encoder is loaded through
    ``resources.get("encoder", load_encoder)`` so every stage that embeds text shares one model.

    Returns:
        The matcher, also available to stages as ``resources.optional("matcher")``.

    Raises:
        sift.errors.StoreError: the index beside the store cannot be read or written.
    """
    from sift.match.matcher import Matcher

    matcher = Matcher.open(store, encoder=resources.get("encoder", load_encoder), index_dir=index_dir)
    resources.provide("matcher", matcher)
    return matcher
