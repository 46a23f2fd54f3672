"""Frames with no verb of saying that real pages use to credit a statement (issue #18, recall15): a pull quote signed
after its closing mark (realpages dev10 r10-009) and an author-year citation (dev7 r7-015, dev9 r9-008)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.author_citations import author_citation_frames
from sift.attribution.quote_bylines import quote_byline_frame
from sift.document import Document


def _byline(text: str) -> tuple[str, str] | None:
    frame = quote_byline_frame(text)
    if frame is None or frame.source is None:
        return None
    start, end = frame.content[0]
    return text[frame.source[0] : frame.source[1]], text[start:end]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '6. "Es muss nicht immer Yoga sein." Plus-Size-Model Maren Kissing (@marenkissing)',
            "Plus-Size-Model Maren Kissing",
        ),
        ('22. "Accounts entfolgen, die dir nicht guttun!" (Maren Kissing)', "Maren Kissing"),
        ('47. "Nicht alle Glaubenssätze müssen wir verändern." Julia Henchen', "Julia Henchen"),
        ("“We will win this.” — Jane Doe", "Jane Doe"),
        # two titles of one contributor: the name comes after the last "und"
        ('37. "Setz dich nicht unter Druck." Sänger und Content-Creator Strify (@strify)', "Content-Creator Strify"),
    ],
)
def test_a_quote_signed_at_its_end_is_said_by_the_signer(text: str, source: str) -> None:
    found = _byline(text)
    assert found is not None and found[0] == source
    assert found[1].strip('"“”').startswith(("Es", "Accounts", "Nicht", "We", "Setz"))


@pytest.mark.parametrize(
    "text",
    [
        "“Inspired and humbled!” she said.",  # a sentence after the quote: the verb's frame, no byline
        "„Die Blechtrommel“ ist ein Roman.",
        "He said: “We will win.” Jane Doe",  # text before the quote: no pull quote
        '"We will win',  # never closed
        "“We will win.” the end",  # lower-case words
        "“We will win.” Jane Doe 2020",  # a number
    ],
)
def test_no_byline_without_a_signed_quote(text: str) -> None:
    assert _byline(text) is None


def test_a_signed_quote_names_its_speaker_on_a_page(analyse: Callable[[list[tuple[str, str]]], Document]) -> None:
    doc = analyse(
        [
            ("de", "Unsere Tipps für mehr Ruhe im Alltag."),
            (
                "de",
                '40. "Sport ist mein wichtigster Hack. Ich mache Yoga." Singer-Songwriterin Elif (@elifmusic)',
            ),
            ("de", '13. "Solosex baut Stress ab." Sexualtherapeutin Julia Henchen (@lustfaktor)'),
        ]
    )
    names = {alias for speaker in doc.speakers for alias in [speaker.name, *speaker.aliases]}
    assert any("Elif" in name for name in names)
    assert any("Julia Henchen" in name for name in names)


def _cited(text: str, lang: str = "de") -> list[tuple[str, str]]:
    return [
        (text[f.source[0] : f.source[1]], text[f.content[0][0] : f.content[0][1]])
        for f in author_citation_frames(text, lang)
        if f.source is not None
    ]


def test_author_year_citations_credit_their_sentence() -> None:
    text = "Normalerweise leben Hummeln etwa zwei Monate (Smeets & Duchateau 2003; Goulson 2010). Danach sterben sie."
    found = _cited(text)
    assert [source for source, _ in found] == ["Smeets", "Duchateau", "Goulson"]
    assert all(content.startswith("Normalerweise leben Hummeln") for _, content in found)
    assert _cited("Der Einfluss wird unter Forschern diskutiert (Koch & Stevenson, 2017).") == [
        ("Koch", "Der Einfluss wird unter Forschern diskutiert"),
        ("Stevenson", "Der Einfluss wird unter Forschern diskutiert"),
    ]
    assert _cited("Das ist nun wahrlich nicht neu (Niehr 2019).") == [("Niehr", "Das ist nun wahrlich nicht neu")]
    assert [s for s, _ in _cited("Unter einem Baum fanden Forscher [Baal et al. (1994)] 1600 tote Hummeln.")] == [
        "Baal et al."
    ]
    assert [s for s, _ in _cited("Nach Jacobs (1998) muss auch beachtet werden, dass es so ist.")] == ["Jacobs"]
    assert [s for s, _ in _cited("Tuft cells sense parasites (Howitt et al. 2016).", "en")] == ["Howitt et al."]


@pytest.mark.parametrize(
    "text",
    [
        "Die Zahlen (Stand 2019) zeigen es.",  # a common noun and a year
        "Im Mai (Januar 2020) war es.",
        "Die WM (WM 2014) war toll.",  # an acronym: an event or a body
        "Der Film Titanic (1997) war lang.",  # a title before its year, no "according to" word
        "Müller sagt es (Müller 2019).",  # one author the dictionary also holds as a noun: no evidence of a name
    ],
)
def test_no_citation_without_author_names(text: str) -> None:
    assert _cited(text) == []


def test_cited_authors_become_speakers(analyse: Callable[[list[tuple[str, str]]], Document]) -> None:
    doc = analyse([("de", "Normalerweise leben Hummeln etwa zwei Monate (Smeets & Duchateau 2003).")])
    names = {alias for speaker in doc.speakers for alias in [speaker.name, *speaker.aliases]}
    assert {"Smeets", "Duchateau"} <= names


def test_full_names_without_a_title() -> None:
    from sift.attribution.surnames import full_names
    from sift.lexicon.gazetteer import build_gazetteer

    gazetteer = build_gazetteer()
    text = "Im Krankenhaus hält Napua Nameyan ihre Tochter, während ein Pfleger der Dreijährigen Blut abnimmt."
    assert full_names(text, "de", gazetteer) == ["Napua Nameyan"]
    # nouns in a row are no name where every noun is capitalised
    assert full_names("Das Thema Nachhaltigkeit und die Wolken Bilder im Girls Camp.", "de", gazetteer) == []
    assert full_names("When Dianne Austin decided to go, The New York Times wrote.", "en", gazetteer) == [
        "Dianne Austin"
    ]


def test_sie_with_a_singular_verb_is_the_woman_named_before(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    doc = analyse(
        [
            (
                "de",
                "Im Krankenhaus hält Napua Nameyan ihre Tochter im Schoß. Sie kann weder lesen noch schreiben. "
                "„Die meisten Turkana wollen das Camp hier nicht“, sagt sie.",
            )
        ]
    )
    assert [speaker.name for speaker in doc.speakers] == ["Napua Nameyan"]


def test_sie_with_a_plural_verb_stays_they(analyse: Callable[[list[tuple[str, str]]], Document]) -> None:
    doc = analyse(
        [("de", "Im Krankenhaus hält Napua Nameyan ihre Tochter im Schoß. „Wir wollen das Camp nicht“, sagen sie.")]
    )
    assert "Napua Nameyan" not in [speaker.name for speaker in doc.speakers]


def test_an_untitled_english_name_is_no_antecedent(analyse: Callable[[list[tuple[str, str]]], Document]) -> None:
    """English capitalises works, characters and bands alike: an untitled name pair stays no pronoun's speaker."""
    doc = analyse(
        [
            ("en", "The EP samples the voice of astronomer Carl Sagan and allowed Luboku to reflect."),
            ("en", "“When you look at that image of earth, you can’t help but put it into perspective,” he says."),
        ]
    )
    assert "Carl Sagan" not in [speaker.name for speaker in doc.speakers]


def test_so_between_commas_attributes_the_sentence_around_it(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    from sift.attribution.german import GERMAN, german_tokens, load_tagger
    from sift.attribution.word_order import find_word_order_frames

    tagger = load_tagger()
    text = "Die Umsetzung, so der Sprecher, ist im Kapitalismus nie vollständig möglich."
    frames = find_word_order_frames(text, german_tokens(text, tagger), GERMAN)
    assert [(text[f.source[0] : f.source[1]], f.cue_lemma) for f in frames if f.source] == [("der Sprecher", "so")]
    assert [text[a:b] for a, b in frames[0].content] == ["Die Umsetzung", "ist im Kapitalismus nie vollständig möglich"]
    for text in ("Es regnete, so dass wir nass wurden.", "Die Lage ist ernst, so der Sprecher."):
        frames = find_word_order_frames(text, german_tokens(text, tagger), GERMAN)
        assert len([f for f in frames if f.source]) == (0 if "dass" in text else 1)  # the postposed "so" stays one


def test_a_colonel_is_a_title(analyse: Callable[[list[tuple[str, str]]], Document]) -> None:
    doc = analyse([("de", "„Oh“, sagte der Oberst, „für mich ist es das beste Restaurant der Stadt.“")])
    assert [speaker.kind for speaker in doc.speakers] == ["person"]


def test_a_website_speaks_as_an_outlet(analyse: Callable[[list[tuple[str, str]]], Document]) -> None:
    from sift.attribution.name_shapes import web_site_name

    assert web_site_name("bilderdiebstahl.de") == "bilderdiebstahl.de"
    assert web_site_name("iRights.info") == "iRights.info"
    for text in ("z.B", "u.a.", "S.70", "example.com/path", "Herr Müller"):
        assert web_site_name(text) is None
    doc = analyse([("de", "Laut bilderdiebstahl.de gibt es keine Ausnahme für den Fotografen.")])
    assert [(speaker.name, speaker.kind) for speaker in doc.speakers] == [("bilderdiebstahl.de", "outlet")]


def test_a_website_subject_of_a_verb_is_no_speaker(analyse: Callable[[list[tuple[str, str]]], Document]) -> None:
    """A site as a verb's subject is as often the page's own publisher ("kath.net verweist auf …")."""
    doc = analyse([("de", "kath.net verweist in dem Zusammenhang auch auf das Schreiben des Papstes.")])
    assert "kath.net" not in [speaker.name for speaker in doc.speakers]


def test_a_source_span_starts_after_the_quote_it_closes(analyse: Callable[[list[tuple[str, str]]], Document]) -> None:
    """ "… The end,’” Harper said": the parse took the quote's last words into the subject (realpages dev6)."""
    text = (
        "Phoning in from London, Tom Harper remembered the anxiety: “The script just said something like, ‘Rose-Lynn "
        "sings an incredible song and everyone’s uplifted. The end,’” Harper said. “I had faith that we could do it.”"
    )
    doc = analyse([("en", text)])
    sources = [text[a.source.start : a.source.end] for a in doc.attributions if a.source is not None]
    assert "Harper" in sources and not any("The end" in source for source in sources)
    assert [speaker.name for speaker in doc.speakers] == ["Tom Harper"]
