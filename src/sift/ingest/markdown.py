"""Markdown pages read as the plain text they say: headings and list items as lines of their own, without marks.

A ``.md`` page read as it is kept its marks in the text (``# Title``, ``- item``, ``**bold**``, ``[text](url)``), and
every later stage saw them: the title was "# Title", a list item's claim began with "- ". Parsed with markdown-it-py
(CommonMark, plus tables), each heading, paragraph, list item, quote, table row and code block becomes one paragraph
of plain text, in order, so the text extractor finds the title (the first heading) and headings as it does in any
text page. A YAML front-matter block (``---`` … ``---``, as static-site generators write) is no text of the page; its
``title`` leads the text when it has one.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token

__all__ = ["MARKDOWN_MEDIA_TYPE", "markdown_text"]

#: What ``Source.media_type`` says of a page read as Markdown (the extract stage reads any ``text/*`` as text).
MARKDOWN_MEDIA_TYPE = "text/markdown"

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_TITLE = re.compile(r"^title:[ \t]*(?P<title>.+?)[ \t]*$", re.MULTILINE)
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
#: Inline tokens whose ``content`` is text of the page (``text_special``: an escaped character or an entity).
_TEXT_TOKENS = frozenset(["text", "text_special", "code_inline"])
#: Blocks whose ``content`` is their text (no inline children).
_LITERAL_BLOCKS = frozenset(["fence", "code_block"])


def markdown_text(markdown: str) -> str:
    """The plain text of a Markdown page: one paragraph (separated by a blank line) per heading, paragraph, list
    item, quote paragraph, table row and code block; emphasis, link targets, images and HTML tags left out."""
    from markdown_it import MarkdownIt

    body, title = _without_front_matter(markdown)
    paragraphs = [] if title is None else [title]
    row: list[str] | None = None
    for token in MarkdownIt("commonmark").enable("table").parse(body):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            paragraphs.append(" | ".join(cell for cell in row if cell))
            row = None
        elif token.type == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text)
            else:
                paragraphs.append(text)
        elif token.type in _LITERAL_BLOCKS:
            paragraphs.append(token.content)
        elif token.type == "html_block":
            paragraphs.append(" ".join(html.unescape(_TAG.sub(" ", token.content)).split()))
    return "\n\n".join(text.strip() for text in paragraphs if text.strip()) + "\n"


def _without_front_matter(markdown: str) -> tuple[str, str | None]:
    """The page after its front matter, and the front matter's ``title`` (unquoted) if it gives one."""
    found = _FRONT_MATTER.match(markdown)
    if found is None:
        return markdown, None
    title = _FRONT_TITLE.search(found.group("body"))
    text = None if title is None else title.group("title").strip("'\"").strip()
    return markdown[found.end() :], text or None


def _inline_text(token: Token) -> str:
    """The text of an inline run: its words and code, line breaks kept where the writer forced them."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in _TEXT_TOKENS:
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)
