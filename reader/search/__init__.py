"""Full-text search over articles, highlights and entity names, on a persisted index.

* :mod:`query` parses what a person types (words, "phrases", -not, OR, prefix*, #tag,
  person:/org:/place:..., site:, author:, before:/after:, is:) into plain data;
  :mod:`compile` turns that into tantivy query objects (never a query string).
* :mod:`index` keeps the index in the user cache folder: tantivy for the words
  (:mod:`schema`, :mod:`documents`), SQLite for the catalogue (:mod:`catalog`: content hash of
  each article, entity mentions by content, highlights).
* :mod:`builder` updates it incrementally; recognition runs on a
  :class:`concurrent.futures.Executor` (:mod:`executors`, :mod:`recognition`).
* :mod:`searching` ranks, groups highlights with their articles and locates every match in
  the reading text (:mod:`matches`, :mod:`results`).

Importing this package is cheap: tantivy loads when an index is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.search.builder import UpdateReport
    from reader.search.index import IndexBusy, SearchIndex, default_index_dir
    from reader.search.results import ArticleResult, SearchResults

__all__ = [
    "ArticleResult",
    "IndexBusy",
    "SearchIndex",
    "SearchResults",
    "UpdateReport",
    "default_index_dir",
]

_LAZY = {
    "UpdateReport": "builder",
    "IndexBusy": "index",
    "SearchIndex": "index",
    "default_index_dir": "index",
    "ArticleResult": "results",
    "SearchResults": "results",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reader.search' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"reader.search.{module}"), name)
