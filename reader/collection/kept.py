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
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotations.storage import atomic_write, file_lock, locked
from reader.collection.state import ReadingState, load_state, save_state
from reader.library.inert import display_name

#: Articles are ``<ARTICLES>/<stem>.md``; their originals ``<stem>.<kind>.gz`` beside them.
ARTICLES = "articles"
STATE = "state"
INDEX = "index.jsonl"
ID_PREFIX = "library/"
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


class Collection:
    """One kept-library folder. Creating the object touches nothing on disk."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).expanduser()
        self.articles = self.root / ARTICLES
        self.state_dir = self.root / STATE
        # Threads of one process queue here: the file lock polls (every 50 ms) when contended,
        # which made a refresh's eight workers wait on each other far longer than they work.
        self._threads = threading.Lock()

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

    @staticmethod
    def stem_of(article_id: str) -> str | None:
        """The stem of a ``library/<stem>`` id, or ``None`` for another article's id."""
        if not article_id.startswith(ID_PREFIX):
            return None
        stem = article_id[len(ID_PREFIX) :]
        return stem if stem and "/" not in stem and not stem.startswith(".") else None

    # ------------------------------------------------------------------ state

    def state(self, stem: str) -> ReadingState:
        return load_state(self.state_dir / f"{stem}.json")

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
            save_state(self.state_dir / f"{stem}.json", new)
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
        # level 1: the original is an archive copy, and level 6 costs 4x the time on a 2 MB page
        original = gzip.compress(new.original, compresslevel=1, mtime=0)
        with self.locked():
            self._clear_strays()
            index = self._read_index()
            for key in new.keys:
                stem = index.get(key)
                if stem is not None and self.path_of(stem).exists():
                    return Outcome("exists", ID_PREFIX + stem, self._title_of(stem))
            stem = self._free_stem(new)
            try:
                atomic_write(
                    self.articles / f"{stem}.{new.original_kind}.gz",
                    original,
                )
                document = b"---\nid: " + json.dumps(ID_PREFIX + stem).encode() + new.document[3:]
                atomic_write(self.path_of(stem), document)  # the article exists from here
                self._append_index(stem, new.keys)
            except OSError as error:
                raise CollectionError(
                    f"cannot write to the library folder {self.articles}: {error.strerror or error}"
                ) from None
            return Outcome("added", ID_PREFIX + stem, new.title)

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
                (self.state_dir / f"{stem}.json").unlink(missing_ok=True)
            except OSError as error:
                raise CollectionError(f"cannot remove {path}: {error.strerror or error}") from None

    # ------------------------------------------------------------------ index

    def _read_index(self) -> dict[str, str]:
        """Key -> stem for every kept article; articles the index misses are read and added."""
        index: dict[str, str] = {}
        indexed: set[str] = set()
        with suppress(FileNotFoundError), (self.root / INDEX).open("rb") as handle:
            for line in handle:
                try:
                    record = json.loads(line)
                    stem, keys = record["id"], record["keys"]
                except (ValueError, KeyError, TypeError):
                    continue  # a torn last line of a killed add: that article is re-read below
                indexed.add(stem)
                for key in keys:
                    index.setdefault(str(key), stem)
        for stem in self.stems():
            if stem not in indexed:
                keys = self._keys_in_file(stem)
                self._append_index(stem, keys)
                for key in keys:
                    index.setdefault(key, stem)
        return index

    def known_keys(self) -> set[str]:
        """Every key in the index (read without the lock: a hint to skip fetching a page whose
        URL is known; the commit checks again under the lock)."""
        keys: set[str] = set()
        with suppress(OSError), (self.root / INDEX).open("rb") as handle:
            for line in handle:
                with suppress(ValueError, KeyError, TypeError):
                    keys.update(str(key) for key in json.loads(line)["keys"])
        return keys

    def _append_index(self, stem: str, keys: tuple[str, ...] | list[str]) -> None:
        line = json.dumps({"id": stem, "keys": list(keys)}, ensure_ascii=False) + "\n"
        with (self.root / INDEX).open("ab") as handle:
            handle.write(line.encode("utf-8"))

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

    def _title_of(self, stem: str) -> str:
        return display_name(self._front(stem).get("title") or stem)
