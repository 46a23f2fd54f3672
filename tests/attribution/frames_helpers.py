"""What attribution tests read off an analysed one-block document: frames as written and speakers' names.

One copy for every test module (they had drifted into four near-identical ``_frames``/``_names`` helpers).
"""

from __future__ import annotations

from sift.attribution import AttributionConfig, attribute_statements
from sift.document import Block, Document, Sentence, Source
from sift.pipeline import Resources


def body_page(resources: Resources, texts: list[str], lang: str = "en") -> Document:
    """The attribution stage on body blocks, one sentence each."""
    doc = Document(id="test", source=Source(kind="text", location="test", sha256=""))
    for number, text in enumerate(texts):
        block = Block(id=f"b{number}", role="body", text=text, lang=lang, lang_confidence=1.0)
        block.sentences = [Sentence(f"{block.id}.s0", 0, len(text))]
        doc.blocks.append(block)
    return attribute_statements(doc, resources, AttributionConfig())


def frames(doc: Document) -> list[tuple[str, str]]:
    """(cue, source) as written, for every attribution of the first block with a cue and a source."""
    return [(cue, source) for cue, source, _ in frames_with_relays(doc)]


def frames_with_relays(doc: Document) -> list[tuple[str, str, list[str]]]:
    """(cue, source, relays) as written, for every attribution of the first block with a cue and a source."""
    block = doc.blocks[0]
    return [
        (
            block.text[a.cue.start : a.cue.end],
            block.text[a.source.start : a.source.end],
            [block.text[relay.source.start : relay.source.end] for relay in a.via],
        )
        for a in doc.attributions
        if a.cue is not None and a.source is not None
    ]


def names(doc: Document) -> list[str]:
    """Every speaker's name and aliases."""
    return [name for speaker in doc.speakers for name in (speaker.name, *speaker.aliases)]


def main_names(doc: Document) -> list[str]:
    """Every speaker's name, without aliases."""
    return [speaker.name for speaker in doc.speakers]


def sorted_names(doc: Document) -> list[str]:
    """Every speaker's name, sorted."""
    return sorted(speaker.name for speaker in doc.speakers)


def kinds(doc: Document) -> dict[str, str]:
    """Each speaker's kind by name."""
    return {speaker.name: speaker.kind for speaker in doc.speakers}


def relays(doc: Document) -> list[str]:
    """Every relay of every attribution as written in the first block."""
    text = doc.blocks[0].text
    return [text[relay.source.start : relay.source.end] for a in doc.attributions for relay in a.via]
