"""Content boundaries of English frames: quotes running over sentences, reports nested in another's content."""

from __future__ import annotations

from collections.abc import Callable

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _spans(doc: Document, role: str) -> list[tuple[str, str]]:
    """(cue, role text) per attribution of the first block."""
    text = doc.blocks[0].text
    rows = []
    for attribution in doc.attributions:
        mention = getattr(attribution, role)
        cue = text[attribution.cue.start : attribution.cue.end] if attribution.cue else ""
        rows.append((cue, text[mention.start : mention.end] if mention else ""))
    return rows


def test_quote_after_cue_runs_over_its_sentences(analyse: Analyse) -> None:
    second = "“I have never seen that in thirty years. I have never had a defendant lose his two points.”"
    doc = analyse([("en", f"“Judge,” he said, {second}")])
    assert ("said", second) in _spans(doc, "content")


def test_report_nested_in_content_is_not_a_relay(analyse: Analyse) -> None:
    doc = analyse(
        [("en", "Trump says that the actions would not have stopped the shootings that Obama mentioned last week.")]
    )
    says = [a for a in doc.attributions if a.cue is not None and a.cue.lemma == "say"]
    assert says and not says[0].via
    assert ("says", "Trump") in _spans(doc, "source")


def test_quote_cut_off_by_the_parser_is_the_cue_content(analyse: Analyse) -> None:
    quote = "“I am tired of being told it is anti-immigrant, it’s offensive!”"
    doc = analyse([("en", f"{quote} Cruz said.")])
    assert ("said", quote) in _spans(doc, "content")
    assert ("said", "Cruz") in _spans(doc, "source")


def test_section_labels_are_not_speakers(analyse: Analyse) -> None:
    assert not analyse([("en", "The Latest: Cruz to give away engraved shotgun.")]).attributions
    assert not analyse([("en", "UPDATE: 5/12 — The website removed the listing.")]).attributions
