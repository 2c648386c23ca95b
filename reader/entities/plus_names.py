"""Streaming services named with a plus: "Disney+", "Apple TV+", "Disney+ Hotstar".

Class 4 (names cut short): the names pass reads words, so the "+" glued to a service's name
was left out ("Disney" ORG), and "Disney+ Hotstar" was two firms. A boundary repair: an ORG
or PRODUCT with a "+" right after it (and no word or number glued after that: not "C++",
"13+") takes the "+", and an ORG one space after it joins it. Each "+" of the text is found
in C and its name by bisection: a text with a telephone number or a score with a plus pays
for those only.
"""

from __future__ import annotations

from bisect import bisect_left

from reader.entities.replacing import END, replaced
from reader.entities.set_phrases import find_all
from reader.entities.types import Entity

_LABELS = frozenset({"ORG", "PRODUCT"})


def plus_names(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each name's glued "+" in it, and "Disney+ Hotstar" as one ORG."""
    found = []
    for at in find_all(text, "+"):
        i = bisect_left(ents, at, key=END)  # the first entity ending at or after the "+"
        if i == len(ents) or ents[i].end != at or not _plus_after(text, ents[i]):
            continue
        name = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and _joins(text, name, nxt):
            found.append(Entity(name.start, nxt.end, "ORG"))
        else:
            found.append(Entity(name.start, at + 1, name.label))
    return replaced(ents, found) if found else ents


def _plus_after(text: str, name: Entity) -> bool:
    """An ORG or PRODUCT with a "+" glued to it, and no letter, digit or second "+" after."""
    after = text[name.end + 1 : name.end + 2]
    return name.label in _LABELS and not after.isalnum() and after != "+"


def _joins(text: str, name: Entity, nxt: Entity) -> bool:
    """ "Disney+ Hotstar": an ORG ending in "+", a space, an ORG."""
    return (
        name.label == "ORG"
        and nxt.label == "ORG"
        and nxt.start == name.end + 2
        and text[name.end + 1] == " "
    )
