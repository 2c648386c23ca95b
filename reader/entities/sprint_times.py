"""Times of sprints and hurdles in seconds, as results write them: "Thelwell (Calabar) 10.09",
"won the 100m in 9.98" (class 7: a race time read as a CARDINAL; OntoNotes and our sets
label lap, swim and race times TIME).

Only in an article that names a sprint distance ("100m", "400m", "110m hurdles"), and only a
number of seconds and hundredths (one or two digits, a point, two digits): scores, points and
distances there keep their labels.
"""

from __future__ import annotations

from reader.entities.regex_code import compiled
from reader.entities.types import Entity

_SPRINT = compiled(r"\b(?:[1-4]00|110)m\b")
_SECONDS = compiled(r"\d{1,2}\.\d\d")


def sprint_times(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each bare number of seconds and hundredths a TIME, in a sprint report."""
    if "00m" not in text and "10m" not in text:
        return ents  # most articles: one test in C
    if _SPRINT.search(text) is None:
        return ents
    return [
        Entity(e.start, e.end, "TIME")
        if e.label == "CARDINAL" and _SECONDS.fullmatch(text, e.start, e.end)
        else e
        for e in ents
    ]
