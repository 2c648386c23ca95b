"""A royal or honorific title that opens the name of a place or a body ("King Faisal
Hospital", "Queen Elizabeth Hospital", "Sir Ignatius Kilage Stadium", "King Abdulaziz
University"): class 4, a name cut short. The names pass reads a title as the sign of a person
and starts the name after it; where the name ends in a word of bodies or venues it is named
after that person, and the title is part of it.

Left alone: a title before a person ("King Charles visited the hospital") and a title that
is a person's before a body's name ("Sir Keir told the Labour Party"): the name must run on
from the title, one space after it, and end in a word of bodies or venues.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.types import Entity

_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Sir", "Dame", "Sultan", "Sheikh"})
_NAMED_AFTER = frozenset({"ORG", "FAC"})


def titled_names(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with the title before each body's or venue's name taken into it."""
    out = ents
    for i, e in enumerate(ents):
        if e.label not in _NAMED_AFTER or e.start < 4 or text[e.start - 1] != " ":
            continue  # most names: two tests
        before = text[max(0, e.start - 10) : e.start - 1].rsplit(None, 1)
        title = before[-1] if before else ""
        if title not in _TITLES or not _named_place(text, e):
            continue
        start = e.start - 1 - len(title)
        if start and text[start - 1].isalnum():
            continue
        if out is ents:
            out = list(ents)
        out[i] = Entity(start, e.end, e.label)
    return out


def _named_place(text: str, e: Entity) -> bool:
    """The name has two words or more and ends in a word of bodies or venues."""
    words = text[e.start : e.end].split()
    return len(words) > 1 and (words[-1] in lexicon.ORG_TAIL or words[-1] in lexicon.FAC_TAIL)
