"""Statements the page credits but sift missed (issue #18, recall16): a "that" clause the parser hangs on the noun
of "in a statement" (realpages dev3), and pronouns whose speaker the page names only before them: German given names
the dictionary holds as proper nouns ("Ana", "Ben"), a verb at the end of the pronoun's clause, a surname the page
writes in full elsewhere, how far back an untitled name is read, and the first person, who is as often the page's
writer (realpages dev6, dev8, dev9, dev10)."""

from __future__ import annotations

from collections.abc import Callable

from sift.attribution.surnames import full_names
from sift.document import Document
from sift.lexicon.gazetteer import build_gazetteer


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def test_a_given_name_the_dictionary_holds_as_itself_opens_a_full_name() -> None:
    gazetteer = build_gazetteer()
    assert full_names("Ana Patan hat einiges hinter sich gelassen.", "de", gazetteer) == ["Ana Patan"]
    assert full_names("Gestern traf Moritz Enders die Band.", "de", gazetteer) == ["Moritz Enders"]
    # a surname the dictionary holds is still a noun, and so is a given name it reads as another word's form
    assert full_names("Das Thema Nachhaltigkeit und die Wolken Bilder im Girls Camp.", "de", gazetteer) == []
    assert full_names("Die Wolken Patan zogen vorbei.", "de", gazetteer) == []


def test_sie_before_a_clause_final_verb_is_the_woman_named_before(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    doc = analyse(
        [
            (
                "de",
                "Ana Patan hat auf dem Weg zu ihrem Album einiges hinter sich gelassen. Das Wichtige fand sie eher "
                "auf dem Weg dorthin, wie sie uns im Interview verriet.",
            )
        ]
    )
    assert _names(doc) == ["Ana Patan"]


def test_sie_before_a_clause_final_plural_verb_stays_they(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    doc = analyse(
        [
            (
                "de",
                "Ana Patan hat ihre Band ins Studio geholt. Das Wichtige fanden sie eher auf dem Weg dorthin, wie "
                "sie uns im Interview verrieten.",
            )
        ]
    )
    assert "Ana Patan" not in _names(doc)


def test_an_untitled_name_sentences_back_is_no_antecedent(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    """A long block: the name stands six sentences before the pronoun, which means someone else."""
    doc = analyse(
        [
            (
                "de",
                "Josaphat, geboren als Jan Kuncewicz, war Erzbischof von Polotsk. Er wurde 1643 selig gesprochen. "
                "Die Menschen aßen und tranken bis zu dem Tag. Dann kam die Flut und vernichtete alle. "
                "Es wird ebenso sein wie in den Tagen des Lot. Sie kauften und verkauften. "
                "Er antwortete, dass jeder sein Leben verlieren werde.",
            )
        ]
    )
    assert "Jan Kuncewicz" not in _names(doc)


def test_ich_outside_a_quotation_is_not_the_name_of_a_byline(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    doc = analyse(
        [
            ("de", "Text von Christian Seiler Illustration von Markus Roost"),
            ("de", "Es war während einer Buchmesse, und allein, dass ich erkläre, warum ich dort war, sagt viel."),
        ]
    )
    assert "Markus Roost" not in _names(doc)


def test_a_that_clause_on_the_statement_noun_is_what_the_cue_reports(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    """The parser hangs "that …" on "statement" ("told The Hill in a statement that …", realpages dev3 r3-006)."""
    doc = analyse(
        [
            (
                "en",
                "Sonya A. Zoghlin, Carlineo’s attorney, told The Hill in a statement that her client did not intend "
                "to cause harm.",
            )
        ]
    )
    assert _names(doc) == ["Sonya A. Zoghlin"]
    block = doc.blocks[0]
    (attribution,) = doc.attributions
    assert block.text[attribution.content.start : attribution.content.end].startswith("that her client")


def test_a_relative_clause_on_the_statement_noun_reports_nothing(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    doc = analyse([("en", "He spoke in a statement that was released on Monday.")])
    assert doc.attributions == [] and doc.speakers == []


def test_er_after_a_surname_the_page_writes_in_full_is_that_person(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    doc = analyse(
        [
            ("de", "Die Fahrer vor der Saison. Heute mit Yuki Tsunoda, dessen Leine nicht ewig lang sein wird."),
            ("de", "Die Statistik des Teams ist durchwachsen."),
            ("de", "Die Saison war lang."),
            (
                "de",
                "Dass er sich bessern kann, zeigte Tsunoda schon in den Nachwuchsklassen. Nach starkem Auftakt "
                "schätzte er sich, das gestand er später selbst, zu hoch ein.",
            ),
        ]
    )
    (tsunoda,) = [speaker for speaker in doc.speakers if speaker.name == "Yuki Tsunoda"]
    assert "Tsunoda" in tsunoda.aliases  # as the pronoun's sentences call him


def test_a_surname_with_two_full_names_on_the_page_is_no_antecedent(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    doc = analyse(
        [
            ("de", "Yuki Tsunoda und Kenji Tsunoda fahren für das Team."),
            ("de", "Die Saison war lang."),
            ("de", "Die Saison war lang."),
            ("de", "Dass er sich bessern kann, zeigte Tsunoda schon früh. Das gestand er später selbst."),
        ]
    )
    assert not {"Yuki Tsunoda", "Kenji Tsunoda"} & set(_names(doc))


def test_a_compound_noun_is_no_surname_written_in_full() -> None:
    from sift.attribution.surnames import lone_surname_names

    gazetteer = build_gazetteer()
    page = [("Die Stadt baut einen Fußgänger-und Radwegtunnel.", "de"), ("Heute mit Yuki Tsunoda.", "de")]
    assert lone_surname_names("Der Bau am Radwegtunnel dauert.", "de", page, gazetteer, {}) == []
    assert lone_surname_names("Das zeigte Tsunoda schon früh.", "de", page, gazetteer, {}) == ["Yuki Tsunoda"]


def test_two_names_side_by_side_are_no_surname_written_in_full() -> None:
    from sift.attribution.surnames import lone_surname_names

    gazetteer = build_gazetteer()
    page = [
        ("Dazu hat GROOVE-Autorin Charlotte Elsen Tobias Trommer vom Aktionsbündnis getroffen.", "de"),
        ("Treffpunkt ist Berlin. Tobias Trommer, ein Mann mit Piercings, wartet schon.", "de"),
    ]
    assert lone_surname_names("Das zeigt Trommer gern.", "de", page, gazetteer, {}) == []


def test_a_full_name_written_whole_is_no_lone_surname() -> None:
    """A name written in full ("Ana Patan hat …") is read by ``full_names``; no surname alias comes of it."""
    from sift.attribution.surnames import lone_surname_names

    gazetteer = build_gazetteer()
    page = [("Ana Patan hat ein Album gemacht.", "de")]
    assert lone_surname_names("Ana Patan hat ein Album gemacht.", "de", page, gazetteer, {}) == []
    assert lone_surname_names("Das weiß Patan genau.", "de", page, gazetteer, {}) == ["Ana Patan"]
