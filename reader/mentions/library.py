"""Named things across the library: each article's things merged into one list, most
widespread first, with the articles of each read when they are asked for.

The list comes from totals, a row per thing and name shown (``(label, key, name, articles,
mentions)``): the search index keeps them in its catalogue (:mod:`reader.search.things`), so
the list of a library of 50,000 articles is a read of its things, not of its articles. A
thing's articles are asked of whatever made the list (:attr:`LibraryNamed.articles`): the
index reads them by key, only for the things a reader looks at.

Not part of what the index stores (a change here needs no new analysis of any article).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from reader.mentions.grouping import FIGURE_LABELS
from reader.mentions.short_forms import owners

#: ``(article id, offset of the first mention, number of mentions)``
ArticleMentions = tuple[str, int, int]
#: ``(label, key, name, articles, mentions)``: a thing's totals under one name it is shown by.
Total = tuple[str, str, str, int, int]
#: Finds the articles of a thing: ``(label, keys)`` -> rows, an article under each key it has.
Finder = Callable[[str, Sequence[str]], list[ArticleMentions]]


def _nothing(label: str, keys: Sequence[str]) -> list[ArticleMentions]:
    return []


@dataclass(eq=False)
class LibraryNamed:
    """A named thing across the library: how many articles mention it, how often, and which
    (read on first use)."""

    label: str
    key: str
    name: str
    #: Articles that mention it (an article that writes two forms the list joins, which its
    #: own grouping kept apart, counts once per form).
    count: int
    mentions: int
    #: Other keys of the thing in some article: its short forms (a lone surname "biden"
    #: where only it is written; :mod:`~reader.mentions.short_forms`).
    also: set[str] = field(default_factory=set)
    find: Finder = field(default=_nothing, repr=False)
    _articles: list[ArticleMentions] | None = field(default=None, repr=False)

    @property
    def articles(self) -> list[ArticleMentions]:
        """The articles that mention it, most mentions first: one row per article, every
        form's mentions counted (read once)."""
        if self._articles is None:
            self._articles = joined(self.find(self.label, [self.key, *sorted(self.also)]))
        return self._articles

    def has_key(self, label: str, key: str) -> bool:
        """Whether ``(label, key)``, an article's thing, is this one."""
        return label == self.label and (key == self.key or key in self.also)


def joined(rows: Iterable[ArticleMentions]) -> list[ArticleMentions]:
    """One row per article (its first mention of any form, and all of them), most mentions
    first."""
    firsts: dict[str, tuple[int, int]] = {}
    for article, first, count in rows:
        had = firsts.get(article)
        if had is not None:
            first, count = min(first, had[0]), count + had[1]
        firsts[article] = (first, count)
    return sorted(((a, *pair) for a, pair in firsts.items()), key=lambda r: (-r[2], r[0]))


def summarise(totals: Iterable[Total], find: Finder = _nothing) -> list[LibraryNamed]:
    """Library-wide named things from their totals: each shown by its fullest name, short
    forms joined to the thing they are short for, the names most widespread first, then the
    dates and figures (:data:`FIGURE_LABELS`) the same way."""
    merged: dict[tuple[str, str], LibraryNamed] = {}
    forms: dict[tuple[str, str], dict[str, int]] = {}  # mentions by name, where names differ
    for label, key, name, articles, mentions in totals:
        thing = (label, key)
        entry = merged.get(thing)
        if entry is None:
            merged[thing] = LibraryNamed(label, key, name, articles, mentions, find=find)
            continue
        seen = forms.get(thing)
        if seen is None:
            seen = forms[thing] = {entry.name: entry.mentions}
        seen[name] = seen.get(name, 0) + mentions
        entry.count += articles
        entry.mentions += mentions
    for thing, seen in forms.items():
        merged[thing].name = max(sorted(seen), key=lambda name: _fuller(name, seen[name]))
    for short, owner in owners(merged.keys()).items():
        _absorb(merged[owner], merged.pop(short))
    return sorted(
        merged.values(),
        key=lambda e: (e.label in FIGURE_LABELS, -e.count, -e.mentions, e.name.casefold()),
    )


def _fuller(name: str, mentions: int) -> tuple[int, int, bool, int]:
    """How well ``name`` shows a thing across the library: more words, then more mentions
    (the dateline "NAIROBI" of wire stories against the "Nairobi" of their bodies; "NASA"
    where most write it so), then not in capitals, then longer."""
    return len(name.split()), mentions, not name.isupper(), len(name)


def _absorb(owner: LibraryNamed, other: LibraryNamed) -> None:
    """Across the library, a short form ("Biden", in an article that writes only that)
    joins the one thing of the library it is short for ("Joe Biden"), as in an article:
    "which articles mention Joe Biden" should list that article."""
    owner.also |= {other.key, *other.also}
    owner.count += other.count
    owner.mentions += other.mentions


def merge_mentions(rows: Iterable[tuple[str, str, str, str, int, int]]) -> list[LibraryNamed]:
    """:func:`summarise` of ``(article id, label, key, name, first offset, count)`` rows (an
    article's named things), each thing's articles found among them."""
    counts: dict[tuple[str, str, str], list[int]] = {}
    by_key: dict[tuple[str, str], list[ArticleMentions]] = {}
    for article_id, label, key, name, first, count in rows:
        total = counts.setdefault((label, key, name), [0, 0])
        total[0] += 1
        total[1] += count
        by_key.setdefault((label, key), []).append((article_id, first, count))

    def find(label: str, keys: Sequence[str]) -> list[ArticleMentions]:
        return [row for key in keys for row in by_key.get((label, key), ())]

    return summarise(((*thing, a, m) for thing, (a, m) in counts.items()), find)
