"""Outlet-table fixtures: the shipped table, loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Attribution, Block, Document, Mention, Relay, Sentence, Source, Speaker
from sift.sources import SourceTable


@pytest.fixture(scope="session")
def table() -> SourceTable:
    """The shipped outlet table (read-only; tests that lay a team's outlets over it get a new table)."""
    return SourceTable.load()


TEXT = "The ministry said the US refused, Sputnik reported. Le ministère l'a dit, selon l'agence russe RIA Novosti."


def _make_document(kind: str = "text", location: str = "<text>", site: str | None = None) -> Document:
    block = Block(
        id="b0",
        role="body",
        text=TEXT,
        lang="en",
        sentences=[Sentence("b0.s0", 0, 51), Sentence("b0.s1", 52, len(TEXT))],
    )
    doc = Document(id="x", source=Source(kind=kind, location=location, sha256="0" * 64), site=site, blocks=[block])
    doc.attributions.append(
        Attribution(
            id="a0",
            sentence="b0.s0",
            content=Mention(18, 32),
            kind="indirect",
            source=Mention(0, 12, entity="Russian Defense Ministry"),
            cue=Mention(13, 17, lemma="say"),
            via=[Relay(Mention(34, 41, entity="Sputnik"), Mention(42, 50, lemma="report"))],
        )
    )
    start = TEXT.index("l'agence russe")
    doc.attributions.append(
        Attribution(
            id="a1",
            sentence="b0.s1",
            content=Mention(52, 72),
            kind="according-to",
            via=[Relay(Mention(start, len(TEXT) - 1))],
        )
    )
    doc.speakers.append(Speaker("sp0", "Russian Defense Ministry", "government", [], ["en"], ["a0"]))
    doc.speakers.append(Speaker("sp1", "Sputnik", "outlet", [], ["en"], ["a0"]))
    doc.speakers.append(Speaker("sp2", "Reuters", "person", [], ["en"], []))  # people are never looked up
    return doc


@pytest.fixture(scope="session")
def make_document() -> Callable[..., Document]:
    """Builds a small document: the seed's relay sentence and a French "selon l'agence russe RIA Novosti"."""
    return _make_document
