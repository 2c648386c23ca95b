"""Streaming services named with a plus: "Disney+", "Apple TV+", "Disney+ Hotstar".

Class 4 (names cut short): the names pass reads words, so the "+" glued to a service's name
was left out ("Disney" ORG), and "Disney+ Hotstar" was two firms. A boundary repair: an ORG
or PRODUCT with a "+" right after it (and no word or number glued after that: not "C++",
"13+") takes the "+", and an ORG one space after it joins it.
"""

from __future__ import annotations

from reader.entities.types import Entity

_LABELS = frozenset({"ORG", "PRODUCT"})


def plus_names(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each name's glued "+" in it, and "Disney+ Hotstar" as one ORG."""
    out: list[Entity] = []
    for e in ents:
        if out and _joins(text, out[-1], e):
            e = Entity(out.pop().start, e.end, "ORG")
        elif e.label in _LABELS and _plus_after(text, e.end):
            e = Entity(e.start, e.end + 1, e.label)
        out.append(e)
    return out


def _plus_after(text: str, end: int) -> bool:
    """A "+" glued to the name, with no letter, digit or second "+" after it."""
    after = text[end + 1 : end + 2]
    return text.startswith("+", end) and not after.isalnum() and after != "+"


def _joins(text: str, prev: Entity, e: Entity) -> bool:
    """ "Disney+ Hotstar": a name ending in "+", a space, an ORG."""
    return (
        prev.label == "ORG"
        and e.label == "ORG"
        and text[prev.end - 1 : prev.end] == "+"
        and e.start == prev.end + 1
        and text[prev.end] == " "
    )
