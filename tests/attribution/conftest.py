"""Shared fixtures for the attribution tests: one Resources per session so spaCy and HanTa load once."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from sift.attribution import AttributionConfig, attribute_statements
from sift.document import Block, Document, Sentence, Source
from sift.pipeline import Resources

SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»“]?\s+(?=[\"“„«‘(]?[A-ZÀ-Ý0-9])")


@pytest.fixture(scope="session")
def resources() -> Resources:
    """Models loaded once for every attribution test."""
    return Resources()


def make_document(paragraphs: list[tuple[str, str]]) -> Document:
    """A document with one block per (language, text) paragraph and a simple regex sentence split."""
    doc = Document(id="test", source=Source(kind="text", location="test", sha256=""))
    for number, (lang, text) in enumerate(paragraphs):
        block = Block(id=f"b{number}", role="body", text=text, lang=lang, lang_confidence=1.0)
        starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        ends = [*starts[1:], len(text)]
        block.sentences = [
            Sentence(f"{block.id}.s{i}", start, end) for i, (start, end) in enumerate(zip(starts, ends, strict=True))
        ]
        doc.blocks.append(block)
    return doc


@pytest.fixture(scope="session")
def analyse(resources: Resources) -> Callable[[list[tuple[str, str]]], Document]:
    """Run the attribution stage on paragraphs given as (language, text) pairs."""

    def run(paragraphs: list[tuple[str, str]]) -> Document:
        return attribute_statements(make_document(paragraphs), resources, AttributionConfig())

    return run


@pytest.fixture(scope="session")
def analyse_as(resources: Resources) -> Callable[[str, list[tuple[str, str]]], Document]:
    """Run the attribution stage on paragraphs given as (language, text) pairs, every block with ``role``."""

    def run(role: str, paragraphs: list[tuple[str, str]]) -> Document:
        doc = make_document(paragraphs)
        for block in doc.blocks:
            block.role = role
        return attribute_statements(doc, resources, AttributionConfig())

    return run


@pytest.fixture(scope="session")
def document_of() -> Callable[[list[tuple[str, str]]], Document]:
    """:func:`make_document`, for a test that changes the document before the stage runs (a block's poster)."""
    return make_document
