"""The State Media Matrix typology (ASD/GMF, after the State Media Monitor) mapped onto sift's outlet types.

``state_affiliated`` means *the state controls what the outlet publishes*: the typology's editorial-control
column. That is the line a fact-checker needs ("is this the government speaking?") and the one platforms draw
when they label "state-affiliated media" (state-financed outlets with editorial independence, such as the BBC
or NPR, are not labelled). Funding or managing an outlet without editorial control makes it ``state-funded``,
not state-affiliated; the badge still says so, with the evidence. The reasoning per code is in
``src/sift/resources/sources/SOURCE-sources.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ASD_CODES", "AsdCode", "asd_code"]


@dataclass(slots=True, frozen=True)
class AsdCode:
    """One typology code: its model name, sift's ``type`` and whether the state controls the editorial line."""

    code: str
    model: str
    type: str
    state_affiliated: bool


#: Typology codes (funding control / governance control / editorial control) -> sift's fields.
ASD_CODES: dict[str, AsdCode] = {
    # yes / yes / yes
    "SC": AsdCode("SC", "state-controlled media", "state-controlled", True),
    # no / yes / yes: the state runs the board and the newsroom, even without paying directly
    "CaPu": AsdCode("CaPu", "captured public media", "state-controlled", True),
    # yes-or-no / no / yes: privately owned, editorially captured by the state
    "CaPr": AsdCode("CaPr", "captured private media", "state-controlled", True),
    # yes / yes / no
    "ISFM": AsdCode("ISFM", "independent state-funded and state-managed media", "state-funded", False),
    # yes / no / no
    "ISF": AsdCode("ISF", "independent state-funded media", "state-funded", False),
    # no / yes / no
    "ISM": AsdCode("ISM", "independent state-managed media", "state-funded", False),
    # no / no / no
    "IP": AsdCode("IP", "independent public media", "public", False),
}


def asd_code(value: str) -> AsdCode | None:
    """The typology entry for a cell such as ``SC`` or ``ISFM?`` (a trailing ``?`` is the matrix's doubt)."""
    return ASD_CODES.get(value.strip().rstrip("?").strip())
