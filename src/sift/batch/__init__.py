"""Corpus mode: ``sift batch`` over a directory tree, JSONL, WARC or a URL list, resumable, on one core or on Dask.

An edge room: it reads the inputs (:mod:`~sift.batch.inputs`, :mod:`~sift.batch.fetcher`), builds one
``Workbench`` per process (:mod:`~sift.batch.worker`, on Dask through :mod:`~sift.batch.cluster`) and stores
every document under its source key and content hash (:mod:`~sift.batch.runner`), so a rerun skips what is
stored and a killed run loses nothing but the pages in flight.
"""

from __future__ import annotations

from sift.batch.inputs import open_inputs
from sift.batch.pages import BadRecord, Page, document_id
from sift.batch.progress import Progress
from sift.batch.runner import BatchOptions, BatchSummary, run_batch

__all__ = ["BadRecord", "BatchOptions", "BatchSummary", "Page", "Progress", "document_id", "open_inputs", "run_batch"]
