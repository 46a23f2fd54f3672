"""The default ``sift check`` output: a readable summary for a terminal, drawn with rich."""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from sift.document import MATCH_LEVELS, Document
from sift.report.view import NO_CLAIMS, TOP_CLAIMS, DocumentView, OutletView, build_view

__all__ = ["print_summary"]

VERDICT_STYLES = {
    "false": "bold red",
    "mostly-false": "red",
    "mixed": "yellow",
    "mostly-true": "green",
    "true": "bold green",
}


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _badge_style(outlet: OutletView) -> str:
    """State-controlled outlets stand out; the others read as plain information."""
    return "bold red" if outlet.outlet.profile.get("state_affiliated") else "cyan"


def _outlets_table(view: DocumentView) -> Table | None:
    """Who the outlets are: badge, where they appear, quality, reliability, the store's record, evidence in short."""
    if not view.outlets and not view.unknown_relays:
        return None
    table = Table(title="Who the sources are (outlet profiles from open data)", expand=True)
    table.add_column("outlet", ratio=2)
    table.add_column("profile", ratio=3)
    table.add_column("evidence", ratio=3)
    for item in view.outlets:
        profile = item.outlet.profile
        name = Text(item.name, style="bold")
        name.append("\n" + _shorten(", ".join(item.where), 80), style="dim")
        cell = Text(item.outlet.badge, style=_badge_style(item))
        quality = profile.get("quality")
        cell.append(f"\nquality {quality:.2f} (0-1)" if quality is not None else "\nno quality rating")
        cell.append(f" · reliability {profile.get('reliability') or 'no label'}")
        if item.record:
            cell.append(f"\n{item.record}", style="dim")
        datasets = sorted({line.split(":", 1)[0] for line in item.evidence})
        table.add_row(name, cell, Text(_shorten("; ".join(datasets), 160), style="dim"))
    if view.unknown_relays:
        table.add_row(Text(", ".join(view.unknown_relays)), Text("no profile: sift does not know this outlet"), "")
    return table


def _header(view: DocumentView, heading: str) -> Panel:
    doc = view.doc
    languages = "  ".join(f"{lang}:{chars}" for lang, chars in view.languages.items())
    lines = Text()
    lines.append(f"{doc.title or '(untitled)'}\n", style="bold")
    language = " · ".join([doc.language, *view.language_notes])
    lines.append(f"published {doc.published or 'unknown'} · language {language} · site {doc.site or 'unknown'}")
    if view.site_outlet is not None:
        lines.append(f"  [{view.site_outlet.outlet.badge}]", style=_badge_style(view.site_outlet))
    lines.append("\n")
    lines.append(f"blocks {len(doc.blocks)} ({languages}) · sentences {sum(len(b.sentences) for b in doc.blocks)}")
    lines.append(f" · removed {len(doc.removed)} · {doc.source.kind}: {doc.source.location}", style="dim")
    return Panel(lines, title=heading, title_align="left")


def _claims_table(view: DocumentView, limit: int, *, all_claims: bool = False) -> Table | None:
    """The ``limit`` claims to check first, or with ``all_claims`` every scored sentence and its near-duplicates."""
    if not view.claims:
        return None
    scored = len(view.claims) + view.duplicate_count
    shown = view.claims if all_claims else view.checkworthy[:limit]
    title = f"Check-worthy claims ({len(view.checkworthy)} of {scored} scored)"
    table = Table(title=title, expand=True)
    more, others = len(view.checkworthy) - len(shown), scored - len(view.checkworthy)
    if not all_claims and not shown:  # an empty table alone reads as a rendering fault
        table.caption = f"{NO_CLAIMS} {others} scored sentences: sift check --all-claims"
    elif not all_claims and more + others > 0:
        table.caption = f"{more} more check-worthy, {others} other scored sentences: sift check --all-claims"
    table.add_column("#", justify="right", width=3)
    table.add_column("score", justify="right", width=5)
    table.add_column("lang", width=4)
    table.add_column("claim", ratio=5)
    table.add_column("reasons", ratio=2, min_width=8)
    looked_up = view.doc.match_status is not None
    if looked_up:  # wraps: on an 80-column terminal an unwrapped "no published fact-check found" left the claim 18
        table.add_column("fact-check", ratio=2, min_width=10)
    for number, item in enumerate(shown, start=1):
        style = "bold" if item.claim.label == "check-worthy" else "dim"
        rank = str(item.claim.rank or number)
        cells = [
            rank,
            f"{item.claim.score:.2f}",
            item.block.lang,
            Text(_shorten(item.span_text, 240), style=style),
            ", ".join(item.claim.reasons),
        ]
        if looked_up:
            cells.append(Text(item.match_label, style="green" if item.match_status in MATCH_LEVELS else "dim"))
        table.add_row(*cells)
        for duplicate in item.duplicates if all_claims else ():
            table.add_row(
                "",
                f"{duplicate.claim.score:.2f}",
                duplicate.block.lang,
                Text(f"↳ same as #{rank}: {_shorten(duplicate.span_text, 200)}", style="dim"),
                duplicate.block.role,
                *([Text(duplicate.match_label, style="dim")] if looked_up else []),
            )
    return table


def _speakers_table(view: DocumentView) -> Table | None:
    if not view.speakers:
        return None
    table = Table(title="Who said it", expand=True, caption="; ".join(view.notes) or None)
    table.add_column("speaker", ratio=3)
    table.add_column("kind", ratio=1)
    table.add_column("n", justify="right", width=6)
    table.add_column("via", ratio=2)
    for item in view.speakers:
        speaker = item.speaker
        name = Text(speaker.name, style="dim" if item.is_uncertain else "bold")
        if item.is_uncertain:
            name.append(" (uncertain)", style="italic")
        if item.outside:
            name.append(f" ({item.outside_label})", style="italic dim")
        aliases = [alias for alias in speaker.aliases if alias != speaker.name][:4]
        if aliases:
            name.append("\n" + _shorten(" · ".join(aliases), 80), style="dim")
        if item.outlet is not None:
            name.append(f"\n[{item.outlet.outlet.badge}]", style=_badge_style(item.outlet))
        via = Text()
        for index, who in enumerate(w for w in item.via if w != speaker.name):
            via.append(", " if index else "")
            via.append(who)
            relayed = item.via_outlets.get(who)
            if relayed is not None:
                via.append(f" [{relayed.outlet.badge}]", style=_badge_style(relayed))
        uncertain = sum(statement.is_uncertain for statement in item.statements)
        count = f"{len(item.statements)}" + (f" ({uncertain}?)" if uncertain and not item.is_uncertain else "")
        table.add_row(name, speaker.kind, count, via)
    return table


def _no_factcheck(view: DocumentView) -> Text:
    """The "no match" line, with the weak candidates (score, fact-check) dimmed under it."""
    text = Text(view.match_note, style="bold")
    if view.weak:
        text.append(f"\nweak candidates (below the possible level, not matches): {len(view.weak)}", style="dim")
        for item in view.weak[:3]:
            claim = _shorten(str(item.factcheck.get("claim")), 80)
            text.append(f"\n  {item.match.score:.2f} {claim} ({item.factcheck.get('publisher_name')})", style="dim")
    return text


def _matches_table(view: DocumentView, limit: int) -> Table | Text | None:
    if not view.factchecks:
        return _no_factcheck(view)
    shown = f"best {limit} of {len(view.factchecks)}" if len(view.factchecks) > limit else str(len(view.factchecks))
    table = Table(title=f"Already fact-checked ({shown} fact-checks)", expand=True, show_lines=True)
    table.add_column("level", width=8)
    table.add_column("fact-check", ratio=3)
    table.add_column("sentences of this page", ratio=2)
    for group in view.factchecks[:limit]:
        fc = group.factcheck
        cell = Text(f"{fc.get('rating')}", style=VERDICT_STYLES.get(str(fc.get("verdict")), "bold"))
        cell.append(f"  {_shorten(str(fc.get('claim')), 120)}\n")
        cell.append(
            f"{fc.get('publisher_name')}, {fc.get('review_date') or 'undated'} · {fc.get('review_url')}", style="dim"
        )
        sentences = Text()
        for item in group.sentences[:2]:
            sentences.append(f"{item.match.sentence} ", style="dim")
            sentences.append(f"{_shorten(item.sentence_text, 60)}\n")
        if len(group.sentences) > 2:
            sentences.append(f"… and {len(group.sentences) - 2} more", style="dim")
        table.add_row(f"{group.level}\n{group.score:.2f}", cell, sentences)
    return table


def _coverage_table(doc: Document, limit: int) -> Table | Text:
    coverage = doc.coverage
    if coverage is None:
        return Text("Where else this story runs: not known (no store of checked pages; give --db)", style="dim")
    if not coverage.documents:
        return Text("Where else this story runs: no other document in the store tells this story", style="dim")
    languages = ", ".join(f"{lang} {n}" for lang, n in coverage.languages.items())
    others = len(coverage.documents)
    title = f"Where else this story runs: {others} other documents ({languages}), since {coverage.first_seen}"
    table = Table(title=title, expand=True)
    table.add_column("published", no_wrap=True)
    table.add_column("lang", width=4)
    table.add_column("outlet", ratio=1)
    table.add_column("title", ratio=3)
    for other in coverage.documents[:limit]:
        table.add_row(
            other.published or "?", other.lang, other.site or "-", _shorten(other.title or other.source or other.id, 90)
        )
    if len(coverage.documents) > limit:
        table.add_row(
            "",
            "",
            "",
            Text(f"… and {len(coverage.documents) - limit} more (sift stories show {coverage.story})", style="dim"),
        )
    if coverage.factchecks:
        table.caption = f"{len(coverage.factchecks)} fact-check(s) matched in the story's documents"
    return table


def _blocks_lines(view: DocumentView) -> Table:
    table = Table(title="Text", expand=True, show_header=False, box=None, padding=(0, 1))
    table.add_column("where", no_wrap=True, style="dim")
    table.add_column("text", no_wrap=True, overflow="ellipsis", ratio=1)
    for item in view.blocks:
        block = item.block
        table.add_row(
            f"{block.id:>4} {block.role:<7} {block.lang}{'?' if block.lang_uncertain else ''}",
            " ".join(block.text.split()),
        )
    return table


#: Columns of the terminal report written to a file (``sift check --format terminal --out FILE``).
FILE_WIDTH = 100


def summary_text(doc: Document, *, all_claims: bool = False, width: int = FILE_WIDTH) -> str:
    """:func:`print_summary` as plain text (no colours or control codes), for a file."""
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False, highlight=False)
    print_summary(doc, console, all_claims=all_claims)
    return console.file.getvalue()


def print_summary(
    doc: Document,
    console: Console | None = None,
    *,
    max_claims: int = TOP_CLAIMS,
    max_factchecks: int = 5,
    all_claims: bool = False,
    heading: str = "sift check",
) -> None:
    """Print the summary of ``doc``: header, matched fact-checks, claims, speakers, blocks, removed lines.

    The terminal shows the best few of each list (``all_claims``: every scored sentence); ``--format md|html|json``
    has them all. ``heading`` names the header panel (a stored document shows its id there).
    """
    console = console or Console()
    view = build_view(doc)
    parts = [_header(view, heading)]
    tables = (
        _matches_table(view, max_factchecks),
        _claims_table(view, max_claims, all_claims=all_claims),
        _speakers_table(view),
        _outlets_table(view),
    )
    parts += [table for table in tables if table]
    if not view.speakers:
        parts.append(Text(f"Who said it: {view.speakers_note}", style="italic"))
    parts.append(_coverage_table(doc, max_claims))
    parts.append(_blocks_lines(view))
    if doc.removed:
        removed = Text(f"Removed ({len(doc.removed)}): ", style="bold")
        removed.append("; ".join(f"{_shorten(r.text, 50)} [{r.reason}]" for r in doc.removed), style="dim")
        parts.append(removed)
    timings = " ".join(f"{name} {ms:.0f}ms" for name, ms in doc.timings_ms.items())
    parts.append(Text(f"timings: {timings}", style="dim"))
    console.print(Group(*parts))
