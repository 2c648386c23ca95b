"""A long form the names pass cut in pieces, made whole by the acronym in brackets after it:
"Ramotswa Diamond Polishers (RDP)" was a place and a person, "Ramotswa" and "Diamond
Polishers" (class 4: a name split; class 3: a body's words read as a person's). The initials
of the capitalised words right before the bracket spell the acronym, so those words are one
name, and a name of three words or more with an acronym is a body's: an ORG, and its acronym
with it.

Left alone: an acronym whose letters the words before it do not spell, a long form that is one
span of another label already ("the Indian Premier League (IPL)" keeps its label through
``boundaries._short_form``), and a person's initials ("John Fitzgerald Kennedy (JFK)": a
PERSON of one span).
"""

from __future__ import annotations

from bisect import bisect_right

from reader.entities.regex_code import compiled
from reader.entities.replacing import END, replaced
from reader.entities.types import Entity

_SMALL = frozenset({"of", "and", "the", "for", "de", "&"})
_ACRONYM = compiled(r"[A-Z]{3,6}")


def long_forms(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each long form split over several spans joined as an ORG before its
    acronym, and the acronym an ORG."""
    if " (" not in text:
        return ents
    found: list[Entity] = []
    for i, e in enumerate(ents):
        if i < 2 or not text.startswith(" (", e.start - 2) or not text.startswith(")", e.end):
            continue  # most entities: two tests
        acronym = text[e.start : e.end]
        if not _ACRONYM.fullmatch(acronym):
            continue
        start = _spelled(text, e.start - 2, acronym)
        if start is None:
            continue
        inside = ents[bisect_right(ents, start, hi=i, key=END) : i]  # sorted, disjoint
        if len(inside) >= 2 and all(x.start >= start for x in inside):
            found += [Entity(start, e.start - 2, "ORG"), Entity(e.start, e.end, "ORG")]
    return replaced(ents, found) if found else ents


def _spelled(text: str, end: int, acronym: str) -> int | None:
    """Where the words before ``end`` start whose capitals spell ``acronym``, or None."""
    words = text[max(0, end - 120) : end].split(" ")
    letters = list(acronym)
    pos = end
    for word in reversed(words):
        pos -= len(word) + 1
        if not word:
            return None
        if word in _SMALL:
            continue
        if not word[0].isupper() or not letters or word[0] != letters[-1]:
            return None
        letters.pop()
        if not letters:
            return pos + 1
    return None
