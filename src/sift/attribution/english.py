"""Attribution frames from a spaCy dependency parse, driven by a cue scorer and a role table learned from PolNeAR.

A cue is found as its syntactic head token (a linear model over token features scores every token); the
rest of the frame comes from the head's dependents: a table learned from the training split says, for each
(cue lemma, dependency, side), whether that dependent's subtree is more cue (auxiliaries, "to" of
"according to"), the source (the subject) or the content (the clausal complement or the quote). When the
cue hangs below its content ("…, the ministry said" parsed as parataxis), the table says that too, for the
cue's own relation to its head.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sift.attribution.candidates import Candidate, candidate_frames, frame_features
from sift.attribution.frames import (
    ACCORDING_LEMMAS,
    QUOTE_PAIRS,
    VIEW_NOUNS,
    Frame,
    Span,
    chained,
    extend_to_quotes,
    quote_regions,
    trim_content,
    trim_span,
)
from sift.attribution.name_shapes import NAME_PARTICLES
from sift.attribution.speakers import HONORIFICS
from sift.errors import ConfigError
from sift.lexicon.languages import LANGUAGES
from sift.lexicon.speaker_words import SPEAKER_WORDS
from sift.machine_cache import dictionary_lemma, read_json

if TYPE_CHECKING:  # spaCy loads only when an English block is parsed
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Sentence

__all__ = [
    "ParseModel",
    "block_token_features",
    "find_candidates",
    "find_frames",
    "load_parse_model",
    "relation_key",
    "retag_names",
]

ROLES = ("cue", "source", "content", "none")
#: Relations through which a cue without a subject of its own inherits its head's subject ("…, adding that").
INHERIT_SUBJECT = frozenset({"advcl", "xcomp", "conj", "acl"})
SIGNATURE_DASHES = frozenset({"―", "—", "–"})
#: Relations of a cue below another reporting verb whose content it shares when it has none of its own.
RELAYED_BY_HEAD = frozenset({"ccomp", "conj", "parataxis", "advcl"})
#: Reporting verbs always taken as cues when they have a subject (the scorer misses bare "…, X said, Y reported").
CORE_CUES = LANGUAGES["en"].cue_lemmas
#: Trimmed from cue edges (a cue may be a colon or a dash, so punctuation stays).
CUE_EDGE = " \t\n\xa0,;"
SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
#: What may separate a cue's clause from an adjacent quote it reports.
ADJACENT_GAP = " \t\xa0,:.—–-"
#: Closing or opening quote marks near a token hint at "“…,” he said" / "said: “…”" cues.
QUOTE_MARKS = '”“"'
#: Tokens before a token searched for a closing quote mark.
QUOTE_WINDOW = 6
#: Reporting verbs in discourse markers, which attribute nothing ("That said, …", "Needless to say, …"); from
#: spurious cues on PolNeAR train-holdout (bench/attribution.py --split train-holdout).
DISCOURSE_MARKERS = re.compile(
    r"(?:^|(?<=[.!?(]))\s*(?:that said|that being said|having said that|needless to say|suffice it to say)\s*,", re.I
)
#: Subordinators of a conditional clause: a cue heading one reports a supposition ("… is often misdiagnosed if the
#: patient reports no birds in the home"), whose source said nothing (realpages dev5).
CONDITIONAL_MARKS = frozenset({"if", "unless"})
#: Object relations whose lemma is a cue feature ("in the poll", "in a statement").
OBJECTS = frozenset({"pobj", "dobj"})
#: Modals of possibility: a cue under one reports what someone might say, a supposition ("Others, though, might
#: argue that …": realpages dev7), not a statement.
POSSIBILITY_MODALS = frozenset({"might", "may", "could"})
#: "would" before a verb of belief reports what someone would think, a supposition ("Most people would think
#: that …": realpages dev8); before other verbs it is often a past habit or reported speech ("he would later say").
#: "can" likewise: "she can expect a portion of those voters to defect" forecasts what someone may count on
#: (PolNeAR train junk), where "can confirm" states.
CONDITIONAL_MODALS = frozenset({"would", "can"})
#: A modal of inference before the perfect "have": the writer's guess at what someone did or felt ("the interview that
#: some within the palace must have feared": realpages dev14), not what anyone said.
INFERENCE_MODALS = frozenset({"must"})
BELIEF_LEMMAS = frozenset({"think", "believe", "guess", "assume", "expect", "imagine", "suppose"})
#: Verbs of belief and feeling whose participle, adjoined to a verb of action, gives the state of mind the subject
#: acted in ("entered probation believing that …": realpages dev6), no view the subject stated.
STATE_OF_MIND_LEMMAS = BELIEF_LEMMAS | {"feel", "hope", "fear", "worry"}
#: Verbs of anticipation whose "to" infinitive of the subject's own action is no view (:func:`_own_prospect`).
PROSPECT_LEMMAS = frozenset({"expect", "hope"})
#: Plural subjects that state a plan of their own with "expect to" ("Airlines expect to cut 5,000 jobs", "Prosecutors
#: expect to file charges", "Officials expect to announce the results on Friday"): bodies, office holders and the
#: officials who speak for them, not a class of people the writer generalises about.
PLANNING_NOUNS = (
    SPEAKER_WORDS["en"].body_nouns
    | SPEAKER_WORDS["en"].government_nouns
    | SPEAKER_WORDS["en"].title_nouns
    | frozenset({"official"})
)
#: Subordinators of a clause of cause, whose verb of belief gives why someone acted (:func:`_state_of_mind`).
CAUSE_MARKS = frozenset({"because"})
#: Subjects of the first and second person: "because I think …" states the speaker's own reason.
SPEAKING_PERSONS = frozenset({"i", "we", "you"})
#: Verbs of refusal and failure: a reporting verb in their infinitive was not used ("refuse to acknowledge",
#: "declined to say", "failed to mention"; a refusal to comment is no statement, bench/data/README.md).
REFUSAL_LEMMAS = frozenset({"refuse", "decline", "fail"})
#: Verbs of saying with a sense of summoning back or withdrawing, which is theirs in the passive with an agent ("The
#: ambassador was recalled by the government", "Eventually recalled by the Reich for his cruelty, X …", "cars
#: recalled by Toyota"): no statement; "X recalled that …" and "as recalled by X" tell a memory.
SUMMON_LEMMAS = frozenset({"recall"})
#: Relations of a clause or a quotation a summoning verb tells as a memory ("recalled that …", "recalled telling
#: …"): with one of them, a noun object is no withdrawn thing.
_TOLD_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
#: Objects of "recall" that are a time lived, which is remembered, never withdrawn ("recalled the day her father was
#: arrested", "recalled the moment the bomb exploded", "recalled his years in prison").
REMEMBERED_NOUNS = frozenset(
    {"day", "moment", "time", "night", "morning", "evening", "afternoon", "year", "week", "month", "hour"}
    | {"childhood", "youth", "occasion", "experience", "conversation", "encounter", "visit", "meeting"}
)
#: Verbs of anticipation that, with a "to" infinitive of "be" in a place, state a requirement ("Google expects the
#: query to be in the URL", "The parser expects the date to be on the first line"): what a product or a rule takes
#: as input, not a forecast anyone stated (realpages dev11's notes: "a product's behaviour, not a statement").
REQUIREMENT_LEMMAS = frozenset({"expect", "require"})
#: Prepositions of where a thing has to be.
PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "inside", "within", "under", "before", "after", "between"})
#: Words of a time to come, which make a "to be in …" a forecast ("expects the economy to be in recession next
#: year", "by the summer"); numbers count too.
FORECAST_TIME_WORDS = frozenset(
    {"next", "soon", "later", "tomorrow", "future", "year", "month", "week", "quarter", "decade", "season"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "spring", "summer", "autumn", "fall", "winter", "end", "until", "by"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "weekend"}
)
#: Subjects that make a "to be in …" a person's forecast, not a product's requirement ("The minister expects the
#: economy to be in recession", "Analysts expect the stock to be under pressure", "She expects the bill to be on his
#: desk"): pronouns of a person or a group, titles and the nouns of people quoted as sources.
FORECASTING_SUBJECTS = (
    SPEAKER_WORDS["en"].person_pronouns
    | SPEAKER_WORDS["en"].group_pronouns
    | SPEAKER_WORDS["en"].first_person_pronouns
    | SPEAKER_WORDS["en"].title_nouns
    | SPEAKER_WORDS["en"].source_nouns
)
#: Words between a number and the word it counts ("50 plus points", "20 or more points").
COUNT_JOINERS = frozenset({"plus", "or", "more"})
#: Relations of a cue's object: a noun phrase there is a thing the verb acts on ("wrote a novel").
THING_OBJECTS = frozenset({"dobj", "nsubjpass"})
#: "put it" is an idiom of saying ("As X put it, “…”", "X put it simply: …"; realpages dev7, dev8): its frames take
#: the cue lemma :data:`SPEECH_IDIOM`, which the lexicon's speech verbs hold.
PUT_IT_LEMMAS = frozenset({"put"})
SPEECH_IDIOM = "put it"
#: Verbs of referral: with a person for object and "for" ("X recommended me for the job") they put someone forward,
#: an act; with a thing ("recommended the shop to us") they give advice, a statement (realpages dev8).
REFERRAL_LEMMAS = frozenset({"recommend", "nominate"})
#: Nouns of documents that state something for their issuer ("statement", "report", "editorial"): a verb of
#: writing or publishing one reports a statement (realpages dev8), where "published Lanterns" acts on a thing.
DOCUMENT_NOUNS = LANGUAGES["en"].speakers.document_nouns
#: Verbs of labelling, which judge with a complement ("branded the offer an insult", "labelled it as a failure").
LABEL_LEMMAS = frozenset({"brand", "label"})
#: Verbs of force that judge as a figure of speech ("X slammed the decision") and act on a thing moved somewhere
#: ("slammed the ball into the net", "slammed home the rebound").
FORCE_LEMMAS = frozenset({"slam"})
MOTION_PREPOSITIONS = frozenset({"into", "onto", "against", "past", "through", "off", "home", "wide", "away"})
#: Object pronouns of persons: "called him" with nothing more is a telephone call, "believed her" trust.
PERSON_OBJECTS = frozenset({"him", "her", "them", "me", "us"})


@dataclass(frozen=True, slots=True)
class ParseModel:
    """The cue token scorer, the dependency role table and the frame scorer, from one JSON file.

    See ``train/attribution_en.py``; the frame scorer's features are ``candidates.frame_features`` plus the
    token score itself (weight ``frame_score_weight``).
    """

    weights: dict[str, float]
    bias: float
    roles: dict[str, str]
    frame_weights: dict[str, float]
    frame_bias: float
    frame_score_weight: float
    #: Frame log-odds a candidate needs, chosen by cross-validation over the fitted train articles.
    frame_threshold: float
    #: The lemmas the cue scorer was trained on (its "l=" features): American spellings, from PolNeAR's US news.
    lemmas: frozenset[str] = frozenset()

    def spelled(self, word: str) -> str:
        """``word`` (a lemma or a lower-case form) in the American spelling the model knows, when it was trained on
        that one: "criticised" is read as "criticized", "apologise" as "apologize", "analysed" as "analyzed"
        (British news read with US weights scored "The minister criticised the decision" 0.32, "criticized"
        0.56). Only a stem whose "-ize"/"-yze" lemma the model holds changes: "praise", "promise", "rise" stay."""
        for british, american in _BRITISH_ENDINGS:
            at = word.rfind(british)
            if at > 2 and word[at + len(british) :] in _ISE_SUFFIXES:
                lemma = word[:at] + american + "e"
                return word[:at] + american + word[at + len(british) :] if lemma in self.lemmas else word
        return word

    def cue_scores(self, doc: Doc, regions: list[Span]) -> np.ndarray:
        """Log-odds of every token of ``doc`` heading a cue (``-inf`` for spaces and punctuation but ":")."""
        scores = np.full(len(doc), -np.inf)
        weight, absent = self.weights.get, repeat(0.0)
        for index, features in enumerate(block_token_features(doc, regions, self.spelled)):
            if features is not None:
                scores[index] = self.bias + sum(map(weight, features, absent))
        return scores

    def frame_score(self, features: list[str], token_score: float) -> float:
        """Log-odds that a candidate frame's cue is a real cue."""
        weights = self.frame_weights
        return self.frame_bias + self.frame_score_weight * token_score + sum(weights.get(f, 0.0) for f in features)

    def role(self, lemma: str, relation: str) -> str:
        """Role of a dependent (``relation`` = ``dep|side``, or ``^dep`` for the cue's head) of a cue."""
        lemma = self.spelled(lemma)
        return self.roles.get(f"{lemma}|{relation}") or self.roles.get(f"*|{relation}", "none")


#: British verb spellings and their American ones, the "e" of the lemma left off ("criticis-e", "analys-e").
_BRITISH_ENDINGS = (("is", "iz"), ("ys", "yz"))
#: What may follow them in a lemma or a form: "criticise", "criticises", "criticised", "criticising".
_ISE_SUFFIXES = frozenset({"e", "es", "ed", "ing"})


def load_parse_model(path: Path) -> ParseModel:
    """Read a model JSON written by the training script.

    Raises:
        ConfigError: the file is missing or not a model.
    """
    try:
        data: dict[str, Any] = read_json(path)  # from the machine cache after the first time
        frames = data["frames"]
        return ParseModel(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            roles={str(k): str(v) for k, v in data["roles"].items()},
            frame_weights={str(k): float(v) for k, v in frames["weights"].items()},
            frame_bias=float(frames["bias"]),
            frame_score_weight=float(frames["score"]),
            frame_threshold=float(frames["threshold"]),
            lemmas=frozenset(key[2:] for key in data["weights"] if key.startswith("l=")),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ConfigError(
            f"cannot load attribution model {path}: {error}; rebuild it with train/attribution_en.py"
        ) from None


def block_token_features(
    doc: Doc, regions: list[Span], spelled: Callable[[str], str] | None = None
) -> list[list[str] | None]:
    """Sparse string features of each token of a parsed block for the cue scorer (shared by training and
    prediction); ``None`` for spaces and punctuation other than ":", which are never cues. ``spelled`` puts words
    and lemmas in the spelling the scorer was trained on (:meth:`ParseModel.spelled`); training reads them as
    written.

    Every token attribute is read from spaCy once per block into plain lists: each ``doc[i]`` or ``token.head``
    builds a new Python object, and reading them per feature was most of the English stage's scoring time.
    """
    tokens = list(doc)
    count = len(tokens)
    lower = [token.lower_ for token in tokens]
    lemma = [token.lemma_.lower() for token in tokens]
    if spelled is not None:
        lower, lemma = [spelled(word) for word in lower], [spelled(word) for word in lemma]
    pos = [token.pos_ for token in tokens]
    dep = [token.dep_ for token in tokens]
    head = [token.head.i for token in tokens]
    children: list[list[int]] = [[] for _ in tokens]
    for index, parent in enumerate(head):  # spaCy's ``token.children``: the dependents, in text order
        if parent != index:
            children[parent].append(index)
    quoted = [any(mark in token.text for mark in QUOTE_MARKS) for token in tokens]
    rows: list[list[str] | None] = []
    for i, token in enumerate(tokens):
        if token.is_space or (token.is_punct and token.text != ":"):
            rows.append(None)
            continue
        in_quote = in_regions(token.idx, regions)
        word, relation = lemma[i], dep[i]
        child_deps = sorted({dep[child] for child in children[i]})
        next_text = lower[i + 1] if i + 1 < count else "<end>"
        prev_text = lower[i - 1] if i > 0 else "<start>"
        features = [
            f"w={lower[i]}",
            f"l={word}",
            f"p={pos[i]}",
            f"t={token.tag_}",
            f"d={relation}",
            f"ld={word}|{relation}",
            f"hl={lemma[head[i]]}",
            f"hp={pos[head[i]]}|{relation}",
            f"n={next_text}",
            f"v={prev_text}",
            f"ln={word}|{next_text}",
            f"q={in_quote}",
            f"lq={word}|{in_quote}",
        ]
        features.extend(f"c={child_dep}" for child_dep in child_deps)
        features.extend(f"lc={word}|{child_dep}" for child_dep in child_deps)
        prev_lemma = lemma[i - 1] if i > 0 else "<start>"
        next2_text = lower[i + 2] if i + 2 < count else "<end>"
        features += [
            f"pl={prev_lemma}|{word}",
            f"lnn={word}|{next_text}|{next2_text}",
            f"hld={lemma[head[i]]}|{relation}",
            f"qb={any(quoted[max(0, i - QUOTE_WINDOW) : i])}",
            f"qa={any(mark in next_text for mark in QUOTE_MARKS + ':')}",
        ]
        for child in children[i]:
            if dep[child] in SUBJECTS:
                features.append(f"s={pos[child]}")
            elif dep[child] in OBJECTS:
                features.append(f"lo={word}|{lemma[child]}")
        rows.append(features)
    return rows


def _name_words(docs: list[Doc]) -> set[str]:
    """Capitalised words the tagger reads as a proper noun inside a sentence, beside another one ("… invited US
    historian Bruce Gilley to Berlin"): the words of a name, wherever the page writes it."""
    words = set()
    for doc in docs:
        for token in doc:
            if token.pos_ != "PROPN" or not token.text.istitle() or not token.text.isalpha() or _opens_sentence(token):
                continue
            neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
            if any(other.pos_ == "PROPN" and other.text[:1].isupper() for other in neighbours):
                words.add(token.text)
    return words


def _opens_sentence(token: Token) -> bool:
    """Whether only punctuation (an opening quote mark or bracket) stands before ``token`` in its sentence."""
    doc, index = token.doc, token.i
    while not doc[index].is_sent_start and index > 0 and (doc[index - 1].is_punct or doc[index - 1].is_space):
        index -= 1
    return index == 0 or bool(doc[index].is_sent_start)


#: Given names the tagger reads as modal verbs ("said Will Tjernlund": "will" and a verb "Tjernlund").
MODAL_GIVEN_NAMES = frozenset({"Will"})


def _modal_given_name(token: Token) -> bool:
    """Whether a capitalised modal is a given name (:data:`MODAL_GIVEN_NAMES`): a capitalised word follows it, and
    it opens no question ("Will Congress act?") nor a clause after a colon or quote mark ("He asked: Will Smith
    …"): inside a sentence, or opening one that ends without a question mark."""
    doc = token.doc
    if token.tag_ != "MD" or token.text not in MODAL_GIVEN_NAMES or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if not (after.text[:1].isupper() and after.is_alpha and not after.is_upper):
        return False
    if token.i > 0 and doc[token.i - 1].text in (":", "“", '"', "‘", "—"):
        return False
    return not _opens_sentence(token) or not token.sent.text.rstrip().rstrip('”"’').endswith("?")


def retag_names(docs: list[Doc]) -> None:
    """Read a name opening a sentence as the proper noun the page writes it as elsewhere (in place, in every block
    of ``docs``: one page's English blocks). The tagger takes a rare surname for a common noun where its capital
    tells nothing ("… to deliver a lecture on German colonialism. Gilley, author of …, argued that …" tagged
    "Gilley" a noun, so neither the cue scorer nor the name reader saw a person; after "… to Berlin." it read a
    name). A word whose lower-case form is a common word in the dictionary ("Police", "Case", "Will") keeps its
    tag, but for a modal given name before a capitalised word (:func:`_modal_given_name`: "said Will Tjernlund")."""
    for doc in docs:  # "said Will Tjernlund": the given name and the surname the tagger took for verbs
        for token in doc:
            if _modal_given_name(token):
                for word in (token, doc[token.i + 1]):
                    word.pos_, word.tag_, word.lemma_ = "PROPN", "NNP", word.text
    names = _name_words(docs)
    if not names:
        return
    for doc in docs:
        for token in doc:
            if token.pos_ == "PROPN" or token.text not in names or not _opens_sentence(token):
                continue
            lemma = dictionary_lemma(token.text.lower(), "en")
            if lemma is not None and lemma.islower():
                continue
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text


def in_regions(start: int, regions: list[Span]) -> bool:
    """Whether offset ``start`` lies strictly inside one of ``regions``."""
    return any(q_start < start < q_end - 1 for q_start, q_end in regions)


def relation_key(node: Token, child: Token, cue: Token) -> str:
    """Role-table key of a dependent: its relation, the relation above it inside the cue, and its side of the cue."""
    side = "L" if child.i < cue.i else "R"
    return f"{child.dep_}|{side}" if node.i == cue.i else f"{node.dep_}>{child.dep_}|{side}"


def _fragments(doc: Doc, indices: set[int]) -> list[Span]:
    """Character spans of maximal runs of consecutive token indices (whitespace tokens bridge runs)."""
    spans: list[Span] = []
    for index in sorted(indices):
        token = doc[index]
        end = token.idx + len(token.text)
        if spans and all(doc[i].is_space for i in range(spans[-1][2], index)):
            spans[-1] = (spans[-1][0], end, index + 1)
        else:
            spans.append((token.idx, end, index + 1))
    return [(start, end) for start, end, _ in spans]


def _subtree(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def _frame_tokens(cue: Token, model: ParseModel) -> tuple[set[int], set[int], set[int]]:
    """Token indices of the cue, source and content of the frame headed by ``cue``."""
    lemma = cue.lemma_.lower()
    cue_ids, source_ids, content_ids = {cue.i}, set(), set()
    pending = [cue]
    while pending:
        node = pending.pop()
        for child in node.children:
            role = model.role(lemma, relation_key(node, child, cue))
            if role == "cue":
                cue_ids.add(child.i)
                pending.append(child)
            elif role == "source":
                source_ids |= _subtree(child)
            elif role == "content":
                content_ids |= _subtree(child)
    source_ids = _addressee_named_subject(cue, source_ids)
    given = next(
        (c for c in cue.children if c.dep_ == "aux" and c.pos_ == "PROPN" and c.i + 1 == min(source_ids, default=-1)),
        None,
    )
    if given is not None:  # "Will Tjernlund said …": the given name the parser hung on the cue as its modal
        source_ids.add(given.i)
        cue_ids.discard(given.i)
    named = _name_read_as_adverb(cue) if not source_ids else None
    if named is not None:  # "…, but Early still says Ubisoft are …": the surname "Early" tagged as an adverb
        source_ids = {named.i}
        cue_ids.discard(named.i)
    if cue.head.i != cue.i and model.role(lemma, f"^{cue.dep_}") == "content":
        content_ids |= _subtree(cue.head) - _subtree(cue)
    if not content_ids and cue.dep_ in RELAYED_BY_HEAD:
        # "“…,” the ministry said, Sputnik reported": the quote hangs on the relaying verb
        content_ids = _subtree(cue.head) - _subtree(cue) - {cue.head.i} - _own_words_of_head(cue)
    if not content_ids:  # "X told The Hill in a statement that …": the parser hung the clause on the noun
        content_ids = _setting_clause(cue)
    trailing = _trailing_subject(cue) if not source_ids and lemma in CORE_CUES else None
    if trailing is not None:  # "…, executives of both companies announced Wednesday": misparsed as a modifier
        source_ids = trailing
        content_ids = {t.i for t in cue.sent if t.i < min(trailing) - 1}
    inverted = _inverted_parenthetical(cue) if not source_ids and lemma in CORE_CUES else None
    if inverted is not None:  # "This system, says X Y, an immunologist at Z, may explain …"
        source_ids = inverted
        content_ids = {t.i for t in cue.sent if t.i < cue.i - 1 or t.i > max(inverted) + 1} - {cue.i}
    if not source_ids:  # "In a letter to Y, X wrote that …": the parser made X an apposition of Y
        source_ids = _addressee_apposition(cue)
    if not source_ids:  # "She received a letter from the tax office, saying that …": the sender, not she
        source_ids = _message_sender(cue)
    if not source_ids:  # "…, with forecasters warning that …": the parser hung the verb on its subject
        source_ids = _absolute_subject(cue)
    if not source_ids and cue.dep_ in INHERIT_SUBJECT:
        for child in cue.head.children:
            if child.dep_ in SUBJECTS and not _disagrees(cue, child):
                source_ids = _subtree(child)
    if not source_ids:  # "X opened the session by arguing that …": the subject of the verb the gerund serves
        source_ids = _manner_subject(cue)
    source_ids = _with_split_particle(cue.doc, _without_fronted_participle(cue.doc, source_ids))
    return cue_ids, source_ids - cue_ids, content_ids - cue_ids - source_ids


#: Relations of the words a verb says of itself, not of what was said: its particle, adverbs, preposition phrases and
#: objects ("weighed in", "said on Monday", "called Richard Stone").
_OWN_RELATIONS = frozenset(
    {"prt", "advmod", "prep", "npadvmod", "dobj", "dative", "agent", "acomp", "attr", "oprd", "aux", "auxpass", "neg"}
)


def _own_words_of_head(cue: Token) -> set[int]:
    """The words the verb a participle of telling hangs on says of itself ("“…,” Anna Brandt weighed in, telling
    Peter Olsen, “…”": "in"; "said on Monday, warning the governor": "on Monday"): no part of what the participle
    told, which is the quotations and clauses around (empty for any other cue)."""
    if cue.tag_ != "VBG":
        return set()
    return {i for child in cue.head.children if child.dep_ in _OWN_RELATIONS for i in _subtree(child)}


def _name_read_as_adverb(cue: Token) -> Token | None:
    """The capitalised word inside a sentence that the parser read as an adverb of a reporting verb with no subject
    ("…, but Early still says Ubisoft are …", "While …, Early says there is …"): an adverb is written lower case
    there, so the word is a name, the verb's subject (the surname of Chris Early, issue #18, sweep43). Only an
    adverb before the verb, with nothing but lower-case adverbs between them, and not after a quotation mark, a
    colon or a dash (where a sentence may start)."""
    if any(child.dep_ in SUBJECTS for child in cue.children):
        return None
    doc = cue.doc
    adverbs = [child for child in cue.children if child.dep_ == "advmod" and child.i < cue.i]
    for child in adverbs + [grand for adverb in adverbs for grand in adverb.children]:  # "Early still says"
        if child.dep_ != "advmod" or child.pos_ != "ADV" or not child.text.istitle():
            continue
        if child.i <= cue.sent.start or doc[child.i - 1].text in QUOTE_MARKS + "'‘’:—–-(":
            continue
        between = doc[child.i + 1 : cue.i]
        if all(token.dep_ == "advmod" and token.text.islower() and token in adverbs for token in between):
            return child
    return None


#: Prepositions before a gerund that shares the subject of the verb they hang on ("ended the debate by saying that
#: …", "left after warning that …").
GERUND_PREPOSITIONS = frozenset({"by", "after", "before"})


def _manner_subject(cue: Token) -> set[int]:
    """The subject of the verb a reporting gerund after "by", "after" or "before" serves ("Obama inserted himself
    into the primary by warning candidates against …", "The senator ended the debate by saying that …"): the parser
    hangs the gerund on the preposition, so it has no subject of its own (empty when the verb has none)."""
    preposition = cue.head
    if cue.dep_ != "pcomp" or cue.tag_ != "VBG" or preposition.lower_ not in GERUND_PREPOSITIONS:
        return set()
    verb = preposition.head
    if preposition.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return set()
    subjects = [child for child in verb.children if child.dep_ in SUBJECTS]
    return _subtree(subjects[0]) if subjects else set()


#: Prepositions opening an absolute clause whose subject the parser takes for the head of its verb ("with").
ABSOLUTE_PREPOSITIONS = frozenset({"with"})


def _absolute_subject(cue: Token) -> set[int]:
    """The subject of a reporting verb in an absolute clause after "with" opening the sentence or after a comma
    ("Heavy rain is expected, with forecasters warning that rivers could burst"): the parser hangs the "-ing" verb
    on the noun before it as a modifier, so the verb has no subject of its own; the noun phrase (without the verb's
    words) is it. Empty otherwise."""
    head = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or head.i > cue.i or head.pos_ not in ("NOUN", "PROPN"):
        return set()
    opener = head.head
    if head.dep_ != "pobj" or opener.lower_ not in ABSOLUTE_PREPOSITIONS:
        return set()
    if opener.i > opener.sent.start and cue.doc[opener.i - 1].text != ",":
        return set()  # "breaks with resolutions declaring …": a verb's preposition, no absolute clause
    return _subtree(head) - _subtree(cue)


def _with_split_particle(doc: Doc, source_ids: set[int]) -> set[int]:
    """The source with the given name and particle the parser split off its surname ("Manchester United manager Erik
    ten Hag said": "ten" read as a numeral modifying "said", the subject only "Hag"): a name particle right before
    the source, between capitalised words, brings in its own words when they end right before the source."""
    if not source_ids:
        return source_ids
    first = min(source_ids)
    if first < 2 or not doc[first].text[:1].isupper():
        return source_ids
    particle, given = doc[first - 1], doc[first - 2]
    if particle.text not in NAME_PARTICLES or given.pos_ != "PROPN" or not given.text[:1].isupper():
        return source_ids
    words = _subtree(particle) if particle.head.i != first else {particle.i}
    if max(words) != particle.i or len(words) != particle.i - min(words) + 1:
        return source_ids | {particle.i, given.i}
    return source_ids | words | {given.i}


def _without_fronted_participle(doc: Doc, source_ids: set[int]) -> set[int]:
    """The source without a participial clause the parser hung it on ("Speaking at a press conference in Brussels,
    NATO Secretary-General Jens Stoltenberg said …": "Speaking" read as the subject, the name as its object): the
    words after the clause's last comma, when the source opens with a participle and they hold a name or a noun."""
    if not source_ids:
        return source_ids
    first = doc[min(source_ids)]
    if first.pos_ != "VERB" or first.tag_ not in ("VBG", "VBN"):
        return source_ids
    commas = [i for i in source_ids if doc[i].text == ","]
    after = {i for i in source_ids if commas and i > max(commas)}
    return after if any(doc[i].pos_ in ("PROPN", "NOUN") for i in after) else source_ids


#: Nouns of what a statement was made in ("said in a statement that …", "told X in an interview that …", "In a
#: note to his deputy, the mayor wrote …"): the documents that state something, and the occasions of saying.
SETTING_NOUNS = DOCUMENT_NOUNS | {"interview", "email", "e-mail", "speech", "message", "note", "text"}


def _setting_nouns(cue: Token) -> Iterator[Token]:
    """The nouns of :data:`SETTING_NOUNS` the cue's prepositional phrases hold ("in a statement", "in a letter")."""
    for prep in cue.children:
        if prep.dep_ == "prep":
            yield from (n for n in prep.children if n.dep_ == "pobj" and n.lemma_.lower() in SETTING_NOUNS)


def _setting_clause(cue: Token) -> set[int]:
    """Token indices of a "that" clause the parser attached to the noun of a prepositional phrase of the cue that
    says where the statement was made ("told The Hill in a statement that her client …", realpages dev3): the
    clause is what the cue reports. A relative clause ("in a statement that was released Monday") opens with
    "that" as its subject, not as a subordinator, and is left out."""
    for noun in _setting_nouns(cue):
        for clause in noun.children:
            if clause.dep_ in ("relcl", "acl", "ccomp") and any(
                mark.lower_ == "that" and (mark.dep_ == "mark" or _no_gap_for(clause, mark)) for mark in clause.children
            ):
                return _subtree(clause)
    return set()


#: Prepositions of the one a statement was made to, after its setting noun ("in a letter to", "in an interview with").
ADDRESSEE_PREPOSITIONS = frozenset({"to", "with"})


def _addressees(cue: Token) -> Iterator[Token]:
    """The addressees of a fronted setting phrase of the cue ("In a letter to Y, …", "In an interview with Y, …"),
    unless coordinated ("to Smith, Jones and Brown": the ones addressed)."""
    for noun in _setting_nouns(cue):
        if noun.head.i > cue.i:
            continue
        tos = (to for to in noun.children if to.dep_ == "prep" and to.lower_ in ADDRESSEE_PREPOSITIONS)
        for addressee in (addressee for to in tos for addressee in to.children):
            if not any(child.dep_ == "cc" for child in addressee.children):
                yield addressee


def _closing_apposition(head: Token, cue: Token) -> set[int]:
    """Token indices of an apposition of ``head`` after a comma that runs up to the cue, or none."""
    doc = cue.doc
    for apposition in head.children:
        if apposition.dep_ not in ("appos", "conj") or apposition.pos_ not in ("NOUN", "PROPN"):
            continue
        words = _subtree(apposition)
        if doc[min(words) - 1].text == "," and all(doc[i].is_punct for i in range(max(words) + 1, cue.i)):
            return words
    return set()


def _addressee_apposition(cue: Token) -> set[int]:
    """Token indices of the speaker the parser made an apposition of the addressee in a fronted setting phrase of
    the cue without a subject ("In a letter to Prime Minister Boris Johnson, Labour leader Keir Starmer wrote that
    …", "In an email to The Guardian, a spokesperson for the ministry said …"; or a conjunct: "In an interview with
    Reuters, Carla Dunmore, a biologist at …, said"): the writer is not the addressee, who stays a relay or no one.
    The apposition after the comma, when it runs up to the cue and the addressee has no "and" of its own."""
    return next((words for addressee in _addressees(cue) if (words := _closing_apposition(addressee, cue))), set())


def _addressee_named_subject(cue: Token, source_ids: set[int]) -> set[int]:
    """Token indices of the writer when the parser made the addressee's own apposition the subject and the writer
    its apposition ("In a letter to his lawyer, Michael Cohen, Trump wrote …", "In an email to his boss, Tim Cook,
    engineer Mark Hill wrote …"; issue #18): a subject right after the addressee's comma with a second apposition
    up to the cue names the addressee, and the writer is the one after the second comma. Else ``source_ids``."""
    doc = cue.doc
    subject = next((child for child in cue.children if child.dep_ in SUBJECTS and child.i < cue.i), None)
    if subject is None or not source_ids or min(source_ids) < 2 or doc[min(source_ids) - 1].text != ",":
        return source_ids
    before = min(source_ids) - 2  # the word before the subject's comma closes the addressee's phrase
    if not any(before == max(_subtree(addressee)) for addressee in _addressees(cue)):
        return source_ids
    words = _closing_apposition(subject, cue)
    if not words or max(words) + 1 != cue.i:  # "…, Carla Dunmore, a biologist at Z, said": her own apposition
        return source_ids
    return words


#: Nouns of a message one receives ("a letter from the tax office, saying …", "a call from his lawyer, telling him
#: …"): what one is sent, whose sender says what the participle after it reports.
MESSAGE_NOUNS = SETTING_NOUNS | {"call", "notice", "warning", "notification", "alert", "reply"}


#: Verbs of receiving a message, whose object's sender speaks for a participle after it ("received a letter from
#: …, saying", "got a call from …, telling him", "saw a note from …, saying").
RECEIVING_LEMMAS = frozenset({"receive", "get", "see"})


def _message_sender(cue: Token) -> set[int]:
    """Token indices of the sender of a message whose words a participle of saying after it reports ("She received
    a letter from the tax office, saying that she owed …", "I saw a note from someone in our team, saying that
    …", "He got a call from his lawyer, telling him …"): the "from" phrase of the message noun or of the verb that
    holds it as its object. The receiver, the subject the participle would otherwise share, said nothing. A message
    that is the object of another verb than one of receiving (:data:`RECEIVING_LEMMAS`) leaves the participle to the
    subject ("The minister rejected a letter from the unions, saying it was full of errors": the minister says)."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "acl"):
        return set()
    head = cue.head
    if head.lemma_.lower() in MESSAGE_NOUNS:
        holders = [head] if head.dep_ != "dobj" or head.head.lemma_.lower() in RECEIVING_LEMMAS else []
    elif head.lemma_.lower() in RECEIVING_LEMMAS:
        holders = [child for child in head.children if child.dep_ == "dobj" and child.lemma_.lower() in MESSAGE_NOUNS]
        holders += [head] if holders else []
    else:
        holders = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i < cue.i:
                return {i for child in prep.children if child.dep_ == "pobj" for i in _subtree(child)}
    return set()


#: Dependents that take the place a relative "that" as the object would fill: another object, a passive's
#: subject and auxiliary, a copula's complement.
_OBJECT_PLACES = frozenset({"dobj", "nsubjpass", "auxpass", "attr", "acomp"})


def _no_gap_for(clause: Token, that: Token) -> bool:
    """Whether a "that" the parser made the object of a relative clause can be no object there: the clause has a
    subject of its own and the object's place is taken ("said in a joint letter that the merger should be blocked",
    a passive), so "that" opens what was said. "in a letter that they signed" keeps its relative clause."""
    if that.dep_ != "dobj":
        return False
    children = [child for child in clause.children if child.i != that.i]
    has_subject = any(child.dep_ in ("nsubj", "nsubjpass") for child in children)
    return has_subject and any(child.dep_ in _OBJECT_PLACES for child in children)


#: Tags of a singular noun subject, which a plural present verb ("expect", tagged VBP) cannot take.
SINGULAR_SUBJECTS = frozenset({"NN", "NNP"})


def _disagrees(cue: Token, subject: Token) -> bool:
    """Whether a verb without a subject of its own cannot share its head's subject: a present verb not in the third
    person singular after a singular noun ("only X will be on stage, but expect Y's shadow to …" is an imperative
    addressed to the reader; realpages dev5)."""
    singular = subject.tag_ in SINGULAR_SUBJECTS and not any(child.dep_ == "conj" for child in subject.children)
    return cue.tag_ == "VBP" and singular


def _inverted_parenthetical(cue: Token) -> set[int] | None:
    """The source of a reporting verb set between commas inside the sentence it reports, before its subject ("This
    system, says Otto Brenner, an immunologist at the University of Wessex, may explain …"; realpages dev7): the
    parser takes the name for the main verb's subject. The source is the proper name right after the verb and,
    after its comma, an appositive up to the next comma; the statement is the sentence around them. ``None``
    when the verb has a subject of its own or no name follows it between commas, and for a participle: "“…,”
    Benioff weighed in, telling Cook, “…”" names whom Benioff told, never who spoke (issue #18, sweep43)."""
    doc, sent = cue.doc, cue.sent
    if cue.i <= sent.start or doc[cue.i - 1].text != "," or any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    if cue.tag_ == "VBG":
        return None
    end = cue.i + 1
    while end < sent.end and doc[end].pos_ == "PROPN":
        end += 1
    if end == cue.i + 1 or end >= sent.end or doc[end].text != ",":
        return None
    source = set(range(cue.i + 1, end))
    close = next((i for i in range(end + 1, sent.end) if doc[i].text == ","), None)
    if close is not None and doc[end + 1].pos_ in ("DET", "NOUN", "ADJ") and close < sent.end - 2:
        source |= set(range(end, close))  # the appositive after the name, up to its closing comma
    elif doc[end + 1].pos_ in ("DET", "NOUN", "ADJ"):
        return None
    return source


#: The most words of a subject after a clause's comma that the parser hung a reporting verb on as a modifier.
MAX_TRAILING_SUBJECT = 6


def _trailing_subject(cue: Token) -> set[int] | None:
    """The subject of a reporting verb closing a sentence after a comma that the parser read as a modifier ("The
    deal is done, executives of both companies announced Wednesday": ``acl`` of "executives", or of the noun before
    the comma with "executives" its appositive): the words between that comma and the verb, a noun phrase hung on
    the verb's head, when the verb takes no object of its own."""
    head = cue.head
    if cue.dep_ != "acl" or head.i > cue.i or any(child.dep_ in ("dobj", "ccomp") for child in cue.children):
        return None
    comma = cue.i - 1
    while comma > cue.sent.start and cue.doc[comma].text != "," and cue.i - comma <= MAX_TRAILING_SUBJECT:
        comma -= 1
    phrase = set(range(comma + 1, cue.i))
    if cue.doc[comma].text != "," or not phrase or not phrase <= _subtree(head):
        return None
    words = LANGUAGES["en"].speakers
    heads = words.title_nouns | words.source_nouns | words.body_nouns | words.government_nouns | words.outlet_nouns
    named = any(cue.doc[i].pos_ == "PROPN" or cue.doc[i].lemma_.lower() in heads for i in phrase)
    return phrase if named else None  # "the paintings, the ones announced last week": a participle, no report


#: Pronouns pointing back to the sentence before, as the subject of such a sentence.
BACK_SUBJECTS = frozenset({"that", "this"})
#: Nouns of a view that "from" a place are a sight seen there ("This is the view from the top of Mount Snowdon", a
#: photo's caption); only "of" names whose view they are.
SIGHT_NOUNS = frozenset({"view"})
#: Relations of clauses hung on the source's noun, which are no part of its name.
SOURCE_CLAUSES = frozenset({"relcl", "acl", "advcl"})
#: Prepositions of a setting the parser hangs on the source's noun ("So says the central bank in its report").
SETTINGS = frozenset({"in", "on"})


def _back_pointing_frame(root: Token) -> Frame | None:
    """A sentence that gives the sentence before to a source: "That/This is the view (verdict, message, warning …)
    of/from X" ("The team needs two wins. That is the view of coach Renaldo Gilkes as …") or "So says (argues …)
    X". The cue runs from the verb to the preposition, or is the verb. Opening its block, the frame has no content
    here: the last sentence of the block before is lent to it (``neighbours.viewed_paragraphs``)."""
    doc = root.doc
    sentence = root.sent
    first = doc[sentence.start]
    if first.head != root:
        return None
    if first.lower_ in BACK_SUBJECTS and first.dep_ == "nsubj" and root.lemma_ == "be":
        noun = next((c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in VIEW_NOUNS), None)
        issuers = ("of",) if noun is not None and noun.lemma_.lower() in SIGHT_NOUNS else ("of", "from")
        preposition = noun and next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in issuers), None)
        named = preposition and next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if named is None or noun is None or preposition is None:
            return None
        cue, lemma = (root.idx, preposition.idx + len(preposition.text)), noun.lemma_.lower()
    elif first.lower_ == "so" and first.dep_ == "advmod" and root.lemma_.lower() in LANGUAGES["en"].speech_lemmas:
        named = next((c for c in root.children if c.dep_ == "nsubj" and c.i > root.i and c.pos_ != "PRON"), None)
        if named is None or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in root.children):
            return None  # "So it seems", "So said, he left"
        cue, lemma = (root.idx, root.idx + len(root.text)), root.lemma_.lower()
    else:
        return None
    before = doc[sentence.start - 1].sent if sentence.start > 0 else None
    content = before and trim_content(doc.text, (before.start_char, before.end_char))
    setting = [c for c in named.children if c.dep_ in SOURCE_CLAUSES or (c.dep_ == "prep" and c.lower_ in SETTINGS)]
    words = _subtree(named) - {i for c in setting for i in _subtree(c)}
    source = trim_span(doc.text, (doc[min(words)].idx, doc[max(words)].idx + len(doc[max(words)].text)))
    if (before is not None and content is None) or source is None:
        return None
    return Frame(cue=cue, content=[content] if content else [], source=source, cue_lemma=lemma)


def _dash_frame(doc: Doc, dash: Token, regions: list[Span]) -> Frame | None:
    """A quote signed with a dash: "“…” ― Karen Bobadilla" (the cue is the dash, the source the name after it)."""
    before = doc.text[: dash.idx].rstrip()
    if not before or before[-1] not in '”"’':
        return None
    quote = next((q for q in regions if q[1] == len(before)), (0, len(before)))
    names = []
    for token in doc[dash.i + 1 :]:
        if token.is_space and not names:
            continue
        if token.pos_ not in ("PROPN", "NOUN", "ADJ", "DET") and token.text != "-":
            break
        names.append(token)
    if not names or not names[0].is_title:
        return None
    source = trim_span(doc.text, (names[0].idx, names[-1].idx + len(names[-1].text)))
    return Frame(cue=(dash.idx, dash.idx + 1), content=[quote], source=source, cue_lemma=dash.text)


def _trim_cue(text: str, span: Span) -> Span | None:
    """A cue span without surrounding spaces and commas; a bare colon or dash is a cue too."""
    start, end = span
    while start < end and text[start] in CUE_EDGE:
        start += 1
    while end > start and text[end - 1] in CUE_EDGE:
        end -= 1
    return (start, end) if start < end else None


def _core_cue(token: Token, in_quote: bool) -> bool:
    """An unambiguous reporting verb with its own subject, outside quotes: a cue whatever its clause looks like."""
    has_subject = any(child.dep_ in SUBJECTS for child in token.children)
    return not in_quote and token.pos_ == "VERB" and token.lemma_ in CORE_CUES and has_subject


def _adjacent_quote(doc: Doc, cue: Token, regions: list[Span]) -> list[Span]:
    """The quote right before or after a cue's clause, for a cue the parser cut off from its quote.

    "“…!” Cruz said." often parses as two sentences, leaving "Cruz said" without content; "the IMF announced:
    “As of end January . . . the ratio stood at …”" parses the quote's ellipsis as a sentence's end, leaving the
    cue with the quote's first words as a phrase of its own: a quote opening right after the cue's colon.
    """
    subtree = list(cue.subtree)
    start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
    after = cue.idx + len(cue.text)
    for q_start, q_end in regions:
        if q_start > after and doc.text[after:q_start].strip() == ":":
            return [(q_start, q_end)]
        if q_end <= start and not doc.text[q_end:start].strip(ADJACENT_GAP):
            return [(q_start, q_end)]
        if q_start >= end and not doc.text[end:q_start].strip(ADJACENT_GAP):
            return [(q_start, q_end)]
    return []


def token_frame(doc: Doc, token: Token, model: ParseModel, regions: list[Span]) -> Frame | None:
    """The frame headed by ``token`` read off its dependents, or ``None`` when it has no content or cue left."""
    text = doc.text
    cue_ids, source_ids, content_ids = _frame_tokens(token, model)
    content = [
        extend_to_quotes(span, regions, text)
        for fragment in _fragments(doc, content_ids)
        if (span := trim_content(text, fragment)) is not None
    ]
    if not content and source_ids:
        content = _adjacent_quote(doc, token, regions)
    cue_fragments = [
        span
        for fragment in _fragments(doc, cue_ids)
        if fragment[0] <= token.idx < fragment[1] and (span := _trim_cue(text, fragment))
    ]
    if not content or not cue_fragments:
        return None
    if _is_counted(token) or _summoned(token) or _withdrawn(token, regions) or _required_place(token):
        return None
    if _anonymity_request(token) or _said_idiom(token):
        return None
    sources = [
        _closed_quote(text, span, regions, cue_fragments)
        for f in _fragments(doc, source_ids)
        if (span := trim_span(text, f))
    ]
    if _raised_subject(token):
        sources = []  # "X is expected to …": X is what the unnamed expect something of, not who expects it
    lemma = token.lower_ if token.lower_ in ACCORDING_LEMMAS else model.spelled(token.lemma_.lower())
    if lemma in PUT_IT_LEMMAS and _puts_it(token):
        lemma = SPEECH_IDIOM  # "As X put it, …", "X put it simply: …": an idiom of saying
    return Frame(
        cue=(cue_fragments[0][0], cue_fragments[-1][1]),
        content=content,
        source=(sources[0][0], sources[-1][1]) if sources else None,
        cue_lemma=lemma,
        hypothetical=_supposed(token) or _refused(token) or _state_of_mind(token) or _own_prospect(token),
        thing_content=_thing_content(token, cue_ids, content_ids),
        antecedent=_antecedent(token, source_ids) or _fronted_clause_subject(token, source_ids),
    )


#: The idiom "he said, she said" (also "he-said-she-said", "he said/she said"): one word against another, no
#: statement (a page's doubled "he said he said he told them" is no idiom).
SAID_IDIOM = re.compile(r"\b(?:he[\s-]+said[\s,/–-]+she|she[\s-]+said[\s,/–-]+he)[\s-]+said\b", re.IGNORECASE)


def _said_idiom(cue: Token) -> bool:
    """Whether the cue is a "said" of the idiom "he said, she said" (:data:`SAID_IDIOM`: a heading, "a case of he
    said, she said"), where neither pronoun names anyone who spoke."""
    sentence = cue.sent
    offset = cue.idx - sentence.start_char
    return any(match.start() <= offset < match.end() for match in SAID_IDIOM.finditer(sentence.text))


def _closed_quote(text: str, source: Span, regions: list[Span], cue: list[Span]) -> Span:
    """A source fragment grown to the end of a quotation it opens ("Holloway, author of the book “Stolen Beauty,”
    said …": the parser hung the comma and the closing mark on the cue, which left the title open in the source
    and the name unread), unless the cue lies inside it or the quotation never closes (an inch mark, "said Jones,
    a 6'2" forward, after …", opens a region that runs to the end of the block)."""
    start, end = source
    for q_start, q_end in regions:
        closed = text[q_end - 1] in QUOTE_PAIRS.get(text[q_start], "")
        if closed and start <= q_start < end < q_end and not any(q_start <= c_start < q_end for c_start, _ in cue):
            end = q_end
    return start, end


def _supposed(cue: Token) -> bool:
    """Whether the cue heads a conditional clause or stands under a modal of possibility; "would" counts before a
    verb of belief ("Most people would think that …": what people would believe, not what anyone said), "must have"
    before any ("must have feared", "must have told him": the writer's inference)."""
    lemma = cue.lemma_.lower()
    auxiliaries = {child.lower_ for child in cue.children if child.dep_ == "aux"}
    return bool(auxiliaries & INFERENCE_MODALS and "have" in auxiliaries) or any(
        (child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS)
        or (child.dep_ == "aux" and child.lower_ in POSSIBILITY_MODALS)
        or (child.dep_ == "aux" and child.lower_ in CONDITIONAL_MODALS and lemma in BELIEF_LEMMAS)
        for child in cue.children
    )


def _refused(cue: Token) -> bool:
    """Whether the cue is the infinitive of a verb of refusal or failure ("some people refuse to acknowledge that
    …", "declined to say whether …", "failed to mention"): it reports that nothing was stated."""
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in REFUSAL_LEMMAS


def _puts_it(cue: Token) -> bool:
    """Whether "put" is the idiom of saying: "it" for its object and no place or particle ("put it on the table",
    "put it off" move or delay a thing)."""
    children = list(cue.children)
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in children) and not any(
        c.dep_ in ("prep", "prt") for c in children
    )


def _state_of_mind(cue: Token) -> bool:
    """Whether the cue is a verb of belief adjoined to a verb of action that is no verb of saying, as a participle
    without a subject of its own ("young people entered probation believing that …") or as the verb of a "because"
    clause whose subject is no first or second person ("there are dozens of keyboards because manufacturers
    believe that …": session 42, german42b, realpages dev9): the state of mind they acted in, the writer's account
    of their reasons, not a view they stated (the relatives-and-groups rule of bench/data/README.md). A speaker's
    own reason ("because I think he treats me unfairly") is his view, stated."""
    head = cue.head
    if (
        cue.dep_ != "advcl"
        or cue.lemma_.lower() not in STATE_OF_MIND_LEMMAS
        or head.lemma_.lower() in LANGUAGES["en"].speech_lemmas
    ):
        return False
    subjects = [child for child in cue.children if child.dep_ in SUBJECTS]
    if cue.tag_ == "VBG":
        return not subjects
    return any(child.dep_ == "mark" and child.lower_ in CAUSE_MARKS for child in cue.children) and not any(
        subject.lower_ in SPEAKING_PERSONS for subject in subjects
    )


def _own_prospect(cue: Token) -> bool:
    """Whether the cue is an active "expect" or "hope" of a group named by a plural common noun whose only
    complement is a "to" infinitive of its own subject ("Users rightly expect to pick up a Mac and use it for
    years", "Fans expected to see a better game"): what a class of people counts on doing, the writer's
    generalisation, no view stated (session 42, german42b, realpages dev9; PolNeAR marks no cue in "Mr. Clarke said
    he expected to sell its coal", "what many expect to be …"). A named or singular subject states a plan
    ("Bridenstine expects to produce three rockets", realpages dev7); a forecast about something else ("expect
    prices to rise", "expect that …") and the passive "is expected to" are read as before."""
    if cue.lemma_.lower() not in PROSPECT_LEMMAS:
        return False
    children = list(cue.children)
    if not any(child.dep_ == "nsubj" and child.tag_ == "NNS" for child in children):
        return False  # "Bridenstine expects to produce three rockets", "The company expects to …": a plan stated
    if any(child.dep_ == "nsubj" and child.lemma_.lower() in PLANNING_NOUNS for child in children):
        return False  # "Airlines expect to cut 5,000 jobs": a body's plan, stated
    if any(child.dep_ in ("auxpass", "nsubjpass", "dobj", "ccomp") for child in children):
        return False
    return any(
        child.dep_ == "xcomp"
        and child.tag_ == "VB"
        and any(mark.dep_ == "aux" and mark.lower_ == "to" for mark in child.children)
        and not any(grand.dep_ in SUBJECTS for grand in child.children)
        for child in children
    )


#: Relative pronouns of a thing or a group ("retailers that said", "the committee, which said"): their antecedent
#: speaks when it is a group or a body; a document's ("a report that said") is left to the pronoun, as before.
THING_RELATIVES = frozenset({"that", "which"})


def _antecedent(cue: Token, source_ids: set[int]) -> Span | None:
    """The noun phrase a relative pronoun subject stands for, when the cue heads a relative clause ("the manager
    believed the waiter, who said that …", "backed by Tomas Varga, who said …", "Costco is among retailers that
    said …", "the committee, which said …"): the words of the noun's phrase before the clause, without the comma.
    ``None`` for any other source, and for "that"/"which" after a document noun (a report, a statement)."""
    doc = cue.doc
    if cue.dep_ != "relcl" or len(source_ids) != 1 or cue.head.pos_ not in ("NOUN", "PROPN"):
        return None
    pronoun = doc[next(iter(source_ids))]
    if pronoun.lower_ == "who":
        if pronoun.tag_ != "WP":
            return None
    elif pronoun.lower_ not in THING_RELATIVES or pronoun.tag_ != "WDT" or cue.head.lemma_.lower() in DOCUMENT_NOUNS:
        return None
    words = sorted(i for i in _subtree(cue.head) - _subtree(cue) if i < cue.left_edge.i)
    while words and doc[words[-1]].is_punct:
        words.pop()
    if not words or words != list(range(words[0], words[-1] + 1)):
        return None
    return trim_span(doc.text, (doc[words[0]].idx, doc[words[-1]].idx + len(doc[words[-1]].text)))


#: Subordinators of a fronted time or reason clause whose named subject a "he"/"she" after it stands for.
FRONTED_SUBORDINATORS = frozenset({"when", "after", "before", "as", "once", "while", "since", "because", "until"})
#: Pronoun subjects a fronted clause's named subject may stand for (one person: not "they", nor "it").
PERSON_SUBJECTS = frozenset({"he", "she"})


def _fronted_clause_subject(cue: Token, source_ids: set[int]) -> Span | None:
    """The name a "he"/"she" subject of the cue stands for when a fronted time or reason clause of the cue has a
    name as its subject ("When Carlineo was approached, he told police he …", "After Julia Price was stopped at
    the border, she told officers …"; issue #18): the pronoun's antecedent in its own sentence, which names a
    person who may never have spoken before. Only a subject of proper nouns ("When police arrested him, he said"
    has none) in a clause opened by :data:`FRONTED_SUBORDINATORS` that names nothing else ("When John Smith met
    Mary Jones, she said": either may be meant; review45a); ``None`` otherwise."""
    doc = cue.doc
    if len(source_ids) != 1 or doc[next(iter(source_ids))].lower_ not in PERSON_SUBJECTS:
        return None
    pronoun = doc[next(iter(source_ids))]
    for clause in cue.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i:
            continue
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in FRONTED_SUBORDINATORS for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.pos_ != "PROPN":
            continue
        words = sorted(_subtree(subject))
        if any(doc[i].pos_ != "PROPN" for i in words) or words != list(range(words[0], words[-1] + 1)):
            continue
        if doc[words[0]].lower_.rstrip(".") in HONORIFICS["en"]:
            return None  # "Soon after Ms. Harwick was elected, she said": the honorific's reading, which tells gender
        if any(t.pos_ == "PROPN" and t.i not in words for t in clause.subtree):
            return None  # "When John Smith met Mary Jones, she said": another name, the pronoun may take either
        return doc[words[0]].idx, doc[words[-1]].idx + len(doc[words[-1]].text)
    return None


def _is_counted(token: Token) -> bool:
    """Whether the cue word is counted by a number written in digits right before it ("scored 50 plus points a
    piece": the parser took "points" for a verb; realpages dev7): a noun, no cue."""
    index = token.i - 1
    while index >= 0 and token.doc[index].lower_ in COUNT_JOINERS:
        index -= 1
    return index >= 0 and token.doc[index].text.replace(",", "").isdigit()


def _summoned(token: Token) -> bool:
    """Whether the cue is a verb of :data:`SUMMON_LEMMAS` in the passive with its agent ("was recalled by the
    government", "recalled by the Reich"), not after "as" ("as recalled by his sister": a memory told)."""
    children = list(token.children)
    return (
        token.lemma_.lower() in SUMMON_LEMMAS
        and any(child.dep_ == "agent" for child in children)
        and not any(child.dep_ == "mark" and child.lower_ == "as" for child in children)
    )


#: Verbs of asking, and the verbs of naming whose passive infinitive after them asks for anonymity ("asked not to
#: be named", "requested not to be identified").
ASKING_LEMMAS = frozenset({"ask", "request"})
NAMING_LEMMAS = frozenset({"name", "identify", "quote"})


def _anonymity_request(token: Token) -> bool:
    """Whether the cue asks not to be named ("Palestinian officials, who asked not to be named, said …", "a diplomat,
    who asked not to be identified, …"): the condition a source spoke under, no statement (its content was "not to
    be named"). A passive infinitive of a verb of naming is the cue's complement."""
    if token.lemma_.lower() not in ASKING_LEMMAS:
        return False
    return any(
        child.dep_ in ("xcomp", "ccomp")
        and child.lemma_.lower() in NAMING_LEMMAS
        and child.tag_ == "VBN"
        and any(grand.dep_ == "auxpass" for grand in child.children)
        for child in token.children
    )


def _withdrawn(token: Token, regions: list[Span]) -> bool:
    """Whether the cue is an active verb of :data:`SUMMON_LEMMAS` whose object is a noun phrase, with no clause of
    its own and no quotation in its sentence ("Toyota recalled 200,000 cars over faulty airbags", "Nestlé has
    recalled its frozen pizzas", "The government recalled its ambassador"): a product taken back or a person
    summoned, no statement. "X recalled that …", "X recalled telling …", "“…,” X recalled", a time lived ("recalled
    the day …", :data:`REMEMBERED_NOUNS`) and what "he" or "she" recalled tell a memory."""
    if token.lemma_.lower() not in SUMMON_LEMMAS:
        return False
    children = list(token.children)
    if any(child.dep_ in _TOLD_CLAUSES for child in children):
        return False
    if not any(child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN", "NUM") for child in children):
        return False
    if any(child.dep_ == "dobj" and child.lemma_.lower() in REMEMBERED_NOUNS for child in children):
        return False  # a time lived, remembered
    if any(child.dep_ == "nsubj" and child.lower_ in SPEAKER_WORDS["en"].person_pronouns for child in children):
        return False  # "She recalled the summer of 1968": a person's memory
    sentence = token.sent
    return not any(start < sentence.end_char and end > sentence.start_char for start, end in regions)


def _required_place(token: Token) -> bool:
    """Whether the cue is an active verb of :data:`REQUIREMENT_LEMMAS` whose clause is a "to" infinitive of "be"
    with a place (:data:`PLACE_PREPOSITIONS`) and no number or date ("Google expects the query to be in the URL",
    "The API expects the key to be in the header"): a requirement, no statement. A forecast keeps its frame ("The
    bank expects inflation to fall to 2 percent", "expects the economy to be in recession next year", "expects
    that …"), and so does any a person expects (:data:`FORECASTING_SUBJECTS`: "The coach expects the team to be in
    the final")."""
    if token.lemma_.lower() not in REQUIREMENT_LEMMAS:
        return False
    if any(child.dep_ == "nsubj" and child.lemma_.lower() in FORECASTING_SUBJECTS for child in token.children):
        return False
    for clause in token.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.lemma_.lower() != "be":
            continue
        grand = list(clause.children)
        if not any(child.dep_ == "aux" and child.lower_ == "to" for child in grand):
            continue
        if any(child.dep_ == "nsubj" and child.pos_ in ("PROPN", "PRON") for child in grand):
            continue  # someone expected somewhere ("Klopp expects Salah to be in the line-up"): a forecast
        if not any(child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS for child in grand):
            continue
        if any(child.dep_ in ("attr", "acomp", "auxpass") for child in grand):
            continue
        if not any(t.like_num or t.lemma_.lower() in FORECAST_TIME_WORDS for t in clause.subtree):
            return True
    return False


def _raised_subject(token: Token) -> bool:
    """Whether the cue is a passive verb with a "to" infinitive ("The car is expected to go on sale", "She is
    said to have left"): its subject is what the statement is about; whoever expects or says it is not named."""
    children = list(token.children)
    if any(child.dep_ == "agent" for child in children):
        return False  # "was told by X to go", "is expected by analysts to rise": the agent says or expects it
    return any(child.dep_ == "auxpass" for child in children) and any(
        child.dep_ == "xcomp" and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children)
        for child in children
    )


def _thing_content(token: Token, cue_ids: set[int], content_ids: set[int]) -> bool:
    """Whether the cue's object is a thing, a noun phrase ("Brindle Press published Lanterns", "The Ledger is
    written by X", "the manager believed the waiter", or "wrote The Glass Orchard" with the object read into the
    cue) or a person's pronoun ("called him later"), and no clause, quote or complement of the object hangs on the
    cue: what the verb reports is an act on a thing or a person."""
    objects = [
        child
        for child in token.children
        if child.dep_ in THING_OBJECTS and (child.pos_ in ("NOUN", "PROPN") or child.lower_ in PERSON_OBJECTS)
    ]
    if not objects or any(child.dep_ in ("oprd", "xcomp") for child in token.children):
        return False  # "called him a liar", "called on them to resign": the object's complement is the statement
    lemma = token.lemma_.lower()
    if lemma in LABEL_LEMMAS and (
        any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
        or sum(c.dep_ == "dobj" for c in token.children) > 1  # "branded the offer an insult": two objects to the parser
    ):
        return False  # "branded the offer as an insult": the judgement
    if lemma in FORCE_LEMMAS:  # "slammed the ball into the net", "slammed home the rebound": a thing moved
        return any(
            c.dep_ == "prt" or (c.dep_ in ("prep", "advmod") and c.lower_ in MOTION_PREPOSITIONS)
            for c in token.children
        )
    if token.lemma_.lower() in REFERRAL_LEMMAS:  # "recommended me for a position": a referral, an act on a person
        return all(o.lower_ in PERSON_OBJECTS for o in objects) and any(
            child.dep_ == "prep" and child.lower_ == "for" for child in token.children
        )
    if any(_stating_document(child) for child in objects):
        return False  # "X published an editorial blaming …": the document speaks for its issuer
    stated = ("ccomp", "parataxis")
    clauses = [c for c in token.children if c.dep_ in stated or (c.i in content_ids and c.dep_ != "conj")]
    clauses = [c for c in clauses if c not in objects and c.pos_ in ("VERB", "AUX") and not _run_on(c, objects)]
    if clauses or (token.head.i < token.i and token.dep_ in stated):
        return False  # "“…,” she wrote", "She wrote her editor that …": a statement hangs on the verb (a second
        # predicate joined by "and", "… and was founded by …", is another act of the subject, not what it states)
    return all(child.i in content_ids or child.i in cue_ids for child in objects)


def _stating_document(noun: Token) -> bool:
    """Whether an object is a document that states something: a noun of :data:`DOCUMENT_NOUNS` with a clause of
    its own saying what ("an editorial blaming the state for …", "a statement that denied …")."""
    return noun.lemma_.lower() in DOCUMENT_NOUNS and any(
        child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" for child in noun.children
    )


def _run_on(clause: Token, objects: list[Token]) -> bool:
    """Whether a clause the parser hung on the cue follows its object after a comma with no "that": the sentence's
    main clause after a fronted one ("Before X wrote The Glass Orchard, Y created …"), not what X wrote."""
    start = clause.left_edge.i
    marked = any(child.dep_ == "mark" for child in clause.children)
    after_comma = start > 0 and clause.doc[start - 1].text == ","
    return not marked and after_comma and all(obj.i < start for obj in objects)


def find_candidates(doc: Doc, model: ParseModel, in_quote: list[bool], scores: np.ndarray) -> list[Candidate]:
    """Candidate frames of a parsed block from its token scores (``candidates`` decides which are attributions)."""
    regions = quote_regions(doc.text)
    markers = [match.span() for match in DISCOURSE_MARKERS.finditer(doc.text)]

    def frame_of(token: Token) -> Frame | None:
        if any(start <= token.idx < end for start, end in markers):
            return None
        return token_frame(doc, token, model, regions)

    return candidate_frames(doc, scores, frame_of, lambda token: _core_cue(token, in_quote[token.i]))


def find_frames(
    doc: Doc, model: ParseModel, threshold: float | None = None, scores: np.ndarray | None = None
) -> list[Frame]:
    """Every attribution frame in a parsed block (``doc`` is the whole block, so offsets are block offsets).

    ``threshold`` is the frame score (log-odds) a candidate needs (default: the model's tuned one);
    ``scores`` replaces the model's token scores (the training script scores held-out folds with models
    being fitted).
    """
    threshold = model.frame_threshold if threshold is None else threshold
    regions = quote_regions(doc.text)
    scores = model.cue_scores(doc, regions) if scores is None else scores
    # most blocks quote nobody and sign nothing with a dash: each pass over ``doc`` builds a Token per word
    in_quote = [in_regions(token.idx, regions) for token in doc] if regions else [False] * len(doc)
    candidates = find_candidates(doc, model, in_quote, scores)
    frames = []
    if any(dash in doc.text for dash in SIGNATURE_DASHES):
        frames = [
            frame for token in doc if token.text in SIGNATURE_DASHES and (frame := _dash_frame(doc, token, regions))
        ]
    frames += [frame for token in doc if token.dep_ == "ROOT" and (frame := _back_pointing_frame(token))]
    accepted: list[Frame] = []
    rejected: list[Candidate] = []
    for candidate, features in zip(candidates, frame_features(doc, candidates, regions, in_quote), strict=True):
        candidate.frame.score = model.frame_score(features, candidate.score)
        if candidate.frame.score > threshold:
            accepted.append(candidate.frame)
        else:
            rejected.append(candidate)
    # "X said …, Sputnik reported": the scorer rejects one of two core verbs reporting one statement (one
    # sits inside the other's content), but the relay is what a reader tracing the claim needs.
    relays = [c.frame for c in rejected if c.core and any(chained(doc.text, a, c.frame) for a in accepted)]
    accepted = [frame for frame in accepted if not _asks_what_was_said(doc, frame)]
    return sorted([*frames, *accepted, *relays], key=lambda frame: frame.cue or (0, 0))


def _asks_what_was_said(doc: Doc, frame: Frame) -> bool:
    """Whether a frame in a direct question reports no content: its only content is the question word or a noun
    phrase ("What did the paper say to the pencil?", "What did Trump say about the tariffs?", a riddle's "… when
    Marie Curie and Albert Einstein said the same thing at the same time?"): the sentence asks what was said and
    states no claim (issue #18, mend45). A question with a clause of what was said keeps its frame ("Why did the
    minister say that taxes would fall?" takes the saying as given: the minister's claim is checkable)."""
    if frame.cue is None or not frame.content:
        return False
    sentence = next((sent for sent in doc.sents if sent.start_char <= frame.cue[0] < sent.end_char), None)
    if sentence is None or not sentence.text.rstrip().rstrip('”"’').endswith("?") or not _opens_question(sentence):
        return False
    words = [doc.text[start:end].strip().lower() for start, end in frame.content]
    return frame.thing_content or all(word in SPEAKER_WORDS["en"].question_words for word in words)


#: Words before a question's first word that leave it a question ("So what did Smith say?").
_QUESTION_LEADS = frozenset(["so", "and", "but", "then", "well", "now"])


def _opens_question(sentence: Sentence) -> bool:
    """Whether the sentence is a question in its own words: it opens (after "so", "and" …) with a question word or
    an auxiliary ("What did …", "Did the minister say …"). A statement whose "?" ends a tag or a quoted question
    ("Smith said the same thing, didn't he?", "He said the same thing when asked, “Why now?”") asks nothing of
    what was said (review45c)."""
    words = [token for token in sentence if token.is_alpha and token.lower_ not in _QUESTION_LEADS]
    if not words:
        return False
    first = words[0]
    return first.lower_ in SPEAKER_WORDS["en"].question_words or first.tag_ == "MD" or first.pos_ == "AUX"
