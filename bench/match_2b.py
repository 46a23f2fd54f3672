"""Claim matching on debate sentences (CheckThat! 2022 2B): sift with and without context, and BM25, in one run.

A debate sentence often cannot be matched alone ("And he did it in 2011"): the best 2B systems add the lines
said before it. This bench ranks every query of --split four ways over the 19,250 PolitiFact vclaims: sift on
the sentence alone, sift with :func:`sift.match.context.context_query` (the neighbours it adds when the sentence
is too short, pronoun-led or elliptic), that again with the lines with context re-ranked by
:mod:`sift.match.debate` as the match stage does (with the transcript's speaker, and without: a page sentence
nobody is said to have said), and plain BM25 over the sentence. Each query is dated by its debate (the transcript
id starts with the day), as the match stage dates a page's sentences by the page. ``--always`` also scores context
added to every sentence, to show what the trigger rule saves.

    .venv/bin/python bench/match_2b.py --split dev            # writes bench/results/match-2b-dev.json
    .venv/bin/python bench/match_2b.py --split train --sweep  # the window/trigger choices, on train only
    .venv/bin/python bench/match_2b.py --realpages bench/data/realpages-dev.jsonl  # how often pages get context
    .venv/bin/python bench/match_2b.py --negatives  # false levels that context adds on match_levels.py's negatives
    .venv/bin/python bench/match_2b.py --split train --fusion  # fusing several queries per sentence, on train only
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from checkthat_data import LOADER_VERSION, Query, average_precision, load_queries, rank_metrics
from sift.encoders import load_encoder
from sift.factchecks.record import FactCheck
from sift.match import MatchConfig
from sift.match.analysis import parse_date
from sift.match.context import context_query, topic_text
from sift.match.debate import TOPIC_WINDOW, search_with_context, speaker_key
from sift.match.matcher import Hit, Matcher
from sift.store.memory import MemoryStore

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "claim-matching" / "checkthat2022-2b"
K = 10
#: Queries per ``search_many`` call, about a page's claim-bearing sentences (as bench/match.py).
PAGE = 20
#: "stated on October 22, 2019 in a campaign mailer.:" -> the day the claim was made.
_STATED = re.compile(r"([A-Z][a-z]+ \d{1,2}, \d{4})")


def load_vclaims(data_dir: Path) -> Iterator[FactCheck]:
    """PolitiFact vclaims as records: the claim, the headline as title, the day the claim was stated."""
    with gzip.open(data_dir / "vclaims.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            stated = _STATED.search(row.get("date") or "")
            day = parse_date(stated.group(1)) if stated else None
            yield FactCheck(
                claim=row["text"],
                title=row.get("title") or None,
                review_url=f"https://www.politifact.com{row['url']}" if row.get("url") else f"checkthat:{row['id']}",
                publisher_name="PolitiFact",
                rating=row.get("verdict") or "",
                language="en",
                claim_date=day.isoformat() if day else None,
                claimant=row.get("speaker") or None,
                id=row["id"],
            )


def load_transcripts(data_dir: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Debate id -> its lines as ``(line_no, speaker, text)``, in order."""
    debates: dict[str, list[tuple[str, str, str]]] = {}
    with gzip.open(data_dir / "transcripts-train-dev.tsv.gz", "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            debate, line_no, speaker, text = line.rstrip("\n").split("\t", 3)
            debates.setdefault(debate, []).append((line_no, speaker, " ".join(text.split())))
    return debates


def locate(query: Query, debates: dict[str, list[tuple[str, str, str]]]) -> tuple[str, int] | None:
    """The debate and line index of a query (ids misspell some debates: the day and the line's text decide)."""
    prefix, _, line_no = query.id.rpartition("_")
    day = prefix.split("_", 1)[0]
    for debate, lines in debates.items():
        if not debate.startswith(day):
            continue
        for i, (number, _, text) in enumerate(lines):
            if number == line_no and (text == query.text or text[:40] == query.text[:40]):
                return debate, i
    return None


def debate_day(debate: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(debate[:8], "%Y%m%d").date()
    except ValueError:
        return None


def previous_lines(lines: Sequence[tuple[str, str, str]], i: int, window: int) -> list[str]:
    """Up to ``window`` lines said just before line ``i`` by the same speaker in the same turn."""
    speaker = lines[i][1]
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < window and lines[j][1] == speaker:
        out.insert(0, lines[j][2])
        j -= 1
    return out


def topic_of(debates: dict[str, list[tuple[str, str, str]]], where: tuple[str, int] | None) -> str | None:
    """What is said around a located line (every speaker's lines, :data:`sift.match.debate.TOPIC_WINDOW` each side)."""
    if where is None:
        return None
    return topic_text([text for _, _, text in debates[where[0]]], where[1], TOPIC_WINDOW)


def queries_with_context(
    queries: list[Query],
    debates: dict[str, list[tuple[str, str, str]]],
    config: MatchConfig,
    *,
    always: bool,
) -> tuple[list[list[str]], list[dt.date | None], int]:
    """Per query: the extra phrasings the context rule gives (empty when it does not fire), its date, how many fired."""
    variants: list[list[str]] = []
    dates: list[dt.date | None] = []
    fired = 0
    for query in queries:
        where = locate(query, debates)
        if where is None:
            variants.append([])
            dates.append(None)
            continue
        debate, i = where
        dates.append(debate_day(debate))
        before = previous_lines(debates[debate], i, config.context_window)
        extra = context_query(
            query.text,
            before,
            "en",
            window=config.context_window,
            min_content_words=config.context_min_words,
            always=always,
        )
        fired += extra is not None
        variants.append([extra] if extra else [])
    return variants, dates, fired


def rank_sift(
    matcher: Matcher,
    queries: list[Query],
    variants: list[list[str]],
    dates: list[dt.date | None],
    alone: list[list[str]] | None = None,
) -> list[list[str]]:
    """Top-K ids per query; with ``alone`` (the rankings without variants), only queries with variants are searched."""
    todo = [i for i, extra in enumerate(variants) if extra or alone is None]
    rankings = [list(ranking) for ranking in alone] if alone is not None else [[] for _ in queries]
    for start in range(0, len(todo), PAGE):
        page = todo[start : start + PAGE]
        found = matcher.search_many(
            [queries[i].text for i in page],
            langs=["en"] * len(page),
            k=K,
            variants=[variants[i] for i in page],
            dates=[dates[i] for i in page],
        )
        for i, hits in zip(page, found, strict=True):
            rankings[i] = [hit.factcheck.id for hit in hits]
    return rankings


def rank_debate(
    matcher: Matcher,
    queries: list[Query],
    variants: list[list[str]],
    dates: list[dt.date | None],
    speakers: list[str | None],
    topics: list[str | None],
) -> list[list[str]]:
    """Top-K ids per query as the match stage ranks them: lines with context searched with it (the matcher scores
    the same candidates from the line alone), the others alone, all re-ranked by :func:`sift.match.debate.rerank`
    with the transcript's speaker and ``topics``."""
    rankings: list[list[str]] = [[] for _ in queries]
    for start in range(0, len(queries), PAGE):
        page = list(range(start, min(start + PAGE, len(queries))))
        found = search_with_context(
            matcher,
            [queries[i].text for i in page],
            langs=["en"] * len(page),
            k=K,
            variants=[[] for _ in page],
            contexts=[variants[i][0] if variants[i] else None for i in page],
            dates=[dates[i] for i in page],
            speakers=[speakers[i] for i in page],
            topics=None if topics is None else [topics[i] for i in page],
        )
        for i, hits in zip(page, found, strict=True):
            rankings[i] = [hit.factcheck.id for hit in hits]
    return rankings


def rank_bm25(matcher: Matcher, queries: list[Query]) -> list[list[str]]:
    rankings = []
    for query in queries:
        scores = matcher.index.bm25_scores(matcher.analyzer.tokens(query.text, "en"))
        top = matcher.index.top_rows(scores, K)
        rankings.append([matcher.index.ids[row] for row in sorted(top, key=lambda r: -top[r])])
    return rankings


def cross_validated(per_query: list[list[float]], runs: list[dict[str, float]], folds: int = 5) -> dict[str, object]:
    """The setting chosen on each fold's other queries, and the MAP@5 it gets on the fold (the choice's own error)."""
    n = len(per_query[0])
    held: list[float] = []
    chosen = []
    for fold in range(folds):
        inside = [i for i in range(n) if i % folds != fold]
        best = max(range(len(runs)), key=lambda r: sum(per_query[r][i] for i in inside))
        chosen.append({key: runs[best][key] for key in ("context_window", "context_min_words")})
        held.extend(per_query[best][i] for i in range(n) if i % folds == fold)
    return {"map@5": round(sum(held) / max(n, 1), 4), "chosen": chosen}


def scored(rankings: list[list[str]], queries: list[Query], seconds: float) -> dict[str, float]:
    metrics = rank_metrics(rankings, queries)
    metrics["qps"] = len(queries) / seconds if seconds > 0 else 0.0
    return {name: round(value, 4) for name, value in metrics.items()}


def realpages(data: Path, out: Path) -> int:
    """How many sentences of real pages the context rule fires on: all body/related sentences, and those looked up."""
    from sift.match import ROLES
    from sift.match.context import page_contexts
    from sift.workbench import Workbench

    config = MatchConfig()
    workbench = Workbench(stages=("extract", "language", "segment", "claims"))
    extraction = ROOT.parent / "shared" / "data" / "extraction"
    counts = {"pages": 0, "sentences": 0, "with_context": 0, "looked_up": 0, "looked_up_with_context": 0}
    examples: list[dict[str, str]] = []
    for line in data.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        doc = workbench.check(str(extraction / gold["dataset"] / gold["file"]), kind="file")
        found = page_contexts(doc, ROLES, window=config.context_window, min_content_words=config.context_min_words)
        scores = {claim.sentence: claim.score for claim in doc.claims}
        counts["pages"] += 1
        for _, sentence, text in doc.iter_sentences(ROLES):
            looked_up = scores.get(sentence.id, 0.0) >= config.claim_min_score
            counts["sentences"] += 1
            counts["with_context"] += sentence.id in found
            counts["looked_up"] += looked_up
            counts["looked_up_with_context"] += looked_up and sentence.id in found
            if looked_up and sentence.id in found and len(examples) < 12 and len(examples) < counts["pages"]:
                examples.append({"page": gold["id"], "sentence": text, "query": found[sentence.id]})
    result = {
        **counts,
        "rate": round(counts["with_context"] / max(counts["sentences"], 1), 4),
        "looked_up_rate": round(counts["looked_up_with_context"] / max(counts["looked_up"], 1), 4),
        "examples": examples,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(
        f"match context on {counts['pages']} real pages: {counts['with_context']} of {counts['sentences']} sentences "
        f"({result['rate']:.1%}); of the {counts['looked_up']} looked up, {counts['looked_up_with_context']} "
        f"({result['looked_up_rate']:.1%}) -> {out}"
    )
    return 0


def negatives(out: Path) -> int:
    """Levelled hits on bench/match_levels.py's negative sentences (real pages no stored fact-check covers), looked
    up at their page's date as the match stage does: alone, with the context the rule gives them (the sentences
    before on the page; no re-ranking), and re-ranked by the debate model with that context and their topic (the
    sentences around on the page). Weak candidates shown: the best hit of a sentence with no level, if strong enough.
    """
    import match_levels

    config = MatchConfig()
    data = match_levels.DEFAULT_DATA
    index_dir = Path("/tmp") / f"sift-match-levels-index-{data.resolve().name}-{LOADER_VERSION}"
    bench, _, _ = match_levels.open_workbench(data, index_dir)
    matcher = bench.matcher
    if matcher is None:
        sys.exit("match_2b: no matcher on the negatives' store")
    rows = match_levels.read_jsonl(match_levels.NEGATIVES)
    pages: dict[str, list[str]] = {}
    for row in rows:
        pages.setdefault(str(row["page"]), []).append(str(row["sentence"]))
    contexts: list[str | None] = []
    topics: list[str] = []
    for sentences in pages.values():
        for i, sentence in enumerate(sentences):
            contexts.append(
                context_query(
                    sentence,
                    sentences[max(0, i - config.context_window) : i],
                    str(rows[len(contexts)]["lang"]),
                    window=config.context_window,
                    min_content_words=config.context_min_words,
                )
            )
            topics.append(topic_text(sentences, i, TOPIC_WINDOW))
    texts = [str(row["sentence"]) for row in rows]
    langs = [None if row["lang"] in ("und", "") else str(row["lang"]) for row in rows]
    dates = [parse_date(str(row["published"])) for row in rows]
    levelled, weak = {}, {}
    for name in ("alone", "context", "debate"):
        found: list[list[Hit]] = []
        for start in range(0, len(texts), PAGE):
            part = slice(start, start + PAGE)
            if name != "debate":
                found.extend(
                    matcher.search_many(
                        texts[part],
                        langs=langs[part],
                        k=3,
                        dates=dates[part],
                        contexts=contexts[part] if name == "context" else None,
                    )
                )
                continue
            found.extend(
                search_with_context(
                    matcher,
                    texts[part],
                    langs=langs[part],
                    k=3,
                    variants=[[] for _ in texts[part]],
                    contexts=contexts[part],
                    dates=dates[part],
                    topics=topics[part],
                )
            )
        levelled[name] = [i for i, hits in enumerate(found) if any(hit.level for hit in hits)]
        weak[name] = sum(
            bool(hits) and hits[0].level is None and hits[0].score >= config.weak_min_score for hits in found
        )
    with_context = sum(context is not None for context in contexts)
    result = {
        "context_window": config.context_window,
        "context_min_words": config.context_min_words,
        "topic_window": TOPIC_WINDOW,
        "sentences": len(rows),
        "with_context": with_context,
        "false_levels": {name: len(found) for name, found in levelled.items()},
        "false_level_rate_with_debate_rerank": round(len(levelled["debate"]) / max(len(rows), 1), 6),
        "new_with_context": [texts[i] for i in sorted(set(levelled["context"]) - set(levelled["alone"]))][:20],
        "weak_candidates_shown": weak,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(
        f"match context on {len(rows)} negative sentences ({with_context} get context, all a topic): levelled at "
        f"page dates {result['false_levels']}; weak candidates shown {weak} -> {out}"
    )
    return 0


#: Reciprocal-rank fusion constant (Cormack et al. 2009); the fusion mode also tries a sharper one.
RRF_K = (5, 60)
#: Ids ranked per formulation in the fusion mode (the pool RRF fuses).
FUSION_DEPTH = 30


def load_speakers(data: Path) -> dict[str, str]:
    """vclaim id -> the last word of the speaker PolitiFact names ("Donald Trump" -> "trump")."""
    with gzip.open(data / "vclaims.jsonl.gz", "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return {row["id"]: speaker_key(row.get("speaker") or "") for row in rows}


def rrf(rankings: Sequence[Sequence[str]], k: int) -> list[str]:
    """Reciprocal-rank fusion of several rankings of one query: each id scores the sum of 1 / (k + rank)."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking[:FUSION_DEPTH]):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank + 1)
    return sorted(scores, key=lambda item: -scores[item])


def fusion(data: Path, split: str, index_dir: Path, out: Path) -> int:
    """What fusing several phrasings of a debate line does, against the shipped context rule, in one run.

    Formulations (each dated by its debate, ranked by sift): the line alone; the line with the previous lines of
    its speaker's turn as an extra phrasing (windows 1-3, added to every line: ``always``); the context and the
    line joined as the query text; the context alone. Each fusion is RRF over some of them; ``speaker_bonus``
    adds 0.1 to the score of fact-checks of the line's speaker (PolitiFact's ``speaker``; the transcript's), a
    lead for pages whose attributions name the claimant. ``rule_cv`` re-chooses the rule's window and trigger
    by 5-fold CV from the same rankings (a line that the rule leaves alone keeps its ranking alone).
    """
    from sift.match.context import needs_context

    queries = load_queries(data, split)
    debates = load_transcripts(data)
    matcher = Matcher.open(MemoryStore(load_vclaims(data)), encoder=load_encoder("usem3"), index_dir=index_dir)
    where = [locate(query, debates) for query in queries]
    dates = [debate_day(found[0]) if found else None for found in where]
    turns = [previous_lines(debates[found[0]], found[1], 3) if found else [] for found in where]
    texts = [query.text for query in queries]

    def context(i: int, window: int) -> str:
        return " ".join(turns[i][len(turns[i]) - window :])

    def ranked(query_texts: list[str], variants: list[list[str]]) -> list[list[tuple[str, float]]]:
        out: list[list[tuple[str, float]]] = []
        for start in range(0, len(query_texts), PAGE):
            part = slice(start, start + PAGE)
            found = matcher.search_many(
                query_texts[part],
                langs=["en"] * len(query_texts[part]),
                k=FUSION_DEPTH,
                variants=variants[part],
                dates=dates[part],
            )
            out.extend([[(hit.factcheck.id, hit.score) for hit in hits] for hits in found])
        return out

    runs = {"alone": ranked(texts, [[] for _ in texts])}
    for window in (1, 2, 3):
        joined = [f"{context(i, window)} {text}" if turns[i] else "" for i, text in enumerate(texts)]
        runs[f"context_variant_{window}"] = ranked(texts, [[j] if j else [] for j in joined])
    runs["context_text_1"] = ranked(
        [
            j or t
            for j, t in zip(
                [f"{context(i, 1)} {t}" if turns[i] else "" for i, t in enumerate(texts)], texts, strict=True
            )
        ],
        [[] for _ in texts],
    )
    runs["context_only_2"] = ranked([context(i, 2) or text for i, text in enumerate(texts)], [[] for _ in texts])
    ids = {name: [[item for item, _ in ranking] for ranking in run] for name, run in runs.items()}

    def scored_ids(rankings: list[list[str]]) -> float:
        return round(
            sum(average_precision(r, q.gold, 5) for r, q in zip(rankings, queries, strict=True)) / len(queries), 4
        )

    result: dict[str, object] = {
        "n_queries": len(queries),
        "split": split,
        "bm25": scored(rank_bm25(matcher, queries), queries, 1.0)["map@5"],
    }
    result["formulations"] = {name: scored_ids(rankings) for name, rankings in ids.items()}
    fused: dict[str, float] = {}
    for names in (
        ("alone", "context_variant_2"),
        ("alone", "context_text_1"),
        ("context_variant_2", "context_text_1"),
        ("alone", "context_variant_2", "context_text_1"),
        ("alone", "context_variant_2", "context_only_2"),
        ("context_variant_1", "context_variant_2", "context_variant_3"),
    ):
        for k in RRF_K:
            fused[f"rrf{k}:" + "+".join(names)] = scored_ids(
                [rrf(group, k) for group in zip(*(ids[n] for n in names), strict=True)]
            )
    result["rrf"] = fused
    speakers = load_speakers(data)
    lines = [speaker_key(debates[found[0]][found[1]][1]) if found else "" for found in where]
    bonus = [
        [
            item
            for item, _ in sorted(
                run, key=lambda pair: -(pair[1] + (0.1 if line and speakers.get(pair[0]) == line else 0.0))
            )
        ]
        for run, line in zip(runs["context_variant_2"], lines, strict=True)
    ]
    result["speaker_bonus"] = {
        "context_variant_2": scored_ids(bonus),
        "gold_said_by_the_line_speaker": round(
            sum(speakers.get(g) == line for q, line in zip(queries, lines, strict=True) for g in q.gold)
            / max(sum(len(q.gold) for q in queries), 1),
            4,
        ),
    }
    per: list[list[float]] = []
    settings: list[dict[str, int]] = []
    alone_ap = [average_precision(r, q.gold, 5) for r, q in zip(ids["alone"], queries, strict=True)]
    for window in (1, 2, 3):
        with_ap = [
            average_precision(r, q.gold, 5) for r, q in zip(ids[f"context_variant_{window}"], queries, strict=True)
        ]
        for words in (4, 6, 8, 10, 12, 16, 20, 1000):
            fire = [
                bool(turns[i]) and needs_context(q.text, "en", min_content_words=words) for i, q in enumerate(queries)
            ]
            per.append([c if f else a for a, c, f in zip(alone_ap, with_ap, fire, strict=True)])
            settings.append({"context_window": window, "context_min_words": words})
    result["rule_sweep"] = [
        {**setting, "map@5": round(sum(ap) / len(ap), 4)} for setting, ap in zip(settings, per, strict=True)
    ]
    result["rule_cv"] = cross_validated(per, settings)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    best = max(fused, key=fused.__getitem__)
    f = result["formulations"]
    print(
        f"match 2B {split} fusion n={len(queries)}: alone {f['alone']:.3f} | context variant (w2, always) "
        f"{f['context_variant_2']:.3f} | best RRF {fused[best]:.3f} ({best}) | speaker bonus "
        f"{result['speaker_bonus']['context_variant_2']:.3f} | rule CV {result['rule_cv']['map@5']:.3f} | bm25 "
        f"{result['bm25']:.3f} -> {out}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the checkthat2022-2b folder")
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    parser.add_argument("--index-dir", type=Path, default=None, help="cache for the index (default: /tmp)")
    parser.add_argument("--always", action="store_true", help="also score context added to every sentence")
    parser.add_argument("--sweep", action="store_true", help="score window/trigger settings (train only)")
    parser.add_argument("--realpages", type=Path, help="count how often the rule fires on these pages instead")
    parser.add_argument("--negatives", action="store_true", help="false levels context adds on real-page negatives")
    parser.add_argument("--fusion", action="store_true", help="fuse several phrasings of each line (train only)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.negatives:
        return negatives(args.out or ROOT / "bench" / "results" / "match-context-negatives.json")
    if args.realpages:
        return realpages(args.realpages, args.out or ROOT / "bench" / "results" / "match-context-realpages.json")
    if (args.sweep or args.fusion) and args.split != "train":
        parser.error("--sweep and --fusion tune: run them on --split train only")
    index_dir = args.index_dir or Path("/tmp") / f"sift-match-index-2b-{LOADER_VERSION}"
    if args.fusion:
        return fusion(
            args.data, args.split, index_dir, args.out or ROOT / "bench" / "results" / "match-2b-train-fusion.json"
        )
    out = args.out or ROOT / "bench" / "results" / f"match-2b-{args.split}{'-sweep' if args.sweep else ''}.json"

    queries = load_queries(args.data, args.split)
    debates = load_transcripts(args.data)
    matcher = Matcher.open(MemoryStore(load_vclaims(args.data)), encoder=load_encoder("usem3"), index_dir=index_dir)
    no_variants: list[list[str]] = [[] for _ in queries]

    result: dict[str, object] = {"n_queries": len(queries), "split": args.split}
    started = time.perf_counter()
    bm25 = rank_bm25(matcher, queries)
    result["bm25"] = scored(bm25, queries, time.perf_counter() - started)
    configs = [MatchConfig()]
    if args.sweep:
        configs = [
            MatchConfig(context_window=window, context_min_words=words)
            for window in (1, 2, 3)
            for words in (4, 6, 8, 10)
        ]
    _, dates, _ = queries_with_context(queries, debates, configs[0], always=False)
    started = time.perf_counter()
    alone = rank_sift(matcher, queries, no_variants, dates)
    result["sift"] = scored(alone, queries, time.perf_counter() - started)
    if not args.sweep:
        # the sentence alone and undated: what the matcher gives a bare debate line (`sift match` without --date)
        undated = rank_sift(matcher, queries, no_variants, [None] * len(queries))
        result["sift_undated"] = scored(undated, queries, 1.0)
    runs = []
    per_query: list[list[float]] = []  # AP@5 of each query under each setting, for the cross-validated choice
    for config in configs:
        variants, dates, fired = queries_with_context(queries, debates, config, always=False)
        started = time.perf_counter()
        rankings = rank_sift(matcher, queries, variants, dates, alone)
        run = {
            "context_window": config.context_window,
            "context_min_words": config.context_min_words,
            "context_rate": round(fired / max(len(queries), 1), 4),
            **scored(rankings, queries, time.perf_counter() - started),
        }
        runs.append(run)
        per_query.append([average_precision(r, q.gold, 5) for r, q in zip(rankings, queries, strict=True)])
        print(f"  {run}", file=sys.stderr, flush=True)
    result["sift_context"] = runs[0] if not args.sweep else max(runs, key=lambda run: run["map@5"])
    if args.sweep:
        result["sweep"] = runs
        result["cv"] = cross_validated(per_query, runs)
    else:
        # what the match stage ships: every line re-ranked by the debate model (train/match_debate.py fitted it on
        # train) with the transcript's speaker and the lines around it; lines with context searched with it
        variants, dates, _ = queries_with_context(queries, debates, configs[0], always=False)
        where = [locate(query, debates) for query in queries]
        speakers = [debates[found[0]][found[1]][1] if found else None for found in where]
        topics = [topic_of(debates, found) for found in where]
        started = time.perf_counter()
        rankings = rank_debate(matcher, queries, variants, dates, speakers, topics)
        result["sift_debate"] = scored(rankings, queries, time.perf_counter() - started)
        unnamed = rank_debate(matcher, queries, variants, dates, [None] * len(queries), topics)
        result["sift_debate_no_speaker"] = scored(unnamed, queries, 1.0)
        no_topic = rank_debate(matcher, queries, variants, dates, speakers, [None] * len(queries))
        result["sift_debate_no_topic"] = scored(no_topic, queries, 1.0)
    if args.always:
        variants, dates, fired = queries_with_context(queries, debates, configs[0], always=True)
        result["sift_context_always"] = {
            "context_rate": round(fired / max(len(queries), 1), 4),
            **scored(rank_sift(matcher, queries, variants, dates, alone), queries, 1.0),
        }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    s, c, b = result["sift"], result["sift_context"], result["bm25"]
    if "sift_debate" in result:
        print(
            f"match 2B {args.split}: sift+context+debate re-rank MAP@5 {result['sift_debate']['map@5']:.3f} "
            f"(without the speaker {result['sift_debate_no_speaker']['map@5']:.3f}, without the topic "
            f"{result['sift_debate_no_topic']['map@5']:.3f})"
        )
    print(
        f"match 2B {args.split} n={len(queries)}: sift+context MAP@5 {c['map@5']:.3f} (context on "
        f"{c['context_rate']:.1%} of sentences) | sift alone MAP@5 {s['map@5']:.3f} (undated "
        f"{result.get('sift_undated', {}).get('map@5', float('nan')):.3f}) | bm25 MAP@5 {b['map@5']:.3f} "
        f"-> {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
