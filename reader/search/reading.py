"""Reading, cleaning and recognising articles where recognition runs: in a local pool's workers.

The process that writes the index used to read and clean every article (about 60 CPU-s of a
50,000-article build, on one core, while the workers waited for texts) and send each text to a
worker. Now a task names files, ``(id, path)`` pairs of a few dozen bytes, and the worker
reads, cleans, hashes and recognises them, in parallel; each text crosses between processes
once, back with its analysis, because the text index (written by one process) needs it.

Only a local pool's workers see this machine's files: a dask cluster's may not, and get the
texts instead (:func:`reader.search.recognition.analyse_batch`).

A content already analysed (a moved or copied file) is not recognised again: the worker looks
the task's hashes up in the catalogue, read-only, with one connection and one query a task (a
cached connection could outlive an index rebuilt under the same path). Any trouble with that
lookup only means recognising again, which the writer saves again (the same analysis). A
content met twice in one update, in two tasks at once, is recognised twice (the writer keeps
one analysis): the price of sending names, not texts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing, suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reader.library import ArticleError
from reader.search.analysis import content_hash
from reader.search.recognition import recognise

if TYPE_CHECKING:
    from reader.library import Article
    from reader.search.catalog import Recognised


class FileRead(NamedTuple):
    """One file as a worker read it: the article (without its links, which the index does
    not use) and its content hash, with what recognition found (``None``: the catalogue had
    the content's analysis already); or, when it could not be read, only why."""

    id: str
    article: Article | None
    content: str
    recognised: Recognised | None
    error: str | None = None


def read_batch(spec: str, catalog: str, items: Sequence[tuple[str, str]]) -> list[FileRead]:
    """Read and recognise each ``(article id, path)`` with recognizer ``spec``; ``catalog``:
    the path of the index's catalogue, asked (once for the whole batch) which contents are
    analysed already."""
    read = [_read(article_id, path) for article_id, path in items]
    with closing(_catalogue(catalog)) as db:
        analysed = _analysed(db, [r.content for r in read if r.article is not None])
    return [_recognised(spec, r) if r.content not in analysed else r for r in read]


def _catalogue(path: str) -> sqlite3.Connection:
    """A read-only connection (an in-memory empty one if the catalogue cannot be opened)."""
    try:
        return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return sqlite3.connect(":memory:")


def _analysed(db: sqlite3.Connection, contents: list[str]) -> set[str]:
    """Which of ``contents`` the catalogue has an analysis of (none, if it cannot say)."""
    with suppress(sqlite3.Error):
        marks = ",".join("?" * len(contents))  # a batch is far below SQLite's 999 parameters
        sql = f"SELECT hash FROM analyses WHERE hash IN ({marks})"
        return {row[0] for row in db.execute(sql, contents)}
    return set()


def _read(article_id: str, path: str) -> FileRead:
    """The article of ``path``, hashed, not recognised yet (or why it could not be read)."""
    from reader.library.article import read_article

    try:  # not library.load: no cache to fill in a worker
        article = read_article(Path(path), article_id)
    except ArticleError as error:
        return FileRead(article_id, None, "", None, str(error))
    if article.links:  # a copy without them (most articles have none: no copy)
        article = replace(article, links=())
    return FileRead(article_id, article, content_hash(article.text), None)


def _recognised(spec: str, read: FileRead) -> FileRead:
    """``read`` with what recognition finds in its article."""
    article = read.article
    if article is None:
        return read
    return read._replace(recognised=recognise(spec, article.text, read.content, article.words))
