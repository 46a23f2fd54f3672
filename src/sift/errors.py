"""Every error sift raises on purpose, so each entry point has one way out.

    SiftError                  base: message says what happened and how to fix it
    ├── InputError             unusable input: missing, empty, binary, too large, undecodable, malformed
    ├── FetchError             URL refused or failed: blocked address, timeout, too large, wrong content type
    ├── StoreError             the fact-check/document store cannot be opened, read or written
    ├── ConfigError            a setting has an invalid value
    └── StageError             a pipeline stage failed; carries the stage name and document id

The CLI prints ``str(error)`` on one line and exits 2; the API maps each class to a 4xx/5xx problem detail;
the batch runner records the message per document and goes on.
"""

from __future__ import annotations

__all__ = ["ConfigError", "FetchError", "InputError", "SiftError", "StageError", "StoreError"]


class SiftError(Exception):
    """Base class: ``str(error)`` is a complete one-line message for a user."""


class InputError(SiftError):
    """The input cannot be analysed (missing, empty, binary, too large, undecodable, malformed)."""


class FetchError(SiftError):
    """A URL was refused (private address, scheme) or its download failed (timeout, size, type)."""


class StoreError(SiftError):
    """The store could not be opened, read or written; nothing already stored was changed."""


class ConfigError(SiftError):
    """A configuration value is invalid."""


class StageError(SiftError):
    """A pipeline stage failed or broke its contract."""

    def __init__(self, stage: str, document_id: str, message: str) -> None:
        self.stage = stage
        self.document_id = document_id
        super().__init__(f"stage {stage!r} failed on document {document_id}: {message}")
