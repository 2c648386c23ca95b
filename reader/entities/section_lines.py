"""A newspaper's section named on a line of its own: "Arts & Culture", "Science & Tech >
Gadgets" (class 6: words that are no entity, read as a firm).

Two capitalised words joined by "&" are a firm's name ("Harvest & Hearth", "Marks & Spencer"),
so the names pass keeps "Arts & Culture" as an ORG. Both words names of sections
(``lexicon.SECTION_WORDS``), the pair opening its line and ending it (or a path to a
subsection: " > Film"), it is the page's kicker, and no entity.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.types import Entity

#: What follows a section's name on its line: the end, or a path to a subsection.
_LINE_ENDS = ("\n", " >", " ›", " |", " /", " »")


def section_lines(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` without the sections' names set on lines of their own."""
    if " & " not in text:
        return ents
    return [e for e in ents if not _section(text, e)]


def _section(text: str, e: Entity) -> bool:
    if e.label != "ORG" or (e.start and text[e.start - 1] != "\n"):
        return False
    if e.end != len(text) and not text.startswith(_LINE_ENDS, e.end):
        return False
    words = text[e.start : e.end].split(" & ")
    return len(words) == 2 and all(w in lexicon.SECTION_WORDS for w in words)
