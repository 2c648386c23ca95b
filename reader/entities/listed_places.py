"""A name no list knows joined by "and" to a known place after a word of place: "routes to
Saidpur and Jashore", "in Jashore and Khulna".

Class 8 (places read as firms or people): a one-word name no list knows is an ORG by default.
Joined by "and" to a place the gazetteer knows, after "to", "in", "from"... it is a place of
the same kind. This boundary repair relabels it GPE.
"""

from __future__ import annotations

from itertools import pairwise

from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled
from reader.entities.types import Entity

_READ_AS = frozenset({"ORG", "PERSON"})
_PLACE_BEFORE = compiled(r"\b(?:to|in|from|at|near|across|around)[ \u00a0]$")
# What may follow the second place: a stop, or a word that starts no clause of its own ("in
# Kenya and Zawadi said" is a person who speaks).
_AFTER_PLACE = compiled(
    r"[.,;:)\n]|[ \u00a0]+(?:in|on|at|for|from|to|and|or|were|was|are|is|have|has|had|this|"
    r"last|next|since|until|before|after)\b"
)


def listed_places(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each unknown one-word name joined by "and" to a known GPE as a GPE."""
    if " and " not in text:
        return ents
    names = gazetteer().names
    out = list(ents)
    for i, (prev, cur) in enumerate(pairwise(ents), 1):
        if cur.start - prev.end != 5 or not text.startswith(" and ", prev.end):
            continue  # most neighbours: one subtraction
        first, second = text[prev.start : prev.end], text[cur.start : cur.end]
        if not _PLACE_BEFORE.search(text, max(0, prev.start - 9), prev.start):
            continue
        if (
            prev.label == "GPE"
            and _unknown_word(cur, second, names)
            and _AFTER_PLACE.match(text, cur.end)
        ):
            out[i] = Entity(cur.start, cur.end, "GPE")  # "to Saidpur and Jashore"
        elif cur.label == "GPE" and _unknown_word(prev, first, names):
            out[i - 1] = Entity(prev.start, prev.end, "GPE")  # "in Jashore and Khulna"
    return out


def _unknown_word(e: Entity, word: str, names: dict[str, str]) -> bool:
    """One capitalised word, read as a body or a person, that no list knows."""
    return e.label in _READ_AS and " " not in word and word[1:].islower() and word not in names
