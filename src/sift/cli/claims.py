"""``sift claims``: run the pipeline up to claim detection and print the ranked check-worthy sentences."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sift.cli import app
from sift.cli.options import with_settings
from sift.report.view import TOP_CLAIMS
from sift.settings import CHECK

if TYPE_CHECKING:
    from sift.document import Document

CLAIM_STAGES = ("extract", "language", "segment", "claims")


def ranked_claims(doc: Document) -> list[dict[str, Any]]:
    """The document's claims as plain rows in the page's triage order (rank, then score).

    Args:
        doc: a document the ``claims`` stage has run on.

    Returns:
        One dict per claim: ``rank``, ``sentence``, ``score``, ``label``, ``reasons``, ``duplicate_of``, ``lang``,
        ``text`` (the claim span), ``sentence_text``.
    """
    rows = []
    for claim in doc.claims:
        block, _ = doc.sentence(claim.sentence)
        rows.append(
            {
                "rank": claim.rank,
                "sentence": claim.sentence,
                "score": claim.score,
                "label": claim.label,
                "reasons": list(claim.reasons),
                "duplicate_of": claim.duplicate_of,
                "lang": block.lang,
                "text": block.text[claim.start : claim.end],
                "sentence_text": doc.sentence_text(claim.sentence),
            }
        )
    return sorted(rows, key=lambda row: (row["rank"] == 0, row["rank"], row["duplicate_of"] is not None, -row["score"]))


def _print_table(rows: list[dict[str, Any]], threshold: float, *, all_claims: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    first = [row for row in rows if row["label"] == "check-worthy" and row["duplicate_of"] is None][:TOP_CLAIMS]
    shown = rows if all_claims else first
    # the threshold is where labelling starts, not the whole rule: a page keeps fewer (its language's share, its
    # first clear drop in priority), so a 0.61 may be "not check-worthy" under a 0.39 threshold
    title = f"Claims (check-worthy: score {threshold:.2f} or more, up to the page's first clear drop in priority)"
    table = Table(title=title, show_lines=False)
    if not all_claims and len(rows) > len(shown):
        table.caption = f"{len(rows) - len(shown)} more scored sentences: sift claims --all-claims"
    table.add_column("#", justify="right")
    table.add_column("score", justify="right")
    table.add_column("label")
    table.add_column("lang")
    table.add_column("reasons")
    table.add_column("claim", overflow="fold")
    for row in shown:
        style = "bold" if row["label"] == "check-worthy" and row["duplicate_of"] is None else "dim"
        label = row["label"] if row["duplicate_of"] is None else f"same as {row['duplicate_of']}"
        table.add_row(
            str(row["rank"]),
            f"{row['score']:.2f}",
            label,
            row["lang"],
            ", ".join(row["reasons"]),
            row["text"],
            style=style,
        )
    Console().print(table)


@app.command("claims")
@with_settings(CHECK["claim_threshold"], CHECK["all_claims"])
def claims_command(
    source: Annotated[str, typer.Argument(help="A file, an http(s) URL, or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print every scored sentence as JSON.")] = False,
    *,
    settings: dict[str, Any],
) -> None:
    """List a page's claims in the order to check them: the first 10, or every scored sentence (--all-claims)."""
    from sift.cli.check import stage_configs
    from sift.workbench import Workbench

    bench = Workbench(stages=CLAIM_STAGES, configs=stage_configs(settings))
    config = bench.pipeline.config("claims")
    doc = bench.check(source)
    rows = ranked_claims(doc)
    if as_json:
        payload = {"document": doc.id, "threshold": config.threshold, "claims": rows}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    if not rows:
        print("sift: no sentence scored above the listing floor", file=sys.stderr)
        return
    _print_table(rows, config.threshold, all_claims=settings["all_claims"])
