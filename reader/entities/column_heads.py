"""The column heads of a standings table: "P W D L GD Pts", "(Pts, GD)" (class 6: capitalised
words that are no entity, read as a firm).

A league table's header is a line of abbreviations (played, won, drawn, lost, goal
difference, points), and the names pass reads "GD Pts" or "Pts" as an organisation. A span
made only of such heads, in a text with a table's "Pts" head, is dropped.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.types import Entity

_HEADS = lexicon.words("P Pld W D L F A GF GA GD Pts PF PA NRR Pos Diff Bon BP")


def column_heads(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` without the column heads of a standings table."""
    if "Pts" not in text:
        return ents
    return [e for e in ents if not (e.label == "ORG" and _heads(text[e.start : e.end]))]


def _heads(surface: str) -> bool:
    return all(word in _HEADS for word in surface.replace(",", " ").split())
