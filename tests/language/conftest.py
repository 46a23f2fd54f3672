"""Fixtures of the language tests."""

from __future__ import annotations

import pytest

from sift.language import build_detector
from sift.pipeline import Resources


@pytest.fixture(scope="session")
def resources() -> Resources:
    """Resources holding the default (low-accuracy) detector, built once."""
    return Resources(lingua=build_detector())
