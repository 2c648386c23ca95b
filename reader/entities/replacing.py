"""One edit of a sorted list of spans: names found over them put in place of what they cover.

The boundary repairs that make one name of several spans ("Windows 11":
:mod:`reader.entities.numbered`; "Council on Foreign Relations":
:mod:`reader.entities.joined_names`) find their names over the merged spans, then put them in.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from reader.entities.types import Entity

#: Sort and bisection keys of spans (sorted and disjoint lists: their ends are sorted too).
START = attrgetter("start")
END = attrgetter("end")


def replaced(ents: list[Entity], found: list[Entity]) -> list[Entity]:
    """``ents`` (sorted, disjoint) with ``found`` (in text order) in place of every span they
    overlap; a found name that overlaps the one kept before it is dropped. A long text has
    tens of thousands of spans and a few found names: each one's overlap is located by
    bisection (``ents`` sorted and disjoint: their ends are sorted too), and the spans between
    are copied as slices."""
    out: list[Entity] = []
    done = 0  # ents[:done] are placed
    kept_end = -1
    for f in found:
        if f.start < kept_end:
            continue
        first = max(done, bisect_right(ents, f.start, key=END))  # first end past f.start
        last = max(first, bisect_left(ents, f.end, key=START))  # first start at/after f.end
        out += ents[done:first]
        out.append(f)
        done, kept_end = last, f.end
    out += ents[done:]
    return out


def overlaps(ents: list[Entity], span: Entity) -> bool:
    """Whether ``span`` overlaps any of ``ents`` (sorted, disjoint): the first one ending past
    its start, found by bisection, is the only one to look at. A test against every span
    made a long text's repairs quadratic."""
    i = bisect_right(ents, span.start, key=END)
    return i < len(ents) and ents[i].start < span.end


def within(ents: list[Entity], start: int, end: int) -> list[Entity]:
    """The spans of ``ents`` (sorted, disjoint) that lie inside ``start``..``end``: from the
    first one starting there to the last one ending by ``end`` (their ends are sorted too)."""
    first = bisect_left(ents, start, key=START)
    return ents[first : bisect_right(ents, end, lo=first, key=END)]
