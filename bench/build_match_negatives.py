"""Build bench/data/match-negatives.jsonl: body sentences of real pages that no stored fact-check covers.

Reads every page of the shared extraction sets (``scrapinghub`` and ``trafilatura-eval-dev``), runs sift's
own extract → language → segment → claims stages on it (no match stage), and keeps each body sentence
that the claims stage would score at all (it skips wordless text and fragments of fewer than three words
without a number: headings, bylines, scores). A sentence met again on a later page (site boilerplate) is
kept once, on the first chosen page. Pages and sentences listed in
bench/data/match-negatives-excluded.jsonl (found by hand to be covered by a fact-check of the sample store
or of CheckThat! 2022 2A) are left out.

Which pages: every page whose main language (that of most of its sentences) is neither English nor German,
whatever its length; English and German pages are many, so they are taken in the order of the SHA-1 of
their path, leaving out pages of more than ``MAX_PAGE_SENTENCES`` sentences (joke lists, forums, legal
pages: no single page should weigh much), until each language has ``BUDGET`` sentences. Every body sentence
of a chosen page is kept. The output is deterministic.

    .venv/bin/python bench/build_match_negatives.py [--data ../shared/data/extraction] [--out FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# sift imports, kept together (public-ish entry points; see bench/match_levels.py)
from sift import Workbench
from sift.claims import skip_reason
from sift.claims.features import cues
from sift.errors import SiftError
from sift.match.analysis import parse_date

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "extraction"
OUT = ROOT / "bench" / "data" / "match-negatives.jsonl"
EXCLUDED = ROOT / "bench" / "data" / "match-negatives-excluded.jsonl"
STAGES = ("extract", "language", "segment", "claims")
#: Sentences taken from English pages and from German pages (the other languages give all they have); with
#: them the set has about 10,000 sentences, enough to see a 0.1 % false level rate (10 sentences).
BUDGET = 3500
MAX_PAGE_SENTENCES = 100
SUBSAMPLED = ("en", "de")


def pages(data: Path) -> Iterator[tuple[str, str]]:
    """``("<dataset>/<file>", url)`` of every page of both sets, in a fixed order."""
    truth = json.loads((data / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        yield f"scrapinghub/html/{key}.html.gz", truth[key]["url"]
    expectations = json.loads((data / "trafilatura-eval-dev" / "expectations.json").read_text(encoding="utf-8"))
    for url, row in sorted(expectations.items(), key=lambda item: item[1]["file"]):
        yield f"trafilatura-eval-dev/{row['file']}", url


def exclusions() -> tuple[set[str], set[tuple[str, str]]]:
    """Pages excluded whole (no ``sentence``) and ``(page, sentence)`` pairs excluded alone."""
    whole, single = set(), set()
    if EXCLUDED.exists():
        for line in EXCLUDED.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("sentence"):
                    single.add((row["page"], row["sentence"]))
                else:
                    whole.add(row["page"])
    return whole, single


def page_rows(data: Path, page: str, url: str, bench: Workbench) -> list[dict[str, Any]]:
    """The page's body sentences as output rows, whitespace-normalised.

    Raises:
        SiftError: the page has no article text.
    """
    doc = bench.check(str(data / page), kind="file")
    published = parse_date(doc.published)
    flagged = {claim.sentence for claim in doc.claims if claim.label == "check-worthy"}
    rows = []
    for block, sentence, text in doc.iter_sentences(("body",)):
        text = " ".join(text.split())
        if skip_reason(cues(text)) is not None:
            continue
        rows.append(
            {
                "page": page,
                "url": url,
                "lang": block.lang,
                "published": published.isoformat() if published else None,
                "sentence": text,
                "claim": sentence.id in flagged,
            }
        )
    return rows


def main_language(rows: list[dict[str, Any]]) -> str:
    """The language of most of a page's sentences (``und`` when none is known)."""
    known = Counter(row["lang"] for row in rows if row["lang"] != "und")
    return known.most_common(1)[0][0] if known else "und"


def chosen(by_page: dict[str, list[dict[str, Any]]]) -> list[str]:
    """The pages kept, in input order (see the module docstring)."""
    keep = {page for page, rows in by_page.items() if main_language(rows) not in SUBSAMPLED}
    for lang in SUBSAMPLED:
        total = 0
        pages = [p for p, rows in by_page.items() if main_language(rows) == lang and len(rows) <= MAX_PAGE_SENTENCES]
        for page in sorted(pages, key=lambda p: hashlib.sha1(p.encode("utf-8")).hexdigest()):
            if total >= BUDGET:
                break
            keep.add(page)
            total += len(by_page[page])
    return [page for page in by_page if page in keep]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding both extraction sets")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    whole, single = exclusions()
    bench = Workbench(stages=STAGES)
    by_page: dict[str, list[dict[str, Any]]] = {}
    failed = []
    for page, url in pages(args.data):
        try:
            rows = page_rows(args.data, page, url, bench)
        except SiftError as error:  # a page with no article text: say so and go on
            failed.append(f"{page}: {error}")
            continue
        if rows:
            by_page[page] = rows
    langs: Counter[str] = Counter()
    seen: set[str] = set()
    dropped = 0
    # pages are chosen before the exclusions apply, so excluding a page does not bring in an unreviewed one
    kept = [page for page in chosen(by_page) if page not in whole]
    with args.out.open("w", encoding="utf-8") as out:
        for page in kept:
            for row in by_page[page]:
                if row["sentence"] in seen:
                    continue
                seen.add(row["sentence"])
                if (page, row["sentence"]) in single:
                    dropped += 1
                    continue
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                langs[row["lang"]] += 1
    for line in failed:
        print(f"skipped {line}", file=sys.stderr)
    print(
        f"match negatives: {sum(langs.values())} sentences from {len(kept)} of {len(by_page)} pages with text "
        f"({len(whole)} pages and {dropped} sentences excluded by hand, {len(failed)} pages without text); "
        f"by language {dict(langs.most_common())} -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
