"""``sift claims``: run the pipeline up to claim detection and print the ranked check-worthy sentences."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sift.cli import app
from sift.cli.options import with_settings
from sift.settings import CHECK

if TYPE_CHECKING:
    from sift.document import Document

CLAIM_STAGES = ("extract", "language", "segment", "claims")


def ranked_claims(doc: Document) -> list[dict[str, Any]]:
    """The document's claims as plain rows, highest score first (ties in document order).

    Args:
        doc: a document the ``claims`` stage has run on.

    Returns:
        One dict per claim: ``sentence``, ``score``, ``label``, ``reasons``, ``lang``, ``text`` (the claim
        span), ``sentence_text``.
    """
    rows = []
    for claim in doc.claims:
        block, _ = doc.sentence(claim.sentence)
        rows.append(
            {
                "sentence": claim.sentence,
                "score": claim.score,
                "label": claim.label,
                "reasons": list(claim.reasons),
                "lang": block.lang,
                "text": block.text[claim.start : claim.end],
                "sentence_text": doc.sentence_text(claim.sentence),
            }
        )
    return sorted(rows, key=lambda row: -row["score"])


def _print_table(rows: list[dict[str, Any]], threshold: float) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Claims (check-worthy from score {threshold:.2f})", show_lines=False)
    table.add_column("score", justify="right")
    table.add_column("label")
    table.add_column("lang")
    table.add_column("reasons")
    table.add_column("claim", overflow="fold")
    for row in rows:
        style = "bold" if row["label"] == "check-worthy" else "dim"
        table.add_row(
            f"{row['score']:.2f}", row["label"], row["lang"], ", ".join(row["reasons"]), row["text"], style=style
        )
    Console().print(table)


@app.command("claims")
@with_settings(CHECK["claim_threshold"])
def claims_command(
    source: Annotated[str, typer.Argument(help="A file, an http(s) URL, or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the ranked claims as JSON.")] = False,
    *,
    settings: dict[str, Any],
) -> None:
    """List the sentences of a page ranked by check-worthiness, with reasons and the claim clause."""
    from sift.cli.check import claim_configs
    from sift.workbench import Workbench

    bench = Workbench(stages=CLAIM_STAGES, configs=claim_configs(settings["claim_threshold"]))
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
    _print_table(rows, config.threshold)
