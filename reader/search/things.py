"""The catalogue's book of named things: which contents mention each thing, and how many
articles and mentions each has under each name, kept as articles come and go.

The library-wide list (`E`, `m`, ``postil mentions``) once read and merged every article's
packed things: about 0.15 ms an article, seconds at 50,000, the first time in each session.
Here the totals are kept in the catalogue, changed by each commit by what it changed (a row
per thing of each article added or removed), so the list is one read of a row per thing and
name, whatever the number of articles; and a thing's articles are one keyed read
(:func:`articles_of`).

Three tables:

* ``things``: an id for each ``(label, key)``, so the two larger tables hold integers;
* ``thing_postings``: for each thing, the contents that mention it, with the first mention's
  offset and the number of mentions (per content: recognition is per content, whichever
  article has it), as packed integers in parts, a part per commit that added some, merged
  into one when there are many (:data:`PARTS`). A content gone leaves its postings until then:
  they are read through the articles of each content (:func:`owners`), and it has none; and a
  content's number (its rowid) is never given again (:meth:`Book.content_number`);
* ``thing_names``: for each thing and the name an article shows it by, how many articles
  and mentions (the name shown across the library is chosen from these, by mentions).

The invariant, which :func:`fill` makes and every commit keeps: ``thing_names`` counts every
article whose content has an analysis, once per thing of it. The meta key :data:`KEPT` says
the tables hold it, in this :data:`FORMAT`: a catalogue of an earlier postil lacks it (or has
another) and is filled on first use.
"""

from __future__ import annotations

import sqlite3
import zlib
from array import array
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import orjson

if TYPE_CHECKING:
    from reader.mentions.library import ArticleMentions, Total

SCHEMA = """
CREATE TABLE IF NOT EXISTS things(
    id INTEGER PRIMARY KEY, label TEXT NOT NULL, key TEXT NOT NULL, UNIQUE(label, key));
CREATE TABLE IF NOT EXISTS thing_postings(
    thing INTEGER NOT NULL, part INTEGER NOT NULL, data BLOB NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS thing_postings_key ON thing_postings(thing, part);
CREATE TABLE IF NOT EXISTS thing_names(
    thing INTEGER NOT NULL, name TEXT NOT NULL, articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL, PRIMARY KEY(thing, name)) WITHOUT ROWID;
"""

#: Meta key, :data:`FORMAT` when the tables hold every article's things in this form (a
#: book of another form, or none, is made again on first use).
KEPT = "things"
FORMAT = "postings 1"
#: Meta keys: the last part written, the last content number given.
_PART, _CONTENT = "things_part", "things_content"
#: Parts a thing's postings may have before they are merged into one.
PARTS = 16


_T = TypeVar("_T")

#: Contents filled between writes (a bounded memory).
_BATCH = 2000
#: Placeholders per ``IN (...)`` (SQLite allows 32,766; a smaller batch keeps each quick).
_CHUNK = 500


def packed_rows(blob: bytes) -> list[list[Any]]:
    """A content's packed things (:func:`~reader.search.catalog.pack_rows`): each row
    ``[label, name, key, start, end, ...]``."""
    rows: list[list[Any]] = orjson.loads(zlib.decompress(blob))  # 1.5x json.loads
    return rows


def pack_postings(flat: Sequence[int]) -> bytes:
    """``content, first, count, ...`` as a part's blob: 32-bit integers where they fit (a
    type code first), compressed (a fifth of 64-bit integers, read back in microseconds)."""
    try:
        packed = array("i", flat)
    except OverflowError:
        packed = array("q", flat)
    return packed.typecode.encode() + zlib.compress(packed.tobytes(), 1)


def unpack_postings(blob: bytes) -> array[int]:
    """The integers of :func:`pack_postings`."""
    return array(chr(blob[0]), zlib.decompress(blob[1:]))


def _chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


class ThingIds:
    """``(label, key) -> id``, remembered: an id never changes while its catalogue exists.
    :meth:`forget` after a rolled back transaction (its new ids were not kept)."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, str], int] | None = None

    def forget(self) -> None:
        self._ids = None

    def known(self, db: sqlite3.Connection) -> dict[tuple[str, str], int]:
        """The ids read so far (to look up many at the cost of a dict lookup each)."""
        if self._ids is None:
            self._ids = {(lb, k): i for i, lb, k in db.execute("SELECT id, label, key FROM things")}
        return self._ids

    def of(self, db: sqlite3.Connection, label: str, key: str) -> int:
        known = self.known(db)
        found = known.get((label, key))
        if found is None:  # new, or added by another process since the ids were read
            db.execute("INSERT OR IGNORE INTO things(label, key) VALUES (?, ?)", (label, key))
            sql = "SELECT id FROM things WHERE label = ? AND key = ?"
            found = known[label, key] = db.execute(sql, (label, key)).fetchone()[0]
        return found


def is_kept(db: sqlite3.Connection) -> bool:
    found = db.execute("SELECT value FROM meta WHERE key = ?", (KEPT,)).fetchone()
    return found is not None and found[0] == FORMAT


def _mark_kept(db: sqlite3.Connection) -> None:
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (KEPT, FORMAT))


def start_if_empty(db: sqlite3.Connection) -> None:
    """A new catalogue is kept from its first commit (empty tables hold its invariant)."""
    if db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None:
        clear(db)


def clear(db: sqlite3.Connection) -> None:
    """Every analysis was forgotten: no article counts (and the tables are kept from now)."""
    db.execute("DELETE FROM thing_postings")
    db.execute("DELETE FROM thing_names")
    _mark_kept(db)


def _meta_int(db: sqlite3.Connection, key: str) -> int:
    found = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return int(found[0]) if found else 0


def _set_meta_int(db: sqlite3.Connection, key: str, value: int) -> None:
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(value)))


class _Content(NamedTuple):
    """A content's things as the book counts them: ``(thing id, name)``, mentions and first
    offset of each."""

    names: list[tuple[int, str]]
    mentions: list[int]
    firsts: list[int]


class Book:
    """One transaction's changes to the tables, written by :meth:`write`: each article added
    or removed changes a row per thing of it, and a commit adds thousands, so the changes
    are summed first and written once: a row of ``thing_names`` per thing and name changed,
    and one posting part per thing (a row per thing and content would be 64 B-tree inserts
    an article: they doubled the index's work beside recognition)."""

    def __init__(self, db: sqlite3.Connection, ids: ThingIds) -> None:
        self.db, self.ids = db, ids
        self._known: dict[str, _Content] = {}  # by content hash: each read once
        self._postings: dict[int, list[int]] = {}  # thing -> content, first, count, ...
        self._articles: dict[tuple[int, str], int] = {}  # changes to thing_names
        self._mentions: dict[tuple[int, str], int] = {}
        self._given: int | None = None

    def content_number(self) -> int:
        """The rowid for a new analysis: one never given before, so that the postings of a
        content gone (left until their thing's parts are merged) never read as another's."""
        if self._given is None:
            (top,) = self.db.execute("SELECT max(rowid) FROM analyses").fetchone()
            self._given = max(top or 0, _meta_int(self.db, _CONTENT))
        self._given += 1
        return self._given

    def _content(self, hash_: str, blob: bytes | None = None) -> _Content:
        found = self._known.get(hash_)
        if found is None:
            if blob is None:
                sql = "SELECT named FROM analyses WHERE hash = ?"
                (blob,) = self.db.execute(sql, (hash_,)).fetchone()
            found = self._known[hash_] = _Content([], [], [])
            ids, db = self.ids, self.db
            known = ids.known(db)
            for row in packed_rows(blob):
                thing = known.get((row[0], row[2])) or ids.of(db, row[0], row[2])
                found.names.append((thing, row[1]))
                found.mentions.append((len(row) - 3) // 2)
                found.firsts.append(row[3])
        return found

    def _count(self, content: _Content, times: int) -> None:
        """Count ``times`` more articles of ``content`` (negative: fewer)."""
        articles, mentions = self._articles, self._mentions
        for key, count in zip(content.names, content.mentions, strict=True):
            articles[key] = articles.get(key, 0) + times
            mentions[key] = mentions.get(key, 0) + times * count

    def new_content(self, content: int, hash_: str, blob: bytes) -> None:
        """An analysis was just inserted (as rowid ``content``): its postings; and articles
        that already had its content (its analysis was forgotten when the recognizer
        changed) count again."""
        found = self._content(hash_, blob)
        postings = self._postings
        for (thing, _), first, count in zip(found.names, found.firsts, found.mentions, strict=True):
            flat = postings.get(thing)
            if flat is None:
                flat = postings[thing] = []
            flat += (content, first, count)
        sql = "SELECT count(*) FROM articles WHERE hash = ?"
        (had,) = self.db.execute(sql, (hash_,)).fetchone()
        if had:
            self._count(found, had)

    def counted(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The content of each of ``article_ids`` that counts now (has an analysis)."""
        found: dict[str, str] = {}
        for chunk in _chunks(list(dict.fromkeys(article_ids))):
            marks = ",".join("?" * len(chunk))
            sql = (
                "SELECT a.id, a.hash FROM articles a JOIN analyses n ON n.hash = a.hash "
                f"WHERE a.id IN ({marks})"
            )
            found.update(self.db.execute(sql, chunk))
        return found

    def articles_changed(self, before: dict[str, str], after: dict[str, str]) -> None:
        """Articles whose counted content was ``before`` and is ``after`` (absent: none)."""
        for article in before.keys() | after.keys():
            old, new = before.get(article), after.get(article)
            if old == new:
                continue
            if old is not None:
                self._count(self._content(old), -1)
            if new is not None:
                self._count(self._content(new), 1)

    def write(self) -> None:
        """Write the changes; a name no article shows any more goes."""
        if self._postings:
            part = _meta_int(self.db, _PART) + 1
            self.db.executemany(
                "INSERT INTO thing_postings VALUES (?, ?, ?)",
                [(t, part, pack_postings(flat)) for t, flat in sorted(self._postings.items())],
            )
            _set_meta_int(self.db, _PART, part)
            _merge(self.db, sorted(self._postings), part)
        if self._given is not None:
            _set_meta_int(self.db, _CONTENT, self._given)
        mentions = self._mentions
        changes = sorted(
            (thing, name, change, mentions[thing, name])
            for (thing, name), change in self._articles.items()
            if change or mentions[thing, name]
        )
        self.db.executemany(
            "INSERT INTO thing_names VALUES (?1, ?2, ?3, ?4) ON CONFLICT(thing, name) "
            "DO UPDATE SET articles = articles + ?3, mentions = mentions + ?4",
            changes,
        )
        self.db.executemany(
            "DELETE FROM thing_names WHERE thing = ? AND name = ? AND articles <= 0",
            [(thing, name) for thing, name, change, _ in changes if change < 0],
        )
        self._postings, self._articles, self._mentions = {}, {}, {}
        self._known.clear()


def _merge(db: sqlite3.Connection, things: Sequence[int], part: int) -> None:
    """Merge the postings of those of ``things`` with more than :data:`PARTS` parts into
    one (numbered ``part``), leaving out the contents gone: a thing's articles are read a
    part at a time, and a single-article update adds a part to each thing of it."""
    many: list[int] = []
    for chunk in _chunks(things):
        marks = ",".join("?" * len(chunk))
        many += [
            thing
            for (thing,) in db.execute(
                f"SELECT thing FROM thing_postings WHERE thing IN ({marks}) "
                "GROUP BY thing HAVING count(*) > ?",
                (*chunk, PARTS),
            )
        ]
    if not many:
        return
    live = {content for (content,) in db.execute("SELECT rowid FROM analyses")}
    for thing in many:
        kept: list[int] = []
        for (blob,) in db.execute("SELECT data FROM thing_postings WHERE thing = ?", (thing,)):
            data = unpack_postings(blob)
            for at in range(0, len(data), 3):
                if data[at] in live:
                    kept += data[at : at + 3]
        db.execute("DELETE FROM thing_postings WHERE thing = ?", (thing,))
        db.execute(
            "INSERT INTO thing_postings VALUES (?, ?, ?)", (thing, part, pack_postings(kept))
        )


def book(db: sqlite3.Connection, ids: ThingIds) -> Book | None:
    """The book of ``db``'s transaction, ``None`` if the tables are not kept (a catalogue of
    an earlier postil, until :func:`fill`)."""
    return Book(db, ids) if is_kept(db) else None


def fill(db: sqlite3.Connection, ids: ThingIds) -> None:
    """Make the tables from every analysis and article (a catalogue of an earlier postil)."""
    clear(db)
    filling = Book(db, ids)
    analyses = db.execute("SELECT rowid, hash, named FROM analyses")
    while batch := analyses.fetchmany(_BATCH):
        for content, hash_, blob in batch:
            filling.new_content(content, hash_, blob)
        filling.write()
    (top,) = db.execute("SELECT max(rowid) FROM analyses").fetchone()
    _set_meta_int(db, _CONTENT, max(top or 0, _meta_int(db, _CONTENT)))  # given, so never again


def totals(db: sqlite3.Connection) -> list[Total]:
    """Every thing's totals under each name it is shown by."""
    return db.execute(
        "SELECT t.label, t.key, n.name, n.articles, n.mentions "
        "FROM thing_names n JOIN things t ON t.id = n.thing WHERE n.articles > 0"
    ).fetchall()


def totals_of(db: sqlite3.Connection, article_ids: Collection[str]) -> list[Total]:
    """The totals of ``article_ids`` alone, from their packed rows."""
    articles: Counter[tuple[str, str, str]] = Counter()
    mentions: Counter[tuple[str, str, str]] = Counter()
    for chunk in _chunks(list(article_ids)):
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT n.named FROM articles a JOIN analyses n ON n.hash = a.hash "
            f"WHERE a.id IN ({marks})"
        )
        for (blob,) in db.execute(sql, chunk):
            for row in packed_rows(blob):
                articles[row[0], row[2], row[1]] += 1
                mentions[row[0], row[2], row[1]] += (len(row) - 3) // 2
    return [(*thing, count, mentions[thing]) for thing, count in articles.items()]


def less(totals: Iterable[Total], taken: Iterable[Total]) -> list[Total]:
    """``totals`` without ``taken`` (a thing and name no article is left with goes)."""
    left = {(label, key, name): [a, m] for label, key, name, a, m in totals}
    for label, key, name, a, m in taken:
        counts = left.get((label, key, name))
        if counts is not None:  # (read in one snapshot with ``totals``: always there)
            counts[0] -= a
            counts[1] -= m
    return [(*thing, a, m) for thing, (a, m) in left.items() if a > 0]


def owners(db: sqlite3.Connection) -> dict[int, list[str]]:
    """The articles of each analysed content, by its rowid (what postings point at)."""
    found: dict[int, list[str]] = {}
    sql = "SELECT n.rowid, a.id FROM analyses n JOIN articles a ON a.hash = n.hash"
    for content, article in db.execute(sql):
        had = found.get(content)
        if had is None:
            found[content] = [article]
        else:
            had.append(article)
    return found


def articles_of(
    db: sqlite3.Connection, label: str, keys: Iterable[str], owners: dict[int, list[str]]
) -> list[ArticleMentions]:
    """``(article id, first offset, mentions)`` of every article mentioning ``label`` things
    with ``keys`` (an article with two of them is listed under each), from their postings
    and ``owners`` (:func:`owners`: postings of contents gone have none)."""
    found: list[tuple[str, int, int]] = []
    sql = (
        "SELECT p.data FROM things t JOIN thing_postings p ON p.thing = t.id "
        "WHERE t.label = ? AND t.key = ?"
    )
    for key in keys:
        for (blob,) in db.execute(sql, (label, key)):
            data = unpack_postings(blob)
            for at in range(0, len(data), 3):
                for article in owners.get(data[at], ()):
                    found.append((article, data[at + 1], data[at + 2]))
    return found
