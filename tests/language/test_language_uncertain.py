"""A language lingua does not know is called by its nearest neighbour; the vocabulary says sift is not sure.

Every text here was written for these tests (invented events and people), not copied from a data set.
"""

from __future__ import annotations

import pytest
from language_helpers import page

from sift.attribution import AttributionConfig, find_block_frames, unavailable_languages
from sift.document import Block, Document
from sift.language import LanguageConfig, detect_languages
from sift.language.certainty import known_words, mark_uncertain, stop_words
from sift.pipeline import Resources

PAPIAMENTO = (
    "E minister di salubridad a bisa awe cu e hospital nobo lo habri su portanan den luna di mei. Segun e "
    "minister, e trabounan ta bay bon y tur e aparatonan a yega caba. Hopi hende a kwestiona e gastonan, pero "
    "gobierno ta sigura cu e proyecto ta keda den e presupuesto. Mañan e konseho lo reuni pa papia tocante e plan."
)
LUXEMBOURGISH = (
    "Den Minister huet haut gesot, datt déi nei Schoul am Hierscht opgemaach gëtt. No senge Wierder si all "
    "d'Aarbechte bal fäerdeg, mee d'Eltere maache sech Suergen iwwer de Verkéier virun der Dier. D'Gemeng wëll "
    "elo eng nei Bushaltestell bauen an d'Stroos méi sécher maachen."
)
FRISIAN = (
    "De boargemaster hat justerjûn sein dat it nije sikehûs takom jier iepengean sil. Neffens him binne de "
    "measte wurken al klear, mar de bewenners meitsje harren noch soargen oer it ferkear yn it doarp. De "
    "gemeente wol no in nije fytspaad oanlizze."
)
SPANISH = (
    "El ministro de salud dijo ayer que el nuevo hospital abrirá sus puertas en mayo. Según el ministro, las "
    "obras avanzan bien y todos los aparatos ya han llegado. Mucha gente ha cuestionado los gastos, pero el "
    "gobierno asegura que el proyecto se mantiene dentro del presupuesto."
)
FRENCH = (
    "Le ministre de la santé a déclaré hier que le nouvel hôpital ouvrira ses portes en mai. Selon lui, les "
    "travaux avancent bien et tous les appareils sont déjà arrivés. Beaucoup de gens n'ont pas compris les "
    "dépenses, mais le gouvernement assure qu'il n'y aura pas de dépassement du budget."
)
GERMAN_WITH_ENGLISH_QUOTE = (
    "Im Juni hielt die Gründerin Lena Maurach eine vielbeachtete Rede vor den Absolventen. Den Zuhörern erzählte "
    "sie zwei Geschichten. “The first story is about finding the people who believe in you before you do”, so "
    "Maurach. “Nobody told me that the hardest part would be waiting for the right moment.” Damit meinte sie die "
    "kleinen Schritte, aus denen sich ein Leben zusammensetzt."
)


def _detect(resources: Resources, *blocks: tuple[str, str], **config: float) -> Document:
    return detect_languages(page(*blocks), resources, LanguageConfig(**config))  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [PAPIAMENTO, LUXEMBOURGISH, FRISIAN], ids=["pap", "lb", "fy"])
def test_a_language_lingua_lacks_is_uncertain(resources: Resources, text: str) -> None:
    doc = _detect(resources, ("body", text))
    assert doc.language != "und"  # lingua still names its nearest language ...
    assert doc.blocks[0].lang_uncertain and doc.language_uncertain  # ... and sift says it is not sure


@pytest.mark.parametrize(
    "text", [SPANISH, FRENCH, GERMAN_WITH_ENGLISH_QUOTE], ids=["es", "fr (invariable words)", "de quoting en"]
)
def test_a_known_language_stays_certain(resources: Resources, text: str) -> None:
    doc = _detect(resources, ("body", text))
    assert not doc.blocks[0].lang_uncertain and not doc.language_uncertain


def test_papiamento_is_called_spanish_but_uncertain(resources: Resources) -> None:
    doc = _detect(resources, ("body", PAPIAMENTO))
    assert (doc.language, doc.blocks[0].lang) == ("es", "es")
    known, counted = known_words(PAPIAMENTO, "es")
    assert counted >= 20 and known < 0.7 * counted


def test_a_short_heading_follows_the_words_of_its_page(resources: Resources) -> None:
    """Too few words to judge alone ("Noticia relaciona"): its language's words on the page decide."""
    doc = _detect(resources, ("body", PAPIAMENTO), ("related", "Mas noticia for di e autor di e articulo aki"))
    assert [block.lang for block in doc.blocks] == ["es", "es"]
    assert all(block.lang_uncertain for block in doc.blocks)


def test_one_block_of_an_unknown_language_on_a_known_page(resources: Resources) -> None:
    blocks = [Block("b0", "body", SPANISH, lang="es"), Block("b1", "body", PAPIAMENTO, lang="es")]
    blocks.append(Block("b2", "body", SPANISH.replace("mayo", "junio"), lang="es"))
    mark_uncertain(blocks)
    assert [block.lang_uncertain for block in blocks] == [False, True, False]


def test_the_check_can_be_turned_off(resources: Resources) -> None:
    doc = _detect(resources, ("body", PAPIAMENTO), min_known_share=0.0)
    assert not doc.blocks[0].lang_uncertain and not doc.language_uncertain


def test_a_script_without_case_or_dictionary_is_never_judged() -> None:
    assert known_words("الوزير قال إن المستشفى الجديد سيفتح أبوابه في مايو", "ar") == (0, 0)
    assert known_words("部长说新医院将在五月开放", "zh") == (0, 0)
    assert known_words("Аdvеrtіѕе wіth thе most visited site", "en")[1] == 3  # homoglyph words are left out


def test_stop_words_are_read_without_importing_spacy() -> None:
    assert {"pas", "peu", "dont"} <= stop_words("fr")
    assert stop_words("xx-not-a-language") == frozenset()


def test_the_flags_round_trip_through_json(resources: Resources) -> None:
    doc = _detect(resources, ("body", PAPIAMENTO))
    data = doc.to_dict()
    assert data["language_uncertain"] is True and data["blocks"][0]["lang_uncertain"] is True
    again = Document.from_dict(data)
    assert again.language_uncertain and again.blocks[0].lang_uncertain


def test_attribution_claims_nothing_in_an_uncertain_block() -> None:
    """A Spanish-looking block sift is not sure of is not read, and is not listed as a language it lacks."""
    text = "Según el ministro Arturo Benítez, el hospital abrirá en mayo."
    sure = Block("b0", "body", text, lang="es")
    unsure = Block("b1", "body", text, lang="es", lang_uncertain=True)
    config = AttributionConfig()
    assert set(find_block_frames([sure, unsure], Resources(), config)) == {"b0"}
    unsure_danish = Block("b2", "body", "Ministeren sagde i går, at hospitalet åbner i maj.", lang="da")
    unsure_danish.lang_uncertain = True
    assert unavailable_languages([unsure_danish], config) == []
