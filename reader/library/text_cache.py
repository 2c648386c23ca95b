"""Articles as read and cleaned, kept between runs: reading one again is a small JSON load.

An export of the whole store reads every article its highlights are in (200 articles for
10,000 highlights): decoding and cleaning them was half of its time, each run, though the files
had not changed. While an export runs (``Workspace.export_markdown`` sets
:attr:`Library.texts`; other commands keep nothing, so a first list of a big library does not
keep thousands of articles), each article read has its displayed text and metadata kept in the
user cache folder (``texts/``: the records of an export written together in one pack, see
:mod:`reader.library.text_packs`), valid while the article file's size and modification time
and postil's cleaning code (:func:`version`: the bytes of the cleaning modules and of the
inert module, and for web pages the extraction packages' versions) are those it was made from.

It is only a cache: a missing, stale, unreadable or malformed record is ignored and the article
read again; writes are atomic but not fsynced (a power cut costs a re-read) and a failed one is
ignored. Nor is it trusted: every field must have its type and all text must be inert (no
control character a cleaned article cannot hold), so a record planted in the cache cannot put an
escape sequence on the terminal. Files are 0600 in a 0700 folder. Only articles up to
:data:`MAX_CACHED_CHARS` are kept (a big one is read a section at a time anyway), and the
index is trimmed to :data:`MAX_FILES` records, the oldest written first.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from contextlib import suppress
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from annotations import inert
from reader.library.code_files import bytes_digest
from reader.library.inert import is_inert, make_inert
from reader.library.summaries import code_digest
from reader.library.text_packs import Packs
from reader.web.page import Link

if TYPE_CHECKING:  # the cleaning code loads with the first article actually read
    from reader.library.article import Article

#: Articles with more text than this are not kept (a 1 MB record parses in a few ms; bigger
#: files are read a section at a time and shown before they are read whole).
MAX_CACHED_CHARS = 1024 * 1024
#: Records kept at most (each about the size of its article's text: ~10 KB for a news article).
MAX_FILES = 5_000
#: Records held in memory at most before they are written (a pack of ~2.5 MB of news) ...
_FLUSH_EVERY = 256
#: ... and bytes of them (a few big articles).
_FLUSH_BYTES = 16 * 1024 * 1024

_ONE_LINE = ("title", "encoding")
_OPTIONAL = ("source", "date", "url", "language", "feed", "added")
#: What a saved web page's text also depends on: the packages that extract it.
_EXTRACTORS = ("trafilatura", "htmldate", "lxml", "lxml-html-clean", "charset-normalizer")
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


@cache
def version(page: bool) -> str:
    """What a record must have been made by: the cleaning code (and for a web ``page`` the
    extraction packages' versions) of this process. By the code's bytes, not its files'
    times: pip gives every file it installs a new time, and the same code installed again
    would read every article of the next export again."""
    module = Path(inert.__file__)
    parts = [code_digest(), f"inert:{bytes_digest(module.parent, [module])}"]
    if page:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as package_version

        for name in _EXTRACTORS:
            with suppress(PackageNotFoundError):
                parts.append(f"{name}:{package_version(name)}")
    return " ".join(parts)


def _key(article_id: str, path: Path, stat: os.stat_result) -> list[object]:
    page = path.suffix.lower() in _PAGE_SUFFIXES
    return [version(page), article_id, str(path), stat.st_size, stat.st_mtime_ns]


def default_text_cache_dir() -> Path:
    """``texts/`` beside the summary cache (``$POSTIL_CACHE_DIR`` or the user cache)."""
    from reader.library.summaries import default_cache_path

    return default_cache_path().with_name("texts")


class TextCache:
    """Read articles by id, each valid for one size + modification time of its file.

    What :meth:`put` is given is kept in memory and written by :meth:`flush` (the export calls
    it as it ends; so does a put past :data:`_FLUSH_EVERY` records or :data:`_FLUSH_BYTES`)
    in one pack: see :mod:`reader.library.text_packs` for why not a file per article."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._packs = Packs(folder) if folder is not None else None
        #: Records not written yet, by name: the record's key, the article and its JSON.
        self._pending: dict[str, tuple[list[object], Article, bytes]] = {}
        self._pending_bytes = 0
        self._lock = threading.Lock()

    def get(self, article_id: str, path: Path, stat: os.stat_result) -> Article | None:
        """The article of ``path`` as cached, if it was read from a file of this size and time
        with this cleaning code; else None."""
        if self._packs is None:
            return None
        name = _name(article_id)
        key = _key(article_id, path, stat)
        pending = self._pending.get(name)
        if pending is not None:
            return pending[1] if pending[0] == key else None
        data = self._packs.read(name)
        if data is None:
            return None
        try:
            record = _loads(data)
        except (ValueError, RecursionError):
            return None
        if not isinstance(record, dict) or record.get("key") != key:
            return None
        return _trusted_article(record.get("article"), article_id, path)

    def put(self, article_id: str, stat: os.stat_result, article: Article) -> None:
        """Keep ``article`` (read from a file with ``stat``); a failure only costs a re-read."""
        if self._packs is None or len(article.text) > MAX_CACHED_CHARS:
            return
        key = _key(article_id, article.path, stat)
        try:
            data = _dumps({"key": key, "article": _fields(article)})
        except UnicodeEncodeError:
            return
        with self._lock:  # the TUI's workers read articles while its export runs
            self._pending[_name(article_id)] = (key, article, data)
            self._pending_bytes += len(data)
            full = len(self._pending) >= _FLUSH_EVERY or self._pending_bytes >= _FLUSH_BYTES
        if full:
            self.flush()

    def flush(self) -> None:
        """Write the articles kept since the last flush (a failure only costs re-reads)."""
        if self._packs is None:
            return
        with self._lock:
            records = {name: pending[2] for name, pending in self._pending.items()}
            self._pending.clear()
            self._pending_bytes = 0
        if not records:
            return
        with suppress(OSError):
            self._packs.write(records, MAX_FILES)


def _name(article_id: str) -> str:
    return hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _loads(data: bytes) -> Any:
    """A record as written by :func:`_dumps`: orjson's parser (several times the stdlib's on
    an article's text), the stdlib's for what it refuses (a lone surrogate from a file)."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def _dumps(record: dict[str, Any]) -> bytes:
    """``record`` as UTF-8 JSON: by orjson, or by the stdlib if a string holds a lone
    surrogate (written as "surrogatepass" makes it, for :func:`_loads` to read back)."""
    try:
        return orjson.dumps(record)
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _fields(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "source": article.source,
        "date": article.date,
        "text": article.text,
        "words": article.words,
        "hidden_lines": article.hidden_lines,
        "encoding": article.encoding,
        "authors": list(article.authors),
        "url": article.url,
        "language": article.language,
        "links": [[link.start, link.end, link.url] for link in article.links],
        "feed": article.feed,
        "added": article.added,
    }


def _trusted_article(data: object, article_id: str, path: Path) -> Article | None:
    """The cached article if every field has its type and all its text is inert, else None."""
    if not isinstance(data, dict) or set(data) != set(_fields_names()):
        return None
    lines = [data[k] for k in _ONE_LINE] + [data[k] for k in _OPTIONAL if data[k] is not None]
    text, authors, links = data["text"], data["authors"], data["links"]
    if not all(type(v) is str and is_inert(v) for v in [*lines, *_list(authors)]):
        return None
    if type(text) is not str or make_inert(text) != text:
        return None
    counts = (data["words"], data["hidden_lines"])
    if not all(type(n) is int and 0 <= n < 2**53 for n in counts):
        return None
    found = _links(links, len(text))
    if found is None:
        return None
    from reader.library.article import Article

    return Article(
        id=article_id,
        path=path,
        title=data["title"],
        source=data["source"],
        date=data["date"],
        text=text,
        words=data["words"],
        hidden_lines=data["hidden_lines"],
        encoding=data["encoding"],
        authors=tuple(authors),
        url=data["url"],
        language=data["language"],
        links=found,
        feed=data["feed"],
        added=data["added"],
    )


def _fields_names() -> tuple[str, ...]:
    return (*_ONE_LINE, *_OPTIONAL, "text", "words", "hidden_lines", "authors", "links")


def _list(value: object) -> list[object]:
    """``value`` if it is a list; else a list that fails every check of its items."""
    return value if isinstance(value, list) else [None]


def _links(data: object, size: int) -> tuple[Link, ...] | None:
    """Cached links, each ``[start, end, url]`` inside the text; None if any is not."""
    if not isinstance(data, list):
        return None
    links = []
    for item in data:
        if not (isinstance(item, list) and len(item) == 3):
            return None
        start, end, url = item
        if not (type(start) is int and type(end) is int and 0 <= start <= end <= size):
            return None
        if type(url) is not str or not is_inert(url):
            return None
        links.append(Link(start, end, url))
    return tuple(links)
