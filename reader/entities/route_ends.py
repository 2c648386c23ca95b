"""The two ends of a route: "the Ardrossan to Brodick route", "the Uig to Tarbert ferry".

Class 8 (places read as firms): a town no list knows, alone, is an ORG more often than not,
but two names joined by "to" before a noun of routes are the places the route joins. This
boundary repair relabels either end that the other passes read as an ORG or a PERSON and
no list knows (a known firm stays one; a facility too: "the Euston to Crewe line" leaves
Euston as found), after "the" only ("from Safaricom to Airtel services" names no route).
"""

from __future__ import annotations

from itertools import pairwise

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled
from reader.entities.types import Entity

_ROUTE_WORDS = lexicon.words(
    "route routes run ferry ferries flight flights road highway line service services"
    " corridor crossing railway rail"
)
_ROUTE_AFTER = compiled(r" (?:" + "|".join(sorted(_ROUTE_WORDS, reverse=True)) + r")\b")
_READ_AS_BODIES = frozenset({"ORG", "PERSON"})


def route_ends(text: str, ents: list[Entity], vocab: set[str]) -> list[Entity]:
    """``ents`` with the ends of each "X to Y route" as places (``vocab``: the text's
    lower-case words, where a noun of routes is looked up first)."""
    if _ROUTE_WORDS.isdisjoint(vocab):
        return ents  # most articles: one set test
    out = list(ents)
    for i, (prev, cur) in enumerate(pairwise(ents), 1):
        if cur.start - prev.end == 4 and _route(text, prev, cur):
            out[i - 1], out[i] = _place(text, prev), _place(text, cur)
    return out


def _route(text: str, prev: Entity, cur: Entity) -> bool:
    """ "the X to Y" and a noun of routes (the two names four characters apart)."""
    return (
        text.startswith(" to ", prev.end)
        and text.endswith(("the ", "The "), 0, prev.start)
        and _ROUTE_AFTER.match(text, cur.end) is not None
    )


def _place(text: str, e: Entity) -> Entity:
    """``e`` as a place, if it was read as a body or a person and no list knows it so."""
    if e.label not in _READ_AS_BODIES or gazetteer().names.get(text[e.start : e.end]):
        return e
    return Entity(e.start, e.end, "GPE")
