"""A folder's walk, remembered while every folder in it keeps its modification time.

``postil search -L FOLDER`` on a folder of 50,000 files walked it each time (55-100 ms of a
fresh process: 50,000 directory entries made, sorted and filtered), then hashed each
folder's ids to find it unchanged, then made a set of the 50,000 ids for the search's scope.
A folder's time changes whenever a name in it is added, removed or renamed, and a new or
removed subfolder changes its parent's, so a walk holds while every folder it went through
keeps the time it had before it was listed (:mod:`annotations.settled` says when a time can
be trusted). Such a walk is written to the cache, one file per folder walked, and read back
after one ``stat`` per folder:

- the header (decoded at once): the folders with their times, and per run of files its
  folder, id prefix, size, links and the digest of its folder's ids;
- the names (decoded when first asked for: a search of an unchanged folder needs none):
  a run's entries list them, a change check compares the digests, and a search's scope
  looks for its few results' files (:meth:`RememberedRun.contains`).

A walk whose ids repeat (a file reached twice, through a link) is not remembered: the
library keeps the first of them, which needs every id.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import zlib
from pathlib import Path

from annotations.files import atomic_write, make_private_dirs
from annotations.settled import settled
from reader.library import entries
from reader.library.kept_ids import joined_digest
from reader.library.seeds import resolved_seeds_dir
from reader.library.walk import (
    FolderEntries,
    Walked,
    is_article_name,
    run_ids,
    walk_recorded,
)

FORMAT = "postil folder listing 1"
#: A cache file bigger than this is not read.
MOST_BYTES = 256 * 1024 * 1024
#: Listings kept: writing one more removes the longest unwritten (a file per folder ever
#: walked, some of them megabytes, would otherwise pile up; one removed is only walked again).
MOST_LISTINGS = 32
_LISTING_NAME = re.compile(r"[0-9a-f]{8}")


def cached_walk(folder: Path, cache: Path | None) -> tuple[list[FolderEntries], bool]:
    """The walk of ``folder`` (:func:`reader.library.walk.walk`), and whether its ids are
    known to be unique; read from ``cache`` (a folder of listings) while it holds, else
    walked and remembered there when every folder's time can be trusted."""
    if cache is None:
        walked = walk_recorded(folder)
        return walked.blocks, False
    seeds = resolved_seeds_dir()
    key = [FORMAT, os.path.abspath(folder), os.path.realpath(folder), str(seeds or "-")]
    file = cache / f"{zlib.crc32(os.fsencode(key[1])):08x}"
    remembered = _read(file, folder, key)
    if remembered is not None:
        return remembered, True
    walked = walk_recorded(folder)
    ids = [article_id for block in walked.blocks for article_id in block.ids()]
    unique = len(set(ids)) == len(ids)
    if unique and all(settled(mtime) is not None for _, mtime in walked.folders):
        _write(file, key, walked)
    return walked.blocks, False


class _Names:
    """The names part of a listing file (checked when read: as many as the header counts,
    none with a ``/``), decoded and split when a run first needs it."""

    def __init__(self, data: bytes, start: int) -> None:
        self._data, self._start = data, start
        self._names: list[str] | None = None

    def get(self) -> list[str]:
        if self._names is None:
            text = self._data[self._start :].decode("utf-8", "surrogateescape")
            self._names, self._data = text.split("\0") if text else [], b""
        return self._names


class RememberedRun(FolderEntries):
    """A run of files from a remembered listing: its size and its folder's digest known at
    once, its names read when first asked for."""

    def __init__(
        self,
        shown: Path,
        names: _Names,
        where: tuple[int, int],
        prefix: str,
        inside: str,
        links: dict[int, str],
    ) -> None:
        super().__init__(shown, os.path.abspath(shown), [], [])
        self._all, (self._first, self._count) = names, where
        self._prefix, self._inside, self._links = prefix, inside, links
        self._loaded = False
        self._asked = 0

    def _load(self) -> None:
        names = self._all.get()[self._first : self._first + self._count]
        self._names, self._ids = names, run_ids(self._prefix, names, self._links)
        self._loaded = True

    @property
    def names(self) -> list[str]:
        if not self._loaded:
            self._load()
        return self._names

    @property
    def article_ids(self) -> list[str]:
        if not self._loaded:
            self._load()
        return self._ids

    def __len__(self) -> int:
        return self._count

    def contains(self, article_id: str) -> bool:
        """Whether one of these has ``article_id``: with the names unread, its file is looked
        for (the folder has not changed since it was listed, or this run would not be)."""
        if self._loaded or self._asked > entries.LOOKED_FOR:
            return super().contains(article_id)
        if article_id in self._links.values():
            return True
        name = article_id[len(self._prefix) :]
        if not article_id.startswith(self._prefix) or not _plain_article_name(name):
            return False
        self._asked += 1
        try:
            return stat.S_ISREG(os.lstat(self._inside + name).st_mode)
        except OSError:
            return False


def _plain_article_name(name: str) -> bool:
    return "/" not in name and not name.startswith(".") and is_article_name(name)


def _read(file: Path, folder: Path, key: list[str]) -> list[FolderEntries] | None:
    try:
        with file.open("rb") as opened:
            data = opened.read(MOST_BYTES + 1)
        return _parse(data, folder, key)
    except (OSError, ValueError, IndexError):
        return None


def _parse(data: bytes, folder: Path, key: list[str]) -> list[FolderEntries] | None:
    """The runs ``data`` remembers for ``key``, if every folder still has its time (a file
    that is not a listing raises ``ValueError`` or ``IndexError``)."""
    if len(data) > MOST_BYTES:
        return None
    length = int(data[: data.index(b"\0")])
    head = data[len(str(length)) + 1 : length - 1].decode("utf-8", "surrogateescape")
    fields = _Fields(head.split("\0"))
    if fields.take(len(key)) != key:
        return None
    folders, runs, size = (int(field) for field in fields.take(3))
    for _ in range(folders):
        relative, mtime = fields.take(2)
        if str(os.stat(folder / relative if relative else folder).st_mtime_ns) != mtime:
            return None
    names = _Names(data, length)
    blocks: list[FolderEntries] = []
    first = 0
    for _ in range(runs):
        relative, count, prefix, inside, digest, links = fields.take(6)
        pairs = fields.take(2 * int(links))
        linked = {int(at): found for at, found in zip(pairs[::2], pairs[1::2], strict=True)}
        if not all(map(_still_a_file, linked.values())):  # its folder's time cannot say
            return None
        shown = folder / relative if relative else folder
        run = RememberedRun(shown, names, (first, int(count)), prefix, inside, linked)
        run.folder_digest = digest
        blocks.append(run)
        first += int(count)
    # Nothing more in the header; the names as long as written, as many as the runs hold,
    # none with a "/" (checked in C, without decoding them).
    if fields.left or data[length - 1 : length] != b"\0" or len(data) - length != size:
        return None
    if data.count(b"\0", length) + (size > 0) != first or data.find(b"/", length) >= 0:
        return None
    return blocks


def _still_a_file(linked: str) -> bool:
    """Whether a link's target (its id: the resolved path, or a seed's) is still a file: a
    target deleted leaves its link dangling, which a walk no longer lists, and the time of
    the link's folder does not change."""
    return linked.startswith("seeds/") or os.path.isfile(linked)


class _Fields:
    """The header's fields, taken in order (``ValueError`` past the last one)."""

    def __init__(self, fields: list[str]) -> None:
        self._fields, self._at = fields, 0

    def take(self, count: int) -> list[str]:
        taken = self._fields[self._at : self._at + count]
        if len(taken) != count:
            raise ValueError("the listing's header is cut short")
        self._at += count
        return taken

    @property
    def left(self) -> int:
        return len(self._fields) - self._at


def _write(file: Path, key: list[str], walked: Walked) -> None:
    """Write the listing whole, atomically (a reader sees the old one or the new one); one
    that cannot be written is left unwritten."""
    digests: dict[str, list[str]] = {}
    for block, (relative, *_) in zip(walked.blocks, walked.runs, strict=True):
        digests.setdefault(relative, []).extend(block.ids())
    folder_digest = {relative: joined_digest("\0".join(ids)) for relative, ids in digests.items()}
    names = "\0".join(name for block in walked.blocks for name in block.names)
    named = names.encode("utf-8", "surrogateescape")
    header = [*key, str(len(walked.folders)), str(len(walked.runs)), str(len(named))]
    for relative, mtime in walked.folders:
        header += [relative, str(mtime)]
    for block, (relative, prefix, inside, links) in zip(walked.blocks, walked.runs, strict=True):
        header += [relative, str(len(block)), prefix, inside, folder_digest[relative]]
        header.append(str(len(links)))
        for index, article_id in links.items():
            header += [str(index), article_id]
    head = "\0".join(header).encode("utf-8", "surrogateescape") + b"\0"
    digits = len(str(len(head) + 1))
    while len(str(digits + 1 + len(head))) != digits:  # the length counts its own digits
        digits += 1
    data = b"%d\0%s%s" % (digits + 1 + len(head), head, named)
    with contextlib.suppress(OSError):  # private, as every cache: names tell what one reads
        make_private_dirs(file.parent)
        atomic_write(file, data, durable=False)
        _prune(file.parent)


def _prune(listings: Path) -> None:
    """Remove the listings of ``listings`` written longest ago beyond the newest
    :data:`MOST_LISTINGS`."""
    found: list[tuple[int, str]] = []
    with os.scandir(listings) as scan:
        for entry in scan:
            if _LISTING_NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):  # gone meanwhile: another postil pruned it
                    found.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.path))
    found.sort()
    for _, path in found[: max(0, len(found) - MOST_LISTINGS)]:
        with contextlib.suppress(OSError):
            os.unlink(path)
