"""An outlet's record in the store: fact-checks that name it as publisher or claimant, by verdict, on both
backends, including fact-checks stored before the migration that added the columns."""

from __future__ import annotations

import json

from sift.factchecks.record import FactCheck
from sift.sources import SourceTable
from sift.sources.stage import OutletService
from sift.store import open_store


def _factcheck(n: int, **fields: object) -> FactCheck:
    base = {
        "claim": f"claim {n}",
        "review_url": f"https://checker.example/{n}",
        "publisher_name": "Checker",
        "rating": "x",
    }
    return FactCheck(**{**base, **fields})  # type: ignore[arg-type]


RECORDS = [
    _factcheck(1, claimant="RT", verdict="false"),
    _factcheck(2, claimant="Russia Today", verdict="false"),
    _factcheck(3, claimant="Раша Тудэй", verdict="mixed"),
    _factcheck(4, claimant="RT DE", verdict="false"),  # another outlet
    _factcheck(5, publisher_name="RT", publisher_site="www.rt.com", verdict="true"),
    _factcheck(6, publisher_name="Someone", publisher_site="de.rt.com", verdict="false"),  # RT DE's host
    _factcheck(7, publisher_name="x", review_url="https://francais.rt.com/fc/7", verdict="mostly-false"),
    _factcheck(8, publisher_name="x", review_url="https://swentr.site/fc/8", verdict="true"),  # an RT mirror
    _factcheck(9, publisher_name="x", review_url="https://notrt.com/fc/9", verdict="true"),
]


def test_record_by_role_and_verdict(store_location: str) -> None:
    table = SourceTable.load()
    rt = table.resolve("rt.com")
    assert rt is not None
    with open_store(store_location) as store:
        store.add_factchecks(RECORDS)
        service = OutletService.for_store(table, store)
        assert service.count_factchecks is not None
        counts = service.count_factchecks(rt.profile)
        rows = store.count_outlet_factchecks(["rt.com"], ["rt"])
    assert counts == {"publisher": {"true": 2}, "claimant": {"false": 2, "mixed": 1}}
    # the store returns every candidate; the table decides de.rt.com and francais.rt.com are other outlets
    assert {host for host, _, _ in rows.publisher} == {"rt.com", "de.rt.com", "francais.rt.com"}


def test_subdomains_count_for_their_outlet(store_location: str) -> None:
    table = SourceTable.load()
    bbc = table.resolve("BBC")
    assert bbc is not None
    with open_store(store_location) as store:
        store.add_factchecks([_factcheck(1, publisher_name="x", publisher_site="news.bbc.co.uk", verdict="false")])
        service = OutletService.for_store(table, store)
        assert service.count_factchecks is not None
        assert service.count_factchecks(bbc.profile)["publisher"] == {"false": 1}


def test_migration_fills_records_stored_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A schema-1 store (columns absent) gets the keys filled when it is opened writable."""
    import sqlite3

    from sift.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for step in MIGRATIONS[0]:
        connection.execute(step.format(serial="INTEGER PRIMARY KEY AUTOINCREMENT"))  # type: ignore[union-attr]
    connection.execute("INSERT INTO schema_version VALUES (1)")
    record = RECORDS[0]
    connection.execute(
        "INSERT INTO factchecks (id, claim, review_url, publisher_name, rating, verdict, language, review_date, "
        "search_text, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.id,
            record.claim,
            record.review_url,
            record.publisher_name,
            record.rating,
            record.verdict,
            "und",
            None,
            "",
            json.dumps(record.to_dict()),
        ),
    )
    connection.commit()
    connection.close()
    rt = SourceTable.load().resolve("RT")
    assert rt is not None
    with open_store(str(path)) as store:
        rows = store.count_outlet_factchecks(list(rt.profile.domains), ["rt", "russia today"])
    assert (rows.publisher, rows.claimant) == ([], {"false": 1})
