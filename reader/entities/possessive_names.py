"""Names with a possessive inside: "King's Lynn", "St. John's", "Levi's Stadium", "the
Women's World Cup", "Hadrian's Wall" (class 4: names cut short), and holidays named so,
"Valentine's Day", "Presidents' Day" (DATE, class 7); and buildings named after a saint,
which no list needs to know ("St Paul's Cathedral", "St Thomas' Hospital"). The names pass
leaves the "'s" off every name, so the gazetteer's names that hold one were never looked up
whole ("Levi" ORG, "Hadrian" GPE, "Wall" ORG): here they are special forms, found at each
"'s" of the text, as possessive firms are (``possessive_firms``, which keeps its own check
for a surname that names a person).
"""

from __future__ import annotations

from functools import cache

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.possessives import POSSESSIVE_S, Marks, possessive_marks
from reader.entities.regex_code import compiled

Span = tuple[int, int, str]

_PLURAL_POSSESSIVE = compiled(r"(?<=s)['’](?!\w)")

# stem before the "'s" -> (what follows the "'s", label), longest rest first
Index = dict[str, list[tuple[str, str]]]


@cache
def _index() -> tuple[tuple[str, ...], Index]:
    """The gazetteer's names with an "'s" inside (bar the firms), by the stem before it,
    with both apostrophes; and the stems as a tuple for ``str.endswith``."""
    by_stem: Index = {}
    holidays = {
        spelled: "DATE"
        for name in lexicon.POSSESSIVE_HOLIDAYS
        for spelled in (name, name.replace("St ", "St. "), name.replace("St ", "Saint "))
    }
    for name, label in [*gazetteer().names.items(), *holidays.items()]:
        m = POSSESSIVE_S.search(name) or _PLURAL_POSSESSIVE.search(name)
        if m is None or label == "ORG":
            continue
        stem, rest = name[: m.start()], name[m.end() :]
        by_stem.setdefault(stem, []).append((rest, label))
    for rests in by_stem.values():
        rests.sort(key=lambda r: -len(r[0]))
    return tuple(sorted(by_stem, key=len, reverse=True)), by_stem


def possessive_names(text: str, marks: Marks | None = None) -> list[Span]:
    """The gazetteer's possessive names in ``text``, whole, with their labels; ``marks``:
    the text's possessives ("'s" of "King's Lynn", "'" of "Presidents' Day"), when the
    caller has them."""
    found: list[Span] = []
    stems, by_stem = _index()
    for end, after in possessive_marks(text) if marks is None else marks:
        if not text.endswith(stems, max(0, end - 40), end):
            continue  # nearly every "'s": one call in C
        stem = next(s for s in stems if text.endswith(s, 0, end))
        start = end - len(stem)
        if start > 0 and text[start - 1].isalnum():
            continue
        for rest, label in by_stem[stem]:
            stop = after + len(rest)
            if text.startswith(rest, after) and not text[stop : stop + 1].isalnum():
                found.append((start, stop, label))
                break
    return found + saints_buildings(text, marks)


# "St Paul's", "St. Mary's", "Saint Thomas'" right before a possessive mark.
_SAINT = compiled(r"(?:St\.?|Saint)[ \u00a0][A-Z][a-z]+$")
# The capitalised word after the mark, and its end.
_TAIL = compiled(r"[ \u00a0]([A-Z][a-z]+)\b")


def saints_buildings(text: str, marks: Marks | None = None) -> list[Span]:
    """ "St Paul's Cathedral", "St Thomas' Hospital", "St George's Hall": a saint's name, its
    possessive and a noun of buildings (FAC) or of bodies (ORG) are one name (class 4: names
    cut short at the "'s", the saint read as a place or a firm)."""
    found: list[Span] = []
    for end, after in possessive_marks(text) if marks is None else marks:
        if end < 5 or not text[end - 1].islower():
            continue  # "'s" after a capital, a digit, a space: no saint's name
        saint = _SAINT.search(text, max(0, end - 20), end)
        tail = _TAIL.match(text, after) if saint else None
        if saint is None or tail is None:
            continue
        word = tail.group(1)
        label = "FAC" if word in lexicon.FAC_TAIL else "ORG" if word in lexicon.ORG_TAIL else ""
        if label:
            found.append((saint.start(), tail.end(), label))
    return found
