"""Legal forms that end a company's name ("Siemens AG", "Tempus Inc.", "Orange S.A.", "Verein e.V."): one table.

Attribution reads a source or a forum poster named with one as an organisation, and claim triage reads "Volkswagen
AG, Siemens AG, BASF SE, …" as a list of companies, not of authors with initials. A form that is also something
else where a use reads is left out by that use, by name: some forms are a surname's initials in an author list
("Berg AB,"), others a word of running text ("se" in Romance languages, German "ab", "kg").
"""

from __future__ import annotations

__all__ = ["INITIAL_FORMS", "LEGAL_FORMS", "WORD_FORMS", "is_legal_form", "legal_forms"]

#: Legal forms as written, in the languages sift reads and those of the companies news names.
LEGAL_FORMS = (
    "AG", "GmbH", "KG", "e.V.", "SE",  # German, European
    "Inc.", "Corp.", "Ltd.", "LLC", "PLC", "Co.",  # English
    "S.A.", "SARL", "SRL", "SpA", "NV", "BV", "AB",  # French, Romanian, Italian, Dutch, Swedish
)  # fmt: skip
#: Forms that are also initials after a surname ("Berg AB, Diaz SA, Lee CO, Kroll EV, 1994").
INITIAL_FORMS = frozenset({"ab", "sa", "co", "ev"})
#: Forms that are also words of running text: a Romance reflexive, German "ab" (from), "kg" (kilograms), a "spa".
WORD_FORMS = frozenset({"se", "ab", "kg", "spa"})


def _key(form: str) -> str:
    return form.lower().replace(".", "")


_KEYS = frozenset(_key(form) for form in LEGAL_FORMS)


def legal_forms(excluding: frozenset[str] = frozenset()) -> frozenset[str]:
    """The forms' keys (lower case, without dots: "ev", "sa", "gmbh") but those ``excluding`` names."""
    return _KEYS - excluding


def is_legal_form(word: str, excluding: frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` is a legal form ("GmbH", "Inc.", "S.A", "e.V."), whatever its case and dots."""
    key = _key(word)
    return key in _KEYS and key not in excluding
