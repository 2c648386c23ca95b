"""Where a text's possessives are: one scan, shared by the special forms that read them
(``possessive_firms``, ``possessive_names``, ``member_bodies``), which each scanned the text
for an apostrophe of their own (about 0.7 ms each on bench_ner's 102 articles)."""

from __future__ import annotations

from reader.entities.regex_code import compiled

#: The "'s" of a possessive (or a contraction): "Sainsbury's", "King's Lynn".
POSSESSIVE_S = compiled(r"['’]s(?!\w)")
# An "'s" or a plural's bare apostrophe at a word's end ("Presidents' Day").
_POSSESSIVE = compiled(r"['’]s?(?!\w)")

#: ``(start, end)`` of each possessive mark: the apostrophe, and its "s" when there is one.
Marks = list[tuple[int, int]]


def possessive_marks(text: str) -> Marks:
    """Every possessive mark of ``text``, in order."""
    return [m.span() for m in _POSSESSIVE.finditer(text)]
