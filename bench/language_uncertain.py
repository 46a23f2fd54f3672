"""How often the ``language`` stage says it is not sure of a block's language, on pages of known languages and on
text in languages lingua does not know.

Run: ``.venv/bin/python bench/language_uncertain.py`` (reads ``../shared/data`` at run time). Reports:

- the real-page dev sets (``bench/data/realpages-dev*.jsonl``, dev..dev4: extract + language stages): blocks and
  pages marked ``lang_uncertain`` (a block of a page's well-identified language should never be);
- the Papiamento page of trafilatura-eval-dev (24ora.com; lingua calls it Spanish): its blocks marked;
- stories/itn blurbs (dev data), five blurbs of one language joined per text: the share of texts marked uncertain
  per language, for languages in lingua's candidate list (should be 0) and outside it (Norwegian, Belarusian,
  Malay, Uzbek ...: higher is better, a close neighbour such as Malay/Indonesian cannot be told).

Writes ``bench/results/language-uncertain.json`` and prints one summary line. Tune ``MIN_KNOWN_SHARE``
(``sift.language.certainty``) only on these dev sets.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DEV_SETS = ("realpages-dev.jsonl", "realpages-dev2.jsonl", "realpages-dev3.jsonl", "realpages-dev4.jsonl")
PAPIAMENTO = "trafilatura-eval-dev/html/24ora.com-internationalschol.html.gz"
ITN = "stories/itn/itn_blurbs_2023-04-14.jsonl"
GROUP = 5


def pages(workbench: object, extraction: Path) -> dict[str, object]:
    from sift.errors import InputError

    rows = [
        (row["id"], f"{row['dataset']}/{row['file']}")
        for name in DEV_SETS
        for row in _jsonl(REPO / "bench" / "data" / name)
    ]
    changed: list[dict[str, object]] = []
    blocks = 0
    for page, file in rows:
        try:
            doc = workbench.check(str(extraction / file), kind="file")  # type: ignore[attr-defined]
        except InputError:
            continue
        blocks += sum(block.lang != "und" for block in doc.blocks)
        changed += [
            {"page": page, "block": b.id, "lang": b.lang, "role": b.role} for b in doc.blocks if b.lang_uncertain
        ]
    doc = workbench.check(str(extraction / PAPIAMENTO), kind="file")  # type: ignore[attr-defined]
    return {
        "pages": len(rows),
        "blocks_with_language": blocks,
        "uncertain_blocks": changed,
        "uncertain_pages": len({row["page"] for row in changed}),
        "papiamento": {
            "language": doc.language,
            "language_uncertain": doc.language_uncertain,
            "blocks": [[b.lang, b.lang_uncertain] for b in doc.blocks],
        },
    }


def blurbs(path: Path) -> dict[str, dict[str, object]]:
    from sift.document import Block
    from sift.language import DEFAULT_LANGUAGES, build_detector, detect_language
    from sift.language.certainty import known_words, mark_uncertain

    detector = build_detector()
    by_lang: dict[str, list[str]] = defaultdict(list)
    for row in _jsonl(path):
        by_lang[row["lang"]].append(row["text"])
    result: dict[str, dict[str, object]] = {}
    for lang, texts in sorted(by_lang.items()):
        detected: Counter[str] = Counter()
        uncertain = judged = 0
        for start in range(0, len(texts) - GROUP + 1, GROUP):
            text = " ".join(texts[start : start + GROUP])
            code, _ = detect_language(detector, text)
            detected[code] += 1
            if code == "und" or known_words(text, code)[1] == 0:
                continue
            block = Block("b", "body", text, lang=code)
            mark_uncertain([block])
            judged += 1
            uncertain += block.lang_uncertain
        if judged:
            result[lang] = {
                "known_to_lingua": lang in DEFAULT_LANGUAGES,
                "texts": judged,
                "uncertain": round(uncertain / judged, 3),
                "detected_as": dict(detected.most_common(3)),
            }
    return result


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "language-uncertain.json")
    args = parser.parse_args()
    from sift.workbench import Workbench

    started = time.perf_counter()
    result = pages(Workbench(stages=("extract", "language")), SHARED / "extraction")
    result["itn"] = blurbs(SHARED / ITN)
    result["seconds"] = round(time.perf_counter() - started, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    known = [v for v in result["itn"].values() if v["known_to_lingua"]]
    other = [v for v in result["itn"].values() if not v["known_to_lingua"]]
    flagged_known = sum(v["uncertain"] * v["texts"] for v in known) / max(1, sum(v["texts"] for v in known))
    flagged_other = sum(v["uncertain"] * v["texts"] for v in other) / max(1, sum(v["texts"] for v in other))
    papiamento = result["papiamento"]
    print(
        f"language-uncertain: dev pages {result['pages']} · blocks {result['blocks_with_language']} · uncertain "
        f"blocks {len(result['uncertain_blocks'])} on {result['uncertain_pages']} pages · Papiamento page "
        f"{papiamento['language']} uncertain={papiamento['language_uncertain']} · itn texts uncertain: lingua's "
        f"languages {flagged_known:.3f}, others {flagged_other:.3f} · {result['seconds']} s"
    )


if __name__ == "__main__":
    main()
