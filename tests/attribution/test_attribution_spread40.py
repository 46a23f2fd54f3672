"""Unnamed reports as an anonymous source in every attributed language (session 40, spread40): "according to
media reports", "según informes de prensa", "selon des informations de presse", "segundo relatos da imprensa",
"secondo indiscrezioni di stampa", "według doniesień mediów" name no one, so they are the source themselves, not
the document of the body the page named last; with an issuer, a definite article or no attribution at all they
stay what they were. Sentences and names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> dict[str, str]:
    return {speaker.name: speaker.kind for speaker in doc.speakers}


def _speaker_of(doc: Document, words: str) -> set[str]:
    """The speakers of the attributions whose sentence holds ``words``."""
    return {
        speaker.name
        for speaker in doc.speakers
        for attribution in doc.attributions
        if attribution.id in speaker.attributions and words in doc.sentence_text(attribution.sentence)
    }


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "According to press reports, the striker has signed a three-year contract.", "press reports"),
        ("en", "The plant in Ashgrove will close next year, according to local media reports.", "local media reports"),
        ("en", "According to reports, the mayor of Fenwick has resigned.", "reports"),
        ("es", "Según informaciones de prensa, la planta de Villaseca cerrará en verano.", "informaciones de prensa"),
        ("es", "El alcalde de Brozas dimitió el lunes, según informes periodísticos.", "informes periodísticos"),
        ("fr", "Selon des informations de presse, l'usine de Vierzac fermera en été.", "informations de presse"),
        ("fr", "D'après plusieurs révélations, le maire de Lussan aurait démissionné.", "révélations"),
        ("pt", "De acordo com relatos da imprensa, a fábrica de Sabrosa fecha no verão.", "relatos da imprensa"),
        ("pt", "Segundo notícias, o presidente da câmara de Alvito demitiu-se.", "notícias"),
        (
            "it",
            "Secondo indiscrezioni di stampa, lo stabilimento di Fosdinovo chiuderà in estate.",
            "indiscrezioni di stampa",
        ),
        ("it", "Il sindaco di Casole si è dimesso, secondo notizie giornalistiche.", "notizie giornalistiche"),
        ("pl", "Według doniesień mediów zakład w Wąsoszu zostanie zamknięty latem.", "doniesień mediów"),
        ("pl", "Według medialnych doniesień burmistrz Lubrańca podał się do dymisji.", "medialnych doniesień"),
    ],
)
def test_unnamed_reports_are_an_anonymous_source(analyse: Analyse, lang: str, text: str, name: str) -> None:
    assert _speakers(analyse([(lang, text)])).get(name) == "anonymous"


@pytest.mark.parametrize(
    ("lang", "text", "body", "reports", "words"),
    [
        (
            "en",
            "The Thornbury Trust criticised the plan. According to media reports, the council had no permit.",
            "Thornbury Trust",
            "media reports",
            "permit",
        ),
        (
            "es",
            "El sindicato Unión Minera criticó el plan. Según informes de prensa, el ayuntamiento no tenía permiso.",
            "Unión Minera",
            "informes de prensa",
            "permiso",
        ),
        (
            "it",
            "Il sindacato Unione Tessile ha criticato il piano. Secondo indiscrezioni di stampa, mancava il permesso.",
            "Unione Tessile",
            "indiscrezioni di stampa",
            "permesso",
        ),
    ],
)
def test_the_body_named_before_does_not_take_the_reports_claim(
    analyse: Analyse, lang: str, text: str, body: str, reports: str, words: str
) -> None:
    said = _speaker_of(analyse([(lang, text)]), words)
    assert said == {reports}
    assert body not in said


@pytest.mark.parametrize(
    ("lang", "text", "issuer"),
    [
        ("en", "According to a report of the ministry, exports fell by four percent.", "ministry"),
        ("es", "Según un informe del ministerio, las exportaciones cayeron un cuatro por ciento.", "ministerio"),
        ("fr", "Selon des rapports de l'OCDE, les exportations ont baissé de quatre pour cent.", "OCDE"),
        ("it", "Secondo un rapporto del ministero, le esportazioni sono calate del quattro per cento.", "ministero"),
    ],
)
def test_reports_with_their_issuer_keep_the_issuer(analyse: Analyse, lang: str, text: str, issuer: str) -> None:
    speakers = _speakers(analyse([(lang, text)]))
    assert any(issuer in name for name in speakers)
    assert "anonymous" not in speakers.values()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Audit Office published its review on Monday. The report says the railway overspent."),
        ("en", "According to the reports, the railway overspent by 40 million."),
        ("en", "A media report about the Kestrel Group caused a stir on Monday."),
        ("es", "Un informe de prensa sobre el grupo Kestrel causó revuelo el lunes."),
        ("fr", "Un article de presse sur le groupe Kestrel a fait grand bruit lundi."),
        ("pl", "Artykuł prasowy o grupie Kestrel wywołał w poniedziałek poruszenie."),
        ("de", "Ein Medienbericht über die Kestrel-Gruppe sorgte am Montag für Aufsehen."),
    ],
)
def test_named_or_unattributed_reports_are_no_anonymous_source(analyse: Analyse, lang: str, text: str) -> None:
    speakers = _speakers(analyse([(lang, text)]))
    assert "anonymous" not in speakers.values()
    assert not any("Kestrel" in name for name in speakers)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Kestrel Group grew fast. According to its reports, sales doubled."),
        ("en", "According to these reports, sales doubled."),
        ("es", "El grupo Kestrel creció mucho. Según sus informes, las ventas se duplicaron."),
        ("fr", "Le groupe Kestrel a beaucoup grandi. Selon ses rapports, les ventes ont doublé."),
        ("de", "Die Kestrel-Gruppe wuchs schnell. Laut ihren Berichten haben sich die Umsätze verdoppelt."),
        ("pl", "Grupa Kestrel szybko rosła. Według jej doniesień sprzedaż się podwoiła."),
    ],
)
def test_reports_after_a_possessive_or_a_demonstrative_are_no_anonymous_source(
    analyse: Analyse, lang: str, text: str
) -> None:
    """Reports named before ("its reports", "these reports"): their issuer may speak, no anonymous source."""
    assert "anonymous" not in _speakers(analyse([(lang, text)])).values()


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("pt", "Segundo meios de comunicação, o presidente da câmara de Alvito demitiu-se.", "meios de comunicação"),
        ("pl", "Według lokalnych mediów pożar zniszczył dwa magazyny.", "lokalnych mediów"),
    ],
)
def test_the_media_in_the_plural_are_outlets(analyse: Analyse, lang: str, text: str, name: str) -> None:
    assert _speakers(analyse([(lang, text)])).get(name) == "outlet"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heftige Kritik übte der Imkerverband an der Verordnung: „Das ist ein Schlag ins Gesicht.“", "Imkerverband"),
        ("Scharfe Kritik übte die Opposition an dem Entwurf, er sei verfassungswidrig.", "Opposition"),
        ("Deutliche Kritik übte auch Landrätin Heike Sommerfeld: Der Kreis sei übergangen worden.", "Heike Sommerfeld"),
        ("Kritik kam von der Gewerkschaft Verdi: „Das ist für die Beschäftigten inakzeptabel.“", "Verdi"),
        ("Kritik kam auch vom Mieterbund, die Reform komme viel zu spät.", "Mieterbund"),
    ],
)
def test_a_fronted_stance_with_said_content_is_a_statement(analyse: Analyse, text: str, name: str) -> None:
    assert any(name in speaker for speaker in _speakers(analyse([("de", text)])))


@pytest.mark.parametrize(
    "text",
    [
        "Heftige Kritik übte der Imkerverband an der Verordnung.",
        "Kritik kam von der Gewerkschaft Verdi.",
        "Kritik kam auch von den Grünen, die seit Jahren gegen das Projekt kämpfen.",
        "Heftige Kritik übte der Verband an der Reform, die im Mai beschlossen wurde.",
        "Kritik kam am Montag auch aus der Nachbarschaft.",
        "Die Kritik kam für den Trainer überraschend.",
    ],
)
def test_a_fronted_stance_without_said_content_is_acting(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("de", text)])) == {}


def test_the_content_of_a_fronted_stance_is_what_follows_its_colon(analyse: Analyse) -> None:
    text = "Heftige Kritik übte der Imkerverband an der Verordnung: Sie sei eine Gefahr für die Bienen."
    doc = analyse([("de", text)])
    [attribution] = doc.attributions
    assert text[attribution.content.start : attribution.content.end] == "Sie sei eine Gefahr für die Bienen"
