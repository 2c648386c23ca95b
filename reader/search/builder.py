"""Bringing the index up to date with a library: only what was added, changed or removed.

1. Plan (no file read, see :mod:`changes`): an article whose file has the size and
   modification time it had when indexed is unchanged, and so is every article of a folder
   unchanged since the last update; an indexed article whose file is gone is removed.
2. Every other article is loaded and its reading text hashed. A content already analysed (a
   moved or copied file, a file touched but not changed) is indexed again without recognition.
3. New contents are recognised in batches on an executor (see :mod:`executors`); results are
   written as they come back, by this thread only (see :mod:`pipeline`). A local process
   pool's workers read the files themselves (steps 2 and 3 run there, :mod:`reading`).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from reader.library import ArticleError
from reader.search.analysis import content_hash
from reader.search.catalog import Catalog
from reader.search.changes import Check, Plan, plan, restamps
from reader.search.folders import folder_of
from reader.search.report import Progress, UpdateReport
from reader.search.writer import IndexWriter

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from reader.library import Entry, Library
    from reader.search.changes import Stamp
    from reader.search.pipeline import Pipeline

__all__ = ["Progress", "UpdateReport", "update_articles"]


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
    failed: dict[str, str] = {}
    if planned.todo:  # else the pipeline, and its imports (processes, futures), are not needed
        from reader.search.pipeline import Pipeline

        run = Pipeline(writer, catalog, spec, report, len(planned.todo), progress, executor)
        run.known = planned.known
        failed = _index_todo(run, planned, stop)
        writer.drop_articles([planned.known[i] for i in failed if i in planned.known])
    if stop is not None and stop.is_set():
        return report
    if added_to is not None and not report.failed:
        planned.stamps = restamps(catalog, added_to.entries, [e.id for e, _ in planned.todo])
    _record_folders(writer, planned, failed, len(report.failed) > len(failed))
    return report


def _index_todo(run: Pipeline, planned: Plan, stop: threading.Event | None) -> dict[str, str]:
    """Send the entries to do down the pipeline; the ids that could not be read, with their
    folders."""
    try:
        for entry, stamp in planned.todo:
            if stop is not None and stop.is_set():
                break
            if run.reads_files:
                run.add_file(entry, stamp)
            else:
                _read_here(run, entry, stamp)
    finally:
        run.finish()
    return run.unread


def _read_here(run: Pipeline, entry: Entry, stamp: Stamp | None) -> None:
    """Load and hash ``entry``'s article in this process, for an executor that gets texts."""
    from reader.library.article import read_article

    try:  # not library.load: its caches would keep ~1.3 kB an article, 65 MB at 50,000
        article = read_article(entry.path, entry.id)
    except ArticleError as error:
        run.failed(f"{entry.id}: {error}")
        run.unread[entry.id] = folder_of(entry.path)
        return
    run.add_text(article, run.stamped(entry, stamp, content_hash(article.text)))


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
