"""A wire story's slug glued to its headline: "SOCCER-ARSENAL BEAT REAL MADRID", "GOLF-MCILROY
WINS MASTERS", "UPDATE 2-TESLA SHARES JUMP" (class 6: names in an ALL-CAPS headline missed,
the slug's hyphen making the first name part of a hyphenated word).

The recogniser reads a copy of the text in which that one hyphen is a space: the copy has the
same length, so every offset it finds is an offset of the text as given, and no entity holds
the hyphen (the slug is no name). Only the first lines are looked at, where a slug stands, as
the sport page's own slug check does.
"""

from __future__ import annotations

from reader.entities.names.sport import SLUG_WORD
from reader.entities.regex_code import compiled

# The slug: sport words, or a story's version ("UPDATE 2", "WRAPUP 1"), then the hyphen and a
# capital. Group 1 ends right before the hyphen.
_SLUG = compiled(
    rf"[ \t]*((?:{SLUG_WORD}[ \t]){{0,2}}{SLUG_WORD}|(?:UPDATE|WRAPUP)[ \t]\d{{1,2}})-(?=[A-Z])"
)
#: Lines looked at from the top.
_HEAD_LINES = 6


def unglued_slugs(text: str) -> str:
    """``text`` with the hyphen after a slug on one of its first lines made a space."""
    start = 0
    for _ in range(_HEAD_LINES):
        newline = text.find("\n", start)
        end = len(text) if newline < 0 else newline
        m = _SLUG.match(text, start, end)
        if m is not None:
            text = f"{text[: m.end(1)]} {text[m.end(1) + 1 :]}"
        if newline < 0:
            break
        start = newline + 1
    return text
