"""Per-save cost against the number of documents already stored (issue #13: a million pages must be practical).

    .venv/bin/python bench/store_scale.py [--sizes 1000,5000,20000] [--backend sqlite|postgres|both]
        [--saves 20] [--against /tmp/base/src] [--out FILE]

For each stored count N a fresh store is filled with N synthetic documents (story rows written straight through
``write_story_operations`` in chunks, four documents a story, a link each; page rows through ``save_document``),
at a constant density of 100 documents a day, so a save's story window holds the same news at every N and only
the archive grows. Then ``--saves`` new documents are saved as ``Workbench.save`` does (join the story,
``save_document``, ``queue_claims``; in one transaction where the tree has ``StoredStoryIndex.add(also=…)``),
by one writer, then by two writers of the store in turn (two connections,
as Dask workers: each save comes after the other writer's). The figure is the median ms per save.

Each (tree, backend, N) runs in a fresh process with ``PYTHONPATH`` on that tree; ``--against`` gives main's
``src`` (``git archive main | tar -x -C /tmp/base``), run in the same session, alternating with this tree, and
the ratios are this tree / main's. PostgreSQL needs ``$DATABASE_URL`` (``scripts/with-postgres.sh``); a fresh
database is created for each run. Prints one line and writes JSON (default ``bench/results/store-scale.json``).
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIM = 512
PER_DAY = 100
PER_STORY = 4
FILL_CHUNK = 1000


def _vector(rng, centre):  # type: ignore[no-untyped-def]
    import numpy as np

    vector = centre + 0.6 * rng.standard_normal(DIM).astype(np.float32) / np.sqrt(DIM)
    return (vector / np.linalg.norm(vector)).astype(np.float32)


def _features(i: int, day: float, vector, prefix: str = "d"):  # type: ignore[no-untyped-def]
    from sift.stories import StoryDocument

    return StoryDocument(
        id=f"{prefix}{i:07d}",
        lang="en",
        day=day,
        vector=vector,
        names=frozenset({f"name{i % 997}", f"place{i % 89}"}),
        numbers=frozenset({str(i % 50)}),
        title=f"Story {i // PER_STORY}",
        source=f"https://example.org/{prefix}/{i}",
        claims=(f"Claim number {i}.",),
    )


def _page(i: int, prefix: str = "d"):  # type: ignore[no-untyped-def]
    from sift.document import Block, Claim, Document, Sentence, Source

    text = f"Officials said {i} people attended the event in place {i % 89} on day {i // PER_DAY}."
    location = f"https://example.org/{prefix}/{i}"
    return Document(
        id=f"{prefix}{i:07d}",
        source=Source("url", location, hashlib.sha256(location.encode()).hexdigest()),
        title=f"Story {i // PER_STORY}",
        language="en",
        blocks=[Block("b0", "body", text, "en", 1.0, [Sentence("b0.s0", 0, len(text))])],
        claims=[Claim("b0.s0", 0.9, "check-worthy", 0, len(text))],
    )


def _fill(store, size: int, rng) -> None:  # type: ignore[no-untyped-def]
    from sift.store.stories import document_row

    centre = None
    operations: list[tuple] = []
    for i in range(size):
        if i % PER_STORY == 0:
            centre = rng.standard_normal(DIM).astype("float32")
            centre /= (centre**2).sum() ** 0.5
            story = f"d{i:07d}"
            operations.append(("story", story, i // PER_STORY))
        doc = _features(i, 17000.0 + i / PER_DAY, _vector(rng, centre))
        operations.append(("document", document_row(doc, i, story)))
        if i % PER_STORY:
            operations.append(("link", doc.id, f"d{i - 1:07d}", 0.8))
        if len(operations) >= FILL_CHUNK or i == size - 1:
            store.write_story_operations(operations)
            operations = []
    connection = getattr(store, "_connection", None)  # SQLite: the fill skips fsync (a bench's set-up, not timed)
    synchronous = connection.execute("PRAGMA synchronous").fetchone()[0] if store.backend == "sqlite" else None
    if synchronous is not None:
        connection.execute("PRAGMA synchronous = OFF")
    for i in range(size):
        store.save_document(_page(i))
    if synchronous is not None:
        connection.execute(f"PRAGMA synchronous = {int(synchronous)}")


def _save(index, store, i: int, rng, size: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    import numpy as np

    centre = rng.standard_normal(DIM).astype(np.float32)
    centre /= np.linalg.norm(centre)
    day = 17000.0 + float(rng.uniform(0, size / PER_DAY))
    features, page = _features(i, day, _vector(rng, centre), "n"), _page(i, "n")
    start, cpu = time.perf_counter(), time.process_time()
    if "also" in inspect.signature(index.add).parameters:  # as Workbench.save: one transaction (issue #13)
        index.add(features, also=lambda: (store.save_document(page), store.queue_claims(page)))
    else:  # a tree before it: three
        index.add(features)
        store.save_document(page)
        store.queue_claims(page)
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


def worker(backend: str, size: int, saves: int) -> dict:
    """One run on the tree ``sift`` is imported from: fill, then time saves by one writer and by two."""
    import numpy as np

    from sift.store import open_store
    from sift.store.stories import StoredStoryIndex

    if backend == "sqlite":
        location = f"/tmp/store-scale-{uuid.uuid4().hex[:8]}/sift.db"
    else:
        import psycopg

        url = os.environ["DATABASE_URL"]
        name = f"scale_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        location = url.rsplit("/", 1)[0] + f"/{name}"
    rng = np.random.default_rng(13)
    with open_store(location) as store, open_store(location) as other:
        start = time.perf_counter()
        _fill(store, size, rng)
        fill_s = time.perf_counter() - start
        one = StoredStoryIndex(store)
        single = [_save(one, store, n, rng, size) for n in range(saves)]
        two = (one, StoredStoryIndex(other))
        stores = (store, other)
        double = [_save(two[n % 2], stores[n % 2], saves + n, rng, size) for n in range(saves)]
    if backend == "sqlite":
        for path in Path(location).parent.glob("*"):
            path.unlink()
        Path(location).parent.rmdir()
    return {
        "backend": backend,
        "stored": size,
        "fill_s": round(fill_s, 1),
        "one_writer_ms": round(statistics.median(wall for wall, _ in single), 2),
        "two_writers_ms": round(statistics.median(wall for wall, _ in double[1:]), 2),
        # this process's CPU (a PostgreSQL server's is not in it): steadier than wall time on a shared disk
        "one_writer_cpu_ms": round(statistics.median(cpu for _, cpu in single), 2),
        "two_writers_cpu_ms": round(statistics.median(cpu for _, cpu in double[1:]), 2),
    }


def run(src: Path, backend: str, size: int, saves: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, __file__, "--worker", backend, str(size), str(saves)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"worker failed ({src}, {backend}, {size}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        print(json.dumps(worker(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="sqlite")
    parser.add_argument("--saves", type=int, default=20)
    parser.add_argument("--against", type=Path, help="main's src directory, run alternating in the same session")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "store-scale.json")
    args = parser.parse_args()
    backends = ("sqlite", "postgres") if args.backend == "both" else (args.backend,)
    rows = []
    for backend in backends:
        for size in (int(s) for s in args.sizes.split(",")):
            row = {"backend": backend, "stored": size, "load": [round(x, 2) for x in os.getloadavg()]}
            if args.against:
                row["main"] = run(args.against, backend, size, args.saves)
            row["tree"] = run(ROOT / "src", backend, size, args.saves)
            if args.against:
                for key in ("one_writer_ms", "two_writers_ms", "one_writer_cpu_ms", "two_writers_cpu_ms"):
                    row[f"{key[:-3]}_ratio"] = round(row["tree"][key] / max(row["main"][key], 1e-3), 3)
            rows.append(row)
            print(json.dumps(row), file=sys.stderr)
    args.out.write_text(json.dumps({"saves": args.saves, "per_day": PER_DAY, "rows": rows}, indent=2) + "\n")
    summary = "; ".join(
        f"{r['backend']} {r['stored']}: 1w {r['tree']['one_writer_ms']} ms, 2w {r['tree']['two_writers_ms']} ms"
        + (f" (x{r['one_writer_ratio']}, x{r['two_writers_ratio']} of main's)" if "main" in r else "")
        for r in rows
    )
    print(f"store scale per save: {summary}")


if __name__ == "__main__":
    main()
