"""The ``language`` stage: an ISO 639-1 code and a confidence per block, and the page's main language.

Detection uses lingua restricted to :data:`DEFAULT_LANGUAGES` (28 languages of international news) in
**low-accuracy mode** by default, each language's model loaded when a text's script first allows it. Measured by
``bench/language.py`` on checkworthiness/checkthat2024-t1 dev (en/es/nl/ar, 28 candidates) against the
high-accuracy mode: with every model preloaded it builds in 0.5 s instead of 13-16 s, holds ~65 MB instead of
~740 MB, scores a text in ~0.2 ms instead of ~0.6 ms, and is as accurate on whole texts (99.7% vs 100%). It is
weaker on short text (86% vs 96% at 16 letters) and overconfident there, so its ``und`` floor is higher (0.9 vs
0.5): at 16 letters it then decides 71% of texts with 2.6% wrong (high mode: 72%, 0.2%). Blocks are mostly
paragraphs, so the speed and the memory win.

Rules (see :class:`LanguageConfig`):

- only the first ``max_chars`` characters of a block are scored (lingua costs ~2 µs per character, so a
  page-long block would otherwise cost hundreds of milliseconds; 2,000 characters decide any language);
- a block with fewer than ``min_letters`` letters, or whose best language scores below ``min_confidence``,
  is ``"und"``; it keeps the best score as its ``lang_confidence`` so readers see how close it came;
- a mixed-language block gets its dominant language: lingua scores the block as a whole, so the language
  with most of the text wins; per-language runs inside one block are not recorded (blocks are meant to
  have one language, extraction splits at paragraph level);
- a short block (a heading, a caption: fewer than ``short_letters`` letters) follows the surrounding text:
  where its own guess differs from the language of the nearest long blocks, lingua's high-accuracy models
  compare just those two languages on it (loaded lazily, about 25 MB and 0.2-1 s per language, once), and
  the block keeps its own language only when that comparison gives it at least ``CONFIDENT_OTHER``. The
  trigram-only mode calls "Niedlicher Roboter-Spielkamerad: Anki Cozmo" Polish at 1.0; the comparison says
  German at 0.95. On a page without long blocks, a short block too unsure to tell on its own takes the nearest
  short blocks whose language was told for the surrounding text ("The match ended in a draw." then "That is the
  verdict of coach Tom Hart.", English at 0.39, was ``"und"``, so never read for a speaker), and where none was
  told, the undetermined blocks around it are told together with it. Blocks too short to tell (``min_letters``)
  stay ``"und"``;
- ``doc.language`` is the language with the most characters over body blocks, or over all blocks when no
  body block has a known language; ``"und"`` when none does;
- a block whose words its language's dictionary mostly does not know is ``lang_uncertain`` (a language lingua
  does not know, called by its nearest neighbour: Papiamento as Spanish; see ``certainty``), and so is the page
  (``doc.language_uncertain``) when most of its main language's body text is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sift.document import Block, Document
from sift.errors import ConfigError
from sift.language.certainty import MIN_KNOWN_SHARE, mark_uncertain, page_uncertain
from sift.pipeline import Resources, register_stage

if TYPE_CHECKING:
    from lingua import LanguageDetector

__all__ = [
    "DEFAULT_LANGUAGES",
    "MIN_CONFIDENCE",
    "MIN_LETTERS",
    "UNDETERMINED",
    "LanguageConfig",
    "build_detector",
    "detect_language",
    "detect_languages",
    "detector_for",
    "main_language",
]

#: The code for "no language could be told" (ISO 639-2 ``und``), as in ``Block.lang``.
UNDETERMINED = "und"

#: Languages the detector chooses from: fewer candidates means fewer confusions and a smaller model.
DEFAULT_LANGUAGES = (
    "en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "ar", "tr", "ro", "cs",
    "sv", "da", "fi", "el", "hu", "bg", "hr", "fa", "he", "hi", "id", "zh", "ja", "ko",
)  # fmt: skip

DETECTOR_MODES = ("low", "high")

#: Below this many letters a block is "und": lingua's guess on a lone name such as "Albu Kamal" (9 letters)
#: or "Only News" says nothing about a language. A guard chosen by hand, not tuned; bench/language.py reports
#: error and coverage per length (checkworthiness/checkthat2024-t1 dev texts cut to 8-40 letters).
MIN_LETTERS = 12

_WORD = re.compile(r"[^\W\d_]+")
#: Only this many leading characters of a block are scored: enough for any language, bounded in time.
MAX_CHARS = 2000

#: Blocks with fewer letters are short (headings, captions, kickers): their language is checked against the
#: surrounding text. Chosen by hand from bench/language.py's error by length (the low mode errs on 14% of
#: 16-letter texts, few from 60 letters on); tests/language/test_language_context.py holds the cases.
SHORT_LETTERS = 60

#: A short block keeps a language other than the surrounding text's only when lingua's high-accuracy models,
#: comparing the two languages on the block alone, give it this much; below, it follows the surrounding text.
#: Set by hand on the cases of tests/language/test_language_context.py: a French headline scores 0.90 against
#: English, "Black Friday deals" 0.93 and "Brexit: what happens next" 0.84 English against German, while a
#: German heading scores 0.05 Polish and names or words shared by both ("Fazit", "Albu Kamal") about 0.5.
CONFIDENT_OTHER = 0.8

#: Below this top confidence a block is "und", per detector mode: the low-accuracy mode is overconfident on
#: short text, so it needs a higher floor (error <= 2.6% at every length from 8 letters; full texts keep 99%
#: coverage). Tuned on checkworthiness/checkthat2024-t1 dev, bench/language.py.
MIN_CONFIDENCE = {"low": 0.9, "high": 0.5}


@dataclass(frozen=True, kw_only=True, slots=True)
class LanguageConfig:
    """Settings of the ``language`` stage.

    Args:
        languages: ISO 639-1 codes lingua may choose from (at least two).
        mode: ``"low"`` (low-accuracy mode, models loaded on first use: fast and small) or ``"high"`` (high
            accuracy, preloaded).
        min_letters: blocks with fewer letters than this are ``"und"``.
        min_confidence: blocks whose best language scores below this are ``"und"`` (default: the floor
            tuned for ``mode``, :data:`MIN_CONFIDENCE`).
        max_chars: only this many leading characters of a block are scored.
        short_letters: blocks with fewer letters follow the surrounding text unless confidently another
            language (0 turns the check off).
        min_known_share: below this share of words known to its language's dictionary a block's language is
            uncertain (0 turns the check off; see :mod:`sift.language.certainty`).

    Raises:
        ConfigError: an unknown language code or mode, or a threshold out of range.
    """

    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    mode: str = "low"
    min_letters: int = MIN_LETTERS
    min_confidence: float | None = None
    max_chars: int = MAX_CHARS
    short_letters: int = SHORT_LETTERS
    min_known_share: float = MIN_KNOWN_SHARE

    def __post_init__(self) -> None:
        from lingua import IsoCode639_1

        object.__setattr__(self, "languages", tuple(code.lower() for code in self.languages))
        if len(set(self.languages)) < 2:
            raise ConfigError("language.languages needs at least two distinct ISO 639-1 codes")
        unknown = [
            code for code in self.languages if not isinstance(getattr(IsoCode639_1, code.upper(), None), IsoCode639_1)
        ]
        if unknown:
            raise ConfigError(f"language.languages: unknown ISO 639-1 code(s) {', '.join(unknown)}; use e.g. en, fr")
        if self.mode not in DETECTOR_MODES:
            raise ConfigError(f"language.mode must be one of {', '.join(DETECTOR_MODES)}, not {self.mode!r}")
        if self.min_letters < 0:
            raise ConfigError(f"language.min_letters must be >= 0, not {self.min_letters}")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError(f"language.min_confidence must be within [0, 1], not {self.min_confidence}")
        if self.max_chars < 1:
            raise ConfigError(f"language.max_chars must be >= 1, not {self.max_chars}")
        if self.short_letters < 0:
            raise ConfigError(f"language.short_letters must be >= 0, not {self.short_letters}")
        if not 0.0 <= self.min_known_share <= 1.0:
            raise ConfigError(f"language.min_known_share must be within [0, 1], not {self.min_known_share}")

    @property
    def confidence_floor(self) -> float:
        """``min_confidence``, or the floor tuned for ``mode`` when it is unset."""
        return MIN_CONFIDENCE[self.mode] if self.min_confidence is None else self.min_confidence


def build_detector(languages: tuple[str, ...] = DEFAULT_LANGUAGES, mode: str = "low") -> LanguageDetector:
    """Build a lingua detector for ``languages``.

    In the low-accuracy mode a language's trigram model loads the first time a text could be in that language
    (lingua rules out languages whose script the text does not use): a page in Latin script never loads the
    eleven models of the other scripts, and a cold ``sift check`` of the seed spends 0.1 s less (lingua's
    confidences are the same, ``tests/language``). The high-accuracy mode preloads every model, as its lazy
    loading grows to hundreds of MB on the first short text anyway.

    Args:
        languages: ISO 639-1 codes to choose from.
        mode: ``"low"`` (trigram models only, ~65 MB peak) or ``"high"`` (all n-gram models, ~740 MB).

    Returns:
        The detector; build it once (``resources.get``) and share it.

    Raises:
        ConfigError: an unknown code or mode.
    """
    config = LanguageConfig(languages=languages, mode=mode)
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in config.languages]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    if config.mode == "low":
        return builder.with_low_accuracy_mode().build()
    return builder.with_preloaded_language_models().build()


def detector_for(resources: Resources, config: LanguageConfig) -> LanguageDetector:
    """The detector for ``config``, built once per :class:`Resources`.

    The default configuration is stored under ``"lingua"`` so that other stages and the CLI share it;
    another language set or mode gets its own key, so two configurations never share a wrong detector.
    """
    name = "lingua"
    if (config.languages, config.mode) != (DEFAULT_LANGUAGES, "low"):
        name = f"lingua:{config.mode}:{','.join(config.languages)}"
    return resources.get(name, lambda: build_detector(config.languages, config.mode))


def detect_language(
    detector: LanguageDetector,
    text: str,
    *,
    min_letters: int = MIN_LETTERS,
    min_confidence: float = MIN_CONFIDENCE["low"],
    max_chars: int = MAX_CHARS,
) -> tuple[str, float]:
    """The language of ``text`` as an ISO 639-1 code and lingua's confidence for it.

    Args:
        detector: from :func:`build_detector` (or ``resources.get("lingua", build_detector)``).
        text: any text; a mixed-language text gets its dominant language.
        min_letters: fewer letters than this gives ``"und"``.
        min_confidence: a best score below this gives ``"und"`` (default: the low-accuracy mode's floor).
        max_chars: only this many leading characters are scored.

    Returns:
        ``(code, confidence)``; ``code`` is ``"und"`` when the text is too short or the best score too low,
        and ``confidence`` is still the best score (0.0 for text without letters).
    """
    text = text[:max_chars]
    code, confidence, _ = _detect(detector, text, _letters(text), min_letters, min_confidence)
    return code, confidence


def _detect(
    detector: LanguageDetector, text: str, letters: int, min_letters: int, min_confidence: float
) -> tuple[str, float, str | None]:
    """:func:`detect_language` of a cut ``text`` with ``letters`` letters, and lingua's first choice whatever its
    confidence (``None`` when lingua was not asked: a text without letters)."""
    if letters == 0:
        return UNDETERMINED, 0.0, None
    values = detector.compute_language_confidence_values(text)
    if not values:
        return UNDETERMINED, 0.0, None
    best = values[0]
    guess = best.language.iso_code_639_1.name.lower()
    confidence = round(float(best.value), 4)
    if letters < min_letters or confidence < min_confidence:
        return UNDETERMINED, confidence, guess
    return guess, confidence, guess


def main_language(blocks: list[Block]) -> str:
    """The language with the most characters in body blocks, else in all blocks, else ``"und"``."""
    for role_blocks in ([block for block in blocks if block.role == "body"], blocks):
        sizes = Counter[str]()
        for block in role_blocks:
            if block.lang != UNDETERMINED:
                sizes[block.lang] += len(block.text)
        if sizes:
            return sizes.most_common(1)[0][0]
    return UNDETERMINED


def _letters(text: str) -> int:
    """How many letters a text has (what tells a language apart, unlike digits and punctuation)."""
    return sum(map(str.isalpha, text))


def _surrounding(long: list[str | None], index: int) -> tuple[str | None, str | None]:
    """The languages of the nearest long blocks before and after block ``index`` (``None`` where there is none);
    ``long`` holds each block's language when it is a long block with a known language, else ``None``."""
    before = next((lang for lang in reversed(long[:index]) if lang is not None), None)
    return before, next((lang for lang in long[index + 1 :] if lang is not None), None)


def _pair_detector(resources: Resources, first: str, second: str) -> LanguageDetector:
    """A high-accuracy detector choosing between two languages only (its models load on first use, once)."""

    def build() -> LanguageDetector:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        return LanguageDetectorBuilder.from_iso_codes_639_1(
            getattr(IsoCode639_1, first.upper()), getattr(IsoCode639_1, second.upper())
        ).build()

    return resources.get(f"lingua-pair:{first}:{second}", build)


def _follow_context(
    blocks: list[Block], resources: Resources, config: LanguageConfig, guesses: list[str | None] | None = None
) -> None:
    """Give short blocks the language of the surrounding text unless they are confidently another one.

    ``guesses``: lingua's first choice per block when the caller has it (:func:`_detect`), so no block is scored
    twice; ``None`` in it (or no list) asks lingua again.
    """
    # letters of each block's whole text (what makes a block long) and of its scored start (what makes it short)
    letters = [_letters(block.text) for block in blocks]
    cut = [
        count if len(block.text) <= config.max_chars else _letters(block.text[: config.max_chars])
        for block, count in zip(blocks, letters, strict=True)
    ]

    def long_lang(index: int) -> str | None:
        lang = blocks[index].lang
        return lang if lang != UNDETERMINED and letters[index] >= config.short_letters else None

    long = [long_lang(index) for index in range(len(blocks))]
    told = [block.lang if block.lang != UNDETERMINED else None for block in blocks]
    # the non-Latin scripts each long language is written in on this page (from a sample of its text)
    scripts = {lang: _page_scripts(blocks[index].text[:300]) for index, lang in reversed(list(enumerate(long))) if lang}
    together: list[str | None] = []  # the page told as one text, once: it is the same text for every block
    for index, block in enumerate(blocks):
        if not config.min_letters <= cut[index] < config.short_letters:
            continue
        before, after = _surrounding(long, index)
        if before is None and after is None and block.lang == UNDETERMINED:
            before, after = _surrounding(told, index)  # a page of short blocks only: the nearest told stands for it
            if not together:
                together.append(_told_together(blocks, resources, config))
            before = before or after or together[0]
        context = before or after
        if context is None or block.lang in (before, after):
            continue
        known = guesses[index] if guesses is not None else None
        _weigh(block, context, known, resources, config, scripts.get(context, frozenset()))
        long[index] = long_lang(index)  # a block long by its whole text but short at its start is context too
        told[index] = block.lang if block.lang != UNDETERMINED else None


def _told_together(blocks: list[Block], resources: Resources, config: LanguageConfig) -> str | None:
    """The language of a page whose blocks are all undetermined, its blocks told as one text ("Rates will rise."
    and "That is the verdict of coach Tom Hart.": neither alone, English at 0.93 together); ``None`` when that text
    is still too unsure, or the page has one block."""
    if len(blocks) < 2:
        return None
    text = "\n\n".join(block.text for block in blocks)[: config.max_chars]
    detector = detector_for(resources, config)
    lang, _, _ = _detect(detector, text, _letters(text), config.min_letters, config.confidence_floor)
    return None if lang == UNDETERMINED else lang


def _weigh(
    block: Block,
    context: str,
    known: str | None,
    resources: Resources,
    config: LanguageConfig,
    scripts: frozenset[str] = frozenset(),
) -> None:
    """Give a short block the ``context`` language unless it is confidently its own (``known``: lingua's first
    choice for it, when the caller has it; ``scripts``: the non-Latin scripts the page writes the context language
    in, :func:`_page_scripts`)."""
    guess = block.lang
    if _names_only(block.text[: config.max_chars]) or _writes_in(block.text[: config.max_chars], scripts):
        block.lang = context
        return
    if guess == UNDETERMINED:  # too unsure on its own: the best guess is weighed against the context
        guess = known or _best_guess(detector_for(resources, config), block.text[: config.max_chars])
    if guess is None or guess == context:
        block.lang = context
        return
    first, second = sorted((context, guess))
    values = _pair_detector(resources, first, second).compute_language_confidence_values(block.text)
    own = next((value.value for value in values if value.language.iso_code_639_1.name.lower() == guess), 0.0)
    if own >= CONFIDENT_OTHER:
        block.lang, block.lang_confidence = guess, round(float(own), 4)
    else:
        block.lang, block.lang_confidence = context, round(1.0 - float(own), 4)


def _names_only(text: str) -> bool:
    """Whether a short block is a row of names and numbers: every word capitalised, and a digit.

    Such a block carries no evidence of a language: a standings table's row "2 | Martin Truex Jr. | 5035 | 7"
    was Danish, the next rows Czech, Finnish, Swedish and Polish, on a Portuguese page (and each guess loaded a
    pair model and made the report say attribution was not available for Danish). It takes the surrounding
    text's language. A heading (no digit: "Russia Says US Helped ISIS" in a German page's related box) or a line
    with a lower-case word is still weighed as before.
    """
    words = _WORD.findall(text)
    return bool(words) and any(char.isdigit() for char in text) and all(word[0].isupper() for word in words)


def _scripts(text: str) -> Counter[str]:
    """How many of a text's letters each script writes ("LATIN", "HANGUL", "CYRILLIC", "CJK", …; ASCII letters are
    Latin)."""
    return Counter(
        "LATIN" if char.isascii() else unicodedata.name(char, "").partition(" ")[0] for char in text if char.isalpha()
    )


def _page_scripts(sample: str) -> frozenset[str]:
    """The non-Latin scripts of a sample of a page's text in one language, when most of its letters are in them
    (one "Ω", "π", "º" or Cyrillic name in a German text is no script of German); empty otherwise."""
    page = _scripts(sample)
    return frozenset() if page["LATIN"] * 2 >= page.total() else frozenset(page) - {"LATIN"}


def _writes_in(text: str, scripts: frozenset[str]) -> bool:
    """Whether a short block holds words in the non-Latin script its context language is written in on this page.

    lingua scores such a mixed line by its Latin words alone: "Entermedia 주요뉴스", a columnist's byline with his
    e-mail address and "Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지" were Spanish and English on a
    Korean page (KO 0.0 in a Korean/Spanish pair). A brand, an address or a name in Latin letters does not make a
    Korean, Russian or Arabic line another language; a short line wholly in Latin letters is still weighed. The
    page must be written in that script (``scripts``, :func:`_page_scripts`), and the script must be a fair share
    of the line (an English sentence naming "Kim Min-su (김민수)" is English).
    """
    if not scripts:
        return False
    line = _scripts(text)
    shared = sum(count for script, count in line.items() if script in scripts)
    return shared > 0 and shared * SCRIPT_SHARE >= line["LATIN"]


#: A line's letters in the page's non-Latin script make it the page's language when they are at least 1/SCRIPT_SHARE
#: of its Latin letters ("Entermedia 주요뉴스", "김민수 기자 minsu.kim@example.co.kr"; not an English sentence naming
#: one Korean).
SCRIPT_SHARE = 5


def _best_guess(detector: LanguageDetector, text: str) -> str | None:
    """lingua's first choice for a text, whatever its confidence."""
    values = detector.compute_language_confidence_values(text)
    return values[0].language.iso_code_639_1.name.lower() if values else None


@register_stage(
    "language",
    config=LanguageConfig,
    requires=("blocks",),
    assigns=("blocks.lang", "blocks.lang_confidence", "blocks.lang_uncertain", "language", "language_uncertain"),
)
def detect_languages(doc: Document, resources: Resources, config: LanguageConfig) -> Document:
    """Set ``lang``/``lang_confidence`` on every block and ``doc.language`` (replacing earlier values)."""
    detector = detector_for(resources, config)
    guesses: list[str | None] = []
    for block in doc.blocks:
        text = block.text[: config.max_chars]
        block.lang, block.lang_confidence, guess = _detect(
            detector, text, _letters(text), config.min_letters, config.confidence_floor
        )
        guesses.append(guess)
    if config.short_letters:
        _follow_context(doc.blocks, resources, config, guesses)
    doc.language = main_language(doc.blocks)
    mark_uncertain(doc.blocks, min_share=config.min_known_share, max_chars=config.max_chars)
    doc.language_uncertain = page_uncertain(doc.blocks, doc.language)
    return doc
