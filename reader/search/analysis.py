"""How text becomes search terms: one analyzer for the index, the query and the match offsets.

The same tantivy analyzer (split on anything that is not a letter or digit, lowercase, fold
accents to ASCII) tokenises the articles when they are indexed, the words of a query, and the
article again when a result's matches are located. Because all three go through one function,
"Zürich" finds "zurich", "ZURICH" and "Zurich", curly and straight quotes are equal (both are
separators), and a match's offsets are the exact character offsets of the token in the reading
text (the analyzer reports Python character offsets, not UTF-8 bytes).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import tantivy

#: The name the analyzer is registered under in the index (field option ``tokenizer_name``).
ANALYZER = "postil_fold"
#: Bump when the analyzer's rules change: the index is then rebuilt.
ANALYZER_VERSION = 1
#: Longer tokens are dropped by the index (tantivy's limit is 65,530 bytes; nobody searches them).
MAX_TOKEN_CHARS = 64


class Token(NamedTuple):
    """A term and where it is: ``text[start:end]``, the ``position``-th token of the text."""

    term: str
    start: int
    end: int
    position: int


@cache
def analyzer() -> tantivy.TextAnalyzer:
    """The analyzer, built once per process."""
    import tantivy

    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN_CHARS))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .build()
    )


def tokens(text: str) -> list[Token]:
    """Every token of ``text`` with its character offsets and position."""
    found = analyzer().pre_tokenize(text).tokens
    return [Token(t.text, t.char_offset_from, t.char_offset_to, t.position) for t in found]


def terms(text: str) -> list[str]:
    """The terms of ``text``, in order (what a query word becomes)."""
    return list(analyzer().analyze(text))


def content_hash(text: str) -> str:
    """The key of a reading text: the same text, wherever its file is, has the same key."""
    import hashlib  # here: it loads OpenSSL (3-4 ms), which a search that indexes nothing skips

    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
