"""Summaries of a whole library at once (``postil list``): the cache first, the rest in parallel.

Listing 50,000 articles with no summary cache means reading and cleaning every one of them,
which is CPU-bound Python: one core does about a thousand articles a second. So the files the
cache does not know are summarised by a pool of forked processes (one per core), in chunks,
while this process stats the files, answers from the cache and writes the rows already known;
the results come back in library order, so the output streams in the order it always had.

Each summary is exactly what :meth:`Library.summary` gives (the same reading and cleaning
code, the same cached record), only made without keeping the article in memory and with its
text fingerprinted once. Big files (over :data:`~reader.library.library.BIG_FILE`) and small
batches go through :meth:`Library.summary` itself.

A kept article records its summary in its front matter when it is written
(:mod:`reader.library.recorded`): that one is read instead, when it still holds, which costs a
read of the file and a hash of it rather than a clean (nor, for those, the cleaning code
imported).
"""

from __future__ import annotations

import gc
import os
import signal
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.library.entries import id_paths
from reader.library.errors import ArticleError
from reader.library.inert import display_name
from reader.library.recorded import recorded_in_file
from reader.library.summaries import Summary
from reader.library.summary_columns import Row

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from reader.library.entries import Entry
    from reader.library.library import Library

#: Fewer unknown files than this are read here: starting processes would cost more.
PARALLEL_FROM = 200
#: Files a worker summarises per task: big enough that the messages cost little.
CHUNK = 64

_FIELDS = tuple(field.name for field in fields(Summary))
Job = tuple[str, str, str, os.stat_result]  # id, path, name, stat


def summary_of_file(
    path: Path, article_id: str, name: str, info: os.stat_result | None = None
) -> Summary:
    """What the list shows of the article in ``path`` (``info``: its ``os.stat``, if taken):
    :meth:`Summary.of` its article, or why it cannot be opened (as :meth:`Library.summary`
    would say it, and cache it)."""
    from reader.library.article import read_article

    try:
        return Summary.of(read_article(path, article_id, info))
    except ArticleError as error:
        return Summary.failed(name, error)


def listed_summary(article_id: str, path: str, name: str, info: os.stat_result) -> Summary:
    """The summary a list shows of the article at ``path``: the one it records if it holds,
    else :func:`summary_of_file` (``info``: its ``os.stat``)."""
    return recorded_in_file(path, info) or summary_of_file(_path(path), article_id, name, info)


@lru_cache(maxsize=16)
def _folder(folder: str) -> Path:
    return Path(folder)


def _path(path: str) -> Path:
    """``Path(path)`` for a file in a folder seen before, without parsing the whole path
    again (as :class:`~reader.library.entries.KeptEntries` joins a name; a tenth of the time
    a short article takes to summarise went to parsing its path)."""
    folder, name = os.path.split(path)
    parent = _folder(folder)
    child = getattr(parent, "_make_child_relpath", None)
    return child(name) if child is not None and name else Path(path)


def _summarise(jobs: Sequence[Job]) -> list[tuple[Any, ...]]:
    """A worker's task: field tuples (cheaper to send back than dataclasses)."""
    return [
        tuple(getattr(summary, f) for f in _FIELDS)
        for summary in (listed_summary(*job) for job in jobs)
    ]


def _chunks(jobs: Sequence[Job]) -> Iterator[Sequence[Job]]:
    for start in range(0, len(jobs), CHUNK):
        yield jobs[start : start + CHUNK]


def _pool(jobs: int) -> Pool | None:
    """A pool of forked workers, or None when this is not worth it or not safe: a few jobs,
    one core, no ``fork`` (Windows, macOS's default), or other threads running (a forked
    child would inherit their locks held)."""
    if jobs < PARALLEL_FROM or threading.active_count() > 1:
        return None  # before importing multiprocessing: a cached list needs none of it
    import multiprocessing

    from reader.search.executors import cores

    workers = min(cores(), -(-jobs // CHUNK))
    if workers < 2:
        return None
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    try:
        return multiprocessing.get_context("fork").Pool(workers, _quiet_worker)
    except OSError:  # no processes left: read them here
        return None


def _quiet_worker() -> None:
    """Ctrl-C is this process's to handle (it ends the pool), not a traceback per worker.

    The cycle collector is on in a worker (the listing may have paused it), and what the
    worker inherited is set aside from it (``gc.freeze``): its passes walk only what the
    worker makes, and do not touch (and so copy) the parent's pages."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.freeze()
    gc.enable()


class _Stream:
    """The summaries of ``jobs`` in their order: from a pool if one is worth starting."""

    def __init__(self, library: Library, jobs: list[Job]) -> None:
        self.library = library
        self.jobs = jobs
        self.pool = _pool(len(jobs))
        self._results: Iterator[list[tuple[Any, ...]]] | None = None
        if self.pool is not None:
            self._results = self.pool.imap(_summarise, _chunks(jobs))
        self._batch: list[tuple[Any, ...]] = []
        self._next = 0

    def next(self) -> Summary:
        """The summary of the next job (cached as it is made)."""
        article_id, path, name, stat = self.jobs[self._next]
        self._next += 1
        if self._results is None:
            summary = listed_summary(article_id, path, name, stat)
        else:
            if not self._batch:
                self._batch = list(reversed(next(self._results)))
            summary = Summary.from_values(self._batch.pop())
        self.library.summaries.put(article_id, stat, summary)
        return summary

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()  # every result was taken, or the caller gave up
            self.pool.join()


def library_summaries(library: Library, entries: Iterable[Entry]) -> Iterator[Summary]:
    """The summary of each of ``entries``, in order, as :meth:`Library.summary` gives it."""
    return (summary for _, _, summary in summaries_by_path(library, entries))


def summaries_by_path(
    library: Library, entries: Iterable[Entry]
) -> Iterator[tuple[str, str, Summary]]:
    """The id, path (as text) and summary of each of ``entries``, in order."""
    for article_id, path, known in rows_by_path(library, entries):
        summary = known if isinstance(known, Summary) else Summary.from_values(known)
        yield article_id, path, summary


def rows_by_path(
    library: Library, entries: Iterable[Entry]
) -> Iterator[tuple[str, str, Summary | Row]]:
    """The id, path (as text) and summary of each of ``entries``, in order; a summary read
    from the cache comes as its row (:meth:`SummaryCache.rows`). Kept entries are not made
    (:func:`~reader.library.entries.id_paths`) unless one must be read alone."""
    from reader.library.library import BIG_FILE

    listed = entries if isinstance(entries, Sequence) else list(entries)
    pairs = list(id_paths(listed))
    stats: list[os.stat_result | None] = []
    stat = os.stat
    for _, path in pairs:
        try:
            stats.append(stat(path))
        except OSError:
            stats.append(None)
    cached = library.summaries.rows([article_id for article_id, _ in pairs], stats)
    known: list[tuple[str, str, Summary | Row | None]] = []
    jobs: list[Job] = []
    for index, ((article_id, path), info, summary) in enumerate(
        zip(pairs, stats, cached, strict=True)
    ):
        if info is None:
            summary = library.summary(listed[index])  # its one-line reason, as the list says
        elif summary is None and info.st_size <= BIG_FILE:
            jobs.append((article_id, path, display_name(os.path.basename(path)), info))
        elif summary is None:
            summary = library.summary(listed[index])  # the start of a big file, not cached
        known.append((article_id, path, summary))
    stream = _Stream(library, jobs)
    try:
        for article_id, path, summary in known:
            yield article_id, path, summary if summary is not None else stream.next()
    finally:
        stream.close()
