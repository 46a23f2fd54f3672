"""Sentence splitting: speed on the seed page and agreement with two English references, against pysbd.

Usage: python bench/segment.py [--max-turns 3000] [--runs 50] [--out bench/results/segment.json]

Measured for sift's rules (``sift.segment.split_sentences``) and, in the same run, for pysbd 0.3.4 (baseline):
- ``seed_ms``: median time to split every paragraph of the seed page (languages from the ``language`` stage);
- ``transcripts``: boundary precision/recall/F1 against the one-sentence-per-line debate transcripts of
  claim-matching/checkthat2022-2b (consecutive lines of one speaker joined by a space into a turn);
- ``polnear``: share of PolNeAR dev attributions whose source, cue and content all fall in one sentence
  (a split inside a quote or before its "…, he said." tail breaks them), and sentences per article
  (which catches a splitter that wins the share by not splitting).
Reads ``../shared/data``; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SEED = REPO / "src" / "sift" / "resources" / "seed-albu-kamal.txt"

Splitter = Callable[[str, str], list[tuple[int, int]]]


def pysbd_splitter() -> Splitter:
    """pysbd with character spans, trimmed like sift's (languages pysbd lacks fall back to English)."""
    import pysbd

    segmenters: dict[str, pysbd.Segmenter] = {}

    def split(text: str, lang: str) -> list[tuple[int, int]]:
        lang = lang if lang in pysbd.languages.LANGUAGE_CODES else "en"
        if lang not in segmenters:
            segmenters[lang] = pysbd.Segmenter(language=lang, clean=False, char_span=True)
        spans = []
        for line_start, line in line_offsets(text):
            for span in segmenters[lang].segment(line):
                start, end = line_start + span.start, line_start + span.end
                stripped = text[start:end].strip()
                if stripped:
                    start += text[start:end].index(stripped)
                    spans.append((start, start + len(stripped)))
        return spans

    return split


def line_offsets(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with its start offset (sift treats a line break as a hard boundary)."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def transcript_turns(max_turns: int) -> list[tuple[str, set[int]]]:
    """Speaker turns of two or more lines as (text, gold sentence end offsets except the last)."""
    path = DATA / "claim-matching" / "checkthat2022-2b" / "transcripts-train-dev.tsv.gz"
    turns: list[tuple[str, set[int]]] = []
    lines: list[str] = []
    previous: tuple[str, str] | None = None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = (row["debate_id"], row["speaker"])
            if key != previous and len(lines) > 1:
                turns.append(join_turn(lines))
                if len(turns) >= max_turns:
                    break
            if key != previous:
                lines = []
            lines.append(row["text"].strip())
            previous = key
    return turns


def join_turn(lines: list[str]) -> tuple[str, set[int]]:
    """One turn's text and the end offsets of all its lines but the last."""
    ends, offset = set(), 0
    for line in lines[:-1]:
        offset += len(line)
        ends.add(offset)
        offset += 1
    return " ".join(lines), ends


def boundary_scores(split: Splitter, turns: list[tuple[str, set[int]]]) -> dict[str, float]:
    """Micro precision, recall and F1 of predicted sentence ends (all but each turn's last)."""
    true_positives = predicted = gold = 0
    for text, ends in turns:
        found = {end for _, end in split(text, "en")[:-1]}
        true_positives += len(found & ends)
        predicted += len(found)
        gold += len(ends)
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "gold": gold}


def polnear_attributions() -> list[tuple[str, list[list[tuple[int, int]]]]]:
    """PolNeAR dev articles with, per attribution of the first annotator, all its source/cue/content spans."""
    articles = []
    with gzip.open(DATA / "attribution" / "polnear" / "dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            attributions = []
            for attribution in article["annotations"][0]["attributions"]:
                parts = [p for role in ("source", "cue", "content") for p in attribution.get(role, [])]
                spans = [(int(s), int(e)) for part in parts for s, e in part["spans"]]
                if spans:
                    attributions.append(spans)
            articles.append((article["text"], attributions))
    return articles


def polnear_scores(split: Splitter, articles: list[tuple[str, list[list[tuple[int, int]]]]]) -> dict[str, float]:
    """Share of attributions inside one sentence, and sentences per article."""
    inside = total = sentences = 0
    for text, attributions in articles:
        spans = split(text, "en")
        sentences += len(spans)
        for parts in attributions:
            total += 1
            low, high = min(s for s, _ in parts), max(e for _, e in parts)
            inside += any(start <= low and high <= end for start, end in spans)
    return {
        "attributions_in_one_sentence": round(inside / total, 4),
        "attributions": total,
        "sentences_per_article": round(sentences / len(articles), 2),
    }


def seed_blocks() -> list[tuple[str, str]]:
    """The seed page's paragraphs with the language the ``language`` stage gives them."""
    from sift.language import build_detector, detect_language

    detector = build_detector()
    paragraphs = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return [(text, detect_language(detector, text)[0]) for text in paragraphs]


def seed_ms(split: Splitter, blocks: list[tuple[str, str]], runs: int) -> float:
    """Median milliseconds to split every seed paragraph once (after one warm-up pass)."""
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        for text, lang in blocks:
            split(text, lang)
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times[1:]), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-turns", type=int, default=3000, help="transcript turns to score (pysbd is slow)")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "segment.json")
    args = parser.parse_args()

    from sift.segment import split_sentences

    splitters = {"sift": split_sentences, "pysbd": pysbd_splitter()}
    blocks = seed_blocks()
    turns = transcript_turns(args.max_turns)
    articles = polnear_attributions()
    result = {
        name: {
            "seed_ms": seed_ms(split, blocks, args.runs),
            "transcripts": boundary_scores(split, turns),
            "polnear": polnear_scores(split, articles),
        }
        for name, split in splitters.items()
    }
    result["data"] = {"transcript_turns": len(turns), "polnear_articles": len(articles), "baseline": "pysbd"}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    sift, pysbd = result["sift"], result["pysbd"]
    share = "attributions_in_one_sentence"
    print(
        f"segment: seed {sift['seed_ms']:.2f} ms vs pysbd {pysbd['seed_ms']:.2f} ms "
        f"({pysbd['seed_ms'] / sift['seed_ms']:.0f}x); transcripts F1 {sift['transcripts']['f1']:.3f} "
        f"vs {pysbd['transcripts']['f1']:.3f}; PolNeAR attributions in one sentence "
        f"{sift['polnear'][share]:.3f} vs {pysbd['polnear'][share]:.3f} "
        f"({sift['polnear']['sentences_per_article']} vs {pysbd['polnear']['sentences_per_article']} sentences/article)"
    )


if __name__ == "__main__":
    main()
