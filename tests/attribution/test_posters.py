"""Posters of forum and comment threads as speakers (issue #18): the poster states what its post says, with the
header frame's verb as cue; a poster who only asks, thanks or reacts is no speaker. Invented names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sift.attribution import AttributionConfig, attribute_statements
from sift.attribution.posters import is_statement
from sift.document import Document, Poster
from sift.pipeline import Resources

Posts = list[tuple[str, Poster | None, str]]


@pytest.fixture
def thread(
    resources: Resources, document_of: Callable[[list[tuple[str, str]]], Document]
) -> Callable[[Posts], Document]:
    """Run the attribution stage on posts given as (language, poster, text): each block opens with its poster's
    header frame, as extraction writes it."""

    def run(posts: Posts) -> Document:
        return _thread(resources, document_of, posts)

    return run


def _thread(resources: Resources, document_of: Callable[[list[tuple[str, str]]], Document], posts: Posts) -> Document:
    doc = document_of([(lang, (poster.header if poster else "") + text) for lang, poster, text in posts])
    for block, (_, poster, _) in zip(doc.blocks, posts, strict=True):
        block.poster = poster
    return attribute_statements(doc, resources, AttributionConfig())


def _said(doc: Document) -> dict[str, list[str]]:
    """Per speaker, the texts of its statements."""
    blocks = {block.id: block for block in doc.blocks}
    by_id = {attribution.id: attribution for attribution in doc.attributions}
    said = {}
    for speaker in doc.speakers:
        texts = []
        for attribution_id in speaker.attributions:
            attribution = by_id[attribution_id]
            block = blocks[attribution.sentence.split(".", 1)[0]]
            texts.append(block.text[attribution.content.start : attribution.content.end])
        said[f"{speaker.kind}:{speaker.name}"] = texts
    return said


def test_posters_state_their_posts_and_askers_are_no_speakers(thread: Callable[[Posts], Document]) -> None:
    quast = Poster("Ferdinand Quast", "sagt", "sagen")
    doc = thread(
        [
            ("de", quast, "Bei uns hat der Netzbetreiber die Anmeldung in zwei Wochen bestätigt. Super!"),
            ("de", Poster("Ottilie Brand", "sagt", "sagen"), "Wie lange dauert die Anmeldung bei den Stadtwerken?"),
            ("de", Poster("Lore Kamm", "sagt", "sagen"), "Danke für den Beitrag, sehr hilfreich."),
            ("en", Poster("kiesel42"), "The store stopped loading over mobile data after the update."),
            ("de", Poster("Stadtwerke Nordheim GmbH", "schrieb", "schreiben"), "Die Anmeldung dauert fünf Werktage."),
        ],
    )
    assert _said(doc) == {
        "person:Ferdinand Quast": ["Bei uns hat der Netzbetreiber die Anmeldung in zwei Wochen bestätigt."],
        "person:kiesel42": ["The store stopped loading over mobile data after the update."],
        "organisation:Stadtwerke Nordheim GmbH": ["Die Anmeldung dauert fünf Werktage."],
    }
    first = doc.attributions[0]
    assert (first.cue.start, first.cue.end, first.cue.lemma) == (16, 20, "sagen")  # "sagt", the frame's own verb
    assert first.source is not None and first.source.entity == "Ferdinand Quast"
    assert not any(attribution.is_uncertain for attribution in doc.attributions)


def test_a_frame_inside_a_post_keeps_its_own_speaker(thread: Callable[[Posts], Document]) -> None:
    """ "Mein Mann sagt immer, …" inside a post is the husband's statement, not the poster's; the header frame is
    the poster's alone (no reader frame is read off "Gabi Lenz sagt:")."""
    doc = thread(
        [
            (
                "de",
                Poster("Gabi Lenz", "sagt", "sagen"),
                "Wir kaufen seit zwei Jahren nur noch gebrauchte Kleidung. "
                "Der Verbraucherschutzverband sagte, dass Secondhand im Schnitt die Hälfte kostet.",
            ),
        ],
    )
    said = _said(doc)
    assert said["person:Gabi Lenz"] == ["Wir kaufen seit zwei Jahren nur noch gebrauchte Kleidung."]
    assert len(said) == 2 and all("Gabi Lenz" not in texts[0] for texts in said.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Habe ich auch bei Penny gewonnen.", True),
        ("Gibt es schon eine Lösung?", False),
        ("Die sehen auch lecker aus, bin ich dabei!!!😋", False),
        ("Vielen Dank, sehr informative Tipps.", False),
        ("Hi Mohammad, Thanks for your question.", False),
        ("Hallo Sabienes, bei uns kostet der Aperol inzwischen neun Euro.", True),
        ("kein vpn.", False),
        ("J'ai reçu la carte au bout de trois semaines.", True),
    ],
)
def test_what_a_post_states(text: str, expected: bool) -> None:
    assert is_statement(text) is expected


def test_a_forum_page_shows_its_posters_end_to_end(tmp_path: Path) -> None:
    """From the HTML: a short post under which a thread is the content; the page's own author answering, a news
    byline and the sidebar's recent comments are no speakers."""
    from sift.workbench import Workbench

    comments = "".join(
        f"""<li class="comment {extra}" id="comment-{n}"><article class="comment-body">
              <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{name}</b>
              <span class="says">said:</span></div><div class="comment-metadata">May {n}, 2021</div></footer>
              <div class="comment-content"><p>{text}</p></div></article></li>"""
        for n, (name, text, extra) in enumerate(
            (
                ("Wendell Marsh", "Our council approved the new cycle lane on the harbour road in March.", ""),
                ("Corinna Vale", "Has anyone measured the traffic since then?", ""),
                ("Ada Finch", "The lane is used by about four hundred cyclists a day, by our count.", ""),
                ("Hollis Grant", "We counted the cyclists again in June and the figure held.", "bypostauthor"),
            ),
            start=1,
        )
    )
    page = tmp_path / "thread.html"
    page.write_text(
        f"""<html><head><title>Open thread: cycle lanes</title><meta name="author" content="Hollis Grant"></head>
        <body><article class="post"><h1>Open thread: cycle lanes</h1>
        <p class="byline">By <span class="author vcard"><a class="fn">Hollis Grant</a></span></p>
        <p>Tell us what changed in your town.</p></article>
        <div id="comments" class="comments-area"><ol class="comment-list">{comments}</ol></div>
        <aside class="widget"><div class="recent-comments"><span class="author">Ivo Pratt</span> on Bridges</div>
        <div class="recent-comments"><span class="author">Una Reyes</span> on Trams</div></aside>
        </body></html>""",
        encoding="utf-8",
    )
    doc = Workbench(stages=("extract", "language", "segment", "claims", "attribution")).check(str(page), kind="file")
    assert [(speaker.kind, speaker.name) for speaker in doc.speakers] == [
        ("person", "Wendell Marsh"),
        ("person", "Ada Finch"),
    ]
    for speaker in doc.speakers:
        assert speaker.shown_as_fact([a for a in doc.attributions if a.id in speaker.attributions])


def test_a_frame_without_a_source_of_its_own_is_the_posters(thread: Callable[[Posts], Document]) -> None:
    """ "In particular it seems like …" inside a post names no one but the poster."""
    doc = thread(
        [
            (
                "en",
                Poster("Gary Penn", "said", "say"),
                "In particular it seems like the research is still improving quickly, so donors might wait.",
            )
        ],
    )
    assert _said(doc) == {
        "person:Gary Penn": [
            "In particular it seems like the research is still improving quickly, so donors might wait."
        ]
    }


def test_a_source_label_is_no_speaker_in_any_language(thread: Callable[[Posts], Document]) -> None:
    doc = thread([("de", None, "Quelle: Prospekt der nächsten Woche, Seite drei.")])
    assert doc.speakers == []
