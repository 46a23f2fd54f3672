"""German attribution: a regex tokenizer and HanTa's POS tags and lemmas, fed to the word-order rules of ``word_order``.

Why rules and not a model: no German spaCy pipeline is on the registry and there is no German attribution
corpus to train on, while German news attributes through a few fixed frames that a tagger plus word order
catch ("laut X …", "X sagte, …", „…“, sagte X", "…, so X", "…, zitiert der Pressedienst von X den
Parlamentarier"). HanTa (1.2.1, ships its model in the wheel) gives STTS tags and lemmas offline; the tags
are mapped to UD's coarse classes so the rules are shared with French.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any, Protocol

from sift.attribution.frames import Frame
from sift.attribution.prefilter import SentenceFilter, sentence_filter, stem_variants
from sift.attribution.word_order import (
    CORRELATIVE_JOIN,
    PLURAL_IRREGULAR,
    PLURAL_VERB_ENDING,
    Token,
    find_word_order_frames,
    rules_lexicon,
    sentence_numbers,
)
from sift.lexicon.gazetteer import ONE_WORD_BODIES
from sift.lexicon.languages import LANGUAGES, phrase_pairs, word_set
from sift.lexicon.speaker_words import compound_entry

__all__ = ["GERMAN", "article_gender", "find_german_frames", "german_sentences", "german_tokens", "load_tagger"]

#: Abbreviations of two letters with their full stops ("z. B.", "d. h.", "u. a."): one adverb, not two sentence
#: ends ("So warnt z. B. die Verbraucherzentrale …" ended after "z." and gave the speaker "z").
ABBREVIATION = r"\b(?:z\.\s?B|d\.\s?h|u\.\s?a|v\.\s?a|z\.\s?T|u\.\s?U|o\.\s?ä|s\.\s?o)\."
#: Short forms of academic titles that open a name ("Dr. Anna Weber", "Dipl.-Ing."): a name's part, as HanTa tags
#: "Prof"; it tagged "Dr" as foreign material or a pronoun, and "Das sagte Dr. Anna Weber" had no speaker.
TITLE_SHORTS = frozenset({"Dr", "Prof", "Dres", "Dipl"})
#: A gender-inclusive ending after a colon, a star or an underscore ("Anwohner:innen", "Student*innen",
#: "Professor_innen"): part of the word.
GENDER_ENDING = re.compile(r"[:*_](?=in(?:nen)?\b)")
WORD = re.compile(ABBREVIATION + r"|\w+(?:[-'’.]\w+|[:*]in(?:nen)?\b)*|\.\.\.|[^\w\s]")
IS_ABBREVIATION = re.compile(ABBREVIATION)
#: A brand written with a small first letter and a capital after it ("eBay", "iRights", "iPhone"): a name.
CAMEL_CASE_NAME = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]*")

#: STTS tag prefixes -> UD coarse part of speech (longest prefix wins).
STTS_TO_UD = {
    "NN": "NOUN", "NE": "PROPN", "ART": "DET", "VA": "AUX", "VM": "AUX", "VV": "VERB", "APPR": "ADP",
    "APPO": "ADP", "APZR": "ADP", "ADJ": "ADJ", "ADV": "ADV", "PPER": "PRON", "PRF": "PRON", "PPOS": "DET",
    "PAV": "ADV", "PROAV": "ADV",  # pronominal adverbs ("darauf", "dazu") are adverbs, as in UD
    "PDS": "PRON", "PDAT": "DET", "PIAT": "DET", "PIS": "PRON", "PRELS": "PRON", "KOUS": "SCONJ", "KON": "CCONJ",
    "CARD": "NUM", "PTK": "PART", "$": "PUNCT", "XY": "X",
}  # fmt: skip

#: Verbs of feeling that report what a quotation beside them says, with their reflexive ("„…“, freute sich X",
#: "X beschwerte sich: „…“", "„…“, echauffierte sich der Wirt"); no cue without a quotation in the sentence ("Die
#: Kinder freuten sich").
QUOTE_REFLEXIVE_CUES = frozenset({"freuen", "ärgern", "wundern", "empören", "echauffieren", "beschweren", "sorgen"})
#: Verbs of manner that report the quotation right before them ("„…“, lacht X", "„…“, kichert der Clown") or after
#: their colon ("rief das Team plötzlich: »Stopp!«", "schrie er: „Raus!“"; session 41), never a cue elsewhere ("Die
#: Kinder lachen", "Er rief die Polizei").
QUOTE_MANNER_CUES = frozenset(
    {"lachen", "kichern", "seufzen", "schmunzeln", "grinsen", "jubeln", "stöhnen", "rufen", "schreien", "brüllen"}
    # a teaching that quotes its lesson ("„Geduld ist alles“, lehrt der Meister"; session 42: "Er lehrt Mathematik"
    # is none)
    | {"lehren"}
)
#: Verbs of showing that report a study's finding when the study or its researchers are their subject ("Eine Erhebung
#: der X zeigt, dass …", "wie die Forschenden zeigen"; not "Das Foto zeigt …"), and the ends of the study's or the
#: researchers' noun (compounds: "Jugendstudie", "Mitgliederbefragung", "Klimaforscher").
FINDING_CUES = frozenset({"zeigen", "belegen", "ergeben", "verdeutlichen", "nahelegen", "bestätigen"})
FINDING_NOUNS = (
    "studie", "umfrage", "erhebung", "untersuchung", "analyse", "auswertung", "befragung", "gutachten", "statistik",
    "erhebungen", "studien", "umfragen", "untersuchungen", "analysen", "auswertungen", "befragungen", "gutachten",
    "forscher", "forscherin", "forscherinnen", "forschende", "forschenden", "wissenschaftler", "wissenschaftlerin",
    "wissenschaftlerinnen", "autoren", "autorinnen",
    # the findings of a study, a survey or research state them as the study does ("Die Studienergebnisse der
    # Organisation belegten, dass …": realpages dev11); bare "Ergebnisse" are no study's ("Die Ergebnisse der Wahl")
    "studienergebnis", "studienergebnisse", "umfrageergebnis", "umfrageergebnisse", "forschungsergebnis",
    "forschungsergebnisse",
    # a report shows what it states as a study does ("Das zeigt ein Bericht des Bundesinstituts X", "Der Lagebericht
    # des RKI zeigt, dass …"; session 41, realpages dev14); one without its issuer is read as no one
    "bericht", "berichte",
)  # fmt: skip
#: Ends of the nouns of documents and studies ("Abschlusserklärung", "Jahresbericht", "Gutachten"): opening a
#: sentence as its subject, they are what "er" or "sie" of the next sentence stands for, no person named before.
THING_SUBJECTS = (
    *sorted(LANGUAGES["de"].speakers.document_nouns),
    *sorted(LANGUAGES["de"].speakers.data_nouns),
    *("dokument", "papier", "gesetz", "vertrag", "beschluss", "resolution", "verordnung"),
)


#: Light-verb phrases of saying and stance (bench/data/README.md: an opinion with content is a statement, a stance
#: without content is acting). Statements: "machte deutlich/klar, dass …" (what was made clear follows; "machte
#: den Klassenerhalt klar" secures a win, so it needs said content, see :data:`CONTENT_PHRASE_CUES`), "brachte
#: seine Enttäuschung zum Ausdruck" (a feeling about something said aloud, as "zeigte sich enttäuscht über"), "gab
#: zu bedenken/verstehen, dass …" (lower-case: "gibt Anlass zu Bedenken" is a cause, no speaker's words), "erteilte
#: den Plänen eine Absage/Abfuhr" (a refusal whose object is what was refused, as "wies … zurück"), "nahm/bezog
#: Stellung/Position (zu …)" (a comment on a named matter, as "äußerte sich zu"), "stellte Hilfen in Aussicht" (a
#: promise, as "versprach"), "richtete einen Appell an …" (an appeal, as "appellierte"), "gab sich zuversichtlich"
#: (a stance with what it is about, as "zeigte sich zuversichtlich"; "gab sich geschlagen" concedes a match, so
#: only adjectives of mood), and "sieht X kritisch", "sieht in X eine Gefahr", "sieht keinen Handlungsbedarf" (a
#: view on a named matter; "sieht das Auto", "sieht gut aus" are seeing, no phrase). Left out as acting: "machte
#: sich stark für", "setzte sich ein für" (campaigning, as "kämpft für"); "nahm keine Stellung" (declined: a
#: determiner before "Stellung" is no phrase, nor is "bezog die Stellung" of troops). Session 39 (cues39b): "rechnet
#: damit, dass …" (an expectation with its content, as "erwartet") and "begründete das Urteil damit, dass …" (the
#: reasons a court or a body gives are its statement) report only with said content (:data:`CONTENT_PHRASE_CUES`):
#: "rechnet mit dem Zug", "begründete damit eine Tradition" are none; so does "warb dafür, dass …" (advocacy with
#: its content: bench/data/README.md, "wirbt für" with content is speech), while a bare "wirbt für digitale IDs" is
#: a campaign, an act (realpages dev3 r3-014 lists such bodies as no speakers).
#: Nouns of a view: "vertritt die Ansicht, dass …", "ist der festen Überzeugung, dass …".
VIEW_NOUNS = "Ansicht|Auffassung|Meinung|These|Überzeugung"
#: Nouns of a judgement that "sieht (in X / darin) einen …" passes on a named matter (session 40, recall40: "Die
#: Caritas sieht in der Impfpflicht einen falschen Ansatz", realpages heldout; "sieht darin einen Angriff auf …"):
#: a view, as "sieht darin eine Gefahr" is; what one sees with the eyes is no judgement ("sah in der Ferne einen
#: Turm", "sah darin seinen Sohn").
VIEW_JUDGEMENTS = (
    "Ansatz|Irrweg|Fehler|Fehlentscheidung|Rückschritt|Fortschritt|Zumutung|Skandal|Affront|Angriff|Signal|"
    "Zeichen|Beleg|Bestätigung|Versuch|Erfolg|Lösung|Ausweg|Verstoß"
)
#: What a body that publishes it states (bench/data/README.md: a piece of information attributed to its issuer is a
#: statement): "Die Wahlkommission veröffentlichte die vorläufigen Ergebnisse", "Das Bundesamt hat neue Zahlen
#: veröffentlicht" (session 40, recall40; realpages dev7 r7-023 lists such a body, there with a compound,
#: "Wahlergebnisse", which the last part of a compound now reaches: ``compound_companions``, session 41, recall41b).
#: "veröffentlichte ein Foto / eine Stellenanzeige" is none,
#: and so is "Daten", as often a person's as a finding ("Die Polizei veröffentlichte die Daten der Verdächtigen": an
#: act; session 41, prec41), which reports only with what it says after it.
PUBLISHED_FINDINGS = (
    "Ergebnis|Ergebnisse|Zahlen|Statistik|Statistiken|Bericht|Studie|Analyse|Umfrage|Prognose|Prognosen|"
    "Schätzung|Schätzungen|Stellungnahme|Erklärung|Mitteilung|Bilanz|Gutachten|Empfehlung|Empfehlungen"
)
#: Phrases that report only with said content after them or a noun of a position in their clause ("machte klar,
#: dass …", "hat ihre Position klar gemacht", "vertritt die Auffassung, dass …"; "vertritt die Ansicht der Firma"
#: before a pause is no report of its own).
CONTENT_PHRASE_CUES = (
    phrase_pairs("machen", "deutlich|klar")
    | phrase_pairs("vertreten", VIEW_NOUNS)
    | phrase_pairs("rechnen", "damit")
    | phrase_pairs("begründen", "damit")
    | phrase_pairs("werben", "dafür")
    | phrase_pairs("senden", "Botschaft|Signal")
)
PHRASE_CUES = (
    CONTENT_PHRASE_CUES
    | phrase_pairs("bringen", "zum Ausdruck")
    | phrase_pairs("geben", "zu bedenken|zu verstehen")
    | phrase_pairs("erteilen", "Absage|Abfuhr")
    | phrase_pairs("nehmen", "Stellung")
    | phrase_pairs("beziehen", "Stellung|Position")
    | phrase_pairs("stellen", "in Aussicht")
    | phrase_pairs("richten", "Appell|Appelle")
    | phrase_pairs("lassen", "kein gutes Haar")
    | phrase_pairs(
        "sich geben",
        "zuversichtlich|optimistisch|pessimistisch|gelassen|kämpferisch|entschlossen|selbstbewusst|zurückhaltend|"
        "skeptisch|enttäuscht|überzeugt|zufrieden|unzufrieden|besorgt|überrascht|versöhnlich|unbeeindruckt|"
        "siegessicher|bescheiden|demütig|zerknirscht|empört",
    )
    | phrase_pairs(
        "sehen",
        "kritisch|skeptisch|positiv|negativ|gelassen|optimistisch|pessimistisch|problematisch|differenziert|"
        "Gefahr|Gefahren|Risiko|Risiken|Chance|Chancen|Bedrohung|Handlungsbedarf|Nachholbedarf|Anlass|Grund|"
        "Notwendigkeit|Problem|Probleme|Widerspruch|" + VIEW_JUDGEMENTS,
    )
    | phrase_pairs("veröffentlichen", PUBLISHED_FINDINGS)
    # a view compared with another's on the matter just named ("Die Gewerkschaft sieht das anders", "Die Konzerne
    # sehen das genauso wie ich"; session 41, recall41b): the pronoun of the matter before the comparison ("sieht
    # anders aus" is a look, "sahen den Film genauso" no view)
    | phrase_pairs("sehen", "das anders|es anders|dies anders|das genauso|es genauso|das ähnlich|es ähnlich")
)
#: Predicatives of belief after "sein" that report with said content after them (bench/data/README.md: a belief
#: with its content is a statement, "many analysts believe that …"; one without is none): "Der Minister ist
#: überzeugt, dass …", "ist sich sicher, dass …", "ist zuversichtlich, dass …", "ist der Meinung, dass …".
BELIEF_PREDICATIVES = word_set(
    "überzeugt sicher gewiss zuversichtlich optimistisch pessimistisch skeptisch besorgt"
) | {noun.lower() for noun in VIEW_NOUNS.split("|")}
#: Verbs that report through a prepositional object: a threat ("drohte mit Streiks": an announcement, as a promise
#: "stellte in Aussicht" is). Left out as acts: "lehnte … ab" (a vote or a decision, or a refusal without content),
#: "wirbt für X", "warb um Y" without said content (a campaign, or recruiting: "werben um Fachkräfte"), "kämpft
#: für", "setzt sich ein für".
#: Session 41 (recall41b): "distanzierte sich von den Äußerungen / vom Aufruf / davon" disowns what was said or
#: stood for, a statement; only a statement, a stance or a group of people after "von" ("distanzierte sich vom Feld"
#: pulls away in a race), or the pronominal "davon" standing for what the sentence before said.
PREPOSITION_CUES = (
    phrase_pairs("drohen", "mit") | phrase_pairs("rechnen", "mit") | phrase_pairs("distanzieren", "von|vom|davon")
)
#: The forecast "rechnet mit …" reports only with a change, a loss or a cost as its object ("Die Bundesbank rechnet
#: mit einem Anstieg der Arbeitslosigkeit", "rechnet mit Mehrkosten von …"), as "erwartet" does; "rechnet mit dem
#: Zug", "rechnet mit seinen Fans" are none.
PREPOSITION_OBJECTS = (
    phrase_pairs(
        "rechnen",
        "anstieg|rückgang|zunahme|abnahme|wachstum|einbruch|verlust|einbuße|defizit|überschuss|steigerung|senkung|"
        "erhöhung|kürzung|teuerung|rezession|erholung|ausfall|kosten|entlassung|verzögerung|engpass|einschränkung",
    )
    | phrase_pairs(
        "drohen",
        "streik|klage|boykott|konsequenz|sanktion|rücktritt|austritt|zoll|strafe|blockade|veto|kündigung|entlassung|"
        "schließung|abzug|maßnahme|schritt|anzeige|ausstieg|stopp|abwanderung|kürzung|widerstand|protest|enteignung",
    )
    | phrase_pairs(
        "distanzieren",
        "äußerung|aussage|aussagen|aufruf|erklärung|position|forderung|kritik|vorwurf|vorwürfe|plan|pläne|papier|"
        "text|beitrag|haltung|kommentar|ansicht|meinung|these|thesen|darstellung|vorgehen|entscheidung|politik|"
        "partei|gewalt|angriff|angriffe|anschlag|tat|taten|rassismus|antisemitismus|extremismus|ideologie|bewegung|"
        "gruppe|regierung|kampagne|vorstoß|idee|beschluss|brief|post|tweet|video|interview|rede|wort|worte",
    )
)
#: Separable verbs of a cue's stem that report nothing: cancelling ("sagte … ab"), registering or signing off
#: ("meldete Insolvenz an"), copying, tendering or laying down ("schrieb … ab/aus/fest"), acquitting or awarding
#: ("sprach … frei/zu"), challenging ("forderte … heraus"), offering a prize ("lobte … aus"). "sagte … zu" (a
#: promise), "sagte … aus" (testimony), "sprach … aus" and "meldete sich zurück" still report, and so do ascribing
#: and denying, a view of who did or is what ("Die Polizei schrieb den Anschlag einer Gruppe zu", "Der Experte
#: sprach der Studie jede Aussagekraft ab"), and "anmelden" with a stance noun ("meldete Zweifel an, dass …":
#: ``word_order._particle_act``).
PARTICLE_ACTS = word_set(
    "absagen anmelden abmelden abschreiben ausschreiben festschreiben freisprechen zusprechen herausfordern ausloben"
)
#: Nouns of a judgement after "hält X für …" ("hält die Reform für einen Fehler"); adjectives need no list.
JUDGEMENT_NOUNS = word_set(
    "fehler irrweg skandal zumutung unsinn fehlentscheidung katastrophe farce rückschritt fortschritt schritt "
    "signal problem gefahr risiko chance lösung ausweg erfolg wunder"
)
#: Nouns of a stretch of time heading a fronted accusative of time ("Zwei Tage später", "Diese Woche", "Vergangenen
#: Montag"; ``word_order._time_opening``).
TIME_NOUNS = word_set(
    "tag tage woche wochen monat monate jahr jahre stunde stunden minute minuten zeit wochenende nacht abend "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag"
)
GERMAN = replace(
    rules_lexicon(LANGUAGES["de"]),
    thing_subjects=THING_SUBJECTS,
    phrase_cues=PHRASE_CUES,
    content_phrase_cues=CONTENT_PHRASE_CUES,
    matter_phrase_cues=phrase_pairs("sehen", VIEW_JUDGEMENTS),
    position_nouns=frozenset({"position", "haltung", "standpunkt", "linie"}),
    bare_companions=frozenset({"Stellung", "Position"}),
    compound_companions=frozenset(PUBLISHED_FINDINGS.split("|")),
    belief_predicatives=BELIEF_PREDICATIVES,
    content_verbs=frozenset({"hoffen", "denken", "finden"}),  # a hope or a belief with its content ("hofft, dass …")
    object_content_verbs=frozenset({"finden"}),
    condition_openers=frozenset({"wenn", "falls", "sofern"}),
    preposition_cues=PREPOSITION_CUES,
    preposition_objects=PREPOSITION_OBJECTS,
    judgement_cues=frozenset({"halten"}),
    judgement_prepositions=frozenset({"für"}),
    judgement_nouns=JUDGEMENT_NOUNS,
    quote_reflexive_cues=QUOTE_REFLEXIVE_CUES,
    quote_manner_cues=QUOTE_MANNER_CUES,
    advisable_reflexives=frozenset({"empfehlen"}),  # "empfiehlt sich": is advisable (session 43, sweep43b)
    finding_cues=FINDING_CUES,
    finding_nouns=FINDING_NOUNS,
    origin_cues=frozenset({"hervorgehen"}),  # "Dies geht aus einem Bericht der X hervor"
    # "Die Redaktion erhielt vom Ministerium die Auskunft, dass …" (session 42, german42b): whom it came from speaks
    receiving_cues=frozenset({"erhalten", "bekommen"}),
    received_nouns=word_set("auskunft antwort information informationen nachricht bestätigung mitteilung rückmeldung"),
    hearing_cues=frozenset({"hören", "erfahren"}),
    participle_lemmas=frozenset({"gehören"}),
    infinitive_marker="zu",
    relative_openers=frozenset({"der", "die", "das", "den", "dem", "denen", "dessen", "deren"}),
    object_relatives=frozenset({"den", "dem", "denen", "dessen", "deren"}),
    # "möchte" (mögen) as "will" does: "Der Verein möchte klarstellen, dass …" (german44)
    reporting_modals=frozenset({"wollen", "müssen", "werden", "mögen"}),
    obligation_modals=frozenset({"muss", "müssen", "musst", "müsst"}),
    concession_cues=frozenset({"einräumen", "zugeben", "eingestehen", "gestehen"}),
    supposition_openers=frozenset({"möglich", "denkbar", "vorstellbar", "wahrscheinlich"}),
    attributive_endings=("te", "ten", "ter", "tes", "tem"),
    raising_verbs=frozenset({"scheinen"}),
    particle_acts=PARTICLE_ACTS,
    separable_prefixes=(
        "an",
        "auf",
        "aus",
        "bei",
        "bekannt",
        "ein",
        "fest",
        "hervor",
        "hin",
        "klar",
        "mit",
        "nach",
        "vor",
        "zu",
        "zurück",
        "zusammen",
    ),
    antecedent_pronouns=frozenset({"er", "sie"}),
    comma_openers=frozenset({"als"}),
    plural_names_joined=True,
    object_pronouns=frozenset({"mir", "mich", "dir", "dich", "uns", "euch", "ihm", "ihnen", "es"}),
    # with the possessives and demonstratives in the same cases, never nominative ("Er hat seinen Freunden gesagt, …":
    # the friends were told; review44b)
    object_articles=frozenset(
        {"dem", "den", "einem", "einen", "diesem", "diesen"}
        | {
            f"{stem}{ending}"
            for stem in ("mein", "dein", "sein", "ihr", "unser", "euer", "eur")
            for ending in ("em", "en")
        }
    ),
    time_nouns=TIME_NOUNS,
    demonstratives=frozenset({"dieser", "diese", "dieses", "diesen", "diesem", "jener", "jene", "jenes"}),
    conclusion_cues=frozenset({"kommen", "gelangen"}),
    conclusion_nouns=frozenset(
        {"schluss", "schluß", "ergebnis", "erkenntnis", "einschätzung", "überzeugung", "auffassung", "ansicht"}
    ),
    conclusion_prepositions=frozenset({"zu", "zum", "zur"}),
    agreement_cues=frozenset({"sein"}),
    agreement_adjectives=frozenset({"einig"}),
    agreement_pointers=frozenset({"da", "darin", "darüber", "hierin", "hierüber"}),
    quote_prefield=True,
)
#: Part of speech of the words of an untagged sentence: a tag no rule reads as a cue, a noun or a verb.
UNTAGGED = "X"


class Tagger(Protocol):
    """The part of HanTa's ``HanoverTagger`` used here."""

    def tag_sent(self, tokens: list[str], taglevel: int = ...) -> list[Any]:
        """(word, lemma, STTS tag) per token."""


#: Words whose analyses a tagger remembers (each of its two memos): a German news page has a few hundred distinct
#: words, so this holds some hundred pages' worth; a few MB.
WORD_MEMO = 50_000


#: The tagger :func:`load_tagger` built last, whose lexicon :func:`lexicon_tag` reads (no second model in memory).
_LOADED: list[Any] = []


def load_tagger() -> Tagger:
    """HanTa's German model (bundled in the wheel), its tagger's attributes read from the machine cache, with its
    word analyses remembered (:func:`remember_words`)."""
    from pathlib import Path

    from HanTa import HanoverTagger

    from sift.machine_cache import hanta_tagger

    tagger = remember_words(hanta_tagger(Path(HanoverTagger.__file__).with_name("morphmodel_ger.pgz")))
    _LOADED[:] = [tagger]
    return tagger


def remember_words(tagger: Any, size: int = WORD_MEMO) -> Any:
    """``tagger`` (a ``HanoverTagger``) remembering the analyses of the last ``size`` words it met.

    HanTa tags a sentence with a Viterbi pass over its words, each word's tag probabilities worked out by a Viterbi
    pass over its letters (``analyze_forward``), and then finds each word's lemma by another pass over its letters
    for its tag (``_analyze``): those letter-level passes were most of the attribution stage's time on German pages,
    and redone for every "der" and "sagte". Both are pure functions of the word (and the tag) given the model, so
    remembering them changes no tag and no lemma; ``_analyze`` reads the word lower-cased, so it is remembered so.
    The memos are bound to this instance (a forked worker has its own copy).
    """
    forward = functools.lru_cache(maxsize=size)(tagger.analyze_forward)
    analyze = functools.lru_cache(maxsize=size)(tagger._analyze)

    def lemma(word: str, pos: int, taglevel: int = 1) -> Any:
        return analyze(word.lower(), pos, taglevel)

    tagger.analyze_forward = forward
    tagger._analyze = lemma
    return tagger


@functools.cache
def _lexicon_tags() -> dict[str, str]:
    """Each word of HanTa's lexicon (lower-cased) with the STTS tag it reads first. Read once per process, from the
    tagger the attribution stage loaded when there is one."""
    tagger = _LOADED[0] if _LOADED else load_tagger()
    return {word: tagger.int2tag[max(tags, key=lambda tag: tag[1])[0]] for word, tags in tagger.cache.items() if tags}


def lexicon_tag(word: str) -> str | None:
    """The tag HanTa's lexicon reads a word with first ("NE" for "Thomas", "Ben", "Peter", "Fischer", "Hoffmann",
    and for places: "Berlin"; "NN" for "Haus", "Bank", "Bauer"; "ADJ(D)" for "Platt"), ``None`` for a word it does
    not hold, whose tag it would only guess from the letters ("Kramer", "Napua", "Corona"). The lexicon is the
    words of its training newspaper: unlike simplemma's German dictionary, which holds nearly every surname as a
    noun ("Fischer", "Koch"), it tells a name from a common noun."""
    return _lexicon_tags().get(word.lower())


def german_sentences(tagger: Any) -> SentenceFilter:
    """The sentences of a German block worth tagging (the others cannot carry an attribution; see ``prefilter``)."""
    return sentence_filter(GERMAN, stem_variants(getattr(tagger, "stemdict", {})))


@functools.cache
def _coarse(tag: str) -> str:
    """The UD part of speech of an STTS tag (worked out once per tag: a page's every word asks)."""
    for prefix in sorted(STTS_TO_UD, key=len, reverse=True):
        if tag.startswith(prefix):
            return STTS_TO_UD[prefix]
    return "X"


def german_tokens(text: str, tagger: Tagger, only: SentenceFilter | None = None) -> list[Token]:
    """Tagged tokens of one block, split into sentences after final punctuation.

    With ``only``, a sentence it does not keep is left untagged (its words' lemma is the word, their part of
    speech ``UNTAGGED``): HanTa tags each sentence on its own, so the kept sentences' tags do not change, and
    tagging was most of the attribution stage's time on German pages.
    """
    words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    numbers = sentence_numbers([word for word, _, _ in words])
    tokens: list[Token] = []
    sentences = [
        [word for word, n in zip(words, numbers, strict=True) if n == number] for number in sorted(set(numbers))
    ]
    for index, (number, sentence) in enumerate(zip(sorted(set(numbers)), sentences, strict=True)):
        plain = [w for w, _, _ in sentence]
        following = [w for w, _, _ in sentences[index + 1]] if index + 1 < len(sentences) else []
        if (
            only is not None
            and not only.keeps(plain)
            and not opens_with_name(plain)
            and not (opens_with_group(plain) and "sie" in following)
        ):
            tokens.extend(Token(word, start, end, word, UNTAGGED, number) for word, start, end in sentence)
            continue
        tagged = tagger.tag_sent([GENDER_ENDING.sub("", w) for w, _, _ in sentence])  # "Anwohnerinnen" is known
        for (word, start, end), (_, lemma, tag) in zip(sentence, tagged, strict=True):
            pos = _coarse(tag)
            previous = tokens[-1] if tokens and tokens[-1].sentence == number else None
            if IS_ABBREVIATION.fullmatch(word):
                lemma, pos = word, "ADV"
            elif CAMEL_CASE_NAME.fullmatch(word):
                lemma, pos = word, "PROPN"  # "eBay", "iRights": no German word has a capital after a small letter
            elif pos in ("VERB", "AUX") and _is_capitalised_name(word, previous):
                # "Ministerin Clara Wendt", "schrieb Schnapp:": a surname HanTa takes for a verb ("wenden",
                # "schnappen"); German verbs are capitalised only where a sentence or a quotation opens
                lemma, pos = word, "PROPN"
            elif pos in ("NOUN", "PROPN") and word[:1].islower():
                lemma, pos = _unknown_verb(word) or (lemma, pos)
            elif (pos == "NUM" and _is_letter_digit_name(word)) or word in TITLE_SHORTS:
                # "Adwise3"; "Dr.": HanTa knows "Prof." as a name, "Dr" as a foreign word or "der"
                lemma, pos = word, "PROPN"
            elif tag == "FM" and _is_foreign_surname(word, previous):
                # "Tom Fink sagte": HanTa reads the surname as foreign material, which no subject rule takes
                lemma, pos = word, "PROPN"
            elif pos == "NOUN" and word in ONE_WORD_BODIES:
                lemma, pos = word, "PROPN"  # "Caritas warnte": a body's name the gazetteer knows, no common noun
            elif pos == "X" and word.lower() in CONTRACTED_PREPOSITIONS:
                lemma, pos = word.lower(), "ADP"  # "Am 29. Oktober warnte …": HanTa reads "Am" before a figure as XY
            elif pos == "NOUN":
                lemma = _weak_noun_lemma(word, lemma)
            tokens.append(Token(word, start, end, lemma, pos, number))
    return _correlative_and(tokens)


def _correlative_and(tokens: list[Token]) -> list[Token]:
    """The tokens with each "als auch" (:data:`CORRELATIVE_JOIN`, the second part of "sowohl A als auch B", one "and"
    of two subjects: "So habe Landeshauptmann X als auch die Landesrätin Y ihre Position klar gemacht" had no
    speaker) after a capitalised word or a closing bracket (a name, a noun, "X (SPD)",
    so no comparison: "mehr als auch nur …") joined into one coordinating conjunction, which the word-order and
    speaker rules read as "und", and the "sowohl" before it an adverb, no conjunction that would open a clause of
    its own."""
    joined: list[Token] = []
    for token in tokens:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and f"{previous.text} {token.text}".lower() == CORRELATIVE_JOIN
            and previous.sentence == token.sentence
            and len(joined) > 1
            and ((joined[-2].text[:1].isupper() and joined[-2].text.isalpha()) or joined[-2].text == ")")
        ):
            text = f"{previous.text} {token.text}" if token.start == previous.end + 1 else None
            if text is not None:
                joined[-1] = Token(text, previous.start, token.end, "und", "CCONJ", token.sentence)
                continue
        joined.append(token)
    return [replace(t, pos="ADV") if t.text.lower() == "sowohl" and t.pos == "CCONJ" else t for t in joined]


#: A preposition fused with its article, which HanTa tags as foreign material before a figure ("Am 29. Oktober").
CONTRACTED_PREPOSITIONS = frozenset({"am", "im", "beim", "vom", "zum", "zur", "ins", "ans"})
#: Capitalised words that open a sentence and are no name: articles, prepositions, pronouns, conjunctions, adverbs.
NOT_NAMES = word_set(
    """
    der die das den dem des ein eine einer eines einem einen am im in an auf aus bei beim mit nach von vom zum zur
    für über unter vor seit ab bis durch gegen ohne um wie was wer wo wann warum wenn als auch aber doch und oder so
    da dann es er sie wir ich ihr du man sein seine ihre unser unsere dieser diese dieses diesem diesen jeder jede
    jedes alle viele einige mehrere kein keine nur noch schon nun jetzt heute gestern morgen laut trotz wegen
    während zudem außerdem dabei damit dazu daher deshalb denn weil dass ob zwar immer hier dort
    """
)


def opens_with_name(words: list[str]) -> bool:
    """Whether a sentence opens with a person's name as its subject ("Vera Lindqvist leitet …", "Zachary Quinto,
    der …", "Gesundheitsministerin Nina Warken trat …"): two or three capitalised words, the first no article,
    preposition or pronoun, then a comma or a lower-case word. Such a sentence is tagged even without a cue: it
    introduces who a pronoun of the next ones may stand for (``Lexicon.antecedent_pronouns``), or whose reported
    speech a Konjunktiv sentence after it is."""
    if len(words) < 3 or words[0].lower() in NOT_NAMES:
        return False
    for size in (2, 3):
        names, after = words[:size], words[size] if len(words) > size else ""
        if not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in names):
            return False
        if after == "," or after[:1].islower():
            return True
        aged = words[size + 1 : size + 3]  # "Gunthild Schön (77) blättert …": an age in brackets after the name
        if after == "(" and len(aged) == 2 and aged[0].isdigit() and aged[1] == ")":
            return True
    return False


def opens_with_group(words: list[str]) -> bool:
    """Whether a sentence opens with a plural group as its subject ("Die Bauern protestieren …", "Diese Eltern sind
    …"): "die" or "diese", one or two capitalised words, then a plural finite verb (lower-case, "-en" or "sind").
    Such a sentence is tagged, when the next one holds "sie", even without a cue: it names the group the plural "sie"
    of the next sentence stands for (session 41, recall41b)."""
    if len(words) < 3 or words[0].lower() not in ("die", "diese"):
        return False
    for size in (2, 3):
        nouns, after = words[1:size], words[size] if len(words) > size else ""
        if not all(w[:1].isupper() and w.isalpha() for w in nouns):
            return False
        if (after.endswith(PLURAL_VERB_ENDING) and after[:1].islower()) or after in PLURAL_IRREGULAR:
            return True
    return False


def _is_capitalised_name(word: str, previous: Token | None) -> bool:
    """Whether a word the tagger calls a verb is a name by its capital: capitalised, not in capitals ("WARNT", a
    headline's), after a word of its sentence (not first, nor after a colon, a quotation mark or a dash, where a
    verb may open what follows: "Sie rief: „Kommt!“")."""
    if previous is None or not word[:1].isupper() or word.isupper():
        return False
    return previous.pos == "PROPN" or previous.text[-1:].isalnum()


def _is_foreign_surname(word: str, previous: Token | None) -> bool:
    """Whether a word HanTa tags as foreign material is the surname of the given name before it (issue #18: "Tom
    Fink", "Der Abgeordnete Tom Fink kritisierte den Plan" had no frame): capitalised letters right after a
    capitalised proper noun."""
    return (
        previous is not None
        and previous.pos == "PROPN"
        and previous.text[:1].isupper()
        and previous.text.isalpha()
        and word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
    )


def _is_letter_digit_name(word: str) -> bool:
    """A capitalised word of letters with digits ("Adwise3", "Kanal5"): a name, which HanTa tags a number (``CARD``)
    because of its digits, so "Laut Adwise3 …" and "X und Adwise3 empfehlen" lost their source."""
    return (
        word[:1].isupper() and word.isalnum() and any(c.isdigit() for c in word) and sum(c.isalpha() for c in word) >= 2
    )


def _weak_noun_lemma(word: str, lemma: str) -> str:
    """The lemma of a weak noun in "-e" whose "-en" form HanTa cuts to a stem ("Zeugen" -> "Zeug", the thing;
    "Augenzeugen" -> "Augenzeug"), when the stem with "e" is a speaker noun or a compound one ends: "Zeugen
    berichteten von einem Knall" named no speaker. Any other lemma is kept."""
    heads = GERMAN.speaker_heads
    if word != f"{lemma}en" or lemma.lower() in heads:
        return lemma
    weak = f"{lemma}e"
    folded = weak.lower()
    return weak if folded in heads or compound_entry(folded, heads) is not None else lemma


#: Endings of finite German verb forms, longest first ("schlussfolger|te", "resümier|t").
_VERB_ENDINGS = ("ten", "te", "st", "t", "en", "e")


def _unknown_verb(word: str) -> tuple[str, str] | None:
    """(lemma, ``VERB``) of a lower-case word the tagger called a noun: German nouns are capitalised, so it is a
    form the tagger does not know; read as a reporting verb when its stem makes one of the row's cue infinitives
    ("schlussfolgert" -> "schlussfolgern"), else ``None``."""
    if not word.isalpha():
        return None
    for ending in _VERB_ENDINGS:
        stem = word[: -len(ending)]
        if len(stem) < 3 or not word.endswith(ending):
            continue
        for infinitive in (stem + "en", stem + "n"):
            if infinitive in GERMAN.cues:
                return infinitive, "VERB"
    return None


def find_german_frames(text: str, tagger: Tagger) -> list[Frame]:
    """Attribution frames of one German block."""
    return find_word_order_frames(text, german_tokens(text, tagger), GERMAN)


#: Articles that leave one gender to a singular noun after a declined adjective: "der nicaraguanischen Ärztekammer"
#: (der + -en: dative or genitive feminine, a plural is told apart before), "einer zivilen Allianz" the same,
#: "die zivile Allianz" (nominative feminine), "das" neuter, "der nicaraguanische Verband" (der + -e: nominative
#: masculine). "des"/"dem"/"ein…" leave masculine or neuter, which the noun's ending decides.
_ARTICLE_GENDER = {("der", "en"): "f", ("einer", "en"): "f", ("die", "e"): "f", ("der", "e"): "m", ("das", "e"): "n"}


def article_gender(article: str | None, adjective: str | None) -> str | None:
    """The gender (``"f"``, ``"m"``, ``"n"``) a German article and the ending of the declined adjective after it
    give a singular noun, or ``None`` when they leave it open (no article, no adjective, "des", "dem").

    The noun's ending alone guesses wrong on compounds ending in "-er" ("Ärztekammer" is feminine, "Kammer"), and
    "der nicaraguanischen Ärztekammer" was cited as "nicaraguanischer Ärztekammer"; the article knows.
    """
    if article is None or adjective is None:
        return None
    ending = "en" if adjective.endswith("en") else "e" if adjective.endswith("e") else ""
    return _ARTICLE_GENDER.get((article.lower(), ending))
