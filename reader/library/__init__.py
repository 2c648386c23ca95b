"""The article library: finding article files, decoding, cleaning, title/source/date detection.

Pure text handling (no Textual here): the CLI and the TUI both build on this API.
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
