"""Markdown report: readable in a terminal pager, a ticket or a wiki."""

from __future__ import annotations

from sift.document import Document
from sift.report.view import DocumentView, build_view

__all__ = ["render_markdown"]


def _cell(text: str | None, limit: int = 0) -> str:
    """Text safe inside a Markdown table cell (pipes escaped, one line, optionally shortened)."""
    text = " ".join((text or "").split()).replace("|", "\\|")
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _header(view: DocumentView) -> list[str]:
    doc = view.doc
    languages = ", ".join(f"{lang} ({chars} chars)" for lang, chars in view.languages.items())
    return [
        f"# {doc.title or '(untitled)'}",
        "",
        f"- **Published:** {doc.published or 'unknown'}",
        f"- **Language:** {doc.language} — blocks: {languages or 'none'}",
        f"- **Site:** {doc.site or 'unknown'}" + (f" · **Author:** {doc.author}" if doc.author else ""),
        f"- **Source:** {doc.source.kind} `{doc.source.location}` (sha256 {doc.source.sha256[:12]}…)",
        "",
    ]


def _claims(view: DocumentView) -> list[str]:
    if not view.claims:
        return []
    lines = ["## Check-worthy claims", "", "| score | label | claim | reasons |", "|---:|---|---|---|"]
    for item in view.claims:
        claim = item.claim
        lines.append(
            f"| {claim.score:.2f} | {claim.label} | {_cell(item.span_text)} | {_cell(', '.join(claim.reasons))} |"
        )
    return [*lines, ""]


def _speakers(view: DocumentView) -> list[str]:
    notes = [f"_{note}_" for note in view.notes]
    if not view.speakers:
        return ["## Speakers", "", *notes, ""] if notes else []
    lines = [
        "## Speakers",
        "",
        "| speaker | kind | also written | statements | via |",
        "|---|---|---|---:|---|",
    ]
    for item in view.speakers:
        speaker = item.speaker
        name = _cell(speaker.name) + (" (uncertain)" if item.is_uncertain else "")
        uncertain = sum(statement.is_uncertain for statement in item.statements)
        count = f"{len(item.statements)}" + (f", {uncertain} uncertain" if uncertain and not item.is_uncertain else "")
        aliases, via = _cell(", ".join(speaker.aliases)), _cell(", ".join(item.via))
        lines.append(f"| {name} | {speaker.kind} | {aliases} | {count} | {via} |")
    return [*lines, "", *([*notes, ""] if notes else [])]


def _matches(view: DocumentView) -> list[str]:
    if not view.factchecks:
        return ["## Already fact-checked", "", f"**{view.match_note}**", "", *_weak(view)]
    lines = ["## Already fact-checked", ""]
    for group in view.factchecks:
        fc = group.factcheck
        lines += [
            f"- **{group.level}** ({group.score:.2f}) — **{_cell(fc.get('rating'))}** ({fc.get('verdict')}): "
            f"{_cell(fc.get('claim'))}",
            f"  - {_cell(fc.get('publisher_name'))}, {fc.get('review_date') or 'undated'} — <{fc.get('review_url')}>",
        ]
        for item in group.sentences:
            why = f" — why: {_cell(item.match.evidence)}" if item.match.evidence else ""
            lines.append(f"  - {item.match.sentence} ({item.match.score:.2f}): “{_cell(item.sentence_text, 160)}”{why}")
    return [*lines, "", *_weak(view)]


def _weak(view: DocumentView) -> list[str]:
    """The unlevelled candidates, folded (HTML ``<details>`` renders collapsed in most Markdown viewers)."""
    if not view.weak:
        return []
    lines = [
        "<details>",
        f"<summary>Weak candidates ({len(view.weak)}): below the possible level, not matches</summary>",
        "",
    ]
    for item in view.weak:
        fc = item.factcheck
        lines.append(
            f"- {item.match.score:.2f} — {_cell(fc.get('claim'), 160)} ({_cell(fc.get('publisher_name'))}) "
            f"for {item.match.sentence}: “{_cell(item.sentence_text, 100)}”"
        )
    return [*lines, "", "</details>", ""]


def _blocks(view: DocumentView) -> list[str]:
    lines = ["## Text", ""]
    for item in view.blocks:
        block = item.block
        lines.append(f"### {block.id} · {block.role} · {block.lang} ({block.lang_confidence:.2f})")
        lines.append("")
        quoted = [f"> {text}" for text in (s.text for s in item.sentences)] or [f"> {block.text}"]
        lines += [*quoted, ""]
    return lines


def _removed(view: DocumentView) -> list[str]:
    if not view.doc.removed:
        return []
    lines = ["## Removed from the page", "", "| reason | text |", "|---|---|"]
    lines += [f"| {_cell(r.reason)} | {_cell(r.text, 160)} |" for r in view.doc.removed]
    return [*lines, ""]


def render_markdown(doc: Document) -> str:
    """The whole report as Markdown."""
    view = build_view(doc)
    parts = _header(view) + _claims(view) + _speakers(view) + _matches(view) + _blocks(view) + _removed(view)
    return "\n".join(parts).rstrip() + "\n"
