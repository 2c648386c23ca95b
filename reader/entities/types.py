"""The entity contract shared by every backend: 16 OntoNotes labels and a span type."""

from __future__ import annotations

from dataclasses import dataclass

LABELS: tuple[str, ...] = (
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT",
    "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Entity:
    """A labelled span ``text[start:end]`` (Python str offsets, end exclusive)."""

    start: int
    end: int
    label: str
