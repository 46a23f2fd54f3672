"""The 2B bench's helpers: reciprocal-rank fusion, the speaker keys of transcripts and PolitiFact, a line's topic."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from match_2b import FUSION_DEPTH, TOPIC_WINDOW, rrf, speaker_key, topic_of


def test_rrf_rewards_agreement_and_sees_only_the_pool() -> None:
    assert rrf([["a", "b", "c"], ["b", "a", "d"]], 60)[:2] in (["a", "b"], ["b", "a"])
    assert rrf([["a", "b"], ["b", "c"]], 60)[0] == "b"  # second in one, first in the other beats first in one only
    deep = [f"x{i}" for i in range(FUSION_DEPTH)] + ["late"]
    assert "late" not in rrf([deep], 60)


def test_speaker_keys_meet_across_transcripts_and_politifact() -> None:
    assert speaker_key("MR. ROMNEY") == speaker_key("Mitt Romney") == "romney"
    assert speaker_key("Donald Trump") == speaker_key("TRUMP") == "trump"
    assert speaker_key("") == ""


def test_a_lines_topic_is_every_speakers_lines_around_it() -> None:
    lines = [(str(n), "MODERATOR" if n % 3 == 0 else "SMITH", f"line{n}") for n in range(3 * TOPIC_WINDOW)]
    topic = topic_of({"d": lines}, ("d", TOPIC_WINDOW))
    assert topic == " ".join(f"line{n}" for n in range(2 * TOPIC_WINDOW + 1))
    assert topic_of({"d": lines}, None) is None
