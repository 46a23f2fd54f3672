"""Session 43, lead (untuned Korean page, scrapinghub Entermedia): a short line that mixes the page's non-Latin
script with a brand, an address or a name in Latin letters keeps the page's language. lingua scored such lines by
their Latin words alone ("Entermedia 주요뉴스" Spanish, a copyright line English). Lines written for this test."""

from __future__ import annotations

import pytest
from language_helpers import page as _doc

from sift.language import LanguageConfig, detect_languages
from sift.pipeline import Resources

KOREAN = (
    "서울시는 올해 대중교통 요금을 인상하지 않기로 했다고 밝혔다. 시는 물가 부담을 줄이기 위해 "
    "버스와 지하철 요금을 동결하고, 대신 운영 적자는 예산으로 보전할 계획이다."
)
RUSSIAN = (
    "Правительство заявило, что цены на проезд в общественном транспорте в этом году не вырастут. "
    "Дефицит бюджета города будет покрыт за счёт других статей расходов."
)


@pytest.mark.parametrize(
    ("body", "line", "lang"),
    [
        (KOREAN, "Entermedia 주요뉴스", "ko"),
        (KOREAN, "김민수 기자 minsu.kim@example.co.kr", "ko"),
        (KOREAN, "Copyright ⓒ Example.co.kr. 무단전재 및 재배포 금지", "ko"),
        (RUSSIAN, "Wday.ru новости", "ru"),
    ],
)
def test_a_line_in_the_pages_script_keeps_its_language(resources: Resources, body: str, line: str, lang: str) -> None:
    doc = detect_languages(_doc(("body", line), ("body", body)), resources, LanguageConfig())
    assert [block.lang for block in doc.blocks] == [lang, lang]


def test_a_latin_line_on_a_korean_page_is_still_weighed(resources: Resources) -> None:
    doc = detect_languages(
        _doc(("body", KOREAN), ("body", "The government said fares will not rise this year.")),
        resources,
        LanguageConfig(),
    )
    assert [block.lang for block in doc.blocks] == ["ko", "en"]
