"""``sift batch``: analyse a corpus (directories, JSONL, WARC, a URL list) into the store, resumably."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from sift.cli import app
from sift.cli.check import stage_configs
from sift.cli.options import with_settings
from sift.settings import BATCH


@app.command("batch")
@with_settings(*BATCH.values())
def batch_command(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Directories of pages (.html .htm .txt .md, or .gz of them), .jsonl files, .warc(.gz) archives.",
            show_default=False,
        ),
    ] = None,
    urls: Annotated[
        str | None, typer.Option("--urls", help="A text file of http(s) URLs to fetch, one per line.")
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help='Print {"processed", "skipped", "failed", "seconds", "pages_per_s"} at the end.'),
    ] = False,
    *,
    settings: dict[str, Any],
) -> None:
    """Analyse every page of a corpus and store it with its matches; a rerun skips what is already stored."""
    from sift.batch import BatchOptions, Progress, open_inputs, run_batch
    from sift.ingest import IngestConfig
    from sift.store import default_location

    ingest = IngestConfig(**{name: settings[name] for name in ("max_bytes", "timeout_s", "allow_private")})
    options = BatchOptions(
        store=settings["db"] or default_location(),
        workers=settings["workers"],
        scheduler=settings["scheduler"],
        retry_failed=settings["retry_failed"],
        match=not settings["no_match"],
        configs=stage_configs(settings),
        ingest=ingest,
        fetch_concurrency=settings["fetch_concurrency"],
        host_interval_s=settings["host_interval_s"],
    )
    sources = open_inputs(inputs or [], urls=urls, max_bytes=ingest.max_bytes)
    summary = run_batch(sources, options, progress=Progress(bar=True))
    ignored = f"; {summary.ignored} files or archive records were not pages" if summary.ignored else ""
    # a rerun skips the pages that failed before (a refused URL, a bad file): after fixing the cause (e.g. adding
    # --allow-private), only --retry-failed tries them again
    retry = (
        "" if options.retry_failed or not (summary.failed or summary.skipped) else "; --retry-failed retries failures"
    )
    print(
        f"sift: batch: {summary.processed} analysed, {summary.skipped} skipped (stored or failed before), "
        f"{summary.failed} failed in {summary.seconds:.1f} s ({summary.pages_per_s:.2f} pages/s){ignored}{retry}",
        file=sys.stderr,
    )
    if as_json:
        sys.stdout.write(json.dumps(summary.to_dict()) + "\n")
