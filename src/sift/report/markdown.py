"""Markdown report: readable in a terminal pager, a ticket or a wiki.

Everything the page or the store says is text, never markup: characters that open Markdown or HTML
syntax are backslash-escaped, and a link is written only for an http(s) URL, percent-encoded so it cannot
end its own autolink (an imported ``review_url`` ``https://x.example/md> [click](javascript:alert(1)) <x``
rendered as a ``javascript:`` link). The HTML report escapes the same text with Jinja2.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from sift.document import Document
from sift.report.view import NO_CLAIMS, DocumentView, build_view

__all__ = ["markdown_link", "markdown_text", "render_markdown"]

#: Characters that open inline Markdown or HTML (CommonMark lets any ASCII punctuation be escaped).
_INLINE_SYNTAX = re.compile(r"([\\`*_\[\]<>])")
#: Characters a URL keeps as they are inside ``<…>``; everything else (spaces, ``<``, ``>``, quotes,
#: backslashes, control characters) is percent-encoded.
_URL_SAFE = "!#$%&'()*+,-./:;=?@[]_~"


def markdown_text(text: str | None, limit: int = 0) -> str:
    """Page or store text as inert Markdown: one line, syntax escaped, optionally shortened to ``limit``."""
    text = " ".join((text or "").split())
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    return _INLINE_SYNTAX.sub(r"\\\1", text)


def markdown_link(url: str | None) -> str:
    """An autolink ``<url>`` for an http(s) URL with a host; any other value as escaped text, unlinked."""
    text = " ".join((url or "").split())
    try:
        parts = urlsplit(text)
        is_web = parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and text.isprintable()
    except ValueError:  # a malformed IPv6 host or port
        is_web = False
    if not is_web:
        return f"{markdown_text(text, 120)} (not an http(s) link)" if text else "(no link)"
    return f"<{quote(text, safe=_URL_SAFE)}>"


def _cell(text: str | None, limit: int = 0) -> str:
    """Text safe inside a Markdown table cell: :func:`markdown_text` with the cell separator escaped too."""
    return markdown_text(text, limit).replace("|", "\\|")


def _code(text: str) -> str:
    """A code span holding ``text`` verbatim (fenced by more backticks than any run inside it)."""
    text = " ".join(text.split())
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}"


def _header(view: DocumentView) -> list[str]:
    doc = view.doc
    languages = ", ".join(f"{lang} ({chars} chars)" for lang, chars in view.languages.items())
    return [
        f"# {markdown_text(doc.title) or '(untitled)'}",
        "",
        f"- **Language:** {' — '.join([doc.language, *view.language_notes])} — blocks: {languages or 'none'}",
        f"- **Published:** {markdown_text(doc.published) or 'unknown'}",
        f"- **Site:** {markdown_text(doc.site) or 'unknown'}"
        + (f" — **{markdown_text(view.site_outlet.outlet.badge)}**" if view.site_outlet else "")
        + (f" · **Author:** {markdown_text(doc.author)}" if doc.author else ""),
        f"- **Source:** {doc.source.kind} {_code(doc.source.location)} (sha256 {doc.source.sha256[:12]}…)",
        "",
    ]


def _claims(view: DocumentView) -> list[str]:
    """The claims to check first, then every scored sentence (near-duplicates under their claim) folded away."""
    if not view.claims:
        return []
    lines = ["## Check-worthy claims", ""]
    if view.top_claims:
        lines += ["| # | score | claim | reasons | fact-check |", "|---:|---:|---|---|---|"]
        for number, item in enumerate(view.top_claims, start=1):
            claim = item.claim
            lines.append(
                f"| {claim.rank or number} | {claim.score:.2f} | {_cell(item.span_text)} "
                f"| {_cell(', '.join(claim.reasons))} | {item.match_label} |"
            )
    else:
        lines.append(NO_CLAIMS)
    scored = len(view.claims) + view.duplicate_count
    lines += [
        "",
        f"<details><summary>All {scored} scored sentences ({len(view.checkworthy)} check-worthy claims, "
        f"{view.duplicate_count} near-duplicates)</summary>",
        "",
        "| score | label | claim | reasons | fact-check |",
        "|---:|---|---|---|---|",
    ]
    for item in view.claims:
        rows = [(item, item.claim.label)]
        rows += [(duplicate, f"{duplicate.claim.label}, same as #{item.claim.rank}") for duplicate in item.duplicates]
        for row, label in rows:
            lines.append(
                f"| {row.claim.score:.2f} | {label} | {_cell(row.span_text)} | {_cell(', '.join(row.claim.reasons))} "
                f"| {row.match_label} |"
            )
    return [*lines, "", "</details>", ""]


def _speakers(view: DocumentView) -> list[str]:
    notes = [f"_{note}_" for note in view.notes]
    if not view.speakers:
        return ["## Speakers", "", f"_{view.speakers_note}_", ""]
    lines = [
        "## Speakers",
        "",
        "| speaker | kind | also written | statements | via |",
        "|---|---|---|---:|---|",
    ]
    for item in view.speakers:
        speaker = item.speaker
        badge = f" ({item.outlet.outlet.badge})" if item.outlet else ""
        name = _cell(speaker.name + badge) + (" (uncertain)" if item.is_uncertain else "")
        name += f" ({item.outside_label})" if item.outside else ""
        uncertain = sum(statement.is_uncertain for statement in item.statements)
        count = f"{len(item.statements)}" + (f", {uncertain} uncertain" if uncertain and not item.is_uncertain else "")
        badges = {who: f" ({relayed.outlet.badge})" for who, relayed in item.via_outlets.items()}
        via = [who + badges.get(who, "") for who in item.via]
        aliases = _cell(", ".join(speaker.aliases))
        lines.append(f"| {name} | {speaker.kind} | {aliases} | {count} | {_cell(', '.join(via))} |")
    return [*lines, "", *([*notes, ""] if notes else [])]


def _outlets(view: DocumentView) -> list[str]:
    if not view.outlets and not view.unknown_relays:
        return []
    lines = ["## Who the sources are", ""]
    for item in view.outlets:
        profile = item.outlet.profile
        quality = profile.get("quality")
        rated = f"{quality:.2f} (0-1)" if quality is not None else "no rating"
        owner = _cell(profile.get("owner")) or "unknown"
        lines += [
            f"- **{_cell(item.name)}** — **{item.outlet.badge}** ({_cell(', '.join(item.where))})",
            f"  - quality: {rated} · reliability: {profile.get('reliability') or 'no label'} · owner: {owner}",
        ]
        if item.record:
            lines.append(f"  - {item.record}")
        lines.append("  - evidence: " + "; ".join(_cell(line, 200) for line in item.evidence))
    if view.unknown_relays:
        lines.append(f"- No profile (sift does not know them): {_cell(', '.join(view.unknown_relays))}")
    return [*lines, ""]


def _matches(view: DocumentView) -> list[str]:
    if not view.factchecks:
        return ["## Already fact-checked", "", f"**{view.match_note}**", "", *_weak(view)]
    lines = ["## Already fact-checked", ""]
    for group in view.factchecks:
        fc = group.factcheck
        lines += [
            f"- **{group.level}** ({group.score:.2f}) — **{markdown_text(fc.get('rating'))}** "
            f"({markdown_text(fc.get('verdict'))}): {markdown_text(fc.get('claim'))}",
            f"  - {markdown_text(fc.get('publisher_name'))}, {markdown_text(fc.get('review_date')) or 'undated'} — "
            f"{markdown_link(fc.get('review_url'))}",
        ]
        for item in group.sentences:
            why = f" — why: {markdown_text(item.match.evidence)}" if item.match.evidence else ""
            lines.append(
                f"  - {item.match.sentence} ({item.match.score:.2f}): “{markdown_text(item.sentence_text, 160)}”{why}"
            )
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
            f"- {item.match.score:.2f} — {markdown_text(fc.get('claim'), 160)} "
            f"({markdown_text(fc.get('publisher_name'))}) for {item.match.sentence}: "
            f"“{markdown_text(item.sentence_text, 100)}”"
        )
    return [*lines, "", "</details>", ""]


def _coverage(view: DocumentView) -> list[str]:
    coverage = view.doc.coverage
    lines = ["## Where else this story runs", ""]
    if coverage is None:
        return [*lines, "Not known: the page was checked without a store of checked pages.", ""]
    if not coverage.documents:
        return [*lines, f"No other document in the store tells this story (story `{coverage.story}`).", ""]
    languages = ", ".join(f"{lang} {n}" for lang, n in coverage.languages.items())
    lines += [
        f"Story `{coverage.story}`: {len(coverage.documents)} other documents ({languages}), first seen "
        f"{coverage.first_seen}.",
        "",
        "| published | lang | outlet | title | source |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {d.published or '?'} | {d.lang} | {_cell(d.site or '')} | {_cell(d.title or d.id, 120)} "
        f"| {_cell(d.source or '')} |"
        for d in coverage.documents
    ]
    if coverage.factchecks:
        lines += ["", "Fact-checks matched in the story's documents:", ""]
        lines += [
            f"- **{_cell(fc.get('rating') or fc.get('verdict') or '')}**: {_cell(fc.get('claim') or fc['id'])} "
            f"<{fc.get('review_url', '')}>"
            for fc in coverage.factchecks
        ]
    return [*lines, ""]


def _blocks(view: DocumentView) -> list[str]:
    lines = ["## Text", ""]
    for item in view.blocks:
        block = item.block
        language = item.uncertain_note or f"{block.lang} ({block.lang_confidence:.2f})"
        lines.append(f"### {block.id} · {block.role} · {language}")
        lines.append("")
        quoted = [f"> {markdown_text(s.text)}" for s in item.sentences] or [f"> {markdown_text(block.text)}"]
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
    parts = (
        _header(view)
        + _claims(view)
        + _speakers(view)
        + _outlets(view)
        + _matches(view)
        + _coverage(view)
        + _blocks(view)
        + _removed(view)
    )
    return "\n".join(parts).rstrip() + "\n"
