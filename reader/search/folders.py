"""A library's articles by folder, as change detection (:mod:`changes`) looks at them.

Grouping is one pass over the library's entries, and a digest of each folder's article ids
(what a folder stamp vouches for) one more; both are remembered for as long as the library's
list of entries lives, so the TUI's session and its repeated updates pay them once. A kept
library's folder, and a listed folder's files, are taken whole, without making their 50,000
entries.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from weakref import WeakKeyDictionary

from reader.library.entries import Blocks, Entries, KeptEntries, ids
from reader.library.kept_ids import ids_digest as ids_digest
from reader.library.walk import FolderEntries

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


def members_digest(group: Sequence[Entry]) -> str:
    """A digest of the ids of the library's articles in a folder, in library order."""
    if isinstance(group, KeptEntries):
        return group.ids_digest()  # remembered with the kept folder's listing
    known = _remembered_digest(group)
    if known is not None:
        return known
    return ids_digest(ids(group))  # a listed folder's ids without making its entries


def _remembered_digest(group: Sequence[Entry]) -> str | None:
    """The digest a remembered folder listing holds for ``group``: all runs of one folder,
    each knowing the digest of the whole folder (:mod:`reader.library.folder_listing`)."""
    runs = group.blocks if isinstance(group, Blocks) else [group]
    known = {run.folder_digest if isinstance(run, FolderEntries) else None for run in runs}
    return known.pop() if len(known) == 1 else None


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
    """``first`` by folder: a listed folder's files whole (:class:`FolderEntries`), others by
    the folder their listing gave, else by one split of the path and one ``abspath`` per
    folder; ``kept`` whole."""
    runs: dict[str, list[Sequence[Entry]]] = {}
    listed: dict[str, list[Entry]] = {}
    shown: dict[str, list[Entry]] = {}
    sep = os.sep
    for block in first.blocks if isinstance(first, Blocks) else [first]:
        if isinstance(block, FolderEntries):
            runs.setdefault(block.folder, []).append(block)
            continue
        for entry in block:
            if entry.folder is not None:  # str(path) of a fresh Path costs 2 us
                listed.setdefault(entry.folder, []).append(entry)
            else:  # str(path) is cached by pathlib once made; rpartition is one C call
                shown.setdefault(str(entry.path).rpartition(sep)[0], []).append(entry)
    for folder, group in listed.items():
        runs.setdefault(folder, []).append(group)
    for name, group in shown.items():
        runs.setdefault(os.path.abspath(name), []).append(group)
    if kept is not None and len(kept):
        runs.setdefault(os.path.abspath(kept.articles), []).append(kept)
    groups = {folder: run[0] if len(run) == 1 else Blocks(run) for folder, run in runs.items()}
    return {folder: LibraryFolder(g, members_digest(g)) for folder, g in groups.items()}
