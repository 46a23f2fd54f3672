"""Claim-matching evaluation data (CheckThat! 2022 2A layout) and ranking metrics, for bench/ and train/.

The layout: ``vclaims.jsonl(.gz)`` (``id, text, title, subtitle, date, url``), ``queries-<split>.tsv`` (``id<TAB>text``)
and ``qrels-<split>.tsv`` (TREC: ``query_id<TAB>0<TAB>vclaim_id<TAB>1``).
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sift.errors import InputError
from sift.factchecks.record import FactCheck
from sift.match.analysis import parse_date

__all__ = ["LOADER_VERSION", "Query", "average_precision", "load_queries", "load_vclaims", "rank_metrics"]

#: Bump when :func:`load_vclaims` builds records differently: index caches of bench/ and train/ are named
#: after it, because an index only notices new records, not changed titles.
LOADER_VERSION = 2


@dataclass(frozen=True, slots=True)
class Query:
    """One evaluation query and the ids of the fact-checks that answer it."""

    id: str
    text: str
    gold: frozenset[str]


def load_vclaims(data_dir: Path) -> Iterator[FactCheck]:
    """The verified claims as FactCheck records whose ``id`` is the dataset's vclaim id.

    The review's headline and its standfirst (Snopes ``title`` and ``subtitle``) together make the record's
    title, as a fact-check page's headline and description would: the standfirst often restates the claim
    in other words (BM25 over claim + title: MAP@5 0.828 train / 0.910 dev; with the standfirst 0.838 /
    0.929, /tmp/matchq/single.py). Review dates become ISO days like the store's.

    Raises:
        InputError: no ``vclaims.jsonl(.gz)`` in ``data_dir``.
    """
    path = next((p for p in (data_dir / "vclaims.jsonl.gz", data_dir / "vclaims.jsonl") if p.exists()), None)
    if path is None:
        raise InputError(f"no vclaims.jsonl(.gz) in {data_dir}; pass the claim-matching data folder")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            title = " — ".join(part for part in (row.get("title"), row.get("subtitle")) if part)
            date = parse_date(row.get("date"))
            yield FactCheck(
                claim=row["text"],
                title=title or None,
                review_url=row.get("url") or f"checkthat:{row['id']}",
                publisher_name="Snopes",
                rating="",
                language="en",
                review_date=date.isoformat() if date else None,
                id=row["id"],
            )


def load_queries(data_dir: Path, split: str) -> list[Query]:
    """Queries of a split that have at least one gold fact-check, in file order.

    Raises:
        InputError: the split's queries or qrels file is missing.
    """
    queries_path, qrels_path = data_dir / f"queries-{split}.tsv", data_dir / f"qrels-{split}.tsv"
    if not queries_path.exists() or not qrels_path.exists():
        raise InputError(f"no queries-{split}.tsv / qrels-{split}.tsv in {data_dir}; check --data and --split")
    gold: dict[str, set[str]] = defaultdict(set)
    for line in qrels_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            query_id, _, vclaim_id, relevance = line.split("\t")[:4]
            if relevance.strip() != "0":
                gold[query_id].add(vclaim_id)
    queries = []
    for line in queries_path.read_text(encoding="utf-8").splitlines():
        query_id, _, text = line.partition("\t")
        if query_id in gold:
            queries.append(Query(query_id, text, frozenset(gold[query_id])))
    return queries


def average_precision(ranked: Sequence[str], gold: frozenset[str], k: int) -> float:
    """AP@k as the CheckThat! scorer computes it (sum of precision at each hit / number of gold ids)."""
    hits, total = 0, 0.0
    for rank, item in enumerate(ranked[:k], 1):
        if item in gold:
            hits += 1
            total += hits / rank
    return total / len(gold) if gold else 0.0


def rank_metrics(rankings: Sequence[Sequence[str]], queries: Sequence[Query]) -> dict[str, float]:
    """MAP@1, MAP@5, P@1, R@10 and S@10 (any gold in the top 10) over queries."""
    n = max(len(queries), 1)
    return {
        "map@1": sum(average_precision(r, q.gold, 1) for r, q in zip(rankings, queries, strict=True)) / n,
        "map@5": sum(average_precision(r, q.gold, 5) for r, q in zip(rankings, queries, strict=True)) / n,
        "p@1": sum(bool(r) and r[0] in q.gold for r, q in zip(rankings, queries, strict=True)) / n,
        "r@10": sum(len(q.gold & set(r[:10])) / len(q.gold) for r, q in zip(rankings, queries, strict=True)) / n,
        "s@10": sum(bool(q.gold & set(r[:10])) for r, q in zip(rankings, queries, strict=True)) / n,
    }
