"""``bench/speakers_polnear.py`` derives gold speaker entities from attribution sources and scores by its rules."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from sift.errors import InputError

REPO = Path(__file__).resolve().parents[2]
POLNEAR = REPO.parent / "shared" / "data" / "attribution" / "polnear"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_speakers_polnear", REPO / "bench" / "speakers_polnear.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _bench()
#: Invented sentences: "officials", "source(s)" are seen lower-case, the names only capitalised.
CORPUS = [
    "Officials said the plan works. Many officials agree, and a source said so. Sources disagree; sources know.",
    "Mayor Ada Brightwater said the budget is sound. Brightwater added that Quill Works agreed.",
]
COMMON = bench.lower_counts(CORPUS)


def key(mention: str) -> str:
    return bench.mention_key(mention, COMMON)[0]


def article(sources: list[str], annotator: str = "a1", publisher: str = "daily") -> dict[str, Any]:
    """An invented article whose every source is one attribution of one annotator (a second annotator differs)."""
    text = " ".join(f"{source} said something." for source in sources)
    attributions, position = [], 0
    for source in sources:
        attributions.append({"source": [{"spans": [[position, position + len(source)]]}]})
        position += len(source) + len(" said something. ")
    other = {"annotator": "a2", "attributions": [{"source": [{"spans": [[0, 4]]}]}]}
    return {
        "id": "x",
        "title": "Title",
        "publisher": publisher,
        "text": text,
        "annotations": [{"annotator": annotator, "attributions": attributions}, other],
    }


def test_pronoun_mentions() -> None:
    assert bench.is_pronoun("he") and bench.is_pronoun("They") and bench.is_pronoun("his")
    assert not bench.is_pronoun("his spokesman") and not bench.is_pronoun("Brightwater")


def test_coordinated_sources_split_before_capitals_only() -> None:
    assert bench.coordinated("Ada Brightwater and Tom Quill") == ["Ada Brightwater", "Tom Quill"]
    assert bench.coordinated("Senator Ross, R-Ohio, and the Quill Works board") == [
        "Senator Ross, R-Ohio",
        "the Quill Works board",
    ]
    assert bench.coordinated("regulators and environmental groups") == ["regulators and environmental groups"]
    assert bench.coordinated("polls in Ohio and Iowa") == ["polls in Ohio and Iowa"]  # after a preposition


def test_named_mentions_key_on_their_last_name_word() -> None:
    assert key("Ada Brightwater") == key("Brightwater") == key("Mayor Brightwater") == "name:brightwater"
    assert key("Mrs. Brightwater's") == "name:brightwater"
    assert key("Quill Works chief Ada Brightwater") == "name:brightwater"
    assert key("Ada Brightwater, a critic of Quill Works") == "name:brightwater"  # the tail names someone else
    assert key("Secretary of State Ada Brightwater") == "name:brightwater"  # a head of titles only
    assert key("Quill Works's chief executive, Tom Ferro,") == "name:ferro"  # possessive modifier, apposition
    assert key("Ada Brightwater Jr.") == "name:brightwater"


def test_named_aliases_are_the_key_word_and_the_last_name_run() -> None:
    _, aliases = bench.mention_key("Quill Works chief Ada Brightwater", COMMON)
    assert aliases == ["Brightwater", "Ada Brightwater"]


def test_described_mentions_key_on_their_head_without_determiners() -> None:
    assert key("Officials") == key("officials") == "described:officials"  # sentence-initial capital is no name
    assert key("a source") == key("another source") == "described:source"
    assert key("a spokesman for Quill Works") == "described:spokesman"
    assert key("Sources familiar with the talks") == "described:sources"
    assert key("the Quill Works board") == "described:quill works board"  # names only modify a common noun


def test_entities_under_a_speech_cue_are_speaking_sources() -> None:
    row = article(["Ada Brightwater", "a new poll"])
    row["annotations"][0]["attributions"][0]["cue"] = [{"spans": [[16, 20]]}]  # "said"
    row["annotations"][0]["attributions"][1]["cue"] = [{"spans": [[0, 3]]}]  # "Ada": no speech word
    speaks = {entity["key"]: entity["speaks"] for entity in bench.gold_entities(row, COMMON)["speakers"]}
    assert speaks == {"name:brightwater": True, "described:new poll": False}


def test_gold_entities_group_mentions_of_the_first_annotator() -> None:
    gold = bench.gold_entities(
        article(["Ada Brightwater", "he", "Brightwater", "Mayor Brightwater and Tom Ferro", "a source"]), COMMON
    )
    by_key = {entity["key"]: entity for entity in gold["speakers"]}
    assert sorted(by_key) == ["described:source", "name:brightwater", "name:ferro"]
    assert by_key["name:brightwater"]["mentions"] == 3
    assert gold["pronouns"] == ["he"]


def test_score_speakers_counts_junk_misses_and_sets_pronouns_apart() -> None:
    gold = bench.gold_entities(article(["Ada Brightwater", "a source", "Tom Ferro"]), COMMON)
    predicted = [["Mayor Brightwater", "Ada Brightwater"], ["source"], ["Monday"], ["he"]]
    certain = [["Mayor Brightwater", "Ada Brightwater"], ["Monday"]]
    scored = bench.score_speakers(predicted, certain, gold)
    counts = scored["counts"]
    assert counts["predicted"] == 3 and counts["correct"] == 2 and counts["junk"] == 1
    assert counts["gold"] == 3 and counts["found"] == 2
    assert counts["gold_named"] == 2 and counts["found_named"] == 1
    assert counts["certain_predicted"] == 2 and counts["certain_correct"] == 1 and counts["certain_junk"] == 1
    assert counts["certain_found"] == 1 and counts["certain_found_named"] == 1
    assert counts["pronoun_speakers"] == 1
    assert counts["gold_speaking"] == 0  # no cue annotated
    assert scored["junk"] == ["Monday"] and scored["missed"] == ["Tom Ferro"] and scored["missed_speaking"] == []
    assert scored["matched"] == [["Mayor Brightwater", "Ada Brightwater"], ["source", "source"]]


def test_report_by_publisher() -> None:
    gold = bench.gold_entities(article(["Ada Brightwater"]), COMMON)
    hit = {"publisher": "daily"} | bench.score_speakers([["Brightwater"]], [["Brightwater"]], gold)
    miss = {"publisher": "weekly"} | bench.score_speakers([["Monday"]], [], gold)
    result = bench.report([hit, miss])
    assert result["all"]["speaker_precision"] == 0.5 and result["all"]["speaker_recall"] == 0.5
    assert result["publishers"]["daily"]["speaker_precision"] == 1.0
    assert result["publishers"]["weekly"]["junk_speakers"] == 1
    assert result["publishers"]["weekly"]["certain_precision"] is None  # nothing shown as a fact
    assert result["publishers"]["weekly"]["uncertain_speakers"] == 1


def test_stored_articles_keep_counts_and_short_names_only() -> None:
    gold = bench.gold_entities(article(["Ada Brightwater"]), COMMON)
    scored = {"id": "x"} | bench.score_speakers([["one two three four five six seven eight"]], [], gold)
    kept = bench.stored(scored)
    assert "matched" not in kept and kept["counts"] == scored["counts"]
    assert kept["junk"] == ["one two three four five six …"] and kept["missed"] == ["Ada Brightwater"]


class StubWorkbench:
    """Answers ``check`` with a document holding the given speakers (each shown as a fact or not), or refuses."""

    def __init__(self, speakers: list[tuple[str, bool]] | None) -> None:
        self.speakers = speakers
        self.pages: list[str] = []

    def check(self, page: str, *, kind: str) -> SimpleNamespace:
        self.pages.append(page)
        if self.speakers is None:
            raise InputError("input is not readable HTML")
        speakers = [
            SimpleNamespace(name=name, aliases=[], attributions=[], shown_as_fact=lambda _, fact=fact: fact)
            for name, fact in self.speakers
        ]
        return SimpleNamespace(speakers=speakers, attributions=[], title="Title")


def test_check_article_scores_what_sift_shows() -> None:
    row = article(["Ada Brightwater", "Tom Ferro"]) | {"title": "Title"}
    workbench = StubWorkbench([("Mayor Brightwater", True), ("Monday", False)])
    checked = bench.check_article(workbench, row, COMMON)
    assert workbench.pages == [bench.page_text(row)]
    assert checked["refused"] is False and checked["title_read"] is True and checked["annotator"] == "a1"
    counts = checked["counts"]
    assert (counts["predicted"], counts["correct"], counts["found"], counts["gold"]) == (2, 1, 1, 2)
    assert (counts["certain_predicted"], counts["certain_correct"]) == (1, 1)


def test_a_refused_page_shows_no_speaker() -> None:
    checked = bench.check_article(StubWorkbench(None), article(["Ada Brightwater"]), COMMON)
    assert checked["refused"] is True and checked["title_read"] is False
    assert checked["counts"]["predicted"] == 0 and checked["counts"]["gold"] == 1
    assert checked["missed"] == ["Ada Brightwater"]


def test_page_text_puts_the_known_title_first() -> None:
    row = {"title": "Mayor Backs Plan", "text": "Mayor Backs Plan.\n\nThe mayor said yes."}
    assert bench.page_text(row) == "Mayor Backs Plan\n\nThe mayor said yes."


@pytest.mark.shared_data
def test_dev_gold_has_entities_in_most_articles() -> None:
    if not (POLNEAR / "dev.jsonl.gz").is_file():
        pytest.skip(f"PolNeAR dev split not found at {POLNEAR}")
    rows = bench.load_articles(POLNEAR, "dev")
    common = bench.lower_counts(row["text"] for row in rows)
    entities = [bench.gold_entities(row, common)["speakers"] for row in rows]
    assert len(rows) == 84
    assert sum(bool(found) for found in entities) >= 80
    assert all(entity["aliases"] for found in entities for entity in found)
