"""Match levels a fact-checker can trust: precision of ``match``/``possible`` on positives, false levels on negatives.

The store is what a newsroom would hold: the bundled sample fact-checks (55) plus the 14k Snopes
fact-checks of CheckThat! 2022 2A (vclaims), indexed in memory (the index is cached in --index-dir).

Positives (a levelled hit is correct when it is a gold fact-check of its query):
- ``2a_dev``: the English dev tweets of 2A (``queries-dev.tsv``/``qrels-dev.tsv``), searched as bench/match.py
  searches them (a tweet's byline dates it);
- ``crosslingual``: the same tweets translated by hand into fr/de/es (bench/data/crosslingual-dev.jsonl);
- ``seed``: the seed page through sift's own stages, as ``sift check`` runs them; its gold is every sample
  fact-check of the Russian MoD's 14 Nov 2017 Albu Kamal claim (``claim_date`` 2017-11-14).
``match_precision`` = correct match-level hits / all match-level hits over the three sets (every levelled
hit of the top ``K``); ``possible_precision`` the same for ``possible``-or-better; ``level_recall`` = share of
2A dev queries with a levelled gold hit; ``cross_language_level_recall`` the same over the translations.
A levelled hit that is not gold is counted wrong even when Snopes reviewed the same claim twice (2A has such
near-duplicates): precision here is a lower bound.

Negatives (bench/data/match-negatives.jsonl: body sentences of real pages no stored fact-check covers, see
bench/data/README.md; bench/data/match-controls.jsonl: hand-written look-alikes): any levelled hit is a
false level. Each sentence is searched four times, with its block's language:
- undated (``false_level_rate``, ``false_match_rate``);
- dated by its own page, as ``sift check`` dates it (``..._page_dates``);
- dated like a page near a fact-check (``..._with_dates``): per page, a seeded ``random.Random(SEED)`` picks
  the sample store or 2A with even odds, then one of its dated fact-checks uniformly (pages in file order),
  and dates every sentence of the page that fact-check's date plus a uniform offset of -7..+7 days;
- dated adversarially (``..._adversarial_dates``): each sentence gets the date of the fact-check that ranked
  first for it undated, the date that would most help a date-made match.
Controls carry their own date (that of a nearby sample fact-check) and are searched undated and dated.
train/match_reranker.py calibrates on the negative pages of one half (``fit_half``: SHA-1 of the page path
even); ``negatives.held_out`` gives the same rates over the other half only, the figures to quote.

    nice .venv/bin/python bench/match_levels.py [--data ../shared/data/claim-matching/checkthat2022-2a]
        [--out bench/results/match-levels.json] [--max-pages N] [--dump /tmp/negatives-hits.jsonl]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Sibling scripts: bench/match.py owns the 2A data folder, the cross-lingual queries and the page size;
# bench/checkthat_data.py the CheckThat! loaders. The sift imports are the only ones, kept to public-ish entry
# points (the Workbench wires the pipeline, the encoder and the matcher as `sift check` does).
from checkthat_data import LOADER_VERSION, Query, load_queries, load_vclaims, rank_metrics
from match import DEFAULT_DATA, PAGE, K, translated
from sift import Workbench
from sift.match.analysis import parse_date
from sift.sample import sample_path
from sift.store.memory import MemoryStore

if TYPE_CHECKING:
    from sift.factchecks.record import FactCheck
    from sift.match.matcher import Hit, Matcher

ROOT = Path(__file__).resolve().parents[1]
NEGATIVES = ROOT / "bench" / "data" / "match-negatives.jsonl"
CONTROLS = ROOT / "bench" / "data" / "match-controls.jsonl"
SEED_PAGE = ROOT / "src" / "sift" / "resources" / "seed-albu-kamal.txt"
#: The Albu Kamal claim's day: sample fact-checks of it are the seed's gold.
SEED_CLAIM_DATE = "2017-11-14"
CROSS_LANGS = ("fr", "de", "es")
#: The stages `sift check` runs up to matching (attribution does not change what is matched).
SEED_STAGES = ("extract", "language", "segment", "claims", "match")
#: RNG seed of the date variant, and how far from the drawn fact-check's date a page may be dated.
SEED = 12
DATE_SPREAD_DAYS = 7
#: Hits kept per negative sentence (a level on any of them is a false level; the best-scored comes first).
NEG_K = 3
#: False levels listed in the result per variant, worst (highest score) first.
WORST = 10


@dataclass
class Tally:
    """Levelled hits and how many were right, over the queries of one set."""

    queries: int = 0
    gold_levelled: int = 0
    gold_matched: int = 0
    match_hits: int = 0
    match_correct: int = 0
    levelled_hits: int = 0
    levelled_correct: int = 0

    def add(self, hits: Sequence[Hit], gold: Iterable[str]) -> None:
        """Count one query's hits against its gold ids."""
        gold = set(gold)
        self.queries += 1
        levelled = [hit for hit in hits if hit.level is not None]
        self.gold_levelled += any(hit.factcheck.id in gold for hit in levelled)
        self.gold_matched += any(hit.level == "match" and hit.factcheck.id in gold for hit in levelled)
        for hit in levelled:
            correct = hit.factcheck.id in gold
            self.levelled_hits += 1
            self.levelled_correct += correct
            if hit.level == "match":
                self.match_hits += 1
                self.match_correct += correct

    def merged(self, other: Tally) -> Tally:
        """Both tallies together."""
        return Tally(*(a + b for a, b in zip(vars(self).values(), vars(other).values(), strict=True)))

    def summary(self) -> dict[str, Any]:
        """Counts with precision per level and level recall (``None`` when there is nothing to divide)."""
        return {
            **vars(self),
            "match_precision": _ratio(self.match_correct, self.match_hits),
            "possible_precision": _ratio(self.levelled_correct, self.levelled_hits),
            "level_recall": _ratio(self.gold_levelled, self.queries),
            "match_recall": _ratio(self.gold_matched, self.queries),
        }


@dataclass
class Negatives:
    """Sentences that no stored fact-check covers, grouped by page in file order."""

    rows: list[dict[str, Any]]
    pages: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for i, row in enumerate(self.rows):
            self.pages.setdefault(row["page"], []).append(i)


def fit_half(page: str) -> bool:
    """Whether a negative page is in the half train/match_reranker.py calibrates on (SHA-1 of its path even).

    The other half is held out: its rates (``held_out`` in the result) are the ones to quote.
    """
    return int(hashlib.sha1(page.encode("utf-8")).hexdigest()[0], 16) % 2 == 0


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 6) if whole else None


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """One object per non-blank line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def factcheck_date(factcheck: FactCheck) -> dt.date | None:
    """The date the matcher compares with a claim's: the review's, else the claim's."""
    return parse_date(factcheck.review_date) or parse_date(factcheck.claim_date)


def open_workbench(data: Path, index_dir: Path) -> tuple[Workbench, list[FactCheck], list[FactCheck]]:
    """sift's stages with matching on a store of the sample plus the 2A vclaims, with both record lists."""
    sample = [factcheck for _, factcheck in MemoryStore.from_jsonl(sample_path()).iter_factchecks()]
    vclaims = list(load_vclaims(data))
    store = MemoryStore([*sample, *vclaims])
    return Workbench(store, stages=SEED_STAGES, index_dir=index_dir), sample, vclaims


def search_paged(
    matcher: Matcher, texts: Sequence[str], langs: Sequence[str | None], k: int, dates: Sequence[dt.date | None]
) -> list[list[Hit]]:
    """``search_many`` over pages of ``PAGE`` texts (as the match stage calls it for one page)."""
    found: list[list[Hit]] = []
    for start in range(0, len(texts), PAGE):
        end = start + PAGE
        found.extend(matcher.search_many(texts[start:end], langs=langs[start:end], k=k, dates=dates[start:end]))
    return found


def run_queries(matcher: Matcher, queries: list[Query], lang: str) -> tuple[Tally, list[list[str]]]:
    """Tally of the queries' levelled hits, and their rankings (for MAP)."""
    found = search_paged(matcher, [q.text for q in queries], [lang] * len(queries), K, [None] * len(queries))
    tally = Tally()
    for query, hits in zip(queries, found, strict=True):
        tally.add(hits, query.gold)
    return tally, [[hit.factcheck.id for hit in hits] for hits in found]


def run_seed(bench: Workbench, sample: list[FactCheck]) -> tuple[Tally, dict[str, Any]]:
    """The seed page through sift's stages and matcher: levelled matches against the Albu Kamal gold."""
    gold = {f.id for f in sample if f.claim_date == SEED_CLAIM_DATE}
    doc = bench.check(str(SEED_PAGE), kind="file")
    tally = Tally()
    matched: dict[str, str] = {}  # gold fact-checks at ``match``: id -> publisher
    wrong = []
    for match in doc.matches:
        correct = match.factcheck["id"] in gold
        tally.levelled_hits += 1
        tally.levelled_correct += correct
        if match.level == "match":
            tally.match_hits += 1
            tally.match_correct += correct
            if correct:
                matched[match.factcheck["id"]] = match.factcheck["publisher_name"]
        if not correct:
            wrong.append(f"{doc.sentence_text(match.sentence)[:80]} -> {match.factcheck['claim'][:80]}")
    details = {
        "gold": len(gold),
        "gold_at_match": len(matched),
        "gold_at_match_publishers": sorted(matched.values()),
        "sentences_with_levels": len({m.sentence for m in doc.matches}),
        "wrong_levels": wrong,
    }
    return tally, details


def near_dates(negatives: Negatives, sample: list[FactCheck], vclaims: list[FactCheck]) -> list[dt.date | None]:
    """Per sentence: a date near a random fact-check's (one per page)."""
    rng = random.Random(SEED)
    pools = [[d for d in map(factcheck_date, records) if d is not None] for records in (sample, vclaims)]
    near: list[dt.date | None] = [None] * len(negatives.rows)
    for indices in negatives.pages.values():
        base = rng.choice(pools[rng.random() < 0.5])
        day = base + dt.timedelta(days=rng.randint(-DATE_SPREAD_DAYS, DATE_SPREAD_DAYS))
        for i in indices:
            near[i] = day
    return near


def search_variants(
    matcher: Matcher, texts: Sequence[str], langs: Sequence[str | None], dates: dict[str, list[dt.date | None]]
) -> dict[str, list[list[Hit]]]:
    """Hits of every text under each variant's dates, plus ``adversarial_dates`` (the undated top hit's date).

    Retrieval does not depend on the date: each page of texts is retrieved once and scored under every
    variant (``Candidates.dated``), which gives what a ``search_many`` per variant gives, four times faster.
    """
    found: dict[str, list[list[Hit]]] = {variant: [] for variant in [*dates, "adversarial_dates"]}
    dates["adversarial_dates"] = []
    for start in range(0, len(texts), PAGE):
        end = start + PAGE
        for i, candidates in enumerate(matcher.candidates_many(texts[start:end], langs=langs[start:end])):
            for variant, variant_dates in dates.items():
                if variant == "adversarial_dates":
                    top = found["undated"][start + i]
                    variant_dates.append(factcheck_date(top[0].factcheck) if top else None)
                found[variant].append(matcher.rank(candidates.dated(variant_dates[start + i]), NEG_K))
    return found


def false_levels(
    negatives: Negatives, found: list[list[Hit]], dates: Sequence[dt.date | None], variant: str
) -> list[dict[str, Any]]:
    """One record per negative sentence with a levelled hit: the sentence and its best-scored hit."""
    out = []
    for row, hits, date in zip(negatives.rows, found, dates, strict=True):
        levelled = [hit for hit in hits if hit.level is not None]
        if levelled:
            hit = levelled[0]
            out.append(
                {
                    "variant": variant,
                    "page": row["page"],
                    "lang": row["lang"],
                    "date": date.isoformat() if date else None,
                    "sentence": row["sentence"],
                    "level": hit.level,
                    "score": hit.score,
                    "factcheck": hit.factcheck.id,
                    "factcheck_title": hit.factcheck.title or hit.factcheck.claim,
                    "evidence": hit.evidence,
                }
            )
    return out


def rates(rows: list[dict[str, Any]], flagged: list[dict[str, Any]]) -> dict[str, Any]:
    """False level and false match rates over ``rows`` given the false-level records ``flagged``."""
    matches = sum(f["level"] == "match" for f in flagged)
    return {
        "false_levels": len(flagged),
        "false_matches": matches,
        "false_level_rate": _ratio(len(flagged), len(rows)),
        "false_match_rate": _ratio(matches, len(rows)),
    }


def run_negatives(
    matcher: Matcher, negatives: Negatives, sample: list[FactCheck], vclaims: list[FactCheck], dump: Path | None
) -> dict[str, Any]:
    """Search every negative sentence undated, at its page's date, near a fact-check's date and adversarially."""
    rows = negatives.rows
    texts = [row["sentence"] for row in rows]
    langs = [None if row["lang"] in ("und", "") else row["lang"] for row in rows]
    dates: dict[str, list[dt.date | None]] = {
        "undated": [None] * len(rows),
        "page_dates": [parse_date(row["published"]) for row in rows],
        "with_dates": near_dates(negatives, sample, vclaims),
    }
    found = search_variants(matcher, texts, langs, dates)
    flagged = {variant: false_levels(negatives, found[variant], dates[variant], variant) for variant in found}
    if dump is not None:
        write_dump(dump, negatives, found, dates)

    result: dict[str, Any] = {"sentences": len(rows), "pages": len(negatives.pages)}
    for variant, records in flagged.items():
        suffix = "" if variant == "undated" else f"_{variant}"
        for name, value in rates(rows, records).items():
            result[name + suffix] = value
        result["pages_with_false_level" + suffix] = len({r["page"] for r in records})
    # the half of the pages train/match_reranker.py never saw: the rates to quote
    held_rows = [row for row in rows if not fit_half(row["page"])]
    held: dict[str, Any] = {"sentences": len(held_rows), "pages": len({row["page"] for row in held_rows})}
    for variant, records in flagged.items():
        suffix = "" if variant == "undated" else f"_{variant}"
        kept = [record for record in records if not fit_half(record["page"])]
        for name, value in rates(held_rows, kept).items():
            held[name + suffix] = value
    result["held_out"] = held
    # the sentences the claims stage flags, which `sift check` looks up first (sentences are unique in the set)
    claimed = {row["sentence"] for row in rows if row["claim"]}
    result["claims"] = {"sentences": len(claimed)}
    for variant, records in flagged.items():
        suffix = "" if variant == "undated" else f"_{variant}"
        hits = sum(record["sentence"] in claimed for record in records)
        result["claims"]["false_level_rate" + suffix] = _ratio(hits, len(claimed))
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        by_lang[row["lang"]]["sentences"] += 1
    for variant, records in flagged.items():
        for record in records:
            by_lang[record["lang"]][f"false_levels_{variant}"] += 1
    result["by_language"] = {
        lang: dict(counts) for lang, counts in sorted(by_lang.items(), key=lambda item: -item[1]["sentences"])
    }
    result["worst"] = {
        variant: sorted(records, key=lambda r: -r["score"])[:WORST] for variant, records in flagged.items()
    }
    return result


def write_dump(
    path: Path, negatives: Negatives, found: dict[str, list[list[Hit]]], dates: dict[str, list[dt.date | None]]
) -> None:
    """Every negative sentence with its top hits in each variant, for the review by hand."""
    with path.open("w", encoding="utf-8") as out:
        for i, row in enumerate(negatives.rows):
            record = {"i": i, **row, "hits": {}}
            for variant, per_sentence in found.items():
                date, hits = dates[variant][i], per_sentence[i]
                record["hits"][variant] = {
                    "date": date.isoformat() if date else None,
                    "top": [
                        {
                            "id": hit.factcheck.id,
                            "score": hit.score,
                            "level": hit.level,
                            "claim": hit.factcheck.claim,
                            "title": hit.factcheck.title,
                            "evidence": hit.evidence,
                        }
                        for hit in hits
                    ],
                }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_controls(matcher: Matcher, controls: list[dict[str, Any]]) -> dict[str, Any]:
    """Hand-written look-alikes, undated and dated next to the fact-check they resemble."""
    texts = [row["sentence"] for row in controls]
    langs = [row["lang"] for row in controls]
    dates = [parse_date(row["date"]) for row in controls]
    result: dict[str, Any] = {"sentences": len(controls)}
    negatives = Negatives([{**row, "page": "controls"} for row in controls])
    for variant, variant_dates in (("undated", [None] * len(controls)), ("with_dates", dates)):
        found = search_paged(matcher, texts, langs, NEG_K, variant_dates)
        records = false_levels(negatives, found, variant_dates, variant)
        suffix = "" if variant == "undated" else f"_{variant}"
        result["false_levels" + suffix] = len(records)
        result["levelled" + suffix] = [
            f"{r['sentence'][:70]} -> {r['factcheck_title'][:70]} ({r['level']} {r['score']})" for r in records
        ]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder in the CheckThat! 2A layout")
    parser.add_argument("--index-dir", type=Path, default=None, help="cache for the index (default: /tmp)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "match-levels.json")
    parser.add_argument("--max-pages", type=int, default=None, help="only the first N negative pages (quick runs)")
    parser.add_argument("--dump", type=Path, default=None, help="write every negative's top hits here (review)")
    args = parser.parse_args(argv)
    index_dir = args.index_dir or Path("/tmp") / f"sift-match-levels-index-{args.data.resolve().name}-{LOADER_VERSION}"
    started = time.perf_counter()
    bench, sample, vclaims = open_workbench(args.data, index_dir)
    matcher = bench.matcher
    assert matcher is not None  # a store is attached and the match stage runs
    timings = {"open_s": round(time.perf_counter() - started, 1)}

    started = time.perf_counter()
    queries = load_queries(args.data, "dev")
    dev, rankings = run_queries(matcher, queries, "en")
    cross = {lang: run_queries(matcher, translated(queries, lang), lang)[0] for lang in CROSS_LANGS}
    cross_all = Tally()
    for tally in cross.values():
        cross_all = cross_all.merged(tally)
    seed, seed_details = run_seed(bench, sample)
    pooled = dev.merged(cross_all).merged(seed)
    positives = {
        "match_precision": pooled.summary()["match_precision"],
        "possible_precision": pooled.summary()["possible_precision"],
        "level_recall": dev.summary()["level_recall"],
        "cross_language_level_recall": cross_all.summary()["level_recall"],
        "2a_dev": {**dev.summary(), "map@5": round(rank_metrics(rankings, queries)["map@5"], 4)},
        "crosslingual": {"all": cross_all.summary(), **{lang: t.summary() for lang, t in cross.items()}},
        "seed": {**seed.summary(), **seed_details},
    }
    timings["positives_s"] = round(time.perf_counter() - started, 1)

    started = time.perf_counter()
    rows = read_jsonl(NEGATIVES)
    if args.max_pages is not None:
        keep = list(dict.fromkeys(row["page"] for row in rows))[: args.max_pages]
        rows = [row for row in rows if row["page"] in set(keep)]
    negatives = run_negatives(matcher, Negatives(rows), sample, vclaims, args.dump)
    timings["negatives_s"] = round(time.perf_counter() - started, 1)
    controls = run_controls(matcher, read_jsonl(CONTROLS)) if CONTROLS.exists() else None

    result = {
        "store": {"sample": len(sample), "vclaims": len(vclaims)},
        "k": K,
        "positives": positives,
        "negatives": negatives,
        "controls": controls,
        "timings": timings,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    n = negatives
    print(
        f"match levels: positives match precision {positives['match_precision']} possible precision "
        f"{positives['possible_precision']}, level recall 2A dev {positives['level_recall']} cross-language "
        f"{positives['cross_language_level_recall']}, seed gold at match {seed_details['gold_at_match']} | "
        f"negatives n={n['sentences']} ({n['pages']} pages): false level rate {n['false_level_rate']} "
        f"(match {n['false_match_rate']}), page dates {n['false_level_rate_page_dates']}, with dates "
        f"{n['false_level_rate_with_dates']}, adversarial dates "
        f"{n['false_level_rate_adversarial_dates']}; held-out half {n['held_out']['false_level_rate']} / "
        f"{n['held_out']['false_level_rate_page_dates']} / {n['held_out']['false_level_rate_with_dates']} / "
        f"{n['held_out']['false_level_rate_adversarial_dates']} | controls "
        f"{controls and (controls['false_levels'], controls['false_levels_with_dates'])} -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
