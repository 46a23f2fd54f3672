"""The rules French and German share: attribution frames from word order and a cue lexicon (no trained model).

The words come from each language's row of :data:`sift.lexicon.languages.LANGUAGES` (:func:`rules_lexicon`); a
language whose news attributes the same ways gets the rules with its row and a tokenizer (as ``french.py`` and
``german.py`` are).

News attribution in French and German is dominated by a handful of fixed frames that word order alone
identifies: "selon X, …" / "laut X …", "X a déclaré que …" / "X sagte, …", and the inverted cue after the
content ("«…», a précisé le ministère" / "„…“, sagte Klinzewitsch", "…, so X"). A dependency parse adds the
subject in the canonical order when one is available (French); the rules never rely on it for inversions,
where the French small model labels the subject ``obj``.

Frames of the same kind the rules also read: a verb-final "as" clause ("…, wie die Polizei mitteilte" / "Wie X
ankündigte, …"), a name with its bracketed short form before the cue ("das Forum Waffenrecht (FWR) fordert"), an
inverted subject after a prepositional phrase whose object is a place, not the speaker ("– mówił w Sejmie premier
X"), and a sentence-opening "according to" phrase closed by its comma ("Selon le naturopathe X, …").
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from sift.attribution.frames import (
    REPORTED_CUE,
    Frame,
    RelaySpan,
    Span,
    extend_to_quotes,
    quote_regions,
    trim_content,
)
from sift.lexicon.speaker_words import AND_WORDS, compound_entry

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from sift.lexicon.languages import Language

__all__ = ["Lexicon", "Token", "find_word_order_frames", "rules_lexicon", "sentence_numbers"]

NOMINAL = frozenset({"DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM"})
#: Conjunctions of contrast, which end a noun phrase: what follows one is another clause's ("el Indec | pero …").
ADVERSATIVES = frozenset({"but", "aber", "mais", "pero", "mas", "ma", "però", "ale", "lecz", "sino", "sondern"})
#: What may head a subject: an adjective names nobody ("fügt aber rasch hinzu") unless an article makes it a noun.
HEADS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
SENTENCE_STOPS = frozenset({".", "!", "?", "...", "…"})
CLOSING_QUOTES = frozenset({"»", "”", "“", '"'})
#: A mark that only opens a quotation (the German low one), never closes one.
LOW_OPENING_QUOTES = frozenset({"„"})
#: Quotation marks a quoted name stands between ("dem „Spiegel“").
QUOTE_MARKS = frozenset({"„", "“", "”", '"', "«", "»", "‚", "‘", "’"})
#: What may stand right before an inverted cue: a comma, a closing quote, or a dash ("„…” – powiedział X").
BEFORE_INVERTED = frozenset({",", "»", "“", "”", '"', "–", "—", "-"})
#: Dashes that open and close a quotation in languages that quote with dashes ("– Nie wiem – mówi.").
QUOTE_DASHES = frozenset({"–", "—"})
#: The most words an "according to" phrase has ("de acuerdo con", "nach Angaben").
ACCORDING_WORDS = 3
#: Abbreviations whose full stop ends no sentence ("o 5 proc. –", "Dr. Weber", "J. Smith" by the initial rule).
ABBREVIATIONS = frozenset(
    [
        "proc",
        "mln",
        "mld",
        "tys",
        "np",
        "dr",
        "prof",
        "mgr",
        "inż",
        "ul",
        "nr",
        "sr",
        "sra",
        "dra",
        "mr",
        "mrs",
        "ms",
        "jr",
        "gen",
        "bzw",
        "ca",
        "mme",
        "mlle",
        "dott",
        "sig",
        "tj",
        "pkt",
        "art",
        "ust",
        "vs",
        "etc",
        "st",
        "univ",  # "Univ.-Prof. Dr. X"
        "dipl",  # "Dipl.-Ing. X"
        "ing",
    ]
)
#: The most words between a reporting participle and its agent ("qualifié de « gourou de la majorité » par X").
MAX_AGENT_DISTANCE = 12
#: The most words of a subject read back from the end of its clause.
MAX_CLOSING_SUBJECT = 6
#: The most words of a sentence-opening "according to" source read up to its comma ("Selon le naturopathe
#: Olivier Panisset, …": taggers mistake rare nouns for verbs, the comma still closes the phrase).
MAX_ACCORDING_SOURCE = 8
#: The most words of a bracketed short name after a name ("das Forum Waffenrecht (FWR) fordert").
MAX_BRACKETED = 4
#: The most words of a bracketed aside holding a comma after a noun or a name, read past as if it were not there
#: ("Die Verbände (Bauernverband, Handwerkskammer und IHK) haben das kritisiert").
MAX_COMMA_BRACKET = 12
#: The most words between an "as" word and the verb that closes its clause ("wie Waymo-Chef John Krafcik am
#: Dienstag ankündigte, …").
MAX_AS_CLAUSE = 10
STOP = frozenset({",", ".", "...", "…", ";", "(", ":", "!", "?"})


@dataclass(frozen=True, slots=True)
class Token:
    """A word with offsets into the block, a lemma, a coarse (UD) part of speech and its sentence number."""

    text: str
    start: int
    end: int
    lemma: str
    pos: str
    sentence: int
    subject: tuple[int, int] | None = None  # token index range of the parsed subject, when a parser gave one
    modifier: bool = False  # a participle a parser hangs on a noun without an agent ("la nomination annoncée"): no cue


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words that drive the rules for one language."""

    cues: frozenset[str]  # lemmas or lowercased forms of reporting verbs
    according: frozenset[str]  # prepositions opening "according to" frames
    view_according: frozenset[str]  # those of a view, read only set apart (``Language.view_according_words``)
    so: frozenset[str]  # a postposed "so X" marker
    aux: frozenset[str]  # auxiliary lemmas that may precede a cue participle
    skip: frozenset[str]  # lowercased adverbs and time words between an inverted cue and its subject
    quote_cues: frozenset[str]  # cues whose subject is a relay and whose object is the quoted speaker
    genitive: frozenset[str]  # prepositions that continue a noun phrase ("de", "von")
    #: prepositions that continue a speaker noun with its remit ("das Bundesamt für Migration und Flüchtlinge")
    department: frozenset[str] = frozenset()
    according_after: frozenset[str] = frozenset()  # postpositions closing "according to" ("dem Bericht zufolge")
    as_words: frozenset[str] = frozenset()  # "As X said, …": a clause whose cue precedes its source
    said_relatives: frozenset[str] = frozenset()  # "ce que dit X": "what" and its relative, the subject after the cue
    data_nouns: frozenset[str] = frozenset()  # "los datos que publicó X": figures a relative's subject gave
    report_relatives: frozenset[str] = frozenset()  # "secondo quanto riferito": "what" after "according to"
    opinion: frozenset[str] = frozenset()  # "Pour X, …": a sentence-opening view, when X names a speaker
    speaker_heads: frozenset[str] = frozenset()  # head nouns that name a speaker (titles, sources, bodies, media)
    outlet_heads: frozenset[str] = frozenset()  # head nouns of media ("agencia", "Zeitung"): a name after one is theirs
    free_order: bool = False  # the subject may follow the verb after a fronted object (case-marked languages)
    source_after: frozenset[str] = frozenset()  # "explicaron desde el Gobierno": a preposition naming the source
    agent: frozenset[str] = frozenset()  # prepositions of a passive's agent ("par", "por", "przez")
    topics: frozenset[str] = frozenset()  # prepositions of a fronted topic ("Von einer Katastrophe spricht X")
    gerund_endings: tuple[str, ...] = ()  # "tildando", "przekonując": a cue with no subject of its own
    we_endings: tuple[str, ...] = ()  # "exigimos": a cue whose subject is "we", a noun after it its object
    statement_nouns: frozenset[str] = frozenset()  # "les propos du ministre": a noun cue with a genitive speaker
    relatives: frozenset[str] = frozenset()  # relative pronouns ("qui", "który"): a clause about what was said
    clitics: frozenset[str] = frozenset()  # "comme X le définissent": a clitic for what was said makes any verb a cue
    pro_verbs: frozenset[str] = frozenset()  # "comme l'a fait X": a verb of doing whose clitic is an action
    first_person: frozenset[str] = frozenset()  # "„Ich glaube …“, sagt X": X's words, not a speaker of their own
    nominative: frozenset[str] = frozenset()  # "Das sagte er": a subject-only pronoun after the cue is its subject
    said: frozenset[str] = frozenset()  # "Das sagte der Minister": a pronoun for what was said, before the cue
    pro_drop: bool = False  # "“…”, cuenta.": a cue may have no subject; it speaks for the block's named topic
    openers: frozenset[str] = frozenset()  # complementisers opening what a cue reports ("que", "che", "że")
    requests: frozenset[str] = frozenset()  # "pidió que …": a verb of asking is a cue only with "que" after it
    finding_verbs: frozenset[str] = frozenset()  # "La policía encontró: «Nada»": its colon opens no quotation said
    content_cues: frozenset[str] = frozenset()  # "lancer", "avancer": verbs that report only with said content
    stance_nouns: frozenset[str] = frozenset()  # "übte Kritik, …": a light verb's object that makes it a cue
    light_verbs: frozenset[str] = frozenset()  # "üben", "erheben": cues only with a stance noun and said content
    stance_arrivals: frozenset[str] = frozenset()  # "Kritik kam von X: …": a fronted stance came from someone
    stance_origins: frozenset[str] = frozenset()  # "von", "vom": the preposition before who took it
    message_nouns: frozenset[str] = frozenset()  # "hat einen Brief geschrieben: „…“": a written thing that says
    #: words opening an indirect question, what a reporting modal's infinitive may tell ("Der Minister will
    #: erläutern, warum …", "wollte erklären, wie es weitergeht"): the row's ``question_words``
    questions: frozenset[str] = frozenset()
    third_person: tuple[str, ...] = ()  # endings of a finite verb in the third person ("explicó", "ha", "powiedział")
    coordinated: bool = False  # "Dowódcy i zwierzchnicy zastrzegają": nouns joined by "and" are one subject
    reported: frozenset[str] = frozenset()  # "Er sei …": Konjunktiv I continues the report of the sentence before
    reflexive_cues: frozenset[str] = frozenset()  # "zeigte sich optimistisch": a cue with a reflexive and an adjective
    #: "„…“, freute sich X": a verb of feeling with its reflexive is a cue in a sentence holding a quotation
    quote_reflexive_cues: frozenset[str] = frozenset()
    #: "„…“, lacht X": a verb of manner is a cue only right after a quotation and its comma
    quote_manner_cues: frozenset[str] = frozenset()
    #: "Für Familien empfiehlt sich der Tarif": with its reflexive, a cue says a thing is advisable, nobody speaks
    advisable_reflexives: frozenset[str] = frozenset()
    #: "Eine Erhebung der X zeigt, dass …": a verb of showing is a cue when a study opens its clause as the subject
    finding_cues: frozenset[str] = frozenset()
    finding_nouns: tuple[str, ...] = ()  # lower-case ends of the study's noun ("Umfrage", "Jugendstudie")
    #: lower-case ends of the nouns of documents and studies ("Abschlusserklärung", "Gutachten"): opening a sentence
    #: as its subject, they are what a pronoun of the same gender in the next sentence stands for, no person
    thing_subjects: tuple[str, ...] = ()
    #: "Como apurou a Folha, …": a verb of finding out is a cue only in an "as" clause (the outlet learnt it)
    learning_cues: frozenset[str] = frozenset()
    learnt_from: frozenset[str] = frozenset()  # "a-t-on appris de source judiciaire": whom it was learnt from
    impersonal_subjects: frozenset[str] = frozenset()  # "on", "-on"
    #: the infinitive marker ("zu"): "Es ist davon auszugehen", "ist zu erwarten" is no report by the subject
    infinitive_marker: str = ""
    #: "Dies geht aus einem Bericht der X hervor": a cue whose source is the phrase after ``origin_prepositions``
    origin_cues: frozenset[str] = frozenset()
    origin_prepositions: frozenset[str] = frozenset()
    #: "Die Redaktion erhielt vom Ministerium die Auskunft, dass …": a verb of receiving whose source is the phrase
    #: after "von", with a noun of information (``received_nouns``) and what it said after a comma or a colon
    receiving_cues: frozenset[str] = frozenset()
    received_nouns: frozenset[str] = frozenset()
    #: "Von Ärzten habe ich gehört, man müsse …": a verb of hearing whose subject is the writer or "man" and whose
    #: source is the phrase after "von", with what was heard after a comma or a colon
    hearing_cues: frozenset[str] = frozenset()
    #: lemmas a tagger gives a hearing cue's participle ("gehört": "gehören"), read as it after a perfect auxiliary
    participle_lemmas: frozenset[str] = frozenset()
    #: "X und Y empfehlen": two names joined by "and" before a plural cue are one subject (German, where nouns
    #: joined by "and" are otherwise split: "Die Ankündigungen von Bahn und Minister X" is no subject)
    plural_names_joined: bool = False
    subject_articles: frozenset[str] = frozenset()  # "Neue Regeln fordert der Verband": a subject after the cue
    dative_articles: frozenset[str] = frozenset()  # "Dem Bayerischen Rundfunk sagte der Minister": to whom
    #: nouns of a stretch of time, heads of a fronted accusative of time ("Zwei Tage später sagte X", "Diese Woche
    #: erklärte X"): no subject, which follows the verb in verb-second order
    time_nouns: frozenset[str] = frozenset()
    nominative_openers: frozenset[str] = frozenset()  # "Die Partei fordert …": a phrase opening so may be the subject
    verb_final: frozenset[str] = frozenset()  # "weil X … fordert": the subject follows the conjunction, not the object
    #: relative pronouns opening a verb-final clause ("…, in dem er mitteilte", "…, das X als Y bezeichnet"), and
    #: those of them that can be no subject (accusative, dative, genitive: "den", "dem", "dessen")
    relative_openers: frozenset[str] = frozenset()
    object_relatives: frozenset[str] = frozenset()
    #: modal verbs whose subject speaks through the infinitive cue closing their clause ("Er wollte den Fans
    #: versichern, dass …", "Sie musste es ihrem Vater mitteilen"); not those of ability ("können … verlangen")
    reporting_modals: frozenset[str] = frozenset()
    #: present-tense forms of a reporting modal of duty ("Der Mitarbeiter muss seinen Chef informieren, dass …"): what
    #: someone has to say is no statement made, so such a modal's infinitive cue has no frame (the past "musste …
    #: mitteilen" reports that it was said, and so does a verb of ``concession_cues``)
    obligation_modals: frozenset[str] = frozenset()
    #: verbs of conceding that a modal of duty leaves a report ("Nun muss der Konzern einräumen, dass …": news tells
    #: in the present that the concession was made)
    concession_cues: frozenset[str] = frozenset()
    #: words of a supposition that open a sentence before ", dass" ("Möglich, dass Trump meint, …"): what the clause
    #: after them reports is the writer's guess, no statement anyone made
    supposition_openers: frozenset[str] = frozenset()
    #: inflected endings of a participle before its noun ("Privat versicherte Mitarbeiter haben …", "die
    #: angekündigten Regeln"): such a word with a noun after it and a verb right after the noun is an adjective
    attributive_endings: tuple[str, ...] = ()
    #: separable prefixes that a finite verb of a main clause leaves at its end ("hebt … hervor"): a cue written
    #: whole with one of them, as its own lemma, in a sentence with no other verb and no conjunction is an infinitive
    #: with no subject ("Immer die Fehler hervorheben, ohne …": a slogan, the noun before it its object)
    separable_prefixes: tuple[str, ...] = ()
    #: separable verbs of a cue's stem that do no reporting, written joined ("absagen": "Der Verein sagte das Spiel
    #: ab" cancels it; "freisprechen": "Das Gericht sprach ihn frei" acquits): a cue whose particle of one of them
    #: stands apart in its clause is that verb, no cue
    particle_acts: frozenset[str] = frozenset()
    #: verbs of seeming whose subject is the subject of the infinitive with its marker closing the sentence ("Eine
    #: Studie von X scheint die Wirksamkeit zu bestätigen": the study confirms it, hedged; realpages dev3)
    raising_verbs: frozenset[str] = frozenset()
    #: modals whose infinitive closing the sentence reports what the subject means to say ("Das wollte X am Montag
    #: verkünden"; the language row's ``intent_modals``)
    intent_modals: frozenset[str] = frozenset()
    #: conjunctions that open a verb-final clause only after a comma ("…, als X … preisgab"; "als" elsewhere is "as")
    comma_openers: frozenset[str] = frozenset()
    #: singular personal pronouns that take the person the sentence before (same block) opened with by name ("Vera
    #: Lindqvist leitet das Amt seit dem Frühjahr. Sie sagt, …"): the name is the source
    antecedent_pronouns: frozenset[str] = frozenset()
    own: frozenset[str] = frozenset()  # "eigenen Angaben zufolge": the clause's subject is the source
    noun_capitals: bool = False  # every noun is capitalised: a capitalised noun inside a sentence is no verb
    impersonal: frozenset[str] = frozenset()  # "heißt es": a cue only beside ``impersonal_pronouns``
    impersonal_pronouns: frozenset[str] = frozenset()
    impersonal_prepositions: frozenset[str] = frozenset()  # "heißt es in der Mitteilung des Verbands"
    belief_conditions: frozenset[str] = frozenset()  # "Glaubt man den Kommentaren, …": the dative speaks
    condition_openers: frozenset[str] = frozenset()  # "Wenn man den Umfragen glauben darf, …": the same, verb-final
    generic_subjects: frozenset[str] = frozenset()  # "man", "on": the generic subject of such a condition
    #: pronouns that can only be objects (and "es" before a noun phrase) between an inverted cue and its subject
    #: ("…, sagt uns die Quelle", "So beschrieb es einst X"): what was said or who heard it, never who spoke
    object_pronouns: frozenset[str] = frozenset()
    object_articles: frozenset[str] = frozenset()  # "sagte es dem Lehrer": a phrase they open is another object
    demonstratives: frozenset[str] = frozenset()  # "Diese Schwäche hat X aufgezeigt": a fronted object, X speaks
    #: "X kommt zu dem Schluss, dass …": a verb of arriving with "zu" and a noun of conclusion is a cue
    conclusion_cues: frozenset[str] = frozenset()
    conclusion_nouns: frozenset[str] = frozenset()
    conclusion_prepositions: frozenset[str] = frozenset()
    #: "Experten sind sich einig, dass …", "da sind sich alle X einig": a copula with its reflexive and one of these
    #: adjectives is a cue (a stance shared by the subject)
    agreement_cues: frozenset[str] = frozenset()
    agreement_adjectives: frozenset[str] = frozenset()
    #: "Die Reform kommt zu spät, darin sind sich alle Ökonomen einig": the adverb pointing back, after a comma,
    #: to the clause the subject agrees on
    agreement_pointers: frozenset[str] = frozenset()
    #: "„…“, konnte X ein positives Resümee ziehen": a quotation filling the sentence before the finite verb and its
    #: comma is what the named subject after that verb said, whatever the verb (verb-second German)
    quote_prefield: bool = False
    #: light-verb phrases of saying and stance: (verb lemma, the word or two, as written, that make the verb one)
    #: standing in the verb's clause ("machte deutlich", "gab zu bedenken", "erteilte eine Absage", "nahm Stellung",
    #: "Kritisch sieht der Verband …"); a lemma written "sich geben" needs its reflexive ("gab sich zuversichtlich")
    phrase_cues: frozenset[tuple[str, str]] = frozenset()
    #: the phrases of ``phrase_cues`` that report only with said content after them, or one of ``position_nouns`` in
    #: their clause ("machte klar, dass …", "hat ihre Position klar gemacht"; not "machte den Klassenerhalt klar")
    content_phrase_cues: frozenset[tuple[str, str]] = frozenset()
    #: the phrases of ``phrase_cues`` that judge a matter named before the companion ("sieht in der Novelle / darin
    #: einen Rückschritt"; "sah einen Fehler des Torwarts" was seen with the eyes): a word of ``MATTER_WORDS`` first
    matter_phrase_cues: frozenset[tuple[str, str]] = frozenset()
    position_nouns: frozenset[str] = frozenset()
    #: companions of ``phrase_cues`` that make a phrase only with no determiner right before them ("nahm Stellung",
    #: "bezog klar Position"; "nahm keine Stellung" declined, "bezog die Stellung" is troops')
    bare_companions: frozenset[str] = frozenset()
    #: one-word companions of ``phrase_cues`` that the last part of a compound noun matches too ("veröffentlichte
    #: die Wahlergebnisse", "die Kennzahlen": Ergebnisse, Zahlen)
    compound_companions: frozenset[str] = frozenset()
    #: predicatives of belief after a copula of ``agreement_cues`` that report with said content after them ("ist
    #: überzeugt, dass …", "ist sich sicher, dass …", "ist der Meinung, dass …"; not "ist überzeugt von seinem Auto")
    belief_predicatives: frozenset[str] = frozenset()
    #: predicatives of a verdict (one word or two) after a copula of ``agreement_cues`` that report with a colon and
    #: what was said after it ("Les experts sont formels : …", "L'évaluation de X est sans appel : …"; not "Le
    #: jugement est sans appel." nor "Le règlement est formel sur ce point")
    verdict_predicatives: frozenset[str] = frozenset()
    #: those of ``verdict_predicatives`` that report only for a subject that could speak: a name or a speaker noun
    #: at its head, or an issuer after the passive's agent preposition ("Le ministre a été clair : …", "L'évaluation
    #: faite par X est sans appel : …"; not "Le bilan de la saison de X est clair : …")
    speaker_verdicts: frozenset[str] = frozenset()
    #: nouns of a document or judgement whose genitive issuer speaks their verdict of ``speaker_verdicts``
    #: ("L'évaluation de l'Insee est sans appel : …"; not "Le bilan de la saison de X est clair : …")
    verdict_issuers: frozenset[str] = frozenset()
    #: verbs of hope and belief that report only with said content after a comma ("Die Regierung hofft, dass …",
    #: "denkt, dass …"; not "hofft auf Regen", "denkt an seine Familie")
    content_verbs: frozenset[str] = frozenset()
    #: of those, the ones that also take a thing as their object ("findet, dass …"; "fand keine Antwort darauf,
    #: dass …", "fanden Hinweise darauf, dass …" found a thing): no noun of their own before the comma
    object_content_verbs: frozenset[str] = frozenset()
    #: (verb lemma, preposition): verbs that report with that prepositional object in their clause ("drohte mit
    #: Streiks", "warb für den Ausbau"; not "warb Kunden", "droht einzustürzen")
    preposition_cues: frozenset[tuple[str, str]] = frozenset()
    #: (verb lemma, noun end): a verb of ``preposition_cues`` listed here reports only when its prepositional object's
    #: head ends with one of its nouns ("rechnet mit einem Anstieg der Preise"; not "rechnet mit dem Zug")
    preposition_objects: frozenset[tuple[str, str]] = frozenset()
    #: verbs of judging that report with ``judgement_prepositions`` and a predicative adjective or one of
    #: ``judgement_nouns`` after it ("hält die Reform für falsch", "hält es für möglich, dass …", "hält den Plan für
    #: einen Fehler"; not "hält den Ball", "hält die Straße für den Verkehr gesperrt")
    judgement_cues: frozenset[str] = frozenset()
    judgement_prepositions: frozenset[str] = frozenset()
    judgement_nouns: frozenset[str] = frozenset()


def rules_lexicon(language: Language) -> Lexicon:
    """The words the rules read for one language, from its row of the shared lexicon."""
    return Lexicon(
        cues=language.cue_forms,
        according=language.according_words,
        view_according=language.view_according_words,
        so=language.so_words,
        aux=language.aux_lemmas,
        skip=language.skip_words,
        quote_cues=language.quote_cue_lemmas,
        genitive=language.genitive_words,
        department=language.department_prepositions,
        according_after=language.according_after_words,
        as_words=language.as_words,
        said_relatives=language.said_relatives,
        report_relatives=language.report_relatives,
        learning_cues=language.learning_lemmas,
        learnt_from=language.learnt_from,
        impersonal_subjects=language.impersonal_subjects,
        opinion=language.opinion_words,
        free_order=language.is_free_order,
        source_after=language.source_prepositions,
        agent=language.agent_prepositions,
        topics=language.topic_prepositions,
        gerund_endings=language.tagger.gerund_endings if language.tagger is not None else (),
        we_endings=language.tagger.we_endings if language.tagger is not None else (),
        statement_nouns=language.speakers.speech_nouns,
        origin_prepositions=language.speakers.origin_prepositions,
        relatives=language.speakers.relative_pronouns,
        clitics=language.proposition_clitics,
        pro_verbs=language.pro_verbs,
        first_person=language.speakers.first_person_pronouns,
        nominative=language.speakers.nominative_pronouns,
        said=language.speakers.said_pronouns,
        reported=language.reported_speech_forms,
        reflexive_cues=language.reflexive_cue_lemmas,
        phrase_cues=language.phrase_cues,
        content_phrase_cues=language.content_phrase_cues,
        intent_modals=language.intent_modals,
        subject_articles=language.subject_articles,
        dative_articles=language.dative_articles,
        nominative_openers=language.nominative_openers | language.speakers.nominative_pronouns,
        verb_final=language.verb_final_conjunctions,
        own=language.own_words,
        noun_capitals=language.speakers.capitalises_nouns,
        impersonal=language.impersonal_cues,
        impersonal_pronouns=language.impersonal_pronouns,
        impersonal_prepositions=language.impersonal_prepositions,
        belief_conditions=language.belief_conditions,
        generic_subjects=language.speakers.impersonal_pronouns,
        pro_drop=language.tagger is not None,  # the table-tagged languages (es, pt, it, pl) all drop subjects
        openers=language.content_openers,
        requests=language.request_cues,
        finding_verbs=language.finding_verbs,
        content_cues=language.content_cues,
        stance_nouns=language.stance_nouns,
        light_verbs=language.light_verbs,
        stance_arrivals=language.stance_arrivals,
        stance_origins=language.stance_origins,
        message_nouns=language.speakers.document_nouns | language.speakers.speech_nouns,
        data_nouns=language.speakers.data_nouns,
        questions=language.speakers.question_words,
        third_person=language.third_person_endings,
        # their subjects are read by these rules alone (German "Die Ankündigungen von Bahn und Minister X" joined a
        # genitive's nouns on the dev pages; French subjects come from the parser)
        coordinated=language.tagger is not None,
        speaker_heads=frozenset(
            word
            for words in (
                language.speakers.title_nouns,
                language.speakers.source_nouns,
                language.speakers.body_nouns,
                language.speakers.government_nouns,
                language.speakers.outlet_nouns,
            )
            for word in words
            if " " not in word
        ),
        outlet_heads=frozenset(word for word in language.speakers.outlet_nouns if " " not in word),
    )


@dataclass(frozen=True, slots=True)
class _Clause:
    """One sentence being read: the block text, its tokens, the sentence's token range and the quote regions."""

    text: str
    tokens: list[Token]
    first: int
    last: int
    regions: list[Span]
    lexicon: Lexicon
    #: the person the block last named as a subject or a source (pro-drop languages: who a bare cue speaks for)
    topic: Span | None = None
    #: indices of the sentence's particles (``PART``), in order: the only tokens that can stand apart from a verb
    #: (:func:`_stands_apart`), which :func:`_is_cue` would otherwise look for after every verb, noun and adjective
    particles: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        particles = tuple(k for k in range(self.first, self.last + 1) if self.tokens[k].pos == "PART")
        object.__setattr__(self, "particles", particles)

    def span(self, first: int, last: int) -> Span | None:
        """Offsets from token ``first`` to token ``last`` inclusive (``None`` when empty)."""
        return (self.tokens[first].start, self.tokens[last].end) if first <= last else None

    def content(self, first: int, last: int) -> Span | None:
        """Trimmed content over tokens ``first..last`` (time words skipped), grown to whole quotes."""
        while first <= last and self.tokens[first].text.lower() in self.lexicon.skip:
            first += 1
        span = self.span(first, last)
        trimmed = trim_content(self.text, span) if span is not None else None
        return extend_to_quotes(trimmed, self.regions, self.text) if trimmed is not None else None

    def phrase_end(self, first: int, last: int | None = None, *, governed: bool = False) -> int:
        """Index of the last token of the noun phrase starting at ``first``.

        The phrase stops at punctuation, a verb, a time word, a preposition other than a genitive
        "de"/"von" ("le Premier ministre | lors d'une conférence", "die Ministerin | am Montag") or an adverb
        or a numeral after its noun ("nach Angaben der Allianz | allerdings nur 18", "der Regierung | bis August",
        "der zivilen Allianz | dreihundert Menschen"), and in German a pronoun after its noun ("der Polizei |
        niemand"). A phrase that would start after the sentence's last token is empty (``first - 1``): a marker
        closing a block with no stop after it ("… Laut", "…, so") has no source, not the next sentence's first word.
        With ``governed`` (the phrase of an "according to" preposition, in a case of its own), a language without
        articles also ends it at a noun in the nominative (:func:`_nominative_after`).
        """
        if first > self.last:
            return first - 1
        last = self.last if last is None else last
        index = first
        if self.tokens[first].pos == "PRON":  # a pronoun is a whole subject ("…, hatte er die Partei angeprangert")
            return first
        while index + 1 <= last:
            following = self.tokens[index + 1]
            lowered = following.text.lower()
            if _is_ordinal_stop(self, index + 1) or (following.pos == "NUM" and _is_ordinal_stop(self, index + 2)):
                index += 1  # "der Präsident der 27. UN-Klimakonferenz": an ordinal's stop ends no phrase
                continue
            if _abbreviation_stop(self, index + 1, last):  # "Prof. Volker Quaschning", "John v. Berenberg"
                index += 2
                continue
            closing = _short_bracket_closing(self, index + 1, last) if self.lexicon.noun_capitals else None
            if closing is not None:  # "der Bayerische Rundfunk (BR)": the short name goes with the phrase
                index = closing
                continue
            if following.text in STOP or following.pos in ("VERB", "AUX", "SCONJ") or lowered in self.lexicon.skip:
                break
            if following.text in ADVERSATIVES:  # "del 6,7 % que dictaminó el Indec | pero todavía en niveles …"
                break  # as written, lower case: a capitalised "Ma" is a name's ("Yo-Yo Ma", "Ma Ying-jeou")
            if following.pos == "ADP" and lowered not in self.lexicon.genitive and not _opens_remit(self, index + 1):
                break
            # German also ends it at a particle: a separated verb particle ("fasst die Redaktion | zusammen"), "nicht"
            after_noun = ("ADV", "NUM", "PRON", "PART") if self.lexicon.noun_capitals else ("ADV", "NUM")
            if following.pos in after_noun and any(t.pos in ("NOUN", "PROPN") for t in self.tokens[first : index + 1]):
                break  # German "nach Angaben der Polizei | niemand": a pronoun after the noun is the clause's
            if (
                self.lexicon.noun_capitals
                and following.pos == "ADJ"
                and following.text[:1].islower()
                and self.tokens[index].pos in ("NOUN", "PROPN")  # not "der Manager eines | anderen Konkurrenten"
            ):
                break  # "nach Einschätzungen der Mission | negativ": German declines adjectives before the noun
            if _starts_phrase(self.tokens[index], following, self.lexicon):  # "laut dem Benn-Gesetz | die EU"
                break
            if governed and self.lexicon.free_order and _nominative_after(self.tokens[index], following):
                break  # "Według Beaty Szydło | rząd działa", "Zdaniem ekspertów | inflacja spadnie"
            index += 1
        return index

    def trailing_according(self, after: int) -> int:
        """Index before a trailing ", selon X" / ", laut X" clause that ends the sentence (else ``last``)."""
        for k in range(after, self.last):
            if self.tokens[k].text == "," and self.tokens[k + 1].text.lower() in self.lexicon.according:
                return k - 1
        return self.last


def sentence_numbers(words: list[str]) -> list[int]:
    """Sentence number of each word: a new sentence starts after a final stop (and its closing quote).

    Used instead of a parser's segmentation, which cuts French quotes off their inverted cue ("«…», a dit X").
    """
    numbers: list[int] = []
    current = 0
    for index, word in enumerate(words):
        numbers.append(current)
        previous = words[index - 1] if index > 0 else ""
        after_number = word == "." and (
            previous.isdigit()
            or previous.lower() in ABBREVIATIONS
            or (len(previous) == 1 and previous.isupper())
            or ("." in previous and previous[:1].isupper())  # "die F.A.S. berichtet", "U.S. officials"
        )
        next_word = words[index + 1] if index + 1 < len(words) else ""
        ends_at_stop = word in SENTENCE_STOPS and not after_number and next_word not in CLOSING_QUOTES
        ends_at_quote = word in CLOSING_QUOTES and index > 0 and words[index - 1] in SENTENCE_STOPS
        # a lower-case word after the closing quote goes on with the sentence ("„Das war es.“ sagt X")
        if ends_at_stop or (ends_at_quote and next_word != "," and not next_word[:1].islower()):
            current += 1
    return numbers


def _abbreviation_stop(clause: _Clause, k: int, last: int) -> bool:
    """Whether the full stop at ``k`` closes an abbreviation inside a name ("Prof. Volker Quaschning", "John v.
    Berenberg-Consbruch", "Anna M. Weber"): a title's short form or one letter before it, a capitalised word after
    it in the same phrase (:func:`sentence_numbers` ends no sentence there), or a hyphen and the next short form
    of a compound title ("Univ.-Prof. Dr. Robert Galler", "Dipl.-Ing. Hans Muster")."""
    tokens = clause.tokens
    if tokens[k].text != "." or k + 1 > last or k - 1 < clause.first:
        return False
    previous = tokens[k - 1].text
    short = previous.lower() in ABBREVIATIONS or (len(previous) == 1 and previous.isalpha())
    if not short or tokens[k].start != tokens[k - 1].end:
        return False
    if tokens[k + 1].text == "-" and k + 2 <= last and tokens[k + 1].start == tokens[k].end:
        return tokens[k + 2].start == tokens[k + 1].end and tokens[k + 2].text[:1].isupper()  # "Univ.-Prof."
    return tokens[k + 1].text[:1].isupper()


def _stance_with_content(clause: _Clause, i: int) -> bool:
    """Whether a stance noun is the object of the light verb at ``i`` and what was said follows it after a comma or
    a colon: a verb of reported speech, "dass" or a quotation ("Der Verband übte scharfe Kritik an der Reform,
    diese sei verfehlt", "erhebt Vorwürfe gegen den Minister: …"); "übte Kritik an der Reform." only acts."""
    tokens, lexicon = clause.tokens, clause.lexicon
    noun = next(
        (
            k
            for k in range(i + 1, clause.last + 1)
            if tokens[k].text in STOP or tokens[k].text in (",", ":") or tokens[k].lemma.lower() in lexicon.stance_nouns
        ),
        None,
    )
    if noun is None or tokens[noun].lemma.lower() not in lexicon.stance_nouns:
        return _fronted_stance(clause, i) and _said_after(clause, i)
    return _said_after(clause, noun)


def _fronted_stance(clause: _Clause, i: int) -> bool:
    """Whether the words before the verb at ``i`` are a stance noun and its adjectives alone, fronted in verb-second
    order ("Heftige Kritik übte der Verband an der Reform: …", "Kritik kam von der Gewerkschaft: …"): the stance is
    the verb's object or subject, and who took it follows the verb."""
    tokens = clause.tokens
    fronted = tokens[clause.first : i]
    return (
        bool(fronted)
        and fronted[-1].lemma.lower() in clause.lexicon.stance_nouns
        and all(t.pos in ("ADJ", "ADV") for t in fronted[:-1])
    )


def _stance_origin(clause: _Clause, i: int) -> tuple[int, int] | None:
    """Who a fronted stance came from ("Kritik kam auch von den Grünen, …": "den Grünen"): the phrase after the
    verb's preposition of origin (adverbs between them), up to a comma or a colon; ``None`` without one."""
    if not _fronted_stance(clause, i):
        return None
    tokens = clause.tokens
    k = i + 1
    while k <= clause.last and _is_adverb_at(clause, k):
        k += 1
    if k >= clause.last or tokens[k].text.lower() not in clause.lexicon.stance_origins:
        return None
    end = next(
        (m for m in range(k + 1, clause.last + 1) if tokens[m].text in STOP or tokens[m].text in (",", ":")), None
    )
    return (k + 1, end - 1) if end is not None and end > k + 1 else None


def _stance_frame(clause: _Clause, i: int, cue: Span, subject: tuple[int, int]) -> Frame | None:
    """The frame of a fronted stance ("Heftige Kritik übte der Verband an der Reform: „…“"): the phrase after the
    verb took it, and what was said is what follows the first comma or colon after that phrase."""
    tokens = clause.tokens
    mark = next((k for k in range(subject[1] + 1, clause.last) if tokens[k].text in (",", ":")), None)
    if mark is None:
        return None
    content = clause.content(mark + 1, clause.last)
    return _frame(clause, cue, content, clause.span(*subject), tokens[i].lemma.lower())


def _said_after(clause: _Clause, k: int) -> bool:
    """Whether what was said follows token ``k`` after a comma or a colon, before the sentence ends: a verb of
    reported speech, a content opener ("dass", "wonach") or a quotation."""
    tokens, lexicon = clause.tokens, clause.lexicon
    opened = False
    for token in tokens[k + 1 : clause.last + 1]:
        if token.text in (",", ":"):
            opened = True
        elif token.text in STOP and token.text != "(":
            return False
        elif opened and (
            token.text.lower() in lexicon.reported or token.text.lower() in lexicon.openers or token.text in NAME_QUOTES
        ):
            return True
    return False


def _is_cue(clause: _Clause, i: int) -> bool:
    token, lexicon = clause.tokens[i], clause.lexicon
    if token.pos not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") or token.modifier:
        return False
    if lexicon.noun_capitals and token.pos == "NOUN" and token.text[:1].isupper() and i > clause.first:
        return False  # "die Antworten der Unternehmen": a noun (German capitalises nouns, not verbs), no cue
    if _marked_infinitive(clause, i) or _attributive_participle(clause, i) or _bare_infinitive(clause, i):
        return False
    if _stative_participle(clause, i) or _advisable(clause, i):
        return False
    if lexicon.supposition_openers and _under_supposition(clause, i):
        return False
    if token.lemma.lower() in lexicon.cues or token.text.lower() in lexicon.cues:
        return not (lexicon.particle_acts and _particle_act(clause, i))
    if token.lemma.lower() in lexicon.light_verbs and _stance_with_content(clause, i):
        return True
    if token.lemma.lower() in lexicon.stance_arrivals and _stance_origin(clause, i) is not None:
        return _said_after(clause, i)
    if lexicon.phrase_cues and _phrase_cue(clause, i):
        return True
    if token.lemma.lower() in lexicon.origin_cues or _origin_particle(clause, i) is not None:
        return True
    if _received_from(clause, i) is not None:  # it reads the token's lemma first
        return True
    if token.lemma.lower() in lexicon.finding_cues and _finding_subject(clause, i):
        return True
    if token.lemma.lower() in lexicon.learning_cues and (
        _in_as_clause(clause, _auxiliary_start(clause, i)) or _learnt_from(clause, i) is not None
    ):
        return True
    if token.lemma.lower() in lexicon.conclusion_cues and _conclusion_noun(clause, i) is not None:
        return True
    if token.lemma.lower() in lexicon.agreement_cues and (
        _agreement_follows(clause, i) or _belief_follows(clause, i) or _verdict_colon(clause, i) is not None
    ):
        return True
    if token.lemma.lower() in lexicon.content_verbs and _opener_after_comma(clause, i):
        return token.lemma.lower() not in lexicon.object_content_verbs or not _object_before_comma(clause, i)
    if lexicon.preposition_cues and _preposition_cue(clause, i):
        return True
    if token.lemma.lower() in lexicon.judgement_cues and _judgement_follows(clause, i):
        return True
    if token.lemma.lower() in lexicon.quote_manner_cues and (
        _after_quotation(clause, i) or _colon_quotation(clause, i)
    ):
        return True  # "„…“, lacht X", "rief das Team plötzlich: »…«" (session 41: a colon opening the quotation)
    if (token.lemma.lower() in lexicon.requests or token.text.lower() in lexicon.requests) and _opener_follows(
        clause, i
    ):
        return True  # "pidió que los partidos apoyen …", "ha chiesto che il governo riduca …"
    finds = token.lemma.lower() in lexicon.finding_verbs  # "encontró: «Nada»": what was found, no quotation said
    if lexicon.pro_drop and token.pos == "VERB" and not finds and _quotation_after_colon(clause, i):
        return True  # "O ministro reagiu: “…”", "Y remató: «…»": any verb that opens a quotation with a colon
    if lexicon.noun_capitals and token.pos == "VERB" and not finds and _named_colon_quotation(clause, i):
        return True  # "Innenminister Klaus Bouillon begründet das so: „…“"
    if token.lemma.lower() in lexicon.reflexive_cues:
        return _stance_follows(clause, i)
    if token.lemma.lower() in lexicon.quote_reflexive_cues:
        return _quoted_feeling(clause, i)
    # a separated particle ("gab … an"): only the sentence's particles after ``i`` can stand apart
    return any(
        _stands_apart(clause, k) and f"{clause.tokens[k].text.lower()}{token.lemma.lower()}" in lexicon.cues
        for k in clause.particles[bisect.bisect_right(clause.particles, i) :]
    )


#: The most words a supposition opener may stand after at the sentence's start ("Gut möglich, dass", "Durchaus
#: denkbar, dass").
MAX_SUPPOSITION_START = 2


def _under_supposition(clause: _Clause, i: int) -> bool:
    """Whether the sentence opens with a word of ``supposition_openers`` (after at most
    :data:`MAX_SUPPOSITION_START` adverbs), a comma and the complementiser of a clause ("dass"), and the word ``i``
    stands in that clause ("Möglich, dass Trump mit seiner Politik meint, …": the writer supposes it; realpages
    dev14)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    for k in range(clause.first, min(clause.first + MAX_SUPPOSITION_START + 1, i - 2)):
        if tokens[k].text.lower() in lexicon.supposition_openers:
            opens = tokens[k + 1].text == "," and tokens[k + 2].text.lower() in lexicon.verb_final
            return opens and all(tokens[j].pos in ("ADV", "ADJ") for j in range(clause.first, k))
    return False


def _attributive_participle(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` is a participle used as an adjective before a bare noun whose own verb follows
    it ("Privat versicherte Mitarbeiter haben keinen Anspruch": realpages dev7 read "versicherte" as a cue and the
    employees as its speaker): in a verb-second clause the subject after an inverted cue is never followed at once by
    a second verb. Languages without ``attributive_endings`` are left alone."""
    tokens, endings = clause.tokens, clause.lexicon.attributive_endings
    if not endings or tokens[i].pos != "VERB" or not tokens[i].text.lower().endswith(endings):
        return False
    k = i + 1
    while k <= clause.last and tokens[k].pos == "ADJ":
        k += 1
    if k > clause.last or tokens[k].pos != "NOUN":
        return False
    while k <= clause.last and tokens[k].pos == "NOUN":
        k += 1
    return k <= clause.last and tokens[k].pos in ("VERB", "AUX")


#: Finite forms of German "sein": a speech verb's participle with one of them is a state ("Zustandspassiv"), no act
#: of speech ("die gesetzlich versichert sind", "ist in Berlin gemeldet").
SEIN_FORMS = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "bin", "bist", "seid"})
#: Words that end a German verb bracket scanned backwards besides ``STOP``: a coordination starts a verb of its own
#: ("Er ist froh und versichert, dass …").
BRACKET_JOINS = frozenset({"und", "oder", "aber", "sondern", "sowie"})


def _stative_participle(clause: _Clause, i: int) -> bool:
    """Whether the German speech verb at ``i`` is a participle in a state passive with "sein" and no agent: right
    before a verb-final form ("Personen, die in Deutschland gesetzlich versichert sind", "Wer privat versichert ist")
    or closing a bracket a form of "sein" opens ("Sie sind automatisch versichert"). Speech verbs form their perfect
    with "haben", so the subject is what the state is about, never a speaker (sweep42, issue #18: the Foreign
    Office's travel advice read "Italien für alle Personen" as the speaker of "versichert"). A "werden" passive
    ("gemeldet worden") and an agent ("vom Ministerium bestätigt") are left to the passive rules."""
    tokens, lexicon = clause.tokens, clause.lexicon
    token = tokens[i]
    if not lexicon.noun_capitals or token.lemma.lower() not in lexicon.cues:
        return False
    if token.text.lower() == token.lemma.lower() or token.pos not in ("VERB", "AUX"):
        return False
    if i < clause.last:
        following = tokens[i + 1].text.lower()
        if following == "worden":
            return False
        if following in SEIN_FORMS:
            return True
    for k in range(i - 1, clause.first - 1, -1):
        word = tokens[k].text.lower()
        if tokens[k].text in STOP or word in BRACKET_JOINS or word in GERMAN_AGENTS:
            return False
        if tokens[k].pos in ("VERB", "AUX"):
            return word in SEIN_FORMS
    return False


def _bare_infinitive(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` is a separable verb's infinitive standing for the sentence's verb (see
    ``separable_prefixes``; realpages dev11 read "die Fehler" as the speaker of "Immer die Fehler hervorheben"): no
    other verb, no subordinating conjunction (nor "wie") and no relative pronoun in its sentence, which a finite
    separable verb written whole would need. An infinitive with its marker ("ohne daran zu arbeiten") is no finite
    verb."""
    tokens, prefixes = clause.tokens, clause.lexicon.separable_prefixes
    word = tokens[i].text.lower()
    if not prefixes or tokens[i].pos != "VERB" or word != tokens[i].lemma.lower() or not word.startswith(prefixes):
        return False
    marker, lexicon = clause.lexicon.infinitive_marker, clause.lexicon
    for k in range(clause.first, clause.last + 1):
        if k == i:
            continue
        after_comma = k > clause.first and tokens[k - 1].text == ","
        lowered = tokens[k].text.lower()
        if tokens[k].pos == "SCONJ" or lowered in lexicon.verb_final or lowered in lexicon.as_words:
            return False  # "…, wie die Experten hervorheben": a verb-final clause's verb
        if after_comma and lowered in lexicon.relative_openers:
            return False
        marked = k > clause.first and tokens[k - 1].text.lower() == marker
        if tokens[k].pos in ("VERB", "AUX") and not marked:
            return False
    return True


#: The most words between a verb of asking and the complementiser of its request ("pidió a los partidos | que").
MAX_REQUEST_OBJECT = 4


def _opener_follows(clause: _Clause, i: int) -> bool:
    """Whether a complementiser follows token ``i`` within :data:`MAX_REQUEST_OBJECT` words, before any stop or
    verb (its request: "pidió que …", "pidió a los partidos que …"; not "pidió un café", "he solicitado tener …")."""
    tokens = clause.tokens
    for k in range(i + 1, min(clause.last, i + MAX_REQUEST_OBJECT + 1) + 1):
        if tokens[k].text.lower() in clause.lexicon.openers and tokens[k].pos != "ADP":
            return True  # a complementiser, not a preposition of a warning's matter ("sobre su uso")
        if tokens[k].text in STOP or tokens[k].pos in ("VERB", "AUX"):
            return False
    return False


def _quotation_after_colon(clause: _Clause, i: int) -> bool:
    """Whether a colon right after token ``i`` opens a quotation ("reagiu: “…”"), outside any quotation itself."""
    tokens = clause.tokens
    if i + 2 > clause.last or tokens[i + 1].text != ":" or _quoted(clause, i):
        return False
    return any(start == tokens[i + 2].start for start, _ in clause.regions)


def _named_colon_quotation(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` follows a name right away (a verb-second clause whose subject is that name, "X
    begründet das so") and a colon a few words on opens a quotation, in a clause that is no quotation itself: what
    the named subject said, whatever the verb ("X erinnert sich an …: „…“", "X fasst es so zusammen: „…“"). A
    pronoun or a common noun before the verb is left alone: "Der Film heißt: „…“", "Das Motto lautet: „…“"; so is a
    quotation that ends before its clause does (a quoted name)."""
    tokens = clause.tokens
    if i <= clause.first or tokens[i - 1].pos != "PROPN":
        return False
    return _colon_quotation(clause, i)


def _colon_quotation(clause: _Clause, i: int) -> bool:
    """Whether a colon a few words after the verb at ``i`` opens a quotation that runs to the clause's end, in a
    clause that is no quotation itself ("… begründet das so: „…“", "rief das Team plötzlich: »…«")."""
    tokens = clause.tokens
    if _quoted(clause, i):
        return False
    colon = _colon_after(clause, i + 1, MAX_FEELING_OBJECT)
    if colon is None or colon >= clause.last:
        return False
    # the quotation runs to the clause's end ('spielt heute: „Die Mannschaft“ tritt in Rot an' quotes a name)
    last = clause.last - (clause.tokens[clause.last].text in STOP)
    return any(start == tokens[colon + 1].start and end >= tokens[last].end for start, end in clause.regions)


def _stands_apart(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is a particle standing apart from its verb ("gab … an"), not an infinitive's marker
    right before its verb ("Spaß zu machen begann": no "zugeben")."""
    tokens = clause.tokens
    return tokens[k].pos == "PART" and not (k + 1 < len(tokens) and tokens[k + 1].pos in ("VERB", "AUX"))


def _conclusion_noun(clause: _Clause, i: int) -> int | None:
    """Index of the noun of conclusion that makes the verb at ``i`` a cue ("kommt zu dem Schluss, dass …", "zum
    Ergebnis kommt, dass …", "kommt X aber zum Schluss: …"): after a "zu" within the verb's clause (no stop between),
    before or after it, and followed by a comma or a colon (what was concluded); else ``None``."""
    tokens, lexicon = clause.tokens, clause.lexicon
    for step in (1, -1):
        k = i + step
        while clause.first <= k <= clause.last and tokens[k].text not in STOP and tokens[k].pos not in ("VERB", "AUX"):
            if tokens[k].text.lower() in lexicon.conclusion_prepositions:
                noun = k + 1 + (k + 1 <= clause.last and tokens[k + 1].pos == "DET")
                closes = noun + 1 if step == 1 else i + 1
                if (
                    noun <= clause.last
                    and tokens[noun].lemma.lower() in lexicon.conclusion_nouns
                    and closes <= clause.last
                    and tokens[closes].text in (",", ":")
                ):
                    return noun
            k += step
    return None


#: Words of a predicative companion that make it an adverb of degree instead ("machte deutlich mehr Gewinn"), by
#: the part of speech of the word right after it.
DEGREE_FOLLOWERS = frozenset({"ADJ", "ADV", "NUM", "NOUN", "PROPN", "DET"})


def _phrase_cue(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` and a companion of ``phrase_cues`` in its clause (no stop nor other verb between,
    before or after it) make a light-verb phrase of saying or stance ("machte in einer Erklärung deutlich, dass …",
    "hat deutlich gemacht", "Kritisch sieht der Verband …", "gab sich zuversichtlich"). A lower-case companion
    must be predicative: no adjective, adverb, number or noun right after it ("machte deutlich mehr Gewinn"), and it
    must be written so except opening the sentence; a capitalised one (a noun) is written so. A verb whose
    particle closes the clause is another verb ("sieht gut aus", "sieht … vor"); a phrase of
    ``content_phrase_cues`` needs said content after it or a noun of a position in its clause."""
    return _phrase_at(clause, i) is not None


def _phrase_at(clause: _Clause, i: int) -> Span | None:
    """The first and last index of the companion that makes the verb at ``i`` a phrase cue (:func:`_phrase_cue`),
    else ``None``."""
    tokens, lexicon = clause.tokens, clause.lexicon
    lemma = tokens[i].lemma.lower()
    if tokens[i].pos not in ("VERB", "AUX") or not _phrase_lemmas(lexicon.phrase_cues) & {lemma, f"sich {lemma}"}:
        return None
    window = list(_verb_clause(clause, i))
    if _particle_apart(clause, window):
        return None
    # the reflexive stands apart ("se mostró", "gab sich"), before the auxiliary ("s'est montré", "si è detto") or
    # joins the verb ("mostrou-se")
    before = i - 1
    while before > clause.first and tokens[before].pos == "AUX":
        before -= 1
    reflexive = (
        any(tokens[k].text.lower() in REFLEXIVES for k in window)
        or (before < i - 1 and tokens[before].text.lower() in REFLEXIVES)
        or tokens[i].text.lower().endswith(ENCLITIC_REFLEXIVES)
    )
    for verb, phrase in sorted(lexicon.phrase_cues):
        if verb not in (lemma, f"sich {lemma}") or (verb != lemma and not reflexive):
            continue
        end = _companion_end(clause, window, phrase)
        if end is None:
            continue
        found = (end - len(phrase.split()) + 1, end)
        if verb == "sehen" and found[0] > 0 and tokens[found[0] - 1].text.lower().startswith(POSSESSIVE_STEMS):
            continue  # "sah Müller seine Chance": his own opportunity, no view of a matter ("vertritt ihre Ansicht" is)
        if (verb, phrase) in lexicon.matter_phrase_cues and not any(
            tokens[k].text.lower() in MATTER_WORDS for k in window if k < found[0]
        ):
            continue  # "sah einen Fehler des Torwarts": no matter the judgement is passed on
        if (verb, phrase) not in lexicon.content_phrase_cues:
            return found
        if _said_after(clause, max(end, i)) or any(tokens[k].lemma.lower() in lexicon.position_nouns for k in window):
            return found
        if end > i and _opener_follows(clause, end):
            return found  # "dejó claro que …", "ha fatto sapere che …": the complementiser with no comma before it
    return None


#: Words naming the matter a phrase of ``matter_phrase_cues`` judges ("sieht in X / im Y / darin einen Fehler").
MATTER_WORDS = frozenset({"in", "im", "darin", "hierin"})
#: Stems of the German possessive determiners ("seine Chance", "ihre Gefahr"): an object someone has, not one seen.
POSSESSIVE_STEMS = ("mein", "dein", "sein", "ihr", "unser", "euer", "eure")


def _holds_companion(clause: _Clause, i: int, frame: Frame) -> bool:
    """Whether the source of the phrase cue at ``i`` holds the phrase's companion ("…, die eine Chance sieht": the
    relative pronoun's clause read "die eine Chance" as the subject): a misread subject, no frame."""
    if frame.source is None or not clause.lexicon.phrase_cues or clause.tokens[i].lemma.lower() in clause.lexicon.cues:
        return False
    companion = _phrase_at(clause, i)
    if companion is None:
        return False
    start, end = clause.tokens[companion[0]].start, clause.tokens[companion[1]].end
    return frame.source[0] <= start and end <= frame.source[1]


def _drop_companion(clause: _Clause, i: int, frame: Frame) -> None:
    """Start the content of a phrase cue's frame after the phrase's companion when the content opens with it ("dejó
    claro | que …", "se mostró convencido | de que …", "machte deutlich, | dass …"): the companion is the cue's own
    word, not what was said; a preposition, comma or reflexive between it and the rest goes with it."""
    companion = _phrase_at(clause, i) if clause.lexicon.phrase_cues and frame.content else None
    if companion is None or companion[0] < i:
        return
    tokens = clause.tokens
    begin = next((k for k in range(i + 1, companion[0] + 1) if tokens[k].start >= frame.content[0][0]), None)
    if begin is None or tokens[begin].start != frame.content[0][0]:
        return
    k = companion[1] + 1
    while k <= clause.last and (tokens[k].text == "," or (tokens[k].pos == "ADP" and k == companion[1] + 1)):
        k += 1
    end = frame.content[0][1]
    if k <= clause.last and tokens[k].start < end:
        frame.content[0] = (tokens[k].start, end)


def _before_companion(clause: _Clause, i: int, last: int) -> int:
    """Index of the word before the companion of the phrase cue at ``i`` when that companion closes the words up to
    ``last`` (past punctuation), else ``last``."""
    end = last
    while end > i and clause.tokens[end].pos == "PUNCT":
        end -= 1
    companion = _phrase_at(clause, i)
    return companion[0] - 1 if companion is not None and companion[0] > i and companion[1] == end else last


@functools.cache
def _phrase_lemmas(phrases: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The verb lemmas of ``phrases`` (what :func:`_phrase_cue` checks a verb against first)."""
    return frozenset(verb for verb, _ in phrases)


def _verb_clause(clause: _Clause, i: int) -> Iterator[int]:
    """Indices of the words around the verb at ``i`` up to a stop or another verb on either side (its clause's
    middle field and its fronted phrase: "Kritisch sieht der Verband den Zeitplan", "hat deutlich gemacht"); an
    infinitive with its marker is no other verb ("gab zu bedenken")."""
    tokens, marker = clause.tokens, clause.lexicon.infinitive_marker
    for step in (-1, 1):
        k = i + step
        while clause.first <= k <= clause.last:
            bracket = _short_bracket_closing(clause, k, clause.last) if step == 1 else _short_bracket_opening(clause, k)
            if bracket is not None:
                k = bracket + step
                continue
            if tokens[k].text in STOP:
                break
            marked = k > clause.first and tokens[k - 1].text == marker  # "gab zu bedenken": the phrase's own verb
            if tokens[k].pos in ("VERB", "AUX") and not (marker and marked):
                break
            yield k
            k += step


def _companion_end(clause: _Clause, window: list[int], phrase: str) -> int | None:
    """Index of the last word of ``phrase`` (one or two words, as written) where it stands inside ``window``."""
    tokens, words = clause.tokens, phrase.split()
    inside = set(window)
    for k in window:
        end = k + len(words) - 1
        if not all(j in inside for j in range(k, end + 1)):
            continue
        written = [tokens[j].text for j in range(k, end + 1)]
        if k == clause.first:
            written[0] = written[0][:1].lower() + written[0][1:] if words[0][:1].islower() else written[0]
        declined = k > 0 and (tokens[k - 1].pos == "DET" or tokens[k - 1].text.lower() == "nicht")
        compound = (
            phrase in clause.lexicon.compound_companions
            and tokens[k].pos == "NOUN"
            and len(written[0]) > len(phrase) + 2
            and written[0].lower().endswith(phrase.lower())
        )
        if (written != words and not compound) or (phrase in clause.lexicon.bare_companions and declined):
            continue
        if words[-1][:1].islower() and end < clause.last and tokens[end + 1].pos in DEGREE_FOLLOWERS:
            continue  # "machte deutlich mehr Gewinn": an adverb of degree
        return end
    return None


def _advisable(clause: _Clause, i: int) -> bool:
    """Whether the cue at ``i`` (one of ``advisable_reflexives``) stands with its reflexive and says that something
    is advisable: "Für Familien empfiehlt sich der Tarif des ADAC", "Es empfiehlt sich, früh zu buchen" (its
    reflexive right after it, or after "es"), "…, weil sich ein Wechsel empfiehlt" (before it, in its clause, when
    it ends the clause). No one recommends anything there; the noun after it is no speaker. A reflexive that opens a
    zu-infinitive is that infinitive's ("Ärzte empfehlen sich impfen zu lassen": the doctors recommend)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if tokens[i].lemma.lower() not in lexicon.advisable_reflexives:
        return False
    after = [token.text.lower() for token in tokens[i + 1 : min(i + 3, clause.last + 1)]]
    at = 0 if after[:1] and after[0] in REFLEXIVES else 1 if after[1:2] and after[1] in REFLEXIVES else None
    if at == 1 and tokens[i + 1].pos != "PRON":
        at = None
    if at is not None:
        k = i + at + 2
        while k <= clause.last and tokens[k].pos != "PUNCT":
            if _marked_infinitive(clause, k) or tokens[k].text.lower() == lexicon.infinitive_marker:
                return False
            k += 1
        return True
    if i < clause.last and tokens[i + 1].pos != "PUNCT":
        return False
    k = i - 1
    while k >= clause.first and tokens[k].pos != "PUNCT":
        if tokens[k].text.lower() in REFLEXIVES:
            return True
        k -= 1
    return False


def _marked_infinitive(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` is an infinitive with its marker ("zu erwarten", "auszugehen"): after "ist" it is a
    modal passive ("Es ist davon auszugehen, dass …": it is to be assumed), after another verb the object of that
    verb; neither reports what its subject said."""
    tokens, marker = clause.tokens, clause.lexicon.infinitive_marker
    if not marker or tokens[i].pos != "VERB":
        return False
    word, lemma = tokens[i].text.lower(), tokens[i].lemma.lower()
    if i > clause.first and tokens[i - 1].text.lower() == marker and word == lemma:
        return _raising_verb(clause, i - 1) is None  # "zu erwarten"; "scheint … zu bestätigen" reports
    cut = word.find(marker, 2)
    return cut > 0 and word[:cut] + word[cut + len(marker) :] == lemma  # "aus|zu|gehen"


def _raising_verb(clause: _Clause, marker: int) -> int | None:
    """Index of the verb of seeming (``raising_verbs``) that is the last verb before the infinitive marker at
    ``marker`` in its clause, when the marker's infinitive closes its clause (the sentence's end, a comma or a
    colon after it); ``None`` elsewhere."""
    tokens = clause.tokens
    after = marker + 2
    closes = (
        after > clause.last
        or tokens[after].text in (",", ":")
        or all(t.pos == "PUNCT" for t in tokens[after : clause.last + 1])
    )
    if not clause.lexicon.raising_verbs or not closes:
        return None
    verb = next((k for k in range(marker - 1, clause.first, -1) if tokens[k].pos in ("VERB", "AUX")), None)
    return verb if verb is not None and tokens[verb].lemma.lower() in clause.lexicon.raising_verbs else None


def _origin_frame(clause: _Clause, i: int) -> Frame | None:
    """ "Dies geht aus einem Bericht der X hervor", "Aus der Antwort des Ministeriums geht hervor, dass …", "Wie aus
    einem Schreiben der X hervorgeht, …": the source is the phrase after "aus" (a document names who wrote it), not
    the subject; the content is the clause after the cue's comma, else the clause before the "as" clause, else a
    pronoun opening the sentence."""
    tokens, lexicon = clause.tokens, clause.lexicon
    particle = _origin_particle(clause, i)
    if particle is not None:
        joined = f"{tokens[particle].text.lower()}{tokens[i].lemma.lower()}"
    else:  # verb-final "wie aus X hervorgeht"
        joined, particle = tokens[i].lemma.lower(), i
    begin = next((k for k in range(i - 1, clause.first - 1, -1) if tokens[k].text in STOP), clause.first - 1) + 1
    end = next((k for k in range(particle + 1, clause.last + 1) if tokens[k].text in STOP), clause.last + 1) - 1
    preposition = next(
        (k for k in range(begin, end + 1) if tokens[k].text.lower() in lexicon.origin_prepositions and k < end), None
    )
    if preposition is None:
        return None
    source = clause.span(preposition + 1, clause.phrase_end(preposition + 1, end if particle == i else particle - 1))
    if end + 2 <= clause.last and tokens[end + 1].text in (",", ":"):
        content = clause.content(end + 2, clause.last)  # "… geht hervor, dass …", "Wie aus X hervorgeht, …"
    elif begin > clause.first + 1 and tokens[begin - 1].text == ",":
        content = clause.content(clause.first, begin - 2)  # "…, wie aus X hervorgeht."
    elif tokens[begin].text.lower() in lexicon.said:
        content = clause.content(begin, begin)  # "Das geht aus X hervor."
    else:
        return None
    cue = (tokens[i].start, tokens[i].end)
    return _frame(clause, cue, content, source, joined)


def _origin_particle(clause: _Clause, i: int) -> int | None:
    """Index of the particle after the verb at ``i`` that makes it an origin cue ("geht … hervor"), else ``None``."""
    tokens, cues = clause.tokens, clause.lexicon.origin_cues
    return next(
        (
            k
            for k in range(i + 1, clause.last + 1)
            if cues and tokens[k].pos == "PART" and f"{tokens[k].text.lower()}{tokens[i].lemma.lower()}" in cues
        ),
        None,
    )


def _separated_particle(clause: _Clause, i: int) -> int | None:
    """Index of the particle that closes the sentence and makes the verb at ``i`` a separable cue ("kündigte …
    an"), where the verb alone is none (German); else ``None``."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.noun_capitals or tokens[i].lemma.lower() in lexicon.cues or tokens[i].text.lower() in lexicon.cues:
        return None
    last = clause.last
    while last > i and tokens[last].pos == "PUNCT":
        last -= 1
    closing = next((k for k in range(i + 1, last) if tokens[k].text in (",", ":")), None)
    if closing is not None and tokens[closing - 1].pos == "PART":  # "teilte die Polizei mit, dass …"
        last = closing - 1
    particle = tokens[last]
    joined = f"{particle.text.lower()}{tokens[i].lemma.lower()}"
    return last if last > i and particle.pos == "PART" and joined in lexicon.cues else None


def _after_quotation(clause: _Clause, i: int) -> bool:
    """Whether the word at ``i`` follows a closing quotation mark and its comma ("„…“, lacht X")."""
    tokens = clause.tokens
    return i - 2 >= clause.first and tokens[i - 1].text == "," and tokens[i - 2].text in CLOSING_QUOTES


def _finding_subject(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` follows, as the second part of its clause, a noun phrase opened by a study's noun
    ("Eine Erhebung der X zeigt", "Die neue Umfrage belegt"; not "Das Foto zeigt", "Die Zahlen zeigen"): the clause
    opens the sentence or follows a comma, and only nominal words, genitives and prepositions stand before the verb."""
    tokens, lexicon = clause.tokens, clause.lexicon
    start = next((k + 1 for k in range(i - 1, clause.first - 1, -1) if tokens[k].text in STOP), clause.first)
    if _inverted_finding_subject(clause, start, i):
        return True
    k = start + (start < i and tokens[start].text.lower() in lexicon.as_words)  # "wie die Forscher zeigen, …"
    while k < i and tokens[k].pos in ("DET", "ADJ"):
        k += 1
    if k >= i or tokens[k].pos not in ("NOUN", "PROPN"):
        return False
    if not tokens[k].text.lower().endswith(lexicon.finding_nouns):
        return False
    return all(t.pos in NOMINAL | {"ADP"} for t in tokens[k + 1 : i])


def _inverted_finding_subject(clause: _Clause, start: int, i: int) -> bool:
    """Whether the verb of finding at ``i`` stands second after a one-word pronoun or adverb, or first after a
    fronted clause's comma, with a study's noun phrase right after it as its subject ("Das ergab eine Umfrage der
    X", "Dies zeigt eine Studie der Universität Y", "Zudem belegt eine Erhebung von Z, dass …", "Dass …, zeigt eine
    Studie"; session 41, issue #18: realpages dev14 "Dies ergab die sechste Umfrage von Arab Barometer"). The verb
    second of German puts the subject after the verb when anything else opens the clause; "Das zeigt ein Foto",
    "Das ergab die Wahl" have no study as their subject and stay none."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.noun_capitals or i - start > 1:
        return False
    if i - start == 1 and tokens[start].pos not in ("PRON", "ADV"):
        return False
    if i == start and (start == clause.first or tokens[start - 1].text != ","):
        return False
    k = i + 1
    while k <= clause.last and tokens[k].pos == "ADV":  # "zeigt schon ein Bericht des X"
        k += 1
    article = k
    while k <= clause.last and tokens[k].pos in ("DET", "ADJ"):
        k += 1
    if k > clause.last or k == article or tokens[k].pos not in ("NOUN", "PROPN"):
        return False
    return tokens[k].text.lower().endswith(lexicon.finding_nouns)


#: The most words between a stance verb's reflexive and its adjective ("zeigte sich im Nachgang optimistisch").
MAX_STANCE = 4


def _stance_follows(clause: _Clause, i: int) -> bool:
    """Whether a reflexive and an adjective follow the verb at ``i`` before any stop ("zeigte sich im Nachgang
    optimistisch", "zeigte sich offen für"; not "zeigte sich in Berlin")."""
    return _reflexive_then(
        clause,
        i,
        lambda token: token.pos == "ADJ" or (token.pos == "VERB" and token.text.lower() != token.lemma.lower()),
    )  # an adjective, or a participle used as one ("zeigte sich besorgt")


def _agreement_follows(clause: _Clause, i: int) -> bool:
    """Whether the reflexive and an adjective of agreement follow the copula at ``i`` before any stop ("sind sich
    einig", "sind sich alle Fachleute einig"; not "ist sich treu")."""
    return _reflexive_then(clause, i, lambda token: token.text.lower() in clause.lexicon.agreement_adjectives)


#: The most words before the finite verb of reported speech after a verb of belief's comma ("findet, die
#: Regierung müsse …").
MAX_REPORTED_LEAD = 3


def _opener_after_comma(clause: _Clause, i: int) -> bool:
    """Whether the verb's clause closes with a comma or a colon a few words after ``i``, no other verb nor stop before
    it, and a content opener or a quotation opens what follows ("Die Regierung hofft, dass …", "hofft der Minister,
    dass …"; not "hofft auf Regen, weil …", "denkt an seine Familie, die …")."""
    tokens, lexicon = clause.tokens, clause.lexicon
    for k in range(i + 1, min(clause.last - 1, i + MAX_STANCE + 1) + 1):
        if tokens[k].text in (",", ":"):
            after = tokens[k + 1]
            if (after.text.lower() in lexicon.openers and after.pos != "ADP") or after.text in NAME_QUOTES:
                return True
            # "Die Ministerin findet, das sei ein Fehler": reported speech in the clause after the comma, no stop
            # before its verb (the sentence's own full stop may follow it: "Er denkt, er habe recht.")
            verb = next(
                (
                    m
                    for m in range(k + 2, min(clause.last, k + 1 + MAX_REPORTED_LEAD) + 1)
                    if tokens[m].text.lower() in lexicon.reported
                ),
                None,
            )
            return verb is not None and not any(t.text in STOP for t in tokens[k + 1 : verb])
        if tokens[k].text in STOP or tokens[k].pos in ("VERB", "AUX") or _particle_apart(clause, [k]):
            return False  # "denkt darüber nach, ob …": another verb
    return False


def _object_before_comma(clause: _Clause, i: int) -> bool:
    """Whether a noun stands between the verb at ``i`` and the comma after it that is no subject: not after a
    subject article ("findet der Minister, dass …") and no name ("fand keine Antwort darauf, dass …")."""
    tokens = clause.tokens
    for k in range(i + 1, clause.last + 1):
        if tokens[k].text in (",", ":"):
            return False
        if tokens[k].pos == "NOUN" and tokens[k - 1].text.lower() not in clause.lexicon.subject_articles:
            return True
    return False


#: The most words between a copula and its predicative of belief ("ist der Minister fest davon überzeugt").
MAX_BELIEF = 8


def _belief_follows(clause: _Clause, i: int) -> bool:
    """Whether a predicative of belief (``belief_predicatives``) follows the copula at ``i`` in its clause, a comma
    or a colon right after it and said content after that ("Der Minister ist überzeugt, dass …", "ist sich sicher,
    dass …", "ist der Meinung, dass …"): a belief with its content is a statement (bench/data/README.md), one without
    ("ist überzeugt von seinem Auto", "ist optimistisch.") or a perfect ("ist sicher gelandet") is none."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if i > clause.first and tokens[i - 1].text.lower() in lexicon.impersonal_pronouns:
        return False  # "Es ist sicher, dass …": nobody's belief
    for k in range(i + 1, min(clause.last, i + MAX_BELIEF) + 1):
        if tokens[k].text in STOP or tokens[k].text.lower() in lexicon.impersonal_pronouns:
            return False  # "Dabei ist es sicher, dass …"
        if tokens[k].text.lower() in lexicon.belief_predicatives:
            return k < clause.last and tokens[k + 1].text in (",", ":") and _said_after(clause, k)
        if tokens[k].pos in ("VERB", "AUX"):
            return False
    return False


def _verdict_colon(clause: _Clause, i: int) -> int | None:
    """The colon after a predicative of verdict (``verdict_predicatives``) that follows the verb at ``i`` (a
    copula, or a verb of ``agreement_cues`` whose object is a statement noun) in its clause, with words after the
    colon and none but a prepositional phrase before it: "Les experts sont formels : le vaccin est sûr", "L'évaluation
    faite par X est sans appel : …", "Les agences ont un avis unanime sur le produit : …". A verdict with its content
    is a statement, as a belief is; ``None`` without the colon ("Le verdict est sans appel."), or after another
    object ("Les joueurs ont un soutien unanime : …")."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.verdict_predicatives:
        return None
    copula = tokens[i].pos == "AUX"
    for k in range(i + 1, min(clause.last - 1, i + MAX_BELIEF) + 1):
        two = f"{tokens[k - 1].text.lower()} {tokens[k].text.lower()}"
        if copula and (tokens[k].text.lower() in lexicon.verdict_predicatives or two in lexicon.verdict_predicatives):
            # whatever its tag ("a été catégorique": the small model tags it a verb)
            if (
                tokens[k].text.lower() in lexicon.speaker_verdicts or two in lexicon.speaker_verdicts
            ) and not _verdict_speaker(clause, i):
                return None
            colon = _colon_after(clause, k + 1, MAX_VERDICT_TOPIC)
            return colon if colon is not None and colon + 1 < clause.last else None
        if tokens[k].text in STOP or tokens[k].pos in ("VERB", "AUX"):
            return None
        copula = copula or tokens[k].lemma.lower() in lexicon.statement_nouns  # "ont un avis | unanime"
    return None


def _segment_start(clause: _Clause, i: int) -> int:
    """The first token after the last stop mark (``STOP``) before token ``i``, else the clause's first."""
    start = i
    while start > clause.first and clause.tokens[start - 1].text not in STOP:
        start -= 1
    return start


def _verdict_speaker(clause: _Clause, i: int) -> bool:
    """Whether the words before the verb at ``i`` (back to its sentence's start) could speak a verdict of
    ``speaker_verdicts``: their first noun is a name or a speaker noun ("Le ministre", "Claire Martin"), or an issuer
    follows the agent preposition ("L'évaluation faite par France Stratégie"), or right after the genitive of a
    noun of ``verdict_issuers`` ("L'évaluation de l'Insee"). A name inside a complement of another noun does not
    speak ("Le contraste avec la politique de Donald Trump est clair : …", "Le bilan de la saison de X")."""
    tokens, lexicon = clause.tokens, clause.lexicon
    start = _segment_start(clause, i)
    words = range(start, i)
    if any(tokens[k].text.lower() in lexicon.agent for k in words):
        return True
    head = next((k for k in words if tokens[k].pos in ("NOUN", "PROPN") or _is_name_word(tokens[k])), None)
    if head is None:
        return False
    if tokens[head].lemma.lower() in lexicon.verdict_issuers and head + 1 < i:
        issuer = head + 2 if tokens[head + 1].text.lower() in lexicon.genitive else i
        while issuer < i and tokens[issuer].pos == "DET":
            issuer += 1  # "de | l'Insee", "de | la Cour des comptes"
        head = issuer if issuer < i else head
    return _is_name_word(tokens[head]) or _is_speaker_head(clause, head, nominative=False)


#: The most words between a predicative of verdict and its colon ("sont formels | sur ce point | :").
MAX_VERDICT_TOPIC = 5


def _particle_act(clause: _Clause, i: int) -> bool:
    """Whether a particle standing apart in the clause of the verb at ``i`` makes it a separable verb of
    ``particle_acts`` ("sagte den Ausflug ab": "absagen", to cancel) with no stance noun in its clause ("meldete
    Bedenken an", "meldete Zweifel an, dass …" voice a view; "meldete Insolvenz an" registers)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    lemma = tokens[i].lemma.lower()
    around = list(_verb_clause(clause, i))
    return any(
        _stands_apart(clause, k) and f"{tokens[k].text.lower()}{lemma}" in lexicon.particle_acts
        for k in around
        if k > i and tokens[k].pos == "PART"
    ) and not any(tokens[k].lemma.lower() in lexicon.stance_nouns for k in around)


def _particle_apart(clause: _Clause, window: list[int]) -> bool:
    """Whether a separable particle other than "nicht" stands apart in ``window`` (the verb is another verb: "hält …
    bereit", "sieht … vor")."""
    tokens = clause.tokens
    return any(
        tokens[k].pos == "PART" and _stands_apart(clause, k) and tokens[k].text.lower() != "nicht" for k in window
    )


def _preposition_cue(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` reports through its prepositional object (``preposition_cues``): the preposition
    stands in its clause, before or after it ("Die Gewerkschaft drohte mit Streiks", "Mit Streiks drohte X", "warb
    für den Ausbau"), no infinitive with its marker follows ("droht mit jedem Tag zu verfallen": what may happen),
    no figure follows the preposition ("warb um 9 Uhr"), and no particle stands apart (another verb)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    lemma = tokens[i].lemma.lower()
    wanted = {preposition for verb, preposition in lexicon.preposition_cues if verb == lemma}
    if not wanted or tokens[i].pos != "VERB":
        return False
    window = list(_verb_clause(clause, i))
    marker = lexicon.infinitive_marker
    if _particle_apart(clause, window) or (
        marker and any(tokens[k].text == marker and tokens[k].pos != "ADP" for k in window)
    ):
        return False
    objects = tuple(noun for verb, noun in lexicon.preposition_objects if verb == lemma)
    return any(
        tokens[k].pos == "ADP"
        and tokens[k].text.lower() in wanted
        and k < clause.last
        and (_object_head_ends(clause, k + 1, window, objects) if objects else tokens[k + 1].pos != "NUM")
        for k in window
    ) or any(tokens[k].pos == "ADV" and tokens[k].text.lower() in wanted for k in window)  # "distanzierte sich davon"


def _object_head_ends(clause: _Clause, k: int, window: list[int], nouns: tuple[str, ...]) -> bool:
    """Whether the noun heading the phrase from ``k`` (past articles, adjectives, figures and adverbs) ends with one
    of ``nouns`` ("mit einem deutlichen Anstieg", "mit Preiserhöhungen")."""
    tokens, inside = clause.tokens, set(window)
    # past a figure's measure ("mit 0,5 Prozent Wachstum", "mit 20 Millionen Euro Mehrkosten")
    while k in inside and (
        tokens[k].pos in ("DET", "ADJ", "NUM", "ADV")
        or (tokens[k].pos == "NOUN" and k + 1 in inside and tokens[k + 1].pos == "NOUN")
    ):
        k += 1
    return k in inside and tokens[k].pos == "NOUN" and tokens[k].lemma.lower().endswith(nouns)


#: Words of degree a tagger may read as pronouns before an adjective ("hält die Studie für wenig aussagekräftig").
DEGREE_PRONOUNS = frozenset({"wenig", "weniger", "viel"})


def _judgement_follows(clause: _Clause, i: int) -> bool:
    """Whether the verb of judging at ``i`` has in its clause a preposition of ``judgement_prepositions`` and after
    it (past adverbs and articles) a predicative adjective, no noun after it, or adjectives and one of
    ``judgement_nouns`` ("Der Fraktionschef hält die Reform für falsch", "hält es für möglich, dass …", "hält die
    Reform für einen schweren Fehler"): an opinion with its content. "hält den Ball", "hält die Straße für den
    Verkehr gesperrt" (a noun, then another verb) and "hält Decken für alle bereit" (a particle apart) are none."""
    tokens, lexicon = clause.tokens, clause.lexicon
    window = list(_verb_clause(clause, i))
    if _particle_apart(clause, window):
        return False
    inside = set(window)
    for k in window:
        if tokens[k].text.lower() not in lexicon.judgement_prepositions:
            continue
        j = k + 1
        while j in inside and (tokens[j].pos in ("ADV", "DET") or tokens[j].text.lower() in DEGREE_PRONOUNS):
            j += 1
        predicative = j in inside and tokens[j].pos == "ADJ" and tokens[j].text[:1].islower()
        if predicative and (j == clause.last or tokens[j + 1].pos not in ("NOUN", "PROPN", "ADJ")):
            return True
        while j in inside and tokens[j].pos == "ADJ":
            j += 1
        if j in inside and tokens[j].pos == "NOUN" and tokens[j].lemma.lower() in lexicon.judgement_nouns:
            return True
    return False


def _reflexive_then(clause: _Clause, i: int, wanted: Callable[[Token], bool]) -> bool:
    """Whether the reflexive follows the verb at ``i`` and a word ``wanted`` accepts comes a few words after it,
    before any stop."""
    tokens = clause.tokens
    if i >= clause.last or tokens[i + 1].text.lower() not in REFLEXIVES:
        return False
    for k in range(i + 2, min(clause.last, i + 2 + MAX_STANCE) + 1):
        if tokens[k].text in STOP:
            return False
        if wanted(tokens[k]):
            return True
    return False


def _quoted_feeling(clause: _Clause, i: int) -> bool:
    """Whether the verb of feeling at ``i`` is followed by its reflexive and stands beside a quotation: inverted
    right after it ("„…“, freute sich X") or opening it after a colon ("X ärgerte sich über den Entscheid: „…“");
    not "Die Kinder freuten sich über den Schnee", nor a quoted title in the sentence ("…, als der Film „X“ lief")."""
    tokens = clause.tokens
    if i >= clause.last or tokens[i + 1].text.lower() not in REFLEXIVES:
        return False
    if _after_quotation(clause, i):
        return True
    colon = _colon_after(clause, i + 2, MAX_FEELING_OBJECT)
    return colon is not None and any(
        start >= tokens[colon].end for start, _ in clause.regions if start < tokens[clause.last].end
    )


#: The most words between a verb of feeling's reflexive and the colon before its quotation ("X freute sich über das
#: erste Podium seiner Karriere: „…“").
MAX_FEELING_OBJECT = 10


def _colon_after(clause: _Clause, first: int, limit: int = MAX_STANCE) -> int | None:
    """Index of a colon at most ``limit`` words from ``first`` with no other stop before it, else ``None``."""
    for k in range(first, min(clause.last, first + limit) + 1):
        if clause.tokens[k].text == ":":
            return k
        if clause.tokens[k].text in STOP:
            return None
    return None


#: Words for "nothing": the whole of what a cue reports, they say that nothing was said ("Dem Minister sagte der
#: Bürgermeister nichts", "Dazu sagte sie nichts").
NOTHING = frozenset({"nichts", "nothing", "rien", "nada", "niente", "nulla", "nic"})


def _frame(clause: _Clause, cue: Span, content: Span | None, source: Span | None, lemma: str) -> Frame | None:
    if content is None or source is None or clause.text[content[0] : content[1]].strip().lower() in NOTHING:
        return None
    ambiguous = (
        lemma in clause.lexicon.content_cues or clause.text[cue[0] : cue[1]].lower() in clause.lexicon.content_cues
    )
    if ambiguous and content[0] <= cue[0] and cue[1] <= content[1]:
        # "« Le chantier avance », a déclaré X": a verb of the row's ``content_cues`` inside the quotation it would
        # report says nothing (a verb that only reports speech may: "« … – dichiara il Presidente X – … »")
        return None
    content = _within_quote(clause, cue, content)
    return None if content is None else Frame(cue=cue, content=[content], source=source, cue_lemma=lemma)


def _within_quote(clause: _Clause, cue: Span, content: Span) -> Span | None:
    """``content``, or for a cue inside someone else's quotation, the words after it up to the closing mark when
    the content ran past that mark ("„Der Minister hat gesagt, dass der Plan tot ist“, sagte Peter Müller": the
    minister's report ends at "ist", the quoting sentence's cue is no part of it; brackets42, issue #18)."""
    region = next((r for r in clause.regions if r[0] < cue[0] and cue[1] < r[1]), None)
    if region is None or content[1] <= region[1] or content[0] > cue[0]:
        return content
    end = region[1]
    while end > cue[1] and not clause.text[end - 1].isalnum():
        end -= 1
    return trim_content(clause.text, (cue[1], end))


#: Words opening a legal provision ("§ 449 BGB", "Art. 5 GG", "Artikel 3", "Article 12"): after "according to" a
#: rule of law, which no one says (realpages dev10 r10-007: statutes are no speakers).
PROVISIONS = frozenset({"§", "§§", "art", "artikel", "paragraf", "paragraph", "absatz", "abs", "article", "artículo"})


def _title_closes_phrase(clause: _Clause, first: int, end: int) -> int:
    """``end``, or the closing mark of a title in quotes inside the phrase from ``first`` when more words follow it
    ("laut der „Wahren Tabelle“ | Eintracht Frankfurt!": the title closes the phrase, the name after it is what the
    table says; attribution-negatives neg-003). A title joined to a noun by a hyphen ("„Tatort“-Kommissar") goes on."""
    tokens = clause.tokens
    opened = False
    for k in range(first, end):
        text = tokens[k].text
        if not opened and text in NAME_QUOTES:
            opened = True
        elif opened and text in CLOSING_QUOTES | NAME_QUOTES:
            if tokens[k + 1].text == "-" and tokens[k + 1].start == tokens[k].end:
                return end
            return k
    return end


def _according(clause: _Clause, i: int, cue_first: int) -> Frame | None:
    """ "Selon X, …" / "…, selon X" / "Laut X …" / "Nach Angaben von X …" / "De acuerdo con X, …"."""
    if cue_first > clause.first and clause.tokens[cue_first - 1].pos == "DET":
        return None  # "o segundo turno", "il secondo giorno": an ordinal, not "according to"
    source_end = clause.phrase_end(i + 1, governed=True)
    if cue_first == clause.first:
        comma = next(
            (k for k in range(i + 1, min(clause.last, i + MAX_ACCORDING_SOURCE + 1)) if clause.tokens[k].text in STOP),
            None,
        )
        # in German, up to the comma only over a noun phrase: the finite verb right after the phrase ("Laut dem
        # Ministerium sind die Impfstoffe sicher, berichtete die dpa") starts the content, as verb-second order puts
        # it there (a French tagger's "le naturopathe" as a verb is no such thing)
        after = clause.tokens[source_end + 1] if source_end + 1 <= clause.last else None
        verb = clause.lexicon.noun_capitals and after is not None and after.pos in ("VERB", "AUX")
        if comma is not None and clause.tokens[comma].text == "," and comma - 1 > source_end and not verb:
            source_end = comma - 1
        else:
            source_end = _member_phrase_end(clause, source_end)
    source_end = _listed_names_end(clause, source_end)
    first = i + 1
    if " ".join(token.text.lower() for token in clause.tokens[cue_first : i + 1]) in clause.lexicon.view_according:
        first = _view_holder(clause, i) if _set_apart(clause, cue_first) else None
        if first is None or first > source_end:
            return None  # "llegó a juicio en los tribunales", "na visão noturna": a trial, an eyesight
    source_end = _title_closes_phrase(clause, first, _before_channel(clause, first, source_end))
    source = clause.span(first, source_end)
    if source is not None and not any(char.isalnum() for char in clause.text[source[0] : source[1]]):
        source = None  # "Das sage ich laut.": the adjective closing its sentence, no source after it
    if i < clause.last and clause.tokens[i + 1].text.lower().rstrip(".") in PROVISIONS:
        source = None  # "gemäß § 449 BGB", "laut Artikel 5": a rule of law, no one who speaks
    verb_second = clause.lexicon.noun_capitals and cue_first == clause.first and i < clause.last
    if verb_second and clause.tokens[i + 1].pos in ("VERB", "AUX"):
        # "Nach Medienberichten soll der Trainer gehen": the finite verb right after the phrase opens the content
        # (German verb-second order), the phrase names no source ("soll der Trainer" was a person); elsewhere a
        # verb there opens an "as" clause ("Conforme informou a Polícia Federal", "Según ha podido saber X")
        source, source_end = None, i
    source_named = i < clause.last and clause.tokens[i + 1].pos in NOMINAL
    if not source_named and _is_own(clause, cue_first, i):
        source_end = i  # "Nach eigenen Angaben investiert die Firma …": the cue holds "own", no phrase follows it
    if _is_own(clause, cue_first, source_end) and (not source_named or _is_own(clause, i + 1, source_end)):
        # "Nach eigenen Angaben investiert die Firma …", "laut eigenen Angaben": the firm's own words
        subject = _clause_subject(clause, cue_first, source_end)
        source = clause.span(*subject) if subject is not None else None
    if cue_first == clause.first:
        content = clause.content(source_end + 1, clause.last)
    else:
        content = clause.content(clause.first, cue_first - 1)
    phrase = " ".join(token.text.lower() for token in clause.tokens[cue_first : i + 1])
    return _frame(clause, clause.span(cue_first, i) or (0, 0), content, source, phrase)


def _listed_names_end(clause: _Clause, end: int) -> int:
    """The end of an "according to" phrase whose source (ending at ``end`` on a name) is the first of a list of names
    joined by commas and closed by "und"/"oder" ("Laut den Forschern Müller, Meier und Schulze ist …", "Laut Lena
    Hoffmann, Tim Becker und Sara Schmidt wird …", "…, laut A, B und C."): the list's last name, where the list
    closes before the clause's verb or a stop; ``end`` itself otherwise ("Laut Müller, dem Chef der Firma, …")."""
    tokens = clause.tokens
    if not _is_name_word(tokens[end]) or end + 2 > clause.last or tokens[end + 1].text != ",":
        return end
    k, joined = end, False
    while k + 2 <= clause.last and (tokens[k + 1].text == "," or tokens[k + 1].text.lower() in AND_WORDS):
        if joined or not _is_name_word(tokens[k + 2]):
            break
        joined = tokens[k + 1].text.lower() in AND_WORDS
        k += 2
        while k + 1 <= clause.last and _is_name_word(tokens[k + 1]):
            k += 1
    if not joined:
        return end
    closed = k == clause.last or tokens[k + 1].text in STOP or tokens[k + 1].pos in ("VERB", "AUX")
    return k if closed else end


def _set_apart(clause: _Clause, cue_first: int) -> bool:
    """Whether the phrase opening at ``cue_first`` opens its clause or follows a comma, a bracket or a quotation
    mark, as a view set apart does ("A juicio de los expertos, …", "…, na visão dos militares, …"); run on from a
    noun or a verb it is a trial or an object ("il rinvio a giudizio del sindaco", "investe na opinião de
    especialistas", "volverá a juicio de nuevo")."""
    return cue_first == clause.first or clause.tokens[cue_first - 1].text in STOP | NAME_QUOTES | {"—", "–"}


def _view_holder(clause: _Clause, i: int) -> int | None:
    """The first word of whose view the phrase ending at ``i`` names: after its genitive, and the article that
    follows a genitive preposition ("de | la ministra"; "del ministro", "dos militares" are one word each);
    ``None`` without a genitive."""
    tokens, after = clause.tokens, i + 1
    if after >= clause.last or tokens[after].text.lower() not in clause.lexicon.genitive:
        return None
    if after + 1 < clause.last and tokens[after].pos == "ADP" and tokens[after + 1].pos == "DET":
        return after + 2
    return after + 1


def _before_channel(clause: _Clause, first: int, end: int) -> int:
    """The end of an "according to" phrase's source before the message it spoke in ("Según la empresa | en un
    comunicado", "Segundo a Petrobras | em nota", "Selon Paul Martin | dans un communiqué"): a preposition (no
    genitive) after the source's first word, with at most a determiner and adjectives before one of the message
    nouns, closing the phrase; ``end`` otherwise ("Según un informe de la ONU": the message is the source's head)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    for k in range(first + 1, end):
        if tokens[k].pos != "ADP" or tokens[k].text.lower() in lexicon.genitive:
            continue
        rest = tokens[k + 1 : end + 1]
        nouns = [token for token in rest if token.pos not in ("DET", "ADJ")]
        said = nouns and {nouns[0].lemma.lower(), nouns[0].text.lower()} & lexicon.message_nouns  # "nota" as a verb
        if len(nouns) == 1 and nouns[0] is rest[-1] and said:
            return k - 1
    return end


def _opinion(clause: _Clause, i: int) -> Frame | None:
    """ "Pour ses opposants, …" / "Para el ministro, …" / "Per il governo, …": a sentence-opening phrase closed by a
    comma gives a speaker's view when its head noun names a speaker or it is a name ("Pour la première fois, …",
    "Para ello, …" give none)."""
    tokens = clause.tokens
    limit = min(clause.last, i + MAX_ACCORDING_SOURCE + 1)
    comma = next((k for k in range(i + 1, limit) if tokens[k].text in STOP), None)
    if comma is None or tokens[comma].text != "," or comma == i + 1:
        return None
    phrase = tokens[i + 1 : comma]
    if any(t.pos not in NOMINAL | {"ADP"} or t.pos == "PRON" for t in phrase):
        return None
    head = next((t for t in phrase if t.pos in ("NOUN", "PROPN")), None)
    named = head is not None and head.pos == "PROPN" and head.text[:1].isupper()
    if head is None or not (named or head.lemma.lower() in clause.lexicon.speaker_heads):
        return None
    content = clause.content(comma + 1, clause.last)
    return _frame(clause, clause.span(i, i) or (0, 0), content, clause.span(i + 1, comma - 1), tokens[i].lemma.lower())


#: Prepositions that tie anonymous sources to the body they are from or in, where no comma closes an "according to"
#: phrase (Polish "Według źródeł w rządzie …", "Według naukowców z Uniwersytetu Jagiellońskiego …").
MEMBER_PREPOSITIONS = frozenset({"z", "ze", "w", "we"})


def _member_phrase_end(clause: _Clause, end: int) -> int:
    """The end of an "according to" phrase whose source noun (``end``) is followed by a preposition of membership
    and the body it names: a name run or a government or body noun ("źródeł | w rządzie", "naukowców | z
    Uniwersytetu Jagiellońskiego"); ``end`` itself otherwise ("Według ekspertów w tym roku …": no body follows).
    The source noun is read by its lemma, whatever the tagger called it ("naukowców" as a verb)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if end + 2 > clause.last or tokens[end + 1].text.lower() not in MEMBER_PREPOSITIONS:
        return end
    if tokens[end].lemma.lower() not in lexicon.speaker_heads:
        return end
    k = end + 2
    if not (tokens[k].pos == "PROPN" and tokens[k].text[:1].isupper()):
        if not _is_speaker_head(clause, k, nominative=False):
            return end
        if k + 1 > clause.last or tokens[k + 1].pos != "PROPN":
            return k
        k += 1  # "ekonomistów z banku Pekao": the body's noun and its name
    while k + 1 <= clause.last and tokens[k + 1].pos == "PROPN" and tokens[k + 1].text[:1].isupper():
        k += 1
    return k


def _according_after(clause: _Clause, i: int) -> Frame | None:
    """ "Dem Bericht zufolge …" / "Die Preise sollen dem Bericht zufolge steigen": the source is the noun phrase
    right before the postposition; the rest of the sentence, on both sides, is the content."""
    if i == clause.first:
        return None
    end = _apposition_opening(clause, i) - 1  # "Einer Umfrage von X, einem Forschungsnetzwerk, zufolge": X's
    first = _nominal_start(clause, end)
    if clause.tokens[first].pos == "PRON":  # "…, die …, können dem Bericht zufolge": the relative clause is no source
        return None
    source = clause.span(first, end)
    if _is_own(clause, first, end):  # "Die Firma investiert eigenen Angaben zufolge …": the firm's own words
        subject = _clause_subject(clause, first, i)
        source = clause.span(*subject) if subject is not None else None
    pieces = [
        clause.content(clause.first, first - 1) if first > clause.first else None,
        clause.content(i + 1, clause.last),
    ]
    content = [piece for piece in pieces if piece is not None]
    frame = _frame(
        clause, clause.span(i, i) or (0, 0), content[0] if content else None, source, clause.tokens[i].lemma.lower()
    )
    if frame is not None:
        frame.content = content
    return frame


def _apposition_opening(clause: _Clause, i: int) -> int:
    """Index of the comma opening an apposition that ends with a comma right before the postposition at ``i``
    ("Einer Umfrage von Afrobarometer, einem pan-afrikanischen, überparteiischen Forschungsnetzwerk, zufolge"):
    the apposition describes the name before it, which is the source, not the apposition's tail (session 41, issue
    #18: realpages dev14 read "überparteiischen Forschungsnetzwerk" as the speaker). The apposition opens with an
    article after a name or a noun and holds only nominal words, commas between its adjectives and prepositions;
    ``i`` when there is none."""
    tokens = clause.tokens
    if i - 1 <= clause.first or tokens[i - 1].text != ",":
        return i
    for k in range(i - 2, clause.first, -1):
        token = tokens[k]
        if token.text == "," and tokens[k + 1].pos == "DET" and tokens[k - 1].pos in ("NOUN", "PROPN"):
            return k if k + 1 < i - 2 else i
        if token.pos not in NOMINAL | {"ADP"} and token.text != ",":
            return i
    return i


def _is_own(clause: _Clause, first: int, last: int) -> bool:
    """Whether the according phrase over tokens ``first..last`` is the subject's own ("eigenen Angaben")."""
    return any(token.text.lower() in clause.lexicon.own for token in clause.tokens[first : last + 1])


def _clause_subject(clause: _Clause, phrase_first: int, phrase_last: int) -> tuple[int, int] | None:
    """The subject of a clause holding an "own" according phrase: the noun phrase before its finite verb when the
    clause opens with one ("Die Firma investiert eigenen Angaben zufolge …"), else the one right after the verb
    (verb second: "Nach eigenen Angaben investiert die Firma …")."""
    tokens = clause.tokens
    verb = next((k for k in range(clause.first, clause.last + 1) if tokens[k].pos in ("VERB", "AUX")), None)
    if verb is None:
        return None
    if verb < phrase_first:
        words = tokens[clause.first : verb]
        if words and all(t.pos in NOMINAL | {"X", "CCONJ"} for t in words) and any(t.pos in HEADS for t in words):
            return clause.first, verb - 1
        return None
    subject = _inverted_source(clause, verb + 1) if verb > phrase_last else None
    if subject is None:
        return None
    first, last = subject  # the object may follow the subject without an article: "… die Firma | 20 Millionen Euro"
    numbers = (k for k in range(first + 1, last + 1) if tokens[k].pos == "NUM" and tokens[k - 1].pos in HEADS)
    end = next(numbers, last + 1) - 1
    return first, end


#: The most words of an aside between commas after an inverted cue ("…, lamenta, por su parte, Iris Avellaneda").
MAX_ASIDE = 4


def _after_aside(clause: _Clause, index: int) -> int:
    """The index after a short aside between commas that opens with a preposition or an adverb ("…, lamenta, por
    su parte, X", "…, a-t-il ajouté, de son côté, X"), or ``index`` when none sits there."""
    tokens = clause.tokens
    if index >= clause.last or tokens[index].text != "," or tokens[index + 1].pos not in ("ADP", "ADV"):
        return index
    for k in range(index + 2, min(index + 2 + MAX_ASIDE, clause.last)):
        if tokens[k].text == ",":
            return k + 1
        if tokens[k].pos in ("VERB", "AUX", "SCONJ", "PROPN") or tokens[k].text in STOP:
            return index
    return index


def _inverted_source(clause: _Clause, after: int) -> tuple[int, int] | None:
    """Token range of the subject after an inverted cue ("…, a précisé mardi le ministère"), also after a short
    aside ("…, lamenta, por su parte, Iris Avellaneda")."""
    index = _past_object_pronoun(clause, _after_aside(clause, after))
    while index <= clause.last and (_adverbial_phrase_length(clause, index) or _is_adverb_at(clause, index)):
        index += _adverbial_phrase_length(clause, index) or 1  # "quant à elle": the phrase, not its adverb alone
    if index < clause.last and clause.tokens[index].text in NAME_QUOTES and clause.tokens[index + 1].text[:1].isupper():
        quoted = _quoted_name(clause, index)  # "Jak poinformowała „Rzeczpospolita”, …": a paper's title in quotes
        if quoted is not None:
            return quoted
    if index <= clause.last and clause.tokens[index].pos == "ADP":
        return _closing_subject(clause, index)
    if index > clause.last or clause.tokens[index].pos not in NOMINAL:
        return None
    end = _through_quoted_title(clause, index, _joined_names_end(clause, clause.phrase_end(index), after - 1))
    phrase = clause.tokens[index : end + 1]
    nominalised = phrase[0].pos == "DET" and phrase[-1].pos == "ADJ"  # "der 48-Jährige", "le nouveau"
    if not nominalised and not any(t.pos in HEADS for t in phrase):
        return None  # "…, fügt aber rasch hinzu: …": an adverb and a separable particle name nobody
    return index, _trailing_appositive(clause, end)


#: Opening quotes around the title of a paper or a programme ("„Rzeczpospolita”", "«El País»").
NAME_QUOTES = frozenset({"„", "“", "«", '"'})
#: Of those, the marks that only ever open a quotation.
OPENERS_ONLY = frozenset({"„", "«"})
#: The most words of a title in quotes read as a subject.
MAX_QUOTED_NAME = 4


def _quoted_name(clause: _Clause, index: int) -> tuple[int, int] | None:
    """The capitalised words between the opening quote at ``index`` and its closing quote right after them, a
    title (``None`` when the quote holds other words or runs on: a quotation, not a name)."""
    tokens = clause.tokens
    for end in range(index + 1, min(clause.last, index + MAX_QUOTED_NAME) + 1):
        if tokens[end].text in CLOSING_QUOTES:
            return (index + 1, end - 1) if end > index + 1 else None
        if not tokens[end].text[:1].isupper():
            return None
    return None


def _through_quoted_title(clause: _Clause, first: int, end: int) -> int:
    """``end``, or the last word of a title in quotes the phrase from ``first`` to ``end`` opens and stops inside
    ("sagte CDU-Chef Friedrich Merz der „Bild am Sonntag“": the phrase stopped at "Bild"); the title is short, opens
    with a capital and holds no punctuation."""
    tokens = clause.tokens
    last_mark = next((k for k in range(end, first - 1, -1) if tokens[k].text in NAME_QUOTES | CLOSING_QUOTES), None)
    if last_mark is None or tokens[last_mark].text not in OPENERS_ONLY or last_mark == end:
        return end  # no quote opened in the phrase, or one closed ("„…“" ends with a mark of both kinds)
    if not tokens[last_mark + 1].text[:1].isupper():
        return end
    for k in range(end + 1, min(clause.last, last_mark + MAX_QUOTED_NAME + 1) + 1):
        if tokens[k].text in CLOSING_QUOTES:
            return k - 1
        if tokens[k].pos == "PUNCT" or tokens[k].text in NAME_QUOTES:
            return end
    return end


def _closes_quoted_title(clause: _Clause, index: int) -> bool:
    """Whether the closing quote at ``index`` ends a title in quotes inside a phrase ("Im Interview mit dem
    „Spiegel“ sagte X", "In einem Gastbeitrag für die „FAZ“ schrieb X"): an article or a preposition opens the quote
    and only capitalised words stand in it, so the words before the cue are no quotation the subject said."""
    tokens = clause.tokens
    if tokens[index].text not in CLOSING_QUOTES:
        return False
    for opening in range(index - 1, max(clause.first, index - MAX_QUOTED_NAME - 1) - 1, -1):
        if tokens[opening].text in NAME_QUOTES and opening > clause.first:
            name = _quoted_name(clause, opening)
            return name is not None and name[1] == index - 1 and tokens[opening - 1].pos in ("DET", "ADP")
    return False


def _past_object_pronoun(clause: _Clause, index: int) -> int:
    """The index after an object pronoun at ``index`` that a noun phrase follows, past adverbs ("…, sagen uns |
    mehrere Anwälte", "Das bestätigt uns später auch | X", "So beschrieb es zumindest | X"): German puts a pronoun
    object before a noun subject after the verb; else ``index`` (a pronoun alone there is the subject: "sagt er"; so
    is one before a phrase an object's article opens: "sagte es dem Lehrer")."""
    tokens = clause.tokens
    if index > clause.last or tokens[index].pos != "PRON":
        return index
    if tokens[index].text.lower() not in clause.lexicon.object_pronouns:
        return index
    k = index + 1
    while k <= clause.last and _is_adverb_at(clause, k):
        k += 1
    if k > clause.last or tokens[k].pos not in NOMINAL - {"PRON"} or _quoted(clause, k):
        return index
    return index if tokens[k].text.lower() in clause.lexicon.object_articles else index + 1


#: Words that together are an adverb between a cue and its subject: of manner ("dit en substance le texte", "ha
#: detto in sostanza il ministro"; "resumió en pocas palabras" is no such phrase), and a contrast with the speaker
#: before ("résume quant à elle Francisca X, professeure … à Clichy (Hauts-de-Seine)": the subject follows it).
ADVERBIAL_PHRASES = frozenset(
    {
        "en substance",
        "en sustancia",
        "em substância",
        "in sostanza",
        "en résumé",
        "en resumen",
        "em resumo",
        "quant à lui",
        "quant à elle",
        "quant à eux",
        "quant à elles",
    }
)
#: The most words of an adverbial phrase.
MAX_ADVERBIAL_PHRASE = 3


def _adverbial_phrase_length(clause: _Clause, k: int) -> int:
    """How many tokens from ``k`` are one of :data:`ADVERBIAL_PHRASES` (0 for none)."""
    tokens = clause.tokens
    for size in range(MAX_ADVERBIAL_PHRASE, 1, -1):
        if k + size - 1 <= clause.last and " ".join(t.text.lower() for t in tokens[k : k + size]) in ADVERBIAL_PHRASES:
            return size
    return 0


def _is_adverb_at(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is an adverb or a time word; where every noun is capitalised, also a lower-case adjective
    that an adverb follows, so it modifies no noun ("bestätigt uns später | auch X": "später" is tagged an
    adjective)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if tokens[k].pos == "ADV" or tokens[k].text.lower() in lexicon.skip:
        return True
    if not lexicon.noun_capitals or tokens[k].pos != "ADJ" or not tokens[k].text[:1].islower() or k >= clause.last:
        return False
    following = tokens[k + 1]
    return following.pos == "ADV" or following.text.lower() in lexicon.skip


def _trailing_appositive(clause: _Clause, last: int) -> int:
    """The end of a subject after its cue grown by an appositive that closes the sentence ("…, sagte der Sprecher
    der Stadt, Klaus Weber.", "…, so X, Geschäftsführer der Y."): only nominal words after the comma, up to the
    final punctuation; else ``last``."""
    tokens = clause.tokens
    if last >= clause.last or tokens[last + 1].text != "," or tokens[clause.last].pos != "PUNCT":
        return last
    end = clause.last
    while end > last + 1 and tokens[end].pos == "PUNCT":
        end -= 1
    opening = next((k for k in range(end, last + 2, -1) if tokens[k].text == "("), None)
    if opening is not None and tokens[end + 1].text == ")":
        end = opening - 1  # "…, estime le maire de Nantes, Paul Leroy (PS).": the bracket after the name is no name
    words = tokens[last + 2 : end + 1]
    if not words or any(t.pos not in NOMINAL | {"ADP", "X"} or t.text in STOP for t in words):
        return last
    return end


def _closing_subject(clause: _Clause, after: int) -> tuple[int, int] | None:
    """The noun phrase closing a clause whose inverted cue is followed by a prepositional phrase ("– poinformował
    w rozmowie z „Rzeczpospolitą” prezes NBP Adam Glapiński."): from the clause end back to its article."""
    tokens = clause.tokens
    last = clause.last
    if clause.lexicon.free_order:  # "… premier X, który …": a relative clause after the subject, not the subject
        last = next((k for k in range(after + 1, clause.last + 1) if tokens[k].text in STOP), clause.last + 1) - 1
    while last > after and tokens[last].pos == "PUNCT" and tokens[last].text not in CLOSING_QUOTES:
        last -= 1
    first = last
    while first - 1 > after and tokens[first - 1].pos in NOMINAL and tokens[first].pos != "DET":
        first -= 1
    if clause.lexicon.free_order and last - first + 1 > MAX_CLOSING_SUBJECT and tokens[last].pos == "PROPN":
        first = last - MAX_CLOSING_SUBJECT + 1  # a name closes a long run: "… formie pierwszy lord admirał X Y"
    if tokens[last].pos not in NOMINAL or last - first + 1 > MAX_CLOSING_SUBJECT or tokens[first - 1].pos == "DET":
        return None
    if tokens[first - 1].pos == "ADP":  # "mówił w Sejmie premier X": "Sejmie" is the place
        if first == last or (tokens[first].pos == "DET" and not _named_after(clause, first + 1, last)):
            # the clause ends on the preposition's object: "anunció por Twitter", "dijo a Clarín", "dijo a la prensa"
            # (a name or a title after it is the subject: "sagte bei der Pressekonferenz Minister Klaus Müller")
            return None
        first += 1
        if first == last and tokens[first - 1].text.islower() and not _is_speaker_head(clause, last, nominative=False):
            return None  # "opowiada o młodości poety w powojennym Krakowie": an adjective and its noun, one place
    titled = next((k for k in range(first, last) if _is_speaker_head(clause, k, nominative=False)), first)
    return titled, last  # "z sejmowej mównicy lider PSL X": the phrase starts at its title


def _source_phrase_after(clause: _Clause, after: int) -> tuple[int, int] | None:
    """The phrase after a source preposition following the cue, before the clause's first stop ("explicaron a
    Clarín desde el entorno presidencial, …", "se insiste desde el Gobierno"), when a speaker noun heads it
    ("desde Madrid", "desde 2019" name a place or a time)."""
    tokens = clause.tokens
    for k in range(after, clause.last):
        if tokens[k].text in STOP:
            return None
        if tokens[k].text.lower() in clause.lexicon.source_after:
            first = k + 1
            while first <= clause.last and tokens[first].pos == "DET":
                first += 1
            if first <= clause.last and _is_speaker_head(clause, first, nominative=False):
                return k + 1, clause.phrase_end(first)
            return None
    return None


def _learnt_from(clause: _Clause, i: int) -> tuple[int, int] | None:
    """The phrase after a verb of finding out whose subject is the impersonal pronoun, naming whom it was learnt
    from ("…, a-t-on appris de source judiciaire", "on a appris auprès du parquet que …"), when a speaker noun heads
    it; ``None`` elsewhere ("Le ministre a appris de ses erreurs": a person learnt, and from no speaker)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if tokens[i].lemma.lower() not in lexicon.learning_cues or i + 1 > clause.last:
        return None
    if not any(t.text.lower() in lexicon.impersonal_subjects for t in tokens[max(clause.first, i - 3) : i]):
        return None
    if tokens[i + 1].text.lower() not in lexicon.learnt_from:
        return None
    first = i + 2
    while first <= clause.last and (tokens[first].pos == "DET" or tokens[first].text.lower() in lexicon.learnt_from):
        first += 1  # "auprès du parquet", "auprès de la préfecture"
    if first > clause.last or not _is_speaker_head(clause, first, nominative=False):
        return None
    return first, clause.phrase_end(first)


def _learnt_frame(clause: _Clause, i: int, learnt: tuple[int, int]) -> Frame | None:
    """The frame of a verb of finding out with the impersonal subject and whom it was learnt from
    (:func:`_learnt_from`): the cue runs back over its auxiliary and the pronoun; inverted after a comma ("…, a-t-on
    appris de source judiciaire") what stands before is what was learnt, else what follows the source ("On a appris
    de source judiciaire que …")."""
    tokens = clause.tokens
    start = i
    while start - 1 > clause.first and (
        tokens[start - 1].pos == "AUX"
        or tokens[start - 1].text.lower() in clause.lexicon.impersonal_subjects
        or tokens[start - 1].text.lower() in ("-t", "t")
    ):
        start -= 1
    cue = (tokens[start].start, tokens[i].end)
    if tokens[start - 1].text in BEFORE_INVERTED:
        return _inverted(clause, i, cue, start, learnt)
    after = learnt[1] + 1
    after += after <= clause.last and tokens[after].text.lower() in clause.lexicon.openers
    return _frame(clause, cue, clause.content(after, clause.last), clause.span(*learnt), tokens[i].lemma.lower())


def _names_speaker(clause: _Clause, indices: Iterable[int]) -> bool:
    """Whether any of these tokens is a name or a noun that names a speaker (in any case): the words name who."""
    return any(clause.tokens[k].pos == "PROPN" or _is_speaker_head(clause, k, nominative=False) for k in indices)


def _heads_speaker(clause: _Clause, phrase: tuple[int, int], *, compounds: bool = False) -> bool:
    """Whether a noun phrase's head, its first word after articles and adjectives, is a name or a speaker noun ("el
    fiscal Juan Pérez", "Mario"; not "una reforma profunda del Poder Judicial", whose name is a genitive's); with
    ``compounds``, also a head that a speaker noun ends as a compound ("Nun zieht auch die Busbranche nach und
    fordert …": "Branche"; "die Gesundheitsbehörde")."""
    head = next((k for k in range(phrase[0], phrase[1] + 1) if clause.tokens[k].pos not in ("DET", "ADJ")), None)
    return head is not None and (_names_speaker(clause, [head]) or (compounds and _heads_body(clause, head)))


def _is_speaker_head(clause: _Clause, k: int, *, nominative: bool) -> bool:
    """Whether token ``k`` is a noun that names a speaker (a title, a source, a body, an outlet); ``nominative``
    asks for the dictionary form itself ("premier", "lider"; not the dative "ministrowi")."""
    token = clause.tokens[k]
    lemma = token.lemma.lower()
    if token.pos not in ("NOUN", "PROPN", "ADJ") or lemma not in clause.lexicon.speaker_heads:
        return False
    return not nominative or token.text.lower() == lemma


def _subject_after(clause: _Clause, subject: tuple[int, int] | None, cue_first: int, i: int) -> bool:
    """Whether the noun phrase after the cue ``i`` is its subject (free word order, "Poparcie … ogłosił … lider PSL
    X"): a speaker noun in the nominative opens it, or, after a finite cue, it holds a name where the phrase before
    the cue holds neither a name nor a speaker noun ("To porzekadło przytoczył w Londynie admirał Tony Radakin": the
    saying is the object; an infinitive's subject is its governing verb's: "chce ogłosić powrót Royal Navy")."""
    if subject is None:
        return False
    if _is_speaker_head(clause, subject[0], nominative=True):
        return True
    tokens = clause.tokens
    if tokens[i].text.lower() == tokens[i].lemma.lower():
        return False
    if not any(t.pos == "PROPN" for t in tokens[subject[0] : subject[1] + 1]):
        return False
    end = cue_first - 1
    if end < clause.first or tokens[end].pos not in NOMINAL:
        return False
    before = range(_nominal_start(clause, end), end + 1)
    return not _names_speaker(clause, before)


def _case_marked_subject_after(clause: _Clause, subject: tuple[int, int] | None, cue_first: int, i: int) -> bool:
    """Whether an article marks the phrase after a finite cue as its subject, the object fronted ("Neue Regeln
    fordert der Verband", "Einen Ausstieg verlangt die Gewerkschaft"): the phrase names a speaker (a name or a
    speaker noun); the fronted phrase is one noun phrase that names none and opens with no word a subject may open
    with ("Der Verband fordert die Regierung …", "Er fordert …")."""
    articles = clause.lexicon.subject_articles
    if subject is None or not articles or clause.tokens[subject[0]].text.lower() not in articles:
        return False
    tokens = clause.tokens
    if tokens[i].text.lower() == tokens[i].lemma.lower() or cue_first != i:
        return False  # an infinitive or a participle after its auxiliary: not the verb in second place
    named = range(subject[0], subject[1] + 1)
    if not _names_speaker(clause, named) or _feminine_after_der(clause, subject):
        return False
    fronted = tokens[clause.first : cue_first]
    return (
        fronted[0].text.lower() not in clause.lexicon.nominative_openers
        and all(t.pos in ("ADJ", "NOUN", "DET", "NUM") for t in fronted)
        and fronted[-1].pos == "NOUN"
        and not any(_is_speaker_head(clause, k, nominative=False) for k in range(clause.first, cue_first))
    )


#: Endings of German nouns that are feminine whatever the word ("Zeitung", "Agentur", "Gewerkschaft", "Redaktion"):
#: after "der" such a noun is a dative or a genitive, never the nominative.
FEMININE_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ur")
#: Endings within :data:`FEMININE_NOUN_ENDINGS` of masculine nouns of a person ("der Redakteur", "der Gouverneur",
#: "der Ingenieur", "der Regisseur"): after "der" the nominative, the one who speaks.
MASCULINE_NOUN_ENDINGS = ("eur",)


def _feminine_after_der(clause: _Clause, subject: tuple[int, int]) -> bool:
    """Whether the first noun of a phrase opened by "der" ends as :data:`FEMININE_NOUN_ENDINGS` ("Seine Mutter
    sagte der Zeitung, …": the paper was told; the mother speaks): no subject, whatever the fronted words."""
    tokens = clause.tokens
    head = next((t for t in tokens[subject[0] + 1 : subject[1] + 1] if t.pos in ("NOUN", "PROPN")), None)
    return (
        tokens[subject[0]].text.lower() == "der"
        and head is not None
        and head.pos == "NOUN"
        and head.text.lower().endswith(FEMININE_NOUN_ENDINGS)
        and not head.text.lower().endswith(MASCULINE_NOUN_ENDINGS)
    )


def _dative_opening(clause: _Clause, cue_first: int) -> bool:
    """Whether the words before the cue are one noun phrase in the dative: opened by an article of the dative only
    ("Dem Bayerischen Rundfunk", "Einem Reporter"), or by "der" before an adjective in "-en" ("Der Süddeutschen
    Zeitung", "Der „Rheinischen Post“": a nominative would read "Der Süddeutsche …", "Die Süddeutsche …")."""
    tokens = clause.tokens
    fronted = [t for t in tokens[clause.first : cue_first] if t.text not in QUOTE_MARKS]
    if not fronted or not all(t.pos in ("DET", "ADJ", "NOUN", "PROPN", "X") for t in fronted) or len(fronted) < 2:
        return False
    first = fronted[0].text.lower()
    if first in clause.lexicon.dative_articles:
        return True
    declined = fronted[1].pos == "ADJ" and fronted[1].text.endswith("en")
    return bool(clause.lexicon.dative_articles) and first == "der" and declined


def _time_opening(clause: _Clause, cue_first: int) -> bool:
    """Whether the words before the cue are a noun phrase of time opened by an article, a number or an adjective,
    with only adverbs or a preposition's phrase after its noun ("Zwei Tage später", "Einen Tag zuvor", "Wenige
    Stunden nach dem Anschlag", "Diese Woche", "Vergangenen Montag"): an accusative of time, no subject, so the
    subject follows the verb (issue #18: "Zwei Tage später erklärte das Ministerium" read the days as the speaker,
    "Einen Tag später erklärte das Ministerium" gave none)."""
    tokens, nouns = clause.tokens, clause.lexicon.time_nouns
    head = next((k for k in range(clause.first, cue_first) if tokens[k].pos not in ("DET", "NUM", "ADJ")), cue_first)
    if head == clause.first or head == cue_first or tokens[head].text.lower() not in nouns:
        return False
    rest = tokens[head + 1 : cue_first]
    if rest and rest[0].pos == "ADP":  # "Wenige Stunden nach dem Anschlag"
        return all(t.pos in NOMINAL | {"ADP"} for t in rest)
    return all(t.pos in ("ADV", "ADJ") for t in rest)  # "Zwei Tage später", "Einen Tag zuvor"


def _names_or_bare(clause: _Clause, subject: tuple[int, int]) -> bool:
    """Whether a subject names a speaker, or is a bare capitalised noun: a name a tagger took for a noun ("Der
    Deutschen Presse-Agentur sagte Lucke"; a common noun as subject has an article)."""
    named = range(subject[0], subject[1] + 1)
    bare = all(clause.tokens[k].pos in ("NOUN", "PROPN", "X") and clause.tokens[k].text[:1].isupper() for k in named)
    return bare or _names_speaker(clause, named)


def _inverted(clause: _Clause, i: int, cue: Span, cue_first: int, subject: tuple[int, int]) -> Frame | None:
    """ "«…», a précisé le ministère" / "„…“, zitiert der Pressedienst von X den Parlamentarier"."""
    tokens, lemma = clause.tokens, clause.tokens[i].lemma.lower()
    source_first, source_last = subject
    via = []
    if lemma in clause.lexicon.quote_cues:
        split = next((k for k in range(source_first + 2, source_last + 1) if tokens[k].pos == "DET"), None)
        if split is None and source_last < clause.last and tokens[source_last + 1].pos == "DET":
            split, source_last = source_last + 1, clause.phrase_end(source_last + 1)  # the quoted one's phrase
        if split is not None:
            via.append(RelaySpan(clause.span(source_first, split - 1) or cue, cue, lemma))
            source_first = split
    content = clause.content(clause.first, cue_first - 1)
    if _fronted_adverbial_clause(clause, cue_first):
        # "Wenn man ihn fragt, sagt der Minister, das sei falsch": the clause before is the sentence's first phrase,
        # not what was said; what follows the subject is ("Obwohl …, erwähnte Parsons … seinen Partner")
        after = source_last + 1
        after += after < clause.last and tokens[after].text in (",", ":")
        content = clause.content(after, clause.last)
    frame = _frame(clause, cue, content, clause.span(source_first, source_last), lemma)
    if frame is not None:
        frame.via = via
    return frame


def _points_back(clause: _Clause, cue_first: int) -> bool:
    """Whether an adverb pointing back (``Lexicon.agreement_pointers``: "da", "darin") stands between a comma and
    the cue ("Die Reform kommt zu spät, darin sind sich alle einig")."""
    k = cue_first - 1
    return (
        k - 1 > clause.first
        and clause.tokens[k].text.lower() in clause.lexicon.agreement_pointers
        and clause.tokens[k - 1].text == ","
    )


def _fronted_setting(clause: _Clause, cue_first: int) -> bool:
    """Whether all before an inverted cue is one prepositional phrase of place or time ("Beim Festakt", "Am Abend"):
    opened by a preposition that opens no topic (``Lexicon.topics``; only where the language lists them), with no
    comma or quotation in it."""
    tokens, topics = clause.tokens, clause.lexicon.topics
    if not topics or cue_first <= clause.first + 1 or tokens[clause.first].pos != "ADP":
        return False
    fronted = range(clause.first, cue_first)
    if any((tokens[k].text in STOP and not _dates_apart(clause, k)) or _quoted(clause, k) for k in fronted):
        return False
    return tokens[clause.first].lemma.lower() not in topics and tokens[clause.first].text.lower() not in topics


def _fronted_adverbial_clause(clause: _Clause, cue_first: int) -> bool:
    """Whether all before the comma ahead of an inverted cue is one subordinate clause opened by a conjunction of
    time, condition or cause ("Aber wenn ich ein Update fahren wollte, verlangte das System …", dev10 r10-010): in
    verb-second order it fills the place before the finite verb, so it is no statement the cue reports. A fronted
    "dass" or "ob" clause is the object that was said ("Dass das falsch ist, sagte der Minister"), and a clause
    followed by a main clause ("Wenn die Mieten steigen, wird es eng, sagte X") holds a further comma. The clause
    may open a main clause joined to one before by a comma and a conjunction ("Hab viel Datenvolumen, aber wenn
    ich …, verlangte iOS …"): the main clause before says nothing the cue reports either."""
    tokens = clause.tokens
    comma = cue_first - 1
    if comma <= clause.first or tokens[comma].text != ",":
        return False
    joined = [
        c + 1 for c in range(clause.first, comma) if tokens[c].text == "," and tokens[c + 1].pos in ("CCONJ", "ADV")
    ]
    k = joined[-1] if joined else clause.first
    while k < comma and tokens[k].pos in ("CCONJ", "ADV"):
        k += 1
    if k >= comma:
        return False
    word = tokens[k].text.lower()
    opens = word in clause.lexicon.verb_final or (clause.lexicon.verb_final and tokens[k].pos == "SCONJ")
    if not opens or word in COMPLEMENTISERS:  # "Als wir umzogen, …": the tagger's subordinating "als"
        return False
    return not any(t.text in STOP or t.text in NAME_QUOTES for t in tokens[k + 1 : comma])


def _fronts_main_clause(clause: _Clause, opener: int, i: int) -> bool:
    """Whether a verb-final clause opened by a conjunction of time, condition or cause (not "dass", "ob") opens the
    sentence and its cue at ``i`` (with the auxiliaries after it) closes it before a comma and the main clause's
    finite verb ("Während X zwei GW angeben, | geben RWE …")."""
    tokens = clause.tokens
    if tokens[opener].text.lower() in COMPLEMENTISERS:
        return False
    k = clause.first
    while k < opener and tokens[k].pos in ("CCONJ", "ADV"):
        k += 1
    end = i + 1
    while end <= clause.last and tokens[end].pos == "AUX":
        end += 1
    return k == opener and end < clause.last and tokens[end].text == "," and tokens[end + 1].pos in ("VERB", "AUX")


def _said_relative_start(clause: _Clause, cue_first: int) -> int | None:
    """Index of "what" and its object relative right before the cue ("ce que | dit", "lo que | dijo", "quello che |
    ha detto"; see ``said_relatives``), else ``None``."""
    k = cue_first - 2
    if k < clause.first or not clause.lexicon.said_relatives:
        return None
    pair = f"{clause.tokens[k].text.lower()} {clause.tokens[k + 1].text.lower()}"
    return k if pair in clause.lexicon.said_relatives else None


def _listing_relative_start(clause: _Clause, cue_first: int, subject: tuple[int, int]) -> int | None:
    """Index of a bare object relative after a comma right before the cue, when its subject follows the cue and a
    colon follows the subject ("…una serie de reclamos, que enumera la portavoz de X: “…”", "…deux critiques, que
    résume le maire : « … »"): what the colon opens was said. The relative is the second word of a ``said_relatives``
    pair ("lo que", "ce qu'"); ``None`` without the colon ("la ley, que anunció el presidente, entra en vigor"),
    unless the relative follows figures (:func:`_after_figure`: "del 6,7 % que dictaminó el Indec")."""
    tokens, k = clause.tokens, cue_first - 1
    relatives = {pair.split()[-1] for pair in clause.lexicon.said_relatives}
    if k - 1 < clause.first or tokens[k].text.lower() not in relatives:
        return None
    if _after_figure(clause, k):
        return k
    if tokens[k - 1].text != "," or subject[1] + 1 > clause.last:
        return None
    return k if tokens[subject[1] + 1].text == ":" else None


#: Words of a percentage ("6,7 %", "5,3 por ciento", "3 pour cent", "2 per cento").
PERCENT_WORDS = frozenset({"%", "ciento", "cent", "cento"})
#: The most words between a figure and the relative after it ("del 6,7 % de marzo que …").
MAX_FIGURE_REACH = 4


def _after_figure(clause: _Clause, k: int) -> bool:
    """Whether the relative at ``k`` follows a percentage or a noun of figures, in its own phrase (a comma may close
    it): "algo por debajo del 6,7 % de marzo que dictaminó el Indec", "las cifras, que publicó ayer el INE, …",
    "le chiffre qu'a annoncé l'Insee": the figures are what the subject after the cue gave."""
    tokens, nouns = clause.tokens, clause.lexicon.data_nouns
    if not nouns:
        return False
    j = k - 1 if tokens[k - 1].text == "," else k
    for m in range(j - 1, max(clause.first, j - MAX_FIGURE_REACH) - 1, -1):
        word = tokens[m].text.lower()
        if word in PERCENT_WORDS or word in nouns or word + "s" in nouns:
            return True
        if tokens[m].pos in ("PUNCT", "VERB", "AUX") and word != "%":
            return False
    return False


def _said_relative_frame(clause: _Clause, relative: int, i: int, cue: Span, subject: tuple[int, int]) -> Frame | None:
    """ "Voilà ce que dit X dans son entretien : …", "Esto es lo que dijo el ministro: …": the subject after the
    cue speaks (not "Voilà", read as a name before it); what was said follows a colon after the subject, else it is
    what the relative points back to, the words before it ("La reforma irá adelante, es lo que dijo X")."""
    tokens = clause.tokens
    last = subject[1]
    if last + 2 <= clause.last and tokens[last + 1].text == "," and tokens[last + 2].pos == "PROPN":
        name = last + 2  # "Voici ce que dit la ministre de la Culture, Rachida Dati : …": the name apposed
        while name + 1 <= clause.last and tokens[name + 1].pos == "PROPN":
            name += 1
        if name + 1 > clause.last or tokens[name + 1].text in STOP:
            last = name
    colon = next((k for k in range(last + 1, clause.last) if tokens[k].text == ":"), None)
    if colon is not None:
        content = clause.content(colon + 1, clause.last)
    else:
        content = clause.content(clause.first, relative - 1) if relative > clause.first else None
    return _frame(clause, cue, content, clause.span(subject[0], last), tokens[i].lemma.lower())


#: Conjunctions that open what was said when their clause is fronted ("Dass …, sagte X", "Ob …, ließ X offen"); a
#: Konjunktiv inside one that a verb in the indicative governs is that verb's content, no report continued
#: (``_continues_report``).
COMPLEMENTISERS = frozenset({"dass", "daß", "ob"})


def _in_according_relative(clause: _Clause, cue_first: int) -> bool:
    """Whether the cue's verb group follows "what" after an "according to" word ("Secondo quanto riferito",
    "según lo publicado", "segundo o que disse X"): the according phrase reads the verb and the agent or subject
    after it; the relative is no subject of its own."""
    tokens, lexicon = clause.tokens, clause.lexicon
    k = cue_first - 1
    while k > clause.first and tokens[k].text.lower() in lexicon.report_relatives:
        k -= 1
    return k < cue_first - 1 and k >= clause.first and tokens[k].text.lower() in lexicon.according


def _cue_frame(clause: _Clause, i: int) -> Frame | None:
    tokens, first, last = clause.tokens, clause.first, clause.last
    if clause.lexicon.gerund_endings and tokens[i].text.lower().endswith(clause.lexicon.gerund_endings):
        return None  # "…, tildando de engaño …", "przekonując, że …": the main clause's subject, not the words before
    if clause.lexicon.origin_cues and (
        tokens[i].lemma.lower() in clause.lexicon.origin_cues or _origin_particle(clause, i) is not None
    ):
        return _origin_frame(clause, i)  # "Aus dem Haus ging der Mann hervor" names no source: none
    cue_first = _auxiliary_start(clause, i)
    if _in_according_relative(clause, cue_first):
        return None  # "Secondo quanto riferito, …": the verb is the according phrase's, "quanto" no subject
    fronted_participle = _fronted_participle(clause, i)
    if fronted_participle is not None:
        return fronted_participle

    if _in_purpose_clause(clause, cue_first):
        return None  # "…, damit die Leute sagen, das geht so nicht": a statement wished for, not made
    if _in_was_clause(clause, cue_first, i):
        return None  # "…, indem sie ihm gaben, was er verlangte, sollte …": "was" is what was asked, nothing said
    received = _received_from(clause, i)
    if received is not None:  # "Ich erhielt von der Polizei die Auskunft, dass …": the one it came from speaks
        source, content = received
        return _frame(clause, (tokens[i].start, tokens[i].end), content, source, tokens[i].lemma.lower())
    agent_passive = _agent_passive(clause, i)
    if agent_passive is not None:  # "Von der Polizei wurde bestätigt, dass …": the agent spoke
        return agent_passive
    particle = _separated_particle(clause, i)
    if particle is not None and i > first and (tokens[first].pos in ("ADP", "ADV") or i == first + 1):
        # "Am Montag kündigte der Verband neue Regeln an": the subject follows the verb, the particle closes it
        joined = f"{tokens[particle].text.lower()}{tokens[i].lemma.lower()}"
        bracket = _verb_bracket(clause, i, particle, (tokens[i].start, tokens[i].end), joined)
        if bracket is not None:
            return bracket
    marked = i > first and tokens[i - 1].text.lower() == clause.lexicon.infinitive_marker
    raising = _raising_verb(clause, i - 1) if marked else None
    if raising is not None:  # "Eine Studie von X scheint die Wirksamkeit zu bestätigen": the study's finding
        said_after = i < last and tokens[i + 1].text in (",", ":")  # "scheint zu bestätigen, dass …"
        closing = i if said_after else i - 1  # the marker closes the middle ("… die Wirksamkeit | zu bestätigen")
        return _verb_bracket(clause, raising, closing, (tokens[i].start, tokens[i].end), tokens[i].lemma.lower())
    modal = _reporting_modal(clause, i)
    duty = modal is not None and tokens[modal].text.lower() in clause.lexicon.obligation_modals
    if duty and tokens[i].lemma.lower() not in clause.lexicon.concession_cues:
        return None  # "Der Mitarbeiter muss seinen Chef informieren, dass …": a duty, nothing said yet
    if modal is not None:  # "Er wollte seinen Fans versichern, dass …": the modal's subject speaks
        if tokens[i + 1].text == "," and not _said_after_modal(clause, i):
            # an adverbial clause after the comma, not what is said ("Die Firma will ihre Kunden warnen, bevor sie
            # reisen"; german44)
            return None
        frame = _modal_frame(clause, modal, i)
        if frame is not None:
            return frame
    cue = (tokens[cue_first].start, tokens[i].end)
    lemma = tokens[i].lemma.lower()
    before = tokens[cue_first - 1] if cue_first > first else None
    clitic = before is not None and before.text.lower() in REFLEXIVES and cue_first - 1 > first
    if clitic and tokens[cue_first - 2].text in BEFORE_INVERTED:  # "« … », se félicite X": the verb's own clitic
        cue_first -= 1
        cue = (tokens[cue_first].start, tokens[i].end)
        before = tokens[cue_first - 1]
    reflexive = i < last and tokens[i + 1].text.lower() in REFLEXIVES  # "äußerte sich der Minister": past "sich"
    learnt = _learnt_from(clause, i)
    if learnt is not None:  # "…, a-t-on appris de source judiciaire": whom "on" learnt it from
        return _learnt_frame(clause, i, learnt)
    subject = _source_phrase_after(clause, i + 1) or _inverted_source(clause, i + 2 if reflexive else i + 1)
    if clause.lexicon.we_endings and tokens[i].text.lower().endswith(clause.lexicon.we_endings):
        subject = None  # "También exigimos el cese de …": we demand the end, the end says nothing
    stance = clause.lexicon.reflexive_cues | clause.lexicon.agreement_cues
    if subject is not None and lemma in stance:  # "zeigte sich der Minister | besorgt", "sind sich X | einig"
        while subject[1] > subject[0] and tokens[subject[1]].pos in ("ADJ", "VERB"):
            subject = (subject[0], subject[1] - 1)
    if subject is not None:
        subject = (subject[0], max(subject[0], _before_companion(clause, i, subject[1])))  # "nahm X | Stellung"
        if all(tokens[k].pos == "DET" for k in range(subject[0], subject[1] + 1)):
            subject = None  # "sendet jedoch die Botschaft, dass …": the companion's article is no subject
    apposed = _apposed_subject(clause, cue_first - 1, subject) if before is not None and before.text == "," else None
    if apposed is not None:  # "X, Vorsitzender des Verbands, unterstrich die Notwendigkeit …": X speaks
        return _frame(clause, cue, clause.content(_after_cue(clause, i), clause.last), apposed, lemma)
    relative = _said_relative_start(clause, cue_first)
    if relative is None and subject is not None:
        relative = _listing_relative_start(clause, cue_first, subject)
    if relative is not None and subject is not None and _heads_speaker(clause, subject):
        return _said_relative_frame(clause, relative, i, cue, subject)
    inverted = before is not None and before.text in BEFORE_INVERTED and subject is not None
    if inverted and not _closes_quoted_title(clause, cue_first - 1):  # "Im Interview mit dem „Spiegel“ sagte X"
        assert subject is not None
        return _inverted(clause, i, cue, cue_first, subject)
    if subject is not None and lemma in clause.lexicon.agreement_cues and _points_back(clause, cue_first):
        # "…, da sind sich alle Experten einig": the clause before the comma is what they agree on
        return _inverted(clause, i, cue, cue_first - 1, subject)
    if subject is not None and _time_opening(clause, cue_first):
        return _fronted_object(clause, i, cue, cue_first, subject)  # "Zwei Tage später erklärte das Ministerium"
    if subject is not None and _dative_opening(clause, cue_first) and _names_or_bare(clause, subject):
        # "Dem Sender NDR sagte Ministerpräsident X, …": the dative before the cue was told, the phrase after it
        # speaks (the relays read the outlet)
        # and nothing else: "Dem Minister sagte der Bürgermeister nichts" said nothing, the dative none of it
        return _fronted_object(clause, i, cue, cue_first, subject)
    if before is None and clause.lexicon.pro_drop and subject is not None and _heads_speaker(clause, subject):
        # a sentence opening with its cue, the subject right after it ("Explicó el fiscal X que …", "Ha spiegato il
        # procuratore X che …", "Poinformował o tym rzecznik X"): what follows the subject was said
        return _frame(clause, cue, clause.content(subject[1] + 1, clause.last), clause.span(*subject), lemma)
    if subject is None and _opens_dropped_subject(clause, cue_first, i):
        # "Además, explicó que …", "Ha poi dichiarato che …", "Zapowiedział, że …": no subject before the cue nor
        # after it, so the person the block last named speaks (pro-drop)
        return _frame(clause, cue, clause.content(_after_cue(clause, i), clause.last), clause.topic, lemma)
    if before is not None and (_adverbial_opening(clause, cue_first) or _pronoun_after(clause, subject, cue_first)):
        if subject is None and _name_opening(clause, i, cue_first):  # "Heil mahnte, …": no subject follows
            after = _after_cue(clause, i)
            return _frame(clause, cue, clause.content(after, clause.last), clause.span(first, first), lemma)
        return _fronted_object(clause, i, cue, cue_first, subject)  # "Zugleich mahnte sie: …", "Das sagte er"

    if before is not None and before.text.lower() in AND_WORDS:
        shared = _shared_subject(clause, i, cue_first)  # "Der Landkreis reagierte und forderte mehr Geld"
        if shared is not None:
            return shared
    if before is not None and before.text == "," and subject is None:
        coordinated = _coordinated(clause, i, cue_first) or _shared_subject(clause, i, cue_first)
        if coordinated is not None:
            return coordinated
    if subject is not None and before is not None and _after_as_word(clause, cue_first):
        return _as_clause(clause, i, cue, subject)
    closing_as = _closing_as_clause(clause, i, cue, cue_first)
    if closing_as is not None:
        return closing_as
    origin = _stance_origin(clause, i) if lemma in clause.lexicon.stance_arrivals else None
    if origin is not None:  # "Kritik kam von der Gewerkschaft: „…“": the phrase after "von" took the stance
        return _stance_frame(clause, i, cue, origin)
    if subject is not None and cue_first == i and _fronted_stance(clause, i):
        # "Heftige Kritik übte der Verband an der Reform: …": the stance is fronted, who took it follows the verb
        return _stance_frame(clause, i, cue, subject)
    if cue_first > first and (
        (clause.lexicon.free_order and _subject_after(clause, subject, cue_first, i))
        or _case_marked_subject_after(clause, subject, cue_first, i)
    ):
        assert subject is not None
        return _inverted(clause, i, cue, cue_first, subject)  # object first, subject after the verb
    if i == last or all(t.pos == "PUNCT" for t in tokens[i + 1 : last + 1]):
        return _final_participle(clause, i)
    if clause.lexicon.pro_drop and _addressee_only(clause, i + 1, last):
        dropped = _dropped_subject(clause, i)  # "“…”, dijo a la prensa.": the bare cue's, told to someone
        if dropped is not None:
            return dropped
    source = None
    if tokens[i].subject is not None:
        source = clause.span(*tokens[i].subject)
    elif (opener := _verb_final_opener(clause, cue_first)) is not None:
        subject = _subordinate_subject(clause, opener, cue_first)  # "weil der Verband | neue Regeln | fordert"
        source = clause.span(*subject) if subject is not None else None
        if subject is not None and _fronts_main_clause(clause, opener, i):
            # "Während Equinor | zwei GW | angeben, geben RWE …": the clause opens the sentence, what it says is its
            # middle, not the main clause after it (realpages dev4 r4-012)
            return _frame(clause, cue, clause.content(subject[1] + 1, cue_first - 1), source, lemma)
    elif (relative := _relative_subject(clause, cue_first, i)) is not None:
        if relative[1] + 1 < cue_first and tokens[relative[1] + 1].text == "," and _main_clause_after(clause, i):
            return None  # "bei seinen Fans, die … schätzen, noch beliebter macht": the rest is the main clause's
        source = clause.span(*relative)  # "…, in dem er mitteilte, dass …": the subject after the relative
    elif (perfect := _perfect_bracket(clause, i, cue)) is not None:
        return perfect  # "Dazu hat Anna ein Papier geschrieben: „…“": Anna wrote, the paper is what she wrote
    elif cue_first > first and tokens[_last_nominal_before(clause, i, cue_first)].pos in NOMINAL:
        # adverbs between the subject and a clause-final participle ("was der Minister neulich vorgeschlagen hat")
        end = _last_nominal_before(clause, i, cue_first)
        clitic = tokens[end].pos == "PRON" or tokens[end].text.lower() in clause.lexicon.clitics
        if clitic and end > first and tokens[end - 1].pos in NOMINAL - {"PRON"}:
            # a clitic between subject and verb ("para Barroso se explicar", "le ministre lui a dit"; "la ministra
            # lo ha dicho", whose "lo" the tagger reads as an article)
            end -= 1
        elif end - 1 > first and tokens[end - 1].pos in ("VERB", "AUX") and _reflexive_of_governor(clause, end):
            # the reflexive of a verb governing the cue's infinitive ("Politycy zdają się deklarować"): the subject
            # is that verb's, before it
            end -= 2
        start = _named_before_title(clause, _joined_names_start(clause, _nominal_start(clause, end), cue_first))
        # a name right before the cue speaks where word order is free ("W książce „Zima” Anna X przywołuje …"),
        # though the clause opens with a preposition: only verb-second languages put the subject after the verb
        named_before = clause.lexicon.free_order and tokens[end].pos == "PROPN"
        named = _nominative_names_start(clause, start, end) if named_before else start
        # "W wywiadzie dla TVN24 Radosław Sikorski skrytykował …", "W Sejmie Donald Tusk skrytykował …": the names
        # in the nominative before the cue are its subject, the phrase before them where it was said
        after_phrase = named != start and _after_preposition(clause, start)
        start = named if after_phrase else start
        fronted_phrase = (_after_preposition(clause, start) and not after_phrase) or (
            _opens_with_preposition(clause, cue_first) and not named_before
        )
        fronted = _fronted_object(clause, i, cue, cue_first, subject) if fronted_phrase else None
        if fronted is not None:  # a fronted object: the subject follows the cue (verb-second order)
            return fronted
        if fronted_phrase and subject is not None and _fronted_setting(clause, cue_first):
            return None  # "Am Abend sprach der Minister": when and who, nothing said; the place is no speaker
        pronoun = _subject_pronoun_before(clause, start) if _after_preposition(clause, start) else None
        if pronoun is not None:  # "da kann man nicht in Frankreich als einziges Land sagen": a place, not a speaker
            source = clause.span(pronoun, pronoun)
        elif _after_preposition(clause, start) and start - 2 >= first and tokens[start - 2].pos in ("VERB", "AUX"):
            return None  # "pediu ao ministro se explicar": the phrase is the object of the verb before it
        else:
            # "En el Gobierno explican …": the phrase after it speaks
            source = clause.span(*_with_title_marks(clause, start, end))
    elif cue_first > first and tokens[cue_first - 1].text == ")":
        source = _bracketed_source(clause, cue_first - 1, cue_first)
    elif cue_first - 2 > first and tokens[cue_first - 1].text == ",":
        source = _appositive_source(clause, cue_first - 1)
    bracket, agent_at = _passive_bracket(clause, cue_first)
    if bracket and agent_at is not None:  # "wurden die Maßnahmen von den meisten Bürgern begrüßt": the subject was
        named = _bracket_agent(clause, agent_at, cue_first)  # spoken of, the agent (if named) spoke
        source = clause.span(*named) if named is not None else None
    passive = _is_passive(clause, cue_first)
    agent = _agent(clause, i, named=passive or i == first) if source is None or passive else None
    if agent is not None:
        source = clause.span(*agent)  # "Qualifié de « gourou » par un dirigeant de LREM", "fue anunciado por X"
    elif _is_agentless_passive(clause, i, cue_first):
        # "für wen das Medikament empfohlen wird", "la medida fue anunciada": what was said, no speaker; "Darin wird
        # … bestritten, dass …" after a sentence naming a document and its issuer: the issuer
        source = _document_issuer_before(clause)
    quoted = _quoted_object(clause, i) if source is not None and source[1] <= cue[0] else None
    if quoted is not None:  # "Die Zeitung zitierte den Minister: „…“": the one quoted speaks, the quoting relays
        phrase, said = quoted
        frame = _frame(clause, cue, clause.content(said, clause.last), clause.span(*phrase), lemma)
        if frame is not None:
            frame.via = [RelaySpan(source, cue, lemma)]
        return frame
    after = _after_cue(clause, i)
    return _frame(clause, cue, clause.content(after, clause.trailing_according(after)), source, lemma)


def _fronted_participle(clause: _Clause, i: int) -> Frame | None:
    """A German perfect whose participle opens the clause (or follows a label's colon), the finite "haben" right
    after it and the subject after that, past adverbs, a pronoun for what was said and an object phrase
    ("Bestätigt hat das inzwischen auch die Polizei", "Kritisiert hat den Plan vor allem die Opposition",
    "Geantwortet haben nur die Linken, und zwar sofort"; session 42, issue #18): the participle is fronted for
    focus, who spoke follows. What was said is the middle before the subject, else what follows the subject, else
    the verb's own report. Not an infinitive ("Sagen kann man viel"), a passive ("Gesagt wurde …"), a subject no
    name or speaker noun heads ("Gebaut hat das Haus ein Architekt" has no cue; "Geantwortet hat er" is a
    pronoun's, read by the pronoun rules)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.noun_capitals or i + 2 > clause.last:
        return None
    if i != clause.first and tokens[i - 1].text != ":":
        return None
    if tokens[i].text.lower() == tokens[i].lemma.lower():
        return None  # "Sagen kann man …": an infinitive
    finite = tokens[i + 1]
    if finite.pos != "AUX" or finite.lemma.lower() != "haben":
        return None
    k = i + 2
    while k <= clause.last:
        lowered = tokens[k].text.lower()
        if _is_adverb_at(clause, k) or lowered in lexicon.said or lowered in lexicon.object_pronouns:
            k += 1  # "inzwischen auch", "das" (what was confirmed), "uns"
        elif lowered in lexicon.object_articles and k < clause.last:
            k = clause.phrase_end(k + 1) + 1  # "den Plan": the object before the subject
        elif tokens[k].pos == "ADP" and k < clause.last and tokens[k + 1].pos in ("PRON", "ADV"):
            k += 2  # "vor allem"
        else:
            break
    subject = _inverted_source(clause, k) if k <= clause.last else None
    if subject is None or not (tokens[k].text in NAME_QUOTES or _heads_speaker(clause, subject, compounds=True)):
        return None  # a name in quotes ("nur „Die Linken“") or a phrase a name or a speaker noun heads
    cue = (tokens[i].start, finite.end)
    middle = [m for m in range(i + 2, k) if not _is_adverb_at(clause, m) and tokens[m].pos not in ("ADP", "PUNCT")]
    after = subject[1] + 1
    while after <= clause.last and (tokens[after].text in (",", ":") or tokens[after].text in CLOSING_QUOTES):
        after += 1
    if middle:
        content = clause.content(middle[0], middle[-1])
    elif after <= clause.last and any(t.pos != "PUNCT" for t in tokens[after : clause.last + 1]):
        content = clause.content(after, clause.last)
    else:
        content = clause.content(i, i)
    return _frame(clause, cue, content, clause.span(*subject), tokens[i].lemma.lower())


def _perfect_bracket(clause: _Clause, i: int, cue: Span) -> Frame | None:
    """A German perfect whose participle closes the verb bracket before a colon or comma ("Dazu hat Anna ein Papier
    geschrieben: „…“", "Der Verband hat am Montag erklärt, dass …"): the subject stands in the bracket's fronted
    phrase or right after the finite auxiliary (:func:`_verb_bracket`), never the object just before the participle
    ("ein Papier" is what was written; realpages dev10 r10-018). ``None`` when no perfect auxiliary stands apart
    from the participle, or the bracket reads no subject."""
    tokens = clause.tokens
    if not clause.lexicon.noun_capitals or i >= clause.last or tokens[i + 1].text not in (":", ","):
        return None
    finite = next((k for k in range(clause.first + 1, i - 1) if tokens[k].pos == "AUX"), None)
    if finite is None or tokens[finite].lemma.lower() not in clause.lexicon.aux - PASSIVE_AUX:
        return None
    reflexive = any(t.text.lower() in REFLEXIVES for t in tokens[finite + 1 : i])
    if reflexive and tokens[i - 1].pos in ("ADJ", "ADV"):
        return None  # "hat sich bereit erklärt, … zu verfassen": a stance declared, a promise, no statement
    frame = _verb_bracket(clause, finite, i, cue, tokens[i].lemma.lower())
    if frame is not None and frame.source is not None:
        # "Hans hat dazu ein Papier geschrieben: „10 Gründe …“": a noun in the middle is what was written, and the
        # colon gives its title or text; a verb of writing so acts on a thing (``confidence.acts_on_thing``). A noun
        # after a preposition ("am Abend") is no object, nor is a message, whose quoted words are what it says ("hat
        # einen Brief geschrieben: „…“").
        middle = [k for k in range(finite + 1, i) if tokens[k].start >= frame.source[1]]
        frame.thing_content = any(
            tokens[k].pos == "NOUN"
            and not _governed(clause, k)
            and tokens[k].lemma.lower() not in clause.lexicon.message_nouns
            for k in middle
        )
    return frame


def _governed(clause: _Clause, noun: int) -> bool:
    """Whether a preposition opens the noun's phrase, past its articles and adjectives ("am späten Abend")."""
    k = noun - 1
    while k > clause.first and clause.tokens[k].pos in ("DET", "ADJ", "NUM"):
        k -= 1
    return clause.tokens[k].pos == "ADP"


#: The most words between the one a quoting verb quotes and the comma or colon before the quotation ("zitiert X
#: mit den Worten, …").
MAX_QUOTE_LEAD = 5


def _quoted_object(clause: _Clause, i: int) -> tuple[tuple[int, int], int] | None:
    """The person or body a quoting verb quotes, right after it ("zitierte den Minister: „…“", "zitiert einen
    Feuerwehrsprecher mit den Worten, …"), and the first token of what they said (after the comma or colon that
    follows within :data:`MAX_QUOTE_LEAD` words); ``None`` when the verb quotes no speaker."""
    if clause.tokens[i].lemma.lower() not in clause.lexicon.quote_cues or i + 1 > clause.last:
        return None
    tokens, start = clause.tokens, i + 1
    if tokens[start].pos not in ("DET", "NOUN", "PROPN", "ADJ"):
        return None
    end = clause.phrase_end(start)
    if not any(_heads_body(clause, k) or _is_name_word(tokens[k]) for k in range(start, end + 1)):
        return None  # "zitierte eine Studie": a document, whose issuer the page may name elsewhere
    said = next(
        (k + 1 for k in range(end + 1, min(clause.last, end + 1 + MAX_QUOTE_LEAD) + 1) if tokens[k].text in (",", ":")),
        None,
    )
    return ((start, end), said) if said is not None and said <= clause.last else None


def _reporting_modal(clause: _Clause, i: int) -> int | None:
    """Index of the finite modal verb whose infinitive is the cue at ``i`` ("wollte … versichern, dass …"): the
    infinitive closes its clause (a comma or a colon follows), the modal is the verb before it in the sentence,
    second in a verb-second clause (not its first word); ``None`` elsewhere or without ``reporting_modals``."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.reporting_modals or i >= clause.last or tokens[i + 1].text not in (",", ":"):
        return None
    if tokens[i].pos != "VERB" or tokens[i].text.lower() != tokens[i].lemma.lower():
        return None  # an infinitive only
    for k in range(i - 1, clause.first, -1):
        if tokens[k].text in STOP:
            return None
        if tokens[k].pos in ("VERB", "AUX"):
            reporting = tokens[k].lemma.lower() in lexicon.reporting_modals
            return k if reporting and not tokens[k].text.lower().startswith(CONCESSIVE_FORMS) else None
    return None


#: Forms of the modal "mögen" that concede or refuse, not wish: only "möchte" reports through its infinitive
#: ("Kritiker mögen einwenden, dass …", "Der Verband mag behaupten, dass …, doch …": a concession, nothing said).
CONCESSIVE_FORMS = ("mag", "mög", "moch")


def _said_after_modal(clause: _Clause, i: int) -> bool:
    """Whether the clause after the comma right after a reporting modal's infinitive ``i`` is what is said: a content
    opener, a quotation or reported speech (:func:`_opener_after_comma`), or an indirect question."""
    after = clause.tokens[i + 2] if i + 2 <= clause.last else None
    return _opener_after_comma(clause, i) or (after is not None and after.text.lower() in clause.lexicon.questions)


def _modal_frame(clause: _Clause, modal: int, i: int) -> Frame | None:
    """The frame of a reporting modal's clause: its subject is a personal pronoun opening the sentence ("Er wollte
    …"), or what :func:`_verb_bracket` reads (a noun phrase opening it, or the subject after the modal)."""
    tokens = clause.tokens
    cue, lemma = (tokens[i].start, tokens[i].end), tokens[i].lemma.lower()
    opening = tokens[clause.first]
    if modal == clause.first + 1 and opening.pos == "PRON" and opening.text.lower() in clause.lexicon.nominative:
        return _frame(clause, cue, clause.content(i + 2, clause.last), clause.span(clause.first, clause.first), lemma)
    return _verb_bracket(clause, modal, i, cue, lemma)


def _subject_pronoun_before(clause: _Clause, phrase_first: int) -> int | None:
    """A subject-only pronoun earlier in the clause than a prepositional phrase before the cue ("Da kann man nicht
    in Deutschland … sagen, …", an unseen Deutschlandfunk interview; "Dort darf er in Paris nicht sagen"): the
    clause's subject, so the phrase is none ("man" then names nobody in particular). Never past a comma: "…, was
    ich ihnen sage, …, von dem sie sagen" is another clause's "ich"."""
    for k in range(phrase_first - 2, clause.first - 1, -1):
        word = clause.tokens[k].text.lower()
        if word in ",;:":
            return None
        if word in clause.lexicon.nominative:
            return k
    return None


def _verb_final_opener(clause: _Clause, cue_first: int) -> int | None:
    """Index of the conjunction opening the verb-final clause a cue closes ("während X und Y zwei GW | angeben"):
    the nearest such word before the cue with no stop between them (``None`` elsewhere, or in a language without
    verb-final clauses)."""
    if not clause.lexicon.verb_final:
        return None
    tokens = clause.tokens
    k = cue_first
    while k - 1 >= clause.first:
        k -= 1
        token = tokens[k]
        opening = _short_bracket_opening(clause, k)
        if opening is not None:  # "Wie der Bayerische Rundfunk (BR) berichtet": the short name is the subject's
            k = opening
            continue
        if token.text in STOP or token.pos in ("VERB", "AUX"):
            return None
        if token.text.lower() in clause.lexicon.verb_final:
            return None if _affiliation_article(clause, k) else k
        if token.text.lower() in clause.lexicon.comma_openers and k > clause.first and tokens[k - 1].text == ",":
            return k  # "…, als sein Kollege X im Interview … preisgab": "als" opens a clause only after a comma
    return None


#: German subordinators of a clause of purpose ("damit die Leute sagen, …"); "damit" opens one only after a comma
#: or at the sentence's start with its verb last ("Damit sei die Sache erledigt" is a pronominal adverb, verb second).
PURPOSE_OPENERS = frozenset({"damit"})


def _in_purpose_clause(clause: _Clause, cue_first: int) -> bool:
    """Whether the cue closes a German clause of purpose, or a "dass" clause right after one ("…, damit ein Strom
    aus dem Volk kommt, dass die Leute sagen, …"; session 42, german42b, realpages dev9): what someone should come to
    say, no statement made ("Wir müssen aufklären, damit die Leute sagen, das geht so nicht")."""
    if not clause.lexicon.verb_final:
        return False
    opener = _clause_opener(clause, cue_first)
    if opener is None:
        return False
    tokens = clause.tokens
    if tokens[opener].text.lower() in PURPOSE_OPENERS:
        return True
    if tokens[opener].text.lower() != "dass" or opener - 2 < clause.first or tokens[opener - 1].text != ",":
        return False
    verb = opener - 2  # the verb group closing the clause before the comma
    if tokens[verb].pos not in ("VERB", "AUX"):
        return False
    while verb - 1 > clause.first and tokens[verb - 1].pos in ("VERB", "AUX"):
        verb -= 1
    before = _clause_opener(clause, verb)
    return before is not None and tokens[before].text.lower() in PURPOSE_OPENERS


#: The German relative pronoun that stands for a thing or a whole clause ("gaben ihm, was er verlangte").
WAS_RELATIVES = frozenset({"was"})


def _in_was_clause(clause: _Clause, cue_first: int, i: int) -> bool:
    """Whether the cue at ``i`` closes a German relative clause opened by "was" after a comma or at the sentence's
    start, and the main clause's verb follows its closing comma: "was" is the cue's object, what was asked or said,
    and the words after it are no content ("…, indem sie dem Diktator gaben, was er verlangte, sollte nicht …",
    "Was der Minister sagte, war falsch"; german44, realpages dev14, where a colleague before a name had become the
    pronoun's antecedent). What follows as an apposition stays its content ("Er tut, was die Ministerin
    vorgeschlagen hat, nämlich mehr Geld für Schulen")."""
    tokens = clause.tokens
    end = i
    while end < clause.last and tokens[end + 1].pos == "AUX":
        end += 1  # the auxiliaries closing the clause: "Ob das stimmt, was der Minister gesagt hat, ist unklar"
    if not clause.lexicon.verb_final or end + 2 > clause.last or tokens[end + 1].text != ",":
        return False
    if tokens[end + 2].pos not in ("VERB", "AUX"):
        return False
    return _clause_opener(clause, cue_first, WAS_RELATIVES) is not None


def _clause_opener(clause: _Clause, last: int, openers: frozenset[str] | None = None) -> int | None:
    """Index of the subordinator opening the verb-final clause whose verb group starts at ``last`` ("damit" or a
    verb-final conjunction, or one of ``openers`` when given, at the sentence's start or after a comma, with words
    but no stop and no other verb between)."""
    tokens = clause.tokens
    for k in range(last - 1, clause.first - 1, -1):
        token = tokens[k]
        if token.text in STOP or token.pos in ("VERB", "AUX"):
            return None
        word = token.text.lower()
        if (word in openers) if openers is not None else (word in PURPOSE_OPENERS or word in clause.lexicon.verb_final):
            # a subject between it and the verb ("Damit weist er auf X hin" is verb second: an adverb)
            opens = k < last - 1 and (k == clause.first or tokens[k - 1].text == ",")
            return k if opens else None
    return None


def _short_bracket_opening(clause: _Clause, k: int) -> int | None:
    """Index of the opening bracket when token ``k`` closes a bracket of one to ``MAX_BRACKETED`` words right after a
    noun or a name ("Rundfunk (BR)", "Karl Lauterbach (SPD)"); else ``None``."""
    tokens = clause.tokens
    if tokens[k].text != ")":
        return None
    for j in range(k - 2, max(clause.first, k - 1 - MAX_BRACKETED) - 1, -1):
        if tokens[j].text == "(":
            return j if j > clause.first and tokens[j - 1].pos in ("NOUN", "PROPN") else None
        if tokens[j].text in STOP:
            return None
    return None


def _short_bracket_closing(clause: _Clause, k: int, last: int) -> int | None:
    """Index of the closing bracket when token ``k`` opens a bracket of one to ``MAX_BRACKETED`` words right after a
    noun or a name, closed by ``last``; else ``None`` (:func:`_short_bracket_opening` read from the other side)."""
    tokens = clause.tokens
    if tokens[k].text != "(" or k <= clause.first or tokens[k - 1].pos not in ("NOUN", "PROPN"):
        return None
    closing = next((j for j in range(k + 2, min(last, k + 1 + MAX_BRACKETED) + 1) if tokens[j].text == ")"), None)
    return closing if closing is not None and _short_bracket_opening(clause, closing) == k else None


def _bracketed(clause: _Clause, first: int, stop: int) -> set[int]:
    """Indices of tokens ``first`` .. ``stop - 1`` inside short brackets after a noun or a name, brackets included
    ("Karl Lauterbach (SPD)", "das Deutsche Rote Kreuz (DRK)"): part of the phrase, not a stop."""
    inside: set[int] = set()
    for k in range(first, stop):
        closing = _short_bracket_closing(clause, k, stop - 1) if k > first else None
        if closing is not None:
            inside.update(range(k, closing + 1))
    return inside


def _phrase_follows(clause: _Clause, i: int) -> bool:
    """Whether a noun phrase follows the cue at ``i`` in its clause: a cue after a preposition and an article that
    follow a comma closes no verb-final relative clause then, it is a main clause's second word after a fronted
    phrase ("Die Mieten steigen, auf der anderen Seite warnt der Mieterbund vor einer Krise": the tenants'
    association warns, "auf der" is no relative "on which"; review42a)."""
    return i < clause.last and clause.tokens[i + 1].pos in ("DET", "NOUN", "PROPN")


def _relative_subject(clause: _Clause, cue_first: int, i: int | None = None) -> tuple[int, int] | None:
    """The subject of a verb-final relative clause the cue closes ("…, in dem die Ministerin X ihren Rücktritt
    mitteilte", "das Foto, das X als Symbol bezeichnet"): the noun phrase right after the relative pronoun, which
    follows a comma (or a preposition after a comma). The relative pronoun itself is the subject when it can be one
    ("die Partei, die die Regeln fordert"): a phrase after a relative that can be nominative is taken only when it
    holds a name or is one bare capitalised word. A personal pronoun there ("in dem er mitteilte") is left to the
    old reading: the resolver would give it the page's last entity, an outlet that relayed it as well. ``None``
    elsewhere, and in languages without ``relative_openers``; ``None`` too after a preposition when a noun phrase
    follows the cue's last word ``i`` (:func:`_phrase_follows`)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.relative_openers:
        return None
    for k in range(cue_first - 1, clause.first, -1):
        token = tokens[k]
        if token.text in STOP or token.pos in ("VERB", "AUX"):
            return None
        lowered = token.text.lower()
        if token.pos not in ("PRON", "DET") or lowered not in lexicon.relative_openers or _quoted(clause, k):
            continue
        before = tokens[k - 1]
        after_preposition = before.pos == "ADP" and k - 2 >= clause.first and tokens[k - 2].text == ","
        if before.text != "," and not after_preposition:
            return None
        if after_preposition and _affiliation_article(clause, k):
            return None  # "Mohamed Adow, von der | Umweltorganisation X bezeichnet …": no relative, a body's article
        if after_preposition and _phrase_follows(clause, cue_first if i is None else i):
            return None  # "…, auf der anderen Seite warnt der Mieterbund": a fronted phrase, the subject follows
        subject = _subordinate_subject(clause, k, cue_first)
        if subject is None:
            nominative = not after_preposition and lowered not in lexicon.object_relatives
            return _relative_antecedent(clause, k) if nominative else None
        first, last = subject
        if first == last and tokens[first].pos == "PRON":
            return None  # "…, in dem er mitteilte": a pronoun the resolver may give the last entity, read as before
        if after_preposition or lowered in lexicon.object_relatives:
            return subject
        # a name, or one bare word (a singular common noun needs an article: "das Wikipedia … bezeichnet")
        named = any(t.pos == "PROPN" for t in tokens[first : last + 1]) or (
            first == last and tokens[first].text[:1].isupper()
        )
        return subject if named else None
    return None


def _relative_antecedent(clause: _Clause, relative: int) -> tuple[int, int] | None:
    """The noun phrase right before the comma of a relative pronoun that is its clause's subject ("…, Cliff Roberts,
    der 1933 sagte, dass …", "die Ministerin, die damals erklärte, …": no noun phrase between the pronoun and the
    cue), when it holds a name or a speaker noun; else ``None``."""
    tokens, end = clause.tokens, relative - 2
    if end < clause.first or tokens[end].pos not in ("NOUN", "PROPN") or _quoted(clause, end):
        return None
    start = _nominal_start(clause, end)
    return (start, end) if _names_speaker(clause, range(start, end + 1)) else None


#: Parts of speech of a subject phrase after a verb-final clause's conjunction (genitives included).
SUBJECT_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "X", "ADP"})


def _subordinate_subject(clause: _Clause, opener: int, cue_first: int) -> tuple[int, int] | None:
    """The subject of a verb-final clause: the pronoun or noun phrase right after its conjunction, with nouns joined
    by "and" ("während Equinor und Ocean Winds …"); it ends at an adverb, a number, a preposition other than a
    genitive or an article opening the next phrase ("weil der Verband | eine neue Regel fordert"). A reflexive
    right after the conjunction stands before the subject ("dass sich der Verband davon distanzierte")."""
    tokens, first = clause.tokens, opener + 1
    if first + 1 < cue_first and tokens[first].text.lower() in REFLEXIVES and tokens[first + 1].pos != "PRON":
        first += 1
    if first >= cue_first or tokens[first].pos not in NOMINAL | {"X"}:
        return None
    if tokens[first].pos == "PRON":
        return first, first
    last = first
    closing = -1
    for k in range(first + 1, cue_first):
        token, previous = tokens[k], tokens[k - 1]
        if k <= closing:
            continue
        if token.text == "(":
            closing = _short_bracket_closing(clause, k, cue_first - 1) or -1
            if closing > 0:  # "der Bayerische Rundfunk (BR)": its short name goes with it
                last = closing
                continue
        if token.pos == "CCONJ" and previous.pos in ("NOUN", "PROPN", "X") and k + 1 < cue_first:
            continue
        if token.pos == "ADP" and token.text.lower() not in clause.lexicon.genitive:
            break
        if token.pos not in SUBJECT_WORDS or _starts_phrase(previous, token, clause.lexicon):
            break
        if token.pos == "ADJ" and token.text[:1].islower() and previous.pos in ("NOUN", "PROPN"):
            break  # "weil der Verband | neue Regeln fordert": an adjective after the noun opens the object
        last = k
    if not any(t.pos in ("NOUN", "PROPN", "X") for t in tokens[first : last + 1]):
        return None
    return first, last


def _main_clause_after(clause: _Clause, i: int) -> bool:
    """Whether a comma right after a relative clause's cue ``i`` (whose relative pronoun is its subject: the
    antecedent speaks) closes the clause and the main clause goes on after it, no report of its own: the words after
    the comma open with no complementiser, quotation or colon, and no subject (a pronoun, an article, a noun or a
    name) stands before their first verb ("…, was ihn bei seinen Fans, die seine Arbeit schätzen, | noch beliebter
    macht", "Der Minister, der die Reform lobte, | trat zurück"; a report reads "…, die damals erklärte, | sie trete
    zurück"; realpages dev7 "Fans")."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if i + 2 > clause.last or tokens[i + 1].text != ",":
        return False
    opening = next((k for k in range(i - 1, clause.first - 1, -1) if tokens[k].text == ","), clause.first)
    if any(tokens[k].text in QUOTE_MARKS for k in range(opening, i)):
        return False  # "des Bildes, das Wikipedia als „…“ bezeichnet, kann …": the quotation is what was said
    first = tokens[i + 2]
    if first.text in QUOTE_MARKS or first.text.lower() in lexicon.verb_final or first.pos == "SCONJ":
        return False
    for k in range(i + 2, clause.last + 1):
        token = tokens[k]
        if token.text in STOP or token.text in QUOTE_MARKS:
            return False
        if token.pos in ("PRON", "DET", "NOUN", "PROPN", "NUM"):
            return False
        if token.pos in ("VERB", "AUX"):
            return True
    return False


def _after_cue(clause: _Clause, i: int) -> int:
    """The first token of what a cue at ``i`` introduces: past particles, commas and colons, the auxiliaries closing
    a verb-final clause before its comma (and, after a verb of feeling, its reflexive and what it felt about: "X
    freute sich über den Sieg: | „…“")."""
    after = i + 1
    if clause.tokens[i].lemma.lower() in clause.lexicon.quote_reflexive_cues:
        after = _colon_after(clause, i + 2, MAX_FEELING_OBJECT) or after
    if clause.tokens[i].lemma.lower() in clause.lexicon.agreement_cues:
        colon = _verdict_colon(clause, i)
        after = colon + 1 if colon is not None else after  # "sont formels : | …"
    if clause.tokens[i].lemma.lower() in clause.lexicon.conclusion_cues:
        noun = _conclusion_noun(clause, i)  # "kommt zu dem Schluss, | dass …"
        after = noun + 1 if noun is not None and noun > i else after
    auxiliaries = after
    while auxiliaries <= clause.last and clause.tokens[auxiliaries].pos == "AUX":
        auxiliaries += 1
    if auxiliaries > after and auxiliaries <= clause.last and clause.tokens[auxiliaries].text == ",":
        after = auxiliaries  # a verb-final clause's finite auxiliary: "Wie die Polizei mitgeteilt hat, | …"
    while after <= clause.last and (clause.tokens[after].pos == "PART" or clause.tokens[after].text in (",", ":")):
        after += 1
    return after


def _is_name_word(token: Token) -> bool:
    """A proper name, or a capitalised word a tagger could not place ("Phillip Brändle" tagged ``X``); a quotation
    mark the French tagger calls a proper noun ("un accord « historique »") is none."""
    return (token.pos == "PROPN" and token.text[:1].isalnum()) or (
        token.pos == "X" and token.text[:1].isupper() and token.text.isalpha()
    )


def _apposed_subject(clause: _Clause, comma: int, inverted: tuple[int, int] | None) -> Span | None:
    """The subject of a sentence that opens with a name and its appositives before the cue's comma: "Simon Marx,
    Vorsitzender des Verbands, unterstrich die Notwendigkeit …", "Stefan Marx, Geschäftsführer der Region, in dessen
    Bezirk die Brücke liegt, ergänzt: …", "Ana Gómez, ministra de Trabajo, anunció la medida". The words before the
    comma are no quotation whose speaker follows the cue: the name (with its first appositive) is the subject.

    Each stretch between commas is nominal (an appositive) or a relative clause ending on its verb; the opening one
    holds a name or a speaker noun, and the phrase after the cue holds neither (in "Mehr Geld, mehr Personal,
    forderte der Verband" the phrase after the cue speaks)."""
    tokens = clause.tokens
    commas = [k for k in range(clause.first + 1, comma + 1) if tokens[k].text == ","]
    if len(commas) < 2 or any(_quoted(clause, k) for k in range(clause.first, comma + 1)):
        return None
    opening = range(clause.first, commas[0])
    if tokens[clause.first].pos == "ADP" or any(
        (tokens[k].pos not in NOMINAL | {"ADP", "X"} and not _joins(clause, k)) or tokens[k].text in STOP
        for k in opening
    ):
        return None
    if not any(_is_name_word(tokens[k]) or _is_speaker_head(clause, k, nominative=False) for k in opening):
        return None
    if (
        inverted is not None
        and not _opens_object(clause, inverted[0])
        and any(
            _is_name_word(tokens[k]) or _is_speaker_head(clause, k, nominative=False)
            for k in range(inverted[0], inverted[1] + 1)
        )
    ):
        return None
    end = commas[0] - 1
    joined = any(_joins(clause, k) for k in opening)
    for number, (start, stop) in enumerate(pairwise(commas)):
        stretch = tokens[start + 1 : stop]
        bracketed = _bracketed(clause, start + 1, stop)  # "Marc Herter (SPD)"
        conjunct = len(stretch) > 1 and _joins(clause, start + 1)  # "…, y el alcalde de Barcelona, …"
        nominal = bool(stretch) and all(
            (tokens[k].pos in NOMINAL | {"ADP", "X"} and tokens[k].text not in STOP) or k in bracketed
            for k in range(start + (2 if conjunct else 1), stop)
        )
        relative = len(stretch) > 1 and _is_relative_clause(stretch)
        if not (nominal or relative):
            return None
        if number == 0 and nominal:
            end = stop - 1  # the first appositive describes the name ("Vorsitzender des Verbands")
        joined = joined or conjunct
    if joined and tokens[comma - 1].pos in ("PROPN", "NOUN"):
        # two subjects joined by "and", each with its appositive ("El presidente de X, Y, y el alcalde de Z, W,
        # anunciaron …", "Lula e o presidente francês, Emmanuel Macron, defenderam …"): both, up to the cue's comma
        end = comma - 1
    return clause.span(clause.first, end)


def _opens_object(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is an article no subject takes (German "dem", "den", "einem"): the phrase it opens after a
    cue is its object or addressee ("sagte dem „Handelsblatt“"), never who speaks."""
    openers = clause.lexicon.nominative_openers
    return bool(openers) and clause.tokens[k].pos == "DET" and clause.tokens[k].text.lower() not in openers


def _joins(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is an "and" joining two subjects (a coordinating conjunction of :data:`AND_WORDS`)."""
    return _is_and(clause.tokens[k])


def _is_relative_clause(stretch: list[Token]) -> bool:
    """Whether the words between two commas are a relative clause: a pronoun (after a preposition: "in dessen
    Bezirk") or an article-like relative (German "der", "die") first, a verb last ("der die Jugend vertrat")."""
    opener = stretch[1] if stretch[0].pos == "ADP" else stretch[0]
    return opener.pos in ("PRON", "DET", "X") and opener.text.islower() and stretch[-1].pos in ("VERB", "AUX")


def _coordinated(clause: _Clause, i: int, cue_first: int) -> Frame | None:
    """A second cue of the speaker of the inverted cue before it, sharing its subject: "„…“, berichtet X, fügt aber
    rasch hinzu: „…“" (a separable verb's particle closes its clause; the content follows it)."""
    tokens = clause.tokens
    comma = cue_first - 1
    earlier = next((k for k in range(comma - 1, clause.first, -1) if tokens[k].text in STOP), clause.first)
    first_cue = next((k for k in range(earlier, comma) if _is_cue(clause, k)), None)
    if first_cue is None or first_cue == clause.first or tokens[first_cue - 1].text not in BEFORE_INVERTED:
        return None
    subject = _inverted_source(clause, first_cue + 1)
    if subject is None or subject[1] != comma - 1:
        return None
    end = i
    for k in range(i + 1, clause.last + 1):
        if tokens[k].text in STOP:
            break
        if tokens[k].pos == "PART":
            end = k
            break
    after = end + 1
    while after <= clause.last and tokens[after].text in (",", ":"):
        after += 1
    lemma = tokens[i].lemma.lower()
    if end != i:
        lemma = tokens[end].text.lower() + lemma  # "hinzu" + "fügen"
    cue = (tokens[cue_first].start, tokens[end].end)
    return _frame(clause, cue, clause.content(after, clause.last), clause.span(*subject), lemma)


#: Contrastive particles that may stand between a German subject and its finite verb in one constituent ("Die
#: Kommission hingegen kommentierte …").
CONTRASTIVES = frozenset({"hingegen", "jedoch", "aber", "dagegen", "allerdings", "wiederum", "indes", "indessen"})


def _shared_subject(clause: _Clause, i: int, cue_first: int) -> Frame | None:
    """ "Der Landkreis Celle reagierte am Montag und forderte mehr Geld", "Nun zieht auch die Busbranche nach und
    fordert …" (languages that capitalise nouns): a cue right after "und" with no subject of its own shares the
    subject of the main clause before it, when that clause is simple (no stop between the sentence's start and
    "und"), its subject opens it before the finite verb or follows that verb, and names a speaker ("Die Preise
    stiegen und bestätigten …" names none; a pronoun is left to the readers of pronouns). So does a cue right after
    a comma with no subject of its own ("Die Kommission hingegen kommentierte den Rücktritt nicht, sendet jedoch
    die Botschaft, dass …"; session 41, recall41b)."""
    tokens = clause.tokens
    conjunction = cue_first - 1
    if conjunction <= clause.first:
        return None
    if any(tokens[k].text in STOP for k in range(clause.first, conjunction)):
        return None
    finite = next((k for k in range(clause.first, conjunction) if tokens[k].pos in ("VERB", "AUX")), None)
    if finite is None or finite == clause.first:
        return None
    if (
        tokens[clause.first].pos in NOMINAL and tokens[clause.first].text.lower() not in clause.lexicon.object_articles
    ):  # the subject opens the clause; the phrase after the verb is its object
        end = clause.phrase_end(clause.first)
        adverbs = all(
            tokens[k].pos == "ADV" and (not clause.lexicon.noun_capitals or tokens[k].text.lower() in CONTRASTIVES)
            for k in range(end + 1, finite)
        )
        opening = end == finite - 1 or (end < finite and adverbs)  # "Los agentes entonces identificaron …"
        subject = (clause.first, end) if opening else None  # ("kritisierte Diess scharf und warf ihm vor")
    elif not clause.lexicon.noun_capitals:  # a phrase after the verb is its object in subject-first languages
        return None
    else:  # "Nun zieht auch X nach", "Am Montag kam X": the subject follows the verb
        subject = _inverted_source(clause, finite + 1)
    if subject is None or subject[1] >= conjunction or not _heads_speaker(clause, subject, compounds=True):
        return None
    particle = _separated_particle(clause, i)  # "… und kündigte neue Regeln an"
    lemma = tokens[i].lemma.lower()
    lemma = lemma if particle is None else tokens[particle].text.lower() + lemma
    content = clause.content(_after_cue(clause, i), clause.last)
    return _frame(clause, (tokens[cue_first].start, tokens[i].end), content, clause.span(*subject), lemma)


#: Passive auxiliaries before a participle ("a été annoncé", "fue anunciado", "foi dito", "è stato detto",
#: "zostało ogłoszone"): the subject is what was said, the agent after "par/por/da/przez" the speaker.
PASSIVE_AUXILIARIES = frozenset({"être", "été", "ser", "sido", "essere", "stato", "venire", "zostać", "werden"})


#: Reflexive pronouns before an auxiliary: "il ministro si è detto soddisfatto" is no passive, the minister speaks.
REFLEXIVES = frozenset({"si", "se", "s'", "s’", "sich", "się"})
#: A reflexive joined to its verb by a hyphen (Portuguese "mostrou-se", "disse-se").
ENCLITIC_REFLEXIVES = ("-se",)


#: The passive auxiliary that follows its participle at the end of a German subordinate clause ("… empfohlen wird").
FINAL_PASSIVE = frozenset({"werden"})


def _is_agentless_passive(clause: _Clause, i: int, cue_first: int) -> bool:
    """Whether the cue at ``i`` is a participle after a passive auxiliary ("la medida fue anunciada", "wurde
    angekündigt") or before a verb-final one ("für wen das Mittel empfohlen wird"): its subject is what was said.
    A reflexive before the auxiliary makes no passive ("il ministro si è detto soddisfatto"); a verb form equal to
    its lemma is an infinitive ("wird sagen"), no participle."""
    tokens = clause.tokens
    if tokens[i].text.lower() == tokens[i].lemma.lower():
        return False
    window = tokens[max(clause.first, cue_first - 2) : cue_first + 1]
    if any(t.text.lower() in REFLEXIVES for t in window):
        return False
    before = any(
        t.pos in ("AUX", "VERB") and (t.lemma.lower() in PASSIVE_AUXILIARIES or t.text.lower() in PASSIVE_AUXILIARIES)
        for t in tokens[max(clause.first, cue_first - 2) : i]
    )
    final = i < clause.last and tokens[i + 1].pos == "AUX" and tokens[i + 1].lemma.lower() in FINAL_PASSIVE
    return before or final or _bracket_passive(clause, cue_first)


#: Prepositions of a German passive's agent ("von der Ministerin gelobt", "durch den Verband bestätigt").
GERMAN_AGENTS = frozenset({"von", "vom", "durch"})


def _passive_bracket(clause: _Clause, cue_first: int) -> tuple[bool, int | None]:
    """Whether a German participle cue closes a passive verb bracket opened by a finite "werden" further back ("X
    wird für seine Rolle als Y in Z geschätzt": the verb before it in the clause, with no stop between), and the
    index of the agent's preposition ("von", "durch") nearest the participle, ``None`` without one (an earlier "vom
    Präsidenten beschlossenen" belongs to an attribute of the subject)."""
    tokens = clause.tokens
    if not clause.lexicon.noun_capitals:
        return False, None
    agent = None
    for k in range(cue_first - 1, clause.first - 1, -1):
        token = tokens[k]
        if token.text in STOP:
            return False, None
        if agent is None and token.text.lower() in GERMAN_AGENTS:
            agent = k
        if token.pos in ("AUX", "VERB"):
            return token.lemma.lower() in FINAL_PASSIVE, agent
    return False, None


#: Words that open a German passive's agent before the finite "werden" ("Von der Polizei wurde …", "Seitens der
#: Stadt wurde …"); "von Seiten" is read as "seitens".
AGENT_OPENERS = GERMAN_AGENTS | {"seitens"}


def _agent_passive(clause: _Clause, i: int) -> Frame | None:
    """A German passive of the cue participle at ``i`` whose agent is named where :func:`_passive_bracket` does not
    look (session 42, issue #18): fronted before the finite "werden" ("Vom Ministerium wurde bestätigt, dass …",
    "Von offizieller Seite wird darauf hingewiesen, dass …", "Von Seiten der Regierung wurde betont, …"), inside
    the bracket right before the participle with what was said after its comma ("Es wurde von der Ministerin
    bestätigt, dass …"), or in a verb-final "as" clause ("Wie vom Ministerium mitgeteilt wurde, …", "…, wie von der
    Behörde bestätigt wurde."). The agent speaks when a name or a speaker noun heads it, or an adjective before
    "Seite" (a source noun: "von juristischer Seite"); a place or a time ("Von dort", "Von Anfang an", "Vom
    Balkon aus") is none. What was said follows the cue's comma or colon (the "as" clause: the sentence around it)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.noun_capitals or tokens[i].pos != "VERB" or tokens[i].text.lower() == tokens[i].lemma.lower():
        return None
    begin = next((k + 1 for k in range(i - 1, clause.first - 1, -1) if tokens[k].text in STOP), clause.first)
    as_clause = begin < i and tokens[begin].text.lower() in lexicon.as_words
    middle = False  # what was said stands between the fronted agent's "werden" and the participle closing it
    if as_clause:  # "wie von X mitgeteilt wurde": the agent opens the clause, "werden" closes it
        final = i < clause.last and tokens[i + 1].pos == "AUX" and tokens[i + 1].lemma.lower() in FINAL_PASSIVE
        opening, end = begin + 1, i - 1
        if not final or opening >= i or tokens[opening].text.lower() not in GERMAN_AGENTS:
            return None
    else:
        finite = next((k for k in range(begin, i) if tokens[k].pos in ("AUX", "VERB")), None)
        if finite is None or tokens[finite].lemma.lower() not in FINAL_PASSIVE:
            return None
        if begin < finite and tokens[begin].text.lower() in AGENT_OPENERS:
            opening, end = begin, finite - 1  # fronted: "Von der Polizei | wurde …"
            middle = finite + 1 < i and all(t.pos == "PUNCT" for t in tokens[i + 1 : clause.last + 1])
        elif i < clause.last and tokens[i + 1].text in (",", ":"):
            opening = next((k for k in range(i - 1, finite, -1) if tokens[k].text.lower() in GERMAN_AGENTS), None)
            if opening is None:
                return None
            end = i - 1  # inside the bracket: "Es wurde | von der Ministerin | bestätigt, …"
        else:
            return None
    agent = _agent_span(clause, opening, end)
    if agent is None:
        return None
    cue, lemma = (tokens[i].start, tokens[i].end), tokens[i].lemma.lower()
    if as_clause and begin - 1 > clause.first and tokens[begin - 1].text == ",":
        closed = i + 2 > clause.last or tokens[i + 2].text in STOP  # "…, wie von der Behörde mitgeteilt wurde."
        content = clause.content(clause.first, begin - 2) if closed else None
        return _frame(clause, cue, content, clause.span(*agent), lemma)
    if as_clause:
        return _as_clause(clause, i, cue, agent)
    if middle:
        # "Von juristischer Seite wird gern auf X hingewiesen.": the bracket's middle is what was said, as in
        # "Die Maßnahmen wurden von der Ministerin begrüßt"
        return _frame(clause, cue, clause.content(finite + 1, i - 1), clause.span(*agent), lemma)
    after = i + 1
    if after > clause.last or tokens[after].text not in (",", ":"):
        return None
    after = _after_cue(clause, i)
    return _frame(clause, cue, clause.content(after, clause.trailing_according(after)), clause.span(*agent), lemma)


def _received_from(clause: _Clause, i: int) -> tuple[Span, Span] | None:
    """The source and the content of a verb of receiving at ``i`` with a noun of information and whom it came from
    (session 42, issue #18: realpages dev9 "ich erhielt von den Verlagsmitarbeiterinnen die wohltuende Auskunft, dass
    …"): "Die Redaktion erhielt vom Ministerium die Antwort, dass …", "Wir bekamen die Information von der Polizei:
    …". The phrase after "von"/"vom" must name a speaker (:func:`_agent_span`) and what was said follow the noun
    after its comma or colon; "erhielt von der Stadt die Genehmigung für das Fest", "bekam von ihrer Mutter ein
    Paket" are none. ``None`` elsewhere."""
    tokens, lexicon = clause.tokens, clause.lexicon
    lemma = tokens[i].lemma.lower()
    heard = lemma in lexicon.hearing_cues or lemma in lexicon.participle_lemmas
    if lemma not in lexicon.receiving_cues and not heard:
        return None
    stop = next((k for k in range(i + 1, clause.last + 1) if tokens[k].text in STOP), None)
    if stop is None or tokens[stop].text not in (",", ":") or stop == clause.last:
        return None
    if heard:
        return _heard_from(clause, i, stop)
    noun = next((k for k in range(i + 1, stop) if tokens[k].lemma.lower() in lexicon.received_nouns), None)
    agent = next((k for k in range(i + 1, stop) if tokens[k].text.lower() in GERMAN_AGENTS), None)
    if noun is None or agent is None or not _said_after(clause, noun):
        return None
    noun_first = noun
    while noun_first - 1 > agent and tokens[noun_first - 1].pos in ("DET", "ADJ"):
        noun_first -= 1
    return _agent_and_content(clause, agent, noun_first - 1 if agent < noun else stop - 1, stop)


def _heard_from(clause: _Clause, i: int, stop: int) -> tuple[Span, Span] | None:
    """The source and the content of a verb of hearing (``hearing_cues``) in a clause whose subject is the writer
    or "man", with whom it was heard from after "von" in the clause and what was heard after the comma or colon at
    ``stop`` (:func:`_said_after`): "Von Therapeuten habe ich gehört, man müsse …", "Wir haben von Kollegen
    erfahren, dass …", "Man hört von Experten immer wieder, dass …". A third party that heard it ("Die Zeitung
    erfuhr von Insidern, dass …") is left to the verb's other readings; "Ich habe von dem Unfall gehört, …" (no
    speaker after "von"), "Von ihm habe ich gehört, …" (a pronoun) are none."""
    tokens, lexicon = clause.tokens, clause.lexicon
    start = _segment_start(clause, i)
    active_aux = lexicon.aux - PASSIVE_AUX
    if tokens[i].lemma.lower() in lexicon.participle_lemmas and not any(
        tokens[k].lemma.lower() in active_aux for k in range(start, i)
    ):
        return None  # "gehört", which a tagger reads as "gehören", is "hören" only after "haben"
    subjects = lexicon.first_person | lexicon.generic_subjects
    if not any(tokens[k].text.lower() in subjects for k in range(start, stop)) or not _said_after(clause, i):
        return None
    agent = next((k for k in range(start, stop) if k != i and tokens[k].text.lower() in GERMAN_AGENTS), None)
    if agent is None:
        return None
    return _agent_and_content(clause, agent, i - 1 if agent < i else stop - 1, stop)


def _agent_and_content(clause: _Clause, agent: int, last: int, stop: int) -> tuple[Span, Span] | None:
    """The named source after the agent preposition at ``agent`` (up to ``last``) and what was said after the comma
    or colon at ``stop`` (an opener such as "dass" skipped): the shared end of :func:`_received_from` and
    :func:`_heard_from`."""
    named = _agent_span(clause, agent, last)
    if named is None:
        return None
    tokens = clause.tokens
    after = stop + 1 + (stop + 1 < clause.last and tokens[stop + 1].text.lower() in clause.lexicon.openers)
    content = clause.content(after, clause.trailing_according(after))
    return (clause.span(*named), content) if content is not None else None


def _agent_span(clause: _Clause, opening: int, end: int) -> tuple[int, int] | None:
    """The agent after the preposition at ``opening`` up to ``end`` at the latest, when it names a speaker ("von
    der Ministerin Anna X", "seitens der Stadt", "von Seiten der Regierung": the genitive; "von offizieller
    Seite": a side, an anonymous source), also as a compound's last part; ``None`` for a place, a time or a crowd."""
    tokens = clause.tokens
    first = opening + 1
    if tokens[opening].text.lower() in GERMAN_AGENTS and first <= end and tokens[first].text == "Seiten":
        first += 1  # "von Seiten der Regierung": the genitive is the agent
    while first <= end and tokens[first].pos == "DET":
        first += 1
    if first > end:
        return None
    last = clause.phrase_end(first, end)
    phrase = range(first, last + 1)  # a compound's last part may name the speaker ("den Verlagsmitarbeiterinnen")
    return (first, last) if _names_speaker(clause, phrase) or any(_heads_body(clause, k) for k in phrase) else None


def _bracket_passive(clause: _Clause, cue_first: int) -> bool:
    """Whether a German participle cue closes a passive bracket with no agent in it (one with an agent is read by
    :func:`_bracket_agent`)."""
    bracket, agent = _passive_bracket(clause, cue_first)
    return bracket and agent is None


def _bracket_agent(clause: _Clause, agent: int, cue_first: int) -> tuple[int, int] | None:
    """The span of a passive bracket's agent after its preposition at ``agent`` when a name or a speaker noun heads
    it ("von der Ministerin Anna X begrüßt"); ``None`` for a crowd ("von den meisten Bürgern", "von vielen")."""
    tokens = clause.tokens
    first = agent + 1
    while first < cue_first and tokens[first].pos == "DET":
        first += 1
    if first >= cue_first:
        return None
    end = clause.phrase_end(first, cue_first - 1)
    return (first, end) if _names_speaker(clause, range(first, end + 1)) else None


def _opens_with_preposition(clause: _Clause, cue_first: int) -> bool:
    """Whether the sentence opens with a prepositional phrase that runs up to the cue ("Vor Beginn der Konferenz in
    Glasgow ruft das Rote Kreuz … auf"): in verb-second order the subject follows the cue, the phrase is none."""
    tokens = clause.tokens
    if cue_first <= clause.first or tokens[clause.first].pos != "ADP":
        return False
    if tokens[clause.first].text.lower() in clause.lexicon.according:
        return False
    if any(_starts_phrase(tokens[k - 1], tokens[k], clause.lexicon) for k in range(clause.first + 1, cue_first)):
        return False  # "Dans le dossier Alstom | Le Contrôleur général demande": a subject of its own before the cue
    return all(
        t.pos not in ("VERB", "AUX", "SCONJ") and (t.text not in (",", ";", ":") or _dates_apart(clause, k))
        for k, t in enumerate(tokens[clause.first : cue_first], clause.first)
    )


def _dates_apart(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is punctuation inside a date ("Am Samstag, 29. Oktober": the comma before the day, and
    the full stop after it), no end of a phrase."""
    tokens = clause.tokens
    if tokens[k].text == ",":
        return k < clause.last and tokens[k + 1].text.isdigit()
    return tokens[k].text == "." and clause.first < k < clause.last and tokens[k - 1].text.isdigit()


def _is_passive(clause: _Clause, cue_first: int) -> bool:
    tokens = clause.tokens
    return any(
        t.lemma.lower() in PASSIVE_AUXILIARIES or t.text.lower() in PASSIVE_AUXILIARIES
        for t in tokens[max(clause.first, cue_first - 2) : cue_first + 2]
        if t.pos in ("AUX", "VERB")
    )


def _agent(clause: _Clause, i: int, *, named: bool) -> tuple[int, int] | None:
    """The agent of a reporting participle: "par/por/pelo/da/przez" and a phrase a speaker noun heads (or, with
    ``named``, a name: after a passive or an opening participle, not "anunció por Twitter"), within the
    participle's clause ("qualifié de « gourou » par un dirigeant de LREM")."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.agent or tokens[i].text.lower() == tokens[i].lemma.lower():
        return None  # an infinitive or a form that is no participle
    for k in range(i + 1, min(clause.last, i + MAX_AGENT_DISTANCE)):
        if tokens[k].text in STOP and tokens[k].text != ",":
            return None
        if tokens[k].text.lower() in lexicon.agent:
            first = k + 1
            while first <= clause.last and tokens[first].pos == "DET":
                first += 1
            if first > clause.last:
                return None
            is_name = named and tokens[first].pos == "PROPN" and tokens[first].text[:1].isupper()
            if is_name or _is_speaker_head(clause, first, nominative=False):
                # "… anunciada por el consejero de Sanidad, Enrique Ruiz Escudero.": the name closing it is his
                return k + 1, _trailing_appositive(clause, clause.phrase_end(first))
            return None
    return None


def _fronted_object(
    clause: _Clause, i: int, cue: Span, cue_first: int, subject: tuple[int, int] | None
) -> Frame | None:
    """ "Von einer Katastrophe spricht der Manager", "A la prensa dijo el ministro que …", "O środkach mówił
    premier X": a prepositional phrase before the cue is no subject; the noun phrase after the cue is. The content
    follows the subject (or is the fronted phrase itself when nothing follows)."""
    after = _past_object_pronoun(clause, i + 1)  # "Das bestätigt uns später X", "So beschrieb es X"
    while after <= clause.last and (
        _is_adverb_at(clause, after) or (after == i + 1 and clause.tokens[after].text.lower() in REFLEXIVES)
    ):
        after += 1
    if subject is None or subject[0] != after:  # the subject follows the cue, not a phrase after it
        return None
    after = subject[1] + 1
    while after <= clause.last and clause.tokens[after].text in (",", ":"):
        after += 1
    companion = _before_companion(clause, i, clause.last) != clause.last  # "Zu X nahm der Vorstand Stellung"
    content = clause.content(after, clause.last) if after <= clause.last and not companion else None
    if content is None and not _fronted_setting(clause, cue_first):
        # the fronted phrase is what was spoken of; one of place or time ("Am Abend sprach X") is none
        content = clause.content(clause.first, cue_first - 1)
    return _frame(clause, cue, content, clause.span(*subject), clause.tokens[i].lemma.lower())


def _pronoun_after(clause: _Clause, subject: tuple[int, int] | None, cue_first: int) -> bool:
    """Whether the phrase after the cue is a pronoun that can only be a subject ("Das sagte er", "Verrat nennt man
    das"), or the cue follows a lone pronoun for what was said ("Das sagte der Minister"): the words before the cue
    are its object, not its subject."""
    if subject is None:
        return False
    tokens = clause.tokens
    if subject[0] == subject[1] and tokens[subject[0]].text.lower() in clause.lexicon.nominative:
        return True
    opening = tokens[clause.first]
    if cue_first == clause.first + 1 and opening.pos == "PRON" and opening.text.lower() in clause.lexicon.said:
        return True
    # a clitic for what was said, after adverbs at most: "Lo ha detto il premier X", "Así lo ha dicho X"
    clitic = tokens[cue_first - 1] if cue_first > clause.first else None
    return (
        clitic is not None
        and clitic.text.lower() in clause.lexicon.clitics
        and all(t.pos == "ADV" for t in tokens[clause.first : cue_first - 1])
    )


def _adverbial_opening(clause: _Clause, cue_first: int) -> bool:
    """Whether only adverbs and adjectives used as adverbs stand before the cue in its sentence ("Zugleich mahnte
    sie", "Gesellschaftspolitisch betonte sie", "Ayer dijo el ministro"): in verb-second order the subject follows
    the cue; none of these words is a subject."""
    before = clause.tokens[clause.first : cue_first]
    lexicon = clause.lexicon

    def adverbial(t: Token) -> bool:
        return t.pos in ("ADV", "ADJ") or t.text.lower() in lexicon.skip or _is_year(t, lexicon)

    return bool(before) and all(adverbial(t) or t.pos == "CCONJ" for t in before) and any(map(adverbial, before))


#: The years a year standing alone before a verb is read as (a date, no subject).
YEARS = range(1500, 2100)


def _is_year(token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` is a year in figures, in a verb-second language that capitalises nouns ("2013 warnten andere
    Wissenschaftler, das Risiko sei hoch": the year opens the sentence, the subject follows the verb; session 41,
    issue #18: realpages dev14 read "2013" as the speaker). A year is never a clause's subject there."""
    return lexicon.noun_capitals and token.text.isdigit() and len(token.text) == 4 and int(token.text) in YEARS


def _name_opening(clause: _Clause, i: int, cue_first: int) -> bool:
    """Whether the one capitalised word before a cue that a comma or colon follows is its subject, whatever its tag
    ("Heil mahnte, …": a surname a tagger reads as an adjective): where every noun is capitalised, a verb-second
    sentence needs a subject, and none follows the cue."""
    tokens = clause.tokens
    if not clause.lexicon.noun_capitals or cue_first != clause.first + 1 or i >= clause.last:
        return False
    word = tokens[clause.first]
    return word.text[:1].isupper() and word.text.isalpha() and tokens[i + 1].text in (",", ":")


def _past_final_adverbs(clause: _Clause, i: int, cue_first: int) -> int:
    """``cue_first``, or, for a participle cue its finite auxiliary follows at the end of a verb-final clause ("…, was
    der Minister neulich vorgeschlagen hat, …"), the first of the adverbs right before it: the subject stands before
    them. A verb-second clause ("Er hat es nie gesagt") puts its auxiliary first and keeps ``cue_first``."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if cue_first != i or i + 1 > clause.last or tokens[i + 1].pos != "AUX" or not lexicon.noun_capitals:
        return cue_first
    k = cue_first
    while k - 1 > clause.first and (tokens[k - 1].pos == "ADV" or tokens[k - 1].text.lower() in lexicon.skip):
        k -= 1
    return k


def _reflexive_of_governor(clause: _Clause, reflexive: int) -> bool:
    """Whether the reflexive at ``reflexive`` stands between a finite verb and the infinitive after it, a subject
    noun before the verb ("Politycy zdają się deklarować": they seem to declare): the verb's own, no subject. An
    object pronoun there stays what it was ("chcą mu powiedzieć": a wish to say, read on its own)."""
    tokens = clause.tokens
    if tokens[reflexive].text.lower() not in REFLEXIVES or reflexive + 1 > clause.last:
        return False
    verb, subject, after = tokens[reflexive - 1], tokens[reflexive - 2], tokens[reflexive + 1]
    infinitive = after.pos == "VERB" and after.lemma.lower() == after.text.lower()
    return infinitive and verb.lemma.lower() != verb.text.lower() and subject.pos in NOMINAL - {"PRON"}


def _last_nominal_before(clause: _Clause, i: int, cue_first: int) -> int:
    """The index of the word before the cue a subject before it would end with: past adverbs before a clause-final
    participle (:func:`_past_final_adverbs`) and past the closing quote of a title in quotes ("Im Interview mit
    dem „Spiegel“ sagte X": the phrase ends with "Spiegel")."""
    end = _past_final_adverbs(clause, i, cue_first) - 1
    return end - 1 if end > clause.first and _closes_quoted_title(clause, end) else end


def _auxiliary_start(clause: _Clause, i: int) -> int:
    """First token of the cue's verb group: the auxiliaries before the participle, also across adverbs or a
    pronoun in commas between them ("Joanna Cherry hatte bereits angekündigt", "le ministre a également précisé",
    "l'USP a, elle, demandé")."""
    tokens, lexicon = clause.tokens, clause.lexicon
    cue_first = i
    while True:
        k = cue_first - 1
        while k > clause.first and (
            tokens[k].pos == "ADV"
            or tokens[k].text.lower() in lexicon.skip
            or tokens[k].text.lower() in lexicon.object_pronouns
        ):  # "Die Ministerin hat uns versichert": an object pronoun in the bracket is no subject
            k -= 1
        if k - 2 > clause.first and tokens[k].text == "," == tokens[k - 2].text and tokens[k - 1].pos == "PRON":
            k -= 3  # a stressed pronoun set off by commas: "L'Union suisse des paysans (USP) a, elle, demandé"
        if k >= clause.first and tokens[k].pos == "AUX" and tokens[k].lemma.lower() in lexicon.aux:
            cue_first = k
            continue
        return cue_first


def _bracketed_source(clause: _Clause, closing: int, cue_first: int) -> Span | None:
    """A name and its short form in brackets before the cue: "L'Union suisse des paysans (USP) a demandé", "La
    operadora de la red de gas (Gtsou) anunció" (``closing`` is the ")"), with a first conjunct before a plural cue
    ("Olaf Scholz (SPD) und Friedrich Merz (CDU) sagten": :func:`_joined_names_start`)."""
    tokens = clause.tokens
    earliest = max(clause.first, closing - MAX_BRACKETED - 1)
    opening = next((k for k in range(closing - 1, earliest - 1, -1) if tokens[k].text == "("), None)
    if opening is None or opening <= clause.first or tokens[opening - 1].pos not in NOMINAL:
        return None
    inside = tokens[opening + 1 : closing]
    noted = len(inside) == 1 and (inside[0].text.lower() in PICTURE_NOTES or _is_age(inside[0].text))
    if not noted and any(t.pos not in NOMINAL for t in inside):
        return None
    return clause.span(_joined_names_start(clause, _nominal_start(clause, opening - 1), cue_first), closing)


#: Words in brackets after a speaker that say where they stand in the picture or what the picture is ("Der
#: Minister (rechts) sagte", "Die Polizei (Symbolbild) teilte mit"): no short name, but the subject goes on.
PICTURE_NOTES = frozenset(
    {"links", "rechts", "mitte", "left", "right", "centre", "center", "gauche", "droite", "izquierda", "derecha"}
    | {"esquerda", "direita", "sinistra", "destra", "foto", "archiv", "archivbild", "symbolbild", "photo", "file"}
)
#: The most digits of an age in brackets after a person ("Der Rentner (58) sagte").
MAX_AGE_DIGITS = 3


def _is_age(word: str) -> bool:
    """Whether a bracketed word is an age ("(58)"), no short name."""
    return word.isdigit() and len(word) <= MAX_AGE_DIGITS


def _closing_as_clause(clause: _Clause, i: int, cue: Span, cue_first: int) -> Frame | None:
    """A verb-final "as" clause: "…, wie Waymo-Chef John Krafcik am Dienstag ankündigte." / "Wie die Polizei
    mitteilte, …": the source stands between the "as" word and the cue that closes the clause."""
    tokens, lexicon = clause.tokens, clause.lexicon
    after = tokens[i + 1].text if i < clause.last else "."
    if not lexicon.as_words or after not in STOP:
        return None
    opener = None
    k = cue_first
    while k - 1 >= max(clause.first, cue_first - MAX_AS_CLAUSE):
        k -= 1
        bracket = _short_bracket_opening(clause, k)
        if bracket is not None:  # "Wie der Bayerische Rundfunk (BR) berichtet"
            k = bracket
            continue
        if tokens[k].text in STOP:
            break
        if tokens[k].text.lower() in lexicon.as_words:
            opener = k
            break
    if opener is None or opener + 1 >= cue_first or tokens[opener + 1].pos not in NOMINAL:
        return None
    source = clause.span(opener + 1, clause.phrase_end(opener + 1, cue_first - 1))
    lemma = tokens[i].lemma.lower()
    if opener == clause.first and after == ",":
        content = clause.content(i + 2, clause.last)
    elif opener > clause.first + 1 and tokens[opener - 1].text == ",":
        content = clause.content(clause.first, opener - 2)
    else:
        return None
    return _frame(clause, cue, content, source, lemma)


def _nominative_after(token: Token, following: Token) -> bool:
    """Whether ``following`` opens a new phrase in a language without articles: a lower-case noun in its
    dictionary form (the nominative) after a phrase in another case, or any lower-case noun after a name. A
    genitive complement is inflected ("ministra | zdrowia" goes on), a clause's subject is not ("ekspertów |
    inflacja", "Kosiniaka-Kamysza | rząd"); a neuter in "-um" is the same in every case of the singular and goes on
    ("dyrektora muzeum", "rzecznika centrum")."""
    if following.pos != "NOUN" or not following.text[:1].islower() or following.text.lower().endswith("um"):
        return False
    return token.pos == "PROPN" or following.lemma.lower() == following.text.lower() != token.text.lower()


def _heads_body(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is a speaker noun (a body, a title, an outlet), as the last part of a compound where
    nouns are capitalised ("Bundesamt", "Landesinstitut")."""
    token = clause.tokens[k]
    if token.pos not in ("NOUN", "PROPN"):
        return False
    lemma, heads = token.lemma.lower(), clause.lexicon.speaker_heads
    return lemma in heads or (clause.lexicon.noun_capitals and compound_entry(lemma, heads) is not None)


def _opens_remit(clause: _Clause, k: int) -> bool:
    """Whether the preposition at ``k`` opens a speaker noun's remit, which is part of its name ("das Bundesamt
    für Migration", "der Beauftragte für Kultur", "das Zentrum für politische Bildung"): a department preposition
    after a speaker noun, before a capitalised word (or an adjective and one)."""
    tokens = clause.tokens
    if tokens[k].text.lower() not in clause.lexicon.department or k + 1 > clause.last or not _heads_body(clause, k - 1):
        return False
    following = tokens[k + 1]
    if following.pos == "ADJ" and following.text[:1].islower() and k + 2 <= clause.last:
        following = tokens[k + 2]
    return following.pos in ("NOUN", "PROPN", "ADJ") and following.text[:1].isupper()


def _remit_end(clause: _Clause, first: int, last: int) -> int:
    """Last token of a remit whose first word (after its preposition, checked by :func:`_opens_remit`) is at
    ``first``: capitalised words and words joined by "and" ("für Kultur und Medien", "für politische Bildung"); a
    lower-case word after them opens the next phrase ("… Medien | neue Regeln")."""
    tokens, k = clause.tokens, first
    while k + 1 <= last:
        following = tokens[k + 1]
        if (following.pos in ("NOUN", "PROPN", "ADJ") and following.text[:1].isupper()) or _inside_remit(clause, k + 1):
            k += 1
        else:
            break
    return k


def _inside_remit(clause: _Clause, k: int) -> bool:
    """Whether the "and" at ``k`` joins words of a speaker noun's remit ("das Bundesamt für Migration und
    Flüchtlinge", "Ministerium für Arbeit und Soziales"): capitalised words back to a remit's preposition."""
    tokens = clause.tokens
    if tokens[k].text.lower() not in AND_WORDS or k + 1 > clause.last or not tokens[k + 1].text[:1].isupper():
        return False
    j = k - 1
    while j > clause.first and tokens[j].pos in ("NOUN", "PROPN", "ADJ"):
        j -= 1
    return j < k - 1 and _opens_remit(clause, j)


def _is_ordinal_stop(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is the full stop of an ordinal written in figures inside a noun phrase, between an
    article and a capitalised word or an adjective ("der 27. UN-Klimakonferenz", "des 3. Bataillons")."""
    tokens = clause.tokens
    if not clause.first + 2 <= k < clause.last or tokens[k].text != ".":
        return False
    number, article, following = tokens[k - 1], tokens[k - 2], tokens[k + 1]
    return (
        number.text.isdigit()
        and article.pos == "DET"
        and (following.text[:1].isupper() or following.pos == "ADJ")
        and following.pos in ("NOUN", "PROPN", "ADJ")
    )


def _starts_phrase(previous: Token, token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` opens a new noun phrase right after a noun: an article after a noun starts the next
    phrase ("dans le conflit Montgomery-Montréal | Le Contrôleur général"), unless it is a genitive article that
    continues it ("der Sprecher der Regierung"), or a capitalised one after a speaker noun, the first word of the
    body's name that noun says the kind of ("der Verein Mehr Demokratie", "die Partei Die Linke", issue #18)."""
    if token.text[:1].isupper() and previous.pos == "NOUN" and previous.lemma.lower() in lexicon.speaker_heads:
        return False
    return token.pos == "DET" and previous.pos in ("NOUN", "PROPN") and token.text.lower() not in lexicon.genitive


#: The most words of a name before the comma of its title appositive ("Kaisa Auer, właścicielka X mówi").
MAX_NAME_BEFORE_TITLE = 4


def _named_before_title(clause: _Clause, start: int) -> int:
    """Where free word order puts a title appositive right before the cue, the name before its comma: "X Y,
    właścicielka Z przywołuje …" (the owner of Z is X Y, who speaks; Z is a firm in the genitive). The subject
    then starts at the name, so the source reads "X Y, właścicielka Z" (a name and its appositive)."""
    tokens = clause.tokens
    if not clause.lexicon.free_order or start - 2 < clause.first or tokens[start - 1].text != ",":
        return start
    head = tokens[start]
    if not (_is_speaker_head(clause, start, nominative=False) or (head.pos == "NOUN" and head.text.islower())):
        return start  # a title or another description of a person ("właścicielka", "prezes")
    first = start - 1
    while first - 1 >= clause.first and tokens[first - 1].pos == "PROPN" and start - first <= MAX_NAME_BEFORE_TITLE:
        first -= 1
    return first if first < start - 1 and start - 1 - first >= 2 else start


def _nominative_names_start(clause: _Clause, start: int, end: int) -> int:
    """First token of the names in their dictionary form (the nominative) that close the phrase ``start`` ..
    ``end`` ("W Sejmie | Donald Tusk", "Po spotkaniu z Donaldem Tuskiem | Andrzej Duda"), or ``start`` when the
    last name is inflected: a free-order language's subject, the rest a phrase of place or time."""
    tokens = clause.tokens
    k = end + 1
    while k - 1 >= start and tokens[k - 1].pos == "PROPN" and tokens[k - 1].text.lower() == tokens[k - 1].lemma.lower():
        k -= 1
    return k if k <= end else start


def _with_title_marks(clause: _Clause, start: int, end: int) -> tuple[int, int]:
    """The subject phrase ``start..end`` with the marks of the one-word title it is and the article before them:
    "Die „Welt“ berichtete" gives the phrase "Welt", a common noun that names no one; with its article and marks
    it is the newspaper Die Welt (:func:`sift.attribution.speakers.read_source` reads a quoted title so).
    Titles of more words or without an article are read as they are ("Die „Süddeutsche Zeitung“", "„Bild“")."""
    tokens = clause.tokens
    if start != end or end + 1 > clause.last or tokens[end + 1].text not in CLOSING_QUOTES:
        return start, end
    if start - 2 < clause.first or tokens[start - 1].text not in OPENERS_ONLY or tokens[start - 2].pos != "DET":
        return start, end
    return start - 2, end + 1


def _nominal_start(clause: _Clause, last: int) -> int:
    """First token of the noun phrase that ends at token ``last``: prepositional phrases after a noun are kept
    ("le ministre de la Santé", "das Ministerium für Gesundheit"), a preposition that follows no noun ends it
    ("Von einer Katastrophe"), and so does an article after a noun ("conflit | Le Contrôleur"). Nouns coordinated
    by "and" are one subject ("Dowódcy i zwierzchnicy polityczni zastrzegają"; its first noun heads it)."""
    tokens, start = clause.tokens, last
    lexicon = clause.lexicon
    while start - 1 >= clause.first:
        previous = tokens[start - 1]
        lowered = previous.text.lower()
        if _joins_nouns(clause, start - 1) or _inside_remit(clause, start - 1):
            start -= 1
            continue
        governing = _governed_list_start(clause, start - 1) if lexicon.noun_capitals else None
        if governing is not None:  # "Der Sprecher von Polizei, Feuerwehr und THW": the list hangs on the "von"
            start = governing
            continue
        opening = _quoted_compound_opening(clause, start)
        if opening is not None:  # "Fans des „Magic Cleaning“-Prinzips": the title in quotes is part of the noun
            start = opening
            continue
        apposed = _apposed_conjunct(clause, start - 1)
        if apposed is not None:  # "La portavoz del Gobierno, Pilar Alegría, y | el ministro X dijeron"
            start = apposed
            continue
        if _is_ordinal_stop(clause, start - 1):  # "der 27. UN-Klimakonferenz": the article before the ordinal
            start -= 2
            continue
        opening = _aside_opening(clause, start - 1) if tokens[start].pos == "ADP" else None
        if opening is not None:  # "Anna (34) aus Köln", "Anna, 34, aus Köln": the bracket or the age goes on
            start = opening
            continue
        if previous.pos not in NOMINAL | {"ADP"} or previous.text in STOP or lowered in lexicon.according:
            break
        named = _unclosed_affiliation_name(clause, start - 1)
        if named is not None:  # "Mohamed Adow, von der Umweltorganisation X bezeichnet …": the name is the subject
            start = named
            break
        if previous.pos == "ADP" and not _modifies_noun(clause, start - 1):
            break
        if _starts_phrase(previous, tokens[start], lexicon):
            break
        if (
            lexicon.free_order
            and previous.pos == "PROPN"
            and tokens[start].text[:1].islower()  # a capitalised one is a name's word: "Najwyższa Izba Kontroli"
            and _is_speaker_head(clause, start, nominative=True)
        ):
            break  # "W rozmowie z RMF FM | minister zdrowia X": no article, a title in the nominative opens it
        start -= 1
    return start


def _affiliation_article(clause: _Clause, k: int) -> bool:
    """Whether the relative-looking word at ``k`` is the article of a body after a name and a comma ("Mohamed Adow,
    von der | Umweltorganisation X bezeichnet …"): a capitalised noun or name follows it, where a relative pronoun
    is followed by its clause ("X, von der man sagte, …")."""
    following = clause.tokens[k + 1] if k + 1 <= clause.last else None
    if following is None or following.pos not in ("NOUN", "PROPN") or not following.text[:1].isupper():
        return False
    if k - 1 < clause.first or _unclosed_affiliation_name(clause, k - 1) is None:
        return False
    tokens = clause.tokens
    verb = next(
        (j for j in range(k + 1, clause.last + 1) if tokens[j].pos in ("VERB", "AUX") or tokens[j].text in STOP), None
    )
    group = []
    while verb is not None and verb <= clause.last and tokens[verb].pos in ("VERB", "AUX"):
        group.append(tokens[verb].text.lower())
        verb += 1
    # a named person's verb is singular: a plural one is a relative clause's ("X, von der Kollegen erzählen, …")
    return not any(w.endswith(PLURAL_VERB_ENDING) and not w.startswith("ge") for w in group)


def _unclosed_affiliation_name(clause: _Clause, k: int) -> int | None:
    """The first token of the full name that opens the clause before the comma at ``k - 1``, where token ``k`` is a
    genitive preposition whose phrase runs on to the cue with no closing comma ("Mohamed Adow, von der
    Umweltorganisation Power Shift Africa bezeichnet …", issue #18: the organisation was read as the speaker):
    the named person belongs to the body and speaks; ``None`` for any other preposition."""
    tokens = clause.tokens
    genitive = clause.lexicon.genitive
    if tokens[k].pos != "ADP" or not (tokens[k].text.lower() in genitive or tokens[k].lemma.lower() in genitive):
        return None  # "von", and "vom" by its lemma
    if k - 3 < clause.first or tokens[k - 1].text != ",":
        return None
    first = k - 1
    while first - 1 >= clause.first and (_is_name_word(tokens[first - 1]) or _is_noun_surname(clause, first - 1)):
        first -= 1
    return first if first == clause.first and k - 1 - first >= 2 else None


def _quoted_compound_opening(clause: _Clause, noun: int) -> int | None:
    """The opening mark of a title in quotes joined by a hyphen to the noun at ``noun`` ("„Magic Cleaning“-Prinzips",
    "„Tatort“-Kommissar", no space around the hyphen): the title and the noun are one compound, whose phrase goes
    on before the opening mark. ``None`` when no such title stands before the noun."""
    tokens = clause.tokens
    hyphen, closing = noun - 1, noun - 2
    if closing <= clause.first or tokens[hyphen].text != "-" or tokens[closing].text not in CLOSING_QUOTES:
        return None
    if tokens[hyphen].start != tokens[closing].end or tokens[noun].start != tokens[hyphen].end:
        return None
    for k in range(closing - 1, max(clause.first, closing - 1 - MAX_QUOTED_NAME) - 1, -1):
        if tokens[k].text in OPENERS_ONLY:
            return k if k < closing - 1 else None
        if tokens[k].pos == "PUNCT":
            return None
    return None


#: The ending of a German finite verb (or auxiliary) in the plural ("empfehlen", "forderten", "haben … gewarnt").
PLURAL_VERB_ENDING = "en"
#: The plural endings of a finite verb beside a pronoun: "-en", and "-ern", "-eln" of the verbs whose stem ends in
#: "-er" or "-el" ("sie fordern", "sie handeln"; singular "fordert", "fordere").
PRONOUN_PLURAL_ENDINGS = (PLURAL_VERB_ENDING, "ern", "eln")


def _joined_names_start(clause: _Clause, start: int, cue_first: int) -> int:
    """First token of "X und Y" before a plural cue ("Die Ärztin X und der Virologe Y empfehlen …"), where the
    subject phrase ending before the cue starts at ``start`` after an "and" that follows a name; else ``start``.
    The first conjunct must not hang on a preposition ("Die Ankündigungen von Bahn und Minister X"), so that only
    names standing as the subject are joined (German only: ``Lexicon.plural_names_joined``)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.plural_names_joined or not tokens[cue_first].text.lower().endswith(PLURAL_VERB_ENDING):
        return start
    joint = start - 1
    if joint - 1 < clause.first or tokens[joint].text.lower() not in AND_WORDS:
        return start
    bracket = _short_bracket_opening(clause, joint - 1)  # "Die Gewerkschaft der Polizei (GdP) und der …"
    before = bracket - 1 if bracket is not None else joint - 1
    # a name before the "and", or a speaker noun with an article after it ("Das Robert Koch-Institut und das RKI")
    named = _is_name_word(tokens[before]) or _is_noun_surname(clause, before)
    bare = _bare_bodies(clause, before, start, cue_first)
    if not (named or bare or (tokens[start].pos == "DET" and _article_led_pair(clause, before, start))):
        return start
    left = before if bare else _nominal_start(clause, before)
    # a list of names or of article-led phrases fills the place before the verb ("Jana Beispiel (SPD), Tom Muster
    # und Eva Test sagten", "Merkel, Scholz und Habeck sagten")
    return _listed_start(clause, left, start)


def _article_led_pair(clause: _Clause, before: int, start: int) -> bool:
    """Whether the conjunct before "and" ends on a speaker noun ("Das Robert Koch-Institut und das RKI"), or is an
    article and one capitalised noun opening the clause while the one after "and" is an article and a name ("Die
    Grünen und die FDP kritisierten": issue #18, german45); "Die Sorgen der Bürger und die FDP" hangs a genitive."""
    tokens = clause.tokens
    if _heads_body(clause, before):
        return True
    opening = before - 1
    return (
        opening == clause.first
        and tokens[opening].pos == "DET"
        and tokens[before].pos in ("NOUN", "PROPN")
        and tokens[before].text[:1].isupper()
        and start + 1 <= clause.last
        and _is_name_word(tokens[start + 1])
    )


def _bare_bodies(clause: _Clause, before: int, start: int, cue_first: int) -> bool:
    """Whether two bare capitalised nouns joined by "and" right before a plural cue, one of them a speaker noun,
    are two bodies ("Bundeswehr und Polizei sagten", "Polizei, Feuerwehr und THW bestätigten": issue #18,
    plural44): the word before the first is no article, adjective or preposition (the clause's start or a comma),
    so neither noun hangs on another ("Der Sprecher von Polizei und Feuerwehr")."""
    tokens = clause.tokens
    if start + 1 != cue_first or not clause.lexicon.noun_capitals:
        return False
    pair = (tokens[before], tokens[start])
    if not all(t.pos in ("NOUN", "PROPN") and t.text[:1].isupper() for t in pair):
        return False
    if not (_heads_body(clause, before) or _heads_body(clause, start)):
        return False
    return before == clause.first or tokens[before - 1].text == ","


def _is_article(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is an article: a determiner, or a pronoun before a noun, a name or an adjective (after a
    comma a tagger may read German "die" as a relative pronoun: ", die München Klinik")."""
    tokens = clause.tokens
    if tokens[k].pos == "DET":
        return True
    return tokens[k].pos == "PRON" and k + 1 <= clause.last and tokens[k + 1].pos in ("NOUN", "PROPN", "ADJ")


def _listed_start(clause: _Clause, left: int, start: int) -> int:
    """First token of a list of subjects "A, B und C" filling the sentence before a plural cue ("Die Charité in
    Berlin, die München Klinik Schwabing und das Institut für Virologie teilten mit"), whose last two items start
    at ``left`` and ``start``: every item opens with an article and the list opens the clause (verb-second German
    puts one phrase before the verb); else ``left`` when its phrase is a clean subject, ``start`` when not."""
    tokens = clause.tokens
    item, comma = left, left - 1

    def opens_item(k: int) -> bool:  # an article, or a name ("Jana Beispiel (SPD), Tom Muster und Eva Test")
        # or a bare speaker noun after a comma in a list of bare nouns ("Polizei, Feuerwehr und THW", plural44)
        bare = (
            left == start - 2
            and _bare_bodies(clause, left, start, start + 1)
            and tokens[k].pos in ("NOUN", "PROPN")
            and tokens[k].text[:1].isupper()
            and (tokens[k + 1].text == "," or tokens[k + 1].text.lower() in AND_WORDS)
        )
        return _is_article(clause, k) or _is_name_word(tokens[k]) or bare

    while comma > clause.first and tokens[comma].text == "," and opens_item(item):
        opening = _short_bracket_opening(clause, comma - 1)  # "Jana Beispiel (SPD), …": the name before its bracket
        item = _nominal_start(clause, comma - 1 if opening is None else opening - 1)
        comma = item - 1
    if item < left and item == clause.first and opens_item(item):
        return item
    if _breaks_subject(clause, left, start) or _after_preposition(clause, left):
        return start
    return left


def _breaks_subject(clause: _Clause, first: int, stop: int) -> bool:
    """Whether a preposition or a stop stands in tokens ``first`` .. ``stop - 1``, outside short brackets after a
    name ("Die Gewerkschaft der Polizei (GdP) und …" is one subject)."""
    bracketed = _bracketed(clause, first, stop)
    return any(
        (clause.tokens[k].pos == "ADP" or clause.tokens[k].text in STOP) and k not in bracketed
        for k in range(first, stop)
    )


def _joined_names_end(
    clause: _Clause, end: int, verb: int, phrase_end: Callable[[int], int | None] | None = None
) -> int:
    """Last token of "X und Y" after a plural cue at ``verb`` ("Kürzlich wiesen die Biologen X und Y nach"), where
    the subject phrase after the cue ends on a name at ``end`` before an "and" and a phrase (ending where
    ``phrase_end`` says; :meth:`_Clause.phrase_end` by default) naming someone else, or an article-led speaker noun
    after one; else ``end`` (German only, as :func:`_joined_names_start`)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.plural_names_joined or verb < clause.first or end + 2 > clause.last:
        return end
    # "So habe X als auch die Landesrätin Y betont" (issue #18): the verb of "sowohl A als auch B" agrees with the
    # nearest, so the correlative joins two speakers after a singular verb too
    correlative = _is_correlative_join(tokens[end + 1])
    plural = tokens[verb].text.lower().endswith(PLURAL_VERB_ENDING) and tokens[verb].pos in ("VERB", "AUX")
    if not (plural or correlative):
        return end
    phrase_end = phrase_end or clause.phrase_end
    last = end  # "Das sagten Jana Beispiel (SPD), Tom Muster und Eva Test": the items before the "and" too
    while last + 2 <= clause.last and tokens[last + 1].text == "," and _ends_name(clause, last):
        item = phrase_end(last + 2)
        if item is None or not _is_name_word(tokens[last + 2]) or not _ends_name(clause, item):
            break
        if any(t.text.lower() in AND_WORDS for t in tokens[last + 2 : item + 1]):
            return item  # the phrase ran on over the "and": "Tom Muster und Eva Test"
        last = item
    if last + 2 > clause.last or tokens[last + 1].text.lower() not in AND_WORDS:
        return end
    # or two article-led speaker nouns ("Am Montag haben die Polizei und die Feuerwehr betont", issue #18), as
    # :func:`_joined_names_start` joins them before the verb
    bodies = last == end and _heads_body(clause, last) and tokens[last + 2].pos == "DET"
    if not (_ends_name(clause, last) or bodies):
        return end
    second = phrase_end(last + 2)
    if second is None:
        return end
    if not (any(_is_name_word(t) for t in tokens[last + 2 : second + 1]) or (bodies and _heads_body(clause, second))):
        return end
    return second


#: The "and" of "sowohl A als auch B", one token after ``german._correlative_and`` joined it.
CORRELATIVE_JOIN = "als auch"


def _is_correlative_join(token: Token) -> bool:
    """Whether ``token`` is the joined "als auch" of a correlative "sowohl A als auch B"."""
    return token.pos == "CCONJ" and token.text.lower() == CORRELATIVE_JOIN


def _ends_name(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` ends a name, a short bracket after it allowed ("Jana Beispiel (SPD)"): a name word, or a
    capitalised word after one (a surname a tagger knows as a noun: "Beispiel", "Müller")."""
    tokens = clause.tokens
    opening = _short_bracket_opening(clause, k)
    k = opening - 1 if opening is not None else k
    after_name = k - 1 >= clause.first and _is_name_word(tokens[k - 1]) and tokens[k].text[:1].isupper()
    return _is_name_word(tokens[k]) or after_name


def _is_noun_surname(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is a surname the tagger took for a common noun after a given name ("Jörg Adler", "Wendel
    Trio", issue #18): a capitalised noun right after a proper name that opens a name (the word before that is no
    proper name, so "Wahl Berlin Mitte" is not read so)."""
    tokens = clause.tokens
    if k - 1 < clause.first or tokens[k].pos != "NOUN" or not tokens[k].text[:1].isupper():
        return False
    given = tokens[k - 1]
    return given.pos == "PROPN" and given.text[:1].isupper() and not given.text.isupper() and given.text.isalpha()


def _governed_list_start(clause: _Clause, k: int) -> int | None:
    """Where token ``k`` is the "und"/"oder" closing a list of nouns that a preposition after a speaker noun governs
    ("Der Sprecher von Polizei, Feuerwehr und THW hat bestätigt"), the preposition's index: the list is its object,
    the speaker noun before it heads the subject; else ``None`` ("Polizei, Feuerwehr und THW bestätigten": each
    speaks)."""
    tokens = clause.tokens
    if tokens[k].text.lower() not in AND_WORDS or k + 1 > clause.last or tokens[k + 1].pos not in NOMINAL:
        return None
    m = k - 1
    while m > clause.first and (tokens[m].text == "," or (tokens[m].pos in NOMINAL and tokens[m].pos != "PRON")):
        m -= 1
    if m == k - 1 or tokens[m].pos != "ADP" or tokens[m + 1].text == ",":
        return None
    # a speaker noun before the preposition heads the subject ("Die Ankündigungen von Bahn und Minister X
    # versprechen": the announcements' makers are read as before, :func:`_joined_names_start`)
    return m if _modifies_noun(clause, m) and _is_speaker_head(clause, m - 1, nominative=False) else None


def _joins_nouns(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is an "and" between two nouns of one subject (not the first word of the clause)."""
    tokens = clause.tokens
    return (
        clause.lexicon.coordinated
        and tokens[k].text.lower() in AND_WORDS
        and k - 1 >= clause.first
        and tokens[k - 1].pos in ("NOUN", "PROPN")
        and tokens[k + 1].pos in ("NOUN", "PROPN", "DET", "ADJ")
    )


def _apposed_conjunct(clause: _Clause, k: int) -> int | None:
    """Where token ``k`` is an "and" after a name between commas that follows a noun ("A porta-voz da Comissão,
    Anitta Hipper, e | o comissário X disseram"), the index of the noun before the first comma: the first conjunct
    goes on to the left from there (languages whose nouns joined by "and" are one subject), else ``None``."""
    tokens = clause.tokens
    if not clause.lexicon.coordinated or tokens[k].text.lower() not in AND_WORDS or k - 3 < clause.first:
        return None
    if tokens[k - 1].text != "," or tokens[k - 2].pos != "PROPN":
        return None
    comma = k - 2
    while comma > clause.first and tokens[comma].pos == "PROPN" and k - comma <= MAX_NAME_BEFORE_TITLE + 1:
        comma -= 1
    if tokens[comma].text != "," or comma - 1 < clause.first or tokens[comma - 1].pos not in ("NOUN", "PROPN"):
        return None
    return comma - 1


def _modifies_noun(clause: _Clause, preposition: int) -> bool:
    """Whether the preposition at ``preposition`` follows a noun, so its phrase modifies that noun ("das
    Ministerium für Gesundheit") rather than standing before the verb on its own ("Von einer Katastrophe")."""
    if preposition <= clause.first:
        return False
    before = clause.tokens[preposition - 1]
    return before.pos in ("NOUN", "PROPN") or _aside_opening(clause, preposition - 1) is not None


def _aside_opening(clause: _Clause, k: int) -> int | None:
    """Index of the opening bracket or comma when token ``k`` closes a short bracket after a noun or a name ("Anna
    (34)", "der Sprecher (links)") or an age between commas after a name ("Anna, 34,"); else ``None``."""
    opening = _short_bracket_opening(clause, k)
    if opening is not None:
        return opening
    tokens = clause.tokens
    if k - 3 < clause.first or tokens[k].text != "," or tokens[k - 2].text != ",":
        return None
    aged = _is_age(tokens[k - 1].text) and tokens[k - 3].pos in ("NOUN", "PROPN")
    return k - 2 if aged else None


def _after_preposition(clause: _Clause, first: int) -> bool:
    """Whether the noun phrase starting at token ``first`` is the object of a preposition ("Von einer Katastrophe
    spricht der Manager", "ao ministro"): no subject, whatever its words."""
    if first <= clause.first:
        return False
    previous = clause.tokens[first - 1]
    lowered = previous.text.lower()
    return previous.pos == "ADP" and lowered not in clause.lexicon.according and not _modifies_noun(clause, first - 1)


def _appositive_source(clause: _Clause, comma: int) -> Span | None:
    """The subject before an appositive: "El ministro de Economía, Luis Caputo, dijo …", "Graciela Lois, de
    Familiares de Detenidos y Desaparecidos, cree …" (``comma`` ends it; nouns may be coordinated inside it)."""
    tokens = clause.tokens
    opening = next((k for k in range(comma - 1, clause.first, -1) if tokens[k].text == ","), None)
    if opening is None or opening == comma - 1 or tokens[opening - 1].pos not in NOMINAL:
        return None
    inside = tokens[opening + 1 : comma]
    if inside[0].pos == "CCONJ" or any(t.pos not in NOMINAL | {"ADP", "CCONJ"} for t in inside):
        return None
    return clause.span(_nominal_start(clause, opening - 1), comma - 1)


#: What closes the statement before a trailing "as" clause ("…, jak pisze X.", "… – jak pisze X.", "… (jak
#: utrzymuje X)").
BEFORE_TRAILING_AS = frozenset({",", "(", *QUOTE_DASHES})


def _after_as_word(clause: _Clause, cue_first: int) -> bool:
    """Whether the cue follows an "as" word, right after it or after one adverb ("jak choćby utrzymuje X")."""
    tokens, as_words = clause.tokens, clause.lexicon.as_words
    before = cue_first - 1
    if before > clause.first and tokens[before].pos == "ADV" and tokens[before - 1].text.lower() in as_words:
        return True
    return before >= clause.first and tokens[before].text.lower() in as_words


def _in_as_clause(clause: _Clause, cue_first: int) -> bool:
    """Whether the cue is the verb of an "as" clause opening the sentence or following a comma or dash: right after
    its "as" word ("Como apurou X", "Jak dowiedział się X") or closing the verb-final clause it opens ("Wie der
    Spiegel erfuhr"), with no other verb between; not "un país como España supo …" (like Spain)."""
    tokens = clause.tokens
    for k in range(cue_first - 1, clause.first - 1, -1):
        if tokens[k].text in STOP or tokens[k].pos in ("VERB", "AUX"):
            return False
        if tokens[k].text.lower() in clause.lexicon.as_words:
            return k == clause.first or tokens[k - 1].text in BEFORE_TRAILING_AS
    return False


def _as_clause(clause: _Clause, i: int, cue: Span, subject: tuple[int, int]) -> Frame | None:
    """ "Como informó el ministerio, …" / "Wie die Polizei mitteilte, …": the content follows the clause's comma.
    A trailing "as" clause ("…, jak pisze Jan Kowalczyk.", "… – como escribe X.", "… (jak utrzymuje X), …")
    closes its statement: the content is what stands before its comma, dash or bracket (an adverb may sit
    between the "as" word and the cue: "jak choćby utrzymuje X")."""
    tokens = clause.tokens
    lemma = tokens[i].lemma.lower()
    opener = next(k for k in range(i - 1, clause.first - 1, -1) if tokens[k].text.lower() in clause.lexicon.as_words)
    if opener - 1 > clause.first and tokens[opener - 1].text in BEFORE_TRAILING_AS:
        if tokens[subject[1]].text == ")" and subject[1] > subject[0]:
            subject = (subject[0], subject[1] - 1)  # "(jak twierdzi X)": the bracket closes the clause, not the name
        end = subject[1] + 1
        closed = end > clause.last or tokens[end].text in STOP or tokens[end].text == ")"
        if closed and (tokens[opener - 1].text != "(" or (end <= clause.last and tokens[end].text == ")")):
            return _frame(clause, cue, clause.content(clause.first, opener - 2), clause.span(*subject), lemma)
    comma = next((k for k in range(subject[1] + 1, clause.last) if tokens[k].text == ","), None)
    if comma is None:
        return None
    content = clause.content(comma + 1, clause.last)
    return _frame(clause, cue, content, clause.span(*subject), lemma)


#: Conjunctions of a verb-final clause that supposes or asks rather than tells ("ob", "wenn", "falls", "bevor").
SUPPOSING = frozenset({"ob", "wenn", "falls", "sofern", "bevor", "ehe", "sobald", "solange"})


def _closes_subject_relative(clause: _Clause, commas: list[int]) -> bool:
    """Whether a verb closing its sentence closes a relative clause whose pronoun is its subject: the nearest comma
    before it that opens a clause (one before a relative pronoun or a verb; an enumeration's commas open none) is a
    relative pronoun's, right before a preposition or an adverb ("…, die seit Jahren über X, Y und Z berichtet",
    "…, der über die Bundeswehr berichtet"; "…, die der Minister kritisiert hat" has its subject after the pronoun).
    What that verb reports is not the sentence before the pronoun, nor the list before it its source."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.relative_openers:
        return False
    for k in commas:  # nearest first
        opener = tokens[k + 1]
        if opener.pos in ("VERB", "AUX"):
            return False
        if opener.pos == "PRON" and opener.text.lower() in lexicon.relative_openers and not _quoted(clause, k + 1):
            return k + 2 < len(tokens) and tokens[k + 2].pos in ("ADP", "ADV")
    return False


def _final_participle(clause: _Clause, i: int) -> Frame | None:
    """A cue closing its sentence: "…, hat Klinzewitsch am Dienstag kommentiert" / "…, le ministère a précisé".

    The subject follows the comma that opens the cue's clause: preferably one followed by an auxiliary
    (German verb-second "…, hat X … kommentiert"), else one followed by a noun phrase.
    """
    tokens = clause.tokens
    if tokens[i - 1].text in QUOTE_DASHES:  # "– …, Bianca i Favorit – dodaje.": the commas are the quote's
        return _dropped_subject(clause, i)
    cue_first = _auxiliary_start(clause, i)
    opener = _verb_final_opener(clause, cue_first)
    # "…, als sein Kollege X im Interview seine Pläne preisgab.": the clause's subject; not a clause that supposes or
    # asks ("Niemand weiß, ob die Firma das bestätigt": whether it will, not that it did), read as before
    if opener is not None and tokens[opener].text.lower() not in SUPPOSING:
        subject = _subordinate_subject(clause, opener, cue_first)
        if subject is None:
            return None
        content = clause.content(subject[1] + 1, cue_first - 1) or clause.content(clause.first, opener - 2)
        return _frame(
            clause, (tokens[cue_first].start, tokens[i].end), content, clause.span(*subject), tokens[i].lemma.lower()
        )
    commas = [k for k in range(i - 2, clause.first, -1) if tokens[k].text == "," and not _quoted(clause, k)]
    bracketed = [k for k in commas if _in_brackets(clause, k, i)]
    commas = [k for k in commas if k not in bracketed and not _in_governed_list(clause, k, i)]
    if _closes_subject_relative(clause, commas):
        return None  # "…, erläutert X, die seit Jahren über das Saarland, Frankreich und Luxemburg berichtet."
    with_aux = [k for k in commas if tokens[k + 1].lemma.lower() in clause.lexicon.aux]
    # past a bracketed list, a noun phrase after an earlier comma is a subject only when no verb of its own follows
    # it ("…, die örtlichen Medien verfolgen und verdächtige Vorgänge (zum Beispiel …, …) den Behörden melden")
    with_noun = [
        k
        for k in commas
        if tokens[k + 1].pos in NOMINAL and not (bracketed and any(t.pos == "VERB" for t in tokens[k + 1 : i]))
    ]
    if with_aux and (with_aux[0] + 2 >= i or (clause.lexicon.pro_drop and with_aux[0] + 1 == cue_first)):
        # "Der Plan sei zu teuer, wurde kritisiert.": nothing between the auxiliary and the cue, no one; but a
        # perfect after a quotation, where subjects drop, is the bare cue's ("“È un tradimento”, ha poi detto.")
        return _dropped_subject(clause, i)
    if with_aux:
        k, source_first = with_aux[0], with_aux[0] + 2
    elif with_noun:
        k, source_first = with_noun[0], with_noun[0] + 1
    elif clause.lexicon.noun_capitals and not commas:
        finite = next((k for k in range(clause.first + 1, i) if tokens[k].pos == "AUX"), None)
        modal = finite is not None and tokens[finite].lemma.lower() in clause.lexicon.intent_modals
        if finite is not None and tokens[finite].lemma.lower() not in clause.lexicon.aux and not modal:
            return None  # "Die Betreiber können … höhere Preise verlangen": a modal's ability, no report
        if modal and tokens[i].text.lower() == tokens[i].lemma.lower():
            # "Das wollte X am Montag verkünden": a reporting modal and its infinitive around the subject, as when
            # a comma follows the infinitive (:func:`_reporting_modal`)
            return _verb_bracket(clause, finite, i, (tokens[i].start, tokens[i].end), tokens[i].lemma.lower())
        if finite is None or (tokens[finite].lemma.lower() in PASSIVE_AUX and tokens[i].text != tokens[i].lemma):
            # "Im Mai wurde der Verband gewarnt", "Die Regeln sind angekündigt": a passive, no speaker; unless its
            # agent is named ("Der Plan wurde vom Verband kritisiert"), what was spoken of standing before "wurde"
            bracket, agent_at = _passive_bracket(clause, i) if finite is not None else (False, None)
            named = _bracket_agent(clause, agent_at, i) if bracket and agent_at is not None else None
            if finite is None or named is None:
                return None
            content = clause.content(clause.first, finite - 1)
            return _frame(
                clause, (tokens[i].start, tokens[i].end), content, clause.span(*named), tokens[i].lemma.lower()
            )
        return _verb_bracket(clause, finite, i, (tokens[i].start, tokens[i].end), tokens[i].lemma.lower())
    else:
        return _dropped_subject(clause, i)
    while source_first < i - 1 and (  # "…, hatte gerade die F.A.S. berichtet"
        tokens[source_first].pos == "ADV" or tokens[source_first].text.lower() in clause.lexicon.skip
    ):
        source_first += 1
    source = clause.span(source_first, clause.phrase_end(source_first, i - 1))
    content = clause.content(clause.first, k - 1)
    return _frame(clause, (tokens[i].start, tokens[i].end), content, source, tokens[i].lemma.lower())


def _in_brackets(clause: _Clause, k: int, stop: int) -> bool:
    """Whether token ``k`` stands inside round brackets closed before ``stop`` ("Fälle wurden aus Spanien (Städte
    Valencia, Murcia und Almería) gemeldet": the comma in the list opens no clause; sweep42, issue #18, where the
    Foreign Office's travel advice named two Italian towns as speakers)."""
    tokens = clause.tokens
    opened = False
    for j in range(k - 1, clause.first - 1, -1):
        if tokens[j].text in ("(", ")"):
            opened = tokens[j].text == "("
            break
    if not opened:
        return False
    for j in range(k + 1, stop):
        if tokens[j].text in ("(", ")"):
            return tokens[j].text == ")"
    return False


def _in_governed_list(clause: _Clause, k: int, stop: int) -> bool:
    """Whether the comma at ``k`` joins the members of a list a preposition governs, closed by "und" before the
    cue at ``stop`` with no verb of its own ("Ich möchte mich bei den Herren A, B und Dr. C für deren Hilfe
    bedanken", "bei Eltern, Lehrern und Schülern": the thanked, not a clause's subject; sweep43c, issue #18)."""
    tokens = clause.tokens
    if tokens[k - 1].pos not in ("NOUN", "PROPN") or tokens[k + 1].pos not in NOMINAL:
        return False
    # the list closes before the clause's first verb: "In Berlin, Hamburg und München hat die Polizei gewarnt"
    verb = next((m for m in range(k + 1, stop) if tokens[m].pos in ("VERB", "AUX")), stop)
    if not any(tokens[m].text.lower() in BRACKET_JOINS for m in range(k + 1, verb)):
        return False
    m = k - 1
    while m > clause.first and tokens[m - 1].pos in NOMINAL and tokens[m - 1].pos != "PRON":
        m -= 1
    return m > clause.first and tokens[m - 1].pos == "ADP"


#: German auxiliaries that make a participle passive ("wurde gewarnt", "ist angekündigt"); "werden" with an
#: infinitive is a future ("wird … ankündigen").
PASSIVE_AUX = frozenset({"werden", "sein"})


def _verb_bracket(clause: _Clause, finite: int, closing: int, cue: Span, lemma: str) -> Frame | None:
    """A German verb-second sentence whose verb is split around its middle: the finite verb second (an auxiliary
    or the cue), the cue's participle or separable particle at ``closing`` ending the sentence ("Am Montag hat der
    Verband vor Engpässen gewarnt", "Der Verband hat vor Engpässen gewarnt", "Am Montag kündigte der Verband neue
    Regeln an"). What opens the sentence is one phrase: an adverbial (a preposition's phrase, adverbs: the subject
    follows the finite verb) or a noun phrase (the subject itself), also after a focus particle when it names a
    speaker ("Auch der Verband hat …", "Selbst Ministerin X hatte …"; not "Heute Morgen hat …"). The content is the
    middle after the subject."""
    tokens = clause.tokens
    fronted, skip = tokens[clause.first : finite], clause.lexicon.skip
    ordinal = {k for k in range(1, len(fronted)) if fronted[k].text == "." and fronted[k - 1].text.isdigit()}
    # "Karl Lauterbach (SPD) hat … gewarnt": a party or short name in brackets is no stop
    bracketed = {k - clause.first for k in _bracketed(clause, clause.first, finite)}
    if not fronted or any(t.text in STOP and k not in ordinal | bracketed for k, t in enumerate(fronted)):
        return None  # "Vor Beginn der Konferenz am 31. Oktober ruft …": an ordinal's full stop is no stop
    opening = 0  # "„Die Ministerin hat uns versichert, …“": a quotation's opening mark is no part of the phrase
    while opening < len(fronted) and fronted[opening].text in QUOTE_MARKS:
        opening += 1
    adverbs = opening  # "Bereits im Mai hatte die Firma …": adverbs before the preposition
    while adverbs < len(fronted) and (fronted[adverbs].pos == "ADV" or fronted[adverbs].text.lower() in skip):
        adverbs += 1
    said = len(fronted) == opening + 1 and fronted[opening].text.lower() in clause.lexicon.said  # "Das hat X …"
    if (
        said
        or adverbs == len(fronted)
        or fronted[adverbs].pos == "ADP"
        or all(t.pos in ("ADV", "ADJ") for t in fronted[opening:])
        or _demonstrative_object(clause, clause.first + adverbs, finite, closing)
    ):
        start = finite + 1  # past adverbs, a reflexive and an object pronoun ("Am Montag hat sich die Ministerin …
        # geäußert", "Gestern hat uns die Ministerin versichert")
        passed = skip | REFLEXIVES | (clause.lexicon.object_pronouns - {"es"})
        while start < closing and (tokens[start].pos == "ADV" or tokens[start].text.lower() in passed):
            start += 1
        end = _bracket_subject_end(clause, start, closing - 1)
        if end is not None:  # "Kürzlich wiesen die Biologen X und Y nach": both speak
            end = _joined_names_end(clause, end, finite, lambda k: _bracket_subject_end(clause, k, closing - 1))
    elif fronted[adverbs].pos in ("DET", "NOUN", "PROPN", "ADJ") and all(
        t.pos in NOMINAL | {"ADP"} or k in bracketed or _joins_fronted(fronted, k)
        for k, t in enumerate(fronted)
        if k >= adverbs
    ):
        start, end = clause.first + adverbs, finite - 1
        joined = any(_joins_fronted(fronted, k) for k in range(adverbs, len(fronted)))
        named = all(t.pos != "ADP" for t in tokens[start : end + 1]) and _names_speaker(clause, range(start, end + 1))
        if (adverbs > opening or joined) and not (named or _heads_speaker(clause, (start, end), compounds=True)):
            # "Heute Morgen hat …", "Auch die Pläne hat der Verband …", "Steuern und Abgaben hat die Regierung …":
            # a time, or the object fronted
            return None
    else:
        return None
    if end is None or not any(t.pos in ("NOUN", "PROPN", "PRON") for t in tokens[start : end + 1]):
        return None
    middle = end + 1 if start > finite else finite + 1
    if closing + 1 < clause.last and tokens[closing + 1].text in (",", ":"):  # "…, teilte X mit, dass …"
        content = clause.content(closing + 2, clause.last)
    else:
        content = clause.content(middle, closing - 1) if middle < closing else None
        if content is None and start > finite:  # "Das teilte die Polizei am Montag mit", "Darauf weist X hin"
            content = clause.content(clause.first, finite - 1)
    return _frame(clause, cue, content, clause.span(start, end), lemma)


def _joins_fronted(fronted: list[Token], k: int) -> bool:
    """Whether word ``k`` of a fronted subject is an "und" between two nouns or names ("Betriebsratschefin und
    Aufsichtsrätin Daniela Cavallo hatte … kritisiert", "Merkel und Macron haben … begrüßt"): one subject, a person
    with two titles or two speakers that the reading of speakers splits (``speakers._joined``); session 40."""
    return (
        0 < k < len(fronted) - 1
        and _is_and(fronted[k])
        and fronted[k - 1].pos in ("NOUN", "PROPN")
        and fronted[k + 1].pos in ("NOUN", "PROPN", "DET", "ADJ")
    )


def _is_and(token: Token) -> bool:
    """Whether ``token`` is a coordinating "and" of :data:`AND_WORDS`."""
    return token.pos == "CCONJ" and token.text.lower() in AND_WORDS


def _demonstrative_object(clause: _Clause, first: int, finite: int, closing: int) -> bool:
    """Whether the phrase before the finite verb, opened by a demonstrative ("Diese Schwäche hat X aufgezeigt",
    "Genau dieses Bild ruft die Partei auf"), is the object taken up from the sentences before, its subject a name
    or a speaker noun after the verb: the fronted phrase names no speaker, the phrase after the verb does."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if first >= finite or tokens[first].text.lower() not in lexicon.demonstratives:
        return False
    if any(t.pos not in ("DET", "ADJ", "NOUN") for t in tokens[first + 1 : finite]):
        return False
    if any(_is_speaker_head(clause, k, nominative=False) for k in range(first, finite)):
        return False
    start = finite + 1
    while start < closing and (tokens[start].pos == "ADV" or tokens[start].text.lower() in lexicon.skip):
        start += 1
    end = _bracket_subject_end(clause, start, closing - 1)
    if end is None or tokens[start].pos == "PRON":
        return False
    return _names_speaker(clause, range(start, end + 1))


def _bracket_subject_end(clause: _Clause, start: int, last: int) -> int | None:
    """Last token of the subject after a finite verb in a split verb group: a pronoun, or articles and adjectives,
    then a run of nouns and names ("Ministerin Clara Wendt"), with its genitives ("der Sprecher der Stadt"); the
    object after it opens with a new article or an adjective ("der Verband | neue Regeln"). ``None`` when no noun
    phrase starts at ``start``."""
    tokens = clause.tokens
    if start > last:
        return None
    if tokens[start].pos == "PRON":
        return start
    k = start
    while k <= last and tokens[k].pos in ("DET", "ADJ"):
        k += 1
    if k > last or tokens[k].pos not in ("NOUN", "PROPN"):
        return None
    while k + 1 <= last and tokens[k + 1].pos in ("NOUN", "PROPN"):
        k += 1
    if k + 1 <= last and tokens[k + 1].text == "(":  # "das Deutsche Rote Kreuz (DRK)": its short name with it
        closing = _short_bracket_closing(clause, k + 1, last)
        return closing if closing is not None else k
    if k + 2 <= last and tokens[k + 1].text.lower() in clause.lexicon.genitive and tokens[k + 1].pos != "ADP":
        genitive_end = _bracket_subject_end(clause, k + 2, last)  # "der Sprecher der Stadt"
        return genitive_end if genitive_end is not None else k
    if k + 2 <= last and _opens_remit(clause, k + 1):  # "das Bundesamt für Migration und Flüchtlinge"
        k = _remit_end(clause, k + 2, last)
    return k


#: The most words (adverbs, conjunctions, their commas) before a cue that opens its sentence with no subject.
MAX_DROPPED_OPENING = 3


def _opens_dropped_subject(clause: _Clause, cue_first: int, i: int) -> bool:
    """Whether a cue opens its sentence with no subject, in a language that drops subjects, and the block has a
    topic: only adverbs, conjunctions and commas stand before it ("Además, explicó", "E poi ha aggiunto"), it is in
    the third person (:attr:`~sift.lexicon.languages.Language.third_person_endings`), outside a quotation, and a
    complementiser opens what follows it ("que", "che", "że"), after adverbs and a comma ("Zapowiedział, że …",
    "Ha poi dichiarato che …")."""
    lexicon, tokens = clause.lexicon, clause.tokens
    if not lexicon.pro_drop or clause.topic is None or clause.topic[1] > tokens[cue_first].start:
        return False
    if cue_first - clause.first > MAX_DROPPED_OPENING or _quoted(clause, i):
        return False
    if any(t.pos not in ("ADV", "CCONJ") and t.text != "," for t in tokens[clause.first : cue_first]):
        return False
    if not tokens[cue_first].text.lower().endswith(lexicon.third_person):
        return False
    after = i + 1
    while after <= clause.last and (
        tokens[after].pos == "ADV" or tokens[after].text == "," or tokens[after].text.lower() in lexicon.skip
    ):
        after += 1
    return after <= clause.last and tokens[after].text.lower() in lexicon.openers


#: The fewest proper names after a preposition's object that name the clause's subject ("a la prensa Juan Pérez").
MIN_NAME_WORDS = 2


def _addressee_only(clause: _Clause, after: int, last: int) -> bool:
    """Whether the words from ``after`` to ``last`` (past closing punctuation) are one noun phrase a preposition
    opens, whom the cue before them addressed ("…, dijo a la prensa.", "…, ha detto all'ANSA."), no subject: a name
    or a title after its noun is the subject ("…, dijo a la prensa Juan Pérez.")."""
    tokens = clause.tokens
    while last > after and tokens[last].pos == "PUNCT":
        last -= 1
    head = next((k for k in range(after + 1, last + 1) if tokens[k].pos in HEADS), last)
    return (
        after < last
        and tokens[after].pos == "ADP"
        and all(
            t.pos in NOMINAL and not _quoted(clause, k) for k, t in enumerate(tokens[after + 1 : last + 1], after + 1)
        )
        and tokens[last].pos in HEADS
        and not _named_after(clause, head, last)
    )


def _named_after(clause: _Clause, k: int, last: int) -> bool:
    """Whether the clause's subject follows the preposition's object ending at token ``k`` (up to ``last``): a
    speaker's title ("sagte bei der Pressekonferenz | Minister Klaus Müller", "dijo a la agencia EFE | el ministro
    X") or a name of two words or more after a speaker's noun ("dijo a la prensa | Juan Pérez"), unless that is an
    outlet's noun whose name it is ("dijo a la agencia EFE", "a la agencia Europa Press", "disse à agência Lusa"); a
    name after another noun is a place's ("dijo en la ciudad San Pedro Sula")."""
    tokens = clause.tokens
    if any(tokens[j].pos == "NOUN" and _is_speaker_head(clause, j, nominative=False) for j in range(k + 1, last + 1)):
        return True
    if tokens[k].lemma.lower() in clause.lexicon.outlet_heads or not _is_speaker_head(clause, k, nominative=False):
        return False  # "en la ciudad San Pedro Sula": a place's name after a noun of places
    return sum(tokens[j].pos == "PROPN" for j in range(k + 1, last + 1)) >= MIN_NAME_WORDS


def _dropped_subject(clause: _Clause, i: int) -> Frame | None:
    """ "“Estamos tratando de articular todo esto”, cuenta.": a bare cue after a quotation, in a language that drops
    subjects, speaks for the person the block last named (:func:`_topic`); none named, no frame. A quotation opened
    and closed by dashes ("– Uprawiamy Rondo, Solaris i Regent – dodaje.") is one too: its last words are the
    quote's, never the speaker, and without a topic the frame is dropped."""
    tokens = clause.tokens
    dashed = tokens[i - 1].text in QUOTE_DASHES
    # a perfect's auxiliaries open the cue ("“…”, ha detto.", "“…”, ha añadido."), never a passive's ("è stato detto")
    first = i if dashed else _auxiliary_start(clause, i)
    if any(t.lemma.lower() in PASSIVE_AUXILIARIES for t in tokens[first:i]):
        return None
    if not clause.lexicon.pro_drop or clause.topic is None or first - 2 < clause.first:
        return None
    if dashed and tokens[clause.first].text not in QUOTE_DASHES:
        return None  # a dash closing a clause that no dash opened: no quotation sift knows of
    if not dashed and (tokens[first - 1].text != "," or tokens[first - 2].text not in CLOSING_QUOTES):
        return None
    content = clause.content(clause.first + dashed, first - 2)
    return _frame(clause, (tokens[first].start, tokens[i].end), content, clause.topic, tokens[i].lemma.lower())


def _topic(clause: _Clause, frames: list[Frame]) -> Span | None:
    """Who a sentence names as its speaker: the source of its last frame that holds a name or a speaker noun, else a
    run of names opening it outside a quotation ("María Elena Naddeo, de la APDH, se entusiasma …"); else the topic
    before it."""
    tokens = clause.tokens
    for frame in reversed(frames):
        words = [k for k in range(clause.first, clause.last + 1) if frame.source and _inside(tokens[k], frame.source)]
        if _names_speaker(clause, words):
            return frame.source
    k = clause.first
    while k <= clause.last and tokens[k].pos == "DET":
        k += 1
    end = k
    while end <= clause.last and tokens[end].pos == "PROPN" and not _quoted(clause, end):
        end += 1
    titled = k <= clause.last and tokens[k].pos == "NOUN" and tokens[k].text.lower() in clause.lexicon.speaker_heads
    if end == k and (titled or (k <= clause.last and _is_speaker_head(clause, k, nominative=False))):
        end = _titled_subject_end(clause, k)  # the title by its form too ("La sindaca": lemma "sindacare")
    return (tokens[k].start, tokens[end - 1].end) if end > k else clause.topic


#: The most words of a title phrase opening a sentence before the verb ("alcaldesa de Valencia, María José Catalá").
MAX_TITLED_SUBJECT = 10


def _titled_subject_end(clause: _Clause, k: int) -> int:
    """The end (exclusive) of a title phrase opening a sentence as its subject, up to the last name before the
    verb ("La alcaldesa de Valencia, María José Catalá, inauguró …", "Il sindaco di Roma Roberto Gualtieri ha
    visitato …"), or ``k`` when no name comes before the verb."""
    tokens, end = clause.tokens, k
    for j in range(k + 1, min(clause.last + 1, k + MAX_TITLED_SUBJECT)):
        if tokens[j].pos == "PROPN" and not _quoted(clause, j):
            end = j + 1
        elif tokens[j].pos in ("VERB", "AUX"):
            return end
        elif tokens[j].pos not in ("ADP", "DET", "PUNCT", "NOUN", "ADJ") or tokens[j].text in STOP - {","}:
            return k
    return k


def _inside(token: Token, span: Span) -> bool:
    return span[0] <= token.start < span[1]


def _quoted(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` lies inside a quotation: a comma there belongs to the quoted words, and a cue closing
    the sentence after it has no subject of its own ("«… o Executivo e o Legislativo», afirmou.": pro-drop)."""
    start = clause.tokens[k].start
    return any(q_start < start < q_end - 1 for q_start, q_end in clause.regions)


#: Marks opening an aside and the marks closing it ("… – so X – …", "… (so X) …").
ASIDE_MARKS = {"–": "–", "—": "—", "-": "-", "(": ")"}
#: The most words between the source of an aside "so X" and the mark closing it ("– so X im Gespräch mit Y –").
MAX_ASIDE_TAIL = 8


#: The most adverbs after the source of a closing "so X" ("…, so X abschließend.", "…, so X später weiter.").
MAX_SO_ADVERBS = 2
#: Prepositions that tie a closing "so X" source to the group or body it belongs to, up to the sentence's stop
#: ("…, so die Forschenden um Hanna Keller vom Max-Planck-Institut", "…, so Anna Berg von der Universität Jena"):
#: the speaker reading takes the one a group is around and a person's body from the whole phrase.
SO_SOURCE_LINKS = frozenset({"um", "von", "vom", "aus"})


def _is_adverbial(token: Token) -> bool:
    """An adverb or a particle ("weiter"), or a lower-case adjective or participle used as one ("rückblickend")."""
    if token.pos in ("ADV", "PART"):
        return True
    return token.pos in ("ADJ", "VERB") and token.text[:1].islower() and token.text.isalpha()


def _so_frame(clause: _Clause, i: int) -> Frame | None:
    """ "…, so ein Sprecher": a postposed source marker; or an aside inside the sentence ("Die Lage – so X – ist
    ernst", "(so X)", "Die Umsetzung, so der Autor, ist nie möglich": realpages dev9), which attributes the whole
    sentence around it."""
    tokens = clause.tokens
    if i > clause.first and tokens[i - 1].text in ASIDE_MARKS:
        return _so_aside(clause, i)
    if i == clause.first or tokens[i - 1].text != ",":
        return None
    return _so_postposed(clause, i) or _so_aside(clause, i, closing=",")


def _so_postposed(clause: _Clause, i: int) -> Frame | None:
    """ "…, so ein Sprecher.": "so" after a comma, its source and at most a few adverbs closing the sentence."""
    tokens = clause.tokens
    if i < clause.last and tokens[i + 1].pos == "SCONJ":
        return None  # "…, so dass man Kräfte spart": a conjunction, no source
    source_last = _trailing_appositive(clause, clause.phrase_end(i + 1))  # "…, so X, Geschäftsführer der Y."
    while (
        source_last + 2 <= clause.last
        and source_last >= i + 1
        and tokens[source_last + 1].text.lower() in SO_SOURCE_LINKS
        and tokens[source_last + 2].pos not in ("PUNCT", "VERB", "AUX", "ADV")
    ):
        source_last = clause.phrase_end(source_last + 2)  # "… um Hanna Keller | vom Max-Planck-Institut"
    tail = source_last + 1  # "…, so X weiter.", "…, so der Trainer rückblickend.": adverbs close the sentence
    while tail <= clause.last and tail - source_last <= MAX_SO_ADVERBS and _is_adverbial(tokens[tail]):
        tail += 1
    tail = _so_circumstance_end(clause, tail)
    if source_last < i + 1 or any(t.pos != "PUNCT" for t in tokens[tail : clause.last + 1]):
        return None
    if not any(t.pos in HEADS for t in tokens[i + 1 : source_last + 1]):
        return None  # "…, so I let it go!" (English in a German page): no noun, name or pronoun, so no source
    content = clause.content(clause.first, i - 2)
    return _frame(clause, (tokens[i].start, tokens[i].end), content, clause.span(i + 1, source_last), "so")


def _so_circumstance_end(clause: _Clause, tail: int) -> int:
    """Where the words after a closing "so X" end when they are only the statement's circumstances: a
    prepositional phrase with no verb up to the sentence's stop ("…, so der Verband in einer Mitteilung vom
    Dienstag.", "…, so die Polizei am Montag.", "…, so Müller gegenüber der dpa."; realpages heldout rh-002: "so der
    Deutsche Jagdverband (DJV) in einer Meldung von heute"). Anything else leaves ``tail`` where it was."""
    tokens = clause.tokens
    if tail > clause.last or tokens[tail].pos != "ADP":
        return tail
    end = clause.last
    while end > tail and tokens[end].pos == "PUNCT" and tokens[end].text not in QUOTE_MARKS:
        end -= 1
    words = tokens[tail : end + 1]
    if len(words) > MAX_ASIDE_TAIL or any(t.pos in ("VERB", "AUX", "SCONJ", "PUNCT") for t in words):
        return tail  # "…, so die Polizei in einer Mitteilung, die am Abend kam": a clause of its own
    return end + 1


def _so_aside(clause: _Clause, i: int, closing: str | None = None) -> Frame | None:
    """ "Sie wollen – so X im Einklang mit Y – …": "so" right after an opening dash or bracket (or a comma, then
    ``closing`` is the comma after the source), a name or a noun phrase after it and the closing mark a few words
    later; the source is that noun phrase, the content the words of the sentence outside the aside."""
    tokens = clause.tokens
    closing = closing or ASIDE_MARKS[tokens[i - 1].text]
    if i + 1 > clause.last or tokens[i + 1].pos not in ("DET", "NOUN", "PROPN"):
        return None  # "– so wichtig es ist –", "(so dass …)": no source
    end = next((k for k in range(i + 2, clause.last + 1) if tokens[k].text == closing), None)
    if end is None:
        return None
    source_last = min(clause.phrase_end(i + 1), end - 1)
    if end - source_last > MAX_ASIDE_TAIL + 1:
        return None
    if tokens[i - 1].text == "," and tokens[source_last + 1].pos in ("VERB", "AUX"):
        # "Ich finde, so ein Verhalten ist inakzeptabel, …": "so" opens a clause, its verb right after the phrase
        # (not "…, so Precht: „Wir versuchen im Moment, …“", realpages dev9, whose comma is the quote's)
        return None
    pieces = [
        clause.content(clause.first, i - 2) if i - 2 >= clause.first else None,
        clause.content(end + 1, clause.last) if end < clause.last else None,
    ]
    content = [piece for piece in pieces if piece is not None]
    if not content:
        return None
    frame = _frame(clause, (tokens[i].start, tokens[i].end), content[0], clause.span(i + 1, source_last), "so")
    if frame is not None:
        frame.content = content
    return frame


def _sentence_bounds(tokens: list[Token]) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if bounds and tokens[bounds[-1][0]].sentence == token.sentence:
            bounds[-1] = (bounds[-1][0], index)
        else:
            bounds.append((index, index))
    return bounds


def _object_source(clause: _Clause, i: int, frame: Frame) -> bool:
    """Whether the source of the verb of saying at ``i`` is a plain noun phrase opened by an article no subject takes
    ("mit dem Bauamt und den Nachbarn sprechen": the neighbours are talked to; "den", "dem", "einem", "einen" are
    never nominative). A verb of origin takes its source as an object ("geht aus einem Bericht der Stadt hervor"), a
    quoting verb the one it quotes ("zitierte den Minister"); a span that goes on past another article or pronoun
    ("dem die Ministerin X", "dem „Spiegel“ der Minister X") holds the subject after its opening."""
    lexicon, tokens = clause.lexicon, clause.tokens
    lemma = tokens[i].lemma.lower()
    if frame.source is None or not lexicon.object_articles or lemma not in lexicon.cues:
        return False
    if lemma in lexicon.quote_cues:
        return False
    inside = [
        token for token in tokens[clause.first : clause.last + 1] if frame.source[0] <= token.start < frame.source[1]
    ]
    return (
        len(inside) > 1
        and inside[0].text.lower() in lexicon.object_articles
        and all(token.pos in ("ADJ", "NOUN", "PROPN") and token.text.replace("-", "").isalpha() for token in inside[1:])
    )


#: German prepositions of the place a generic "man" speaks from ("sagt man im Ministerium", "an der Universität
#: lehrt man …", "bei der Polizei erklärt man"); not "von", whose phrase is what is spoken of ("Vom Ministerium sagt
#: man, es sei überfordert").
GENERIC_PLACE_PREPOSITIONS = frozenset({"in", "im", "bei", "beim", "an", "am", "aus", "seitens"})
#: Of those, the ones that put the generic "man" inside a territory when a body noun names one ("In der Stadt sagt
#: man, …", "Im Landkreis sagt man, …": the people there, as "in Bayern"; "bei der Stadt sagt man" is its office).
GENERIC_INSIDE_PREPOSITIONS = frozenset({"in", "im", "aus"})
#: Government nouns that are also the territory they govern.
TERRITORY_NOUNS = frozenset({"stadt", "gemeinde", "landkreis", "kanton"})


def _generic_of_body(clause: _Clause, frame: Frame) -> None:
    """A generic subject ("man") whose place is a body the clause names, right after it or opening the clause before
    the cue ("„…“, sagt man im Ministerium", "Im Ministerium sagt man, …", "„…“, lehrt man an der Universität X";
    session 42, issue #18): the body speaks, as after "heißt es im Ministerium". The phrase must be headed by a
    speaker noun or end as one ("Rathaus", "Bundesamt"); a place ("sagt man in Bayern") or a time ("Im Sommer sagt
    man") leaves the generic subject, which names no one."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if frame.source is None or not lexicon.noun_capitals:
        return
    inside = [k for k in range(clause.first, clause.last + 1) if frame.source[0] <= tokens[k].start < frame.source[1]]
    if len(inside) != 1 or tokens[inside[0]].text.lower() not in lexicon.generic_subjects:
        return
    places = GENERIC_PLACE_PREPOSITIONS
    generic = inside[0]
    if generic < clause.last and tokens[generic + 1].text.lower() in places:
        opening = generic + 1
    elif tokens[clause.first].text.lower() in places and frame.cue is not None:
        opening = clause.first
    else:
        return
    start = opening + 1
    while start <= clause.last and tokens[start].pos == "DET":
        start += 1
    if start > clause.last:
        return
    end = clause.phrase_end(start)
    if opening == clause.first and (frame.cue is None or tokens[end].end > frame.cue[0]):
        return  # the opening phrase must end before the cue
    if not _heads_body(clause, start) or _names_territory(clause, opening, start):
        return
    frame.source = clause.span(opening + 1, end)


def _names_territory(clause: _Clause, opening: int, k: int) -> bool:
    """Whether the preposition at ``opening`` puts what follows it inside the territory the noun at ``k`` (or a
    compound's last part) names ("in der Stadt", "in der Hauptstadt"): a place, no body."""
    lemma = clause.tokens[k].lemma.lower()
    return clause.tokens[opening].text.lower() in GENERIC_INSIDE_PREPOSITIONS and (
        lemma in TERRITORY_NOUNS or compound_entry(lemma, TERRITORY_NOUNS) is not None
    )


def _frame_at(clause: _Clause, i: int) -> Frame | None:
    lowered = clause.tokens[i].text.lower()
    lexicon = clause.lexicon
    first = _according_first(clause, i)
    if first is not None:
        return _according(clause, i, first)
    if lowered in lexicon.according_after:
        return _according_after(clause, i)
    if lowered in lexicon.opinion and _opens_clause(clause, i):
        return _opinion(clause, i)
    if lowered in lexicon.so:
        return _so_frame(clause, i)
    if clause.tokens[i].lemma.lower() in lexicon.impersonal:
        return _impersonal_frame(clause, i)
    opens = i == clause.first or clause.tokens[i - 1].text == ":"  # "Ergänzung: Glaubt man …": after a label
    if opens and clause.tokens[i].lemma.lower() in lexicon.belief_conditions:
        return _belief_condition(clause, i)
    if clause.tokens[i].lemma.lower() in lexicon.belief_conditions and i > clause.first + 2:
        frame = _final_belief_condition(clause, i)
        if frame is not None:
            return frame
    clitic = _auxiliary_start(clause, i) - 1
    if clitic > clause.first and clause.tokens[clitic].text.lower() in lexicon.clitics:
        frame = _clitic_as_clause(clause, i)  # before a cue's own reading, which took the clitic for its subject
        if frame is not None:
            return frame
    if _is_cue(clause, i):
        frame = _cue_frame(clause, i)
        if frame is not None:
            _generic_of_body(clause, frame)
            _document_pointer(clause, frame)
        if frame is not None and (_holds_companion(clause, i, frame) or _object_source(clause, i, frame)):
            return None
        if frame is not None:
            _drop_companion(clause, i, frame)
        return frame
    token = clause.tokens[i]
    is_noun = token.pos == "NOUN" or (token.pos == "PROPN" and i == clause.first)  # a capital opens the sentence
    if is_noun and (token.lemma.lower() in lexicon.statement_nouns or lowered in lexicon.statement_nouns):
        return _statement_noun(clause, i)
    if lexicon.quote_prefield and token.pos in ("VERB", "AUX") and _quotation_before(clause, i):
        return _quote_prefield_frame(clause, i)
    return None


def _quotation_before(clause: _Clause, i: int) -> bool:
    """Whether one quotation fills the sentence before the comma right before token ``i`` ("„…“, konnte …")."""
    if not _after_quotation(clause, i):
        return False
    first, closing = clause.tokens[clause.first], clause.tokens[i - 2]
    return any(start == first.start and end == closing.end for start, end in clause.regions)


def _quote_prefield_frame(clause: _Clause, i: int) -> Frame | None:
    """ "„…“, konnte X ein positives Resümee ziehen", "„…“, gab sich die Ministerin kämpferisch": the subject after
    the finite verb (past a reflexive) said the quotation, when it holds a name or a speaker noun; else no frame."""
    tokens = clause.tokens
    reflexive = i < clause.last and tokens[i + 1].text.lower() in REFLEXIVES
    subject = _inverted_source(clause, i + 2 if reflexive else i + 1)
    if subject is None:
        return None
    first, last = subject
    if not _names_speaker(clause, range(first, last + 1)):
        return None
    cue = (tokens[i].start, tokens[i].end)
    return _frame(clause, cue, clause.content(clause.first, i - 2), clause.span(first, last), tokens[i].lemma.lower())


#: The most articles and adjectives inside an "according to" phrase ("nach den eigenen Angaben", "nach ersten
#: offiziellen Angaben").
MAX_ACCORDING_MODIFIERS = 2


def _according_first(clause: _Clause, i: int) -> int | None:
    """Index of the first word of the "according to" phrase ending at ``i`` ("laut", "nach Angaben"), else ``None``.
    Articles and adjectives inside it are read past ("nach den eigenen Angaben der Länder" is "nach eigenen
    Angaben", "nach ersten Angaben" is "nach Angaben"), except the word for "own", which names the source."""
    lexicon, tokens = clause.lexicon, clause.tokens
    # every phrase read here ends with token ``i`` (it is never skipped): a word no phrase of the lexicon ends with
    # has none (most tokens of a block)
    if tokens[i].text.lower().rsplit(" ", 1)[-1] not in _last_words(lexicon.according):
        return None
    words: list[str] = []
    skipped = 0
    articled = False
    for first in range(i, clause.first - 1, -1):
        token = tokens[first]
        lowered = token.text.lower()
        if first < i and words and token.pos in ("DET", "ADJ") and lowered not in lexicon.own:
            skipped += 1
            articled = articled or token.pos == "DET"
            if skipped > MAX_ACCORDING_MODIFIERS:
                return None
            continue
        words.insert(0, lowered)
        if len(words) > ACCORDING_WORDS:
            return None
        phrase = " ".join(words)
        if phrase in lexicon.according:
            return None if articled and phrase in ARTICLELESS_ACCORDING else first
    return None


#: "According to" phrases that name a source only without an article inside them: "Aus Sicht der Gewerkschaft ist
#: …"; "aus der Sicht eines 13-Jährigen erzählt" is a story's point of view (realpages dev rp-010).
ARTICLELESS_ACCORDING = frozenset({"aus sicht"})


@functools.cache
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The last word of each of ``phrases`` (what :func:`_according_first` checks a token against first)."""
    return frozenset(phrase.rsplit(" ", 1)[-1] for phrase in phrases)


def _impersonal_frame(clause: _Clause, i: int) -> Frame | None:
    """An impersonal report ("In einer Mitteilung des Verbands heißt es: „…“", "„…“, heißt es vom Verband"): the
    verb is a cue only with "es" right before or after it (else "Das heißt, …" means "that is"); its source is the
    phrase after a preposition that opens the sentence or follows the pronoun (the document or body it comes from,
    read like any source: "einer Mitteilung des Verbands" names the Verband); with none, no frame."""
    tokens, lexicon = clause.tokens, clause.lexicon
    pronoun = next(
        (
            k
            for k in (i + 1, i - 1)
            if clause.first <= k <= clause.last and tokens[k].text.lower() in lexicon.impersonal_pronouns
        ),
        None,
    )
    if pronoun is None:
        return None
    cue = (tokens[min(i, pronoun)].start, tokens[max(i, pronoun)].end)
    after = max(i, pronoun) + 1
    lemma = tokens[i].lemma.lower()
    if tokens[clause.first].text.lower() in lexicon.impersonal_prepositions and clause.first < min(i, pronoun) - 1:
        source = clause.span(clause.first + 1, min(i, pronoun) - 1)
        return _frame(clause, cue, clause.content(_after_cue(clause, after - 1), clause.last), source, lemma)
    if after <= clause.last and tokens[after].text.lower() in lexicon.impersonal_prepositions:
        end = clause.phrase_end(after + 1) if after + 1 <= clause.last else after
        source = clause.span(after + 1, end)
        content = clause.content(clause.first, min(i, pronoun) - 1) if min(i, pronoun) > clause.first else None
        return _frame(clause, cue, content, source, lemma)
    issuer = _document_issuer_before(clause)
    if issuer is not None and clause.first == min(i, pronoun) - 1:  # "Darin heißt es, …"
        return _frame(clause, cue, clause.content(_after_cue(clause, after - 1), clause.last), issuer, lemma)
    return None


#: German pronominal adverbs that open a sentence pointing to a document the sentence before named ("Darin heißt es,
#: …", "Darin wird bestritten, dass …").
DOCUMENT_POINTERS = frozenset({"darin", "hierin"})


def _document_issuer_before(clause: _Clause) -> Span | None:
    """The issuer of the document that "Darin" opening the sentence points to: the last noun of a message in the
    sentence before ("Schreiben", "Bericht", "Mitteilung", "Brief"), when its genitive or "von" phrase names a body
    or a person ("Am Montag erhielt ich ein Schreiben der CSU-Landesgruppe. Darin wird bestritten, dass …",
    "Das Amt veröffentlichte einen Bericht des Instituts. Darin heißt es, …"; session 42, issue #18). A document
    with no issuer beside it ("Er las den Bericht. Darin heißt es …") or a place ("Das Museum hat einen Saal. Darin
    wird gefeiert") gives ``None``."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if not lexicon.noun_capitals or tokens[clause.first].text.lower() not in DOCUMENT_POINTERS:
        return None
    sentence = tokens[clause.first].sentence - 1
    previous = []
    k = clause.first - 1
    while k >= 0 and tokens[k].sentence == sentence:
        previous.append(k)
        k -= 1
    if not previous:
        return None
    last = previous[0]
    messages = lexicon.message_nouns
    noun = next((k for k in previous if tokens[k].pos == "NOUN" and tokens[k].lemma.lower() in messages), None)
    if noun is None or noun + 2 > last or tokens[noun + 1].text.lower() not in lexicon.genitive:
        return None
    start = noun + 2
    head = start
    while head < last and tokens[head].pos in ("DET", "ADJ"):
        head += 1
    if not (_names_speaker(clause, [head]) or _heads_body(clause, head)):
        return None
    return clause.span(noun, clause.phrase_end(start, last))  # "einem Brief der X": read as after "laut"


def _document_pointer(clause: _Clause, frame: Frame) -> None:
    """A source that is only the "Darin" opening the sentence ("Darin wird bestritten, dass …", where the rules
    took the pointer for the subject of a passive) becomes the issuer of the document it points to
    (:func:`_document_issuer_before`), or no one."""
    tokens = clause.tokens
    if frame.source is None or tokens[clause.first].text.lower() not in DOCUMENT_POINTERS:
        return
    if frame.source != clause.span(clause.first, clause.first):
        return
    frame.source = _document_issuer_before(clause)


def _belief_condition(clause: _Clause, i: int) -> Frame | None:
    """A condition of belief opening the sentence ("Glaubt man den Kommentaren bei YouTube, dann sind die beiden ein
    Paar"): "if one believes X", so X is the source of the main clause after the comma, as with "laut X" (realpages
    dev10 r10-017). The verb comes first, the generic subject right after it, then the one believed in the dative;
    a question ("Glaubt man das?"), a belief in something ("Glaubt man an Gott, …": a preposition) or a condition
    with no comma after its object is none."""
    tokens = clause.tokens
    if i + 2 > clause.last or tokens[i + 1].text.lower() not in clause.lexicon.generic_subjects:
        return None
    if tokens[i + 2].pos not in ("DET", "NOUN", "PROPN", "ADJ"):
        return None
    comma = next((k for k in range(i + 2, clause.last) if tokens[k].text == ","), None)
    if comma is None or comma == i + 2 or not any(t.pos in ("NOUN", "PROPN") for t in tokens[i + 2 : comma]):
        return None
    content = clause.content(comma + 1, clause.last)
    cue = (tokens[i].start, tokens[i + 1].end)
    return _frame(clause, cue, content, clause.span(i + 2, comma - 1), tokens[i].lemma.lower())


def _final_belief_condition(clause: _Clause, i: int) -> Frame | None:
    """A verb-final condition of belief opening the sentence ("Wenn man den Umfragen glauben darf, liegt die Partei
    vorn", "Wenn man dem Hersteller glaubt, …"): the conditional conjunction, the generic subject, the one believed
    in the dative, the verb with at most one modal after it, then the comma; the main clause after the comma is
    what the one believed says, as in :func:`_belief_condition`. ``None`` elsewhere ("Wenn man an Gott glaubt,
    …": a belief in something)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    first = clause.first
    if tokens[first].text.lower() not in lexicon.condition_openers or tokens[first + 1].text.lower() not in (
        lexicon.generic_subjects
    ):
        return None
    comma = i + 1 + (i + 1 < clause.last and tokens[i + 1].pos in ("AUX", "VERB"))
    if comma >= clause.last or tokens[comma].text != ",":
        return None
    start = first + 2
    phrase = tokens[start:i]
    if not phrase or phrase[0].pos not in ("DET", "NOUN", "PROPN", "ADJ"):
        return None
    if not any(t.pos in ("NOUN", "PROPN") for t in phrase) or any(t.pos == "ADP" for t in phrase):
        return None
    cue = (tokens[i].start, tokens[comma - 1].end)
    return _frame(
        clause, cue, clause.content(comma + 1, clause.last), clause.span(start, i - 1), tokens[i].lemma.lower()
    )


def _clitic_as_clause(clause: _Clause, i: int) -> Frame | None:
    """An "as" clause whose clitic stands for what was said makes its verb a cue, whatever the verb: verb-final
    ("…, comme certains scientifiques le définissent.", where a small tagger may call the verb a noun) or inverted,
    also after an auxiliary ("…, como lo describen los vecinos", "Comme l'écrit le journal, …", "Comme l'a indiqué
    le ministère, …", "Come l'ha spiegato il ministro, …": the clitic is what was said, the subject follows). A verb
    of doing is none ("Comme l'a fait le gouvernement, …": the clitic stands for an action, as the government did)."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if tokens[i].lemma.lower() in lexicon.pro_verbs:
        return None
    clitic = _auxiliary_start(clause, i) - 1
    cue = (tokens[clitic].start, tokens[i].end)
    if tokens[clitic - 1].text.lower() not in lexicon.as_words:  # verb-final: the whole phrase before the clitic
        if clitic != i - 1 or tokens[i].pos not in ("VERB", "NOUN") or i == clause.last:
            return None
        if tokens[i + 1].text not in STOP:
            return None
        opener = next(
            (k for k in range(i - 3, max(clause.first, i - MAX_AS_CLAUSE) - 1, -1) if tokens[k].text in STOP or
             tokens[k].text.lower() in lexicon.as_words),
            None,
        )  # fmt: skip
        if (
            opener is None
            or tokens[opener].text in STOP
            or any(t.pos not in NOMINAL for t in tokens[opener + 1 : i - 1])
        ):
            return None
        source, end = clause.span(opener + 1, i - 2), i
    elif tokens[i].pos != "VERB" or i == clause.last or tokens[i + 1].pos not in NOMINAL:
        return None
    else:
        opener, end = clitic - 1, clause.phrase_end(i + 1)
        source = clause.span(i + 1, end)
    if opener == clause.first and end < clause.last and tokens[end + 1].text == ",":
        content = clause.content(end + 2, clause.last)
    elif opener > clause.first + 1 and tokens[opener - 1].text == ",":
        content = clause.content(clause.first, opener - 2)
    else:
        return None
    return _frame(clause, cue, content, source, tokens[i].lemma.lower())


def _opens_clause(clause: _Clause, i: int) -> bool:
    """Whether only connectives stand before token ``i`` in its sentence ("Pour X, …", "Mais pour X, …", "Voire
    même pour X, …")."""
    before = clause.tokens[clause.first : i]
    return len(before) <= 3 and all(t.pos in ("ADV", "CCONJ") for t in before)


def _statement_noun(clause: _Clause, i: int) -> Frame | None:
    """ "les propos du ministre selon lesquels …", "o discurso eleitoral do presidente Jair Bolsonaro, que …",
    "argument polityczny Koalicji Obywatelskiej, że …": a noun of a statement whose genitive names a speaker (a
    speaker noun, or a name of two words or more: "le discours de Noël" names nobody) is a cue of its own when a
    clause about what was said (a subordinator, a relative pronoun) or a quotation follows; a noun that is only the
    subject of another verb ("les propos du ministre ont choqué") reports no statement. Not after an "according
    to" word, whose frame reads the same genitive as its source."""
    tokens, lexicon = clause.tokens, clause.lexicon
    if any(t.text.lower() in lexicon.according for t in tokens[max(clause.first, i - 3) : i]):
        return None
    possessor = _possessor_before(clause, i)
    if possessor is not None:  # "Merkels Aussage, dass …"
        said = _said_opener(clause, i + 1)
        content = clause.content(said, clause.last) if said is not None else None
        return _frame(clause, clause.span(i, i) or (0, 0), content, possessor, tokens[i].lemma.lower())
    source_first = None
    for j in range(i + 1, min(clause.last, i + 3) + 1):  # modifiers first ("eleitoral", "polityczny")
        if tokens[j].text.lower() in lexicon.genitive:
            source_first = j + 1
            break
        if lexicon.free_order and (tokens[j].pos == "PROPN" or tokens[j].lemma.lower() in lexicon.speaker_heads):
            source_first = j
            break
        if tokens[j].pos not in ("ADJ", "NOUN") or tokens[j].text[:1].isupper():
            return None
    if source_first is None:
        return None
    k = source_first
    while k <= clause.last and tokens[k].pos == "DET":
        k += 1
    if k > clause.last:
        return None
    end = clause.phrase_end(k)
    if end > k and tokens[end].text in LOW_OPENING_QUOTES:
        end -= 1  # "die Aussage der Ministerin „Wir schaffen das“": the quotation opens after the phrase
    names = [t for t in tokens[k : end + 1] if t.pos == "PROPN" and t.text[:1].isupper()]
    if len(names) < 2 and tokens[k].lemma.lower() not in lexicon.speaker_heads:
        return None
    after = _said_opener(clause, end + 1)
    if after is None:
        return None
    content = clause.content(after, clause.last)
    return _frame(clause, clause.span(i, i) or (0, 0), content, clause.span(source_first, end), tokens[i].lemma.lower())


def _said_opener(clause: _Clause, after: int) -> int | None:
    """Index of what a noun of a statement reports, past commas from ``after``: a subordinator, a relative pronoun,
    a quotation or a colon, or a content opener that is no preposition ("…, wonach …"; not "vor"); else ``None``."""
    tokens, lexicon = clause.tokens, clause.lexicon
    while after <= clause.last and tokens[after].text == ",":
        after += 1
    if after > clause.last:
        return None
    opener = tokens[after]
    said = opener.pos == "SCONJ" or opener.text.lower() in lexicon.relatives or opener.text in '«“„":'
    return after if said or (opener.pos != "ADP" and opener.text.lower() in lexicon.openers) else None


def _possessor_before(clause: _Clause, i: int) -> Span | None:
    """ "Olaf Scholz' Ankündigung, dass …", "Kanzler Merz’ Aussage, …" (languages that capitalise nouns): a name in
    the genitive of its apostrophe right before the noun of a statement names its speaker. The genitive "s" names
    one after a given name ("Angela Merkels Motto „…“", :func:`_genitive_full_name`); a lone surname's "s" ("Merkels
    Aussage") is left alone: the speaker's name would keep it or lose a letter of its own ("Jana Roths", "Klaus")."""
    tokens = clause.tokens
    j = i - 1
    if not clause.lexicon.noun_capitals or j <= clause.first:
        return None
    if tokens[j].text not in ("'", "’"):
        return _genitive_full_name(clause, j)
    if (
        tokens[j].start != tokens[j - 1].end
        or tokens[j - 1].pos != "PROPN"
        or not tokens[j - 1].text.endswith(("s", "z", "x", "ß"))
    ):
        return None
    first = j - 1
    while first > clause.first and tokens[first - 1].pos == "PROPN":
        first -= 1  # "Olaf Scholz'"
    return (tokens[first].start, tokens[j - 1].end)


def _genitive_full_name(clause: _Clause, j: int) -> Span | None:
    """The name of two words or more whose last word ``j`` carries the genitive "s" ("Yngwie Malmsteens Theorie",
    "Helmut Schmidts Satz"), without that "s" ("Yngwie Malmsteen"); ``None`` for a lone name, whose own last letter
    the "s" may be ("Klaus", "Jens")."""
    tokens = clause.tokens
    word = tokens[j].text
    if tokens[j].pos != "PROPN" or len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "'s", "’s")):
        return None
    first = j
    while first > clause.first and tokens[first - 1].pos == "PROPN" and tokens[first - 1].text[:1].isupper():
        first -= 1
    if first == j:
        return None
    own = _own_final_s(clause, j)
    if own is None:
        return None
    return (tokens[first].start, tokens[j].end - (0 if own else 1))


def _own_final_s(clause: _Clause, j: int) -> bool | None:
    """Whether the last "s" of the name word ``j`` is its own, written without the genitive's apostrophe: ``True``
    when the block writes the word elsewhere, not before a noun, and never so without its "s" ("Kamala Harris
    sprach … Kamala Harris Aussage, …"), ``None`` when the German tagger's lexicon knows the word as a name and not
    the word without its "s" ("Bill Gates", "Goldman Sachs": either reading may hold), ``False`` otherwise ("Angela
    Merkels" is Angela Merkel's, "Jana Roths" Jana Roth's)."""
    from sift.attribution.german import lexicon_tag

    tokens = clause.tokens
    word = tokens[j].text
    # the word standing alone, no genitive before a noun of its own ("Merkels Kritiker")
    alone = {
        tokens[k].text for k in range(len(tokens)) if k != j and (k + 1 == len(tokens) or tokens[k + 1].pos != "NOUN")
    }
    if word in alone and word[:-1] not in alone:
        return True
    return None if lexicon_tag(word) == "NE" and lexicon_tag(word[:-1]) != "NE" else False


def find_word_order_frames(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Frame]:
    """Every attribution frame the rules find in one block's tokens (block offsets)."""
    named = _named_asides(tokens, capitalised_nouns=lexicon.noun_capitals)
    tokens = _without_asides(tokens)
    regions = quote_regions(text)
    frames: list[Frame] = []
    topic = None
    reporting: Frame | None = None  # the frame whose report a Konjunktiv sentence continues
    introduced: Span | None = None  # the name opening the sentence before (``_take_antecedent``)
    opened: _Opening | None = None  # that name, or a document, with the pronoun it agrees with
    for first, last in _sentence_bounds(tokens):
        clause = _Clause(text, tokens, first, last, regions, lexicon, topic)
        found = [frame for i in range(first, last + 1) if (frame := _frame_at(clause, i)) is not None]
        frames += found
        continues = not found and (reporting is not None or introduced is not None) and _continues_report(clause)
        if found:
            reporting = found[-1] if found[-1].source is not None else None
        elif reporting is not None and continues:
            content = clause.content(first, last)
            if content is not None:
                reporting.content.append(content)
        elif introduced is not None and continues:
            # "Ministerin X trat vor die Presse. Die Versorgung sei gesichert, …": reported speech with no verb of
            # saying, after a sentence a named person opens: the person's words (no cue names how they were said)
            content = clause.content(first, last)
            reporting = (
                Frame(cue=None, content=[content], source=introduced, cue_lemma=REPORTED_CUE) if content else None
            )
            frames += [reporting] if reporting is not None else []
        else:
            reporting = None
        if lexicon.pro_drop:
            topic = _topic(clause, found)
        if lexicon.antecedent_pronouns:
            opened = _take_antecedent(clause, found, opened)
            introduced = opened.span if opened is not None and opened.person else None
    return [
        _through_named_aside(frame, named) for frame in _without_quoted_first_person(text, frames, regions, lexicon)
    ]


def _named_asides(tokens: list[Token], *, capitalised_nouns: bool) -> dict[int, int]:
    """The asides :func:`_without_asides` drops that open with a person's name, two capitalised proper nouns or
    more before the comma ("La ministra (Ana López, del PSOE) dijo", "Die Ministerin (Anna Müller, SPD) sagte"):
    the end of the word before each -> the end of its closing bracket."""
    named: dict[int, int] = {}
    for k in range(len(tokens)):
        end = _aside_end(tokens, k)
        if end is not None and bracketed_name_end(tokens, k, capitalised_nouns=capitalised_nouns) is not None:
            named[tokens[k - 1].end] = tokens[end].end
    return named


#: The most words of a person's name opening a bracket ("La ministra (Ana López, del PSOE)").
MAX_BRACKETED_NAME = 4


def bracketed_name_end(tokens: list[Token], opening: int, *, capitalised_nouns: bool) -> int | None:
    """Index of the comma or closing bracket right after a person's name that opens the bracket at ``opening``: two
    to :data:`MAX_BRACKETED_NAME` capitalised proper nouns ("(Ana López, del PSOE)", "(Jane Doe)"), or the end of
    ``tokens`` right after the name (a source span that stops before the closing bracket: "The minister (Jane Doe");
    ``None`` when the bracket opens with anything else. Where only names are capitalised, the first word may be
    tagged a noun: a table tagger reads a word opening a bracket as it reads one opening a sentence ("(Marco Rossi,
    …": the dictionary's "marco")."""
    end = opening + 1
    while end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
        first = end == opening + 1 and not capitalised_nouns and tokens[end].pos == "NOUN"
        if tokens[end].pos != "PROPN" and not first:
            break
        end += 1
    if not 2 <= end - opening - 1 <= MAX_BRACKETED_NAME or (end < len(tokens) and tokens[end].text not in (",", ")")):
        return None
    return end


def _through_named_aside(frame: Frame, named: dict[int, int]) -> Frame:
    """The frame with its source run on through a named aside right after it (:func:`_named_asides`): the name
    may be who the subject is ("La ministra (Ana López, del PSOE)": the speaker reading takes the minister's name;
    issue #18), which the subject without the aside lost."""
    if frame.source is None or frame.source[1] not in named:
        return frame
    return replace(frame, source=(frame.source[0], named[frame.source[1]]))


def _aside_end(tokens: list[Token], k: int) -> int | None:
    """Index of the closing bracket when token ``k`` opens a bracketed aside of at most ``MAX_COMMA_BRACKET`` words
    holding a comma right between a noun or a name and a verb in the same sentence ("La ministra (Ana López, del
    PSOE) ha afirmado"); else ``None``. A bracket before anything else stays: "die Presse verfolgen und Dinge (zum
    Beispiel Koffer, Taschen) den Behörden melden" has no subject before its verb (sweep42)."""
    if tokens[k].text != "(" or k == 0 or tokens[k - 1].pos not in ("NOUN", "PROPN"):
        return None
    comma = False
    for j in range(k + 1, min(len(tokens), k + 2 + MAX_COMMA_BRACKET)):
        token = tokens[j]
        if token.sentence != tokens[k].sentence or (token.text in STOP and token.text != ","):
            return None
        if token.text == ")":
            verb = j + 1 < len(tokens) and tokens[j + 1].pos in ("VERB", "AUX")
            return j if comma and j > k + 2 and verb else None
        comma = comma or token.text == ","
    return None


def _without_asides(tokens: list[Token]) -> list[Token]:
    """The tokens without bracketed asides holding a comma after a noun or a name (:func:`_aside_end`): the subject
    before such an aside reaches its verb as if the aside were not there ("Os sindicatos (CGTP, UGT e Fenprof)
    afirmaram que …", "Związki (Solidarność, OPZZ i ZNP) oświadczyły, że …"; brackets42, issue #18). Parsed subject
    ranges are renumbered; a short bracket without a comma ("Karl Lauterbach (SPD)") stays."""
    kept: list[int] = []
    k = 0
    while k < len(tokens):
        end = _aside_end(tokens, k)
        if end is None:
            kept.append(k)
            k += 1
        else:
            k = end + 1
    if len(kept) == len(tokens):
        return tokens
    new = {old: i for i, old in enumerate(kept)}

    def renumber(span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        inside = [new[j] for j in range(span[0], span[1] + 1) if j in new]
        return (inside[0], inside[-1]) if inside else None

    return [replace(tokens[j], subject=renumber(tokens[j].subject)) for j in kept]


#: The most title words (articles, adjectives, speaker nouns) before the name that opens a sentence.
MAX_NAME_TITLE = 3


def _opening_name(clause: _Clause) -> Span | None:
    """The person's name opening a sentence as its subject ("Vera Lindqvist leitet …", "Die Ministerin Vera
    Lindqvist, die …, hat …"): at most a few articles, adjectives and speaker nouns, then two names or more (one
    after a speaker noun), then a comma or a verb. ``None`` otherwise."""
    tokens, k = clause.tokens, clause.first
    titled = False
    while k <= clause.last and k - clause.first < MAX_NAME_TITLE and tokens[k].pos in ("DET", "ADJ", "NOUN"):
        if tokens[k].pos == "NOUN":
            if not _heads_body(clause, k):  # "Gesundheitsministerin": a compound a title ends
                return None
            titled = True
        k += 1
    end = k
    while end <= clause.last and tokens[end].pos == "PROPN" and not _quoted(clause, end):
        end += 1
    if end - k < (1 if titled else 2) or end > clause.last:
        return None
    name_end = end
    if (
        end + 3 <= clause.last
        and tokens[end].text == "("
        and _is_age(tokens[end + 1].text)
        and tokens[end + 2].text == ")"
    ):
        end += 3  # "Gunthild Schön (77) blättert …": the age in brackets, then the verb
    if end + 2 <= clause.last and tokens[end].text.lower() in clause.lexicon.origin_prepositions:
        verb = end + 1  # "Vera Lindqvist aus Tromsø findet …": where the person comes from, then the verb
        while verb <= clause.last and tokens[verb].pos == "PROPN":
            verb += 1
        if verb > end + 1 and verb <= clause.last and tokens[verb].pos == "VERB":
            end = verb
    if tokens[end].text != "," and tokens[end].pos not in ("VERB", "AUX"):
        return None
    return tokens[k].start, tokens[name_end - 1].end


@dataclass(frozen=True, slots=True)
class _Opening:
    """The subject opening a sentence that a pronoun of the next one may stand for: a person's name (``person``) or
    a document's noun phrase, and the pronoun it agrees with by its article or title ("Die Ministerin Eva Roth":
    "sie"; "Der Bericht": "er"; ``None``: either, "Eva Roth")."""

    span: Span
    person: bool
    pronoun: str | None


def _opening(clause: _Clause) -> _Opening | None:
    """The name opening a sentence (:func:`_opening_name`), or a document or study opening it as the subject of its
    finite verb ("Die Abschlusserklärung erwähnt …", "Der Bericht liegt vor"; ``Lexicon.thing_subjects``)."""
    tokens, first = clause.tokens, clause.first
    article = tokens[first].text.lower() if tokens[first].pos == "DET" else ""
    name = _opening_name(clause)
    if name is not None:
        words = [t for t in tokens[first : clause.last + 1] if t.start < name[0]]
        feminine = any(t.pos == "NOUN" and t.text.endswith(FEMININE_TITLE_ENDING) for t in words)
        pronoun = "sie" if feminine or article == "die" else "er" if article == "der" else None
        return _Opening(name, person=True, pronoun=pronoun)
    if article not in ("der", "die", "diese") or not clause.lexicon.thing_subjects:
        return None
    k = first + 1
    while k <= clause.last and tokens[k].pos == "ADJ":
        k += 1
    if k >= clause.last or tokens[k].pos != "NOUN" or tokens[k + 1].pos not in ("VERB", "AUX"):
        return None
    if article in ("die", "diese") and _plural_verb(tokens[k + 1]):
        # "Die Bauern protestieren vor dem Ministerium. Also pochen sie darauf, dass …" (session 41, recall41b): the
        # group a plural "sie" of the next sentence stands for
        return _Opening((tokens[first].start, tokens[k].end), person=False, pronoun=PLURAL_ANTECEDENT)
    if article == "diese" or not tokens[k].text.lower().endswith(clause.lexicon.thing_subjects):
        return None
    return _Opening((tokens[first].start, tokens[k].end), person=False, pronoun="sie" if article == "die" else "er")


#: The ending of a title's feminine form in German ("Ministerin"): "er" never stands for the person it names.
FEMININE_TITLE_ENDING = "in"
#: The marks after which a capital "Sie" may open a sentence (the plural pronoun), not address the reader.
POLITE_SIE_OPENERS = frozenset({":", "„", "“", '"', "«", "»"})
#: The pronoun class of a plural noun phrase opening a sentence (:func:`_opening`): what a plural "sie" stands for.
PLURAL_ANTECEDENT = "plural"
#: German plural finite forms that do not end in "-en" ("sind").
PLURAL_IRREGULAR = frozenset({"sind"})


def _plural_verb(token: Token) -> bool:
    """Whether a finite verb is plural by its ending ("protestieren", "klagten", "sind"; "sagt", "ist" are not)."""
    lowered = token.text.lower()
    return token.pos in ("VERB", "AUX") and (lowered.endswith(PRONOUN_PLURAL_ENDINGS) or lowered in PLURAL_IRREGULAR)


def _take_antecedent(clause: _Clause, found: list[Frame], opened: _Opening | None) -> _Opening | None:
    """Give the frames of a sentence whose source is a singular personal pronoun the person ``opened`` names at the
    opening of the sentence before, or the document it names there (whose report names no speaker: "Die
    Abschlusserklärung erwähnt den Fonds nicht. Sie betont …" is not the person named last), when the pronoun
    agrees with its article or title ("Die Ministerin Eva Roth stellte den Bericht vor. Er kommt zu dem Schluss …"
    is the report, not the minister); return this sentence's opening (``None``: the next sentence's pronouns are
    left to the resolver, as is any pronoun further away, where another person may have come between)."""
    tokens = clause.tokens
    opening = _opening(clause)
    for frame in found:
        if frame.source is None:
            continue
        words = [k for k in range(clause.first, clause.last + 1) if _inside(tokens[k], frame.source)]
        if len(words) == 1 and _plural_pronoun(clause, words[0]):
            # "Die Nachbarn schweigen, oder sie sagen: „…“": the group opening this sentence, before its pronoun;
            # else the one opening the sentence before ("Die Nachbarn sind verärgert. Oft sagen sie: „…“")
            before = opening is not None and opening.span[1] <= tokens[words[0]].start
            group = next(
                (o for o in (opening if before else None, opened) if o is not None and o.pronoun == PLURAL_ANTECEDENT),
                None,
            )
            if group is not None:
                frame.source = group.span
                continue
        if len(words) == 1 and opened is not None and opened.pronoun == PLURAL_ANTECEDENT:
            continue
        if len(words) != 1 or not _antecedent_pronoun(clause, words[0]):
            continue
        # "Vera Lindqvist findet das gut: „…“, sagt sie.": the name opening this sentence, before its pronoun
        near = opening if opening is not None and opening.person and opening.span[1] <= tokens[words[0]].start else None
        taken = near or opened
        if taken is not None and taken.pronoun in (None, tokens[words[0]].text.lower()):
            frame.source = taken.span
    return opening


def _antecedent_pronoun(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is a singular personal pronoun outside quotations ("er", and "sie" beside a singular verb:
    "Sie sagte", "erklärte sie"; not "sie sagten")."""
    tokens = clause.tokens
    lowered = tokens[k].text.lower()
    if lowered not in clause.lexicon.antecedent_pronouns or _quoted(clause, k):
        return False
    if lowered != "sie":
        return True
    verbs = [t for t in (tokens[k - 1], tokens[k + 1] if k < clause.last else None) if t and t.pos in ("VERB", "AUX")]
    return bool(verbs) and not verbs[0].text.lower().endswith(PRONOUN_PLURAL_ENDINGS)


def _plural_pronoun(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` is a plural personal pronoun outside quotations: "sie" beside a plural verb ("sagen sie",
    "sie fordern"); a capital "Sie" inside its sentence addresses the reader ("Die Händler warten, bis Sie sagen, was
    Sie wollen"), unless a colon or an opening mark starts a sentence at it."""
    tokens = clause.tokens
    if tokens[k].text.lower() != "sie" or _quoted(clause, k):
        return False
    if tokens[k].text == "Sie" and k > clause.first and tokens[k - 1].text not in POLITE_SIE_OPENERS:
        return False
    verbs = [t for t in (tokens[k - 1], tokens[k + 1] if k < clause.last else None) if t and t.pos in ("VERB", "AUX")]
    return bool(verbs) and _plural_verb(verbs[0])


def _continues_report(clause: _Clause) -> bool:
    """Whether a sentence without a frame of its own continues the report of the sentence before it: a finite verb
    of reported speech ("Er sei bereit", "Sie wisse, dass …") outside any quotation, after no first-person pronoun
    (the writer's or a quoted "ich habe"), nor inside a "dass"/"ob" clause that a verb in the indicative governs
    ("Die Kommission sendet jedoch die Botschaft, dass das Land Reformen fortführen müsse": the writer reports the
    Commission, whose sentence it is, not the speaker before)."""
    tokens = clause.tokens[clause.first : clause.last + 1]
    indicative = False  # a verb of the writer's own voice before the token
    for k, token in enumerate(tokens):
        lowered = token.text.lower()
        if lowered in clause.lexicon.first_person:
            return False
        if token.pos in ("AUX", "VERB") and lowered in clause.lexicon.reported:
            return not _quoted(clause, clause.first + k) and k > 0
        if token.pos in ("AUX", "VERB"):
            indicative = True
        elif indicative and lowered in COMPLEMENTISERS:
            return False
    return False


def continued_report(text: str, tokens: list[Token], lexicon: Lexicon) -> Span | None:
    """The sentences opening a block that continue, with no frame of their own, the report of the block before:
    Konjunktiv I of reported speech as :func:`_continues_report` reads it ("Oft habe er Freunde an die Brücke
    gebracht. Heute sei der Übergang geschlossen." after a paragraph ending "…, erinnert X."). From the block's first
    word to the end of the last such sentence in a row; ``None`` when the first sentence is none."""
    if not lexicon.reported or not tokens:
        return None
    regions = quote_regions(text)
    end = None
    for first, last in _sentence_bounds(tokens):
        clause = _Clause(text, tokens, first, last, regions, lexicon)
        # the cheap test first: most sentences continue no report, and a frame is looked for at every word
        if not _continues_report(clause) or any(_frame_at(clause, i) is not None for i in range(first, last + 1)):
            break
        end = tokens[last].end
    return (tokens[0].start, end) if end is not None else None


def _without_quoted_first_person(text: str, frames: list[Frame], regions: list[Span], lexicon: Lexicon) -> list[Frame]:
    """Frames minus a first-person cue inside a quotation that a frame outside it attributes: in "„Ich glaube nicht,
    dass …“, sagt der Franzose" the one speaking is the Frenchman, not an "Ich" relayed by him."""

    def region_of(offset: int) -> Span | None:
        return next((region for region in regions if region[0] <= offset < region[1]), None)

    reported = [
        content for frame in frames if frame.cue is not None and region_of(frame.cue[0]) is None
        for content in frame.content
    ]  # fmt: skip
    kept = []
    for frame in frames:
        region = region_of(frame.cue[0]) if frame.cue is not None else None
        speaker = text[frame.source[0] : frame.source[1]].lower() if frame.source is not None else ""
        quoted = region is not None and any(start <= region[0] and region[1] <= end for start, end in reported)
        if not (quoted and speaker in lexicon.first_person):
            kept.append(frame)
    return kept
