"""Colours: entity kinds (foreground) and highlight colours (background), one set per theme.

Entities colour the *text*, highlights colour the *background*, so both stay visible when a
highlighted passage names a person or a place. Kinds are grouped by hue (people blue, bodies
orange, places green, time gold, figures pink) so a reader learns five colours, not sixteen.

There is a set for dark themes and one for light ones, chosen so that every colour meets WCAG
AA (4.5:1) against the theme's background, entity colours also on every highlight, selection
and search background, and body text on each of those; and so that the five highlight colours
stay five different colours when a terminal has only 256 or 16 (tests/ui/test_colors.py
computes all of it from Textual's textual-dark and textual-light palettes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Palette:
    """The colours postil adds on one kind of theme (dark or light)."""

    #: Entity label -> foreground colour.
    entities: dict[str, str]
    #: Highlight colour name -> background colour.
    highlights: dict[str, str]
    selection: str
    search: str
    #: The match the caret is on (also bold and underlined, to tell it from the others).
    current_search: str


DARK: Final = Palette(
    entities={
        "PERSON": "#80c2ff",
        "NORP": "#cbb0ff",
        "ORG": "#ffac5c",
        "FAC": "#a0e0a0",
        "GPE": "#78e078",
        "LOC": "#48e0c4",
        "PRODUCT": "#ffc0a0",
        "EVENT": "#ffa0e0",
        "LAW": "#e6c078",
        "DATE": "#f0d078",
        "TIME": "#f0d078",
        "MONEY": "#ffa1c2",
        "PERCENT": "#ffa1c2",
        "QUANTITY": "#ffa1c2",
        "CARDINAL": "#e8a8d8",
        "ORDINAL": "#e8a8d8",
    },
    # Deep tints: light entity colours stay legible on them; in 16 colours they become
    # yellow, green, blue, red and magenta.
    highlights={
        "yellow": "#544000",
        "green": "#045810",
        "blue": "#143078",
        "pink": "#6c1040",
        "purple": "#580c78",
    },
    selection="#474747",
    search="#003c40",
    current_search="#00525a",
)

LIGHT: Final = Palette(
    entities={
        "PERSON": "#004c9e",
        "NORP": "#662caf",
        "ORG": "#803a00",
        "FAC": "#245924",
        "GPE": "#155a1a",
        "LOC": "#00594c",
        "PRODUCT": "#83390b",
        "EVENT": "#891b77",
        "LAW": "#634a00",
        "DATE": "#634a00",
        "TIME": "#634a00",
        "MONEY": "#9c0e43",
        "PERCENT": "#9c0e43",
        "QUANTITY": "#9c0e43",
        "CARDINAL": "#842971",
        "ORDINAL": "#842971",
    },
    # Pastels: dark entity colours stay legible on them; in 16 colours they become bright
    # yellow, bright green, bright cyan, bright magenta and white.
    highlights={
        "yellow": "#fcf0a0",
        "green": "#a4fc98",
        "blue": "#ace0fc",
        "pink": "#fca8ec",
        "purple": "#d8bcfc",
    },
    selection="#c4c4c4",
    search="#ffd08a",
    current_search="#ffbc5c",
)

#: The dark set's entity colours (the CLI's ``show`` and its Pygments style use these).
ENTITY_COLORS: Final = DARK.entities


def palette(*, dark: bool) -> Palette:
    """The colour set for a dark or a light theme."""
    return DARK if dark else LIGHT


def entity_color(label: str, *, dark: bool) -> str:
    """The foreground of an entity kind (``""`` for an unknown label: the text's own)."""
    return palette(dark=dark).entities.get(label, "")


def highlight_color(color: str, *, dark: bool) -> str:
    """The background of a highlight colour (unknown names look yellow)."""
    highlights = palette(dark=dark).highlights
    return highlights.get(color, highlights["yellow"])


#: Legend rows: a name a reader understands, and the labels it stands for. A row's kinds share
#: a hue (products are orange like the bodies that make them), so each row is one colour.
ENTITY_GROUPS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("people", ("PERSON",)),
    ("groups", ("NORP",)),
    ("organisations & products", ("ORG", "PRODUCT")),
    ("places", ("GPE", "LOC", "FAC")),
    ("dates", ("DATE", "TIME")),
    ("money & %", ("MONEY", "PERCENT", "QUANTITY")),
    ("numbers", ("CARDINAL", "ORDINAL")),
    ("laws & events", ("LAW", "EVENT")),
)

#: Entity label -> what a reader calls it, and a short name for a narrow column (the short
#: ones say "place" for every kind the search's ``place:`` finds but buildings).
LABEL_NAMES: Final[dict[str, tuple[str, str]]] = {
    "PERSON": ("person", "person"),
    "NORP": ("nationality or group", "group"),
    "ORG": ("organisation", "org"),
    "FAC": ("building or facility", "building"),
    "GPE": ("country, city or state", "place"),
    "LOC": ("place", "place"),
    "PRODUCT": ("product", "product"),
    "EVENT": ("event", "event"),
    "LAW": ("law", "law"),
    "DATE": ("date", "date"),
    "TIME": ("time", "time"),
    "MONEY": ("money", "money"),
    "PERCENT": ("percentage", "percent"),
    "QUANTITY": ("quantity", "quantity"),
    "CARDINAL": ("number", "number"),
    "ORDINAL": ("ordinal", "ordinal"),
}


def label_name(label: str, short: bool = False) -> str:
    """``"GPE"`` -> ``"country, city or state"``, or ``"place"`` if ``short`` (unknown labels
    as they are)."""
    names = LABEL_NAMES.get(label)
    if names is None:
        return label.lower()
    return names[1] if short else names[0]
