"""Named-entity recognition for news text: a fast rule+gazetteer recogniser, a Pygments lexer.

Import is cheap: gazetteers load on the first ``recognize()`` call, Pygments classes and the
optional spaCy backend load on first attribute access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.entities.backends import BackendError, load_recognizer
from reader.entities.recognizer import recognize
from reader.entities.types import LABELS, Entity

if TYPE_CHECKING:
    from reader.entities.lexer import EntityLexer
    from reader.entities.style import EntityStyle

__all__ = [
    "LABELS",
    "BackendError",
    "Entity",
    "EntityLexer",
    "EntityStyle",
    "load_recognizer",
    "recognize",
]


def __getattr__(name: str) -> Any:
    """Load the Pygments classes only when asked for (keeps ``import reader.entities`` cheap)."""
    if name == "EntityLexer":
        from reader.entities.lexer import EntityLexer

        return EntityLexer
    if name == "EntityStyle":
        from reader.entities.style import EntityStyle

        return EntityStyle
    raise AttributeError(name)
