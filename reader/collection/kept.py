"""The kept library's folder: listing its articles, adding one atomically, removing one.

An add writes the original bytes, then the article, each to a temporary file renamed into
place; the article's rename is the moment it exists, so a crash at any point leaves either no
article or a whole one (a stray original without its article is cleared by the next add). The
duplicate check and the renames happen under one inter-process lock, so two ``postil add`` in
two shells both land, and the same page added from both lands once.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotations.files import atomic_write, fsync_dir
from annotations.storage import file_lock, locked
from reader.collection.index import KeyIndex
from reader.collection.state import (
    STATE_DIR,
    ReadingState,
    archived_stems,
    save_state,
    state_of,
    state_path,
    write_archived,
)
from reader.library.entries import KEPT_PREFIX
from reader.library.inert import display_name

#: Articles are ``<ARTICLES>/<stem>.md``; their originals ``<stem>.<kind>.gz`` beside them.
ARTICLES = "articles"
INDEX = "index.jsonl"
_SLUG_JUNK = re.compile(r"[^\w]+", re.UNICODE)
_ORIGINAL = re.compile(r"(.+)\.(html|txt|md|xml)\.gz$")


class CollectionError(Exception):
    """The library folder cannot be written or read (one line, like every user error)."""


@dataclass(frozen=True)
class NewArticle:
    """A prepared article, ready to be committed: its document and where it came from."""

    title: str
    document: bytes  # Markdown with front matter, UTF-8
    original: bytes
    original_kind: str  # html, txt, md or xml: the original's extension before .gz
    keys: tuple[str, ...]
    added: datetime


@dataclass(frozen=True)
class Outcome:
    """What an add did: ``added``, or ``exists`` (already in, with that article's title)."""

    status: str
    article_id: str
    title: str
    source: str = ""


def slug(title: str, limit: int = 48) -> str:
    """Lowercase words of ``title`` joined by ``-``: a file-name-safe part of a stem."""
    text = _SLUG_JUNK.sub("-", title.casefold()).strip("-_")
    return text[:limit].rstrip("-_") or "article"


def kept_document(new: NewArticle, path: Path) -> bytes:
    """The bytes of ``new`` kept as ``path`` (``<articles>/<stem>.md``): its id first in the
    front matter, and the summary a list shows recorded last (:mod:`reader.library.recorded`),
    so a list with no summary cache need not clean it."""
    from reader.library.recorded import with_recorded_summary

    document = b"---\nid: " + json.dumps(KEPT_PREFIX + path.stem).encode() + new.document[3:]
    return with_recorded_summary(document, path)


class Collection:
    """One kept-library folder. Creating the object touches nothing on disk."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).expanduser()
        self.articles = self.root / ARTICLES
        self.state_dir = self.root / STATE_DIR
        # Threads of one process queue here: the file lock polls (every 50 ms) when contended,
        # which made a refresh's eight workers wait on each other far longer than they work.
        self._threads = threading.Lock()
        self._index = KeyIndex(self.root / INDEX)
        self._checked = False

    # ------------------------------------------------------------------ listing

    def stems(self) -> list[str]:
        """The kept articles' names, oldest first (names start with the time they were added)."""
        try:
            with os.scandir(self.articles) as scan:
                names = [e.name[:-3] for e in scan if e.name.endswith(".md") and e.is_file()]
        except FileNotFoundError:
            return []
        except OSError as error:
            raise CollectionError(
                f"cannot read the library folder {self.articles}: {error}"
            ) from None
        return sorted(name for name in names if not name.startswith("."))

    def path_of(self, stem: str) -> Path:
        return self.articles / f"{stem}.md"

    def original_of(self, stem: str) -> Path | None:
        for kind in ("html", "txt", "md", "xml"):
            path = self.articles / f"{stem}.{kind}.gz"
            if path.exists():
                return path
        return None

    # ------------------------------------------------------------------ state

    def stems_with_state(self) -> set[str]:
        """Articles that have a state file (the others are unread, at the top): one listing,
        so a list of 50,000 articles does not try to open 50,000 files."""
        try:
            return {n[:-5] for n in os.listdir(self.state_dir) if n.endswith(".json")}
        except OSError:
            return set()

    def state(self, stem: str) -> ReadingState:
        return state_of(self.root, stem)

    def set_state(self, stem: str, state: str | None = None, position: int | None = None) -> None:
        """Change the state and/or the position of one article (the rest is kept)."""
        if not self.path_of(stem).exists():
            raise CollectionError(f"not in the library: {display_name(stem)}")
        current = self.state(stem)
        new = ReadingState(
            state if state is not None else current.state,
            position if position is not None else current.position,
        )
        try:
            if (new.state == "archived") == (current.state == "archived"):
                save_state(state_path(self.root, stem), new)
                return
            with self.locked():  # the archived list changes: see reader.collection.state
                archived = set(archived_stems(self.root))
                if new.state != "archived":
                    write_archived(self.root, frozenset(archived - {stem}))
                save_state(state_path(self.root, stem), new)
                if new.state == "archived":
                    write_archived(self.root, frozenset(archived | {stem}))
        except OSError as error:
            raise CollectionError(
                f"cannot save the reading state in {self.state_dir}: {error}"
            ) from None

    # ------------------------------------------------------------------ adding

    @contextmanager
    def locked(self) -> Iterator[None]:
        """The library's inter-process lock (creating the folders on first use)."""
        try:
            self.articles.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CollectionError(
                f"cannot create the library folder {self.articles}: {error.strerror or error}"
            ) from None
        with self._threads, locked(file_lock(self.root / "library"), self.root):
            yield

    def commit(self, new: NewArticle) -> Outcome:
        """Keep ``new`` unless one of its keys is already in; atomic, under the lock."""
        [result] = self.commit_many([new])
        if isinstance(result, CollectionError):
            raise result
        return result

    def commit_many(self, news: Sequence[NewArticle]) -> list[Outcome | CollectionError]:
        """Keep each of ``news`` (in order) under one hold of the lock: one look at the index,
        one fsync of the folder. Each article is atomic on its own; one that cannot be written
        is a :class:`CollectionError` in its place, and the others still land."""
        # level 1: the original is an archive copy, and level 6 costs 4x the time on a 2 MB page
        originals = [gzip.compress(new.original, compresslevel=1, mtime=0) for new in news]
        # each document as it will most likely be named, made before the lock: recording its
        # summary cleans it, which other adds should not wait for (done again under the lock
        # in the rare case the name was taken meanwhile)
        documents = [self._early_document(new) for new in news]
        results: list[Outcome | CollectionError] = []
        added: list[tuple[str, tuple[str, ...]]] = []
        with self.locked():
            self.check()
            index = self._index.update(locked=True)
            try:
                for new, original, early in zip(news, originals, documents, strict=True):
                    result = self._commit_one(new, original, early, index)
                    if isinstance(result, Outcome) and result.status == "added":
                        added.append((result.article_id[len(KEPT_PREFIX) :], new.keys))
                        for key in new.keys:
                            index.setdefault(key, added[-1][0])
                    results.append(result)
            finally:
                self._index.append(added)
                if added:
                    with suppress(OSError):
                        fsync_dir(self.articles)
        return results

    def _early_document(self, new: NewArticle) -> tuple[Path, bytes] | None:
        """``new``'s document under the name it would get now (None if the folder cannot even
        be looked at: the lock says why)."""
        try:
            path = self.path_of(self._free_stem(new))
        except OSError:
            return None
        return path, kept_document(new, path)

    def _commit_one(
        self,
        new: NewArticle,
        original: bytes,
        early: tuple[Path, bytes] | None,
        index: dict[str, str],
    ) -> Outcome | CollectionError:
        for key in new.keys:
            stem = index.get(key)
            if stem is not None and self.path_of(stem).exists():
                return Outcome("exists", KEPT_PREFIX + stem, self._title_of(stem, new.title))
        stem = self._free_stem(new)
        kept_original = self.articles / f"{stem}.{new.original_kind}.gz"
        try:
            atomic_write(kept_original, original, sync_folder=False)
            path = self.path_of(stem)
            document = early[1] if early and early[0] == path else kept_document(new, path)
            atomic_write(path, document, sync_folder=False)  # the article exists
        except OSError as error:
            if not self.path_of(stem).exists():
                with suppress(OSError):
                    kept_original.unlink()
            return CollectionError(
                f"cannot write to the library folder {self.articles}: {error.strerror or error}"
            )
        return Outcome("added", KEPT_PREFIX + stem, new.title)

    def check(self) -> None:
        """Once per object, under the lock: clear stray originals (an add killed between its
        two renames) and index articles the index misses (one killed before its index line)."""
        if self._checked:
            return
        self._checked = True
        self._clear_strays()
        self._index.update(locked=True)
        missing = [stem for stem in self.stems() if stem not in self._index.stems]
        self._index.append((stem, self._keys_in_file(stem)) for stem in missing)

    def _free_stem(self, new: NewArticle) -> str:
        base = f"{new.added.astimezone(UTC):%Y%m%d-%H%M%S}-{slug(new.title)}"
        stem, number = base, 1
        while self.path_of(stem).exists() or self.original_of(stem) is not None:
            number += 1
            stem = f"{base}-{number}"
        return stem

    def _clear_strays(self) -> None:
        """Originals without their article: an add killed between its two renames."""
        with suppress(OSError), os.scandir(self.articles) as scan:
            for item in scan:
                match = _ORIGINAL.fullmatch(item.name)
                if match and not self.path_of(match.group(1)).exists():
                    with suppress(OSError):
                        os.unlink(item.path)

    # ------------------------------------------------------------------ removing

    def remove(self, stem: str) -> None:
        """Delete an article, its original and its state (its highlights are not touched)."""
        with self.locked():
            path = self.path_of(stem)
            if not path.exists():
                raise CollectionError(f"not in the library: {display_name(stem)}")
            try:
                path.unlink()
                original = self.original_of(stem)
                if original is not None:
                    original.unlink()
                state_path(self.root, stem).unlink(missing_ok=True)
                archived = archived_stems(self.root)
                if stem in archived:
                    write_archived(self.root, archived - {stem})
            except OSError as error:
                raise CollectionError(f"cannot remove {path}: {error.strerror or error}") from None

    # ------------------------------------------------------------------ index

    def known_keys(self) -> dict[str, str]:
        """Every key in the index (read without the lock: a hint to skip fetching a page whose
        URL is known; the commit checks again under the lock). Do not change the result."""
        return self._index.update(locked=False)

    def _front(self, stem: str) -> dict[str, str]:
        from reader.library.markdown import front_matter

        try:
            with self.path_of(stem).open(encoding="utf-8", errors="replace") as handle:
                head = [next(handle, "").rstrip("\n") for _ in range(60)]
        except OSError:
            return {}
        return front_matter([line.strip() for line in head])[0]

    def _keys_in_file(self, stem: str) -> list[str]:
        from reader.collection.keys import article_keys

        front = self._front(stem)
        urls = (front.get("url"), front.get("canonical_url"), front.get("requested_url"))
        return article_keys(urls, front.get("fingerprint"))

    def _title_of(self, stem: str, found: str) -> str:
        """The kept article's title: its front matter's, else ``found`` (the title of what was
        just read, the same article), else its stem (a file or page without a title keeps
        none in its front matter: see reader.collection.prepare)."""
        return display_name(self._front(stem).get("title") or found or stem)
