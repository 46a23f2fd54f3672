"""A second look at sentences matched with their context: the sentence alone, with context, and who said it.

A sentence that leans on the ones before it ("And he did it again in 2011") is looked up with them
(:mod:`sift.match.context`). The context brings the subject but also its own words, and the main re-ranker scores
the pair as if the context were the claim. This step re-orders the candidates of such a sentence with a small
logistic model fitted on CheckThat! 2022 2B debates (``train/match_debate.py``) over what neither search alone
knows: the main model's output with the context and without it, the ranks in both orders, and whether the
fact-check is about a claim of the sentence's own speaker (a PolitiFact check of a debate line is most often of
the line's speaker: 69 % of 2B train gold pairs).

It re-orders only: levelled hits keep their place and their score (the main model's calibrated probability), so
what a page files under "Already fact-checked" does not change; the order of the weak candidates below them does.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sift.errors import ConfigError, InputError
from sift.match.analysis import has_noise
from sift.match.rerank import read_model
from sift.match.signals import FEATURES as MAIN_FEATURES

if TYPE_CHECKING:
    from sift.match.matcher import Candidates, Hit, Matcher

__all__ = [
    "DEFAULT_MODEL",
    "FEATURES",
    "DebateModel",
    "feature_rows",
    "rerank",
    "search_with_context",
    "shipped_model",
    "speaker_key",
    "topic_terms",
]

DEFAULT_MODEL = "resources/match/debate.json"
#: Candidates of the context search the model re-orders (its top by the main model). On 2B train lines with
#: context, a gold fact-check is among the top 20 for 78 % of lines, the top 40 for 84 %; 5-fold CV MAP@5 0.6095
#: at 20, 0.6117 at 40 (pointwise fits; train/match_debate.py, re-run it after a change).
POOL = 40
#: Columns of the main feature matrix the step reads.
_DENSE = MAIN_FEATURES.index("dense_max")
_BM25 = MAIN_FEATURES.index("bm25_log")
_MONTH = MAIN_FEATURES.index("date_month")
_GAP = MAIN_FEATURES.index("date_log_gap")
_KNOWN = MAIN_FEATURES.index("date_known")
#: The model's features, in column order.
FEATURES = (
    "ctx_logit",  # the main model's logit for the pair, searched with the context
    "alone_logit",  # the same for the sentence alone (Candidates.alone: the same candidates, the sentence's words)
    "ctx_rrank",  # 1 / (1 + rank) in the context search's order
    "alone_rrank",  # 1 / (1 + rank) among the same candidates ordered from the sentence alone
    "ctx_dense",  # best cosine of any phrasing with context
    "alone_dense",  # best cosine of the sentence alone or its clauses
    "ctx_bm25",  # log(1 + BM25) of the sentence and context words
    "alone_bm25",  # log(1 + BM25) of the sentence's words
    "speaker_same",  # 1 when the fact-check's claimant is the sentence's speaker (same surname)
    "speaker_other",  # 1 when both are known and differ
    "date_known",  # the main model's date features of the pair
    "date_month",
    "date_log_gap",
    "topic_share",  # share of the fact-check's words said around the sentence (TOPIC_WINDOW sentences each side)
)
#: Sentences each side of a sentence whose words make its topic (the debate's or the page's subject at that point).
TOPIC_WINDOW = 10
_TITLES = re.compile(r"\b(?:MR|MRS|MS|DR|SEN|SENATOR|GOV|GOVERNOR|REP|PRESIDENT)\.?\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DebateModel:
    """Standardised :data:`FEATURES` -> a logit that orders a sentence's candidates (not a probability shown)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    info: dict[str, Any]

    def __post_init__(self) -> None:
        if self.features != FEATURES or not len(self.mean) == len(self.scale) == len(self.coef) == len(FEATURES):
            raise ConfigError("the debate re-ranker's features differ from sift's; run train/match_debate.py")

    def score(self, rows: np.ndarray) -> np.ndarray:
        """The logit of each row (laid out as :data:`FEATURES`)."""
        return ((rows - np.asarray(self.mean)) / np.asarray(self.scale)) @ np.asarray(self.coef) + self.intercept

    @classmethod
    def load(cls, path: Path | None = None) -> DebateModel:
        """The model at ``path``, or sift's own (:data:`DEFAULT_MODEL`); a ConfigError says which is unreadable."""

        def build(data: dict[str, Any]) -> DebateModel:
            return cls(
                features=tuple(data["features"]),
                mean=tuple(float(v) for v in data["mean"]),
                scale=tuple(float(v) for v in data["scale"]),
                coef=tuple(float(v) for v in data["coef"]),
                intercept=float(data["intercept"]),
                info=dict(data.get("info", {})),
            )

        return read_model(path, DEFAULT_MODEL, build, what="the debate re-ranker", script="train/match_debate.py")

    def save(self, path: Path) -> None:
        """Write the model as indented JSON."""
        path.write_text(json.dumps(asdict(self), indent=1) + "\n", encoding="utf-8")


@functools.cache
def shipped_model() -> DebateModel:
    """The model sift ships, read once per process (a page with context should not re-read it)."""
    return DebateModel.load()


@functools.lru_cache(maxsize=4096)  # a page's sentences compare the same candidates' claimants, 40 each
def speaker_key(name: str | None) -> str:
    """A person's surname in lower case: transcripts write "MR. ROMNEY", PolitiFact "Mitt Romney"."""
    words = _TITLES.sub("", name or "").replace(",", " ").split()
    return words[-1].lower().strip(".:") if words else ""


def feature_rows(
    matcher: Matcher, found: Candidates, speaker: str | None, topic: str | None = None, lang: str | None = None
) -> tuple[list[int], np.ndarray]:
    """The :data:`POOL` best candidates of a sentence (indexes into ``found``, best first) and their feature rows.

    A sentence searched with its context has ``found.alone``, the same candidates scored from the sentence alone
    (:meth:`Matcher.candidates_many` gives it): the sentence is retrieved once, with its context, and both views
    read it. A sentence searched without one is its own alone view (the columns repeat, as in training).
    ``topic`` is the text said around the sentence (:func:`sift.match.context.topic_text`), in ``lang``.
    """
    alone = found.alone if found.alone is not None else found
    _, _, ctx_raw = matcher.scored(found)
    alone_raw = ctx_raw if alone is found else matcher.scored(alone, found.cross)[2]
    order = np.argsort(-ctx_raw, kind="stable")[:POOL]
    alone_rank = np.empty(len(alone_raw))
    alone_rank[np.argsort(-alone_raw, kind="stable")] = np.arange(len(alone_raw))
    who = speaker_key(speaker)
    claimants = [speaker_key(found.factchecks[i].claimant) for i in order]
    same = [float(bool(who) and claimant == who) for claimant in claimants]
    other = [float(bool(who) and bool(claimant) and claimant != who) for claimant in claimants]
    ctx, own = found.features[order], alone.features[order]
    topic_share = _topic_share([found.pairs[i].terms for i in order], topic, lang, matcher)
    rows = np.column_stack(
        [
            _logit(ctx_raw[order]),
            _logit(alone_raw[order]),
            1.0 / (1 + np.arange(len(order))),
            1.0 / (1 + alone_rank[order]),
            ctx[:, _DENSE],
            own[:, _DENSE],
            ctx[:, _BM25],
            own[:, _BM25],
            same,
            other,
            ctx[:, _KNOWN],
            ctx[:, _MONTH],
            ctx[:, _GAP],
            topic_share,
        ]
    )
    return [int(i) for i in order], rows.reshape(len(order), len(FEATURES))


def _topic_share(terms: list[frozenset[str]], topic: str | None, lang: str | None, matcher: Matcher) -> np.ndarray:
    """Per candidate, the share of its words (the matcher's terms) that the topic says."""
    said = topic_terms(matcher, topic, lang)
    return np.array([len(own & said) / len(own) if own and said else 0.0 for own in terms])


def topic_terms(matcher: Matcher, topic: str | None, lang: str | None) -> frozenset[str]:
    """The matcher's terms of ``topic`` (in ``lang``; English when unknown).

    A :class:`~sift.match.context.TopicText` is read as the union of its parts' terms, each part read once
    (``Analyzer.term_set``): the same terms, as no term spans two parts (words stop at spaces). Only a topic with a
    URL, handle or tag, whose rewriting may reach past a part, is read whole, as any other text.
    """
    if not topic:
        return frozenset()
    lang = lang or "en"
    parts = getattr(topic, "parts", None)
    if parts is None or has_noise(topic):
        return frozenset(term for term, _ in matcher.analyzer.words(topic, lang))
    return frozenset().union(*(matcher.analyzer.term_set(part, lang) for part in parts))


def rerank(
    matcher: Matcher,
    found: Candidates,
    *,
    k: int,
    speaker: str | None = None,
    topic: str | None = None,
    lang: str | None = None,
    model: DebateModel | None = None,
    explain: int | None = None,
    weak_from: float | None = None,
) -> list[Hit]:
    """The ``k`` best hits of a sentence, re-ordered by the debate model.

    Levelled hits come first as :meth:`Matcher.rank` gives them (same order, same score); the model orders the
    other candidates of the main order's top :data:`POOL`; the rest follow in the main order. ``explain``: only the
    first this many hits get their evidence, the others an empty one (default: all ``k``). ``weak_from``: for a
    caller that reads a sentence's unlevelled hits only when it has no levelled one, and then only its first hit
    scoring at least ``weak_from`` (the match stage's weak candidates): a sentence with a levelled hit, or whose
    unlevelled hits all score under ``weak_from``, keeps the main order (no re-ordering that caller could see).
    """
    # evidence only for the k hits returned (it is a tenth of the stage's time for 40 hits a sentence)
    hits = matcher.rank(found, max(k, POOL), explain=False)
    levelled = [hit for hit in hits if hit.level is not None]
    unseen = weak_from is not None and (levelled or all(hit.score < weak_from for hit in hits))
    if len(levelled) >= k or not found.factchecks or unseen:
        return _explained(matcher, found, hits[:k], explain)
    model = model or shipped_model()
    order, rows = feature_rows(matcher, found, speaker, topic, lang)
    scores = {found.factchecks[i].id: float(s) for i, s in zip(order, model.score(rows), strict=True)}
    rest = [hit for hit in hits if hit.level is None]
    rest.sort(key=lambda hit: -scores.get(hit.factcheck.id, -math.inf))  # stable: unscored keep the main order
    return _explained(matcher, found, [*levelled, *rest][:k], explain)


def _explained(matcher: Matcher, found: Candidates, hits: list[Hit], explain: int | None) -> list[Hit]:
    """``hits`` (ranked without evidence), the first ``explain`` of them (all when ``None``) with their evidence."""
    if explain is None or explain >= len(hits):
        return matcher.explained(found, hits)
    return [*matcher.explained(found, hits[:explain]), *hits[explain:]]


def search_with_context(
    matcher: Matcher,
    texts: Sequence[str],
    *,
    langs: Sequence[str | None],
    variants: Sequence[Sequence[str]],
    contexts: Sequence[str | None],
    dates: Sequence[dt.date | None],
    speakers: Sequence[str | None] | None = None,
    topics: Sequence[str | None] | None = None,
    k: int = 10,
    model: DebateModel | None = None,
    explain: int | None = None,
    weak_from: float | None = None,
) -> list[list[Hit]]:
    """:meth:`Matcher.search_many`, where the hits of each sentence with a context, a speaker or a topic are
    :func:`rerank`-ed.

    Each sentence is retrieved once (one encoder call for the page): with its context when it has one, and the
    matcher scores the same candidates from the sentence alone. Sentences with none of the three are
    :meth:`Matcher.search_many`'s (a lone sentence: the model was fitted on lines said among others).

    Args:
        texts, langs, dates, k: as :meth:`~sift.match.matcher.Matcher.search_many`.
        variants: extra phrasings per text, without the context (e.g. the claim span).
        contexts: per text, the query with its context (:func:`sift.match.context.context_query`) or ``None``.
        speakers: per text, who said it when known (a debate line's speaker, a page sentence's attributed
            person); default: unknown.
        topics: per text, what is said around it (:func:`sift.match.context.topic_text`); default: unknown.
        model: the debate model (default: the one shipped with sift).
        explain: give evidence to the first this many hits of each sentence only, the others an empty one (a
            caller that keeps a sentence's first few hits; default: all ``k``). Used only where hits are re-ranked
            or ranked here, not by the plain search.
        weak_from: as :func:`rerank`'s (a caller that reads unlevelled hits only as weak candidates).

    Raises:
        sift.errors.InputError: as :meth:`~sift.match.matcher.Matcher.search_many`, or ``contexts``/``speakers``
            do not give one entry per text.
    """
    speakers = [None] * len(texts) if speakers is None else list(speakers)
    topics = [None] * len(texts) if topics is None else list(topics)
    if not len(contexts) == len(speakers) == len(topics) == len(texts) == len(variants):
        raise InputError(
            f"search_with_context got {len(texts)} texts, {len(variants)} variant lists, {len(contexts)} contexts, "
            f"{len(speakers)} speakers and {len(topics)} topics; pass one of each per text"
        )
    if not 1 <= k <= 100:
        raise InputError(f"k must be between 1 and 100, got {k}")
    from sift.match.matcher import Matcher

    known = [bool(c or s or t) for c, s, t in zip(contexts, speakers, topics, strict=True)]
    if not any(known) or not isinstance(matcher, Matcher):
        # nothing said around any sentence, or a matcher that gives no candidates (a stand-in): the plain search
        return matcher.search_many(texts, langs=langs, k=k, variants=variants, dates=dates, contexts=contexts)
    found = matcher.candidates_many(texts, langs=langs, variants=variants, dates=dates, contexts=contexts)
    if explain is not None and explain < 0:
        raise InputError(f"explain must be at least 0, got {explain}")
    reorder = functools.partial(rerank, matcher, k=k, model=model, explain=explain, weak_from=weak_from)
    return [
        reorder(candidates, speaker=speaker, topic=topic, lang=lang)
        if use
        else (
            matcher.rank(candidates, k)
            if explain is None
            else _explained(matcher, candidates, matcher.rank(candidates, k, explain=False), explain)
        )
        for candidates, speaker, topic, lang, use in zip(found, speakers, topics, langs, known, strict=True)
    ]


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))
