"""French attribution: ``fr_core_news_sm`` tokens, lemmas and subjects, fed to the word-order rules of ``word_order``.

The small French model parses inverted subjects ("a précisé le ministère") as objects and sometimes misses
the lemma of a cue ("estime" -> "estime"), so cues match a lemma or an inflected form from the lexicon, and
the parse is used only for the subject of a cue in canonical order. The words come from the French row of
:data:`sift.lexicon.languages.LANGUAGES`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sift.attribution.frames import Frame
from sift.attribution.prefilter import UNTAGGED, LemmaFilter, lemma_filter, spacy_lemmas
from sift.attribution.word_order import (
    MAX_AGENT_DISTANCE,
    SENTENCE_STOPS,
    Token,
    find_word_order_frames,
    rules_lexicon,
    sentence_numbers,
)
from sift.lexicon.languages import LANGUAGES

if TYPE_CHECKING:  # spaCy loads only when a French block is parsed
    from spacy.tokens import Doc
    from spacy.tokens import Token as SpacyToken

__all__ = ["FRENCH", "find_french_frames", "french_block_tokens", "french_frames", "french_sentences"]

#: Verdicts after "être" that report with a colon and what was said after it ("Les experts sont formels : …", "Les
#: agences sont unanimes : …", "L'évaluation faite par X est sans appel : …", realpages dev2 rd-008): the subject, or
#: the issuer of the document or judgement it is, speaks.
VERDICT_PREDICATIVES = frozenset(
    {
        "formel",
        "formels",
        "formelle",
        "formelles",
        "catégorique",
        "catégoriques",
        "unanime",
        "unanimes",
        "sans appel",
        "clair",
        "claire",
        "clairs",
        "claires",
    }
)
#: Verdicts that report only for a subject that could speak: "clair" and "sans appel" also judge a fact ("Le bilan
#: de la saison de X est clair : …", "Le résultat du vote est sans appel : …").
SPEAKER_VERDICTS = frozenset({"sans appel", "clair", "claire", "clairs", "claires"})
FRENCH = dataclasses.replace(
    rules_lexicon(LANGUAGES["fr"]),
    agreement_cues=frozenset({"être", "avoir"}),  # "sont formels : …", "ont un avis unanime : …"
    verdict_predicatives=VERDICT_PREDICATIVES,
    speaker_verdicts=SPEAKER_VERDICTS,
    verdict_issuers=LANGUAGES["fr"].speakers.speech_nouns
    | LANGUAGES["fr"].speakers.judgement_nouns
    | LANGUAGES["fr"].speakers.document_nouns
    | LANGUAGES["fr"].speakers.data_nouns,  # "L'évaluation de l'Insee est sans appel : …"
)


def _subject(token: SpacyToken) -> tuple[int, int] | None:
    """Token range of the parsed subject of a verb in canonical order (or of the verb it is conjoined to)."""
    for verb in (token, token.head):
        child = _nearest_noun_subject([c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < token.i])
        if child is not None:
            if not _agrees(child, verb):
                return _agreeing_noun(child, verb, token)
            subtree = list(child.subtree)
            return _name_start(subtree[0]), _joined_subjects_end(child, verb, subtree[-1].i)
        if token.dep_ not in ("conj", "advcl", "xcomp", "cop"):
            break  # a copula's subject hangs on its predicative ("Les experts sont formels")
    if token.dep_ == "cop":
        return _opening_noun_phrase(token)
    return _modified_noun(token)


def _joined_subjects_end(subject: SpacyToken, verb: SpacyToken, end: int) -> int:
    """Last token of a coordinated subject the small model split into two subjects of one verb ("La police et les
    pompiers ont indiqué": "police" and "pompiers" both ``nsubj``; issue #18, plural44): a noun subject right after
    an "et" or "ou" that follows the subject at ``end`` joins it, so every member is read; else ``end``."""
    doc = subject.doc
    for other in verb.children:
        if other.dep_ not in ("nsubj", "nsubj:pass") or other.pos_ not in ("NOUN", "PROPN") or other.i <= end:
            continue
        joint = doc[end + 1] if end + 1 < len(doc) else None
        if joint is not None and joint.lower_ in ("et", "ou") and other.left_edge.i == end + 2 and other.i < verb.i:
            end = other.right_edge.i
    return end


def _nearest_noun_subject(subjects: list[SpacyToken]) -> SpacyToken | None:
    """The first parsed subject of a verb, or the noun phrase right after it that is a subject too:
    in "Le lendemain matin le préfet était catégorique" the small model made the time a subject; a pronoun after
    ("La Fédération (FDP) a, elle, demandé", "La préfète X s’est montrée") is no such subject."""
    first = subjects[0] if subjects else None
    for later in subjects[1:]:
        if first is not None and later.pos_ in ("NOUN", "PROPN") and later.left_edge.i == first.right_edge.i + 1:
            first = later
    return first


def _opening_noun_phrase(copula: SpacyToken) -> tuple[int, int] | None:
    """The subject of a copula whose predicative the parser left without one: the words opening its sentence when
    they are a noun phrase (an article, then no finite verb and no punctuation up to the copula). In "L’évaluation
    faite par France Stratégie de son intérêt pour la recherche est sans appel : …" (realpages dev2 rd-008) the
    small model made "Stratégie" a root of its own."""
    doc, start = copula.doc, copula.i
    while start > 0 and doc[start - 1].text not in SENTENCE_STOPS:
        start -= 1
    words = doc[start : copula.i]
    if len(words) < 2 or words[0].lower_ not in FRENCH_ARTICLES:
        return None
    if any(w.is_punct or (w.pos_ in ("VERB", "AUX") and "Part" not in w.morph.get("VerbForm")) for w in words):
        return None  # "Le ministre dit que la réforme est …": a clause, no subject
    return start, copula.i - 1


#: The articles and demonstratives a subject noun phrase opens with.
FRENCH_ARTICLES = (
    LANGUAGES["fr"].speakers.definite_articles
    | LANGUAGES["fr"].speakers.plural_articles
    | frozenset({"un", "une", "des"})
    | LANGUAGES["fr"].speakers.demonstratives
)


#: Capitalised particles of French surnames ("Marine Le Pen", "Jean-Yves Le Drian", "Jean de La Fontaine"), which the
#: small model parses as the surname's article, leaving the given name out of the subject.
SURNAME_PARTICLES = LANGUAGES["fr"].speakers.surname_particles


def _name_start(first: SpacyToken) -> int:
    """The subject's first token, moved back over the given names before a surname particle it opens with."""
    index = first.i
    if first.text not in SURNAME_PARTICLES:
        return index
    doc = first.doc
    while index > 0 and doc[index - 1].pos_ == "PROPN" and doc[index - 1].text[:1].isupper():
        index -= 1
    return index


def _modified_noun(token: SpacyToken) -> tuple[int, int] | None:
    """The subject of a finite verb the small model hangs on the noun before it as a modifier.

    In "Le ministre de l’Intérieur et son porte-parole affirment que …" it made "affirment" an ``amod`` of
    "porte-parole", the last conjunct; the subject is the whole coordination, from its first conjunct on.
    """
    noun = token.head
    is_finite = "Fin" in token.morph.get("VerbForm")
    if not is_finite or token.dep_ not in ("amod", "acl") or noun.i >= token.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first is noun:
        return None  # one noun: the rules' own reading of the phrase before the cue stands
    return first.left_edge.i, token.i - 1


def _agrees(subject: SpacyToken, verb: SpacyToken) -> bool:
    """Whether a finite verb's number allows this subject (a coordination "X et Y" counts as plural).

    The small model attaches long openings wrongly: in "Suite à la nomination …, Thierry Coulhon, à la présidence du
    HCERES annoncée récemment, plus de 2500 chercheurs annoncent …" it made the singular name the subject of the
    plural verb, and the page's speaker became the man the researchers wrote about.
    """
    verb_number, subject_number = _verb_number(verb), subject.morph.get("Number")
    if "Fin" not in verb.morph.get("VerbForm") or not verb_number or not subject_number:
        return True
    return verb_number == subject_number or any(child.dep_ == "conj" for child in subject.children)


def _verb_number(verb: SpacyToken) -> list[str]:
    """A finite verb's number, plural where its ending says so whatever the tagger guessed.

    The third person plural of a verb in -er ends in -ent ("annoncent", "affirmaient", "déclarèrent"), its singular
    never does; after a word in inclusive writing ("2500 chercheur·eus·e·s annoncent") the small model tags such a
    verb singular. Verbs of other groups ("dément", "ment") end in -ent in the singular too and keep the tag.
    """
    lemma, text = verb.lemma_.lower(), verb.text.lower()
    if lemma.endswith("er") and len(lemma) > 3 and text.endswith("ent") and text.startswith(lemma[:-3]):
        return ["Plur"]
    return list(verb.morph.get("Number"))


def _agreeing_noun(subject: SpacyToken, verb: SpacyToken, cue: SpacyToken) -> tuple[int, int] | None:
    """The phrase of the noun nearest before the cue, inside the misparsed subject, that agrees with the verb."""
    number = _verb_number(verb)
    for word in reversed(list(subject.subtree)):
        is_noun = word.pos_ in ("NOUN", "PROPN") and word.morph.get("Number") == number
        if is_noun and word.right_edge.i < cue.i:
            return word.left_edge.i, word.right_edge.i
    return None


def _surface(doc: Doc) -> list[SpacyToken]:
    """The tokens the rules read: no spaces, "d'après" one token (its "après" dropped)."""
    return [t for t in doc if not t.is_space and not (t.i > 0 and _is_dapres(doc[t.i - 1]))]


def french_tokens(doc: Doc) -> list[Token]:
    """Surface tokens of a parsed block, with "d'après" merged into one token and subject ranges re-indexed."""
    kept = _surface(doc)
    sentence_of = dict(zip((t.i for t in kept), sentence_numbers([t.text for t in kept]), strict=True))
    index_of: dict[int, int] = {}
    for index, token in enumerate(kept):
        index_of[token.i] = index
        if _is_dapres(token):
            index_of[token.i + 1] = index
    tokens = []
    for token in kept:
        if _is_dapres(token):
            end = doc[token.i + 1].idx + len(doc[token.i + 1].text)
            tokens.append(Token("d'après", token.idx, end, "d'après", "ADP", sentence_of[token.i]))
            continue
        subject = _subject(token) if token.pos_ in ("VERB", "AUX") else None
        adnominal = _is_adnominal_participle(token)
        misread = _misread_participle(token)
        tokens.append(
            Token(
                token.text,
                token.idx,
                token.idx + len(token.text),
                misread or _lemma(token),
                "VERB" if misread else "ADJ" if adnominal else token.pos_,
                sentence_of[token.i],
                (index_of[subject[0]], index_of[subject[1]]) if subject else None,
                modifier=adnominal or _is_bare_reply(token) or _is_trial(token),
            )
        )
    return tokens


#: The points of inclusive writing inside a word ("chercheur·euse·s", "élu•e•s").
INCLUSIVE_POINTS = ("·", "•", "⋅")


def _lemma(token: SpacyToken) -> str:
    """The token's lemma; of a word in inclusive writing, its first part ("chercheur·eus·e·s" is "chercheur"), which
    the speaker nouns list (the model lemmatises the whole word as an unknown one)."""
    text = token.text
    for point in INCLUSIVE_POINTS:
        first, found, _ = text.partition(point)
        if found and first.isalpha() and token.pos_ in ("NOUN", "ADJ", "PROPN"):
            return first.lower()
    return token.lemma_


#: Endings of the past participles of regular "-er" cues, longest first.
PARTICIPLE_ENDINGS = ("ées", "ée", "és", "é")


def _misread_participle(token: SpacyToken) -> str | None:
    """The infinitive of a cue's past participle the parser read as a noun or a name, opening its sentence or after
    a comma or a quotation mark, with the agent's "par" after it in its sentence ("Jugée « irréaliste » par le
    ministre X, la réforme …", "La réforme, jugée « irréaliste » par X, …"); ``None`` elsewhere ("l'accusé, défendu
    par Me X": the accused, after his article)."""
    word = token.lower_
    ending = next((e for e in PARTICIPLE_ENDINGS if word.endswith(e)), None)
    if token.pos_ not in ("NOUN", "PROPN") or ending is None or word not in FRENCH.cues:
        return None
    doc = token.doc
    if token.i > 0 and not (doc[token.i - 1].is_punct or doc[token.i - 1].is_space):
        return None
    for k in range(token.i + 1, min(len(doc), token.i + MAX_AGENT_DISTANCE)):
        if doc[k].text in SENTENCE_STOPS:
            return None
        if doc[k].lower_ in FRENCH.agent:
            return word[: -len(ending)] + "er"
    return None


def _is_trial(token: SpacyToken) -> bool:
    """A participle of "juger" right before its agent reports a trial, no judgement said: "Jugé par le tribunal
    correctionnel de Lyon, il a été condamné" (but "jugée « irréaliste » par X", "jugé dangereux par X" judge)."""
    doc = token.doc
    following = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in FRENCH.agent
    return following and token.lower_.startswith("jug") and token.lower_.endswith(PARTICIPLE_ENDINGS)


def _is_adnominal_participle(token: SpacyToken) -> bool:
    """A participle that modifies a noun without an agent ("la nomination annoncée récemment") names nobody who
    spoke: it is read as an adjective, never as a cue whose source is the noun before it ("annoncée par le
    ministre" keeps its agent and stays a verb), also after a name in brackets ("du Conseil (CNF) annoncée")."""
    return (
        token.dep_ == "acl"
        and "Part" in token.morph.get("VerbForm")
        and not any(child.dep_ == "obl:agent" for child in token.children)
    )


#: Verbs of replying: speech with what was said, actions without it ("Dubois a répondu à Wissa" in a match report).
REPLY_LEMMAS = frozenset({"répondre", "réagir", "répliquer", "riposter"})
#: What was said, after a reply verb in its sentence: a quotation, a colon, a "que" clause.
SAID_MARKS = frozenset({"«", "»", '"', "“", "”", ":", "que", "qu'", "qu’"})


def _is_bare_reply(token: SpacyToken) -> bool:
    """A verb of replying whose sentence says nothing after it (no quotation, colon or "que") reports an action, not a
    statement: "Dubois a répondu à Wissa d’une frappe croisée", "Lemaire a réagi dans la foulée"."""
    if token.lemma_.lower() not in REPLY_LEMMAS or token.pos_ not in ("VERB", "AUX"):
        return False
    doc, before, after = token.doc, token.i, token.i  # the sentence by its stops (the parser's may end at "»")
    while before > 0 and doc[before - 1].text not in SENTENCE_STOPS:
        before -= 1
    while after + 1 < len(doc) and doc[after].text not in SENTENCE_STOPS:
        after += 1
    quoted_before = any(t.lower_ in ("«", "»", "“", "”", '"') for t in doc[before : token.i])
    return not quoted_before and not any(t.lower_ in SAID_MARKS for t in doc[token.i + 1 : after + 1])


def _is_dapres(token: SpacyToken) -> bool:
    doc = token.doc
    return token.lower_ in ("d'", "d’") and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "après"


def find_french_frames(doc: Doc) -> list[Frame]:
    """Attribution frames of one parsed French block."""
    return french_frames(doc.text, french_tokens(doc))


#: A subject pronoun joined to its inverted verb by a hyphen, after the euphonic "t" or not ("dit-il", "a-t-il
#: ajouté", "ajoute-t-elle"): the model tags "-t" a pronoun, so the rules took it (or "-il", hyphen and all) for the
#: source, which named nobody and no pronoun resolved.
INVERTED_PRONOUN = re.compile(r"(?:-t)?-(il|elle|ils|elles|on)\b", re.IGNORECASE)


def french_frames(text: str, tokens: list[Token]) -> list[Frame]:
    """The word-order frames of a French block, with a hyphenated inverted pronoun as the source read as the
    pronoun alone ("« … », a-t-il ajouté": "il", which resolves to the person named before)."""
    frames = find_word_order_frames(text, tokens, FRENCH)
    for frame in frames:
        if frame.source is None or not text.startswith("-", frame.source[0]):
            continue
        match = INVERTED_PRONOUN.match(text, frame.source[0])
        if match is not None:
            frame.source = match.span(1)
    return frames


def french_sentences(nlp: Any) -> LemmaFilter:
    """The sentences of a French block worth parsing (the others cannot carry an attribution; see ``prefilter``)."""
    return lemma_filter(FRENCH, spacy_lemmas(nlp))


def _runs(text: str, words: list[SpacyToken], numbers: list[int], only: LemmaFilter) -> list[tuple[int, int]]:
    """Word index ranges ``[first, last)`` of the runs of consecutive sentences ``only`` keeps, joined where a
    sentence boundary has no space (the tokenizer then reads the two sentences as one chunk)."""
    bounds: list[list[int]] = []
    for index, number in enumerate(numbers):
        if index and number == numbers[index - 1]:
            bounds[-1][1] = index + 1
        else:
            bounds.append([index, index + 1])
    kept = [only.keeps([_word_text(w) for w in words[first:last]]) for first, last in bounds]
    joined = True
    while joined:  # "…fin.«Début": one chunk for the tokenizer, parsed together
        joined = False
        for k in range(1, len(bounds)):
            if kept[k] != kept[k - 1] and not text[words[bounds[k][0]].idx - 1].isspace():
                kept[k] = kept[k - 1] = joined = True
    runs: list[tuple[int, int]] = []
    for (first, last), keep in zip(bounds, kept, strict=True):
        if keep and runs and runs[-1][1] == first:
            runs[-1] = (runs[-1][0], last)
        elif keep:
            runs.append((first, last))
    return runs


def french_block_tokens(texts: list[str], nlp: Any, only: LemmaFilter | None, batch_size: int) -> Iterable[list[Token]]:
    """Tokens of each French block; with ``only``, spaCy parses only the runs of sentences it keeps.

    A block whose sentences are all kept is parsed whole, as without ``only``. Otherwise each run is parsed on its
    own and the other sentences' words stay untagged (lemma the word, part of speech ``UNTAGGED``), which the rules
    read as no cue, no noun and no verb. A run parsed alone may parse differently from the whole block (the parser
    reads across sentences), so the output is compared page by page with whole parses (bench/attribution_pages.py).
    """
    plans: list[tuple[str, list[SpacyToken], list[int], list[tuple[int, int]]] | None] = []
    jobs: list[str | Doc] = []
    for text in texts:
        if only is None:
            plans.append(None)
            jobs.append(text)
            continue
        tokenized = nlp.make_doc(text)
        words = _surface(tokenized)
        numbers = sentence_numbers([w.text for w in words])
        runs = _runs(text, words, numbers, only)
        if runs == [(0, len(words))]:
            plans.append(None)
            jobs.append(tokenized)  # the pipeline takes the tokens as they are: the block is not tokenized twice
            continue
        plans.append((text, words, numbers, runs))
        jobs.extend(text[words[first].idx : _end(words[last - 1])] for first, last in runs)
    parsed = iter(nlp.pipe(jobs, batch_size=batch_size))
    for plan in plans:
        if plan is None:
            yield french_tokens(next(parsed))
            continue
        text, words, numbers, runs = plan
        tokens = _assembled(words, numbers, runs, [next(parsed) for _ in runs])
        yield tokens if tokens is not None else french_tokens(nlp(text))


def _word_text(word: SpacyToken) -> str:
    """A surface token's text as ``french_tokens`` gives it ("d'après" for the merged pair)."""
    return "d'après" if _is_dapres(word) else word.text


def _end(word: SpacyToken) -> int:
    return word.idx + len(word.text) + (len(word.nbor().text) if _is_dapres(word) else 0)


def _assembled(
    words: list[SpacyToken], numbers: list[int], runs: list[tuple[int, int]], docs: list[Doc]
) -> list[Token] | None:
    """A block's tokens from its runs' parses (offsets, sentence numbers and subjects made the block's) and the
    untagged words between them; ``None`` when a run's parse has other tokens than the block's words."""
    tagged: dict[int, Token] = {}
    for (first, last), doc in zip(runs, docs, strict=True):
        shift = words[first].idx
        run = french_tokens(doc)
        if len(run) != last - first or any(
            t.start + shift != w.idx for t, w in zip(run, words[first:last], strict=True)
        ):
            return None  # a run tokenized apart from its block: the caller parses the block whole
        for k, token in enumerate(run):
            subject = (token.subject[0] + first, token.subject[1] + first) if token.subject else None
            tagged[first + k] = dataclasses.replace(
                token, start=token.start + shift, end=token.end + shift, sentence=numbers[first + k], subject=subject
            )
    tokens = []
    for index, word in enumerate(words):
        if index in tagged:
            tokens.append(tagged[index])
        else:
            text = _word_text(word)
            tokens.append(Token(text, word.idx, _end(word), text, UNTAGGED, numbers[index]))
    return tokens
