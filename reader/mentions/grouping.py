"""From entity spans to the named things a reader looks for: "Elon Musk, 5 mentions".

The recognizer yields spans; a reader thinks in people, bodies and places. Mentions are grouped
by label and a folded key (case, white space, curly quotes and a possessive do not matter, and
"US", "U.S." and "United States" are one: :mod:`~reader.mentions.aliases`), and a lone
surname joins the one full name in the article it belongs to ("Musk" -> "Elon Musk"), as do a
firm without its company form and a nationality's plural (:mod:`~reader.mentions.short_forms`),
so stepping through a person's mentions finds every one.

Pure functions over text and spans: the entities panel and the library-wide index both use
them, and tests need no terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reader.mentions.aliases import canonical
from reader.mentions.short_forms import owners

_FOLD_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
_POSSESSIVE = re.compile(r"'s?$")
_SPACES = re.compile(r"\s+")

Span = tuple[int, int, str]

#: The kinds that are values, not names: dates, times, amounts and counts. Across a library
#: "two" or "Friday" in three articles says little, so lists put them after the names.
FIGURE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


@lru_cache(maxsize=1 << 14)
def mention_key(surface: str) -> str:
    """The folded form two mentions of one thing share: ``"Musk’s"`` -> ``"musk"``, and
    ``"U.S."`` -> ``"united states"`` (:mod:`~reader.mentions.aliases`).

    Remembered: the same names recur across a library's articles, and folding each mention
    anew was a sixth of the cost of recognition when indexing a library."""
    folded = _SPACES.sub(" ", surface.translate(_FOLD_QUOTES)).strip().casefold()
    return canonical(_POSSESSIVE.sub("", folded).rstrip())


#: Surfaces remembered with their key and shown form, as many as :func:`mention_key` keeps
#: (a few MB at most; beyond it, forgotten all at once).
_SURFACES_KEPT = 1 << 14
_surfaces: dict[str, tuple[str, str]] = {}


def _surface(surface: str) -> tuple[str, str]:
    """``(key, shown form)`` of a mention's surface, worked out once per surface: a plain
    dict lookup per mention, where two cached calls cost a third of the grouping."""
    if len(_surfaces) >= _SURFACES_KEPT:
        _surfaces.clear()
    found = _surfaces[surface] = (mention_key(surface), _SPACES.sub(" ", surface).strip())
    return found


@dataclass(frozen=True)
class Named:
    """One named thing of an article: its label, the name to show and where it is mentioned."""

    label: str
    key: str
    name: str
    spans: tuple[tuple[int, int], ...]

    @property
    def count(self) -> int:
        return len(self.spans)

    @classmethod
    def of_row(cls, row: FlatNamed) -> Named:
        """The thing of a :func:`group_rows` row."""
        flat = row[3:]
        return cls(row[0], row[2], row[1], tuple(zip(flat[::2], flat[1::2], strict=True)))


#: A named thing as one flat list, the form the search index stores: label, name shown, key,
#: then the start and end of each mention in order (``["PERSON", "Elon Musk", "elon musk",
#: 0, 9, 17, 21]``).
FlatNamed = list[Any]


def group_mentions(text: str, entities: Iterable[Span]) -> list[Named]:
    """Mentions of ``text`` grouped into :class:`Named` things, most mentioned first."""
    return [Named.of_row(row) for row in group_rows(text, entities)]


def group_rows(text: str, entities: Iterable[Span]) -> list[FlatNamed]:
    """:func:`group_mentions` as flat rows (:data:`FlatNamed`), most mentioned first.

    Written for speed: it runs on every article an index build recognises, where grouping
    and packing the things as objects cost a sixth of recognition. A group is a list that
    becomes its row in place (the shown forms first, replaced by label, name and key at the
    end), a mention's key and shown form are one dict lookup, and spans in the order they
    came (the recognizer's: by start) are not sorted again."""
    groups: dict[tuple[str, str], FlatNamed] = {}
    known = _surfaces.get
    ordered, last = True, -1
    for start, end, label in entities:
        surface = text[start:end]
        key, shown = known(surface) or _surface(surface)
        if not key:
            continue
        if start <= last:
            ordered = False
        last = start
        group = groups.get((label, key))
        if group is None:
            groups[label, key] = [[shown], start, end]
        else:
            group[0].append(shown)
            group += (start, end)
    merged = _fold_short_forms(groups)
    rows = []
    for (label, key), group in groups.items():
        shown = group[0]
        group[0:1] = (label, shown[0] if len(shown) == 1 else _display_name(shown), key)
        if len(group) > 5 and (not ordered or (label, key) in merged):
            pairs = sorted(zip(group[3::2], group[4::2], strict=True))
            group[3:] = [offset for pair in pairs for offset in pair]
        rows.append(group)
    rows.sort(key=_rank)
    return rows


def _rank(row: FlatNamed) -> tuple[int, str]:
    """Most mentioned first, then by name."""
    return 3 - len(row), _casefolded(row[1])


@lru_cache(maxsize=1 << 14)
def _casefolded(name: str) -> str:
    return name.casefold()


def _fold_short_forms(groups: dict[tuple[str, str], FlatNamed]) -> set[tuple[str, str]]:
    """Move each short form ("Biden", "Americans", "Baicells") into the one thing of the
    article it is short for (:mod:`~reader.mentions.short_forms`): its mentions, not its
    shown forms, so the fuller name is shown. The groups that took one in."""
    found = owners(groups.keys())
    for short, owner in found.items():
        groups[owner] += groups.pop(short)[1:]
    return set(found.values())


def _display_name(shown: list[str]) -> str:
    """The longest surface form (the fullest name), the most frequent among equals, then
    one not in capitals (a dateline's "LAGOS" and the body's "Lagos": "Lagos")."""
    counts: dict[str, int] = {}
    for form in shown:
        counts[form] = counts.get(form, 0) + 1
    if len(counts) == 1:
        return shown[0]
    return max(counts, key=lambda s: (len(s.split()), counts[s], not s.isupper(), -len(s)))


def find_named(named: Sequence[Named], label: str, key: str) -> Named | None:
    """The thing with ``label`` and ``key``, else the one it is short for ("Biden": "Joe
    Biden") or, for a name chosen across the library, the article's one short form of it
    (:mod:`~reader.mentions.short_forms`)."""
    wanted = (label, key)
    by_thing = {(n.label, n.key): n for n in named}
    if wanted in by_thing:
        return by_thing[wanted]
    found = owners({*by_thing, wanted})
    if wanted in found:
        return by_thing.get(found[wanted])
    shorter = [by_thing[short] for short, owner in found.items() if owner == wanted]
    return shorter[0] if len(shorter) == 1 else None
