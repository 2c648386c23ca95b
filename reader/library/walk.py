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

    def __init__(self, shown: Path, folder: str, ids: list[str], names: list[str]) -> None:
        super().__init__()
        #: The folder as it was given (entries' paths start with it) and its absolute path.
        self.shown = shown
        self.folder = folder
        self.article_ids = ids
        self.names = names
        self._child = child_maker(shown)

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


def walk(folder: Path) -> list[FolderEntries]:
    """Article files under ``folder``, recursively, in path order, hidden names skipped."""
    seeds = resolved_seeds_dir()
    blocks: list[FolderEntries] = []
    _scan(folder, os.path.realpath(folder), None if seeds is None else str(seeds), blocks)
    return blocks


def _scan(shown: Path, actual: str, seeds: str | None, blocks: list[FolderEntries]) -> None:
    """Add the files of one folder (``shown`` as given, ``actual`` its real path) and of its
    subfolders to ``blocks``; ``seeds``: the real path of the seeds' folder, whose files have
    ``seeds/<name>`` ids (compared as text: ``Path(...).parent ==`` a file cost 6 µs)."""
    try:
        with os.scandir(shown) as scan:
            items = sorted(scan, key=_NAME)
    except OSError:
        return
    run = _Run(shown, actual, actual == seeds)
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
            run.flush(blocks)
            _scan(run.child(name), run.inside + name, seeds, blocks)
        elif kind == "link":
            resolved = os.path.realpath(item.path)
            seeded = os.path.dirname(resolved) == seeds
            run.links[len(run.names)] = f"seeds/{name}" if seeded else resolved
            run.names.append(name)
    run.flush(blocks)


_NAME = attrgetter("name")


class _Run:
    """The files of one folder met since its last subfolder: their names, and the ids of the
    links among them (the others' ids are made from their names at once, in C)."""

    def __init__(self, shown: Path, actual: str, in_seeds: bool) -> None:
        self.shown, self.folder = shown, os.path.abspath(shown)
        self.child = child_maker(shown)
        self.inside = os.path.join(actual, "")
        self.prefix = "seeds/" if in_seeds else self.inside
        self.names: list[str] = []
        self.links: dict[int, str] = {}

    def flush(self, blocks: list[FolderEntries]) -> None:
        if not self.names:
            return
        prefix = self.prefix
        ids = [prefix + name for name in self.names]
        for index, article_id in self.links.items():
            ids[index] = article_id
        blocks.append(FolderEntries(self.shown, self.folder, ids, self.names))
        self.names, self.links = [], {}


def _is_article_or_folder(item: os.DirEntry[str], name: str) -> bool:
    """Whether a name may be an article (by its extension) or a folder (a folder's name has
    none of those extensions, or is looked at: ``is_dir`` is known from the listing)."""
    dot = name.rfind(".")
    if dot > 0 and name[dot:].lower() in ARTICLE_SUFFIXES:
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


def _is_article(name: str) -> bool:
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in ARTICLE_SUFFIXES
