"""Build the shipped outlet table from the shippable open datasets and the hand-curated names.

    .venv/bin/python scripts/build_sources.py --data ../shared/data/source-profiles \
        --out src/sift/resources/sources/

Reads the ASD/GMF State Media Matrix (MIT), Lin et al. 2023 domain quality (reuse permitted) and idiap
News-Media-Reliability's Wikipedia perennial-sources labels and hand-made list (Apache-2.0), plus
``scripts/sources_curated.toml``. Never reads the evaluation-only Baly et al. data, nor idiap's
MBFC- or NewsGuard-derived labels. Writes ``profiles.jsonl.gz`` and prints the counts that
``SOURCE-sources.md`` quotes. The output is deterministic (same inputs, same bytes).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sift.sources.hosts import is_own_domain, looks_like_host, normalise_host
from sift.sources.names import MIN_LABEL_CHARS, name_keys
from sift.sources.profile import TYPES
from sift.sources.table import CURATED, DATASET, DERIVED, FORMAT
from sift.sources.typology import asd_code

REPO = Path(__file__).resolve().parents[1]
CURATED_PATH = REPO / "scripts" / "sources_curated.toml"

#: Upstream commits of the copies in ../shared/data/source-profiles (see its README).
DATASETS: dict[str, dict[str, str]] = {
    "asd-state-media": {
        "title": "State Media Matrix (Alliance for Securing Democracy at GMF, seed data from the State Media Monitor)",
        "origin": "github.com/ASD-at-GMF/state-media-profiles @ d878fee1",
        "licence": "MIT",
        "attribution": "State Media Matrix © Alliance for Securing Democracy (GMF), MIT licence; typology and "
        "seed data from the State Media Monitor (Media and Journalism Research Center)",
    },
    "lin2023": {
        "title": "Domain quality ratings (Lin et al., PNAS Nexus 2023)",
        "origin": "github.com/hauselin/domain-quality-ratings @ 5671d57e",
        "licence": 'reuse permitted by the authors ("Feel free to reuse the data")',
        "attribution": "Lin, Lasser, Lewandowsky, Cole, Gully, Rand & Pennycook (2023), High level of "
        "correspondence across different news domain quality rating sets, PNAS Nexus 2(9), "
        "doi:10.1093/pnasnexus/pgad286",
    },
    "idiap-reliability": {
        "title": "News-Media-Reliability (Burdisso et al., NAACL 2024): Wikipedia perennial sources and manual labels",
        "origin": "github.com/idiap/News-Media-Reliability @ c3f50254",
        "licence": "Apache-2.0",
        "attribution": "Copyright (c) 2024 Idiap Research Institute, Apache-2.0; labels from Wikipedia's "
        "Reliable sources/Perennial sources list",
    },
    "sift-curated": {
        "title": "sift's hand-curated outlet names and editions (scripts/sources_curated.toml)",
        "origin": "this repository",
        "licence": "Apache-2.0",
        "attribution": "sift contributors",
    },
}

#: Country names in the matrix that are not ISO 3166 names pycountry knows (and its typos).
COUNTRY_FIXES = {
    "Brunei": ("BN", "Brunei"),
    "DR Congo": ("CD", "DR Congo"),
    "Russia": ("RU", "Russia"),
    "The Gambia": ("GM", "The Gambia"),
    "UAE": ("AE", "United Arab Emirates"),
    "Vatican City": ("VA", "Vatican City"),
    "Europen Union": ("EU", "European Union"),
    "Palestine territories": ("PS", "Palestinian territories"),
    "Turkey": ("TR", "Turkey"),
}

#: Wikipedia perennial-sources codes in idiap's JSON -> (sift reliability, Wikipedia's wording).
PERENNIAL = {
    1: ("reliable", "generally reliable"),
    0: ("mixed", "no consensus"),
    -1: ("unreliable", "generally unreliable"),
    -2: ("deprecated", "deprecated"),
}

#: Kinds of asset the matrix writes before a name ("Television: CNC World").
_ASSET_PREFIX = re.compile(
    r"^(?:television|tv|print media|print|radio|online|news agency|news portals|website|magazine)\s*:\s*", re.I
)
_PARENTHESIS = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)?\s*$")
#: Parentheses that say which edition a row is, not another name of the outlet.
#: The Public Suffix List, full and ICANN-only (``publicsuffixlist`` ships a dated copy; loaded by ``build``).
_SUFFIXES: dict[str, Any] = {}
_EDITION_WORDS = re.compile(
    r"\b(?:edition|english|french|spanish|chinese|arabic|german|russian|japanese|korean|portuguese|control)\b", re.I
)


@dataclass
class Unit:
    """A group of dataset rows and curated entries that are one outlet for a reader."""

    names: list[tuple[str, int]] = field(default_factory=list)  # (name, priority)
    domains: list[str] = field(default_factory=list)
    evidence: list[tuple[str, str, Any]] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    curated: dict[str, Any] | None = None


class Builder:
    """Collects units, merges the ones that share a domain, and writes the table."""

    def __init__(self) -> None:
        self.units: list[Unit] = []
        self.parent: list[int] = []
        self.by_host: dict[str, int] = {}
        self.country_names: dict[str, str] = {}
        self.counts: Counter[str] = Counter()

    def add(self, unit: Unit) -> int:
        index = len(self.units)
        self.units.append(unit)
        self.parent.append(index)
        for host in unit.domains:
            if host in self.by_host:
                self.union(self.by_host[host], index)
            else:
                self.by_host[host] = index
        return index

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[Unit]]:
        grouped: dict[int, list[Unit]] = {}
        for index, unit in enumerate(self.units):
            grouped.setdefault(self.find(index), []).append(unit)
        return [sorted(units, key=lambda u: u.curated is None) for _, units in sorted(grouped.items())]


# ---- readers ---------------------------------------------------------------------------------------


def country_code(name: str) -> tuple[str, str] | None:
    """ISO alpha-2 code and display name for a matrix country name (exact pycountry lookup, no fuzzing)."""
    import pycountry

    if name in COUNTRY_FIXES:
        return COUNTRY_FIXES[name]
    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        return None
    display = {"United States of America": "United States"}.get(name, name)
    return country.alpha_2, display


def clean_asset(text: str) -> tuple[str, list[str]]:
    """A matrix asset name without its kind prefix, and the names inside/outside its parentheses."""
    name = _ASSET_PREFIX.sub("", text.strip()).strip()
    derived: list[str] = []
    match = _PARENTHESIS.match(name)
    if match:
        outer, inner = match["outer"].strip(), match["inner"].strip()
        if not _EDITION_WORDS.search(inner):
            derived = [outer, _ASSET_PREFIX.sub("", inner)]
        if not name.endswith(")"):
            name = f"{outer} ({inner})"
    return name, derived


def read_asd(folder: Path, builder: Builder) -> None:
    """One unit per matrix row with a typology; rows with the same country, company and asset join."""
    path = folder / "asd-state-media" / "State_Media_Matrix.csv"
    by_key: dict[tuple[str, str, str], int] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = asd_code(row["Typology"])
            if code is None or not row["Country"].strip():
                builder.counts["asd rows skipped (no typology or country)"] += 1
                continue
            builder.counts["asd rows"] += 1
            country = country_code(row["Country"].strip())
            if country is None:
                raise SystemExit(f"unknown country in the State Media Matrix: {row['Country']!r}")
            builder.country_names.setdefault(*country)
            asset, derived = clean_asset(row["Main assets"] or row["Media company"])
            company = row["Media company"].strip().rstrip("*").strip()
            host = normalise_host(row["URL"]) if row["URL"].strip() else None
            unit = Unit(
                names=[(asset, DATASET), *((name, DERIVED) for name in derived)],
                domains=[host] if host else [],
                codes=[row["Typology"].strip()],
                countries=[country[0]],
                owners=[company] if company else [],
                evidence=[
                    ("asd-state-media", "typology", row["Typology"].strip()),
                    ("asd-state-media", "main assets", row["Main assets"].strip()),
                    ("asd-state-media", "media company", company),
                    ("asd-state-media", "country", row["Country"].strip()),
                    *([("asd-state-media", "url", row["URL"].strip())] if row["URL"].strip() else []),
                ],
            )
            index = builder.add(unit)
            key = (country[0], company.casefold(), asset.casefold())
            if key in by_key:
                builder.union(by_key[key], index)
            else:
                by_key[key] = index


def read_lin(folder: Path) -> dict[str, float]:
    """``domain -> pc1`` (0 lowest .. 1 highest quality); entries with a path (site sections) are skipped."""
    ratings: dict[str, float] = {}
    with (folder / "lin2023-domain-quality" / "data" / "domain_pc1.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if "/" in row["domain"]:
                continue
            host = normalise_host(row["domain"])
            if host is not None:
                ratings.setdefault(host, round(float(row["pc1"]), 4))
    return ratings


def read_idiap(folder: Path) -> dict[str, tuple[str, str, str]]:
    """``domain -> (reliability, field, wording)`` from Wikipedia's perennial sources, then idiap's manual list.

    The golden-truth rows labelled from MBFC or NewsGuard are never read: those ratings are closed.
    """
    base = folder / "idiap-news-media-reliability" / "data" / "golden_truth"
    labels: dict[str, tuple[str, str, str]] = {}
    perennial = json.loads((base / "wikipedia_perennial_sources" / "wikipedia_perennial_sources.json").read_text())
    for domain, code in perennial.items():
        host = normalise_host(domain)
        if host is not None:
            reliability, wording = PERENNIAL[int(code)]
            labels.setdefault(host, (reliability, "Wikipedia perennial sources", wording))
    with (base / "golden_truth_dataset.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["label_source"] != "manual":
                continue
            host = normalise_host(row["domain"])
            if host is not None and row["reliability_label"] == "-1":
                labels.setdefault(host, ("unreliable", "idiap manual list", "unreliable"))
    return labels


def read_curated(builder: Builder) -> set[str]:
    """Add the curated entries as units; returns the curated platform hosts."""
    data = tomllib.loads(CURATED_PATH.read_text(encoding="utf-8"))
    for entry in data["outlet"]:
        domains = [normalise_host(domain) for domain in entry["domains"]]
        if None in domains:
            raise SystemExit(f"curated entry {entry['name']!r} has a malformed domain")
        for key in ("type", "country"):
            if key in entry and entry[key] not in (TYPES if key == "type" else (entry[key],)):
                raise SystemExit(f"curated entry {entry['name']!r}: bad {key} {entry[key]!r}")
        unit = Unit(
            names=[(entry["name"], CURATED), *((alias["name"], CURATED) for alias in entry["aliases"])],
            domains=[d for d in domains if d],
            curated=entry,
            evidence=[
                ("sift-curated", "outlet", f"{entry['name']}: {entry['why']}"),
                *(("sift-curated", "alias", f"{alias['name']}: {alias['why']}") for alias in entry["aliases"]),
            ],
        )
        builder.add(unit)
        builder.counts["curated outlets"] += 1
        builder.counts["curated aliases"] += len(entry["aliases"])
    return {normalise_host(host) or host for host in data["platforms"]["hosts"]}


# ---- merging -----------------------------------------------------------------------------------------


def public_suffix_kind(host: str) -> str | None:
    """``icann`` for a public suffix (``co.uk``), ``private`` for a platform's (``blogspot.com``), else ``None``."""
    if _SUFFIXES["icann"].is_public(host):
        return "icann"
    if _SUFFIXES["all"].is_public(host):
        return "private"
    return None


def settle_labels(labels: dict[str, list[tuple[str, int]]], counts: Counter[str]) -> dict[str, Any]:
    """``label -> row``, or a list of rows when the label stays ambiguous (nothing is found by it then).

    Several domains often share a label: editions (rollingstone.com/.de/.it) and imposters that copy a
    known outlet's name (usatoday.com.co, nbc-news.org). The one written without a hyphen under ``.com``
    is preferred, the way a reader who names "USA TODAY" means usatoday.com; other ties stay ambiguous.
    """
    settled: dict[str, Any] = {}
    for label, hosts in sorted(labels.items()):
        rows = list(dict.fromkeys(index for _, index in hosts))
        if len(rows) > 1:
            preferred = list(dict.fromkeys(i for host, i in hosts if host == f"{label}.com"))
            counts["domain labels shared by several outlets"] += 1
            if len(preferred) == 1:
                counts["shared labels settled on the .com domain"] += 1
                rows = preferred
        settled[label] = rows[0] if len(rows) == 1 else rows
    counts["domain labels"] = len(settled)
    return settled


def domain_label(host: str) -> str | None:
    """The label of a registrable domain ("thehill.com" -> "thehill"), or ``None`` for sub-domains.

    Many outlets are named as their domain reads ("The Hill", "Rolling Stone", "USA TODAY"); most rated
    domains have no other name in the data. Shorter labels are too ambiguous to use (``MIN_LABEL_CHARS``).
    """
    if _SUFFIXES["all"].privatesuffix(host) != host:
        return None
    suffix = _SUFFIXES["all"].publicsuffix(host) or ""
    label = host[: -len(suffix) - 1].replace("-", "") if suffix else ""
    return label if len(label) >= MIN_LABEL_CHARS and label.isascii() and label.isalnum() else None


def attach_domain_ratings(builder: Builder, lin: dict[str, float], idiap: dict[str, tuple[str, str, str]]) -> None:
    """Domains rated by Lin et al. or idiap join the unit that holds them, else become a unit of their own."""
    for host in sorted(set(lin) | set(idiap)):
        if public_suffix_kind(host) == "icann":
            builder.counts["rated domains dropped (public suffix)"] += 1
            continue
        evidence: list[tuple[str, str, Any]] = []
        if host in lin:
            evidence.append(("lin2023", f"pc1 ({host})", lin[host]))
        if host in idiap:
            _, source, wording = idiap[host]
            evidence.append(("idiap-reliability", f"{source} ({host})", wording))
        if host in builder.by_host:
            builder.units[builder.by_host[host]].evidence.extend(evidence)
            builder.counts["rated domains joined to a named outlet"] += 1
        else:
            builder.add(Unit(names=[(host, DATASET)], domains=[host], evidence=evidence))
            builder.counts["rated domains as their own profile"] += 1


def profile_row(
    units: list[Unit], lin: dict[str, float], idiap: dict[str, tuple[str, str, str]], dataset_ids: list[str]
) -> list[Any]:
    """One row: name, domains, aliases, country, owner, type index, affiliated, quality, reliability, evidence."""
    curated = next((unit.curated for unit in units if unit.curated), None)
    domains = list(dict.fromkeys(host for unit in units for host in unit.domains))
    names = [name for unit in units for name in unit.names]
    codes = [code for unit in units for code in unit.codes]
    name = _profile_name(units, curated)
    aliases = [n for n, _ in sorted(names, key=lambda item: item[1]) if n != name and not looks_like_host(n)]
    aliases = list(dict.fromkeys(aliases))
    country = curated.get("country") if curated else None
    asd_countries = Counter(c for unit in units for c in unit.countries)
    if asd_countries:
        majority = asd_countries.most_common(1)[0][0]
        if country and country != majority:
            raise SystemExit(f"curated {name!r} says country {country}, the State Media Matrix says {majority}")
        country = majority
    owners = Counter(o for unit in units for o in unit.owners)
    owner = (curated or {}).get("owner") or (owners.most_common(1)[0][0] if owners else None)
    type_, affiliated = "unknown", False
    if codes:
        mapped = [asd_code(code) for code in codes]
        strongest = min((m for m in mapped if m), key=lambda m: (TYPES.index(m.type), not m.state_affiliated))
        type_, affiliated = strongest.type, strongest.state_affiliated
        if curated and curated.get("type") not in (None, type_):
            raise SystemExit(f"curated {name!r} says type {curated['type']}, the State Media Matrix says {type_}")
    elif curated and curated.get("type"):
        type_ = curated["type"]
        units[0].evidence.append(("sift-curated", "type", f"{type_}: {curated['why']}"))
    quality = next((lin[host] for host in domains if host in lin), None)
    reliability = next((idiap[host][0] for host in domains if host in idiap), None)
    evidence = [
        [dataset_ids.index(dataset), field_, value]
        for unit in units
        for dataset, field_, value in dict.fromkeys(unit.evidence)
    ]
    evidence = [list(item) for item in dict.fromkeys(tuple(item) for item in evidence)]
    return [name, domains, aliases, country, owner, TYPES.index(type_), int(affiliated), quality, reliability, evidence]


def _profile_name(units: list[Unit], curated: dict[str, Any] | None) -> str:
    """The curated name; else the asset name when there is one; else the company owning several assets."""
    if curated:
        return str(curated["name"])
    dataset_names = list(dict.fromkeys(n for unit in units for n, p in unit.names if p == DATASET))
    owners = list(dict.fromkeys(o for unit in units for o in unit.owners))
    if len(dataset_names) > 1 and len(owners) == 1:
        return owners[0]
    return dataset_names[0]


def build(data: Path) -> tuple[dict[str, Any], Counter[str]]:
    """The table as a JSON-ready dict, and the counts for the SOURCE note."""
    from publicsuffixlist import PublicSuffixList

    _SUFFIXES["all"], _SUFFIXES["icann"] = PublicSuffixList(), PublicSuffixList(only_icann=True)
    if "EVALUATION-ONLY" in str(data.resolve()):
        raise SystemExit("refusing to read an evaluation-only folder")
    builder = Builder()
    read_asd(data, builder)
    platforms = read_curated(builder)
    lin, idiap = read_lin(data), read_idiap(data)
    builder.counts["lin2023 domains"] = len(lin)
    builder.counts["idiap labelled domains"] = len(idiap)
    attach_domain_ratings(builder, lin, idiap)
    dataset_ids = list(DATASETS)
    built = []
    for units in builder.groups():
        row = profile_row(units, lin, idiap, dataset_ids)
        named = [(row[0], CURATED if units[0].curated else DATASET), *(n for unit in units for n in unit.names)]
        built.append((row, named))
    built.sort(key=lambda item: item[0][1][0] if item[0][1] else "~" + item[0][0].casefold())
    rows = [row for row, _ in built]
    names: dict[str, list[list[int]]] = {}
    labels: dict[str, list[tuple[str, int]]] = {}
    for index, (row, named) in enumerate(built):
        best: dict[str, int] = {}
        for name, priority in named:
            if not is_own_domain(name, row[1]):
                for key in name_keys(name):
                    best[key] = min(priority, best.get(key, priority))
        for key, priority in best.items():
            names.setdefault(key, []).append([priority, index])
        for host in row[1]:
            label = domain_label(host)
            if label:
                labels.setdefault(label, []).append((host, index))
    exact_only = sorted({host for row in rows for host in row[1] if public_suffix_kind(host) == "private"} | platforms)
    countries = dict(sorted(builder.country_names.items()))
    import pycountry

    for row in rows:
        if row[3] and row[3] not in countries:
            country = pycountry.countries.get(alpha_2=row[3])
            countries[row[3]] = (
                {"EU": "European Union"}.get(row[3]) or getattr(country, "common_name", None) or country.name
            )
    counts = builder.counts
    counts["profiles"] = len(rows)
    counts["profiles with a state-media typology"] = sum(1 for row in rows if any(e[0] == 0 for e in row[9]))
    counts["state-affiliated profiles"] = sum(row[6] for row in rows)
    counts["profiles with a quality score"] = sum(1 for row in rows if row[7] is not None)
    counts["profiles with a reliability label"] = sum(1 for row in rows if row[8] is not None)
    counts["hosts"] = sum(len(row[1]) for row in rows)
    counts["name keys"] = len(names)
    counts["platform hosts (exact match only)"] = len(exact_only)
    for index, type_ in enumerate(TYPES):
        counts[f"type {type_}"] = sum(1 for row in rows if row[5] == index)
    table = {
        "format": FORMAT,
        "datasets": DATASETS,
        "countries": dict(sorted(countries.items())),
        "exact_only": exact_only,
        "profiles": rows,
        "names": dict(sorted(names.items())),
        "labels": settle_labels(labels, builder.counts),
    }
    return table, counts


def write(table: dict[str, Any], out: Path) -> Path:
    """Write ``profiles.jsonl.gz``: a header line (indexes, datasets, countries), the domain labels, then one
    line per profile.

    Labels and rows are parsed only when a lookup needs them, so loading reads the header and splits lines.
    The gzip mtime is fixed: a rebuild from the same inputs is byte-identical.
    """
    out.mkdir(parents=True, exist_ok=True)
    target = out / "profiles.jsonl.gz"
    rows = table.pop("profiles")
    labels = table.pop("labels")
    table["domains"] = [row[1] for row in rows]
    lines = [table, labels, *([row[0], *row[2:]] for row in rows)]
    payload = "\n".join(json.dumps(line, ensure_ascii=False, separators=(",", ":")) for line in lines)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="profiles.jsonl", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as handle:
        handle.write(payload.encode("utf-8") + b"\n")
    target.write_bytes(buffer.getvalue())
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "source-profiles")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "sift" / "resources" / "sources")
    args = parser.parse_args(argv)
    table, counts = build(args.data)
    target = write(table, args.out)
    for key, value in counts.items():
        print(f"{key}: {value:,}")
    print(f"wrote {target} ({target.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
