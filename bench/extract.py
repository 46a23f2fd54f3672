"""Article-body quality and speed of sift's HTML extraction against plain ``trafilatura.extract``.

Usage: python bench/extract.py [--data ../shared/data/extraction/scrapinghub] [--out bench/results/extract.json]
       [--focus precision|balanced|recall] [--fast] [--no-tables] [--no-captions] [--repeat 1]

Scores with the Zyte/Scrapinghub article-extraction-benchmark metric (its ``evaluate.py``): 4-gram shingles of
``\\w+`` tokens, per-page precision and recall normalised by the page's shingle count, averaged over pages,
F1 from the averages. sift's text is its body, quote and caption blocks (not related). The baseline,
``trafilatura.extract(html)`` with default settings, runs page by page interleaved with sift so both see
the same machine load; pages/s count CPU seconds of this process (single-threaded work), so other jobs on a
shared machine do not skew the ratio.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "extraction" / "scrapinghub"
SHINGLE_N = 4
_TOKEN_RE = re.compile(r"\w+")

Counts = tuple[float, float, float]
WARM_UP_PAGE = (
    "<html><body><article><h1>Warm-up</h1><p>"
    + "Published on 3 March 2021, this paragraph exists only to load every lazy module. " * 5
    + "</p></article></body></html>"
)


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """4-gram shingles of ``\\w+`` tokens (a shorter text is one short shingle), as upstream."""
    tokens = _TOKEN_RE.findall(text)
    return Counter(tuple(tokens[i : i + SHINGLE_N]) for i in range(max(1, len(tokens) - SHINGLE_N + 1)) if tokens)


def shingle_counts(true: str, pred: str) -> Counts:
    """True positive, false positive and false negative shingles, normalised to sum to 1 per page."""
    expected, found = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in expected.keys() | found.keys():
        tp += min(expected[key], found[key])
        fp += max(0, found[key] - expected[key])
        fn += max(0, expected[key] - found[key])
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(hit: float, miss: float, other_miss: float) -> float:
    """Upstream's precision/recall: 1 when nothing was missed either way, 0 when nothing was hit."""
    if miss == other_miss == 0:
        return 1.0
    return hit / (hit + miss) if hit + miss else 0.0


def summarise(counts: list[Counts]) -> dict[str, float]:
    """Mean precision over pages with a prediction, mean recall over pages with a truth, and their F1."""
    precision = statistics.mean(_ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0)
    recall = statistics.mean(_ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


def load_pages(data: Path, limit: int | None) -> list[tuple[str, str, str]]:
    """``(id, html, true body)`` for each page of the benchmark, in id order."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        with gzip.open(data / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as handle:
            pages.append((key, handle.read(), truth[key].get("articleBody", "")))
    return pages


def sift_extractor(args: argparse.Namespace) -> Callable[[str], str]:
    """sift's HTML extraction with the command-line settings, returning body, quote and caption text."""
    from sift.errors import InputError
    from sift.extract import ExtractConfig, extract_page

    config = ExtractConfig(
        focus=args.focus, fast=args.fast, include_tables=not args.no_tables, include_captions=not args.no_captions
    )

    def run(html: str) -> str:
        try:
            result = extract_page(html, "text/html", config)
        except InputError:
            return ""
        return "\n".join(piece.text for piece in result.pieces if piece.role != "related")

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "extract.json")
    parser.add_argument("--focus", default="precision", choices=("balanced", "precision", "recall"))
    parser.add_argument("--fast", action="store_true")
    parser.add_argument("--no-tables", action="store_true")
    parser.add_argument("--no-captions", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="timing passes over the pages (scores use the first)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (for a quick look)")
    args = parser.parse_args()

    import trafilatura

    pages = load_pages(args.data, args.limit)
    extractors: dict[str, Callable[[str], str]] = {
        "sift": sift_extractor(args),
        "trafilatura": lambda html: trafilatura.extract(html) or "",
    }
    for extract in extractors.values():  # warm-up: imports and lazy tables load outside the timing
        extract(pages[0][1])
        extract(WARM_UP_PAGE)  # no date in its metadata: loads htmldate's full-text date parser too
    seconds = dict.fromkeys(extractors, 0.0)
    counts: dict[str, list[Counts]] = {name: [] for name in extractors}
    for repeat in range(args.repeat):
        for _key, html, truth in pages:
            for name, extract in extractors.items():
                started = time.process_time()
                text = extract(html)
                seconds[name] += time.process_time() - started
                if repeat == 0:
                    counts[name].append(shingle_counts(truth, text))

    result: dict[str, object] = {
        name: {**summarise(counts[name]), "pages_per_s": len(pages) * args.repeat / seconds[name]}
        for name in extractors
    }
    sift, base = result["sift"], result["trafilatura"]
    assert isinstance(sift, dict) and isinstance(base, dict)
    result["speed_ratio"] = sift["pages_per_s"] / base["pages_per_s"]
    result["pages"] = len(pages)
    result["settings"] = {key: value for key, value in vars(args).items() if key not in ("data", "out")}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"extract: sift F1 {sift['f1']:.4f} (P {sift['precision']:.4f} R {sift['recall']:.4f}) "
        f"{sift['pages_per_s']:.1f} pages/s | trafilatura F1 {base['f1']:.4f} (P {base['precision']:.4f} "
        f"R {base['recall']:.4f}) {base['pages_per_s']:.1f} pages/s | speed ratio {result['speed_ratio']:.2f} "
        f"on {len(pages)} pages"
    )


if __name__ == "__main__":
    main()
