"""How sure sift is of one attribution: that its cue reports a statement, times how surely its source was read.

The cue part is the English frame scorer's probability (its log-odds through the logistic function: the scorer is
a logistic model fitted on PolNeAR train, ``train/attribution_en.py``), or a fixed prior for frames the word-order
rules find (a reporting verb from the language's lexicon, an "according to" word, a speaker label). A cue that is
no verb of saying ("The US refused to …", "photos which show …") reports an action, not a statement; a verb of
asking ("X asked", "Y questioned Z about …") reports a question, a cue heading a conditional clause a supposition,
and a cue closed by "about" a topic: such an attribution keeps a low confidence and names no speaker. So does a
reporting verb with other senses and nothing said after it ("Wissa lance Le Goff dans le dos de la défense", "warnte
den Stürmer": a pass, a warning with a person for object; issue #18). The source part is
:data:`sift.attribution.speakers.CERTAINTY` (a name, a described role, a resolved pronoun …).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from sift.attribution.frames import ACCORDING_LEMMAS, REPORTED_CUE, Frame
from sift.attribution.word_order import Token
from sift.lexicon.languages import LANGUAGES

__all__ = [
    "acts_on_thing",
    "asks_question",
    "cue_confidence",
    "is_speech",
    "needs_content",
    "negated",
    "reports_topic",
    "said_content",
    "states_findings",
]

#: Prior that a rule-found frame's cue reports a statement: reporting verbs and "according to" words from the
#: lexicon are nearly always cues in news (FR/DE hand set, bench/attribution.py: cue F1 0.95-1.00); labels,
#: dashes and bracketed citations less so. Chosen by hand, not tuned.
RULE_CUE = 0.9
#: Prior for a noun cue ("les propos du ministre …"): what follows the noun is less surely the statement itself.
#: Chosen by hand, not tuned; a named source keeps it above the uncertain line (0.6 x 1.0), a described one too
#: (0.6 x 0.9).
NOUN_CUE = 0.6
PUNCTUATION_CUE = 0.7
#: What is left of a frame's confidence when its cue is no verb of saying (always below the uncertain line).
NOT_SPEECH = 0.3
#: Cues that are punctuation: a speaker label's colon, a signature dash, a bracketed citation.
PUNCTUATION_CUES = frozenset({":", "—", "–", "―", "[]"})
#: Words after a verb of asking searched for a request word ("asked | the | court | to"); chosen by hand, checked
#: on realpages dev..dev5 (bench/realpages.py; dev3 r3-006's "asked for" is the request it keeps).
REQUEST_REACH = 4


def asks_question(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether a frame's cue is a verb of asking that puts a question ("“…?” X asked", "X asked Y about Z", "Y
    questioned Z"), not a request. Reading on from the verb (``tokens``: the block's) for :data:`REQUEST_REACH`
    words, a request word ("for", "to", "that") before any verb or question word makes it a request ("X asked the
    court to dismiss …", "asked for a delay"), which states something as "urged" does. Found on realpages dev5,
    whose annotation counts no question as a statement."""
    row = LANGUAGES.get(lang)
    if not tokens or row is None or frame.cue is None or (frame.cue_lemma or "").lower() not in row.question_lemmas:
        return False
    # the verb of asking itself, not an auxiliary before it ("have been asking for …")
    verb = next(
        (k for k, t in enumerate(tokens) if t.start >= frame.cue[0] and t.lemma.lower() in row.question_lemmas),
        next((k for k, t in enumerate(tokens) if t.start >= frame.cue[0] and t.pos in ("VERB", "AUX")), None),
    )
    if verb is None:
        return True
    for token in tokens[verb + 1 : verb + 1 + REQUEST_REACH]:
        word = token.text.lower()
        if word in row.request_words:
            return False
        if token.pos in ("VERB", "AUX") or word in row.speakers.question_words or token.pos == "PUNCT":
            return True
    return True


def reports_topic(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether a frame's cue ends on a topic preposition ("Sondland testifies about Ukraine …", "spoke about the
    war"; ``tokens``: the block's): its content is what was spoken about, not a statement (realpages dev5)."""
    row = LANGUAGES.get(lang)
    if row is None or frame.cue is None or not row.topic_words:
        return False
    words = [t.text.lower() for t in tokens if frame.cue[0] <= t.start and t.end <= frame.cue[1]]
    return len(words) > 1 and words[-1] in row.topic_words


#: Negations inside an English cue ("can't predict", "did not say", "never confirmed"): the cue reports that
#: nothing was stated, so the source said nothing the page quotes (realpages dev6 "Scientists admittedly can't
#: predict hurricanes …"); re-check with bench/realpages.py on dev..dev6 when the English cue spans change.
CUE_NEGATIONS = {"en": frozenset({"not", "n't", "n’t", "never", "cannot"})}


#: Verbs of writing, publishing, posting, telling, calling and belief: with a thing for object and no clause
#: ("Brindle Press published Lanterns", "The column is written by X", "the manager believed the waiter", "X called
#: him later", "My friend posted a picture": ``Frame.thing_content``) they report an act on a thing, no statement
#: (realpages dev7, dev8); verbs of referral only with a person put forward ("recommended me for the job",
#: ``english.REFERRAL_LEMMAS``). Verbs of saying keep such frames ("X denied the report"), and so does a document that
#: states something ("published an editorial blaming …"). Verbs of warning too: "The coach warned Smith" says nothing
#: ("warned that …", "warned of a crisis", "warned him to stop" do; issue #18, as the other languages'
#: ``content_cues``). Verbs of labelling judge only with a complement ("branded the offer an insult", "labelled it
#: as a failure"; "will label the products" is an act), and "slam" only where it moves a thing
#: (``english.FORCE_LEMMAS``).
THING_OBJECT_LEMMAS = {
    "en": frozenset(
        {"write", "publish", "print", "post", "tell", "believe", "trust", "read", "call", "recommend", "nominate"}
        | {"warn", "alert", "caution"}
        | {"brand", "label", "slam"}
        | {"tout"}  # "while touting their technology stacks": promoting a thing (realpages dev7 r7-016)
    ),
    # "Hans hat ein Papier geschrieben: „…“" (``word_order._perfect_bracket``, the only German frame that tells)
    "de": frozenset({"schreiben", "verfassen"}),
}


#: Verbs by which research states its findings, and the nouns of research that state them ("A new X News poll
#: shows …", "Research from Y shows …": realpages dev6, dev7): with such a source the verb reports a statement,
#: whose speaker is whoever the source names; elsewhere "show" is no verb of saying ("photos which show convoys").
FINDING_LEMMAS = {"en": frozenset({"show"})}
#: Singular only: "Studies show …" names no one who states it.
RESEARCH_NOUNS = {"en": frozenset({"poll", "survey", "study", "research", "census"})}


def states_findings(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether the frame is research stating its findings: a verb of findings whose source (in ``tokens``, the
    block's) holds a noun of research."""
    if frame.source is None or (frame.cue_lemma or "").lower() not in FINDING_LEMMAS.get(lang, frozenset()):
        return False
    nouns = RESEARCH_NOUNS[lang]
    return any(t.text.lower() in nouns for t in tokens if frame.source[0] <= t.start and t.end <= frame.source[1])


#: Verbs of estimating in an infinitive of purpose with a thing for object ("DXA uses X-rays to estimate your body
#: fat", "the model is used to predict demand"): what a method or a tool is for, no statement. A finite "Officials
#: estimate the damage at …" keeps its frame.
PURPOSE_LEMMAS = {"en": frozenset({"estimate", "predict", "calculate", "measure", "determine", "assess", "forecast"})}


def acts_on_thing(frame: Frame, lang: str, tokens: Sequence[Token] = ()) -> bool:
    """Whether the frame's cue is a verb of writing or belief whose object is a thing (see above), or, with the
    block's ``tokens``, a verb of estimating in an infinitive of purpose ("to estimate") with a thing for object
    (:data:`PURPOSE_LEMMAS`)."""
    lemma = (frame.cue_lemma or "").lower()
    if not frame.thing_content:
        return False
    if lemma in THING_OBJECT_LEMMAS.get(lang, frozenset()):
        return True
    if lemma not in PURPOSE_LEMMAS.get(lang, frozenset()) or frame.cue is None or not tokens:
        return False
    cue = _cue_indices(frame, tokens)
    before = tokens[cue[0] - 1].text.lower() if cue and cue[0] > 0 else ""
    return bool(cue) and (tokens[cue[0]].text.lower() == "to" or before == "to")


#: Negations of a verb that stand outside its cue span: right before an infinitive or participle ("wollte sich dazu
#: nicht äußern", "n'a pas répondu", "no respondió", "nie odpowiedział") or after a finite cue in its clause
#: ("äußerte sich zunächst nicht", "kommentierte das nicht"): a declined comment reports nothing said.
VERB_NEGATIONS = {
    "de": frozenset({"nicht", "nie", "niemals"}),
    "fr": frozenset({"pas", "jamais", "guère"}),
    "es": frozenset({"no", "nunca"}),
    "pt": frozenset({"não", "nunca"}),
    "it": frozenset({"non", "mai"}),
    "pl": frozenset({"nie", "nigdy"}),
}
#: Words after a negation that make it no negation of the verb ("nicht nur …, sondern auch", "nicht zuletzt", "pas
#: seulement", "no solo", "nie tylko").
NEGATION_OPENERS = {
    "de": frozenset({"nur", "zuletzt", "allein", "ohne"}),
    "fr": frozenset({"seulement", "uniquement", "que"}),
    "es": frozenset({"solo", "sólo", "solamente", "sin"}),
    "pt": frozenset({"só", "apenas", "somente", "sem"}),
    "it": frozenset({"solo", "soltanto", "solamente", "senza"}),
    "pl": frozenset({"tylko", "jedynie", "bez"}),
}
#: The most words between a negation and the cue it negates, before or after it.
NEGATION_REACH = 3


#: Verbs of denial: negated, with a clause after them, they concede what the clause says ("Der Sprecher bestritt
#: nicht, dass es Probleme gebe", "did not deny that …", "n'a pas démenti que …", "no negó que …", "nie zaprzeczył,
#: że …"): a statement, not a declined comment ("widersprach dem Bericht nicht" still says nothing).
DENIAL_LEMMAS = frozenset(
    {"deny", "dispute", "bestreiten", "abstreiten", "dementieren", "leugnen", "démentir", "nier", "contester"}
    | {"negar", "desmentir", "negare", "smentire", "zaprzeczyć", "zaprzeczać", "dementować"}
)
#: Words that open the clause a verb of denial is followed by.
DENIED_CLAUSE_OPENERS = frozenset({"that", "dass", "que", "qu'", "qu’", "che", "że"})


def concedes(frame: Frame, tokens: Sequence[Token]) -> bool:
    """Whether the frame is a verb of denial whose content opens with a complementiser (:data:`DENIAL_LEMMAS`):
    negated, it reports the clause conceded."""
    if (frame.cue_lemma or "").lower() not in DENIAL_LEMMAS or not frame.content:
        return False
    first = next((t for t in tokens if t.start >= frame.content[0][0] and t.pos != "PUNCT"), None)
    return first is not None and first.text.lower() in DENIED_CLAUSE_OPENERS


def negated(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether a negation stands inside the frame's cue (``tokens``: the block's), or, in German, next to it in its
    clause (:data:`VERB_NEGATIONS`): a declined comment reports nothing said. A negated denial with a clause
    after it concedes the clause (:func:`concedes`), no negation of a statement."""
    if frame.cue is None or concedes(frame, tokens):
        return False
    words = CUE_NEGATIONS.get(lang)
    if words and any(t.text.lower() in words for t in tokens if frame.cue[0] <= t.start and t.end <= frame.cue[1]):
        return True
    return _negated_beside(frame, lang, tokens)


def _negated_beside(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    words = VERB_NEGATIONS.get(lang)
    cue = _cue_indices(frame, tokens)
    if not words or not cue:
        return False
    openers = NEGATION_OPENERS.get(lang, frozenset())

    def negates(k: int) -> bool:
        following = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
        return tokens[k].text.lower() in words and following not in openers

    before = range(cue[0] - 1, max(-1, cue[0] - 1 - NEGATION_REACH), -1)
    for k in before:
        if tokens[k].pos == "PUNCT" or tokens[k].pos in ("VERB", "AUX"):
            break
        if negates(k):
            return True
    for k in range(cue[-1] + 1, min(len(tokens), cue[-1] + 1 + NEGATION_REACH)):
        if tokens[k].pos in ("PUNCT", "SCONJ") or tokens[k].text in QUOTE_MARKS:
            break
        if negates(k):
            return True
    return False


#: The most words after a cue searched for what it reports ("a lancé mardi aux journalistes présents que …", "calificó
#: el martes al presidente de Estados Unidos, Joe Biden, de estar mentalmente “incapacitado”"); chosen by hand,
#: checked on realpages dev..dev10 and the negative pages (bench/data/attribution-negatives.jsonl).
CONTENT_REACH = 16
#: Quotation marks as the tokenizers give them: a quotation after a cue is what it reports.
QUOTE_MARKS = frozenset('«»“”„"‚‘’‹›')
#: What ends the stretch a cue reports: the sentence's end or a semicolon. Not a coordinating conjunction: "X
#: kritisierte Y scharf und warf ihm vor, …" says what it criticised after it (realpages dev rp-020).
_STRETCH_STOPS = frozenset({".", "!", "?", "…", ";"})


def said_content(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether the frame reports something said (``tokens``: the block's): content before its cue ("« … », a lancé
    X", "…, warnte er"), or, within :data:`CONTENT_REACH` words after the cue (and its source, when the source
    follows it) and before its sentence ends, a quotation, a colon, a word of the row's ``content_openers`` ("que",
    "dass", "że", "si", "vor") or a comma and a verb ("sagte, er werde …"). A cue without such content acts on a
    person or a thing ("Wissa lance Le Goff dans le dos de la défense", issue #18). Without tokens it cannot tell,
    and says yes."""
    row = LANGUAGES.get(lang)
    if frame.cue is None or not tokens or row is None:
        return True
    if any(start < frame.cue[0] for start, _ in frame.content):
        return True
    cue = _cue_indices(frame, tokens)
    if not cue:
        return True
    # a source after the cue is no content: the search starts past it ("wiesen die Biologen X und Y von der Z im
    # Fachmagazin nach, dass …")
    after = frame.source[1] if frame.source is not None and frame.source[0] >= frame.cue[1] else frame.cue[1]
    first = next((k for k in range(cue[-1] + 1, len(tokens)) if tokens[k].start >= after), len(tokens))
    sentence, comma = tokens[cue[-1]].sentence, False
    for token in tokens[first : first + CONTENT_REACH]:
        if token.sentence != sentence or token.text in _STRETCH_STOPS:
            return False
        if token.text in QUOTE_MARKS or token.text == ":" or token.text.lower() in row.content_openers:
            return True
        if token.text == ",":
            comma = True
        elif comma and token.text.lower() in RELATIVES_ONLY.get(lang, frozenset()):
            comma = False  # "…, an denen die Teilzeitkraft im Unternehmen ist": a relative clause, nothing said
        elif comma and token.pos in ("VERB", "AUX"):
            return True
    return False


#: Per language, relative pronouns that are no article nor anything else: after a comma they open a relative
#: clause, whose verb is no reported speech (realpages dev7 r7-020: "…, die für eine Kürzung plädieren –
#: entsprechend der Arbeitstage, an denen die Teilzeitkraft im Unternehmen ist").
RELATIVES_ONLY = {"de": frozenset({"denen", "deren", "dessen", "welcher", "welche", "welches", "welchem", "welchen"})}


def _cue_indices(frame: Frame, tokens: Sequence[Token]) -> list[int]:
    """Indices of the block's tokens inside the frame's cue."""
    assert frame.cue is not None
    return [k for k, t in enumerate(tokens) if frame.cue[0] <= t.start and t.end <= frame.cue[1]]


def _cue_word(frame: Frame, tokens: Sequence[Token]) -> str:
    """The lower-cased last word of the cue ("est alerté" -> "alerté"), where a lemma may be missing."""
    cue = _cue_indices(frame, tokens)
    return tokens[cue[-1]].text.lower() if cue else ""


def needs_content(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether a rule-found cue is a verb of the row's ``content_cues`` ("lancer", "warnen", "avisar", "podać") with
    no said content (:func:`said_content`): its complement is a person, a team or a thing ("Wissa lance Le Goff",
    "warnte den Stürmer", "podał piłkę"), and it reports no statement. "Le ministre a lancé que …", "warnte, dass …"
    and "« … », a lancé X" stay cues. A verb that always reports speech keeps a bare object ("kritisierte Diess
    scharf", "a annoncé une réforme": what was criticised or announced is the statement's gist)."""
    row = LANGUAGES.get(lang)
    if row is None or frame.cue is None or not tokens:
        return False
    lemma = (frame.cue_lemma or "").lower()
    ambiguous = lemma in row.content_cues or _cue_word(frame, tokens) in row.content_cues
    if not ambiguous and not _stance_object(frame, row.stance_nouns, tokens):
        return False
    return not said_content(frame, lang, tokens) and not _plea(frame, lang, tokens)


#: Per language, a verb of pleading and the preposition of a plea in court ("plädierte auf Freispruch", "auf
#: Notwehr"): what the defence or the prosecution asked the court for, a statement; "plädiert für mehr Radwege"
#: without said content is a stance (bench/data/README.md: acting, as "kämpft für").
PLEAS = {"de": ("plädieren", "auf")}


def _plea(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether the frame's cue is a plea in court: the verb of :data:`PLEAS` with its preposition next after it."""
    verb, preposition = PLEAS.get(lang, ("", ""))
    cue = _cue_indices(frame, tokens) if frame.cue is not None else []
    if (frame.cue_lemma or "").lower() != verb or not cue:
        return False
    after = [t for t in tokens[cue[-1] + 1 : cue[-1] + 3] if t.pos != "ADV"]
    return bool(after) and after[0].text.lower() == preposition


#: Per language, the verb of thanking and the preposition of what the thanks are for ("bedankte sich für die
#: Zusammenarbeit": what was appreciated, an opinion with content, a statement); thanks to someone for nothing named
#: ("bedankte sich bei seinem Mann und seinen Kindern", realpages dev7 r7-021) is an act (bench/data/README.md).
THANKS = {"de": ("bedanken", "für")}


def thanks_for_nothing(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether the frame's cue is the verb of :data:`THANKS` with no preposition of what for, no quotation and no
    colon in its sentence."""
    verb, preposition = THANKS.get(lang, ("", ""))
    if (frame.cue_lemma or "").lower() != verb or frame.cue is None:
        return False
    cue = _cue_indices(frame, tokens)
    if not cue:
        return False
    sentence = tokens[cue[-1]].sentence
    said = (preposition, ":", *QUOTE_MARKS)
    return not any(t.sentence == sentence and t.text.lower() in said for t in tokens)


#: Per language, the affixes that name the two parties of one transaction from one stem: a prefix the other role
#: lacks ("Käufer"/"Verkäufer", "Mieter"/"Vermieter", "Pächter"/"Verpächter") and a pair of endings after a shared
#: stem ("Arbeitgeber"/"Arbeitnehmer", "Auftraggeber"/"Auftragnehmer", "Darlehensgeber"/"Darlehensnehmer").
COUNTERPARTS = {"de": (("ver",), (("geber", "nehmer"),))}


def _counterparts(first: str, second: str, lang: str) -> bool:
    """Whether two lower-cased nouns name the two parties of one transaction (:data:`COUNTERPARTS`)."""
    prefixes, endings = COUNTERPARTS.get(lang, ((), ()))
    for a, b in ((first, second), (second, first)):
        if any(a == prefix + b and len(b) >= 4 for prefix in prefixes):
            return True
        for giver, taker in endings:
            for x, y in ((giver, taker), (taker, giver)):
                if a.endswith(x) and b.endswith(y) and a[: -len(x)] == b[: -len(y)]:
                    return True
    return False


def _present_form(verb: Token) -> bool:
    """Whether a German verb's form is its infinitive or a regular present form of it ("sichert" of "sichern",
    "erklärt", "antwortet"): no past ("sicherte", "versprach"); a present with a changed vowel ("verspricht") is
    not read as one."""
    form, lemma = verb.text.lower(), verb.lemma.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return form in (lemma, stem + "t", stem + "et")


def addresses_counterpart(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether the frame's source is a role noun and a dative in the cue's clause (up to its first comma) names the
    other party of the same transaction (:func:`_counterparts`): "Hierbei sichert der Käufer dem Verkäufer zu, das
    Eigentum … zu behalten" (realpages dev10 r10-007), "Dabei sichert der Mieter dem Vermieter zu, …": a guide
    describing what any buyer does in a contract, no one's statement. Only in the present tense a guide is written
    in, the cue a regular present form and no auxiliary in the clause (:func:`_present_form`): "Der Vermieter sicherte
    dem Mieter zu, …", "Der Arbeitgeber hat dem Arbeitnehmer erklärt, …" tell of one dispute (review45a). "Der
    Minister sicherte dem Verband zu, …" and "Der Käufer sagte der Polizei, …" keep their frame."""
    row = LANGUAGES.get(lang)
    if row is None or frame.source is None or frame.cue is None or not row.dative_articles:
        return False
    source = [t for t in tokens if frame.source[0] <= t.start and t.end <= frame.source[1]]
    if not source or source[-1].pos not in ("NOUN", "PROPN"):
        return False
    sentence = source[-1].sentence
    clause = []
    for token in tokens:
        if token.sentence != sentence:
            continue
        if token.start >= frame.cue[1] and token.text in _CLAUSE_MARKS:
            break
        clause.append(token)
    cue = next((t for t in clause if frame.cue[0] <= t.start < frame.cue[1] and t.pos == "VERB"), None)
    if cue is None or not _present_form(cue) or any(t.pos == "AUX" for t in clause):
        return False  # "Der Vermieter sicherte dem Mieter zu", "hat … zugesichert": one dispute's event (review45a)
    role = source[-1].text.lower()
    return any(
        previous.text.lower() in row.dative_articles
        and noun.pos in ("NOUN", "PROPN")
        and _counterparts(role, noun.text.lower().removesuffix("n"), lang)
        for previous, noun in pairwise(clause)
    )


#: Per language, a verb of estimating that also means "to value", the words that mark an estimate in its clause (the
#: preposition of the sum it puts on a thing, "schätzt den Schaden auf drei Millionen"; the "als" of a rating,
#: "schätzt das Risiko als hoch ein") and the separated particle that makes it "to assess" ("schätzt die Lage
#: ernst ein", closing the clause); with none of them and no said content it values what it names ("Viele Leser
#: schätzen seine Kolumnen", "bei seinen Fans, die seine Arbeit schätzen", realpages dev7 r7-021): an act, no
#: statement (session 42, german42a; review42a).
ESTIMATES = {"de": ("schätzen", frozenset({"auf", "als"}), "ein")}
#: Marks that close the clause of a cue for :func:`values_without_sum`.
_CLAUSE_MARKS = frozenset({",", ":", "(", ")", "–", "—"})


def values_without_sum(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether the frame's cue is the verb of :data:`ESTIMATES` with no mark of an estimate in its clause and no
    said content: none after it (:func:`said_content`, "schätzt, dass …"; what follows a relative clause the cue
    closes is the main clause's) and no clause before it that it closes after a comma ("„…“, schätzt der Experte",
    "5000 Menschen, schätzt die Polizei")."""
    verb, marks, particle = ESTIMATES.get(lang, ("", frozenset(), ""))
    if (frame.cue_lemma or "").lower() != verb or frame.cue is None:
        return False
    cue = _cue_indices(frame, tokens)
    if not cue:
        return False
    sentence = tokens[cue[0]].sentence
    first, last = cue[0], cue[-1]
    while first > 0 and tokens[first - 1].sentence == sentence and tokens[first - 1].text not in _CLAUSE_MARKS:
        first -= 1
    while (
        last + 1 < len(tokens) and tokens[last + 1].sentence == sentence and tokens[last + 1].text not in _CLAUSE_MARKS
    ):
        last += 1
    closing = next((t for t in reversed(tokens[first : last + 1]) if t.pos != "PUNCT"), None)
    if any(t.text.lower() in marks for t in tokens[first : last + 1]) or (closing and closing.text == particle):
        return False
    if first == cue[0] and first > 0 and tokens[first - 1].sentence == sentence:
        return False  # the cue opens its clause after a comma or colon: what it closes was said
    if last == cue[-1] and first > 0 and tokens[first - 1].text == "," and tokens[first].pos == "PRON":
        return True  # "bei seinen Fans, die seine Arbeit schätzen, …": a relative clause the cue closes
    after = replace(frame, content=[span for span in frame.content if span[0] >= frame.cue[1]])
    return not said_content(after, lang, tokens)


def _stance_object(frame: Frame, nouns: frozenset[str], tokens: Sequence[Token]) -> bool:
    """Whether what a cue reports opens with a noun of a stance ("äußerte Bedenken", "äußerte scharfe Kritik"): the
    stance alone is an act; with said content after it ("…, die Reform sei zu teuer") a statement."""
    if not nouns or frame.cue is None:
        return False
    content = [t for t in tokens if any(start <= t.start and t.end <= end for start, end in frame.content)]
    first = next((k for k, t in enumerate(content) if t.pos in ("NOUN", "PROPN")), None)
    if first is None or content[0].start < frame.cue[1] or content[first].lemma.lower() not in nouns:
        return False
    # the noun is the cue's object, only its article and adjectives before it ("äußerte erhebliche Bedenken"), not
    # a preposition's ("zeigte sich offen für die Forderung": the stance is the adjective's)
    return all(t.pos in ("DET", "ADJ", "ADV") for t in content[:first])


#: Cues that with a reflexive pronoun mean getting in touch or coming forward, not saying ("Johannes meldet sich bei
#: Andreas", "meldete sich freiwillig"): such a cue reports a statement only with said content ("meldete sich zu
#: Wort: „…“", "meldete sich und sagte, dass …"). By language: the cue lemmas and the reflexive pronouns.
REFLEXIVE_CUES = {"de": (frozenset({"melden"}), frozenset({"sich", "mich", "dich", "uns", "euch"}))}
#: Tokens after a reflexive cue that may stand before its pronoun ("meldet Johannes sich").
REFLEXIVE_REACH = 3


def reflexive_without_content(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether the cue is one of :data:`REFLEXIVE_CUES` used reflexively with nothing said: no content before the
    cue, and no quotation, colon, word of the row's ``content_openers``, verb of saying or of reported speech after
    it in its sentence ("Johannes meldet sich bei Andreas, um mitzuhelfen" reports no statement; a comma and a verb,
    which :func:`said_content` takes for reported speech, is here the purpose clause; "meldete sich zu Wort und
    sagte, er trete zurück" does)."""
    lemmas, pronouns = REFLEXIVE_CUES.get(lang, (frozenset(), frozenset()))
    row = LANGUAGES.get(lang)
    if frame.cue is None or not tokens or row is None or (frame.cue_lemma or "").lower() not in lemmas:
        return False
    cue = _cue_indices(frame, tokens)
    if not cue or any(start < frame.cue[0] for start, _ in frame.content):
        return False
    sentence = tokens[cue[-1]].sentence
    after = [t for t in tokens[cue[-1] + 1 :] if t.sentence == sentence]
    if not any(t.text.lower() in pronouns for t in after[:REFLEXIVE_REACH]):
        return False
    # a verb of saying or a verb of reported speech after it says what the frame holds ("meldete sich zu Wort und
    # sagte, er trete zurück"): the content is said, not a purpose
    said = row.cue_forms - lemmas
    return not any(
        t.text in QUOTE_MARKS
        or t.text == ":"
        or t.text.lower() in row.content_openers
        or t.lemma.lower() in said
        or t.text.lower() in row.reported_speech_forms
        for t in after
    )


#: What opens the rest of a list of names after the first one ("sprechen Jana Beispiel (Partei), Tom Muster …"):
#: the first name's bracket of affiliation (a comma alone may open an appositive that says what was said: "warnte
#: Müller, Chef des Verbands, vor Engpässen").
_LIST_OPENERS = ("(",)


def _bracketed_names(inside: Sequence[Token]) -> bool:
    """Whether tokens are names with their affiliations in brackets, the last one perhaps with a "von" phrase:
    "Katja Kipping (MdB, DIE LINKE), Ralph Boes (parteilos) und Mathias Schweitzer vom Gewerkschafterdialog". What
    the brackets hold is not read (lower-case "parteilos"); without a bracket nothing is a list ("Müller, Chef des
    Verbands, vor Engpässen")."""
    depth, outside = 0, []
    for token in inside:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            outside.append(token)
    if len(outside) == len(inside):
        return False
    last_and = max((i for i, token in enumerate(outside) if token.pos == "CCONJ"), default=len(outside))
    return all(
        token.pos in ("PROPN", "X", "PUNCT", "CCONJ")
        or token.text[:1].isupper()
        or (index > last_and and token.pos in ("ADP", "DET"))
        for index, token in enumerate(outside)
    )


#: Prepositions that attach a listed name's affiliation ("Eva Probe vom Bürgerverein", "Ole Probe aus dem
#: Stadtrat"), unlike a topic ("äußerten sich … zu dem Vorschlag").
AFFILIATION_PREPOSITIONS = frozenset({"von", "vom", "aus"})


def _attaches_to_list(frame: Frame, inside: Sequence[Token], tokens: Sequence[Token]) -> bool:
    """Whether a content is only the last listed name's "von" phrase, when the source already holds the whole
    bracketed list ("sprechen Anna Beispiel (parteilos), Jonas Muster (Grüne) und Eva Probe | vom Bürgerverein"):
    an affiliation, nothing said. A pronoun fronted before the cue is what they said ("Das sagten X (SPD), Y und
    Z vom Verein")."""
    assert frame.source is not None and frame.cue is not None
    source = [t for t in tokens if frame.source[0] <= t.start and t.end <= frame.source[1]]
    if not _bracketed_names(source) or not any(t.pos == "CCONJ" for t in source):
        return False
    cue = next((t for t in tokens if t.start >= frame.cue[0]), None)
    if cue is None or any(t.pos == "PRON" for t in tokens if t.sentence == cue.sentence and t.end <= frame.cue[0]):
        return False
    return inside[0].text.lower() in AFFILIATION_PREPOSITIONS and all(
        t.pos in ("ADP", "DET", "PROPN", "X", "PUNCT", "CCONJ") or t.text[:1].isupper() for t in inside
    )


def lists_speakers(frame: Frame, tokens: Sequence[Token]) -> bool:
    """Whether an inverted cue's only content is the rest of its subject, a list of names ("Zur Eröffnung der
    Demonstration sprechen Jana Beispiel (Partei), Tom Muster (MdB) und …": who will speak, realpages dev7, nothing
    said): the source follows the cue, every content span starts after the source with a bracket, and no verb and
    no quotation mark stands in it. "sagte Jana Beispiel (Partei), die Lage sei ernst" says something."""
    if frame.cue is None or frame.source is None or frame.source[0] < frame.cue[1] or not frame.content or not tokens:
        return False
    for start, end in frame.content:
        if start < frame.source[1]:
            return False
        inside = [t for t in tokens if start <= t.start and t.end <= end]
        # the list after the first name's bracket, or after the first name with its bracket in the source
        listed = all(t.pos in ("PROPN", "X", "PUNCT", "CCONJ") or t.text[:1].isupper() for t in inside)
        if not inside or not (
            inside[0].text in _LIST_OPENERS
            or listed
            or _bracketed_names(inside)
            or _attaches_to_list(frame, inside, tokens)
        ):
            return False
        if any(t.pos in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in inside):
            return False
    return True


#: German verbs of opinion that, over nothing but a modal infinitive with "zu", presume rather than state: "Manche
#: Kollegen meinen, mich wie einen Anfänger behandeln zu können" (they act as if they could; nothing is said).
PRESUMING_LEMMAS = {"de": frozenset({"meinen"})}
#: The modal infinitives of such a presumption ("zu können", "zu dürfen", "zu müssen").
PRESUMED_MODALS = frozenset({"können", "dürfen", "müssen"})


def presumes(frame: Frame, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether a German verb of opinion has for content only a modal infinitive with "zu" (its first clause, up to
    the first comma, ends in "zu" and "können", "dürfen" or "müssen", with no "dass" and no quotation mark):
    "meinen, … behandeln zu können" is a presumption. "meint, das sei richtig", "meint, dass …", "meint, einen
    Fehler gefunden zu haben" keep their frame, and so does a quotation."""
    lemmas = PRESUMING_LEMMAS.get(lang)
    if not lemmas or (frame.cue_lemma or "").lower() not in lemmas or not frame.content or not tokens:
        return False
    start, end = frame.content[0]
    inside = [t for t in tokens if start <= t.start and t.end <= end]
    clause = []
    for token in inside:
        if token.text in (",", ";", ":"):
            break
        clause.append(token)
    if any(t.text.lower() == "dass" or t.text in QUOTE_MARKS for t in inside):
        return False
    return len(clause) >= 3 and clause[-2].text == "zu" and clause[-1].text.lower() in PRESUMED_MODALS


def is_speech(frame: Frame, lang: str, tokens: Sequence[Token] = (), *, said: bool = False) -> bool:
    """Whether a frame's cue reports a statement (a verb of saying, "according to", a label, a quote's dash); a cue
    heading a conditional clause or under a modal of possibility does not, nor a verb of writing or belief acting on a
    thing (:func:`acts_on_thing`), nor, with the block's ``tokens``, a verb of asking that puts a question
    (:func:`asks_question`), a cue closed by a topic preposition (:func:`reports_topic`), a negated cue
    (:func:`negated`), a reflexive "sich melden" with nothing said (:func:`reflexive_without_content`), thanks for
    nothing named (:func:`thanks_for_nothing`), a valuing "schätzen" (:func:`values_without_sum`), a list of
    names after an inverted cue (:func:`lists_speakers`) or a
    rule-found cue of the row's ambiguous verbs with nothing said after it (:func:`needs_content`).

    ``said``: the frame's content is a quotation in the block next to it (``sift.attribution.neighbours``), so
    what the block holds after the cue ("äußerte sich am Abend:", "beschreibt X die Lage") is no test of it."""
    lemma = (frame.cue_lemma or "").lower()
    row = LANGUAGES.get(lang)
    if lemma in ACCORDING_LEMMAS or lemma in PUNCTUATION_CUES or lemma == "so" or row is None:
        return True
    if frame.hypothetical or asks_question(frame, lang, tokens) or reports_topic(frame, lang, tokens):
        return False
    if negated(frame, lang, tokens) or lists_speakers(frame, tokens) or presumes(frame, lang, tokens):
        return False
    if addresses_counterpart(frame, lang, tokens):
        return False
    if not said and (
        acts_on_thing(frame, lang, tokens)
        or reflexive_without_content(frame, lang, tokens)
        or thanks_for_nothing(frame, lang, tokens)
        or values_without_sum(frame, lang, tokens)
    ):
        return False
    if frame.score is None:  # the word-order rules take cues only from the row's reporting verbs
        return said or not needs_content(frame, lang, tokens)
    return lemma in row.speech_lemmas or lemma in row.cue_lemmas or states_findings(frame, lang, tokens)


def cue_confidence(frame: Frame, lang: str, *, speech: bool) -> float:
    """Probability that the frame's cue reports a statement (``tokens``: the block's; ``said``: see
    :func:`is_speech`). ``speech``: :func:`is_speech` of the same arguments, when the caller has it already (the
    attribution loop needs it too, and its tests read the block's tokens again)."""
    if frame.score is not None:
        probability = 1.0 / (1.0 + math.exp(-frame.score))
    elif (frame.cue_lemma or "") in PUNCTUATION_CUES:
        probability = PUNCTUATION_CUE
    elif frame.cue_lemma == REPORTED_CUE or (
        lang in LANGUAGES and (frame.cue_lemma or "") in LANGUAGES[lang].speakers.speech_nouns
    ):  # a noun cue, or reported speech with no verb of saying (whose, a guess from the sentence before)
        probability = NOUN_CUE
    else:
        probability = RULE_CUE
    return probability if speech else probability * NOT_SPEECH
