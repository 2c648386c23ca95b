"""The library: which article files there are (cheap), their summaries and loaded articles.

Listing needs no article read when the summary cache knows the file; the decoding and cleaning
code is imported on the first article actually read.
"""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.library.entries import (
    KEPT_PREFIX,
    Blocks,
    Entries,
    Entry,
    KeptEntries,
    Membership,
    kept_listing,
)
from reader.library.errors import ArticleError, LibraryError
from reader.library.folder_listing import cached_walk
from reader.library.inert import display_name
from reader.library.seeds import article_id_for, seeds_dir
from reader.library.summaries import Summary, SummaryCache

if TYPE_CHECKING:
    from reader.library.article import Article
    from reader.library.text_cache import TextCache

_MAX_CANDIDATES = 5
#: The kept folder's listing, in the cache folder (:mod:`reader.library.kept_listing`).
LISTING_CACHE = "kept-listing"
#: Listed folders' walks, in the cache folder (:mod:`reader.library.folder_listing`).
FOLDER_LISTINGS = "folder-listings"
#: Articles kept in memory once read (a library of thousands keeps only summaries) ...
LOADED_ARTICLES = 16
#: ... and how much text they may hold together (one big article is kept whatever its size).
LOADED_CHARS = 32 * 1024 * 1024
#: Files bigger than this are listed from their start until read (see _summary_of_start).
BIG_FILE = 2 * 1024 * 1024


def _entry(path: Path) -> Entry:
    """The entry for one file named on its own (a folder's: :mod:`reader.library.walk`)."""
    return Entry(article_id_for(path), path, display_name(path.name))


def _outside_entry(article_id: str, kept: Path | None = None) -> Entry | None:
    """An entry for an id of an article outside this library (a seed, a kept article, or an
    absolute path).

    Annotations remember the id of the article they were made in; this lets them be shown with
    their article even when ``postil`` was opened on other paths.
    """
    stem = article_id[len(KEPT_PREFIX) :]
    if article_id.startswith("seeds/") and "/" not in article_id[6:]:
        path = seeds_dir() / article_id[6:]
    elif article_id.startswith(KEPT_PREFIX) and kept is not None and "/" not in stem:
        path = kept / "articles" / f"{stem}.md"
    elif os.path.isabs(article_id):
        path = Path(article_id)
    else:
        return None
    if not path.is_file():
        return None
    return Entry(article_id, path, display_name(path.name))


@dataclass
class Library:
    """The articles ``postil`` can open, in a fixed order (1-based numbers index it)."""

    entries: Sequence[Entry]
    summaries: SummaryCache = field(default_factory=lambda: SummaryCache(None), repr=False)
    _loaded: OrderedDict[str, tuple[int, int, Article]] = field(
        default_factory=OrderedDict, repr=False
    )
    #: The TUI loads and summarises from worker threads and the UI thread at once.
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)
    #: A lock per article id while it is read, so two threads never read one file at once.
    _reading: dict[str, threading.Lock] = field(default_factory=dict, repr=False, compare=False)
    #: The kept library's folder, when its articles are part of this library.
    kept: Path | None = None
    #: Kept articles marked archived: not in :attr:`entries` (the default list), still found.
    archived: Sequence[Entry] = ()
    #: Articles read in earlier runs (:mod:`reader.library.text_cache`); None: none kept.
    texts: TextCache | None = field(default=None, repr=False, compare=False)

    @classmethod
    def default(
        cls,
        summaries: SummaryCache | None = None,
        kept: Path | None = None,
        remember_later: bool = False,
    ) -> Library:
        """The embedded seed articles, then the articles kept in ``kept`` (oldest first), the
        archived ones apart. Kept entries are made as they are asked for (a folder listing is
        all this costs before the first screen). With ``remember_later``, a fresh listing is
        remembered by :meth:`remember_listing`, not before this returns."""
        library = cls.from_paths([seeds_dir()], summaries)
        if kept is not None:
            library.kept = kept
            library.reload_kept(remember_later)
        return library

    def remember_listing(self) -> None:
        """Remember the kept listing :meth:`default` left to remember (nothing if none)."""
        entries = self.entries
        if isinstance(entries, Entries) and entries.kept is not None:
            entries.kept.listing.remember()

    def reload_kept(self, remember_later: bool = False) -> None:
        """List the kept articles again (after an add, a remove or a change of state)."""
        if self.kept is None:
            return
        from reader.collection.state import archived_stems

        hidden = archived_stems(self.kept)
        cache = self.summaries.path  # the listing is remembered beside the summaries
        listing = None if cache is None else cache.with_name(LISTING_CACHE)
        with self._lock:
            first = self.entries.first if isinstance(self.entries, Entries) else self.entries
            others = [e for e in first if not e.id.startswith(KEPT_PREFIX)]
            listed = kept_listing(self.kept, hidden, listing, remember_later)
            kept = KeptEntries(self.kept, listed)
            self.entries = Entries(others, kept)
            stems = [stem for stem in sorted(hidden) if (self.kept / "articles" / f"{stem}.md")
                     .is_file()]  # fmt: skip
            self.archived = KeptEntries(self.kept, stems)

    def kept_version(self) -> int:
        """A number that changes when an article is added to or removed from the kept folder
        (by this process or another): its articles folder's modification time. One ``stat``,
        so the TUI can ask every few seconds at any library size."""
        if self.kept is None:
            return 0
        try:
            return (self.kept / "articles").stat().st_mtime_ns
        except OSError:
            return 0

    def ids(self) -> Membership:
        """The ids of the listed articles (a search's scope), none made, asked one at a time."""
        return Membership(self.entries)

    def all_entries(self) -> list[Entry]:
        """The listed entries, then the archived ones."""
        return [*self.entries, *self.archived]

    @classmethod
    def from_paths(
        cls, paths: Sequence[str | Path], summaries: SummaryCache | None = None
    ) -> Library:
        """Articles from files and folders (folders: .txt/.md files, recursively, sorted).

        Only lists: no file is read. Raises :class:`LibraryError` for a path that does not exist
        or when nothing is found.
        """
        blocks: list[Sequence[Entry]] = []
        seen: set[str] = set()
        summaries = summaries or SummaryCache(None)
        listings = None if summaries.path is None else summaries.path.with_name(FOLDER_LISTINGS)
        for raw in paths:
            path = Path(raw).expanduser()
            if path.is_dir():
                found, unique = cached_walk(path, listings)
                if not found:
                    raise LibraryError(
                        f"no .txt, .md or .html articles in folder: {display_name(str(raw))}"
                    )
                if unique and len(paths) == 1:  # none to drop: its ids need not be read
                    blocks += found
                else:
                    blocks += [block.without(seen) for block in found]
            elif path.exists():
                entry = _entry(path)
                if entry.id not in seen:
                    seen.add(entry.id)
                    blocks.append([entry])
            else:
                raise LibraryError(f"no such file or folder: {display_name(str(raw))}")
        entries = Blocks(blocks)
        if not entries:
            raise LibraryError("no articles to open")
        return cls(Entries(entries), summaries)

    def exists(self, article_id: str) -> bool:
        """True when ``article_id`` names an article file that is there now (listed or not)."""
        entry = self.entry(article_id) or _outside_entry(article_id, self.kept)
        return entry is not None and entry.path.is_file()

    def entry(self, article_id: str) -> Entry | None:
        """The entry with id ``article_id``, if any (archived ones too)."""
        if isinstance(self.entries, Entries):
            position = self.entries.position(article_id)
            if position is not None:
                return self.entries[position]
        else:
            for entry in self.entries:
                if entry.id == article_id:
                    return entry
        if isinstance(self.archived, KeptEntries):
            found = self.archived.position(article_id)
            return self.archived[found] if found is not None else None
        return None

    def _stat(self, entry: Entry) -> os.stat_result:
        name = display_name(entry.path.name)
        try:
            return os.stat(entry.path)
        except FileNotFoundError:
            self._loaded.pop(entry.id, None)
            raise ArticleError(f"file not found (moved or deleted?): {name}") from None
        except OSError as error:
            raise ArticleError(f"cannot read {name}: {error.strerror or error}") from None

    def load(self, entry: Entry | str) -> Article:
        """The article of ``entry`` (or of an id/query), re-read only when its file changed.

        The lock is not held while the file is read: a big one takes seconds, and the UI
        thread asks for others (and checks the open one) meanwhile.
        """
        entry = self._resolve(entry)
        with self._lock:
            reading = self._reading.setdefault(entry.id, threading.Lock())
        with reading:  # one reader a file: the list's summary and the open article wait
            with self._lock:
                stat = self._stat(entry)
                cached = self._fresh(entry, stat)
            if cached is not None:
                return cached
            article, summary = self._read(entry, stat)
            with self._lock:
                self._remember(entry, stat, article, summary)
            return article

    def _read(self, entry: Entry, stat: os.stat_result) -> tuple[Article, Summary | None]:
        """The article of ``entry`` and its new summary: from the text cache if it has the file
        as it is now (the summary None if the summary cache has it), else read and cleaned."""
        if self.texts is not None:
            article = self.texts.get(entry.id, entry.path, stat)
            if article is not None:
                known = self.summaries.get(entry.id, stat) is not None
                return article, None if known else Summary.of(article)
        from reader.library.article import read_article

        try:
            article = read_article(entry.path, entry.id, stat)  # stat'ed already: not again
        except ArticleError as error:
            self.summaries.put(entry.id, stat, Summary.failed(entry.name, error))
            raise
        if self.texts is not None:
            self.texts.put(entry.id, stat, article)
        return article, Summary.of(article)  # its text fingerprint: a pass over a big text

    def preview(self, entry: Entry | str) -> Article | None:
        """The start of a big article, to show while :meth:`load` reads it (``None``: the
        article is small, a web page, or already read)."""
        entry = self._resolve(entry)
        with self._lock:
            if self._fresh(entry, self._stat(entry)) is not None:
                return None
        from reader.library.article import FIRST_SCREEN_BYTES, article_preview

        return article_preview(entry.path, entry.id, FIRST_SCREEN_BYTES)

    def _resolve(self, entry: Entry | str) -> Entry:
        if isinstance(entry, str):
            return self.entry(entry) or _outside_entry(entry, self.kept) or self.find(entry)
        return entry

    def _fresh(self, entry: Entry, stat: os.stat_result) -> Article | None:
        """The article read before, if its file has not changed since."""
        cached = self._loaded.get(entry.id)
        if cached and cached[0] == stat.st_mtime_ns and cached[1] == stat.st_size:
            self._loaded.move_to_end(entry.id)
            return cached[2]
        return None

    def _remember(
        self, entry: Entry, stat: os.stat_result, article: Article, summary: Summary | None
    ) -> None:
        """Keep ``article`` (the last :data:`LOADED_ARTICLES`, at most :data:`LOADED_CHARS` of
        text but always the newest) and its summary (None: the summary cache has it already)."""
        self._loaded[entry.id] = (stat.st_mtime_ns, stat.st_size, article)
        total = sum(len(kept[2].text) for kept in self._loaded.values())
        while len(self._loaded) > 1 and (
            len(self._loaded) > LOADED_ARTICLES or total > LOADED_CHARS
        ):
            _, (_, _, dropped) = self._loaded.popitem(last=False)
            total -= len(dropped.text)
        if summary is not None:
            self.summaries.put(entry.id, stat, summary)

    def summary(self, entry: Entry) -> Summary:
        """What the list shows of ``entry``: from the summary cache, else by reading it."""
        with self._lock:
            try:
                stat = self._stat(entry)
            except ArticleError as error:
                return Summary.failed(entry.name, error)
            known = self.summaries.get(entry.id, stat)
            if known is not None:
                return known
            unread_big = stat.st_size > BIG_FILE and self._fresh(entry, stat) is None
        if not unread_big:
            recorded = self._recorded(entry, stat)
            if recorded is not None:
                return recorded
        try:
            if unread_big:
                return self._summary_of_start(entry, stat.st_size)
            article = self.load(entry)
        except ArticleError as error:
            return Summary.failed(entry.name, error)
        # the summary load() just cached (its text fingerprinted once), unless the file changed
        return self.summaries.get(entry.id, stat) or Summary.of(article)

    def _recorded(self, entry: Entry, stat: os.stat_result) -> Summary | None:
        """The summary a kept article records in its front matter, if it holds: cached as a
        read one is, without cleaning the article. With no summary cache, each kept row the
        list showed was read and cleaned: 0.196 ms a row, against 0.028 ms for this."""
        from reader.library.recorded import recorded_in_file

        summary = recorded_in_file(str(entry.path), stat)
        if summary is not None:
            with self._lock:
                self.summaries.put(entry.id, stat, summary)
        return summary

    @staticmethod
    def _summary_of_start(entry: Entry, size: int) -> Summary:
        """A big file listed before it is read: title, source and date from its start, the
        words estimated from it (a list must not read 200 MB, on the UI thread at that). Not
        cached: the exact summary replaces it when the article is read."""
        from reader.library.article import article_preview

        start = article_preview(entry.path, entry.id)
        if start is None:  # a web page: extracted whole
            return Summary(entry.name)
        words = round(start.words * size / max(1, len(start.text.encode("utf-8"))))
        return Summary(
            start.title,
            start.source,
            start.date,
            words,
            authors=start.authors,
            url=start.url,
            feed=start.feed,
            added=start.added,
        )

    def find(self, query: str) -> Entry:
        """The entry ``query`` names, tried in this order: id, 1-based number (``"5"``), file
        name or stem, the start of a stem (``"004"``), then words of the title.

        Case-insensitive; title words must all occur in the title. Raises :class:`LibraryError`
        when nothing or more than one article matches (naming up to five candidates).
        """
        text = query.strip()
        if not text:
            raise LibraryError("empty article query")
        exact = self.entry(text)
        if exact:
            return exact
        total = len(self.entries) + len(self.archived)
        if text.isdigit() and str(int(text)) == text and 1 <= int(text) <= total:
            return self._numbered(int(text))
        if text.isdigit() and not self._by_name(text.casefold(), self.entries):
            raise LibraryError(f"no article number {int(text)} (the library has {total})")
        for pool in (self.entries, self.archived):  # archived articles only when nothing else
            matches = self._by_name(text.casefold(), pool) or self._by_title(text, pool)
            if matches:
                return self._one(query, matches)
        return self._one(query, [])

    def _numbered(self, number: int) -> Entry:
        """Numbers go on past the listed entries into the archived ones (as ``--state all``)."""
        if number <= len(self.entries):
            return self.entries[number - 1]
        return self.archived[number - len(self.entries) - 1]

    @staticmethod
    def _by_name(folded: str, pool: Sequence[Entry]) -> list[Entry]:
        """Entries whose file name or stem is ``folded``, else whose stem starts with it."""
        named = [e for e in pool if folded in (e.name.casefold(), e.path.stem.casefold())]
        return named or [e for e in pool if e.path.stem.casefold().startswith(folded)]

    def _by_title(self, text: str, pool: Sequence[Entry]) -> list[Entry]:
        if text.isdigit():
            return []
        words = re.findall(r"\w+", text.casefold())
        titled: list[Entry] = []
        for entry in pool:
            summary = self.summary(entry)
            if summary.error is not None:
                continue
            title = summary.title.casefold()
            if words and all(word in title for word in words):
                titled.append(entry)
        return titled

    def _one(self, query: str, matches: list[Entry]) -> Entry:
        shown = display_name(query)
        if not matches:
            raise LibraryError(f"no article matches {shown!r} (try `postil list`)")
        if len(matches) == 1:
            return matches[0]
        names = ", ".join(self._label(e) for e in matches[:_MAX_CANDIDATES])
        more = ", …" if len(matches) > _MAX_CANDIDATES else ""
        raise LibraryError(f"{shown!r} matches {len(matches)} articles: {names}{more}")

    def _label(self, entry: Entry) -> str:
        try:
            number = self.entries.index(entry) + 1
        except ValueError:
            number = len(self.entries) + list(self.archived).index(entry) + 1
        label = self.summary(entry).title
        return f"{number}. {label[:39] + '…' if len(label) > 40 else label}"
