"""Facilities listed before one plural noun: "Woodlands North, Orchard, Gardens by the Bay and
Marina Bay stations", "the Hume, Princes and Pacific highways".

Class 2 (venues given a core label): each name of such a list is a facility, as it would be
with the noun after it alone ("Marina Bay station"), but the names in it were read one by
one, as places, firms or people ("Marina Bay" LOC, "Gardens" ORG, "Bay" PERSON). This
boundary repair runs where a plural noun of facilities follows a list of two or more
capitalised names, each made of words the other passes found as names (a sentence's first
word is left out: "The"), and gives every item its own FAC span, the noun left out (the
development sets' convention, as for "across Stanislaus and Merced counties").

Not when an item holds a date or a number ("Monday, Orchard and Marina Bay stations"
starts after "Monday"), nor broadcasters' call signs ("the BBC and ITV stations"), and not
"markets", "hospitals" or "hotels", nouns of economies, bodies and chains as often; nor
where an item is a whole place's name ("the Lagos and Abuja airports": the cities'
airports, as "Lagos airport" is written without the name of its own).
"""

from __future__ import annotations

from bisect import bisect_left

from reader.entities import lexicon
from reader.entities.regex_code import compiled
from reader.entities.replacing import END, START, replaced
from reader.entities.set_phrases import find_all
from reader.entities.types import Entity

# A list of two or more names ending where the noun starts: one to four capitalised words
# each, perhaps joined by a connector ("Gardens by the Bay", "Isle of Dogs").
_ITEM = r"[A-Z][\w'’.-]*(?: (?:by the |of the |of |de |del |la )?[A-Z][\w'’.-]*){0,3}"
_LIST = compiled(rf"(?<![\w'’.-])({_ITEM})((?:(?:, and |, or |, | and | or ){_ITEM})+)$")
_SEPARATOR = compiled(r", and |, or |, | and | or ")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})
#: How far back a list may start.
_WINDOW = 160


def listed_facilities(text: str, ents: list[Entity], vocab: set[str]) -> list[Entity]:
    """``ents`` with the names of each list before a plural facility noun as FAC spans
    (``vocab``: the words the text writes in lower case, where the nouns are looked up
    first)."""
    nouns = lexicon.PLURAL_FAC_NOUNS & vocab
    if not nouns:
        return ents  # most articles: one set intersection
    found: list[Entity] = []
    for at in _after_names(text, nouns):
        items = _items(text, at)
        if items is not None:
            found += _facilities(ents, items)
    return replaced(ents, found) if found else ents


def _after_names(text: str, nouns: frozenset[str]) -> list[int]:
    """Where a plural noun of facilities follows a capitalised word (the space before it), in
    text order."""
    found = []
    for noun in (" " + word for word in nouns):
        for at in find_all(text, noun):
            end = at + len(noun)
            if end < len(text) and text[end].isalnum():
                continue  # "stationsmaster": another word
            word = at
            while word > 0 and not text[word - 1].isspace():
                word -= 1  # back to the start of the word before the noun
            if text[word].isupper():
                found.append(at)
    return sorted(found)


def _items(text: str, end: int) -> list[tuple[int, int]] | None:
    """The ``(start, end)`` of each name listed right before ``end``, or ``None``."""
    base = max(0, end - _WINDOW)
    m = _LIST.search(text[base:end])
    if m is None:
        return None
    spans, start = [], base + m.start()
    for sep in _SEPARATOR.finditer(text, start, end):
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, end))
    if any(text[s:e].isupper() and e - s <= 5 for s, e in spans):
        return None  # "the BBC and ITV stations": call signs
    return spans if len(spans) >= 2 else None


def _facilities(ents: list[Entity], items: list[tuple[int, int]]) -> list[Entity]:
    """``items`` as FAC spans, if every item is covered by name spans only (the items up to
    a date or a number left out, and the first item's uncovered first word: "The Hume");
    else none."""
    lo = bisect_left(ents, items[0][0], key=END)  # the first entity ending in the list
    hi = bisect_left(ents, items[-1][1], key=START)  # the first starting after it
    inside = ents[lo:hi]
    others = [e for e in inside if e.label not in _NAME_LABELS]
    if others:
        items = [item for item in items if item[0] >= others[-1].end]
        inside = [e for e in inside if e.start >= others[-1].end]
    if len(items) < 2 or not inside:
        return []
    if inside[0].start < items[0][0] or inside[-1].end > items[-1][1]:
        return []  # a name running into the list or past its end
    items[0] = (max(items[0][0], inside[0].start), items[0][1])
    if not all(s < e and _covered(inside, s, e) for s, e in items):
        return []
    if any(e.label == "GPE" and (e.start, e.end) in items for e in inside):
        return []  # "the Lagos and Abuja airports": the airports in two cities
    return [Entity(s, e, "FAC") for s, e in items]


def _covered(inside: list[Entity], start: int, end: int) -> bool:
    """Whether the item's first and last characters lie in name spans."""
    return any(e.start <= start < e.end for e in inside) and any(
        e.start < end <= e.end for e in inside
    )
