"""Session 43, review43c: a short line keeps the page's language by its script only when the page is written in that
script and the script is a fair share of the line. One "Ω", "º" or Cyrillic name in a German or Portuguese text is no
script of the page; an English sentence naming one Korean in Hangul is English. Lines written for this test."""

from __future__ import annotations

import pytest
from language_helpers import page as _doc

from sift.language import LanguageConfig, detect_languages
from sift.pipeline import Resources

KOREAN = (
    "서울시는 올해 대중교통 요금을 인상하지 않기로 했다고 밝혔다. 시는 물가 부담을 줄이기 위해 "
    "버스와 지하철 요금을 동결하고, 대신 운영 적자는 예산으로 보전할 계획이다."
)
GERMAN = (
    "Die Forscher haben den Widerstand in Ω gemessen und dabei einen Wert festgestellt, der deutlich über dem "
    "Grenzwert liegt, so Präsident Владимир Зеленский in Kiew. Die Messungen wurden in mehreren Städten bestätigt."
)
PORTUGUESE = (
    "O Ministério da Saúde informou que o 1º lote de vacinas chegará na próxima semana, segundo o ministro, que "
    "falou durante uma coletiva de imprensa em Brasília nesta segunda-feira."
)


@pytest.mark.parametrize(
    ("body", "line", "langs"),
    [
        (GERMAN, "The resistance is measured in Ω by the team.", ["en", "de"]),
        (GERMAN, "«Мы не сдадимся», сказал Зеленский.", ["ru", "de"]),
        (PORTUGUESE, "The 2º batch will follow in May, officials said.", ["en", "pt"]),
        (KOREAN, "The minister Kim Min-su (김민수) said the plan will be ready soon.", ["en", "ko"]),
    ],
)
def test_a_stray_letter_of_another_script_keeps_no_language(
    resources: Resources, body: str, line: str, langs: list[str]
) -> None:
    doc = detect_languages(_doc(("body", line), ("body", body)), resources, LanguageConfig())
    assert [block.lang for block in doc.blocks] == langs
