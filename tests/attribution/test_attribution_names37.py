"""German surnames the dictionary holds as common words ("Kramer", "Platt", "Fischer", "Hoffmann"), read as names
after a given name the German tagger's lexicon knows, and the pronouns and bare surnames that stand for them (issue
#18, names37; speakers18 found "erklärte er" of Ben Platt left unresolved on realpages dev7 r7-021). One hand-made
sentence or page per rule, with the common nouns that stay none ("Anna Haus ist ein Projekt", "die Fischer im
Hafen") and English and French pages that stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.surnames import full_names, is_known_given_name, lone_surname_names
from sift.document import Document
from sift.lexicon.gazetteer import build_gazetteer

Analyse = Callable[[list[tuple[str, str]]], Document]

#: Five sentences between a full name and the pronoun: past the reach of a name written in full
#: (``UNTITLED_REACH_SENTENCES``), so only the bare surname in between ties the pronoun to the person.
_FILLER = (
    "Das Geschäft lief anfangs schlecht. Die Banken wollten kein Geld geben. Dann kam der erste große Auftrag. "
    "Die Werft wuchs schnell."
)


def _speakers(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("word", "lang", "known"),
    [
        ("Thomas", "de", True),
        ("Peter", "de", True),  # simplemma's "Petern" made it a noun's form before
        ("Hans", "de", True),
        ("Haus", "de", False),
        ("Kramer", "de", False),  # a word the tagger's lexicon does not hold
        ("Thomas", "en", False),  # no such lexicon for English
    ],
)
def test_a_known_given_name_is_one_the_german_tagger_lexicon_reads_as_a_proper_noun(
    word: str, lang: str, known: bool
) -> None:
    assert is_known_given_name(word, lang) is known


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Thomas Kramer hat die Firma 2010 gegründet.", ["Thomas Kramer"]),
        ("Ben Platt ist Schauspieler.", ["Ben Platt"]),  # "platt" an adjective to the tagger
        ("Seit Jahren leitet Anna Fischer das Institut.", ["Anna Fischer"]),  # a proper noun to the tagger
        ("Anna Hoffmann leitet die Klinik.", ["Anna Hoffmann"]),  # "Hoff|mann": a name, no compound noun
        ("Peter Schneider ist Bürgermeister.", ["Peter Schneider"]),
        ("Anna Haus ist ein Projekt in Wien.", []),  # "Haus": a common noun to the tagger
        ("Thomas Bank ist eine Filiale in Köln.", []),
        ("Das Thema Nachhaltigkeit ist wichtig.", []),  # "Thema" no given name
        ("Die Marke Kramer ist bekannt.", []),  # "Marke" no given name
        ("Die Rede vor Absolventen der Stanford University war berühmt.", []),  # a body's word (realpages dev8)
        ("Anna Street ist eine Adresse in London.", []),  # an English common noun
        ("So geht es momentan einigen Erstis. Foto: Ingo Schneider", []),  # a photo credit (realpages dev10)
    ],
)
def test_a_dictionary_word_after_a_known_given_name_is_a_surname(text: str, names: list[str]) -> None:
    assert full_names(text, "de", build_gazetteer()) == names


def test_english_full_names_are_read_as_before() -> None:
    assert full_names("When Ben Platt joined the cast, he was twenty.", "en", build_gazetteer()) == ["Ben Platt"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Heute leitet Fischer den Betrieb.", ["Anna Fischer"]),
        ("Heute klagen die Fischer über die Quoten.", []),  # an article: fishermen
    ],
)
def test_a_bare_dictionary_surname_is_the_page_s_full_name(text: str, names: list[str]) -> None:
    page = [("Anna Fischer gründete 2010 die Firma in Kiel.", "de"), (text, "de")]
    assert lone_surname_names(text, "de", page, build_gazetteer(), {}) == names


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Ben Platt ist Schauspieler. Später erklärte er, dass das Coming-out schwer war.", ["Ben Platt"]),
        (
            "Thomas Kramer gründete 2010 die Firma. Heute leitet Kramer sie. Später erklärte er, er bereue nichts.",
            ["Thomas Kramer"],
        ),
        ("Anna Haus ist ein Projekt in Wien. Sie sagte, es gehe gut voran.", []),
        ("Die Fischer im Hafen sind verärgert. Sie sagten, die Quoten seien zu niedrig.", []),
        (
            "Am 14. Juni 2005 hielt Steve Jobs eine vielbeachtete Rede vor den Absolventen der Stanford "
            "University. Den Zuhörern erzählte er drei Geschichten, die für sein Leben wichtig waren.",
            [],
        ),  # not the university (realpages dev8 r8-011); "Jobs" a common noun to the lexicon
    ],
)
def test_a_pronoun_takes_the_person_named_with_a_dictionary_surname(
    analyse: Analyse, text: str, speakers: list[str]
) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("opening", "middle", "speakers"),
    [
        ("Thomas Fischer", "Heute leitet Fischer den Betrieb mit seiner Frau.", ["Thomas Fischer"]),
        ("Ben Platt", "Heute leitet Platt den Betrieb mit seiner Frau.", ["Ben Platt"]),
        ("Anna Fischer", "Heute klagen die Fischer über die Quoten.", []),
    ],
)
def test_a_pronoun_far_from_the_full_name_takes_it_through_the_bare_surname(
    analyse: Analyse, opening: str, middle: str, speakers: list[str]
) -> None:
    text = f"{opening} gründete 2010 die Firma in Kiel. {_FILLER} {middle} Später erklärte er, er bereue nichts."
    assert _speakers(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ben Platt plays the lead. Later he said that the role had been hard."),
        ("fr", "Ben Platt joue le rôle principal. Il a dit que le rôle était difficile."),
    ],
)
def test_english_and_french_pronouns_take_no_untitled_name(analyse: Analyse, lang: str, text: str) -> None:
    assert _speakers(analyse([(lang, text)])) == []
