"""The preload module of a local cluster's forkserver: it loads the models once, and every worker forks with them.

``sift batch --workers N`` starts its local Dask workers with the ``forkserver`` method (see
:mod:`sift.batch.cluster`). The forkserver is a fresh interpreter started with ``exec``: it imports this module
before it forks anything, with no thread running but its main one (no Dask event loop, no progress bar; BLAS
limited to one thread by the environment it was started with), so no lock can be held by another thread when a
worker forks from it, the hazard of forking the client itself. On import this module reads the warm-up file
named by ``$SIFT_BATCH_WARM`` (the workers' settings and the run's first pages, written by the client), analyses
those pages with a store-less Workbench, which loads the models the corpus needs, and keeps the loaded models for
the workers (:func:`sift.batch.worker.keep_models`); the objects are then frozen out of the collector's reach so
that the workers share their memory copy-on-write. Any failure leaves nothing kept (the workers load their own
models) and says so in one line; it never stops the forkserver.
"""

from __future__ import annotations

import os

#: The environment variable naming the warm-up file (a pickle of ``(WorkerSettings, list[Page])``).
WARM_ENV = "SIFT_BATCH_WARM"

__all__ = ["WARM_ENV", "ready"]


def ready() -> None:
    """A no-op process target: a process started from the forkserver runs once the preload is done."""


def _warm(path: str) -> None:
    import gc
    import pickle
    import sys

    try:
        from sift.batch.worker import analyse_pages, build_workbench, keep_models

        with open(path, "rb") as file:
            settings, pages = pickle.load(file)
        bench = build_workbench(None, settings)  # no store: models only; every worker opens its own store
        analyse_pages(bench, pages, write=False)  # also loads the encoder (the pages' story features)
        keep_models(settings, bench.pipeline.resources)
        gc.collect()
        gc.freeze()
    except Exception as error:  # the workers load their own models; the cluster still starts
        print(f"sift: note: batch workers load their own models ({type(error).__name__}: {error})", file=sys.stderr)


if os.environ.get(WARM_ENV):
    _warm(os.environ[WARM_ENV])
