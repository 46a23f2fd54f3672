"""Append the pages of retired real-page claims sets to newspages-train.jsonl as page-head training pages.

``bench/data/realpages-dev3.jsonl`` … ``realpages-dev6.jsonl`` carry a strict and a lenient check-worthy reading of
every page; they have been looked at many times while claim rules were written (see
``bench/data/realpages-dev-looks.md``), so from round 9 of the #18 claims work they are training pages of the page
head, no longer claims dev sets (their speaker annotations stay what they were). Each page becomes one row in the
training file's format: ``id`` (the set's own, e.g. ``r3-001``), ``dataset``, ``file``, ``lang``, ``title``,
``article_sentences`` (the set's ``body_sentences``), ``checkworthy`` (the set's ``checkworthy_strict``, the same
strict reading as the other training pages), ``checkworthy_lenient`` (the texts of the set's lenient ``checkworthy``)
and ``from`` (the set's file name). Rows already in the file (by id) are replaced; nothing else is touched.

    .venv/bin/python train/data/add_realpages.py [--sets NAME ...] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "newspages-train.jsonl"
# The sets retired to training in round 9 (branch claims9). realpages-dev.jsonl stays the claims dev set, and a set
# still being annotated or measured fresh is never listed here.
RETIRED_SETS = ("realpages-dev3.jsonl", "realpages-dev4.jsonl", "realpages-dev5.jsonl", "realpages-dev6.jsonl")


def training_row(page: dict, source: str) -> dict:
    """One real-page set row in the training file's format (strict gold as ``checkworthy``)."""
    lenient = [item["text"] if isinstance(item, dict) else item for item in page["checkworthy"]]
    return {
        "id": page["id"],
        "dataset": page["dataset"],
        "file": page["file"],
        "lang": page["lang"],
        "title": page["title"],
        "article_sentences": page["body_sentences"],
        "checkworthy": list(page["checkworthy_strict"]),
        "checkworthy_lenient": lenient,
        "from": source,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(RETIRED_SETS))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.out.read_text("utf-8").splitlines() if line.strip()]
    added = [
        training_row(json.loads(line), name)
        for name in args.sets
        for line in (ROOT / "bench" / "data" / name).read_text("utf-8").splitlines()
        if line.strip()
    ]
    new_ids = {row["id"] for row in added}
    kept = [row for row in rows if row["id"] not in new_ids]
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in [*kept, *added])
    args.out.write_text(text, encoding="utf-8")
    print(f"{len(kept)} rows kept, {len(added)} added from {', '.join(args.sets)}: {args.out}")


if __name__ == "__main__":
    main()
