"""The verification desk in both store backends: tokens, the audit log, claim reviews and their migration."""

from __future__ import annotations

import pytest

from sift.document import Block, Claim, Document, Sentence, Source
from sift.errors import InputError, StoreError
from sift.store import Store, open_store
from sift.store.desk import ReviewChange, claimreview_jsonld, document_reviews, hash_token, new_token
from sift.store.schema import DESK_VERSION, migration_steps
from sift.workbench import Workbench

TEXT = "The ministry said the convoy was hit. Weather was fine. Officials claim 40 trucks crossed."


def reviewed_page(doc_id: str = "d1", lang: str = "en") -> Document:
    """A stored-looking page with two check-worthy claims and one below the threshold."""
    spans = [(0, 37), (38, 55), (56, len(TEXT))]
    sentences = [Sentence(f"b0.s{n}", start, end) for n, (start, end) in enumerate(spans)]
    block = Block(id="b0", role="body", text=TEXT, lang=lang, sentences=sentences)
    claims = [
        Claim("b0.s0", 0.9, "check-worthy", 0, 37),
        Claim("b0.s1", 0.1, "not-check-worthy", 38, 55),
        Claim("b0.s2", 0.8, "check-worthy", 56, len(TEXT)),
    ]
    source = Source(kind="file", location=f"/pages/{doc_id}.html", sha256=doc_id.ljust(64, "0"))
    return Document(id=doc_id, source=source, title="Convoy", language=lang, blocks=[block], claims=claims)


def test_tokens_are_stored_by_hash_and_logged(store: Store) -> None:
    secret = new_token()
    record = store.add_token("alice", "reviewer", hash_token(secret), actor="local:root")
    assert (record.name, record.role) == ("alice", "reviewer")
    assert store.token_by_hash(hash_token(secret)).name == "alice"  # type: ignore[union-attr]
    assert store.token_by_hash(hash_token(secret + "x")) is None
    assert [token.name for token in store.list_tokens()] == ["alice"]
    with pytest.raises(InputError, match="exists"):
        store.add_token("alice", "editor", hash_token(new_token()), actor="local:root")
    with pytest.raises(InputError, match="unknown role"):
        store.add_token("bob", "admin", hash_token(new_token()), actor="local:root")  # admin is SIFT_TOKEN only
    assert store.remove_token("alice", actor="local:root")
    assert not store.remove_token("alice", actor="local:root")
    assert store.token_by_hash(hash_token(secret)) is None
    log = store.list_audit()
    assert [(entry.actor, entry.action, entry.target) for entry in log] == [
        ("local:root", "token-remove", "alice"),
        ("local:root", "token-add", "alice"),
    ]
    assert log[1].detail == {"role": "reviewer"}
    assert secret not in repr(store.list_audit()) and secret not in repr(store.list_tokens())


def test_workbench_save_queues_check_worthy_claims_as_new(store: Store) -> None:
    Workbench(store, stages=()).save(reviewed_page())
    queue = store.review_queue(status="new")
    assert [(item.sentence_id, item.claim, item.title) for item in queue] == [
        ("b0.s0", "The ministry said the convoy was hit.", "Convoy"),
        ("b0.s2", "Officials claim 40 trucks crossed.", "Convoy"),
    ]
    assert store.review_counts() == {"new": 2, "in-progress": 0, "checked": 0, "dismissed": 0}


def test_a_review_change_is_kept_with_its_notes_and_audited_in_one_write(store: Store) -> None:
    doc = reviewed_page()
    Workbench(store, stages=()).save(doc)
    claim = "The ministry said the convoy was hit."
    store.update_review(
        "d1", "b0.s0", ReviewChange(status="in-progress", assignee="alice"), actor="alice", claim=claim, language="en"
    )
    state = store.update_review(
        "d1",
        "b0.s0",
        ReviewChange(
            status="checked",
            verdict="false",
            evidence_urls=("https://example.org/debunk",),
            note="Footage is from a video game.",
        ),
        actor="alice",
        claim=claim,
        language="en",
    )
    again = store.get_review("d1", "b0.s0")
    assert again == state
    assert (again.status, again.verdict, again.assignee, again.evidence_urls) == (  # type: ignore[union-attr]
        "checked",
        "false",
        "alice",
        ["https://example.org/debunk"],
    )
    assert [(note.author, note.text) for note in again.notes] == [("alice", "Footage is from a video game.")]  # type: ignore[union-attr]
    assert store.review_queue(status="checked", assignee="alice")[0].sentence_id == "b0.s0"
    assert store.review_queue(status="checked", language="fr") == []
    entries = store.list_audit(action="review")
    assert [entry.detail.get("status") for entry in entries] == [["in-progress", "checked"], ["new", "in-progress"]]
    assert entries[0].detail["note"] is True and entries[0].actor == "alice"
    states = document_reviews(store, doc)
    assert [(state.sentence_id, state.status) for state in states] == [("b0.s0", "checked"), ("b0.s2", "new")]


def test_the_queue_keeps_one_storys_claims_and_follows_merges(store: Store) -> None:
    import numpy as np

    from sift.store.stories import StoredStoryIndex
    from sift.stories import StoryConfig, StoryDocument

    def doc(doc_id: str, *components: float) -> StoryDocument:
        vector = np.zeros(8, dtype=np.float32)
        vector[: len(components)] = components
        return StoryDocument(id=doc_id, lang="en", day=17484.0, vector=vector / np.linalg.norm(vector))

    bench = Workbench(store, stages=())
    for doc_id in ("d1", "d2", "d3"):
        bench.save(reviewed_page(doc_id))
    index = StoredStoryIndex(
        store, StoryConfig(threshold=0.6, cross_lingual_offset=0.1, merge_margin=0.05, gap_weight=0.0)
    )
    index.add(doc("d1", 1, 0))
    index.add(doc("d2", 0, 1))
    index.add(doc("d3", 0, 0, 1))
    assert {item.document_id for item in store.review_queue(story="d1")} == {"d1"}
    merged = index.add(doc("d4", 1, 1))  # bridges d1's and d2's stories: d2's id now points at d1's
    assert merged.merged == ["d2"]
    assert {item.document_id for item in store.review_queue(story="d2")} == {"d1", "d2"}
    assert store.review_queue(story="no-such-story") == []


def test_deleting_a_document_deletes_its_reviews(store: Store) -> None:
    Workbench(store, stages=()).save(reviewed_page())
    store.update_review("d1", "b0.s2", ReviewChange(status="dismissed"), actor="a", claim="c", language="en")
    assert store.delete_document("d1")
    assert store.get_review("d1", "b0.s2") is None
    assert store.review_counts()["dismissed"] == 0


@pytest.mark.parametrize(
    "change",
    [
        {"status": "done"},
        {"verdict": "fake"},
        {"evidence_urls": ("javascript:alert(1)",)},
        {"evidence_urls": ("https://ok.example/ x",)},
        {"evidence_urls": ("/relative/path",)},
        {"note": "x" * 6000},
        {"assignee": "\x00bad"},
    ],
)
def test_bad_review_changes_are_refused_before_the_store(change: dict) -> None:
    with pytest.raises(InputError):
        ReviewChange(**change)


def test_claimreview_export_needs_a_checked_claim_with_a_verdict(store: Store) -> None:
    Workbench(store, stages=()).save(reviewed_page())
    state = store.get_review("d1", "b0.s0")
    with pytest.raises(InputError, match="only a checked claim"):
        claimreview_jsonld(state, review_url="https://desk.example/r/1", publisher="Desk")  # type: ignore[arg-type]
    state = store.update_review(
        "d1", "b0.s0", ReviewChange(status="checked", verdict="mostly-false"), actor="a", claim="c", language="en"
    )
    node = claimreview_jsonld(state, review_url="https://desk.example/r/1", publisher="Desk")
    assert node["@type"] == "ClaimReview" and node["reviewRating"]["alternateName"] == "Mostly false"


def test_a_store_from_before_the_desk_upgrades_and_read_only_stores_refuse_desk_writes(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    previous = DESK_VERSION - 1
    for version, step in migration_steps(0, "INTEGER PRIMARY KEY AUTOINCREMENT"):
        if version <= previous and isinstance(step, str):  # a Backfill step has no records to fill here
            connection.execute(step)
    connection.execute("INSERT INTO schema_version VALUES (?)", (previous,))
    doc = reviewed_page("old1")
    connection.execute(
        "INSERT INTO documents (id, title, language, location, created, updated, search_text, body, source_key, "
        "content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc.id, doc.title, "en", doc.source.location, "t", "t", "convoy", doc.to_json(), "k", doc.source.sha256),
    )
    connection.commit()
    connection.close()
    with open_store(str(path)) as store:  # the desk's migration queues the claims of the documents already stored
        assert store.list_tokens() == [] and store.review_counts()["new"] == 2
        assert [item.sentence_id for item in store.review_queue(status="new")] == ["b0.s0", "b0.s2"]
    with open_store(str(path), read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add_token("x", "reader", hash_token(new_token()), actor="t")
