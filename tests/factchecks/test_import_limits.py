"""Hostile JSON in fact-check files: nesting bombs, lone surrogates and NUL never cost the file's valid records.

Reproductions #2 and #3 of issue 17: a 200 KB file of nested ``[`` grew to 23 GB under ``sift factchecks
import``; nested objects gave ``internal error: RecursionError``; one such line, or a lone surrogate
(``"\\ud800"``), in a JSONL file lost its valid lines too (``UnicodeEncodeError`` when storing).
"""

from __future__ import annotations

import io
import json
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sift.errors import InputError
from sift.json_input import MAX_JSON_DEPTH, JSONLimitError, clean_text, parse_json, scan_json_stream
from sift.store import Store, open_store
from sift.store.imports import import_path

#: Address space and CPU allowed to a child importing a nesting bomb (a normal import needs ~0.2 GB).
CHILD_MEMORY_BYTES = 2_000_000_000
CHILD_CPU_S = 60


def record(n: int, claim: str | None = None) -> dict[str, object]:
    return {
        "claim": claim or f"Claim number {n} about the convoy",
        "review_url": f"https://checks.example.org/{n}",
        "publisher_name": "Example Checks",
        "rating": "False",
    }


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "sift.db")) as opened:
        yield opened


def _limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (CHILD_CPU_S, CHILD_CPU_S))


def sift_import(path: Path, db: Path) -> subprocess.CompletedProcess[str]:
    """``sift factchecks import path`` in a child process with bounded memory and CPU."""
    return subprocess.run(
        [sys.executable, "-m", "sift", "factchecks", "import", str(path), "--db", str(db)],
        capture_output=True,
        text=True,
        preexec_fn=_limit_child,
        timeout=600,  # only a hung child reaches this; the rlimits are the allowance
    )


@pytest.mark.parametrize(
    "bomb",
    [b"[" * 200_000 + b"]" * 200_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000, b"[" * 200_000],
    ids=["arrays", "objects", "unclosed"],
)
def test_a_nesting_bomb_is_refused_in_one_line_within_bounded_memory(tmp_path: Path, bomb: bytes) -> None:
    path = tmp_path / "bomb.json"
    path.write_bytes(bomb)
    result = sift_import(path, tmp_path / "sift.db")
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"nested more than {MAX_JSON_DEPTH} levels deep" in result.stderr


def test_a_deep_jsonl_line_is_rejected_alone(store: Store, tmp_path: Path) -> None:
    deep = '{"claim": ' + "[" * 5000 + "]" * 5000 + "}"
    lines = [json.dumps(record(1)), deep, "[" * 100_000, json.dumps(record(2)), '{"claim": "no end"', ""]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    summary = import_path(store, path)
    assert (summary.imported, summary.rejected) == (2, 3)
    assert f"records.jsonl line 2: JSON nested more than {MAX_JSON_DEPTH} levels deep" in summary.reasons[0]
    assert "records.jsonl line 3: JSON nested" in summary.reasons[1]
    assert "records.jsonl line 5: malformed JSON" in summary.reasons[2]
    assert store.count_factchecks() == 2


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\u0000"])
def test_lone_surrogates_and_nul_are_replaced_and_the_file_imported(store: Store, tmp_path: Path, escape: str) -> None:
    bad = json.dumps(record(1)).replace("Claim number", f"Claim {escape} number")
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join([json.dumps(record(0)), bad, json.dumps(record(2))]), encoding="utf-8")
    summary = import_path(store, path)
    assert (summary.imported, summary.rejected) == (3, 0)
    claims = {fc.review_url: fc.claim for fc in store.search_factchecks(limit=10)}
    assert claims["https://checks.example.org/1"] == "Claim \ufffd number 1 about the convoy"


def test_surrogates_in_a_feed_are_replaced(store: Store, tmp_path: Path) -> None:
    review = {
        "@type": "ClaimReview",
        "url": "https://checks.example.org/7",
        "claimReviewed": "PLACEHOLDER",
        "author": {"@type": "Organization", "name": "Example Checks"},
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    }
    text = json.dumps({"@type": "DataFeed", "dataFeedElement": [{"item": [review]}]})
    path = tmp_path / "feed.json"
    path.write_text(text.replace("PLACEHOLDER", "Photos \\ud83d from a game \\udc00"), encoding="utf-8")
    summary = import_path(store, path)
    assert summary.imported == 1
    assert store.search_factchecks(limit=1)[0].claim == "Photos \ufffd from a game \ufffd"


def test_a_huge_object_of_unknown_shape_is_refused(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sift.factchecks.importers.feeds.MAX_JSON_BYTES", 1000)
    path = tmp_path / "blob.json"
    path.write_text(json.dumps({"notes": "x" * 2000, "claim": "a", "review_url": "https://x.example"}), "utf-8")
    with pytest.raises(JSONLimitError, match="no known shape whole"):
        import_path(store, path)


def test_parse_json_limits_and_cleaning() -> None:
    assert parse_json(b'\xef\xbb\xbf{"a": ["\\ud800"]}') == {"a": ["\ufffd"]}
    assert parse_json("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH, what="body")
    with pytest.raises(JSONLimitError, match="body: JSON nested more than"):
        parse_json("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1), what="body")
    with pytest.raises(JSONLimitError, match="body: JSON nested more than"):
        parse_json("[" * 100_000 + "]" * 100_000, what="body")  # past the C decoder's recursion guard
    with pytest.raises(InputError, match="body: malformed JSON"):
        parse_json("{", what="body")
    assert clean_text("ok") == "ok" and clean_text("a\x00b\udc80") == "a\ufffdb\ufffd"


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ('{"a": "[[[[", "b": [1, {"c": "\\\\"}]}', 3),
        ('["\\"[[[", ["x"]]', 2),
        ('["\\\\\\"]]]]", []]', 2),
        ("[]", 1),
        ('"just a string"', 0),
    ],
)
def test_the_stream_scan_counts_brackets_outside_strings(text: str, depth: int) -> None:
    assert scan_json_stream(io.BytesIO(text.encode())) == depth
