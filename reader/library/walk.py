"""Listing folders of articles: file names only, and an entry for a file when it is asked for.

A library opened on a folder of 50,000 articles (``postil -L``, ``postil search -L``) made an
:class:`~reader.library.entries.Entry`, and its ``Path``, for every file before its first
screen or search: 0.2 s, four times the ``scandir`` calls themselves (0.95 s while each file's
path was parsed whole). A listed folder now keeps its files' names and ids
(:class:`FolderEntries`); a change check, a search's scope and the library screen read those,
and an entry is made when a row or a file check asks for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from operator import attrgetter
from pathlib import Path
from typing import Literal

from reader.library.entries import Entry, LazyEntries, child_maker
from reader.library.inert import display_name
from reader.library.seeds import resolved_seeds_dir

#: Extensions picked up when a folder is opened (a file named explicitly is always taken).
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})


class FolderEntries(LazyEntries):
    """Article files of one folder (a run of them between its subfolders, in path order),
    known by name and id; each entry is made on first use."""

    #: The digest of the ids of all of this folder's articles (every run of it), when a
    #: remembered listing knew it (:mod:`reader.library.folder_listing`).
    folder_digest: str | None = None

    def __init__(self, shown: Path, folder: str, ids: list[str], names: list[str]) -> None:
        super().__init__()
        #: The folder as it was given (entries' paths start with it) and its absolute path.
        self.shown = shown
        self.folder = folder
        self._ids = ids
        self._names = names
        self._child = child_maker(shown)
        self._members: set[str] | None = None

    @property
    def names(self) -> list[str]:
        return self._names

    @property
    def article_ids(self) -> list[str]:
        return self._ids

    def __len__(self) -> int:
        return len(self.names)

    def _make(self, index: int) -> Entry:
        name = self.names[index]
        return Entry(self.article_ids[index], self._child(name), display_name(name), self.folder)

    def ids(self) -> list[str]:
        return self.article_ids  # not a copy: read, never changed, by every caller

    def id_paths(self) -> Iterator[tuple[str, str]]:
        prefix = os.fspath(self._child("x"))[:-1]  # the folder as its entries' paths write it
        return zip(self.article_ids, [prefix + name for name in self.names], strict=True)

    def contains(self, article_id: str) -> bool:
        """Whether one of these has ``article_id`` (a set of them made on first ask)."""
        if self._members is None:
            self._members = set(self.article_ids)
        return article_id in self._members

    def without(self, seen: set[str]) -> FolderEntries:
        """These entries but those whose id is in ``seen`` or met before here (a file reached
        twice, through a link: its first listing keeps it); ``seen`` gains the ids kept."""
        fresh = set(self.article_ids)
        if len(fresh) == len(self.article_ids) and seen.isdisjoint(fresh):
            seen |= fresh
            return self
        kept = []
        for index, article_id in enumerate(self.article_ids):
            if article_id not in seen:
                seen.add(article_id)
                kept.append(index)
        ids = [self.article_ids[i] for i in kept]
        return FolderEntries(self.shown, self.folder, ids, [self.names[i] for i in kept])


class Walked:
    """What a walk found: the runs of files (:class:`FolderEntries`), and what a listing
    remembered needs to know it is still true and to make them again: every folder walked,
    relative to the top (``""``), with its modification time before it was listed (``None``:
    unreadable), and each run's folder, id prefix, real folder and links."""

    def __init__(self, seeds: str | None) -> None:
        self.seeds = seeds
        self.blocks: list[FolderEntries] = []
        self.folders: list[tuple[str, int | None]] = []
        #: Per block: its folder (relative), its ids' prefix, its real folder, its links'
        #: ids by position.
        self.runs: list[tuple[str, str, str, dict[int, str]]] = []


def walk(folder: Path) -> list[FolderEntries]:
    """Article files under ``folder``, recursively, in path order, hidden names skipped."""
    return walk_recorded(folder).blocks


def walk_recorded(folder: Path) -> Walked:
    """:func:`walk`, with what a remembered listing needs (:class:`Walked`)."""
    seeds = resolved_seeds_dir()
    walked = Walked(None if seeds is None else str(seeds))
    _scan(folder, os.path.realpath(folder), "", walked)
    return walked


def _scan(shown: Path, actual: str, relative: str, walked: Walked) -> None:
    """Add the files of one folder (``shown`` as given, ``actual`` its real path, ``relative``
    to the top) and of its subfolders to ``walked``; files of the seeds' folder have
    ``seeds/<name>`` ids (compared as text: ``Path(...).parent ==`` a file cost 6 µs)."""
    try:
        mtime: int | None = os.stat(shown).st_mtime_ns  # before listing: a change after is seen
    except OSError:
        mtime = None
    walked.folders.append((relative, mtime))
    try:
        with os.scandir(shown) as scan:
            items = sorted(scan, key=_NAME)
    except OSError:  # unreadable: made readable later, its time would not say so
        walked.folders[-1] = (relative, None)
        return
    run = _Run(shown, actual, relative, actual == walked.seeds)
    for item in items:
        name = item.name
        if name[0] == "." or not _is_article_or_folder(item, name):
            continue
        try:  # a plain file, known from the listing (no stat): the common case, kept short
            if item.is_file(follow_symlinks=False):
                run.names.append(name)
                continue
        except OSError:
            continue
        kind = _kind(item)
        if kind == "folder":
            run.flush(walked)
            _scan(run.child(name), run.inside + name, f"{relative}{name}/", walked)
        elif kind == "link":
            resolved = os.path.realpath(item.path)
            seeded = os.path.dirname(resolved) == walked.seeds
            run.links[len(run.names)] = f"seeds/{name}" if seeded else resolved
            run.names.append(name)
    run.flush(walked)


_NAME = attrgetter("name")


class _Run:
    """The files of one folder met since its last subfolder: their names, and the ids of the
    links among them (the others' ids are made from their names at once, in C)."""

    def __init__(self, shown: Path, actual: str, relative: str, in_seeds: bool) -> None:
        self.shown, self.folder = shown, os.path.abspath(shown)
        self.child = child_maker(shown)
        self.relative = relative
        self.inside = os.path.join(actual, "")
        self.prefix = "seeds/" if in_seeds else self.inside
        self.names: list[str] = []
        self.links: dict[int, str] = {}

    def flush(self, walked: Walked) -> None:
        if not self.names:
            return
        ids = run_ids(self.prefix, self.names, self.links)
        walked.blocks.append(FolderEntries(self.shown, self.folder, ids, self.names))
        walked.runs.append((self.relative, self.prefix, self.inside, self.links))
        self.names, self.links = [], {}


def run_ids(prefix: str, names: list[str], links: dict[int, str]) -> list[str]:
    """The ids of a run's files: ``prefix`` and the name, but a link's own (by position)."""
    ids = [prefix + name for name in names]
    for index, article_id in links.items():
        ids[index] = article_id
    return ids


def _is_article_or_folder(item: os.DirEntry[str], name: str) -> bool:
    """Whether a name may be an article (by its extension) or a folder (a folder's name has
    none of those extensions, or is looked at: ``is_dir`` is known from the listing)."""
    if is_article_name(name):
        return True
    try:
        return item.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _kind(item: os.DirEntry[str]) -> Literal["folder", "file", "link"] | None:
    """What a listed name is: a folder (not a link to one), a file, a link to a file, or
    something else (``None``: a link to a folder, a device, a name gone or unreadable)."""
    try:
        if item.is_dir(follow_symlinks=False):
            return "folder"
        if not item.is_file():
            return None
        return "link" if item.is_symlink() else "file"
    except OSError:
        return None


def is_article_name(name: str) -> bool:
    """Whether a file of a folder is listed by this name: an article extension, after a stem."""
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in ARTICLE_SUFFIXES
