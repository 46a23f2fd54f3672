"""The verification desk's reviews of a document's claims, as Markdown.

Notes, assignees and URLs are typed by people, so nothing of theirs is trusted: every string is escaped so that
Markdown and the HTML a Markdown viewer may let through stay text, and only absolute ``http``/``https`` URLs become
links (a ``javascript:`` URL is shown as inert code).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

__all__ = ["is_link_safe", "markdown_text", "render_reviews_markdown"]

#: Characters that mean something to Markdown or to the HTML inside it.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&~])")


def markdown_text(text: str | None) -> str:
    """User text as inert Markdown on one line: specials backslash-escaped, ``<`` ``>`` ``&`` as entities."""
    flat = " ".join((text or "").split())
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", flat)
    return escaped.replace("\\<", "&lt;").replace("\\>", "&gt;").replace("\\&", "&amp;")


def is_link_safe(url: str) -> bool:
    """Whether a URL may become a link: absolute ``http(s)`` with a host, no spaces, quotes or angle brackets."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not re.search(r"[\s<>\"'`]", url)


def _url(url: str) -> str:
    if is_link_safe(url):
        return f"<{url.strip()}>"
    return "`" + url.replace("`", "'") + "` (not a web link)"


def render_reviews_markdown(title: str | None, reviews: Sequence[Mapping[str, Any]]) -> str:
    """Markdown of ``ReviewState.to_dict()`` records: one section per claim (status, assignee, verdict, evidence,
    notes)."""
    lines = [f"# Desk reviews: {markdown_text(title) or '(untitled)'}", ""]
    if not reviews:
        lines.append("_No check-worthy claims on this page._")
    for review in reviews:
        lines += [
            f"## {review['sentence_id']} · {review['status']}",
            "",
            f"> {markdown_text(review.get('claim'))}",
            "",
            f"- **Assignee:** {markdown_text(review.get('assignee')) or 'nobody'}",
            f"- **Verdict:** {review.get('verdict') or 'none yet'}",
        ]
        if review.get("updated_by"):
            lines.append(f"- **Last change:** {markdown_text(review['updated_by'])}, {review.get('updated', '')}")
        for url in review.get("evidence_urls") or ():
            lines.append(f"- **Evidence:** {_url(url)}")
        for note in review.get("notes") or ():
            lines.append(f"- **Note** by {markdown_text(note['author'])}, {note['at']}: {markdown_text(note['text'])}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
