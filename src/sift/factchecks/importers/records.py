"""Build one checked FactCheck from loose fields: the single gate every importer goes through."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sift.dates import iso_day
from sift.errors import InputError
from sift.factchecks.record import VERDICTS, FactCheck
from sift.factchecks.verdicts import normalise_verdict
from sift.json_input import clean_text
from sift.lexicon.fold import fold

__all__ = ["build_factcheck", "language_code"]

_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$")
_NAMES = {
    "english": "en",
    "french": "fr",
    "francais": "fr",
    "german": "de",
    "deutsch": "de",
    "spanish": "es",
    "espanol": "es",
    "italian": "it",
    "italiano": "it",
    "portuguese": "pt",
    "portugues": "pt",
}


@lru_cache(maxsize=1024)  # pure; feeds repeat a handful of language values
def language_code(value: str | None) -> str:
    """Primary ISO 639 code (``"pt-BR"`` → ``"pt"``, ``"Français"`` → ``"fr"``), ``"und"`` if unknown."""
    text = fold(value or "", casefold=True)
    match = _CODE.match(text)
    if match:
        return match.group(1)
    return _NAMES.get(text, "und")


def _clean(value: Any) -> str | None:
    """One line of storable text: white space collapsed, lone surrogates and NUL replaced (U+FFFD)."""
    if value is None:
        return None
    text = " ".join(clean_text(str(value)).split())
    return text or None


def build_factcheck(
    *,
    claim: Any,
    review_url: Any,
    publisher_name: Any,
    rating: Any = None,
    verdict: Any = None,
    language: Any = None,
    claimant: Any = None,
    claim_date: Any = None,
    publisher_site: Any = None,
    review_date: Any = None,
    title: Any = None,
    image_urls: list[str] | None = None,
    video_urls: list[str] | None = None,
) -> FactCheck:
    """A FactCheck with whitespace-normalised text, a language code and a normalised verdict.

    Args:
        claim, review_url, publisher_name: required; the rest is optional.
        verdict: kept when given (must be one of ``VERDICTS``), otherwise derived from ``rating``.

    Returns:
        The record; its ``id`` is derived from the review URL and the claim.

    Raises:
        InputError: a required field is missing, the review URL is not http(s), the verdict is unknown, or a date
            is no date (dates are stored as ISO days: a timestamp is cut to its day).
    """
    claim_text, url, publisher = _clean(claim), _clean(review_url), _clean(publisher_name)
    if claim_text is None:
        raise InputError("missing claim text")
    if url is None:
        raise InputError("missing review URL")
    if not url.startswith(("http://", "https://")):
        raise InputError(f"review URL {url[:80]!r} is not an http(s) URL")
    if publisher is None:
        raise InputError("missing publisher name")
    try:
        claim_day, review_day = iso_day(_clean(claim_date), "claim date"), iso_day(_clean(review_date), "review date")
    except ValueError as error:
        raise InputError(str(error)) from None
    code = language_code(_clean(language))
    rating_text = _clean(rating) or ""
    chosen = _clean(verdict) or normalise_verdict(rating_text, code)
    if chosen not in VERDICTS:
        raise InputError(f"unknown verdict {chosen!r} (use one of {', '.join(VERDICTS)})")
    return FactCheck(
        claim=claim_text,
        review_url=url,
        publisher_name=publisher,
        rating=rating_text,
        verdict=chosen,
        language=code,
        claimant=_clean(claimant),
        claim_date=claim_day,
        publisher_site=_clean(publisher_site),
        review_date=review_day,
        title=_clean(title),
        image_urls=[clean_text(url) for url in (image_urls or []) if url],
        video_urls=[clean_text(url) for url in (video_urls or []) if url],
    )
