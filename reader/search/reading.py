"""Reading, cleaning and recognising articles where recognition runs: in a local pool's workers.

The process that writes the index used to read and clean every article (about 60 CPU-s of a
50,000-article build, on one core, while the workers waited for texts) and send each text to a
worker. Now a task names files, ``(id, path)`` pairs of a few dozen bytes, and the worker
reads, cleans, hashes and recognises them, in parallel; each text crosses between processes
once, back with its analysis, because the text index (written by one process) needs it.

Only a local pool's workers see this machine's files: a dask cluster's may not, and get the
texts instead (:func:`reader.search.recognition.analyse_batch`).

A content already analysed (a moved or copied file) is not recognised again: the worker looks
its hash up in the catalogue, read-only, with one connection a task (a cached one could
outlive an index rebuilt under the same path). Any trouble with that lookup only means
recognising again, which the writer then ignores. A content met twice in one update, in two
tasks at once, is recognised twice (the writer keeps one analysis): the price of sending
names, not texts.
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
    the path of the index's catalogue, asked which contents are analysed already."""
    with closing(_catalogue(catalog)) as db:
        return [_read(spec, db, article_id, path) for article_id, path in items]


def _catalogue(path: str) -> sqlite3.Connection:
    """A read-only connection (an in-memory empty one if the catalogue cannot be opened)."""
    try:
        return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return sqlite3.connect(":memory:")


def _analysed(db: sqlite3.Connection, content: str) -> bool:
    with suppress(sqlite3.Error):
        sql = "SELECT 1 FROM analyses WHERE hash = ?"
        return db.execute(sql, (content,)).fetchone() is not None
    return False


def _read(spec: str, db: sqlite3.Connection, article_id: str, path: str) -> FileRead:
    from reader.library.article import read_article

    try:  # not library.load: no cache to fill in a worker
        article = read_article(Path(path), article_id)
    except ArticleError as error:
        return FileRead(article_id, None, "", None, str(error))
    content = content_hash(article.text)
    if _analysed(db, content):
        return FileRead(article_id, replace(article, links=()), content, None)
    recognised = recognise(spec, article.text, content, article.words)
    return FileRead(article_id, replace(article, links=()), content, recognised)
