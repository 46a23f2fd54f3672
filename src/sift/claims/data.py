"""Reader for check-worthiness splits in the shared TSV format (``id<TAB>text<TAB>label<TAB>lang``).

Used by ``train/checkworthy.py`` and ``bench/checkworthy.py`` so both read a split the same way; the
package itself never reads these files at run time.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

from sift.errors import InputError

__all__ = ["LabelledSplit", "available_languages", "read_split", "split_path"]

POSITIVE = "yes"


@dataclass(slots=True, frozen=True)
class LabelledSplit:
    """One ``<lang>-<split>`` file: sentence ids, texts and Yes/No labels as booleans."""

    lang: str
    split: str
    ids: tuple[str, ...]
    texts: tuple[str, ...]
    labels: tuple[bool, ...]


def split_path(directory: Path, lang: str, split: str) -> Path | None:
    """The ``<lang>-<split>.tsv`` or ``.tsv.gz`` file in ``directory``, or ``None`` when absent."""
    for suffix in (".tsv", ".tsv.gz"):
        path = directory / f"{lang}-{split}{suffix}"
        if path.is_file():
            return path
    return None


def available_languages(directory: Path, split: str) -> list[str]:
    """Languages that have a ``<lang>-<split>`` file in ``directory``, sorted."""
    names = {path.name.split(".", 1)[0] for path in directory.glob(f"*-{split}.tsv*")}
    return sorted(name[: -len(split) - 1] for name in names if name.endswith(f"-{split}"))


def read_split(directory: Path, lang: str, split: str) -> LabelledSplit:
    """Read one split.

    Args:
        directory: folder holding ``<lang>-<split>.tsv[.gz]`` files.
        lang: ISO 639-1 code, e.g. ``en``.
        split: ``train``, ``dev``, ``dev-test``, ``test``…

    Returns:
        The split's ids, texts and labels (``True`` for ``Yes``).

    Raises:
        InputError: the file is missing or a row does not have four TAB-separated fields.
    """
    path = split_path(directory, lang, split)
    if path is None:
        raise InputError(f"no {lang}-{split}.tsv[.gz] in {directory}; point --data at a CheckThat-format folder")
    opener = gzip.open if path.suffix == ".gz" else open
    ids: list[str] = []
    texts: list[str] = []
    labels: list[bool] = []
    with opener(path, "rt", encoding="utf-8") as handle:
        next(handle, None)
        for number, line in enumerate(handle, start=2):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 4:
                raise InputError(f"{path}:{number}: expected 4 TAB-separated fields, got {len(fields)}")
            ids.append(fields[0])
            texts.append(fields[1])
            labels.append(fields[2].strip().lower() == POSITIVE)
    return LabelledSplit(lang, split, tuple(ids), tuple(texts), tuple(labels))
