"""Merge a batch of hand-made translations of CheckThat! 2022 2A TRAIN tweets into crosslingual-train.jsonl.

Reads JSONL rows ``{"id", "fr", "de", "es"}`` (the translations, written by hand: see train/data/README.md)
from the files given, checks that every id is a 2A *train* query and that each row has the three languages,
and rewrites train/data/crosslingual-train.jsonl with the rows merged in (a later row replaces an earlier one
with the same id), ordered by tweet number. Only the translations are stored, never the tweets.

    .venv/bin/python train/data/add_translations.py BATCH.jsonl [...] [--data DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "crosslingual-train.jsonl"
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "claim-matching" / "checkthat2022-2a"
LANGS = ("fr", "de", "es")


def train_ids(data: Path) -> set[str]:
    """Ids of the 2A train queries (the dev and test splits are never translated for training)."""
    with (data / "queries-train.tsv").open(encoding="utf-8") as lines:
        return {line.split("\t", 1)[0] for line in lines if line.strip()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="+", type=Path)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    allowed = train_ids(args.data)
    rows = {}
    if args.out.exists():
        rows = {row["id"]: row for row in map(json.loads, args.out.read_text(encoding="utf-8").splitlines())}
    for batch in args.batches:
        for number, line in enumerate(batch.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("id") not in allowed:
                print(f"{batch}:{number}: {row.get('id')!r} is not a 2A train query", file=sys.stderr)
                return 2
            if any(not str(row.get(lang, "")).strip() for lang in LANGS):
                print(f"{batch}:{number}: {row['id']} lacks one of {LANGS}", file=sys.stderr)
                return 2
            rows[row["id"]] = {"id": row["id"], **{lang: row[lang].strip() for lang in LANGS}}
    ordered = sorted(rows.values(), key=lambda row: int(row["id"].rsplit("-", 1)[1]))
    args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in ordered), encoding="utf-8")
    print(f"{len(ordered)} translated train tweets -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
