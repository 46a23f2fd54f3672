"""``sift stories list|show`` over a store, and ``sift check --db`` reporting where else the page's story runs."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from test_cli import assert_one_line_error, run_sift

from sift.store import open_store
from sift.store.stories import StoredStoryIndex
from sift.stories import StoryDocument
from sift.stories.features import day_number

PAGES = Path(__file__).resolve().parents[2] / "bench" / "data" / "stories-dev"


def unit(*components: float) -> np.ndarray:
    vector = np.zeros(16, dtype=np.float32)
    vector[: len(components)] = components
    return vector / np.linalg.norm(vector)


@pytest.fixture(scope="module")
def story_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    location = str(tmp_path_factory.mktemp("stories") / "sift.db")
    docs = [
        ("mod-en", "en", "2017-11-14", unit(1, 0), "Russia says US shields IS convoys", "Wire"),
        ("mod-fr", "fr", "2017-11-14", unit(1, 0.1), "Moscou accuse Washington", "Le Courrier"),
        ("mod-de", "de", "2017-11-15", unit(1, 0.05), "Moskau wirft USA vor", None),
        ("quake", "en", "2023-09-09", unit(0, 1), "Earthquake in Morocco", "Wire"),
    ]
    with open_store(location) as store:
        index = StoredStoryIndex(store)
        for doc_id, lang, day, vector, title, site in docs:
            index.add(
                StoryDocument(
                    id=doc_id,
                    lang=lang,
                    day=day_number(day),
                    vector=vector,
                    title=title,
                    site=site,
                    published=day,
                    source=f"https://news.example/{doc_id}",
                    claims=(f"{title}.",),
                )
            )
    return location


def test_list_json_is_newest_first_with_the_documented_fields(story_db: str) -> None:
    result = run_sift("stories", "list", "--db", story_db, "--json")
    assert result.returncode == 0, result.stderr.decode()
    stories = json.loads(result.stdout)["stories"]
    assert [s["id"] for s in stories] == ["quake", "mod-en"]
    story = stories[1]
    assert set(story) == {"id", "title", "languages", "sites", "first_seen", "last_seen", "documents", "factchecks"}
    assert story["languages"] == {"en": 1, "fr": 1, "de": 1}
    assert (story["first_seen"], story["last_seen"]) == ("2017-11-14", "2017-11-15")
    assert set(story["documents"][0]) == {"id", "source", "title", "lang", "published", "site"}
    assert story["documents"][0]["source"] == "https://news.example/mod-en"


def test_list_filters(story_db: str) -> None:
    by_lang = json.loads(run_sift("stories", "list", "--db", story_db, "--lang", "fr", "--json").stdout)
    assert [s["id"] for s in by_lang["stories"]] == ["mod-en"]
    since = json.loads(run_sift("stories", "list", "--db", story_db, "--since", "2020-01-01", "--json").stdout)
    assert [s["id"] for s in since["stories"]] == ["quake"]
    table = run_sift("stories", "list", "--db", story_db)
    assert table.returncode == 0 and b"mod-en" in table.stdout


def test_bad_input_is_one_line(story_db: str) -> None:
    assert_one_line_error(run_sift("stories", "list", "--db", story_db, "--since", "yesterday"), "yyyy-mm-dd")
    assert_one_line_error(run_sift("stories", "show", "nope", "--db", story_db), "no story", "nope")


def test_show(story_db: str) -> None:
    result = run_sift("stories", "show", "mod-fr", "--db", story_db, "--json")  # a member's id is not a story id
    assert result.returncode == 2
    shown = json.loads(run_sift("stories", "show", "mod-en", "--db", story_db, "--json").stdout)
    assert [d["id"] for d in shown["documents"]] == ["mod-en", "mod-fr", "mod-de"]
    assert "claims" in shown and shown["factchecks"] == []
    text = run_sift("stories", "show", "mod-en", "--db", story_db).stdout.decode()
    assert "Moscou accuse Washington" in text and "sift does not know" in text


def test_check_with_a_store_reports_where_else_the_story_runs(tmp_path: Path, seed_path: Path) -> None:
    """The French and German reports of the seed's claim are stored; checking the seed lists them."""
    import sift
    from sift.encoders import load_encoder
    from sift.workbench import Workbench

    location = str(tmp_path / "sift.db")
    with open_store(location) as store:
        index, encoder = StoredStoryIndex(store), load_encoder()
        bench = Workbench(services={"encoder": encoder})
        for name in ("albu-kamal-fr-claim.html", "albu-kamal-de-claim.html", "abukamal-capture-en.html"):
            doc = sift.check(str(PAGES / name), workbench=bench)
            store.save_document(doc)
            index.add_document(doc, encoder)
    result = run_sift("check", str(seed_path), "--db", location, "--no-match", "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    coverage = json.loads(result.stdout)["coverage"]
    sources = sorted(Path(d["source"]).name for d in coverage["documents"])
    assert sources == ["albu-kamal-de-claim.html", "albu-kamal-fr-claim.html"]
    assert coverage["languages"] == {"de": 1, "en": 1, "fr": 1} and coverage["first_seen"] == "2017-11-14"
    markdown = run_sift("check", str(seed_path), "--db", location, "--no-match", "--format", "md").stdout.decode()
    assert "## Where else this story runs" in markdown and "Moscou accuse" in markdown
