"""What the library list shows of each article, remembered between runs.

Listing an article means reading, decoding and cleaning it. A summary (title, source, date,
word count) is kept in a small JSON file in the user cache folder, valid while the article
file's size and modification time and postil's own cleaning code are unchanged. So the library's
first frame needs no article read and not even the cleaning code loaded, and a folder of
10,000 articles lists at once the second time it is opened.

It is only a cache: a missing, stale or unreadable file is rebuilt, a failed write is ignored,
and nothing a user wrote is ever kept here. Nor is it trusted: a record whose fields are not of
their types (``"words": "many"``) or whose text holds control characters (an escape sequence
planted in a cached title) is ignored and the article summarised again. The file is private
(0600 in a 0700 folder, whatever the umask) and replaced atomically.
"""

from __future__ import annotations

import json
import os
import threading
from contextlib import suppress
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.library.inert import is_inert

if TYPE_CHECKING:
    from reader.library.article import Article

#: Bump when the shape of a cached summary changes.
_FORMAT = 2


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

    def __post_init__(self) -> None:
        if isinstance(self.authors, list):  # from the JSON cache
            object.__setattr__(self, "authors", tuple(self.authors))

    @classmethod
    def of(cls, article: Article) -> Summary:
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
        )

    @classmethod
    def failed(cls, name: str, error: Exception) -> Summary:
        return cls(title=name, error=str(error))

    @property
    def meta(self) -> str:
        """``source · date · N words``, or the reason the article cannot be opened."""
        if self.error is not None:
            return f"cannot open: {self.error}"
        author = ", ".join(self.authors[:2]) + (" et al." if len(self.authors) > 2 else "")
        parts = [p for p in (self.source, author, self.date) if p]
        parts.append(f"{self.words:,} words")
        return " · ".join(parts)


def default_cache_path() -> Path:
    """``$POSTIL_CACHE_DIR/library.json``, else ``library.json`` in the user cache folder."""
    configured = os.environ.get("POSTIL_CACHE_DIR")
    if configured:
        return Path(configured).expanduser() / "library.json"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("postil", appauthor=False)) / "library.json"


@cache
def code_version() -> str:
    """A fingerprint of the cleaning code: a change to any library or web-extraction module
    empties the cache."""
    from reader import __version__

    parts = [f"{_FORMAT}", __version__]
    here = Path(__file__).parent
    for module in sorted([*here.glob("*.py"), *here.parent.joinpath("web").glob("*.py")]):
        stat = module.stat()
        parts.append(f"{module.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return " ".join(parts)


def _file_key(stat: os.stat_result) -> list[int]:
    return [stat.st_size, stat.st_mtime_ns]


class SummaryCache:
    """Summaries by article id, each valid for one size + modification time of its file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[str, dict[str, Any]] = {}
        self._dirty = False
        self._loaded = path is None
        self._lock = threading.Lock()  # put() from the UI thread, save() from a worker

    def _load(self) -> None:
        """Read the cache file once (a missing, stale or unreadable one is an empty cache)."""
        with self._lock:
            if self._loaded:
                return
            self._loaded = True
            try:
                data = json.loads(self.path.read_bytes()) if self.path else None
            except (OSError, ValueError):
                return
            if isinstance(data, dict) and data.get("version") == code_version():
                articles = data.get("articles")
                if isinstance(articles, dict):
                    self._entries.update(articles)

    def get(self, article_id: str, stat: os.stat_result) -> Summary | None:
        """The summary of ``article_id`` if it was made from a file of this size and time."""
        if not self._loaded:
            self._load()
        record = self._entries.get(article_id)
        if not isinstance(record, dict) or record.get("file") != _file_key(stat):
            return None
        return _trusted_summary(record.get("summary"))

    def put(self, article_id: str, stat: os.stat_result, summary: Summary) -> None:
        if not self._loaded:
            self._load()
        record = {"file": _file_key(stat), "summary": asdict(summary)}
        with self._lock:
            self._entries[article_id] = record
            self._dirty = True

    def save(self) -> None:
        """Write the cache if it changed (atomically; a failure only costs speed next time)."""
        with self._lock:
            if self.path is None or not self._dirty:
                return
            entries = dict(self._entries)  # records are replaced, never changed in place
            self._dirty = False
        from annotations.files import atomic_write, make_private_dirs

        data = json.dumps({"version": code_version(), "articles": entries})
        with suppress(OSError):
            make_private_dirs(self.path.parent)
            atomic_write(self.path, data.encode("utf-8"))


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
}


def _trusted_summary(data: object) -> Summary | None:
    """The cached summary if every field has its type and its text is inert, else None."""
    if not isinstance(data, dict) or set(data) != set(_FIELDS):
        return None
    for key, kinds in _FIELDS.items():
        value = data[key]
        if type(value) not in kinds or (isinstance(value, str) and not is_inert(value)):
            return None
        if type(value) is int and not 0 <= value < 2**53:
            return None
        if type(value) is list and not all(type(v) is str and is_inert(v) for v in value):
            return None
    return Summary(**data)
