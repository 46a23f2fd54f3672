"""Load on the HTTP API: 50 concurrent clients for a bounded time, mixing page checks and fact-check searches.

Usage: python bench/api_load.py [--clients 50] [--seconds 60] [--check-share 0.2] [--out bench/results/api_load.json]
Starts ``sift serve`` on 127.0.0.1 with a temporary store and the bundled sample, and sends traffic to it only.
Baseline measured in the same run: ``/healthz`` latency under the same load (the server's floor).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
QUERIES = [
    "Russian defence ministry photos of US help to ISIS were from a video game",
    "Les photos du ministère russe de la Défense provenaient d'un jeu vidéo",
    "Die Beweisfotos des russischen Verteidigungsministeriums stammen aus einem Computerspiel",
    "the chemical attack in Douma was staged",
    "US biological laboratories in Ukraine",
    "the bodies in Bucha were staged by actors",
    "MH17 was shot down by a Ukrainian fighter jet",
]
WORDS = [
    "the",
    "ministry",
    "said",
    "officials",
    "reported",
    "that",
    "troops",
    "convoy",
    "border",
    "evidence",
    "photos",
    "airstrikes",
    "coalition",
    "government",
    "forces",
    "city",
    "residents",
    "police",
    "agency",
    "statement",
    "minister",
    "week",
    "according",
    "sources",
    "data",
    "percent",
]


def article(rng: random.Random, words: int = 800) -> str:
    """A synthetic 800-word English article in paragraphs of ~80 words."""
    sentences = []
    for _ in range(words // 16):
        body = " ".join(rng.choice(WORDS) for _ in range(15))
        sentences.append(body.capitalize() + ".")
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    return "Synthetic load test article\n\n" + "\n\n".join(paragraphs)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def client_loop(
    base: str, deadline: float, share: float, seed: int, stats: dict[str, list[float]], errors: list[str]
) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        while time.monotonic() < deadline:
            roll = rng.random()
            started = time.perf_counter()
            if roll < share:
                kind, request = "check", client.post("/api/check", json={"text": article(rng)})
            elif roll < share + 0.1:
                kind, request = "healthz", client.get("/healthz")
            else:
                kind, request = "search", client.get("/api/factchecks/search", params={"q": rng.choice(QUERIES)})
            try:
                response = await request
                if response.status_code >= 400:
                    errors.append(f"{kind} {response.status_code}")
            except httpx.HTTPError as error:
                errors.append(f"{kind} {type(error).__name__}")
            stats[kind].append((time.perf_counter() - started) * 1000)


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "sift", "serve", "--port", str(port), "--db", str(db), "--load-sample", "--read-only"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("server did not start")


def summarise(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50_ms": percentile(values, 0.5), "p99_ms": percentile(values, 0.99)}


async def run(base: str, clients: int, seconds: float, share: float) -> tuple[dict[str, list[float]], list[str]]:
    stats: dict[str, list[float]] = {"check": [], "search": [], "healthz": []}
    errors: list[str] = []
    # Warm the models (first check loads them) before the clock starts.
    async with httpx.AsyncClient(base_url=base, timeout=300) as client:
        await client.post("/api/check", json={"text": article(random.Random(0))})
        await client.get("/api/factchecks/search", params={"q": QUERIES[0]})
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(client_loop(base, deadline, share, i, stats, errors) for i in range(clients)))
    return stats, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--check-share", type=float, default=0.2, help="share of requests that are page checks")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "api_load.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        process, base = start_server(Path(folder) / "sift.db")
        try:
            started = time.monotonic()
            stats, errors = asyncio.run(run(base, args.clients, args.seconds, args.check_share))
            elapsed = time.monotonic() - started
        finally:
            process.terminate()
            process.wait(timeout=30)
    total = sum(len(v) for v in stats.values())
    result = {
        "clients": args.clients,
        "seconds": args.seconds,
        "requests_per_s": total / elapsed,
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        **{kind: summarise(values) for kind, values in stats.items()},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"api_load: {result['requests_per_s']:.1f} req/s, errors {len(errors)}; search p50 "
        f"{result['search']['p50_ms']:.0f} ms p99 {result['search']['p99_ms']:.0f} ms; check p50 "
        f"{result['check']['p50_ms']:.0f} ms p99 {result['check']['p99_ms']:.0f} ms; healthz (floor) p99 "
        f"{result['healthz']['p99_ms']:.0f} ms"
    )


if __name__ == "__main__":
    main()
