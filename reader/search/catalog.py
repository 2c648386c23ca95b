"""The index's catalogue in SQLite: which article is which content, and what each content mentions.

tantivy holds the words; this small database holds what is looked up by key rather than
ranked: the content hash and file stamp of each indexed article (so an update reads only files
that changed), the folders' stamps (so an update stats only the files of folders that changed:
:mod:`changes`), the entity mentions of each content (recognition is the costly part, done once
per content, whichever file or id it comes under), the library-wide totals of each named thing
kept from them (:mod:`~reader.search.things`), and the highlights last indexed.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import orjson

from reader.search import things
from reader.search.things import Book, ThingIds

if TYPE_CHECKING:
    from reader.mentions.grouping import FlatNamed
    from reader.mentions.library import ArticleMentions, Total

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    id TEXT PRIMARY KEY, hash TEXT NOT NULL, path TEXT NOT NULL, size INTEGER, mtime_ns INTEGER,
    title TEXT NOT NULL, state TEXT, folder TEXT, document TEXT);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);
CREATE TABLE IF NOT EXISTS folders(path TEXT PRIMARY KEY, mtime_ns INTEGER, members TEXT);
CREATE TABLE IF NOT EXISTS analyses(
    hash TEXT NOT NULL UNIQUE, words INTEGER NOT NULL, named BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS highlights(
    id TEXT PRIMARY KEY, article TEXT NOT NULL, stamp TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS highlights_article ON highlights(article);
CREATE TABLE IF NOT EXISTS highlight_tags(
    id TEXT NOT NULL, article TEXT NOT NULL, tag TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS highlight_tags_tag ON highlight_tags(tag);
CREATE INDEX IF NOT EXISTS highlight_tags_id ON highlight_tags(id);
"""


@dataclass(frozen=True)
class NamedRow:
    """One named thing of a content: label, folded key, display name, its mention spans."""

    label: str
    key: str
    name: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Analysis:
    """What recognition found in one content: its word count and named things."""

    hash: str
    words: int
    named: tuple[NamedRow, ...]


class Recognised(NamedTuple):
    """What recognition found in one content, as it travels from a worker and is written:
    the catalogue's blob (:func:`pack_rows`, made in the worker) and the ``(label, name)``
    pairs the text index needs. Plain data: a batch of them pickles four times faster than
    :class:`Analysis` with its :class:`NamedRow` objects, and a thousand waiting for a
    commit hold their 1.3 kB blobs, not 65 objects each."""

    hash: str
    words: int
    blob: bytes
    names: tuple[tuple[str, str], ...]

    @classmethod
    def of_rows(cls, content: str, words: int, rows: Sequence[FlatNamed]) -> Recognised:
        """The analysis of ``content`` from the grouping's flat rows, which are already what
        the blob holds (no object per named thing, no copy of its spans)."""
        return cls(content, words, pack_rows(rows), tuple(map(_LABEL_AND_NAME, rows)))

    @classmethod
    def unpacked(cls, content: str, words: int, blob: bytes) -> Recognised:
        """The value of a stored blob, its names read back from it."""
        return cls(content, words, blob, tuple((n.label, n.name) for n in unpack_named(blob)))

    def stored(self) -> Recognised:
        """Only what the catalogue stores (what waits for a commit: the names are written)."""
        return Recognised(self.hash, self.words, self.blob, ())


class IndexedArticle(NamedTuple):
    """An article as last indexed: its content and the stamp of its file then. (A tuple: a
    full check makes one per article, 50,000 at a time, and a frozen dataclass took twice
    as long to make.)"""

    id: str
    hash: str
    path: str
    size: int | None
    mtime_ns: int | None
    #: The absolute folder of ``path`` (``None`` in a catalogue written before folders were
    #: kept: such rows are checked one by one once, and given theirs).
    folder: str | None = None


@dataclass(frozen=True)
class FolderStamp:
    """A folder as last checked: its modification time then (``None``: check it next time),
    and a digest of the library's article ids in it (``None``: only its indexed articles' files
    were checked, not which library articles it holds)."""

    path: str
    mtime_ns: int | None
    members: str | None = None


@dataclass(frozen=True)
class HighlightRow:
    """A highlight as indexed: where it is and a stamp that changes when it does."""

    id: str
    article: str
    stamp: str
    start: int
    end: int
    tags: tuple[str, ...]


def pack_rows(rows: Sequence[FlatNamed]) -> bytes:
    """Named things as :func:`~reader.mentions.grouping.group_rows` makes them, packed: each
    row as it is, ``[label, name, key, start, end, ...]``, in one compressed JSON list (about
    1 kB an article: a fifth of a row per name, and the library-wide list decodes a blob per
    article, not a row per name)."""
    try:  # orjson writes the bytes _ENCODE does, 15 times faster (in the workers, per article)
        data = orjson.dumps(rows)
    except orjson.JSONEncodeError:  # a string it refuses (a lone surrogate): as before
        data = _ENCODE(rows).encode()
    return zlib.compress(data)


#: The JSON encoder blobs were written with, and are written with where orjson refuses.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def unpack_named(blob: bytes, labels: Collection[str] | None = None) -> tuple[NamedRow, ...]:
    """The named things of :func:`pack_rows` (only those with ``labels`` if given)."""
    named = []
    for label, name, key, *flat in things.packed_rows(blob):
        if labels is None or label in labels:
            spans = tuple(zip(flat[::2], flat[1::2], strict=True))
            named.append(NamedRow(label, key, name, spans))
    return tuple(named)


#: A flat row's ``(label, name)``.
_LABEL_AND_NAME = itemgetter(0, 1)

_ARTICLE_COLUMNS = "id, hash, path, size, mtime_ns, folder"


class Catalog:
    """The catalogue database; one connection shared by threads, one writer at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        self._commits = 0  # this connection's, for version()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA + things.SCHEMA)
        self._add_columns()
        #: The ids of named things (:mod:`~reader.search.things`), read once.
        self.thing_ids = ThingIds()
        #: Which articles have each content, while the catalogue is as it was.
        self._owners: tuple[tuple[int, int], dict[int, list[str]]] | None = None
        if not things.is_kept(self._db) and not self._rows("SELECT 1 FROM articles LIMIT 1"):
            with self.transaction() as db:  # a new catalogue: kept from the start
                things.start_if_empty(db)

    def _add_columns(self) -> None:
        """A catalogue of an earlier postil lacks ``articles.folder`` or ``document``: added
        (empty, filled as articles are checked or written), so its analyses and words are
        kept."""
        with self._lock:
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(articles)")}
            for column in ("folder", "document"):
                if column not in columns:
                    self._db.execute(f"ALTER TABLE articles ADD COLUMN {column} TEXT")
            self._db.execute("CREATE INDEX IF NOT EXISTS articles_folder ON articles(folder)")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                self.thing_ids.forget()  # ids it gave were not kept
                raise
            self._db.execute("COMMIT")
            self._commits += 1

    def version(self) -> tuple[int, int]:
        """Changes whenever the catalogue does, by this connection (its commits) or another
        process (SQLite's ``data_version``): what a result read from it may be kept by."""
        with self._lock:
            return self._commits, self._db.execute("PRAGMA data_version").fetchone()[0]

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _rows_of_ids(self, sql: str, ids: Sequence[str]) -> list[tuple]:
        """The rows of ``sql`` for ``ids``, whose ``{marks}`` is their placeholders: asked
        500 at a time (SQLite's limit on parameters is 999 or more)."""
        found: list[tuple] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found += self._rows(sql.format(marks=",".join("?" * len(chunk))), chunk)
        return found

    # ------------------------------------------------------------- meta

    def meta(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            Catalog.put_meta(db, [(key, value)])

    @staticmethod
    def put_meta(db: sqlite3.Connection, items: Iterable[tuple[str, str]]) -> None:
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", items)

    # ------------------------------------------------------------- articles

    def articles(self, ids: Sequence[str] | None = None) -> dict[str, IndexedArticle]:
        """Every indexed article, or those of ``ids``."""
        sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles"
        if ids is None:
            return {row[0]: IndexedArticle(*row) for row in self._rows(sql)}
        rows = self._rows_of_ids(f"{sql} WHERE id IN ({{marks}})", ids)
        return {row[0]: IndexedArticle(*row) for row in rows}

    def articles_in(self, folder: str | None) -> dict[str, IndexedArticle]:
        """The indexed articles whose files are in ``folder`` (``None``: of unknown folder)."""
        sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE folder IS ?"
        return {row[0]: IndexedArticle(*row) for row in self._rows(sql, (folder,))}

    def count(self) -> int:
        """How many articles are indexed."""
        return int(self._rows("SELECT count(*) FROM articles")[0][0])

    def folders(self) -> dict[str, FolderStamp]:
        """Every folder holding indexed articles (or checked as a library folder), by path."""
        rows = self._rows("SELECT path, mtime_ns, members FROM folders")
        return {row[0]: FolderStamp(*row) for row in rows}

    @staticmethod
    def put_folders(db: sqlite3.Connection, stamps: Iterable[FolderStamp]) -> None:
        db.executemany(
            "INSERT OR REPLACE INTO folders VALUES (?, ?, ?)",
            ((s.path, s.mtime_ns, s.members) for s in stamps),
        )

    @staticmethod
    def drop_empty_folders(db: sqlite3.Connection, paths: Iterable[str]) -> None:
        """Forget the stamps of ``paths`` that hold no indexed article (folders gone)."""
        db.executemany(
            "DELETE FROM folders WHERE path = ?1 "
            "AND NOT EXISTS (SELECT 1 FROM articles WHERE folder = ?1)",
            ((path,) for path in paths),
        )

    def titles(self) -> dict[str, str]:
        return dict(self._rows("SELECT id, title FROM articles"))

    def has_analysis(self, content: str) -> bool:
        return bool(self._rows("SELECT 1 FROM analyses WHERE hash = ?", (content,)))

    def recognised(self, content: str) -> Recognised | None:
        """What was recognised in ``content``, as an update writes it again."""
        rows = self._rows("SELECT words, named FROM analyses WHERE hash = ?", (content,))
        if not rows:
            return None
        return Recognised.unpacked(content, *rows[0])

    def analysis(self, content: str, labels: Collection[str] | None = None) -> Analysis | None:
        """What was recognised in ``content`` (only named things with ``labels`` if given)."""
        rows = self._rows("SELECT words, named FROM analyses WHERE hash = ?", (content,))
        if not rows:
            return None
        return Analysis(content, rows[0][0], unpack_named(rows[0][1], labels))

    def book(self, db: sqlite3.Connection) -> Book | None:
        """The named things' book of a transaction on ``db`` (``None``: not kept yet)."""
        return things.book(db, self.thing_ids)

    @staticmethod
    def put_analysis(db: sqlite3.Connection, recognised: Recognised, book: Book | None) -> None:
        """Save a new content's analysis (one already saved is the same: kept as it is),
        numbered by the book when it keeps the named things (a number never given before:
        :meth:`~reader.search.things.Book.content_number`)."""
        number = book.content_number() if book is not None else None
        cursor = db.execute(
            "INSERT OR IGNORE INTO analyses(rowid, hash, words, named) VALUES (?, ?, ?, ?)",
            (number, recognised.hash, recognised.words, recognised.blob),
        )
        if book is not None and number is not None and cursor.rowcount == 1:
            book.new_content(number, recognised.hash, recognised.blob)

    def documents(self, ids: Sequence[str]) -> dict[str, str]:
        """The key of the document each of ``ids`` was written with
        (:func:`~reader.search.documents.fields_digest`), for those that have one."""
        sql = "SELECT id, document FROM articles WHERE id IN ({marks}) AND document NOT NULL"
        return dict(self._rows_of_ids(sql, ids))

    @staticmethod
    def put_article(
        db: sqlite3.Connection,
        article: IndexedArticle,
        title: str,
        state: str | None,
        document: str | None,
    ) -> None:
        db.execute(
            "INSERT OR REPLACE INTO articles(id, hash, path, size, mtime_ns, title, state, folder, "
            "document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*article[:5], title, state, article.folder, document),
        )
        if article.folder is not None:  # every folder with articles has a stamp to check
            db.execute("INSERT OR IGNORE INTO folders(path) VALUES (?)", (article.folder,))

    @staticmethod
    def set_folders(db: sqlite3.Connection, rows: Sequence[tuple[str, str]]) -> None:
        """Give ``(id, folder)`` rows of an earlier catalogue their folder."""
        db.executemany("UPDATE articles SET folder = ?2 WHERE id = ?1", rows)
        db.executemany("INSERT OR IGNORE INTO folders(path) VALUES (?)", {(f,) for _, f in rows})

    @staticmethod
    def drop_articles(db: sqlite3.Connection, ids: Iterable[str]) -> None:
        db.executemany("DELETE FROM articles WHERE id = ?", ((i,) for i in ids))

    @staticmethod
    def drop_unused_analyses(db: sqlite3.Connection, contents: Iterable[str]) -> None:
        """Forget the analyses of ``contents`` that no article has any more (their postings
        stay until merged away: :mod:`~reader.search.things`)."""
        db.executemany(
            "DELETE FROM analyses WHERE hash = ?1 "
            "AND NOT EXISTS (SELECT 1 FROM articles WHERE hash = ?1)",
            ((content,) for content in contents),
        )

    def forget_stamps(self) -> None:
        """Make every article look changed, so the next update reads each file again (the
        cleaning code changed: texts may differ; contents already analysed are reused)."""
        with self.transaction() as db:
            db.execute("UPDATE articles SET size = NULL, mtime_ns = NULL")
            db.execute("UPDATE folders SET mtime_ns = NULL")

    def forget_all(self) -> None:
        """Forget every analysis too (the recognizer changed): all is recognised again."""
        self.forget_stamps()
        with self.transaction() as db:
            db.execute("DELETE FROM analyses")
            db.execute("UPDATE articles SET document = NULL")  # its entities are stale
            things.clear(db)

    def has_states(self) -> bool:
        return bool(self._rows("SELECT 1 FROM articles WHERE state IS NOT NULL LIMIT 1"))

    # ------------------------------------------------------------- mentions

    def thing_totals(self, scope: Collection[str] | None = None) -> list[Total]:
        """Every named thing's totals under each name, over the indexed articles (those in
        ``scope`` if given), from the kept totals (:mod:`~reader.search.things`; made first
        in a catalogue of an earlier postil)."""
        with self._lock:
            if not things.is_kept(self._db):
                with self.transaction() as db:
                    things.fill(db, self.thing_ids)
            self._db.execute("BEGIN")  # one snapshot: totals and ids agree
            try:
                kept = things.totals(self._db)
                ids = [i for (i,) in self._db.execute("SELECT id FROM articles")]
                if scope is None or all(i in scope for i in ids):
                    return kept
                inside = [i for i in ids if i in scope]
                if len(inside) < len(ids) - len(inside):  # most are outside: count the inside
                    return things.totals_of(self._db, inside)
                outside = things.totals_of(self._db, [i for i in ids if i not in scope])
            finally:
                self._db.execute("COMMIT")
        return things.less(kept, outside)

    def thing_articles(self, label: str, keys: Iterable[str]) -> list[ArticleMentions]:
        """``(article id, first offset, mentions)`` of every article mentioning a ``label``
        thing under any of ``keys`` (:func:`~reader.search.things.articles_of`)."""
        with self._lock:
            version = self.version()
            if self._owners is None or self._owners[0] != version:
                self._owners = (version, things.owners(self._db))
            return things.articles_of(self._db, label, keys, self._owners[1])

    # ------------------------------------------------------------- highlights

    def highlight_stamps(self) -> dict[str, str]:
        return dict(self._rows("SELECT id, stamp FROM highlights"))

    def highlight_spans(self, article: str, tag: str | None = None) -> list[tuple[str, int, int]]:
        """``(id, start, end)`` of the article's highlights (with ``tag`` if given)."""
        if tag is None:
            sql = 'SELECT id, start, "end" FROM highlights WHERE article = ?'
            return self._rows(sql, (article,))
        sql = (
            'SELECT h.id, h.start, h."end" FROM highlights h JOIN highlight_tags t ON t.id = h.id '
            "WHERE h.article = ? AND t.tag = ?"
        )
        return self._rows(sql, (article, tag))

    def tagged(self, tag: str) -> list[str]:
        sql = "SELECT DISTINCT article FROM highlight_tags WHERE tag = ?"
        return [row[0] for row in self._rows(sql, (tag,))]

    def annotated(self) -> list[str]:
        return [r[0] for r in self._rows("SELECT DISTINCT article FROM highlights")]

    @staticmethod
    def put_highlight(db: sqlite3.Connection, row: HighlightRow) -> None:
        db.execute(
            "INSERT OR REPLACE INTO highlights VALUES (?, ?, ?, ?, ?)",
            (row.id, row.article, row.stamp, row.start, row.end),
        )
        db.execute("DELETE FROM highlight_tags WHERE id = ?", (row.id,))
        db.executemany(
            "INSERT INTO highlight_tags VALUES (?, ?, ?)",
            ((row.id, row.article, tag) for tag in row.tags),
        )

    @staticmethod
    def drop_highlights(db: sqlite3.Connection, ids: Iterable[str]) -> None:
        for ann_id in ids:
            db.execute("DELETE FROM highlights WHERE id = ?", (ann_id,))
            db.execute("DELETE FROM highlight_tags WHERE id = ?", (ann_id,))
