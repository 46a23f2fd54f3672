"""Word-order rules of the third speakers round (#18, speakers3): where a noun phrase starts and stops, fronted
prepositional phrases in verb-second order, adverbs inside a verb group, subjunctive auxiliaries, pro-drop cues
after a quotation, "X zufolge" in mid-sentence and relays inside a verb-final clause. Hand-made sentences, one
rule each; none is taken from the real-page dev set."""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("lang", "text", "cue", "speaker"),
    [
        # a prepositional phrase before the verb is no subject: the noun phrase after the verb is (verb second)
        ("de", "Von einem schweren Fehler spricht der Sprecher der Stadt.", "spricht", "Sprecher der Stadt"),
        ("es", "A la prensa dijo el ministro Luis Pérez que no habrá recortes.", "dijo", "Luis Pérez"),
        ("pl", "O środkach własnych Unii mówił też premier Jan Kowalski.", "mówił", "Jan Kowalski"),
        # with no subject after the verb, the phrase after the preposition speaks (impersonal plural, comparative)
        ("es", "En el Gobierno explican que el presidente está tranquilo.", "explican", "Gobierno"),
        ("de", "Der Umsatz stieg stärker als viele Analysten erwartet hatten.", "erwartet", "Analysten"),
        # an adverb before an inverted subject
        ("es", '"No habrá ruptura", dijo primero el secretario general del partido.', "dijo",
         "secretario general del partido"),
        # a clitic pronoun between the subject and the verb is no part of the subject
        ("pt", "O convite para Barroso se explicar foi aceito.", "explicar", "Barroso"),
        # a sentence-opening view closed by a comma, when its phrase names a speaker
        ("fr", "Pour ses opposants, le produit est dangereux.", "Pour", "opposants"),
        ("fr", "Pour Emmanuel Macron, la réforme est nécessaire.", "Pour", "Emmanuel Macron"),
        ("es", "Para el ministro de Economía, la medida es necesaria.", "Para", "ministro de Economía"),
        ("pt", "Para o governo, a proposta é inconstitucional.", "Para", "governo"),
        ("it", "Per il ministro, la misura è necessaria.", "Per", "ministro"),
        # free word order (Polish): a fronted object, the subject after the verb opened by a title in the nominative
        ("pl", "Poparcie dla funduszy ogłosił za to z sejmowej mównicy lider partii Jan Kowalski, który był przeciw.",
         "ogłosił", "Jan Kowalski"),
        ("pl", "Nową strategię ogłosił wczoraj minister zdrowia Adam Nowak.", "ogłosił", "Adam Nowak"),
        # an inverted subject after a place, followed by a relative clause
        ("pl", "„Musimy działać szybko” – mówił w Sejmie premier Jan Kowalski, który przemawiał jako pierwszy.",
         "mówił", "Jan Kowalski"),
        # Spanish "desde X" after the cue names the source, when a speaker noun heads it
        ("es", '"No hay crisis", explicaron a Clarín desde el entorno presidencial, donde reina la calma.',
         "explicaron", "entorno presidencial"),
        ("es", '"Todo está bien", señalaron desde el Ministerio de Economía.', "señalaron", "Ministerio de Economía"),
        ("es", "Pero desde su gabinete se insiste en que el presidente está tranquilo.", "insiste", "gabinete"),
        # the agent of a passive or of an opening participle speaks, not what was said
        ("fr", 'Qualifié de "gourou de la majorité" par un dirigeant du parti, le conseiller reste discret.',
         "Qualifié", "dirigeant du parti"),
        ("fr", "Le projet a été annoncé par le ministre de l'Intérieur mardi.", "a été annoncé",
         "ministre de l'Intérieur"),
        ("es", "La medida fue anunciada por el Gobierno el lunes.", "anunciada", "Gobierno"),
        ("it", "La misura è stata annunciata dal ministro.", "è stata annunciata", "ministro"),
        # a prepositional phrase after a noun stays in its phrase
        ("de", "Das Ministerium für Gesundheit teilte am Montag mit, dass die Zahl steigt.", "teilte",
         "Ministerium für Gesundheit"),
        # adverbs between the auxiliary and the participle (German sentence bracket, French adverbs)
        ("de", "Die Abgeordnete Anna Schmidt hatte bereits angekündigt, vor Gericht zu ziehen.",
         "hatte bereits angekündigt", "Anna Schmidt"),
        # a stressed pronoun in commas between the auxiliary and the participle
        ("fr", "La Fédération des paysans (FDP) a, elle, demandé aux exploitations de renoncer au produit.",
         "a, elle, demandé", "Fédération des paysans"),
        # a subjunctive auxiliary before the participle
        ("pt", "É possível que o ministro da Saúde, João Silva, tenha dito ao juiz que tudo está bem.", "tenha dito",
         "João Silva"),
        # a sentence adverb between an inverted cue and its subject
        ("pl", "„To dobry plan” – deklaruje tymczasem w rozmowie z „Gazetą” minister Jan Nowak.", "deklaruje",
         "Jan Nowak"),
    ],
)  # fmt: skip
def test_rules_find_the_speaker(analyse: Analyse, lang: str, text: str, cue: str, speaker: str) -> None:
    doc = analyse([(lang, text)])
    assert any(found == cue for found, _, _ in read.frames_with_relays(doc)), read.frames_with_relays(doc)
    assert speaker in read.names(doc), read.names(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Pour la première fois, le produit est interdit."),
        ("fr", "Pour les enfants, le risque est faible."),
        ("es", "Para ello, el Gobierno aprobó un decreto."),
        ("it", "Per questo motivo, il governo ha deciso."),
    ],
)
def test_an_opening_purpose_or_time_is_no_view(analyse: Analyse, lang: str, text: str) -> None:
    doc = analyse([(lang, text)])
    assert not any(cue.lower() in ("pour", "para", "per") for cue, _, _ in read.frames_with_relays(doc)), (
        read.frames_with_relays(doc)
    )


@pytest.mark.parametrize(
    ("lang", "text", "not_speaker"),
    [
        # a cue closing a quotation with no subject (pro-drop): the quoted words do not speak
        # an addressee after the verb is no subject, nor the appositive that follows it (fixed word order)
        ("pt", "Embora o ministro da Saúde, João Silva, tenha dito ao presidente do Tribunal Regional, Carlos Lima, "
         "que tudo está bem, a crise continua.", "Tribunal Regional"),
        # the subject of a passive is what was said
        ("fr", "Le projet a été annoncé par le ministre de l'Intérieur mardi.", "projet"),
        # a prepositional object of an earlier verb is no subject of the cue after it
        ("pt", "O governo pediu ao ministro se explicar sobre o caso.", "ministro"),
        # the object of a preposition closing the clause is no inverted subject
        ("es", '"Todo sigue igual", anunció por Twitter.', "Twitter"),
        # a gerund or adverbial participle has no subject of its own: the phrase before it does not speak
        ("es", "Habló el canciller, tildando de engaño la demora de la UE.", "UE"),
        ("pl", "Premier bronił planu, przekonując Komisję Europejską.", "Komisj"),
        # "desde" before a place names no source
        ("es", '"No habrá recortes", dijo desde Madrid el presidente.', "Madrid"),
        # a dative after the verb is no subject, even in free word order
        ("pl", "Rząd przekazał ministrowi nowe dane.", "ministr"),
        ("pt", '"Há harmonia entre o Judiciário, o Executivo e o Legislativo", afirmou.', "Legislativo"),
        ("es", '"Hay diálogo entre el Gobierno, la Justicia y el Congreso", afirmó.', "Congreso"),
        # "laut X" ends where the next phrase begins: the object of the clause does not speak
        ("de", "Der Premier muss laut dem neuen Gesetz die EU um einen Aufschub bitten.", "EU"),
        # a pronoun subject after the auxiliary is the whole subject, not the object after it
        ("de", "Die Hochschule habe versagt, hatte er die Partei am Montag angeprangert.", "Partei"),
    ],
)  # fmt: skip
def test_no_fragment_speaks(analyse: Analyse, lang: str, text: str, not_speaker: str) -> None:
    names = read.names(analyse([(lang, text)]))
    assert not any(not_speaker in name for name in names), names


def test_an_article_after_a_noun_opens_the_subject(analyse: Analyse) -> None:
    doc = analyse([("fr", "Dans le dossier Alstom Le Contrôleur général demande une enquête.")])
    assert [source for _, source, _ in read.frames_with_relays(doc)] == ["Le Contrôleur général"], (
        read.frames_with_relays(doc)
    )


def test_zufolge_takes_the_phrase_before_it(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Preise für Akkus sollen dem Bericht des Verbands zufolge bald deutlich sinken.")])
    assert ("zufolge", "dem Bericht des Verbands", []) in read.frames_with_relays(doc), read.frames_with_relays(doc)
    attribution = doc.attributions[0]
    block = doc.blocks[0]
    content = {block.text[a.content.start : a.content.end] for a in doc.attributions if a.cue == attribution.cue}
    assert {"Die Preise für Akkus sollen", "bald deutlich sinken"} <= content, content


def test_relay_inside_a_verb_final_clause(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Firma plant ein neues Werk, wie Insider gegenüber dem Handelsblatt berichten.")])
    assert ("berichten", "Insider", ["Handelsblatt"]) in read.frames_with_relays(doc), read.frames_with_relays(doc)
