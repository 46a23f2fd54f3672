"""The preload module of a local cluster's forkserver: it loads the models once, and every worker forks with them.

``sift batch --workers N`` starts its local Dask workers with the ``forkserver`` method (see
:mod:`sift.batch.cluster`). The forkserver is a fresh interpreter started with ``exec``: it imports this module
before it forks anything, with no thread running but its main one (no Dask event loop, no progress bar; BLAS
limited to one thread by the environment it was started with), so no lock can be held by another thread when a
worker forks from it, the hazard of forking the client itself. On import this module reads the warm-up file
named by ``$SIFT_BATCH_WARM`` (the workers' settings and the run's first pages, written by the client), analyses
those pages with a store-less Workbench, which loads the models the corpus needs, then one short hand-made page
in each language sift attributes (:data:`WARM_TEXTS`: its readers, spaCy, HanTa, simplemma dictionaries, load
here rather than in every worker on the corpus's first page in that language) and lingua's high-accuracy models
of every language it chooses among (the pair detectors that weigh short blocks against their context read them;
lingua keeps them process-wide), and keeps the loaded models for the workers (:func:`sift.batch.worker.keep_models`);
the objects are then frozen out of the collector's reach so that the workers share their memory copy-on-write. Any
failure leaves nothing kept (the workers load their own models) and says so in one line; it never stops the
forkserver.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sift.batch.pages import Page

#: The environment variable naming the warm-up file (a pickle of ``(WorkerSettings, list[Page])``).
WARM_ENV = "SIFT_BATCH_WARM"

__all__ = ["WARM_ENV", "WARM_TEXTS", "ready", "warm_pages"]

#: One short page per language sift attributes (the rows of :data:`sift.lexicon.languages.LANGUAGES`; a test holds
#: the two lists together), written for this warm-up: a reported statement and a quote, so that the language,
#: claims and attribution stages load what a page in that language needs. Loaded here once, a model is shared by
#: every worker; loaded lazily, each worker pays it on its first page in the language (spaCy's French pipeline,
#: HanTa, a simplemma dictionary: 0.2-3 s each on the 2-core machine).
WARM_TEXTS = {
    "en": (
        "The harbour authority said on Tuesday that the northern bridge would reopen in May after repairs. "
        '"We expect traffic to return to normal by the summer," the director of the authority told reporters.'
    ),
    "fr": (
        "La capitainerie a déclaré mardi que le pont du nord rouvrirait en mai après des travaux. "
        "« Nous attendons un retour à la normale pour l'été », a affirmé la directrice du port aux journalistes."
    ),
    "de": (
        "Die Hafenbehörde teilte am Dienstag mit, dass die nördliche Brücke nach Reparaturen im Mai wieder öffnen "
        "werde. „Wir erwarten, dass sich der Verkehr bis zum Sommer normalisiert“, sagte der Direktor der Behörde."
    ),
    "nl": (
        "De havenautoriteit heeft dinsdag gezegd dat de noordelijke brug in mei na reparaties weer opengaat. "
        "„We verwachten dat het verkeer tegen de zomer weer normaal is”, zei de directeur van de haven."
    ),
    "es": (
        "La autoridad portuaria afirmó el martes que el puente del norte volverá a abrir en mayo tras las obras. "
        "«Esperamos que el tráfico se normalice antes del verano», dijo la directora del puerto a los periodistas."
    ),
    "pt": (
        "A autoridade portuária afirmou na terça-feira que a ponte do norte vai reabrir em maio depois das obras. "
        "«Esperamos que o trânsito volte ao normal até ao verão», disse a diretora do porto aos jornalistas."
    ),
    "it": (
        "L'autorità portuale ha dichiarato martedì che il ponte nord riaprirà a maggio dopo i lavori. "
        "«Ci aspettiamo che il traffico torni alla normalità entro l'estate», ha detto la direttrice del porto."
    ),
    "pl": (
        "Zarząd portu poinformował we wtorek, że północny most zostanie ponownie otwarty w maju po remoncie. "
        "„Spodziewamy się, że ruch wróci do normy do lata”, powiedziała dyrektorka portu dziennikarzom."
    ),
}


def ready() -> None:
    """A no-op process target: a process started from the forkserver runs once the preload is done."""


def _warm(path: str) -> None:
    import gc
    import pickle
    import sys

    try:
        from sift.batch.timeline import note
        from sift.batch.worker import analyse_pages, build_workbench, keep_models
        from sift.language import DEFAULT_LANGUAGES

        note("forkserver: warm-up started")
        with open(path, "rb") as file:
            settings, pages = pickle.load(file)
        bench = build_workbench(None, settings)  # no store: models only; every worker opens its own store
        note("forkserver: workbench built")
        # the run's own pages first: a warm-up that fails on the hand-made ones still loaded what the corpus needs
        analyse_pages(bench, pages, write=False)  # also loads the encoder (the pages' story features)
        note("forkserver: first pages analysed")
        analyse_pages(bench, warm_pages(), write=False)
        note("forkserver: language pages analysed")
        _preload_lingua(DEFAULT_LANGUAGES)
        note("forkserver: lingua loaded")
        keep_models(settings, bench.pipeline.resources)
        gc.collect()
        gc.freeze()
        note("forkserver: warm-up done")
    except Exception as error:  # the workers load their own models; the cluster still starts
        print(f"sift: note: batch workers load their own models ({type(error).__name__}: {error})", file=sys.stderr)


def warm_pages() -> list[Page]:
    """:data:`WARM_TEXTS` as pages (never stored: the warm-up's Workbench has no store)."""
    from sift.batch.pages import Page

    return [
        Page(key=f"sift-warm-up:{lang}", location=f"sift-warm-up:{lang}", kind="text", data=text.encode("utf-8"))
        for lang, text in WARM_TEXTS.items()
    ]


def _preload_lingua(languages: tuple[str, ...]) -> None:
    """Load lingua's high-accuracy models of ``languages`` into its process-wide cache, which the language
    stage's pair detectors (``sift.language``) read: a pair's first use then costs milliseconds, not the
    0.8-2.5 s of loading two languages' models (the detector built here is dropped, its models stay).

    The warm-up loads all of :data:`sift.language.DEFAULT_LANGUAGES`, not only the languages sift attributes:
    the first 80 scrapinghub pages built pair detectors for 20 languages (a short block guessed Swedish,
    Indonesian, Russian … beside English text), 13 of them outside :data:`WARM_TEXTS`. All 28 took 8.8 s and
    ~740 MB (load 8), once in the forkserver and shared by the workers, where each worker loaded them one pair
    at a time, every one in its own memory.
    """
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in languages]
    LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()


if os.environ.get(WARM_ENV):
    _warm(os.environ[WARM_ENV])
