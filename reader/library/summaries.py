"""What the library list shows of each article, remembered between runs.

Listing an article means reading, decoding and cleaning it. A summary (title, source, date,
word count) is kept in the user cache folder, valid while the article file's size and
modification time and postil's own cleaning code are unchanged. So the library's first frame
needs no article read and not even the cleaning code loaded, and a folder of 10,000 articles
lists at once the second time it is opened. The records are kept in shards in library order
(:mod:`summary_shards`) and read only as far as the rows asked for: the first screen of a
library of 50,000 parses one shard, not all of them.

It is only a cache: a missing, stale or unreadable file is rebuilt, a failed write is ignored,
and nothing a user wrote is ever kept here. Nor is it trusted: a record whose fields are not of
their types (``"words": "many"``) or whose text holds control characters (an escape sequence
planted in a cached title) is ignored and the article summarised again. The file is private
(0600 in a 0700 folder, whatever the umask) and replaced atomically.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, fields
from functools import cache
from itertools import product
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotations.shown_dates import shown_date
from reader.library import summary_shards
from reader.library.code_files import bytes_digest, times_stamp
from reader.library.inert import is_inert
from reader.library.summary_columns import Row, encode_shard, record_rows, shard_rows
from reader.library.summary_shards import Shards
from reader.text.bylines import shown_authors

if TYPE_CHECKING:
    from reader.library.article import Article

#: Bump when the shape of a cached summary changes.
_FORMAT = 4


@dataclass(frozen=True)
class Summary:
    """An article as the library lists it; ``error`` says why it cannot be opened."""

    title: str
    source: str | None = None
    date: str | None = None
    words: int = 0
    hidden_lines: int = 0
    error: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    feed: str | None = None
    added: str | None = None
    #: The article's identity (reader.collection.keys.article_key): highlights made on it
    #: under another path (a file since moved) are counted without reading it.
    key: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.authors, list):  # from the JSON cache
            object.__setattr__(self, "authors", tuple(self.authors))

    @classmethod
    def of(cls, article: Article) -> Summary:
        from reader.collection.keys import article_key

        return cls(
            article.title,
            article.source,
            article.date,
            article.words,
            article.hidden_lines,
            authors=article.authors,
            url=article.url,
            feed=article.feed,
            added=article.added,
            key=article_key(article),
        )

    @classmethod
    def from_values(cls, values: Sequence[Any]) -> Summary:
        """The summary with these field values, in field order, already checked (a cached
        record, a worker's result): made without the frozen ``__init__``, which sets each
        field through ``object.__setattr__`` and took half the time of a cached row."""
        summary = object.__new__(cls)
        fields = summary.__dict__
        fields.update(zip(_SUMMARY_FIELDS, values, strict=True))
        fields["authors"] = tuple(fields["authors"])
        return summary

    @classmethod
    def failed(cls, name: str, error: Exception) -> Summary:
        return cls(title=name, error=str(error))

    @property
    def meta(self) -> str:
        """``source · authors · date · N words``, or the reason the article cannot be opened."""
        if self.error is not None:
            return f"cannot open: {self.error}"
        parts = [p for p in (self.source, shown_authors(self.authors), shown_date(self.date)) if p]
        parts.append(f"{self.words:,} words")
        return " · ".join(parts)


_SUMMARY_FIELDS = tuple(field.name for field in fields(Summary))


def default_cache_path() -> Path:
    """``$POSTIL_CACHE_DIR/library.json``, else ``library.json`` in the user cache folder (the
    manifest; the shards are in ``library.shards/`` beside it)."""
    configured = os.environ.get("POSTIL_CACHE_DIR")
    if configured:
        return Path(configured).expanduser() / "library.json"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("postil", appauthor=False)) / "library.json"


#: The package's folder, which the cleaning modules are named under in its stamps.
_READER = Path(__file__).parent.parent


@cache
def cleaning_modules() -> tuple[Path, ...]:
    """The modules a summary and a reading text come from: the library's and the web
    extraction's (what :func:`code_version` and a recorded summary's digest cover)."""
    here = _READER / "library"
    return tuple(sorted([*here.glob("*.py"), *(_READER / "web").glob("*.py")]))


@cache
def code_version() -> str:
    """A fingerprint of the cleaning code by its files' times (:mod:`code_files`): a change
    to any library or web-extraction module empties the cache."""
    from reader import __version__

    return f"{_FORMAT} {__version__} {times_stamp(_READER, cleaning_modules())}"


@cache
def code_digest() -> str:
    """A digest of the source of the code a summary comes from (:func:`cleaning_modules`):
    content, not modification times (as :func:`code_version` uses), so the same postil
    installed twice (pip gives every file it installs a new time) trusts its own records,
    and any change to the cleaning distrusts them all. Made (once a process) only where a
    record is written or checked by it: a recorded line, the text cache, a summary cache or
    search index whose time stamp differs."""
    from reader import __version__

    return bytes_digest(_READER, cleaning_modules(), __version__)


def record_of(summary: Summary) -> dict[str, Any]:
    """The summary as the cache keeps it (``asdict`` without its deep copies; authors as the
    list JSON reads back, so the record passes :func:`trusted_summary` in this process too)."""
    record = summary.__dict__.copy()  # the fields, in their order (see from_values)
    record["authors"] = list(summary.authors)
    return record


#: A summary (or, read from the cache and not asked for yet, its :data:`Row`) and the size and
#: modification time (ns) of the file it was made from.
Known = tuple[int, int, Summary | Row]


class SummaryCache:
    """Summaries by article id, each valid for one size + modification time of its file.

    Records are checked as their shard is read (a record that fails is a cache miss), so a
    lookup is a dictionary lookup and two integer comparisons: a cached ``postil list`` of
    50,000 articles does nothing else per row."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[str, Known] = {}
        #: Ids in the order they were asked for: the order the next save writes them in.
        self._order: dict[str, None] = {}
        self._dirty = False
        self._shards = Shards(path, code_version(), code_digest) if path is not None else None
        self._lock = threading.Lock()  # put() from the UI thread, save() from a worker

    def _read_shard(self) -> None:
        """The next shard's trusted records (under the lock); those put or read before win."""
        assert self._shards is not None
        data, plain = self._shards.next_shard()
        shard = shard_rows(data, _TYPES, plain)
        if shard is not None:  # every column passed: each record is a row, checked
            ids, sizes, mtimes, rows = shard
            found: dict[str, Known] = dict(
                zip(ids, zip(sizes, mtimes, rows, strict=True), strict=True)
            )
        else:
            found = _one_by_one(data, plain)
        if not self._entries.keys().isdisjoint(found):
            found = {key: known for key, known in found.items() if key not in self._entries}
        self._entries.update(found)

    def _record(self, article_id: str) -> Known | None:
        """What is known of ``article_id``, reading further shards only until it is found."""
        with self._lock:
            self._order[article_id] = None
            record = self._entries.get(article_id)
            while record is None and self._shards is not None and self._shards.more():
                self._read_shard()
                record = self._entries.get(article_id)
            return record

    def get(self, article_id: str, stat: os.stat_result) -> Summary | None:
        """The summary of ``article_id`` if it was made from a file of this size and time."""
        known = self._record(article_id)
        if known is None or known[0] != stat.st_size or known[1] != stat.st_mtime_ns:
            return None
        summary = known[2]
        return summary if isinstance(summary, Summary) else Summary.from_values(summary)

    def rows(
        self, article_ids: Sequence[str], stats: Sequence[os.stat_result | None]
    ) -> list[Summary | Row | None]:
        """What :meth:`get` gives each of ``article_ids`` (``stats``: its file's, None for no
        file), but a summary read from the cache and not asked for before comes as its
        :data:`Row` (:func:`summary_row` makes any of them one): a list of 50,000 rows takes
        the lock once and makes no Summary object (they were a tenth of its time)."""
        with self._lock:
            self._order.update(dict.fromkeys(article_ids))
            while self._shards is not None and self._shards.more():
                self._read_shard()
            get = self._entries.get
            found: list[Summary | Row | None] = []
            for article_id, stat in zip(article_ids, stats, strict=True):
                known = get(article_id) if stat is not None else None
                if known is None or stat is None:
                    found.append(None)
                elif known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
                    found.append(known[2])
                else:
                    found.append(None)  # the file changed: summarised again
            return found

    def put(self, article_id: str, stat: os.stat_result, summary: Summary) -> None:
        with self._lock:
            self._order[article_id] = None
            self._entries[article_id] = (stat.st_size, stat.st_mtime_ns, summary)
            self._dirty = True

    def save(self) -> None:
        """Write the cache if it changed (atomically; a failure only costs speed next time).

        Records not read yet are read first, so a save after a short session keeps them."""
        with self._lock:
            if self._shards is None or not self._dirty:
                return
            while self._shards.more():
                self._read_shard()
            # entries are replaced, never changed in place: the copies are consistent
            ordered = [(i, self._entries[i]) for i in self._order if i in self._entries]
            ordered += [(i, r) for i, r in self._entries.items() if i not in self._order]
            self._dirty = False
        records = [(i, k[0], k[1], summary_row(k[2])) for i, k in ordered]
        size = summary_shards.SHARD_RECORDS
        shards = (
            encode_shard(_SUMMARY_FIELDS, records[start : start + size])
            for start in range(0, len(records), size)
        )
        with suppress(OSError, TypeError):  # TypeError: orjson refused a value
            self._shards.write(shards, len(records))


_values = attrgetter(*_SUMMARY_FIELDS)
#: Where each field of a summary is in its :data:`Row`.
ROW_INDEX = {name: index for index, name in enumerate(_SUMMARY_FIELDS)}


def summary_row(summary: Summary | Row) -> Row:
    """A summary as a :data:`Row` (its values in field order), as its shard keeps it."""
    return summary if type(summary) is tuple else _values(summary)


def _one_by_one(data: object, plain: bool) -> dict[str, Known]:
    """The trusted records of a shard whose columns did not all pass (``plain``: its strings
    were already seen to be inert, in the text of the whole shard): each record is checked
    alone, so a bad one is one cache miss."""
    found: dict[str, Known] = {}
    for article_id, size, mtime, values in record_rows(data, _SUMMARY_FIELDS):
        if type(size) is int and type(mtime) is int:
            summary = trusted_summary(values, check_text=not plain)
            if summary is not None:
                found.setdefault(article_id, (size, mtime, summary))
    return found


#: Each field of a cached summary and the types it may have.
_FIELDS: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "source": (str, type(None)),
    "date": (str, type(None)),
    "words": (int,),
    "hidden_lines": (int,),
    "error": (str, type(None)),
    "authors": (list,),
    "url": (str, type(None)),
    "feed": (str, type(None)),
    "added": (str, type(None)),
    "key": (str, type(None)),
}


#: The fields' allowed types in field order, as :func:`shard_rows` checks a shard's columns.
_TYPES = {name: _FIELDS[name] for name in _SUMMARY_FIELDS}
_MAX_INT = 2**53
#: Every combination of field types a trusted record may have, in the fields' order.
_SHAPES = frozenset(product(*(_FIELDS[name] for name in _SUMMARY_FIELDS)))
_INTS = [i for i, name in enumerate(_SUMMARY_FIELDS) if _FIELDS[name] == (int,)]
_LISTS = [i for i, name in enumerate(_SUMMARY_FIELDS) if _FIELDS[name] == (list,)]


def trusted_summary(data: object, *, check_text: bool = True) -> Summary | None:
    """The cached summary if every field has its type and its text is inert, else None.

    Run on every row of a cached list, so the types are checked as one tuple against the
    allowed shapes, and the strings in one regex scan (joined by a space, which
    :func:`is_inert` accepts) rather than one scan each; none without ``check_text`` (the
    caller scanned them)."""
    if type(data) is not dict or len(data) != len(_SUMMARY_FIELDS):
        return None
    if tuple(data) == _SUMMARY_FIELDS:  # as this module writes them: no lookup by name
        values = list(data.values())
    else:
        try:
            values = [data[name] for name in _SUMMARY_FIELDS]
        except KeyError:
            return None
    if tuple(map(type, values)) not in _SHAPES:
        return None
    for i in _INTS:
        if not 0 <= values[i] < _MAX_INT:
            return None
    for i in _LISTS:
        if values[i] and not all(type(v) is str for v in values[i]):
            return None
    if check_text:
        texts = [value for value in values if type(value) is str]
        for i in _LISTS:
            texts += values[i]
        if not is_inert(" ".join(texts)):
            return None
    return Summary.from_values(values)
