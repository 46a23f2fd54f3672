"""Outlets known by name alone, from the outlet table the ``sources`` room ships: a speaker's whole name that is one
of them names an outlet, not a person ("Rolling Stone wrote", "laut Live Science").

The table (``resources/sources/profiles.jsonl.gz``, built by ``scripts/build_sources.py``) holds outlets' names
(sift's curated names and aliases, the state-media datasets' names and names derived from them) and the labels of
news domains ("rollingstone" for rollingstone.com). Only its first two lines are read here, once per process; the
ground floor may read the file, not the ``sources`` room's code.

Which entries name an outlet alone: a name of several words, as a name or as the label of a domain squashed
("Live Science": livescience.com, "The Hill": thehill.com), unless every domain of that label is an institution's
(.org, .edu, .gov: the quality ratings also rate mayoclinic.org and heritage.org); a single word only as sift's
curated names hold it ("Reuters", "Sputnik"). A domain may be named after a person ("glennbeck", "tuckercarlson"),
so a label counts only for a name that ends on a common word of the English dictionary ("Science", "Stone",
"Hill") and, of two words, does not open with a given name the dictionary writes capitalised ("Glenn Beck").
The domain labels of one word are common words and companies as often as outlets ("time", "people", "apple",
"google", "youtube"), and the datasets' short names too ("abc", "2m"): no single word counts by them.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import unicodedata
from pathlib import Path

from sift.lexicon.fold import strip_combining
from sift.machine_cache import dictionary_lemma

__all__ = ["TABLE_PATH", "is_outlet_name"]

#: The shipped outlet table (the ``sources`` room's ``DEFAULT_PATH``).
TABLE_PATH = Path(__file__).resolve().parents[1] / "resources" / "sources" / "profiles.jsonl.gz"
#: The table's priority of sift's curated names and aliases (``sift.sources.table.CURATED``).
_CURATED = 0
#: Articles a name may open with ("The Hill", "Die Zeit"): dropped before looking the rest up.
_ARTICLES = frozenset({"the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "o", "a"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
#: Top-level domains of institutions, not outlets: a label only such domains have names no outlet.
_INSTITUTION_ENDINGS = (".org", ".edu", ".gov", ".int", ".mil")


@functools.cache
def _table() -> tuple[dict[str, int], frozenset[str]]:
    """Folded name -> its best priority in the table, and the domain labels of outlets (not only institutions');
    empty when the file is missing."""
    try:
        with gzip.open(TABLE_PATH, "rb") as handle:
            header = json.loads(handle.readline())
            labels = json.loads(handle.readline())
    except (OSError, EOFError, ValueError):
        return {}, frozenset()
    names = {name: min(priority for priority, _ in entries) for name, entries in header.get("names", {}).items()}
    domains = header.get("domains", [])
    outlets = frozenset(
        label
        for label, rows in labels.items()
        if any(
            not host.endswith(_INSTITUTION_ENDINGS)
            for row in (rows if isinstance(rows, list) else [rows])
            for host in domains[row]
        )
    )
    return names, outlets


def _words(name: str) -> list[str]:
    """The name's words folded as the table folds them (ASCII, lower case)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    return _NON_ALNUM.sub(" ", strip_combining(decomposed).casefold()).split()


def is_outlet_name(name: str) -> bool:
    """Whether ``name``, whole, is an outlet the shipped table knows by name alone (see the module docstring)."""
    written = _words(name)
    if not written or not name.strip()[:1].isupper():
        return False
    names, labels = _table()
    words = written[1:] if len(written) > 1 and written[0] in _ARTICLES else written
    key = " ".join(words)
    if len(words) == 1:
        return names.get(key) == _CURATED or (len(written) > 1 and "".join(written) in labels)
    return key in names or ("".join(words) in labels and _not_a_persons(name.split()))


def _not_a_persons(words: list[str]) -> bool:
    """Whether a name of several words is no person's by the English dictionary: its last word is a common word,
    a name of two opens with no given name ("Glenn") and a longer one holds no initial ("Donald J. Trump")."""
    last = dictionary_lemma(words[-1], "en")
    if last is None or not last.islower():
        return False
    if len(words) == 2:
        return dictionary_lemma(words[0], "en") != words[0] or not words[0][:1].isupper()
    return all(len(word.strip(".")) > 1 for word in words)
