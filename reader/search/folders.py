"""A library's articles by folder, as change detection (:mod:`changes`) looks at them.

Grouping is one pass over the library's entries, and a digest of each folder's article ids
(what a folder stamp vouches for) one more; both are remembered for as long as the library's
list of entries lives, so the TUI's session and its repeated updates pay them once. A kept
library's folder is taken whole, without making its 50,000 entries.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from weakref import WeakKeyDictionary

from reader.library.entries import KEPT_PREFIX, Entries, KeptEntries

if TYPE_CHECKING:
    from reader.library import Entry


class LibraryFolder(NamedTuple):
    """The library's entries in one folder, and the digest of their ids."""

    entries: Sequence[Entry]
    members: str


#: Groupings of the :class:`Entries` lists seen, with the length they had (never changed in
#: place: the library makes a new list when it lists again).
_SEEN: WeakKeyDictionary[Entries, tuple[int, dict[str, LibraryFolder]]] = WeakKeyDictionary()
_LOCK = threading.Lock()


def folder_of(path: str | Path) -> str:
    """The absolute folder of a file, as folders are keyed in the catalogue."""
    return os.path.dirname(os.path.abspath(path))


def member_ids(group: Sequence[Entry]) -> Iterable[str]:
    """The ids of a folder's entries (a kept folder's without making its entries)."""
    if isinstance(group, KeptEntries):
        return (KEPT_PREFIX + stem for stem in group.stems)
    return (entry.id for entry in group)


def members_digest(group: Sequence[Entry]) -> str:
    """A digest of the ids of the library's articles in a folder, in library order."""
    return ids_digest(member_ids(group))


def ids_digest(ids: Iterable[str]) -> str:
    """A digest of article ids, in their order."""
    joined = "\0".join(ids).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(joined, digest_size=16).hexdigest()


def by_folder(entries: Sequence[Entry]) -> dict[str, LibraryFolder]:
    """The library's entries by absolute folder (remembered for an :class:`Entries` list)."""
    if not isinstance(entries, Entries):
        return _grouped(entries, None)
    with _LOCK:
        seen = _SEEN.get(entries)
    if seen is not None and seen[0] == len(entries):
        return seen[1]
    groups = _grouped(entries.first, entries.kept)
    with _LOCK:
        _SEEN[entries] = (len(entries), groups)
    return groups


def _grouped(first: Sequence[Entry], kept: KeptEntries | None) -> dict[str, LibraryFolder]:
    """``first`` by the folder its listing gave each entry, else by one split of its path and
    one ``abspath`` per folder; ``kept`` whole."""
    shown: dict[str, list[Entry]] = {}
    listed: dict[str, list[Entry]] = {}
    sep = os.sep
    for entry in first:
        if entry.folder is not None:  # str(path) of a fresh Path costs 2 us: 0.1 s at 50,000
            listed.setdefault(entry.folder, []).append(entry)
        else:  # str(path) is cached by pathlib once made; rpartition is one C call
            shown.setdefault(str(entry.path).rpartition(sep)[0], []).append(entry)
    groups: dict[str, Sequence[Entry]] = dict(listed)
    for name, group in shown.items():
        folder = os.path.abspath(name)
        groups[folder] = [*groups[folder], *group] if folder in groups else group
    if kept is not None and len(kept):
        folder = os.path.abspath(kept.articles)
        groups[folder] = [*groups[folder], *kept] if folder in groups else kept
    return {folder: LibraryFolder(g, members_digest(g)) for folder, g in groups.items()}
