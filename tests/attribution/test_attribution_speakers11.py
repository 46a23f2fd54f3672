"""Rules of the eleventh speakers round (#18, speakers11), each a general rule found on realpages dev5's junk: a
question is no statement (a request is), a conditional clause's report is a supposition, a full name tied to a
place by a preposition is the speaker ("X of Marlow"), a quoted work's title describing a speaker is no name, a
dash quotation's last words are the quote's (the cue after its closing dash speaks for the block's topic), and an
"and" inside the name a reading took joins words of that name; a cue closed by "about" names its topic, not a
statement; "worry" and "recount" are verbs of saying, "others" (and Polish professions such as "socjolog") an
anonymous source; a short upper-case name out of a longer label speaks only when the page writes it again;
anonymous people in an "according to" phrase after another cue are informants who speak, an outlet only relays.
Hand-made sentences with invented names; none is taken from a real-page set."""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _by_source(doc: Document) -> dict[str, float]:
    """Confidence of each attribution of the first block, by its source as written."""
    block = doc.blocks[0]
    return {block.text[a.source.start : a.source.end]: a.confidence for a in doc.attributions if a.source}


def test_a_question_names_no_speaker(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "en",
                '"So you never met him?" Senator Ray Dobbs asked. '
                "Republicans also questioned Lena Marsh about her notes.",
            )
        ]
    )
    assert read.names(doc) == []
    confidence = _by_source(doc)
    # the attributions stay, below the uncertain line: a reader sees who asked, not a statement
    assert confidence["Senator Ray Dobbs"] < 0.5
    assert confidence["Republicans"] < 0.5


def test_a_request_still_speaks(analyse: Analyse) -> None:
    doc = analyse([("en", "Ray Dobbs asked the court to dismiss the case. Lena Marsh asked for a delay.")])
    assert set(read.main_names(doc)) == {"Ray Dobbs", "Lena Marsh"}


def test_a_report_in_a_conditional_clause_is_a_supposition(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "en",
                "The illness is often missed if the patient reports no pets at home. "
                "If the minister says the plan is dead, the party will split, Anna Velt said.",
            )
        ]
    )
    assert read.main_names(doc) == ["Anna Velt"]
    confidence = _by_source(doc)
    assert confidence["the patient"] < 0.5
    assert confidence["the minister"] < 0.5


def test_a_full_name_before_a_preposition_and_a_place_speaks(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "en",
                '"It was hard," Anna Velt of Marlow said. '
                '"I could not walk," 43-year-old Peter Hallam of Kilbrannan, Scotland, wrote in a case study.',
            )
        ]
    )
    assert set(read.main_names(doc)) == {"Anna Velt", "Peter Hallam"}


def test_a_name_tied_by_no_preposition_leaves_the_last_name_speaking(analyse: Analyse) -> None:
    doc = analyse([("en", "Jane Orrin's lawyer Tom Rask said the plan was sound.")])
    assert read.main_names(doc) == ["Tom Rask"]


def test_a_cue_closed_by_a_topic_preposition_names_no_speaker(analyse: Analyse) -> None:
    doc = analyse([("en", "Dan Orrin testified about the plan on Monday. Jane Velt testified that it was sound.")])
    assert read.main_names(doc) == ["Jane Velt"]


def test_a_quoted_title_describing_a_speaker_is_no_name(analyse: Analyse) -> None:
    doc = analyse([("en", '"Hearing the news was hard," the "Lanterns" actress said on the show.')])
    assert "Lanterns" not in read.names(doc)
    assert read.frames(doc) == [("said", 'the "Lanterns" actress')]


def test_a_quoted_nickname_stays_out_of_the_name(analyse: Analyse) -> None:
    doc = analyse([("en", '"We won," Renaldo "Peewee" Gilkes said.')])
    assert read.main_names(doc) == ["Gilkes"]


def test_a_dash_quotation_speaks_for_the_block_topic(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "pl",
                "Winiarz Jan Kowalik mówi, że lato było dobre. "
                "– Uprawiamy odmiany Rondo, Solaris, Regent i Favorit – dodaje.",
            )
        ]
    )
    assert read.main_names(doc) == ["Winiarz Jan Kowalik"]
    assert ("dodaje", "Winiarz Jan Kowalik") in read.frames(doc)


def test_a_dash_quotation_without_a_topic_names_no_one(analyse: Analyse) -> None:
    doc = analyse([("pl", "– Uprawiamy odmiany Rondo, Solaris, Regent i Favorit – dodaje.")])
    assert read.names(doc) == []


def test_an_and_inside_the_name_read_joins_words_of_that_name(analyse: Analyse) -> None:
    doc = analyse(
        [("pl", "Według danych Krajowego Instytutu Zdrowia i Opieki Społecznej (KIZ) spożycie spadło o jedną piątą.")]
    )
    assert len(doc.speakers) == 1
    assert doc.speakers[0].kind == "organisation"
    assert "Opieki Społecznej" not in read.names(doc)


def test_worries_and_others_name_anonymous_sources(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "en",
                "Some senators worry that a long trial will hurt their campaigns. "
                "Others fear that the vote could split the party.",
            )
        ]
    )
    assert {(speaker.name, speaker.kind) for speaker in doc.speakers} == {
        ("senators", "anonymous"),
        ("Others", "anonymous"),
    }


def test_a_recounted_quote_speaks(analyse: Analyse) -> None:
    doc = analyse([("en", '"We won the vote," Dan Orrin recounted in a meeting.')])
    assert read.main_names(doc) == ["Dan Orrin"]


def test_an_upper_case_label_written_nowhere_else_names_no_speaker(analyse: Analyse) -> None:
    doc = analyse(
        [("en", "ORVAL MIA: The Oligarch, the Militia and the Minister's Son"), ("en", "The bank lost billions.")]
    )
    assert read.names(doc) == []


def test_an_upper_case_label_the_page_writes_again_speaks(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("en", "ORVAL MIA: New rules will hurt farmers"),
            ("en", "The rules were published on Monday, and ORVAL members met in Leeds."),
        ]
    )
    assert read.main_names(doc) == ["ORVAL"]


def test_polish_professions_name_anonymous_sources(analyse: Analyse) -> None:
    doc = analyse([("pl", "Socjologowie oceniają też, że młodzi piją mniej.")])
    assert [(speaker.name, speaker.kind) for speaker in doc.speakers] == [("Socjologowie", "anonymous")]


def test_anonymous_informants_of_an_according_phrase_speak(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "en",
                "They fear that Dan Orrin may give fewer concessions than they expect, "
                "according to people familiar with their thinking.",
            )
        ]
    )
    assert [(speaker.name, speaker.kind) for speaker in doc.speakers] == [
        ("people familiar with their thinking", "anonymous")
    ]


def test_an_outlet_in_an_according_phrase_only_relays(analyse: Analyse) -> None:
    doc = analyse([("en", "The minister said the plan was sound, according to the Daily Courier.")])
    assert "Daily Courier" not in read.main_names(doc)
