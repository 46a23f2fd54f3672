"""Language identification: accuracy by text length, the ``und`` thresholds, speed and memory per lingua mode.

Usage: python bench/language.py [--split dev] [--per-language 300] [--out bench/results/language.json]

Data: checkworthiness/checkthat2024-t1 ``<lang>-<split>.tsv`` for en, es, nl, ar (tweets and debate sentences,
with URLs and @handles removed), each text also cut to its first 8, 10, 12, 16, 24, 40 letters (at a word end)
to stand in for headings and short blocks. Both lingua modes run over sift's 28 default languages; the
high-accuracy mode is the baseline measured in the same run. For each mode and each (min_letters,
text length and confidence floor it reports coverage (share not ``und``) and error (share given a wrong
language); cuts shorter than ``min_letters`` are ``und`` whatever the floor.
Reads ``../shared/data``; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import resource
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "checkworthiness" / "checkthat2024-t1"
LANGUAGES = ("en", "es", "nl", "ar")
CUTS = (8, 10, 12, 16, 24, 40, None)
FLOORS = (0.5, 0.7, 0.9, 0.95)
_NOISE = re.compile(r"https?://\S+|@\w+|#")


def samples(split: str, per_language: int) -> list[tuple[str, str, int | None]]:
    """(gold code, text, cut) for the first ``per_language`` usable texts of each language, at every cut."""
    rows: list[tuple[str, str, int | None]] = []
    for lang in LANGUAGES:
        path = DATA / f"{lang}-{split}.tsv"
        with path.open(encoding="utf-8", newline="") as handle:
            texts = [" ".join(_NOISE.sub(" ", row["text"]).split()) for row in csv.DictReader(handle, delimiter="\t")]
        texts = [text for text in texts if sum(char.isalpha() for char in text) >= max(c or 0 for c in CUTS)]
        for text in texts[:per_language]:
            rows.extend((lang, cut_letters(text, cut), cut) for cut in CUTS)
    return rows


def cut_letters(text: str, letters: int | None) -> str:
    """``text`` up to the end of the word holding its ``letters``-th letter (all of it for ``None``)."""
    if letters is None:
        return text
    seen = 0
    for index, char in enumerate(text):
        seen += char.isalpha()
        if seen >= letters:
            end = text.find(" ", index)
            return text if end < 0 else text[:end]
    return text


def score(rows: list[tuple[str, str, int | None]], guesses: list[tuple[str, float]]) -> dict[str, object]:
    """Per cut: accuracy of the best guess, and coverage/error when guesses under each confidence floor are ``und``."""
    by_cut: dict[str, object] = {}
    for cut in CUTS:
        pairs = [(gold, guess) for (gold, _, c), guess in zip(rows, guesses, strict=True) if c == cut]
        floors = {}
        for floor in FLOORS:
            decided = [(gold, code) for gold, (code, confidence) in pairs if confidence >= floor]
            floors[str(floor)] = {
                "coverage": round(len(decided) / len(pairs), 4),
                "error": round(sum(gold != code for gold, code in decided) / len(pairs), 4),
            }
        accuracy = sum(gold == code for gold, (code, _) in pairs) / len(pairs)
        by_cut[str(cut or "full")] = {"accuracy": round(accuracy, 4), "floors": floors}
    return by_cut


def run_mode(mode: str, rows: list[tuple[str, str, int | None]]) -> dict[str, object]:
    """Build the detector in ``mode``, guess every row, and score it."""
    from sift.language import build_detector

    started = time.perf_counter()
    detector = build_detector(mode=mode)
    build_s = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    guesses = []
    for _, text, _ in rows:
        values = detector.compute_language_confidence_values(text)
        guesses.append((values[0].language.iso_code_639_1.name.lower(), float(values[0].value)))
    per_text_ms = (time.perf_counter() - started) * 1000 / len(rows)
    return {
        "build_s": round(build_s, 2),
        "peak_rss_mb_after_build": round(rss_mb),
        "ms_per_text": round(per_text_ms, 3),
        "by_cut": score(rows, guesses),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "dev-test"))
    parser.add_argument("--per-language", type=int, default=300)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "language.json")
    args = parser.parse_args()

    from sift.language import MIN_CONFIDENCE as SHIPPED_FLOORS

    rows = samples(args.split, args.per_language)
    result: dict[str, dict[str, object]] = {}
    # low first: peak RSS only grows, so the high mode's figure includes the low one (~50 MB).
    for mode in ("low", "high"):
        result[mode] = run_mode(mode, rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    document = {"split": args.split, "texts": len(rows), "baseline": "high", "shipped_floors": SHIPPED_FLOORS, **result}
    args.out.write_text(json.dumps(document, indent=2) + "\n")

    def at(mode: str, cut: str) -> str:
        stats = result[mode]["by_cut"][cut]  # type: ignore[index]
        floor = stats["floors"][str(SHIPPED_FLOORS[mode])]
        return f"acc {stats['accuracy']:.3f}, cov {floor['coverage']:.3f} err {floor['error']:.3f}"

    low, high = result["low"], result["high"]
    print(
        f"language ({args.split}, {len(rows)} texts; floors {SHIPPED_FLOORS}): "
        f"low full {at('low', 'full')}; 16 letters {at('low', '16')} | "
        f"high full {at('high', 'full')}; 16 letters {at('high', '16')} | "
        f"{low['ms_per_text']:.2f} vs {high['ms_per_text']:.2f} ms/text, "
        f"build {low['build_s']} vs {high['build_s']} s, "
        f"peak RSS {low['peak_rss_mb_after_build']} vs {high['peak_rss_mb_after_build']} MB"
    )


if __name__ == "__main__":
    main()
