"""Page triage: which of a page's scored sentences a fact-checker sees first, and which repeat each other.

The sentence model judges one sentence at a time and was trained on debates and tweets. A page tells more:
where a sentence sits (the article, an embedded quote, a related box, a caption), whether it is furniture
(:mod:`sift.claims.furniture`), a subheading, a question, a forecast or the reader being addressed, and whether it
repeats another sentence (a caption restating the lead). :class:`TriageHead` turns the sentence score and these
page features into one priority; :func:`triage` orders the page in tiers (article claims, then related boxes and
captions, then furniture), groups near-duplicates under one representative and ranks the representatives.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from sift.claims.features import Cues
from sift.claims.furniture import furniture_reason
from sift.document import ARTICLE_ROLES
from sift.extract.dates import WEEKDAYS, find_date
from sift.lexicon.fold import fold

__all__ = [
    "ARTICLE_ROLES",
    "DROP_MIN_ARTICLE",
    "FACT_FEATURE",
    "NEWS_FEATURE",
    "PAGE_FEATURE_NAMES",
    "PAGE_FLAG_SHARE",
    "PageSentence",
    "TriageHead",
    "Triaged",
    "flag_cap",
    "group_duplicates",
    "head_feature_names",
    "kept_before_drop",
    "page_features",
    "page_tiers",
    "triage",
]

TIER_ARTICLE, TIER_AROUND, TIER_FURNITURE = 0, 1, 2
MAX_STAMP_OFFSET = 2  # a teaser's date opens it, after a bullet or a bracket at most
# A teaser's age stamp, anywhere in it but as a stamp: at its end, before a separator or "on" a section ("… Discounted
# to $200 2 days ago on Mac Blog Amazon …", "Neue Regeln – vor 3 Stunden"), not inside a sentence ("adopted 2 days
# ago, would cost …")
_AGE_STAMP_RE = re.compile(
    r"(?:\b\d{1,2}\s?(?:min(?:ute)?s?|h(?:ours?|rs?)?|days?|weeks?)\s+ago|"
    r"\bvor\s+\d{1,2}\s+(?:minuten|stunden|tagen|wochen)|\bil y a\s+\d{1,2}\s+(?:minutes?|heures?|jours?)|"
    r"\bhace\s+\d{1,2}\s+(?:minutos?|horas?|días?)|\bh[áa]\s+\d{1,2}\s+(?:minutos?|horas?|dias?))"
    rf"(?=\s*(?:$|[|·•–—]|-\s|on\s+(?!(?:{WEEKDAYS})\b)\w))",  # "on Mac Blog", not "2 days ago on Monday"
    re.IGNORECASE,
)
# A subheading or kicker: a block of one sentence, this short at most, that does not end like a sentence.
MAX_HEADING_WORDS = 14
_SENTENCE_END = re.compile(r"[.!?…:;»”\"'’)]\s*$")
# Near-duplicates: the shorter sentence's words are mostly inside the longer one, or the two share most words
# and the encoder finds them alike (a caption that restates the lead, a pull quote, a standfirst).
MIN_DUPLICATE_WORDS = 4
DUPLICATE_CONTAINMENT = 0.8
DUPLICATE_OVERLAP = 0.5
DUPLICATE_COSINE = 0.85
_WORD = re.compile(r"\w+")
# On a page in a language the head has too few training pages for, at most this share of the page's article
# sentences is labelled check-worthy (issue #18's flag-rate target; a strict reading marks about a quarter). In the
# languages with enough training pages (``MIN_PAGES_OWN_THRESHOLD`` in train/checkworthy_pages.py: en, de, es) the
# thresholds are set by cross-validation on their own pages; elsewhere the sentence model's scores are uneven
# (Italian, no training page: 0.48 of body sentences flagged on the real-page dev set, looks c9 and c10; Polish, 4
# training pages: 0.362 in look c21) and nothing calibrates them. Re-check with train/checkworthy_pages.py --dry-run
# (the out-of-fold flag rate with the cap on every page) and bench/realpages.py.
PAGE_FLAG_SHARE = 0.35
# A page cut at its first clear drop in priority (``TriageHead.drop``) has at least this many article sentences; a
# shorter text's list is short already, and its few claims are what it says (the hand-built seed test: four
# article sentences, "The US refused…" 2.5 logits under the first and check-worthy). On the 160 training pages
# (train/checkworthy_pages.py --dry-run) no page under six article sentences changes the out-of-fold figures.
DROP_MIN_ARTICLE = 6

# The word patterns below are matched on the lower-cased sentence (case-insensitive patterns of this size are about
# five times slower in ``re``).
# Words that make a sentence a forecast, plan or intention rather than a fact (the strict check-worthy reading
# ranks those down unless they carry a checkable figure), in the languages sift reads news in. English "may" (the
# month) and French "compte" (counts) are left out: they read as facts too often.
_FORECAST = re.compile(
    r"\b(?:will|won't|would|'ll|going to|plans? to|planned|expects?|expected to|forecasts?|is set to|aims? to|"
    r"intends? to|could|might|wird|werden|würden?|soll(?:en|te|ten)?|plant|planen|rechnet mit|rechnen mit|"
    r"erwartet|dürfte|könnte|zielt|ziele|sera|seront|serait|va|vont|prévoit|devrait|devraient|pourrait|"
    r"pourraient|envisage|será|serán|sería|va a|van a|prevé|planea|podría|podrían|debería|espera que|vai|vão|"
    r"prevê|pretende|deverá|poderá|poderia|sarà|saranno|sarebbe|prevede|dovrebbe|potrebbe|intende|będzie|będą|"
    r"planuje|przewiduje|może|mogą|zal|zullen|gaat|verwacht|zou|zouden)\b",
)
# A condition opening the sentence ("If…", "Wenn…", "Si…", "Se…", "Jeśli…"): what follows holds only under it.
# Per page language: Spanish "Se" opens impersonal sentences ("Se espera que…") and German "Als" temporal ones.
_CONDITIONAL_WORDS = {
    "en": "if|unless",
    "de": "wenn|falls|sofern",
    "fr": "si|s'il|s’il|s'ils|s’ils",
    "es": "si",
    "pt": "se|caso",
    "it": "se|qualora",
    "pl": "jeśli|jeżeli|gdyby|jeśliby",
    "nl": "als|indien",
}
_CONDITIONAL = {lang: re.compile(rf"^\W*(?:{words})\b") for lang, words in _CONDITIONAL_WORDS.items()}
# Opinion openers of the languages the sentence model's cue list lacks (it, pt, pl) and a few it misses ("in my view",
# "à mon avis", "meiner Meinung nach", "a mi juicio"): a view, not a checkable statement.
_OPINION_MORE = re.compile(
    r"\b(?:in my (?:view|opinion)|à mon avis|selon moi|meiner meinung nach|ich finde|a mi juicio|en mi opinión|"
    r"penso che|credo che|secondo me|a mio (?:avviso|parere)|acho que|penso que|creio que|na minha opinião|"
    r"myślę, że|uważam, że|moim zdaniem|sądzę, że)",
)
# Reporting words of the languages the sentence model's cue list lacks (pt, it, pl) and of a source's statement:
# with a figure or a date, an attributed sentence is a named source's checkable statement.
_REPORTED = re.compile(
    r"\b(?:disse|afirmou|declarou|informou|segundo|de acordo com|ha detto|ha dichiarato|secondo|ha spiegato|"
    r"powiedział[a]?|według|podał[a]?|poinformował[a]?|zdaniem|nach angaben|teilte\b[^.]*\bmit)\b",
)
# German "werden"/"wird" with a past participle is the passive voice of a fact ("Wege werden blockiert", "wird
# verabreicht"), not a future: when the forecast pattern's only German words are these and each is a passive (a
# participle in its clause after it, or just before it), the sentence is no forecast. Found on the training pages out
# of fold (round 9): police reports and descriptions in the passive were ranked down as forecasts.
_CLAUSE_END = re.compile(r"[,;:.!?–—]")
_GERMAN_WERDEN = re.compile(r"\b(?:wird|werden)\b")
_GERMAN_PARTICIPLE = re.compile(r"\b(?:ge\w{3,}(?:t|en)|(?:be|ver|er|ent|zer)\w{3,}t|\w{3,}iert)\b")
_QUOTE_OPEN = '"“„«‘‚‹»'
_LEADING_DASHES = re.compile(r"^[\s–—-]+")


@dataclass(frozen=True, slots=True)
class PageSentence:
    """One scored sentence with what triage reads of its place on the page."""

    text: str
    role: str
    block_sentences: int
    cue: Cues
    score: float
    page_lang: str = "und"
    #: why the sentence's whole block is no article text (:func:`sift.claims.furniture.block_furniture_reason`)
    block_furniture: str | None = None


@dataclass(slots=True)
class Triaged:
    """Triage of one sentence: priority (0..1), tier, whether the page labels it check-worthy, rank of its group
    (1 = first), representative if grouped."""

    priority: float
    tier: int
    checkworthy: bool = False
    rank: int = 0
    duplicate_of: int | None = None
    furniture: str | None = None


PAGE_FEATURE_NAMES: tuple[str, ...] = (
    "sentence_logit",
    "lead",
    "position",
    "heading",
    "question",
    "forecast",
    "opinion",
    "second_person",
    "quoted",
    "quote_block",
    "attributed",
    "number",
    "sourced_figure",
    "short",
)
# The news-sentence head's logit (``TriageHead.news``): a logistic head over the sentence's encoder row, trained on
# the article sentences of annotated news pages, so that the page head reads what a news sentence says and not only
# what the debate- and tweet-trained sentence model thinks of it.
NEWS_FEATURE = "news_logit"
# The fact head's logit (``TriageHead.fact``, since round 10): a logistic head over the encoder row trained on the
# lenient reading of the pages that have one (every factual statement a fact-checker could check, about half of a
# page's sentences), beside the news head trained on the strict one (the page's main claims). Stacked, the page head
# weighs "a fact" and "the fact" apart. Tried in round 10 and not in the shipped model (train/checkworthy_pages.py
# --fact; SOURCE-checkworthy.md, round 10): a head without it reads no fact logit.
FACT_FEATURE = "fact_logit"


def head_feature_names(news: bool, fact: bool = False) -> tuple[str, ...]:
    """The page head's inputs: :data:`PAGE_FEATURE_NAMES`, then :data:`NEWS_FEATURE` when it has a news head and
    :data:`FACT_FEATURE` when it has a fact head."""
    return (*PAGE_FEATURE_NAMES, *((NEWS_FEATURE,) if news else ()), *((FACT_FEATURE,) if fact else ()))


def _logit(probability: float) -> float:
    clipped = min(max(probability, 1e-4), 1.0 - 1e-4)
    return math.log(clipped / (1.0 - clipped))


def _is_heading(item: PageSentence) -> bool:
    return (
        item.block_sentences == 1
        and item.cue.words <= MAX_HEADING_WORDS
        and not _SENTENCE_END.search(item.text)
        and not item.cue.question
    )


def _asks(text: str, cue: Cues) -> bool:
    """A question anywhere in the sentence: it ends in one, opens with "¿", or a quoted question leads it."""
    return cue.question or text.lstrip(_QUOTE_OPEN + " –—-").startswith("¿") or "?" in text


def _conditional(lower: str, lang: str) -> bool:
    pattern = _CONDITIONAL.get(lang)
    return bool(pattern and pattern.search(lower))


def _forecast(lower: str, lang: str) -> bool:
    """Forecast or plan words (:data:`_FORECAST`) or a condition opening the sentence, except German passives."""
    found = _FORECAST.findall(lower)
    if not found:
        return _conditional(lower, lang)
    if (
        lang == "de"
        and all(word in ("wird", "werden") for word in found)
        and all(_german_passive(lower, match) for match in _GERMAN_WERDEN.finditer(lower))
    ):
        return _conditional(lower, lang)
    return True


def _german_passive(lower: str, match: re.Match[str]) -> bool:
    """Whether this "wird"/"werden" is a passive: a participle in its clause after it ("werden … blockiert") or just
    before it, verb-last ("…, die verabreicht werden")."""
    end = _CLAUSE_END.search(lower, match.end())
    clause = lower[match.end() : end.start() if end else len(lower)]
    before = lower[: match.start()].split()
    return bool(_GERMAN_PARTICIPLE.search(clause)) or bool(before and _GERMAN_PARTICIPLE.fullmatch(before[-1]))


def _is_quoted(text: str) -> bool:
    stripped = _LEADING_DASHES.sub("", text)
    return bool(stripped) and stripped[0] in _QUOTE_OPEN


def page_features(items: Sequence[PageSentence], tiers: Sequence[int]) -> np.ndarray:
    """One row of :data:`PAGE_FEATURE_NAMES` per sentence, float32.

    ``lead`` and ``position`` count article sentences only (tier 0), in page order: the first two article
    sentences are the lead; position runs from 0 (first) to 1 (last).
    """
    article = [index for index, tier in enumerate(tiers) if tier == TIER_ARTICLE]
    order = {index: rank for rank, index in enumerate(article)}
    last = max(len(article) - 1, 1)
    rows = []
    for index, item in enumerate(items):
        place = order.get(index)
        cue = item.cue
        lower = item.text.lower()
        figure = cue.digits or cue.number_words or cue.percent or cue.money or cue.date or cue.year
        rows.append(
            [
                _logit(item.score),
                float(place is not None and place < 2),
                place / last if place is not None else 1.0,
                float(_is_heading(item)),
                float(_asks(item.text, cue)),
                float(_forecast(lower, item.page_lang)),
                float(cue.opinion or bool(_OPINION_MORE.search(lower))),
                float(cue.second_person),
                float(_is_quoted(item.text)),
                float(item.role == "quote"),
                float(cue.attribution),
                float(cue.digits or cue.number_words or cue.percent or cue.money),
                float(figure and (cue.attribution or bool(_REPORTED.search(lower))) and cue.names > 0),
                float(cue.words < 8),
            ]
        )
    if not rows:
        return np.zeros((0, len(PAGE_FEATURE_NAMES)), dtype=np.float32)
    return np.asarray(rows, dtype=np.float32)


@dataclass(frozen=True, slots=True)
class TriageHead:
    """Logistic priority over the page features: ``sigmoid(features @ weights + intercept + shifts[lang])``.

    Trained by ``train/checkworthy_pages.py`` on hand-annotated news pages; ``threshold`` is the priority from
    which a sentence is labelled check-worthy on a page. ``shifts`` moves the logit of every sentence of a page in
    a language whose training pages were enough to set a flag budget of its own (the sentence model scores
    languages it has no training data for unevenly: Spanish pages were flagged more than French ones), so that the
    language's cross-validated threshold lands on ``threshold``; pages in other languages keep the pooled one. It
    reads the page's language, not the block's: the budget is a share of a page's sentences. ``languages`` are the
    languages with enough training pages to set their threshold from their own pages: pages in any other known
    language are capped (:data:`PAGE_FLAG_SHARE`). Without a head
    (an older model), the priority is the sentence score. ``news`` (optional) weighs the sentence's encoder row into
    one more input, :data:`NEWS_FEATURE` (``embedding @ news + news_intercept``), the last of ``feature_names``.
    ``drop`` (optional, a logit gap) shortens the list a page labels check-worthy at its first clear drop in
    priority (:func:`kept_before_drop`); ``None`` keeps every claim at or above the threshold. ``fact`` (optional)
    weighs the encoder row into :data:`FACT_FEATURE` (``embedding @ fact + fact_intercept``), after the news logit.
    """

    weights: np.ndarray
    intercept: float
    threshold: float
    feature_names: tuple[str, ...] = PAGE_FEATURE_NAMES
    shifts: dict[str, float] = field(default_factory=dict)
    languages: tuple[str, ...] = ()
    news: np.ndarray | None = None
    news_intercept: float = 0.0
    drop: float | None = None
    fact: np.ndarray | None = None
    fact_intercept: float = 0.0

    def caps(self, lang: str) -> bool:
        """Whether a page in ``lang`` is capped: a known language with too few training pages (or none)."""
        return bool(self.languages) and lang != "und" and lang not in self.languages

    def inputs(self, features: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
        """The head's input rows: :func:`page_features` rows, with the news logit of each encoder row appended when
        the head has a news head, then its fact logit when it has a fact head."""
        columns = [features]
        if self.news is not None:
            columns.append(embeddings @ self.news + self.news_intercept)
        if self.fact is not None:
            columns.append(embeddings @ self.fact + self.fact_intercept)
        return features if len(columns) == 1 else np.column_stack(columns)

    def priority(self, features: np.ndarray, langs: Sequence[str] = ()) -> np.ndarray:
        """Priority in ``[0, 1]`` for each row of :meth:`inputs`, ``langs`` giving each row's page language."""
        logits = features @ self.weights + self.intercept
        if self.shifts and len(langs):
            logits = logits + np.asarray([self.shifts.get(lang, 0.0) for lang in langs], dtype=np.float64)
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30.0, 30.0)))


def _words(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


def group_duplicates(
    texts: Sequence[str], embeddings: np.ndarray, order: Sequence[int], *, words: Sequence[set[str]] | None = None
) -> list[int | None]:
    """For each sentence, the index of the sentence it repeats, or ``None`` when it leads its own group.

    Args:
        texts: the sentences.
        embeddings: one L2-normalised encoder row per sentence (zeros allowed).
        order: sentence indices best first; the first of a group in this order represents it.
        words: each sentence's folded words when the caller has them (:func:`_words`).

    Returns:
        ``duplicate_of`` per sentence (always a representative, never a member).
    """
    words = [_words(text) for text in texts] if words is None else words
    sizes = [len(found) for found in words]
    # representatives with enough words to hold a duplicate, in order (a pair needs both to have that many)
    representatives: list[int] = []
    duplicate_of: list[int | None] = [None] * len(texts)
    for index in order:
        mine, size = words[index], sizes[index]
        if size < MIN_DUPLICATE_WORDS:
            continue  # leads its own group, and no later sentence can repeat it
        for rep in representatives:
            shared, other = len(mine & words[rep]), sizes[rep]
            contained = shared / min(size, other) >= DUPLICATE_CONTAINMENT
            alike = (
                shared / (size + other - shared) >= DUPLICATE_OVERLAP  # the share of the union of both
                and float(embeddings[index] @ embeddings[rep]) >= DUPLICATE_COSINE
            )
            if contained or alike:
                duplicate_of[index] = rep
                break
        else:
            representatives.append(index)
    return duplicate_of


def is_dated_teaser(text: str) -> bool:
    """Whether a related box's sentence is a teaser list's item, opened by its date ("13 Nov 2019, 9:19pm Outgoing
    ATP president … 'I'd be lying if I said it didn't hurt'"): another article's headline, to check on its own
    page. It is never labelled check-worthy here and ranks after every sentence of the article (on a Telegraph
    podcast page it was claim 2, above the episode's own lines); a related box's paragraph stays a claim. A teaser
    stamped with its age ("… 2 days ago on Mac Blog …", anywhere in it) is one too: a news site's "More Blog
    Stories" box took claims 3–6 of a four-paragraph article."""
    if _AGE_STAMP_RE.search(text):
        return True
    found = find_date(text[: MAX_STAMP_OFFSET + 40])
    return found is not None and found[1].start() <= MAX_STAMP_OFFSET


def page_tiers(items: Sequence[PageSentence]) -> tuple[list[int], list[str | None]]:
    """Each sentence's tier (article, around it, furniture) and, for furniture, the reason."""
    furniture = [furniture_reason(item.text) or item.block_furniture for item in items]
    tiers = [
        TIER_FURNITURE if reason else TIER_ARTICLE if item.role in ARTICLE_ROLES else TIER_AROUND
        for item, reason in zip(items, furniture, strict=True)
    ]
    return tiers, furniture


def flag_cap(priority: Sequence[float], article: Sequence[bool], threshold: float, *, cap: bool = True) -> list[bool]:
    """Which sentences a page labels check-worthy: at or above ``threshold``; with ``cap``, among article
    sentences only the best :data:`PAGE_FLAG_SHARE` of the page's article sentences (at least one).

    Args:
        priority: each sentence's priority.
        article: whether each sentence counts as article text (tier 0, not furniture).
        threshold: the head's threshold.
        cap: whether the page share applies (pages in a language the head was not trained on).
    """
    flagged = [value >= threshold for value in priority]
    if not cap:
        return flagged
    ranked = sorted((i for i, inside in enumerate(article) if inside and flagged[i]), key=lambda i: -priority[i])
    for index in ranked[max(1, math.floor(PAGE_FLAG_SHARE * sum(article))) :]:
        flagged[index] = False
    return flagged


def kept_before_drop(priorities: Sequence[float], gap: float) -> int:
    """How many of a page's check-worthy claims (priorities in the order the page shows them) come before the
    first clear drop: a claim whose priority logit lies more than ``gap`` below the one before it. That claim and
    every later one are weaker than what the page leads with, so the page shows fewer claims when the rest of its
    scores are low (issue #18: a fact-checker reads the top five; the strict reading marks the page's main event).

    Args:
        priorities: the shown claims' priorities, in rank order (group representatives only).
        gap: the largest logit step down that still keeps the next claim.

    Returns:
        The number of leading claims kept (all of them when no step is larger than ``gap``; at least one).
    """
    for index in range(1, len(priorities)):
        if _logit(priorities[index - 1]) - _logit(priorities[index]) > gap:
            return index
    return len(priorities)


def _ranked(
    result: list[Triaged], texts: list[str], words: list[set[str]], embeddings: np.ndarray
) -> tuple[list[int], list[int | None]]:
    """The page's sentences in rank order and each one's group representative (:func:`group_duplicates`)."""
    order = sorted(
        range(len(result)),
        key=lambda i: (not result[i].checkworthy, result[i].tier, -result[i].priority, i),
    )
    return order, group_duplicates(texts, embeddings, order, words=words)


def triage(
    items: Sequence[PageSentence], embeddings: np.ndarray, head: TriageHead | None, threshold: float
) -> list[Triaged]:
    """Priority, tier, rank and group of every scored sentence of one page.

    Args:
        items: the page's scored sentences, in page order.
        embeddings: their encoder rows (for near-duplicates and the head's news logit).
        head: the page head, or ``None`` to rank by sentence score.
        threshold: priority from which a sentence is check-worthy (check-worthy groups rank first); at most
            :data:`PAGE_FLAG_SHARE` of the article sentences are on a page in a language the head was not trained
            on (:func:`flag_cap`), and none after the page's first clear drop in priority when the head has a
            ``drop`` and the page :data:`DROP_MIN_ARTICLE` article sentences (:func:`kept_before_drop`).

    Returns:
        One :class:`Triaged` per item. Ranks count groups: check-worthy before the rest, then article
        sentences before related boxes and captions before furniture, then priority, then page order. A dated
        teaser (:func:`is_dated_teaser`) is never check-worthy, so it ranks after every article sentence.
    """
    if not items:
        return []
    tiers, furniture = page_tiers(items)
    if head is None:
        priority = np.asarray([item.score for item in items], dtype=np.float64)
    else:
        features = head.inputs(page_features(items, tiers), embeddings)
        priority = head.priority(features, [item.page_lang for item in items]).astype(np.float64)
    article = [tier == TIER_ARTICLE and reason is None for tier, reason in zip(tiers, furniture, strict=True)]
    flagged = flag_cap(priority.tolist(), article, threshold, cap=head is not None and head.caps(items[0].page_lang))
    teaser = [item.role == "related" and is_dated_teaser(item.text) for item in items]
    result = [
        Triaged(float(value), tier, checkworthy=flag and reason is None and not other, furniture=reason)
        for value, tier, reason, flag, other in zip(priority, tiers, furniture, flagged, teaser, strict=True)
    ]
    texts = [item.text for item in items]
    words = [_words(text) for text in texts]  # once: the page may be ranked twice
    order, duplicate_of = _ranked(result, texts, words, embeddings)
    if head is not None and head.drop is not None and sum(article) >= DROP_MIN_ARTICLE:
        shown = [index for index in order if result[index].checkworthy and duplicate_of[index] is None]
        cut = set(shown[kept_before_drop([result[index].priority for index in shown], head.drop) :])
        if cut:
            for index, item in enumerate(result):
                if index in cut or duplicate_of[index] in cut:
                    item.checkworthy = False
            order, duplicate_of = _ranked(result, texts, words, embeddings)
    rank = 0
    for index in order:
        representative = duplicate_of[index]
        if representative is None:
            rank += 1
            result[index].rank = rank
        else:
            result[index].duplicate_of = representative
            result[index].rank = result[representative].rank
    return result
