"""Pygments style for entity tokens: the reader's own entity colours (``reader.colors``).

``postil show`` and ``pygmentize -O style=postil`` colour each entity kind as the TUI does:
the same foreground per label, colour only (no bold), plain text left to the terminal.
"""

from __future__ import annotations

from pygments.style import Style
from pygments.token import Token

from reader.colors import ENTITY_COLORS


class EntityStyle(Style):
    """One colour per entity label; plain text keeps the terminal's own foreground."""

    name = "postil"
    background_color = "#1c1c1c"
    styles = {  # noqa: RUF012 (Pygments API: class attribute)
        Token: "",
        Token.Text: "",
        **{getattr(Token.Entity, label): colour for label, colour in ENTITY_COLORS.items()},
    }
