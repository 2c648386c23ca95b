"""Bringing the index up to date with a library: only what was added, changed or removed.

1. Plan (no file read, see :mod:`changes`): an article whose file has the size and
   modification time it had when indexed is unchanged, and so is every article of a folder
   unchanged since the last update; an indexed article whose file is gone is removed.
2. Every other article is loaded and its reading text hashed. A content already analysed (a
   moved or copied file, a file touched but not changed) is indexed again without recognition.
3. New contents are recognised in batches on an executor (see :mod:`executors`); results are
   written as they come back, by this thread only, with a bounded number of batches in flight
   so memory stays flat however large the library.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.library import ArticleError
from reader.search.analysis import content_hash
from reader.search.catalog import Catalog, IndexedArticle, Recognised
from reader.search.changes import Check, Plan, plan, restamps
from reader.search.folders import folder_of
from reader.search.recognition import analyse_batch
from reader.search.writer import IndexWriter

if TYPE_CHECKING:
    from reader.library import Article, Library

#: Articles recognised per task sent to a worker.
BATCH = 8
#: Up to this many new contents are recognised in this process (a pool takes a second to start).
INLINE_MAX = 24

Progress = Callable[[int, int], None]


@dataclass
class UpdateReport:
    """What an update did."""

    indexed: int = 0
    #: Of the indexed articles, those whose content was known (no recognition needed).
    reused: int = 0
    removed: int = 0
    unchanged: int = 0
    #: Words recognised (new contents only).
    words: int = 0
    failed: list[str] = field(default_factory=list)
    highlights: int = 0
    #: Articles to read that were left for ``postil index`` (more than an update's ``most``).
    waiting: int = 0

    def summary(self) -> str:
        """One line for people: ``indexed 3 articles (1 unchanged content), removed 1``."""
        from reader.text.wording import plural

        parts = [f"indexed {plural(self.indexed, 'article')}"]
        if self.reused:
            parts[0] += f" ({self.reused:,} without new recognition)"
        parts.append(f"{self.unchanged:,} unchanged")
        if self.removed:
            parts.append(f"removed {self.removed:,}")
        if self.highlights:
            parts.append(f"{plural(self.highlights, 'highlight')} updated")
        if self.failed:
            parts.append(f"{plural(len(self.failed), 'file')} could not be read")
        return ", ".join(parts)


@dataclass
class _Run:
    """One update's recognition pipeline."""

    writer: IndexWriter
    catalog: Catalog
    spec: str
    report: UpdateReport
    total: int
    progress: Progress | None
    executor: Executor | None
    _own_executor: Executor | None = None
    _batch: list[tuple[str, str]] = field(default_factory=list)
    _waiting: dict[str, list[tuple[Article, IndexedArticle]]] = field(default_factory=dict)
    _futures: dict[Future[list[Recognised]], list[str]] = field(default_factory=dict)
    _done: int = 0

    def _pool(self) -> Executor:
        from reader.search.executors import InlineExecutor, process_pool

        if self.executor is not None:
            return self.executor
        if self._own_executor is None:
            few = self.total <= INLINE_MAX
            self._own_executor = InlineExecutor() if few else process_pool()
        return self._own_executor

    def _window(self) -> int:
        from reader.search.executors import cores

        workers = getattr(self._pool(), "_max_workers", None) or cores()
        return 2 * workers + 2

    def _written(self) -> None:
        self._done += 1
        if self.progress is not None:
            self.progress(self._done, self.total)

    def add(self, article: Article, stamp: IndexedArticle) -> None:
        content = stamp.hash
        known = self.writer.waiting(content) or self.catalog.recognised(content)
        if known is not None:
            self.writer.put_article(article, stamp, known, new=False)
            self.report.indexed += 1
            self.report.reused += 1
            self._written()
            return
        waiting = self._waiting.setdefault(content, [])
        waiting.append((article, stamp))
        if len(waiting) == 1:
            self._batch.append((content, article.text))
            if len(self._batch) >= BATCH:
                self.submit()

    def failed(self, message: str) -> None:
        self.report.failed.append(message)
        self._written()

    def submit(self) -> None:
        if not self._batch:
            return
        batch, self._batch = self._batch, []
        future = self._pool().submit(analyse_batch, self.spec, batch)
        self._futures[future] = [content for content, _ in batch]
        while len(self._futures) >= self._window():
            self._drain(FIRST_COMPLETED)

    def _drain(self, return_when: str) -> None:
        done, _ = wait(list(self._futures), return_when=return_when)
        for future in done:
            contents = self._futures.pop(future)
            error = future.exception()
            if error is not None:
                for content in contents:
                    for article, _ in self._waiting.pop(content, []):
                        self.failed(f"{article.id}: entity recognition failed: {error}")
                continue
            for recognised in future.result():
                for article, stamp in self._waiting.pop(recognised.hash, []):
                    new = recognised.hash not in self.writer.pending
                    self.writer.put_article(article, stamp, recognised, new=new)
                    self.report.indexed += 1
                    self.report.words += recognised.words if new else 0
                    self._written()

    def finish(self) -> None:
        self.submit()
        try:
            while self._futures:
                self._drain(FIRST_COMPLETED)
        finally:
            if self._own_executor is not None:
                self._own_executor.shutdown(wait=True, cancel_futures=True)


def update_articles(
    writer: IndexWriter,
    catalog: Catalog,
    library: Library,
    spec: str,
    *,
    executor: Executor | None = None,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
    check: Check = "quick",
    most: int | None = None,
    added_to: Library | None = None,
) -> UpdateReport:
    """Index what changed in ``library`` since the last update, found as ``check`` says (see
    :mod:`changes`).

    Setting ``stop`` ends the update early: what was recognised so far is kept. With ``most``,
    an update with more articles to read than that does nothing but say how many
    (:attr:`UpdateReport.waiting`). ``added_to``: the library whose folders ``library``'s
    articles were just added to (see :func:`changes.restamps`)."""
    planned = plan(catalog, library.entries, check)
    report = UpdateReport(unchanged=planned.unchanged, removed=len(planned.removed))
    if most is not None and len(planned.todo) > most:
        report.unchanged, report.removed, report.waiting = 0, 0, len(planned.todo)
        return report
    if planned.removed:
        writer.drop_articles(planned.removed)
    run = _Run(writer, catalog, spec, report, len(planned.todo), progress, executor)
    failed = _index_todo(run, planned, stop)
    writer.drop_articles([planned.known[i] for i in failed if i in planned.known])
    if stop is not None and stop.is_set():
        return report
    if added_to is not None and not report.failed:
        planned.stamps = restamps(catalog, added_to.entries, [e.id for e, _ in planned.todo])
    _record_folders(writer, planned, failed, len(report.failed) > len(failed))
    return report


def _index_todo(run: _Run, planned: Plan, stop: threading.Event | None) -> dict[str, str]:
    """Load, hash and index the entries to do; the ids that could not be read, with their
    folders."""
    from reader.library.article import read_article

    failed: dict[str, str] = {}
    known = planned.known
    try:
        for entry, stamp in planned.todo:
            if stop is not None and stop.is_set():
                break
            try:  # not library.load: its caches would keep ~1.3 kB an article, 65 MB at 50,000
                article = read_article(entry.path, entry.id)
            except ArticleError as error:
                run.failed(f"{entry.id}: {error}")
                failed[entry.id] = folder_of(entry.path)
                continue
            size, mtime = stamp if stamp is not None else (None, None)
            content = content_hash(article.text)
            if entry.id in known and known[entry.id].hash != content:
                run.writer.left.add(known[entry.id].hash)
            folder = folder_of(entry.path)
            indexed = IndexedArticle(article.id, content, str(entry.path), size, mtime, folder)
            run.add(article, indexed)
    finally:
        run.finish()
    return failed


def _record_folders(
    writer: IndexWriter, planned: Plan, failed: dict[str, str], recognition_failed: bool
) -> None:
    """Stamp the folders checked (not those with a file that failed: they are checked again,
    nor any when recognition failed), once the update is complete."""
    if recognition_failed:
        return
    bad = set(failed.values())
    stamps = [s for s in planned.stamps if s.path not in bad]
    writer.record_folders(stamps, planned.gone, planned.refolder)
