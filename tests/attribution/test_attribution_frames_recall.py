"""Frames the word-order rules read in every language (#18, speakers2): verb-final "as" clauses, names with a
bracketed short form, prepositional phrases before an inverted subject, titles a tagger takes for verbs, verbs of
saying of both aspects, and abbreviations with inner full stops. Hand-made sentences, one rule each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _sources(doc: Document) -> list[tuple[str, str]]:
    block = doc.blocks[0]
    return [
        (block.text[a.cue.start : a.cue.end], block.text[a.source.start : a.source.end])
        for a in doc.attributions
        if a.cue is not None and a.source is not None
    ]


@pytest.mark.parametrize(
    ("lang", "text", "cue", "speaker"),
    [
        # a verb-final "as" clause after or before the content (German subordinate word order)
        ("de", "Die Autos fahren ab Juni, wie Waymo-Chef John Krafcik am Dienstag ankündigte.", "ankündigte",
         "John Krafcik"),
        ("de", "Wie die Polizei am Montag mitteilte, wurde niemand verletzt.", "mitteilte", "Polizei"),
        # an adverb between the auxiliary and the subject of a closing participle; a dotted abbreviation
        ("de", "Die Bahn sei zu teuer, hatte gerade die Zeitung berichtet.", "berichtet", "Zeitung"),
        ("de", "Die Bahn sei zu teuer, hatte die F.A.S. berichtet.", "berichtet", "F.A.S"),
        # a name with its short form in brackets before the verb
        ("fr", "L'Union suisse des paysans (USP) a demandé aux exploitations de renoncer au produit.", "a demandé",
         "Union suisse des paysans"),
        ("de", "Das Forum Waffenrecht (FWR) fordert eine schnelle Aufklärung.", "fordert", "FWR"),
        ("es", "La operadora de la red de gas de Ucrania (Gtsou) anunció ayer que el tránsito bajará.", "anunció",
         "Gtsou"),
        # an inverted subject after a prepositional phrase: the place is not the speaker
        ("pl", "„Musimy działać szybko” – mówił w Sejmie premier Jan Kowalski.", "mówił", "Jan Kowalski"),
        # imperfective verbs of saying (Polish aspect pairs)
        ("pl", "„Nie poprzemy tego” – zaznacza Marek Nowak, prezes firmy.", "zaznacza", "Marek Nowak"),
        ("pl", "„To dobry plan” – deklaruje w rozmowie z „Rzeczpospolitą” wicepremier Jan Nowak.", "deklaruje",
         "Jan Nowak"),
        ("pl", "Lekarze odradzali mu dalszą terapię.", "odradzali", "Lekarze"),
        # a French verb whose consonant doubles ("rappelle"), tagged as an adjective by the small model
        ("fr", "«Le ventre est un deuxième cerveau», rappelle ainsi Olivier Panisset, naturopathe.", "rappelle",
         "Olivier Panisset"),
        # a title the tagger takes for a verb still heads the "according to" phrase, which its comma closes
        ("fr", "Selon le naturopathe Olivier Panisset, le ventre est un deuxième cerveau.", "Selon",
         "Olivier Panisset"),
        # anonymous sources by their role
        ("fr", "«C'est fini», a ajouté un ténor de la droite.", "a ajouté", "ténor de la droite"),
        ("es", '"No hay crisis", explicaron a Clarín desde el entorno presidencial.', "explicaron",
         "entorno presidencial"),
        ("de", "Die Schule bleibt geschlossen, teilte der Zivilschutz am Samstag mit.", "teilte", "Zivilschutz"),
        # a clitic for what was said before the cue: the subject follows it ("it was said by X")
        ("it", "Lo ha detto il premier Mario Draghi.", "ha detto", "Mario Draghi"),
        ("es", "Lo ha dicho el presidente del Gobierno, Pedro Sánchez.", "ha dicho", "Pedro Sánchez"),
        ("es", "Así lo ha confirmado el ministro del Interior.", "ha confirmado", "ministro del Interior"),
        # German: the finite verb right after an "according to" phrase ends it before its comma
        ("de", "Laut dem Ministerium sind die Impfstoffe sicher, berichtete die dpa.", "Laut", "Ministerium"),
    ],
)  # fmt: skip
def test_rules_find_the_speaker(analyse: Analyse, lang: str, text: str, cue: str, speaker: str) -> None:
    doc = analyse([(lang, text)])
    assert any(found_cue == cue for found_cue, _ in _sources(doc)), _sources(doc)
    assert any(speaker in [s.name, *s.aliases] for s in doc.speakers), [(s.name, s.aliases) for s in doc.speakers]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a bracketed place or year is no short form of a speaker
        ("de", "Die Zahl der Fälle stieg (2020) deutlich, erklärte das Amt.", ),
        # the object of the preposition before an inverted subject does not speak
        ("pl", "„Musimy działać szybko” – mówił w Sejmie premier Jan Kowalski.", ),
    ],
)  # fmt: skip
def test_no_place_or_bracket_speaks(analyse: Analyse, lang: str, text: str) -> None:
    doc = analyse([(lang, text)])
    names = [name for s in doc.speakers for name in (s.name, *s.aliases)]
    assert not any("Sejm" in name or "2020" in name for name in names), names


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "Según el ministro de Sanidad Salvador Illa, las vacunas son seguras.", "Salvador Illa"),
        (
            "es",
            "El ministro de Asuntos Exteriores José Manuel Albares dijo que no habrá cambios.",
            "José Manuel Albares",
        ),
        ("it", "Lo ha annunciato il ministro della Salute Roberto Speranza.", "Roberto Speranza"),
        ("pt", "O ministro da Saúde Marcelo Queiroga afirmou que a vacina é segura.", "Marcelo Queiroga"),
    ],
)
def test_a_titles_department_is_no_part_of_the_name(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    """ "el ministro de Sanidad Salvador Illa": the minister is Salvador Illa, not "Sanidad Salvador Illa"."""
    doc = analyse([(lang, text)])
    assert [s.name for s in doc.speakers] == [speaker]
