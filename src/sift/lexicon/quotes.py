"""One table of quotation marks: which mark opens, which closes it, and who writes it that way.

Every reader of quotations (sentence splitting, claim spans, attribution) takes its pairs from
:data:`QUOTE_PAIRS` through :func:`closers` or :func:`pairs`, naming what it leaves out and why, so a style
added here (a new language's marks) reaches each of them by a table entry, not by code.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QUOTE_PAIRS", "QuotePair", "closers", "pairs"]


@dataclass(frozen=True, slots=True)
class QuotePair:
    """An opening mark and one mark that closes it."""

    opener: str
    closer: str
    #: a single mark: ’ is also the apostrophe ("Russia’s"), so readers that cannot tell them apart skip these
    single: bool = False
    #: not a style anyone prints: a typed straight quote closing a curly one, as hand-edited pages mix them
    mixed: bool = False
    note: str = ""


#: Every pairing sift knows, double marks first. An opener that several styles share ("„" closes with "“" in
#: German and with "”" in Polish) has one row per closer, in the order listed.
QUOTE_PAIRS = (
    QuotePair("“", "”", note="English, Spanish, Portuguese, Italian, Dutch"),
    QuotePair("„", "“", note="German, Czech, Slovak"),
    QuotePair("„", "”", note="Polish, Dutch, Romanian, Hungarian"),
    QuotePair("«", "»", note="French, Spanish, Italian, Portuguese, Russian, Ukrainian, Swiss German"),
    QuotePair("»", "«", note="German, Danish"),
    QuotePair("»", "»", note="Swedish, Finnish"),
    QuotePair("”", "”", note="Swedish, Finnish"),
    QuotePair('"', '"', note="typewriter"),
    QuotePair("「", "」", note="Japanese, Chinese"),
    QuotePair("『", "』", note="Japanese, Chinese (inner)"),
    QuotePair("“", '"', mixed=True),
    QuotePair("„", '"', mixed=True),
    QuotePair("‘", "’", single=True, note="English inner"),
    QuotePair("‚", "‘", single=True, note="German inner"),
    QuotePair("‹", "›", single=True, note="French inner"),
    QuotePair("›", "‹", single=True, note="German inner"),
    QuotePair("'", "'", single=True, note="typewriter single"),
)


def pairs(*, openers: str | None = None, singles: bool = False, mixed: bool = False) -> tuple[tuple[str, str], ...]:
    """``(opener, closer)`` rows of :data:`QUOTE_PAIRS`, in table order.

    Args:
        openers: only rows opened by one of these marks (default: every opener).
        singles: include single marks (‘…’, ‹…›), which need a reader that tells ’ from the apostrophe.
        mixed: include a straight " closing a curly “ or „.
    """
    return tuple(
        (pair.opener, pair.closer)
        for pair in QUOTE_PAIRS
        if (openers is None or pair.opener in openers) and (singles or not pair.single) and (mixed or not pair.mixed)
    )


def closers(*, openers: str | None = None, singles: bool = False, mixed: bool = False) -> dict[str, str]:
    """For each opening mark, every mark that closes it (one string), from :func:`pairs` with the same filters."""
    table: dict[str, str] = {}
    for opener, closer in pairs(openers=openers, singles=singles, mixed=mixed):
        table[opener] = table.get(opener, "") + closer
    return table
