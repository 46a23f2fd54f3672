"""Claims of a thread's posts (issue #18): a post's first sentence opens with its poster's header frame ("Name
sagt: …"), which says who posted, not what; the claim is the post's own text, scored and shown without it.
Invented names."""

from __future__ import annotations

from collections.abc import Callable

from sift.claims import ClaimsConfig, detect_claims
from sift.document import Document, Poster
from sift.pipeline import Resources

ARTICLE = (
    "Die Stadtwerke Nordheim haben im März 2024 die Anmeldung kleiner Solaranlagen vereinfacht. "
    "Seitdem wurden nach Angaben der Stadt 1.200 Anlagen registriert."
)
POSTS = [
    (
        Poster("Ferdinand Quast", "sagt", "sagen"),
        "Bei uns hat der Netzbetreiber die Anmeldung 2024 erst nach elf Wochen bestätigt. Der Zähler wurde danach "
        "kostenlos getauscht.",
    ),
    (Poster("kiesel42"), "Die Stadtwerke verlangen seit Januar 2024 eine Gebühr von 35 Euro für jeden Zählertausch."),
]


def _thread(make_document: Callable[..., Document], *, headers: bool) -> Document:
    """The article and its posts; with ``headers`` each post opens with its header frame and carries its poster,
    as extraction writes a thread; without, the posts are plain paragraphs of the same text."""
    blocks = [("body", "de", ARTICLE)]
    blocks += [("body", "de", (poster.header if headers else "") + text) for poster, text in POSTS]
    doc = make_document(blocks)
    if headers:
        for block, (poster, _) in zip(doc.blocks[1:], POSTS, strict=True):
            block.poster = poster
    return doc


def _claims(doc: Document) -> list[tuple[str, float, str]]:
    """Each claim's shown text (its span), score and label."""
    blocks = {block.id: block for block in doc.blocks}
    return [
        (blocks[claim.sentence.split(".", 1)[0]].text[claim.start : claim.end], claim.score, claim.label)
        for claim in doc.claims
    ]


def test_a_posts_claim_leaves_out_its_header_frame(
    resources: Resources, make_document: Callable[..., Document]
) -> None:
    posted = detect_claims(_thread(make_document, headers=True), resources, ClaimsConfig())
    plain = detect_claims(_thread(make_document, headers=False), resources, ClaimsConfig())
    shown = _claims(posted)
    assert shown, "the thread lists no claim"
    # the same claims, the same scores and labels as the posts' text alone: the header is neither scored nor shown
    assert shown == _claims(plain)
    assert not any(text.startswith(("Ferdinand", "kiesel42")) for text, _, _ in shown)
    first = next(claim for claim in posted.claims if claim.sentence == "b1.s0")
    header = len(POSTS[0][0].header)
    assert (first.start, posted.blocks[1].text[first.start :].startswith("Bei uns")) == (header, True)
    # the sentence itself is still the whole sentence (the attribution stage reads the header as its frame)
    assert posted.sentence_text("b1.s0").startswith("Ferdinand Quast sagt: Bei uns")


def test_a_header_the_splitter_cuts_stays_out_of_every_claim(
    resources: Resources, make_document: Callable[..., Document]
) -> None:
    """ "Dr. Ina Wolf sagt: …": a sentence split inside the header leaves no claim of the header's pieces."""
    poster = Poster("Dr. Ina Wolf", "sagt", "sagen")
    text = "Die Stadtwerke verlangen seit Januar 2024 eine Gebühr von 35 Euro für jeden Zählertausch."
    doc = make_document([("body", "de", ARTICLE), ("body", "de", poster.header + text)])
    doc.blocks[1].poster = poster
    assert doc.sentence_text(doc.blocks[1].sentences[0].id) == "Dr."
    shown = [claim for claim in detect_claims(doc, resources, ClaimsConfig()).claims if claim.sentence[:2] == "b1"]
    assert [doc.blocks[1].text[claim.start : claim.end] for claim in shown] == [text]
