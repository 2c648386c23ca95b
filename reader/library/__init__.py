"""The article library: finding article files, decoding, cleaning, title/source/date detection.

Pure text handling (no Textual here): the CLI and the TUI both build on this API.

One article, start to end (each step its own module):

* :mod:`decoding` - bytes to text: BOMs, UTF-8 (a few damaged bytes replaced), UTF-16, then
  cp1252/Latin-1; binary files, FIFOs and files over :data:`MAX_BYTES` (10 MB) are refused with
  a one-line :class:`ArticleError`.
* :mod:`paragraphs` (+ :mod:`markdown`) - newlines normalised, control characters made inert
  (:mod:`inert`), runs of spaces folded, hard-wrapped blocks and Markdown re-joined.
* :mod:`cleaning` - furniture hidden (:mod:`boilerplate`), title (:mod:`headlines`), source
  (:mod:`sources`) and date (:mod:`dates`) found in the text.
* :mod:`article` - the :class:`Article`; :mod:`library` - :class:`Library` and :class:`Entry`.
"""

from reader.library.article import Article, load_article
from reader.library.decoding import MAX_BYTES, decode_bytes, read_text
from reader.library.errors import ArticleError, LibraryError
from reader.library.inert import make_inert
from reader.library.library import Entry, Library
from reader.library.seeds import seeds_dir
from reader.library.words import count_words

__all__ = [
    "MAX_BYTES",
    "Article",
    "ArticleError",
    "Entry",
    "Library",
    "LibraryError",
    "count_words",
    "decode_bytes",
    "load_article",
    "make_inert",
    "read_text",
    "seeds_dir",
]
