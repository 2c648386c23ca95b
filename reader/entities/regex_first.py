"""The characters a regular expression can start with, as a guard before costly alternatives.

Speed only. ``re`` tries the alternatives of a big alternation one by one; an alternative
that opens with an optional modifier list or a group is entered and explored even where
its first character already rules it out. A lookahead ``(?=[...])`` of the characters the
alternative can start with fails such a try in a few steps. The class is computed from the
parsed pattern, so it is always a superset of the real first characters and the matches
are the same with or without it.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# Class items, as regex source, and whether the sequence they start can match nothing.
First = tuple[set[str], bool]
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def first_guard(pattern: str, flags: int = 0) -> str:
    """``(?=[...])`` of the characters every match of ``pattern`` starts with, or ``""``
    when there is no useful guard (it can match the empty string, or start anywhere)."""
    found = _sequence(_parser.parse(pattern, flags).data, bool(flags & re.IGNORECASE))
    if found is None or found[1] or not found[0]:
        return ""
    items, icase = found[0], "(?i)" in found[0]
    cls = "[" + "".join(sorted(items - {"(?i)"})) + "]"
    return f"(?=(?i:{cls}))" if icase else f"(?={cls})"


def _sequence(items: Any, icase: bool) -> First | None:
    """First characters of a sequence: of its items up to the first that cannot be empty."""
    chars: set[str] = set()
    for op, av in items:
        found = _item(op, av, icase)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _item(op: Any, av: Any, icase: bool) -> First | None:
    if op is sre.LITERAL:
        return _mark({re.escape(chr(av))}, icase), False
    if op is sre.IN:
        items = _class_items(av)
        return None if items is None else (_mark(items, icase), False)
    if op in _ZERO_WIDTH:
        return set(), True
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        on = (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _sequence(sub.data, on)
    if op is sre.BRANCH:
        return _branch(av[1], icase)
    if op in _REPEATS:
        low, _high, sub = av
        found = _sequence(sub.data, icase)
        return None if found is None else (found[0], found[1] or low == 0)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data, icase)
    return None  # any character, a back-reference...: no guard


def _branch(alternatives: Any, icase: bool) -> First | None:
    chars: set[str] = set()
    empty = False
    for alt in alternatives:
        found = _sequence(alt.data, icase)
        if found is None:
            return None
        chars |= found[0]
        empty = empty or found[1]
    return chars, empty


def _class_items(av: Any) -> set[str] | None:
    items: set[str] = set()
    for op, value in av:
        if op is sre.LITERAL:
            items.add(re.escape(chr(value)))
        elif op is sre.RANGE:
            items.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is sre.CATEGORY and value in _CATEGORIES:
            items.add(_CATEGORIES[value])
        else:
            return None  # a negated class: nearly anything
    return items


def _mark(items: set[str], icase: bool) -> set[str]:
    """Items found under ``(?i)``: the whole guard is then case-insensitive (a superset)."""
    return items | {"(?i)"} if icase else items
