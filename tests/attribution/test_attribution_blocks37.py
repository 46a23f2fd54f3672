"""A quotation set as its own paragraph, its speaker named in the paragraph next to it (issue #18, blocks37): a cue
closing its block with a colon, a frame opening its block with a word pointing back ("So beschreibt X …") and a
signature line after the quotation lend the quotation to their frame; the attribution belongs to the quotation's
block, its source and cue to the frame's (``Attribution.frame_block``). Two-block probes written for the rules,
each with the shapes the rules must leave alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution import AttributionConfig, attribute_statements
from sift.document import Attribution, Document
from sift.pipeline import Resources
from sift.report.view import build_view

Analyse = Callable[[list[tuple[str, str]]], Document]


def _lent(doc: Document) -> list[tuple[str, str, str]]:
    """(speaker entity, quotation text, source block) of each attribution whose frame sits in another block."""
    found = []
    for attribution in doc.attributions:
        if attribution.frame_block is None:
            continue
        content = doc.block(attribution.block_id).text[attribution.content.start : attribution.content.end]
        entity = attribution.source.entity if attribution.source else None
        found.append((entity or "", content, attribution.frame_block))
    return found


def _source_text(doc: Document, attribution: Attribution) -> str:
    assert attribution.source is not None
    return doc.block(attribution.frame_block_id).text[attribution.source.start : attribution.source.end]


@pytest.mark.parametrize(
    ("lang", "frame", "quote", "name"),
    [
        ("de", "Die Ministerin Anna Berg sagte am Abend:", "„Wir werden die Schulen offen halten.“", "Anna Berg"),
        ("de", "Die Ministerin Anna Berg äußerte sich am Abend:", "„Wir halten die Schulen offen.“", "Anna Berg"),
        ("fr", "La ministre Anne Roy a déclaré lundi soir :", "« Nous garderons les écoles ouvertes. »", "Anne Roy"),
        (
            "es",
            "La ministra Ana Ruiz declaró el lunes por la noche:",
            "«Mantendremos las escuelas abiertas.»",
            "Ana Ruiz",
        ),
    ],
)
def test_a_cue_closing_its_block_with_a_colon_takes_the_next_quotation(
    analyse: Analyse, lang: str, frame: str, quote: str, name: str
) -> None:
    doc = analyse([(lang, frame), (lang, quote)])
    assert [(entity, content) for entity, content, _ in _lent(doc)] == [(name, quote)]
    attribution = doc.attributions[0]
    assert attribution.sentence.startswith("b1.") and attribution.frame_block == "b0"
    assert name in _source_text(doc, attribution)
    assert len(doc.attributions) == 1  # the adverbial before the colon ("am Abend") is no content of its own
    assert [speaker.name for speaker in doc.speakers] == [name]


@pytest.mark.parametrize(
    ("lang", "quote", "frame", "name"),
    [
        ("de", "„Wir sind am Limit.“", "So beschreibt Petra Krause die Lage der Tafel.", "Petra Krause"),
        ("de", "„Wir sind am Limit.“", "Das sagt Petra Krause, Leiterin der Tafel.", "Petra Krause"),
        ("en", "“We are at the limit.”", "That is how Petra Krause describes it.", "Petra Krause"),
        ("es", "«Estamos al límite.»", "Así lo explica Pedro Ruiz, director del banco de alimentos.", "Pedro Ruiz"),
        ("it", "«Siamo al limite.»", "Così spiega Marco Rossi, direttore del banco alimentare.", "Marco Rossi"),
        ("pt", "«Estamos no limite.»", "Assim explica Pedro Silva, diretor do banco alimentar.", "Pedro Silva"),
    ],
)
def test_a_frame_pointing_back_takes_the_quotation_before_it(
    analyse: Analyse, lang: str, quote: str, frame: str, name: str
) -> None:
    doc = analyse([(lang, quote), (lang, frame)])
    assert _lent(doc) == [(name, quote, "b1")]
    assert len(doc.attributions) == 1  # "die Lage der Tafel", "Das" are no statements of their own
    assert doc.attributions[0].sentence == "b0.s0"


@pytest.mark.parametrize(
    ("lang", "quote", "signature", "name"),
    [
        ("de", "„Wir sind am Limit.“", "Petra Krause, Leiterin der Tafel", "Petra Krause"),
        ("en", "“We are at the limit.”", "Petra Krause, head of the food bank", "Petra Krause"),
        (
            "de",
            "„Wir freuen uns auf die Zusammenarbeit.“",
            "John v. Berenberg-Consbruch, Geschäftsführer von Valendo",
            "",
        ),
    ],
)
def test_a_signature_line_after_a_quotation_signs_it(
    analyse: Analyse, lang: str, quote: str, signature: str, name: str
) -> None:
    doc = analyse([(lang, quote), (lang, signature)])
    [(entity, content, block)] = _lent(doc)
    assert (content, block) == (quote, "b1")
    assert _source_text(doc, doc.attributions[0]) == signature.split(",")[0]
    if name:
        assert entity == name


def test_a_blockquote_signed_in_the_next_block_is_its_signers(
    document_of: Callable[[list[tuple[str, str]]], Document], resources: Resources
) -> None:
    # realpages dev5 r5-014: a blockquote with no marks, the signature "Name, CEO von …" in the block after it
    quote = "Wir freuen uns, mit Valendo unser Angebot im Bereich der Mittelstandsfinanzierung ausbauen zu können."
    doc = document_of([("de", quote), ("de", "Tim Thabe, CEO von creditshelf")])
    doc.blocks[0].role = "quote"
    doc = attribute_statements(doc, resources, AttributionConfig())
    assert [(entity, block) for entity, _, block in _lent(doc)] == [("Tim Thabe", "b1")]
    assert "Tim Thabe" in [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the colon's next block is no quotation: the frame keeps its own block
        [("de", "Die Ministerin Anna Berg sagte am Abend:"), ("de", "Die Schulen bleiben offen.")],
        # text after the quotation: not a block that is one quotation
        [("de", "Die Ministerin Anna Berg sagte am Abend:"), ("de", "„Wir halten die Schulen offen.“ Dann ging sie.")],
        # a quotation left open (it runs on in the next paragraph): not one quotation and nothing else
        [("de", "Die Ministerin Anna Berg sagte am Abend:"), ("de", "„Wir halten die Schulen offen.")],
        # a colon that ends no cue's sentence ("Sie sagte es. Die Lage:")
        [("de", "Anna Berg sagte das schon. Die Lage:"), ("de", "„Wir sind am Limit.“")],
        # no word pointing back, and no frame at all after it
        [("de", "„Wir sind am Limit.“"), ("de", "So ist das eben bei der Tafel.")],
        [("de", "„Wir sind am Limit.“"), ("de", "Petra Krause sagte auch, dass die Tafel mehr Helfer brauche.")],
        # the pointer itself read as the source ("Eso dice X"): nothing to lend
        [("es", "«Estamos al límite.»"), ("es", "Eso dice Pedro Ruiz, director del banco de alimentos.")],
        # a signature with a stop is a sentence, no signature
        [("de", "„Wir sind am Limit.“"), ("de", "Petra Krause, Leiterin der Tafel, sieht das anders.")],
        # a place or a photo credit after the comma: no title, no signature
        [("en", "“We are at the limit.”"), ("en", "New York, United States")],
        [("en", "“We are at the limit.”"), ("en", "Getty Images, file photo")],
        # a block between the quotation and the frame: only adjacent blocks
        [("de", "„Wir sind am Limit.“"), ("de", "Die Tafel hat geöffnet."), ("de", "Petra Krause, Leiterin der Tafel")],
    ],
)
def test_no_quotation_is_lent_outside_the_rules(analyse: Analyse, paragraphs: list[tuple[str, str]]) -> None:
    assert _lent(analyse(paragraphs)) == []


def test_a_quotation_with_a_speaker_of_its_own_is_not_lent(analyse: Analyse) -> None:
    doc = analyse([("de", "„Wir sind am Limit“, sagte Petra Krause."), ("de", "Das sagt auch Jan Berg.")])
    assert _lent(doc) == []
    assert {speaker.name for speaker in doc.speakers} == {"Petra Krause", "Jan Berg"}


def test_a_lent_frame_round_trips_through_json_and_marks_its_own_block(analyse: Analyse) -> None:
    doc = analyse([("de", "„Wir sind am Limit.“"), ("de", "So beschreibt Petra Krause die Lage der Tafel.")])
    data = doc.to_dict()
    [written] = data["attributions"]
    assert written["frame_block"] == "b1"
    assert written["source"]["text"] == "Petra Krause"  # the source's text is read from the frame's block
    assert written["content"]["text"] == "„Wir sind am Limit.“"
    again = Document.from_dict(data)
    assert again.attributions[0].frame_block == "b1"
    view = build_view(doc)
    marked = {
        block.block.id: {
            cls for sentence in block.sentences for segment in sentence.segments for cls in segment.classes
        }
        for block in view.blocks
    }
    assert "source" in marked["b1"] and "source" not in marked["b0"]


def test_an_attribution_in_one_block_writes_no_frame_block(analyse: Analyse) -> None:
    doc = analyse([("de", "„Wir sind am Limit“, sagte Petra Krause.")])
    assert doc.attributions and all(a.frame_block is None for a in doc.attributions)
    assert all("frame_block" not in written for written in doc.to_dict()["attributions"])
