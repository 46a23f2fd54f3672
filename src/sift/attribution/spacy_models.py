"""Loading attribution's spaCy pipelines: most of what a cold ``sift check`` of a French page waits for.

``fr_core_news_sm``'s lemmatizer ships a lookup table of 216,849 forms. On every start spaCy decodes it and fills
a ``Table`` (an ``OrderedDict`` with a Bloom filter) one key at a time: 0.75 s of CPU, for the few hundred words a
page asks about. Inside :func:`fast_lookups`, a lookups file is read once per machine and kept in the user cache
(``sift.machine_cache``), keyed by its bytes: its small tables as they are, each big one as its sorted key hashes
and its values one by one. The next process gets the big tables as :class:`HashedTable`: the same answers from
``get``, ``[]`` and ``in`` (a binary search, a value decoded when asked for), and a full spaCy ``Table`` built on
first use of anything else (iteration, ``len``, serialisation). Any surprise (a key that is not a hash, an
unreadable or damaged cache file) takes spaCy's own path.

``import spacy`` also imports spaCy's command line (typer, weasel, requests, jinja2: a third of the import, 0.2 s
of CPU) for one name, ``spacy.info``. :func:`import_spacy` imports spaCy with that name deferred: ``spacy.info``
imports the command line when called, and ``import spacy.cli`` works as before.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import marshal
import sys
import threading
import types
from array import array
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from sift.errors import ConfigError
from sift.machine_cache import original, patched

__all__ = ["CachedLookups", "HashedTable", "fast_lookups", "import_spacy", "load_pipeline"]

#: Tables with fewer entries are kept as they are (spaCy's lemma rules, exceptions and indexes: 3-9 entries).
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


class HashedTable(Table):
    """A read-only spaCy ``Table`` over sorted key hashes: lookups without building the dict of every entry.

    ``get``, ``[]`` and ``in`` answer as the full table would; anything else (iteration, ``len``, ``items``,
    ``to_bytes``, pickling, changes) works on the full ``Table``, built once on first such use.
    """

    def __init__(self, name: str, keys: bytes, offsets: bytes, values: bytes, positions: bytes) -> None:
        OrderedDict.__init__(self)  # not Table.__init__: its Bloom filter is the full table's (``bloom``)
        self.name = name
        self.default_size = 1e6
        self._keys = array("Q", keys)
        self._offsets = array("Q", offsets)
        self._values = values
        self._positions = array("Q", positions)
        self._table: Table | None = None

    def _index(self, key: str | int) -> int:
        from spacy.strings import get_string_id

        hashed = get_string_id(key)
        index = bisect.bisect_left(self._keys, hashed)
        return index if index < len(self._keys) and self._keys[index] == hashed else -1

    def _value(self, index: int) -> Any:
        return marshal.loads(self._values[self._offsets[index] : self._offsets[index + 1]])

    def get(self, key: str | int, default: Any = None) -> Any:
        index = self._index(key)
        return default if index < 0 else self._value(index)

    def __getitem__(self, key: str | int) -> Any:
        index = self._index(key)
        if index < 0:
            raise KeyError(key)
        return self._value(index)

    def __contains__(self, key: str | int) -> bool:  # type: ignore[override]
        return self._index(key) >= 0

    def _full(self) -> Table:
        if self._table is None:
            in_order = sorted(range(len(self._keys)), key=self._positions.__getitem__)
            self._table = Table(self.name, {self._keys[i]: self._value(i) for i in in_order})
        return self._table

    def __len__(self) -> int:
        return len(self._keys)

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


class CachedLookups(Lookups):
    """spaCy ``Lookups`` whose tables may be :class:`HashedTable`: serialised as the full tables they stand for."""

    def to_bytes(self, **kwargs: Any) -> bytes:
        import srsly

        return srsly.msgpack_dumps({name: dict(table) for name, table in self._tables.items()})  # type: ignore[no-any-return]


def _cache_path(bytes_data: bytes) -> Any:
    import spacy

    from sift.machine_cache import cache_dir

    digest = hashlib.sha256(bytes_data).hexdigest()[:32]
    return cache_dir("spacy") / f"lookups-{spacy.__version__}-{digest}.marshal"


def _kept(name: str, data: dict[Any, Any]) -> tuple[Any, ...]:
    """A table as the cache keeps it: small ones as their dict, big ones as sorted hashes and encoded values.

    ``positions`` gives each sorted key's place in the table, so the full table comes back in spaCy's order.
    """
    if len(data) < MIN_HASHED:
        return ("table", data)
    keys = list(data)
    order = sorted(range(len(keys)), key=keys.__getitem__)
    encoded = [marshal.dumps(data[keys[i]]) for i in order]
    offsets = array("Q", [0])
    for value in encoded:
        offsets.append(offsets[-1] + len(value))
    sorted_keys = array("Q", [keys[i] for i in order])
    return ("hashed", sorted_keys.tobytes(), offsets.tobytes(), b"".join(encoded), array("Q", order).tobytes())


def _restored(name: str, kept: tuple[Any, ...]) -> Table:
    if kept[0] == "table":
        return Table(name, kept[1])
    return HashedTable(name, *kept[1:])


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
            kept = {name: _kept(name, dict(table)) for name, table in lookups._tables.items()}
            write_atomically(path, marshal.dumps(kept))
    return lookups


def fast_lookups() -> contextlib.AbstractContextManager[None]:
    """Within this block (any thread), spaCy's ``Lookups.from_bytes`` reads big tables from the machine cache."""
    return patched(Lookups, "from_bytes", _from_bytes)


def load_pipeline(name: str) -> Any:
    """The spaCy pipeline ``name`` without its entity recogniser (attribution reads no entities)."""
    spacy = import_spacy()
    from sift.machine_cache import cached_compiles

    try:
        # the French tokenizer's 1.4 MB pattern: seconds to compile, ms to reload; the lemma table read on demand
        with cached_compiles(), fast_lookups():
            return spacy.load(name, exclude=["ner"])
    except OSError as error:
        raise ConfigError(f"spaCy model {name} is not installed ({error}); reinstall sift's dependencies") from None
