"""What changed in a library since the index was last updated, found at the cost of what
changed, not of what is stored.

Stat-ing every file of a library of 50,000 articles takes a second on a busy machine: too much
to do before every search. A folder's modification time changes whenever a file in it is
added, removed or renamed, and so when a file is saved by writing a new one and renaming it
over the old (postil's own writes, and most editors' "safe save"). So each update records, for
every folder it checked, that time and a digest of the library's article ids in it
(:class:`FolderStamp`); a folder with the same time and the same ids needs no file stat'ed.

Three ways to look (:data:`Check`):

* ``"quick"`` (the default: the TUI's first pass, ``postil search``, the entity lists): one
  ``stat`` per folder; only the files of folders that changed are stat'ed, and only there is an
  indexed article looked for on disk. Its limit: a file rewritten in place (same name, same
  inode: ``open(path, "w")``, some editors) leaves its folder's time as it was, so it is not
  seen until a ``"full"`` check.
* ``"full"`` (``postil index``, and the TUI's second pass in the background): every file of the
  library is stat'ed, which catches files rewritten in place; removals are still looked for
  only in folders that changed (a file cannot go without changing its folder).
* ``"listed"``: the caller knows which articles changed (``postil index FILE``, an article just
  added); only the library's entries are stat'ed, nothing else is looked at, no stamp written.

A folder changed only just before it was checked is not stamped
(:func:`annotations.settled.settled`): a file added in the same clock tick just after the
check would leave the time as recorded. Stamps are written only at the end of a complete
update, after the articles.

After a ``"listed"`` update of articles just added, a folder whose stamp was good before and
whose library articles are now those and the added ones is stamped again (:func:`restamps`):
a kept library is one folder of 50,000 articles, and each add would otherwise have the next
check stat all of them. (A file saved anew there between the two is then left, like a file
rewritten in place, to the full check.)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from annotations.settled import settled
from reader.library.entries import Membership
from reader.library.entries import ids as listed_ids
from reader.search.catalog import Catalog, FolderStamp, IndexedArticle
from reader.search.folders import LibraryFolder, by_folder, folder_of, ids_digest

if TYPE_CHECKING:
    from reader.library import Entry

Check = Literal["quick", "full", "listed"]

Stamp = tuple[int, int]


def file_stamp(entry: Entry) -> Stamp | None:
    """``(size, mtime_ns)`` of the entry's file, ``None`` when it cannot be read."""
    try:
        stat = os.stat(entry.path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _mtime(folder: str) -> int | None:
    try:
        return os.stat(folder).st_mtime_ns
    except OSError:
        return None


@dataclass
class Plan:
    """What an update has to do, and what to record once it is done."""

    #: Entries to load, with their file stamps.
    todo: list[tuple[Entry, Stamp | None]] = field(default_factory=list)
    unchanged: int = 0
    #: Indexed articles whose files are gone.
    removed: list[IndexedArticle] = field(default_factory=list)
    #: What the catalogue knew of the entries in :attr:`todo` (and the others looked at).
    known: dict[str, IndexedArticle] = field(default_factory=dict)
    #: Folder stamps, and folders gone with all their articles, to record at the end.
    stamps: list[FolderStamp] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    #: ``(id, folder)`` of unchanged rows of an earlier catalogue, which had no folders.
    refolder: list[tuple[str, str]] = field(default_factory=list)

    def compare(self, entries: Iterable[Entry], known: dict[str, IndexedArticle]) -> None:
        """Stat each entry: unchanged if its file is as indexed, else to do."""
        for entry in entries:
            stamp = file_stamp(entry)
            indexed = known.get(entry.id)
            if (
                indexed is None
                or stamp is None
                or indexed.path != str(entry.path)
                or (indexed.size, indexed.mtime_ns) != stamp
            ):
                self.todo.append((entry, stamp))
                continue
            self.unchanged += 1
            if indexed.folder is None:
                self.refolder.append((entry.id, folder_of(entry.path)))


def plan(catalog: Catalog, entries: Sequence[Entry], check: Check = "quick") -> Plan:
    """Compare ``entries`` with the catalogue, looking as ``check`` says (no file read)."""
    result = Plan()
    if check == "listed":
        result.known = catalog.articles([entry.id for entry in entries])
        result.compare(entries, result.known)
        return result
    stored = catalog.folders()
    library = Membership(entries)
    groups = by_folder(entries)
    for folder, listed in groups.items():
        _library_folder(catalog, result, folder, listed, stored.get(folder), check, library)
    for folder, stamp in stored.items():
        if folder not in groups:
            _outside_folder(catalog, result, folder, stamp, library)
    _earlier_rows(catalog, result, library)
    return result


def _library_folder(
    catalog: Catalog,
    result: Plan,
    folder: str,
    listed: LibraryFolder,
    stamp: FolderStamp | None,
    check: Check,
    library: Membership,
) -> None:
    """A folder of the library: skipped when clean (quick), else each file compared and, if
    the folder changed, its indexed articles no longer in the library looked for on disk."""
    mtime = _mtime(folder)
    group, members = listed.entries, listed.members
    clean = stamp == FolderStamp(folder, mtime, members) and mtime is not None
    if clean and check == "quick":
        result.unchanged += len(group)
        return
    inside = catalog.articles_in(folder)  # one query for the folder's rows, then the strays
    ids = set(listed_ids(group))
    known = {i: a for i, a in inside.items() if i in ids}
    if len(known) < len(ids):  # articles of the folder last indexed in another (moved)
        known.update(catalog.articles([i for i in ids if i not in known]))
    result.known.update(known)
    result.compare(group, known)
    if not clean:  # a file can have gone only from a folder whose time changed
        _gone({i: a for i, a in inside.items() if i not in ids}, result, library)
    result.stamps.append(FolderStamp(folder, settled(mtime), members))


def _outside_folder(
    catalog: Catalog, result: Plan, folder: str, stamp: FolderStamp, library: Membership
) -> None:
    """A folder with indexed articles but none of this library's: its files may have gone."""
    mtime = _mtime(folder)
    if mtime is not None and mtime == stamp.mtime_ns:
        return
    inside = catalog.articles_in(folder)
    gone = _gone(inside, result, library)
    if mtime is None and gone == len(inside):
        result.gone.append(folder)
    else:
        result.stamps.append(FolderStamp(folder, settled(mtime), None))


def _gone(inside: dict[str, IndexedArticle], result: Plan, library: Membership) -> int:
    """Add the articles of ``inside`` whose files are gone (and not in the library under
    another path) to those removed; how many."""
    exists: Callable[[str], bool] = os.path.exists
    gone = [a for a in inside.values() if not exists(a.path) and a.id not in library]
    result.removed += gone
    return len(gone)


def _earlier_rows(catalog: Catalog, result: Plan, library: Membership) -> None:
    """Rows an earlier postil wrote without a folder, not met among the library's: removed if
    their file is gone, else given their folder (once: they are found by folder afterwards)."""
    for article in catalog.articles_in(None).values():
        if article.id in result.known or article.id in library:
            continue
        if os.path.exists(article.path):
            result.refolder.append((article.id, folder_of(article.path)))
        else:
            result.removed.append(article)


def restamps(catalog: Catalog, entries: Sequence[Entry], added: Iterable[str]) -> list[FolderStamp]:
    """Stamps for the library's folders whose only change since their stamp is ``added``
    (articles just indexed): their stamp held for the ids without those, and their time now
    is settled."""
    stored = catalog.folders()
    new = set(added)
    stamps = []
    for folder, listed in by_folder(entries).items():
        stamp = stored.get(folder)
        if stamp is None or stamp.mtime_ns is None or stamp.members is None:
            continue
        ids = listed_ids(listed.entries)  # read, never changed
        if new.isdisjoint(ids) or ids_digest(i for i in ids if i not in new) != stamp.members:
            continue
        mtime = settled(_mtime(folder))
        if mtime is not None:
            stamps.append(FolderStamp(folder, mtime, listed.members))
    return stamps
