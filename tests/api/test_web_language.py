"""The web UI says when sift is not sure of a page's language (lang8): the report's language line and the blocks."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.anyio

#: Hand-written Papiamento (invented news): lingua, which lacks the language, calls it Spanish.
PAPIAMENTO = (
    "E minister di salubridad a bisa awe cu e hospital nobo lo habri su portanan den luna di mei. Segun e "
    "minister, e trabounan ta bay bon y tur e aparatonan a yega caba. Hopi hende a kwestiona e gastonan, pero "
    "gobierno ta sigura cu e proyecto ta keda den e presupuesto. Mañan e konseho lo reuni pa papia tocante e plan."
)


async def test_the_report_page_says_the_language_is_uncertain(client: httpx.AsyncClient, csrf) -> None:
    token = await csrf(client)
    response = await client.post("/check", data={"text": PAPIAMENTO, "csrf_token": token})
    assert response.status_code == 200, response.text
    assert "language uncertain (looks like Spanish)" in response.text
    assert "no attribution claimed on text whose language is uncertain (looks like Spanish)" in response.text
    assert 'class="lang lang-uncertain"' in response.text
