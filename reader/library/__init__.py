"""The article library: finding article files, decoding, cleaning, title/source/date detection.

Pure text handling (no Textual here): the CLI and the TUI both build on this API.

One article, start to end (each step its own module):

* :mod:`decoding` - bytes to text: BOMs, UTF-8 (a few damaged bytes replaced), UTF-16, then
  cp1252/Latin-1; binary files, FIFOs and files over :data:`MAX_BYTES` (256 MB) are refused with
  a one-line :class:`ArticleError`. Files past :data:`~reader.library.sections.SECTION_FROM` are
  read a section at a time (:mod:`sections`); :func:`~reader.library.article.article_preview`
  reads only the start of a big one, for the reader to show while the rest is read.
* :mod:`paragraphs` (+ :mod:`markdown`) - newlines normalised, control characters made inert
  (:mod:`inert`), runs of spaces folded, hard-wrapped blocks and Markdown re-joined.
* :mod:`cleaning` - furniture hidden (:mod:`boilerplate`), title (:mod:`headlines`), source
  (:mod:`sources`) and date (:mod:`dates`) found in the text.
* :mod:`article` - the :class:`Article`; :mod:`library` - :class:`Library` and :class:`Entry`;
  :mod:`summaries` - what the list shows of each article, cached between runs;
  :mod:`bulk_summaries` - those of a whole library at once (``postil list``), in parallel.
"""

from typing import TYPE_CHECKING, Any

from reader.library.errors import ArticleError, LibraryError

if TYPE_CHECKING:
    from reader.library.article import Article, load_article
    from reader.library.decoding import MAX_BYTES, decode_bytes, read_text
    from reader.library.inert import make_inert
    from reader.library.library import Entry, Library
    from reader.library.seeds import seeds_dir
    from reader.library.summaries import Summary, SummaryCache, default_cache_path
    from reader.library.words import count_words

__all__ = [
    "MAX_BYTES",
    "Article",
    "ArticleError",
    "Entry",
    "Library",
    "LibraryError",
    "Summary",
    "SummaryCache",
    "count_words",
    "decode_bytes",
    "default_cache_path",
    "load_article",
    "make_inert",
    "read_text",
    "seeds_dir",
]

#: Names loaded on first use: the cleaning code is not needed to list a cached library, and
#: reading one file (``postil entities FILE`` imports :mod:`decoding`) needs neither the
#: library nor its summary cache (75-90 ms of CPU a process when they were imported here).
_LAZY = {
    "Entry": "library",
    "Library": "library",
    "seeds_dir": "seeds",
    "Summary": "summaries",
    "SummaryCache": "summaries",
    "default_cache_path": "summaries",
    "Article": "article",
    "load_article": "article",
    "MAX_BYTES": "decoding",
    "decode_bytes": "decoding",
    "read_text": "decoding",
    "make_inert": "inert",
    "count_words": "words",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reader.library' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"reader.library.{module}"), name)
