"""``sift tokens``, ``sift review`` and ``sift audit`` on a real SQLite store, as a user types them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sift.document import Block, Claim, Document, Sentence, Source
from sift.store import open_store
from sift.store.desk import hash_token
from sift.workbench import Workbench


def sift(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sift", *args], capture_output=True, text=True, timeout=120)


def stored_claim(db: Path) -> None:
    text = "The ministry published images of a convoy near Albu Kamal."
    block = Block(id="b0", role="body", text=text, lang="en", sentences=[Sentence("b0.s0", 0, len(text))])
    doc = Document(
        id="doc1",
        source=Source(kind="file", location="p.html", sha256="a" * 64),
        title="Convoy",
        language="en",
        blocks=[block],
        claims=[Claim("b0.s0", 0.9, "check-worthy", 0, len(text))],
    )
    with open_store(str(db)) as store:
        Workbench(store, stages=()).save(doc)


def test_tokens_are_shown_once_and_stored_hashed(tmp_path: Path) -> None:
    db = str(tmp_path / "sift.db")
    made = sift("tokens", "add", "alice", "--role", "editor", "--db", db, "--json")
    assert made.returncode == 0, made.stderr
    secret = json.loads(made.stdout)["token"]
    with open_store(db) as store:
        assert store.token_by_hash(hash_token(secret)).role == "editor"  # type: ignore[union-attr]
    assert secret not in Path(db).read_bytes().decode("latin-1")
    listed = sift("tokens", "list", "--db", db)
    assert "alice\teditor" in listed.stdout and secret not in listed.stdout
    bad = sift("tokens", "add", "bob", "--role", "boss", "--db", db)
    assert bad.returncode == 2 and bad.stderr.startswith("sift: error: unknown role")
    assert sift("tokens", "remove", "alice", "--db", db).returncode == 0
    assert sift("tokens", "remove", "alice", "--db", db).returncode == 2
    audit = json.loads(sift("audit", "--db", db, "--json").stdout)
    assert [entry["action"] for entry in audit] == ["token-remove", "token-add"]
    assert audit[0]["actor"].startswith("local")


def test_review_set_list_queue_and_export(tmp_path: Path) -> None:
    db = tmp_path / "sift.db"
    stored_claim(db)
    assert "doc1\tb0.s0\tnew" in sift("review", "queue", "--db", str(db)).stdout
    done = sift(
        "review", "set", "doc1", "b0.s0", "--status", "checked", "--verdict", "false",
        "--evidence", "https://example.org/debunk", "--note", "Old footage.", "--db", str(db),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "b0.s0\tchecked\tfalse" in sift("review", "list", "doc1", "--db", str(db)).stdout
    markdown = sift("review", "list", "doc1", "--md", "--db", str(db)).stdout
    assert "<https://example.org/debunk>" in markdown and "Old footage\\." in markdown
    exported = sift("review", "export", "doc1", "b0.s0", "--review-url", "https://desk.example/1", "--db", str(db))
    node = json.loads(exported.stdout)
    assert node["@type"] == "ClaimReview" and node["reviewRating"]["alternateName"] == "False"
    path = tmp_path / "review.json"
    path.write_text(exported.stdout, encoding="utf-8")
    assert sift("factchecks", "import", str(path), "--db", str(db)).returncode == 0
    with open_store(str(db)) as store:
        assert store.search_factchecks("convoy Albu Kamal")[0].verdict == "false"
        assert [entry.action for entry in store.list_audit()] == ["import", "review"]
    bad = sift("review", "set", "doc1", "b0.s0", "--evidence", "javascript:alert(1)", "--db", str(db))
    assert bad.returncode == 2 and "not an http(s) url" in bad.stderr.lower()
    missing = sift("review", "set", "doc1", "b9.s9", "--status", "checked", "--db", str(db))
    assert missing.returncode == 2 and "no claim" in missing.stderr
