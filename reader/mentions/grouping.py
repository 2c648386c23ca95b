"""From entity spans to the named things a reader looks for: "Elon Musk, 5 mentions".

The recognizer yields spans; a reader thinks in people, bodies and places. Mentions are grouped
by label and a folded key (case, white space, curly quotes and a possessive do not matter), and
a lone surname joins the one full name in the article it belongs to ("Musk" -> "Elon Musk"), so
stepping through a person's mentions finds every one.

Pure functions over text and spans: the entities panel and the library-wide index both use
them, and tests need no terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

_FOLD_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
_POSSESSIVE = re.compile(r"'s?$")
_SPACES = re.compile(r"\s+")

Span = tuple[int, int, str]


@lru_cache(maxsize=1 << 14)
def mention_key(surface: str) -> str:
    """The folded form two mentions of one thing share: ``"Musk’s"`` -> ``"musk"``.

    Remembered: the same names recur across a library's articles, and folding each mention
    anew was a sixth of the cost of recognition when indexing a library."""
    folded = _SPACES.sub(" ", surface.translate(_FOLD_QUOTES)).strip().casefold()
    return _POSSESSIVE.sub("", folded).rstrip()


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


def group_mentions(text: str, entities: Iterable[Span]) -> list[Named]:
    """Mentions of ``text`` grouped into :class:`Named` things, most mentioned first.

    Written for speed (it runs on every article an index build recognises, where it was a
    fifth of recognition's own cost): plain dicts of counts rather than a ``Counter`` per
    group, and a name with a single mention (most of them) takes no comparison at all."""
    groups: dict[tuple[str, str], list[tuple[int, int]]] = {}
    surfaces: dict[tuple[str, str], dict[str, int]] = {}
    for start, end, label in entities:
        surface = text[start:end]
        key = (label, mention_key(surface))
        if not key[1]:
            continue
        shown = _shown(surface)
        spans = groups.get(key)
        if spans is None:
            groups[key] = [(start, end)]
            surfaces[key] = {shown: 1}
            continue
        spans.append((start, end))
        counts = surfaces[key]
        counts[shown] = counts.get(shown, 0) + 1
    _fold_surnames(groups, surfaces)
    named = [
        Named(label, key, _display_name(surfaces[label, key]), _ordered(spans))
        for (label, key), spans in groups.items()
    ]
    named.sort(key=_rank)
    return named


def _ordered(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(spans) if len(spans) == 1 else tuple(sorted(spans))


def _rank(named: Named) -> tuple[int, str]:
    """Most mentioned first, then by name."""
    return -len(named.spans), _casefolded(named.name)


@lru_cache(maxsize=1 << 14)
def _casefolded(name: str) -> str:
    return name.casefold()


@lru_cache(maxsize=1 << 14)
def _shown(surface: str) -> str:
    """A mention as a name is shown: white space made single spaces (remembered, as keys)."""
    return _SPACES.sub(" ", surface).strip()


def _fold_surnames(
    groups: dict[tuple[str, str], list[tuple[int, int]]],
    surfaces: dict[tuple[str, str], dict[str, int]],
) -> None:
    """Move a one-word PERSON into the single longer PERSON name that ends with it."""
    owners: dict[str, list[str]] = {}  # last word -> the full names ending with it
    singles = []
    for label, key in groups:
        if label != "PERSON":
            continue
        if " " in key:
            owners.setdefault(key.rsplit(" ", 1)[-1], []).append(key)
        else:
            singles.append(key)
    for key in singles:
        found = owners.get(key)
        if found is None or len(found) != 1:
            continue
        groups["PERSON", found[0]].extend(groups.pop(("PERSON", key)))
        surfaces.pop(("PERSON", key))


def _display_name(surfaces: dict[str, int]) -> str:
    """The longest surface form (the fullest name), the most frequent among equals."""
    if len(surfaces) == 1:
        return next(iter(surfaces))
    return max(surfaces, key=lambda s: (len(s.split()), surfaces[s], -len(s)))


def find_named(named: Sequence[Named], label: str, key: str) -> Named | None:
    """The thing with ``label`` and ``key`` (a lone surname finds its full name too)."""
    for thing in named:
        if thing.label == label and thing.key == key:
            return thing
    if label == "PERSON" and " " not in key:
        owners = [n for n in named if n.label == label and n.key.rsplit(" ", 1)[-1] == key]
        if len(owners) == 1:
            return owners[0]
    return None


@dataclass
class LibraryNamed:
    """A named thing across the library: the articles that mention it, most mentions first."""

    label: str
    key: str
    name: str
    #: ``(article id, offset of the first mention, number of mentions)``
    articles: list[tuple[str, int, int]]

    @property
    def mentions(self) -> int:
        return sum(count for *_, count in self.articles)


def index_library(per_article: Iterable[tuple[str, Sequence[Named]]]) -> list[LibraryNamed]:
    """Merge each article's named things into library-wide ones, most widespread first."""
    return merge_mentions(
        (article_id, thing.label, thing.key, thing.name, thing.spans[0][0], thing.count)
        for article_id, named in per_article
        for thing in named
    )


def merge_mentions(rows: Iterable[tuple[str, str, str, str, int, int]]) -> list[LibraryNamed]:
    """Library-wide named things from ``(article id, label, key, name, first offset, count)``
    rows (an article's named things, or the search index's), most widespread first."""
    merged: dict[tuple[str, str], LibraryNamed] = {}
    for article_id, label, key, name, first, count in rows:
        entry = merged.get((label, key))
        if entry is None:
            entry = merged[label, key] = LibraryNamed(label, key, name, [])
        elif len(name) > len(entry.name):
            entry.name = name
        entry.articles.append((article_id, first, count))
    result = list(merged.values())
    for entry in result:
        entry.articles.sort(key=lambda a: -a[2])
    result.sort(key=lambda e: (-len(e.articles), -e.mentions, e.name.casefold()))
    return result
