"""Other names of one thing: "US", "U.S." and "United States" are one country to a reader.

News writes the same country or body in several ways, often in one article ("the European
Union ... the EU"). Grouped by spelling, they were three places in the entities panel, each
with part of the mentions, and the library's list said the United States was in four
articles where it was in all five. Here: the folded key of any of its short forms is the
key of the thing's full name, and a search for one name finds the others.

Only names that mean one thing wherever news uses them are listed: "America" (a continent
too) and "Britain" (not Northern Ireland) are not.
"""

from __future__ import annotations

import re

#: Full name (folded, as :func:`~reader.mentions.grouping.mention_key` folds) -> the other
#: names news writes for it (folded; an acronym without its dots: see :func:`canonical`).
_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "united states": ("us", "usa", "united states of america"),
    "united kingdom": ("uk",),
    "european union": ("eu",),
    "united nations": ("un",),
    "united arab emirates": ("uae",),
    "soviet union": ("ussr",),
    "north atlantic treaty organization": ("nato", "north atlantic treaty organisation"),
    "international monetary fund": ("imf",),
    "european central bank": ("ecb",),
    "world trade organization": ("wto", "world trade organisation"),
}

_FULL_NAME = {other: full for full, others in _OTHER_NAMES.items() for other in others}

#: An acronym written with dots ("u.s.", "u.k", "e.u."), once folded.
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]\.?")


def canonical(key: str) -> str:
    """The key of the thing ``key`` names: its full name's for a listed short form (dots in
    an acronym do not count: "u.s." is "us"), else ``key`` itself."""
    if _DOTTED.fullmatch(key):
        key = key.replace(".", "")
    return _FULL_NAME.get(key, key)


def names_of(key: str) -> tuple[str, ...]:
    """Every listed name of the thing whose key is ``key``, acronyms with and without their
    dots (none for a thing not listed): what a search for any of them should find."""
    others = _OTHER_NAMES.get(key)
    if others is None:
        return ()
    dotted = tuple(".".join(name) + "." for name in others if " " not in name)
    return (key, *others, *dotted)
