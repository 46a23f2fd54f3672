"""Session 42, brackets42 (issue #18: speakers lost behind a bracketed aside). A bracketed aside holding a comma
after the subject ("Der Bauernverband (Landesverband Bayern, Sitz München) hat erklärt, …", "Os sindicatos (CGTP, UGT
e Fenprof) afirmaram …") cut the subject from its verb: the rules read a bracket in a subject only when it holds at
most four words and no comma ("Karl Lauterbach (SPD)"). Such an aside is now read past as if it were not there; the
speaker is the subject before it. A bracketed list that is no subject still names no speaker. A report inside
someone else's quotation („Der Minister hat gesagt, dass der Plan tot ist“, sagte Peter Müller) ends at the closing
mark: its content ran on into "“, sagte Peter Müller". Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "de",
            "Der Bauernverband (Landesverband Bayern, Sitz München) hat erklärt, die Preise seien zu niedrig.",
            "Bauernverband",
        ),
        ("de", "Die Verbände (Bauernverband, Handwerkskammer und IHK) haben das kritisiert.", "Verbände"),
        ("de", "Die Gewerkschaft (Verdi, Bezirk Nord) teilte mit, der Streik gehe weiter.", "Gewerkschaft"),
        ("de", "Jana Beispiel (SPD, 45) sagte, die Schule bleibe offen.", "Jana Beispiel"),
        ("es", "La ministra (Ana López, del PSOE) ha afirmado que el plan está muerto.", "Ana López"),
        ("es", "El sindicato (CCOO, sección de Madrid) denunció que faltan médicos en los hospitales.", "sindicato"),
        ("pt", "A ministra (Maria Silva, do PS) disse que o plano está morto.", "Maria Silva"),
        ("pl", "Związki (Solidarność, OPZZ i ZNP) oświadczyły, że strajk będzie kontynuowany.", "Związki"),
        ("pl", "Minister (Jan Kowalski, PiS) powiedział, że plan jest martwy.", "Jan Kowalski"),
    ],
)
def test_a_subject_before_a_bracketed_aside_with_a_comma_speaks(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert any(speaker in name for name in _names(analyse([(lang, text)])))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Preise (Milch, Butter und Käse) sind im Mai deutlich gestiegen."),
        ("es", "Los precios (leche, pan y aceite) subieron un diez por ciento en mayo."),
    ],
)
def test_a_bracketed_list_that_is_no_speaker_names_none(analyse: Analyse, lang: str, text: str) -> None:
    assert _names(analyse([(lang, text)])) == []


def test_the_aside_is_no_part_of_the_source_span(analyse: Analyse) -> None:
    text = "Die Gewerkschaft (Verdi, Bezirk Nord) teilte mit, der Streik gehe weiter."
    doc = analyse([("de", text)])
    sources = [text[a.source.start : a.source.end] for a in doc.attributions if a.source is not None]
    assert sources == ["Die Gewerkschaft"]


@pytest.mark.parametrize(
    ("lang", "text", "inner", "content"),
    [
        (
            "de",
            "„Der Minister hat gesagt, dass der Plan tot ist“, sagte Peter Müller.",
            "Der Minister",
            "dass der Plan tot ist",
        ),
        (
            "es",
            "«La consejera aseguró que el hospital abrirá en mayo», explicó la portavoz Marta Gil.",
            "La consejera",
            "que el hospital abrirá en mayo",
        ),
        (
            "fr",
            "« Le ministre m'a dit que le plan était mort », a déclaré Pierre Dupont.",
            "Le ministre",
            "que le plan était mort",
        ),
    ],
)
def test_a_report_inside_a_quotation_ends_at_its_closing_mark(
    analyse: Analyse, lang: str, text: str, inner: str, content: str
) -> None:
    doc = analyse([(lang, text)])
    reports = {
        text[a.source.start : a.source.end]: text[a.content.start : a.content.end]
        for a in doc.attributions
        if a.source is not None
    }
    assert reports[inner] == content
    assert len(reports) == 2  # the quoting speaker keeps the whole quotation
