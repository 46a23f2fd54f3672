"""Closed word classes for the table tagger, per language without a tagger on the registry (es, pt, it, pl).

No spaCy pipeline for Spanish, Portuguese, Italian or Polish installs with spaCy 3.8, and the attribution rules
need little of a tagger: where a noun phrase stops (a preposition, a verb, punctuation), which words are
articles, auxiliaries, conjunctions and adverbs. Those are closed classes a table lists; open-class words are
told apart by simplemma's lemma (a verb lemmatizes to an infinitive) and by capitals (names).
See :mod:`sift.attribution.table_tagger`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TAGGER_WORDS", "TaggerWords"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _perfect_participles(stems: tuple[tuple[str, str], ...], endings: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(participle ending, infinitive ending) pairs: each participle stem with each gender and number ending
    ("ad" + "o", "a", "os", "as" -> "ar")."""
    return tuple((stem + ending, infinitive) for stem, infinitive in stems for ending in endings)


@dataclass(frozen=True, slots=True, kw_only=True)
class TaggerWords:
    """Closed classes (lower case) and the endings that tell verbs and adverbs, for one language."""

    prepositions: frozenset[str]
    determiners: frozenset[str]
    pronouns: frozenset[str]
    conjunctions: frozenset[str]
    subordinators: frozenset[str]
    auxiliaries: frozenset[str]
    adverbs: frozenset[str]
    #: endings of infinitives: a word whose simplemma lemma differs from it and ends so is a verb form
    verb_lemma_endings: tuple[str, ...]
    #: endings of nouns' lemmas that end like an infinitive too (Polish "-ość": "sprawiedliwość", "możliwość")
    noun_lemma_endings: tuple[str, ...] = ()
    adverb_suffixes: tuple[str, ...] = ()
    #: endings of gerunds and adverbial participles ("tildando", "przekonując"): a verb form with no subject of
    #: its own (it shares the main clause's), so no reporting frame of its own
    gerund_endings: tuple[str, ...] = ()
    #: endings of the first person plural ("exigimos", "chiediamo"): a verb whose subject is "we", so a noun after
    #: it is its object ("También exigimos el cese de …"), never an inverted subject
    we_endings: tuple[str, ...] = ()
    #: endings of adjectival (passive) participles ("wspomniana Anna X": "the aforementioned Anna X"): an adjective
    #: before its noun, never a finite reporting verb
    participle_endings: tuple[str, ...] = ()
    #: (participle ending, infinitive ending) of regular past participles ("asegurado" -> "asegurar", "anunciada"
    #: -> "anunciar"): after an auxiliary, a cue verb's participle is the verb even where the dictionary holds it
    #: as a noun or an adjective ("ha asegurado el presidente", "foi anunciada pelo governador")
    perfect_participles: tuple[tuple[str, str], ...] = ()


SPANISH = TaggerWords(
    prepositions=_words(
        "a ante bajo con contra de desde durante en entre hacia hasta mediante para por según sin sobre tras al del"
    ),
    determiners=_words(
        "el la los las lo un una unos unas este esta estos estas ese esa esos esas aquel aquella su sus mi mis "
        "nuestro nuestra nuestros nuestras otro otra otros otras varios varias algunos algunas cada todo toda todos "
        "todas dicho dicha"
    ),
    pronouns=_words("se me te le les nos os él ella ellos ellas yo tú usted ustedes nosotros esto eso ello"),
    conjunctions=_words("y e o u pero sino ni"),
    subordinators=_words("que porque si cuando como aunque mientras donde"),
    auxiliaries=_words(
        "ha han había habían habría habrían he hemos haya hayan hubiera hubieran es son fue fueron será serán está "
        "están estaba era eran sido "
        "haber ser estar sea"
    ),
    adverbs=_words(
        "no también ya muy más menos hoy ayer ahora además todavía aún siempre nunca sólo solo así bien mal luego "
        "después antes tampoco asimismo incluso primero finalmente entonces"
    ),
    verb_lemma_endings=("ar", "er", "ir", "ír"),
    gerund_endings=("ando", "iendo", "yendo"),
    we_endings=("amos", "emos", "imos"),
    adverb_suffixes=("mente",),
    perfect_participles=_perfect_participles((("ad", "ar"), ("id", "er"), ("id", "ir")), ("o", "a", "os", "as")),
)

PORTUGUESE = TaggerWords(
    prepositions=_words(
        "a ante após até com contra de desde em entre para perante por sem sob sobre ao à aos às do da dos das no "
        "na nos nas pelo pela pelos pelas num numa dum duma segundo conforme"
    ),
    determiners=_words(
        "o a os as um uma uns umas este esta estes estas esse essa esses essas aquele aquela seu sua seus suas meu "
        "minha nosso nossa outro outra outros outras vários várias alguns algumas cada todo toda todos todas"
    ),
    pronouns=_words("se me te lhe lhes nos ele ela eles elas eu você vocês nós isso isto"),
    conjunctions=_words("e ou mas nem porém"),
    subordinators=_words("que porque se quando como embora enquanto onde"),
    auxiliaries=_words(
        "tem têm tinha tinham foi foram é são será serão está estão estava era eram sido ser estar ter haver havia "
        "seja tenha tenham tivesse tivessem teria teriam terá terão"
    ),
    adverbs=_words(
        "não também já muito mais menos hoje ontem agora ainda sempre nunca só apenas assim bem mal depois antes "
        "inclusive primeiro finalmente então"
    ),
    verb_lemma_endings=("ar", "er", "ir", "or"),
    gerund_endings=("ando", "endo", "indo"),
    we_endings=("amos", "emos", "imos"),
    adverb_suffixes=("mente",),
    perfect_participles=_perfect_participles((("ad", "ar"), ("id", "er"), ("id", "ir")), ("o", "a", "os", "as")),
)

ITALIAN = TaggerWords(
    prepositions=_words(
        "a ad al allo alla ai agli alle all' all’ da dal dallo dalla dai dagli dalle dall' dall’ di del dello della "
        "dei degli delle dell' dell’ in nel nello nella nei negli nelle nell' nell’ con col su sul sullo sulla sui "
        "sugli sulle sull' sull’ per tra fra verso senza sotto sopra presso dopo contro durante secondo"
    ),
    determiners=_words(
        "il lo la i gli le l' l’ un uno una un' un’ questo questa questi queste quello quella quelli quelle suo sua "
        "suoi sue mio mia nostro nostra altro altra altri altre alcuni alcune vari varie ogni tutto tutta tutti tutte"
    ),
    pronouns=_words("si mi ti ci vi ne lui lei loro io noi voi egli essa essi esse ciò questo"),
    conjunctions=_words("e ed o od ma né però"),
    subordinators=_words("che perché se quando come mentre sebbene dove"),
    auxiliaries=_words(
        "ha hanno aveva avevano avrebbe abbia abbiano avesse è sono era erano sarà stato stata stati state essere "
        "avere sia siano"
    ),
    adverbs=_words(
        "non anche già molto più meno oggi ieri ora ancora sempre mai solo così bene male poi dopo prima inoltre "
        "pure invece allora"
    ),
    verb_lemma_endings=("are", "ere", "ire", "rre"),
    gerund_endings=("ando", "endo"),
    we_endings=("iamo",),
    adverb_suffixes=("mente",),
    perfect_participles=_perfect_participles((("at", "are"), ("ut", "ere"), ("it", "ire")), ("o", "a", "i", "e")),
)

POLISH = TaggerWords(
    prepositions=_words(
        "w we z ze na do od o u przy po za przed nad pod bez dla przez między wobec według ku około podczas zdaniem"
    ),
    determiners=_words(
        "ten ta to ci te tego tej tych tym jego jej ich nasz nasza nasze swój swoja swoje każdy każda wszyscy "
        "wszystkie kilka kilku niektórzy inny inna inne"
    ),
    pronouns=_words("się mi mu jej im go ją on ona ono oni one ja my wy nas nam je"),
    conjunctions=_words("i oraz a ale lub albo czy ani lecz"),
    subordinators=_words("że żeby aby bo ponieważ gdy kiedy jeśli jeżeli choć chociaż jak"),
    auxiliaries=_words("jest są był była było byli były będzie będą został została zostało zostali zostały"),
    adverbs=_words(
        "nie też także również już bardzo więcej mniej dziś dzisiaj wczoraj teraz jeszcze zawsze nigdy tylko tak "
        "dobrze źle potem wcześniej jednak natomiast tymczasem zaś ponadto choćby chociażby"
    ),
    verb_lemma_endings=("ć", "c"),
    noun_lemma_endings=("ość",),  # no verb ends so ("nieść", "kraść", "jeść" do not)
    gerund_endings=("ąc",),
    participle_endings=("any", "ana", "ane", "ani", "ony", "ona", "one", "eni"),
)

#: Tagger tables per language code: a language listed here (and in simplemma) is read by the table tagger.
TAGGER_WORDS: dict[str, TaggerWords] = {"es": SPANISH, "pt": PORTUGUESE, "it": ITALIAN, "pl": POLISH}
