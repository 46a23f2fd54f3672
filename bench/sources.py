"""Outlet profiles: coverage of outlet mentions, agreement of the shipped quality with Baly et al., load time.

Usage: python bench/sources.py [--relays bench/data/sources-relays.jsonl] [--realpages realpages-dev.jsonl]
                               [--no-pipeline] [--no-check-baseline] [--out bench/results/sources.json]

Coverage is measured per kind of mention, each as the share resolved among the mentions that are
*resolvable*, i.e. whose outlet has a record in the data (its host or a parent domain appears in one of the
raw datasets or the curated table, read here independently of the built table). A mention counts as resolved
only if the profile found holds that record (a wrong outlet is a miss).
- publishers: ``publisher_site`` of the bundled sample fact-checks, the Snopes URLs of CheckThat! 2022 2A vclaims
  (the 2,266 that have one) and PolitiFact for every 2B vclaim (their ``url`` is a politifact.com path);
- relays: outlets named as relays or sources on real pages (``--relays``: one JSON object per line with
  ``mention`` and the expected ``domain``; default the hand-made list from ../shared/data/extraction pages);
- real-page outlets (``--realpages``, default ``bench/data/realpages-dev.jsonl``, the hand-annotated dev set):
  every relay and speaker of kind ``outlet``, by its name and as written on the page (declined, with
  descriptors), against the sites in ``bench/data/sources-realpages-outlets.json`` (written by hand from
  the names alone); written mentions that name no outlet (``_descriptions`` there: "der Nachrichtenagentur")
  are counted apart and must resolve to nothing;
- real-page pipeline (skip with ``--no-pipeline``): the stages extract → attribution → sources run on the same
  pages; every relay and ``outlet`` speaker sift reads, and whether it got a profile (a read, not a gold score:
  generic nouns such as "Zeitung" must stay without one);
- page sites: the host of every page of ../shared/data/extraction (what ``doc.site`` resolves from).
Also listed: CheckThat! 2B speakers that resolve to an outlet by name (a false-positive check: most are people).

Agreement: ROC AUC of the shipped ``quality`` for Baly et al. factuality, low (0) vs high (1), mixed left out, on
the emnlp18 and acl2020 corpora (EVALUATION ONLY: read here, never by the build). Baseline in the same run:
the shipped ``reliability`` label alone (Wikipedia perennial sources via idiap), on the domains it covers and
on the domains both cover. Caveat: Lin et al.'s score aggregates six rating sets, MBFC among them, and Baly's
labels come from MBFC, so this agreement is optimistic.

Load time: median of fresh loads of the shipped table; baseline: one warm ``sift check`` of the seed page.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import statistics
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sift.sources import SourceTable  # noqa: E402
from sift.sources.hosts import normalise_host, parent_hosts  # noqa: E402
from sift.sources.table import DEFAULT_PATH, Found  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
PROFILES = SHARED / "source-profiles"
BALY = PROFILES / "baly2018-EVALUATION-ONLY" / "data"
RELAYS = REPO / "bench" / "data" / "sources-relays.jsonl"
#: Ordinal value of each reliability label, for the baseline's AUC.
RELIABILITY_SCORE = {"reliable": 1.0, "mixed": 0.5, "unreliable": 0.0, "deprecated": -0.5}


# ---- what the data holds, read independently of the build -------------------------------------------


def raw_hosts() -> set[str]:
    """Every host any shippable dataset or the curated table has a record for."""
    hosts: set[str] = set()
    with (PROFILES / "asd-state-media" / "State_Media_Matrix.csv").open(encoding="utf-8") as handle:
        hosts.update(normalise_host(row["URL"]) or "" for row in csv.DictReader(handle) if row["URL"].strip())
    with (PROFILES / "lin2023-domain-quality" / "data" / "domain_pc1.csv").open(encoding="utf-8") as handle:
        hosts.update(normalise_host(row["domain"]) or "" for row in csv.DictReader(handle) if "/" not in row["domain"])
    golden = PROFILES / "idiap-news-media-reliability" / "data" / "golden_truth"
    perennial = json.loads((golden / "wikipedia_perennial_sources" / "wikipedia_perennial_sources.json").read_text())
    hosts.update(normalise_host(domain) or "" for domain in perennial)
    with (golden / "golden_truth_dataset.csv").open(encoding="utf-8") as handle:
        hosts.update(normalise_host(r["domain"]) or "" for r in csv.DictReader(handle) if r["label_source"] == "manual")
    curated = tomllib.loads((REPO / "scripts" / "sources_curated.toml").read_text(encoding="utf-8"))
    hosts.update(normalise_host(domain) or "" for entry in curated["outlet"] for domain in entry["domains"])
    hosts.discard("")
    return hosts


def platforms() -> set[str]:
    """Hosts whose sub-domains are other publishers: the curated list and the Public Suffix List's platforms."""
    curated = tomllib.loads((REPO / "scripts" / "sources_curated.toml").read_text(encoding="utf-8"))
    return set(curated["platforms"]["hosts"])


def record_host(site: str, hosts: set[str]) -> str | None:
    """The nearest host with a record for ``site`` (itself or a parent), or ``None`` when none has.

    A platform's record (wordpress.com, blogspot.com) is no record for its users' sub-domains.
    """
    from publicsuffixlist import PublicSuffixList

    host = normalise_host(site)
    if host is None:
        return None
    if "psl" not in _PSL:
        _PSL["psl"] = PublicSuffixList()
    suffixes = _PSL["psl"]
    for candidate in parent_hosts(host):
        if candidate != host and (candidate in _PLATFORMS or suffixes.is_public(candidate)):
            return None
        if candidate in hosts:
            return candidate
    return None


_PSL: dict[str, Any] = {}
_PLATFORMS = platforms()


# ---- coverage ----------------------------------------------------------------------------------------


def coverage(mentions: list[tuple[str, str | None, Found | None]]) -> dict[str, Any]:
    """``mentions``: (label, record host or None, what the table found). Counts and misses."""
    resolvable = [(label, record, found) for label, record, found in mentions if record is not None]
    resolved = [m for m in resolvable if m[2] is not None and m[1] in m[2].profile.domains]
    wrong = [m for m in resolvable if m[2] is not None and m[1] not in m[2].profile.domains]
    unknown = [m for m in mentions if m[1] is None]
    distinct = {label for label, record, _ in resolvable}
    distinct_resolved = {label for label, _, _ in resolved}
    return {
        "mentions": len(mentions),
        "resolvable": len(resolvable),
        "resolved": len(resolved),
        "resolved_share": round(len(resolved) / len(resolvable), 4) if resolvable else None,
        "found_share_of_all": round(sum(1 for m in mentions if m[2] is not None) / len(mentions), 4),
        "distinct_resolvable": len(distinct),
        "distinct_resolved": len(distinct_resolved),
        "wrong_outlet": sorted({f"{label} -> {found.profile.name}" for label, _, found in wrong if found}),
        "missed": sorted({label for label, _, found in resolvable if found is None}),
        "no_record": sorted({label for label, _, _ in unknown}),
    }


def publisher_mentions(table: SourceTable, hosts: set[str]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    sample = [json.loads(line) for line in (REPO / "src/sift/resources/factchecks-sample.jsonl").open()]
    rows = [(r.get("publisher_site") or "", r.get("publisher_name")) for r in sample]
    results["sample_factchecks"] = coverage(
        [(site, record_host(site, hosts), table.for_publisher(site, name)) for site, name in rows]
    )
    claim_matching = SHARED / "claim-matching"
    snopes = []
    with gzip.open(claim_matching / "checkthat2022-2a" / "vclaims.jsonl.gz", "rt", encoding="utf-8") as handle:
        snopes = [json.loads(line)["url"] for line in handle]
    snopes = [url for url in snopes if url]
    results["checkthat2a_vclaims"] = coverage(
        [(normalise_host(u) or u, record_host(u, hosts), table.for_publisher(u)) for u in snopes]
    )
    with gzip.open(claim_matching / "checkthat2022-2b" / "vclaims.jsonl.gz", "rt", encoding="utf-8") as handle:
        paths = [json.loads(line)["url"] for line in handle]
    sites = ["politifact.com" + path if path.startswith("/") else path for path in paths]
    results["checkthat2b_vclaims"] = coverage(
        [(normalise_host(s) or s, record_host(s, hosts), table.for_publisher(s, "PolitiFact")) for s in sites]
    )
    return results


def relay_mentions(table: SourceTable, hosts: set[str], path: Path) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    mentions = [(r["mention"], record_host(r["domain"], hosts), table.resolve(r["mention"], within=True)) for r in rows]
    return {"file": str(path.relative_to(REPO) if path.is_relative_to(REPO) else path), **coverage(mentions)}


def realpages_outlets(table: SourceTable, hosts: set[str], path: Path, sites: Path) -> dict[str, Any]:
    """Outlets (kind ``outlet``) among the relays and speakers of the real-page dev set, by name and as written.

    ``sites`` maps each outlet's name to the site it publishes on (hand-written, see the file's ``_about``),
    and lists under ``_descriptions`` the written mentions that name no outlet ("der Nachrichtenagentur",
    "dem Bericht"): they are scored apart, as mentions that must find nothing.
    """
    data = json.loads(sites.read_text(encoding="utf-8"))
    expected = {k: v for k, v in data.items() if not k.startswith("_")}
    descriptions = set(data.get("_descriptions", ()))
    names: list[tuple[str, str | None, Found | None]] = []
    written: list[tuple[str, str | None, Found | None]] = []
    described: list[tuple[str, str | None, Found | None]] = []
    for line in path.open(encoding="utf-8"):
        page = json.loads(line)
        for entity in (*page.get("relays", ()), *page.get("speakers", ())):
            if entity.get("kind") != "outlet":
                continue
            site = expected.get(entity["name"])
            record = record_host(site, hosts) if site else None
            names.append((entity["name"], record, table.resolve(entity["name"], within=True)))
            for alias in entity.get("aliases", ()):
                mention = (alias, record, table.resolve(alias, within=True))
                (described if alias in descriptions else written).append(mention)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return {
        "file": str(path.relative_to(REPO) if path.is_relative_to(REPO) else path),
        "sha256": digest,
        "names": coverage(names),
        "as_written": coverage(written),
        "as_written_with_descriptions": coverage(written + described),
        "descriptions": {
            "mentions": len(described),
            "resolved_falsely": sorted(f"{label} -> {found.profile.name}" for label, _, found in described if found),
        },
    }


def pipeline_outlets(path: Path, extraction: Path) -> dict[str, Any]:
    """Relays and outlet speakers as the stages find them on the real-page dev set, and which got a profile.

    Runs extract → attribution → sources on each page (the shipped table, no store) and lists every relay's
    text and every ``outlet`` speaker's name with the profile it got (``None``: no profile).
    """
    from sift.errors import InputError
    from sift.workbench import Workbench

    workbench = Workbench(stages=("extract", "language", "segment", "attribution", "sources"))
    relays: list[dict[str, Any]] = []
    speakers: list[dict[str, Any]] = []
    refused = 0
    for line in path.open(encoding="utf-8"):
        gold = json.loads(line)
        try:
            doc = workbench.check(str(extraction / gold["dataset"] / gold["file"]), kind="file")
        except InputError:
            refused += 1
            continue
        found = {use.ref: outlet.profile["name"] for outlet in doc.outlets for use in outlet.uses}
        for attribution in doc.attributions:
            block = doc.block(attribution.frame_block_id)
            for index, relay in enumerate(attribution.via):
                written = block.text[relay.source.start : relay.source.end]
                ref = f"{attribution.id}.via{index}"
                relays.append({"page": gold["id"], "text": written, "profile": found.get(ref)})
        for speaker in doc.speakers:
            if speaker.kind == "outlet":
                speakers.append({"page": gold["id"], "text": speaker.name, "profile": found.get(speaker.id)})

    def share(rows: list[dict[str, Any]]) -> dict[str, Any]:
        hits = sum(1 for row in rows if row["profile"] is not None)
        return {"read": len(rows), "profiled": hits, "rows": rows}

    return {
        "pages": sum(1 for _ in path.open(encoding="utf-8")),
        "refused": refused,
        "relays": share(relays),
        "outlet_speakers": share(speakers),
    }


def page_sites(table: SourceTable, hosts: set[str]) -> dict[str, Any]:
    urls = [v["url"] for v in json.loads((SHARED / "extraction/scrapinghub/ground-truth.json").read_text()).values()]
    urls += list(json.loads((SHARED / "extraction/trafilatura-eval-dev/expectations.json").read_text()))
    urls = [u for u in urls if u.startswith("http")]
    mentions = [(normalise_host(u) or u, record_host(u, hosts), table.by_domain(u)) for u in urls]
    return coverage(mentions)


def speaker_names(table: SourceTable) -> dict[str, Any]:
    path = SHARED / "claim-matching" / "checkthat2022-2b" / "vclaims.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        speakers = Counter(json.loads(line)["speaker"] for line in handle)
    hits = {name: table.by_name(name) for name in speakers}
    resolved = {name: found.profile.name for name, found in hits.items() if found is not None}
    return {
        "distinct_speakers": len(speakers),
        "resolved_by_name": len(resolved),
        "resolved_mentions": sum(speakers[name] for name in resolved),
        "resolved": dict(sorted(resolved.items(), key=lambda item: -speakers[item[0]])),
    }


# ---- agreement with Baly et al. (evaluation only) -------------------------------------------------------


def agreement(table: SourceTable) -> dict[str, Any]:
    from sklearn.metrics import roc_auc_score

    results: dict[str, Any] = {}
    for corpus in ("emnlp18", "acl2020"):
        with (BALY / corpus / "corpus.tsv").open(encoding="utf-8") as handle:
            rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["fact"] in ("low", "high")]
        labelled = []
        for row in rows:
            found = table.by_domain(row["source_url"])
            profile = found.profile if found else None
            labelled.append(
                (
                    int(row["fact"] == "high"),
                    profile.quality if profile else None,
                    RELIABILITY_SCORE.get(profile.reliability or "") if profile else None,
                )
            )

        def auc(items: list[tuple[int, float]]) -> dict[str, Any]:
            gold = [g for g, _ in items]
            if len(set(gold)) < 2:
                return {"n": len(items), "auc": None}
            return {"n": len(items), "auc": round(float(roc_auc_score(gold, [s for _, s in items])), 4)}

        quality = [(g, q) for g, q, _ in labelled if q is not None]
        label = [(g, r) for g, _, r in labelled if r is not None]
        both = [(g, q, r) for g, q, r in labelled if q is not None and r is not None]
        results[corpus] = {
            "domains_low_or_high": len(labelled),
            "low": sum(1 for g, _, _ in labelled if g == 0),
            "quality": {**auc(quality), "coverage": round(len(quality) / len(labelled), 4)},
            "baseline_reliability_label": {**auc(label), "coverage": round(len(label) / len(labelled), 4)},
            "on_both": {
                "quality": auc([(g, q) for g, q, _ in both]),
                "baseline_reliability_label": auc([(g, r) for g, _, r in both]),
            },
        }
    return results


# ---- load time ------------------------------------------------------------------------------------------


def load_times(runs: int = 7) -> dict[str, Any]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        table = SourceTable.load()
        table.resolve("Sputnik")
        times.append((time.perf_counter() - start) * 1000)
    return {"runs": runs, "median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def check_baseline() -> dict[str, Any]:
    """One warm ``sift check`` of the seed (models loaded by a first run that is not timed)."""
    from sift.workbench import Workbench

    seed = REPO / "src" / "sift" / "resources" / "seed-albu-kamal.txt"
    bench = Workbench()
    bench.check(str(seed))
    start = time.perf_counter()
    bench.check(str(seed))
    return {"warm_check_seed_ms": round((time.perf_counter() - start) * 1000, 1)}


def _realpages_summary(result: dict[str, Any]) -> str:
    outlets = result.get("realpages_outlets")
    if not outlets:
        return ""
    names, written, described = outlets["names"], outlets["as_written"], outlets["descriptions"]
    line = (
        f", real-page outlets {names['resolved']}/{names['resolvable']} "
        f"(as written {written['resolved']}/{written['resolvable']}, "
        f"descriptions resolved {len(described['resolved_falsely'])}/{described['mentions']})"
    )
    run = result.get("realpages_pipeline")
    if run:
        relays, speakers = run["relays"], run["outlet_speakers"]
        line += (
            f", pipeline relays {relays['profiled']}/{relays['read']} profiled, "
            f"outlet speakers {speakers['profiled']}/{speakers['read']}"
        )
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relays", type=Path, default=RELAYS)
    parser.add_argument("--realpages", type=Path, default=REPO / "bench" / "data" / "realpages-dev.jsonl")
    parser.add_argument(
        "--realpages-sites", type=Path, default=REPO / "bench" / "data" / "sources-realpages-outlets.json"
    )
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "sources.json")
    parser.add_argument("--extraction", type=Path, default=SHARED / "extraction", help="pages of --realpages")
    parser.add_argument("--no-pipeline", action="store_true", help="skip running the stages on --realpages")
    parser.add_argument("--no-check-baseline", action="store_true", help="skip timing sift check on the seed")
    args = parser.parse_args(argv)
    table = SourceTable.load()
    hosts = raw_hosts()
    result: dict[str, Any] = {
        "table": {"profiles": len(table), "file_kib": round(DEFAULT_PATH.stat().st_size / 1024)},
        "load": load_times(),
        "publishers": publisher_mentions(table, hosts),
        "relays": relay_mentions(table, hosts, args.relays),
        "page_sites": page_sites(table, hosts),
        "checkthat2b_speakers": speaker_names(table),
        "baly_agreement": agreement(table),
    }
    if args.realpages and args.realpages.exists():
        result["realpages_outlets"] = realpages_outlets(table, hosts, args.realpages, args.realpages_sites)
        if not args.no_pipeline and args.extraction.is_dir():
            result["realpages_pipeline"] = pipeline_outlets(args.realpages, args.extraction)
    if not args.no_check_baseline:
        result["load"].update(check_baseline())
        result["load"]["load_over_check"] = round(result["load"]["median_ms"] / result["load"]["warm_check_seed_ms"], 3)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    pubs = result["publishers"]["sample_factchecks"]
    relays, baly = result["relays"], result["baly_agreement"]["emnlp18"]
    print(
        f"sources: publishers {pubs['resolved']}/{pubs['resolvable']} resolvable resolved (sample fact-checks), "
        f"relays {relays['resolved']}/{relays['resolvable']}{_realpages_summary(result)}, "
        f"page sites {result['page_sites']['resolved_share']}; "
        f"Baly emnlp18 AUC quality {baly['quality']['auc']} (n={baly['quality']['n']}) vs reliability label "
        f"{baly['baseline_reliability_label']['auc']} (n={baly['baseline_reliability_label']['n']}); "
        f"load {result['load']['median_ms']} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
