"""English speakers without over-reach (speakers14, issue #18): who is a source among relatives, friends and groups
(the rule in bench/data/README.md), which verbs act instead of stating, and names written with an inner capital.
Hand-made sentences with invented names; none is taken from a real-page set."""

from __future__ import annotations

from frames_helpers import body_page as _page

from sift.document import Document
from sift.pipeline import Resources


def _names(doc: Document) -> set[str]:
    return {speaker.name for speaker in doc.speakers}


# --- a pronoun and others: both speak ---------------------------------------------------------------------------------


def test_a_pronoun_and_his_co_authors_are_two_speakers(resources: Resources) -> None:
    doc = _page(
        resources,
        [
            "“Teams decide better than their smartest member,” said Professor Ivo Brandt.",
            "In 1991 he and his co-authors predicted “a steady shift toward remote work”.",
        ],
    )
    assert _names(doc) == {"Ivo Brandt", "co-authors"}
    assert next(s for s in doc.speakers if s.name == "co-authors").kind == "anonymous"


def test_a_pronoun_and_a_group_in_a_place_are_two_speakers(resources: Resources) -> None:
    doc = _page(
        resources,
        [
            "“We cannot wait another decade,” said Senator Ruth Okafor.",
            "She and others at the hearing said that the plan wastes money.",
        ],
    )
    assert _names(doc) == {"Ruth Okafor", "others at the hearing"}


def test_a_pronoun_and_a_thing_leave_the_person_alone(resources: Resources) -> None:
    doc = _page(
        resources,
        [
            "“We cannot wait another decade,” said Senator Ruth Okafor.",
            "She and the new budget said nothing of the kind, the editors wrote.",
        ],
    )
    assert "budget" not in " ".join(_names(doc))


# --- a quantifier alone is an unnamed group ------------------------------------------------------------------------


def test_a_quantifier_alone_as_a_subject_of_saying_is_an_anonymous_group(resources: Resources) -> None:
    doc = _page(resources, ["The storm, which some are calling a “dry hurricane”, cut power to the valley."])
    assert [(s.name, s.kind) for s in doc.speakers] == [("some", "anonymous")]


def test_many_who_believe_are_an_anonymous_group(resources: Resources) -> None:
    doc = _page(resources, ["Many believe that the new bridge over the Varna river will never open."])
    assert [s.kind for s in doc.speakers] == ["anonymous"]


# --- acts, refusals and suppositions are no statements -------------------------------------------------------------


def test_posting_a_picture_is_no_statement(resources: Resources) -> None:
    doc = _page(resources, ["My cousin posted a picture of herself wearing two masks at the station."])
    assert doc.speakers == []


def test_posting_that_something_is_so_stays_a_statement(resources: Resources) -> None:
    doc = _page(resources, ["Mayor Lena Dvorak posted that the station will close for a week."])
    assert _names(doc) == {"Lena Dvorak"}


def test_refusing_to_acknowledge_is_no_statement(resources: Resources) -> None:
    doc = _page(resources, ["Yet some neighbours refuse to acknowledge that the flooding is getting worse."])
    assert doc.speakers == []


def test_declining_to_say_is_no_statement(resources: Resources) -> None:
    doc = _page(resources, ["The landlord, Oskar Brill, declined to say whether the rent would rise."])
    assert doc.speakers == []


def test_what_people_would_think_is_a_supposition(resources: Resources) -> None:
    doc = _page(resources, ["Most people would think that the largest teams make the best decisions."])
    assert doc.speakers == []


def test_would_before_a_verb_of_saying_stays_a_statement(resources: Resources) -> None:
    doc = _page(resources, ["Years later, Greta Holm would say that the merger saved the company."])
    assert _names(doc) == {"Greta Holm"}


# --- a document that states something speaks for its issuer ----------------------------------------------------------


def test_publishing_an_editorial_that_blames_is_a_statement(resources: Resources) -> None:
    doc = _page(
        resources,
        ["The Harbour Courier published a misleading editorial blaming the region's wind farms for the outages."],
    )
    assert len(doc.speakers) == 1 and "Harbour Courier" in doc.speakers[0].name


def test_publishing_a_report_with_nothing_said_stays_an_act(resources: Resources) -> None:
    doc = _page(resources, ["The Harbour Courier published a long report on Monday."])
    assert doc.speakers == []


# --- names and bodies --------------------------------------------------------------------------------------------


def test_a_name_with_an_inner_capital_is_a_name(resources: Resources) -> None:
    doc = _page(resources, ["As zTorque points out in its review, the new drill is heavier than the old one."])
    assert _names(doc) == {"zTorque"}


def test_a_utility_echoing_a_view_is_an_organisation(resources: Resources) -> None:
    doc = _page(resources, ["My water utility echoed this view in a letter to every household in the county."])
    assert [s.kind for s in doc.speakers] == ["organisation"]


# --- requests after auxiliaries, floated quantifiers, referrals --------------------------------------------------


def test_a_request_after_auxiliaries_is_a_statement_of_a_group(resources: Resources) -> None:
    doc = _page(
        resources,
        ["Since the kettle first launched in 2015, customers and critics alike have been asking for a quieter lid."],
    )
    assert [(s.name, s.kind) for s in doc.speakers] == [("customers and critics", "anonymous")]


def test_a_question_after_auxiliaries_stays_a_question(resources: Resources) -> None:
    doc = _page(resources, ["Senator Alma Reyes has asked whether the new port is legal."])
    assert doc.speakers == []


def test_recommending_a_person_for_a_job_is_an_act(resources: Resources) -> None:
    doc = _page(resources, ["Then my brother-in-law recommended me for a junior analyst position at a bank."])
    assert doc.speakers == []


def test_recommending_a_place_to_someone_is_advice(resources: Resources) -> None:
    doc = _page(resources, ["The noodle bar was recommended to us the day before by the Halloran family."])
    assert [s.kind for s in doc.speakers] == ["anonymous"]
    # the passive agent's preposition is no part of the name (the speaker was "by the Halloran family")
    assert [s.name for s in doc.speakers] == ["Halloran family"]


# --- idioms and nouns of saying ------------------------------------------------------------------------------------


def test_as_someone_put_it_is_a_statement(resources: Resources) -> None:
    doc = _page(resources, ["As Dana Frey put it, “the river always wins.”"])
    assert _names(doc) == {"Dana Frey"}


def test_putting_a_thing_somewhere_is_no_statement(resources: Resources) -> None:
    doc = _page(resources, ["Dana Frey put it on the table before the meeting began."])
    assert doc.speakers == []


def test_businesses_that_agree_are_a_speaker(resources: Resources) -> None:
    doc = _page(resources, ["Many businesses agree that the new tariffs hurt the port of Varna."])
    assert len(doc.speakers) == 1


def test_a_belief_held_while_acting_is_no_statement(resources: Resources) -> None:
    doc = _page(resources, ["Through the scheme, many tenants signed the lease believing that the rent was fixed."])
    assert doc.speakers == []


def test_saying_while_acting_stays_a_statement(resources: Resources) -> None:
    doc = _page(resources, ["Mayor Lena Dvorak left the meeting, saying that the talks had failed."])
    assert _names(doc) == {"Lena Dvorak"}
