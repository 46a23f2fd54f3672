"""Helpers the language tests share: a page made of (role, text) blocks."""

from __future__ import annotations

from sift.document import Block, Document, Source


def page(*blocks: tuple[str, str]) -> Document:
    """A document whose blocks have the given roles and texts, no language yet."""
    return Document(
        id="d",
        source=Source(kind="text", location="-", sha256="0" * 64),
        blocks=[Block(id=f"b{index}", role=role, text=text) for index, (role, text) in enumerate(blocks)],
    )
