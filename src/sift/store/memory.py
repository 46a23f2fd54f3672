"""An in-memory fact-check store with the store's read contract, for benchmarks, tests and one-off JSONL files."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from sift.errors import InputError
from sift.factchecks.record import FactCheck

__all__ = ["MemoryStore"]


class MemoryStore:
    """Fact-checks kept in a list; ``seq`` is the 1-based insert position, as in the real stores.

    Args:
        factchecks: records to insert, in order.
        location: what :attr:`location` reports; the matcher keeps no index beside ``":memory:"``.
    """

    def __init__(self, factchecks: Iterable[FactCheck] = (), *, location: str = ":memory:") -> None:
        self.location = location
        self._records: list[FactCheck] = []
        self._by_id: dict[str, FactCheck] = {}
        self.add_many(factchecks)

    @classmethod
    def from_jsonl(cls, path: Path, *, location: str = ":memory:") -> MemoryStore:
        """Load one FactCheck dict per line (blank lines skipped).

        Raises:
            InputError: the file is missing or a line is not a fact-check object.
        """
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise InputError(f"cannot read fact-checks from {path}: {error.strerror}") from None
        records = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                records.append(FactCheck.from_dict(json.loads(line)))
            except (json.JSONDecodeError, TypeError, AttributeError) as error:
                raise InputError(f"{path}:{number}: not a fact-check object ({error}); fix or drop the line") from None
        return cls(records, location=location)

    def add_many(self, factchecks: Iterable[FactCheck]) -> None:
        """Append records; a record whose id is already stored is stored again under a new seq (an update)."""
        for factcheck in factchecks:
            self._records.append(factcheck)
            self._by_id[factcheck.id] = factcheck

    def iter_factchecks(self, after_seq: int = 0) -> Iterator[tuple[int, FactCheck]]:
        """``(seq, record)`` for every insert after ``after_seq``, in seq order."""
        for seq in range(after_seq + 1, len(self._records) + 1):
            yield seq, self._records[seq - 1]

    def max_seq(self) -> int:
        """The seq of the latest insert (0 when empty)."""
        return len(self._records)

    def get_factcheck(self, factcheck_id: str) -> FactCheck | None:
        """The latest version of a record, or ``None``."""
        return self._by_id.get(factcheck_id)

    def get_factchecks(self, ids: Iterable[str]) -> dict[str, FactCheck]:
        """The latest versions of the records with these ids (those that exist)."""
        return {id: record for id in ids if (record := self._by_id.get(id)) is not None}
