"""A finished Document built by hand (no model loaded): two blocks, a claim, an attribution with a relay, a match."""

from __future__ import annotations

import pytest

from sift.document import (
    Attribution,
    Block,
    Claim,
    Document,
    Match,
    Mention,
    Relay,
    Removed,
    Sentence,
    Source,
    Speaker,
)

BODY = 'The ministry said the photos show a convoy, Sputnik reported. It was a <script>alert("x")</script> | test.'
RELATED = "Les photos viennent d'un jeu vidéo."
FACTCHECK = {
    "id": "fc1",
    "claim": "Russian MoD photos show US help to ISIS",
    "review_url": "https://example.org/check",
    "publisher_name": "Example Check",
    "rating": "False",
    "verdict": "false",
    "language": "en",
    "review_date": "2017-11-15",
}


@pytest.fixture
def doc() -> Document:
    first_end = BODY.index(".") + 1
    body = Block(
        id="b0",
        role="body",
        text=BODY,
        lang="en",
        lang_confidence=0.99,
        sentences=[Sentence("b0.s0", 0, first_end), Sentence("b0.s1", first_end + 1, len(BODY))],
    )
    related = Block(
        id="b1",
        role="related",
        text=RELATED,
        lang="fr",
        lang_confidence=0.9,
        sentences=[Sentence("b1.s0", 0, len(RELATED))],
    )
    content_start = BODY.index("the photos")
    return Document(
        id="d1",
        source=Source(kind="text", location="page.txt", sha256="a" * 64),
        title="Photos | from a game",
        published="2017-11-14",
        language="en",
        blocks=[body, related],
        removed=[Removed("Subscribe now", "boilerplate")],
        claims=[
            Claim("b0.s0", 0.91, "check-worthy", content_start, BODY.index(", Sputnik"), ["attribution", "names"]),
            Claim("b0.s1", 0.2, "not check-worthy", first_end + 1, len(BODY) - 1, []),
            Claim("b1.s0", 0.7, "check-worthy", 0, len(RELATED) - 1, ["numbers"]),
        ],
        attributions=[
            Attribution(
                id="a0",
                sentence="b0.s0",
                content=Mention(content_start, BODY.index(", Sputnik")),
                kind="indirect",
                source=Mention(0, len("The ministry"), entity="the ministry"),
                cue=Mention(BODY.index("said"), BODY.index("said") + 4, lemma="say"),
                via=[Relay(Mention(BODY.index("Sputnik"), BODY.index("Sputnik") + 7, entity="Sputnik"))],
            )
        ],
        speakers=[Speaker("s0", "the ministry", "organisation", aliases=["The ministry"], attributions=["a0"])],
        matches=[
            Match("b0.s0", FACTCHECK, 0.93, "match", "similarity 0.81; shared names: isis"),
            Match("b1.s0", FACTCHECK, 0.55, "possible", ""),
        ],
        match_status="found",
        timings_ms={"extract": 1.0},
    )
