"""One update's recognition pipeline: articles go out to an executor in batches, results come
back and are written by this thread only, with a bounded number of batches in flight so
memory stays flat however large the library.

Two ways to send an article, by where the executor's workers run:

* a local process pool's workers see this machine's files: a task names files and the workers
  read, clean, hash and recognise them (:mod:`reader.search.reading`), so this process, which
  alone writes the index, does no more than write it;
* any other executor (a dask cluster, whose workers may be other machines; a few articles
  recognised in this process) gets texts: this process reads each article, and sends only the
  contents it has no analysis of (:mod:`reader.search.recognition`).
"""

from __future__ import annotations

import sys
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.search.catalog import Catalog, IndexedArticle, Recognised
from reader.search.changes import Stamp
from reader.search.folders import folder_of
from reader.search.reading import FileRead, read_batch
from reader.search.recognition import analyse_batch, recognise
from reader.search.report import Progress, UpdateReport
from reader.search.writer import IndexWriter

if TYPE_CHECKING:
    from reader.library import Article, Entry

#: Articles recognised per task sent to a worker.
BATCH = 8
#: Files read and recognised per task: more, since a task naming files is tiny and each opens
#: the catalogue once (the results, with their texts, are still a few hundred kB).
FILE_BATCH = 32
#: Up to this many new contents are recognised in this process (a pool takes a second to start).
INLINE_MAX = 24


@dataclass
class Pipeline:
    """Sends articles to be recognised and writes what comes back."""

    writer: IndexWriter
    catalog: Catalog
    spec: str
    report: UpdateReport
    total: int
    progress: Progress | None
    executor: Executor | None
    #: What the catalogue knew of the articles to do (their earlier contents).
    known: dict[str, IndexedArticle] = field(default_factory=dict)
    #: Ids of the articles that could not be read, with their folders (left unstamped).
    unread: dict[str, str] = field(default_factory=dict)
    _own_executor: Executor | None = None
    _texts: list[tuple[str, str]] = field(default_factory=list)
    _waiting: dict[str, list[tuple[Article, IndexedArticle]]] = field(default_factory=dict)
    _files: list[tuple[str, str]] = field(default_factory=list)
    _sent_files: dict[str, tuple[Entry, Stamp | None]] = field(default_factory=dict)
    _futures: dict[Future[Any], tuple[bool, list[str]]] = field(default_factory=dict)
    _done: int = 0

    def _pool(self) -> Executor:
        from reader.search.executors import InlineExecutor, process_pool

        if self.executor is not None:
            return self.executor
        if self._own_executor is None:
            few = self.total <= INLINE_MAX
            self._own_executor = InlineExecutor() if few else process_pool()
        return self._own_executor

    @property
    def reads_files(self) -> bool:
        """Whether the workers read the files (a local process pool), not this process."""
        pool = self._pool()
        # Not imported to ask: a search with nothing to index paid 20 ms for multiprocessing.
        # A pool that is a ProcessPoolExecutor has imported its module.
        processes = sys.modules.get("concurrent.futures.process")
        return processes is not None and isinstance(pool, processes.ProcessPoolExecutor)

    def _window(self) -> int:
        from reader.search.executors import cores

        workers = getattr(self._pool(), "_max_workers", None) or cores()
        return 2 * workers + 2

    def _written(self) -> None:
        self._done += 1
        if self.progress is not None:
            self.progress(self._done, self.total)

    def failed(self, message: str) -> None:
        self.report.failed.append(message)
        self._written()

    def stamped(self, entry: Entry, stamp: Stamp | None, content: str) -> IndexedArticle:
        """The catalogue row of ``entry`` read with ``content`` (an earlier content it replaces
        may now be used by no article)."""
        earlier = self.known.get(entry.id)
        if earlier is not None and earlier.hash != content:
            self.writer.left.add(earlier.hash)
        size, mtime = stamp if stamp is not None else (None, None)
        folder = folder_of(entry.path)
        return IndexedArticle(entry.id, content, str(entry.path), size, mtime, folder)

    def _put(
        self,
        article: Article,
        stamp: IndexedArticle,
        recognised: Recognised,
        new: bool,
        fields: dict[str, Any] | None = None,
    ) -> None:
        self.writer.put_article(article, stamp, recognised, new=new, fields=fields)
        self.report.indexed += 1
        if new:
            self.report.words += recognised.words
        else:
            self.report.reused += 1
        self._written()

    def _kept(
        self, article: Article, stamp: IndexedArticle, written: str | None
    ) -> dict[str, Any] | None:
        """``None`` if ``article`` (whose content's analysis the catalogue has) makes the
        document it was written with (key ``written``): that document is kept, and only the
        article's row recorded (its file's new stamp). Else the fields of its new document.

        This is what an update after a change of the cleaning code meets (every file is
        read again, most to the same text): rewriting 50,000 documents took most of that
        update's time and grew the index by two fifths until tantivy merged them."""
        from reader.search.documents import article_fields, fields_digest

        fields = article_fields(article, stamp.hash)
        if written is None or fields_digest(fields) != written:
            return fields
        self.writer.keep_article(article, stamp, written)
        self.report.unchanged += 1
        self._written()
        return None

    # ------------------------------------------------------------- texts

    def add_text(self, article: Article, stamp: IndexedArticle) -> None:
        """Index ``article``, read here: at once if its content is known, else once its
        content (recognised once however many articles have it) comes back."""
        content = stamp.hash
        known = self.writer.waiting(content) or self.catalog.recognised(content)
        if known is not None:
            written = self.catalog.documents([article.id]).get(article.id)
            fields = self._kept(article, stamp, written)
            if fields is not None:
                self._put(article, stamp, known, new=False, fields=fields)
            return
        waiting = self._waiting.setdefault(content, [])
        waiting.append((article, stamp))
        if len(waiting) == 1:
            self._texts.append((content, article.text))
            if len(self._texts) >= BATCH:
                self.submit()

    def _texts_done(self, future: Future[list[Recognised]], contents: list[str]) -> None:
        error = future.exception()
        if error is not None:
            for content in contents:
                for article, _ in self._waiting.pop(content, []):
                    self.failed(f"{article.id}: entity recognition failed: {error}")
            return
        for recognised in future.result():
            for article, stamp in self._waiting.pop(recognised.hash, []):
                self._put(article, stamp, recognised, recognised.hash not in self.writer.pending)

    # ------------------------------------------------------------- files

    def add_file(self, entry: Entry, stamp: Stamp | None) -> None:
        """Index the article of ``entry``, read and recognised by a worker."""
        self._sent_files[entry.id] = (entry, stamp)
        self._files.append((entry.id, str(entry.path)))
        if len(self._files) >= FILE_BATCH:
            self.submit()

    def _files_done(self, future: Future[list[FileRead]], ids: list[str]) -> None:
        error = future.exception()
        if error is not None:
            for article_id in ids:
                self._sent_files.pop(article_id)
                self.failed(f"{article_id}: entity recognition failed: {error}")
            return
        reads = future.result()
        written = self.catalog.documents([r.id for r in reads if r.recognised is None])
        for read in reads:
            entry, stamp = self._sent_files.pop(read.id)
            if read.article is None:
                self.failed(f"{read.id}: {read.error}")
                self.unread[read.id] = folder_of(entry.path)
                continue
            indexed = self.stamped(entry, stamp, read.content)
            self._file_read(read.article, indexed, read, written.get(read.id))

    def _file_read(
        self, article: Article, stamp: IndexedArticle, read: FileRead, written: str | None
    ) -> None:
        """Write what a worker read: its analysis unless one was written meanwhile (the same
        content in another file), else the analysis the catalogue has, unless the document
        is as ``written`` (:meth:`_kept`). (A worker that could not ask the catalogue
        recognised a content it may have had: that analysis, the same, is saved again and
        its words counted as new.)"""
        content = read.content
        if read.recognised is not None:
            new = content not in self.writer.pending and content not in self.writer.saved
            self._put(article, stamp, read.recognised, new)
            return
        fields = self._kept(article, stamp, written)
        if fields is None:
            return
        known = self.writer.waiting(content) or self.catalog.recognised(content)
        if known is None:  # the worker saw an analysis that is gone: recognise it here
            recognised = recognise(self.spec, article.text, content, article.words)
            self._put(article, stamp, recognised, new=True, fields=fields)
            return
        self._put(article, stamp, known, new=False, fields=fields)

    # ------------------------------------------------------------- sending

    def submit(self) -> None:
        """Send the articles gathered so far; wait while too many tasks are in flight."""
        if self._texts:
            texts, self._texts = self._texts, []
            future = self._pool().submit(analyse_batch, self.spec, texts)
            self._futures[future] = (False, [content for content, _ in texts])
        if self._files:
            files, self._files = self._files, []
            reads = self._pool().submit(read_batch, self.spec, str(self.catalog.path), files)
            self._futures[reads] = (True, [article_id for article_id, _ in files])
        while self._futures and len(self._futures) >= self._window():  # no pool for nothing
            self._drain()

    def _drain(self) -> None:
        done, _ = wait(list(self._futures), return_when=FIRST_COMPLETED)
        for future in done:
            files, keys = self._futures.pop(future)
            if files:
                self._files_done(future, keys)
            else:
                self._texts_done(future, keys)

    def finish(self) -> None:
        """Send what is left, write every result, and close a pool of our own."""
        self.submit()
        try:
            while self._futures:
                self._drain()
        finally:
            if self._own_executor is not None:
                self._own_executor.shutdown(wait=True, cancel_futures=True)
