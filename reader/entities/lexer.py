"""Pygments lexer that colours named entities, so ``pygmentize -l postil`` works in a pipe."""

from __future__ import annotations

from collections.abc import Iterator

from pygments.lexer import Lexer
from pygments.token import Token, _TokenType

from reader.entities.recognizer import recognize
from reader.entities.types import LABELS

ENTITY_TOKENS: dict[str, _TokenType] = {label: getattr(Token.Entity, label) for label in LABELS}


class EntityLexer(Lexer):
    """Yields ``Token.Entity.<LABEL>`` for each recognised entity and ``Token.Text`` between.

    Offsets are those of the text Pygments hands us (it normalises newlines and may strip or
    add a final newline depending on the lexer options), so callers that need offsets into
    their own string should call ``get_tokens_unprocessed`` with it directly.
    """

    name = "postil entities"
    aliases = ["postil", "postil-entities"]  # noqa: RUF012 (Pygments API: class attributes)
    filenames: list[str] = []  # noqa: RUF012
    mimetypes: list[str] = []  # noqa: RUF012

    def __init__(self, **options: object) -> None:
        # Keep leading/trailing blank lines: an article's offsets should survive a pipe.
        options.setdefault("stripnl", False)
        super().__init__(**options)

    def get_tokens_unprocessed(self, text: str) -> Iterator[tuple[int, _TokenType, str]]:
        """Cover ``text`` exactly with (offset, token type, value) triples."""
        pos = 0
        for ent in recognize(text):
            if ent.start > pos:
                yield pos, Token.Text, text[pos : ent.start]
            yield ent.start, ENTITY_TOKENS[ent.label], text[ent.start : ent.end]
            pos = ent.end
        if pos < len(text):
            yield pos, Token.Text, text[pos:]
