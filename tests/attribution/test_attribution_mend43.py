"""Session 43, mend43 (issue #18: small misfires). A person's name opening a bracket right after a title is who holds
the title ("La ministra (Ana López, del PSOE) dijo …", "The minister (Jane Doe, Labour) said …"): the speaker was
the title alone ("ministra"), or in English the party after the comma ("Labour"). A body's bracket, a spokesperson's
and a bracket of other words still name the speaker noun before it. A page of short paragraphs only ("The match
ended in a draw." then "That is the verdict of coach Tom Hart.") gave no speaker: the second paragraph's language was
undetermined, so it was never read. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution import AttributionConfig, attribute_statements
from sift.document import Document
from sift.language import LanguageConfig, detect_languages
from sift.pipeline import Resources

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "La ministra (Ana López, del PSOE) dijo que la ley entrará en vigor en enero.", "Ana López"),
        ("es", "El alcalde (Juan Pérez) aseguró que el puente estará listo en mayo.", "Juan Pérez"),
        ("pt", "A ministra (Maria Silva, do PS) disse que o plano está morto.", "Maria Silva"),
        ("pt", "O prefeito (João Santos, 52 anos) afirmou que a obra atrasou.", "João Santos"),
        ("it", "Il ministro (Marco Rossi, della Lega) ha detto che la legge è pronta.", "Marco Rossi"),
        ("it", "La sindaca (Anna Bianchi) ha dichiarato che il ponte sarà chiuso.", "Anna Bianchi"),
        ("fr", "La ministre (Anne Martin, PS) a déclaré que la réforme était prête.", "Anne Martin"),
        ("fr", "Le maire (Pierre Dubois) a affirmé que le pont restera fermé.", "Pierre Dubois"),
        ("de", "Die Ministerin (Anna Müller, SPD) sagte, das Gesetz werde im Januar in Kraft treten.", "Anna Müller"),
        ("de", "Der Bürgermeister (Peter Schmidt) erklärte, die Brücke bleibe gesperrt.", "Peter Schmidt"),
        ("pl", "Minister (Jan Kowalski, PiS) powiedział, że plan jest martwy.", "Jan Kowalski"),
        ("pl", "Burmistrz (Adam Nowak) poinformował, że most zostanie zamknięty.", "Adam Nowak"),
        ("en", "The minister (Jane Doe, Labour) said the law would take effect in January.", "Jane Doe"),
        ("en", "The mayor (John Smith) said the bridge would stay closed.", "John Smith"),
    ],
)
def test_a_name_in_brackets_after_a_title_is_the_speaker(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


def test_the_source_span_runs_through_the_named_aside(analyse: Analyse) -> None:
    text = "La ministra (Ana López, del PSOE) dijo que la ley entrará en vigor en enero."
    doc = analyse([("es", text)])
    (attribution,) = doc.attributions
    assert attribution.source is not None
    assert text[attribution.source.start : attribution.source.end] == "La ministra (Ana López, del PSOE)"


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "El sindicato (CCOO, sección de Madrid) denunció que faltan médicos.", "sindicato"),
        ("es", "La portavoz (Comisión Europea, Bruselas) dijo que el plan sigue.", "portavoz"),
        ("es", "El ministro (en la imagen, a la derecha) dijo que el plan sigue.", "ministro"),
        ("it", "Il portavoce (Unione Europea, Bruxelles) ha detto che il piano resta.", "portavoce"),
        ("de", "Die Gewerkschaft (Verdi, Bezirk Nord) teilte mit, der Streik gehe weiter.", "Gewerkschaft"),
        ("de", "Die Partei (Bündnis Sahra Wagenknecht, BSW) erklärte, sie lehne den Plan ab.", "Partei"),
        ("de", "Jana Beispiel (SPD, 45) sagte, die Schule bleibe offen.", "Jana Beispiel"),
        ("de", "Der Minister (SPD) sagte, das Gesetz komme.", "Minister"),
        ("en", "The union (Unite, North West branch) said the strike would go on.", "union"),
        ("en", "The company (Acme Corp, based in Ohio) said sales fell.", "company"),
        ("en", "The spokeswoman (European Commission, Brussels) said the plan stands.", "spokeswoman"),
    ],
)
def test_other_brackets_leave_the_speaker_noun(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


@pytest.mark.parametrize(
    ("before", "after", "speaker"),
    [
        ("The match ended in a draw.", "That is the verdict of coach Tom Hart.", "Tom Hart"),
        ("Rates will rise.", "That is the verdict of coach Tom Hart.", "Tom Hart"),
        ("Prices will climb again.", "That is the view of economist Jane Roe.", "Jane Roe"),
    ],
)
def test_a_page_of_short_paragraphs_is_read(
    resources: Resources,
    document_of: Callable[[list[tuple[str, str]]], Document],
    before: str,
    after: str,
    speaker: str,
) -> None:
    doc = detect_languages(document_of([("und", before), ("und", after)]), resources, LanguageConfig())
    assert [block.lang for block in doc.blocks] == ["en", "en"]
    doc = attribute_statements(doc, resources, AttributionConfig())
    assert _names(doc) == [speaker]
    lent = [a for a in doc.attributions if a.block_id == doc.blocks[0].id]
    assert len(lent) == 1  # the sentence before is what the verdict is about
