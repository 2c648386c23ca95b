"""Pygments style for entity tokens, chosen to read well on dark terminals (256 colours)."""

from __future__ import annotations

from pygments.style import Style
from pygments.token import Token

_COLOURS: dict[str, str] = {
    "PERSON": "bold #ffaf5f",
    "ORG": "bold #5fafff",
    "GPE": "bold #87d787",
    "LOC": "#5fd7af",
    "FAC": "#d7af87",
    "NORP": "#d787d7",
    "EVENT": "#ff87af",
    "LAW": "#d7d75f",
    "PRODUCT": "#afafff",
    "DATE": "#87d7ff",
    "TIME": "#87afd7",
    "MONEY": "#ffd75f",
    "PERCENT": "#ffd787",
    "QUANTITY": "#d7af5f",
    "CARDINAL": "#bcbcbc",
    "ORDINAL": "#a8a8a8",
}


class EntityStyle(Style):
    """One colour per entity label; plain text keeps the terminal's own foreground."""

    name = "postil"
    background_color = "#1c1c1c"
    styles = {  # noqa: RUF012 (Pygments API: class attribute)
        Token: "",
        Token.Text: "",
        **{getattr(Token.Entity, label): colour for label, colour in _COLOURS.items()},
    }
