"""``sift batch``: analyse a corpus (directories, JSONL, WARC, a URL list) into the store, resumably."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sift.cli import app
from sift.cli.check import stage_configs
from sift.cli.options import with_settings
from sift.settings import BATCH

if TYPE_CHECKING:
    from sift.batch import BatchSummary

#: The exit status of a run in which any page failed (read, fetched, analysed or stored); 0 when every page was
#: analysed or skipped, 2 for bad usage (as every command). Scripts and CI see a partial run without parsing it.
FAILED_EXIT_STATUS = 1


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
    """Analyse every page of a corpus and store it with its matches; a rerun skips what is already stored.

    Exit status: 0 when every page was analysed or skipped, 1 when any page failed in this run (`sift documents
    failures` says why), 2 for bad usage.
    """
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
    print(summary_line(summary, retry_failed=options.retry_failed), file=sys.stderr)
    if as_json:
        sys.stdout.write(json.dumps(summary.to_dict()) + "\n")
    if summary.failed:
        raise SystemExit(FAILED_EXIT_STATUS)


def summary_line(summary: BatchSummary, *, retry_failed: bool) -> str:
    """The one line a run ends with: counts, speed, what was passed over, and why the exit status is 1 if it is."""
    rate = f"{summary.seconds:.1f} s ({summary.pages_per_s:.2f} pages/s)"
    line = (
        f"sift: batch: {summary.processed} analysed, {summary.skipped} skipped (stored or failed before), "
        f"{summary.failed} failed in {rate}"
    )
    if summary.ignored:
        line += f"; {summary.ignored} files or archive records were not pages (or hidden: .git/, .DS_Store…)"
    if summary.duplicates:
        line += f"; {summary.duplicates} URLs or JSONL lines given again were read once"
    # a rerun skips the pages that failed before (a refused URL, a bad file): after fixing the cause (e.g. adding
    # --allow-private), only --retry-failed tries them again
    if not retry_failed and (summary.failed or summary.failed_before):
        line += "; --retry-failed retries failures"
    if summary.failed:
        line += f"; exit status {FAILED_EXIT_STATUS}: pages failed in this run (`sift documents failures`)"
    return line
