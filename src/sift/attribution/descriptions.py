"""Speakers named by a description rather than a name: a head noun from the language's speaker words (a
person by title, an anonymous source, a body, an outlet, a document), a German noun no list holds read by its
ending (``unlisted``, under its nominative: :func:`citation_form`), an unknown name, a name in apposition, and
definite or indefinite descriptions."""

from __future__ import annotations

import re

from sift.attribution.frames import ACCORDING_LEMMAS
from sift.attribution.german import article_gender
from sift.attribution.institutions import _institution_key, _known_name, _state_of
from sift.attribution.name_shapes import (
    NAME_PARTICLES,
    _is_acronym,
    _is_compound,
    _name_runs,
    _without_acronyms,
    _without_affiliation,
    transliteration_key,
)
from sift.attribution.source_mentions import (
    SUBJECT_AND_WORDS,
    SourceMention,
    SourceReading,
    _in,
    _is_plural,
    _is_speaker_noun,
    _phrase_ending,
    _phrase_in,
    _text,
)
from sift.attribution.word_order import Token
from sift.lexicon.fold import fold
from sift.lexicon.gazetteer import Gazetteer
from sift.lexicon.languages import LANGUAGES
from sift.lexicon.speaker_words import SpeakerWords


def _unlisted(
    core: list[Token],
    head: int,
    lang: str,
    speakers: SpeakerWords,
    *,
    articled: bool = False,
    article: str | None = None,
) -> SourceReading:
    """An unlisted noun that still names who speaks, by its ending, alone or after capitalised adjectives: an
    agent ("die Rechnungsprüfer") is an anonymous source, an institution ("dem Europäischen Rechnungshof") an
    organisation; read as ``unlisted`` (uncertain). Abstract nouns ("Provokationen", "Unterlagen") have neither
    ending; a described noun ("die meisten gespielten Künstler") is no name. Where only names capitalise
    adjectives, capitalised adjectives after an article make the phrase a name whatever its noun ("das Deutsche
    Rote Kreuz", "die Grüne Jugend"): an organisation, also read as ``unlisted``."""
    token = core[head]
    lemma = token.lemma.lower() or token.text.lower()
    if token.pos != "NOUN" or not lemma.replace("-", "").isalpha() or head != len(core) - 1:
        return SourceReading("none")
    # "der dreimalige Sieger", "der 28-jährige Titelverteidiger": an adjective counting years or times describes one
    counted = [
        t for t in core[:head] if speakers.count_adjective_endings and t.text.endswith(speakers.count_adjective_endings)
    ]
    if any(not t.text[:1].isupper() for t in core if t not in counted):
        return SourceReading("none")  # "meisten gespielten Künstler": a description, no name
    named = (
        articled
        and speakers.capitalises_nouns
        and head > 0
        and not counted
        and all(t.pos == "ADJ" for t in core[:head])
    )
    if named and (lemma in speakers.data_nouns or lemma in speakers.document_nouns):
        return SourceReading("none")  # "laut der „Wahren Tabelle“": a work's title, nobody who speaks
    if len(lemma) < 5 and not named:  # a short noun alone is no agent or institution; "die Rheinische Post" is a name
        return SourceReading("none")
    institution = bool(speakers.institution_endings) and lemma.endswith(speakers.institution_endings)
    if named or institution:
        kind = "organisation"
    elif speakers.agent_endings and (
        lemma.endswith(speakers.agent_endings) or token.text.lower().endswith(speakers.agent_endings)
    ):
        kind = "anonymous"
    else:
        return SourceReading("none")
    written = " ".join(t.text for t in core)
    # a name known by its capitalised adjectives is cited in the strong nominative, as a reader knows it ("des
    # Deutschen Richterbunds", "der Deutsche Richterbund": Deutscher Richterbund), when its article tells the noun's
    # gender, or leaves masculine or neuter to its ending ("des", "dem"); without one ("die „Rheinische Post“": the
    # mark stands between) the words stay as written, the ending alone would guess "Rheinischer Post"
    adjectives = [t.text for t in core[:head]]
    told = article_gender(article, adjectives[0].lower() if adjectives else None) is not None
    cited = institution or told or (article or "").lower() in MASCULINE_OR_NEUTER_ARTICLES
    cited = cited and not counted  # "28-jährige Titelverteidiger" as written, as "45-jährige Angeklagte" is
    name = citation_form(core, head, lang, article) if cited else written
    key = ("anonymous|" if kind == "anonymous" else "") + fold(name)
    return SourceReading(kind, key, name, how="unlisted", written=written if written != name else "")


#: The most words of a source without an article read as a name the dictionary lacks ("Tagessieger Lindvik").
MAX_UNKNOWN_NAME_SPAN = 3


def _unknown_name(core: list[Token], mention: SourceMention, speakers: SpeakerWords) -> SourceReading | None:
    """A name a tagger took for a noun where every noun is capitalised: a source without an article whose last
    capitalised words the language's dictionary does not hold ("Haugen warnt", "Tagessieger Lindvik resümierte",
    "Equinor und …"). A singular common noun needs an article as a subject, and a common noun is in the dictionary
    (compounds too, mostly); the words before the unknown ones are nouns that describe it ("Tagessieger"). Read as
    a person by its last word (the kind is a guess), below the uncertain line like any unlisted source."""
    if not speakers.capitalises_nouns or not core or len(core) > MAX_UNKNOWN_NAME_SPAN:
        return None
    if any(t.pos not in ("NOUN", "PROPN", "X") or not t.text[:1].isupper() for t in core):
        return None
    from sift.machine_cache import dictionary_lemma

    unknown = 0
    for token in reversed(core):
        word = token.text
        if not word.isalpha() or word.isupper() or _is_speaker_noun(token, speakers, documents=True):
            break
        if dictionary_lemma(word, mention.lang) is not None or _is_compound(word, mention.lang):
            break
        unknown += 1
    if not unknown:
        return None
    offset = mention.start if mention.words is not None else 0
    name = _text(core[-unknown:], mention.text, offset)
    return SourceReading("person", transliteration_key(core[-1].text), name, how="unlisted")


def citation_form(core: list[Token], head: int, lang: str, article: str | None = None) -> str:
    """A source's name as a reader would cite it: the words up to its head in the nominative where the
    language inflects them (German "dem Europäischen Rechnungshof" -> "Europäischer Rechnungshof",
    "der Europäischen Kommission" -> "Europäische Kommission"); elsewhere its words as written. ``article``
    (the determiner before ``core``) tells a German noun's gender where it can (``german.article_gender``)."""
    words = [t.text for t in core]
    if lang != "de":
        return written_words(core)  # "neo-banks", not "neo - banks": the tokenizer splits at the hyphen
    if head == 0:
        return " ".join([_genitive_undone(core[0], article), *words[1:]])
    noun = core[head]
    lemma = noun.lemma if noun.lemma[:1].isupper() else noun.text
    if not lemma.lower().startswith(noun.text.lower()[:3]) or lemma.lower() == noun.text.lower():
        lemma = noun.text  # also keeps the page's capitals inside a compound ("Presse-Agentur")
    plural = lemma.lower() != noun.text.lower() and not noun.text.lower().endswith(("s", "es", "n"))
    # "der örtlichen Behörden": after "der" a noun's "-n" is a plural's (a feminine singular has none: "der
    # Behörde"; a masculine one that takes it has "des": "des Experten")
    if (article or "").lower() == "der" and noun.text.lower() in (lemma.lower() + "n", lemma.lower() + "en"):
        plural = True
    if plural:  # a plural keeps its noun ("Rechnungsprüfer", "Ärzte"), its adjectives in the nominative
        return " ".join([*(_plural_nominative(t) for t in core[:head]), *words[head:]])
    lowered = lemma.lower()
    adjectives = [token.text.lower() for token in core[:head] if token.pos == "ADJ"]
    gender = article_gender(article, adjectives[0] if adjectives else None)
    row = LANGUAGES[lang]
    if gender is None:
        feminine, neuter = row.feminine_noun_endings, row.neuter_noun_endings
        gender = "f" if lowered.endswith(feminine) else "n" if lowered.endswith(neuter) else "m"
    named = []
    for token in core[:head]:
        adjective = token.lemma.lower()
        if token.text[:1].isupper() and token.text.lower() == adjective and adjective.endswith("er"):
            named.append(token.text)  # a place's adjective does not decline ("Frankfurter", "Schweizer")
        elif token.pos == "ADJ" and adjective and token.text.lower().startswith(adjective):
            stem = adjective[:1].upper() + adjective[1:] if token.text[:1].isupper() else adjective
            named.append(stem + dict(row.strong_adjective_endings)[gender])
        else:
            named.append(token.text)
    return " ".join([*named, lemma, *words[head + 1 :]])


#: German articles of a masculine or neuter singular noun only (genitive, dative): "des/dem Deutschen Richterbund".
MASCULINE_OR_NEUTER_ARTICLES = frozenset({"des", "dem", "eines", "einem"})
#: German articles of a singular genitive: the noun after one has its "-s"/"-es" ("des Innenministeriums").
GENITIVE_ARTICLES = frozenset({"des", "eines"})


def _genitive_undone(noun: Token, article: str | None) -> str:
    """A lone German noun after a genitive article in the nominative, when its lemma is the word without the
    genitive ending ("des Innenministeriums" -> "Innenministerium", "des Bundesamts" -> "Bundesamt"); as written
    otherwise."""
    text, lemma = noun.text, noun.lemma
    if (article or "").lower() not in GENITIVE_ARTICLES or not lemma[:1].isupper():
        return text
    # the page's letters, not the lemma's ("Koch-Instituts": the tagger's lemma is "Koch-institut")
    return text[: len(lemma)] if text.lower() in (lemma.lower() + "s", lemma.lower() + "es") else text


def _unnamed_reports(
    core: list[Token], article: str | None, name: str, lang: str, speakers: SpeakerWords
) -> SourceReading | None:
    """Reports no one is named for, as an anonymous source named by the span ("according to media reports",
    "según informes de prensa", "selon des informations de presse", "secondo indiscrezioni di stampa", "według
    doniesień mediów"; German in the nominative: "laut Medienberichten" -> "Medienberichte"), else ``None``.
    Without them the claim went to the body the page named last, as a document's does ("Das Forum Waffenrecht
    (FWR) …": realpages heldout rh-002; dev4 r4-013 and rh-002 list "Medienberichte"). The head is a report noun
    of the language (``report_nouns``) written otherwise than its lemma (a plural or, in Polish, a case; a German
    "-s" is a genitive singular, "des Medienberichts"), after no determiner or an indefinite one
    (``report_articles``: "the reports", "its reports", "den Berichten" are reports named before), and every other
    word is a press word or a lower-case adjective: any other noun or a name is the issuer ("a report of the
    ministry", "informes del ministerio", "Berichten der Polizei"). The report noun is looked for in the whole
    span: a tagger may read an adjective before it as the head noun ("medialnych doniesień")."""
    head = next((i for i, t in enumerate(core) if _in(speakers.report_nouns, t, speakers) is not None), None)
    if head is None:
        return None
    token = core[head]
    lowered = token.text.lower()
    if lowered == token.lemma.lower():
        return None
    if speakers.capitalises_nouns and lowered.endswith("s"):
        return None
    if article is not None and article not in speakers.report_articles:
        return None  # "the reports", "its reports", "ihren Berichten": reports named before
    row = LANGUAGES.get(lang)
    linking = (row.genitive_words if row is not None else frozenset()) | speakers.determiners
    for word in core[:head] + core[head + 1 :]:
        text = word.text.lower()
        if not word.text[:1].islower() and not (speakers.capitalises_nouns and text in speakers.press_words):
            return None  # "Reuters reports", "informes de la Fiscalía": a name, the issuer
        if text in speakers.press_words or word.lemma.lower() in speakers.press_words or text in linking:
            continue
        if word.pos != "ADJ":
            return None  # "a ministry report", "informes del ministerio": another noun, the issuer
    if speakers.capitalises_nouns:  # "Medienberichten" -> "Medienberichte", read in the nominative
        nominative = (
            token.text[:-1] if lowered.endswith("en") and not token.lemma.lower().endswith("en") else token.text
        )
        name = " ".join(nominative if t is token else t.text for t in core)
    written = " ".join(t.text for t in core)
    return SourceReading(
        "anonymous", "anonymous|" + fold(name), name, how="reports", written=written if written != name else ""
    )


def _plural_nominative(token: Token) -> str:
    """A German adjective before a plural noun in the strong nominative ("örtlichen" -> "örtliche"), other words
    as written."""
    text = token.text
    inflected = token.pos == "ADJ" and text.lower() == token.lemma.lower() + "en"
    return text[:-1] if inflected else text


def written_words(tokens: list[Token]) -> str:
    """The words as the page wrote them: a space only where the page has one between two tokens."""
    parts = []
    for index, token in enumerate(tokens):
        if index and token.start > tokens[index - 1].end:
            parts.append(" ")
        parts.append(token.text)
    return "".join(parts)


def _apposed_name(
    core: list[Token], appositive: list[Token], head: int, speakers: SpeakerWords, lang: str, gazetteer: Gazetteer
) -> list[Token]:
    """The name of a titled person: right after the title and its modifiers, never after a preposition
    ("el presidente Pedro Sánchez", "minister zdrowia Adam Niedzielski"; not "ministro de Economía"), or in the
    appositive ("El ministro de Economía, Luis de Guindos"); without the body of a genitive between them
    ("posłanka Lewicy Anna Zielińska")."""
    runs = _name_runs(core, speakers)
    j = head + 1
    while j < len(core) and not any(core[j] in run for run in runs):
        if core[j].pos in ("ADJ", "NOUN"):
            j += 1
        elif core[j].text.lower() in SUBJECT_AND_WORDS and j + 1 < len(core) and core[j + 1].pos == "NOUN":
            j += 1  # a second title ("die Ökonomin und Autorin Greta Vallmer"): the name follows both
        else:
            break
    # the name after the title, also when the tagger ran the title into it ("Waymo-Chef John Krafcik")
    run = next((r[r.index(core[j]) :] for r in runs if core[j] in r), []) if j < len(core) else []
    row = LANGUAGES.get(lang)
    genitive = (row.genitive_words | row.department_prepositions if row is not None else frozenset()) | {"of"}
    if run and run[0].text.islower() and run[0].text.lower() in genitive:
        # a capitalised title ran into its department: "Presidente da República(, Marcelo Rebelo de Sousa)"
        run = _name_after_department(run[1:], lang, gazetteer)
    elif run and j > head + 1 and core[j - 1].text.lower() in genitive:
        # the title's genitive read as a noun ("ministro de" | "Sanidad …"); with a name after the comma, the run
        # is the department's alone ("governador de São Paulo, Tarcísio de Freitas")
        run = [] if _opens_name(appositive) else _without_department(run, lang, gazetteer)
    elif (
        not run
        and j + 1 < len(core)
        and core[j].text.lower() in genitive
        and not _opens_name(appositive)
        and _in(speakers.title_nouns, core[head], speakers) is not None  # "the wife of President X" is not X
    ):
        k = j + 1  # past the department's article ("le ministre de l'Intérieur Bruno Retailleau")
        while k + 1 < len(core) and (core[k].pos == "DET" or core[k].text.lower() in speakers.determiners):
            k += 1
        after = next((r for r in runs if r[0] is core[k]), [])
        run = _name_after_department(after, lang, gazetteer)  # "el ministro de Sanidad Salvador Illa": Salvador Illa
    run = _without_acronyms(run)  # "prezes NBP Adam Glapiński": the acronym is the body the title belongs to
    run = _without_affiliation(run, lang, speakers, gazetteer)
    run = _after_numbered_name(core, run, runs)
    while len(run) > 2 and _in(speakers.title_nouns, run[0], speakers) is not None:
        run = run[1:]  # "l'avocate Maître Claire Dubois": a second title, capitalised before the name
    if (
        len(run) == 1
        and _is_plural(core[head], speakers)
        and any(_in(speakers.body_nouns, t, speakers) for t in core[head + 1 : j] if t.pos == "NOUN")
    ):  # "ekonomistów banku Pekao": one name after a body noun names the body of many, no one of them
        run = []
    if len(run) == 1 and _is_acronym(run[0]):  # "Außenbeauftragter Borrell EU": a body's short name is nobody
        before = core[j - 1] if j - 1 > head else None  # the name the tagger took for a common noun, if any
        run = [before] if before is not None and before.pos == "NOUN" and before.text[:1].isupper() else []
    if run:
        return run
    titled = _titled_in_appositive(appositive, speakers, lang, gazetteer)
    if titled:
        return titled
    if appositive and appositive[0].text[:1].isupper():
        runs = _name_runs([Token("", 0, 0, "", "X", 0), *appositive], speakers)
        return runs[0] if runs and runs[0][0] is appositive[0] else []
    return []


def _after_numbered_name(core: list[Token], run: list[Token], runs: list[list[Token]]) -> list[Token]:
    """The full name closing the span after a title's run that a number ends ("Posłanka Polski 2050 Anna
    Kowalska"): a name with a number in it ("Polska 2050", "Agenda 2030") is a party's or a programme's, the
    person's affiliation, and with no full name after it names no one ("Poseł Polski 2050"); ``run`` itself when
    no number follows it."""
    if not run or run[-1] not in core:
        return run
    after = core.index(run[-1]) + 1
    if after >= len(core) or core[after].pos != "NUM" or not core[after].text.isdigit():
        return run
    last = next((r for r in runs if after + 1 < len(core) and r[0] is core[after + 1]), [])
    return last if len(last) > 1 and last[-1] is core[-1] else []


def _titled_in_appositive(
    appositive: list[Token], speakers: SpeakerWords, lang: str, gazetteer: Gazetteer
) -> list[Token]:
    """The name closing an appositive that gives the person a title of its own ("Der Präsident der Konferenz, der
    ägyptische Außenminister Sameh Shoukry, sagte", "…, Egyptian Foreign Minister Sameh Shoukry, said"): words of
    a noun phrase, its last title noun, then the name (without the title the tagger may run into it)."""
    words = [t for t in appositive if t.pos != "PUNCT"]
    title = max((i for i, t in enumerate(words) if _in(speakers.title_nouns, t, speakers) is not None), default=None)
    if title is None or any(t.pos not in ("DET", "ADJ", "NOUN", "PROPN") for t in words[:title]):
        return []
    run = _apposed_name(words, [], title, speakers, lang, gazetteer)
    return run if run and run[-1] is words[-1] else []


def _opens_name(appositive: list[Token]) -> bool:
    """Whether an appositive is a name of two words or more, capitalised at both ends: the titled person's, whatever
    names the department before the comma ("O governador de São Paulo, Tarcísio de Freitas")."""
    return len(appositive) > 1 and all(t.text[:1].isupper() for t in (appositive[0], appositive[-1]))


def _name_after_department(department: list[Token], lang: str, gazetteer: Gazetteer) -> list[Token]:
    """The name closing a run that opens with a title's department ("Sanidad Salvador Illa"), or none when no
    department word goes or what stays opens in lower case: the department's own genitive ("Câmara | de Lisboa")."""
    cut = _without_department(department, lang, gazetteer)
    return cut if cut is not department and cut[0].text[:1].isupper() else []


def _without_department(run: list[Token], lang: str, gazetteer: Gazetteer) -> list[Token]:
    """A run of capitals after a title's genitive without the department it opens with ("Sanidad Salvador Illa",
    "Salute Roberto Speranza", "Asuntos Exteriores José Manuel Albares"): the common words the dictionary holds go,
    and a state the gazetteer knows, the country or capital the title is of ("presidente de Argentina Alberto
    Fernández"); two words of the name at least stay. The same list when none goes."""
    from sift.machine_cache import dictionary_lemma

    row = LANGUAGES.get(lang)
    bodies = row.speakers.body_nouns if row is not None else frozenset()

    def is_department(word: str) -> bool:
        lemma = dictionary_lemma(word, lang)
        # a body noun opening the body's name, which the dictionary may hold capitalised only ("Banco", "Banque")
        return (lemma is not None and lemma.islower()) or word.lower() in bodies or gazetteer.state(word) is not None

    cut = 0
    while len(run) - cut > 2 and is_department(run[cut].text):
        cut += 1
    # the cut ends on a body noun, or on the particle after one: the body's own name follows ("presidente della
    # Regione | Lazio Francesco Rocca", "della Provincia di | Trento Maurizio Fugatti")
    body = cut - 1 - (cut > 1 and run[cut - 1].text in NAME_PARTICLES)
    named_body = cut > 0 and run[body].text.lower() in bodies
    if (not cut or named_body) and len(run) - cut > MAX_TITLED_NAME and run[cut + 1].text[:1].isupper():
        # a genitive is followed by the department, never by the person: of three capitalised words or more, the
        # first is the department's even when no dictionary holds it ("governatore della Campania Vincenzo De
        # Luca", "segretario del Pd Elly Schlein"), and so is the name of a body noun the dictionary held ("Regione
        # Lazio"); a lower-case particle after it is a surname's ("de Sousa")
        cut += 1
    return run[cut:] if cut else run


#: The most words of a name after a title's genitive before its first word is read as the department's.
MAX_TITLED_NAME = 2


def _is_nationality(words: list[str], speakers: SpeakerWords) -> bool:
    """Whether a span is a definite article, at most one adjective and a nationality noun ("der Franzose", "le
    Français", "l'Allemand", "der junge Italiener"); "die Franzosen", "un Français" name no one person."""
    if not words or len(words) > 3:
        return False
    first, last = words[0], words[-1]
    for article in ("l'", "l’"):
        if len(words) == 1 and first.startswith(article):
            first, last = article, first[len(article) :]
    return first in speakers.definite_articles and last in speakers.nationality_nouns


def _described(
    core: list[Token],
    appositive: list[Token],
    head: int,
    name: str,
    mention: SourceMention,
    speakers: SpeakerWords,
    gazetteer: Gazetteer,
    titles: frozenset[str],
    article: str | None = None,
) -> SourceReading | None:
    """The reading of a span whose head noun is one of the language's speaker words (``article``: the
    determiner before ``core``, for the citation form)."""
    token = core[head]
    # of a body's and an outlet's entry a compound ends with, the longer tells ("Nachrichtenagentur" is an outlet,
    # "Asylagentur" an "Agentur", a body)
    outlet = _in(speakers.outlet_nouns, token, speakers) or ""
    # a title of several words the head closes is longer than the head's own entry ("chief executive": a person's
    # title, though "executive" alone may be a government, "the executive said")
    titled = _phrase_ending(speakers.title_nouns, core, head) or ""
    for kind, words in (
        ("document", speakers.document_nouns),
        ("government", speakers.government_nouns),
        ("organisation", speakers.body_nouns),
        ("outlet", speakers.outlet_nouns),
        ("title", speakers.title_nouns),
        ("anonymous", speakers.source_nouns),
    ):
        entry = _phrase_in(words, core, head) or _in(words, token, speakers)
        if entry is None or (kind == "organisation" and len(outlet) > len(entry)):
            continue
        if kind in ("government", "organisation", "outlet") and len(titled) > len(entry):
            continue
        if kind == "document":
            return SourceReading("document", how="document")
        if kind == "government":
            if mention.lang == "de":  # "des Bundesrats": the Bundesrat
                name = citation_form(core, head, mention.lang, article)
            state = _state_of(core, gazetteer)
            key = f"state|{state.lower()}" if state else "government|" + (_institution_key(name) or fold(name))
            return SourceReading("government", key, name, how="described")
        if kind in ("organisation", "outlet"):
            for run in _name_runs(core, speakers):  # "la agencia EFE", "die Nachrichtenagentur Reuters"
                run_name = " ".join(t.text for t in run)
                if gazetteer.is_outlet(run_name) or gazetteer.is_body(run_name):
                    return _known_name(run_name, run, gazetteer)
                known = _outlet_before_outlet_noun(run, token, gazetteer) if outlet else None
                if known is not None:  # "Reuters News Agency", "Xinhua News Agency": the outlet the noun describes
                    return known
            if kind == "outlet" and entry in speakers.body_nouns:
                kind = "organisation"
            named = _name_after_outlet_noun(core, head, speakers) if kind == "outlet" else None
            if named:  # "die Nachrichtenagentur dpa", "die Zeitung Bild": the outlet's name, not its description
                named_text = _text(named, mention.text, mention.start if mention.words is not None else 0)
                return SourceReading("outlet", "outlet|" + fold(named_text), named_text, how="named")
            if kind == "organisation" and token.text.islower() and not speakers.capitalises_nouns:
                # "la compañía Iberdrola", "el sindicato CCOO", "il gruppo Stellantis": the body noun, written lower
                # case, says what the name after it is; the name alone is the body's (a capitalised noun is the
                # name's own first word: "Ministerio del Interior", "Fiscalía Anticorrupción")
                named = _name_after_outlet_noun(core, head, speakers)
                if named and not any(_in(speakers.body_nouns, t, speakers) for t in named):
                    named_text = _text(named, mention.text, mention.start if mention.words is not None else 0)
                    return SourceReading("organisation", _institution_key(named_text) or fold(named_text), named_text)
            named = _name_after_body_noun(core, head, entry, speakers) if kind == "organisation" else []
            if named:
                # "die Umweltorganisation Power Shift Africa", "der Energiekonzern RWE" (issue #18): a compound of
                # a body noun describes the body; the proper name after it is the body's name
                named_text = _text(named, mention.text, mention.start if mention.words is not None else 0)
                return SourceReading("organisation", _institution_key(named_text) or fold(named_text), named_text)
            cited = citation_form(core, head, mention.lang, article)
            key = _institution_key(name) or fold(cited)
            how = "definite" if _is_definite_description(mention, core, head, speakers) else "described"
            return SourceReading(kind, key, cited, how=how, written=name if cited != name else "")
        named = _apposed_name(core, appositive, head, speakers, mention.lang, gazetteer)
        if named:
            person = written_words(named) if mention.lang != "de" else " ".join(t.text for t in named)
            return SourceReading("person", transliteration_key(named[-1].text), person, titles | {entry})
        if kind == "title" and not _is_plural(token, speakers) and not _is_indefinite(mention.text, speakers):
            return SourceReading("title", "", name, titles | {entry}, how="title")
        individual = is_definite_individual(mention, core, head, speakers, entry)
        return SourceReading("anonymous", "anonymous|" + fold(name), name, how="described", individual=individual)
    return None


#: Determiners that make a description in the singular one definite individual (issue #18: "the victim's
#: mother", "mein Tierarzt", "la professionnelle" are persons; "a friend", "un proche" and groups are anonymous).
#: All but the English ones are singular; German "der" is a plural's only in the genitive, no subject's case.
INDIVIDUAL_DETERMINERS = {
    "en": frozenset({"the", "my", "his", "her", "our", "their", "your"}),
    "de": frozenset({"der", "das", "mein", "dein", "sein", "ihr", "unser", "euer"}),
    "fr": frozenset({"le", "la", "l'", "l’", "mon", "ma", "son", "sa", "notre", "votre", "leur"}),
    "es": frozenset({"el", "la", "mi", "tu", "su", "nuestro", "nuestra"}),
    "pt": frozenset({"o", "a", "meu", "minha", "seu", "sua"}),
    "it": frozenset({"il", "lo", "la", "l'", "l’", "mio", "mia", "suo", "sua"}),
}

#: German determiners a plural shares ("die Forscher", "meine Eltern"): one individual only before a noun that is
#: a woman's in the singular (:data:`FEMININE_ENDINGS`: "die Arbeitsrechtlerin", "meine Ehefrau").
PLURAL_SHARED_DETERMINERS = {"de": frozenset({"die", "meine", "deine", "seine", "ihre", "unsere", "eure"})}
FEMININE_ENDINGS = ("in", "frau", "witwe")

#: Source nouns that never name one known individual, though singular: anonymous sources and officials as a
#: convention ("the source", "der Beamte"), defendants and suspects the press leaves unnamed ("der Angeklagte"),
#: groups ("the family", "das Umfeld"), surveys and the press.
NOT_INDIVIDUAL_NOUNS = frozenset(
    {
        "defendant",
        "suspect",
        "accused",
        "angeklagte",
        "angeklagter",
        "beschuldigte",
        "beschuldigter",
        "tatverdächtige",
        "tatverdächtiger",
        "beklagte",
        "beklagter",
        "source",
        "official",
        "insider",
        "person",
        "people",
        "others",
        "family",
        "member",
        "public",
        "fan",
        "user",
        "customer",
        "executive",
        "quelle",
        "beamte",
        "beamter",
        "leute",
        "umfeld",
        "kreis",
        "kreise",
        "umfrage",
        "presse",
        "betriebsrat",
        "fachleute",
        "eltern",
        "mitglied",
        "responsable",
        "personne",
        "gens",
        "entourage",
        "sondage",
        "famille",
        "membre",
        "fuente",
        "funcionario",
        "funcionaria",
        "persona",
        "entorno",
        "encuesta",
        "sondeo",
        "prensa",
        "familia",
        "familiares",
        "miembro",
        "fonte",
        "funcionário",
        "funcionária",
        "pessoa",
        "sondagem",
        "imprensa",
        "família",
        "membro",
    }
)


def is_definite_individual(
    mention: SourceMention, core: list[Token], head: int, speakers: SpeakerWords, entry: str | None = None
) -> bool:
    """Whether a description read as an unnamed source (``entry``: the source noun its head is, if any) names one
    definite individual: a singular head after a definite or possessive determiner or an English possessor
    ("the victim's mother", "Morrison's lawyer", "der Landwirt aus Salzkotten", "la professionnelle"). The README's
    convention (issue #18): such a person is a person by kind; "a friend", "un proche de …" and every group stay
    anonymous."""
    token = core[head]
    lemma = (token.lemma or token.text).lower()
    if (entry or lemma) in NOT_INDIVIDUAL_NOUNS or lemma in NOT_INDIVIDUAL_NOUNS:
        return False
    if mention.lang in ("en", "de") and _is_plural(token, speakers) and not token.text.lower().endswith("in"):
        return False  # elsewhere the determiner is singular; "Arbeitsrechtlerin" is no plural of its lemma
    words = mention.text.strip().split(" ", 1)
    first = words[0].lower()
    for elided in ("l'", "l’"):
        if first.startswith(elided) and len(first) > len(elided):
            first = elided
    # after "laut", "nach (den) Angaben" (an according word or a cue of several words, a noun's phrase) a German
    # "der" is a genitive or a dative: a plural's ("der Bundesländer") or a woman's ("laut der Arbeitsrechtlerin")
    cue = (mention.cue_lemma or "").lower()
    according = mention.lang == "de" and (cue in ACCORDING_LEMMAS or " " in cue)
    if first in INDIVIDUAL_DETERMINERS.get(mention.lang, ()) and not (according and first == "der"):
        return True
    if first in PLURAL_SHARED_DETERMINERS.get(mention.lang, ()) or first == "der":
        return token.text.lower().endswith(FEMININE_ENDINGS)
    return mention.lang == "en" and any(t.text in ("'s", "’s") for t in core[:head])


def _outlet_before_outlet_noun(run: list[Token], head: Token, gazetteer: Gazetteer) -> SourceReading | None:
    """The outlet the gazetteer knows that opens a run of capitalised words ending on an outlet noun, the words
    between its name and the noun dropped ("Reuters News Agency": Reuters; issue #18, kinds40: read as a body the
    agency noun described). Only an outlet noun heads ("Reuters Institute" is a body of its own)."""
    if head not in run:
        return None
    for end in range(run.index(head), 0, -1):
        name = " ".join(t.text for t in run[:end])
        if gazetteer.is_outlet(name):
            return _known_name(name, run[:end], gazetteer)
    return None


#: Indefinite articles of the languages read ("a spokesman", "un responsable", "ein Polizist").
INDEFINITE_ARTICLES = frozenset(
    {"a", "an", "un", "une", "ein", "eine", "einen", "einem", "einer", "uno", "una", "um", "uma"}
)


def _is_indefinite(text: str, speakers: SpeakerWords) -> bool:
    """Whether a span opens with an indefinite article or a numeral ("a spokesman", "un responsable", "two")."""
    first = text.strip().split(" ", 1)[0].lower()
    return first in INDEFINITE_ARTICLES or first.isdigit()


#: Words besides :data:`INDEFINITE_ARTICLES` that introduce one not yet known ("One senior diplomat said …",
#: "another official"): a definite description of the noun later points back to an anonymous source.
INTRODUCING_WORDS = frozenset({"one", "another"})


def introduced_indefinitely(noun: str, page: list[tuple[str, str]]) -> bool:
    """Whether the page writes ``noun`` after an indefinite article or "one", up to three words between, a word with
    dots among them ("A doctor on the scene", "Ein junger Polizist", "A U.S. diplomat", "One senior European Union
    diplomat"): a definite description of it later ("the doctor said", "sagt der junge Polizist", "the diplomat
    said") points back to one the page never made definite, an anonymous source by kind."""
    if not noun.isalpha():
        return False
    articles = "|".join(sorted(INDEFINITE_ARTICLES | INTRODUCING_WORDS))
    pattern = re.compile(rf"(?<!\w)(?:{articles})\s+(?:[\w.-]+\s+){{0,3}}{re.escape(noun)}(?!\w)", re.IGNORECASE)
    return any(pattern.search(text) for text, _ in page)


#: Definite articles of a described body that points back ("the agency", "the company").
DEFINITE_ARTICLES = {"en": frozenset({"the"})}


def _is_definite_description(mention: SourceMention, core: list[Token], head: int, speakers: SpeakerWords) -> bool:
    """Whether a body is named only by a definite article and a common noun ("the agency has maintained", "the
    company said"): a reference back to a body the page named, as a title ("the minister") is to a person."""
    first = mention.text.strip().split(" ", 1)[0].lower()
    if first not in DEFINITE_ARTICLES.get(mention.lang, ()) or _name_runs(core, speakers):
        return False
    return head == len(core) - 1 and all(t.pos in ("ADJ", "NOUN") and t.text.islower() for t in core)


def _name_after_outlet_noun(core: list[Token], head: int, speakers: SpeakerWords) -> list[Token]:
    """The words after an outlet noun that end the span and are a name ("Nachrichtenagentur dpa", "Zeitung Bild",
    "Sender NDR"): a proper name, or capitalised words no speaker list holds (German writes its nouns so), at most
    :data:`MAX_OUTLET_NAME` of them; else none."""
    rest = core[head + 1 :]
    if not rest or len(rest) > MAX_OUTLET_NAME:
        return []
    for token in rest:
        if not (token.pos == "PROPN" or token.text[:1].isupper()) or _in(speakers.outlet_nouns, token, speakers):
            return []
    return rest


#: Body nouns that say only what kind of body the name after them is, when compounded ("Umweltorganisation",
#: "Energiekonzern", "Softwareunternehmen", "Baufirma"): no German body is named by them.
CATEGORY_BODY_NOUNS = frozenset({"organisation", "konzern", "unternehmen", "firma"})


def _name_after_body_noun(core: list[Token], head: int, entry: str, speakers: SpeakerWords) -> list[Token]:
    """Where every noun is capitalised, the name after a body noun that opens the span, at most
    :data:`MAX_OUTLET_NAME` capitalised words, none a speaker word; else none. Two shapes (issue #18):
    - after a head compounded onto a noun of :data:`CATEGORY_BODY_NOUNS` ("Umwelt|organisation Power Shift Africa",
      "des Energie|konzerns RWE"), tagged proper names only; other body nouns are the name's own first word,
      compounded or not ("Energieagentur NRW", "Verbraucherzentrale Hessen", "Stiftung Warentest"), and so is a
      common noun after the compound ("Bundesverband Windenergie");
    - a name of common words whose first is no noun (an article, an adjective or an adverb is written capitalised
      only as a name's word: "der Verein Mehr Demokratie", "die Partei Die Linke"; "der Verein Lebenshilfe" stays
      the body noun's)."""
    rest = core[head + 1 :]
    if not speakers.capitalises_nouns or head != 0 or not rest or len(rest) > MAX_OUTLET_NAME:
        return []
    word = core[head].text.lower()
    compound = entry in CATEGORY_BODY_NOUNS and len(word) > len(entry) + 2 and word.endswith((entry, entry + "s"))
    names = compound and all(t.pos in ("PROPN", "X") and t.text[:1].isupper() for t in rest)
    common = rest[0].pos not in ("NOUN", "PROPN", "X") and all(t.text[:1].isupper() and t.text.isalpha() for t in rest)
    if not (names or common):
        return []
    return [] if any(_is_speaker_noun(t, speakers, documents=True) for t in rest) else rest


#: The most words of an outlet's name after its noun.
MAX_OUTLET_NAME = 3
