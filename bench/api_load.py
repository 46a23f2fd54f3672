"""Load on the HTTP API: 50 concurrent clients for a bounded time, mixing page checks and fact-check searches.

Usage: python bench/api_load.py [--clients 50] [--seconds 60] [--check-share 0.2] [--baseline-seconds 10]
       [--warmup-seconds 5] [--factchecks 50000] [--store DIR] [--out bench/results/api_load.json]

Starts ``sift serve`` on 127.0.0.1 with a temporary store and the bundled sample fact-checks, and sends
traffic to it only. ``--factchecks N`` first imports N synthetic fact-checks besides the sample (each a
sample claim with a few of its words swapped for others of the sample and a distinct number, in the
sample's languages), so searches run against a store of a newsroom's size: the server embeds them all
at start (timed as ``index_build_s``). ``--store DIR`` keeps that store (and its index) in ``DIR`` after the
run and starts later runs from a copy of it, so that comparing two code states at 50k costs the embedding
once (the index is rebuilt anyway if the encoder or analyzer changed). Each client loops: an 800-word
synthetic article to ``POST /api/check`` (share ``--check-share``), ``/healthz`` (10 %), otherwise a
fact-check search. Search queries are word windows cut
from the bundled sample's claims, so nearly every query is new (no cache could answer them).

Baseline, measured in the same run before the mixed load: the same clients sending searches only.
Each phase's 50 clients start in the same instant, so its first second is a burst no steady load makes (dozens
of searches queued at once); ``steady`` figures leave out the requests sent in the first ``--warmup-seconds``
(5) of a phase, as load tools discount their ramp-up; the plain figures keep every request.
A 503 with Retry-After (the server's full check queue) is counted as ``shed``, not as an error; the client
waits as told (at most 5 s) and carries on. Errors are transport failures, timeouts and every other 4xx/5xx.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "src" / "sift" / "resources" / "factchecks-sample.jsonl"
TOKEN = "bench-token-0123456789"
#: Checks store their documents (a reviewer-or-higher token), as a desk's checks do.
STORING = {"Authorization": f"Bearer {TOKEN}"}
VOCABULARY = (
    "the ministry said officials reported that troops convoy border evidence photos airstrikes coalition government "
    "forces city residents police agency statement minister week according sources data percent"
)
#: Longest a client waits after a 503 before its next request.
MAX_BACKOFF_S = 5.0


def article(rng: random.Random, length: int = 800) -> str:
    """A synthetic 800-word English article in paragraphs of five 16-word sentences."""
    words = VOCABULARY.split()
    sentences = [" ".join(rng.choice(words) for _ in range(15)).capitalize() + "." for _ in range(length // 16)]
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    return "Synthetic load test article\n\n" + "\n\n".join(paragraphs)


def synthetic_factchecks(count: int, path: Path) -> None:
    """Write ``count`` fact-checks varied from the bundled sample's records to ``path`` (JSONL)."""
    rng = random.Random(17)
    with SAMPLE.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    words = [word for record in records for word in record["claim"].split()]
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            record = dict(rng.choice(records))
            claim = record["claim"].split()
            for _ in range(rng.randint(2, 5)):
                claim[rng.randrange(len(claim))] = rng.choice(words)
            record.update(
                claim=" ".join(claim) + f" ({n})",
                title=None,
                review_url=f"https://checks.example/synthetic/{n}",
            )
            record.pop("id", None)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def sample_claims() -> list[str]:
    """Claims of the bundled sample fact-checks, in their languages."""
    with SAMPLE.open(encoding="utf-8") as handle:
        return [json.loads(line)["claim"] for line in handle if line.strip()]


def query(rng: random.Random, claims: list[str]) -> str:
    """A 5-14 word window of a random sample claim: realistic wording, rarely the same twice."""
    words = rng.choice(claims).split()
    size = min(len(words), rng.randint(5, 14))
    start = rng.randint(0, len(words) - size)
    return " ".join(words[start : start + size])


def factcheck_count(db: Path) -> int:
    """How many fact-checks the store holds (the sample and the synthetic ones)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM factchecks").fetchone()[0])


def ms(value: float | None) -> str:
    """A latency for the summary line."""
    return "n/a" if value is None else f"{value:.0f} ms"


def percentile(values: list[float], q: float) -> float | None:
    """The q-quantile of ``values``; ``None`` (JSON null) when there are none."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else None


@dataclass
class Tally:
    """Latencies (ms) per request kind, plus errors and shed (503) requests."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: {"check": [], "search": [], "healthz": []})
    steady: dict[str, list[float]] = field(default_factory=lambda: {"check": [], "search": [], "healthz": []})
    errors: list[str] = field(default_factory=list)
    shed: int = 0

    def summary(self, elapsed_s: float) -> dict[str, object]:
        total = sum(len(values) for values in self.latencies.values())
        kinds = {
            kind: {"n": len(values), "p50_ms": percentile(values, 0.5), "p99_ms": percentile(values, 0.99)}
            for kind, values in self.latencies.items()
        }
        steady = {
            kind: {"n": len(values), "p50_ms": percentile(values, 0.5), "p99_ms": percentile(values, 0.99)}
            for kind, values in self.steady.items()
        }
        return {
            "steady": steady,
            "requests_per_s": total / elapsed_s,
            "errors": len(self.errors),
            "error_kinds": sorted(set(self.errors)),
            "shed_503": self.shed,
            **kinds,
        }


async def client_loop(
    base: str, deadline: float, steady_from: float, share: float, seed: int, claims: list[str], tally: Tally
) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=120, headers=STORING) as client:
        while time.monotonic() < deadline:
            roll = rng.random()
            started = time.perf_counter()
            if roll < share:
                kind, request = "check", client.post("/api/check", json={"text": article(rng)})
            elif roll < share + 0.1:
                kind, request = "healthz", client.get("/healthz")
            else:
                kind, request = "search", client.get("/api/factchecks/search", params={"q": query(rng, claims)})
            try:
                response = await request
            except httpx.HTTPError as error:
                tally.errors.append(f"{kind} {type(error).__name__}")
                continue
            if response.status_code == 503 and "retry-after" in response.headers:
                tally.shed += 1
                await asyncio.sleep(min(MAX_BACKOFF_S, float(response.headers["retry-after"])))
                continue
            if response.status_code >= 400:
                tally.errors.append(f"{kind} {response.status_code}")
            latency_ms = (time.perf_counter() - started) * 1000
            tally.latencies[kind].append(latency_ms)
            if time.monotonic() - latency_ms / 1000 >= steady_from:
                tally.steady[kind].append(latency_ms)


def start_server(db: Path, wait_s: float = 120.0) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "sift", "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(db)]
    process = subprocess.Popen(
        [*command, "--load-sample"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "SIFT_TOKEN": TOKEN},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited: {process.stderr.read().decode() if process.stderr else ''}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"server did not start within {wait_s:g} s")


async def phase(
    base: str, clients: int, seconds: float, share: float, claims: list[str], warmup_s: float
) -> tuple[Tally, float]:
    tally = Tally()
    started = time.monotonic()
    deadline = started + seconds
    loops = (client_loop(base, deadline, started + warmup_s, share, i, claims, tally) for i in range(clients))
    await asyncio.gather(*loops)
    return tally, time.monotonic() - started


async def run(args: argparse.Namespace, base: str) -> dict[str, object]:
    claims = sample_claims()
    # Warm the models (the first check loads them) before any clock starts.
    async with httpx.AsyncClient(base_url=base, timeout=300, headers=STORING) as client:
        await client.post("/api/check", json={"text": article(random.Random(0))})
        await client.get("/api/factchecks/search", params={"q": claims[0]})
    baseline, baseline_s = await phase(base, args.clients, args.baseline_seconds, 0.0, claims, args.warmup_seconds)
    mixed, mixed_s = await phase(base, args.clients, args.seconds, args.check_share, claims, args.warmup_seconds)
    return {
        "clients": args.clients,
        "seconds": args.seconds,
        "check_share": args.check_share,
        "warmup_seconds": args.warmup_seconds,
        "cores": os.cpu_count(),
        "load_average_1m": os.getloadavg()[0],
        "baseline_search_only": {"seconds": args.baseline_seconds, **baseline.summary(baseline_s)},
        "mixed": {"elapsed_s": mixed_s, **mixed.summary(mixed_s)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--check-share", type=float, default=0.2, help="share of requests that are page checks")
    parser.add_argument("--baseline-seconds", type=float, default=10.0, help="search-only phase measured first")
    parser.add_argument("--warmup-seconds", type=float, default=5.0, help="left out of the steady figures")
    parser.add_argument("--factchecks", type=int, default=0, help="synthetic fact-checks imported besides the sample")
    parser.add_argument("--store", type=Path, help="keep the built store here and start later runs from a copy")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "api_load.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "sift.db"
        reused = args.store is not None and (args.store / db.name).exists()
        if reused:
            shutil.copytree(args.store, folder, dirs_exist_ok=True)
        elif args.factchecks:
            synthetic_factchecks(args.factchecks, Path(folder) / "synthetic.jsonl")
            command = [sys.executable, "-m", "sift", "factchecks", "import", str(Path(folder) / "synthetic.jsonl")]
            subprocess.run([*command, "--db", str(db)], check=True, stdout=subprocess.DEVNULL)
        started = time.monotonic()
        process, base = start_server(db, wait_s=120.0 + args.factchecks / 10)
        index_build_s = time.monotonic() - started
        try:
            result = asyncio.run(run(args, base))
            result.update(factchecks=factcheck_count(db), index_build_s=round(index_build_s, 1), store_reused=reused)
        finally:
            process.terminate()
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if args.store is not None and not reused:
            shutil.copytree(folder, args.store, dirs_exist_ok=True, ignore=shutil.ignore_patterns("synthetic.jsonl"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    mixed, baseline = result["mixed"], result["baseline_search_only"]
    print(
        f"api_load: {mixed['requests_per_s']:.1f} req/s, errors {mixed['errors']}, shed {mixed['shed_503']}; "
        f"search p50 {ms(mixed['search']['p50_ms'])} p99 {ms(mixed['search']['p99_ms'])} "
        f"(steady p99 {ms(mixed['steady']['search']['p99_ms'])}) "
        f"(search-only baseline p99 {ms(baseline['search']['p99_ms'])}); check p50 "
        f"{ms(mixed['check']['p50_ms'])} p99 {ms(mixed['check']['p99_ms'])}; "
        f"healthz p99 {ms(mixed['healthz']['p99_ms'])}; {result['factchecks']} fact-checks; "
        f"load avg {result['load_average_1m']:.1f}"
    )


if __name__ == "__main__":
    main()
