"""What sift's rules know of each language's reporting: one table per language, read by every room.

A :class:`Language` row holds the words a reader needs to find an attribution frame ("the ministry said that
…", "selon X, …", "„…“, sagte X"): reporting verbs, "according to" words, complementisers, time words,
articles, auxiliaries. Fields are named for the role the words play; where two readers trust different
verb lists for the same role, the table keeps both, named for what each pattern needs:

- ``speech_verbs`` cut the claim span a fact-checker reads (:func:`sift.lexicon.frame_stripper.strip_frame`, claims):
  the frame must also end in a comma, a complementiser or a colon, so the list can be broad.
- ``frame_lead_verbs`` / ``frame_tail_verbs`` cut the matcher's extra query phrasings (``strip_frame(...,
  eager=True)``): those patterns need no punctuation around the verb, so only verbs that never mean
  anything else are listed.
- ``cue_forms`` / ``cue_lemmas`` drive the word-order attribution rules (:mod:`sift.attribution.word_order`).

Verb and phrase entries are regular-expression alternatives (``d['’]après``, ``according\\s+to``): they are
joined across languages, in :data:`LANGUAGES` order, into the patterns that use them. Adding a language is
adding a row to :data:`LANGUAGES`; a field left empty keeps that language out of the patterns that need it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sift.lexicon.speaker_words import SPEAKER_WORDS, SpeakerWords
from sift.lexicon.tagger_words import TAGGER_WORDS, TaggerWords

__all__ = ["LANGUAGES", "LANGUAGE_CODE", "Language", "alternatives", "conjugate", "word_set"]

#: What a language filter or option accepts: an ISO 639-1/639-3 code in lower case (``en``, ``fr``, ``yue``); the
#: API's query parameters and the CLI's ``--lang`` check it alike.
LANGUAGE_CODE = "^[a-z]{2,3}$"


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a lexicon literal (keeps long word lists readable)."""
    return frozenset(text.split())


def phrase_pairs(verb: str, companions: str) -> frozenset[tuple[str, str]]:
    """(verb, companion) for each companion of a "|"-separated list (a row's ``phrase_cues``)."""
    return frozenset((verb, companion.strip()) for companion in companions.split("|"))


def conjugate(stems: Iterable[str], endings: Iterable[str], *, drop: str = "") -> frozenset[str]:
    """Each infinitive with every ending put in place of its ``drop`` suffix, infinitives kept ("préciser" ->
    "précise", "précisé", …); infinitives without the suffix are kept as they are."""
    endings = tuple(endings)
    forms: set[str] = set()
    for stem in stems:
        forms.add(stem)
        if drop and stem.endswith(drop):
            forms.update(stem[: -len(drop)] + ending for ending in endings)
    return frozenset(forms)


@dataclass(frozen=True, slots=True, kw_only=True)
class Language:
    """The reporting vocabulary of one language (empty fields: the language is not in that pattern)."""

    code: str
    #: openers of "According to X, …" frames (regex alternatives)
    according: tuple[str, ...] = ()
    #: matcher phrasings: "according to" words followed by one word and no comma ("laut Angaben …", "selon X …")
    bare_according: tuple[str, ...] = ()
    #: claim spans: "according to" words followed by a capitalised name and no comma ("Laut Klinzewitsch können …")
    named_according: tuple[str, ...] = ()
    #: articles that may open the name after those words
    articles: tuple[str, ...] = ()
    #: claim spans: reporting verbs (and verb groups) that make a leading or trailing frame
    speech_verbs: tuple[str, ...] = ()
    #: words that introduce the reported clause after its verb ("that", "que", "dass")
    complementisers: tuple[str, ...] = ()
    #: conjunctions opening a subordinate clause before the main one ("When the minister said …, the opposition
    #: walked out"): a reporting verb after one frames no claim of the sentence (the claim stripper)
    subordinators: frozenset[str] = frozenset()
    #: time words that may sit between a reporting verb and its complementiser ("a annoncé mardi que …")
    time_words: tuple[str, ...] = ()
    #: matcher phrasings: verbs of a frame opening the sentence ("The ministry said (that) …")
    frame_lead_verbs: tuple[str, ...] = ()
    #: matcher phrasings: verbs of a frame closing the sentence ("…, the ministry said." / "…, a précisé X.")
    frame_tail_verbs: tuple[str, ...] = ()
    #: auxiliaries that must precede ``frame_tail_verbs`` (French passé composé: "a précisé", "ont indiqué")
    frame_tail_aux: tuple[str, ...] = ()
    #: word order of a closing frame: source before the verb ("…, the ministry said") or after ("…, sagte X")
    is_subject_first: bool = False
    #: article allowed before a closing frame's source ("…, the ministry said")
    frame_article: str = ""
    #: verbs of an attribution tail after a quotation that ends in "?" or "!" ('…?" Clinton asked.')
    quote_tail_verbs: tuple[str, ...] = ()
    #: pronouns that start a new sentence after such a quotation rather than name its speaker
    quote_tail_pronouns: tuple[str, ...] = ()
    #: word-order attribution rules: reporting verb lemmas or lower-cased forms
    cue_forms: frozenset[str] = frozenset()
    #: lemmas of unambiguous reporting verbs, taken as cues whenever they have a subject (parsed languages)
    cue_lemmas: frozenset[str] = frozenset()
    #: word-order rules: "according to" tokens (lower-cased, as the tokenizer gives them); the row's
    #: ``view_according_words`` are added to them
    according_words: frozenset[str] = frozenset()
    #: word-order rules: "according to" phrases of a view that name whose it is only in a genitive right after them,
    #: set apart ("En opinión del ministro, …", "A juicio de los expertos", "Na visão dos militares", "A giudizio
    #: degli esperti"; session 42): run on from a noun or a verb they are a trial, an eyesight, an object ("llegó a
    #: juicio", "na visão noturna", "il rinvio a giudizio del sindaco")
    view_according_words: frozenset[str] = frozenset()
    #: word-order rules: postpositions closing "according to" ("dem Bericht zufolge")
    according_after_words: frozenset[str] = frozenset()
    #: word-order rules: a postposed source marker ("…, so ein Sprecher")
    so_words: frozenset[str] = frozenset()
    #: words opening a block whose frame reports the quotation in the block before it ("So beschreibt X die Lage",
    #: "Das sagt X", "Así lo explica X"): that quotation is the frame's content (:mod:`sift.attribution.neighbours`)
    back_pointers: frozenset[str] = frozenset()
    #: word-order rules: auxiliary lemmas that may precede a cue participle
    aux_lemmas: frozenset[str] = frozenset()
    #: word-order rules: adverbs and time words skipped between an inverted cue and its subject
    skip_words: frozenset[str] = frozenset()
    #: word-order rules: cues whose subject is a relay and whose object is the quoted speaker ("zitiert X Y")
    quote_cue_lemmas: frozenset[str] = frozenset()
    #: word-order rules: prepositions that continue a noun phrase ("de", "von")
    genitive_words: frozenset[str] = frozenset()
    #: prepositions other than the genitive's between a title and its department ("l'assessore alla Cultura Marco
    #: Rossi", "consigliere delegato al Bilancio"): the department is no part of the name after it
    department_prepositions: frozenset[str] = frozenset()
    #: lemmas of verbs of saying (parsed languages; the word-order rules' ``cue_forms`` are all verbs of saying):
    #: an attribution with another cue ("The US refused to …", "photos which show …") names no speaker
    speech_lemmas: frozenset[str] = frozenset()
    #: lemmas of verbs of asking: a question reports no statement, so its attribution names no speaker ("“Is it
    #: fair to say …?” X asked", "Republicans also questioned Y about …"); they stay cues for the attribution
    question_lemmas: frozenset[str] = frozenset()
    #: words that make a verb of asking a request, which is a statement ("asked for a delay", "asked the court to
    #: dismiss", "asked that …"), when one follows it within ``REQUEST_REACH`` words before any question word
    request_words: frozenset[str] = frozenset()
    #: prepositions that close a cue on its topic ("testifies about Ukraine", "spoke about the war"): what follows is
    #: what the statement is about, not what was said, so the attribution names no speaker
    topic_words: frozenset[str] = frozenset()
    #: words that open what a cue reports when they follow it: complementisers ("que", "dass", "that", "że", "che"),
    #: the conjunctions of an indirect question ("si", "ob", "whether", "czy") and the prepositions of a warning's
    #: matter ("warnte vor …", "ostrzegł przed …"); with a quotation, a colon or a comma and a clause they are the
    #: said content a cue needs (:func:`sift.attribution.confidence.said_content`)
    content_openers: frozenset[str] = frozenset()
    #: verbs of asking that report a request only when a complementiser follows them within a few words ("pidió que
    #: se investigue", "pidió a los partidos que …", "ha chiesto che il governo …"): "he solicitado formalmente tener
    #: …" (realpages dev2 rd-004), "pediu autorização para falar", "seu pedido" (dev rp-033) state no request
    request_cues: frozenset[str] = frozenset()
    #: endings of a finite verb (or its auxiliary) in the third person, in the languages that drop subjects
    #: ("explicó", "ha", "garantiu", "powiedział", "zapowiedziała"): a sentence opening with such a cue and its
    #: content opener, no subject after it, speaks for the person the block last named ("Además, explicó que …");
    #: the first person ("creo", "ho detto", "powiedziałem") is the writer's or a quoted speaker's own
    third_person_endings: tuple[str, ...] = ()
    #: reporting verbs whose other senses take a bare object ("Wissa lance Le Goff", "Depay est alerté par X",
    #: "warnte den Stürmer", "podał piłkę"): a cue only with said content (lemmas and, where the tagger gives none,
    #: forms)
    content_cues: frozenset[str] = frozenset()
    #: nouns of a stance that a light verb or a cue takes as its object ("übte Kritik", "erhebt Vorwürfe", "stellt
    #: Forderungen auf", "äußerte Bedenken"): with said content after them ("…, die Reform sei verfehlt") the verb
    #: reports a statement, without it an act of taking a stance (bench/data/README.md: an opinion with content is a
    #: statement, a stance without content is acting)
    stance_nouns: frozenset[str] = frozenset()
    #: verbs that report only with a stance noun as object and said content after it ("übte Kritik, …")
    light_verbs: frozenset[str] = frozenset()
    #: verbs of where a fronted stance came from ("Kritik kam von der Gewerkschaft: „…“"), and the prepositions
    #: that name who took it: a cue only with said content after it ("Kritik kam von der Gewerkschaft." acts)
    stance_arrivals: frozenset[str] = frozenset()
    stance_origins: frozenset[str] = frozenset()
    #: verbs of finding and seizing, whose colon opens what was found ("La policía encontró: «Nada»", "I carabinieri
    #: hanno sequestrato: «…»"): no cue by the rule that makes any verb before a colon and a quotation one ("O
    #: ministro reagiu: “…”") in the languages that drop subjects
    finding_verbs: frozenset[str] = frozenset()
    #: who a source span names: pronouns, titles, anonymous sources, bodies, outlets (:mod:`.speaker_words`)
    speakers: SpeakerWords = field(default_factory=SpeakerWords)
    #: relays: words between a cue (or the source after it) and the outlet it spoke to: "told Reuters", "a déclaré
    #: à l'AFP", "sagte der dpa", "dijo a El País", "disse à Folha", "ha detto all'ANSA", "powiedział PAP" (regex
    #: alternatives; the empty string lets the outlet follow the cue directly)
    relay_datives: tuple[str, ...] = ()
    #: relays: phrases before any name a statement went through ("in an interview with", "w rozmowie z")
    relay_phrases: tuple[str, ...] = ()
    #: relays: prepositions before a platform ("wrote on Twitter", "auf Twitter", "na Twitterze")
    platform_prepositions: tuple[str, ...] = ()
    #: relays: prepositions before a broadcaster or a paper after the cue and its subject ("a assuré X sur France
    #: Inter", "dijo X en la Cadena SER", "afirmou X na GloboNews", "ha detto X su Rai 3"): a known outlet, or a name
    #: after an outlet noun, as a dative's ("sur Paris", "en Madrid" name no outlet)
    broadcast_prepositions: tuple[str, ...] = ()
    #: relays: prepositions among ``relay_datives`` that say outright whom the speaker addressed ("sagte gegenüber
    #: TE"): after one, a short capitalised acronym or a quoted name is the recipient even when no outlet list holds
    #: it (after a bare dative article only a known outlet is, "sagte der Frau" names no one who relayed)
    recipient_prepositions: frozenset[str] = frozenset()
    #: a reporter naming its own source: "Reuters reported, citing officials" (regex alternatives)
    citing: tuple[str, ...] = ()
    #: openers of a clause whose cue precedes its source: "As the ministry said, …", "Como informó X, …"
    as_words: frozenset[str] = frozenset()
    #: words for "what" opening a relative after "according to", before its verb and the source ("secondo quanto
    #: riporta l'Ansa", "según lo que publicó El País", "segundo o que disse X"): no part of the source
    report_relatives: frozenset[str] = frozenset()
    #: "what" as a neuter antecedent and its object relative, written as two words ("ce que", "lo que", "o que",
    #: "quello che"): right before a cue, what was said is the relative's, and the cue's subject follows it ("Voilà
    #: ce que dit X : …", "Esto es lo que dijo el ministro: …"), not the words before the relative ("Voilà")
    said_relatives: frozenset[str] = frozenset()
    #: verbs of finding out, a cue only in an "as" clause or after "according to": the outlet that learnt what
    #: follows is its source ("Como apurou a Folha", "Según ha podido saber El Confidencial", "Come apprende
    #: l'Ansa", "Jak dowiedziała się „Rzeczpospolita”"); elsewhere they report no statement ("supo la verdad")
    learning_lemmas: frozenset[str] = frozenset()
    #: prepositions after a verb of finding out whose subject is the impersonal pronoun, opening whom it was learnt
    #: from ("a-t-on appris de source judiciaire", "auprès du parquet"): that phrase is the statement's source
    learnt_from: frozenset[str] = frozenset()
    #: the impersonal subject pronoun of such a verb ("on", and "-on" joined to an inverted auxiliary)
    impersonal_subjects: frozenset[str] = frozenset()
    #: finite verbs of reported speech (German Konjunktiv I: "Er sei …", "Sie wisse, dass …"): a sentence with one
    #: and no frame of its own continues what the frame of the sentence before it reports
    reported_speech_forms: frozenset[str] = frozenset()
    #: verbs that report a stance with a reflexive and an adjective ("zeigte sich optimistisch", "zeigte sich offen
    #: für"): a cue then, and only then
    reflexive_cue_lemmas: frozenset[str] = frozenset()
    #: light-verb phrases of saying and stance: (verb lemma, the word or words, as written, that make the verb one in
    #: its clause; "sich <lemma>" needs a reflexive): "dejó claro que", "puso de manifiesto que", "se mostró
    #: convencido de que", "deixou claro que", "mostrou-se confiante", "ha messo in chiaro che", "ha fatto sapere
    #: che" (German's, with its own checks, are in :mod:`sift.attribution.german`)
    phrase_cues: frozenset[tuple[str, str]] = frozenset()
    #: the phrases of ``phrase_cues`` that report only with said content after them ("dejó claro que …"; "dejó
    #: claro el camino", "fa sapere il prezzo" are no statements)
    content_phrase_cues: frozenset[tuple[str, str]] = frozenset()
    #: neuter clitics standing for what was said in an "as" clause, whatever its verb ("comme certains
    #: scientifiques le définissent", "como lo describen los vecinos"): the verb is then a cue
    proposition_clitics: frozenset[str] = frozenset()
    #: verbs of doing that stand for another verb in such a clause ("comme l'a fait le gouvernement", "como lo hizo
    #: el Gobierno", "come l'ha fatto il governo": as the government did): the clitic is an action, no statement
    pro_verbs: frozenset[str] = frozenset()
    #: word-order rules: prepositions opening a sentence with a speaker's view, closed by a comma ("Pour ses
    #: opposants, …", "Para el ministro, …"): an "according to" frame when the phrase names a speaker
    opinion_words: frozenset[str] = frozenset()
    #: word-order rules: conjunctions opening a verb-final clause ("weil", "während", "dass"): a cue closing such a
    #: clause has its subject right after the conjunction ("Während X und Y zwei GW als Ziel angeben, …"), not
    #: before the verb, where its object stands
    verb_final_conjunctions: frozenset[str] = frozenset()
    #: word-order rules: "own" in an according phrase ("eigenen Angaben zufolge", "nach eigenen Angaben"): the
    #: clause's subject is the source
    own_words: frozenset[str] = frozenset()
    #: word-order rules: verbs of an impersonal report with "it" ("In der Mitteilung heißt es: …", "…, heißt es
    #: vom Verband"): a cue only beside that pronoun, its source the phrase after one of ``impersonal_prepositions``
    impersonal_cues: frozenset[str] = frozenset()
    impersonal_pronouns: frozenset[str] = frozenset()
    impersonal_prepositions: frozenset[str] = frozenset()
    #: word-order rules: verbs of belief opening a condition with the generic subject ("Glaubt man den Kommentaren,
    #: sind die beiden ein Paar", "Traut man den Prognosen, …"): "if one believes X", X the source of the main clause
    belief_conditions: frozenset[str] = frozenset()
    #: word-order rules: cases, not word order, mark the subject, so it may follow the verb after a fronted
    #: object ("Poparcie dla funduszy ogłosił lider PSL X"); only a speaker noun in the nominative is taken so
    is_free_order: bool = False
    #: word-order rules: articles that mark a subject after a finite cue, the object first ("Neue Regeln fordert der
    #: Verband"), and the words that may open a subject before the cue (then the fronted phrase is no object)
    subject_articles: frozenset[str] = frozenset()
    nominative_openers: frozenset[str] = frozenset()
    #: word-order rules: articles of a dative only ("Dem Bayerischen Rundfunk sagte der Minister, …"): a phrase they
    #: open before a finite cue is whom it was said to, the subject follows the cue
    dative_articles: frozenset[str] = frozenset()
    #: word-order rules: prepositions after a cue that name where a statement came from, in place of a subject
    #: ("explicaron a Clarín desde el entorno presidencial"); taken only before a speaker noun
    source_prepositions: frozenset[str] = frozenset()
    #: word-order rules: prepositions of a passive's agent ("annoncé par le ministre", "anunciado por el Gobierno")
    agent_prepositions: frozenset[str] = frozenset()
    #: word-order rules: prepositions that open what a fronted phrase before an inverted cue is about ("Von einer
    #: Katastrophe spricht X", "Über die Lage sprach X"); a fronted phrase opened by another is the statement's
    #: setting ("Beim Festakt sprechen X, Y und Z", "Am Abend sprach X"), no content. Empty: every phrase is content
    topic_prepositions: frozenset[str] = frozenset()
    #: word-order rules: modals whose infinitive closing the sentence reports what the subject says or means to
    #: ("Das wollte X am Montag verkünden"); not an obligation ("Darauf müssen die Betreiber hinweisen") nor an
    #: ability ("können")
    intent_modals: frozenset[str] = frozenset()
    #: finite singular auxiliaries and modals ("Kaeser will … verkünden", "hat … gesagt"): a bare noun beside one is
    #: singular (:mod:`sift.attribution.surnames`)
    singular_finite: frozenset[str] = frozenset()
    #: finite plural auxiliaries and modals ("Am Abend haben die Betriebsräte …", "Die Anwohner wollen …"): a noun
    #: phrase beside one is a plural subject (:func:`sift.attribution.speakers.plural_subjects`)
    plural_finite: frozenset[str] = frozenset()
    #: endings of noun forms a common noun's dictionary entry knows and a given name's does not ("Trainer|n",
    #: "Kollege|n", "Sängerin|nen"; with an umlaut "Brüder", "Könige"): "Trainer Müller" is no full name
    noun_form_endings: tuple[str, ...] = ()
    #: a noun's gender by its ending, where no article tells it ("die Kommission", "das Zentrum"; masculine
    #: otherwise), and an adjective's strong ending by gender ("Europäischer Rechnungshof"): a source's nominative
    #: (:func:`sift.attribution.descriptions.citation_form`)
    feminine_noun_endings: tuple[str, ...] = ()
    neuter_noun_endings: tuple[str, ...] = ()
    strong_adjective_endings: tuple[tuple[str, str], ...] = ()
    #: the table tagger's closed classes, for a language without a tagger (:mod:`.tagger_words`)
    tagger: TaggerWords | None = None

    def __post_init__(self) -> None:
        # a view phrase is an "according to" phrase everywhere the rows are read; only the word-order rules also
        # ask whether it stands set apart
        object.__setattr__(self, "according_words", self.according_words | self.view_according_words)


_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAYS_DE = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")

ENGLISH = Language(
    code="en",
    back_pointers=frozenset({"so", "that", "this", "thus"}),
    according=(r"according\s+to",),
    speech_verbs=(
        "said", "says", "say", "stated", "states", "claimed", "claims", "reported", "reports", "announced",
        "added", "noted", "stressed", "specified", r"told(?:\s+\w+){0,2}", "explained", "insisted", "warned",
        "wrote", "tweeted", "confirmed", "argued",
    ),
    complementisers=("that",),
    subordinators=word_set(
        "when whenever after before because since if while although though once until unless whereas"
    ),
    time_words=("on", "also", "again", "today", "yesterday", *_WEEKDAYS_EN),
    frame_lead_verbs=("said", "says", "claimed", "stressed", "added", "specified", "announced", "noted"),
    frame_tail_verbs=(
        "said", "says", "reported", "claimed", "stressed", "added", "specified", "announced", "noted",
    ),
    is_subject_first=True,
    frame_article="the",
    quote_tail_verbs=(
        "said", "says", "asked", "asks", "added", "adds", "told", "wrote", "writes", "replied", "continued",
        "explained", "noted", "insisted", "warned", "declared", "stated", "tweeted", "recalled", "argued",
        "admitted", "conceded", "quipped", "shouted", "responded",
    ),
    quote_tail_pronouns=("He", "She", "They", "It", "We", "I", "You", "This", "That"),
    cue_lemmas=frozenset({"say", "tell", "report", "add", "state", "announce", "claim", "write", "declare"}),
    speech_lemmas=word_set(
        """
        say tell report add state announce claim write declare note stress explain insist warn argue confirm deny
        accuse ask answer reply respond suggest specify tweet post quote cite predict acknowledge admit concede reveal
        disclose emphasize emphasise reiterate recall describe call criticize criticise praise allege assert contend
        maintain testify estimate conclude find indicate according urge demand promise vow pledge threaten
        complain comment remark observe point mention agree disagree dispute reject dismiss blame charge
        believe think feel hope expect fear tout boast brag joke quip laugh chuckle shout yell publish question wonder
        caution advise recommend assure reassure inform update brief rule worry recount echo condemn denounce decry slam
        lambast brand label hail continue project forecast
        """
    )
    | {"put it"},  # the idiom of saying ("As X put it, …"): the English parser's frames give it as one lemma
    question_lemmas=frozenset({"ask", "question", "wonder", "inquire", "enquire", "query"}),
    request_words=frozenset({"for", "to", "that"}),
    topic_words=frozenset({"about"}),
    content_openers=word_set("that whether if"),
    speakers=SPEAKER_WORDS["en"],
    relay_datives=("", "to"),
    relay_phrases=(
        r"in\s+an?\s+interview\s+(?:with|on)", r"speaking\s+(?:to|with|on)",
        r"in\s+(?:an?\s+)?(?:(?:written|emailed)\s+)?(?:comments?|remarks|statement|e-?mail)"
        r"(?:\s+(?:e-?mailed|sent|provided|given|released))?\s+to",
        r"(?:appearing|interviewed)\s+on", r"on\s+(?:the\s+)?(?:show|program|programme|podcast)",
    ),
    platform_prepositions=(
        "on",
        r"in\s+an?\s+(?:post|tweet|video|letter|statement|message|thread)(?:\s+(?:posted|published|shared))?\s+on",
        "via",
    ),
    citing=("citing",),
    as_words=frozenset({"as"}),
)  # fmt: skip

#: Regular -er reporting verbs; their usual forms are generated.
#: (reflexive verbs of feeling that tag a quotation, "se félicite X", "s'indigne X", are here; not "inquiéter",
#: "étonner": their participles "inquiétante", "étonnant" are common adjectives)
_FRENCH_ER_VERBS = word_set(
    """
    préciser indiquer estimer annoncer affirmer souligner ajouter expliquer assurer confirmer rapporter noter
    rappeler insister marteler déclarer dénoncer juger considérer qualifier signaler raconter confier lancer tweeter
    déplorer accuser commenter révéler avertir prévenir démentir nier admettre reconnaître répliquer réagir résumer
    observer relever constater détailler avancer arguer lâcher glisser plaider réclamer exiger demander saluer
    regretter critiquer condamner recommander conseiller ironiser témoigner alerter prédire déclarer répéter
    féliciter indigner
    """
)
_FRENCH_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "ant", "era", "ons", "ez")
_FRENCH_IRREGULAR = word_set(
    """
    dire dit dite disent disait disaient dira disant écrire écrit écrivent écrivait écrivant reconnu reconnaît
    reconnaissant conclure conclu conclut répondre répondu répond répondait admis admet avertit averti prévenu
    prévient démenti dément rappelle rappellent rappellera rappelait promettre promet promis promettait
    réjouit réjouissent réjoui réjouie réjouissait énumère énumèrent énuméré énumérée énumérait
    """
)

#: French stance phrases: "s'est montré confiant", "se montre favorable à …" (as German "zeigte sich zuversichtlich")
_FRENCH_PHRASES = phrase_pairs(
    "sich montrer",
    "confiant|confiante|confiants|confiantes|optimiste|optimistes|pessimiste|pessimistes|convaincu|convaincue|"
    "convaincus|convaincues|favorable|favorables|satisfait|satisfaite|satisfaits|satisfaites|inquiet|inquiète|"
    "inquiets|inquiètes|prudent|prudente|prudents|prudentes|rassurant|rassurante|ferme|critique|critiques",
)
#: Polish light-verb phrase, with said content only: "dał (jasno) do zrozumienia, że …"
_POLISH_PHRASES = phrase_pairs("dać", "do zrozumienia") | phrase_pairs("dawać", "do zrozumienia")

FRENCH = Language(
    code="fr",
    back_pointers=frozenset({"ainsi", "voilà"}),
    according=("selon", r"d['’]après"),
    bare_according=("selon",),
    articles=("le", "la", "les"),
    speech_verbs=(
        r"a\s+(?:\w+\s+)?(?:déclaré|indiqué|précisé|annoncé|affirmé|souligné|ajouté|expliqué|estimé|rapporté)",
        "déclare", "affirme", "estime", "précise", "indique",
    ),
    complementisers=("que", r"qu['’]"),
    time_words=("le", "ce", r"aujourd['’]hui", "hier", "soir", "matin", *_WEEKDAYS_FR),
    frame_tail_verbs=("précisé", "indiqué", "déclaré", "annoncé", "affirmé", "ajouté", "souligné"),
    frame_tail_aux=("a", "ont"),
    cue_forms=conjugate(_FRENCH_ER_VERBS, _FRENCH_ER_ENDINGS, drop="er") | _FRENCH_IRREGULAR,
    according_words=frozenset({"selon", "d'après"}),
    aux_lemmas=frozenset({"avoir", "être"}),
    skip_words=word_set("mardi lundi mercredi jeudi vendredi samedi dimanche hier aussi également encore déjà")
    | frozenset({"en", "outre", "ainsi", "notamment", "lui-même", "elle-même"}),
    quote_cue_lemmas=frozenset({"citer"}),
    genitive_words=frozenset({"de", "du", "des", "d'", "d’"}),
    speakers=SPEAKER_WORDS["fr"],
    relay_datives=("à", "au", r"à\s+l['’]", "aux"),
    relay_phrases=(
        r"dans\s+(?:un|une|son|sa)\s+(?:entretien|interview)\s+(?:accordée?\s+)?(?:à|au|avec)(?:\s+l['’])?",
        r"(?:au\s+micro|à\s+l['’]antenne|sur\s+l['’]antenne|sur\s+le\s+plateau)\s+(?:de|d['’]|du)",
        r"interrogée?s?\s+par", r"interviewée?s?\s+par", r"cité(?:e|s|es)?\s+par",
    ),
    platform_prepositions=("sur",),
    broadcast_prepositions=("sur",),
    citing=("citant",),
    as_words=frozenset({"comme"}),
    said_relatives=frozenset({"ce que", "ce qu'", "ce qu’"}),
    proposition_clitics=frozenset({"le", "l'", "l’"}),
    pro_verbs=frozenset({"faire"}),
    opinion_words=frozenset({"pour"}),
    agent_prepositions=frozenset({"par"}),
    learning_lemmas=frozenset({"apprendre"}),
    learnt_from=frozenset({"de", "d'", "d’", "du", "des", "auprès"}),
    impersonal_subjects=frozenset({"on", "-on"}),
    content_openers=frozenset({"que", "qu'", "qu’", "si", "s'il", "s’il"}),
    # lancer un ballon, alerter un coéquipier, pointer à la 3e place, souligner un trait, glisser le ballon, relever
    # un défi, rapporter trois points, signaler un hors-jeu, confier le ballon, avancer le jeu, observer une minute de
    # silence (not "qualifier", "juger", "constater", "détailler": "a qualifié X de …", "juge la réforme injuste",
    # "constate une hausse" state a judgement or a finding, as "calificó a X de …" does on realpages dev rp-027)
    content_cues=conjugate(
        word_set(
            "lancer alerter pointer souligner glisser lâcher avancer relever rapporter réagir confier signaler "
            "prévenir observer"
        ),
        _FRENCH_ER_ENDINGS,
        drop="er",
    )
    | word_set("prévenu prévient avertit averti"),
    phrase_cues=_FRENCH_PHRASES,
)  # fmt: skip

GERMAN = Language(
    code="de",
    topic_prepositions=frozenset({"von", "über", "zu", "gegen", "für"}),
    back_pointers=frozenset({"so", "das", "dies"}),
    according=("laut", r"nach\s+angaben"),
    bare_according=("laut",),
    named_according=("laut",),
    articles=("der", "des", "dem", "den", "die"),
    speech_verbs=(
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "berichtete", "berichtet", "zitiert", "kommentierte",
    ),
    complementisers=("dass",),
    time_words=("am", "heute", "gestern", *_WEEKDAYS_DE),
    frame_tail_verbs=("sagte", "erklärte", "teilte", "betonte", "zitiert"),
    cue_forms=word_set(
        """
        sagen erklären betonen mitteilen berichten zitieren kommentieren meinen behaupten warnen unterstreichen
        hinzufügen äußern schreiben bestätigen ankündigen versichern vermuten glauben kritisieren fordern
        verkünden vorwerfen bekräftigen ergänzen antworten erläutern feststellen einräumen bestreiten dementieren
        fürchten befürchten erwarten prognostizieren bemängeln monieren beklagen zurückweisen verweisen hinweisen
        ankündigen berichten schätzen sprechen urteilen anmerken mahnen loben bekanntgeben verurteilen klarstellen
        begrüßen appellieren ausführen melden schildern erzählen entgegnen erwidern zugeben hervorheben empfehlen
        versprechen widersprechen anprangern beteuern informieren verlauten aufrufen nachweisen bezeichnen nennen
        verlangen folgern schlussfolgern resümieren bilanzieren angeben heißen vorschlagen ausgehen ausdrücken
        sagte sagten erklärte erklärten betonte meinte zitiert kommentiert
        erwähnen offenbaren enthüllen beschreiben preisgeben zusammenfassen darlegen argumentieren konstatieren
        zusichern präzisieren einwenden twittern verraten gestehen bezweifeln auffordern raten abraten
        abstreiten leugnen rügen beschuldigen würdigen bedauern vermelden prophezeien vorhersagen verteidigen
        rechtfertigen aufzeigen plädieren bedanken
        pochen beharren herausreden klagen berechnen
        """
    ),
    according_words=frozenset(
        {
            "laut", "nach angaben", "nach eigenen angaben", "nach informationen", "nach schätzung",
            "nach schätzungen", "nach worten", "nach ansicht", "nach auffassung", "nach einschätzung",
            "nach berechnungen",
            "nach erkenntnissen", "nach darstellung", "nach aussage", "nach aussagen",
            # plurals and the other nouns of the same frame ("nach ersten Einschätzungen der Beobachter", "nach
            # Recherchen des Senders", "nach Auskunft der Polizei", "nach Zahlen des Statistischen Bundesamts")
            "nach einschätzungen", "nach ansichten", "nach darstellungen", "nach recherchen", "nach auskunft",
            "nach auskünften", "nach zahlen", "nach daten", "nach berichten", "nach meinung", "nach überzeugung",
            "nach mitteilung", "nach beobachtungen", "nach ermittlungen",
            # one report of an outlet or a body ("Nach einem Bericht der „Welt“ sollen …")
            "nach bericht", "nach medienbericht", "nach medienberichten",
            # a study, a survey, a forecast or an expert report of a body ("Nach einer Studie der Universität Mainz
            # …", "nach einem Gutachten von Greenpeace"; session 41, issue #18): its issuer speaks, as after "laut";
            # without one the document is read as no one. Not the nouns of an act that "nach" dates ("Nach einer
            # Untersuchung des Arztes durfte er heim", "nach einer Befragung der Anwohner", "nach Auswertung/Analyse/
            # Erhebung der Daten": after it, the genitive is its object)
            "nach studie", "nach studien", "nach umfrage", "nach umfragen", "nach gutachten", "nach prognose",
            "nach prognosen", "nach hochrechnung", "nach hochrechnungen", "nach empfehlung", "nach empfehlungen",
            # a view named by whose it is ("Aus Sicht der Gewerkschaft ist die Reform zu spät", "aus Sicht von
            # Professor X")
            "aus sicht",
            # "gemäß eines Urteils des Bundesgerichtshofs" (realpages dev10 r10-007): a law or a contract after it
            # ("gemäß § 449 BGB") names no one, as the readers of sources tell
            "gemäß",
        }
    ),
    according_after_words=frozenset({"zufolge"}),
    so_words=frozenset({"so"}),
    aux_lemmas=frozenset({"haben", "sein", "werden"}),
    skip_words=word_set("am dienstag montag mittwoch donnerstag freitag samstag sonntag gestern auch zudem"),
    quote_cue_lemmas=frozenset({"zitieren"}),
    genitive_words=frozenset({"von", "des", "der", "eines", "einer"}),  # "der Sprecher der Regierung"
    department_prepositions=frozenset({"für"}),  # "das Bundesamt für Migration", "der Beauftragte für Kultur"
    speakers=SPEAKER_WORDS["de"],
    relay_datives=("der", "dem", r"gegenüber(?:\s+(?:der|dem|den))?"),
    recipient_prepositions=frozenset({"gegenüber"}),
    # "sagte X im „Spiegel“", "sagte Y in »CNN«", "erklärte Z im ZDF": a known outlet (or a quoted title) after "in"
    broadcast_prepositions=("im", "in"),
    relay_phrases=(
        r"(?:im|in\s+einem)\s+(?:Gespräch|Interview)\s+mit(?:\s+(?:der|dem|den))?",
        r"(?:im|in\s+einem)\s+(?:Gespräch|Interview)\s+(?:der|des)",
    ),
    platform_prepositions=("auf", "bei", "via"),
    citing=(r"unter\s+Berufung\s+auf(?:\s+(?:die|den|das|eine|einen))?", r"mit\s+Verweis\s+auf(?:\s+(?:die|den|das))?"),
    as_words=frozenset({"wie"}),
    learning_lemmas=frozenset({"erfahren"}),
    own_words=word_set("eigen eigene eigenen eigener"),
    impersonal_cues=word_set("heißen"),
    impersonal_pronouns=word_set("es"),
    impersonal_prepositions=word_set("in im von vom aus bei beim seitens"),
    belief_conditions=word_set("glauben"),
    verb_final_conjunctions=word_set(
        "dass weil während ob obwohl obgleich nachdem bevor ehe sobald solange sofern falls wenn da indem seit seitdem"
    ),
    # third-person Konjunktiv I forms that no indicative shares ("habe", "werde" are also first person: a quotation
    # is never continued, and "ich" before the verb makes a sentence the writer's own)
    reflexive_cue_lemmas=frozenset({"zeigen"}),
    subject_articles=word_set("der die"),
    dative_articles=word_set("dem einem diesem"),
    nominative_openers=word_set("der die das ein eine dieser diese dieses jener jene jenes kein keine"),
    reported_speech_forms=word_set(
        "sei seien habe werde könne müsse solle wolle dürfe möge gebe wisse stehe bleibe liege gehe komme brauche"
    ),
    intent_modals=word_set("wollen"),
    singular_finite=word_set(
        "hat hatte ist war wird wurde will wollte kann konnte soll sollte muss musste möchte darf durfte"
    ),
    plural_finite=word_set(
        "haben hatten hätten sind waren wären werden wurden würden wollen wollten können konnten sollen sollten"
        " müssen mussten möchten dürfen durften"
    ),
    noun_form_endings=("", "e", "en", "n", "nen", "er"),
    feminine_noun_endings=("ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ik", "enz", "anz", "ur"),
    # the heads of bodies' names too ("des Deutschen Roten Kreuzes": Deutsches Rotes Kreuz, "Zweites Deutsches
    # Fernsehen", "Hamburger Abendblatt"): after "des"/"dem" a noun is masculine or neuter, and neuter only by these
    neuter_noun_endings=(
        "um", "ment", "chen", "lein", "werk", "amt", "haus", "institut", "gericht", "zentrum", "kreuz", "komitee",
        "büro", "bündnis", "ariat", "blatt", "fernsehen", "kabinett", "netz", "portal", "magazin",
    ),
    strong_adjective_endings=(("f", "e"), ("n", "es"), ("m", "er")),
    # "wonach": what a report or a noun of a statement says ("die Warnung des Instituts, wonach …")
    content_openers=word_set("dass ob vor wonach"),
    # warnen den Stürmer, verweisen auf Platz zwei, verteidigen den Titel, führen den Freistoß aus, erzählen von,
    # informieren über, begrüßen die Gäste, verlangen eine WLAN-Verbindung (what a device or a rule requires,
    # realpages dev10 r10-010; "verlangte, dass …" stays a cue) (not "erwarten", "schätzen", "melden": "mehr als
    # viele Analysten erwartet hatten" (realpages dev rp-011), "schätzte die Sterblichkeit auf …", "meldete den
    # Abwurf einer Bombe" state something with a bare object)
    # (session 41, issue #18) pochen an die Tür, beharren auf seinem Recht, klagen gegen ein Urteil / über
    # Schmerzen: "pocht darauf, dass …", "beharrt darauf, dass …", "klagen, der Unterricht falle aus", "reden sich
    # damit heraus, sie hätten …" report what follows
    # (session 41, recall41b) berechnen: "berechnete zwei Getränke", "berechnet den Weg" are acts; "hat berechnet,
    # dass …" and "hat die Kosten berechnet: 13 Jahre" state a finding
    content_cues=word_set(
        "warnen hinweisen verweisen aufzeigen nachweisen begrüßen verteidigen ausführen erzählen informieren behaupten"
        " verlangen plädieren pochen beharren herausreden klagen berechnen"
    ),
    stance_nouns=word_set(
        "kritik vorwurf vorwürfe forderung forderungen bedenken zweifel einwand einwände"
    ),
    light_verbs=word_set("üben erheben stellen aufstellen vorbringen anmelden"),
    stance_arrivals=word_set("kommen"),
    stance_origins=word_set("von vom seitens"),
)  # fmt: skip

DUTCH = Language(
    code="nl",
    according=("volgens",),
    speech_verbs=("zei", "zegt", "meldde", "meldt", "verklaarde"),
    complementisers=("dat",),
)

_WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_WEEKDAYS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo")
_WEEKDAYS_IT = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
_WEEKDAYS_PL = ("poniedziałek", "wtorek", "środę", "środa", "czwartek", "piątek", "sobotę", "sobota", "niedzielę")

#: Spanish light-verb phrases (:attr:`Language.phrase_cues`): "dejó claro que" and "puso de manifiesto/de relieve
#: que" say what follows (with said content only: "dejó claro el camino", "puso de relieve el centro" are acts); "se
#: mostró convencido de que", "se mostró satisfecho con …" a stance, as German "zeigte sich überzeugt"
_SPANISH_CONTENT_PHRASES = phrase_pairs("dejar", "claro|clara") | phrase_pairs("poner", "de manifiesto|de relieve")
_SPANISH_PHRASES = _SPANISH_CONTENT_PHRASES | phrase_pairs(
    "sich mostrar",
    "convencido|convencida|convencidos|convencidas|confiado|confiada|confiados|confiadas|optimista|optimistas|"
    "pesimista|pesimistas|seguro|segura|seguros|seguras|partidario|partidaria|partidarios|partidarias|contrario|"
    "contraria|contrarios|contrarias|preocupado|preocupada|preocupados|preocupadas|satisfecho|satisfecha|"
    "satisfechos|satisfechas|tajante|tajantes|rotundo|rotunda|crítico|crítica|críticos|críticas",
)
#: Portuguese light-verb phrases: "deixou claro que" (with said content), "mostrou-se convencido de que"
_PORTUGUESE_CONTENT_PHRASES = phrase_pairs("deixar", "claro|clara") | phrase_pairs("pôr", "em evidência")
_PORTUGUESE_PHRASES = _PORTUGUESE_CONTENT_PHRASES | phrase_pairs(
    "sich mostrar",
    "convencido|convencida|convencidos|convencidas|confiante|confiantes|otimista|otimistas|pessimista|pessimistas|"
    "seguro|segura|seguros|seguras|preocupado|preocupada|preocupados|preocupadas|satisfeito|satisfeita|satisfeitos|"
    "satisfeitas|favorável|favoráveis|contrário|contrária|contrários|contrárias|crítico|crítica|críticos|críticas",
)
#: Italian light-verb phrases, with said content only: "ha messo in chiaro che", "ha fatto sapere che", "fa notare
#: che" ("fa sapere il prezzo" tells a price, "mettere in chiaro la situazione" is an act); "si è detto convinto
#: che" is a cue by "detto" itself
_ITALIAN_PHRASES = phrase_pairs("mettere", "in chiaro") | phrase_pairs("fare", "sapere|notare")

SPANISH = Language(
    code="es",
    back_pointers=frozenset({"así", "eso", "esto"}),
    according=("según", r"de\s+acuerdo\s+con"),
    bare_according=("según",),
    articles=("el",),
    speech_verbs=("dijo", "afirmó", "declaró", "informó", "aseguró", "explicó", "señaló"),
    frame_tail_verbs=("dijo", "afirmó", "declaró", "señaló", "informó"),
    cue_forms=word_set(
        """
        decir afirmar asegurar declarar explicar señalar indicar informar añadir agregar subrayar advertir
        manifestar sostener precisar comentar apuntar detallar reconocer admitir negar denunciar anunciar confirmar
        destacar insistir recordar alertar avisar aclarar argumentar criticar lamentar reiterar revelar relatar
        escribir tuitear responder replicar opinar considerar estimar calificar expresar puntualizar enfatizar
        remarcar recalcar concluir aseverar garantizar asegurar valorar defender exigir reclamar acusar cuestionar
        anticipar adelantar mencionar tildar develar contar confió confiaron creer enumerar comunicar resumir
        dictaminar
        dijo dice dicen dijeron dicho afirmó aseguró declaró explicó señaló indicó informó añadió agregó
        """
    ),
    according_words=frozenset({"según", "de acuerdo con"}),
    view_according_words=frozenset({"en opinión", "a juicio"}),
    report_relatives=frozenset({"lo", "que", "cuanto"}),
    said_relatives=frozenset({"lo que"}),
    learning_lemmas=frozenset({"saber"}),
    aux_lemmas=frozenset({"haber"}),
    skip_words=word_set("hoy ayer también además asimismo luego después entonces este esta") | set(_WEEKDAYS_ES),
    genitive_words=frozenset({"de", "del"}),
    speakers=SPEAKER_WORDS["es"],
    relay_datives=("a", "al", r"a\s+la", r"a\s+los"),
    relay_phrases=(
        r"en\s+(?:una\s+|su\s+)?entrevista\s+(?:concedida\s+|exclusiva\s+)?(?:con|a|al|en|para)(?:\s+la|\s+el)?",
        r"en\s+declaraciones\s+(?:a|al|para)(?:\s+la|\s+el)?", r"a\s+preguntas\s+de(?:l|\s+la)?",
    ),
    platform_prepositions=("en", r"a\s+través\s+de", r"en\s+su\s+cuenta\s+de"),
    broadcast_prepositions=("en",),
    citing=(r"citando\s+a", "citando", r"que\s+cita\s+a"),
    as_words=frozenset({"como"}),
    proposition_clitics=frozenset({"lo"}),
    pro_verbs=frozenset({"hacer"}),
    opinion_words=frozenset({"para"}),
    source_prepositions=frozenset({"desde"}),
    agent_prepositions=frozenset({"por"}),
    content_openers=word_set("que si sobre"),
    request_cues=word_set("pedir solicitar"),
    finding_verbs=word_set("encontrar hallar descubrir incautar requisar detectar localizar ver"),
    third_person_endings=("ó", "dijo", "ha", "han", "aron", "ieron", "a", "an", "e", "en"),
    # lanzar el balón, señalar el penalti, avisar a un compañero, destacar en el partido, contar con, defender el
    # título (not "apuntar", "adelantar", "reclamar", "calificar": "las encuestas apuntan hacia un descenso", "Boric
    # adelanta condonación", "El sindicato reclama 60% de aumento", "calificó a Biden de estar …" state something,
    # realpages dev rp-026, rp-027)
    content_cues=word_set("lanzar señalar alertar avisar advertir destacar contar defender"),
    phrase_cues=_SPANISH_PHRASES,
    content_phrase_cues=_SPANISH_CONTENT_PHRASES,
    tagger=TAGGER_WORDS["es"],
)  # fmt: skip

PORTUGUESE = Language(
    code="pt",
    back_pointers=frozenset({"assim", "isso", "isto"}),
    cue_forms=word_set(
        """
        dizer afirmar declarar explicar informar acrescentar destacar garantir ressaltar revelar negar anunciar
        confirmar assegurar sublinhar salientar advertir alertar lembrar recordar observar avaliar criticar defender
        argumentar comentar contar escrever responder reconhecer admitir denunciar apontar indicar relatar frisar
        pontuar completar considerar disse dizem disseram afirmou declarou acreditar elogiar cobrar exigir
        sugerir prometer ameaçar questionar classificar dito noticiar comunicar avançar sustentar alegar resumir
        enumerar
        """
    ),
    according_words=frozenset({"segundo", "conforme", "de acordo com"}),
    view_according_words=frozenset({"na visão", "na opinião"}),
    report_relatives=frozenset({"o", "que", "quanto"}),
    said_relatives=frozenset({"o que"}),
    learning_lemmas=frozenset({"apurar"}),
    aux_lemmas=frozenset({"ter", "haver"}),
    skip_words=word_set("hoje ontem também ainda nesta neste nesta") | set(_WEEKDAYS_PT),
    genitive_words=frozenset({"de", "do", "da", "dos", "das"}),
    speakers=SPEAKER_WORDS["pt"],
    relay_datives=("à", "ao", "a", r"para\s+(?:o|a)"),
    relay_phrases=(
        r"em\s+(?:uma\s+|sua\s+)?entrevista\s+(?:exclusiva\s+)?(?:à|ao|a|com|para)(?:\s+(?:o|a))?",
        r"em\s+declarações\s+(?:à|ao)", r"em\s+conversa\s+com(?:\s+(?:o|a))?",
    ),
    platform_prepositions=("no", "na", "em", "pelo", "pela"),
    broadcast_prepositions=("no", "na", "em"),
    citing=("citando",),
    as_words=frozenset({"como"}),
    opinion_words=frozenset({"para"}),
    agent_prepositions=frozenset({"por", "pelo", "pela", "pelos", "pelas"}),
    content_openers=word_set("que se sobre"),
    request_cues=word_set("pedir solicitar"),
    finding_verbs=word_set("encontrar achar descobrir apreender detectar localizar ver"),
    third_person_endings=("ou", "eu", "iu", "tem", "têm", "aram", "eram", "iram", "a", "am", "e", "em"),
    # apontar para o gol, cobrar o pênalti, completar o passe, defender o título, destacar no jogo, contar com,
    # avançar para a final ("…, avançou a Lusa" credits the wire only after what it reports), sustentar a família
    content_cues=word_set(
        "apontar alertar advertir destacar completar cobrar defender contar observar lembrar avançar sustentar"
    ),
    phrase_cues=_PORTUGUESE_PHRASES,
    content_phrase_cues=_PORTUGUESE_CONTENT_PHRASES,
    tagger=TAGGER_WORDS["pt"],
)  # fmt: skip

ITALIAN = Language(
    code="it",
    back_pointers=frozenset({"così", "questo"}),
    cue_forms=word_set(
        """
        dire dichiarare affermare spiegare aggiungere sottolineare precisare annunciare ribadire riferire confermare
        assicurare osservare commentare evidenziare ricordare avvertire denunciare rivelare raccontare scrivere
        rispondere replicare ammettere negare smentire sostenere indicare segnalare rilevare comunicare criticare
        detto dichiarato affermato spiegato aggiunto sottolineato precisato annunciato ribadito riferito confermato
        assicurato osservato commentato evidenziato ricordato avvertito denunciato rivelato raccontato scritto
        risposto replicato ammesso negato smentito sostenuto comunicato criticato detta detti dette riassumere
        riassume riassunto elencare elenca elencato
        dice dicono dichiara afferma spiega aggiunge sottolinea precisa annuncia ribadisce riferisce conferma
        """
    ),
    according_words=frozenset({"secondo", "stando a"}),
    view_according_words=frozenset({"a giudizio"}),
    report_relatives=frozenset({"quanto", "ciò", "quello", "che"}),
    learning_lemmas=frozenset({"apprendere", "appreso"}),
    aux_lemmas=frozenset({"avere", "essere"}),
    skip_words=word_set("oggi ieri anche inoltre poi") | set(_WEEKDAYS_IT),
    genitive_words=frozenset({"di", "del", "dello", "della", "dei", "degli", "delle", "dell'", "dell’"}),
    department_prepositions=frozenset({"al", "allo", "alla", "ai", "agli", "alle", "all'", "all’"}),
    speakers=SPEAKER_WORDS["it"],
    relay_datives=("a", "al", "alla", r"all['’]", "ai", "allo"),
    relay_phrases=(
        r"in\s+un['’]\s*intervista\s+(?:rilasciata\s+)?(?:a|al|alla|all['’]|con)",
        r"ai\s+microfoni\s+(?:di|del|della)", r"parlando\s+con", r"a\s+colloquio\s+con",
    ),
    platform_prepositions=("su", "sul", "sulla"),
    broadcast_prepositions=("su", "sul", "sulla"),
    citing=("citando",),
    as_words=frozenset({"come"}),
    said_relatives=frozenset({"quello che", "quel che", "ciò che"}),
    proposition_clitics=frozenset({"lo", "l'", "l’"}),
    pro_verbs=frozenset({"fare"}),
    opinion_words=frozenset({"per"}),
    agent_prepositions=frozenset({"da", "dal", "dalla", "dai", "dagli", "dalle", "dallo"}),
    content_openers=word_set("che ch' ch’ se"),
    request_cues=word_set("chiedere chiesto richiedere richiesto"),
    finding_verbs=word_set("trovare ritrovare rinvenire scoprire sequestrare individuare vedere"),
    third_person_endings=("ha", "hanno", "è", "sono", "ò", "ì", "disse", "dissero", "a", "e", "ano", "ono"),
    # segnalare un fuorigioco, sostenere la squadra, indicare la strada, osservare il gioco
    # "detta", "detti", "dette" (si è detta convinta che …) also dictate ("L'Europa detta le regole"): with said
    # content only
    content_cues=word_set("segnalare avvertire rilevare osservare sostenere indicare detta detti dette"),
    phrase_cues=_ITALIAN_PHRASES,
    content_phrase_cues=_ITALIAN_PHRASES,
    tagger=TAGGER_WORDS["it"],
)  # fmt: skip

POLISH = Language(
    code="pl",
    back_pointers=frozenset({"tak", "to"}),
    cue_forms=word_set(
        """
        powiedzieć mówić poinformować informować przekazać stwierdzić zaznaczyć dodać ocenić oceniać podkreślić
        podkreślać napisać pisać zapowiedzieć ogłosić oświadczyć potwierdzić zapewnić wyjaśnić tłumaczyć przyznać
        zaprzeczyć zdementować skomentować komentować przypomnieć ostrzec zauważyć wskazać uważać argumentować
        relacjonować twierdzić odpowiedzieć przekonywać alarmować apelować podać podawać wyliczyć zapowiadać
        powiedział powiedziała mówi podkreślił zaznaczył dodał zaznaczać dodawać deklarować zadeklarować stwierdzać
        przekazywać wskazywać zapewniać wyjaśniać przyznawać ostrzegać zauważać przypominać odpowiadać oświadczać
        potwierdzać ogłaszać wspominać wspomnieć określić określać odradzać zalecać krytykować skrytykować sądzić
        ujawnić zdradzić zaznacza deklaruje stwierdza wspomina zastrzegać zastrzec krzyczeć przytoczyć przytaczać
        utrzymywać przywołać przywoływać opowiadać opowiedzieć uznał uznała uznali uznały uznaje uznają uznawał
        uznawała
        """
    ),
    according_words=frozenset({"według", "zdaniem"}),
    skip_words=word_set("dziś dzisiaj wczoraj też także również jednak tymczasem zaś natomiast ponadto")
    | set(_WEEKDAYS_PL),
    speakers=SPEAKER_WORDS["pl"],
    relay_datives=("", "dla"),
    relay_phrases=(r"w\s+rozmowie\s+z", r"w\s+wywiadzie\s+(?:dla|z)", r"na\s+antenie", r"w\s+programie"),
    platform_prepositions=("na", r"w\s+serwisie", r"za\s+pośrednictwem"),
    citing=(r"powołując\s+się\s+na", "cytując"),
    as_words=frozenset({"jak"}),
    learning_lemmas=frozenset({"dowiedzieć", "ustalić"}),
    is_free_order=True,
    agent_prepositions=frozenset({"przez"}),
    content_openers=word_set("że iż czy przed"),
    finding_verbs=word_set("znaleźć znajdować odnaleźć odkryć zabezpieczyć wykryć zobaczyć"),
    third_person_endings=("ł", "ła", "li", "ły", "a", "i", "e", "ją"),
    # podać piłkę, przekazać piłkę, wskazać drogę, ostrzec kolegę, zauważyć zawodnika, uznać gola
    content_cues=word_set(
        "podać podawać przekazać przekazywać wskazać wskazywać ostrzec ostrzegać alarmować zauważyć zauważać uznać "
        "uznawać"
    ),
    phrase_cues=_POLISH_PHRASES,
    content_phrase_cues=_POLISH_PHRASES,
    tagger=TAGGER_WORDS["pl"],
)  # fmt: skip

#: Every language row, in the order their alternatives are joined into patterns.
LANGUAGES: dict[str, Language] = {
    row.code: row for row in (ENGLISH, FRENCH, GERMAN, DUTCH, SPANISH, PORTUGUESE, ITALIAN, POLISH)
}


def alternatives(field: str, languages: Iterable[Language] | None = None) -> str:
    """The entries of one field across languages as one regex alternation ``(?:a|b|…)`` ('(?!)' when empty)."""
    rows = LANGUAGES.values() if languages is None else languages
    entries = [entry for row in rows for entry in getattr(row, field)]
    return "(?:" + "|".join(entries) + ")" if entries else "(?!)"
