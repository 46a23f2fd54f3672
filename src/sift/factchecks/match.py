"""Has this already been fact-checked? Hybrid cross-lingual retrieval over the store, then a learned re-ranker.

A query (a sentence, in any language) is embedded whole and as its claim-bearing clauses, looked up in
the vector index and in BM25, and the union of candidates is scored by the re-ranker into a 0..1
probability with a ``match`` / ``possible`` level. Same-language pairs use every feature; pairs across
languages use a model without the lexical ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sift.encoders import Encoder
from sift.errors import InputError
from sift.factchecks.features import PairSignals, QuerySignals, evidence, feature_matrix
from sift.factchecks.index import FactCheckIndex, FactCheckSource, record_text
from sift.factchecks.record import FactCheck
from sift.factchecks.rerank import Reranker
from sift.factchecks.text import Analyzer, claim_clauses, guess_lang, names, numbers, strip_noise

__all__ = ["Candidates", "Hit", "Matcher", "default_index_dir"]

#: Longer queries are cut here (at a space): a claim is a sentence or two, and a 1 MB paste should not
#: cost 1 MB of embedding and BM25 work.
MAX_QUERY_CHARS = 4000
#: Candidates taken from each retriever before re-ranking (per query variant for the vector index).
#: Pool recall (share of gold ids in the pool) on the train split: 0.963 at 20 + 20, 0.970 at 30 + 30.
DENSE_CANDIDATES = 30
BM25_CANDIDATES = 30
MAX_K = 100
#: A ``match`` also needs this cosine between the claim (or a clause) and the fact-check; below it the hit
#: stays ``possible``. Lexical and rank features alone over-promise in small stores (in the 55-record sample,
#: "top of the pool" is easy). On the train split (train/match_reranker.py's candidates, /tmp analysis) 0.55
#: keeps 86 % of the correct ``match`` pairs as ``match``; the rest are still shown as ``possible``.
MATCH_MIN_SIMILARITY = 0.55


@dataclass(frozen=True, slots=True)
class Hit:
    """A fact-check found for a query, with its calibrated score and the evidence behind it."""

    factcheck: FactCheck
    score: float
    level: str | None
    evidence: str


@dataclass
class Candidates:
    """Everything the re-ranker sees for one query (exposed for training and benchmarks)."""

    factchecks: list[FactCheck]
    features: np.ndarray
    cross: np.ndarray
    query: QuerySignals
    pairs: list[PairSignals]
    clauses: list[str | None]


def default_index_dir(location: str) -> Path | None:
    """Where the index of a store lives: beside a store file, in the user cache for a server URL, or nowhere."""
    if not location or location == ":memory:":
        return None
    if "://" in location:
        import platformdirs

        digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:16]
        return Path(platformdirs.user_cache_dir("sift")) / f"match-index-{digest}"
    return Path(f"{location}.index")


class Matcher:
    """Searches a store's fact-checks for a claim; keep one per store and call :meth:`refresh` after inserts."""

    def __init__(
        self,
        store: FactCheckSource,
        encoder: Encoder,
        index: FactCheckIndex,
        reranker: Reranker,
    ) -> None:
        self.store = store
        self.encoder = encoder
        self.index = index
        self.reranker = reranker
        self.analyzer = Analyzer()

    @classmethod
    def open(
        cls,
        store: FactCheckSource,
        *,
        encoder: Encoder,
        index_dir: Path | None = None,
        reranker: Reranker | None = None,
    ) -> Matcher:
        """Open (or build) the index of ``store`` and bring it up to date.

        Args:
            store: anything with the store's read contract (``iter_factchecks``, ``max_seq``, ``get_factcheck``).
            encoder: the sentence encoder; the index remembers its name and is rebuilt if it changes.
            index_dir: where to keep the index (default: :func:`default_index_dir` of ``store.location``).
            reranker: the scoring model (default: the one shipped with sift).

        Returns:
            A matcher whose index covers every record in the store.

        Raises:
            sift.errors.StoreError: the index folder exists but cannot be read or written.
            sift.errors.ConfigError: the re-ranker model cannot be loaded.
        """
        directory = index_dir if index_dir is not None else default_index_dir(store.location)
        index = FactCheckIndex.load(directory, encoder_name=encoder.name, dim=encoder.dim)
        if not index.consistent_with(store):
            index = FactCheckIndex(directory, encoder.name, encoder.dim)
        matcher = cls(store, encoder, index, reranker if reranker is not None else Reranker.load())
        matcher.refresh()
        return matcher

    def refresh(self) -> int:
        """Index records inserted since the last refresh; returns how many were added."""
        return self.index.update(self.store, self.encoder, self.analyzer)

    def search(self, text: str, *, lang: str | None = None, k: int = 10, variants: Sequence[str] = ()) -> list[Hit]:
        """Fact-checks that cover ``text``, best first.

        Args:
            text: the claim or sentence, in any language (cut to ``MAX_QUERY_CHARS``).
            lang: its language code when known; guessed from stop words otherwise.
            k: how many hits to return (1..100).
            variants: extra phrasings of the same claim (e.g. the claim span of a sentence).

        Returns:
            Up to ``k`` hits with 0..1 scores; ``level`` is ``"match"``, ``"possible"`` or ``None``.

        Raises:
            sift.errors.InputError: ``text`` is empty or ``k`` is out of range.
        """
        if not 1 <= k <= MAX_K:
            raise InputError(f"k must be between 1 and {MAX_K}, got {k}")
        found = self.candidates(text, lang=lang, variants=variants)
        if not found.factchecks:
            return []
        scores = np.where(
            found.cross,
            self.reranker.cross.score(found.features),
            self.reranker.mono.score(found.features),
        )
        hits = []
        for i in np.argsort(-scores, kind="stable")[:k]:
            model = self.reranker.cross if found.cross[i] else self.reranker.mono
            score = float(scores[i])
            level = model.level(score)
            if level == "match" and found.pairs[i].dense_max < MATCH_MIN_SIMILARITY:
                level = "possible"
            hits.append(
                Hit(
                    factcheck=found.factchecks[i],
                    score=round(score, 4),
                    level=level,
                    evidence=evidence(found.query, found.pairs[i], found.clauses[i]),
                )
            )
        return hits

    def candidates(self, text: str, *, lang: str | None = None, variants: Sequence[str] = ()) -> Candidates:
        """Retrieve candidates from both indexes and compute their re-ranker features.

        Raises:
            sift.errors.InputError: ``text`` is empty.
        """
        text = strip_noise(_truncate(text))
        lang = (lang or guess_lang(text)).split("-")[0].lower()
        queries = _unique([text, *(v.strip() for v in variants), *claim_clauses(text)])
        vectors = self.encoder.encode(queries)
        # clauses are pieces of the text: adding them to the BM25 query would only re-weight its terms
        terms = self.analyzer.tokens(" ".join([text, *variants]), lang)
        bm25 = self.index.bm25_scores(terms)
        pool = self.index.nearest(vectors, DENSE_CANDIDATES)
        pool.update(self.index.top_rows(bm25, BM25_CANDIDATES))
        rows = sorted(pool)
        # cosine of every query variant with the claim and title vectors: (rows, variants, 2)
        sims = np.einsum("rtd,vd->rvt", self.index.row_vectors(rows), vectors)
        query = QuerySignals(
            terms=frozenset(terms),
            names=frozenset(names(" ".join(queries))),
            numbers=frozenset(numbers(text)),
        )
        factchecks: list[FactCheck] = []
        pairs: list[PairSignals] = []
        clauses: list[str | None] = []
        cross: list[bool] = []
        for i, row in enumerate(rows):
            factcheck = self.store.get_factcheck(self.index.ids[row])
            if factcheck is None:  # deleted from the store since the last refresh
                continue
            record = record_text(factcheck)
            fc_lang = self.index.langs[row]
            top_variant = int(sims[i].max(axis=1).argmax())
            factchecks.append(factcheck)
            cross.append(fc_lang != lang)
            clauses.append(queries[top_variant] if top_variant else None)
            pairs.append(
                PairSignals(
                    terms=frozenset(self.analyzer.tokens(record, fc_lang)),
                    names=frozenset(names(record)),
                    numbers=frozenset(numbers(record)),
                    dense_full=float(sims[i, 0].max()),
                    dense_claim=float(sims[i, :, 0].max()),
                    dense_title=float(sims[i, :, 1].max()),
                    bm25=float(bm25[row]),
                )
            )
        features = feature_matrix(query, pairs)
        return Candidates(factchecks, features, np.array(cross, dtype=bool), query, pairs, clauses)


def _truncate(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InputError("the query text is empty; pass the sentence or claim to look up")
    text = " ".join(text[: MAX_QUERY_CHARS * 2].split())
    if len(text) > MAX_QUERY_CHARS:
        cut = text.rfind(" ", 0, MAX_QUERY_CHARS)
        text = text[: cut if cut > 0 else MAX_QUERY_CHARS]
    return text


def _unique(texts: list[str]) -> list[str]:
    return [t for t in dict.fromkeys(texts) if t]
