"""One table of legal forms (sift.lexicon.legal_forms) and what each use leaves out of it."""

from __future__ import annotations

from sift.attribution.posters import _kind
from sift.claims.furniture import _reference_entry
from sift.lexicon.legal_forms import INITIAL_FORMS, WORD_FORMS, is_legal_form


def test_a_legal_form_is_read_whatever_its_case_and_dots() -> None:
    assert all(is_legal_form(form) for form in ("GmbH", "gmbh", "Inc.", "INC", "S.A.", "SA", "e.V.", "SpA"))
    assert not is_legal_form("Said") and not is_legal_form("Sá")
    assert not is_legal_form("se", excluding=WORD_FORMS) and is_legal_form("SE")
    assert not is_legal_form("AB", excluding=INITIAL_FORMS)


def test_each_use_reads_the_forms_it_can_trust() -> None:
    # a forum poster's name: "e.V." was never read before (its dots were stripped to "e.v", the list said "e.v.")
    assert _kind("Tierhilfe Nord e.V.", "de") == "organisation" and _kind("Ana Sá", "pt") == "person"
    # an author list: "AB", "SA" stay initials; "AG", "SE" make a list of companies, which is a claim
    assert _reference_entry("Berg AB, Diaz SA, Lee CO, 1994. Effects of salt on blood pressure.")
    assert not _reference_entry("Volkswagen AG, Siemens AG, BASF SE, Bayer AG, all cut jobs in 2022.")
