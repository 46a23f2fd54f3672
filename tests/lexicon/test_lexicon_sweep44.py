"""Session 44, sweep44 (issue #18: untuned pages read as a fact-checker). A claim span the reader sees lost the start
of its sentence where the reporting verb stood in a subordinate clause (9to5Mac: "On the day that Samsung announced
their Apple features were shipping, I rushed over …" showed "their Apple features were shipping, I rushed …"), where
a reporting verb's form was a noun (Dealbreaker: "Big Machine has denied Swift’s claims, saying …" showed "saying they
were …"), and where a verb with its complementiser after a comma was read as a trailing frame ("The report, which
was published on Monday, said that …" showed "The report, which was published on Monday"). Sentences written for
this test."""

from __future__ import annotations

import pytest

from sift.lexicon.frame_stripper import strip_frame


def clause(text: str) -> str:
    start, end = strip_frame(text)
    return text[start:end]


@pytest.mark.parametrize(
    "sentence",
    [
        "When the minister announced the new budget last week, the opposition walked out of the chamber in protest.",
        "After the company said it would close the plant, hundreds of workers gathered outside the gates on Monday.",
        "Because the police said the road was unsafe, the race was cancelled and rescheduled for next week.",
        "On the day that the club announced the new stadium, its shares rose by 12 percent in early trading.",
        "Officials who said the dam was safe were later dismissed by the regional government in March.",
        "Nachdem der Minister gesagt hatte, die Steuern würden steigen, fielen die Kurse an der Börse deutlich.",
        "The union has rejected the company’s claims, saying the new contracts would cut wages by 10 percent.",
        "Voters who heard the reports of fraud in the first round stayed at home in large numbers on Sunday.",
        "The report, which was published on Monday, said that emissions rose by 3 percent last year.",
    ],
)
def test_a_subordinate_or_noun_verb_frames_no_claim(sentence: str) -> None:
    assert clause(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ministry said that the new rules would come into force next year for all drivers.",
            "the new rules would come into force next year for all drivers.",
        ),
        (
            "The company announced on Tuesday that it would cut 2,000 jobs across its European plants.",
            "it would cut 2,000 jobs across its European plants.",
        ),
        (
            "That agency said the number of measles cases had doubled in two years across the region.",
            "the number of measles cases had doubled in two years across the region.",
        ),
        (
            "Unemployment fell to 4.1 percent in October, the lowest level in a decade, the statistics office said.",
            "Unemployment fell to 4.1 percent in October, the lowest level in a decade",
        ),
        (
            "The World Health Organization (WHO) said on Monday that the outbreak in the region was finally over.",
            "the outbreak in the region was finally over.",
        ),
        (
            "As the minister said, the economy grew by 2 percent in the third quarter of the year.",
            "the economy grew by 2 percent in the third quarter of the year.",
        ),
    ],
)
def test_a_main_clause_frame_is_still_cut(sentence: str, expected: str) -> None:
    assert clause(sentence) == expected
