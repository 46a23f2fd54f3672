"""How sure sift is of one attribution: that its cue reports a statement, times how surely its source was read.

The cue part is the English frame scorer's probability (its log-odds through the logistic function: the scorer is
a logistic model fitted on PolNeAR train, ``train/attribution_en.py``), or a fixed prior for frames the word-order
rules find (a reporting verb from the language's lexicon, an "according to" word, a speaker label). A cue that is
no verb of saying ("The US refused to …", "photos which show …") reports an action, not a statement: its
attribution keeps a low confidence and names no speaker. The source part is
:data:`sift.attribution.speakers.CERTAINTY` (a name, a described role, a resolved pronoun …).
"""

from __future__ import annotations

import math

from sift.attribution.frames import ACCORDING_LEMMAS, Frame
from sift.lexicon.languages import LANGUAGES

__all__ = ["cue_confidence", "is_speech"]

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


def is_speech(frame: Frame, lang: str) -> bool:
    """Whether a frame's cue reports a statement (a verb of saying, "according to", a label, a quote's dash)."""
    lemma = (frame.cue_lemma or "").lower()
    row = LANGUAGES.get(lang)
    if lemma in ACCORDING_LEMMAS or lemma in PUNCTUATION_CUES or lemma == "so" or row is None:
        return True
    if frame.score is None:  # the word-order rules take cues only from the row's reporting verbs
        return True
    return lemma in row.speech_lemmas or lemma in row.cue_lemmas


def cue_confidence(frame: Frame, lang: str) -> float:
    """Probability that the frame's cue reports a statement."""
    if frame.score is not None:
        probability = 1.0 / (1.0 + math.exp(-frame.score))
    elif (frame.cue_lemma or "") in PUNCTUATION_CUES:
        probability = PUNCTUATION_CUE
    elif lang in LANGUAGES and (frame.cue_lemma or "") in LANGUAGES[lang].speakers.speech_nouns:
        probability = NOUN_CUE
    else:
        probability = RULE_CUE
    return probability if is_speech(frame, lang) else probability * NOT_SPEECH
