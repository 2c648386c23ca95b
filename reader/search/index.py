"""The search index on disk: open it (rebuilding it if damaged or out of date), update it,
search it, and read the library-wide entity mentions from it.

It lives in the user cache folder (``$POSTIL_CACHE_DIR/search/<recognizer>/``), one per
recognizer since entities depend on it. It is only a cache: deleting it loses nothing, and an
index that cannot be read, or that another version of postil made, is deleted and rebuilt with
one notice (:attr:`SearchIndex.notice`). One process updates it at a time (a lock file);
any number search it meanwhile.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.files import make_private_dirs
from reader.library.code_files import bytes_digest, times_stamp
from reader.search.analysis import ANALYZER, ANALYZER_VERSION, analyzer
from reader.search.catalog import Catalog
from reader.search.changes import Check
from reader.search.code_stamps import record_code, stale_code
from reader.search.highlights import sync_store
from reader.search.results import SearchResults
from reader.search.schema import SCHEMA_VERSION, schema
from reader.search.writer import IndexWriter

if TYPE_CHECKING:
    from concurrent.futures import Executor

    import tantivy

    from annotations.fingerprint import ClosedStore
    from annotations.store import AnnotationStore
    from reader.library import Library
    from reader.mentions.library import ArticleMentions, LibraryNamed
    from reader.search.builder import Progress, UpdateReport


#: Seconds between two tries of a busy index's lock while waiting for it.
_LOCK_POLL = 0.1


class IndexBusy(Exception):
    """Another postil is updating the index right now."""


class IndexDamaged(Exception):
    """The index cannot be used as it is (it is rebuilt)."""


def _damaged(error: sqlite3.OperationalError) -> bool:
    """Whether SQLite says the catalogue is unusable (not just locked by another writer)."""
    message = str(error).lower()
    return not any(word in message for word in ("locked", "busy"))


def default_index_dir(spec: str = "builtin") -> Path:
    """``$POSTIL_CACHE_DIR/search/<spec>``, else ``search/<spec>`` in the user cache folder."""
    configured = os.environ.get("POSTIL_CACHE_DIR")
    if configured:
        base = Path(configured).expanduser()
    else:
        from platformdirs import user_cache_dir

        base = Path(user_cache_dir("postil", appauthor=False))
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", spec).strip("-.") or "builtin"
    return base / "search" / slug


def recognizer_files(folder: Path, spec: str) -> list[Path]:
    """The files the entities of ``spec`` depend on, under the recognizer's ``folder``: its code
    in every subpackage (the name pipeline is in ``names/``) and its data (weights, compiled
    gazetteer). The spaCy backend's module counts only for a spaCy recognizer: a change there
    does not make the built-in recognizer's entities stale."""
    code = [
        path
        for path in folder.rglob("*.py")
        if spec.startswith("spacy:") or path.name != "spacy_backend.py"
    ]
    data = [*folder.glob("data/*.json"), *folder.glob("data/*.pickle")]
    return sorted(code + data)


#: The grouping of mentions into named things, which the catalogue stores with the entities.
GROUPING_FILES = ("mentions/grouping.py", "mentions/aliases.py", "mentions/short_forms.py")


def _recognizer_code(spec: str) -> tuple[Path, list[Path]]:
    """The files entities depend on, and the folder they are named under: the recognizer's
    code and data, and the grouping of its mentions."""
    reader = Path(__file__).resolve().parent.parent
    grouping = [reader / name for name in GROUPING_FILES]
    return reader, recognizer_files(reader / "entities", spec) + grouping


@cache
def recognizer_stamp(spec: str) -> str:
    """What entities depend on: the recognizer chosen and its files' times (read from the
    files: importing the recognizer would cost every search its start-up)."""
    return f"{spec} {times_stamp(*_recognizer_code(spec))}"


def recognizer_digest(spec: str) -> str:
    """The same by the files' bytes (:mod:`code_stamps`: a new install changes every time)."""
    return bytes_digest(*_recognizer_code(spec), spec)


def format_stamp() -> str:
    """What the files' layout depends on: a change means a rebuild."""
    import tantivy

    version = getattr(tantivy, "__version__", "")
    return f"schema {SCHEMA_VERSION} analyzer {ANALYZER_VERSION} tantivy {version}"


class SearchIndex:
    """The persisted index of one recognizer's entities and every indexed article's words."""

    def __init__(self, folder: Path | None = None, spec: str = "builtin") -> None:
        self.folder = Path(folder) if folder is not None else default_index_dir(spec)
        self.spec = spec
        #: Said once to the user: why the index was rebuilt.
        self.notice: str | None = None
        self._mentions: tuple[object, list[LibraryNamed]] | None = None
        try:
            self._open()
        except (IndexDamaged, sqlite3.DatabaseError, ValueError, OSError) as error:
            if isinstance(error, sqlite3.OperationalError) and not _damaged(error):
                raise IndexBusy(f"the search index is busy ({error})") from None
            reason = str(error).splitlines()[0][:160] if str(error) else type(error).__name__
            self.notice = f"the search index was rebuilt ({reason})"
            self._wipe()
            self._open()

    def _open(self) -> None:
        # Private, as every folder postil makes: the index holds the articles' words and the
        # highlights' notes. Its files are tantivy's and SQLite's, made with the umask's mode,
        # so the folders are what keeps them from other users (one made open by an earlier
        # postil is closed here).
        make_private_dirs(self.folder)
        if self.folder.stat().st_mode & 0o077:
            os.chmod(self.folder, 0o700)
        self.catalog = Catalog(self.folder / "catalog.sqlite")
        try:
            self._check_stamps()
            self._text = self._open_text()
        except BaseException:
            self.catalog.close()
            raise

    def _check_stamps(self) -> None:
        stamp = self.catalog.meta("format")
        if stamp is None:
            shutil.rmtree(self.folder / "text", ignore_errors=True)
            self.catalog.set_meta("format", format_stamp())
        elif stamp != format_stamp():
            raise IndexDamaged("it was made by another version of postil")
        # Written only when they change: opening to search only reads.
        recognizer = recognizer_stamp(self.spec)
        digest = stale_code(self.catalog, "recognizer", recognizer, self._recognizer_digest)
        if digest is not None:
            self.notice = "the entity recognizer changed: every article is analysed again"
            self.catalog.forget_all()
            record_code(self.catalog, "recognizer", recognizer, digest)
        from reader.library.summaries import code_digest, code_version

        digest = stale_code(self.catalog, "library", code_version(), code_digest)
        if digest is not None:  # the cleaning changed: every file is read again
            self.catalog.forget_stamps()
            record_code(self.catalog, "library", code_version(), digest)

    def _recognizer_digest(self) -> str:
        return recognizer_digest(self.spec)

    def _open_text(self) -> tantivy.Index:
        import tantivy

        folder = self.folder / "text"
        make_private_dirs(folder)
        index = tantivy.Index(schema(), path=str(folder), reuse=True)
        index.register_tokenizer(ANALYZER, analyzer())
        index.searcher().num_docs  # noqa: B018 - reads the segments: a damaged index fails here
        return index

    def _wipe(self) -> None:
        for name in ("catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm"):
            with suppress(OSError):
                (self.folder / name).unlink()
        shutil.rmtree(self.folder / "text", ignore_errors=True)

    def close(self) -> None:
        self.catalog.close()

    # ------------------------------------------------------------- updating

    @contextmanager
    def _writing(
        self, wait: float = 0.0, stop: threading.Event | None = None
    ) -> Iterator[IndexWriter]:
        from annotations.lock import LockTimeout, make_lock

        # The store's own inter-process lock (flock; filelock is not installed on POSIX),
        # tried in short waits so that ``stop`` (postil quitting) ends a long one.
        lock = make_lock(self.folder / "update.lock", 0)
        deadline = time.monotonic() + wait
        while True:
            try:
                lock.acquire(min(_LOCK_POLL, max(0.0, deadline - time.monotonic())))
                break
            except LockTimeout:
                if time.monotonic() >= deadline or (stop is not None and stop.is_set()):
                    raise IndexBusy("another postil is updating the search index") from None
        try:
            writer = IndexWriter(self._text, self.catalog)
            try:
                yield writer
            finally:
                writer.close()
        finally:
            lock.release()

    def update(
        self,
        library: Library,
        store: AnnotationStore | ClosedStore | None = None,
        *,
        executor: Executor | None = None,
        progress: Progress | None = None,
        stop: threading.Event | None = None,
        wait: float = 0.0,
        check: Check = "quick",
        most: int | None = None,
        added_to: Library | None = None,
    ) -> UpdateReport:
        """Index what changed in ``library`` (and ``store``'s highlights: a closed store is
        opened only if its files changed) since last time, looking for changes as ``check``
        says (:mod:`reader.search.changes`: ``"quick"`` by folder, ``"full"`` every file,
        ``"listed"`` the library's articles only); ``stop`` ends it early, keeping what was
        done; with more than ``most`` articles to read it reads none
        (:attr:`UpdateReport.waiting`). ``added_to``: the library ``library``'s articles were
        just added to (their folders' stamps are kept). While another update runs this raises
        :class:`IndexBusy`, at once or after waiting ``wait`` seconds for it to end
        (``math.inf``: as long as it runs; ``stop`` ends the wait too)."""
        # Here, not at the top: a search alone (``postil search --no-update``) does not pay
        # for the builder's imports (its process pool, the library readers).
        from reader.search.builder import update_articles

        with self._writing(wait, stop) as writer:
            highlights = sync_store(writer, self.catalog, store)
            report = update_articles(
                writer,
                self.catalog,
                library,
                self.spec,
                executor=executor,
                progress=progress,
                stop=stop,
                check=check,
                most=most,
                added_to=added_to,
            )
            report.highlights = highlights
            return report

    def update_highlights(self, store: AnnotationStore) -> int:
        """Index the store's highlight changes only (cheap: the store is in memory)."""
        with self._writing() as writer:
            return sync_store(writer, self.catalog, store)

    # ------------------------------------------------------------- reading

    def search(
        self, query: str, limit: int = 20, scope: Collection[str] | None = None
    ) -> SearchResults:
        """Articles matching ``query`` (see :mod:`reader.search.query`), best first."""
        from reader.search.searching import search

        return search(self._text, self.catalog, query, limit, scope)

    def indexed(self) -> int:
        """How many articles are indexed."""
        return self.catalog.count()

    def mentions(self, scope: Collection[str] | None = None) -> list[LibraryNamed]:
        """Which indexed articles (in ``scope`` if given) mention what, most widespread first.

        Read from the totals the catalogue keeps (:mod:`~reader.search.things`): a row per
        thing and name, whatever the number of articles; each thing's articles are read by
        key when first asked for. Kept until the catalogue changes (:meth:`Catalog.version`):
        `m` from one article after another asks the same. The list is shared: read it, do
        not change it."""
        from reader.mentions.library import summarise

        wanted = (self.catalog.version(), None if scope is None else frozenset(scope))
        if self._mentions is not None and self._mentions[0] == wanted:
            return self._mentions[1]
        inside = wanted[1]

        def find(label: str, keys: Sequence[str]) -> list[ArticleMentions]:
            found = self.catalog.thing_articles(label, keys)
            return found if inside is None else [row for row in found if row[0] in inside]

        named = summarise(self.catalog.thing_totals(scope), find)
        self._mentions = (wanted, named)
        return named
