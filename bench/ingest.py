"""Ingest: decoding accuracy on re-encoded real text, sniffing/binary margins, and load speed on real pages.

Usage: python bench/ingest.py [--per-language 150] [--runs 3] [--out bench/results/ingest.json]

Measured for ``sift.ingest`` and, in the same run, for baselines:
- ``decoding``: share of texts decoded exactly after re-encoding them without BOM or declaration in the
  legacy code pages their script used (cp1252/cp1251/koi8-r/euc-kr/shift_jis/euc-jp/gb18030/big5/cp1256),
  in UTF-16 without BOM, and as UTF-8 with stray bad bytes; texts: scrapinghub article bodies cut to 100,
  400 and 2000 characters, CheckThat! 2024 es/nl/ar dev tweets (short), and the seed page's paragraphs.
  Baseline: charset-normalizer's best guess alone (cp1252 when it has none), after a strict UTF-8 attempt.
- ``margins``: the numbers behind the tuned constants in ``sift.ingest.decode`` and ``sift.ingest.sniff``
  (control-character share of real pages vs binaries, NUL parity of UTF-16, accidental valid UTF-8 in
  cp1252 text vs UTF-8 with bad bytes, code-page oddities per non-ASCII character in correct text).
- ``speed``: pages per second for ``load(path)`` on the 181 scrapinghub ``.html.gz`` pages; baseline
  ``gzip.decompress`` + ``bytes.decode("utf-8", "replace")`` on the same files.
Reads ``../shared/data``; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import statistics
import time
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from charset_normalizer import from_bytes

from sift.ingest import load
from sift.ingest.decode import _oddities, decode_bytes
from sift.ingest.sniff import control_share

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
PAGES = DATA / "extraction" / "scrapinghub"
TWEETS = DATA / "checkworthiness" / "checkthat2024-t1"
SEED = REPO / "src" / "sift" / "resources" / "seed-albu-kamal.txt"
LENGTHS = (100, 400, 2000)
CODECS = {
    "latin": ("cp1252",),
    "cyrillic": ("cp1251", "koi8-r"),
    "hangul": ("euc-kr",),
    "japanese": ("shift_jis", "euc-jp"),
    "chinese": ("gb18030", "big5"),
    "arabic": ("cp1256",),
}


def script_of(text: str) -> str | None:
    """The script of most non-ASCII letters (None for ASCII-only text)."""
    names = Counter()
    for char in text:
        if ord(char) > 127 and char.isalpha():
            name = unicodedata.name(char, "").split(" ")[0]
            names[{"HIRAGANA": "japanese", "KATAKANA": "japanese", "CJK": "chinese"}.get(name, name.lower())] += 1
    if not names:
        return None
    if names["japanese"]:
        return "japanese"
    return names.most_common(1)[0][0]


def texts(per_language: int) -> list[tuple[str, str]]:
    """(source, text) pairs: article bodies at three lengths, tweets, seed paragraphs."""
    rng = random.Random(7)
    truth = json.loads((PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    items = [(f"article-{n}", body["articleBody"][:n]) for body in truth.values() for n in LENGTHS]
    for lang in ("es", "nl", "ar"):
        with (TWEETS / f"{lang}-dev.tsv").open(encoding="utf-8", newline="") as handle:
            rows = [row["text"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
        items += [(f"tweet-{lang}", text) for text in rng.sample(rows, min(per_language, len(rows)))]
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n") if len(p) > 40]
    items += [("seed", p) for p in paragraphs]
    return [(source, text) for source, text in items if text.strip()]


def baseline_decode(data: bytes) -> str:
    """Strict UTF-8, else charset-normalizer's best guess, else cp1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("cp1252", "replace")


def corrupt(data: bytes, rng: random.Random) -> bytes:
    """UTF-8 bytes with three stray bytes that can never occur in UTF-8, spliced between characters."""
    cuts = sorted(rng.sample(range(len(data) + 1), 3))
    out, last = bytearray(), 0
    for cut in cuts:
        while cut < len(data) and 0x80 <= data[cut] < 0xC0:  # do not split a character
            cut += 1
        out += data[last:cut] + b"\xff"
        last = cut
    return bytes(out + data[last:])


def decoding(items: list[tuple[str, str]]) -> dict[str, dict[str, dict[str, float]]]:
    """Exact-decode share per case for sift and the baseline."""
    rng = random.Random(11)
    hits: dict[str, dict[str, list[bool]]] = {"sift": defaultdict(list), "baseline": defaultdict(list)}
    for source, text in items:
        script = script_of(text)
        cases = [(codec, codec) for codec in CODECS.get(script or "", ())]
        cases += [("utf-16-le (no BOM)", "utf-16-le")]
        if script is not None:  # bad bytes in ASCII-only text are as likely cp1252 as broken UTF-8
            cases.append(("utf-8 + bad bytes", "utf-8"))
        for case, codec in cases:
            data = text.encode(codec, "replace")
            expected = data.decode(codec)
            if case.startswith("utf-8 +"):
                data = corrupt(data, rng)
            ours = decode_bytes(data).text
            if case.startswith("utf-8 +"):
                ok_ours = ours.replace("\ufffd", "") == expected
                ok_base = baseline_decode(data).replace("\ufffd", "") == expected
            else:
                ok_ours, ok_base = ours == expected, baseline_decode(data) == expected
            key = f"{source.split('-')[0]}/{case}"
            hits["sift"][key].append(ok_ours)
            hits["baseline"][key].append(ok_base)
            hits["sift"]["all"].append(ok_ours)
            hits["baseline"]["all"].append(ok_base)
    return {
        name: {key: {"accuracy": round(sum(v) / len(v), 4), "n": len(v)} for key, v in sorted(table.items())}
        for name, table in hits.items()
    }


def margins(items: list[tuple[str, str]], pages: list[bytes]) -> dict[str, float]:
    """The observed values on both sides of each tuned constant."""
    rng = random.Random(5)
    binaries = [os.urandom(4096), zlib.compress(os.urandom(2048) * 2), bytes(rng.randrange(256) for _ in range(4096))]
    latin = [t for _, t in items if script_of(t) == "latin"]
    accidental = []
    for text in latin:
        data = text.encode("cp1252", "replace")
        decoded = data.decode("utf-8", "replace")
        bad = decoded.count("\ufffd")
        good = sum(1 for c in decoded if ord(c) > 127) - bad
        accidental.append(good / max(1, good + bad))
    corrupted = []
    for _, text in items:
        if any(ord(c) > 127 for c in text):
            decoded = corrupt(text.encode(), rng).decode("utf-8", "replace")
            bad = decoded.count("\ufffd")
            good = sum(1 for c in decoded if ord(c) > 127) - bad
            corrupted.append(good / max(1, good + bad))
    nul_shares: dict[bool, list[float]] = {True: [], False: []}
    even_shares: dict[bool, list[float]] = {True: [], False: []}
    for _, text in items:
        data, cjk = text.encode("utf-16-le")[:4096], script_of(text) in ("chinese", "japanese", "hangul")
        nul_shares[cjk].append(data[1::2].count(0) / max(1, len(data) // 2))
        even_shares[cjk].append(data[0::2].count(0) / max(1, len(data) // 2))
    rates = [_oddities(t) / n for _, t in items if (n := sum(1 for c in t if ord(c) > 127)) >= 8]
    return {
        "oddity_rate_correct_max": round(max(rates), 4),
        "control_share_real_pages_max": round(max(control_share(p.decode("utf-8", "replace")) for p in pages), 5),
        "control_share_binaries_min": round(min(control_share(b.decode("cp1252", "replace")) for b in binaries), 5),
        "valid_utf8_share_in_cp1252_latin_max": round(max(accidental), 4),
        "valid_utf8_share_in_corrupted_utf8_min": round(min(corrupted), 4),
        "utf16le_odd_nul_share_min_alphabetic": round(min(nul_shares[False]), 4),
        "utf16le_even_nul_share_max_alphabetic": round(max(even_shares[False]), 4),
        "utf16le_odd_nul_share_min_cjk": round(min(nul_shares[True]), 4),
        "utf16le_even_nul_share_max_cjk": round(max(even_shares[True]), 4),
    }


def speed(files: list[Path], runs: int) -> dict[str, float]:
    """Median pages/s over ``runs`` for load() and the plain baseline, plus what load() reported."""

    def timed(func: Callable[[Path], object]) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            for path in files:
                func(path)
            times.append(time.perf_counter() - started)
        return len(files) / statistics.median(times)

    docs = [load(str(path), kind="file") for path in files]
    return {
        "sift_pages_per_s": round(timed(lambda p: load(str(p), kind="file")), 1),
        "baseline_pages_per_s": round(timed(lambda p: gzip.decompress(p.read_bytes()).decode("utf-8", "replace")), 1),
        "html_share": round(sum(d.source.media_type == "text/html" for d in docs) / len(docs), 4),
        "utf8_share": round(sum(d.source.encoding == "utf-8" for d in docs) / len(docs), 4),
        "pages": len(files),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--per-language", type=int, default=150, help="tweets sampled per language")
    parser.add_argument("--runs", type=int, default=3, help="timing runs (median)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "ingest.json")
    args = parser.parse_args()
    if not PAGES.is_dir():
        raise SystemExit(f"shared data not found at {DATA}; this benchmark needs ../shared/data")
    files = sorted((PAGES / "html").glob("*.html.gz"))
    items = texts(args.per_language)
    result = {
        "decoding": decoding(items),
        "margins": margins(items, [gzip.decompress(p.read_bytes()) for p in files]),
        "speed": speed(files, args.runs),
        "data": {"texts": len(items), "pages": len(files)},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    ours, base = result["decoding"]["sift"]["all"], result["decoding"]["baseline"]["all"]
    print(
        f"ingest: exact decoding {ours['accuracy']:.3f} vs charset-normalizer {base['accuracy']:.3f} "
        f"(n={ours['n']}); load {result['speed']['sift_pages_per_s']} pages/s vs "
        f"{result['speed']['baseline_pages_per_s']} for gunzip+decode; margins {result['margins']}"
    )


if __name__ == "__main__":
    main()
