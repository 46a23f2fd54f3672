"""English speakers that transfer (speakers13, issue #18): general rules of who is no source, each written as English
grammar. Hand-made sentences with invented names; none is taken from a real-page set."""

from __future__ import annotations

import pytest
from frames_helpers import body_page as _page

from sift.document import Document
from sift.pipeline import Resources


def _names(doc: Document) -> set[str]:
    return {speaker.name for speaker in doc.speakers}


# --- a letter's salutation names who is written to ----------------------------------------------------------------


def test_an_upper_case_salutation_is_no_speaker_label(resources: Resources) -> None:
    doc = _page(
        resources,
        [
            "DEAR GRETEL: My husband of ten years just bought a boat without asking me.",
            "DEAR WORRIED IN OHIO: You should talk to him before the summer.",
        ],
    )
    assert doc.speakers == []


def test_a_salutation_leaves_a_transcript_label_alone(resources: Resources) -> None:
    doc = _page(resources, ["ORLOVA: Well, look, we will build the bridge next year."])
    assert _names(doc) == {"ORLOVA"}


# --- who did not speak, or only might -------------------------------------------------------------------------------


def test_a_negated_agent_names_no_speaker(resources: Resources) -> None:
    doc = _page(resources, ["The novel is told not by the generals and mayors, but by their servants."])
    assert doc.speakers == []


def test_a_modal_of_possibility_reports_a_supposition(resources: Resources) -> None:
    doc = _page(resources, ["Critics, though, might argue that any review of the plan should also include its costs."])
    assert doc.speakers == []
    assert doc.attributions and all(a.confidence < 0.5 for a in doc.attributions)


def test_a_modal_of_possibility_leaves_a_plain_statement_alone(resources: Resources) -> None:
    doc = _page(resources, ["Critics argue that any review of the plan should also include its costs."])
    assert _names(doc) == {"Critics"}


def test_a_raised_subject_is_what_is_expected_not_who_expects(resources: Resources) -> None:
    doc = _page(
        resources, ["UK pricing has not been confirmed yet, but the Velka Z3 is expected to go on sale next spring."]
    )
    assert doc.speakers == []
    assert all(a.source is None for a in doc.attributions if a.cue and a.cue.lemma == "expect")


def test_a_word_counted_by_a_number_is_no_cue(resources: Resources) -> None:
    doc = _page(
        resources,
        ["Watching from the stands as Pavel Orkin and Dario Mest scored 40 plus points a piece was special."],
    )
    assert doc.speakers == []


# --- verbs of writing and belief acting on a thing ------------------------------------------------------------------


def test_publishing_a_book_is_no_statement(resources: Resources) -> None:
    doc = _page(resources, ["Instead, Brindle Press, which had been bought by a larger house, published Lanterns."])
    assert doc.speakers == []


def test_a_column_written_by_someone_is_no_statement(resources: Resources) -> None:
    doc = _page(
        resources,
        ["Dear Gretel is written by Ottilie Marsh, also known as Ada Pell, and was founded by her mother, Ruth Pell."],
    )
    assert doc.speakers == []


def test_a_work_written_before_the_main_clause_is_no_statement(resources: Resources) -> None:
    doc = _page(
        resources, ["Years before Harlan Vesk wrote The Glass Orchard, Tamsin Roe created a retelling of the wars."]
    )
    assert "Harlan Vesk" not in _names(doc)


def test_believing_a_person_is_no_statement(resources: Resources) -> None:
    doc = _page(
        resources, ["My husband called later, but the manager believed the waiter, who said that I started it."]
    )
    assert "manager" not in _names(doc)


def test_writing_that_something_is_so_stays_a_statement(resources: Resources) -> None:
    doc = _page(resources, ["Tamsin Roe wrote that the old wars had never really ended."])
    assert _names(doc) == {"Tamsin Roe"}


def test_a_statement_joined_to_an_act_on_a_thing_stays_a_statement(resources: Resources) -> None:
    doc = _page(resources, ["Tamsin Roe wrote the memo and said that the old wars had never really ended."])
    assert _names(doc) == {"Tamsin Roe"}


# --- a pronoun joined to others, a body named again by description ------------------------------------------------


def test_a_pronoun_joined_to_others_stands_for_the_person_named_before(resources: Resources) -> None:
    doc = _page(
        resources,
        [
            "“We cannot wait another decade,” said Senator Ruth Okafor.",
            "She and others at the hearing said that the plan wastes money.",
        ],
    )
    # the others speak too (the relatives-and-groups rule of bench/data/README.md, speakers14)
    assert _names(doc) == {"Ruth Okafor", "others at the hearing"}
    assert doc.speakers[0].name == "Ruth Okafor"
    assert len(doc.speakers[0].attributions) == 2


def test_the_agency_points_back_to_the_body_named_before(resources: Resources) -> None:
    doc = _page(
        resources,
        [
            "Earlier this month, the Orbitex Agency announced a new launch date for its rocket.",
            "The plans have changed, but the agency has maintained that the rocket will fly.",
        ],
    )
    assert _names(doc) == {"Orbitex Agency"}
    assert len(doc.speakers[0].attributions) == 2
    assert "agency" in doc.speakers[0].aliases


def test_the_company_with_no_body_named_before_stays_a_speaker(resources: Resources) -> None:
    doc = _page(resources, ["The company said that costs fell in the third quarter."])
    assert _names(doc) == {"company"}


# --- recall: a reporting verb between commas before its subject, a quantifier's group -------------------------------


def test_a_reporting_verb_between_commas_takes_the_name_after_it(resources: Resources) -> None:
    doc = _page(
        resources,
        ["This system, says Otto Brenner, an immunologist at the University of Wessex, may explain the odd results."],
    )
    assert _names(doc) == {"Otto Brenner"}
    texts = [doc.blocks[0].text[a.content.start : a.content.end] for a in doc.attributions]
    assert not any("Brenner" in text for text in texts)


def test_a_quantifier_with_a_place_is_an_anonymous_group(resources: Resources) -> None:
    doc = _page(resources, ["Some in the administration say the plan will fail before the winter."])
    assert _names(doc) == {"Some in the administration"}
    assert doc.speakers[0].kind == "anonymous"


# --- research states its findings; relatives speak -------------------------------------------------------------------


def test_a_poll_that_shows_speaks_for_its_outlet(resources: Resources) -> None:
    doc = _page(resources, ["A new CBS News poll shows majority support for the tax."])
    assert _names(doc) == {"CBS News"}


def test_photos_that_show_something_state_nothing(resources: Resources) -> None:
    doc = _page(resources, ["The photos show convoys crossing the border at night."])
    assert doc.speakers == []


def test_a_relative_is_an_anonymous_source(resources: Resources) -> None:
    doc = _page(resources, ["The victim’s mother testified that her daughter had been afraid for weeks."])
    # one definite individual: a person by kind (bench/data/README.md, issue #18 kinds41b)
    assert [(speaker.name, speaker.kind) for speaker in doc.speakers] == [("victim’s mother", "person")]


def test_studies_in_general_name_no_speaker(resources: Resources) -> None:
    doc = _page(resources, ["Studies show that exercise can reduce stress and improve sleep."])
    assert doc.speakers == []


def test_a_relative_named_in_an_appositive_is_that_person(resources: Resources) -> None:
    doc = _page(resources, ["According to his aunt, Mara Quint, “He was reading at an adult level when he was five.”"])
    assert _names(doc) == {"Mara Quint"}


def test_calling_someone_is_no_statement_calling_them_something_is(resources: Resources) -> None:
    doc = _page(resources, ["Her husband called him later that night."])
    assert doc.speakers == []
    doc = _page(resources, ["Senator Ruth Okafor called him a liar."])
    assert _names(doc) == {"Ruth Okafor"}


# --- names and descriptions as the page writes them -----------------------------------------------------------------


def test_a_hyphenated_name_stays_whole(resources: Resources) -> None:
    doc = _page(
        resources,
        [
            "“We are ready,” said the chief executive Anna Vel-Marot.",
            "Vel-Marot said the new plant would open in the spring.",
        ],
    )
    assert _names(doc) == {"Anna Vel-Marot"}
    assert len(doc.speakers[0].attributions) == 2


def test_a_hyphenated_description_keeps_its_hyphen(resources: Resources) -> None:
    doc = _page(resources, ["The neo-banks have promised that they will ease your pain."])
    assert _names(doc) == {"neo-banks"}


def test_who_said_speaks_for_the_name_before_it(resources: Resources) -> None:
    doc = _page(resources, ["The plan was backed by Tomas Varga, who said it would cut costs."])
    assert _names(doc) == {"Tomas Varga"}


def test_a_body_official_with_a_full_name_is_a_person(resources: Resources) -> None:
    doc = _page(
        resources, ["Last week State Department official Dana Holm revealed one of those talks to investigators."]
    )
    assert [(speaker.name, speaker.kind) for speaker in doc.speakers] == [("Dana Holm", "person")]


def test_an_imperative_after_but_does_not_share_the_subject_before_it(resources: Resources) -> None:
    doc = _page(
        resources,
        ["Of the two, only Tom Vell will be on stage, but expect Dara Quint’s shadow to generate arguments."],
    )
    assert doc.speakers == []
    doc = _page(resources, ["Tom Vell arrived late and said the talks had failed."])
    assert _names(doc) == {"Tom Vell"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Keiner der 448 Abgeordneten hat geantwortet, nur drei schrieben zurück."),
        ("de", "Kein Sprecher des Ministeriums bestätigte, dass die Zahl stimmt."),
        ("de", "Keine Behörde wollte bestätigen, dass die Zahl stimmt."),
        ("fr", "Personne au ministère n'a confirmé que le chiffre était juste."),
        ("es", "Nadie del ministerio confirmó que la cifra fuera correcta."),
        ("pt", "Ninguém do ministério confirmou que o número era correto."),
        ("it", "Nessuno del ministero ha confermato che la cifra fosse corretta."),
        ("pl", "Nikt z ministerstwa nie potwierdził, że liczba jest prawdziwa."),
    ],
)
def test_a_source_that_says_nobody_names_no_speaker_in_any_language(resources: Resources, lang: str, text: str) -> None:
    # dev11: "Keiner der 448(!) Abgeordneten hat geantwortet" showed "Keiner der … Abgeordneten" as a speaker
    assert _page(resources, [text], lang).speakers == []


# --- one person under a first name, two persons under one surname ---------------------------------------------------


def test_answers_labelled_by_a_first_name_are_the_full_named_person(resources: Resources) -> None:
    doc = _page(
        resources,
        [
            "Marlene Okafor-Lindqvist: I started the shop in 2019 because nobody sold repaired bikes here.",
            "Marlene: We sold 300 bikes in the first year and now employ twelve people.",
        ],
    )
    assert _names(doc) == {"Marlene Okafor-Lindqvist"}


def test_two_full_names_that_share_a_surname_are_two_people(resources: Resources) -> None:
    doc = _page(
        resources,
        [
            "Teodor Brandvik said the festival would return next summer.",
            "His sister Ingrid Brandvik said that the town had not yet approved the budget.",
            "T. Brandvik added that tickets would go on sale in March.",
        ],
    )
    speakers = {speaker.name: set(speaker.aliases) for speaker in doc.speakers}
    assert set(speakers) == {"Teodor Brandvik", "Ingrid Brandvik"}  # before: Ingrid merged into Teodor by surname
    assert "T. Brandvik" in speakers["Teodor Brandvik"]
