"""``sift check``: analyse one page and print or write the report."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sift.cli import app
from sift.cli.options import with_settings
from sift.errors import ConfigError
from sift.settings import CHECK

if TYPE_CHECKING:
    from sift.document import Document
    from sift.store import Store

OUTPUT_FORMATS = ("terminal", "json", "md", "html")
#: Other names users write for a format.
FORMAT_ALIASES = {"markdown": "md", "htm": "html"}
#: The format a report written with ``--out FILE`` and no ``--format`` takes from the file's suffix: a user who asks
#: for ``report.html`` expects HTML, not Markdown in a file named .html. Any other suffix gets Markdown.
SUFFIX_FORMATS = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
#: Garbage collector thresholds of a `sift check` process (Python's defaults: 700, 10, 10; see `collect_rarely`).
CHECK_GC_THRESHOLDS = (50_000, 20, 100)


def output_format_for(given: str | None, out: Path | None) -> str:
    """The report format: ``--format`` (or an alias of one), else the suffix of ``--out``, else the terminal."""
    if given is None:
        return "terminal" if out is None else SUFFIX_FORMATS.get(out.suffix.lower(), "md")
    fmt = FORMAT_ALIASES.get(given.lower(), given.lower())
    if fmt not in OUTPUT_FORMATS:
        raise ConfigError(f"unknown --format {given!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    return fmt


def open_check_store(db: str | None, *, quiet: bool = False) -> Store | None:
    """``--db`` if given, else the default store when it exists; ``None`` (with a note) when there is none."""
    from sift.store import default_location

    if db is None and not Path(default_location()).exists():
        if not quiet:
            print(
                "sift: note: no store yet; run `sift factchecks load-sample` or `sift factchecks import FILE` to "
                "enable matching",
                file=sys.stderr,
            )
        return None
    return open_existing_store(db)


def open_existing_store(db: str | None) -> Store:
    """The store ``--db`` names, refused when it is an SQLite file that does not exist: a command that only reads
    would otherwise create an empty store (and the folders of a mistyped path) and report "no fact-check store"."""
    from sift.store import open_store

    if db is not None and "://" not in db and not Path(os.path.expanduser(db)).exists():
        raise ConfigError(
            f"no store at {db}: check the path, or create one with `sift factchecks load-sample --db {db}` or "
            f"`sift factchecks import FILE --db {db}`"
        )
    return open_store(db)


def has_factchecks(store: Store, *, quiet: bool = False) -> bool:
    """Whether matching can run against ``store`` (a note says why not when it cannot)."""
    if store.count_factchecks():
        return True
    if not quiet:
        print(f"sift: note: the store {store.location} has no fact-checks; matching skipped", file=sys.stderr)
    return False


def stage_configs(settings: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Stage config overrides for the stage options of a command's ``settings``: ``--claim-threshold`` and
    ``--comments`` (none for an option not given, or one the command does not take)."""
    configs: dict[str, dict[str, Any]] = {}
    if settings.get("claim_threshold") is not None:
        configs["claims"] = {"threshold": settings["claim_threshold"]}
    if settings.get("comments"):
        configs["extract"] = {"comments": True}
    return configs


def write_output(text: str, out: Path | None) -> None:
    """Write ``text`` to ``out`` (atomically, via a temporary file) or to stdout."""
    if out is None:
        sys.stdout.write(text)
        return
    if out.is_dir():
        raise ConfigError(f"--out {out} is a directory; give a file name")
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out)
    except OSError as error:
        raise ConfigError(f"cannot write {out}: {error.strerror}") from None
    print(f"sift: wrote {out}", file=sys.stderr)


def collect_rarely() -> None:
    """From now on in this process (a ``sift check``), the garbage collector runs every 50,000 allocations, not 700.

    A cold check creates millions of objects that live as long as the process (modules, pipelines, lemma tables,
    the match index); with Python's thresholds the collector went over them 424 times in a cold check of the
    seed, 0.26-0.30 s of its 3.1 s of CPU; with :data:`CHECK_GC_THRESHOLDS` about 80 times, most of them before
    anything big is loaded, 0.09 s, at the same peak memory (443 MB: one page leaves few reference cycles). Not
    restored afterwards: the process ends with the report, and restoring Python's thresholds while the models are
    still alive sets off one last full collection (0.08 s). Slowed down, not switched off: srsly switches the
    collector off and on around every msgpack file it reads, which would undo ``gc.disable``.
    """
    gc.set_threshold(*CHECK_GC_THRESHOLDS)


def _check_here(source: str, settings: dict[str, Any]) -> Document:
    """Load the models in this process and analyse the page (with ``--db``: where else its story runs)."""
    import numpy  # noqa: F401 (loads OpenBLAS, which threadpool_limits below can only reach once loaded)
    from threadpoolctl import threadpool_limits

    from sift.ingest import IngestConfig
    from sift.store.stories import StoredStoryIndex
    from sift.workbench import Workbench

    configs = stage_configs(settings)
    ingest = IngestConfig(**{name: settings[name] for name in ("max_bytes", "timeout_s", "allow_private")})
    store = open_check_store(settings["db"], quiet=settings["no_match"])
    try:
        matchable = store if store is not None and not settings["no_match"] and has_factchecks(store) else None
        # the store's stories give the page's coverage: where else its story runs (nothing is written)
        services = {} if store is None else {"stories": StoredStoryIndex(store)}
        # One BLAS thread (the encoder limits itself to one already): a page's products
        # are small (about 40 candidates by 512 in the matcher's claim groups) and a second OpenBLAS thread only
        # adds its wake-ups: the seed's 21 claim-group products took 0.17 s of CPU and 0.67 s of wall time on a
        # loaded 2-core machine, 5 ms and 0.06 s with one thread (`sift check -f json` of the seed and of 3
        # realpages-dev pages unchanged).
        with threadpool_limits(limits=1, user_api="blas"):
            return Workbench(store=matchable, configs=configs, ingest=ingest, services=services).check(source)
    finally:
        if store is not None:
            store.close()


#: Settings that a server applies on its own side: refused with ``--server`` rather than silently ignored.
SERVER_SIDE = ("db", "no_match", "claim_threshold", "comments", "allow_private")


def _check_on_server(server: str, source: str, settings: dict[str, Any]) -> Document:
    given = [CHECK[name].cli_flag for name in SERVER_SIDE if settings[name] not in (None, False)]
    if given:
        raise ConfigError(f"{', '.join(given)} cannot be used with --server: the server's store and settings apply")
    from sift.cli.remote import check_on_server

    checked = check_on_server(server, source, max_bytes=settings["max_bytes"])
    if checked.stored_id is not None:
        print(
            f"sift: the server stored the page as document {checked.stored_id} ({checked.stored_url})", file=sys.stderr
        )
    return checked.doc


@app.command("check")
@with_settings(*CHECK.values())
def check_command(
    source: Annotated[
        str,
        typer.Argument(help="A file (.html/.htm/.txt/.md, optionally .gz), an http(s) URL, or - for stdin."),
    ],
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="terminal (default), json, md (markdown) or html; with --out, the file's suffix decides by default.",
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the report to this file instead of stdout.")
    ] = None,
    *,
    settings: dict[str, Any],
) -> None:
    """Analyse one page: body, title, date, languages, sentences, claims, speakers and matching fact-checks."""
    output_format = output_format_for(output_format, out)
    server = settings["server"] or os.environ.get("SIFT_SERVER")
    collect_rarely()
    doc = _check_on_server(server, source, settings) if server else _check_here(source, settings)
    if output_format == "terminal":
        from sift.report.terminal import print_summary, summary_text

        if out is None:
            print_summary(doc, all_claims=settings["all_claims"])
        else:  # the same tables as plain text, as a user who asks for the terminal report in a file expects
            write_output(summary_text(doc, all_claims=settings["all_claims"]), out)
        return
    from sift.report import render

    write_output(render(doc, output_format), out)
