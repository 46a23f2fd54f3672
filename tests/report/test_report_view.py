"""``build_view``: the one read-only view every renderer draws from."""

from __future__ import annotations

from sift.document import Attribution, Document, Mention, Speaker
from sift.report.view import build_view


def test_claims_rank_by_score_and_checkworthy_is_the_labelled_subset(doc: Document) -> None:
    view = build_view(doc)
    assert [item.claim.score for item in view.claims] == [0.91, 0.7, 0.2]
    assert [item.claim.sentence for item in view.checkworthy] == ["b0.s0", "b1.s0"]
    assert view.claims[0].span_text == "the photos show a convoy"
    assert view.claims[0].sentence_text.startswith("The ministry said")


def test_highlights_split_a_sentence_where_marks_begin_and_end(doc: Document) -> None:
    sentence = build_view(doc).blocks[0].sentences[0]
    assert "".join(segment.text for segment in sentence.segments) == sentence.text
    classes = [(segment.text, segment.classes) for segment in sentence.segments]
    assert ("The ministry", ("source",)) in classes
    assert ("said", ("cue",)) in classes
    assert ("the photos show a convoy", ("claim",)) in classes
    assert ("Sputnik", ("via",)) in classes
    claim = next(segment for segment in sentence.segments if "claim" in segment.classes)
    assert claim.score == 0.91 and claim.note == "claim 0.91: attribution, names"


def test_not_checkworthy_claims_are_not_highlighted(doc: Document) -> None:
    second = build_view(doc).blocks[0].sentences[1]
    assert all("claim" not in segment.classes for segment in second.segments)


def test_matches_group_by_factcheck_best_first(doc: Document) -> None:
    view = build_view(doc)
    assert [item.match.level for item in view.matches] == ["match", "possible"]
    assert len(view.factchecks) == 1
    group = view.factchecks[0]
    assert (group.level, group.score) == ("match", 0.93)
    assert [item.match.sentence for item in group.sentences] == ["b0.s0", "b1.s0"]


def test_speakers_list_statements_and_relays_but_not_themselves(doc: Document) -> None:
    speaker = build_view(doc).speakers[0]
    assert [statement.text for statement in speaker.statements] == ["the photos show a convoy"]
    assert not speaker.is_uncertain
    assert speaker.via == ["Sputnik"]


def test_languages_by_characters(doc: Document) -> None:
    assert list(build_view(doc).languages) == ["en", "fr"]


def test_only_relays_that_may_be_outlets_are_listed_as_unknown_outlets(doc: Document) -> None:
    relay = doc.attributions[0].via[0]
    assert build_view(doc).unknown_relays == ["Sputnik"]  # no profile and no kind: it may be an outlet
    relay.kind = "organisation"  # a press service passed it on ("zitiert der Pressedienst von X")
    assert build_view(doc).unknown_relays == []
    relay.kind = "outlet"
    assert build_view(doc).unknown_relays == ["Sputnik"]


def test_a_speaker_quoted_only_in_a_related_box_is_marked_and_listed_after_the_article(doc: Document) -> None:
    """A "Name: topic" headline of a related box names someone the page does not quote: the reports say where."""
    from rich.console import Console

    from sift.report.html import render_html
    from sift.report.markdown import render_markdown
    from sift.report.terminal import print_summary

    related = doc.blocks[1]
    doc.attributions.append(
        Attribution(
            id="a1",
            sentence="b1.s0",
            content=Mention(4, len(related.text) - 1),
            kind="indirect",
            source=Mention(0, 3, entity="Les"),
            cue=Mention(0, 0, lemma=":"),
        )
    )
    doc.speakers.insert(0, Speaker("s1", "Jean Dupont", "person", attributions=["a1"]))
    speakers = build_view(doc).speakers
    assert [item.speaker.name for item in speakers] == ["the ministry", "Jean Dupont"]
    assert speakers[0].outside is None and speakers[1].outside == "related"
    assert "Jean Dupont (in a related box)" in render_markdown(doc)
    assert "in a related box" in render_html(doc)
    console = Console(record=True, width=200)
    print_summary(doc, console=console)
    assert "Jean Dupont (in a related box)" in console.export_text()
