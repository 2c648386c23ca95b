"""A span of time written with "a": "grounded for a day", "over a decade", "lose a week",
"miss at least a month", "through a day and a half" (class 7: relative dates missed).

The numeric passes find "two weeks" and "a month ago", but "a week" has no number and no
"ago": nothing marks it. After a word that takes a span of time ("for", "over", "within",
"in", "through", "from", "lose", "miss", "lasted", "spent", "took"), it is one: a DATE, as
OntoNotes labels durations. Left alone: a rate ("$500 a week", "twice a day", "5 per cent a
year": a count or a sum comes before, never one of those words), a compound ("a year-long
pilot") and a possessive ("a month's rent").
"""

from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from reader.entities.regex_code import compiled
from reader.entities.replacing import replaced
from reader.entities.types import Entity

# The span of time itself, scanned for first (a literal "a" leads: one fast scan) ...
_SPAN = compiled(
    r"an?[ \u00a0]+(?:day|week|month|year|decade|fortnight)"
    r"(?:[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half)?(?![\w’'-])"
)
# ... then the word that takes it right before, and a qualifier between, which the span keeps.
_TAKER = compiled(
    r"\b(?:for|over|within|in|through|from|lose|miss|lasted|spent|took)[ \u00a0]+"
    r"((?:(?:at[ \u00a0]+least|about|nearly|almost|more[ \u00a0]+than|less[ \u00a0]+than"
    r"|up[ \u00a0]+to)[ \u00a0]+)?(?:half[ \u00a0]+)?)$"
)

_START = attrgetter("start")


def durations(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each span of time written with "a" after a word that takes one, a DATE."""
    if " a " not in text:
        return ents
    found = []
    for m in _SPAN.finditer(text):
        start = m.start()
        if start and text[start - 1].isalnum():
            continue  # "Santa day": "a" ends a word
        taker = _TAKER.search(text, max(0, start - 40), start)
        if taker is not None:
            f = Entity(taker.start(1), m.end(), "DATE")
            if not _inside_other(ents, f):
                found.append(f)
    return replaced(ents, found) if found else ents


def _inside_other(ents: list[Entity], f: Entity) -> bool:
    """A longer span already holds it ("a month ago", "a year earlier"): that one stands.
    (``ents`` are sorted and disjoint: the one that could hold it starts at or before it.)"""
    k = bisect_right(ents, f.start, key=_START) - 1
    return k >= 0 and ents[k].end >= f.end and ents[k] != f
