"""Loading attribution's spaCy pipelines: most of what a cold ``sift check`` of a French page waits for.

``fr_core_news_sm``'s lemmatizer ships a lookup table of 216,849 forms and exception tables of 175,000 more. On
every start spaCy decodes them and fills a ``Table`` (an ``OrderedDict`` with a Bloom filter) one key at a time:
0.75 s of CPU for the lookup table and 0.3 s for the exceptions, for the few hundred words a page asks about.
Inside :func:`fast_lookups`, a lookups file is read once per machine and kept in the user cache
(``sift.machine_cache``), keyed by its bytes, as :class:`Packed` entries (sorted by key hash, each decoded when
asked for): a big table as a :class:`HashedTable`, a big dict of words inside a small table (``lemma_exc``: one
per part of speech) as a :class:`PackedDict`; both answer ``get``, ``[]`` and ``in`` as the originals would, and
build the full table or dict on first use of anything else (iteration, ``len``, serialisation). A long list inside
a small table (``lemma_index``, which the lemmatizers ask ``form in index`` of every word) comes back as an
:class:`IndexedList`, which answers ``in`` from a set. Any surprise (a key that is not a hash, an unreadable or
damaged cache file) takes spaCy's own path.

``import spacy`` also imports spaCy's command line (typer, weasel, requests, jinja2: a third of the import, 0.2 s
of CPU) for one name, ``spacy.info``. :func:`import_spacy` imports spaCy with that name deferred: ``spacy.info``
imports the command line when called, and ``import spacy.cli`` works as before.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import hashlib
import marshal
import re
import sys
import threading
import types
from array import array
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from itertools import chain
from pathlib import PurePath
from typing import Any

from sift.errors import ConfigError
from sift.machine_cache import original, patched

__all__ = [
    "CachedLookups",
    "HashedTable",
    "IndexedList",
    "Packed",
    "PackedDict",
    "fast_lookups",
    "import_spacy",
    "indexed_entry_points",
    "indexed_registry",
    "load_pipeline",
    "numpy_blas_ops",
    "split_glued_quotes",
    "tokenizer_rules_once",
    "use_numpy_blas",
    "without_training_strings",
]

#: Tables with fewer entries are kept entry by entry (spaCy's lemma rules, exceptions and indexes: 3-9 entries, one
#: per part of speech); their dicts and lists of this many entries or more are packed or indexed.
MIN_HASHED = 10_000

_lock = threading.Lock()


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, its command line imported on first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """``import spacy`` without importing its command line (``spacy.info`` imports it when called)."""
    import importlib.util

    with _lock:
        if "spacy" in sys.modules:
            import spacy  # waits for an import under way in another thread

            return spacy
        spec = importlib.util.find_spec("spacy")
        folder = next(iter(spec.submodule_search_locations or ())) if spec is not None else None
        stub = types.ModuleType("spacy.cli")
        stub.__path__ = [f"{folder}/cli"] if folder else []  # a submodule still imports from spaCy's folder
        info = types.ModuleType("spacy.cli.info")
        info.info = _info  # type: ignore[attr-defined]
        sys.modules.update({"spacy.cli": stub, "spacy.cli.info": info})
        try:
            import spacy
        except Exception:  # another spaCy imports more of its command line: import it as spaCy does
            spacy = None
        finally:
            for name in ("spacy.cli", "spacy.cli.info"):
                sys.modules.pop(name, None)
        if spacy is None:
            import spacy
        elif getattr(spacy, "cli", None) is stub:
            del spacy.cli  # ``import spacy.cli`` imports the real one
    return spacy


import_spacy()
from spacy.lookups import Lookups, Table  # noqa: E402


class Packed:
    """Entries of a dict sorted by their keys' 64-bit hash, each ``(key, value)`` encoded apart with ``marshal``.

    A lookup hashes the key, finds it by binary search and decodes that one entry (an entry whose stored key
    differs, a hash collision, is passed over): a big table is read without building its dict.
    """

    __slots__ = ("_hashes", "_offsets", "_positions", "_values")

    def __init__(self, hashes: bytes, offsets: bytes, values: bytes, positions: bytes) -> None:
        self._hashes = array("Q", hashes)
        self._offsets = array("Q", offsets)
        self._values = values
        self._positions = array("Q", positions)

    @classmethod
    def pack(cls, data: dict[Any, Any], hash_of: Any) -> tuple[bytes, bytes, bytes, bytes]:
        """What :class:`Packed` is built from, for ``data`` (keys hashed by ``hash_of``); ``positions`` gives each
        sorted entry's place in ``data``, so the dict comes back in its order."""
        keys = list(data)
        hashes = [hash_of(key) for key in keys]
        order = sorted(range(len(keys)), key=hashes.__getitem__)
        encoded = [marshal.dumps((keys[i], data[keys[i]])) for i in order]
        offsets = array("Q", [0])
        for value in encoded:
            offsets.append(offsets[-1] + len(value))
        sorted_hashes = array("Q", [hashes[i] for i in order])
        return sorted_hashes.tobytes(), offsets.tobytes(), b"".join(encoded), array("Q", order).tobytes()

    def __len__(self) -> int:
        return len(self._hashes)

    def _entry(self, index: int) -> tuple[Any, Any]:
        return marshal.loads(self._values[self._offsets[index] : self._offsets[index + 1]])  # type: ignore[no-any-return]

    def find(self, hashed: int, key: Any) -> tuple[bool, Any]:
        """``(True, value)`` of ``key`` (whose hash is ``hashed``), ``(False, None)`` when absent."""
        index = bisect.bisect_left(self._hashes, hashed)
        while index < len(self._hashes) and self._hashes[index] == hashed:
            stored, value = self._entry(index)
            if stored == key:
                return True, value
            index += 1
        return False, None

    def to_dict(self) -> dict[Any, Any]:
        """The whole dict, in the order it was packed in."""
        return dict(self._entry(i) for i in sorted(range(len(self._hashes)), key=self._positions.__getitem__))


class HashedTable(Table):
    """A read-only spaCy ``Table`` over :class:`Packed` entries: lookups without building the dict of every entry.

    ``get``, ``[]`` and ``in`` answer as the full table would; anything else (iteration, ``len``, ``items``,
    ``to_bytes``, pickling, changes) works on the full ``Table``, built once on first such use.
    """

    def __init__(self, name: str, packed: Packed) -> None:
        OrderedDict.__init__(self)  # not Table.__init__: its Bloom filter is the full table's (``bloom``)
        self.name = name
        self.default_size = 1e6
        self._packed = packed
        self._table: Table | None = None

    def _find(self, key: str | int) -> tuple[bool, Any]:
        from spacy.strings import get_string_id

        hashed = get_string_id(key)
        return self._packed.find(hashed, hashed)

    def get(self, key: str | int, default: Any = None) -> Any:
        found, value = self._find(key)
        return value if found else default

    def __getitem__(self, key: str | int) -> Any:
        found, value = self._find(key)
        if not found:
            raise KeyError(key)
        return value

    def __contains__(self, key: str | int) -> bool:  # type: ignore[override]
        return self._find(key)[0]

    def _full(self) -> Table:
        if self._table is None:
            self._table = Table(self.name, self._packed.to_dict())
        return self._table

    def __len__(self) -> int:
        return len(self._packed)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._full())

    def __eq__(self, other: object) -> bool:
        return self._full() == other

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> Any:
        return Table, (self.name, dict(self._full()))

    def __getattribute__(self, name: str) -> Any:
        """Every other method of the table (``items``, ``keys``, ``to_bytes``, ``set`` …) is the full table's."""
        if name in _FULL_TABLE_ATTRIBUTES:
            return getattr(object.__getattribute__(self, "_full")(), name)
        return object.__getattribute__(self, name)


#: What :class:`HashedTable` answers from the full table (everything ``OrderedDict`` and ``Table`` offer to read or
#: change that it does not answer itself).
_FULL_TABLE_ATTRIBUTES = frozenset(
    {"bloom", "items", "keys", "values", "to_bytes", "from_bytes", "set", "copy", "pop", "popitem", "setdefault"}
    | {"update", "clear", "move_to_end", "__setitem__", "__delitem__", "__reversed__", "__or__", "__ior__"}
)


class PackedDict(Mapping[str, Any]):
    """A read-only dict of words over :class:`Packed` entries: a value of a small table that is itself big.

    French ``lemma_exc`` maps each part of speech to its exceptions (114,327 verb forms): ``get``, ``[]`` and
    ``in`` decode one entry; iteration, ``len`` and equality read the whole dict, built once.
    """

    __slots__ = ("_dict", "_packed")

    def __init__(self, packed: Packed) -> None:
        self._packed = packed
        self._dict: dict[str, Any] | None = None

    def __getitem__(self, key: str) -> Any:
        if isinstance(key, str):
            from spacy.strings import get_string_id

            found, value = self._packed.find(get_string_id(key), key)
            if found:
                return value
        raise KeyError(key)

    def full(self) -> dict[str, Any]:
        """The dict itself, in its order."""
        if self._dict is None:
            self._dict = self._packed.to_dict()
        return self._dict

    def __iter__(self) -> Iterator[str]:
        return iter(self.full())

    def __len__(self) -> int:
        return len(self._packed)

    def __eq__(self, other: object) -> bool:
        return self.full() == other

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> Any:
        return dict, (self.full(),)

    def __repr__(self) -> str:
        return f"PackedDict({len(self)} entries)"


class IndexedList(list[Any]):
    """A list that answers ``in`` from a set built on first use; any change drops the set.

    spaCy's lemmatizers ask whether a form is in a part of speech's ``lemma_index``, a list of up to 66,191 words:
    a scan of the list for every word of a page (0.1 s of a French page's parse), a set lookup here.
    """

    __slots__ = ("_members",)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._members: frozenset[Any] | None = None

    def __contains__(self, item: object) -> bool:
        try:
            if self._members is None:
                self._members = frozenset(self)
            return item in self._members
        except TypeError:  # an unhashable item: compared one by one, as a list does
            return list.__contains__(self, item)

    def __reduce__(self) -> Any:
        return list, (list(self),)


def _dropping_members(name: str) -> Any:
    change = getattr(list, name)

    def changed(self: IndexedList, *args: Any, **kwargs: Any) -> Any:
        self._members = None
        return change(self, *args, **kwargs)

    changed.__name__ = name
    return changed


for _name in ("append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse"):
    setattr(IndexedList, _name, _dropping_members(_name))
for _name in ("__setitem__", "__delitem__", "__iadd__", "__imul__"):
    setattr(IndexedList, _name, _dropping_members(_name))


def _plain(value: Any) -> Any:
    return value.full() if isinstance(value, PackedDict) else value


class CachedLookups(Lookups):
    """spaCy ``Lookups`` whose tables may be :class:`HashedTable` or hold :class:`PackedDict` values: serialised
    as the full tables they stand for."""

    def to_bytes(self, **kwargs: Any) -> bytes:
        import srsly

        tables = {name: {key: _plain(value) for key, value in table.items()} for name, table in self._tables.items()}
        return srsly.msgpack_dumps(tables)  # type: ignore[no-any-return]


#: The layout of the cache files below: a new layout reads no file of an older one.
CACHE_LAYOUT = 2


def _cache_path(bytes_data: bytes) -> Any:
    import spacy

    from sift.machine_cache import cache_dir

    digest = hashlib.sha256(bytes_data).hexdigest()[:32]
    return cache_dir("spacy") / f"lookups{CACHE_LAYOUT}-{spacy.__version__}-{digest}.marshal"


def _kept(data: dict[Any, Any]) -> tuple[Any, ...]:
    """A table as the cache keeps it: a big one as :class:`Packed` entries, a small one entry by entry (a big dict
    of words packed too, a long list marked to be indexed)."""
    if len(data) >= MIN_HASHED:
        return ("hashed", *Packed.pack(data, int))
    return ("table", {key: _kept_value(value) for key, value in data.items()})


def _kept_value(value: Any) -> tuple[str, Any]:
    from spacy.strings import get_string_id

    if type(value) is dict and len(value) >= MIN_HASHED and all(type(key) is str for key in value):
        return ("packed", Packed.pack(value, get_string_id))
    if type(value) is list and len(value) >= MIN_HASHED:
        return ("indexed", value)
    return ("plain", value)


def _restored_value(kind: str, value: Any) -> Any:
    if kind == "packed":
        return PackedDict(Packed(*value))
    return IndexedList(value) if kind == "indexed" else value


def _restored(name: str, kept: tuple[Any, ...]) -> Table:
    if kept[0] == "table":
        return Table(name, {key: _restored_value(*value) for key, value in kept[1].items()})
    return HashedTable(name, Packed(*kept[1:]))


def _from_bytes(self: Any, bytes_data: bytes, **kwargs: Any) -> Any:
    """``Lookups.from_bytes`` reading the machine's cache of these bytes (written on first use)."""
    from sift.machine_cache import write_atomically

    path = _cache_path(bytes_data)
    with contextlib.suppress(Exception):  # absent, unreadable or damaged: rebuilt below
        kept = marshal.loads(path.read_bytes())
        self._tables = {name: _restored(name, table) for name, table in kept.items()}
        self.__class__ = CachedLookups
        return self
    lookups = original(Lookups, "from_bytes")(self, bytes_data, **kwargs)
    with contextlib.suppress(Exception):  # keys that are not hashes, a read-only home: no cache, same tables
        if all(type(key) is int for table in lookups._tables.values() for key in table):
            kept = {name: _kept(dict(table)) for name, table in lookups._tables.items()}
            write_atomically(path, marshal.dumps(kept))
    return lookups


def fast_lookups() -> contextlib.AbstractContextManager[None]:
    """Within this block (any thread), spaCy's ``Lookups.from_bytes`` reads big tables from the machine cache."""
    return patched(Lookups, "from_bytes", _from_bytes)


def _entry_points_by_group(self: Any) -> Any:
    """``catalogue.Registry._get_entry_points`` from an index of the entry points by group, built once."""
    import catalogue

    available = catalogue.AVAILABLE_ENTRY_POINTS
    global _entry_point_index
    with _index_lock:
        if _entry_point_index is None or _entry_point_index[0] is not available:
            groups: dict[str, list[Any]] = {}
            # Python 3.11's entry_points() is a dict of groups (``SelectableGroups``), later ones a sequence
            for entry_point in chain.from_iterable(available.values()) if isinstance(available, dict) else available:
                groups.setdefault(entry_point.group, []).append(entry_point)
            _entry_point_index = (available, {group: tuple(points) for group, points in groups.items()})
    return _entry_point_index[1].get(self.entry_point_namespace, ())


#: catalogue's entry points (read once when it is imported) and their index by group, built under its own lock
#: (``_lock`` is held through a whole ``import spacy``).
_entry_point_index: tuple[Any, dict[str, tuple[Any, ...]]] | None = None
_index_lock = threading.Lock()


def indexed_entry_points() -> contextlib.AbstractContextManager[None]:
    """Within this block (any thread), catalogue finds a registry's entry points in an index by group.

    Loading a pipeline asks spaCy's and srsly's registries for their entry points 361 times (every msgpack
    decoding asks srsly's), and catalogue answers each by scanning every entry point of the environment:
    0.1-0.2 s of CPU for the two pipelines. The index gives the same entry points in the same order.
    """
    import catalogue

    if not hasattr(catalogue.AVAILABLE_ENTRY_POINTS, "select"):  # an older layout: catalogue's own path
        return contextlib.nullcontext()
    return patched(catalogue.Registry, "_get_entry_points", _entry_points_by_group)


def _indexed_get_all(self: Any) -> dict[str, Any]:
    """``catalogue.Registry.get_all`` from an index of catalogue's registrations by namespace."""
    result = {}
    if self.entry_points:
        result.update(self.get_entry_points())
    result.update(_registrations().get(tuple(self.namespace), ()))
    return result


def _registrations() -> dict[tuple[str, ...], list[tuple[str, Any]]]:
    """catalogue's registrations by namespace, in registration order; rebuilt when one is added, removed or
    replaced (through ``catalogue._set``, counted by :func:`_counting_set`, or a change of size)."""
    import catalogue

    global _registration_index
    with _index_lock:
        stamp = (len(catalogue.REGISTRY), _registrations_set)
        if _registration_index is None or _registration_index[0] != stamp:
            groups: dict[tuple[str, ...], list[tuple[str, Any]]] = {}
            for keys, value in catalogue.REGISTRY.copy().items():
                groups.setdefault(keys[:-1], []).append((keys[-1], value))
            _registration_index = (stamp, groups)
        return _registration_index[1]


def _counting_set(namespace: Any, func: Any) -> None:
    """``catalogue._set`` that also marks the index of registrations stale."""
    global _registrations_set
    with _index_lock:
        _registrations_set += 1
    original(sys.modules["catalogue"], "_set")(namespace, func)


#: The index of catalogue's registrations (:func:`_registrations`) and how many were set through ``catalogue._set``.
_registration_index: tuple[Any, dict[tuple[str, ...], list[tuple[str, Any]]]] | None = None
_registrations_set = 0


@contextlib.contextmanager
def indexed_registry() -> Iterator[None]:
    """Within this block (any thread), catalogue answers "every function of a registry" from an index.

    Every msgpack decoding of a pipeline's files asks srsly for its decoders, and catalogue answers by scanning
    all 3,000-odd registrations of the environment: 216 scans, 0.1-0.15 s of CPU for the two pipelines. The
    index gives the same functions in the same order.
    """
    import catalogue

    with patched(catalogue, "_set", _counting_set), patched(catalogue.Registry, "get_all", _indexed_get_all):
        yield


#: Whether this thread is loading a pipeline from its files (:func:`load_pipeline`).
_loading = threading.local()


def _tokenizer(vocab: Any, rules: Any = None, **settings: Any) -> Any:
    """spaCy's ``Tokenizer`` as its factory makes it; while this thread loads a pipeline, without the language's
    exceptions: ``Tokenizer.from_bytes`` drops them first thing and reads the pipeline's own from its file."""
    from spacy.tokenizer import Tokenizer

    return Tokenizer(vocab, None if getattr(_loading, "active", False) else rules, **settings)


def tokenizer_rules_once() -> contextlib.AbstractContextManager[None]:
    """Within this block, a pipeline this thread loads builds its tokenizer's special cases once, not twice.

    spaCy's tokenizer factory adds the language's exceptions (1,347 in English, 278 in French, each tokenised
    and added to a phrase matcher), then loading the pipeline's tokenizer file resets them and adds the file's:
    0.06 s of CPU for the two pipelines. Other threads, and tokenizers made outside a load, are spaCy's own.
    """
    import spacy.language

    @contextlib.contextmanager
    def block() -> Iterator[None]:
        active = getattr(_loading, "active", False)
        _loading.active = True
        try:
            with patched(spacy.language, "Tokenizer", _tokenizer):
                yield
        finally:
            _loading.active = active

    return block()


def _read_json(path: Any, *args: Any, **kwargs: Any) -> Any:
    """``srsly.read_json``; while this thread loads a pipeline, a vocabulary's ``strings.json`` reads as empty."""
    import srsly

    where = PurePath(str(path))
    if getattr(_loading, "active", False) and (where.parent.name, where.name) == ("vocab", "strings.json"):
        return []
    return original(srsly, "read_json")(path, *args, **kwargs)


def without_training_strings() -> contextlib.AbstractContextManager[None]:
    """Within this block, a pipeline this thread loads leaves its training vocabulary's strings unread.

    A ``StringStore`` turns hashes back into strings. A pipeline's ``strings.json`` holds every string its
    training saw (84,780 in English, 148,179 in French) and spaCy adds them one by one on every load: 0.12-0.2 s
    of CPU for the two pipelines. Every string a pipeline can give back is added again when it is set (a token's
    text, lemma, norm, affixes and shape when its lexeme is made, morphological features) or when a component
    loads (the tagger's, morphologizer's and parser's labels), so the analyses are the same (``tests/attribution``:
    ``test_pipelines_without_training_strings_parse_as_spacy_loads_them``); only ``string in vocab.strings``
    no longer tells a word the training saw, which sift never asks. Other threads read spaCy's own files.
    """
    import srsly

    return patched(srsly, "read_json", _read_json)


def load_pipeline(name: str) -> Any:
    """The spaCy pipeline ``name`` without its entity recogniser (attribution reads no entities)."""
    spacy = import_spacy()
    from sift.machine_cache import cached_compiles

    try:
        # the French tokenizer's 1.4 MB pattern: seconds to compile, ms to reload; the lemma table read on demand
        with (
            cached_compiles(),
            fast_lookups(),
            indexed_entry_points(),
            indexed_registry(),
            tokenizer_rules_once(),
            without_training_strings(),
        ):
            nlp = spacy.load(name, exclude=["ner"])
    except OSError as error:
        raise ConfigError(f"spaCy model {name} is not installed ({error}); reinstall sift's dependencies") from None
    use_numpy_blas(nlp)
    split_glued_quotes(nlp)
    return nlp


#: A closing straight or curly double quotation mark glued between two letters ("Qualifié de \"gourou de la
#: majorité\"par un dirigeant", realpages dev rp-023: the page's HTML has no space between its inline elements).
GLUED_QUOTE = r"(?<=[^\W\d_])[\"”](?=[^\W\d_])"


def split_glued_quotes(nlp: Any) -> None:
    """Make ``nlp``'s tokenizer split a closing quotation mark glued to the next word off both words.

    spaCy's tokenizers split "»" there but keep ``majorité"par`` one token, which the parser tags a preposition: the
    quoted words and the agent after them were lost ("Qualifié de \"…\"par un dirigeant de LREM" named no one).
    Offsets stay the text's, so only the glued words' parse changes.
    """
    infixes = nlp.tokenizer.infix_finditer
    pattern = infixes.__self__.pattern if infixes is not None else None
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{GLUED_QUOTE}" if pattern else GLUED_QUOTE).finditer


@functools.cache
def numpy_blas_ops() -> Any:
    """thinc's numpy ops multiplying matrices with numpy's BLAS (OpenBLAS) on one thread, instead of blis.

    thinc's ``NumpyOps`` multiplies with the blis wheel, which runs at a third of OpenBLAS's speed on the 2-core
    EPYC machines (a 2,000 x 288 by 288 x 96 product: 2.8 ms vs 0.9 ms); the English pipeline's tok2vec, tagger
    and parser spend most of their time there. One BLAS thread, as the encoder (``sift.encoders``) uses: a second
    one slows every call down when the other core is busy. Same products up to float rounding: on the 82 pages of
    ``bench/stage_cpu.py`` no tag, parse or lemma changed (English 18,470 tokens, French 7,645), and the parse
    took 13 instead of 18 ms of CPU a page (French 4 instead of 6). One per process, shared by the pipelines.
    """
    from thinc.api import NumpyOps

    from sift.machine_cache import _blas_limiter

    limiter = _blas_limiter()

    class NumpyBlasOps(NumpyOps):  # type: ignore[misc]
        def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
            if limiter is None:
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
            with limiter(limits=1, user_api="blas"):
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)

    return NumpyBlasOps(use_blis=False)


def use_numpy_blas(nlp: Any) -> None:
    """Make every thinc model of ``nlp``'s components multiply with :func:`numpy_blas_ops`."""
    ops = numpy_blas_ops()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
