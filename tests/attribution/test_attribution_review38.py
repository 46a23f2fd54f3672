"""Wrong results left by session 37, read again with hand-written sentences (issue #18, review38).

Given names introduced by age and place, lists of names before and after a plural cue, bodies named in full with
their short form in brackets, German bodies' names cited in the nominative from a genitive or a dative, a verb of
judging with a bare object in English and German, English frames whose colon closes the paragraph before the
quotation. Each rule comes with the variants it must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Attribution, Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[str]:
    return [s.name for s in doc.speakers]


def _source(doc: Document, attribution: Attribution) -> str:
    assert attribution.source is not None
    block = doc.block(attribution.frame_block_id)
    return block.text[attribution.source.start : attribution.source.end]


def _speaker_of(doc: Document, attribution: Attribution) -> str:
    return next(s.name for s in doc.speakers if attribution.id in s.attributions)


# --- given names introduced by age and place, and the pronouns after them ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anna (34) aus Köln sagt, die Miete sei zu hoch.",
        "Anna aus Köln sagt, die Miete sei zu hoch.",
        "Anna, 34, aus Köln sagt, die Miete sei zu hoch.",
    ],
)
def test_a_given_name_with_age_and_place_is_the_speaker_not_the_place(analyse: Analyse, text: str) -> None:
    """The place after "aus" is where the person comes from: "Köln" was the speaker, a person."""
    doc = analyse([("de", text)])
    assert _speakers(doc) == ["Anna"]
    assert _source(doc, doc.attributions[0]).startswith("Anna")


def test_a_bracket_before_a_preposition_keeps_the_titled_subject(analyse: Analyse) -> None:
    doc = analyse([("de", "Der Rentner (58) aus Köln sagte, die Miete sei zu hoch.")])
    assert _source(doc, doc.attributions[0]) == "Der Rentner (58) aus Köln"
    doc = analyse([("de", "Nach dem Spiel, 3:1, in Köln sagte der Trainer, das sei gut.")])
    assert _speakers(doc) == ["Trainer"]
    doc = analyse([("de", "Karl Lauterbach (SPD) sagte, das sei falsch.")])
    assert _speakers(doc) == ["Karl Lauterbach"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "de",
            "Anna (34) aus Köln sagt, die Miete sei zu hoch. Ihr Mann Peter meint, man müsse umziehen. "
            "„Wir haben keine Wahl“, sagte sie.",
            "Anna",
        ),
        (
            "de",
            "Anna (34) aus Köln sagt, die Miete sei zu hoch. Ihr Mann Peter meint, man müsse umziehen. "
            "„Wir haben keine Wahl“, sagte er.",
            "Peter",
        ),
        (
            "de",
            "Peter (40) aus Köln sagt, die Miete sei zu hoch. Seine Frau Anna meint, man müsse umziehen. "
            "„Wir haben keine Wahl“, sagte er.",
            "Peter",
        ),
        (
            "en",
            'Anna Smith, 34, said the rent was too high. Her husband Peter Smith said they had to move. "We have no '
            'choice," she said.',
            "Anna Smith",
        ),
        (
            "en",
            'Anna Smith, 34, said the rent was too high. Her husband Peter Smith said they had to move. "We have no '
            'choice," he said.',
            "Peter Smith",
        ),
    ],
)
def test_a_gendered_pronoun_passes_over_a_speaker_of_the_other_gender(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    """A noun of kin ("Ihr Mann", "Seine Frau", "Her husband") tells the person's gender: "sie"/"she" after him is
    the woman named before (it took the husband, the nearest speaker)."""
    doc = analyse([(lang, text)])
    assert _speaker_of(doc, doc.attributions[-1]) == speaker


def test_a_pronoun_without_gendered_words_still_takes_the_nearest_speaker(analyse: Analyse) -> None:
    """No gender told ("Anna", "Peter" alone; sift reads no gender off a given name): as before, the nearest."""
    text = "Anna sagt, die Miete sei zu hoch. Peter meint, man müsse umziehen. „Wir haben keine Wahl“, sagte sie."
    doc = analyse([("de", text)])
    assert _speaker_of(doc, doc.attributions[-1]) == "Peter"


# --- lists of names ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Das sagten Jana Beispiel (SPD), Tom Muster und Eva Test.",
        "Das sagten Jana Beispiel (SPD), Tom Muster (CDU) und Eva Test (FDP).",
        "Dazu sagten Jana Beispiel (SPD), Tom Muster und Eva Test, das sei falsch.",
        "Jana Beispiel (SPD), Tom Muster und Eva Test sagten, das sei falsch.",
    ],
)
def test_a_list_of_three_names_gives_three_speakers(analyse: Analyse, text: str) -> None:
    """The inverted list gave the first name as source and the rest as content; the fronted one lost the first."""
    doc = analyse([("de", text)])
    assert sorted(_speakers(doc)) == ["Eva Test", "Jana Beispiel", "Tom Muster"]
    assert len(doc.attributions) == 1 and not doc.attributions[0].is_uncertain


def test_a_list_of_surnames_a_tagger_reads_as_nouns(analyse: Analyse) -> None:
    doc = analyse([("de", "Merkel, Scholz und Habeck sagten, das sei falsch.")])
    assert sorted(_speakers(doc)) == ["Habeck", "Merkel", "Scholz"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Hans Müller, Sprecher der Stadt und der Polizei, sagte, das sei falsch.", ["Hans Müller"]),
        ("Das sagte Jana Beispiel (SPD), die Vorsitzende des Ausschusses.", ["Jana Beispiel"]),
        ("Das sagte Jana Beispiel (SPD) am Montag.", ["Jana Beispiel"]),
    ],
)
def test_an_appositive_or_a_single_name_is_no_list(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


# --- short forms ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Die Kölner Verkehrs-Betriebe (KVB) teilten am Montag mit, der Betrieb ruhe. Die KVB erklärte, man "
            "arbeite daran.",
            "Kölner Verkehrs-Betriebe",
            "KVB",
        ),
        (
            "Die Gewerkschaft der Polizei (GdP) teilte mit, es fehle Personal. Die GdP forderte mehr Stellen.",
            "Gewerkschaft der Polizei",
            "GdP",
        ),
    ],
)
def test_a_short_form_in_brackets_is_an_alias_of_the_full_name(
    analyse: Analyse, text: str, name: str, short: str
) -> None:
    """One speaker under the name the page spells out, the short form its alias ("KVB" was the speaker's name)."""
    doc = analyse([("de", text)])
    assert [(s.name, s.aliases) for s in doc.speakers] == [(name, [short])]
    assert len(doc.speakers[0].attributions) == 2


def test_a_body_spelt_out_before_its_short_form_is_as_sure_as_the_short_form(analyse: Analyse) -> None:
    """ "das Deutsche Rote Kreuz (DRK)" was read by its short form, a named body; the full name read as an unlisted
    one halved the statement's confidence (realpages dev3 r3-015 fell under the uncertain line)."""
    doc = analyse([("de", "Das Deutsche Rote Kreuz (DRK) ruft zur Hilfe auf.")])
    assert _speakers(doc) == ["Deutsches Rotes Kreuz"]
    assert not doc.attributions[0].is_uncertain


def test_a_bracketed_word_that_abbreviates_nothing_stays_its_own_speaker(analyse: Analyse) -> None:
    """ "(Gtsou)" is no initialism of the Spanish words before it: the short name speaks (frames_recall's case)."""
    doc = analyse([("es", "La operadora de la red de gas de Ucrania (Gtsou) dijo que el tránsito seguía.")])
    assert _speakers(doc) == ["Gtsou"]


def test_another_body_written_in_capitals_is_not_folded_into_the_full_name(analyse: Analyse) -> None:
    text = "Die Kölner Verkehrs-Betriebe (KVB) teilten mit, der Betrieb ruhe. Die DVB erklärte, man arbeite daran."
    assert _speakers(analyse([("de", text)])) == ["Kölner Verkehrs-Betriebe", "DVB"]


# --- German bodies' names in the nominative ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nach Angaben des Deutschen Richterbunds fehlen 1000 Richter.", "Deutscher Richterbund"),
        ("Der Deutsche Richterbund kritisierte, es fehlten Richter.", "Deutscher Richterbund"),
        ("Ein Sprecher des Deutschen Gewerkschaftsbunds sagte, das sei falsch.", "Deutscher Gewerkschaftsbund"),
        ("Der Deutsche Gewerkschaftsbund teilte mit, das sei falsch.", "Deutscher Gewerkschaftsbund"),
        ("Wie der Bayerische Rundfunk berichtete, sei das falsch.", "Bayerischer Rundfunk"),
        ("Das Deutsche Rote Kreuz teilte mit, es gebe Verletzte.", "Deutsches Rotes Kreuz"),
        ("Nach Angaben des Deutschen Roten Kreuzes gibt es Verletzte.", "Deutsches Rotes Kreuz"),
        ("Nach Angaben der Deutschen Bahn fallen Züge aus.", "Deutsche Bahn"),
        ("Nach Angaben der Grünen Jugend ist das falsch.", "Grüne Jugend"),
    ],
)
def test_a_body_named_by_capitalised_adjectives_is_cited_in_the_nominative(
    analyse: Analyse, text: str, name: str
) -> None:
    """The article tells the noun's gender ("der Deutsche …": masculine, "der Deutschen Bahn": feminine), or leaves
    masculine or neuter to its ending ("des", "dem")."""
    assert _speakers(analyse([("de", text)])) == [name]


def test_a_name_without_its_article_before_it_stays_as_written(analyse: Analyse) -> None:
    """A quotation mark between article and name hides the article: the ending alone would guess the gender."""
    doc = analyse([("de", "Die Stadt will die Gebühren erhöhen, wie die „Rheinische Post“ berichtet.")])
    assert _speakers(doc) == ["Rheinische Post"]


# --- verbs of judging with a bare object ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Minister kritisierte die Entscheidung."),
        ("en", "The minister criticized the decision."),
        ("en", "The minister criticised the decision."),
        ("en", "The Arab League criticised the unilateral move."),
    ],
)
def test_a_verb_of_judging_with_a_bare_object_names_a_speaker(analyse: Analyse, lang: str, text: str) -> None:
    """The gold lists who criticises or condemns a thing as a speaker (an attributed opinion: "the Arab League
    condemned the unilateral move", realpages dev): shown as a fact in both languages. British spellings were read
    with the US-trained English weights' few "-ise" examples (0.32 against "criticized" 0.56)."""
    doc = analyse([(lang, text)])
    assert len(doc.attributions) == 1 and not doc.attributions[0].is_uncertain


@pytest.mark.parametrize(
    "text",
    ["The minister praised the police.", "The mayor raised the issue.", "The committee promised a review."],
)
def test_words_in_ise_with_no_american_spelling_are_read_as_before(analyse: Analyse, text: str) -> None:
    """Only a stem whose "-ize" form the English model knows is respelled: "praise", "raise", "promise" stay."""
    from sift.attribution import load_english_model

    model = load_english_model()
    for word in ("praised", "raised", "promised", "rise", "analysis", "this"):
        assert model.spelled(word) == word
    assert model.spelled("criticised") == "criticized"
    assert model.spelled("apologising") == "apologizing"
    assert analyse([("en", text)]) is not None


# --- English (and German) frames closed by a colon before a quotation paragraph ---------------------------------


@pytest.mark.parametrize(
    ("lang", "frame", "quote", "name"),
    [
        ("en", "John Smith said on Monday evening:", '"We will act now and we will not wait."', "John Smith"),
        ("en", "John Smith said:", '"We will act now and we will not wait."', "John Smith"),
        ("en", "The mayor told reporters late Tuesday:", '"The roads are closed until further notice."', "mayor"),
        ("en", "The minister said in a statement on Friday:", '"We regret the error and will fix it."', "minister"),
        ("de", "Die Ministerin Anna Berg sagte:", "„Wir werden die Schulen offen halten.“", "Anna Berg"),
    ],
)
def test_a_cue_closing_its_paragraph_with_a_colon_takes_the_quotation_after_it(
    analyse: Analyse, lang: str, frame: str, quote: str, name: str
) -> None:
    """With nothing after the colon the parser found no content, so no frame for the next paragraph to join."""
    doc = analyse([(lang, frame), (lang, quote)])
    assert len(doc.attributions) == 1
    attribution = doc.attributions[0]
    assert attribution.block_id == "b1" and attribution.frame_block == "b0"
    assert _speakers(doc) == [name]


@pytest.mark.parametrize(
    ("lang", "frame", "quote"),
    [
        ("en", "Here is the full statement:", '"We will act now and we will not wait for the others."'),
        ("en", "The schedule for Monday:", '"Doors open at nine and the show starts at ten."'),
        ("de", "Das Wetter am Montag:", "„Sonnig und warm.“"),
        ("en", "John Smith said on Monday evening:", "We will act now. Then we will see what the others do."),
    ],
)
def test_a_colon_without_a_cue_or_before_no_quotation_lends_nothing(
    analyse: Analyse, lang: str, frame: str, quote: str
) -> None:
    doc = analyse([(lang, frame), (lang, quote)])
    assert not [a for a in doc.attributions if a.frame_block is not None]


# --- a fronted phrase of place or time before an inverted cue ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beim Festakt sprechen Jana Beispiel (Stadtrat), Tom Muster (Landtag) und Karla Probe.",
        "Am Abend sprachen Jana Beispiel, Tom Muster und Karla Probe.",
        "Am Abend sprach der Minister.",
        "Beim Festakt spricht Jana Beispiel.",
    ],
)
def test_a_fronted_setting_is_no_content(analyse: Analyse, text: str) -> None:
    """Where or when someone spoke says nothing they said ("Am Abend" was the content, "Abend" a source)."""
    doc = analyse([("de", text)])
    assert _speakers(doc) == [] and doc.attributions == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Von einer Katastrophe spricht der Manager.", "Manager"),
        ("Über die Lage sprach der Minister.", "Minister"),
        ("Im Interview sagte der Minister, das sei falsch.", "Minister"),
        ("Beim Festakt kritisierte der Minister die Entscheidung.", "Minister"),
    ],
)
def test_a_fronted_topic_or_a_content_after_the_subject_stays(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("de", text)])) == [speaker]


# --- a fronted dative: to whom it was said ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dem Bayerischen Rundfunk sagte der Minister, das sei falsch.", "Minister"),
        ("Der „Süddeutschen Zeitung“ sagte der Minister, das sei falsch.", "Minister"),
        ("Der Deutschen Presse-Agentur sagte Lucke, das sei falsch.", "Lucke"),
        ("Einem Reporter sagte der Minister, das sei falsch.", "Minister"),
    ],
)
def test_a_fronted_dative_is_whom_it_was_said_to(analyse: Analyse, text: str, speaker: str) -> None:
    """The outlet before the verb was the source and "der Minister, das sei falsch" the content."""
    doc = analyse([("de", text)])
    assert _speakers(doc) == [speaker]
    content = doc.attributions[0].content
    assert doc.blocks[0].text[content.start : content.end] == "das sei falsch"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Deutsche Richterbund sagte, das sei falsch.", "Deutscher Richterbund"),
        ("Der Minister sagte dem Bayerischen Rundfunk, das sei falsch.", "Minister"),
    ],
)
def test_a_nominative_opening_stays_the_subject(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("de", text)])) == [speaker]
