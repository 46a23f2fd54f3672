"""Article-body quality, speed and publication dates of sift's HTML extraction against plain ``trafilatura``.

Usage: python bench/extract.py [--format scrapinghub|trafilatura-eval] [--data DIR] [--half all|a|b]
       [--out FILE] [--dates FILE.jsonl] [--details FILE.jsonl] [--focus precision|balanced|recall] [--fast]
       [--no-tables] [--no-captions] [--repeat 1] [--limit N]

Two page sets, two metrics, as upstream scores them:

- ``scrapinghub`` (shared/data/extraction/scrapinghub): the Zyte/Scrapinghub article-extraction-benchmark metric
  (its ``evaluate.py``): 4-gram shingles of ``\\w+`` tokens, per-page precision and recall normalised by the
  page's shingle count, averaged over pages, F1 from the averages. Baseline: ``trafilatura.extract(html)``.
- ``trafilatura-eval`` (shared/data/extraction/trafilatura-eval-dev): trafilatura's ``tests/evaluate.py``: a
  ``with`` snippet found in the whitespace-normalised output is a true positive (else a false negative), a
  ``without`` snippet found is a false positive; precision, recall and F micro-averaged over snippets. Baseline:
  upstream's canonical runner, ``trafilatura.extract(html, include_comments=False, include_tables=True)``.
  ``--half a|b`` keeps the pages whose URL's sha256 starts with an even (a) or odd (b) hex digit: half a is the
  development half, half b is looked at rarely, to keep one honest figure (bench/data/README.md logs how often).
  The set's own ``date`` annotations give a date agreement figure for sift and trafilatura's metadata.

sift's text is its body and quote blocks: what it shows as the article. Captions and related boxes are shown
apart, under their own role, as trafilatura leaves figures out by default; ``with_captions`` scores sift with its
caption blocks counted as text too. Each baseline runs page by page interleaved
with sift so both see the same machine load; pages/s count CPU seconds of this process (single-threaded
work), so other jobs on a shared machine do not skew the ratio.

``--dates FILE`` adds publication-date accuracy over hand-checked pages: one JSON object per line with ``file``
(a page path, relative to ``../shared/data/extraction/<dataset>`` when the line names a ``dataset``, else to
the file's directory or the shared data directory) and ``published`` (``YYYY-MM-DD``), as in
``bench/data/realpages-dev.jsonl``; the baseline is trafilatura's metadata date (htmldate, original date,
extensive search). A page sift refuses counts as a missing date.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DEFAULT_DATA = {
    "scrapinghub": SHARED / "extraction" / "scrapinghub",
    "trafilatura-eval": SHARED / "extraction" / "trafilatura-eval-dev",
}
SHINGLE_N = 4
_TOKEN_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")

Counts = tuple[float, float, float]
# The warm-up page loads every lazy module and table before timing starts: htmldate's parsers, and
# dateparser's month names and locales, which sift loads on the first date line in a language other than
# en/fr/de/es (a one-time cost of 0.3-1 s per process, then 1-2 ms a line; pages/s is the steady state).
WARM_UP_PAGE = (
    "<html><body><article><h1>Warm-up</h1><p>Pubblicato il 3 marzo 2021</p><p>Opublikowano: 3 marca 2021</p>"
    "<p>Publicado em 3 de março de 2021</p><p>Gepubliceerd op 3 maart 2021</p><p>Опубликовано 3 марта 2021</p><p>"
    + "Published on 3 March 2021, this paragraph exists only to load every lazy module. " * 5
    + "</p></article></body></html>"
)


@dataclass(slots=True)
class Page:
    """One benchmark page: its key, decoded HTML, and what it is scored against."""

    key: str
    html: str
    truth: str = ""  # scrapinghub: the article body
    with_: list[str] = field(default_factory=list)  # trafilatura-eval: snippets that must be found
    without: list[str] = field(default_factory=list)  # ... and snippets that must not
    date: str | None = None  # trafilatura-eval: the annotated date, when there is one


# -- scrapinghub metric ---------------------------------------------------------------------------------


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """4-gram shingles of ``\\w+`` tokens (a shorter text is one short shingle), as upstream."""
    tokens = _TOKEN_RE.findall(text)
    return Counter(tuple(tokens[i : i + SHINGLE_N]) for i in range(max(1, len(tokens) - SHINGLE_N + 1)) if tokens)


def shingle_counts(true: str, pred: str) -> Counts:
    """True positive, false positive and false negative shingles, normalised to sum to 1 per page."""
    expected, found = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in expected.keys() | found.keys():
        tp += min(expected[key], found[key])
        fp += max(0, found[key] - expected[key])
        fn += max(0, expected[key] - found[key])
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(hit: float, miss: float, other_miss: float) -> float:
    """Upstream's precision/recall: 1 when nothing was missed either way, 0 when nothing was hit."""
    if miss == other_miss == 0:
        return 1.0
    return hit / (hit + miss) if hit + miss else 0.0


def summarise(counts: list[Counts]) -> dict[str, float]:
    """Mean precision over pages with a prediction, mean recall over pages with a truth, and their F1."""
    precision = statistics.mean(_ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0)
    recall = statistics.mean(_ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


# -- trafilatura-eval metric ----------------------------------------------------------------------------


def norm(text: str) -> str:
    """Whitespace-normalised text, as upstream's ``eval_common.norm``."""
    return _SPACE_RE.sub(" ", text).strip()


def snippet_counts(page: Page, text: str) -> tuple[int, int, int, int]:
    """``(tp, fp, fn, tn)`` of one page: substring matching of its snippets in the normalised output."""
    found = norm(text)
    tp = sum(1 for snippet in page.with_ if norm(snippet) in found)
    fp = sum(1 for snippet in page.without if norm(snippet) in found)
    return tp, fp, len(page.with_) - tp, len(page.without) - fp


def summarise_snippets(counts: list[tuple[int, int, int, int]]) -> dict[str, float]:
    """Micro-averaged precision, recall and F over all snippets of all pages."""
    tp, fp, fn, _tn = (sum(column) for column in zip(*counts, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": precision, "recall": recall, "f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0}


# -- page sets ------------------------------------------------------------------------------------------


def decode_page(data: bytes) -> str:
    """Page bytes as sift's ingest decodes them (declared charset, BOM, UTF-8 first)."""
    from sift.ingest.decode import decode_bytes

    return decode_bytes(data).text


def half_of(url: str) -> str:
    """``"a"`` when the URL's sha256 starts with an even hex digit, else ``"b"`` (independent of the upstream split)."""
    return "a" if int(hashlib.sha256(url.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "b"


def load_pages(data: Path, limit: int | None) -> list[tuple[str, str, str]]:
    """``(id, html, true body)`` for each scrapinghub page, in id order."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        with gzip.open(data / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as handle:
            pages.append((key, handle.read(), truth[key].get("articleBody", "")))
    return pages


def load_eval_pages(data: Path, half: str, limit: int | None) -> list[Page]:
    """The trafilatura-eval pages of one half (or all), in URL order."""
    expectations = json.loads((data / "expectations.json").read_text(encoding="utf-8"))
    pages = []
    for url in sorted(expectations):
        if half != "all" and half_of(url) != half:
            continue
        item = expectations[url]
        html = decode_page(gzip.decompress((data / item["file"]).read_bytes()))
        pages.append(Page(item["file"], html, with_=item["with"], without=item["without"], date=item.get("date")))
    return pages[:limit]


# -- extractors -----------------------------------------------------------------------------------------


def sift_extractor(args: argparse.Namespace) -> Callable[[str], Any]:
    """sift's HTML extraction with the command-line settings (``None`` when it finds no article)."""
    from sift.errors import InputError
    from sift.extract import ExtractConfig, extract_page

    config = ExtractConfig(
        focus=args.focus, fast=args.fast, include_tables=not args.no_tables, include_captions=not args.no_captions
    )

    def run(html: str) -> Any:
        try:
            return extract_page(html, "text/html", config)
        except InputError:
            return None

    return run


ARTICLE_ROLES = ("body", "quote")


def sift_text(result: Any, roles: tuple[str, ...] = ARTICLE_ROLES) -> str:
    """The text of an extraction's pieces with these roles (body and quote: the article)."""
    if result is None:
        return ""
    return "\n".join(piece.text for piece in result.pieces if piece.role in roles)


def trafilatura_date(html: str) -> str | None:
    """trafilatura's metadata date for a page (htmldate: original date, extensive search)."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, only_with_metadata=False)
    return getattr(found, "date", None) if found is not None else None


def date_accuracy(rows: list[tuple[str, str | None, str | None]]) -> dict[str, float | int]:
    """Share of pages where sift's and trafilatura's dates equal the truth (missing dates count as wrong)."""
    return {
        "pages": len(rows),
        "sift": sum(truth == ours for truth, ours, _ in rows) / len(rows) if rows else 0.0,
        "trafilatura": sum(truth == theirs for truth, _, theirs in rows) / len(rows) if rows else 0.0,
    }


def hand_checked_dates(path: Path, sift: Callable[[str], Any]) -> tuple[dict[str, float | int], list[dict[str, Any]]]:
    """Publication-date accuracy of sift and trafilatura over a JSONL file of hand-checked pages."""
    rows, details = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        bases = [path.parent, SHARED, SHARED / "extraction"]
        if item.get("dataset"):  # bench/data/realpages-dev.jsonl names the shared page set a page comes from
            bases.insert(0, SHARED / "extraction" / item["dataset"])
        page = next((base / item["file"] for base in bases if (base / item["file"]).exists()), None)
        if page is None:
            raise SystemExit(f"bench/extract.py: page {item['file']!r} of {path} not found")
        data = page.read_bytes()
        html = decode_page(gzip.decompress(data) if page.suffix == ".gz" else data)
        if page.name.endswith((".txt", ".txt.gz")):
            from sift.extract import ExtractConfig, extract_page

            ours = extract_page(html, "text/plain", ExtractConfig()).published
            theirs = None
        else:
            result = sift(html)
            ours = result.published if result is not None else None
            theirs = trafilatura_date(html)
        rows.append((item["published"], ours, theirs))
        details.append({"file": item["file"], "truth": item["published"], "sift": ours, "trafilatura": theirs})
    return date_accuracy(rows), details


# -- main -----------------------------------------------------------------------------------------------


def run_pages(
    pages: list[Page], extractors: dict[str, Callable[[str], str]], repeat: int
) -> tuple[dict[str, float], dict[str, list[str]]]:
    """CPU seconds per extractor over ``repeat`` interleaved passes, and each extractor's texts of the first."""
    for extract in extractors.values():  # warm-up: imports and lazy tables load outside the timing
        extract(pages[0].html)
        extract(WARM_UP_PAGE)  # no date in its metadata: loads htmldate's full-text date parser too
    seconds = dict.fromkeys(extractors, 0.0)
    texts: dict[str, list[str]] = {name: [] for name in extractors}
    for index in range(repeat):
        for page in pages:
            for name, extract in extractors.items():
                started = time.process_time()
                text = extract(page.html)
                seconds[name] += time.process_time() - started
                if index == 0:
                    texts[name].append(text)
    return seconds, texts


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--format", default="scrapinghub", choices=tuple(DEFAULT_DATA))
    parser.add_argument("--data", type=Path, default=None, help="the page set (default: the format's shared folder)")
    parser.add_argument("--half", default="all", choices=("all", "a", "b"), help="trafilatura-eval: half a, b or all")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--dates", type=Path, default=None, help="JSONL of hand-checked publication dates")
    parser.add_argument("--details", type=Path, default=None, help="write per-page outputs and scores (JSONL)")
    parser.add_argument("--focus", default="precision", choices=("balanced", "precision", "recall"))
    parser.add_argument("--fast", action="store_true")
    parser.add_argument("--no-tables", action="store_true")
    parser.add_argument("--no-captions", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="timing passes over the pages (scores use the first)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (for a quick look)")
    args = parser.parse_args()

    import trafilatura

    data = args.data or DEFAULT_DATA[args.format]
    if args.format == "scrapinghub":
        pages = [Page(key, html, truth=truth) for key, html, truth in load_pages(data, args.limit)]
        baseline: Callable[[str], str] = lambda html: trafilatura.extract(html) or ""  # noqa: E731
        name = "extract"
    else:
        pages = load_eval_pages(data, args.half, args.limit)
        baseline = lambda html: trafilatura.extract(html, include_comments=False, include_tables=True) or ""  # noqa: E731
        name = f"extract-trafilatura-eval-{args.half}"
    sift = sift_extractor(args)
    results: list[Any] = []

    def sift_run(html: str) -> str:
        result = sift(html)
        results.append(result)
        return sift_text(result)

    seconds, texts = run_pages(pages, {"sift": sift_run, "trafilatura": baseline}, args.repeat)
    sift_results = results[2 : 2 + len(pages)]  # after the two warm-up calls, the first pass

    result: dict[str, Any] = {}
    for key in ("sift", "trafilatura"):
        if args.format == "scrapinghub":
            scores = summarise([shingle_counts(page.truth, text) for page, text in zip(pages, texts[key], strict=True)])
        else:
            scores = summarise_snippets(
                [snippet_counts(page, text) for page, text in zip(pages, texts[key], strict=True)]
            )
        result[key] = {**scores, "pages_per_s": len(pages) * args.repeat / seconds[key]}
    captioned = [sift_text(found, (*ARTICLE_ROLES, "caption")) for found in sift_results]
    if args.format == "scrapinghub":
        result["sift"]["with_captions"] = summarise(
            [shingle_counts(p.truth, t) for p, t in zip(pages, captioned, strict=True)]
        )
    else:
        result["sift"]["with_captions"] = summarise_snippets(
            [snippet_counts(p, t) for p, t in zip(pages, captioned, strict=True)]
        )
    result["speed_ratio"] = result["sift"]["pages_per_s"] / result["trafilatura"]["pages_per_s"]
    result["pages"] = len(pages)
    dated = [(page, found) for page, found in zip(pages, sift_results, strict=True) if page.date]
    if dated:  # the set's own date annotations; trafilatura's metadata date is computed apart, untimed
        result["annotated_dates"] = date_accuracy(
            [(page.date, found.published if found else None, trafilatura_date(page.html)) for page, found in dated]
        )
    if args.dates:
        result["hand_checked_dates"], date_details = hand_checked_dates(args.dates, sift)
        data = args.dates.read_bytes()  # the file is named by its git blob id: it changes as pages are annotated
        blob = hashlib.sha1(b"blob %d\x00" % len(data) + data).hexdigest()  # an id, not a security hash
        result["hand_checked_dates"]["file"] = f"{args.dates.name} (git blob {blob})"
    result["settings"] = {key: str(value) for key, value in vars(args).items() if key not in ("data", "out", "details")}
    out = args.out or REPO / "bench" / "results" / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    if args.details:
        with args.details.open("w", encoding="utf-8") as handle:
            for page, found, text, base in zip(pages, sift_results, texts["sift"], texts["trafilatura"], strict=True):
                row = {"key": page.key, "published": found.published if found else None, "date": page.date}
                if args.format == "trafilatura-eval":
                    row["missed"] = [s for s in page.with_ if norm(s) not in norm(text)]
                    row["leaked"] = [s for s in page.without if norm(s) in norm(text)]
                    row["baseline_missed"] = [s for s in page.with_ if norm(s) not in norm(base)]
                    row["baseline_leaked"] = [s for s in page.without if norm(s) in norm(base)]
                else:
                    row["f1_counts"] = shingle_counts(page.truth, text)
                    row["baseline_f1_counts"] = shingle_counts(page.truth, base)
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            if args.dates:
                for row in date_details:
                    handle.write(json.dumps({"hand_checked_date": row}, ensure_ascii=False) + "\n")
    ours, base = result["sift"], result["trafilatura"]
    line = (
        f"{name}: sift F {ours['f1']:.4f} (P {ours['precision']:.4f} R {ours['recall']:.4f}) "
        f"{ours['pages_per_s']:.1f} pages/s | trafilatura F {base['f1']:.4f} (P {base['precision']:.4f} "
        f"R {base['recall']:.4f}) {base['pages_per_s']:.1f} pages/s | speed ratio {result['speed_ratio']:.2f} "
        f"on {len(pages)} pages"
    )
    for key in ("annotated_dates", "hand_checked_dates"):
        if key in result:
            dates = result[key]
            line += f" | {key} sift {dates['sift']:.3f} trafilatura {dates['trafilatura']:.3f} ({dates['pages']})"
    print(line)


if __name__ == "__main__":
    main()
