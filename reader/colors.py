"""Colours: entity kinds (foreground) and highlight colours (background).

Entities colour the *text*, highlights colour the *background*, so both stay visible when a
highlighted passage names a person or a place. Kinds are grouped by hue (people blue, bodies
orange, places green, time gold, figures pink) so a reader learns five colours, not sixteen.
"""

from __future__ import annotations

from typing import Final

#: Entity label -> foreground colour (readable on dark and light backgrounds alike).
ENTITY_COLORS: Final[dict[str, str]] = {
    "PERSON": "#5fafff",
    "NORP": "#af87ff",
    "ORG": "#ff9f43",
    "FAC": "#87d787",
    "GPE": "#5fd75f",
    "LOC": "#00d7af",
    "PRODUCT": "#ffaf87",
    "EVENT": "#ff87d7",
    "LAW": "#d7af5f",
    "DATE": "#e5c07b",
    "TIME": "#e5c07b",
    "MONEY": "#ff6f9f",
    "PERCENT": "#ff6f9f",
    "QUANTITY": "#ff6f9f",
    "CARDINAL": "#d787af",
    "ORDINAL": "#d787af",
}

#: Legend rows: a name a reader understands, and the labels it stands for.
ENTITY_GROUPS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("people", ("PERSON",)),
    ("groups", ("NORP",)),
    ("organisations", ("ORG",)),
    ("places", ("GPE", "LOC", "FAC")),
    ("dates", ("DATE", "TIME")),
    ("money & %", ("MONEY", "PERCENT", "QUANTITY")),
    ("numbers", ("CARDINAL", "ORDINAL")),
    ("laws & events", ("LAW", "EVENT", "PRODUCT")),
)

#: Highlight colour name -> background colour; muted so entity colours stay legible on top.
HIGHLIGHT_BACKGROUNDS: Final[dict[str, str]] = {
    "yellow": "#5f5000",
    "green": "#1e5128",
    "blue": "#1d3d6b",
    "pink": "#6b2350",
    "purple": "#4a2d72",
}

SELECTION_BACKGROUND: Final = "#5a6a8a"
SEARCH_BACKGROUND: Final = "#7a4a00"
CURRENT_SEARCH_BACKGROUND: Final = "#b36b00"

#: Entity label -> what a reader calls it.
LABEL_NAMES: Final[dict[str, str]] = {
    "PERSON": "person",
    "NORP": "nationality or group",
    "ORG": "organisation",
    "FAC": "building or facility",
    "GPE": "country, city or state",
    "LOC": "place",
    "PRODUCT": "product",
    "EVENT": "event",
    "LAW": "law",
    "DATE": "date",
    "TIME": "time",
    "MONEY": "money",
    "PERCENT": "percentage",
    "QUANTITY": "quantity",
    "CARDINAL": "number",
    "ORDINAL": "ordinal",
}


def label_name(label: str) -> str:
    """``"GPE"`` -> ``"country, city or state"`` (unknown labels as they are)."""
    return LABEL_NAMES.get(label, label.lower())
