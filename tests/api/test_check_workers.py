"""Reproduction #1 (API part) of issue 17: one long page must not starve the checks behind it.

Before, a 200,000-character paragraph held the server's one check thread for 147 s, the Retry-After
estimate (a running mean) rose to 33 s after it and 18 of 20 ordinary checks were refused. Now checks run
in worker processes stopped at ``--check-timeout``, and Retry-After comes from the queue's length and the
median recent duration.
"""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from sift.api.app import create_app
from sift.api.engine import Engine
from sift.api.settings import ServeSettings
from sift.store import Store

SHORT = "The ministry said on Monday that the bridge over the river was closed for repairs."
#: ~100,000 characters of distinct sentences: the whole analysis budget, far past a one-second limit.
LONG = " ".join(
    f"Officials in town {n} said the {n} bridges there were closed by the flood of May." for n in range(1300)
)


def test_retry_after_is_the_queue_times_the_median_check_not_an_outlier(sample_store: Store) -> None:
    engine = Engine(ServeSettings(read_only=True, check_workers=0), sample_store)
    try:
        engine._durations.extend([2.0] * 19 + [147.0])  # one page took 147 s
        engine._admitted = 3  # one running, two waiting: a new check starts after three more
        assert engine.expected_wait_s() == 6.0
        engine._admitted = 0
        assert engine.expected_wait_s() == 0.0
    finally:
        engine.close()


@pytest.mark.slow
@pytest.mark.anyio
async def test_a_check_past_the_time_limit_is_stopped_and_the_next_one_runs(sample_store: Store) -> None:
    app: FastAPI = create_app(ServeSettings(read_only=True, check_workers=1, check_timeout_s=1), sample_store)
    engine = app.state.engine
    engine.start()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=600) as client:
        warm = await client.post("/api/check", json={"text": SHORT})  # waits for the worker to warm up
        assert warm.status_code in (200, 422), warm.text  # 200: analysed, not stored (read-only)
        stopped = await client.post("/api/check", json={"text": LONG})
        assert stopped.status_code == 422, stopped.text
        assert "longer than 1 s to analyse and was stopped" in stopped.json()["detail"]
        assert stopped.headers["x-content-type-options"] == "nosniff"
        engine.checkers.timeout_s = 120.0  # the replacement worker: a short page now has all the time it needs
        short = await client.post("/api/check", json={"text": SHORT})
        assert short.status_code == 200, short.text
        assert short.json()["blocks"], short.text
    engine.close()
