"""The library's list of articles, made without touching what is not shown.

A kept library of 50,000 articles is one folder listing (names only, no ``stat``, no file
read); an :class:`Entry` is made when a row asks for it, so the first screen costs the rows it
shows. :class:`Entries` puts the seeds (or the paths given) and the kept articles in one
sequence the screens and commands index, slice and count like a list.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

from reader.library.inert import display_name
from reader.library.kept_ids import KEPT_PREFIX
from reader.library.kept_ids import kept_stem as kept_stem
from reader.library.kept_listing import KeptListing, cached_listing


@dataclass(frozen=True)
class Entry:
    """An article file in the library: known without reading it."""

    id: str
    path: Path
    name: str
    #: The absolute folder of ``path`` when the listing knew it (one ``abspath`` per folder
    #: listed): grouping a freshly listed library of 50,000 files by folder would otherwise
    #: format every path as a string, a tenth of a second (see reader.search.folders).
    folder: str | None = field(default=None, compare=False, repr=False)


def kept_listing(
    folder: Path,
    hidden: frozenset[str] = frozenset(),
    cache: Path | None = None,
    later: bool = False,
) -> KeptListing:
    """Stems of ``<folder>/articles/*.md``, sorted (oldest first: names start with the time
    they were added), without those in ``hidden``, with their count and the digest of their
    ids when ``cache`` remembered them. One ``listdir`` (none while ``cache`` holds the
    folder's listing: :mod:`reader.library.kept_listing`); nothing is stat'ed."""
    return cached_listing(folder / "articles", cache, hidden, later)


class Indexed(Sequence[Entry]):
    """Entries got by index (:meth:`_at`, given an index in range) and sliced as a list."""

    def _at(self, index: int) -> Entry:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> Entry: ...
    @overload
    def __getitem__(self, index: slice) -> list[Entry]: ...
    def __getitem__(self, index: int | slice) -> Entry | list[Entry]:
        if isinstance(index, slice):
            return [self._at(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("entry index out of range")
        return self._at(index)


class LazyEntries(Indexed):
    """Entries made on first use, each once (:meth:`_make` says how), and the ids and paths
    of all of them without making any: a list of 50,000 costs its names, not its entries."""

    def __init__(self) -> None:
        self._made: dict[int, Entry] = {}

    def __len__(self) -> int:
        raise NotImplementedError

    def _make(self, index: int) -> Entry:
        raise NotImplementedError

    def ids(self) -> list[str]:
        """The id of each entry, in order (a list: a set or a digest of 50,000 is made from
        it in C, where a generator cost a Python step each)."""
        raise NotImplementedError

    def id_paths(self) -> Iterator[tuple[str, str]]:
        """The id and path (as text) of each entry, in order."""
        raise NotImplementedError

    def _at(self, index: int) -> Entry:
        made = self._made.get(index)
        if made is None:
            made = self._made[index] = self._make(index)
        return made


def child_maker(folder: Path) -> Callable[[str], Path]:
    """How to make the path of a file named ``name`` in ``folder``.

    ``folder / name`` parses the whole path again: 7 µs, a third of listing a cached row.
    pathlib's own joining of a plain name (what ``Path.iterdir`` uses) skips that; it is not
    public, so the operator stands in where a Python lacks it.
    """
    made: Callable[[str], Path] = getattr(folder, "_make_child_relpath", folder.joinpath)
    return made


#: How many articles a remembered listing looks for on disk before it reads its names
#: (:meth:`KeptEntries.contains`, :meth:`reader.library.folder_listing.RememberedRun.contains`).
LOOKED_FOR = 256


class KeptEntries(LazyEntries):
    """Entries of kept articles, each made on first use from its stem; the stems themselves
    read when first needed, if the listing was remembered (:class:`KeptListing`)."""

    def __init__(self, folder: Path, stems: list[str] | KeptListing) -> None:
        super().__init__()
        self.articles = folder / "articles"
        self._listing = stems if isinstance(stems, KeptListing) else KeptListing(stems)
        self._asked = 0
        self._child = child_maker(self.articles)

    @property
    def listing(self) -> KeptListing:
        return self._listing

    @property
    def stems(self) -> list[str]:
        return self._listing.stems

    def __len__(self) -> int:
        return self._listing.count

    def _make(self, index: int) -> Entry:
        name = f"{self.stems[index]}.md"
        return Entry(f"{KEPT_PREFIX}{self.stems[index]}", self._child(name), display_name(name))

    def ids(self) -> list[str]:
        return [KEPT_PREFIX + stem for stem in self.stems]

    def ids_digest(self) -> str:
        """The digest of the ids, remembered with the listing (:meth:`KeptListing.ids_digest`)."""
        return self._listing.ids_digest()

    def id_paths(self) -> Iterator[tuple[str, str]]:
        """The id and path (as text) of each entry, made from the stems without an
        :class:`Entry` or a ``Path``: what listing 50,000 of them needs, in a third of the time."""
        folder = os.fspath(self.articles) + os.sep
        for stem in self.stems:
            yield f"{KEPT_PREFIX}{stem}", f"{folder}{stem}.md"

    def position(self, article_id: str) -> int | None:
        """Where the article with ``article_id`` is, by binary search of the sorted stems."""
        if not article_id.startswith(KEPT_PREFIX):
            return None
        stem = article_id[len(KEPT_PREFIX) :]
        index = bisect_right(self.stems, stem) - 1
        return index if index >= 0 and self.stems[index] == stem else None

    def contains(self, article_id: str) -> bool:
        """Whether the article with ``article_id`` is one of these. With the stems not read
        yet, its file is looked for: the folder has not changed since the stems were listed
        (the listing would not have been remembered otherwise), so a search's few results
        are answered without reading 50,000 stems; beyond a few hundred questions (a change
        check asking about every indexed article) the stems are read after all."""
        self._asked += 1
        if self._listing.loaded or self._asked > LOOKED_FOR:
            return self.position(article_id) is not None
        stem = kept_stem(article_id)
        if stem is None or stem in self._listing.archived:
            return False
        return os.path.lexists(self.articles / f"{stem}.md")


class Blocks(Indexed):
    """Blocks of entries (a listed folder's :class:`LazyEntries`, files named alone) read as
    one sequence; their ids and paths without making the entries."""

    def __init__(self, blocks: Sequence[Sequence[Entry]]) -> None:
        self.blocks = [block for block in blocks if len(block)]
        self._starts: list[int] = []
        total = 0
        for block in self.blocks:
            self._starts.append(total)
            total += len(block)
        self._length = total
        self._where: dict[str, int] | None = None
        self._plain: set[str] | None = None
        self._askers: list[Callable[[str], bool]] = []

    def __len__(self) -> int:
        return self._length

    def _at(self, index: int) -> Entry:
        block = bisect_right(self._starts, index) - 1
        return self.blocks[block][index - self._starts[block]]

    def __iter__(self) -> Iterator[Entry]:
        for block in self.blocks:
            yield from block

    def ids(self) -> list[str]:
        joined: list[str] = []
        for block in self.blocks:
            joined += ids(block)
        return joined

    def id_paths(self) -> Iterator[tuple[str, str]]:
        for block in self.blocks:
            yield from id_paths(block)

    def contains(self, article_id: str) -> bool:
        """Whether an entry has ``article_id``: a block that can say (a listed folder's run,
        from its names or, remembered and unread, its files) is asked; other blocks' ids
        are put in a set."""
        if self._plain is None:
            plain = [block for block in self.blocks if not hasattr(block, "contains")]
            self._plain = {article_id for block in plain for article_id in ids(block)}
            self._askers = [b.contains for b in self.blocks if hasattr(b, "contains")]
        if article_id in self._plain:
            return True
        return any(contains(article_id) for contains in self._askers)

    def position(self, article_id: str) -> int | None:
        """The index of the entry with ``article_id`` (the first, if two share it)."""
        if self._where is None:
            where: dict[str, int] = {}
            for index, found in enumerate(self.ids()):
                where.setdefault(found, index)
            self._where = where
        return self._where.get(article_id)


class Entries(Indexed):
    """``first`` (seeds or given paths: a list, or :class:`Blocks` of listed folders)
    followed by ``kept`` (made lazily)."""

    def __init__(self, first: Sequence[Entry], kept: KeptEntries | None = None) -> None:
        self.first = first
        self.kept = kept
        self._ids: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.first) + (len(self.kept) if self.kept is not None else 0)

    def _at(self, index: int) -> Entry:
        if index < len(self.first):
            return self.first[index]
        assert self.kept is not None  # the index is in range
        return self.kept[index - len(self.first)]

    def __iter__(self) -> Iterator[Entry]:
        yield from self.first
        if self.kept is not None:
            for index in range(len(self.kept)):
                yield self.kept[index]

    def ids(self) -> list[str]:
        """The id of each entry, in order, none made."""
        first = ids(self.first)
        return first + self.kept.ids() if self.kept is not None else first

    def id_paths(self) -> Iterator[tuple[str, str]]:
        """The id and path (as text) of each entry, in order (:meth:`KeptEntries.id_paths`)."""
        yield from id_paths(self.first)
        if self.kept is not None:
            yield from self.kept.id_paths()

    def __add__(self, other: Sequence[Entry]) -> list[Entry]:
        return [*self, *other]

    def contains(self, article_id: str) -> bool:
        """Whether an entry has ``article_id`` (the kept stems not read for it)."""
        if self.kept is not None and self.kept.contains(article_id):
            return True
        return self._first_contains(article_id)

    def position(self, article_id: str) -> int | None:
        """The index of the entry with ``article_id``, without making the others."""
        if self.kept is not None:
            found = self.kept.position(article_id)
            if found is not None:
                return len(self.first) + found
        return self._first_position(article_id)

    def _first_contains(self, article_id: str) -> bool:
        if isinstance(self.first, Blocks):
            return self.first.contains(article_id)
        return self._first_position(article_id) is not None

    def _first_position(self, article_id: str) -> int | None:
        if isinstance(self.first, Blocks):
            return self.first.position(article_id)
        if self._ids is None:
            self._ids = {}
            for index, entry in enumerate(self.first):
                self._ids.setdefault(entry.id, index)
        return self._ids.get(article_id)

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        if isinstance(value, Entry):
            found = self.position(value.id)
            if found is not None and self[found] == value:
                return found
        raise ValueError("entry not in the library")


class Membership(Collection[str]):
    """The ids of ``entries``, asked one at a time (:meth:`Entries.contains`): a kept
    article's, or a listed folder's, by its file while a remembered listing is unread, else by
    a binary search of the stems or a set of the run's ids; a plain list's by a set made if
    asked. Nothing is made for 50,000 articles, where a set of their ids took 25-40 ms: a
    search's scope, and the library a change check asks about."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = entries
        self._ids: set[str] | None = None

    def __contains__(self, article_id: object) -> bool:
        if not isinstance(article_id, str):
            return False
        if isinstance(self.entries, Entries):
            return self.entries.contains(article_id)
        if self._ids is None:
            self._ids = set(ids(self.entries))
        return article_id in self._ids

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[str]:
        return iter(ids(self.entries))


def ids(entries: Sequence[Entry]) -> list[str]:
    """The id of each of ``entries``, without making those made lazily."""
    if isinstance(entries, Entries | LazyEntries | Blocks):
        return entries.ids()
    return [entry.id for entry in entries]


def id_paths(entries: Sequence[Entry]) -> Iterator[tuple[str, str]]:
    """The id and path (as text) of each of ``entries``, without making those made lazily."""
    if isinstance(entries, Entries | LazyEntries | Blocks):
        return entries.id_paths()
    return ((entry.id, os.fspath(entry.path)) for entry in entries)
